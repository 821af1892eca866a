# Care: zorgbudget voor zwaar zorgbehoevenden, zorgbudget voor ouderen, basisondersteuningsbudget.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Zorgbudget voor zwaar zorgbehoevenden

right-zorgbudget-zwaar-zorgbehoevenden = Budżet opiekuńczy dla osób wymagających intensywnej opieki
right-zorgbudget-zwaar-zorgbehoevenden-summary = Budżet opiekuńczy dla osób wymagających intensywnej opieki to pieniądze dla osób, które potrzebują dużo opieki. Otrzymuje się je co miesiąc od zorgkas (kasy opieki). Można je wydać na co się chce.
right-zorgbudget-zwaar-zorgbehoevenden-counter = Chcę złożyć wniosek o budżet opiekuńczy dla osób wymagających intensywnej opieki (zorgbudget voor zwaar zorgbehoevenden).
right-zorgbudget-zwaar-zorgbehoevenden-if-missing = Mieszkają Państwo w domu opieki (woonzorgcentrum) i nie otrzymują tego budżetu opiekuńczego? Proszę wtedy skontaktować się ze swoją zorgkas. Zorgkas zwykle należy do Państwa ziekenfonds. Dom opieki może pomóc.

right-zorgbudget-zwaar-zorgbehoevenden-reason-outside = Nie mieszkają Państwo we Flandrii ani w Brukseli. Ten budżet opiekuńczy należy do flamandzkiej ochrony socjalnej (Vlaamse sociale bescherming). Proszę zapytać w ziekenfonds lub w OCMW, jaka pomoc jest tam, gdzie Państwo mieszkają.
right-zorgbudget-zwaar-zorgbehoevenden-reason-brussels = Mieszkają Państwo w Brukseli. Tam przynależność do flamandzkiej zorgkas nie jest obowiązkowa, ale jest możliwa. Należą Państwo do zorgkas? Wtedy proszę zapytać w swojej zorgkas, czy mogą Państwo otrzymać ten budżet opiekuńczy. Mieszkają Państwo w domu opieki w Brukseli? Wtedy liczy się zaświadczenie z domu opieki.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-home = Mieszkają Państwo w domu opieki (woonzorgcentrum) we Flandrii. Wtedy budżet opiekuńczy dla osób wymagających intensywnej opieki przysługuje automatycznie, co miesiąc. Nie trzeba nic robić.
right-zorgbudget-zwaar-zorgbehoevenden-reason-points = Państwo lub ktoś z Państwa rodziny otrzymuje zasiłek integracyjny (IT), budżet opiekuńczy dla osób starszych albo dodatek opiekuńczy na dziecko. Czy przy tym stwierdzono dużą potrzebę opieki (co najmniej 15 punktów albo 18 punktów przy dodatku opiekuńczym na dziecko)? Wtedy ten budżet opiekuńczy przysługuje automatycznie. Jeśli nie, można złożyć wniosek w swojej zorgkas, z formularzem i zaświadczeniem o potrzebie opieki. Nie ma warunku dotyczącego dochodu.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-need = Państwo lub ktoś z Państwa rodziny potrzebuje każdego dnia dużo pomocy. To, czy przysługuje ten budżet opiekuńczy, zależy od oceny potrzeby opieki. Taką ocenę wykonuje na przykład pielęgniarstwo domowe (thuisverpleging) lub służba opieki domowej (gezinszorg). Z zaświadczeniem z takiej oceny budżet czasem przysługuje automatycznie. W innym przypadku wniosek składa się w zorgkas, z formularzem i zaświadczeniem. Można je też oddać w OCMW. Nie ma warunku dotyczącego dochodu.
right-zorgbudget-zwaar-zorgbehoevenden-otherwise = Nie podali Państwo, że ktoś w Państwa rodzinie potrzebuje każdego dnia dużo pomocy. Ten budżet opiekuńczy jest dla osób, które potrzebują dużo opieki. Jeśli to się zmieni, proszę zapytać w swojej zorgkas.

right-zorgbudget-zwaar-zorgbehoevenden-unverified-amount = Kwota na 2025 i 2026 rok nie została jeszcze sprawdzona. Pokazujemy kwotę ze stycznia 2024.

## Zorgbudget voor ouderen met een zorgnood

