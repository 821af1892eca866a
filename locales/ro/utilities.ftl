# Energy, water and internet: sociaal tarief voor energie, verwarmingstoelage, energiehulp OCMW,
# sociaal tarief voor water, sociaal internet.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Tariful social pentru energie

right-sociaal-tarief-energie = Tariful social pentru energie
right-sociaal-tarief-energie-summary = Cu tariful social plătiți un preț mai mic pentru electricitate, gaze naturale sau căldură.
right-sociaal-tarief-energie-counter = Aș dori să știu dacă primesc tariful social pentru energie.
right-sociaal-tarief-energie-if-missing = Verificați pe sociaaltarief.economie.fgov.be dacă primiți tariful social. Nu apare acolo? Atunci cereți o adeverință de la serviciul care vă plătește indemnizația, de exemplu OCMW, sau de la woonmaatschappij (societatea de locuințe sociale), dacă închiriați o locuință socială. Trimiteți această adeverință furnizorului de energie. La un contract nou poate dura câteva luni.

right-sociaal-tarief-energie-reason-abroad = Nu locuiți în Belgia. Tariful social se aplică doar la adresa unde locuiți în Belgia.
right-sociaal-tarief-energie-reason-automatic-benefit = Dumneavoastră sau cineva din familie primește o indemnizație care dă drept la tariful social. El se aplică automat la adresa unde locuiți. Nu trebuie să faceți nimic.
right-sociaal-tarief-energie-reason-automatic-social-tenant = Închiriați o locuință socială cu încălzire comună pe gaze naturale. Atunci aveți dreptul la tariful social. De obicei nu trebuie să îl cereți dumneavoastră.
right-sociaal-tarief-energie-reason-vt-only = De la 1 iulie 2023, intervenția majorată singură nu mai dă drept la tariful social pentru energie.
right-sociaal-tarief-energie-otherwise = Nu primiți nicio indemnizație care dă drept la tariful social. Vă este greu să plătiți factura de energie? Atunci cereți ajutor la OCMW.

right-sociaal-tarief-energie-unverified-collective-premium = Locuiți într-o clădire cu încălzire comună, fără contract propriu? De la 3 septembrie 2024 puteți cere atunci o primă. Încă nu am verificat unde o cereți.
right-sociaal-tarief-energie-unverified-reform = Există o propunere ca tariful social să fie dat în funcție de venit. Încă nu am verificat dacă acest lucru a fost deja hotărât.

## Alocația de încălzire

right-verwarmingstoelage = Alocația de încălzire (Sociaal Verwarmingsfonds)
right-verwarmingstoelage-summary = Alocația de încălzire este o sumă de bani pentru încălzirea dumneavoastră. O primiți prin OCMW. Este o parte din prețul motorinei de încălzire, al petrolului de încălzire sau al propanului dintr-un rezervor.
right-verwarmingstoelage-counter = Aș dori să cer o alocație de încălzire.
right-verwarmingstoelage-deadline = Cereți alocația în cel mult 60 de zile după livrare. Data livrării este pe factură.

right-verwarmingstoelage-reason-abroad = Nu locuiți în Belgia. Alocația este doar pentru locuința din Belgia unde locuiți de obicei.
right-verwarmingstoelage-reason-fuel = Alocația de încălzire este doar pentru motorină de încălzire (mazout), petrol de încălzire cumpărat la pompă sau propan într-un rezervor. Nu este pentru gaze naturale, electricitate sau gaz în butelii.
right-verwarmingstoelage-reason-vt-alone = Nu locuiți cu nimeni altcineva și aveți intervenția majorată. Atunci OCMW nu se uită la venitul dumneavoastră. Cereți alocația la OCMW în cel mult 60 de zile după livrare. Data livrării este pe factură.
right-verwarmingstoelage-reason-low-income = Venitul familiei dumneavoastră nu este mai mare decât limita. Cereți alocația la OCMW în cel mult 60 de zile după livrare. Data livrării este pe factură.
right-verwarmingstoelage-reason-debt = Sunteți în mediere a datoriilor sau în reglementare colectivă a datoriilor. Nu puteți plăti factura pentru încălzire? Atunci puteți primi alocația. OCMW evaluează acest lucru. Cereți alocația în cel mult 60 de zile după livrare.
right-verwarmingstoelage-otherwise = Venitul familiei dumneavoastră pare mai mare decât limita. Aveți îndoieli? Atunci întrebați la OCMW, în cel mult 60 de zile după livrare.

