# Housing: huurpremie, huursubsidie, sociale huurwoning.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Vlaamse huurpremie

right-huurpremie = Flamandzka premia czynszowa (Vlaamse huurpremie)
right-huurpremie-summary = Premia czynszowa to comiesięczne pieniądze od rządu flamandzkiego dla osób, które wynajmują mieszkanie od prywatnego właściciela i od dawna czekają na mieszkanie socjalne.
right-huurpremie-counter = Od 4 lat jestem na liście oczekujących na mieszkanie socjalne. Chcę złożyć wniosek o premię czynszową.
right-huurpremie-if-missing = Są Państwo od 4 lat na liście oczekujących i nie dostali formularza? Proszę wtedy skontaktować się ze swoją woonmaatschappij. Proszę nie czekać za długo: premia czynszowa jest wypłacana wstecz najwyżej za 6 miesięcy.
right-huurpremie-deadline = Proszę szybko odesłać formularz. Premia czynszowa jest wypłacana wstecz najwyżej za 6 miesięcy. Przeprowadzają się Państwo? Wtedy proszę w ciągu 9 miesięcy zapisać się w woonmaatschappij w nowej gminie. W przeciwnym razie premia czynszowa się skończy.

right-huurpremie-reason-brussels = Mieszkają Państwo w Brukseli. Flamandzka premia czynszowa tam nie obowiązuje. Region Stołeczny Brukseli ma własną pomoc przy czynszu. Proszę zapytać o nią w OCMW w swojej gminie.
right-huurpremie-reason-wallonia = Mieszkają Państwo w Walonii. Flamandzka premia czynszowa tam nie obowiązuje. Region Waloński ma własne zasady. Proszę poprosić o radę w OCMW (po francusku: CPAS) w swojej gminie.
right-huurpremie-reason-abroad = Nie mieszkają Państwo w Belgii. Premia czynszowa jest na mieszkanie wynajmowane we Flandrii.
right-huurpremie-reason-social-tenant = Już wynajmują Państwo mieszkanie socjalne. Premia czynszowa jest dla osób, które wynajmują od prywatnego właściciela i czekają na mieszkanie socjalne.
right-huurpremie-reason-owner = Są Państwo właścicielami swojego mieszkania. Premia czynszowa jest tylko dla osób, które wynajmują i nie mają własnego mieszkania ani domu.
right-huurpremie-reason-not-private-tenant = Premia czynszowa jest tylko dla osób, które wynajmują mieszkanie od prywatnego właściciela, z umową najmu na własne nazwisko.
right-huurpremie-reason-waitlist-short = Premia czynszowa przysługuje dopiero wtedy, gdy są Państwo bez przerwy od 4 lat na liście oczekujących na mieszkanie socjalne. Nie są Państwo jeszcze na tej liście? Proszę wtedy zapisać się w woonmaatschappij.
right-huurpremie-reason-income = Państwa dochód wydaje się wyższy niż limit dla mieszkania socjalnego. Ten limit dotyczy też premii czynszowej. Wonen in Vlaanderen sprawdza Państwa ostatnią decyzję podatkową (aanslagbiljet). Mają Państwo wątpliwości? Proszę zadzwonić na flamandzką infolinię 1700.
right-huurpremie-reason-proactive = Wynajmują Państwo mieszkanie od prywatnego właściciela i są Państwo od 4 lat lub dłużej na liście oczekujących na mieszkanie socjalne. Wtedy Wonen in Vlaanderen zwykle sam wysyła formularz wniosku, z żółtą naklejką. Proszę go wypełnić i odesłać z kopią umowy najmu. Nie dostali Państwo formularza? Proszę wtedy skontaktować się ze swoją woonmaatschappij. Proszę nie czekać za długo: premia czynszowa jest wypłacana wstecz najwyżej za 6 miesięcy. Uwaga: umowa najmu musi być na Państwa nazwisko i muszą Państwo być zameldowani pod tym adresem. Nie można wynajmować od członka rodziny, który mieszka pod tym samym adresem, na przykład od rodziców, dziadków, brata lub siostry. Premia czynszowa kończy się, gdy otrzymają Państwo mieszkanie socjalne albo gdy odmówią Państwo odpowiedniego mieszkania socjalnego.
right-huurpremie-otherwise = Wydaje się, że nie mają Państwo prawa do premii czynszowej. Mają Państwo wątpliwości? Proszę zadzwonić na flamandzką infolinię 1700.

