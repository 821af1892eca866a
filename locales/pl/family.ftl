# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket: startbedrag

right-groeipakket-startbedrag = Kwota startowa z Groeipakket (startbedrag)
right-groeipakket-startbedrag-summary = Kwota startowa to pieniądze z Groeipakket (flamandzkich zasiłków na dzieci), które otrzymuje się jeden raz przy narodzinach lub adopcji dziecka.
right-groeipakket-startbedrag-counter = Chcę złożyć wniosek o kwotę startową z Groeipakket.
right-groeipakket-startbedrag-if-missing = Nie otrzymali Państwo kwoty startowej po zgłoszeniu urodzenia? Proszę wtedy skontaktować się z instytucją, która wypłaca Państwa Groeipakket. Nigdy nie wybrali Państwo takiej instytucji? Proszę wtedy skontaktować się z FONS.
right-groeipakket-startbedrag-deadline = Wniosek o kwotę startową można złożyć od około 4 miesięcy przed spodziewanym porodem do 5 lat po urodzeniu dziecka.

right-groeipakket-startbedrag-reason-brussels = Mieszkają Państwo w Brukseli. Tam nie otrzymuje się flamandzkiego Groeipakket, tylko brukselskie zasiłki rodzinne, także przy narodzinach dziecka. Zajmuje się nimi Iriscare. Wypłaca je brukselska instytucja wypłacająca, na przykład Famiris.
right-groeipakket-startbedrag-reason-wallonia = Mieszkają Państwo w Walonii. Tam nie otrzymuje się flamandzkiego Groeipakket, tylko walońskie zasiłki rodzinne, także przy narodzinach dziecka. Zajmuje się nimi AVIQ. Wypłaca je walońska instytucja wypłacająca, na przykład FAMIWAL. We Wspólnocie niemieckojęzycznej zasiłkami rodzinnymi zajmuje się sama ta wspólnota.
right-groeipakket-startbedrag-reason-abroad = Nie mieszkają Państwo w Belgii. Groeipakket jest dla dzieci, które mieszkają we Flandrii. Czy Państwo lub Państwa partner albo partnerka pracują w Belgii? Wtedy proszę zapytać instytucję wypłacającą Groeipakket, na przykład FONS, czy mimo to mają Państwo prawo.
right-groeipakket-startbedrag-reason-residence = Groeipakket jest dla dzieci, które mieszkają we Flandrii. Nie jest pewne, czy przy Państwa statusie pobytu dziecko ma do niego prawo. Decyduje o tym instytucja wypłacająca. Proszę zapytać w FONS lub w OCMW.
right-groeipakket-startbedrag-reason-expecting = Spodziewają się Państwo dziecka. Po narodzinach dziecko zostaje zgłoszone w gminie. Potem instytucja wypłacająca Groeipakket automatycznie wypłaca kwotę startową. Chcą Państwo otrzymać pieniądze już przed porodem? Wtedy proszę samemu złożyć wniosek, od około 4 miesięcy przed spodziewaną datą porodu, z zaświadczeniem od lekarza. Pieniądze przyjdą wtedy najwcześniej 2 miesiące przed porodem.
right-groeipakket-startbedrag-otherwise = Kwota startowa jest przy narodzinach lub adopcji dziecka. Czy Państwa dziecko urodziło się lub zostało adoptowane w ciągu ostatnich 5 lat i nie otrzymali Państwo jeszcze kwoty startowej? Wtedy proszę złożyć wniosek w instytucji, która wypłaca Państwa Groeipakket.

right-groeipakket-startbedrag-unverified-amount = Kwota startowa rośnie co roku we wrześniu o 2 procent. Kwoty od września 2024 nie zostały jeszcze sprawdzone. Pokazujemy kwotę z września 2023.

## Groeipakket: basisbedrag

right-groeipakket-basisbedrag = Kwota podstawowa z Groeipakket (basisbedrag)
right-groeipakket-basisbedrag-summary = Kwota podstawowa to pieniądze, które co miesiąc otrzymuje się z Groeipakket na każde dziecko.
right-groeipakket-basisbedrag-counter = Chcę się dowiedzieć, czy otrzymuję Groeipakket na moje dzieci.
right-groeipakket-basisbedrag-if-missing = Nie otrzymują Państwo Groeipakket? Proszę wtedy skontaktować się z instytucją, która go wypłaca. Nie wiedzą Państwo, która to instytucja, albo nigdy jej nie wybrali? Proszę wtedy skontaktować się z FONS. Można też poprosić o pomoc w Huis van het Kind (punkcie pomocy dla rodzin) lub w OCMW.

