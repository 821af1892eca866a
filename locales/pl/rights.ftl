# Rights: right-<id> is the name, right-<id>-summary one plain sentence, right-<id>-counter the
# sentence to say at the counter, right-<id>-if-missing (rights that can come automatically) what
# to do if it does not come. Then every reason, otherwise and unverified message of the right.
# No amounts here: amounts come from the parameters.

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
right-equivalent-leefloon-summary = Równoważnik leefloon to pieniądze z OCMW dla cudzoziemców w rejestrze cudzoziemców (vreemdelingenregister), którzy mają za mały dochód, aby się utrzymać.
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
right-equivalent-leefloon-unverified-temporary-protection = Ochrona czasowa dla osób z Ukrainy została przedłużona do 4 marca 2026. Nie sprawdzono jeszcze, czy potem przedłużono ją ponownie.

## Verhoogde tegemoetkoming

right-verhoogde-tegemoetkoming = Zwiększona refundacja (verhoogde tegemoetkoming)
right-verhoogde-tegemoetkoming-summary = Dzięki zwiększonej refundacji z ziekenfonds (kasy chorych) płacą Państwo mniej za lekarza i inną opiekę zdrowotną oraz otrzymują inne korzyści.
right-verhoogde-tegemoetkoming-counter = Chcę złożyć wniosek o zwiększoną refundację.
right-verhoogde-tegemoetkoming-if-missing = Zwiększona refundacja nie przyszła automatycznie? Proszę wtedy poprosić o zaświadczenie instytucję, która wypłaca Państwa zasiłek, na przykład OCMW. To zaświadczenie należy oddać w swoim ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = Już otrzymują Państwo zwiększoną refundację.
right-verhoogde-tegemoetkoming-reason-abroad = Nie mieszkają Państwo w Belgii. Wtedy zwykle nie otrzymuje się tej pomocy od belgijskiego ziekenfonds. Proszę zapytać w swoim ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Bez legalnego pobytu można otrzymać pilną pomoc medyczną z OCMW. To jest pomoc lekarza lub szpitala oraz leki. Proszę zapytać o nią w OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Osoba ubiegająca się o azyl otrzymuje opiekę medyczną przez ośrodek, w którym mieszka: Fedasil lub lokalną inicjatywę przyjmowania (LOI). Proszę zapytać w dziale socjalnym swojego ośrodka. Jeśli później otrzymają Państwo prawo pobytu, można złożyć wniosek o zwiększoną refundację w ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Państwo lub ktoś z Państwa rodziny otrzymuje IGO, IVT, IT, budżet opiekuńczy dla osób starszych albo dodatek opiekuńczy na dziecko. Wtedy cała rodzina otrzymuje zwiększoną refundację automatycznie. Nie trzeba nic robić.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Otrzymują Państwo leefloon albo równoważnik leefloon. Po 3 pełnych miesiącach otrzymają Państwo automatycznie zwiększoną refundację ze swojego ziekenfonds. Nie trzeba nic robić.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Prawdopodobnie mogą Państwo otrzymać leefloon albo równoważnik leefloon. Jeśli otrzymują go Państwo przez 3 pełne miesiące, zwiększona refundacja przyjdzie automatycznie. Można też już teraz złożyć o nią wniosek w swoim ziekenfonds.
right-verhoogde-tegemoetkoming-reason-request-income = Dochód Państwa rodziny nie przekracza limitu. Proszę złożyć wniosek o zwiększoną refundację w swoim ziekenfonds. Czasem ziekenfonds sam wysyła list z propozycją złożenia wniosku. Nie trzeba czekać na ten list.
right-verhoogde-tegemoetkoming-reason-request-current-income = Są Państwo na emeryturze, od co najmniej 3 miesięcy szukają Państwo pracy lub są niezdolni do pracy, samotnie wychowują dziecko albo mają ochronę czasową. Wtedy liczy się dochód z ostatniego miesiąca. Ten dochód nie przekracza limitu. Proszę złożyć wniosek o zwiększoną refundację w swoim ziekenfonds.
right-verhoogde-tegemoetkoming-otherwise = Dochód Państwa rodziny wydaje się wyższy niż limit. Czy Państwa dochód jest teraz niższy, na przykład z powodu choroby, bezrobocia lub emerytury? Wtedy proszę poprosić o radę w swoim ziekenfonds.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = Limity dochodu na 2025 i 2026 rok nie zostały jeszcze sprawdzone. Używamy limitu dla wniosków z 2024 roku.

## Sociaal tarief voor energie