right-huurpremie-unverified-amounts = Kwoty premii czynszowej i najwyższy czynsz na 2025 i 2026 rok nie zostały jeszcze sprawdzone. Znamy kwoty z 2024 roku i najwyższy czynsz z 2023 roku.
right-huurpremie-unverified-conformity = Od listopada 2023 nie trzeba już udowadniać, że mieszkanie jest w porządku. Premii czynszowej odmawia się tylko wtedy, gdy mieszkanie uznano za nieodpowiednie, nienadające się do zamieszkania albo przeludnione. Ta informacja pochodzi z gazety i nie została jeszcze sprawdzona w oficjalnym źródle.

## Vlaamse huursubsidie

right-huursubsidie = Flamandzka dotacja do czynszu (Vlaamse huursubsidie)
right-huursubsidie-summary = Dotacja do czynszu to comiesięczne pieniądze od rządu flamandzkiego, gdy przeprowadzają się Państwo do lepszego lub dostosowanego wynajmowanego mieszkania albo gdy wcześniej nie mieli Państwo mieszkania.
right-huursubsidie-counter = Po przeprowadzce wynajmuję nowe mieszkanie. Chcę złożyć wniosek o dotację do czynszu.
right-huursubsidie-deadline = Wniosek o dotację do czynszu należy złożyć najpóźniej 9 miesięcy od początku nowej umowy najmu.

right-huursubsidie-reason-brussels = Mieszkają Państwo w Brukseli. Flamandzka dotacja do czynszu tam nie obowiązuje. Region Stołeczny Brukseli ma własną pomoc przy czynszu. Proszę zapytać o nią w OCMW w swojej gminie.
right-huursubsidie-reason-wallonia = Mieszkają Państwo w Walonii. Flamandzka dotacja do czynszu tam nie obowiązuje. Region Waloński ma własne zasady. Proszę poprosić o radę w OCMW (po francusku: CPAS) w swojej gminie.
right-huursubsidie-reason-abroad = Nie mieszkają Państwo w Belgii. Dotacja do czynszu jest na mieszkanie wynajmowane we Flandrii.
right-huursubsidie-reason-owner = Są Państwo właścicielami mieszkania lub domu. Wtedy zwykle nie otrzymuje się dotacji do czynszu. Są wyjątki. Proszę zapytać na flamandzkiej infolinii 1700.
right-huursubsidie-reason-social-tenant = Wynajmują Państwo mieszkanie socjalne. Kto wynajmuje bezpośrednio od woonmaatschappij, gminy lub OCMW, nie otrzymuje dotacji do czynszu. Czy wynajmują Państwo przez społeczne biuro wynajmu (sociaal verhuurkantoor, SVK), a mieszkanie należy do prywatnego właściciela? Czy dopiero się tam Państwo przeprowadzili? Wtedy mimo to proszę zapytać o dotację do czynszu w woonmaatschappij albo na flamandzkiej infolinii 1700.
right-huursubsidie-reason-care-home = Mieszkają Państwo w domu opieki (woonzorgcentrum). Dotacja do czynszu jest dla osób, które wynajmują mieszkanie.
right-huursubsidie-reason-homeless = Nie mają Państwo stałego miejsca zamieszkania, a Państwa dochód nie przekracza limitu. Jeśli znajdą Państwo mieszkanie do wynajęcia, można złożyć wniosek o dotację do czynszu w Wonen in Vlaanderen. Należy to zrobić najpóźniej 9 miesięcy od początku umowy najmu. Wtedy otrzymają Państwo też jednorazową premię na urządzenie się (installatiepremie). Mają Państwo mniej niż 25 lat? Wtedy pokazują Państwo swój obecny dochód. Decyduje Wonen in Vlaanderen.
right-huursubsidie-reason-moved = Dotacja do czynszu przysługuje tylko po przeprowadzce, w jednym z tych przypadków: z mieszkania nieodpowiedniego, nienadającego się do zamieszkania lub za małego do dobrego mieszkania; z mieszkania niedostosowanego do wieku lub niepełnosprawności do mieszkania dostosowanego; do mieszkania ze społecznego biura wynajmu (SVK); albo po okresie bez stałego miejsca zamieszkania. Czy tak jest w Państwa przypadku? Wtedy proszę złożyć wniosek o dotację do czynszu, najpóźniej 9 miesięcy od początku nowej umowy najmu. Decyduje Wonen in Vlaanderen.
right-huursubsidie-otherwise = Państwa dochód wydaje się wyższy niż limit dla dopłaty do czynszu. Używamy limitu z 2024 r. Teraz może być nieco wyższy. W razie wątpliwości proszę zapytać na flamandzkiej linii informacyjnej 1700.

