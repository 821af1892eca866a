# Energy, water and internet: sociaal tarief voor energie, verwarmingstoelage, energiehulp OCMW,
# sociaal tarief voor water, sociaal internet.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-verwarmingstoelage-summary = Dodatek na ogrzewanie to pieniądze na Państwa ogrzewanie. Otrzymują je Państwo przez OCMW. To część ceny oleju opałowego, nafty do ogrzewania lub propanu w zbiorniku.
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

## Hulp van het OCMW bij uw energiefactuur

right-energiehulp-ocmw = Pomoc OCMW przy rachunku za energię
right-energiehulp-ocmw-summary = Mają Państwo trudności z zapłaceniem rachunku za prąd lub gaz? Wtedy OCMW może pomóc pieniędzmi, pomocą w planowaniu budżetu albo oszczędnymi urządzeniami.
right-energiehulp-ocmw-counter = Mam trudności z zapłaceniem rachunku za energię. Chcę poprosić o pomoc.

right-energiehulp-ocmw-reason-abroad = Nie mieszkają Państwo w Belgii. Taką pomoc daje tylko OCMW w Belgii.
right-energiehulp-ocmw-reason-arrears = Mają Państwo niezapłacone rachunki. Czy chodzi o rachunek za prąd lub gaz? Wtedy OCMW może pomóc. Nie trzeba być wcześniej klientem OCMW. OCMW rozmawia z Państwem, sprawdza Państwa sytuację i w ciągu 30 dni decyduje, jaką pomoc Państwo otrzymają. We Flandrii prąd, gaz lub wodę można odłączyć tylko po opinii lokalnej komisji doradczej OCMW (Lokale Adviescommissie, LAC). Mogą Państwo tam przyjść i przedstawić swoją sytuację.
right-energiehulp-ocmw-reason-debt-help = Już otrzymują Państwo pomoc przy długach lub budżecie. Mimo to mają Państwo trudności z rachunkiem za prąd lub gaz? Wtedy proszę zapytać w OCMW, czy może pomóc. OCMW sprawdza Państwa sytuację i podejmuje decyzję w ciągu 30 dni.
right-energiehulp-ocmw-otherwise = Nie mają Państwo niezapłaconych rachunków. Jeśli później przyjdzie rachunek za energię, którego nie będą Państwo mogli zapłacić, proszę pójść do OCMW. Nie trzeba być wcześniej klientem OCMW.

## Sociaal tarief voor water

right-sociaal-tarief-water = Taryfa socjalna na wodę
right-sociaal-tarief-water-summary = Dzięki taryfie socjalnej na wodę otrzymują Państwo dużą zniżkę na cały rachunek za wodę.
right-sociaal-tarief-water-counter = Chcę się dowiedzieć, czy przysługuje mi taryfa socjalna na wodę.
right-sociaal-tarief-water-if-missing = Nie ma taryfy socjalnej na rachunku za wodę? Proszę wtedy poprosić o zaświadczenie instytucję, która wypłaca Państwa zasiłek: OCMW (leefloon), Federale Pensioendienst (IGO, tel. 1765), DG Personen met een handicap (IVT lub IT, tel. 0800 987 99) albo swoją zorgkas (budżet opiekuńczy dla osób starszych). Zaświadczenie należy wysłać do przedsiębiorstwa wodociągowego najpóźniej 31 grudnia.
right-sociaal-tarief-water-deadline = Jeśli taryfa socjalna nie przychodzi automatycznie, zaświadczenie należy wysłać do przedsiębiorstwa wodociągowego najpóźniej 31 grudnia tego roku. Za rok, który już minął, nie można już o nią wnioskować.