right-zorgbudget-ouderen = Budżet opiekuńczy dla osób starszych, które potrzebują opieki
right-zorgbudget-ouderen-summary = Budżet opiekuńczy dla osób starszych to pieniądze dla osób w wieku 65 lat lub starszych. Jest dla tych, którzy potrzebują pomocy w codziennych czynnościach. Otrzymuje się go co miesiąc od zorgkas (kasy opieki).
right-zorgbudget-ouderen-counter = Chcę złożyć wniosek o budżet opiekuńczy dla osób starszych, które potrzebują opieki (zorgbudget voor ouderen).
right-zorgbudget-ouderen-if-missing = Mieszkają Państwo w domu opieki (woonzorgcentrum), otrzymują IGO i nie otrzymują tego budżetu opiekuńczego? Proszę wtedy skontaktować się ze swoją zorgkas. Dom opieki, ziekenfonds lub OCMW może pomóc.

right-zorgbudget-ouderen-reason-already = Już otrzymują Państwo budżet opiekuńczy dla osób starszych, które potrzebują opieki.
right-zorgbudget-ouderen-reason-wallonia = Mieszkają Państwo w Walonii. Ten flamandzki budżet opiekuńczy nie jest dla Państwa. W Walonii o pomoc dla osób starszych można prosić w AVIQ. Proszę poprosić o radę w swoim ziekenfonds lub w OCMW.
right-zorgbudget-ouderen-reason-abroad = Nie mieszkają Państwo w Belgii. Ten budżet opiekuńczy jest dla osób, które mieszkają we Flandrii lub w Brukseli.
right-zorgbudget-ouderen-reason-too-young = Ten budżet opiekuńczy jest dla osób od 65 lat. Wniosek można złożyć najwcześniej w dniu 65. urodzin. Czy mieszka z Państwem osoba w wieku 65 lat lub więcej, która potrzebuje dużo pomocy? Wtedy ta osoba może sama złożyć wniosek. Mają Państwo mniej niż 65 lat i niepełnosprawność? Wtedy być może mogą Państwo otrzymać zasiłek integracyjny (IT).
right-zorgbudget-ouderen-reason-brussels = Mieszkają Państwo w Brukseli. Należą Państwo do flamandzkiej zorgkas? Wtedy proszę zapytać w swojej zorgkas, czy mogą Państwo otrzymać ten budżet opiekuńczy. W przeciwnym razie o pomoc dla osób starszych można prosić w Iriscare, brukselskiej instytucji. Proszę poprosić o radę w swoim ziekenfonds lub w OCMW.
right-zorgbudget-ouderen-reason-care-home-igo = Mieszkają Państwo w domu opieki (woonzorgcentrum) we Flandrii i otrzymują IGO. Wtedy od 1 kwietnia 2023 budżet opiekuńczy dla osób starszych przysługuje automatycznie, w najwyższej kategorii. Nie trzeba nic robić.
right-zorgbudget-ouderen-reason-care-home = Mieszkają Państwo w domu opieki (woonzorgcentrum). Mieszkańcy z niskim dochodem czasem otrzymują ten budżet opiekuńczy automatycznie. W innym przypadku trzeba złożyć wniosek. To, czy się go otrzyma i w jakiej wysokości, zależy od oceny, ile pomocy Państwo potrzebują, oraz od Państwa dochodu i dochodu partnera lub partnerki. Proszę zapytać w domu opieki lub w swojej zorgkas.
right-zorgbudget-ouderen-reason-care-need = Państwo lub ktoś z Państwa rodziny potrzebuje każdego dnia dużo pomocy. To, czy przysługuje ten budżet opiekuńczy, zależy od oceny, ile pomocy potrzeba, oraz od dochodu Państwa i partnera lub partnerki. Liczą się też oszczędności i majątek. Zwykle trzeba też mieszkać we Flandrii lub w Brukseli od 5 lat bez przerwy. Wniosek o budżet opiekuńczy składa się przez internet, z dowodem osobistym (eID). Zorgkas, ziekenfonds, gmina lub OCMW może w tym pomóc.
right-zorgbudget-ouderen-otherwise = Nie podali Państwo, że potrzebują każdego dnia dużo pomocy. Potrzebują Państwo jednak pomocy przy codziennych czynnościach, takich jak mycie się, ubieranie, jedzenie lub prace domowe? Wtedy proszę poprosić o radę w swoim ziekenfonds lub w OCMW.

