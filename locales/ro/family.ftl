# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket: suma de start

right-groeipakket-startbedrag = Suma de start din Groeipakket
right-groeipakket-startbedrag-summary = Suma de start înseamnă bani din Groeipakket (banii pentru copii) pe care îi primiți o singură dată, la nașterea sau la adopția unui copil.
right-groeipakket-startbedrag-counter = Aș dori să cer suma de start din Groeipakket.
right-groeipakket-startbedrag-if-missing = Nu ați primit suma de start după ce ați declarat nașterea? Atunci luați legătura cu plătitorul dumneavoastră de Groeipakket. Nu ați ales niciodată un plătitor? Atunci luați legătura cu FONS.
right-groeipakket-startbedrag-deadline = Puteți cere suma de start de la aproximativ 4 luni înainte de data estimată a nașterii, până la 5 ani după naștere.

right-groeipakket-startbedrag-reason-brussels = Locuiți în Bruxelles. Acolo nu primiți Groeipakket flamand, ci alocațiile familiale din Bruxelles, și la o naștere. De ele se ocupă Iriscare. Le primiți printr-un plătitor din Bruxelles, de exemplu Famiris.
right-groeipakket-startbedrag-reason-wallonia = Locuiți în Valonia. Acolo nu primiți Groeipakket flamand, ci alocațiile familiale din Valonia, și la o naștere. De ele se ocupă AVIQ. Le primiți printr-un plătitor din Valonia, de exemplu FAMIWAL. În Comunitatea germanofonă, această comunitate se ocupă singură de alocațiile familiale.
right-groeipakket-startbedrag-reason-abroad = Nu locuiți în Belgia. Groeipakket este pentru copiii care locuiesc în Flandra. Lucrați dumneavoastră sau partenerul în Belgia? Atunci întrebați un plătitor de Groeipakket, de exemplu FONS, dacă aveți totuși dreptul.
right-groeipakket-startbedrag-reason-residence = Groeipakket este pentru copiii care locuiesc în Flandra. Nu este sigur dacă, având în vedere șederea dumneavoastră, copilul are dreptul la el. Decide plătitorul. Întrebați la FONS sau la OCMW.
right-groeipakket-startbedrag-reason-expecting = Așteptați un copil. După naștere, copilul este declarat la primărie. Apoi plătitorul de Groeipakket plătește automat suma de start. Vreți banii încă înainte de naștere? Atunci cereți-i dumneavoastră, de la aproximativ 4 luni înainte de data estimată, cu o adeverință de la medic. Primiți atunci banii cel mai devreme cu 2 luni înainte de naștere.
right-groeipakket-startbedrag-otherwise = Suma de start este pentru nașterea sau adopția unui copil. S-a născut sau a fost adoptat copilul în ultimii 5 ani, și nu ați primit încă suma de start? Atunci cereți-o la plătitorul dumneavoastră de Groeipakket.

right-groeipakket-startbedrag-unverified-amount = Suma de start crește în fiecare an în septembrie cu 2 la sută. Sumele de la septembrie 2024 încoace nu au fost încă verificate. Arătăm suma din septembrie 2023.

## Groeipakket: suma de bază

right-groeipakket-basisbedrag = Suma de bază din Groeipakket
right-groeipakket-basisbedrag-summary = Suma de bază înseamnă bani pe care îi primiți în fiecare lună din Groeipakket, pentru fiecare copil.
right-groeipakket-basisbedrag-counter = Aș dori să verific dacă primesc Groeipakket pentru copiii mei.
right-groeipakket-basisbedrag-if-missing = Nu primiți Groeipakket? Atunci luați legătura cu plătitorul dumneavoastră. Nu știți cine este plătitorul, sau nu ați ales niciodată un plătitor? Atunci luați legătura cu FONS. Puteți cere ajutor și la Huis van het Kind (Casa Copilului) sau la OCMW.

