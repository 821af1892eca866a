# Income: leefloon, equivalent leefloon, IGO, IVT, IT.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Leefloon

right-leefloon = Leefloon (zasiłek na utrzymanie)
right-leefloon-summary = Leefloon to pieniądze z OCMW (ośrodka pomocy społecznej) dla osób, które mają za mały dochód, aby się utrzymać.
right-leefloon-counter = Chcę złożyć wniosek o leefloon.

right-leefloon-reason-already = Już otrzymują Państwo leefloon.
right-leefloon-reason-has-equivalent = Już otrzymują Państwo równoważnik leefloon. To jest ta sama pomoc z OCMW. Nie można otrzymywać obu naraz.
right-leefloon-reason-abroad = Nie mieszkają Państwo w Belgii. Leefloon jest tylko dla osób, które mieszkają w Belgii.
right-leefloon-reason-foreigners-register = Przy Państwa statusie pobytu nie można otrzymać leefloon. Można jednak poprosić OCMW o równoważnik leefloon. To jest tyle samo pieniędzy.
right-leefloon-reason-asylum-seeker = Osoba ubiegająca się o azyl nie otrzymuje leefloon. Otrzymuje opiekę od Fedasil lub od lokalnej inicjatywy przyjmowania (LOI).
right-leefloon-reason-no-legal-stay = Bez legalnego pobytu nie można otrzymać leefloon. OCMW może jednak udzielić pilnej pomocy medycznej. To jest pomoc lekarza lub szpitala oraz leki.
right-leefloon-reason-minor = Mają Państwo mniej niż 18 lat. Wtedy zwykle nie otrzymuje się leefloon. Jest to jednak możliwe w przypadku ciąży, posiadania dziecka albo małżeństwa.
right-leefloon-reason-request-family = Mieszkają Państwo ze swoimi dziećmi, a Państwa dochód jest niższy niż leefloon dla rodziny z dziećmi. Można złożyć wniosek o leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie. OCMW podejmuje decyzję w ciągu 30 dni.
right-leefloon-reason-request-single = Mieszkają Państwo sami, a Państwa dochód jest niższy niż leefloon dla osoby mieszkającej samotnie. Można złożyć wniosek o leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie. OCMW podejmuje decyzję w ciągu 30 dni.
right-leefloon-reason-request-couple = Mieszkają Państwo z partnerem lub partnerką. Państwa wspólny dochód jest niższy niż leefloon dla dwóch osób, które mieszkają razem. Można złożyć wniosek o leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie. OCMW podejmuje decyzję w ciągu 30 dni.
right-leefloon-reason-request-cohabiting = Mieszkają Państwo razem z innymi dorosłymi. Państwa dochód jest niższy niż najniższy leefloon. Można złożyć wniosek o leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie. OCMW podejmuje decyzję w ciągu 30 dni.
right-leefloon-reason-cohabitation = Mieszkają Państwo razem z innymi dorosłymi. OCMW decyduje w rozmowie, czy są Państwo osobą „mieszkającą wspólnie” (samenwonend). Tak jest, jeśli koszty gospodarstwa domowego dzieli się głównie razem. Od tego zależy, czy otrzymają Państwo leefloon i w jakiej wysokości. Proszę zapytać w OCMW.
right-leefloon-otherwise = Państwa dochód jest wyższy niż leefloon. Czy Państwa dochód spadł albo mają Państwo wysokie koszty? Wtedy proszę poprosić o radę w OCMW.

right-leefloon-unverified-indexation-2026 = Leefloon rośnie, gdy rosną ceny. Nie sprawdzono jeszcze, czy wzrósł już w 2026 roku. Używamy kwot z 1 lutego 2025.
right-leefloon-unverified-reform-2026 = Od 1 marca 2026 OCMW może też wliczać dochód innych dorosłych członków rodziny, którzy mieszkają z Państwem, na przykład dziadków. Nie jest jeszcze jasne, czy OCMW musi to robić, czy tylko może.

## Equivalent leefloon

right-equivalent-leefloon = Równoważnik leefloon (equivalent leefloon)
right-equivalent-leefloon-summary = Równoważnik leefloon to pieniądze z OCMW. Są dla cudzoziemców w rejestrze cudzoziemców (vreemdelingenregister). I tylko wtedy, gdy mają za mały dochód, aby się utrzymać.
right-equivalent-leefloon-counter = Chcę złożyć wniosek o równoważnik leefloon.