right-groeipakket-basisbedrag-reason-brussels = Mieszkają Państwo w Brukseli. Tam nie otrzymuje się flamandzkiego Groeipakket, tylko brukselskie zasiłki rodzinne. Zajmuje się nimi Iriscare. Wypłaca je brukselska instytucja wypłacająca, na przykład Famiris.
right-groeipakket-basisbedrag-reason-wallonia = Mieszkają Państwo w Walonii. Tam nie otrzymuje się flamandzkiego Groeipakket, tylko walońskie zasiłki rodzinne. Zajmuje się nimi AVIQ. Wypłaca je walońska instytucja wypłacająca, na przykład FAMIWAL. We Wspólnocie niemieckojęzycznej zasiłkami rodzinnymi zajmuje się sama ta wspólnota.
right-groeipakket-basisbedrag-reason-abroad = Nie mieszkają Państwo w Belgii. Groeipakket jest dla dzieci, które mieszkają we Flandrii. Czy Państwo lub Państwa partner albo partnerka pracują w Belgii? Wtedy proszę zapytać instytucję wypłacającą Groeipakket, na przykład FONS, czy mimo to mają Państwo prawo.
right-groeipakket-basisbedrag-reason-already = Już otrzymują Państwo Groeipakket na swoje dzieci. Nie trzeba nic robić. Co roku w sierpniu otrzymują Państwo też automatycznie bonus szkolny (schoolbonus).
right-groeipakket-basisbedrag-reason-residence = Groeipakket jest dla dzieci, które mieszkają we Flandrii. Nie jest pewne, czy przy Państwa statusie pobytu dzieci mają do niego prawo. Decyduje o tym instytucja wypłacająca. Proszę zapytać w FONS lub w OCMW.
right-groeipakket-basisbedrag-reason-school-children = Państwa dziecko chodzi do szkoły. Na każde dziecko, które mieszka we Flandrii, Groeipakket przysługuje automatycznie. Do miesiąca, w którym dziecko kończy 18 lat, nie ma żadnych warunków. Dla dzieci urodzonych przed 2019 rokiem obowiązują dawne kwoty. Co roku w sierpniu otrzymują Państwo też automatycznie bonus szkolny (schoolbonus).
right-groeipakket-basisbedrag-reason-children = Na każde dziecko, które mieszka we Flandrii, Groeipakket przysługuje automatycznie. Do miesiąca, w którym dziecko kończy 18 lat, nie ma żadnych warunków. Dla dzieci urodzonych przed 2019 rokiem obowiązują dawne kwoty.
right-groeipakket-basisbedrag-reason-expecting = Spodziewają się Państwo dziecka. Po narodzinach kwota podstawowa przysługuje automatycznie, co miesiąc. Zaczyna się, gdy tylko zostanie wypłacona kwota startowa.
right-groeipakket-basisbedrag-otherwise = Nie mieszkają z Państwem żadne dzieci. Groeipakket jest dla dzieci. Opiekują się Państwo jednak dzieckiem, które mieszka we Flandrii? Wtedy proszę zapytać w FONS.

right-groeipakket-basisbedrag-unverified-amount = Kwota podstawowa rośnie co roku we wrześniu o 2 procent. Kwoty od września 2024 nie zostały jeszcze sprawdzone. Pokazujemy kwotę z września 2023.

## Groeipakket: sociale toeslag

right-groeipakket-sociale-toeslag = Dodatek socjalny z Groeipakket (sociale toeslag)
right-groeipakket-sociale-toeslag-summary = Dodatek socjalny to dodatkowe pieniądze z Groeipakket dla rodzin z niskim dochodem.
right-groeipakket-sociale-toeslag-counter = Chcę się dowiedzieć, czy otrzymuję dodatek socjalny z Groeipakket.
right-groeipakket-sociale-toeslag-if-missing = Nie otrzymują Państwo dodatku socjalnego, chociaż Państwa dochód jest niski? Proszę wtedy zapytać w instytucji, która wypłaca Państwa Groeipakket. Państwa dochód spadł niedawno? Wtedy można złożyć wniosek o dodatek, gdy dochód jest niski przez 6 miesięcy z rzędu.