right-groeipakket-basisbedrag-reason-brussels = Locuiți în Bruxelles. Acolo nu primiți Groeipakket flamand, ci alocațiile familiale din Bruxelles. De ele se ocupă Iriscare. Le primiți printr-un plătitor din Bruxelles, de exemplu Famiris.
right-groeipakket-basisbedrag-reason-wallonia = Locuiți în Valonia. Acolo nu primiți Groeipakket flamand, ci alocațiile familiale din Valonia. De ele se ocupă AVIQ. Le primiți printr-un plătitor din Valonia, de exemplu FAMIWAL. În Comunitatea germanofonă, această comunitate se ocupă singură de alocațiile familiale.
right-groeipakket-basisbedrag-reason-abroad = Nu locuiți în Belgia. Groeipakket este pentru copiii care locuiesc în Flandra. Lucrați dumneavoastră sau partenerul în Belgia? Atunci întrebați un plătitor de Groeipakket, de exemplu FONS, dacă aveți totuși dreptul.
right-groeipakket-basisbedrag-reason-already = Primiți deja Groeipakket pentru copiii dumneavoastră. Nu trebuie să faceți nimic. În fiecare an, în august, primiți automat și un bonus școlar.
right-groeipakket-basisbedrag-reason-residence = Groeipakket este pentru copiii care locuiesc în Flandra. Nu este sigur dacă, având în vedere șederea dumneavoastră, copiii au dreptul la el. Decide plătitorul. Întrebați la FONS sau la OCMW.
right-groeipakket-basisbedrag-reason-school-children = Un copil de-al dumneavoastră merge la școală. Pentru fiecare copil care locuiește în Flandra primiți automat Groeipakket. Până în luna în care copilul împlinește 18 ani nu există condiții. Pentru copiii născuți înainte de 2019 se aplică sumele vechi. În fiecare an, în august, primiți automat și un bonus școlar.
right-groeipakket-basisbedrag-reason-children = Pentru fiecare copil care locuiește în Flandra primiți automat Groeipakket. Până în luna în care copilul împlinește 18 ani nu există condiții. Pentru copiii născuți înainte de 2019 se aplică sumele vechi.
right-groeipakket-basisbedrag-reason-expecting = Așteptați un copil. După naștere primiți automat suma de bază, în fiecare lună. Ea începe de îndată ce suma de start a fost plătită.
right-groeipakket-basisbedrag-otherwise = Nu locuiesc copii cu dumneavoastră. Groeipakket este pentru copii. Aveți totuși grijă de un copil care locuiește în Flandra? Atunci întrebați la FONS.

right-groeipakket-basisbedrag-unverified-amount = Suma de bază crește în fiecare an în septembrie cu 2 la sută. Sumele de la septembrie 2024 încoace nu au fost încă verificate. Arătăm suma din septembrie 2023.

## Groeipakket: suplimentul social

right-groeipakket-sociale-toeslag = Suplimentul social din Groeipakket
right-groeipakket-sociale-toeslag-summary = Suplimentul social înseamnă bani în plus din Groeipakket pentru familiile cu venit mic.
right-groeipakket-sociale-toeslag-counter = Aș dori să verific dacă primesc suplimentul social din Groeipakket.
right-groeipakket-sociale-toeslag-if-missing = Nu primiți suplimentul social, deși venitul dumneavoastră este mic? Atunci cereți-l la plătitorul dumneavoastră de Groeipakket. V-a scăzut venitul de curând? Atunci puteți cere suplimentul când venitul este mic de 6 luni la rând.