right-equivalent-leefloon-reason-already = Już otrzymują Państwo równoważnik leefloon.
right-equivalent-leefloon-reason-has-leefloon = Już otrzymują Państwo leefloon. Równoważnik leefloon to ta sama pomoc, dla osób w rejestrze cudzoziemców. Nie można otrzymywać obu naraz.
right-equivalent-leefloon-reason-abroad = Nie mieszkają Państwo w Belgii. Równoważnik leefloon jest tylko dla osób, które mieszkają w Belgii.
right-equivalent-leefloon-reason-leefloon-instead = Równoważnik leefloon jest dla cudzoziemców w rejestrze cudzoziemców. Przy Państwa obywatelstwie lub statusie pobytu przysługuje zwykły leefloon.
right-equivalent-leefloon-reason-asylum-seeker = Osoba ubiegająca się o azyl zwykle nie otrzymuje równoważnika leefloon. Otrzymuje opiekę od Fedasil lub od lokalnej inicjatywy przyjmowania (LOI).
right-equivalent-leefloon-reason-no-legal-stay = Bez legalnego pobytu nie można otrzymać równoważnika leefloon. OCMW może jednak udzielić pilnej pomocy medycznej. To jest pomoc lekarza lub szpitala oraz leki.
right-equivalent-leefloon-reason-minor = Mają Państwo mniej niż 18 lat. Wtedy zwykle nie otrzymuje się równoważnika leefloon. Jest to jednak możliwe w przypadku ciąży albo posiadania dziecka.
right-equivalent-leefloon-reason-request-family = Mieszkają Państwo ze swoimi dziećmi, a Państwa dochód jest niższy niż kwota dla rodziny z dziećmi. Można złożyć wniosek o równoważnik leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie.
right-equivalent-leefloon-reason-request-single = Mieszkają Państwo sami, a Państwa dochód jest niższy niż kwota dla osoby mieszkającej samotnie. Można złożyć wniosek o równoważnik leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie.
right-equivalent-leefloon-reason-request-couple = Mieszkają Państwo z partnerem lub partnerką. Państwa wspólny dochód jest niższy niż kwota dla dwóch osób, które mieszkają razem. Można złożyć wniosek o równoważnik leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie.
right-equivalent-leefloon-reason-request-cohabiting = Mieszkają Państwo razem z innymi dorosłymi. Państwa dochód jest niższy niż najniższa kwota. Można złożyć wniosek o równoważnik leefloon w OCMW. OCMW najpierw przeprowadza wywiad środowiskowy: sprawdza wszystkie Państwa dochody i przychodzi do domu. Sprawdza też, czy są Państwo gotowi pracować, jeśli pozwala na to zdrowie.
right-equivalent-leefloon-reason-cohabitation = Mieszkają Państwo razem z innymi dorosłymi. OCMW decyduje w rozmowie, czy są Państwo osobą „mieszkającą wspólnie” (samenwonend). Tak jest, jeśli koszty gospodarstwa domowego dzieli się głównie razem. Od tego zależy, czy otrzymają Państwo równoważnik leefloon i w jakiej wysokości. Proszę zapytać w OCMW.
right-equivalent-leefloon-otherwise = Państwa dochód jest wyższy niż równoważnik leefloon. Czy Państwa dochód spadł albo mają Państwo wysokie koszty? Wtedy proszę poprosić o radę w OCMW.

right-equivalent-leefloon-unverified-indexation-2026 = Równoważnik leefloon jest tak samo wysoki jak leefloon. Nie sprawdzono jeszcze, czy wzrósł już w 2026 roku. Używamy kwot z 1 lutego 2025.
right-equivalent-leefloon-unverified-waiting-register = Jedna gmina pisze, że również osoby w rejestrze oczekujących (wachtregister) mogą otrzymać równoważnik leefloon. Tego jeszcze nie sprawdzono.
right-equivalent-leefloon-unverified-temporary-protection = Ochrona czasowa dla osób z Ukrainy została przedłużona do 4 marca 2027. Tak podają wiadomości, ale nie zostało to jeszcze sprawdzone w oficjalnym źródle.

