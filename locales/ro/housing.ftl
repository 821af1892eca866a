# Housing: huurpremie, huursubsidie, sociale huurwoning.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Prima flamandă de chirie

right-huurpremie = Prima flamandă de chirie
right-huurpremie-summary = Prima de chirie înseamnă bani pe lună de la guvernul flamand pentru cei care închiriază de la un proprietar privat și așteaptă de mult timp o locuință socială.
right-huurpremie-counter = Sunt de 4 ani pe lista de așteptare pentru o locuință socială. Aș dori să cer o primă de chirie.
right-huurpremie-if-missing = Sunteți de 4 ani pe lista de așteptare și nu ați primit un formular? Atunci luați legătura cu woonmaatschappij. Nu așteptați prea mult: prima de chirie se plătește în urmă pentru cel mult 6 luni.
right-huurpremie-deadline = Trimiteți repede formularul înapoi. Prima de chirie se plătește în urmă pentru cel mult 6 luni. Vă mutați? Atunci înscrieți-vă în cel mult 9 luni la woonmaatschappij din noua comună. Altfel prima de chirie se oprește.

right-huurpremie-reason-brussels = Locuiți în Bruxelles. Prima flamandă de chirie nu se aplică acolo. Regiunea Bruxelles are propriul ajutor pentru chirie. Întrebați la OCMW din comuna dumneavoastră.
right-huurpremie-reason-wallonia = Locuiți în Valonia. Prima flamandă de chirie nu se aplică acolo. Regiunea Valonia are reguli proprii. Cereți sfatul la OCMW (în franceză: CPAS) din comuna dumneavoastră.
right-huurpremie-reason-abroad = Nu locuiți în Belgia. Prima de chirie este pentru o locuință închiriată în Flandra.
right-huurpremie-reason-social-tenant = Închiriați deja o locuință socială. Prima de chirie este pentru cei care închiriază de la un proprietar privat și așteaptă o locuință socială.
right-huurpremie-reason-owner = Sunteți proprietar al locuinței. Prima de chirie este doar pentru cei care închiriază și nu au o locuință.
right-huurpremie-reason-not-private-tenant = Prima de chirie este doar pentru cei care închiriază o locuință de la un proprietar privat, cu contractul de închiriere pe numele lor.
right-huurpremie-reason-waitlist-short = Prima de chirie există abia când sunteți de 4 ani fără întrerupere pe lista de așteptare pentru o locuință socială. Nu sunteți încă pe lista de așteptare? Atunci înscrieți-vă la woonmaatschappij.
right-huurpremie-reason-income = Venitul dumneavoastră pare mai mare decât limita pentru o locuință socială. Această limită se aplică și pentru prima de chirie. Wonen in Vlaanderen se uită la ultima decizie de impunere de la impozite. Aveți îndoieli? Sunați la linia flamandă de informații 1700.
right-huurpremie-reason-proactive = Închiriați de la un proprietar privat și sunteți de 4 ani sau mai mult pe lista de așteptare pentru o locuință socială. Atunci Wonen in Vlaanderen vă trimite în mod normal automat un formular de cerere, cu un autocolant galben. Completați-l și trimiteți-l înapoi cu o copie a contractului de închiriere. Nu ați primit formularul? Atunci luați legătura cu woonmaatschappij. Nu așteptați prea mult: prima de chirie se plătește în urmă pentru cel mult 6 luni. Atenție: contractul de închiriere trebuie să fie pe numele dumneavoastră și trebuie să aveți domiciliul la acea adresă. Nu aveți voie să închiriați de la o rudă care locuiește la aceeași adresă, de exemplu părinții, bunicii, fratele sau sora. Prima de chirie se oprește dacă primiți o locuință socială, sau dacă refuzați o locuință socială potrivită.
right-huurpremie-otherwise = Se pare că nu aveți dreptul la prima de chirie. Aveți îndoieli? Sunați la linia flamandă de informații 1700.

right-huurpremie-unverified-amounts = Sumele primei de chirie și chiria maximă pentru 2025 și 2026 nu au fost încă verificate. Cunoaștem sumele din 2024 și chiria maximă din 2023.
right-huurpremie-unverified-conformity = Din noiembrie 2023 nu mai trebuie să dovediți că locuința dumneavoastră este în regulă. Prima de chirie este refuzată doar dacă locuința a fost declarată nepotrivită, nelocuibilă sau supraaglomerată. Acest lucru vine dintr-un ziar și nu a fost încă verificat la o sursă oficială.

