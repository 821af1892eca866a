# Grupul A: ajutor medical urgent, factura maximă, IGO, IVT, IT, pro deo, ajutor pentru datorii,
# card de parcare, card de reducere NMBS, De Lijn. Drepturi, documente, servicii și parametri.
# Fără sume în aceste mesaje: sumele sunt în parametri.

## Ajutor medical urgent

right-dringende-medische-hulp = Ajutor medical urgent
right-dringende-medische-hulp-summary = Cu ajutorul medical urgent de la OCMW primiți îngrijire de la un medic sau din spital, și medicamente, chiar dacă nu aveți ședere legală.
right-dringende-medische-hulp-counter = Aș dori să cer ajutor medical urgent.

right-dringende-medische-hulp-reason-abroad = Nu locuiți în Belgia. Ajutorul medical urgent este pentru persoanele care stau în Belgia.
right-dringende-medische-hulp-reason-no-legal-stay = Nu aveți ședere legală. Atunci puteți cere ajutor medical urgent la OCMW din comuna unde stați de fapt. Deși se numește „urgent”, nu este doar pentru urgențe: este și pentru o vizită obișnuită la medic, pentru spital și pentru medicamente. Un medic scrie o adeverință. OCMW face o anchetă socială și vine la dumneavoastră acasă. OCMW decide în cel mult 30 de zile.
right-dringende-medische-hulp-reason-eu = Sunteți cetățean al unei țări din Uniunea Europeană. Atunci pentru îngrijire mergeți de obicei prin ziekenfonds (casa de asigurări de sănătate). Sunteți de mai puțin de 3 luni în Belgia și nu aveți ziekenfonds? Atunci întrebați la OCMW dacă puteți primi ajutor medical urgent.
right-dringende-medische-hulp-reason-asylum-seeker = Ca solicitant de azil primiți ajutor medical prin centrul de primire: Fedasil sau o inițiativă locală de primire (LOI). Întrebați acolo.
right-dringende-medische-hulp-otherwise = Aveți ședere legală în Belgia. Atunci primiți îngrijire prin ziekenfonds. Ajutorul medical urgent este pentru persoanele fără ședere legală.

right-dringende-medische-hulp-unverified-eu = Cetățenii Uniunii Europene aflați în primele 3 luni în Belgia pot uneori primi și ei ajutor medical urgent. Acest lucru nu vine dintr-o sursă oficială și nu a fost încă verificat.

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

## Venitul garantat pentru vârstnici (IGO)

right-igo = Venitul garantat pentru vârstnici (IGO)
right-igo-summary = IGO sunt bani de la Federale Pensioendienst (serviciul federal de pensii) pentru persoanele care au vârsta de pensionare și un venit prea mic.
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
right-ivt-summary = IVT sunt bani de la stat pentru persoanele cu handicap care, din cauza handicapului, nu pot lucra sau pot lucra mult mai puțin.
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
right-it-summary = IT sunt bani de la stat pentru persoanele cu handicap care au cheltuieli în plus, pentru că le este greu să facă lucrurile de zi cu zi.
right-it-counter = Aș dori să cer o alocație de integrare (IT).
right-it-deadline = IT începe abia în prima zi a lunii de după cererea dumneavoastră. Deci cereți-o cât mai repede.

