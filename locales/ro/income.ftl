# Income: leefloon, equivalent leefloon, IGO, IVT, IT.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Leefloon

right-leefloon = Leefloon (venit de integrare)
right-leefloon-summary = Leefloon înseamnă bani de la OCMW (centrul public de asistență socială) când aveți un venit prea mic ca să trăiți din el.
right-leefloon-counter = Aș dori să cer leefloon.

right-leefloon-reason-already = Primiți deja leefloon.
right-leefloon-reason-has-equivalent = Primiți deja un echivalent de leefloon. Acesta este același ajutor de la OCMW. Nu le primiți pe amândouă.
right-leefloon-reason-abroad = Nu locuiți în Belgia. Leefloon este doar pentru cei care locuiesc în Belgia.
right-leefloon-reason-foreigners-register = Cu tipul dumneavoastră de ședere nu puteți primi leefloon. Puteți însă cere un echivalent de leefloon la OCMW. Este aceeași sumă de bani.
right-leefloon-reason-asylum-seeker = Ca solicitant de azil nu primiți leefloon. Primiți găzduire și sprijin de la Fedasil sau de la o inițiativă locală de primire (LOI).
right-leefloon-reason-no-legal-stay = Fără ședere legală nu puteți primi leefloon. OCMW vă poate da totuși ajutor medical urgent. Acesta este ajutor de la un medic sau din spital, și medicamente.
right-leefloon-reason-minor = Aveți mai puțin de 18 ani. Atunci de obicei nu primiți leefloon. Este posibil totuși dacă sunteți însărcinată, dacă aveți un copil sau dacă v-ați căsătorit.
right-leefloon-reason-request-family = Locuiți cu copiii dumneavoastră, iar venitul dumneavoastră este mai mic decât leefloon pentru o familie cu copii. Puteți cere leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite. OCMW decide în cel mult 30 de zile.
right-leefloon-reason-request-single = Nu locuiți cu nimeni altcineva, iar venitul dumneavoastră este mai mic decât leefloon pentru o persoană care locuiește singură. Puteți cere leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite. OCMW decide în cel mult 30 de zile.
right-leefloon-reason-request-couple = Locuiți cu partenerul dumneavoastră. Venitul amândurora, adunat, este mai mic decât leefloon pentru două persoane care locuiesc împreună. Puteți cere leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite. OCMW decide în cel mult 30 de zile.
right-leefloon-reason-request-cohabiting = Locuiți împreună cu alți adulți. Venitul dumneavoastră este mai mic decât cel mai mic leefloon. Puteți cere leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite. OCMW decide în cel mult 30 de zile.
right-leefloon-reason-cohabitation = Locuiți împreună cu alți adulți. OCMW decide într-o discuție dacă sunteți „samenwonend” (persoană care locuiește cu alții). Așa este dacă împărțiți mai ales cu ei cheltuielile casei. De asta depinde dacă primiți leefloon și cât. Întrebați la OCMW.
right-leefloon-otherwise = Venitul dumneavoastră este mai mare decât leefloon. V-a scăzut venitul sau aveți cheltuieli mari? Atunci cereți sfatul la OCMW.

right-leefloon-unverified-indexation-2026 = Leefloon crește când cresc prețurile. Încă nu am verificat dacă a crescut deja în 2026. Folosim sumele de la 1 februarie 2025.
right-leefloon-unverified-reform-2026 = De la 1 martie 2026, OCMW poate număra și venitul altor membri adulți ai familiei care locuiesc cu dumneavoastră, de exemplu bunicii. Încă nu este clar dacă OCMW trebuie să facă asta sau doar are voie.

## Echivalent de leefloon

right-equivalent-leefloon = Echivalent de leefloon
right-equivalent-leefloon-summary = Echivalentul de leefloon este o sumă de bani de la OCMW. Este pentru străinii din registrul străinilor. Și doar dacă au un venit prea mic ca să trăiască din el.
right-equivalent-leefloon-counter = Aș dori să cer un echivalent de leefloon.