right-huursubsidie-unverified-limits = Limity dochodu, których używamy, to limity dla mieszkania socjalnego w 2024 r. To, że dopłata do czynszu ma te same limity, wywnioskowano z wcześniejszych lat i nie zostało jeszcze sprawdzone. Limitów na 2025 i 2026 r. jeszcze nie znaleziono.
right-huursubsidie-unverified-waitlist = Dawniej trzeba było w ciągu 6 miesięcy zapisać się na listę oczekujących na mieszkanie socjalne. Zniesiono to we wrześniu 2023. Nie sprawdzono jeszcze, od kiedy to obowiązuje.

## Inschrijving voor een sociale huurwoning

right-sociale-huurwoning = Zapis na mieszkanie socjalne
right-sociale-huurwoning-summary = W woonmaatschappij można zapisać się na listę oczekujących na mieszkanie socjalne: mieszkanie na wynajem z niższym czynszem.
right-sociale-huurwoning-counter = Chcę się zapisać na mieszkanie socjalne.

right-sociale-huurwoning-reason-brussels = Mieszkają Państwo w Brukseli. Flamandzkie woonmaatschappij wynajmują mieszkania we Flandrii. Za mieszkania socjalne w Brukseli odpowiada Brusselse Gewestelijke Huisvestingsmaatschappij (BGHM). Proszę poprosić o radę w OCMW w swojej gminie. Chcą Państwo przeprowadzić się do Flandrii? Wtedy proszę zapytać w tamtejszej woonmaatschappij, czy można się zapisać.
right-sociale-huurwoning-reason-wallonia = Mieszkają Państwo w Walonii. Flamandzkie woonmaatschappij wynajmują mieszkania we Flandrii. W Walonii obowiązują zasady Regionu Walońskiego. Proszę poprosić o radę w OCMW (po francusku: CPAS) w swojej gminie. Chcą Państwo przeprowadzić się do Flandrii? Wtedy proszę zapytać w tamtejszej woonmaatschappij, czy można się zapisać.
right-sociale-huurwoning-reason-abroad = Nie mieszkają Państwo w Belgii. Aby się zapisać, trzeba być zameldowanym w belgijskiej gminie, w rejestrze ludności (bevolkingsregister) lub w rejestrze cudzoziemców (vreemdelingenregister).
right-sociale-huurwoning-reason-already-tenant = Już wynajmują Państwo mieszkanie socjalne.
right-sociale-huurwoning-reason-already-waitlist = Już są Państwo na liście oczekujących na mieszkanie socjalne. Czy wynajmują Państwo od prywatnego właściciela i są na tej liście bez przerwy od 4 lat? Wtedy można otrzymać premię czynszową.
right-sociale-huurwoning-reason-owner = Są Państwo właścicielami mieszkania lub domu. Wtedy zwykle nie można się zapisać. Są wyjątki, na przykład przy spadku albo przy mieszkaniu, które mają Państwo wspólnie z byłym partnerem lub byłą partnerką. Proszę zapytać w woonmaatschappij.
right-sociale-huurwoning-reason-minor = Mają Państwo mniej niż 18 lat. Wtedy zwykle nie można się zapisać. Czasem jest to jednak możliwe, na przykład gdy mieszkają Państwo samodzielnie z pomocą opiekuna. Proszę zapytać w woonmaatschappij.
right-sociale-huurwoning-reason-asylum-seeker = Osoba ubiegająca się o azyl jest w rejestrze oczekujących (wachtregister). To nie wystarczy, aby się zapisać. Trzeba być w rejestrze ludności (bevolkingsregister) lub w rejestrze cudzoziemców (vreemdelingenregister).
right-sociale-huurwoning-reason-no-legal-stay = Bez legalnego pobytu nie można się zapisać. Trzeba być w rejestrze ludności (bevolkingsregister) lub w rejestrze cudzoziemców (vreemdelingenregister). Proszę poprosić o radę w OCMW.
right-sociale-huurwoning-reason-homeless = Nie mają Państwo stałego miejsca zamieszkania, a Państwa dochód nie przekracza limitu. Mimo to można zapisać się w woonmaatschappij. Nie mają Państwo adresu? Proszę wtedy poprosić OCMW o adres referencyjny (referentieadres). Również Państwa oszczędności nie mogą przekraczać limitu dochodu. Są Państwo już na liście oczekujących? Wtedy nie trzeba nic robić.
right-sociale-huurwoning-reason-income = Państwa dochód nie przekracza limitu. Można zapisać się w woonmaatschappij. Również Państwa oszczędności nie mogą przekraczać limitu dochodu. Nie można mieć mieszkania, domu ani działki budowlanej, także za granicą. Są Państwo już na liście oczekujących? Wtedy nie trzeba nic robić. Jeśli później wynajmą Państwo mieszkanie socjalne, w ciągu 2 lat trzeba będzie trochę znać język niderlandzki (poziom A2). Nie jest to warunek zapisu.
right-sociale-huurwoning-reason-current-income = Państwa obecny dochód nie przekracza limitu. Czy dochód w ostatniej decyzji podatkowej (aanslagbiljet) był wyższy? Wtedy woonmaatschappij sprawdza Państwa dochód z ostatnich 3 miesięcy. Proszę zabrać dowody tego dochodu. Również Państwa oszczędności nie mogą przekraczać limitu dochodu. Nie można mieć mieszkania, domu ani działki budowlanej, także za granicą. Są Państwo już na liście oczekujących? Wtedy nie trzeba nic robić.
right-sociale-huurwoning-reason-collective-settlement = Są Państwo w sądowym uregulowaniu długów (collectieve schuldenregeling). Wtedy woonmaatschappij sprawdza, ile pieniędzy naprawdę Państwu zostaje. Można się zapisać. Proszę zabrać decyzję o uregulowaniu długów.
right-sociale-huurwoning-reason-budget-management = Korzystają Państwo z poradnictwa budżetowego lub zarządzania budżetem. Wtedy spółka mieszkaniowa patrzy na pieniądze, które naprawdę Państwu teraz zostają. Mogą się Państwo zapisać. Proszę zabrać umowę o poradnictwie lub zarządzaniu budżetem.
right-sociale-huurwoning-reason-household = Nie mieszkają Państwo z partnerem ani z dziećmi, ale z innymi dorosłymi. Państwa dochód jest wyższy niż limit dla osoby samotnej. Jest niższy niż limit dla rodziny. To, który limit obowiązuje, zależy od tego, kto przeprowadzi się razem z Państwem. Decyduje o tym woonmaatschappij.
right-sociale-huurwoning-otherwise = Państwa dochód wydaje się wyższy niż limit dla mieszkania socjalnego. Czy Państwa dochód jest teraz niższy? Wtedy woonmaatschappij sprawdza Państwa dochód z ostatnich 3 miesięcy. Proszę zapytać w woonmaatschappij.