right-groeipakket-sociale-toeslag-reason-brussels = Mieszkają Państwo w Brukseli. Tam nie otrzymuje się flamandzkiego Groeipakket. Brukselskie zasiłki rodzinne mają własne dodatki dla rodzin z niskim dochodem. Proszę zapytać o nie w swojej brukselskiej instytucji wypłacającej, na przykład Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = Mieszkają Państwo w Walonii. Tam nie otrzymuje się flamandzkiego Groeipakket. Walońskie zasiłki rodzinne mają własne dodatki dla rodzin z niskim dochodem. Proszę zapytać o nie w swojej walońskiej instytucji wypłacającej, na przykład FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = Nie mieszkają Państwo w Belgii. Dodatek socjalny należy do Groeipakket. Groeipakket jest dla dzieci, które mieszkają we Flandrii.
right-groeipakket-sociale-toeslag-reason-residence = Dodatek socjalny należy do Groeipakket. Groeipakket jest dla dzieci, które mieszkają we Flandrii. Nie jest pewne, czy przy Państwa statusie pobytu dzieci mają do niego prawo. Decyduje o tym instytucja wypłacająca. Proszę zapytać w FONS lub w OCMW.
right-groeipakket-sociale-toeslag-reason-no-children = Nie mieszkają z Państwem żadne dzieci. Dodatek socjalny to dodatkowe pieniądze do Groeipakket na dzieci.
right-groeipakket-sociale-toeslag-reason-automatic = Dochód Państwa rodziny w ostatniej decyzji podatkowej (aanslagbiljet) nie przekracza limitu. Wtedy dodatek socjalny przysługuje automatycznie, oprócz Groeipakket. Instytucja wypłacająca sama sprawdza to co roku, na okres od 1 września do 31 sierpnia.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = Mają Państwo co najmniej 3 dzieci, a co najmniej jedno dziecko urodziło się w 2019 roku lub później albo dopiero się urodzi. Wtedy obowiązuje wyższy limit dochodu. Dochód Państwa rodziny w ostatniej decyzji podatkowej nie przekracza tego limitu. Wtedy dodatek socjalny przysługuje automatycznie, oprócz Groeipakket.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = Mają Państwo co najmniej 3 dzieci. Wtedy obowiązuje wyższy limit dochodu, jeśli co najmniej jedno dziecko urodziło się w 2019 roku lub później. Dochód Państwa rodziny nie przekracza tego wyższego limitu. Czy jedno z Państwa dzieci urodziło się w 2019 roku lub później? Wtedy dodatek socjalny prawdopodobnie przysługuje automatycznie. Proszę zapytać w instytucji wypłacającej.
right-groeipakket-sociale-toeslag-reason-request-income-fell = Ostatnia decyzja podatkowa pokazuje dochód wyższy niż limit, ale Państwa obecny dochód jest niższy. Czy Państwa dochód jest tak niski już od co najmniej 6 miesięcy z rzędu? Wtedy można złożyć wniosek o dodatek socjalny w instytucji wypłacającej. Trzeba wtedy udowodnić, ile Państwo teraz zarabiają. Instytucja wypłacająca to przelicza.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = Mają Państwo co najmniej 3 dzieci, a co najmniej jedno dziecko urodziło się w 2019 roku lub później albo dopiero się urodzi. Wtedy obowiązuje wyższy limit dochodu. Ostatnia decyzja podatkowa pokazuje dochód wyższy niż ten limit, ale Państwa obecny dochód jest niższy. Czy Państwa dochód jest tak niski już od co najmniej 6 miesięcy z rzędu? Wtedy można złożyć wniosek o dodatek socjalny w instytucji wypłacającej. Trzeba wtedy udowodnić, ile Państwo teraz zarabiają.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = Mają Państwo co najmniej 3 dzieci. Wtedy obowiązuje wyższy limit dochodu, jeśli co najmniej jedno dziecko urodziło się w 2019 roku lub później. Państwa obecny dochód nie przekracza tego wyższego limitu. Czy jedno z Państwa dzieci urodziło się w 2019 roku lub później, a Państwa dochód jest tak niski już od co najmniej 6 miesięcy z rzędu? Wtedy można złożyć wniosek o dodatek socjalny w instytucji wypłacającej.
right-groeipakket-sociale-toeslag-otherwise = Dochód Państwa rodziny wydaje się wyższy niż limit. Czy Państwa dochód spada, na przykład z powodu bezrobocia lub choroby? Czy jest wtedy niższy niż limit przez 6 miesięcy z rzędu? Wtedy można złożyć wniosek o dodatek socjalny w instytucji wypłacającej.