right-groeipakket-sociale-toeslag-reason-brussels = Locuiți în Bruxelles. Acolo nu primiți Groeipakket flamand. Alocațiile familiale din Bruxelles au suplimente proprii pentru familiile cu venit mic. Întrebați la plătitorul dumneavoastră din Bruxelles, de exemplu Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = Locuiți în Valonia. Acolo nu primiți Groeipakket flamand. Alocațiile familiale din Valonia au suplimente proprii pentru familiile cu venit mic. Întrebați la plătitorul dumneavoastră din Valonia, de exemplu FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = Nu locuiți în Belgia. Suplimentul social face parte din Groeipakket. Acesta este pentru copiii care locuiesc în Flandra.
right-groeipakket-sociale-toeslag-reason-residence = Suplimentul social face parte din Groeipakket. Acesta este pentru copiii care locuiesc în Flandra. Nu este sigur dacă, având în vedere șederea dumneavoastră, copiii au dreptul la el. Decide plătitorul. Întrebați la FONS sau la OCMW.
right-groeipakket-sociale-toeslag-reason-no-children = Nu locuiesc copii cu dumneavoastră. Suplimentul social înseamnă bani în plus la Groeipakket, pentru copii.
right-groeipakket-sociale-toeslag-reason-automatic = Venitul familiei dumneavoastră de pe ultima decizie de impunere nu este mai mare decât limita. Atunci primiți automat suplimentul social, pe lângă Groeipakket. Plătitorul verifică singur acest lucru în fiecare an, pentru perioada de la 1 septembrie până la 31 august.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = Aveți cel puțin 3 copii, iar cel puțin un copil s-a născut în 2019 sau mai târziu, sau urmează să se nască. Atunci se aplică o limită de venit mai mare. Venitul familiei dumneavoastră de pe ultima decizie de impunere nu este mai mare decât această limită. Atunci primiți automat suplimentul social, pe lângă Groeipakket.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = Aveți cel puțin 3 copii. Atunci se aplică o limită de venit mai mare, dacă cel puțin un copil s-a născut în 2019 sau mai târziu. Venitul familiei dumneavoastră nu este mai mare decât această limită mai mare. S-a născut unul dintre copii în 2019 sau mai târziu? Atunci probabil primiți automat suplimentul social. Întrebați la plătitor.
right-groeipakket-sociale-toeslag-reason-request-income-fell = Ultima decizie de impunere arată un venit mai mare decât limita, dar venitul dumneavoastră de acum este mai mic. Este venitul atât de mic de cel puțin 6 luni la rând? Atunci puteți cere suplimentul social la plătitor. Trebuie atunci să dovediți cât câștigați acum. Plătitorul face calculul.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = Aveți cel puțin 3 copii, iar cel puțin un copil s-a născut în 2019 sau mai târziu, sau urmează să se nască. Atunci se aplică o limită de venit mai mare. Ultima decizie de impunere arată un venit mai mare decât această limită, dar venitul dumneavoastră de acum este mai mic. Este venitul atât de mic de cel puțin 6 luni la rând? Atunci puteți cere suplimentul social la plătitor. Trebuie atunci să dovediți cât câștigați acum.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = Aveți cel puțin 3 copii. Atunci se aplică o limită de venit mai mare, dacă cel puțin un copil s-a născut în 2019 sau mai târziu. Venitul dumneavoastră de acum nu este mai mare decât această limită mai mare. S-a născut unul dintre copii în 2019 sau mai târziu, și este venitul atât de mic de cel puțin 6 luni la rând? Atunci puteți cere suplimentul social la plătitor.
right-groeipakket-sociale-toeslag-otherwise = Venitul familiei dumneavoastră pare mai mare decât limita. Vă scade venitul, de exemplu din cauza șomajului sau a unei boli? Este el apoi 6 luni la rând mai mic decât limita? Atunci puteți cere suplimentul social la plătitor.

right-groeipakket-sociale-toeslag-unverified-limit-date = Limita de venit vine de pe site-ul FONS. Acolo nu scrie pentru ce an se aplică. Probabil este limita pentru 2024-2025. Limita de acum nu a fost încă verificată.
right-groeipakket-sociale-toeslag-unverified-amounts = Sumele de acum ale suplimentului social nu au fost încă verificate. Arătăm sumele din 2022-2023.

## Groeipakket: suplimentul școlar