right-verwarmingstoelage-unverified-limit-2025 = Limita de venit de la 1 mai 2025 nu a fost încă verificată. Folosim limita de la 1 februarie 2025. Aceasta nu vine dintr-o sursă oficială.
right-verwarmingstoelage-unverified-ten-laste = Cine contează ca persoană în întreținere depinde de venitul acelei persoane. Două surse dau pentru asta sume diferite. Acest lucru nu a fost încă verificat.

## Ajutor de la OCMW pentru factura de energie

right-energiehulp-ocmw = Ajutor de la OCMW pentru factura de energie
right-energiehulp-ocmw-summary = Vă este greu să plătiți factura de electricitate sau de gaz? Atunci OCMW vă poate ajuta cu bani, cu ajutor pentru buget sau cu aparate care consumă puțin.
right-energiehulp-ocmw-counter = Îmi este greu să plătesc factura de energie. Aș dori să cer ajutor.

right-energiehulp-ocmw-reason-abroad = Nu locuiți în Belgia. Acest ajutor există doar la un OCMW din Belgia.
right-energiehulp-ocmw-reason-arrears = Aveți facturi care nu sunt încă plătite. Este vorba de factura de electricitate sau de gaz? Atunci OCMW vă poate ajuta. Nu trebuie să fiți deja client al OCMW. OCMW vorbește cu dumneavoastră, se uită la situația dumneavoastră și decide în cel mult 30 de zile ce ajutor primiți. În Flandra, electricitatea, gazul sau apa pot fi oprite doar după avizul Comisiei locale de consultare (Lokale Adviescommissie, LAC) a OCMW. Puteți veni acolo să vă explicați situația.
right-energiehulp-ocmw-reason-debt-help = Primiți deja ajutor pentru datorii sau pentru buget. Vă este totuși greu cu factura de electricitate sau de gaz? Atunci întrebați la OCMW dacă vă poate ajuta. OCMW se uită la situația dumneavoastră și decide în cel mult 30 de zile.
right-energiehulp-ocmw-otherwise = Nu aveți facturi neplătite. Primiți mai târziu o factură de energie pe care nu o puteți plăti? Atunci mergeți la OCMW. Nu trebuie să fiți deja client al OCMW pentru asta.

## Tariful social pentru apă

right-sociaal-tarief-water = Tariful social pentru apă
right-sociaal-tarief-water-summary = Cu tariful social pentru apă primiți o reducere mare la toată factura de apă.
right-sociaal-tarief-water-counter = Aș dori să verific dacă primesc tariful social pentru apă.
right-sociaal-tarief-water-if-missing = Tariful social nu apare pe factura de apă? Atunci cereți o adeverință de la serviciul care vă plătește indemnizația: OCMW (leefloon), Federale Pensioendienst (IGO, sunați la 1765), DG Personen met een handicap (IVT sau IT, sunați la 0800 987 99) sau zorgkas (bugetul de îngrijire pentru vârstnici). Trimiteți adeverința companiei de apă cel târziu pe 31 decembrie.
right-sociaal-tarief-water-deadline = Tariful social nu vine automat? Atunci trimiteți adeverința companiei de apă cel târziu pe 31 decembrie din acest an. Pentru un an care a trecut nu îl mai puteți cere.