right-sociaal-tarief-water-reason-brussels = Mieszkają Państwo w Brukseli. Ta flamandzka taryfa socjalna tam nie obowiązuje. W Brukseli wodę dostarcza Vivaqua. Mają Państwo trudności z rachunkiem za wodę? Proszę poprosić o radę w OCMW w swojej gminie.
right-sociaal-tarief-water-reason-wallonia = Mieszkają Państwo w Walonii. Ta flamandzka taryfa socjalna tam nie obowiązuje. Mają Państwo trudności z rachunkiem za wodę? Proszę poprosić o radę w OCMW (po francusku: CPAS) w swojej gminie.
right-sociaal-tarief-water-reason-abroad = Nie mieszkają Państwo w Belgii. Ta taryfa socjalna obowiązuje tylko we Flandrii.
right-sociaal-tarief-water-reason-homeless = Nie mają Państwo teraz własnego mieszkania, a więc też rachunku za wodę. Jeśli otrzymują Państwo leefloon, równoważnik leefloon, IGO, IVT, IT albo budżet opiekuńczy dla osób starszych i później wynajmą mieszkanie, będzie można otrzymać taryfę socjalną na wodę. Proszę zapytać o nią w przedsiębiorstwie wodociągowym przy przeprowadzce.
right-sociaal-tarief-water-reason-care-home = Mieszkają Państwo w domu opieki (woonzorgcentrum). Zwykle jest tam jeden rachunek za wodę dla wszystkich. Wtedy nie ma zniżki na rachunku, tylko zwrot pieniędzy: rekompensata. Dzieje się to automatycznie. Nic Państwo nie otrzymali? Proszę zapytać w przedsiębiorstwie wodociągowym lub w OCMW.
right-sociaal-tarief-water-reason-automatic = Państwo lub ktoś z Państwa rodziny otrzymuje leefloon, równoważnik leefloon, IGO, IVT, IT albo budżet opiekuńczy dla osób starszych. Czy otrzymywali Państwo to świadczenie już 1 stycznia tego roku? Wtedy taryfa socjalna na wodę przysługuje automatycznie. Nie trzeba nic robić. Świadczenie zaczęło się dopiero później w ciągu roku? Wtedy taryfa socjalna przysługuje dopiero od 1 stycznia następnego roku. Czy w Państwa budynku jest jeden wodomierz dla wszystkich? Wtedy nie ma zniżki na rachunku, tylko zwrot pieniędzy (rekompensata). Przyjdzie w tej sprawie list.
right-sociaal-tarief-water-reason-vt-only = Sama zwiększona refundacja nie daje prawa do taryfy socjalnej na wodę. Zasiłek z ziekenfonds też nie.
right-sociaal-tarief-water-otherwise = Taryfa socjalna na wodę jest dla rodzin, które otrzymują leefloon, równoważnik leefloon, IGO, IVT, IT albo budżet opiekuńczy dla osób starszych. Jeśli później otrzymają Państwo takie świadczenie, też będzie można ją otrzymać. Mają Państwo trudności z rachunkiem za wodę? Proszę poprosić o radę w OCMW.


## Sociaal internet

right-sociaal-internet = Internet socjalny (sociaal internetaanbod)
right-sociaal-internet-summary = Dzięki internetowi socjalnemu płacą Państwo niską, stałą cenę za internet w domu.
right-sociaal-internet-counter = Chcę skorzystać z socjalnej oferty internetu (sociaal internetaanbod).

right-sociaal-internet-reason-abroad = Nie mieszkają Państwo w Belgii. Internet socjalny jest tylko dla osób, które mieszkają w Belgii.
right-sociaal-internet-reason-benefit = Państwo lub ktoś z Państwa rodziny otrzymuje leefloon, równoważnik leefloon, IGO, IVT, IT albo budżet opiekuńczy dla osób starszych. Wtedy Państwa rodzina ma prawo do internetu socjalnego. Nie ma limitu dochodu. Osoby uprawnione zwykle otrzymały list. Trzeba jednak samemu pójść z dowodem osobistym do Proximus lub Telenet (inne firmy też mogą ją oferować), aby przejść na tę ofertę. W jednej rodzinie internet socjalny może otrzymać tylko jedna osoba. Czy ktoś w Państwa rodzinie ma jeszcze dawną socjalną taryfę telefoniczną? Wtedy nie można mieć obu. Po przejściu na internet socjalny nie można wrócić.
right-sociaal-internet-reason-vt-only = Sama zwiększona refundacja nie daje już prawa do zniżki na telefon lub internet.
right-sociaal-internet-otherwise = Internet socjalny jest dla rodzin, które otrzymują leefloon, równoważnik leefloon, IGO, IVT, IT albo budżet opiekuńczy dla osób starszych. Prawo dają też niektóre inne świadczenia, na przykład zaliczka z OCMW na IGO lub na zasiłek z powodu niepełnosprawności. To pieniądze z OCMW na czas oczekiwania na IGO lub na zasiłek. Otrzymują Państwo taką zaliczkę? Proszę wtedy zapytać w OCMW. Jeśli później otrzymają Państwo jedno z tych świadczeń, też będzie można otrzymać internet socjalny.


## Documents

document-leveringsfactuur = Kopia rachunku lub dowodu dostawy oleju opałowego lub propanu
document-leveringsfactuur-where = Rachunek otrzymują Państwo od dostawcy przy dostawie albo na stacji paliw.

document-attest-aantal-woningen = Tylko jeśli mieszkają Państwo w bloku: zaświadczenie o liczbie mieszkań, których dotyczy rachunek
document-attest-aantal-woningen-where = Proszę poprosić o nie właściciela lub zarządcę budynku.