right-groeipakket-schooltoeslag = Suplimentul școlar din Groeipakket
right-groeipakket-schooltoeslag-summary = Suplimentul școlar este o sumă de bani în plus din Groeipakket pentru copiii care merg la școală. Este pentru grădiniță, școala primară și școala secundară. Îl primiți dacă venitul familiei dumneavoastră este destul de mic.
right-groeipakket-schooltoeslag-counter = Aș dori să verific dacă primesc suplimentul școlar pentru copiii mei.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = Nu locuiți în Flandra. Merge copilul la o școală recunoscută de Flandra, de exemplu o școală de limbă olandeză din Bruxelles? Atunci puteți cere suplimentul școlar la FONS, online sau cu un formular. Dacă îl primiți depinde de venitul familiei.
right-groeipakket-schooltoeslag-reason-outside-flanders = Nu locuiți în Flandra. Suplimentul școlar este pentru copiii care locuiesc în Flandra, sau care merg la o școală recunoscută de Flandra.
right-groeipakket-schooltoeslag-reason-residence = Suplimentul școlar face parte din Groeipakket. Nu este sigur dacă, având în vedere șederea dumneavoastră, copiii au dreptul la el. Decide plătitorul. Întrebați la FONS sau la OCMW.
right-groeipakket-schooltoeslag-reason-no-pupil = Nimeni din familie nu merge la grădiniță, la școala primară sau la școala secundară. Urmează cineva cursurile HBO5 de asistent medical (verpleegkunde)? Atunci această persoană poate primi totuși un supliment școlar. Întrebați la plătitor.
right-groeipakket-schooltoeslag-reason-income-check = Copilul dumneavoastră merge la școală. Plătitorul de Groeipakket verifică singur dacă primiți suplimentul școlar. Nu trebuie să cereți nimic. Depinde de venitul familiei, de situația familiei, de tipul de școală și de faptul dacă copilul merge destul la școală. Noi nu putem spune dacă venitul dumneavoastră este destul de mic. Dacă aveți dreptul, primiți banii între sfârșitul lui august și decembrie.
right-groeipakket-schooltoeslag-otherwise = Nimeni din familie nu merge la grădiniță, la școala primară sau la școala secundară.

right-groeipakket-schooltoeslag-unverified-limits = Limitele de venit pe care le folosim sunt cele din anul școlar 2020-2021. De atunci au crescut. Venitul dumneavoastră este peste această limită veche? Atunci nu putem spune dacă primiți alocația școlară.

## Bursa de studii

right-studietoelage = Bursa de studii pentru învățământul superior
right-studietoelage-summary = Bursa de studii înseamnă bani de la guvernul flamand pentru studenții de la o facultate sau universitate care vin dintr-o familie cu venit mic.
right-studietoelage-counter = Aș dori să cer o bursă de studii.
right-studietoelage-deadline = Puteți cere bursa de studii pentru un an universitar până la 1 iunie. De la 2 iunie puteți începe cererea pentru anul universitar următor.

right-studietoelage-reason-no-student = Nimeni din familie nu merge la o facultate sau universitate. Pentru grădiniță, școala primară și școala secundară există suplimentul școlar din Groeipakket.
right-studietoelage-reason-outside-flanders = Nu locuiți în Flandra. Studiați la o facultate sau universitate recunoscută de Flandra, de exemplu una de limbă olandeză din Bruxelles? Atunci poate puteți primi totuși o bursă de studii flamandă. Întrebați la departamentul Studietoelagen. Studiați la o facultate sau universitate de limbă franceză? Atunci întrebați despre o bursă de studii la Comunitatea franceză (Fédération Wallonie-Bruxelles).
right-studietoelage-reason-abroad = Nu locuiți în Belgia. Dacă puteți primi o bursă de studii flamandă depinde de cetățenia dumneavoastră și de studiile pe care le faceți. Întrebați la departamentul Studietoelagen.
right-studietoelage-reason-nationality = Pentru bursa de studii există condiții despre cetățenia sau șederea studentului. Departamentul Studietoelagen verifică acest lucru. Cereți bursa de studii, sau cereți mai întâi sfatul la OCMW sau la serviciul pentru studenți al școlii.
right-studietoelage-reason-low-income = Cineva din familie studiază la o facultate sau universitate, iar familia dumneavoastră are un venit mic. Cereți neapărat bursa de studii. Studentul o cere singur, online cu cartea de identitate (eID) sau cu itsme, sau pe hârtie. Cu o bursă de studii, studentul plătește și o taxă de înscriere mai mică, iar familia primește o sumă în plus din Groeipakket. A primit studentul o bursă de studii și anul trecut? Atunci departamentul Studietoelagen trimite singur un formular deja completat, între octombrie și februarie. Studentul trebuie doar să îl confirme.
right-studietoelage-reason-income-check = Cineva din familie studiază la o facultate sau universitate. Dacă studentul primește o bursă de studii depinde de venit și de situația familiei. Departamentul Studietoelagen face calculul. Aveți îndoieli? Atunci cereți totuși bursa de studii, înainte de 1 iunie. Cu un venit ceva mai mare, studentul poate uneori să plătească totuși o taxă de înscriere mai mică.
right-studietoelage-otherwise = Nimeni din familie nu merge la o facultate sau universitate.