right-sociaal-tarief-water-reason-brussels = Locuiți în Bruxelles. Acest tarif social flamand nu se aplică acolo. În Bruxelles apa este livrată de Vivaqua. Vă este greu să plătiți factura de apă? Cereți sfatul la OCMW din comuna dumneavoastră.
right-sociaal-tarief-water-reason-wallonia = Locuiți în Valonia. Acest tarif social flamand nu se aplică acolo. Vă este greu să plătiți factura de apă? Cereți sfatul la OCMW (în franceză: CPAS) din comuna dumneavoastră.
right-sociaal-tarief-water-reason-abroad = Nu locuiți în Belgia. Acest tarif social se aplică doar în Flandra.
right-sociaal-tarief-water-reason-homeless = Acum nu aveți o locuință proprie, deci nici factură de apă. Primiți leefloon, echivalent de leefloon, IGO, IVT, IT sau un buget de îngrijire pentru vârstnici, și închiriați mai târziu o locuință? Atunci puteți primi tariful social pentru apă. Întrebați la compania de apă când vă mutați.
right-sociaal-tarief-water-reason-care-home = Locuiți într-un cămin de îngrijire pentru vârstnici (woonzorgcentrum). Acolo există de obicei o singură factură de apă pentru toți. Atunci nu primiți reducere pe factură, ci bani înapoi: o compensație. Acest lucru se face automat. Nu primiți nimic? Întrebați la compania de apă sau la OCMW.
right-sociaal-tarief-water-reason-automatic = Dumneavoastră sau cineva din familie primește leefloon, echivalent de leefloon, IGO, IVT, IT sau un buget de îngrijire pentru vârstnici. Aveați această indemnizație deja la 1 ianuarie anul acesta? Atunci primiți automat tariful social pentru apă. Nu trebuie să faceți nimic. Ați primit indemnizația abia mai târziu în cursul anului? Atunci primiți tariful social abia de la 1 ianuarie a anului următor. Clădirea dumneavoastră are un singur contor de apă pentru toți? Atunci nu primiți reducere pe factură, ci bani înapoi (o compensație). Primiți o scrisoare despre acest lucru.
right-sociaal-tarief-water-reason-vt-only = Intervenția majorată singură nu dă drept la tariful social pentru apă. Nici o indemnizație de la ziekenfonds nu dă acest drept.
right-sociaal-tarief-water-otherwise = Tariful social pentru apă este pentru familiile cu leefloon, echivalent de leefloon, IGO, IVT, IT sau un buget de îngrijire pentru vârstnici. Primiți mai târziu o astfel de indemnizație? Atunci îl puteți primi și dumneavoastră. Vă este greu să plătiți factura de apă? Cereți sfatul la OCMW.


## Internet social

right-sociaal-internet = Internet social (oferta socială de internet)
right-sociaal-internet-summary = Cu internetul social plătiți un preț mic și fix pentru internet acasă.
right-sociaal-internet-counter = Aș dori oferta socială de internet.

right-sociaal-internet-reason-abroad = Nu locuiți în Belgia. Internetul social este doar pentru cei care locuiesc în Belgia.
right-sociaal-internet-reason-benefit = Dumneavoastră sau cineva din familie primește leefloon, echivalent de leefloon, IGO, IVT, IT sau un buget de îngrijire pentru vârstnici. Atunci familia dumneavoastră are dreptul la internetul social. Nu există o limită de venit. Cei care au dreptul au primit în mod normal o scrisoare. Trebuie totuși să mergeți dumneavoastră, cu cartea de identitate, la Proximus sau Telenet (și alte firme o pot oferi) ca să treceți la această ofertă. Într-o familie, o singură persoană primește internetul social. Are cineva din familie încă vechiul tarif social pentru telefon? Atunci nu le puteți avea pe amândouă. Cine trece la internetul social nu se mai poate întoarce la tariful vechi.
right-sociaal-internet-reason-vt-only = Intervenția majorată singură nu mai dă drept la o reducere pentru telefon sau internet.
right-sociaal-internet-otherwise = Internetul social este pentru familiile cu leefloon, echivalent de leefloon, IGO, IVT, IT sau un buget de îngrijire pentru vârstnici. Și alte câteva indemnizații dau drept, de exemplu un avans de la OCMW pentru IGO sau pentru o alocație pentru handicap. Este o sumă de bani de la OCMW cât timp așteptați IGO sau alocația. Primiți un astfel de avans? Atunci întrebați la OCMW. Primiți mai târziu una dintre aceste indemnizații? Atunci puteți primi și internetul social.


## Documente

document-leveringsfactuur = Copia facturii sau a bonului de livrare pentru motorina de încălzire sau propan
document-leveringsfactuur-where = O primiți de la furnizor la livrare, sau la benzinărie.

