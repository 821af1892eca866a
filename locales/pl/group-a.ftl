# Writer group A: dringende medische hulp, maximumfactuur, IGO, IVT, IT, pro deo, schuldhulp,
# parkeerkaart, NMBS-kortingkaart, De Lijn. Rights, documents, offices and parameters.
# No amounts in these messages: amounts live in the parameters.

## Dringende medische hulp

right-dringende-medische-hulp = Pilna pomoc medyczna
right-dringende-medische-hulp-summary = Dzięki pilnej pomocy medycznej z OCMW otrzymują Państwo opiekę lekarza lub szpitala oraz leki, także bez legalnego pobytu.
right-dringende-medische-hulp-counter = Chcę złożyć wniosek o pilną pomoc medyczną.

right-dringende-medische-hulp-reason-abroad = Nie mieszkają Państwo w Belgii. Pilna pomoc medyczna jest dla osób, które przebywają w Belgii.
right-dringende-medische-hulp-reason-no-legal-stay = Nie mają Państwo legalnego pobytu. Wtedy można złożyć wniosek o pilną pomoc medyczną w OCMW gminy, w której Państwo rzeczywiście przebywają. Mimo nazwy nie chodzi tylko o nagłe przypadki: pomoc obejmuje też zwykłą wizytę u lekarza, szpital i leki. Lekarz wystawia zaświadczenie. OCMW przeprowadza wywiad środowiskowy i przychodzi do domu. OCMW podejmuje decyzję w ciągu 30 dni.
right-dringende-medische-hulp-reason-eu = Są Państwo obywatelami kraju Unii Europejskiej. Wtedy w sprawie opieki zdrowotnej zwykle zwraca się do ziekenfonds (kasy chorych). Są Państwo w Belgii krócej niż 3 miesiące i nie mają ziekenfonds? Wtedy proszę zapytać w OCMW, czy można otrzymać pilną pomoc medyczną.
right-dringende-medische-hulp-reason-asylum-seeker = Osoba ubiegająca się o azyl otrzymuje pomoc medyczną przez ośrodek, w którym mieszka: Fedasil lub lokalną inicjatywę przyjmowania (LOI). Proszę zapytać tam.
right-dringende-medische-hulp-otherwise = Mają Państwo legalny pobyt w Belgii. Wtedy opiekę zdrowotną otrzymuje się przez ziekenfonds. Pilna pomoc medyczna jest dla osób bez legalnego pobytu.

right-dringende-medische-hulp-unverified-eu = Obywatele Unii Europejskiej w pierwszych 3 miesiącach w Belgii mogą czasem również otrzymać pilną pomoc medyczną. Nie pochodzi to z oficjalnego źródła i nie zostało jeszcze sprawdzone.

## Maximumfactuur

right-maximumfactuur = Limit wydatków na leczenie (maximumfactuur)
right-maximumfactuur-summary = Dzięki limitowi wydatków na leczenie Państwa rodzina płaci w ciągu roku za dopłaty własne (remgeld) nie więcej niż ustaloną kwotę. Dopłata własna to część ceny za lekarza lub szpital, którą płaci się samemu.
right-maximumfactuur-counter = Chcę sprawdzić, czy dostanę zwrot pieniędzy w ramach limitu wydatków na leczenie (maximumfactuur).
right-maximumfactuur-if-missing = Limit wydatków na leczenie działa automatycznie. Pierwsze zwroty przychodzą zwykle dopiero na początku lata, bo ziekenfonds musi najpierw otrzymać dane o Państwa dochodzie. Uważają Państwo, że zapłacili za dużo dopłat własnych? Proszę zapytać w swoim ziekenfonds. Czy Państwa dochód mocno spadł, na przykład z powodu choroby lub bezrobocia? Wtedy proszę poprosić ziekenfonds, aby wziął pod uwagę Państwa obecny dochód.