right-it-reason-already = Primiți deja IT.
right-it-reason-abroad = Nu locuiți în Belgia. IT este doar pentru cei care locuiesc în Belgia.
right-it-reason-residence = Cu tipul dumneavoastră de ședere nu puteți primi IT. Trebuie să fiți în registrul populației sau în registrul străinilor.
right-it-reason-minor = Aveți mai puțin de 18 ani. IT este pentru persoanele între 18 și 65 de ani. Primiți un supliment de îngrijire în Groeipakket? Atunci dreptul la IT se verifică automat când împliniți 18 ani.
right-it-reason-65 = Aveți 65 de ani sau mai mult. Atunci nu mai puteți cere IT pentru dumneavoastră. Pentru vârstnicii care au nevoie de îngrijire există bugetul de îngrijire pentru vârstnici, la zorgkas (casa de îngrijire). Are altcineva din familie un handicap, și are această persoană între 18 și 65 de ani? Atunci această persoană poate cere IT.
right-it-reason-turning-18 = Aveți 18 ani și în familia dumneavoastră există un supliment de îngrijire pentru un copil. L-ați primit chiar dumneavoastră? Atunci DG Personen met een handicap verifică automat dacă primiți IT. Primiți o scrisoare. Răspundeți la această scrisoare.
right-it-reason-assessment = Dumneavoastră sau cineva din familie are un handicap sau are nevoie de mult ajutor în fiecare zi. Are această persoană între 18 și 65 de ani? Atunci această persoană poate cere IT. Un medic de la DG Personen met een handicap evaluează cu puncte cât de greu îi este acestei persoane să facă lucrurile de zi cu zi, de exemplu să mănânce, să se spele sau să se deplaseze. De asta depinde dacă persoana primește IT. DG se uită și la venitul acestei persoane și al partenerului ei.
right-it-otherwise = Ați spus că nimeni din familie nu are un handicap și nu are nevoie de mult ajutor în fiecare zi. IT este pentru persoanele cu handicap cărora le este greu să facă lucrurile de zi cu zi.

right-it-unverified-amounts = Sumele IT nu vin dintr-o sursă oficială. Ele nu au fost încă verificate.

## Avocat pro deo

right-pro-deo = Avocat pro deo (asistență juridică gratuită sau aproape gratuită)
right-pro-deo-summary = Dacă aveți un venit mic, primiți un avocat care nu vă costă nimic sau doar o sumă mică.
right-pro-deo-counter = Aș dori să cer un avocat pro deo.

right-pro-deo-reason-no-problem = Ați spus că acum nu aveți o problemă pentru care aveți nevoie de un avocat. Aveți nevoie de un avocat mai târziu? Atunci reveniți. Oricine poate primi un prim sfat juridic gratuit, de exemplu la OCMW, la CAW (centrul de asistență socială) sau la justitiehuis (casa de justiție).
right-pro-deo-reason-minor = Aveți mai puțin de 18 ani. Atunci aveți întotdeauna dreptul la un avocat gratuit.
right-pro-deo-reason-presumed-benefit = Primiți leefloon, ajutor de la OCMW, IGO sau IVT. Atunci Biroul de Asistență Juridică (BJB) consideră că venitul dumneavoastră este destul de mic pentru un avocat gratuit. Luați cu dumneavoastră o adeverință pentru indemnizație.
right-pro-deo-reason-free = Venitul dumneavoastră nu pare mai mare decât limita pentru un avocat complet gratuit. Cereți un avocat pro deo la Biroul de Asistență Juridică (BJB). Aveți deja un avocat? Și el îl poate cere pentru dumneavoastră.
right-pro-deo-reason-partial = Venitul dumneavoastră pare puțin peste limita pentru un avocat complet gratuit, dar nu peste a doua limită. Atunci avocatul este parțial gratuit: plătiți o contribuție mică. Cereți-l la Biroul de Asistență Juridică (BJB).
right-pro-deo-reason-children = Venitul dumneavoastră este mai mare decât limita obișnuită. Dar limita crește pentru fiecare persoană pe care o aveți în întreținere, de exemplu un copil. Biroul de Asistență Juridică (BJB) face acest calcul pentru dumneavoastră. Întrebați acolo.
right-pro-deo-reason-social-tenant = Închiriați o locuință socială. Plătiți doar jumătate din chiria de bază? Atunci probabil primiți un avocat gratuit. Cereți o adeverință la woonmaatschappij (societatea de locuințe sociale) și mergeți la Biroul de Asistență Juridică (BJB).
right-pro-deo-reason-stay-procedure = Problema dumneavoastră este despre șederea în Belgia, de exemplu o regularizare sau o contestație? Atunci probabil primiți un avocat gratuit. Decide Biroul de Asistență Juridică (BJB). Întrebați acolo, sau cereți sfatul la OCMW sau la un CAW.
right-pro-deo-otherwise = Venitul dumneavoastră pare mai mare decât limitele pentru un avocat gratuit. Aveți îndoieli? Întrebați la Biroul de Asistență Juridică (BJB). Oricine poate primi un prim sfat juridic gratuit, de exemplu la OCMW, la CAW sau la justitiehuis (casa de justiție).

