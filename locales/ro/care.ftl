# Care: zorgbudget voor zwaar zorgbehoevenden, zorgbudget voor ouderen, basisondersteuningsbudget.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Bugetul de îngrijire pentru persoane cu nevoi mari de îngrijire

right-zorgbudget-zwaar-zorgbehoevenden = Bugetul de îngrijire pentru persoane cu nevoi mari de îngrijire
right-zorgbudget-zwaar-zorgbehoevenden-summary = Bugetul de îngrijire pentru persoane cu nevoi mari de îngrijire este o sumă de bani pentru cei care au nevoie de multă îngrijire. O primiți în fiecare lună de la zorgkas (casa de îngrijire). Puteți folosi banii cum vreți.
right-zorgbudget-zwaar-zorgbehoevenden-counter = Aș dori să cer un buget de îngrijire pentru persoane cu nevoi mari de îngrijire.
right-zorgbudget-zwaar-zorgbehoevenden-if-missing = Locuiți într-un cămin de îngrijire pentru vârstnici și nu primiți acest buget de îngrijire? Atunci luați legătura cu zorgkas. Zorgkas ține de obicei de ziekenfonds-ul dumneavoastră. Căminul vă poate ajuta.

right-zorgbudget-zwaar-zorgbehoevenden-reason-outside = Nu locuiți în Flandra sau în Bruxelles. Acest buget de îngrijire face parte din protecția socială flamandă. Întrebați la ziekenfonds sau la OCMW ce ajutor există unde locuiți.
right-zorgbudget-zwaar-zorgbehoevenden-reason-brussels = Locuiți în Bruxelles. Acolo înscrierea la o zorgkas flamandă nu este obligatorie, dar este permisă. Aveți o zorgkas? Atunci întrebați la zorgkas dacă puteți primi acest buget de îngrijire. Locuiți într-un cămin de îngrijire pentru vârstnici din Bruxelles? Atunci contează o adeverință de la cămin.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-home = Locuiți într-un cămin de îngrijire pentru vârstnici din Flandra. Atunci primiți automat bugetul de îngrijire pentru persoane cu nevoi mari de îngrijire, în fiecare lună. Nu trebuie să faceți nimic.
right-zorgbudget-zwaar-zorgbehoevenden-reason-points = Dumneavoastră sau cineva din familie primește o alocație de integrare (IT), un buget de îngrijire pentru vârstnici sau un supliment de îngrijire pentru un copil. S-a măsurat atunci o nevoie mare de îngrijire (cel puțin 15 puncte, sau 18 puncte pentru suplimentul de îngrijire al unui copil)? Atunci primiți automat acest buget de îngrijire. Dacă nu, îl puteți cere la zorgkas, cu un formular și o adeverință despre nevoia de îngrijire. Nu există nicio condiție despre venit.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-need = Dumneavoastră sau cineva din familie are nevoie de mult ajutor în fiecare zi. Dacă primiți acest buget de îngrijire depinde de o măsurare a nevoii de îngrijire. Această măsurare o face, de exemplu, serviciul de îngrijire medicală la domiciliu sau serviciul de ajutor în gospodărie. Cu o adeverință de la o astfel de măsurare îl primiți uneori automat. Altfel îl cereți la zorgkas, cu un formular și adeverința. Le puteți preda și la OCMW. Nu există nicio condiție despre venit.
right-zorgbudget-zwaar-zorgbehoevenden-otherwise = Nu ați spus că cineva din familie are nevoie de mult ajutor în fiecare zi. Acest buget de îngrijire este pentru persoanele care au nevoie de multă îngrijire. Se schimbă situația? Atunci întrebați la zorgkas.

right-zorgbudget-zwaar-zorgbehoevenden-unverified-amount = Suma pentru 2025 și 2026 nu a fost încă verificată. Arătăm suma din ianuarie 2024.

## Bugetul de îngrijire pentru vârstnici

right-zorgbudget-ouderen = Bugetul de îngrijire pentru vârstnici care au nevoie de îngrijire
right-zorgbudget-ouderen-summary = Bugetul de îngrijire pentru vârstnici este o sumă de bani pentru persoanele de 65 de ani sau mai mult. Este pentru cei care au nevoie de ajutor la lucrurile de zi cu zi. Îl primiți în fiecare lună de la zorgkas.
right-zorgbudget-ouderen-counter = Aș dori să cer un buget de îngrijire pentru vârstnici care au nevoie de îngrijire.
right-zorgbudget-ouderen-if-missing = Locuiți într-un cămin de îngrijire pentru vârstnici, primiți IGO și nu primiți acest buget de îngrijire? Atunci luați legătura cu zorgkas. Căminul, ziekenfonds sau OCMW vă pot ajuta.