right-groeipakket-sociale-toeslag-unverified-limit-date = Limit dochodu pochodzi ze strony internetowej FONS. Nie podano tam, na który rok obowiązuje. Prawdopodobnie jest to limit na 2024-2025. Obecny limit nie został jeszcze sprawdzony.
right-groeipakket-sociale-toeslag-unverified-amounts = Obecne kwoty dodatku socjalnego nie zostały jeszcze sprawdzone. Pokazujemy kwoty z 2022-2023.

## Groeipakket: schooltoeslag

right-groeipakket-schooltoeslag = Dodatek szkolny z Groeipakket (schooltoeslag)
right-groeipakket-schooltoeslag-summary = Dodatek szkolny to dodatkowe pieniądze z Groeipakket na dzieci, które chodzą do szkoły. Jest na przedszkole, szkołę podstawową i szkołę średnią. Otrzymują go Państwo, jeśli dochód rodziny jest wystarczająco niski.
right-groeipakket-schooltoeslag-counter = Chcę się dowiedzieć, czy otrzymuję dodatek szkolny na moje dzieci.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = Nie mieszkają Państwo we Flandrii. Czy Państwa dziecko chodzi do szkoły uznanej przez Flandrię, na przykład do szkoły niderlandzkojęzycznej w Brukseli? Wtedy można złożyć wniosek o dodatek szkolny w FONS, przez internet lub na formularzu. To, czy się go otrzyma, zależy od dochodu Państwa rodziny.
right-groeipakket-schooltoeslag-reason-outside-flanders = Nie mieszkają Państwo we Flandrii. Dodatek szkolny jest dla dzieci, które mieszkają we Flandrii albo chodzą do szkoły uznanej przez Flandrię.
right-groeipakket-schooltoeslag-reason-residence = Dodatek szkolny należy do Groeipakket. Nie jest pewne, czy przy Państwa statusie pobytu dzieci mają do niego prawo. Decyduje o tym instytucja wypłacająca. Proszę zapytać w FONS lub w OCMW.
right-groeipakket-schooltoeslag-reason-no-pupil = Nikt z Państwa rodziny nie chodzi do przedszkola, szkoły podstawowej ani szkoły średniej. Czy ktoś uczy się w szkole pielęgniarskiej HBO5 (HBO5 verpleegkunde)? Wtedy ta osoba może otrzymać dodatek szkolny. Proszę zapytać w instytucji, która wypłaca Państwa Groeipakket.
right-groeipakket-schooltoeslag-reason-income-check = Państwa dziecko chodzi do szkoły. Instytucja wypłacająca Groeipakket sama sprawdza, czy przysługuje Państwu dodatek szkolny. Nie trzeba składać wniosku. Zależy to od dochodu Państwa rodziny, sytuacji rodzinnej, rodzaju szkoły i od tego, czy dziecko wystarczająco często chodzi do szkoły. Nie możemy powiedzieć, czy Państwa dochód jest wystarczająco niski. Jeśli mają Państwo prawo, pieniądze przyjdą między końcem sierpnia a grudniem.
right-groeipakket-schooltoeslag-otherwise = Nikt z Państwa rodziny nie chodzi do przedszkola, szkoły podstawowej ani szkoły średniej.

right-groeipakket-schooltoeslag-unverified-limits = Limity dochodu, których używamy, pochodzą z roku szkolnego 2020-2021. Od tego czasu wzrosły. Państwa dochód jest wyższy niż ten stary limit? Wtedy nie możemy powiedzieć, czy otrzymają Państwo dodatek szkolny.

## Studietoelage

right-studietoelage = Stypendium na studia wyższe (studietoelage)
right-studietoelage-summary = Stypendium na studia to pieniądze od rządu flamandzkiego dla studentów szkoły wyższej lub uniwersytetu z rodziny z niskim dochodem.
right-studietoelage-counter = Chcę złożyć wniosek o stypendium na studia (studietoelage).
right-studietoelage-deadline = Wniosek o stypendium na dany rok akademicki można złożyć do 1 czerwca. Od 2 czerwca można zacząć wniosek na następny rok akademicki.