right-equivalent-leefloon-reason-already = Primiți deja un echivalent de leefloon.
right-equivalent-leefloon-reason-has-leefloon = Primiți deja leefloon. Echivalentul de leefloon este același ajutor, pentru persoanele din registrul străinilor. Nu le primiți pe amândouă.
right-equivalent-leefloon-reason-abroad = Nu locuiți în Belgia. Echivalentul de leefloon este doar pentru cei care locuiesc în Belgia.
right-equivalent-leefloon-reason-leefloon-instead = Echivalentul de leefloon este pentru străinii din registrul străinilor. Cu cetățenia sau șederea dumneavoastră, aveți dreptul la leefloon obișnuit.
right-equivalent-leefloon-reason-asylum-seeker = Ca solicitant de azil de obicei nu primiți echivalent de leefloon. Primiți găzduire și sprijin de la Fedasil sau de la o inițiativă locală de primire (LOI).
right-equivalent-leefloon-reason-no-legal-stay = Fără ședere legală nu puteți primi echivalent de leefloon. OCMW vă poate da totuși ajutor medical urgent. Acesta este ajutor de la un medic sau din spital, și medicamente.
right-equivalent-leefloon-reason-minor = Aveți mai puțin de 18 ani. Atunci de obicei nu primiți echivalent de leefloon. Este posibil totuși dacă sunteți însărcinată sau dacă aveți un copil.
right-equivalent-leefloon-reason-request-family = Locuiți cu copiii dumneavoastră, iar venitul dumneavoastră este mai mic decât suma pentru o familie cu copii. Puteți cere un echivalent de leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite.
right-equivalent-leefloon-reason-request-single = Nu locuiți cu nimeni altcineva, iar venitul dumneavoastră este mai mic decât suma pentru o persoană care locuiește singură. Puteți cere un echivalent de leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite.
right-equivalent-leefloon-reason-request-couple = Locuiți cu partenerul dumneavoastră. Venitul amândurora, adunat, este mai mic decât suma pentru două persoane care locuiesc împreună. Puteți cere un echivalent de leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite.
right-equivalent-leefloon-reason-request-cohabiting = Locuiți împreună cu alți adulți. Venitul dumneavoastră este mai mic decât cea mai mică sumă. Puteți cere un echivalent de leefloon la OCMW. OCMW face mai întâi o anchetă socială: se uită la toate veniturile dumneavoastră și vine la dumneavoastră acasă. Verifică și dacă vreți să lucrați, dacă sănătatea vă permite.
right-equivalent-leefloon-reason-cohabitation = Locuiți împreună cu alți adulți. OCMW decide într-o discuție dacă sunteți „samenwonend” (persoană care locuiește cu alții). Așa este dacă împărțiți mai ales cu ei cheltuielile casei. De asta depinde dacă primiți echivalent de leefloon și cât. Întrebați la OCMW.
right-equivalent-leefloon-otherwise = Venitul dumneavoastră este mai mare decât echivalentul de leefloon. V-a scăzut venitul sau aveți cheltuieli mari? Atunci cereți sfatul la OCMW.

right-equivalent-leefloon-unverified-indexation-2026 = Echivalentul de leefloon este la fel de mare ca leefloon. Încă nu am verificat dacă a crescut deja în 2026. Folosim sumele de la 1 februarie 2025.
right-equivalent-leefloon-unverified-waiting-register = O comună scrie că și persoanele din registrul de așteptare pot primi un echivalent de leefloon. Acest lucru nu a fost încă verificat.
right-equivalent-leefloon-unverified-temporary-protection = Protecția temporară pentru persoanele din Ucraina a fost prelungită până la 4 martie 2027. Așa scrie în știri, dar nu a fost încă verificat la o sursă oficială.

## Venitul garantat pentru vârstnici (IGO)

right-igo = Venitul garantat pentru vârstnici (IGO)
right-igo-summary = IGO înseamnă bani de la Federale Pensioendienst (serviciul federal de pensii) pentru persoanele care au vârsta de pensionare și un venit prea mic.
right-igo-counter = Aș dori să cer venitul garantat pentru vârstnici (IGO).