right-sociale-huurwoning-unverified-language = W 2024 roku zapowiedziano, że osoby wynajmujące mieszkanie socjalne będą musiały lepiej znać niderlandzki (poziom B1). Nie sprawdzono jeszcze, czy to już obowiązuje.
right-sociale-huurwoning-unverified-policy-2025 = Od 1 stycznia 2025 miały obowiązywać nowe zasady: pierwszeństwo dla kandydatów, którzy pracują, i nowe umowy najmu na 9 lat. Ta informacja pochodzi z gazety i nie została jeszcze sprawdzona w oficjalnym źródle.

## Documents

document-aanvraagformulier-huurpremie = Formularz wniosku o premię czynszową, który przyszedł pocztą (z żółtą naklejką)
document-aanvraagformulier-huurpremie-where = Wonen in Vlaanderen wysyła go automatycznie. Nie dostali go Państwo? Proszę wtedy skontaktować się ze swoją woonmaatschappij.

document-aanvraagformulier-huursubsidie = Formularz wniosku o dotację do czynszu
document-aanvraagformulier-huursubsidie-where = Wniosek o dotację do czynszu można złożyć przez internet. Można też na papierze: formularz można zamówić przez flamandzką infolinię 1700 albo poprosić o pomoc w punkcie mieszkaniowym (woonloket) lub w OCMW w swojej gminie.