right-studietoelage-reason-no-student = Nikt z Państwa rodziny nie studiuje w szkole wyższej ani na uniwersytecie. Dla przedszkola, szkoły podstawowej i szkoły średniej jest dodatek szkolny z Groeipakket.
right-studietoelage-reason-outside-flanders = Nie mieszkają Państwo we Flandrii. Czy studiują Państwo w szkole wyższej lub na uniwersytecie uznanym przez Flandrię, na przykład niderlandzkojęzycznym w Brukseli? Wtedy być może mimo to można otrzymać flamandzkie stypendium. Proszę zapytać w wydziale stypendiów (afdeling Studietoelagen). Studiują Państwo w szkole wyższej lub na uniwersytecie francuskojęzycznym? Wtedy proszę zapytać o stypendium we Wspólnocie Francuskiej (Fédération Wallonie-Bruxelles).
right-studietoelage-reason-abroad = Nie mieszkają Państwo w Belgii. To, czy można otrzymać flamandzkie stypendium, zależy od obywatelstwa i kierunku studiów. Proszę zapytać w wydziale stypendiów (afdeling Studietoelagen).
right-studietoelage-reason-nationality = Przy stypendium obowiązują warunki dotyczące obywatelstwa lub statusu pobytu studenta. Sprawdza to wydział stypendiów (afdeling Studietoelagen). Proszę złożyć wniosek o stypendium albo najpierw poprosić o radę w OCMW lub w biurze spraw studenckich szkoły.
right-studietoelage-reason-low-income = Ktoś z Państwa rodziny studiuje w szkole wyższej lub na uniwersytecie, a Państwa rodzina ma niski dochód. Proszę koniecznie złożyć wniosek o stypendium. Student składa go sam, przez internet z dowodem osobistym (eID) lub przez itsme, albo na papierze. Ze stypendium student płaci też mniejszą opłatę za zapisy, a rodzina otrzymuje dodatkową kwotę z Groeipakket. Czy student otrzymał stypendium już w zeszłym roku? Wtedy wydział stypendiów sam wysyła wypełniony formularz, między październikiem a lutym. Student musi go wtedy tylko potwierdzić.
right-studietoelage-reason-income-check = Ktoś z Państwa rodziny studiuje w szkole wyższej lub na uniwersytecie. To, czy student otrzyma stypendium, zależy od dochodu i sytuacji rodzinnej. Wylicza to wydział stypendiów (afdeling Studietoelagen). Mają Państwo wątpliwości? Mimo to proszę złożyć wniosek o stypendium, przed 1 czerwca. Przy nieco wyższym dochodzie student może czasem płacić mniejszą opłatę za zapisy.
right-studietoelage-otherwise = Nikt z Państwa rodziny nie studiuje w szkole wyższej ani na uniwersytecie.

right-studietoelage-unverified-limits = Limity dochodu i kwoty na rok 2025-2026 nie zostały jeszcze sprawdzone.

## Kinderopvang: inkomenstarief

right-kinderopvang-inkomenstarief = Opłata za opiekę nad dzieckiem zależna od dochodu (inkomenstarief)
right-kinderopvang-inkomenstarief-summary = Dzięki opłacie zależnej od dochodu płacą Państwo za żłobek lub inną opiekę nad dzieckiem cenę dzienną, która pasuje do dochodu Państwa rodziny.
right-kinderopvang-inkomenstarief-counter = Chcę złożyć wniosek o zaświadczenie o opłacie zależnej od dochodu w opiece nad dzieckiem (attest inkomenstarief).
right-kinderopvang-inkomenstarief-deadline = Wniosek o zaświadczenie należy złożyć w miesiącu przed rozpoczęciem opieki. Można to zrobić najwcześniej 2 miesiące przed rozpoczęciem. Zaświadczenie należy oddać w miejscu opieki przed pierwszym dniem.