right-igo-reason-already = Primiți deja IGO. Plecați în străinătate? Anunțați dinainte Federale Pensioendienst. Aveți voie să stați în străinătate doar puțin timp pe an. Altfel puteți pierde IGO.
right-igo-reason-abroad = Nu locuiți în Belgia. IGO este doar pentru cei care locuiesc în Belgia și chiar stau acolo.
right-igo-reason-too-young = Nu ați ajuns încă la vârsta legală de pensionare. IGO este doar pentru cei care au această vârstă. Primiți leefloon sau o indemnizație pentru handicap? Atunci Federale Pensioendienst verifică automat dreptul la IGO când ajungeți la vârsta de pensionare.
right-igo-reason-residence = Cu tipul dumneavoastră de ședere nu puteți primi IGO. Aveți un venit prea mic? Atunci cereți sfatul la OCMW.
right-igo-reason-examined-by-fpd = Ați ajuns la vârsta de pensionare și primiți leefloon sau o indemnizație pentru handicap. Atunci Federale Pensioendienst verifică singur dacă primiți IGO. Nu trebuie să îl cereți. Primiți o scrisoare sau întrebări de la Pensioendienst? Atunci răspundeți cât mai repede. Nu primiți nicio veste? Atunci sunați la linia pentru pensii 1765.
right-igo-reason-nationality = Venitul dumneavoastră pare destul de mic pentru IGO. Dacă îl puteți primi depinde și de cetățenia dumneavoastră, de șederea dumneavoastră și de cât timp ați lucrat în Belgia. Decide Federale Pensioendienst. Cereți IGO, sau cereți sfatul la primărie sau la OCMW.
right-igo-reason-request-alone = Ați ajuns la vârsta de pensionare, nu locuiți cu nimeni altcineva și venitul dumneavoastră pare mai mic decât IGO. Cereți IGO la serviciul de pensii al primăriei, online sau prin linia pentru pensii. Pensioendienst se uită la toate veniturile, proprietățile și economiile dumneavoastră.
right-igo-reason-request-couple = Ați ajuns la vârsta de pensionare și locuiți cu partenerul dumneavoastră. Venitul amândurora, adunat, pare mai mic decât IGO pentru două persoane. Cereți IGO la serviciul de pensii al primăriei, online sau prin linia pentru pensii. Pensioendienst se uită la toate veniturile, proprietățile și economiile dumneavoastră și ale partenerului.
right-igo-reason-request-shared = Ați ajuns la vârsta de pensionare și locuiți împreună cu alți adulți. Venitul dumneavoastră pare mai mic decât IGO pentru o persoană care nu locuiește singură. Cereți IGO la serviciul de pensii al primăriei, online sau prin linia pentru pensii. Pensioendienst se uită la toate veniturile, proprietățile și economiile dumneavoastră.
right-igo-otherwise = Venitul dumneavoastră pare mai mare decât IGO. Aveți îndoieli, sau v-a scăzut venitul? Atunci întrebați la serviciul de pensii al primăriei, sau sunați la linia pentru pensii 1765.

right-igo-unverified-amounts = Sumele IGO de după noiembrie 2023 nu au fost încă verificate. Probabil între timp au crescut. Venitul dumneavoastră este doar puțin mai mare decât limita? Atunci cereți totuși IGO.

## Alocația de înlocuire a venitului (IVT)

right-ivt = Alocația de înlocuire a venitului (IVT)
right-ivt-summary = IVT înseamnă bani de la stat pentru persoanele cu handicap care, din cauza handicapului, nu pot lucra sau pot lucra mult mai puțin.
right-ivt-counter = Aș dori să cer o alocație de înlocuire a venitului (IVT).
right-ivt-deadline = IVT începe abia în prima zi a lunii de după cererea dumneavoastră. Deci cereți-o cât mai repede.

right-ivt-reason-already = Primiți deja IVT.
right-ivt-reason-abroad = Nu locuiți în Belgia. IVT este doar pentru cei care locuiesc în Belgia.
right-ivt-reason-residence = Cu tipul dumneavoastră de ședere nu puteți primi IVT. Trebuie să fiți în registrul populației sau în registrul străinilor.
right-ivt-reason-minor = Aveți mai puțin de 18 ani. IVT este pentru persoanele între 18 și 65 de ani. Primiți un supliment de îngrijire în Groeipakket? Atunci dreptul la IVT se verifică automat când împliniți 18 ani.
right-ivt-reason-65 = Aveți 65 de ani sau mai mult. Atunci nu mai puteți cere IVT pentru dumneavoastră. Are altcineva din familie un handicap, și are această persoană între 18 și 65 de ani? Atunci această persoană poate cere IVT.
right-ivt-reason-turning-18 = Aveți 18 ani și în familia dumneavoastră există un supliment de îngrijire pentru un copil. L-ați primit chiar dumneavoastră? Atunci DG Personen met een handicap verifică automat dacă primiți IVT. Primiți o scrisoare. Răspundeți la această scrisoare.
right-ivt-reason-assessment = Dumneavoastră sau cineva din familie are un handicap. Are această persoană între 18 și 65 de ani, și nu poate lucra sau poate lucra mult mai puțin din cauza handicapului? Atunci această persoană poate cere IVT. Un medic de la DG Personen met een handicap decide cât mai poate câștiga această persoană. DG se uită și la venitul acestei persoane și al partenerului ei.
right-ivt-otherwise = Ați spus că nimeni din familie nu are un handicap. IVT este pentru persoanele cu handicap care, din cauza handicapului, nu pot lucra sau pot lucra mult mai puțin.