right-studietoelage-unverified-limits = Limitele de venit și sumele pentru 2025-2026 nu au fost încă verificate.

## Creșă: tarif după venit

right-kinderopvang-inkomenstarief = Tarif după venit la creșă (kinderopvang)
right-kinderopvang-inkomenstarief-summary = Cu tariful după venit plătiți la creșă un preț pe zi care se potrivește cu venitul familiei dumneavoastră.
right-kinderopvang-inkomenstarief-counter = Aș dori să cer o adeverință pentru tariful după venit la creșă.
right-kinderopvang-inkomenstarief-deadline = Cereți adeverința în luna dinaintea începerii creșei. Se poate cel mai devreme cu 2 luni înainte de început. Dați adeverința la creșă înainte de prima zi.

right-kinderopvang-inkomenstarief-reason-no-children = Nu locuiesc copii cu dumneavoastră și nu așteptați un copil.
right-kinderopvang-inkomenstarief-reason-no-childcare = Copilul dumneavoastră nu merge la creșă.
right-kinderopvang-inkomenstarief-reason-brussels = Locuiți în Bruxelles. Merge copilul la o creșă de limbă olandeză din Bruxelles? Atunci cereți adeverința pentru tariful după venit tot la Kind en Gezin. Merge la o creșă de limbă franceză? Atunci întrebați la creșă cum se calculează prețul.
right-kinderopvang-inkomenstarief-reason-outside = Nu locuiți în Flandra sau în Bruxelles. Merge totuși copilul la o creșă din Flandra? Atunci întrebați la Kind en Gezin dacă aveți nevoie de o adeverință pentru tariful după venit. Altfel întrebați la creșă cum se calculează prețul.
right-kinderopvang-inkomenstarief-reason-leefloon = Primiți leefloon. Cereți adeverința pentru tariful după venit la Kind en Gezin, prin Mijn Kind en Gezin sau prin linia telefonică Kind en Gezin. Bifați acolo că primiți leefloon. Atunci plătiți doar jumătate: acesta se numește tariful individual redus. Prețul este totuși prea mare? Atunci întrebați la OCMW dacă puteți plăti mai puțin. OCMW decide după o anchetă socială.
right-kinderopvang-inkomenstarief-reason-childcare = Copilul dumneavoastră merge la creșă. Cereți o adeverință pentru tariful după venit la Kind en Gezin, prin Mijn Kind en Gezin sau prin linia telefonică Kind en Gezin, și dați-o la creșă. Chiar dacă nu vreți să vă arătați venitul, aveți nevoie de o adeverință. Atunci plătiți tariful cel mai mare. Este venitul dumneavoastră de 3 luni cu cel puțin 20 la sută mai mic decât înainte? Atunci puteți cere să plătiți doar jumătate. Nu puteți plăti prețul? Atunci OCMW poate aproba un preț mai mic. OCMW analizează mai întâi situația dumneavoastră. Aceasta se numește anchetă socială.
right-kinderopvang-inkomenstarief-reason-expecting = Așteptați un copil. Va merge copilul mai târziu la creșă? Atunci cereți o adeverință pentru tariful după venit la Kind en Gezin, în luna dinaintea începerii creșei. Atunci plătiți un preț care se potrivește cu venitul familiei dumneavoastră.
right-kinderopvang-inkomenstarief-otherwise = Va merge copilul mai târziu la creșă? Atunci cereți o adeverință pentru tariful după venit la Kind en Gezin, în luna dinaintea începerii creșei.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = Tariful cel mai mic pe care îl poate aproba OCMW a fost verificat pentru 2024. Suma pentru 2025 și 2026 nu a fost încă verificată.

## Documente

document-attest-verwachte-bevalling = Adeverință de la medic cu data estimată a nașterii
document-attest-verwachte-bevalling-where = Cereți-o la medicul dumneavoastră sau la ginecolog.