right-sociaal-tarief-energie = Taryfa socjalna na energię
right-sociaal-tarief-energie-summary = Dzięki taryfie socjalnej płacą Państwo niższą cenę za prąd, gaz ziemny lub ciepło.
right-sociaal-tarief-energie-counter = Chcę się dowiedzieć, czy przysługuje mi taryfa socjalna na energię.
right-sociaal-tarief-energie-if-missing = Na stronie sociaaltarief.economie.fgov.be można sprawdzić, czy przysługuje Państwu taryfa socjalna. Nie ma jej tam? Proszę wtedy poprosić o zaświadczenie instytucję, która wypłaca Państwa zasiłek, na przykład OCMW, albo swoją woonmaatschappij (spółkę mieszkań socjalnych), jeśli wynajmują Państwo mieszkanie socjalne. To zaświadczenie należy wysłać do swojego dostawcy energii. Przy nowej umowie może to potrwać kilka miesięcy.

right-sociaal-tarief-energie-reason-abroad = Nie mieszkają Państwo w Belgii. Taryfa socjalna dotyczy tylko adresu zamieszkania w Belgii.
right-sociaal-tarief-energie-reason-automatic-benefit = Państwo lub ktoś z Państwa rodziny otrzymuje zasiłek, który daje prawo do taryfy socjalnej. Jest ona stosowana automatycznie pod Państwa adresem zamieszkania. Nie trzeba nic robić.
right-sociaal-tarief-energie-reason-automatic-social-tenant = Wynajmują Państwo mieszkanie socjalne ze wspólnym ogrzewaniem gazem ziemnym. Wtedy mają Państwo prawo do taryfy socjalnej. Zwykle nie trzeba samemu składać wniosku.
right-sociaal-tarief-energie-reason-vt-only = Od 1 lipca 2023 sama zwiększona refundacja nie daje już prawa do taryfy socjalnej na energię.
right-sociaal-tarief-energie-otherwise = Nie otrzymują Państwo zasiłku, który daje prawo do taryfy socjalnej. Czy mają Państwo trudności z zapłaceniem rachunku za energię? Wtedy proszę poprosić o pomoc w OCMW.

right-sociaal-tarief-energie-unverified-collective-premium = Czy mieszkają Państwo w budynku ze wspólnym ogrzewaniem, bez własnej umowy? Od 3 września 2024 można wtedy złożyć wniosek o premię. Nie sprawdzono jeszcze, gdzie składa się ten wniosek.
right-sociaal-tarief-energie-unverified-reform = Jest propozycja, aby przyznawać taryfę socjalną na podstawie dochodu. Nie sprawdzono jeszcze, czy to już postanowiono.

## Verwarmingstoelage

right-verwarmingstoelage = Dodatek na ogrzewanie (Sociaal Verwarmingsfonds)
right-verwarmingstoelage-summary = Dodatek na ogrzewanie to pieniądze, które otrzymują Państwo przez OCMW na część ceny oleju opałowego, nafty do ogrzewania lub propanu w zbiorniku.
right-verwarmingstoelage-counter = Chcę złożyć wniosek o dodatek na ogrzewanie.
right-verwarmingstoelage-deadline = Wniosek o dodatek należy złożyć w ciągu 60 dni od dostawy. Data dostawy jest na rachunku.

right-verwarmingstoelage-reason-abroad = Nie mieszkają Państwo w Belgii. Dodatek jest tylko dla mieszkania w Belgii, w którym zwykle się mieszka.
right-verwarmingstoelage-reason-fuel = Dodatek na ogrzewanie jest tylko na olej opałowy (mazout), naftę do ogrzewania kupioną na stacji albo propan w zbiorniku. Nie na gaz ziemny, prąd ani gaz w butlach.
right-verwarmingstoelage-reason-vt-alone = Mieszkają Państwo sami i mają zwiększoną refundację. Wtedy OCMW nie sprawdza Państwa dochodu. Proszę złożyć wniosek o dodatek w OCMW w ciągu 60 dni od dostawy. Data dostawy jest na rachunku.
right-verwarmingstoelage-reason-low-income = Dochód Państwa rodziny nie przekracza limitu. Proszę złożyć wniosek o dodatek w OCMW w ciągu 60 dni od dostawy. Data dostawy jest na rachunku.
right-verwarmingstoelage-reason-debt = Są Państwo w mediacji w sprawie długów albo w sądowym uregulowaniu długów. Nie mogą Państwo zapłacić rachunku za ogrzewanie? Wtedy można otrzymać dodatek. Ocenia to OCMW. Wniosek o dodatek należy złożyć w ciągu 60 dni od dostawy.
right-verwarmingstoelage-otherwise = Dochód Państwa rodziny wydaje się wyższy niż limit. Mają Państwo wątpliwości? Wtedy proszę zapytać w OCMW, w ciągu 60 dni od dostawy.

right-verwarmingstoelage-unverified-limit-2025 = Limit dochodu od 1 maja 2025 nie został jeszcze sprawdzony. Używamy limitu od 1 lutego 2025. Nie pochodzi on z oficjalnego źródła.
right-verwarmingstoelage-unverified-ten-laste = To, czy ktoś liczy się jako osoba na utrzymaniu, zależy od dochodu tej osoby. Dwa źródła podają na to różne kwoty. Tego jeszcze nie sprawdzono.
