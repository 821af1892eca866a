# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Verhoogde tegemoetkoming

right-verhoogde-tegemoetkoming = Zwiększona refundacja (verhoogde tegemoetkoming)
right-verhoogde-tegemoetkoming-summary = Dzięki zwiększonej refundacji z ziekenfonds (kasy chorych) płacą Państwo mniej za lekarza i inną opiekę zdrowotną oraz otrzymują inne korzyści.
right-verhoogde-tegemoetkoming-counter = Chcę złożyć wniosek o zwiększoną refundację.
right-verhoogde-tegemoetkoming-if-missing = Zwiększona refundacja nie przyszła automatycznie? Proszę wtedy poprosić o zaświadczenie instytucję, która wypłaca Państwa zasiłek, na przykład OCMW. To zaświadczenie należy oddać w swoim ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = Już otrzymują Państwo zwiększoną refundację.
right-verhoogde-tegemoetkoming-reason-abroad = Nie mieszkają Państwo w Belgii. Wtedy zwykle nie otrzymuje się tej pomocy od belgijskiego ziekenfonds. Proszę zapytać w swoim ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Bez legalnego pobytu można otrzymać pilną pomoc medyczną z OCMW. To jest pomoc lekarza lub szpitala oraz leki. Proszę zapytać o nią w OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Osoba ubiegająca się o azyl otrzymuje opiekę medyczną przez ośrodek, w którym mieszka: Fedasil lub lokalną inicjatywę przyjmowania (LOI). Proszę zapytać w dziale socjalnym swojego ośrodka. Jeśli później otrzymają Państwo prawo pobytu, można złożyć wniosek o zwiększoną refundację w ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Państwo lub ktoś z Państwa rodziny otrzymuje IGO, IVT, IT, budżet opiekuńczy dla osób starszych albo dodatek opiekuńczy na dziecko z co najmniej 4 punktami w pierwszym filarze. Wtedy cała rodzina otrzymuje zwiększoną refundację automatycznie. Nie trzeba nic robić.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Otrzymują Państwo leefloon albo równoważnik leefloon. Po 3 pełnych miesiącach otrzymają Państwo automatycznie zwiększoną refundację ze swojego ziekenfonds. Nie trzeba nic robić.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Prawdopodobnie mogą Państwo otrzymać leefloon albo równoważnik leefloon. Jeśli otrzymują go Państwo przez 3 pełne miesiące, zwiększona refundacja przyjdzie automatycznie. Można też już teraz złożyć o nią wniosek w swoim ziekenfonds.
right-verhoogde-tegemoetkoming-reason-request-income = Dochód Państwa rodziny nie przekracza limitu. Proszę złożyć wniosek o zwiększoną refundację w swoim ziekenfonds. Czasem ziekenfonds sam wysyła list z propozycją złożenia wniosku. Nie trzeba czekać na ten list.
right-verhoogde-tegemoetkoming-reason-request-current-income = Są Państwo na emeryturze, od co najmniej 3 miesięcy szukają Państwo pracy lub są niezdolni do pracy, samotnie wychowują dziecko albo mają ochronę czasową. Wtedy liczy się dochód z ostatniego miesiąca. Ten dochód nie przekracza limitu. Proszę złożyć wniosek o zwiększoną refundację w swoim ziekenfonds.
right-verhoogde-tegemoetkoming-otherwise = Dochód Państwa rodziny wydaje się wyższy niż limit. Czy Państwa dochód jest teraz niższy, na przykład z powodu choroby, bezrobocia lub emerytury? Wtedy proszę poprosić o radę w swoim ziekenfonds.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = Limity dochodu na 2025 i 2026 rok nie zostały jeszcze sprawdzone. Używamy limitu dla wniosków z 2024 roku.

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

## Dringende medische hulp

right-dringende-medische-hulp = Pilna pomoc medyczna
right-dringende-medische-hulp-summary = Pilną pomoc medyczną zapewnia OCMW. Otrzymują Państwo wtedy opiekę lekarza lub szpitala. Otrzymują Państwo także leki. Jest to możliwe także bez legalnego pobytu (bez dokumentów).
right-dringende-medische-hulp-counter = Chcę złożyć wniosek o pilną pomoc medyczną.

