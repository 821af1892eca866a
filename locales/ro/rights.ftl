# Drepturi: right-<id> este numele, right-<id>-summary o propoziție simplă, right-<id>-counter propoziția
# de spus la ghișeu, right-<id>-if-missing (drepturi care pot veni automat) ce faceți dacă nu vine.
# Apoi fiecare mesaj de motiv, otherwise și unverified al dreptului. Fără sume aici: sumele vin din parametri.

## Leefloon

right-leefloon = Leefloon (venit de integrare)
right-leefloon-summary = Leefloon sunt bani de la OCMW (centrul public de asistență socială) când aveți un venit prea mic ca să trăiți din el.
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
right-equivalent-leefloon-summary = Echivalentul de leefloon sunt bani de la OCMW pentru străinii din registrul străinilor care au un venit prea mic ca să trăiască din el.
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
right-equivalent-leefloon-unverified-temporary-protection = Protecția temporară pentru persoanele din Ucraina a fost prelungită până la 4 martie 2026. Încă nu am verificat dacă a fost prelungită din nou după aceea.

## Intervenția majorată

right-verhoogde-tegemoetkoming = Intervenția majorată
right-verhoogde-tegemoetkoming-summary = Cu intervenția majorată de la ziekenfonds (casa de asigurări de sănătate) plătiți mai puțin la medic și pentru alte îngrijiri, și primiți și alte avantaje.
right-verhoogde-tegemoetkoming-counter = Aș dori să cer intervenția majorată.
right-verhoogde-tegemoetkoming-if-missing = Nu primiți automat intervenția majorată? Atunci cereți o adeverință de la serviciul care vă plătește indemnizația, de exemplu OCMW. Dați această adeverință la ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = Primiți deja intervenția majorată.
right-verhoogde-tegemoetkoming-reason-abroad = Nu locuiți în Belgia. Atunci de obicei nu primiți acest ajutor de la un ziekenfonds belgian. Întrebați la ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Fără ședere legală există ajutorul medical urgent de la OCMW. Acesta este ajutor de la un medic sau din spital, și medicamente. Întrebați la OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Ca solicitant de azil primiți îngrijire medicală prin centrul de primire: Fedasil sau inițiativa locală de primire (LOI). Întrebați la serviciul social al centrului. Primiți mai târziu un drept de ședere? Atunci puteți cere intervenția majorată la un ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Dumneavoastră sau cineva din familie primește IGO, IVT, IT, un buget de îngrijire pentru vârstnici sau un supliment de îngrijire pentru un copil. Atunci toată familia primește automat intervenția majorată. Nu trebuie să faceți nimic.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Primiți leefloon sau echivalent de leefloon. După 3 luni întregi primiți atunci automat intervenția majorată de la ziekenfonds. Nu trebuie să faceți nimic.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Probabil puteți primi leefloon sau echivalent de leefloon. Dacă îl primiți 3 luni întregi, intervenția majorată urmează automat. O puteți cere și de acum la ziekenfonds.
right-verhoogde-tegemoetkoming-reason-request-income = Venitul familiei dumneavoastră nu este mai mare decât limita. Cereți intervenția majorată la ziekenfonds. Uneori ziekenfonds vă trimite chiar el o scrisoare ca să o cereți. Nu trebuie să așteptați această scrisoare.
right-verhoogde-tegemoetkoming-reason-request-current-income = Sunteți la pensie, căutați de lucru sau nu puteți lucra de cel puțin 3 luni, sunteți părinte singur cu copii, sau aveți protecție temporară. Atunci contează venitul din ultima lună. Acest venit nu este mai mare decât limita. Cereți intervenția majorată la ziekenfonds.
right-verhoogde-tegemoetkoming-otherwise = Venitul familiei dumneavoastră pare mai mare decât limita. Venitul dumneavoastră este acum mai mic, de exemplu din cauza unei boli, a șomajului sau a pensiei? Atunci cereți sfatul la ziekenfonds.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = Limitele de venit pentru 2025 și 2026 nu au fost încă verificate. Folosim limita pentru cererile din 2024.

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
right-verwarmingstoelage-summary = Alocația de încălzire sunt bani pe care îi primiți prin OCMW pentru o parte din prețul motorinei de încălzire, al petrolului de încălzire sau al propanului dintr-un rezervor.
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