right-kinderopvang-inkomenstarief-reason-no-children = Nie mieszkają z Państwem żadne dzieci i nie spodziewają się Państwo dziecka.
right-kinderopvang-inkomenstarief-reason-no-childcare = Państwa dziecko nie chodzi do żłobka ani innej opieki nad dziećmi.
right-kinderopvang-inkomenstarief-reason-brussels = Mieszkają Państwo w Brukseli. Czy Państwa dziecko chodzi do niderlandzkojęzycznej opieki nad dziećmi w Brukseli? Wtedy wniosek o zaświadczenie o opłacie zależnej od dochodu też składa się w Kind en Gezin. Chodzi do opieki francuskojęzycznej? Wtedy proszę zapytać w miejscu opieki, jak jest obliczana cena.
right-kinderopvang-inkomenstarief-reason-outside = Nie mieszkają Państwo we Flandrii ani w Brukseli. Czy Państwa dziecko mimo to chodzi do opieki nad dziećmi we Flandrii? Wtedy proszę zapytać w Kind en Gezin, czy potrzebne jest zaświadczenie o opłacie zależnej od dochodu. W innym przypadku proszę zapytać w miejscu opieki, jak jest obliczana cena.
right-kinderopvang-inkomenstarief-reason-leefloon = Otrzymują Państwo leefloon. Proszę złożyć wniosek o zaświadczenie o opłacie zależnej od dochodu w Kind en Gezin, przez Mijn Kind en Gezin lub przez infolinię Kind en Gezin (Kind en Gezin-lijn). Proszę przy tym zaznaczyć, że otrzymują Państwo leefloon. Wtedy płacą Państwo tylko połowę: nazywa się to indywidualną obniżoną taryfą (individueel verminderd tarief). Cena jest mimo to za wysoka? Wtedy proszę zapytać w OCMW, czy można płacić mniej. OCMW decyduje po wywiadzie środowiskowym.
right-kinderopvang-inkomenstarief-reason-childcare = Państwa dziecko chodzi do żłobka lub innej opieki nad dziećmi. Proszę złożyć wniosek o zaświadczenie o opłacie zależnej od dochodu w Kind en Gezin, przez Mijn Kind en Gezin lub przez infolinię Kind en Gezin (Kind en Gezin-lijn), i oddać je w miejscu opieki. Zaświadczenie jest potrzebne także wtedy, gdy nie chcą Państwo pokazywać swojego dochodu. Wtedy płacą Państwo najwyższą stawkę. Czy Państwa dochód jest od 3 miesięcy co najmniej o 20 procent niższy niż wcześniej? Wtedy można poprosić o płacenie tylko połowy. Nie mogą Państwo zapłacić tej ceny? Wtedy OCMW może zgodzić się na niższą cenę. OCMW najpierw sprawdza Państwa sytuację. Nazywa się to wywiadem środowiskowym.
right-kinderopvang-inkomenstarief-reason-expecting = Spodziewają się Państwo dziecka. Czy dziecko będzie później chodzić do żłobka lub innej opieki nad dziećmi? Wtedy proszę złożyć wniosek o zaświadczenie o opłacie zależnej od dochodu w Kind en Gezin, w miesiącu przed rozpoczęciem opieki. Wtedy zapłacą Państwo cenę, która pasuje do dochodu Państwa rodziny.
right-kinderopvang-inkomenstarief-otherwise = Czy Państwa dziecko będzie później chodzić do żłobka lub innej opieki nad dziećmi? Wtedy proszę złożyć wniosek o zaświadczenie o opłacie zależnej od dochodu w Kind en Gezin, w miesiącu przed rozpoczęciem opieki.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = Najniższa stawka, na którą może zgodzić się OCMW, została sprawdzona na 2024 rok. Kwota na 2025 i 2026 rok nie została jeszcze sprawdzona.

## Documents

document-attest-verwachte-bevalling = Zaświadczenie lekarza ze spodziewaną datą porodu
document-attest-verwachte-bevalling-where = Proszę poprosić o nie swojego lekarza lub ginekologa.

document-adoptiebeslissing = Tylko przy adopcji: wniosek lub decyzja w sprawie adopcji
document-adoptiebeslissing-where = Otrzymali ją Państwo z sądu rodzinnego. Zgubiona? Proszę poprosić o kopię w sekretariacie sądu (griffie).

document-bewijs-kosten = Tylko jeśli proszą Państwo OCMW o niższą cenę: dowody Państwa kosztów, na przykład czynszu, energii, kredytów i długów
document-bewijs-kosten-where = Proszę zabrać rachunki i listy dotyczące kredytów i długów. Pomogą też wyciągi z konta.