document-medisch-attest-huursubsidie = Tylko jeśli mają Państwo 65 lat lub więcej albo niepełnosprawność: zaświadczenie lekarskie
document-medisch-attest-huursubsidie-where = Proszę zapytać na flamandzkiej infolinii 1700, jakiego zaświadczenia potrzebuje Wonen in Vlaanderen i kto ma je wypełnić.

document-attest-handicap = Tylko przy niepełnosprawności: zaświadczenie, że niepełnosprawność została uznana
document-attest-handicap-where = Zwykle wydaje je FOD Sociale Zekerheid, DG Personen met een handicap (tel. 0800 987 99). Proszę zapytać tam, gdzie je Państwo oddają, jakie zaświadczenie jest przyjmowane.

document-attest-groeipakket-volwassen-kind = Tylko jeśli mieszka z Państwem dorosłe dziecko, na które nadal otrzymują Państwo Groeipakket: zaświadczenie o tym
document-attest-groeipakket-volwassen-kind-where = Proszę poprosić o nie instytucję, która wypłaca Państwa Groeipakket, na przykład FONS, Infino, KidsLife, MyFamily lub Parentia.

document-vonnis-verblijfsregeling-kinderen = Tylko jeśli Państwa dzieci mieszkają też u drugiego rodzica: wyrok lub porozumienie o tym, gdzie mieszkają dzieci (opieka naprzemienna lub prawo do kontaktów)
document-vonnis-verblijfsregeling-kinderen-where = Otrzymali go Państwo od sądu lub od swojego adwokata. Zgubiony? Proszę poprosić o kopię adwokata lub sąd.

document-inschrijvingsformulier-woonmaatschappij = Formularz zapisu z woonmaatschappij
document-inschrijvingsformulier-woonmaatschappij-where = Można go dostać w woonmaatschappij. Mieszkają Państwo z partnerem lub partnerką? Wtedy partner lub partnerka też go podpisuje.

document-verklaring-geen-eigendom = Oświadczenie na słowo honoru, że nie mają Państwo mieszkania, domu ani działki budowlanej
document-verklaring-geen-eigendom-where = Proszę poprosić o formularz w woonmaatschappij.

document-overeenkomst-budgetbeheer = Tylko przy zarządzaniu budżetem (budgetbeheer): umowa lub decyzja o zarządzaniu Państwa budżetem
document-overeenkomst-budgetbeheer-where = Proszę poprosić o kopię OCMW lub CAW, które zarządza Państwa budżetem.

document-ongeschiktheidsverklaring = Tylko jeśli Państwa mieszkanie uznano za nieodpowiednie lub nienadające się do zamieszkania: decyzja w tej sprawie
document-ongeschiktheidsverklaring-where = Otrzymali ją Państwo od gminy. Zgubiona? Proszę poprosić o kopię w swojej gminie.

## Offices

office-woonmaatschappij = Woonmaatschappij (spółka mieszkań socjalnych) w Państwa gminie
office-woonmaatschappij-in-person = Proszę pójść do woonmaatschappij. Zapisy są często możliwe tylko w określonych terminach. Gmina lub OCMW wie, która woonmaatschappij działa w Państwa gminie.
office-woonmaatschappij-phone = Proszę zadzwonić do woonmaatschappij. Numer jest na stronie internetowej woonmaatschappij lub gminy.
office-woonmaatschappij-letter = Można też zapisać się listownie lub e-mailem.