## Subvenția flamandă pentru chirie

right-huursubsidie = Subvenția flamandă pentru chirie
right-huursubsidie-summary = Subvenția pentru chirie înseamnă bani pe lună de la guvernul flamand dacă vă mutați într-o locuință închiriată mai bună sau adaptată, sau dacă înainte nu ați avut locuință.
right-huursubsidie-counter = M-am mutat într-o locuință închiriată. Aș dori să cer o subvenție pentru chirie.
right-huursubsidie-deadline = Cereți subvenția pentru chirie cel târziu la 9 luni după începutul noului contract de închiriere.

right-huursubsidie-reason-brussels = Locuiți în Bruxelles. Subvenția flamandă pentru chirie nu se aplică acolo. Regiunea Bruxelles are propriul ajutor pentru chirie. Întrebați la OCMW din comuna dumneavoastră.
right-huursubsidie-reason-wallonia = Locuiți în Valonia. Subvenția flamandă pentru chirie nu se aplică acolo. Regiunea Valonia are reguli proprii. Cereți sfatul la OCMW (în franceză: CPAS) din comuna dumneavoastră.
right-huursubsidie-reason-abroad = Nu locuiți în Belgia. Subvenția pentru chirie este pentru o locuință închiriată în Flandra.
right-huursubsidie-reason-owner = Sunteți proprietar al unei locuințe. Atunci de obicei nu primiți subvenție pentru chirie. Există excepții. Întrebați prin linia flamandă de informații 1700.
right-huursubsidie-reason-social-tenant = Închiriați o locuință socială. Cine închiriază direct de la o woonmaatschappij, de la comună sau de la OCMW nu primește subvenție pentru chirie. Închiriați printr-o agenție socială de închiriere (sociaal verhuurkantoor, SVK), iar locuința este a unui proprietar privat? V-ați mutat acolo de curând? Atunci întrebați totuși despre subvenția pentru chirie la woonmaatschappij sau prin linia flamandă de informații 1700.
right-huursubsidie-reason-care-home = Locuiți într-un cămin de îngrijire pentru vârstnici. Subvenția pentru chirie este pentru cei care închiriază o locuință.
right-huursubsidie-reason-homeless = Nu aveți o locuință stabilă și venitul dumneavoastră nu este mai mare decât limita. Găsiți o locuință de închiriat? Atunci puteți cere subvenția pentru chirie la Wonen in Vlaanderen. Faceți asta cel târziu la 9 luni după începutul contractului de închiriere. Atunci primiți și, o singură dată, o primă de instalare. Aveți mai puțin de 25 de ani? Atunci arătați venitul dumneavoastră propriu de acum. Decide Wonen in Vlaanderen.
right-huursubsidie-reason-moved = Subvenția pentru chirie există doar dacă v-ați mutat, în unul dintre aceste cazuri: dintr-o locuință nepotrivită, nelocuibilă sau prea mică, într-o locuință bună; dintr-o locuință care nu era adaptată vârstei sau handicapului dumneavoastră, într-o locuință adaptată; într-o locuință a unei agenții sociale de închiriere (SVK); sau după ce nu ați avut o locuință stabilă. Este așa în cazul dumneavoastră? Atunci cereți subvenția pentru chirie, cel târziu la 9 luni după începutul noului contract de închiriere. Decide Wonen in Vlaanderen.
right-huursubsidie-otherwise = Venitul dumneavoastră pare mai mare decât limita pentru subvenția de chirie. Folosim limita din 2024. Acum poate fi puțin mai mare. Aveți îndoieli? Întrebați la linia de informații flamandă 1700.

right-huursubsidie-unverified-limits = Limitele de venit pe care le folosim sunt cele pentru o locuință socială în 2024. Faptul că subvenția de chirie are aceleași limite este dedus din anii anteriori și nu a fost încă verificat. Limitele pentru 2025 și 2026 nu au fost încă găsite.
right-huursubsidie-unverified-waitlist = Înainte trebuia să vă înscrieți în 6 luni pe lista de așteptare pentru o locuință socială. Această regulă a fost eliminată în septembrie 2023. Încă nu am verificat de când se aplică schimbarea.

## Înscrierea pentru o locuință socială

right-sociale-huurwoning = Înscrierea pentru o locuință socială
right-sociale-huurwoning-summary = La woonmaatschappij vă puteți înscrie pe lista de așteptare pentru o locuință socială: o locuință de închiriat cu o chirie mai mică.
right-sociale-huurwoning-counter = Aș dori să mă înscriu pentru o locuință socială.