document-adoptiebeslissing = Doar în caz de adopție: cererea sau decizia despre adopție
document-adoptiebeslissing-where = Ați primit-o de la tribunalul pentru familie. Ați pierdut-o? Cereți o copie la grefa tribunalului.

document-bewijs-kosten = Doar dacă cereți la OCMW un preț mai mic: dovezi ale cheltuielilor, de exemplu chirie, energie, credite și datorii
document-bewijs-kosten-where = Luați cu dumneavoastră facturile și scrisorile despre credite și datorii. Extrasele de cont ajută și ele.

## Servicii

office-groeipakket-uitbetaler = Plătitorul dumneavoastră de Groeipakket (FONS, Infino, KidsLife, MyFamily sau Parentia)
office-groeipakket-uitbetaler-in-person = Mergeți la un birou al plătitorului dumneavoastră. Puteți cere ajutor și la Huis van het Kind (Casa Copilului). Unele OCMW au zile de consultații ale unui plătitor.
office-groeipakket-uitbetaler-phone = Sunați la plătitorul dumneavoastră. Numărul este pe scrisorile și pe site-ul plătitorului. Nu ați ales niciodată un plătitor? Atunci plătitorul dumneavoastră este FONS.
office-groeipakket-uitbetaler-online = Intrați în contul dumneavoastră pe site-ul plătitorului. Pe scrisorile despre Groeipakket vedeți cine este plătitorul dumneavoastră.

office-studietoelagen = Departamentul Studietoelagen (burse de studii) al guvernului flamand
office-studietoelagen-online = Cereți bursa de studii online, prin ghișeul digital de pe acest site. Intrați cu eID sau cu itsme.
office-studietoelagen-phone = Sunați la linia flamandă de informații (Vlaamse infolijn) cu întrebările despre bursa de studii.
office-studietoelagen-letter = Puteți cere bursa de studii și pe hârtie, cu un formular.
office-studietoelagen-in-person = Aveți nevoie de ajutor? Mergeți la OCMW, la Loket Onderwijs (ghișeul pentru educație) sau la serviciul pentru studenți al facultății sau universității. Studentul trebuie să vină și el, ca să își dea acordul.

office-kinderopvang = Kind en Gezin (Opgroeien, agenția flamandă pentru copii mici și familii)
office-kinderopvang-online = Cereți adeverința pentru tariful după venit în Mijn Kind en Gezin, pe site-ul Kind en Gezin. Intrați cu eID sau cu itsme.
office-kinderopvang-phone = Sunați la linia telefonică Kind en Gezin (Kind en Gezin-lijn). Acolo vă ajută și să cereți adeverința.
office-kinderopvang-in-person = Aveți nevoie de ajutor? Întrebați la creșă, la OCMW sau la Lokaal Loket Kinderopvang (ghișeul local pentru îngrijirea copiilor).

## Parametri