right-pro-deo-unverified-limits-2026 = Limitele de venit se schimbă în fiecare an la 1 septembrie. Limitele de la 1 septembrie 2026 nu au fost încă verificate. Folosim limitele de la 1 septembrie 2025.
right-pro-deo-unverified-presumptions = Încă nu am verificat dacă persoanele în reglementare colectivă a datoriilor și toți solicitanții de azil primesc automat un avocat gratuit. Nici faptul că IVT contează pentru asta nu apare în toate sursele.
right-pro-deo-unverified-contribution = Încă nu am verificat în lege cât plătiți dumneavoastră când avocatul este parțial gratuit. Biroul de Asistență Juridică (BJB) vă spune.

## Ajutor pentru datorii

right-schuldhulp = Ajutor pentru datorii și pentru bugetul dumneavoastră
right-schuldhulp-summary = OCMW sau CAW (centrul de asistență socială) vă ajută dacă nu vă mai puteți plăti facturile: cu sfaturi, cu ajutor pentru buget sau cu medierea datoriilor.
right-schuldhulp-counter = Am datorii și aș dori ajutor.

right-schuldhulp-reason-already-collective = Sunteți în reglementare colectivă a datoriilor. Judecătorul a numit un mediator de datorii care se ocupă de planul dumneavoastră de plată. Aveți întrebări, sau facturi noi pe care nu le puteți plăti? Atunci vorbiți imediat cu mediatorul de datorii.
right-schuldhulp-reason-already-mediation = Primiți deja mediere a datoriilor. Aveți întrebări, sau facturi noi pe care nu le puteți plăti? Atunci vorbiți imediat cu mediatorul de datorii.
right-schuldhulp-reason-already-budget = Primiți deja îndrumare bugetară sau administrarea bugetului. Aveți facturi noi pe care nu le puteți plăti? Atunci vorbiți imediat cu persoana care vă îndrumă.
right-schuldhulp-reason-abroad = Nu locuiți în Belgia. Acest ajutor este pentru cei care locuiesc în Belgia.
right-schuldhulp-reason-arrears = Aveți facturi pe care nu le-ați putut plăti la timp. OCMW sau CAW vă poate ajuta. De exemplu cu sfaturi, cu o înțelegere cu cei cărora le datorați bani, cu îndrumare bugetară sau administrarea bugetului, sau cu medierea datoriilor. Într-o discuție vedeți împreună ce se potrivește. Nu așteptați prea mult: cu cât mai repede, cu atât mai bine.
right-schuldhulp-otherwise = Ați spus că nu aveți datorii. Vă este greu mai târziu să vă plătiți facturile? Atunci cereți la timp ajutor la OCMW sau la CAW.

right-schuldhulp-unverified-pro-deo = Încă nu am verificat dacă reglementarea colectivă a datoriilor sau medierea datoriilor dă automat drept la un avocat gratuit.

## Card de parcare

right-parkeerkaart = Card de parcare pentru persoane cu handicap
right-parkeerkaart-summary = Cu cardul de parcare aveți voie să parcați pe locurile pentru persoane cu handicap, ca șofer sau ca pasager.
right-parkeerkaart-counter = Aș dori să cer un card de parcare pentru persoane cu handicap.
right-parkeerkaart-deadline = Aveți un card cu o dată de expirare? El nu se prelungește automat. Cereți un card nou cu 6 luni înainte de data de expirare.