## Offices

office-fod-economie = FOD Economie (federalne ministerstwo gospodarki)
office-fod-economie-phone = Proszę zadzwonić do FOD Economie z pytaniami o taryfę socjalną na energię.
office-fod-economie-online = Na tej stronie można sprawdzić, czy przysługuje taryfa socjalna, dla jakiej umowy i na jaki okres.

office-watermaatschappij = Państwa przedsiębiorstwo wodociągowe (na przykład De Watergroep, Farys, Pidpa lub water-link)
office-watermaatschappij-phone = Proszę zadzwonić do swojego przedsiębiorstwa wodociągowego. Numer jest na rachunku za wodę.
office-watermaatschappij-online = Proszę zajrzeć na stronę internetową swojego przedsiębiorstwa wodociągowego. Nazwa jest na rachunku za wodę.
office-watermaatschappij-letter = Proszę wysłać list lub e-mail do swojego przedsiębiorstwa wodociągowego. Adres jest na rachunku za wodę.

office-telecom-operator = Firma internetowa: Proximus lub Telenet (inne firmy też mogą ją oferować)
office-telecom-operator-in-person = Proszę pójść z dowodem osobistym do sklepu Proximus lub Telenet (inne firmy też mogą ją oferować). Proszę powiedzieć, że chcą Państwo internet socjalny.
office-telecom-operator-phone = Proszę zadzwonić do obsługi klienta firmy internetowej. Numer jest na stronie internetowej firmy.

## Parameters

param-vf-income-limit = Dodatek na ogrzewanie: roczny limit dochodu rodziny (brutto, podlegający opodatkowaniu)
param-vf-income-limit-extra-person = Dodatek na ogrzewanie: podwyższenie limitu dochodu za każdą osobę na utrzymaniu
param-sociaal-internet-price = Internet socjalny: cena miesięczna za internet stacjonarny
param-sociaal-internet-bundle-max = Internet socjalny: najwyższa cena miesięczna za pakiet

# Issue 13: no income check when the whole household has VT
right-verwarmingstoelage-reason-vt-household = Wszyscy w Państwa gospodarstwie domowym mają zwiększoną refundację. Wtedy OCMW nie sprawdza Państwa dochodu. Proszę złożyć wniosek o dodatek w OCMW w ciągu 60 dni od dostawy. Data dostawy jest na rachunku.

# Issue 13: sociaal internet for a zorgtoeslag with 4 points on pillar 1
right-sociaal-internet-reason-zorgtoeslag-points = Państwa dziecko otrzymuje dodatek opiekuńczy (zorgtoeslag) z co najmniej 4 punktami w pierwszym filarze. Wtedy Państwa gospodarstwo domowe ma prawo do socjalnej oferty internetu. Nie ma limitu dochodu. Osoby uprawnione zwykle otrzymały list. Proszę pójść z dowodem osobistym do swojej firmy internetowej, aby przejść na tę ofertę.

# Issue 13: minimale levering via het OCMW
right-minimale-levering-energie = Minimalna dostawa gazu i prądu przez OCMW
right-minimale-levering-energie-summary = Mają Państwo licznik budżetowy i nie mogą go wystarczająco doładować? Wtedy OCMW może zadbać o to, żeby zimą był jednak gaz. Niewielka ilość prądu zawsze pozostaje.
right-minimale-levering-energie-counter = Mam licznik budżetowy i chcę poprosić o minimalną dostawę gazu lub prądu.
right-minimale-levering-energie-reason-outside-flanders = Nie mieszkają Państwo we Flandrii. Ta zasada z licznikiem budżetowym jest flamandzka. Trudno Państwu zapłacić rachunek za energię? Proszę poprosić o radę w OCMW swojej gminy.
right-minimale-levering-energie-reason-housing = Nie mają Państwo teraz własnego licznika energii. Ta pomoc jest dla osób, które mają w domu licznik budżetowy.
right-minimale-levering-energie-reason-prepaid = Mają Państwo licznik budżetowy. Nie mogą go Państwo wystarczająco doładować? Wtedy OCMW może dać minimalną dostawę gazu ziemnego od 1 listopada do 31 marca. Niewielka ilość prądu zawsze pozostaje. Proszę zgłosić się do OCMW. OCMW decyduje.
right-minimale-levering-energie-otherwise = Nie mają Państwo licznika budżetowego albo nie mają trudności z płaceniem za energię. Jeśli później będą Państwo mieli licznik budżetowy i nie będą mogli go doładować, proszę zgłosić się do OCMW.
