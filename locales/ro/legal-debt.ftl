# Legal aid and debt: pro-deoadvocaat, schuldhulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-schuldhulp-summary = Nu vă mai puteți plăti facturile? Atunci OCMW sau CAW (centrul de asistență socială) vă ajută. Vă dau sfaturi, vă ajută cu bugetul sau fac medierea datoriilor. La medierea datoriilor, cineva face un plan de plată cu cei cărora le datorați bani.
right-schuldhulp-counter = Am datorii și aș dori ajutor.

right-schuldhulp-reason-already-collective = Sunteți în reglementare colectivă a datoriilor. Judecătorul a numit un mediator de datorii care se ocupă de planul dumneavoastră de plată. Aveți întrebări, sau facturi noi pe care nu le puteți plăti? Atunci vorbiți imediat cu mediatorul de datorii.
right-schuldhulp-reason-already-mediation = Primiți deja mediere a datoriilor. Aveți întrebări, sau facturi noi pe care nu le puteți plăti? Atunci vorbiți imediat cu mediatorul de datorii.
right-schuldhulp-reason-already-budget = Primiți deja îndrumare bugetară sau administrarea bugetului. Aveți facturi noi pe care nu le puteți plăti? Atunci vorbiți imediat cu persoana care vă îndrumă.
right-schuldhulp-reason-abroad = Nu locuiți în Belgia. Acest ajutor este pentru cei care locuiesc în Belgia.
right-schuldhulp-reason-arrears = Aveți facturi pe care nu le-ați putut plăti la timp. OCMW sau CAW vă poate ajuta. De exemplu cu sfaturi, cu o înțelegere cu cei cărora le datorați bani, cu îndrumare bugetară sau administrarea bugetului, sau cu medierea datoriilor. Într-o discuție vedeți împreună ce se potrivește. Nu așteptați prea mult: cu cât mai repede, cu atât mai bine.
right-schuldhulp-otherwise = Ați spus că nu aveți datorii. Vă este greu mai târziu să vă plătiți facturile? Atunci cereți la timp ajutor la OCMW sau la CAW.

right-schuldhulp-unverified-pro-deo = Încă nu am verificat dacă reglementarea colectivă a datoriilor sau medierea datoriilor dă automat drept la un avocat gratuit.

## Documente

document-gezinssamenstelling = Dovada componenței familiei
document-gezinssamenstelling-where = Cereți-o la primărie, sau descărcați-o din Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Doar dacă primiți leefloon, IGO sau IVT, sau dacă închiriați o locuință socială: o adeverință despre acest lucru
document-attest-categorie-pro-deo-where = Cereți-o la serviciul care vă plătește: OCMW, Federale Pensioendienst sau DG Personen met een handicap. Dacă închiriați o locuință socială, cereți o adeverință de chiriaș la woonmaatschappij.

document-documenten-zaak = Toate hârtiile despre problema dumneavoastră: scrisori, contracte, decizii
document-documenten-zaak-where = Adunați tot ce aveți. Nu aruncați nimic.

document-lijst-schulden = O listă cu datoriile dumneavoastră, cu scrisorile de la cei cărora le datorați bani
document-lijst-schulden-where = Adunați toate facturile, somațiile și scrisorile. OCMW sau CAW vă ajută să faceți lista.

## Servicii

office-bureau-juridische-bijstand = Biroul de Asistență Juridică al avocaților (Bureau voor Juridische Bijstand, BJB)
office-bureau-juridische-bijstand-in-person = Mergeți la Biroul de Asistență Juridică. De obicei este în clădirea tribunalului din regiunea dumneavoastră. Aveți deja un avocat? Și el îl poate cere pentru dumneavoastră.
office-bureau-juridische-bijstand-phone = Sunați la Biroul de Asistență Juridică. Numărul este pe site-ul avocaților (baroul) din regiunea dumneavoastră. Îl puteți cere și la OCMW sau la un CAW.

## Parametri

param-pro-deo-limit-single-full = Avocat pro deo, persoană singură: complet gratuit până la acest venit net pe lună
param-pro-deo-limit-single-partial = Avocat pro deo, persoană singură: parțial gratuit până la acest venit net pe lună
param-pro-deo-limit-family-full = Avocat pro deo, cu persoane în întreținere sau care locuiește cu alții: complet gratuit până la acest venit net pe lună
param-pro-deo-limit-family-partial = Avocat pro deo, cu persoane în întreținere sau care locuiește cu alții: parțial gratuit până la acest venit net pe lună