right-parkeerkaart-reason-abroad = Nu locuiți în Belgia. Cardul belgian de parcare este pentru cei care locuiesc în Belgia.
right-parkeerkaart-reason-assessment = Dumneavoastră sau cineva din familie are un handicap. Dacă această persoană primește un card de parcare depinde de recunoașterea făcută de un medic de la DG Personen met een handicap, de exemplu cât de greu se poate deplasa persoana. Are această persoană deja o recunoaștere? Atunci de obicei nu este nevoie de o nouă adeverință medicală. Luați atunci legătura cu DG.
right-parkeerkaart-otherwise = Ați spus că nimeni din familie nu are un handicap. Cardul de parcare este doar pentru persoanele cu handicap.

## Card de reducere NMBS

right-nmbs-kortingkaart = Card de reducere NMBS (intervenția majorată)
right-nmbs-kortingkaart-summary = Cu acest card gratuit cumpărați bilete de tren la clasa a doua la jumătate de preț.
right-nmbs-kortingkaart-counter = Aș dori un card de reducere pentru intervenția majorată.
right-nmbs-kortingkaart-deadline = Cardul este valabil 1 an, sau 5 ani dacă aveți 65 de ani sau mai mult. Cereți la timp un card nou.

right-nmbs-kortingkaart-reason-abroad = Nu locuiți în Belgia. Acest card este pentru cei care au intervenția majorată de la un ziekenfonds belgian.
right-nmbs-kortingkaart-reason-vt = Aveți intervenția majorată. Atunci dumneavoastră, partenerul și copiii în întreținere puteți primi acest card. Cereți-l online în contul My NMBS, sau la ghișeul din gară, cu cartea de identitate și un card MOBIB.
right-nmbs-kortingkaart-reason-vt-first = Probabil puteți primi intervenția majorată. Cereți-o mai întâi la ziekenfonds. Apoi puteți cere acest card la NMBS.
right-nmbs-kortingkaart-otherwise = Acest card este doar pentru cei care au intervenția majorată, și pentru familia lor. Aveți un handicap grav? Atunci o persoană care vă însoțește poate uneori călători gratuit cu dumneavoastră, cu un card pentru însoțitor (Kaart voor Begeleider). Întrebați la ghișeul NMBS.

## De Lijn

right-de-lijn-vervoergarantie = Călătorii mai ieftine cu De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Dacă aveți un venit mic sau un handicap, primiți un abonament De Lijn pentru autobuz și tramvai la un preț mic sau gratuit.
right-de-lijn-vervoergarantie-counter = Aș dori un abonament De Lijn cu tarif social.
right-de-lijn-vervoergarantie-if-missing = Nu primiți automat abonamentul gratuit? Atunci cereți-l într-un magazin De Lijn (Lijnwinkel). Luați cu dumneavoastră o adeverință pentru indemnizație. Primiți această adeverință de la DG Personen met een handicap, la numărul gratuit 0800 987 99.
right-de-lijn-vervoergarantie-deadline = Abonamentul este valabil 12 luni. Cereți la timp unul nou. Dacă opriți abonamentul, nu primiți bani înapoi.

