# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Intervenția majorată

right-verhoogde-tegemoetkoming = Intervenția majorată
right-verhoogde-tegemoetkoming-summary = Cu intervenția majorată de la ziekenfonds (casa de asigurări de sănătate) plătiți mai puțin la medic și pentru alte îngrijiri, și primiți și alte avantaje.
right-verhoogde-tegemoetkoming-counter = Aș dori să cer intervenția majorată.
right-verhoogde-tegemoetkoming-if-missing = Nu primiți automat intervenția majorată? Atunci cereți o adeverință de la serviciul care vă plătește indemnizația, de exemplu OCMW. Dați această adeverință la ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = Primiți deja intervenția majorată.
right-verhoogde-tegemoetkoming-reason-abroad = Nu locuiți în Belgia. Atunci de obicei nu primiți acest ajutor de la un ziekenfonds belgian. Întrebați la ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Fără ședere legală există ajutorul medical urgent de la OCMW. Acesta este ajutor de la un medic sau din spital, și medicamente. Întrebați la OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Ca solicitant de azil primiți îngrijire medicală prin centrul de primire: Fedasil sau inițiativa locală de primire (LOI). Întrebați la serviciul social al centrului. Primiți mai târziu un drept de ședere? Atunci puteți cere intervenția majorată la un ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Dumneavoastră sau cineva din familie primește IGO, IVT, IT, un buget de îngrijire pentru vârstnici sau un supliment de îngrijire pentru un copil cu cel puțin 4 puncte la primul pilon. Atunci toată familia primește automat intervenția majorată. Nu trebuie să faceți nimic.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Primiți leefloon sau echivalent de leefloon. După 3 luni întregi primiți atunci automat intervenția majorată de la ziekenfonds. Nu trebuie să faceți nimic.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Probabil puteți primi leefloon sau echivalent de leefloon. Dacă îl primiți 3 luni întregi, intervenția majorată urmează automat. O puteți cere și de acum la ziekenfonds.
right-verhoogde-tegemoetkoming-reason-request-income = Venitul familiei dumneavoastră nu este mai mare decât limita. Cereți intervenția majorată la ziekenfonds. Uneori ziekenfonds vă trimite chiar el o scrisoare ca să o cereți. Nu trebuie să așteptați această scrisoare.
right-verhoogde-tegemoetkoming-reason-request-current-income = Sunteți la pensie, căutați de lucru sau nu puteți lucra de cel puțin 3 luni, sunteți părinte singur cu copii, sau aveți protecție temporară. Atunci contează venitul din ultima lună. Acest venit nu este mai mare decât limita. Cereți intervenția majorată la ziekenfonds.
right-verhoogde-tegemoetkoming-otherwise = Venitul familiei dumneavoastră pare mai mare decât limita. Venitul dumneavoastră este acum mai mic, de exemplu din cauza unei boli, a șomajului sau a pensiei? Atunci cereți sfatul la ziekenfonds.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = Limitele de venit pentru 2025 și 2026 nu au fost încă verificate. Folosim limita pentru cererile din 2024.

## Factura maximă

right-maximumfactuur = Factura maximă
right-maximumfactuur-summary = Cu factura maximă, familia dumneavoastră nu plătește pe an mai mult decât o sumă fixă de remgeld. Remgeld este partea din prețul pentru medic sau spital pe care o plătiți din buzunar.
right-maximumfactuur-counter = Aș dori să verific dacă primesc bani înapoi prin factura maximă.
right-maximumfactuur-if-missing = Factura maximă vine automat. Primele rambursări vin de obicei abia la începutul verii, pentru că ziekenfonds trebuie mai întâi să primească datele despre venitul dumneavoastră. Credeți că ați plătit prea mult remgeld? Întrebați la ziekenfonds. V-a scăzut mult venitul, de exemplu din cauza unei boli sau a șomajului? Atunci cereți la ziekenfonds să se uite la venitul dumneavoastră de acum.