right-sociale-huurwoning-reason-brussels = Locuiți în Bruxelles. Societățile flamande de locuințe (woonmaatschappij) închiriază locuințe în Flandra. Pentru o locuință socială în Bruxelles se ocupă Brusselse Gewestelijke Huisvestingsmaatschappij (BGHM). Cereți sfatul la OCMW din comuna dumneavoastră. Vreți să vă mutați în Flandra? Atunci întrebați o woonmaatschappij de acolo dacă vă puteți înscrie.
right-sociale-huurwoning-reason-wallonia = Locuiți în Valonia. Societățile flamande de locuințe (woonmaatschappij) închiriază locuințe în Flandra. În Valonia se aplică regulile Regiunii Valonia. Cereți sfatul la OCMW (în franceză: CPAS) din comuna dumneavoastră. Vreți să vă mutați în Flandra? Atunci întrebați o woonmaatschappij de acolo dacă vă puteți înscrie.
right-sociale-huurwoning-reason-abroad = Nu locuiți în Belgia. Ca să vă înscrieți, trebuie să aveți domiciliul într-o comună belgiană, în registrul populației sau în registrul străinilor.
right-sociale-huurwoning-reason-already-tenant = Închiriați deja o locuință socială.
right-sociale-huurwoning-reason-already-waitlist = Sunteți deja pe lista de așteptare pentru o locuință socială. Închiriați de la un proprietar privat și sunteți pe listă de 4 ani fără întrerupere? Atunci puteți primi o primă de chirie.
right-sociale-huurwoning-reason-owner = Sunteți proprietar al unei locuințe. Atunci de obicei nu vă puteți înscrie. Există excepții, de exemplu o moștenire sau o locuință pe care o aveți împreună cu un fost partener. Întrebați la woonmaatschappij.
right-sociale-huurwoning-reason-minor = Aveți mai puțin de 18 ani. Atunci de obicei nu vă puteți înscrie. Uneori se poate totuși, de exemplu dacă locuiți independent cu îndrumare. Întrebați la woonmaatschappij.
right-sociale-huurwoning-reason-asylum-seeker = Ca solicitant de azil sunteți în registrul de așteptare. Acest lucru nu este suficient ca să vă înscrieți. Trebuie să fiți în registrul populației sau în registrul străinilor.
right-sociale-huurwoning-reason-no-legal-stay = Fără ședere legală nu vă puteți înscrie. Trebuie să fiți în registrul populației sau în registrul străinilor. Cereți sfatul la OCMW.
right-sociale-huurwoning-reason-homeless = Nu aveți o locuință stabilă și venitul dumneavoastră nu este mai mare decât limita. Vă puteți totuși înscrie la woonmaatschappij. Nu aveți adresă? Atunci cereți o adresă de referință la OCMW. Nici economiile dumneavoastră nu au voie să fie mai mari decât limita de venit. Sunteți deja pe lista de așteptare? Atunci nu trebuie să faceți nimic.
right-sociale-huurwoning-reason-income = Venitul dumneavoastră nu este mai mare decât limita. Vă puteți înscrie la woonmaatschappij. Nici economiile dumneavoastră nu au voie să fie mai mari decât limita de venit. Nu aveți voie să aveți o locuință sau un teren de construcție, nici în străinătate. Sunteți deja pe lista de așteptare? Atunci nu trebuie să faceți nimic. Dacă mai târziu închiriați o locuință socială, trebuie ca în 2 ani să știți puțină limba olandeză (nivelul A2). Aceasta nu este o condiție pentru înscriere.
right-sociale-huurwoning-reason-current-income = Venitul dumneavoastră de acum nu este mai mare decât limita. Venitul de pe ultima decizie de impunere era mai mare? Atunci woonmaatschappij se uită la venitul dumneavoastră din ultimele 3 luni. Aduceți dovezi pentru acest venit. Nici economiile dumneavoastră nu au voie să fie mai mari decât limita de venit. Nu aveți voie să aveți o locuință sau un teren de construcție, nici în străinătate. Sunteți deja pe lista de așteptare? Atunci nu trebuie să faceți nimic.
right-sociale-huurwoning-reason-collective-settlement = Sunteți în reglementare colectivă a datoriilor. Atunci woonmaatschappij se uită la banii care vă rămân de fapt acum. Vă puteți înscrie. Aduceți decizia despre reglementarea datoriilor.
right-sociale-huurwoning-reason-budget-management = Primiți îndrumare bugetară sau administrare bugetară. Atunci societatea de locuințe se uită la banii care vă rămân acum cu adevărat. Vă puteți înscrie. Luați acordul despre îndrumarea sau administrarea bugetară.
right-sociale-huurwoning-reason-household = Nu locuiți cu un partener sau cu copii, dar locuiți cu alți adulți. Venitul dumneavoastră este mai mare decât limita pentru o persoană singură. Este mai mic decât limita pentru o familie. Ce limită se aplică depinde de cine se mută împreună cu dumneavoastră. Decide woonmaatschappij.
right-sociale-huurwoning-otherwise = Venitul dumneavoastră pare mai mare decât limita pentru o locuință socială. Venitul dumneavoastră este acum mai mic? Atunci woonmaatschappij se uită la venitul dumneavoastră din ultimele 3 luni. Întrebați la woonmaatschappij.