right-maximumfactuur-reason-abroad = Nie mieszkają Państwo w Belgii. Wtedy zwykle nie otrzymuje się limitu wydatków na leczenie od belgijskiego ziekenfonds. Proszę zapytać w swoim ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Bez legalnego pobytu zwykle nie należy się do ziekenfonds. OCMW może jednak udzielić pilnej pomocy medycznej. To jest pomoc lekarza lub szpitala oraz leki.
right-maximumfactuur-reason-asylum-seeker = Osoba ubiegająca się o azyl otrzymuje pomoc medyczną przez ośrodek, w którym mieszka: Fedasil lub lokalną inicjatywę przyjmowania (LOI). Czy mimo to należą Państwo do ziekenfonds? Wtedy limit wydatków na leczenie dotyczy także Państwa.
right-maximumfactuur-reason-it-partner = Otrzymują Państwo IT i mieszkają z partnerem lub partnerką. Czy partner lub partnerka ma dochód? Wtedy IT nie daje prawa do niższego, socjalnego limitu wydatków na leczenie. Zwykły limit obowiązuje jednak. Zależy on od dochodu Państwa rodziny. Ziekenfonds stosuje go automatycznie. Nie trzeba nic robić.
right-maximumfactuur-reason-social = Państwa rodzina ma zwiększoną refundację. Wtedy obowiązuje socjalny limit wydatków na leczenie. To jest niski limit. Czy Państwa rodzina płaci w ciągu roku więcej dopłat własnych niż ten limit? Wtedy ziekenfonds automatycznie zwraca nadwyżkę. Nie trzeba nic robić.
right-maximumfactuur-reason-income-vt-pending = Każdy, kto należy do ziekenfonds, ma limit wydatków na leczenie. Ziekenfonds stosuje go automatycznie. Prawdopodobnie mogą Państwo też otrzymać zwiększoną refundację. Wtedy obowiązuje niższy limit: socjalny limit wydatków na leczenie. Dlatego proszę najpierw złożyć wniosek o zwiększoną refundację.
right-maximumfactuur-reason-income = Każdy, kto należy do ziekenfonds, ma limit wydatków na leczenie. Czy Państwa rodzina płaci w ciągu roku więcej dopłat własnych niż limit? Wtedy ziekenfonds automatycznie zwraca nadwyżkę. Wysokość limitu zależy od dochodu Państwa rodziny. Rodzina to wszystkie osoby, które 1 stycznia mieszkały pod Państwa adresem. Nie trzeba nic robić.
right-maximumfactuur-otherwise = Nie należą Państwo do ziekenfonds w Belgii. Wtedy limit wydatków na leczenie Państwa nie dotyczy.

right-maximumfactuur-unverified-amounts-2025-2026 = Limity wydatków na leczenie na 2025 i 2026 rok nie zostały jeszcze sprawdzone. Znamy tylko limity z 2024 roku.

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
right-it-reason-assessment = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność albo potrzebuje każdego dnia dużo pomocy. Czy ta osoba ma od 18 do 65 lat? Wtedy może złożyć wniosek o IT. Lekarz z DG Personen met een handicap ocenia w punktach, jak duże trudności ma ta osoba z codziennymi czynnościami, takimi jak jedzenie, mycie się czy przemieszczanie się. Od tego zależy, czy ta osoba otrzyma IT. DG sprawdza też dochód tej osoby i jej partnera lub partnerki.
right-it-otherwise = Podali Państwo, że nikt w Państwa rodzinie nie ma niepełnosprawności ani nie potrzebuje każdego dnia dużo pomocy. IT jest dla osób z niepełnosprawnością, które mają trudności z codziennymi czynnościami.

right-it-unverified-amounts = Kwoty IT nie pochodzą z oficjalnego źródła. Nie zostały jeszcze sprawdzone.

## Pro-deoadvocaat

right-pro-deo = Adwokat pro deo (bezpłatna pomoc prawna)
right-pro-deo-summary = Osoba z niskim dochodem otrzymuje adwokata, który nic nie kosztuje albo kosztuje tylko niewielką kwotę.
right-pro-deo-counter = Chcę złożyć wniosek o adwokata pro deo.