office-wonen-in-vlaanderen = Wonen in Vlaanderen (rząd flamandzki)
office-wonen-in-vlaanderen-letter = Proszę odesłać wypełniony formularz pocztą do Wonen in Vlaanderen.
office-wonen-in-vlaanderen-online = Na tej stronie internetowej jest więcej wyjaśnień. O dotację do czynszu można też wnioskować przez internet.
office-wonen-in-vlaanderen-phone = Proszę zadzwonić na flamandzką infolinię (Vlaamse infolijn) z pytaniami o premię czynszową lub dotację do czynszu.
office-wonen-in-vlaanderen-in-person = Potrzebują Państwo pomocy z formularzem? Proszę pójść do punktu mieszkaniowego (woonloket) w swojej gminie lub do OCMW.

## Parameters

param-sh-income-limit-single = Mieszkanie socjalne i premia czynszowa: roczny limit dochodu (podlegającego opodatkowaniu) dla osoby samotnej
param-sh-income-limit-single-handicap = Mieszkanie socjalne i premia czynszowa: roczny limit dochodu (podlegającego opodatkowaniu) dla osoby samotnej z niepełnosprawnością
param-sh-income-limit-family = Mieszkanie socjalne i premia czynszowa: roczny limit dochodu (podlegającego opodatkowaniu) dla pozostałych, bez osób na utrzymaniu
param-sh-income-limit-extra-person = Mieszkanie socjalne i premia czynszowa: podwyższenie limitu dochodu za każdą osobę na utrzymaniu
param-hs-income-limit-single = Dotacja do czynszu: roczny limit dochodu (podlegającego opodatkowaniu) dla osoby samotnej
param-hs-income-limit-single-handicap = Dotacja do czynszu: roczny limit dochodu (podlegającego opodatkowaniu) dla osoby samotnej z niepełnosprawnością
param-hs-income-limit-family = Dotacja do czynszu: roczny limit dochodu (podlegającego opodatkowaniu) dla pozostałych, bez osób na utrzymaniu
param-hs-income-limit-extra-person = Dotacja do czynszu: podwyższenie limitu dochodu za każdą osobę na utrzymaniu
param-huurpremie-max = Premia czynszowa i dotacja do czynszu: kwota maksymalna na miesiąc
param-huurpremie-max-extra-person = Premia czynszowa i dotacja do czynszu: podwyższenie kwoty maksymalnej za każdą osobę na utrzymaniu (najwyżej za 4 osoby)
param-huurpremie-max-certain-municipalities = Premia czynszowa i dotacja do czynszu: kwota maksymalna na miesiąc w niektórych gminach
param-huurpremie-max-extra-person-certain-municipalities = Premia czynszowa i dotacja do czynszu: podwyższenie kwoty maksymalnej za każdą osobę na utrzymaniu w niektórych gminach
param-huurpremie-max-rent = Premia czynszowa: maksymalny czynsz miesięczny za samodzielne mieszkanie (wyższy za każdą osobę na utrzymaniu)
param-huurpremie-max-rent-certain-municipalities = Premia czynszowa: maksymalny czynsz miesięczny za samodzielne mieszkanie w niektórych gminach
param-huurpremie-max-rent-room = Premia czynszowa: maksymalny czynsz miesięczny za pokój

# Issue 13: the middelentoets with the savings fact
right-sociale-huurwoning-reason-savings = Państwa oszczędności są wyższe niż limit dochodu dla mieszkania socjalnego. Wtedy nie mogą się Państwo zapisać. Taka jest zasada od 1 stycznia 2024 r. Oszczędności się zmniejszyły? Proszę wtedy zapytać ponownie w spółce mieszkaniowej (woonmaatschappij).

# Issue 13: huursubsidie decided by the recent-move fact
right-huursubsidie-reason-moved-request = Przeprowadzili się Państwo lub przeprowadzą z powodu, który daje prawo do dopłaty do czynszu (huursubsidie). Państwa dochód nie przekracza limitu. Proszę złożyć wniosek w Wonen in Vlaanderen najpóźniej 9 miesięcy od początku nowej umowy najmu. Otrzymają Państwo wtedy także jednorazową premię na urządzenie się. Decyzję podejmuje Wonen in Vlaanderen.
right-huursubsidie-reason-no-move = Dopłata do czynszu przysługuje tylko po przeprowadzce z jednego z tych powodów: ze złego lub za małego mieszkania, z mieszkania nieprzystosowanego do wieku lub niepełnosprawności, do mieszkania społecznej agencji najmu (SVK) albo po okresie bez stałego miejsca zamieszkania. Jeśli przeprowadzą się Państwo później z takiego powodu, można złożyć wniosek.