right-sociale-huurwoning-unverified-language = În 2024 s-a anunțat că cei care închiriază o locuință socială trebuie să știe mai bine limba olandeză (nivelul B1). Încă nu am verificat dacă această regulă se aplică deja.
right-sociale-huurwoning-unverified-policy-2025 = De la 1 ianuarie 2025 ar exista reguli noi: prioritate pentru candidații care lucrează, și contracte noi de închiriere pe 9 ani. Acest lucru vine dintr-un ziar și nu a fost încă verificat la o sursă oficială.

## Documente

document-aanvraagformulier-huurpremie = Formularul de cerere pentru prima de chirie pe care l-ați primit prin poștă (cu un autocolant galben)
document-aanvraagformulier-huurpremie-where = Wonen in Vlaanderen vi-l trimite automat. Nu l-ați primit? Atunci luați legătura cu woonmaatschappij.

document-aanvraagformulier-huursubsidie = Formularul de cerere pentru subvenția pentru chirie
document-aanvraagformulier-huursubsidie-where = Puteți cere subvenția pentru chirie online. Se poate și pe hârtie: cereți formularul prin linia flamandă de informații 1700, sau cereți ajutor la ghișeul pentru locuințe (woonloket) sau la OCMW din comuna dumneavoastră.

document-medisch-attest-huursubsidie = Doar dacă aveți 65 de ani sau mai mult, sau dacă aveți un handicap: o adeverință medicală
document-medisch-attest-huursubsidie-where = Întrebați prin linia flamandă de informații 1700 ce adeverință îi trebuie lui Wonen in Vlaanderen și cine trebuie să o completeze.

document-attest-handicap = Doar în caz de handicap: o adeverință că handicapul dumneavoastră este recunoscut
document-attest-handicap-where = De obicei o cereți la FOD Sociale Zekerheid, DG Personen met een handicap (sunați la 0800 987 99). Întrebați acolo unde o predați ce adeverință acceptă.

document-attest-groeipakket-volwassen-kind = Doar dacă locuiește cu dumneavoastră un copil adult pentru care primiți încă Groeipakket: o adeverință despre acest lucru
document-attest-groeipakket-volwassen-kind-where = Cereți-o la plătitorul Groeipakket, de exemplu FONS, Infino, KidsLife, MyFamily sau Parentia.

document-vonnis-verblijfsregeling-kinderen = Doar dacă copiii locuiesc și la celălalt părinte: hotărârea judecătorească sau înțelegerea despre unde locuiesc copiii (custodie comună sau drept de vizită)
document-vonnis-verblijfsregeling-kinderen-where = Ați primit-o de la tribunal sau de la avocat. Ați pierdut-o? Cereți o copie avocatului sau tribunalului.

document-inschrijvingsformulier-woonmaatschappij = Formularul de înscriere de la woonmaatschappij
document-inschrijvingsformulier-woonmaatschappij-where = Îl primiți la woonmaatschappij. Locuiți cu un partener? Atunci semnează și partenerul.

document-verklaring-geen-eigendom = Declarație pe propria răspundere că nu aveți o locuință sau un teren de construcție
document-verklaring-geen-eigendom-where = Cereți formularul la woonmaatschappij.

document-overeenkomst-budgetbeheer = Doar în cazul administrării bugetului: contractul sau decizia despre administrarea bugetului
document-overeenkomst-budgetbeheer-where = Cereți o copie la OCMW sau la CAW care vă administrează bugetul.