right-pro-deo-reason-no-problem = Podali Państwo, że teraz nie mają problemu, w którym potrzebny jest adwokat. Jeśli później będzie potrzebny adwokat, proszę wrócić. Bezpłatną pierwszą poradę prawną może otrzymać każdy, na przykład w OCMW, w CAW lub w justitiehuis (domu sprawiedliwości).
right-pro-deo-reason-minor = Mają Państwo mniej niż 18 lat. Wtedy zawsze przysługuje bezpłatny adwokat.
right-pro-deo-reason-presumed-benefit = Otrzymują Państwo leefloon, pomoc z OCMW, IGO albo IVT. Wtedy Bureau voor Juridische Bijstand (biuro pomocy prawnej) przyjmuje, że Państwa dochód jest na tyle niski, że przysługuje bezpłatny adwokat. Proszę zabrać zaświadczenie o swoim zasiłku.
right-pro-deo-reason-free = Państwa dochód wydaje się nie przekraczać limitu dla całkowicie bezpłatnego adwokata. Proszę złożyć wniosek o adwokata pro deo w Bureau voor Juridische Bijstand. Mają Państwo już adwokata? On też może złożyć ten wniosek za Państwa.
right-pro-deo-reason-partial = Państwa dochód wydaje się trochę wyższy niż limit dla całkowicie bezpłatnego adwokata, ale nie wyższy niż drugi limit. Wtedy adwokat jest częściowo bezpłatny: płacą Państwo niewielką opłatę. Proszę złożyć wniosek w Bureau voor Juridische Bijstand.
right-pro-deo-reason-children = Państwa dochód jest wyższy niż zwykły limit. Ale limit jest wyższy za każdą osobę na Państwa utrzymaniu, na przykład za dziecko. Bureau voor Juridische Bijstand to obliczy. Proszę zapytać tam.
right-pro-deo-reason-social-tenant = Wynajmują Państwo mieszkanie socjalne. Czy płacą Państwo tylko połowę czynszu podstawowego? Wtedy prawdopodobnie przysługuje bezpłatny adwokat. Proszę poprosić o zaświadczenie w swojej woonmaatschappij (spółce mieszkań socjalnych) i pójść do Bureau voor Juridische Bijstand.
right-pro-deo-reason-stay-procedure = Czy Państwa problem dotyczy pobytu w Belgii, na przykład regularyzacji lub odwołania? Wtedy prawdopodobnie przysługuje bezpłatny adwokat. Decyduje Bureau voor Juridische Bijstand. Proszę zapytać tam albo poprosić o radę w OCMW lub w CAW.
right-pro-deo-otherwise = Państwa dochód wydaje się wyższy niż limity dla bezpłatnego adwokata. Mają Państwo wątpliwości? Proszę zapytać w Bureau voor Juridische Bijstand. Bezpłatną pierwszą poradę prawną może otrzymać każdy, na przykład w OCMW, w CAW lub w justitiehuis.

right-pro-deo-unverified-limits-2026 = Limity dochodu zmieniają się co roku 1 września. Limity od 1 września 2026 nie zostały jeszcze sprawdzone. Używamy limitów od 1 września 2025.
right-pro-deo-unverified-presumptions = Nie sprawdzono jeszcze, czy osoby w sądowym uregulowaniu długów i wszystkie osoby ubiegające się o azyl otrzymują bezpłatnego adwokata automatycznie. Również to, że liczy się przy tym IVT, nie jest podane we wszystkich źródłach.
right-pro-deo-unverified-contribution = Nie sprawdzono jeszcze w ustawie, ile płaci się samemu, gdy adwokat jest częściowo bezpłatny. Powie to Państwu Bureau voor Juridische Bijstand.

## Hulp bij schulden

right-schuldhulp = Pomoc przy długach i budżecie domowym
right-schuldhulp-summary = OCMW lub CAW pomaga, gdy nie mogą Państwo już płacić rachunków: radą, pomocą w planowaniu budżetu albo mediacją w sprawie długów.
right-schuldhulp-counter = Mam długi i potrzebuję pomocy.