## Inkomensgarantie voor ouderen (IGO)

right-igo = Gwarantowany dochód dla osób starszych (IGO)
right-igo-summary = IGO to pieniądze od Federale Pensioendienst (federalnej służby emerytalnej) dla osób w wieku emerytalnym, które mają za mały dochód.
right-igo-counter = Chcę złożyć wniosek o gwarantowany dochód dla osób starszych (IGO).

right-igo-reason-already = Już otrzymują Państwo IGO. Wyjeżdżają Państwo za granicę? Proszę to wcześniej zgłosić w Federale Pensioendienst. Za granicą można przebywać tylko krótko w ciągu roku. W przeciwnym razie można stracić IGO.
right-igo-reason-abroad = Nie mieszkają Państwo w Belgii. IGO jest tylko dla osób, które mieszkają w Belgii i naprawdę tam przebywają.
right-igo-reason-too-young = Nie osiągnęli Państwo jeszcze ustawowego wieku emerytalnego. IGO jest dopiero dla osób w tym wieku. Otrzymują Państwo leefloon albo zasiłek z powodu niepełnosprawności? Wtedy Federale Pensioendienst sam sprawdzi prawo do IGO, gdy osiągną Państwo wiek emerytalny.
right-igo-reason-residence = Przy Państwa statusie pobytu nie można otrzymać IGO. Mają Państwo za mały dochód? Wtedy proszę poprosić o radę w OCMW.
right-igo-reason-examined-by-fpd = Osiągnęli Państwo wiek emerytalny i otrzymują leefloon albo zasiłek z powodu niepełnosprawności. Wtedy Federale Pensioendienst sam sprawdza, czy otrzymają Państwo IGO. Nie trzeba składać wniosku. Otrzymują Państwo list lub pytania od Pensioendienst? Proszę odpowiedzieć jak najszybciej. Nie ma żadnej wiadomości? Wtedy proszę zadzwonić na infolinię emerytalną 1765.
right-igo-reason-nationality = Państwa dochód wydaje się na tyle niski, że można otrzymać IGO. To, czy się go otrzyma, zależy też od obywatelstwa, statusu pobytu i od tego, jak długo pracowali Państwo w Belgii. Decyduje o tym Federale Pensioendienst. Proszę złożyć wniosek o IGO albo poprosić o radę w swojej gminie lub w OCMW.
right-igo-reason-request-alone = Osiągnęli Państwo wiek emerytalny, mieszkają Państwo sami, a Państwa dochód wydaje się niższy niż IGO. Proszę złożyć wniosek o IGO w dziale emerytur w swojej gminie, przez internet albo przez infolinię emerytalną. Pensioendienst sprawdza wszystkie Państwa dochody, majątek i oszczędności.
right-igo-reason-request-couple = Osiągnęli Państwo wiek emerytalny i mieszkają z partnerem lub partnerką. Państwa wspólny dochód wydaje się niższy niż IGO dla dwóch osób. Proszę złożyć wniosek o IGO w dziale emerytur w swojej gminie, przez internet albo przez infolinię emerytalną. Pensioendienst sprawdza wszystkie Państwa dochody, majątek i oszczędności, a także dochody, majątek i oszczędności partnera lub partnerki.
right-igo-reason-request-shared = Osiągnęli Państwo wiek emerytalny i mieszkają razem z innymi dorosłymi. Państwa dochód wydaje się niższy niż IGO dla osoby, która nie mieszka sama. Proszę złożyć wniosek o IGO w dziale emerytur w swojej gminie, przez internet albo przez infolinię emerytalną. Pensioendienst sprawdza wszystkie Państwa dochody, majątek i oszczędności.
right-igo-otherwise = Państwa dochód wydaje się wyższy niż IGO. Mają Państwo wątpliwości albo Państwa dochód spadł? Wtedy proszę zapytać w dziale emerytur w swojej gminie albo zadzwonić na infolinię emerytalną 1765.

right-igo-unverified-amounts = Kwoty IGO po listopadzie 2023 nie zostały jeszcze sprawdzone. Prawdopodobnie są teraz wyższe. Państwa dochód jest tylko trochę wyższy niż limit? Mimo to proszę złożyć wniosek o IGO.

## Inkomensvervangende tegemoetkoming (IVT)

