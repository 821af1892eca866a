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

# Facts added for issue 13
fact-other-adults-are = kim jest innymi dorosłymi w domu
fact-other-adults-are-parent = ojciec lub matka
fact-other-adults-are-adult-child = dziecko w wieku 18 lat lub starsze
fact-other-adults-are-other-relative = inny członek rodziny
fact-other-adults-are-not-family = osoba spoza rodziny

fact-savings = oszczędności gospodarstwa domowego

fact-children-ages = wiek dzieci mieszkających w domu
fact-children-ages-under-3 = poniżej 3 lat
fact-children-ages-from-3-to-17 = od 3 do 17 lat
fact-children-ages-from-18-to-24 = od 18 do 24 lat
fact-children-ages-from-25 = 25 lat lub więcej

fact-disability-recognition = co uznano w związku z niepełnosprawnością
fact-disability-recognition-vaph = zarejestrowany w VAPH
fact-disability-recognition-adult-12-points = osoba dorosła z co najmniej 12 punktami samodzielności
fact-disability-recognition-adult-66-percent = osoba dorosła z co najmniej 66 % niepełnosprawności lub niezdolności do pracy
fact-disability-recognition-child-pillar1-4 = dziecko z co najmniej 4 punktami w filarze 1 (zorgtoeslag)
fact-disability-recognition-child-12-points = dziecko z co najmniej 12 punktami łącznie (zorgtoeslag)

fact-recent-move = przeprowadzka w ciągu ostatnich 9 miesięcy
fact-recent-move-unfit-or-too-small = z mieszkania złego, nienadającego się do zamieszkania lub za małego
fact-recent-move-not-adapted = z mieszkania nieprzystosowanego do wieku lub niepełnosprawności
fact-recent-move-into-svk = do mieszkania społecznej agencji najmu (SVK)
fact-recent-move-after-homeless = po okresie bez stałego miejsca zamieszkania
fact-recent-move-other-reason = z innego powodu
fact-recent-move-no = bez przeprowadzki

fact-prepaid-meter = licznik budżetowy (licznik cyfrowy z przedpłatą)