right-schuldhulp-reason-already-collective = Są Państwo w sądowym uregulowaniu długów (collectieve schuldenregeling). Sędzia wyznaczył mediatora, który prowadzi Państwa plan spłaty. Mają Państwo pytania albo nowe rachunki, których nie mogą zapłacić? Proszę od razu porozmawiać ze swoim mediatorem.
right-schuldhulp-reason-already-mediation = Już otrzymują Państwo mediację w sprawie długów. Mają Państwo pytania albo nowe rachunki, których nie mogą zapłacić? Proszę od razu porozmawiać ze swoim mediatorem.
right-schuldhulp-reason-already-budget = Już otrzymują Państwo doradztwo budżetowe (budgetbegeleiding) albo zarządzanie budżetem (budgetbeheer). Mają Państwo nowe rachunki, których nie mogą zapłacić? Proszę od razu porozmawiać ze swoim opiekunem.
right-schuldhulp-reason-abroad = Nie mieszkają Państwo w Belgii. Ta pomoc jest dla osób, które mieszkają w Belgii.
right-schuldhulp-reason-arrears = Mają Państwo rachunki, których nie udało się zapłacić na czas. OCMW lub CAW może pomóc. Na przykład radą, porozumieniem z osobami lub firmami, którym są Państwo winni pieniądze, doradztwem budżetowym, zarządzaniem budżetem albo mediacją w sprawie długów. W rozmowie wspólnie ustala się, co jest najlepsze. Proszę nie czekać za długo: im szybciej, tym lepiej.
right-schuldhulp-otherwise = Podali Państwo, że nie mają długów. Jeśli później będą Państwo mieli trudności z płaceniem rachunków, proszę na czas poprosić o pomoc w OCMW lub w CAW.

right-schuldhulp-unverified-pro-deo = Nie sprawdzono jeszcze, czy sądowe uregulowanie długów albo mediacja w sprawie długów automatycznie daje prawo do bezpłatnego adwokata.

## Parkeerkaart

right-parkeerkaart = Karta parkingowa dla osób z niepełnosprawnością
right-parkeerkaart-summary = Z kartą parkingową można parkować na miejscach dla osób z niepełnosprawnością, jako kierowca lub jako pasażer.
right-parkeerkaart-counter = Chcę złożyć wniosek o kartę parkingową dla osób z niepełnosprawnością.
right-parkeerkaart-deadline = Czy karta ma datę ważności? Nie zostanie przedłużona automatycznie. Proszę złożyć wniosek o nową kartę 6 miesięcy przed końcem ważności.

right-parkeerkaart-reason-abroad = Nie mieszkają Państwo w Belgii. Belgijska karta parkingowa jest dla osób, które mieszkają w Belgii.
right-parkeerkaart-reason-assessment = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność. To, czy ta osoba otrzyma kartę parkingową, zależy od uznania niepełnosprawności przez lekarza z DG Personen met een handicap, na przykład od tego, jak trudno jest tej osobie się przemieszczać. Czy ta osoba ma już takie uznanie? Wtedy nowe zaświadczenie lekarskie zwykle nie jest potrzebne. Proszę wtedy skontaktować się z DG.
right-parkeerkaart-otherwise = Podali Państwo, że nikt w Państwa rodzinie nie ma niepełnosprawności. Karta parkingowa jest tylko dla osób z niepełnosprawnością.

## NMBS-kortingkaart

right-nmbs-kortingkaart = Karta zniżkowa NMBS (zwiększona refundacja)
right-nmbs-kortingkaart-summary = Z tą bezpłatną kartą kupują Państwo bilety kolejowe w drugiej klasie za pół ceny.
right-nmbs-kortingkaart-counter = Chcę kartę zniżkową dla osób ze zwiększoną refundacją (kortingkaart verhoogde tegemoetkoming).
right-nmbs-kortingkaart-deadline = Karta jest ważna 1 rok albo 5 lat, jeśli mają Państwo 65 lat lub więcej. Proszę na czas złożyć wniosek o nową kartę.

right-nmbs-kortingkaart-reason-abroad = Nie mieszkają Państwo w Belgii. Ta karta jest dla osób, które mają zwiększoną refundację z belgijskiego ziekenfonds.
right-nmbs-kortingkaart-reason-vt = Mają Państwo zwiększoną refundację. Wtedy tę kartę mogą otrzymać Państwo, Państwa partner lub partnerka oraz dzieci na utrzymaniu. Można złożyć wniosek przez internet na swoim koncie My NMBS albo w kasie na dworcu, z dowodem osobistym i kartą MOBIB.
right-nmbs-kortingkaart-reason-vt-first = Prawdopodobnie mogą Państwo otrzymać zwiększoną refundację. Proszę najpierw złożyć o nią wniosek w swoim ziekenfonds. Potem można poprosić o tę kartę w NMBS.
right-nmbs-kortingkaart-otherwise = Ta karta jest tylko dla osób ze zwiększoną refundacją i dla ich rodzin. Mają Państwo ciężką niepełnosprawność? Wtedy osoba towarzysząca może czasem jechać z Państwem bezpłatnie, z kartą dla opiekuna (Kaart voor Begeleider). Proszę zapytać o nią w kasie NMBS.