right-ivt = Zasiłek zastępujący dochód (IVT)
right-ivt-summary = IVT to pieniądze od państwa dla osób z niepełnosprawnością, które z jej powodu nie mogą pracować albo mogą pracować dużo mniej.
right-ivt-counter = Chcę złożyć wniosek o zasiłek zastępujący dochód (IVT).
right-ivt-deadline = IVT zaczyna się dopiero od pierwszego dnia miesiąca po złożeniu wniosku. Dlatego proszę złożyć wniosek jak najszybciej.

right-ivt-reason-already = Już otrzymują Państwo IVT.
right-ivt-reason-abroad = Nie mieszkają Państwo w Belgii. IVT jest tylko dla osób, które mieszkają w Belgii.
right-ivt-reason-residence = Przy Państwa statusie pobytu nie można otrzymać IVT. Trzeba być wpisanym do rejestru ludności (bevolkingsregister) lub do rejestru cudzoziemców (vreemdelingenregister).
right-ivt-reason-minor = Mają Państwo mniej niż 18 lat. IVT jest dla osób w wieku od 18 do 65 lat. Otrzymują Państwo dodatek opiekuńczy w ramach Groeipakket? Wtedy prawo do IVT zostanie sprawdzone automatycznie, gdy skończą Państwo 18 lat.
right-ivt-reason-65 = Mają Państwo 65 lat lub więcej. Wtedy nie można już samemu złożyć wniosku o IVT. Czy ktoś inny w Państwa rodzinie ma niepełnosprawność i ma od 18 do 65 lat? Wtedy ta osoba może złożyć wniosek o IVT.
right-ivt-reason-turning-18 = Mają Państwo 18 lat, a w Państwa rodzinie jest dodatek opiekuńczy na dziecko. Czy to Państwo otrzymywali ten dodatek? Wtedy DG Personen met een handicap (dział ds. osób z niepełnosprawnością) sam sprawdza, czy otrzymają Państwo IVT. Przyjdzie list. Proszę na niego odpowiedzieć.
right-ivt-reason-assessment = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność. Czy ta osoba ma od 18 do 65 lat i z powodu niepełnosprawności nie może pracować albo może pracować dużo mniej? Wtedy ta osoba może złożyć wniosek o IVT. Lekarz z DG Personen met een handicap decyduje, ile ta osoba może jeszcze zarobić. DG sprawdza też dochód tej osoby i jej partnera lub partnerki.
right-ivt-otherwise = Podali Państwo, że nikt w Państwa rodzinie nie ma niepełnosprawności. IVT jest dla osób z niepełnosprawnością, które z jej powodu nie mogą pracować albo mogą pracować dużo mniej.

right-ivt-unverified-amounts = Kwoty IVT na 2025 i 2026 rok nie pochodzą z oficjalnego źródła. Nie zostały jeszcze sprawdzone.

## Integratietegemoetkoming (IT)

right-it = Zasiłek integracyjny (IT)
right-it-summary = IT to pieniądze od państwa dla osób z niepełnosprawnością, które mają dodatkowe koszty, bo mają trudności z codziennymi czynnościami.
right-it-counter = Chcę złożyć wniosek o zasiłek integracyjny (IT).
right-it-deadline = IT zaczyna się dopiero od pierwszego dnia miesiąca po złożeniu wniosku. Dlatego proszę złożyć wniosek jak najszybciej.