right-de-lijn-vervoergarantie-reason-brussels = Locuiți în Bruxelles. De Lijn circulă mai ales în Flandra. În Bruxelles există MIVB. Întrebați acolo de un tarif mai mic, sau cereți sfatul la OCMW.
right-de-lijn-vervoergarantie-reason-wallonia = Locuiți în Valonia. De Lijn circulă mai ales în Flandra. În Valonia există TEC. Întrebați acolo de un tarif mai mic, sau cereți sfatul la OCMW.
right-de-lijn-vervoergarantie-reason-abroad = Nu locuiți în Belgia. Aceste tarife De Lijn sunt pentru cei care locuiesc în Flandra.
right-de-lijn-vervoergarantie-reason-free-handicap = În familia dumneavoastră cineva primește IVT sau IT. Această persoană călătorește gratuit cu De Lijn. Abonamentul vine de obicei automat.
right-de-lijn-vervoergarantie-reason-leefloon = Primiți leefloon sau echivalent de leefloon. Atunci primiți Vervoergarantie: un abonament pentru 12 luni la un preț mic. De Lijn vă trimite singur un formular de plată. Plătiți-l și primiți abonamentul.
right-de-lijn-vervoergarantie-reason-igo = Primiți IGO. Atunci primiți Vervoergarantie: un abonament pentru 12 luni la un preț mic. Cereți-l într-un magazin De Lijn (Lijnwinkel) sau printr-o scrisoare către De Lijn. Luați cu dumneavoastră adeverința de la Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-asylum-seeker = Ca solicitant de azil puteți primi Vervoergarantie: un abonament pentru 12 luni la un preț mic. Îl cereți prin Fedasil sau prin Crucea Roșie. Întrebați oamenii de la centrul de primire.
right-de-lijn-vervoergarantie-reason-igo-pending = Probabil puteți primi IGO. Dacă îl primiți, puteți cere Vervoergarantie: un abonament pentru 12 luni la un preț mic. Cereți-l într-un magazin De Lijn (Lijnwinkel) sau printr-o scrisoare către De Lijn, cu adeverința de la Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = Poate puteți primi IGO. Decide Federale Pensioendienst. Dacă primiți IGO, puteți cere Vervoergarantie: un abonament pentru 12 luni la un preț mic. Cereți-l într-un magazin De Lijn (Lijnwinkel) sau printr-o scrisoare către De Lijn, cu adeverința de la Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-leefloon-pending = Probabil puteți primi leefloon sau echivalent de leefloon. Dacă îl primiți, De Lijn vă trimite singur un formular pentru Vervoergarantie: un abonament pentru 12 luni la un preț mic.
right-de-lijn-vervoergarantie-reason-vt = Aveți intervenția majorată. Atunci primiți un abonament De Lijn mai ieftin. Cereți-l într-un magazin De Lijn (Lijnwinkel). Luați cu dumneavoastră o adeverință de la ziekenfonds care nu este mai veche de 3 luni.
right-de-lijn-vervoergarantie-reason-vt-first = Probabil puteți primi intervenția majorată. Cereți-o mai întâi la ziekenfonds. Apoi primiți un abonament De Lijn mai ieftin.
right-de-lijn-vervoergarantie-reason-vaph = Dumneavoastră sau cineva din familie are un handicap. Este această persoană înscrisă la VAPH (agenția flamandă pentru persoane cu handicap)? Atunci această persoană călătorește de obicei gratuit cu De Lijn. Întrebați la De Lijn.
right-de-lijn-vervoergarantie-otherwise = Nu aveți leefloon, IGO, intervenție majorată sau indemnizație pentru handicap. Atunci nu există un tarif mai mic la De Lijn. Copiii sub 6 ani călătoresc totuși gratuit. Unele comune vă dau înapoi o parte din banii pe abonament. Întrebați la primărie.

right-de-lijn-vervoergarantie-unverified-prices = Prețurile De Lijn se schimbă. Prețul abonamentului cu intervenția majorată nu a fost încă verificat.

## Documente

document-attest-dringende-medische-hulp = Adeverință de la medic pentru ajutor medical urgent
document-attest-dringende-medische-hulp-where = O scrie medicul care vă consultă. Cereți-o dumneavoastră.

document-identiteitsbewijs = Pașaportul sau altă dovadă a identității, dacă aveți
document-identiteitsbewijs-where = Luați ce aveți. Nu aveți nimic? Mergeți totuși la OCMW.