## De Lijn

right-de-lijn-vervoergarantie = Tańsze podróże z De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Osoba z niskim dochodem lub z niepełnosprawnością otrzymuje bilet okresowy De Lijn na autobus i tramwaj po niskiej cenie albo bezpłatnie.
right-de-lijn-vervoergarantie-counter = Chcę bilet okresowy De Lijn w taryfie socjalnej.
right-de-lijn-vervoergarantie-if-missing = Bezpłatny bilet okresowy nie przyszedł automatycznie? Proszę wtedy złożyć wniosek w punkcie obsługi De Lijn (Lijnwinkel). Proszę zabrać zaświadczenie o swoim zasiłku. To zaświadczenie wydaje DG Personen met een handicap, pod bezpłatnym numerem 0800 987 99.
right-de-lijn-vervoergarantie-deadline = Bilet okresowy jest ważny 12 miesięcy. Proszę na czas poprosić o nowy. Jeśli zrezygnują Państwo z biletu, pieniądze nie zostaną zwrócone.

right-de-lijn-vervoergarantie-reason-brussels = Mieszkają Państwo w Brukseli. De Lijn jeździ głównie we Flandrii. W Brukseli działa MIVB. Proszę tam zapytać o niższą taryfę albo poprosić o radę w OCMW.
right-de-lijn-vervoergarantie-reason-wallonia = Mieszkają Państwo w Walonii. De Lijn jeździ głównie we Flandrii. W Walonii działa TEC. Proszę tam zapytać o niższą taryfę albo poprosić o radę w OCMW.
right-de-lijn-vervoergarantie-reason-abroad = Nie mieszkają Państwo w Belgii. Te taryfy De Lijn są dla osób, które mieszkają we Flandrii.
right-de-lijn-vervoergarantie-reason-free-handicap = Ktoś w Państwa rodzinie otrzymuje IVT albo IT. Ta osoba jeździ z De Lijn bezpłatnie. Bilet okresowy przychodzi zwykle automatycznie.
right-de-lijn-vervoergarantie-reason-leefloon = Otrzymują Państwo leefloon albo równoważnik leefloon. Wtedy przysługuje Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. De Lijn sama wyśle Państwu formularz przelewu. Po zapłaceniu otrzymają Państwo bilet okresowy.
right-de-lijn-vervoergarantie-reason-igo = Otrzymują Państwo IGO. Wtedy przysługuje Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Proszę złożyć wniosek w punkcie obsługi De Lijn (Lijnwinkel) albo listownie do De Lijn. Proszę zabrać zaświadczenie z Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-asylum-seeker = Osoba ubiegająca się o azyl może otrzymać Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Wniosek składa się przez Fedasil lub Czerwony Krzyż (Rode Kruis). Proszę zapytać pracowników swojego ośrodka.
right-de-lijn-vervoergarantie-reason-igo-pending = Prawdopodobnie mogą Państwo otrzymać IGO. Jeśli go Państwo otrzymają, można złożyć wniosek o Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Wniosek składa się w punkcie obsługi De Lijn (Lijnwinkel) albo listownie do De Lijn, z zaświadczeniem z Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = Być może mogą Państwo otrzymać IGO. Decyduje o tym Federale Pensioendienst. Jeśli otrzymają Państwo IGO, można złożyć wniosek o Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Wniosek składa się w punkcie obsługi De Lijn (Lijnwinkel) albo listownie do De Lijn, z zaświadczeniem z Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-leefloon-pending = Prawdopodobnie mogą Państwo otrzymać leefloon albo równoważnik leefloon. Jeśli go Państwo otrzymają, De Lijn sama wyśle Państwu formularz do Vervoergarantie: biletu okresowego na 12 miesięcy po niskiej cenie.
right-de-lijn-vervoergarantie-reason-vt = Mają Państwo zwiększoną refundację. Wtedy otrzymają Państwo tańszy bilet okresowy De Lijn. Proszę złożyć wniosek w punkcie obsługi De Lijn (Lijnwinkel). Proszę zabrać zaświadczenie ze swojego ziekenfonds, nie starsze niż 3 miesiące.
right-de-lijn-vervoergarantie-reason-vt-first = Prawdopodobnie mogą Państwo otrzymać zwiększoną refundację. Proszę najpierw złożyć o nią wniosek w swoim ziekenfonds. Potem otrzymają Państwo tańszy bilet okresowy De Lijn.
right-de-lijn-vervoergarantie-reason-vaph = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność. Czy ta osoba jest zarejestrowana w VAPH (Vlaams Agentschap voor Personen met een Handicap, flamandzkiej agencji ds. osób z niepełnosprawnością)? Wtedy ta osoba zwykle jeździ z De Lijn bezpłatnie. Proszę zapytać w De Lijn.
right-de-lijn-vervoergarantie-otherwise = Nie mają Państwo leefloon, IGO, zwiększonej refundacji ani zasiłku z powodu niepełnosprawności. Wtedy De Lijn nie ma dla Państwa niższej taryfy. Dzieci poniżej 6 lat jeżdżą jednak bezpłatnie. Niektóre gminy zwracają część kosztu biletu okresowego. Proszę zapytać w swojej gminie.