right-it-reason-already = Już otrzymują Państwo IT.
right-it-reason-abroad = Nie mieszkają Państwo w Belgii. IT jest tylko dla osób, które mieszkają w Belgii.
right-it-reason-residence = Przy Państwa statusie pobytu nie można otrzymać IT. Trzeba być wpisanym do rejestru ludności (bevolkingsregister) lub do rejestru cudzoziemców (vreemdelingenregister).
right-it-reason-minor = Mają Państwo mniej niż 18 lat. IT jest dla osób w wieku od 18 do 65 lat. Otrzymują Państwo dodatek opiekuńczy w ramach Groeipakket? Wtedy prawo do IT zostanie sprawdzone automatycznie, gdy skończą Państwo 18 lat.
right-it-reason-65 = Mają Państwo 65 lat lub więcej. Wtedy nie można już samemu złożyć wniosku o IT. Dla osób starszych, które potrzebują opieki, jest budżet opiekuńczy dla osób starszych w zorgkas (kasie opieki). Czy ktoś inny w Państwa rodzinie ma niepełnosprawność i ma od 18 do 65 lat? Wtedy ta osoba może złożyć wniosek o IT.
right-it-reason-turning-18 = Mają Państwo 18 lat, a w Państwa rodzinie jest dodatek opiekuńczy na dziecko. Czy to Państwo otrzymywali ten dodatek? Wtedy DG Personen met een handicap (dział ds. osób z niepełnosprawnością) sam sprawdza, czy otrzymają Państwo IT. Przyjdzie list. Proszę na niego odpowiedzieć.
right-it-reason-assessment = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność albo potrzebuje każdego dnia dużo pomocy. Czy ta osoba ma od 18 do 65 lat? Wtedy może złożyć wniosek o IT. Lekarz z DG Personen met een handicap (federalnej służby dla osób z niepełnosprawnością) ocenia w punktach, jak duże trudności ma ta osoba z codziennymi czynnościami, takimi jak jedzenie, mycie się czy przemieszczanie się. Od tego zależy, czy ta osoba otrzyma IT. DG sprawdza też dochód tej osoby i jej partnera lub partnerki.
right-it-otherwise = Podali Państwo, że nikt w Państwa rodzinie nie ma niepełnosprawności ani nie potrzebuje każdego dnia dużo pomocy. IT jest dla osób z niepełnosprawnością, które mają trudności z codziennymi czynnościami.

right-it-unverified-amounts = Kwoty IT nie pochodzą z oficjalnego źródła. Nie zostały jeszcze sprawdzone.

## Documents

document-overzicht-inkomsten-uitgaven = Zestawienie Państwa dochodów i wydatków z ostatnich 3 miesięcy
document-overzicht-inkomsten-uitgaven-where = Proszę je spisać samodzielnie. Pomogą w tym wyciągi z konta.

document-vdab-inschrijving = Zaświadczenie o rejestracji w VDAB
document-vdab-inschrijving-where = Proszę poprosić o nie w VDAB.

document-klevertje-ziekenfonds = Naklejka z ziekenfonds (klevertje)
document-klevertje-ziekenfonds-where = Proszę poprosić o naklejki w swoim ziekenfonds.