right-maximumfactuur-reason-abroad = Nu locuiți în Belgia. Atunci de obicei nu primiți factura maximă de la un ziekenfonds belgian. Întrebați la ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Fără ședere legală de obicei nu aveți ziekenfonds. OCMW vă poate da totuși ajutor medical urgent. Acesta este ajutor de la un medic sau din spital, și medicamente.
right-maximumfactuur-reason-asylum-seeker = Ca solicitant de azil primiți ajutor medical prin centrul de primire: Fedasil sau o inițiativă locală de primire (LOI). Aveți totuși un ziekenfonds? Atunci factura maximă se aplică și pentru dumneavoastră.
right-maximumfactuur-reason-it-partner = Primiți IT și locuiți cu un partener. Are partenerul dumneavoastră un venit? Atunci IT nu dă drept la factura maximă socială, care are o limită mai mică. Factura maximă obișnuită se aplică totuși. Ea depinde de venitul familiei. Ziekenfonds o aplică automat. Nu trebuie să faceți nimic.
right-maximumfactuur-reason-social = Familia dumneavoastră are intervenția majorată. Atunci se aplică factura maximă socială. Aceasta are o limită mică. Plătește familia dumneavoastră într-un an mai mult remgeld decât această limită? Atunci ziekenfonds vă dă automat înapoi ce ați plătit în plus. Nu trebuie să faceți nimic.
right-maximumfactuur-reason-income-vt-pending = Oricine are un ziekenfonds are o factură maximă. Ziekenfonds o aplică automat. Probabil puteți primi și intervenția majorată. Atunci se aplică o limită mai mică: factura maximă socială. Deci cereți mai întâi intervenția majorată.
right-maximumfactuur-reason-income = Oricine are un ziekenfonds are o factură maximă. Plătește familia dumneavoastră într-un an mai mult remgeld decât o anumită limită? Atunci ziekenfonds vă dă automat înapoi ce ați plătit în plus. Cât de mare este limita depinde de venitul familiei. Familia dumneavoastră înseamnă toate persoanele care locuiau la adresa dumneavoastră la 1 ianuarie. Nu trebuie să faceți nimic.
right-maximumfactuur-otherwise = Nu aveți ziekenfonds în Belgia. Atunci factura maximă nu se aplică pentru dumneavoastră.

right-maximumfactuur-unverified-amounts-2025-2026 = Limitele facturii maxime pentru 2025 și 2026 nu au fost încă verificate. Cunoaștem doar limitele din 2024.

## Ajutor medical urgent

right-dringende-medische-hulp = Ajutor medical urgent
right-dringende-medische-hulp-summary = Ajutorul medical urgent vine de la OCMW. Primiți atunci îngrijire de la un medic sau din spital. Primiți și medicamente. Se poate și fără ședere legală (fără acte).
right-dringende-medische-hulp-counter = Aș dori să cer ajutor medical urgent.

right-dringende-medische-hulp-reason-abroad = Nu locuiți în Belgia. Ajutorul medical urgent este pentru persoanele care stau în Belgia.
right-dringende-medische-hulp-reason-no-legal-stay = Nu aveți ședere legală. Atunci puteți cere ajutor medical urgent la OCMW din comuna unde stați de fapt. Deși se numește „urgent”, nu este doar pentru urgențe: este și pentru o vizită obișnuită la medic, pentru spital și pentru medicamente. Un medic scrie o adeverință. OCMW face o anchetă socială: analizează situația dumneavoastră și vine la dumneavoastră acasă. OCMW decide în cel mult 30 de zile.
right-dringende-medische-hulp-reason-eu = Sunteți cetățean al unei țări din Uniunea Europeană. Atunci pentru îngrijire mergeți de obicei prin ziekenfonds (casa de asigurări de sănătate). Sunteți de mai puțin de 3 luni în Belgia și nu aveți ziekenfonds? Atunci întrebați la OCMW dacă puteți primi ajutor medical urgent.
right-dringende-medische-hulp-reason-asylum-seeker = Ca solicitant de azil primiți ajutor medical prin centrul de primire: Fedasil sau o inițiativă locală de primire (LOI). Întrebați acolo.
right-dringende-medische-hulp-otherwise = Aveți ședere legală în Belgia. Atunci primiți îngrijire prin ziekenfonds. Ajutorul medical urgent este pentru persoanele fără ședere legală.