right-dringende-medische-hulp-reason-abroad = Nie mieszkają Państwo w Belgii. Pilna pomoc medyczna jest dla osób, które przebywają w Belgii.
right-dringende-medische-hulp-reason-no-legal-stay = Nie mają Państwo legalnego pobytu. Wtedy można złożyć wniosek o pilną pomoc medyczną w OCMW gminy, w której Państwo rzeczywiście przebywają. Mimo nazwy nie chodzi tylko o nagłe przypadki: pomoc obejmuje też zwykłą wizytę u lekarza, szpital i leki. Lekarz wystawia zaświadczenie. OCMW przeprowadza wywiad środowiskowy: sprawdza Państwa sytuację i przychodzi do domu. OCMW podejmuje decyzję w ciągu 30 dni.
right-dringende-medische-hulp-reason-eu = Są Państwo obywatelami kraju Unii Europejskiej. Wtedy w sprawie opieki zdrowotnej zwykle zwraca się do ziekenfonds (kasy chorych). Są Państwo w Belgii krócej niż 3 miesiące i nie mają ziekenfonds? Wtedy proszę zapytać w OCMW, czy można otrzymać pilną pomoc medyczną.
right-dringende-medische-hulp-reason-asylum-seeker = Osoba ubiegająca się o azyl otrzymuje pomoc medyczną przez ośrodek, w którym mieszka: Fedasil lub lokalną inicjatywę przyjmowania (LOI). Proszę zapytać tam.
right-dringende-medische-hulp-otherwise = Mają Państwo legalny pobyt w Belgii. Wtedy opiekę zdrowotną otrzymuje się przez ziekenfonds. Pilna pomoc medyczna jest dla osób bez legalnego pobytu.

right-dringende-medische-hulp-unverified-eu = Obywatele Unii Europejskiej w pierwszych 3 miesiącach w Belgii mogą czasem również otrzymać pilną pomoc medyczną. Nie pochodzi to z oficjalnego źródła i nie zostało jeszcze sprawdzone.

## Documents

document-verklaring-op-erewoord = Oświadczenie na słowo honoru, podpisane przez wszystkie dorosłe osoby w rodzinie
document-verklaring-op-erewoord-where = Formularz można dostać w swoim ziekenfonds (kasie chorych).

document-attest-dringende-medische-hulp = Zaświadczenie lekarza o potrzebie pilnej pomocy medycznej
document-attest-dringende-medische-hulp-where = Wystawia je lekarz, który Państwa bada. Proszę samemu o nie poprosić.

document-identiteitsbewijs = Paszport lub inny dokument tożsamości, jeśli go Państwo mają
document-identiteitsbewijs-where = Proszę zabrać to, co Państwo mają. Nie mają Państwo żadnego dokumentu? Mimo to proszę pójść do OCMW.

document-bewijs-financiele-toestand = Dokumenty o Państwa pieniądzach, jeśli je Państwo mają: co Państwo otrzymują i co posiadają
document-bewijs-financiele-toestand-where = Na przykład wyciągi z konta bankowego. Nie mają Państwo żadnych dokumentów? Wtedy OCMW zapyta o to w rozmowie.

## Offices

office-ziekenfonds = Państwa ziekenfonds (kasa chorych)
office-ziekenfonds-in-person = Proszę pójść do biura swojego ziekenfonds.
office-ziekenfonds-phone = Proszę zadzwonić do swojego ziekenfonds. Numer jest w listach i na stronie internetowej ziekenfonds.
office-ziekenfonds-online = Proszę zalogować się na stronie internetowej lub w aplikacji swojego ziekenfonds, na przykład MyCM lub Mijn Helan.

## Parameters

param-vt-income-limit = Zwiększona refundacja: roczny limit dochodu rodziny (brutto, podlegający opodatkowaniu)
param-vt-income-limit-extra-person = Zwiększona refundacja: podwyższenie limitu dochodu za każdego dodatkowego członka rodziny
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

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = Prawdopodobnie mogą Państwo otrzymać IGO. Jeśli je Państwo otrzymają, zwiększona refundacja przyjdzie automatycznie. Państwa dochód jest niski: można już teraz złożyć o nią wniosek w swoim ziekenfonds.
