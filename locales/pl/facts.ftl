# Facts: a short label (used in reasons and in the overview of answers) and a label for every
# value of a choice or set fact. Labels start with a small letter, except names.

fact-age = wiek

fact-region = miejsce zamieszkania
fact-region-flanders = Flandria
fact-region-brussels = Bruksela
fact-region-wallonia = Walonia
fact-region-abroad = za granicą

fact-residence = obywatelstwo lub status pobytu
fact-residence-belgian = obywatel Belgii
fact-residence-eu = obywatel innego kraju Unii Europejskiej
fact-residence-refugee = uznany uchodźca
fact-residence-population-register = cudzoziemiec w rejestrze ludności (bevolkingsregister)
fact-residence-foreigners-register = cudzoziemiec w rejestrze cudzoziemców (vreemdelingenregister)
fact-residence-temporary-protection = ochrona czasowa (na przykład z Ukrainy)
fact-residence-asylum-seeker = osoba ubiegająca się o azyl
fact-residence-no-legal-stay = bez legalnego pobytu

fact-partner = partner lub partnerka w domu

fact-children = liczba dzieci w domu

fact-other-adults = liczba innych dorosłych w domu

fact-income-monthly-net = miesięczny dochód netto

fact-income-yearly-taxable = roczny dochód rodziny podlegający opodatkowaniu

fact-receives = już otrzymywane świadczenia
fact-receives-leefloon = leefloon (zasiłek na utrzymanie z OCMW)
fact-receives-equivalent-leefloon = równoważnik leefloon z OCMW
fact-receives-igo = gwarantowany dochód dla osób starszych (IGO)
fact-receives-ivt = zasiłek zastępujący dochód (IVT)
fact-receives-it = zasiłek integracyjny (IT)
fact-receives-zorgbudget-ouderen = budżet opiekuńczy dla osób starszych, które potrzebują opieki
fact-receives-zorgtoeslag-kind = dodatek opiekuńczy na dziecko z niepełnosprawnością lub chorobą
fact-receives-vt = zwiększona refundacja z ziekenfonds (kasy chorych)
fact-receives-unemployment = zasiłek dla bezrobotnych
fact-receives-sickness-benefit = zasiłek chorobowy lub z tytułu niezdolności do pracy
fact-receives-pension = emerytura
fact-receives-groeipakket = Groeipakket (pieniądze na dzieci)

fact-work = obecne zajęcie
fact-work-employed = pracownik
fact-work-self-employed = osoba prowadząca własną działalność
fact-work-job-seeker = osoba szukająca pracy
fact-work-unable-to-work = choroba lub niezdolność do pracy
fact-work-student = student
fact-work-retired = na emeryturze
fact-work-none = żadne z tych

fact-education = rodzaj szkoły w rodzinie
fact-education-kleuter = przedszkole
fact-education-lager = szkoła podstawowa
fact-education-secundair = szkoła średnia (secundair onderwijs)
fact-education-hoger = szkoła wyższa lub uniwersytet

fact-housing = sytuacja mieszkaniowa
fact-housing-tenant-private = najem od prywatnego właściciela
fact-housing-tenant-social = najem mieszkania socjalnego
fact-housing-owner = właściciel mieszkania lub domu
fact-housing-homeless = brak stałego miejsca zamieszkania
fact-housing-care-home = w domu opieki (woonzorgcentrum)
fact-housing-other = inna sytuacja

fact-waitlist-years = czas na liście oczekujących na mieszkanie socjalne

fact-heating = ogrzewanie
fact-heating-heating-oil = olej opałowy (mazout) lub nafta do ogrzewania
fact-heating-bulk-propane = propan w zbiorniku
fact-heating-natural-gas = gaz ziemny
fact-heating-collective-gas = wspólne ogrzewanie gazem ziemnym dla całego budynku
fact-heating-electric = prąd
fact-heating-other = coś innego, na przykład drewno lub butle gazowe

fact-disability = niepełnosprawność w rodzinie

fact-care-need = ktoś w rodzinie potrzebuje dużo opieki

fact-debt = długi i pomoc w sprawach finansowych
fact-debt-collective-settlement = sądowe uregulowanie długów (collectieve schuldenregeling)
fact-debt-debt-mediation = mediacja w sprawie długów (schuldbemiddeling)
fact-debt-budget-management = doradztwo budżetowe lub zarządzanie budżetem (budgetbegeleiding, budgetbeheer)
fact-debt-arrears = niezapłacone rachunki
fact-debt-none = brak długów

fact-legal-problem = problem prawny

fact-childcare = opieka nad dzieckiem (kinderopvang)

fact-expecting-baby = dziecko w drodze
