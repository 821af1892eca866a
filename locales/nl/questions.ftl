# Questions: one per fact. question-<id> is the question, question-<id>-help one plain sentence
# that says why we ask or how to find the answer. Both may choose their words by the household:
# $partner is yes, no or unknown; $children is the number of children, or -1 when not known.

question-age = Hoe oud bent u?
question-age-help = Sommige rechten hangen af van uw leeftijd.

question-region = Waar woont u?
question-region-help = Kies de plaats waar u gewoonlijk woont.

question-residence = Wat is uw nationaliteit of uw verblijf in België?
question-residence-help = Dit staat op uw identiteitskaart of verblijfskaart.

question-partner = Woont u samen met een partner?
question-partner-help = Een partner is uw man, uw vrouw of de persoon met wie u als koppel samenleeft.

question-children = Hoeveel kinderen wonen bij u?
question-children-help = Tel de kinderen die bij u wonen en voor wie u zorgt.

question-other-adults = Hoeveel andere volwassenen wonen bij u?
question-other-adults-help = Tel uw partner niet mee. Tel wel bijvoorbeeld een volwassen kind, een ouder of een huisgenoot.

question-income-monthly-net =
    { $partner ->
        [yes] Hoeveel geld komt er elke maand binnen, voor u en uw partner samen?
        [no] Hoeveel geld komt er elke maand binnen?
       *[other] Hoeveel geld komt er elke maand binnen? Woont u samen met een partner? Tel dan ook het geld van uw partner.
    }
question-income-monthly-net-help = Tel alles wat op uw rekening komt: loon, uitkering en pensioen. Tel het Groeipakket (kindergeld) en het onderhoudsgeld voor uw kinderen niet mee. Een schatting is goed.

question-income-yearly-taxable =
    { $partner ->
        [yes] Hoeveel belastbaar inkomen hadden u en uw partner samen vorig jaar, in euro per jaar?
       *[other] Hoeveel belastbaar inkomen had u vorig jaar, in euro per jaar?
    }
question-income-yearly-taxable-help = Dit staat op het aanslagbiljet van de belastingen (de brief van de FOD Financiën), bij "gezamenlijk belastbaar inkomen". Voor een koppel staan er twee bedragen: tel ze samen. Heeft u geen aanslagbiljet? Kies dan 'Ik weet het niet'.

question-receives = Welke van deze uitkeringen of rechten krijgt u of iemand in uw gezin al?
question-receives-help = Kies alles wat past. Dit staat op de brieven van de dienst die u betaalt.

question-work = Wat doet u nu?
question-work-help = Kies wat het best bij u past.

question-education = Gaat iemand in uw gezin naar school? Naar welke school?
question-education-help = Kies alles wat past. Sommige hulp voor school hangt hiervan af.

question-housing = Hoe woont u?
question-housing-help = Kies wat het best bij u past.

question-waitlist-years = Hoeveel jaar staat u al op de wachtlijst voor een sociale woning?
question-waitlist-years-help = Staat u niet op de wachtlijst? Kies dan 0.

question-heating = Waarmee verwarmt u uw woning?
question-heating-help = Dit staat op de factuur van uw verwarming.

question-disability = Heeft u of iemand in uw gezin een handicap?
question-disability-help = Een handicap kan lichamelijk, verstandelijk of psychisch zijn.

question-care-need = Heeft u of iemand in uw gezin elke dag veel hulp nodig?
question-care-need-help = Bijvoorbeeld hulp bij wassen, aankleden of eten.

question-debt = Heeft u schulden, of krijgt u hulp bij uw geld?
question-debt-help = Bijvoorbeeld rekeningen die u niet op tijd kon betalen, of hulp van een schuldbemiddelaar.

question-legal-problem = Heeft u een probleem waarvoor u een advocaat nodig kunt hebben?
question-legal-problem-help = Bijvoorbeeld een ruzie met uw verhuurder of uw werkgever, of een scheiding.

question-childcare =
    { $children ->
        [1] Gaat uw kind naar de kinderopvang?
       *[other] Gaat een kind van u naar de kinderopvang?
    }
question-childcare-help = Kinderopvang is bijvoorbeeld een crèche of een onthaalouder.

question-expecting-baby =
    { $partner ->
        [no] Bent u zwanger?
       *[other] Bent u of uw partner zwanger?
    }
question-expecting-baby-help = Sommige rechten beginnen al voor de geboorte.

# Questions added for issue 13
question-other-adults-are = Wie zijn de andere volwassenen die bij u wonen?
question-other-adults-are-help = Kies alles wat past. Voor sommige hulp telt het inkomen van uw ouders of uw kinderen mee.

question-children-ages = Hoe oud zijn de kinderen die bij u wonen?
question-children-ages-help = Kies alles wat past. Sommige hulp is alleen voor kinderen jonger dan 18 jaar.

question-disability-recognition = Wat is erkend voor de handicap?
question-disability-recognition-help = Kies alles wat past. Dit staat in de brief van de FOD Sociale Zekerheid, het VAPH of het Groeipakket. Weet u het niet? Kies dan 'Ik weet het niet'.

question-recent-move = Bent u de laatste 9 maanden verhuisd, of gaat u binnenkort verhuizen? Waarom?
question-recent-move-help = Voor de huursubsidie is de reden van de verhuis belangrijk.

question-savings =
    { $partner ->
        [yes] Hoeveel spaargeld hebben u en uw partner samen?
       *[other] Hoeveel spaargeld heeft u?
    }
question-savings-help = Tel het geld op uw spaarrekening en zichtrekening, en ook aandelen of fondsen. In euro. Een schatting is goed.

question-prepaid-meter = Heeft u een budgetmeter voor gas of elektriciteit?
question-prepaid-meter-help = Met een budgetmeter betaalt u vooraf voor uw energie. Het is een digitale meter met betalen vooraf, meestal van Fluvius.