right-dringende-medische-hulp-unverified-eu = Cetățenii Uniunii Europene aflați în primele 3 luni în Belgia pot uneori primi și ei ajutor medical urgent. Acest lucru nu vine dintr-o sursă oficială și nu a fost încă verificat.

## Documente

document-verklaring-op-erewoord = Declarație pe propria răspundere, semnată de toți adulții din familie
document-verklaring-op-erewoord-where = Primiți formularul la ziekenfonds.

document-attest-dringende-medische-hulp = Adeverință de la medic pentru ajutor medical urgent
document-attest-dringende-medische-hulp-where = O scrie medicul care vă consultă. Cereți-o dumneavoastră.

document-identiteitsbewijs = Pașaportul sau altă dovadă a identității, dacă aveți
document-identiteitsbewijs-where = Luați ce aveți. Nu aveți nimic? Mergeți totuși la OCMW.

document-bewijs-financiele-toestand = Hârtii despre banii dumneavoastră, dacă aveți: ce primiți și ce aveți
document-bewijs-financiele-toestand-where = De exemplu extrase de cont de la bancă. Nu aveți hârtii? Atunci OCMW vă întreabă despre bani în discuție.

## Servicii

office-ziekenfonds = Ziekenfonds-ul dumneavoastră (casa de asigurări de sănătate)
office-ziekenfonds-in-person = Mergeți la un birou al ziekenfonds-ului dumneavoastră.
office-ziekenfonds-phone = Sunați la ziekenfonds. Numărul este pe scrisorile și pe site-ul ziekenfonds-ului dumneavoastră.
office-ziekenfonds-online = Intrați în contul dumneavoastră pe site-ul sau în aplicația ziekenfonds-ului, de exemplu MyCM sau Mijn Helan.

## Parametri

param-vt-income-limit = Intervenția majorată: limita de venit a familiei pe an (brut impozabil)
param-vt-income-limit-extra-person = Intervenția majorată: creșterea limitei de venit pentru fiecare membru în plus al familiei
param-maf-income-bracket-1 = Factura maximă: limita de sus a tranșei de venit 1 (venitul net impozabil al familiei pe an)
param-maf-income-bracket-2 = Factura maximă: limita de sus a tranșei de venit 2 (venitul net impozabil al familiei pe an)
param-maf-income-bracket-3 = Factura maximă: limita de sus a tranșei de venit 3 (venitul net impozabil al familiei pe an)
param-maf-income-bracket-4 = Factura maximă: limita de sus a tranșei de venit 4 (venitul net impozabil al familiei pe an)
param-maf-income-bracket-5 = Factura maximă: limita de sus a tranșei de venit 5 (venitul net impozabil al familiei pe an)
param-maf-ceiling-1 = Factura maximă: limita de remgeld pe an în tranșa de venit 1
param-maf-ceiling-2 = Factura maximă: limita de remgeld pe an în tranșa de venit 2
param-maf-ceiling-3 = Factura maximă: limita de remgeld pe an în tranșa de venit 3
param-maf-ceiling-4 = Factura maximă: limita de remgeld pe an în tranșa de venit 4
param-maf-ceiling-5 = Factura maximă: limita de remgeld pe an în tranșa de venit 5
param-maf-ceiling-6 = Factura maximă: limita de remgeld pe an peste tranșa de venit 5
param-maf-ceiling-social = Factura maximă socială (familii cu intervenția majorată): limita de remgeld pe an
param-maf-chronic-reduction = Factura maximă: scăderea limitei în caz de boală cronică

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = Probabil puteți primi IGO. Dacă o primiți, intervenția majorată urmează automat. Venitul dumneavoastră este mic: o puteți cere și de acum la ziekenfonds.