right-de-lijn-vervoergarantie-unverified-prices = Ceny De Lijn się zmieniają. Cena biletu okresowego dla osób ze zwiększoną refundacją nie została jeszcze sprawdzona.

## Documents

document-attest-dringende-medische-hulp = Zaświadczenie lekarza o potrzebie pilnej pomocy medycznej
document-attest-dringende-medische-hulp-where = Wystawia je lekarz, który Państwa bada. Proszę samemu o nie poprosić.

document-identiteitsbewijs = Paszport lub inny dokument tożsamości, jeśli go Państwo mają
document-identiteitsbewijs-where = Proszę zabrać to, co Państwo mają. Nie mają Państwo żadnego dokumentu? Mimo to proszę pójść do OCMW.

document-bewijs-financiele-toestand = Dokumenty o Państwa pieniądzach, jeśli je Państwo mają: co Państwo otrzymują i co posiadają
document-bewijs-financiele-toestand-where = Na przykład wyciągi z konta bankowego. Nie mają Państwo żadnych dokumentów? Wtedy OCMW zapyta o to w rozmowie.

document-gegevens-behandelende-arts = Imię, nazwisko i adres Państwa lekarza
document-gegevens-behandelende-arts-where = Proszę je zapisać. Można je znaleźć na liście lub recepcie od lekarza.

document-rekeningnummer = Numer Państwa konta bankowego
document-rekeningnummer-where = Jest na karcie bankowej lub na wyciągach z konta. Proszę nigdy nie podawać tajnych kodów do banku: żadna instytucja o nie nie prosi.

document-klevertje-ziekenfonds = Naklejka z ziekenfonds (klevertje)
document-klevertje-ziekenfonds-where = Proszę poprosić o naklejki w swoim ziekenfonds.