document-ongeschiktheidsverklaring = Doar dacă locuința dumneavoastră a fost declarată nepotrivită sau nelocuibilă: decizia despre acest lucru
document-ongeschiktheidsverklaring-where = Ați primit-o de la primărie. Ați pierdut-o? Cereți o copie la primărie.

## Servicii

office-woonmaatschappij = Woonmaatschappij din comuna dumneavoastră (societatea de locuințe sociale)
office-woonmaatschappij-in-person = Mergeți la woonmaatschappij. Înscrierea este posibilă adesea doar în anumite zile și ore. Primăria sau OCMW știe ce woonmaatschappij lucrează în comuna dumneavoastră.
office-woonmaatschappij-phone = Sunați la woonmaatschappij. Numărul este pe site-ul woonmaatschappij sau pe site-ul comunei dumneavoastră.
office-woonmaatschappij-letter = Vă puteți înscrie și printr-o scrisoare sau un e-mail.

office-wonen-in-vlaanderen = Wonen in Vlaanderen (guvernul flamand)
office-wonen-in-vlaanderen-letter = Trimiteți formularul completat înapoi la Wonen in Vlaanderen, prin poștă.
office-wonen-in-vlaanderen-online = Pe acest site găsiți mai multe explicații. Subvenția pentru chirie o puteți cere și online.
office-wonen-in-vlaanderen-phone = Sunați la linia flamandă de informații (Vlaamse infolijn) cu întrebările despre prima de chirie sau despre subvenția pentru chirie.
office-wonen-in-vlaanderen-in-person = Aveți nevoie de ajutor cu formularul? Mergeți la ghișeul pentru locuințe (woonloket) al comunei sau la OCMW.

## Parametri

param-sh-income-limit-single = Locuință socială și prima de chirie: limita de venit pe an (impozabil) pentru o persoană singură
param-sh-income-limit-single-handicap = Locuință socială și prima de chirie: limita de venit pe an (impozabil) pentru o persoană singură cu handicap
param-sh-income-limit-family = Locuință socială și prima de chirie: limita de venit pe an (impozabil) pentru alții, fără persoane în întreținere
param-sh-income-limit-extra-person = Locuință socială și prima de chirie: creșterea limitei de venit pentru fiecare persoană în întreținere
param-hs-income-limit-single = Subvenția pentru chirie: limita de venit pe an (impozabil) pentru o persoană singură
param-hs-income-limit-single-handicap = Subvenția pentru chirie: limita de venit pe an (impozabil) pentru o persoană singură cu handicap
param-hs-income-limit-family = Subvenția pentru chirie: limita de venit pe an (impozabil) pentru alții, fără persoane în întreținere
param-hs-income-limit-extra-person = Subvenția pentru chirie: creșterea limitei de venit pentru fiecare persoană în întreținere
param-huurpremie-max = Prima de chirie și subvenția pentru chirie: suma maximă pe lună
param-huurpremie-max-extra-person = Prima de chirie și subvenția pentru chirie: creșterea sumei maxime pentru fiecare persoană în întreținere (pentru cel mult 4 persoane)
param-huurpremie-max-certain-municipalities = Prima de chirie și subvenția pentru chirie: suma maximă pe lună în anumite comune
param-huurpremie-max-extra-person-certain-municipalities = Prima de chirie și subvenția pentru chirie: creșterea sumei maxime pentru fiecare persoană în întreținere, în anumite comune
param-huurpremie-max-rent = Prima de chirie: chiria maximă pe lună pentru o locuință independentă (mai mare pentru fiecare persoană în întreținere)
param-huurpremie-max-rent-certain-municipalities = Prima de chirie: chiria maximă pe lună pentru o locuință independentă, în anumite comune
param-huurpremie-max-rent-room = Prima de chirie: chiria maximă pe lună pentru o cameră

# Issue 13: the middelentoets with the savings fact
right-sociale-huurwoning-reason-savings = Economiile dumneavoastră sunt mai mari decât limita de venit pentru o locuință socială. Atunci nu vă puteți înscrie. Aceasta este regula din 1 ianuarie 2024. V-au scăzut economiile? Întrebați atunci din nou la societatea de locuințe (woonmaatschappij).