document-bewijs-financiele-toestand = Hârtii despre banii dumneavoastră, dacă aveți: ce primiți și ce aveți
document-bewijs-financiele-toestand-where = De exemplu extrase de cont de la bancă. Nu aveți hârtii? Atunci OCMW vă întreabă despre bani în discuție.

document-gegevens-behandelende-arts = Numele și adresa medicului dumneavoastră
document-gegevens-behandelende-arts-where = Scrieți-le pe hârtie. Le găsiți pe o scrisoare sau pe o rețetă de la medic.

document-rekeningnummer = Numărul contului dumneavoastră bancar
document-rekeningnummer-where = Este pe cardul bancar sau pe extrasele de cont. Nu dați niciodată codurile secrete ale băncii: niciun serviciu nu le cere.

document-klevertje-ziekenfonds = O etichetă autocolantă de la ziekenfonds (klevertje)
document-klevertje-ziekenfonds-where = Cereți etichete la ziekenfonds.

document-aanslagbiljet-onroerende-voorheffing = Doar dacă aveți o casă sau un teren: decizia de impunere pentru impozitul pe proprietate (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = O primiți în fiecare an prin poștă sau digital. Ați pierdut-o? Cereți o copie la serviciul de impozite care v-a trimis-o.

document-volmacht = Doar dacă altă persoană face cererea pentru dumneavoastră: o procură
document-volmacht-where = Scrieți pe hârtie că această persoană are voie să facă asta pentru dumneavoastră, și semnați. Cereți ajutor persoanei care vă ajută.

document-gezinssamenstelling = Dovada componenței familiei
document-gezinssamenstelling-where = Cereți-o la primărie, sau descărcați-o din Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Doar dacă primiți leefloon, IGO sau IVT, sau dacă închiriați o locuință socială: o adeverință despre acest lucru
document-attest-categorie-pro-deo-where = Cereți-o la serviciul care vă plătește: OCMW, Federale Pensioendienst sau DG Personen met een handicap. Dacă închiriați o locuință socială, cereți o adeverință de chiriaș la woonmaatschappij.

document-documenten-zaak = Toate hârtiile despre problema dumneavoastră: scrisori, contracte, decizii
document-documenten-zaak-where = Adunați tot ce aveți. Nu aruncați nimic.

document-lijst-schulden = O listă cu datoriile dumneavoastră, cu scrisorile de la cei cărora le datorați bani
document-lijst-schulden-where = Adunați toate facturile, somațiile și scrisorile. OCMW sau CAW vă ajută să faceți lista.

document-energiefacturen = Facturile pentru electricitate, gaz sau apă
document-energiefacturen-where = Le primiți de la furnizor, prin poștă sau în contul dumneavoastră de pe site-ul furnizorului.

document-attest-igo = Doar dacă primiți IGO: o adeverință de la Federale Pensioendienst
document-attest-igo-where = Cereți-o la Federale Pensioendienst. Sunați la linia pentru pensii 1765 sau intrați pe mypension.be.

document-attest-verhoogde-tegemoetkoming = Dacă aveți intervenția majorată: o adeverință de la ziekenfonds, nu mai veche de 3 luni
document-attest-verhoogde-tegemoetkoming-where = Cereți-o la ziekenfonds, sau descărcați-o de pe site-ul sau din aplicația ziekenfonds-ului. La NMBS este necesară doar dacă ghișeul nu poate verifica intervenția majorată.

document-mobib-kaart = Card MOBIB cu numele dumneavoastră
document-mobib-kaart-where = Îl primiți la ghișeul NMBS. Un card nou costă o sumă mică.

document-pasfoto = Doar dacă ghișeul nu poate verifica intervenția majorată: o fotografie recentă tip pașaport
document-pasfoto-where = La un fotograf sau într-o cabină foto.

## Servicii

office-federale-pensioendienst = Federale Pensioendienst (serviciul federal de pensii)
office-federale-pensioendienst-in-person = Mergeți la serviciul de pensii al primăriei. Puteți merge și la o zi de consultații sau la un birou al Federale Pensioendienst. Altă persoană poate face asta pentru dumneavoastră.
office-federale-pensioendienst-phone = Sunați la linia pentru pensii a Federale Pensioendienst.
office-federale-pensioendienst-online = Faceți cererea online cu cartea de identitate sau cu itsme.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap (serviciul federal pentru persoane cu handicap)
office-dg-personen-met-handicap-online = Faceți cererea online în MyHandicap, cu cartea de identitate și codul PIN sau cu itsme.
office-dg-personen-met-handicap-phone = Sunați la DG Personen met een handicap. Acest număr este gratuit.
office-dg-personen-met-handicap-in-person = Nu reușiți online? Serviciul social al ziekenfonds-ului, primăria sau OCMW (Sociaal Huis) vă ajută și face cererea pentru dumneavoastră. Există și asistenți sociali ai DG.

office-bureau-juridische-bijstand = Biroul de Asistență Juridică al avocaților (Bureau voor Juridische Bijstand, BJB)
office-bureau-juridische-bijstand-in-person = Mergeți la Biroul de Asistență Juridică. De obicei este în clădirea tribunalului din regiunea dumneavoastră. Aveți deja un avocat? Și el îl poate cere pentru dumneavoastră.
office-bureau-juridische-bijstand-phone = Sunați la Biroul de Asistență Juridică. Numărul este pe site-ul avocaților (baroul) din regiunea dumneavoastră. Îl puteți cere și la OCMW sau la un CAW.

office-de-lijn = De Lijn
office-de-lijn-in-person = Mergeți la un magazin De Lijn (Lijnwinkel).
office-de-lijn-letter = Puteți trimite cererea și prin poștă. Trimiteți și o copie a adeverinței.
office-de-lijn-online = Pe site-ul De Lijn găsiți explicații despre abonamente și prețuri.

office-nmbs = NMBS (căile ferate belgiene)
office-nmbs-in-person = Mergeți la ghișeul dintr-o gară. Luați cu dumneavoastră cartea de identitate și cardul MOBIB.
office-nmbs-online = Cereți cardul online în contul My NMBS, pe site-ul NMBS.

## Parametri

param-pension-age = Vârsta legală de pensionare, care este și vârsta pentru IGO (în ani)
param-igo-amount-shared = IGO, suma de bază, pentru cei care împart locuința: sumă pe lună
param-igo-amount-alone = IGO, suma mărită, pentru cei care locuiesc singuri: sumă pe lună
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
param-ivt-max-cat-a = IVT categoria A: suma maximă pe an
param-ivt-max-cat-b = IVT categoria B: suma maximă pe an
param-ivt-max-cat-c = IVT categoria C: suma maximă pe an
param-it-max-cat-1 = IT categoria 1 (7 până la 8 puncte): suma maximă pe lună
param-it-max-cat-2 = IT categoria 2 (9 până la 11 puncte): suma maximă pe lună
param-it-max-cat-3 = IT categoria 3 (12 până la 14 puncte): suma maximă pe lună
param-it-max-cat-4 = IT categoria 4 (15 până la 16 puncte): suma maximă pe lună
param-it-max-cat-5 = IT categoria 5 (17 până la 18 puncte): suma maximă pe lună
param-pro-deo-limit-single-full = Avocat pro deo, persoană singură: complet gratuit până la acest venit net pe lună
param-pro-deo-limit-single-partial = Avocat pro deo, persoană singură: parțial gratuit până la acest venit net pe lună
param-pro-deo-limit-family-full = Avocat pro deo, cu persoane în întreținere sau care locuiește cu alții: complet gratuit până la acest venit net pe lună
param-pro-deo-limit-family-partial = Avocat pro deo, cu persoane în întreținere sau care locuiește cu alții: parțial gratuit până la acest venit net pe lună