document-aanslagbiljet-onroerende-voorheffing = Tylko jeśli mają Państwo dom lub działkę: decyzja o podatku od nieruchomości (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = Przychodzi co roku pocztą lub w formie elektronicznej. Zgubiona? Proszę poprosić o kopię urząd skarbowy, który ją wysłał.

document-volmacht = Tylko jeśli wniosek składa za Państwa inna osoba: pełnomocnictwo
document-volmacht-where = Proszę napisać na papierze, że ta osoba może to zrobić za Państwa, i podpisać. Proszę poprosić o pomoc osobę, która Państwu pomaga.

document-gezinssamenstelling = Zaświadczenie o składzie rodziny (gezinssamenstelling)
document-gezinssamenstelling-where = Proszę poprosić o nie w swojej gminie albo pobrać je w Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Tylko jeśli otrzymują Państwo leefloon, IGO lub IVT albo wynajmują mieszkanie socjalne: zaświadczenie o tym
document-attest-categorie-pro-deo-where = Proszę poprosić o nie instytucję, która Państwu płaci: OCMW, Federale Pensioendienst lub DG Personen met een handicap. Osoby wynajmujące mieszkanie socjalne proszą o zaświadczenie o najmie w swojej woonmaatschappij.

document-documenten-zaak = Wszystkie dokumenty dotyczące Państwa problemu: listy, umowy, decyzje
document-documenten-zaak-where = Proszę zebrać wszystko, co Państwo mają. Proszę niczego nie wyrzucać.

document-lijst-schulden = Lista Państwa długów, z listami od tych, którym są Państwo winni pieniądze
document-lijst-schulden-where = Proszę zebrać wszystkie rachunki, wezwania do zapłaty i listy. OCMW lub CAW pomoże przygotować listę.

document-energiefacturen = Rachunki za prąd, gaz lub wodę
document-energiefacturen-where = Wysyła je dostawca, pocztą albo na Państwa konto na stronie internetowej dostawcy.

document-attest-igo = Tylko jeśli otrzymują Państwo IGO: zaświadczenie z Federale Pensioendienst
document-attest-igo-where = Proszę poprosić o nie Federale Pensioendienst. Proszę zadzwonić na infolinię emerytalną 1765 albo wejść na mypension.be.

document-attest-verhoogde-tegemoetkoming = Jeśli mają Państwo zwiększoną refundację: zaświadczenie z ziekenfonds, nie starsze niż 3 miesiące
document-attest-verhoogde-tegemoetkoming-where = Proszę poprosić o nie w swoim ziekenfonds albo pobrać je ze strony internetowej lub z aplikacji ziekenfonds. W NMBS jest potrzebne tylko wtedy, gdy kasa nie może sprawdzić Państwa zwiększonej refundacji.

document-mobib-kaart = Karta MOBIB z Państwa imieniem i nazwiskiem
document-mobib-kaart-where = Można ją dostać w kasie NMBS. Nowa karta kosztuje niewielką kwotę.

document-pasfoto = Tylko jeśli kasa nie może sprawdzić Państwa zwiększonej refundacji: aktualne zdjęcie legitymacyjne
document-pasfoto-where = U fotografa lub w automacie do zdjęć.

## Offices

office-federale-pensioendienst = Federale Pensioendienst (federalna służba emerytalna)
office-federale-pensioendienst-in-person = Proszę pójść do działu emerytur w swojej gminie. Można też pójść na dyżur lub do biura Federale Pensioendienst. Może to zrobić za Państwa inna osoba.
office-federale-pensioendienst-phone = Proszę zadzwonić na infolinię emerytalną Federale Pensioendienst.
office-federale-pensioendienst-online = Wniosek można złożyć przez internet, z dowodem osobistym lub przez itsme.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap (dział ds. osób z niepełnosprawnością)
office-dg-personen-met-handicap-online = Wniosek można złożyć przez internet w MyHandicap, z dowodem osobistym i kodem PIN albo przez itsme.
office-dg-personen-met-handicap-phone = Proszę zadzwonić do DG Personen met een handicap. Ten numer jest bezpłatny.
office-dg-personen-met-handicap-in-person = Nie udaje się przez internet? Dział socjalny ziekenfonds, gmina lub OCMW (Sociaal Huis) pomoże i złoży wniosek za Państwa. Są też pracownicy socjalni DG.

office-bureau-juridische-bijstand = Bureau voor Juridische Bijstand (BJB), biuro pomocy prawnej adwokatów
office-bureau-juridische-bijstand-in-person = Proszę pójść do Bureau voor Juridische Bijstand. Zwykle mieści się w budynku sądu w Państwa regionie. Mają Państwo już adwokata? On też może złożyć ten wniosek za Państwa.
office-bureau-juridische-bijstand-phone = Proszę zadzwonić do Bureau voor Juridische Bijstand. Numer jest na stronie internetowej izby adwokackiej (balie) w Państwa regionie. Można też zapytać o niego w OCMW lub w CAW.

office-de-lijn = De Lijn
office-de-lijn-in-person = Proszę pójść do punktu obsługi De Lijn (Lijnwinkel).
office-de-lijn-letter = Wniosek można też wysłać pocztą. Proszę dołączyć kopię zaświadczenia.
office-de-lijn-online = Na stronie internetowej De Lijn są informacje o biletach okresowych i cenach.

office-nmbs = NMBS
office-nmbs-in-person = Proszę pójść do kasy na dworcu. Proszę zabrać dowód osobisty i kartę MOBIB.
office-nmbs-online = Wniosek o kartę można złożyć przez internet na swoim koncie My NMBS, na stronie internetowej NMBS.

## Parameters

param-pension-age = Ustawowy wiek emerytalny, także wiek uprawniający do IGO (w latach)
param-igo-amount-shared = IGO, kwota podstawowa dla osoby, która dzieli mieszkanie: kwota miesięczna
param-igo-amount-alone = IGO, kwota podwyższona dla osoby mieszkającej samotnie: kwota miesięczna
param-maf-income-bracket-1 = Limit wydatków na leczenie: górna granica progu dochodowego 1 (roczny dochód rodziny netto podlegający opodatkowaniu)
param-maf-income-bracket-2 = Limit wydatków na leczenie: górna granica progu dochodowego 2 (roczny dochód rodziny netto podlegający opodatkowaniu)
param-maf-income-bracket-3 = Limit wydatków na leczenie: górna granica progu dochodowego 3 (roczny dochód rodziny netto podlegający opodatkowaniu)
param-maf-income-bracket-4 = Limit wydatków na leczenie: górna granica progu dochodowego 4 (roczny dochód rodziny netto podlegający opodatkowaniu)
param-maf-income-bracket-5 = Limit wydatków na leczenie: górna granica progu dochodowego 5 (roczny dochód rodziny netto podlegający opodatkowaniu)
param-maf-ceiling-1 = Limit wydatków na leczenie: roczny limit dopłat własnych w progu dochodowym 1
param-maf-ceiling-2 = Limit wydatków na leczenie: roczny limit dopłat własnych w progu dochodowym 2
param-maf-ceiling-3 = Limit wydatków na leczenie: roczny limit dopłat własnych w progu dochodowym 3
param-maf-ceiling-4 = Limit wydatków na leczenie: roczny limit dopłat własnych w progu dochodowym 4
param-maf-ceiling-5 = Limit wydatków na leczenie: roczny limit dopłat własnych w progu dochodowym 5
param-maf-ceiling-6 = Limit wydatków na leczenie: roczny limit dopłat własnych powyżej progu dochodowego 5
param-maf-ceiling-social = Socjalny limit wydatków na leczenie (rodziny ze zwiększoną refundacją): roczny limit dopłat własnych
param-maf-chronic-reduction = Limit wydatków na leczenie: obniżenie limitu przy chorobie przewlekłej
param-ivt-max-cat-a = IVT kategoria A: kwota maksymalna na rok
param-ivt-max-cat-b = IVT kategoria B: kwota maksymalna na rok
param-ivt-max-cat-c = IVT kategoria C: kwota maksymalna na rok
param-it-max-cat-1 = IT kategoria 1 (od 7 do 8 punktów): kwota maksymalna na miesiąc
param-it-max-cat-2 = IT kategoria 2 (od 9 do 11 punktów): kwota maksymalna na miesiąc
param-it-max-cat-3 = IT kategoria 3 (od 12 do 14 punktów): kwota maksymalna na miesiąc
param-it-max-cat-4 = IT kategoria 4 (od 15 do 16 punktów): kwota maksymalna na miesiąc
param-it-max-cat-5 = IT kategoria 5 (od 17 do 18 punktów): kwota maksymalna na miesiąc
param-pro-deo-limit-single-full = Adwokat pro deo, osoba samotna: całkowicie bezpłatnie do tego miesięcznego dochodu netto
param-pro-deo-limit-single-partial = Adwokat pro deo, osoba samotna: częściowo bezpłatnie do tego miesięcznego dochodu netto
param-pro-deo-limit-family-full = Adwokat pro deo, z osobami na utrzymaniu lub we wspólnym gospodarstwie: całkowicie bezpłatnie do tego miesięcznego dochodu netto
param-pro-deo-limit-family-partial = Adwokat pro deo, z osobami na utrzymaniu lub we wspólnym gospodarstwie: częściowo bezpłatnie do tego miesięcznego dochodu netto
