# Întrebări: una pentru fiecare fapt. question-<id> este întrebarea, question-<id>-help o propoziție simplă
# care spune de ce întrebăm sau unde găsiți răspunsul.

question-age = Câți ani aveți?
question-age-help = Unele drepturi depind de vârsta dumneavoastră.

question-region = Unde locuiți?
question-region-help = Alegeți locul unde locuiți de obicei.

question-residence = Ce cetățenie aveți sau ce fel de ședere aveți în Belgia?
question-residence-help = Acest lucru scrie pe cartea de identitate sau pe permisul de ședere.

question-partner = Locuiți împreună cu un partener?
question-partner-help = Un partener este soțul, soția sau persoana cu care trăiți împreună ca un cuplu.

question-children = Câți copii locuiesc cu dumneavoastră?
question-children-help = Numărați copiii care locuiesc cu dumneavoastră și de care aveți grijă.

question-other-adults = Câți alți adulți locuiesc cu dumneavoastră?
question-other-adults-help = Nu îl numărați pe partener. Numărați, de exemplu, un copil adult, un părinte sau o persoană cu care împărțiți locuința.

question-income-monthly-net =
    { $partner ->
        [yes] Câți bani intră în fiecare lună, pentru dumneavoastră și partenerul dumneavoastră, împreună?
        [no] Câți bani intră în fiecare lună?
       *[other] Câți bani intră în fiecare lună? Locuiți cu un partener? Atunci adunați și banii partenerului.
    }
question-income-monthly-net-help = Numărați tot ce intră în cont: salariu, indemnizație și pensie. Nu numărați Groeipakket (alocația pentru copii) și nici pensia de întreținere pentru copii. O estimare este suficientă.

question-income-yearly-taxable =
    { $partner ->
        [yes] Cât venit impozabil ați avut dumneavoastră și partenerul împreună anul trecut, în euro pe an?
       *[other] Cât venit impozabil ați avut anul trecut, în euro pe an?
    }
question-income-yearly-taxable-help = Acest lucru scrie pe decizia de impunere (aanslagbiljet, scrisoarea de la FOD Financiën), la rândul „gezamenlijk belastbaar inkomen” (venitul impozabil global). Pentru un cuplu sunt două sume: adunați-le. Nu aveți decizie de impunere? Atunci alegeți „Nu știu”.

question-receives = Pe care dintre aceste indemnizații sau drepturi le primiți deja dumneavoastră sau cineva din familie?
question-receives-help = Alegeți tot ce se potrivește. Acest lucru scrie pe scrisorile de la serviciul care vă plătește.

question-work = Ce faceți acum?
question-work-help = Alegeți ce vi se potrivește cel mai bine.

question-education = Merge cineva din familia dumneavoastră la școală? La ce școală?
question-education-help = Alegeți tot ce se potrivește. Unele ajutoare pentru școală depind de acest lucru.

question-housing = Cum locuiți?
question-housing-help = Alegeți ce vi se potrivește cel mai bine.

question-waitlist-years = De câți ani sunteți pe lista de așteptare pentru o locuință socială?
question-waitlist-years-help = Nu sunteți pe lista de așteptare? Atunci alegeți 0.

question-heating = Cu ce vă încălziți locuința?
question-heating-help = Acest lucru scrie pe factura pentru încălzire.

question-disability = Aveți dumneavoastră sau cineva din familie un handicap?
question-disability-help = Un handicap poate fi fizic, intelectual sau psihic.

question-care-need = Aveți dumneavoastră sau cineva din familie nevoie de mult ajutor în fiecare zi?
question-care-need-help = De exemplu ajutor la spălat, la îmbrăcat sau la mâncat.

question-debt = Aveți datorii sau primiți ajutor cu banii?
question-debt-help = De exemplu facturi pe care nu le-ați putut plăti la timp, sau ajutor de la un mediator de datorii.

question-legal-problem = Aveți o problemă pentru care ați putea avea nevoie de un avocat?
question-legal-problem-help = De exemplu un conflict cu proprietarul locuinței sau cu angajatorul, sau un divorț.

question-childcare =
    { $children ->
        [1] Merge copilul dumneavoastră la creșă sau la altă îngrijire pentru copii?
       *[other] Merge un copil al dumneavoastră la creșă sau la altă îngrijire pentru copii?
    }
question-childcare-help = Îngrijirea pentru copii (kinderopvang) este, de exemplu, o creșă sau o asistentă maternală (onthaalouder).

question-expecting-baby =
    { $partner ->
        [no] Sunteți însărcinată?
       *[other] Sunteți însărcinată, sau partenera dumneavoastră este însărcinată?
    }
question-expecting-baby-help = Unele drepturi încep deja înainte de naștere.

# Questions added for issue 13
question-other-adults-are = Cine sunt ceilalți adulți care locuiesc cu dumneavoastră?
question-other-adults-are-help = Alegeți tot ce se potrivește. Pentru unele ajutoare contează și venitul părinților sau al copiilor dumneavoastră.

question-children-ages = Ce vârstă au copiii care locuiesc cu dumneavoastră?
question-children-ages-help = Alegeți tot ce se potrivește. Unele ajutoare sunt doar pentru copii sub 18 ani.

question-disability-recognition = Ce a fost recunoscut pentru handicap?
question-disability-recognition-help = Alegeți tot ce se potrivește. Acest lucru scrie în scrisoarea de la FOD Sociale Zekerheid, VAPH sau Groeipakket. Nu știți? Atunci alegeți „Nu știu”.

question-recent-move = V-ați mutat în ultimele 9 luni sau vă mutați în curând? De ce?
question-recent-move-help = Pentru subvenția de chirie (huursubsidie), motivul mutării este important.

question-savings =
    { $partner ->
        [yes] Câte economii aveți dumneavoastră și partenerul împreună?
       *[other] Câte economii aveți?
    }
question-savings-help = Numărați banii din contul de economii și din contul curent, și acțiunile sau fondurile. În euro. O estimare este suficientă.

question-prepaid-meter = Aveți un contor cu buget pentru gaz sau electricitate?
question-prepaid-meter-help = Cu un contor cu buget plătiți energia în avans. Este un contor digital cu plată în avans, de obicei de la Fluvius.