# Issue 13: huursubsidie decided by the recent-move fact
right-huursubsidie-reason-moved-request = V-ați mutat sau vă veți muta dintr-un motiv care dă dreptul la subvenția de chirie (huursubsidie). Venitul dumneavoastră nu este mai mare decât limita. Cereți subvenția la Wonen in Vlaanderen, cel târziu la 9 luni după începutul noului contract de închiriere. Primiți atunci și o dată o primă de instalare. Wonen in Vlaanderen decide.
right-huursubsidie-reason-no-move = Subvenția de chirie se dă doar după o mutare din unul dintre aceste motive: dintr-o locuință proastă sau prea mică, dintr-o locuință neadaptată vârstei sau handicapului, într-o locuință a unei agenții sociale de închiriere (SVK) sau după ce nu ați avut o locuință fixă. Vă mutați mai târziu dintr-un astfel de motiv? Atunci o puteți cere.

# Issue 13: OCMW hulp bij de huurwaarborg
right-ocmw-huurwaarborg = Ajutor de la OCMW pentru garanția de chirie
right-ocmw-huurwaarborg-summary = OCMW vă poate ajuta cu garanția de chirie (huurwaarborg) pentru o locuință nouă închiriată, de exemplu cu o scrisoare către proprietar în care OCMW promite garanția.
right-ocmw-huurwaarborg-counter = Aș dori să cer ajutorul OCMW pentru garanția de chirie.
right-ocmw-huurwaarborg-reason-housing = Ajutorul pentru garanția de chirie este pentru cei care vor închiria o locuință de la un proprietar privat. În situația dumneavoastră nu este necesar.
right-ocmw-huurwaarborg-reason-moving = Căutați o locuință sau vă mutați, iar venitul dumneavoastră este mic. OCMW vă poate ajuta cu garanția de chirie: cu o scrisoare de garanție către proprietar, o garanție bancară sau un avans pe care îl dați înapoi. Mergeți la OCMW înainte de a semna contractul de închiriere, dacă se poate. OCMW decide.
right-ocmw-huurwaarborg-reason-no-move = Nu vă mutați. Ajutorul pentru garanția de chirie există când închiriați o locuință nouă. Vă mutați mai târziu? Întrebați atunci la OCMW.
right-ocmw-huurwaarborg-otherwise = Venitul dumneavoastră nu pare mic. Totuși nu puteți plăti garanția de chirie? Cereți sfatul OCMW.

# Issue 13: Mijn VerbouwPremie
right-mijn-verbouwpremie = Mijn VerbouwPremie (cea mai mare primă de renovare la un venit mic)
right-mijn-verbouwpremie-summary = Mijn VerbouwPremie este bani de la guvernul flamand când vă renovați locuința. Cu un venit mic primiți cea mai mare primă.
right-mijn-verbouwpremie-counter = Aș dori să cer Mijn VerbouwPremie.
right-mijn-verbouwpremie-reason-outside-flanders = Nu locuiți în Flandra. Mijn VerbouwPremie este pentru locuințe din Flandra.
right-mijn-verbouwpremie-reason-not-owner = Mijn VerbouwPremie este mai ales pentru proprietarii care locuiesc ei înșiși în locuință. Sunteți chiriaș? Întrebați atunci proprietarul dacă face lucrări.
right-mijn-verbouwpremie-reason-low-income = Locuiți în propria locuință și venitul dumneavoastră este mic. Vă veți renova locuința, de exemplu acoperișul, ferestrele sau încălzirea? Atunci probabil primiți cea mai mare primă. Cereți explicații la ghișeul de locuințe (woonloket) al comunei sau la linia de informații flamandă 1700.
right-mijn-verbouwpremie-reason-near-limit = Venitul dumneavoastră este aproape de limita pentru cea mai mare primă. Limita depinde de numărul persoanelor în întreținere. Întrebați la linia de informații flamandă 1700.
right-mijn-verbouwpremie-otherwise = Venitul dumneavoastră pare mai mare decât limita pentru cea mai mare primă. Puteți totuși primi o primă mai mică. Întrebați la linia de informații flamandă 1700.
right-mijn-verbouwpremie-unverified-limits = Limitele de venit provin de pe o pagină din octombrie 2022, nu de la guvernul flamand. Acum sunt probabil mai mari.
param-mvp-income-limit-single = Mijn VerbouwPremie, cea mai mică categorie de venit: limita pentru o persoană singură
param-mvp-income-limit-family = Mijn VerbouwPremie, cea mai mică categorie de venit: limita pentru un cuplu sau o persoană singură cu o persoană în întreținere
param-mvp-income-limit-extra-person = Mijn VerbouwPremie, cea mai mică categorie de venit: creșterea pentru fiecare persoană în întreținere în plus