right-zorgbudget-ouderen-reason-already = Primiți deja un buget de îngrijire pentru vârstnici care au nevoie de îngrijire.
right-zorgbudget-ouderen-reason-wallonia = Locuiți în Valonia. Acest buget de îngrijire flamand nu este pentru dumneavoastră. În Valonia puteți cere ajutor pentru vârstnici la AVIQ. Cereți sfatul la ziekenfonds sau la OCMW.
right-zorgbudget-ouderen-reason-abroad = Nu locuiți în Belgia. Acest buget de îngrijire este pentru persoanele care locuiesc în Flandra sau în Bruxelles.
right-zorgbudget-ouderen-reason-too-young = Acest buget de îngrijire este pentru persoanele de la 65 de ani în sus. Îl puteți cere cel mai devreme în ziua în care împliniți 65 de ani. Locuiește cu dumneavoastră cineva de 65 de ani sau mai mult care are nevoie de mult ajutor? Atunci această persoană îl poate cere pentru ea. Aveți mai puțin de 65 de ani și aveți un handicap? Atunci poate puteți primi o alocație de integrare (IT).
right-zorgbudget-ouderen-reason-brussels = Locuiți în Bruxelles. Aveți o zorgkas flamandă? Atunci întrebați la zorgkas dacă puteți primi acest buget de îngrijire. Altfel puteți cere ajutor pentru vârstnici la Iriscare, serviciul din Bruxelles. Cereți sfatul la ziekenfonds sau la OCMW.
right-zorgbudget-ouderen-reason-care-home-igo = Locuiți într-un cămin de îngrijire pentru vârstnici din Flandra și primiți IGO. Atunci, de la 1 aprilie 2023, primiți automat bugetul de îngrijire pentru vârstnici, în categoria cea mai mare. Nu trebuie să faceți nimic.
right-zorgbudget-ouderen-reason-care-home = Locuiți într-un cămin de îngrijire pentru vârstnici. Locuitorii cu venit mic primesc uneori automat acest buget de îngrijire. Altfel îl cereți. Dacă îl primiți și cât primiți depinde de o măsurare a ajutorului de care aveți nevoie, și de venitul dumneavoastră și al partenerului. Întrebați la cămin sau la zorgkas.
right-zorgbudget-ouderen-reason-care-need = Dumneavoastră sau cineva din familie are nevoie de mult ajutor în fiecare zi. Dacă primiți acest buget de îngrijire depinde de o măsurare a ajutorului de care aveți nevoie, și de venitul dumneavoastră și al partenerului. Contează și economiile și proprietățile. De obicei trebuie și să fi locuit 5 ani la rând în Flandra sau în Bruxelles. Cereți bugetul de îngrijire online, cu cartea de identitate (eID). Zorgkas, ziekenfonds, primăria sau OCMW vă pot ajuta.
right-zorgbudget-ouderen-otherwise = Nu ați spus că aveți nevoie de mult ajutor în fiecare zi. Aveți totuși nevoie de ajutor la lucrurile de zi cu zi, de exemplu la spălat, la îmbrăcat, la mâncat sau la treburile casei? Atunci cereți sfatul la ziekenfonds sau la OCMW.

right-zorgbudget-ouderen-unverified-amounts = De la 1 martie 2026, categoria depinde de o nouă măsurare, BelRAI-screener. Sumele de acum pe categorii nu au fost încă verificate. Arătăm sumele din aprilie 2023.

## Bugetul de sprijin de bază

right-basisondersteuningsbudget = Bugetul de sprijin de bază (buget de îngrijire pentru persoane cu handicap)
right-basisondersteuningsbudget-summary = Bugetul de sprijin de bază este o sumă de bani pentru persoanele cu handicap. O primiți în fiecare lună de la zorgkas. Trebuie însă să fiți înscris la VAPH, agenția flamandă pentru persoane cu handicap.
right-basisondersteuningsbudget-counter = Aș dori să știu dacă primesc un buget de sprijin de bază.

right-basisondersteuningsbudget-reason-outside = Nu locuiți în Flandra sau în Bruxelles. Acest buget de îngrijire face parte din protecția socială flamandă. Întrebați la ziekenfonds ce ajutor există unde locuiți.
right-basisondersteuningsbudget-reason-brussels = Locuiți în Bruxelles. Acest buget de îngrijire face parte din protecția socială flamandă. În Bruxelles este posibil doar dacă aveți o zorgkas flamandă. Întrebați la zorgkas.
right-basisondersteuningsbudget-reason-points = Dumneavoastră sau cineva din familie primește o alocație de integrare (IT) sau un supliment de îngrijire pentru un copil. A fost acordată pe baza a cel puțin 12 puncte? Atunci primiți automat bugetul de sprijin de bază. Nu îl puteți cere dumneavoastră: zorgkas sau ziekenfonds vă contactează. Aveți deja un buget personal (persoonsvolgend budget)? Atunci nu îl primiți. Nu ați primit nicio veste? Atunci întrebați la zorgkas.
right-basisondersteuningsbudget-reason-vaph = Dumneavoastră sau cineva din familie are un handicap. Bugetul de sprijin de bază este pentru persoanele înscrise la VAPH într-un grup de prioritate pentru un buget personal (persoonsvolgend budget). Un buget personal înseamnă bani de la VAPH ca să vă alegeți singur îngrijirea și ajutorul. Pentru copii și tineri există și alte reguli. Nu îl puteți cere dumneavoastră: zorgkas sau ziekenfonds vă contactează. Aveți deja un buget personal? Atunci nu îl primiți. Nu sunteți încă înscris la VAPH? Cereți ajutor la serviciul de asistență socială al ziekenfonds-ului sau la OCMW.
right-basisondersteuningsbudget-otherwise = Nu ați spus că cineva din familie are un handicap. Acest buget de îngrijire este pentru persoanele cu handicap înscrise la VAPH.