right-ivt-unverified-amounts = Sumele IVT pentru 2025 și 2026 nu vin dintr-o sursă oficială. Ele nu au fost încă verificate.

## Alocația de integrare (IT)

right-it = Alocația de integrare (IT)
right-it-summary = IT înseamnă bani de la stat pentru persoanele cu handicap care au cheltuieli în plus, pentru că le este greu să facă lucrurile de zi cu zi.
right-it-counter = Aș dori să cer o alocație de integrare (IT).
right-it-deadline = IT începe abia în prima zi a lunii de după cererea dumneavoastră. Deci cereți-o cât mai repede.

right-it-reason-already = Primiți deja IT.
right-it-reason-abroad = Nu locuiți în Belgia. IT este doar pentru cei care locuiesc în Belgia.
right-it-reason-residence = Cu tipul dumneavoastră de ședere nu puteți primi IT. Trebuie să fiți în registrul populației sau în registrul străinilor.
right-it-reason-minor = Aveți mai puțin de 18 ani. IT este pentru persoanele între 18 și 65 de ani. Primiți un supliment de îngrijire în Groeipakket? Atunci dreptul la IT se verifică automat când împliniți 18 ani.
right-it-reason-65 = Aveți 65 de ani sau mai mult. Atunci nu mai puteți cere IT pentru dumneavoastră. Pentru vârstnicii care au nevoie de îngrijire există bugetul de îngrijire pentru vârstnici, la zorgkas (casa de îngrijire). Are altcineva din familie un handicap, și are această persoană între 18 și 65 de ani? Atunci această persoană poate cere IT.
right-it-reason-turning-18 = Aveți 18 ani și în familia dumneavoastră există un supliment de îngrijire pentru un copil. L-ați primit chiar dumneavoastră? Atunci DG Personen met een handicap verifică automat dacă primiți IT. Primiți o scrisoare. Răspundeți la această scrisoare.
right-it-reason-assessment = Dumneavoastră sau cineva din familie are un handicap sau are nevoie de mult ajutor în fiecare zi. Are această persoană între 18 și 65 de ani? Atunci această persoană poate cere IT. Un medic de la DG Personen met een handicap (serviciul federal pentru persoanele cu handicap) evaluează cu puncte cât de greu îi este acestei persoane să facă lucrurile de zi cu zi, de exemplu să mănânce, să se spele sau să se deplaseze. De asta depinde dacă persoana primește IT. DG se uită și la venitul acestei persoane și al partenerului ei.
right-it-otherwise = Ați spus că nimeni din familie nu are un handicap și nu are nevoie de mult ajutor în fiecare zi. IT este pentru persoanele cu handicap cărora le este greu să facă lucrurile de zi cu zi.

right-it-unverified-amounts = Sumele IT nu vin dintr-o sursă oficială. Ele nu au fost încă verificate.

## Documente

document-overzicht-inkomsten-uitgaven = O listă cu veniturile și cheltuielile dumneavoastră din ultimele 3 luni
document-overzicht-inkomsten-uitgaven-where = O scrieți dumneavoastră. Extrasele de cont vă ajută.

document-vdab-inschrijving = Dovada înscrierii dumneavoastră la VDAB
document-vdab-inschrijving-where = Cereți-o la VDAB.

document-klevertje-ziekenfonds = O etichetă autocolantă de la ziekenfonds (klevertje)
document-klevertje-ziekenfonds-where = Cereți etichete la ziekenfonds.