## Offices

office-groeipakket-uitbetaler = Państwa instytucja wypłacająca Groeipakket (FONS, Infino, KidsLife, MyFamily lub Parentia)
office-groeipakket-uitbetaler-in-person = Proszę pójść do biura swojej instytucji wypłacającej. Można też poprosić o pomoc w Huis van het Kind (punkcie pomocy dla rodzin). Niektóre OCMW mają dyżury instytucji wypłacającej.
office-groeipakket-uitbetaler-phone = Proszę zadzwonić do swojej instytucji wypłacającej. Numer jest w listach i na stronie internetowej tej instytucji. Nigdy nie wybrali Państwo instytucji wypłacającej? Wtedy jest to FONS.
office-groeipakket-uitbetaler-online = Proszę zalogować się na stronie internetowej swojej instytucji wypłacającej. W listach o Groeipakket jest napisane, która to instytucja.

office-studietoelagen = Wydział Stypendiów rządu flamandzkiego (afdeling Studietoelagen)
office-studietoelagen-online = Wniosek o stypendium można złożyć przez internet, w elektronicznym okienku na tej stronie. Logowanie jest z dowodem osobistym (eID) lub przez itsme.
office-studietoelagen-phone = Proszę zadzwonić na flamandzką infolinię (Vlaamse infolijn) z pytaniami o stypendium.
office-studietoelagen-letter = Wniosek o stypendium można też złożyć na papierze, na formularzu.
office-studietoelagen-in-person = Potrzebują Państwo pomocy? Proszę pójść do OCMW, do Loket Onderwijs albo do biura spraw studenckich szkoły wyższej lub uniwersytetu. Student musi przyjść osobiście, aby wyrazić zgodę.

office-kinderopvang = Kind en Gezin (Opgroeien, flamandzka instytucja ds. małych dzieci i rodzin)
office-kinderopvang-online = Wniosek o zaświadczenie o opłacie zależnej od dochodu można złożyć w Mijn Kind en Gezin, na stronie internetowej Kind en Gezin. Logowanie jest z dowodem osobistym (eID) lub przez itsme.
office-kinderopvang-phone = Proszę zadzwonić na infolinię Kind en Gezin (Kind en Gezin-lijn). Tam też pomogą złożyć wniosek o zaświadczenie.
office-kinderopvang-in-person = Potrzebują Państwo pomocy? Proszę zapytać w miejscu opieki nad dzieckiem, w OCMW lub w Lokaal Loket Kinderopvang (lokalnym punkcie informacji o opiece nad dziećmi).

## Parameters

param-groeipakket-startbedrag = Groeipakket: kwota startowa przy narodzinach lub adopcji (jednorazowo)
param-groeipakket-basisbedrag = Groeipakket: kwota podstawowa na dziecko na miesiąc, dla dzieci urodzonych od 2019 roku
param-groeipakket-sociale-toeslag-grens = Groeipakket, dodatek socjalny: roczny limit dochodu rodziny (dochód podlegający opodatkowaniu, ostatnia decyzja podatkowa)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket, dodatek socjalny: wyższy roczny limit dochodu dla rodzin z 3 lub więcej dziećmi, z których co najmniej jedno urodziło się od 2019 roku
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket, dodatek socjalny na dziecko na miesiąc, rodzina z 1 lub 2 dzieci
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket, dodatek socjalny na dziecko na miesiąc, rodzina z 1 lub 2 dzieci, środkowy próg dochodowy
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket, dodatek socjalny na dziecko na miesiąc, rodzina z więcej niż 2 dzieci
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket, dodatek socjalny na dziecko na miesiąc, rodzina z więcej niż 2 dzieci, środkowy próg dochodowy
param-kinderopvang-minimumtarief-ocmw = Opieka nad dziećmi: minimalna stawka dzienna, na którą może zgodzić się OCMW

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = Dodatek opiekuńczy z Groeipakket (zorgtoeslag)
right-groeipakket-zorgtoeslag-summary = Dodatek opiekuńczy to dodatkowe pieniądze z Groeipakket dla dziecka z niepełnosprawnością lub długotrwałą chorobą.
right-groeipakket-zorgtoeslag-counter = Chcę złożyć wniosek o dodatek opiekuńczy (zorgtoeslag) dla mojego dziecka.
right-groeipakket-zorgtoeslag-reason-already = Państwa dziecko już otrzymuje dodatek opiekuńczy. Zdrowie dziecka się zmienia? Proszę wtedy poprosić płatnika Groeipakket o nowe badanie.
right-groeipakket-zorgtoeslag-reason-outside-flanders = Nie mieszkają Państwo we Flandrii. Dodatek opiekuńczy jest częścią flamandzkiego Groeipakket. W Brukseli i Walonii są własne zasiłki na dzieci. Proszę zapytać tam.
right-groeipakket-zorgtoeslag-reason-no-children = Nie mieszkają z Państwem dzieci. Dodatek opiekuńczy jest dla dzieci.
right-groeipakket-zorgtoeslag-reason-request = Czy dziecko w Państwa rodzinie ma niepełnosprawność lub długotrwałą chorobę? Proszę wtedy złożyć wniosek o dodatek opiekuńczy u płatnika Groeipakket. Lekarz z Opgroeien zbada dziecko. Proszę podać dane lekarza dziecka.
right-groeipakket-zorgtoeslag-otherwise = Nie podali Państwo, że ktoś w rodzinie ma niepełnosprawność. Czy dziecko ma niepełnosprawność lub długotrwałą chorobę? Proszę wtedy złożyć wniosek o dodatek opiekuńczy u płatnika Groeipakket.