param-groeipakket-startbedrag = Groeipakket: suma de start la o naștere sau adopție (o singură dată)
param-groeipakket-basisbedrag = Groeipakket: suma de bază pe copil pe lună, pentru copiii născuți din 2019 încoace
param-groeipakket-sociale-toeslag-grens = Groeipakket, supliment social: limita de venit a familiei pe an (venit impozabil, ultima decizie de impunere)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket, supliment social: limita de venit mai mare pe an pentru familiile cu 3 sau mai mulți copii, dintre care cel puțin unul născut din 2019 încoace
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket, supliment social pe copil pe lună, familie cu 1 sau 2 copii
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket, supliment social pe copil pe lună, familie cu 1 sau 2 copii, tranșa de venit din mijloc
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket, supliment social pe copil pe lună, familie cu mai mult de 2 copii
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket, supliment social pe copil pe lună, familie cu mai mult de 2 copii, tranșa de venit din mijloc
param-kinderopvang-minimumtarief-ocmw = Creșă: tariful minim pe zi pe care îl poate aproba OCMW

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = Suplimentul de îngrijire din Groeipakket (zorgtoeslag)
right-groeipakket-zorgtoeslag-summary = Suplimentul de îngrijire este bani în plus din Groeipakket pentru un copil cu handicap sau cu o boală de lungă durată.
right-groeipakket-zorgtoeslag-counter = Aș dori să cer un supliment de îngrijire (zorgtoeslag) pentru copilul meu.
right-groeipakket-zorgtoeslag-reason-already = Copilul dumneavoastră primește deja un supliment de îngrijire. Se schimbă sănătatea copilului? Cereți atunci o nouă evaluare la plătitorul Groeipakket.
right-groeipakket-zorgtoeslag-reason-outside-flanders = Nu locuiți în Flandra. Suplimentul de îngrijire face parte din Groeipakket flamand. În Bruxelles și Valonia există alocații pentru copii proprii. Întrebați acolo.
right-groeipakket-zorgtoeslag-reason-no-children = Nu locuiesc copii cu dumneavoastră. Suplimentul de îngrijire este pentru copii.
right-groeipakket-zorgtoeslag-reason-request = Un copil din familie are un handicap sau o boală de lungă durată? Cereți atunci suplimentul de îngrijire la plătitorul Groeipakket. Un medic de la Opgroeien evaluează copilul. Dați datele medicului copilului.
right-groeipakket-zorgtoeslag-otherwise = Nu ați spus că cineva din familie are un handicap. Un copil are un handicap sau o boală de lungă durată? Cereți atunci suplimentul de îngrijire la plătitorul Groeipakket.

right-groeipakket-ondersteuningstoeslag = Suplimentul de sprijin din Groeipakket (ondersteuningstoeslag)
right-groeipakket-ondersteuningstoeslag-summary = Suplimentul de sprijin este bani în plus din Groeipakket pentru un copil cu un supliment de îngrijire de cel puțin 12 puncte.
right-groeipakket-ondersteuningstoeslag-counter = Aș dori să aflu dacă primesc suplimentul de sprijin (ondersteuningstoeslag) pentru copilul meu.
right-groeipakket-ondersteuningstoeslag-if-missing = Nu primiți suplimentul de sprijin? Întrebați la plătitorul Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = Nu locuiți în Flandra. Suplimentul de sprijin face parte din Groeipakket flamand.
right-groeipakket-ondersteuningstoeslag-reason-automatic = Copilul dumneavoastră primește un supliment de îngrijire cu cel puțin 12 puncte. Atunci primește și suplimentul de sprijin. Se face automat, prin plătitorul Groeipakket. Nu este un buget de îngrijire de la zorgkas.
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = Copilul dumneavoastră are mai puțin de 12 puncte pentru suplimentul de îngrijire. Suplimentul de sprijin este pentru copii cu cel puțin 12 puncte. Dacă mai târziu copilul primește mai multe puncte, vine automat.
right-groeipakket-ondersteuningstoeslag-otherwise = Nimeni din familie nu primește un supliment de îngrijire. Suplimentul de sprijin este pentru copii cu un supliment de îngrijire de cel puțin 12 puncte.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = Copilul dumneavoastră merge la școală și venitul familiei este mai mic decât limita pentru alocația școlară. Atunci primiți alocația școlară automat de la plătitorul Groeipakket, între sfârșitul lui august și decembrie. Nu trebuie să cereți nimic. Copilul trebuie totuși să meargă destul la școală.
right-groeipakket-schooltoeslag-if-missing = Nu ați primit alocația școlară până în decembrie? Întrebați la plătitorul Groeipakket.
param-schooltoeslag-max-2-points = Alocația școlară: venitul cel mai mare pentru o familie cu 2 puncte
param-schooltoeslag-max-3-points = Alocația școlară: venitul cel mai mare pentru o familie cu 3 puncte
param-schooltoeslag-max-4-points = Alocația școlară: venitul cel mai mare pentru o familie cu 4 puncte
param-schooltoeslag-max-5-points = Alocația școlară: venitul cel mai mare pentru o familie cu 5 puncte
param-schooltoeslag-max-6-points = Alocația școlară: venitul cel mai mare pentru o familie cu 6 puncte
param-studietoelage-max-3-points = Bursa pentru învățământul superior: venitul familiei cel mai mare la 3 puncte