document-aanslagbiljet-onroerende-voorheffing = Doar dacă aveți o casă sau un teren: decizia de impunere pentru impozitul pe proprietate (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = O primiți în fiecare an prin poștă sau digital. Ați pierdut-o? Cereți o copie la serviciul de impozite care v-a trimis-o.

document-volmacht = Doar dacă altă persoană face cererea pentru dumneavoastră: o procură
document-volmacht-where = Scrieți pe hârtie că această persoană are voie să facă asta pentru dumneavoastră, și semnați. Cereți ajutor persoanei care vă ajută.

## Servicii

office-federale-pensioendienst = Federale Pensioendienst (serviciul federal de pensii)
office-federale-pensioendienst-in-person = Mergeți la serviciul de pensii al primăriei. Puteți merge și la o zi de consultații sau la un birou al Federale Pensioendienst. Altă persoană poate face asta pentru dumneavoastră.
office-federale-pensioendienst-phone = Sunați la linia pentru pensii a Federale Pensioendienst.
office-federale-pensioendienst-online = Faceți cererea online cu cartea de identitate sau cu itsme.

## Parametri

param-leefloon-cat1 = Leefloon categoria 1, persoană care locuiește cu alții (samenwonend): sumă pe lună
param-leefloon-cat2 = Leefloon categoria 2, persoană singură: sumă pe lună
param-leefloon-cat3 = Leefloon categoria 3, cu o familie în întreținere: sumă pe lună

param-pension-age = Vârsta legală de pensionare, care este și vârsta pentru IGO (în ani)
param-igo-amount-shared = IGO, suma de bază, pentru cei care împart locuința: sumă pe lună
param-igo-amount-alone = IGO, suma mărită, pentru cei care locuiesc singuri: sumă pe lună
param-ivt-max-cat-a = IVT categoria A: suma maximă pe an
param-ivt-max-cat-b = IVT categoria B: suma maximă pe an
param-ivt-max-cat-c = IVT categoria C: suma maximă pe an
param-it-max-cat-1 = IT categoria 1 (7 până la 8 puncte): suma maximă pe lună
param-it-max-cat-2 = IT categoria 2 (9 până la 11 puncte): suma maximă pe lună
param-it-max-cat-3 = IT categoria 3 (12 până la 14 puncte): suma maximă pe lună
param-it-max-cat-4 = IT categoria 4 (15 până la 16 puncte): suma maximă pe lună
param-it-max-cat-5 = IT categoria 5 (17 până la 18 puncte): suma maximă pe lună

# Issue 13: IGO with one's children, IGO before leefloon, parents or adult children at home
right-igo-reason-request-with-children = Ați atins vârsta de pensionare și locuiți doar cu copiii dumneavoastră. Atunci se aplică IGO mai mare, ca pentru o persoană care locuiește singură. Venitul copiilor nu contează. Venitul dumneavoastră pare mai mic decât IGO. Cereți IGO la serviciul de pensii al comunei, online sau prin linia de pensii 1765.
right-leefloon-reason-igo-first = Ați atins vârsta de pensionare. Cereți mai întâi garanția de venit pentru vârstnici (IGO). IGO este mai mare decât leefloon. Dacă nu primiți IGO sau venitul rămâne prea mic, mergeți la OCMW.
right-leefloon-reason-maintenance-debtors = Locuiți cu părinții sau cu un copil adult. OCMW se uită atunci și la venitul lor. OCMW decide după o discuție dacă puteți primi leefloon și cât. Întrebați fără grijă: OCMW analizează situația dumneavoastră.

# Issue 13: OCMW aanvullende financiële steun
right-ocmw-aanvullende-steun = Sprijin financiar suplimentar de la OCMW
right-ocmw-aanvullende-steun-summary = OCMW vă poate ajuta cu bani, de exemplu pentru chirie, energie, costuri de medic și farmacie sau o factură de spital, chiar dacă nu primiți leefloon.
right-ocmw-aanvullende-steun-counter = Aș dori să cer sprijin financiar suplimentar la OCMW.
right-ocmw-aanvullende-steun-reason-abroad = Nu locuiți în Belgia. OCMW ajută persoanele care locuiesc în comună.
right-ocmw-aanvullende-steun-reason-residence = Cu șederea dumneavoastră nu primiți acest ajutor de la OCMW. Solicitanții de azil primesc ajutor în rețeaua de primire. Fără ședere legală puteți cere la OCMW asistență medicală urgentă.
right-ocmw-aanvullende-steun-reason-leefloon = Primiți leefloon sau probabil îl puteți primi. Aveți în plus costuri mari, ca chiria, energia sau costuri medicale? Atunci OCMW poate da sprijin în plus. Întrebați asistentul social. OCMW decide după o anchetă socială.
right-ocmw-aanvullende-steun-reason-low-income = Venitul dumneavoastră este mic sau vă este greu să plătiți facturile. OCMW vă poate ajuta cu bani, de exemplu pentru chirie, energie sau costuri medicale, chiar și fără leefloon. Cereți la OCMW din comuna dumneavoastră. OCMW decide după o anchetă socială.
right-ocmw-aanvullende-steun-otherwise = Venitul dumneavoastră nu pare mic. Aveți totuși costuri pe care nu le puteți plăti? Mergeți atunci la OCMW. Oricine poate cere ajutor.

right-leefloon-reason-has-igo = Primiți deja garanția de venit pentru vârstnici (IGO). IGO este mai mare decât leefloon. Totuși nu vă ajung banii, de exemplu din cauza costurilor mari? Cereți atunci sprijin suplimentar la OCMW.