right-groeipakket-ondersteuningstoeslag = Dodatek wsparcia z Groeipakket (ondersteuningstoeslag)
right-groeipakket-ondersteuningstoeslag-summary = Dodatek wsparcia to dodatkowe pieniądze z Groeipakket dla dziecka z dodatkiem opiekuńczym za co najmniej 12 punktów.
right-groeipakket-ondersteuningstoeslag-counter = Chcę się dowiedzieć, czy otrzymuję dodatek wsparcia (ondersteuningstoeslag) dla mojego dziecka.
right-groeipakket-ondersteuningstoeslag-if-missing = Nie otrzymują Państwo dodatku wsparcia? Proszę zapytać płatnika Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = Nie mieszkają Państwo we Flandrii. Dodatek wsparcia jest częścią flamandzkiego Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-automatic = Państwa dziecko otrzymuje dodatek opiekuńczy za co najmniej 12 punktów. Wtedy otrzymuje też dodatek wsparcia. Dzieje się to automatycznie, przez płatnika Groeipakket. To nie jest budżet opiekuńczy z zorgkas.
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = Państwa dziecko ma mniej niż 12 punktów przy dodatku opiekuńczym. Dodatek wsparcia jest dla dzieci z co najmniej 12 punktami. Jeśli dziecko później otrzyma więcej punktów, dodatek przyjdzie automatycznie.
right-groeipakket-ondersteuningstoeslag-otherwise = Nikt w Państwa rodzinie nie otrzymuje dodatku opiekuńczego. Dodatek wsparcia jest dla dzieci z dodatkiem opiekuńczym za co najmniej 12 punktów.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = Państwa dziecko chodzi do szkoły, a dochód rodziny jest niższy niż limit dla dodatku szkolnego. Wtedy otrzymują Państwo dodatek szkolny automatycznie od płatnika Groeipakket, między końcem sierpnia a grudniem. Nie trzeba składać wniosku. Dziecko musi jednak wystarczająco chodzić do szkoły.
right-groeipakket-schooltoeslag-if-missing = Do grudnia nie otrzymali Państwo dodatku szkolnego? Proszę zapytać płatnika Groeipakket.
param-schooltoeslag-max-2-points = Dodatek szkolny: najwyższy dochód dla rodziny z 2 punktami
param-schooltoeslag-max-3-points = Dodatek szkolny: najwyższy dochód dla rodziny z 3 punktami
param-schooltoeslag-max-4-points = Dodatek szkolny: najwyższy dochód dla rodziny z 4 punktami
param-schooltoeslag-max-5-points = Dodatek szkolny: najwyższy dochód dla rodziny z 5 punktami
param-schooltoeslag-max-6-points = Dodatek szkolny: najwyższy dochód dla rodziny z 6 punktami
param-studietoelage-max-3-points = Stypendium na studia wyższe: najwyższy dochód rodziny przy 3 punktach
