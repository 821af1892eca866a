# Questions: one per fact. question-<id> is the question, question-<id>-help one plain sentence
# that says why we ask or how to find the answer.

question-age = Ile mają Państwo lat?
question-age-help = Niektóre uprawnienia zależą od wieku.

question-region = Gdzie Państwo mieszkają?
question-region-help = Proszę wybrać miejsce, w którym zwykle Państwo mieszkają.

question-residence = Jakie jest Państwa obywatelstwo lub status pobytu w Belgii?
question-residence-help = Jest to napisane na dowodzie osobistym lub na karcie pobytu.

question-partner = Czy mieszkają Państwo z partnerem lub partnerką?
question-partner-help = Partner lub partnerka to mąż, żona albo osoba, z którą mieszka się razem jako para.

question-children = Ile dzieci mieszka z Państwem?
question-children-help = Proszę policzyć dzieci, które mieszkają z Państwem i którymi się Państwo opiekują.

question-other-adults = Ile innych dorosłych osób mieszka z Państwem?
question-other-adults-help = Proszę nie liczyć partnera ani partnerki. Proszę natomiast policzyć na przykład dorosłe dziecko, rodzica albo współlokatora.

question-income-monthly-net =
    { $partner ->
        [yes] Ile pieniędzy wpływa co miesiąc, razem dla Państwa i partnera lub partnerki?
        [no] Ile pieniędzy wpływa co miesiąc?
       *[other] Ile pieniędzy wpływa co miesiąc? Czy mieszkają Państwo z partnerem lub partnerką? Wtedy proszę doliczyć także pieniądze tej osoby.
    }
question-income-monthly-net-help = Proszę policzyć wszystko, co wpływa na konto: wynagrodzenie, zasiłki i emeryturę. Proszę nie liczyć Groeipakket (zasiłku na dzieci) ani alimentów na dzieci. Wystarczy wartość przybliżona.

question-income-yearly-taxable =
    { $partner ->
        [yes] Jaki dochód podlegający opodatkowaniu mieli Państwo razem z partnerem lub partnerką w zeszłym roku, w euro rocznie?
       *[other] Jaki dochód podlegający opodatkowaniu mieli Państwo w zeszłym roku, w euro rocznie?
    }
question-income-yearly-taxable-help = Jest to napisane w decyzji podatkowej (aanslagbiljet, pismo z FOD Financiën), w wierszu „gezamenlijk belastbaar inkomen” (łączny dochód do opodatkowania). Dla pary są tam dwie kwoty: proszę je dodać. Nie mają Państwo decyzji podatkowej? Proszę wybrać „Nie wiem”.

question-receives = Które z tych świadczeń lub uprawnień już otrzymują Państwo lub ktoś z Państwa rodziny?
question-receives-help = Proszę wybrać wszystko, co pasuje. Jest to napisane w listach od instytucji, która wypłaca pieniądze.

question-work = Czym się Państwo obecnie zajmują?
question-work-help = Proszę wybrać to, co najlepiej pasuje.

question-education = Czy ktoś z Państwa rodziny chodzi do szkoły? Do jakiej szkoły?
question-education-help = Proszę wybrać wszystko, co pasuje. Niektóre formy pomocy na naukę od tego zależą.

question-housing = Jak Państwo mieszkają?
question-housing-help = Proszę wybrać to, co najlepiej pasuje.

question-waitlist-years = Od ilu lat są Państwo na liście oczekujących na mieszkanie socjalne?
question-waitlist-years-help = Jeśli nie są Państwo na tej liście, proszę wybrać 0.

question-heating = Czym ogrzewają Państwo swoje mieszkanie?
question-heating-help = Jest to napisane na rachunku za ogrzewanie.

question-disability = Czy Państwo lub ktoś z Państwa rodziny ma niepełnosprawność?
question-disability-help = Niepełnosprawność może być fizyczna, intelektualna lub psychiczna.

question-care-need = Czy Państwo lub ktoś z Państwa rodziny potrzebuje każdego dnia dużo pomocy?
question-care-need-help = Na przykład pomocy przy myciu się, ubieraniu lub jedzeniu.

question-debt = Czy mają Państwo długi albo czy otrzymują Państwo pomoc w sprawach pieniędzy?
question-debt-help = Na przykład rachunki, których nie udało się zapłacić na czas, albo pomoc mediatora w sprawie długów.

question-legal-problem = Czy mają Państwo problem, w którym może być potrzebny adwokat?
question-legal-problem-help = Na przykład spór z wynajmującym lub pracodawcą albo rozwód.

question-childcare =
    { $children ->
        [1] Czy Państwa dziecko chodzi do żłobka lub innej opieki nad dziećmi (kinderopvang)?
       *[other] Czy któreś z Państwa dzieci chodzi do żłobka lub innej opieki nad dziećmi (kinderopvang)?
    }
question-childcare-help = Opieka nad dziećmi to na przykład żłobek (crèche) albo opiekunka dzienna (onthaalouder).

question-expecting-baby =
    { $partner ->
        [no] Czy jest Pani w ciąży?
       *[other] Czy Państwo lub Państwa partnerka albo partner są w ciąży?
    }
question-expecting-baby-help = Niektóre uprawnienia zaczynają się już przed narodzinami dziecka.

# Questions added for issue 13
question-other-adults-are = Kim są inni dorośli, którzy mieszkają z Państwem?
question-other-adults-are-help = Proszę wybrać wszystko, co pasuje. Przy niektórych formach pomocy liczy się też dochód rodziców lub dzieci.

question-children-ages = Ile lat mają dzieci, które mieszkają z Państwem?
question-children-ages-help = Proszę wybrać wszystko, co pasuje. Niektóre formy pomocy są tylko dla dzieci poniżej 18 lat.

question-disability-recognition = Co zostało uznane w związku z niepełnosprawnością?
question-disability-recognition-help = Proszę wybrać wszystko, co pasuje. Jest to napisane w piśmie z FOD Sociale Zekerheid, VAPH lub Groeipakket. Nie wiedzą Państwo? Proszę wybrać „Nie wiem”.

question-recent-move = Czy przeprowadzili się Państwo w ciągu ostatnich 9 miesięcy lub wkrótce się przeprowadzą? Dlaczego?
question-recent-move-help = Przy dopłacie do czynszu (huursubsidie) ważny jest powód przeprowadzki.

question-savings =
    { $partner ->
        [yes] Ile oszczędności mają Państwo razem z partnerem lub partnerką?
       *[other] Ile mają Państwo oszczędności?
    }
question-savings-help = Proszę policzyć pieniądze na koncie oszczędnościowym i bieżącym, a także akcje lub fundusze. W euro. Wystarczy wartość przybliżona.

question-prepaid-meter = Czy mają Państwo licznik budżetowy na gaz lub prąd?
question-prepaid-meter-help = Z licznikiem budżetowym płacą Państwo za energię z góry. To licznik cyfrowy z przedpłatą, zwykle od Fluvius.