# Issue 13: OCMW hulp bij de huurwaarborg
right-ocmw-huurwaarborg = Pomoc OCMW przy kaucji za najem
right-ocmw-huurwaarborg-summary = OCMW może pomóc w kaucji (huurwaarborg) za nowe wynajmowane mieszkanie, na przykład pismem do wynajmującego, w którym OCMW gwarantuje kaucję.
right-ocmw-huurwaarborg-counter = Chcę poprosić OCMW o pomoc przy kaucji za najem.
right-ocmw-huurwaarborg-reason-housing = Pomoc przy kaucji jest dla osób, które wynajmą mieszkanie od prywatnego wynajmującego. W Państwa sytuacji nie jest potrzebna.
right-ocmw-huurwaarborg-reason-moving = Szukają Państwo mieszkania lub się przeprowadzają, a Państwa dochód jest niski. OCMW może pomóc przy kaucji: pismem gwarancyjnym do wynajmującego, gwarancją bankową lub zaliczką do zwrotu. Jeśli to możliwe, proszę zgłosić się do OCMW przed podpisaniem umowy najmu. OCMW decyduje.
right-ocmw-huurwaarborg-reason-no-move = Nie przeprowadzają się Państwo. Pomoc przy kaucji jest wtedy, gdy wynajmują Państwo nowe mieszkanie. Przeprowadzą się Państwo później? Proszę wtedy zapytać w OCMW.
right-ocmw-huurwaarborg-otherwise = Państwa dochód nie wydaje się niski. Mimo to nie mogą Państwo zapłacić kaucji? Proszę poprosić o radę w OCMW.

# Issue 13: Mijn VerbouwPremie
right-mijn-verbouwpremie = Mijn VerbouwPremie (najwyższa premia remontowa przy niskim dochodzie)
right-mijn-verbouwpremie-summary = Mijn VerbouwPremie to pieniądze od rządu flamandzkiego, gdy remontują Państwo swój dom. Przy niskim dochodzie otrzymują Państwo najwyższą premię.
right-mijn-verbouwpremie-counter = Chcę złożyć wniosek o Mijn VerbouwPremie.
right-mijn-verbouwpremie-reason-outside-flanders = Nie mieszkają Państwo we Flandrii. Mijn VerbouwPremie jest dla mieszkań we Flandrii.
right-mijn-verbouwpremie-reason-not-owner = Mijn VerbouwPremie jest głównie dla właścicieli, którzy sami mieszkają w swoim domu. Wynajmują Państwo? Proszę wtedy zapytać wynajmującego, czy zleci prace.
right-mijn-verbouwpremie-reason-low-income = Mieszkają Państwo we własnym domu i mają niski dochód. Czy będą Państwo remontować dom, na przykład dach, okna lub ogrzewanie? Wtedy prawdopodobnie otrzymają Państwo najwyższą premię. Proszę poprosić o wyjaśnienia w okienku mieszkaniowym (woonloket) gminy lub na flamandzkiej linii informacyjnej 1700.
right-mijn-verbouwpremie-reason-near-limit = Państwa dochód jest bliski limitu dla najwyższej premii. Limit zależy od liczby osób na utrzymaniu. Proszę zapytać na flamandzkiej linii informacyjnej 1700.
right-mijn-verbouwpremie-otherwise = Państwa dochód wydaje się wyższy niż limit dla najwyższej premii. Mogą Państwo jednak otrzymać niższą premię. Proszę zapytać na flamandzkiej linii informacyjnej 1700.
right-mijn-verbouwpremie-unverified-limits = Limity dochodu pochodzą ze strony z października 2022 r., a nie od samego rządu flamandzkiego. Teraz są prawdopodobnie wyższe.
param-mvp-income-limit-single = Mijn VerbouwPremie, najniższa kategoria dochodu: limit dla osoby samotnej
param-mvp-income-limit-family = Mijn VerbouwPremie, najniższa kategoria dochodu: limit dla pary lub osoby samotnej z jedną osobą na utrzymaniu
param-mvp-income-limit-extra-person = Mijn VerbouwPremie, najniższa kategoria dochodu: podwyżka za każdą kolejną osobę na utrzymaniu