document-aanslagbiljet-onroerende-voorheffing = Tylko jeśli mają Państwo dom lub działkę: decyzja o podatku od nieruchomości (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = Przychodzi co roku pocztą lub w formie elektronicznej. Zgubiona? Proszę poprosić o kopię urząd skarbowy, który ją wysłał.

document-volmacht = Tylko jeśli wniosek składa za Państwa inna osoba: pełnomocnictwo
document-volmacht-where = Proszę napisać na papierze, że ta osoba może to zrobić za Państwa, i podpisać. Proszę poprosić o pomoc osobę, która Państwu pomaga.

## Offices

office-federale-pensioendienst = Federale Pensioendienst (federalna służba emerytalna)
office-federale-pensioendienst-in-person = Proszę pójść do działu emerytur w swojej gminie. Można też pójść na dyżur lub do biura Federale Pensioendienst. Może to zrobić za Państwa inna osoba.
office-federale-pensioendienst-phone = Proszę zadzwonić na infolinię emerytalną Federale Pensioendienst.
office-federale-pensioendienst-online = Wniosek można złożyć przez internet, z dowodem osobistym lub przez itsme.

## Parameters

param-leefloon-cat1 = Leefloon kategoria 1, osoba mieszkająca z innymi: kwota miesięczna
param-leefloon-cat2 = Leefloon kategoria 2, osoba samotna: kwota miesięczna
param-leefloon-cat3 = Leefloon kategoria 3, osoba z rodziną na utrzymaniu: kwota miesięczna

param-pension-age = Ustawowy wiek emerytalny, także wiek uprawniający do IGO (w latach)
param-igo-amount-shared = IGO, kwota podstawowa dla osoby, która dzieli mieszkanie: kwota miesięczna
param-igo-amount-alone = IGO, kwota podwyższona dla osoby mieszkającej samotnie: kwota miesięczna
param-ivt-max-cat-a = IVT kategoria A: kwota maksymalna na rok
param-ivt-max-cat-b = IVT kategoria B: kwota maksymalna na rok
param-ivt-max-cat-c = IVT kategoria C: kwota maksymalna na rok
param-it-max-cat-1 = IT kategoria 1 (od 7 do 8 punktów): kwota maksymalna na miesiąc
param-it-max-cat-2 = IT kategoria 2 (od 9 do 11 punktów): kwota maksymalna na miesiąc
param-it-max-cat-3 = IT kategoria 3 (od 12 do 14 punktów): kwota maksymalna na miesiąc
param-it-max-cat-4 = IT kategoria 4 (od 15 do 16 punktów): kwota maksymalna na miesiąc
param-it-max-cat-5 = IT kategoria 5 (od 17 do 18 punktów): kwota maksymalna na miesiąc

# Issue 13: IGO with one's children, IGO before leefloon, parents or adult children at home
right-igo-reason-request-with-children = Osiągnęli Państwo wiek emerytalny i mieszkają tylko ze swoimi dziećmi. Wtedy przysługuje wyższe IGO, jak dla osoby mieszkającej samotnie. Dochód dzieci się nie liczy. Państwa dochód wydaje się niższy niż IGO. Proszę złożyć wniosek o IGO w dziale emerytur gminy, przez internet lub przez linię emerytalną 1765.
right-leefloon-reason-igo-first = Osiągnęli Państwo wiek emerytalny. Proszę najpierw złożyć wniosek o gwarancję dochodu dla osób starszych (IGO). IGO jest wyższe niż leefloon. Jeśli nie otrzymają Państwo IGO albo dochód nadal będzie za niski, proszę zgłosić się do OCMW.
right-leefloon-reason-maintenance-debtors = Mieszkają Państwo z rodzicami lub z dorosłym dzieckiem. OCMW bierze wtedy pod uwagę także ich dochód. OCMW decyduje po rozmowie, czy mogą Państwo otrzymać leefloon i w jakiej wysokości. Warto zapytać: OCMW zbada Państwa sytuację.

# Issue 13: OCMW aanvullende financiële steun
right-ocmw-aanvullende-steun = Dodatkowa pomoc finansowa z OCMW
right-ocmw-aanvullende-steun-summary = OCMW może pomóc pieniędzmi, na przykład na czynsz, energię, koszty lekarza i apteki albo rachunek ze szpitala, także jeśli nie otrzymują Państwo leefloon.
right-ocmw-aanvullende-steun-counter = Chcę poprosić OCMW o dodatkową pomoc finansową.
right-ocmw-aanvullende-steun-reason-abroad = Nie mieszkają Państwo w Belgii. OCMW pomaga osobom, które mieszkają w gminie.
right-ocmw-aanvullende-steun-reason-residence = Przy Państwa statusie pobytu OCMW nie udziela tej pomocy. Osoby ubiegające się o azyl otrzymują pomoc w sieci przyjmowania. Bez legalnego pobytu można poprosić OCMW o pilną pomoc medyczną.
right-ocmw-aanvullende-steun-reason-leefloon = Otrzymują Państwo leefloon albo prawdopodobnie mogą go Państwo otrzymać. Czy mają Państwo poza tym wysokie koszty, na przykład czynsz, energię lub leczenie? Wtedy OCMW może dać dodatkową pomoc. Proszę zapytać swojego pracownika socjalnego. OCMW decyduje po wywiadzie społecznym.
right-ocmw-aanvullende-steun-reason-low-income = Państwa dochód jest niski albo trudno Państwu płacić rachunki. OCMW może pomóc pieniędzmi, na przykład na czynsz, energię lub leczenie, także bez leefloon. Proszę zwrócić się do OCMW w swojej gminie. OCMW decyduje po wywiadzie społecznym.
right-ocmw-aanvullende-steun-otherwise = Państwa dochód nie wydaje się niski. Mają Państwo jednak koszty, których nie mogą Państwo zapłacić? Proszę zgłosić się do OCMW. Każdy może poprosić o pomoc.

right-leefloon-reason-has-igo = Otrzymują Państwo już gwarancję dochodu dla osób starszych (IGO). IGO jest wyższe niż leefloon. Mimo to nie starcza Państwu pieniędzy, na przykład z powodu wysokich kosztów? Proszę wtedy poprosić OCMW o dodatkową pomoc.