right-zorgbudget-ouderen-unverified-amounts = Od 1 marca 2026 kategoria zależy od nowej oceny: BelRAI-screener. Obecne kwoty w poszczególnych kategoriach nie zostały jeszcze sprawdzone. Pokazujemy kwoty z kwietnia 2023.

## Basisondersteuningsbudget

right-basisondersteuningsbudget = Podstawowy budżet wsparcia (budżet opiekuńczy dla osób z niepełnosprawnością)
right-basisondersteuningsbudget-summary = Podstawowy budżet wsparcia to pieniądze dla osób z niepełnosprawnością. Otrzymuje się je co miesiąc od zorgkas (kasy opieki). Trzeba jednak być zarejestrowanym w VAPH, flamandzkiej agencji ds. osób z niepełnosprawnością (Vlaams Agentschap voor Personen met een Handicap).
right-basisondersteuningsbudget-counter = Chcę się dowiedzieć, czy otrzymuję podstawowy budżet wsparcia (basisondersteuningsbudget).

right-basisondersteuningsbudget-reason-outside = Nie mieszkają Państwo we Flandrii ani w Brukseli. Ten budżet opiekuńczy należy do flamandzkiej ochrony socjalnej (Vlaamse sociale bescherming). Proszę zapytać w swoim ziekenfonds, jaka pomoc jest tam, gdzie Państwo mieszkają.
right-basisondersteuningsbudget-reason-brussels = Mieszkają Państwo w Brukseli. Ten budżet opiekuńczy należy do flamandzkiej ochrony socjalnej (Vlaamse sociale bescherming). W Brukseli jest możliwy tylko wtedy, gdy należą Państwo do flamandzkiej zorgkas. Proszę zapytać w swojej zorgkas.
right-basisondersteuningsbudget-reason-points = Państwo lub ktoś z Państwa rodziny otrzymuje zasiłek integracyjny (IT) albo dodatek opiekuńczy na dziecko. Czy przyznano go na podstawie co najmniej 12 punktów? Wtedy podstawowy budżet wsparcia przysługuje automatycznie. Nie można samemu złożyć wniosku: zorgkas lub ziekenfonds sam się z Państwem skontaktuje. Mają Państwo już budżet osobisty (persoonsvolgend budget)? Wtedy go Państwo nie otrzymają. Nie ma żadnej wiadomości? Wtedy proszę zapytać w swojej zorgkas.
right-basisondersteuningsbudget-reason-vaph = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność. Podstawowy budżet wsparcia jest dla osób, które są zarejestrowane w VAPH w grupie priorytetowej do budżetu osobistego (persoonsvolgend budget). Budżet osobisty to pieniądze z VAPH, za które samemu wybiera się opiekę i pomoc. Dla dzieci i młodzieży obowiązują jeszcze inne zasady. Nie można samemu złożyć wniosku: zorgkas lub ziekenfonds sam się z Państwem skontaktuje. Mają Państwo już budżet osobisty? Wtedy go Państwo nie otrzymają. Nie są Państwo jeszcze zarejestrowani w VAPH? Proszę poprosić o pomoc dział pracy socjalnej swojego ziekenfonds lub OCMW.
right-basisondersteuningsbudget-otherwise = Nie podali Państwo, że ktoś w Państwa rodzinie ma niepełnosprawność. Ten budżet opiekuńczy jest dla osób z niepełnosprawnością, które są zarejestrowane w VAPH.

right-basisondersteuningsbudget-unverified-amount = Obecna kwota nie została jeszcze sprawdzona. Pokazujemy kwotę z 2019 roku. Inne źródło podaje wyższą kwotę.

## Documents

document-formulier-zorgbudget-zwaar-zorgbehoevenden = Formularz wniosku o budżet opiekuńczy dla osób wymagających intensywnej opieki
document-formulier-zorgbudget-zwaar-zorgbehoevenden-where = Można go dostać w swojej zorgkas. OCMW też może pomóc.