right-basisondersteuningsbudget-unverified-amount = Suma de acum nu a fost încă verificată. Arătăm o sumă din 2019. O altă sursă dă o sumă mai mare.

## Documente

document-formulier-zorgbudget-zwaar-zorgbehoevenden = Formularul de cerere pentru bugetul de îngrijire pentru persoane cu nevoi mari de îngrijire
document-formulier-zorgbudget-zwaar-zorgbehoevenden-where = Îl primiți la zorgkas. Și OCMW vă poate ajuta.

document-attest-zorgnood = Adeverință despre nevoia dumneavoastră de îngrijire
document-attest-zorgnood-where = Cereți-o la serviciul de îngrijire medicală la domiciliu sau la serviciul de ajutor în gospodărie care vine la dumneavoastră. Poate servi și o decizie despre IT, despre un buget de îngrijire pentru vârstnici sau despre un supliment de îngrijire pentru un copil. Locuiți într-un cămin psihiatric sau într-un cămin de îngrijire pentru vârstnici din Bruxelles? Atunci cereți o adeverință despre șederea acolo.

## Servicii

office-zorgkas = Zorgkas-ul dumneavoastră (casa de îngrijire)
office-zorgkas-in-person = Mergeți la un birou al zorgkas-ului dumneavoastră. Zorgkas ține de obicei de ziekenfonds. Puteți merge atunci la biroul ziekenfonds-ului.
office-zorgkas-phone = Sunați la zorgkas. Numărul este pe scrisorile de la zorgkas. Îl puteți cere și la ziekenfonds.
office-zorgkas-online = Bugetul de îngrijire pentru vârstnici se cere doar online, pe acest site. Intrați cu eID. Zorgkas, ziekenfonds, primăria sau OCMW vă pot ajuta.
office-zorgkas-letter = Bugetul de îngrijire pentru persoane cu nevoi mari de îngrijire se cere cu un formular și o adeverință. Trimiteți-le la zorgkas, sau predați-le la OCMW. OCMW le trimite mai departe.

## Parametri

param-zorgbudget-zwaar-zorgbehoevenden = Bugetul de îngrijire pentru persoane cu nevoi mari de îngrijire: sumă pe lună
param-zorgbudget-ouderen-categorie-4-max = Bugetul de îngrijire pentru vârstnici: suma cea mai mare pe lună în categoria 4 (automat pentru locuitorii unui cămin de îngrijire cu venit mic)
param-zorgbudget-ouderen-categorie-5-max = Bugetul de îngrijire pentru vârstnici: suma cea mai mare pe lună în categoria 5 (automat pentru locuitorii unui cămin de îngrijire cu IGO)
param-basisondersteuningsbudget = Bugetul de sprijin de bază: sumă pe lună

# Issue 13: children get the ondersteuningstoeslag, not a BOB
right-basisondersteuningsbudget-reason-child = Copilul dumneavoastră primește un supliment de îngrijire (zorgtoeslag). Pentru copii nu există buget de sprijin de bază de la zorgkas. Copilul are cel puțin 12 puncte? Atunci primește suplimentul de sprijin (ondersteuningstoeslag) din Groeipakket, automat prin plătitorul dumneavoastră.

# Issue 13: lagere zorgpremie
right-zorgpremie-vermindering = Primă de îngrijire redusă (zorgpremie)
right-zorgpremie-vermindering-summary = În Flandra toată lumea plătește în fiecare an o primă de îngrijire (zorgpremie) la o zorgkas. Cu intervenția majorată plătiți mai puțin.
right-zorgpremie-vermindering-counter = Aș dori să aflu dacă plătesc o primă de îngrijire redusă.
right-zorgpremie-vermindering-if-missing = Plătiți totuși prima de îngrijire întreagă? Întrebați la zorgkas. Luați o adeverință a intervenției majorate.
right-zorgpremie-vermindering-reason-outside = Nu locuiți în Flandra sau în Bruxelles. Prima de îngrijire este flamandă.
right-zorgpremie-vermindering-reason-vt = Aveți intervenția majorată. O aveați deja la 1 ianuarie anul trecut și locuiți de 5 ani în Flandra sau în Bruxelles? Atunci plătiți automat o primă de îngrijire redusă. Nu trebuie să faceți nimic.
right-zorgpremie-vermindering-otherwise = Prima de îngrijire redusă este pentru cei care au intervenția majorată. Dacă o primiți mai târziu, veți plăti și dumneavoastră mai puțin mai târziu.

right-zorgpremie-vermindering-reason-brussels = Locuiți în Bruxelles. Acolo alegeți singur dacă vă înscrieți la o zorgkas flamandă. V-ați înscris și aveți intervenția majorată? Atunci probabil plătiți și dumneavoastră o primă de îngrijire redusă. Întrebați la zorgkas.