document-attest-aantal-woningen = Doar dacă locuiți într-un bloc de apartamente: o adeverință despre numărul de locuințe la care se referă factura
document-attest-aantal-woningen-where = Cereți-o proprietarului sau administratorului clădirii.

## Servicii

office-fod-economie = FOD Economie (ministerul federal al economiei)
office-fod-economie-phone = Sunați la FOD Economie cu întrebările dumneavoastră despre tariful social pentru energie.
office-fod-economie-online = Verificați pe acest site dacă primiți tariful social, pentru ce contract și pentru ce perioadă.

office-watermaatschappij = Compania dumneavoastră de apă (de exemplu De Watergroep, Farys, Pidpa sau water-link)
office-watermaatschappij-phone = Sunați la compania de apă. Numărul este pe factura de apă.
office-watermaatschappij-online = Intrați pe site-ul companiei de apă. Numele companiei este pe factura de apă.
office-watermaatschappij-letter = Trimiteți o scrisoare sau un e-mail companiei de apă. Adresa este pe factura de apă.

office-telecom-operator = O firmă de internet: Proximus sau Telenet (și alte firme o pot oferi)
office-telecom-operator-in-person = Mergeți cu cartea de identitate la un magazin Proximus sau Telenet (și alte firme o pot oferi). Spuneți că doriți internetul social.
office-telecom-operator-phone = Sunați la serviciul pentru clienți al firmei de internet. Numărul este pe site-ul firmei.

## Parametri

param-vf-income-limit = Alocația de încălzire: limita de venit a familiei pe an (brut impozabil)
param-vf-income-limit-extra-person = Alocația de încălzire: creșterea limitei de venit pentru fiecare persoană în întreținere
param-sociaal-internet-price = Internet social: prețul pe lună pentru internet fix
param-sociaal-internet-bundle-max = Internet social: prețul cel mai mare pe lună pentru un pachet

# Issue 13: no income check when the whole household has VT
right-verwarmingstoelage-reason-vt-household = Toată familia dumneavoastră are intervenția majorată. Atunci OCMW nu se uită la venitul dumneavoastră. Cereți alocația la OCMW în cel mult 60 de zile după livrare. Data livrării este pe factură.

# Issue 13: sociaal internet for a zorgtoeslag with 4 points on pillar 1
right-sociaal-internet-reason-zorgtoeslag-points = Copilul dumneavoastră primește un supliment de îngrijire (zorgtoeslag) cu cel puțin 4 puncte la primul pilon. Atunci familia are dreptul la internetul social. Nu există limită de venit. Cei care au dreptul au primit de obicei o scrisoare. Mergeți cu cartea de identitate la firma de internet ca să treceți la această ofertă.

# Issue 13: minimale levering via het OCMW
right-minimale-levering-energie = Livrare minimă de gaz și electricitate prin OCMW
right-minimale-levering-energie-summary = Aveți un contor cu buget și nu îl puteți încărca destul? Atunci OCMW poate face să aveți totuși gaz iarna. O cantitate mică de electricitate rămâne mereu.
right-minimale-levering-energie-counter = Am un contor cu buget și aș dori să cer o livrare minimă de gaz sau electricitate.
right-minimale-levering-energie-reason-outside-flanders = Nu locuiți în Flandra. Această regulă cu contorul cu buget este flamandă. Vă este greu să plătiți factura de energie? Cereți sfatul OCMW din comuna dumneavoastră.
right-minimale-levering-energie-reason-housing = Acum nu aveți un contor de energie propriu. Acest ajutor este pentru cei care au acasă un contor cu buget.
right-minimale-levering-energie-reason-prepaid = Aveți un contor cu buget. Nu îl puteți încărca destul? Atunci OCMW vă poate da o livrare minimă de gaz natural de la 1 noiembrie până la 31 martie. Pentru electricitate rămâne mereu o cantitate mică. Mergeți la OCMW. OCMW decide.
right-minimale-levering-energie-otherwise = Nu aveți un contor cu buget sau nu vă este greu să plătiți energia. Dacă mai târziu aveți un contor cu buget și nu îl puteți încărca, mergeți la OCMW.