document-attest-zorgnood = Zaświadczenie o potrzebie opieki
document-attest-zorgnood-where = Proszę poprosić o nie pielęgniarstwo domowe (thuisverpleging) lub służbę opieki domowej (gezinszorg), która do Państwa przychodzi. Może też wystarczyć decyzja o IT, o budżecie opiekuńczym dla osób starszych lub o dodatku opiekuńczym na dziecko. Mieszkają Państwo w psychiatrycznym domu opieki (psychiatrisch verzorgingstehuis) albo w domu opieki w Brukseli? Wtedy proszę poprosić o zaświadczenie o pobycie.

## Offices

office-zorgkas = Państwa zorgkas (kasa opieki)
office-zorgkas-in-person = Proszę pójść do biura swojej zorgkas. Zorgkas zwykle należy do Państwa ziekenfonds. Można wtedy pójść do biura swojego ziekenfonds.
office-zorgkas-phone = Proszę zadzwonić do swojej zorgkas. Numer jest w listach od zorgkas. Można też zapytać o niego w swoim ziekenfonds.
office-zorgkas-online = Wniosek o budżet opiekuńczy dla osób starszych składa się tylko przez internet, na tej stronie. Logowanie jest z dowodem osobistym (eID). Zorgkas, ziekenfonds, gmina lub OCMW może pomóc.
office-zorgkas-letter = Wniosek o budżet opiekuńczy dla osób wymagających intensywnej opieki składa się z formularzem i zaświadczeniem. Proszę wysłać je do swojej zorgkas albo oddać w OCMW. OCMW przekaże je dalej.

## Parameters

param-zorgbudget-zwaar-zorgbehoevenden = Budżet opiekuńczy dla osób wymagających intensywnej opieki: kwota miesięczna
param-zorgbudget-ouderen-categorie-4-max = Budżet opiekuńczy dla osób starszych: najwyższa kwota miesięczna w kategorii 4 (automatycznie dla mieszkańców domu opieki z niskim dochodem)
param-zorgbudget-ouderen-categorie-5-max = Budżet opiekuńczy dla osób starszych: najwyższa kwota miesięczna w kategorii 5 (automatycznie dla mieszkańców domu opieki z IGO)
param-basisondersteuningsbudget = Podstawowy budżet wsparcia: kwota miesięczna

# Issue 13: children get the ondersteuningstoeslag, not a BOB
right-basisondersteuningsbudget-reason-child = Państwa dziecko otrzymuje dodatek opiekuńczy (zorgtoeslag). Dla dzieci nie ma podstawowego budżetu wsparcia z zorgkas. Czy dziecko ma co najmniej 12 punktów? Wtedy otrzymuje dodatek wsparcia (ondersteuningstoeslag) z Groeipakket, automatycznie przez Państwa płatnika.

# Issue 13: lagere zorgpremie
right-zorgpremie-vermindering = Niższa składka opiekuńcza (zorgpremie)
right-zorgpremie-vermindering-summary = We Flandrii każdy płaci co roku składkę opiekuńczą (zorgpremie) do zorgkas. Ze zwiększoną refundacją płacą Państwo mniej.
right-zorgpremie-vermindering-counter = Chcę się dowiedzieć, czy płacę niższą składkę opiekuńczą.
right-zorgpremie-vermindering-if-missing = Płacą Państwo jednak pełną składkę? Proszę zapytać w swojej zorgkas. Proszę zabrać zaświadczenie o zwiększonej refundacji.
right-zorgpremie-vermindering-reason-outside = Nie mieszkają Państwo we Flandrii ani w Brukseli. Składka opiekuńcza jest flamandzka.
right-zorgpremie-vermindering-reason-vt = Mają Państwo zwiększoną refundację. Czy mieli ją Państwo już 1 stycznia zeszłego roku i mieszkają od 5 lat we Flandrii lub w Brukseli? Wtedy automatycznie płacą Państwo niższą składkę. Nie trzeba nic robić.
right-zorgpremie-vermindering-otherwise = Niższa składka opiekuńcza jest dla osób ze zwiększoną refundacją. Jeśli otrzymają ją Państwo później, później też zapłacą Państwo mniej.

right-zorgpremie-vermindering-reason-brussels = Mieszkają Państwo w Brukseli. Tam sami Państwo wybierają, czy zapisać się do flamandzkiej zorgkas. Zapisali się Państwo i mają zwiększoną refundację? Wtedy prawdopodobnie też płacą Państwo niższą składkę. Proszę zapytać w swojej zorgkas.
