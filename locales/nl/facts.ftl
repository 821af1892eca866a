# Facts: a short label (used in reasons and in the overview of answers) and a label for every
# value of a choice or set fact. Labels start with a small letter, except names.

fact-age = uw leeftijd

fact-region = waar u woont
fact-region-flanders = Vlaanderen
fact-region-brussels = Brussel
fact-region-wallonia = Wallonië
fact-region-abroad = in het buitenland

fact-residence = uw nationaliteit of verblijf
fact-residence-belgian = Belg
fact-residence-eu = burger van een ander land van de Europese Unie
fact-residence-refugee = erkend vluchteling
fact-residence-population-register = vreemdeling in het bevolkingsregister
fact-residence-foreigners-register = vreemdeling in het vreemdelingenregister
fact-residence-temporary-protection = tijdelijke bescherming (bijvoorbeeld uit Oekraïne)
fact-residence-asylum-seeker = asielzoeker
fact-residence-no-legal-stay = zonder wettig verblijf

fact-partner = een partner bij u thuis

fact-children = het aantal kinderen bij u thuis

fact-other-adults = het aantal andere volwassenen bij u thuis

fact-income-monthly-net = uw netto inkomen per maand

fact-income-yearly-taxable = het belastbaar inkomen van uw gezin per jaar

fact-receives = wat u al krijgt
fact-receives-leefloon = leefloon
fact-receives-equivalent-leefloon = equivalent leefloon van het OCMW
fact-receives-igo = inkomensgarantie voor ouderen (IGO)
fact-receives-ivt = inkomensvervangende tegemoetkoming (IVT)
fact-receives-it = integratietegemoetkoming (IT)
fact-receives-zorgbudget-ouderen = zorgbudget voor ouderen met een zorgnood
fact-receives-zorgtoeslag-kind = zorgtoeslag voor een kind met een handicap of ziekte
fact-receives-vt = verhoogde tegemoetkoming van het ziekenfonds
fact-receives-unemployment = werkloosheidsuitkering
fact-receives-sickness-benefit = uitkering bij ziekte of invaliditeit
fact-receives-pension = pensioen
fact-receives-groeipakket = Groeipakket (geld voor kinderen)

fact-work = wat u nu doet
fact-work-employed = werknemer
fact-work-self-employed = zelfstandige
fact-work-job-seeker = werkzoekend
fact-work-unable-to-work = ziek of arbeidsongeschikt
fact-work-student = student
fact-work-retired = met pensioen
fact-work-none = geen van deze

fact-education = naar welke school iemand in uw gezin gaat
fact-education-kleuter = kleuterschool
fact-education-lager = lagere school
fact-education-secundair = middelbare school (secundair onderwijs)
fact-education-hoger = hogeschool of universiteit

fact-housing = hoe u woont
fact-housing-tenant-private = huurder bij een private verhuurder
fact-housing-tenant-social = huurder van een sociale woning
fact-housing-owner = eigenaar van uw woning
fact-housing-homeless = geen vaste woonplaats
fact-housing-care-home = in een woonzorgcentrum
fact-housing-other = anders

fact-waitlist-years = hoe lang u op de wachtlijst voor een sociale woning staat

fact-heating = uw verwarming
fact-heating-heating-oil = stookolie (mazout) of verwarmingspetroleum
fact-heating-bulk-propane = propaan in een tank
fact-heating-natural-gas = aardgas
fact-heating-collective-gas = gemeenschappelijke verwarming op aardgas voor het hele gebouw
fact-heating-electric = elektriciteit
fact-heating-other = iets anders, bijvoorbeeld hout of gasflessen

fact-disability = een handicap in uw gezin

fact-care-need = veel zorg nodig in uw gezin

fact-debt = schulden en hulp bij uw geld
fact-debt-collective-settlement = collectieve schuldenregeling
fact-debt-debt-mediation = schuldbemiddeling
fact-debt-budget-management = budgetbegeleiding of budgetbeheer
fact-debt-arrears = rekeningen die nog niet betaald zijn
fact-debt-none = geen schulden

fact-legal-problem = een juridisch probleem

fact-childcare = kinderopvang

fact-expecting-baby = een baby op komst

# Facts added for issue 13
fact-other-adults-are = wie de andere volwassenen bij u thuis zijn
fact-other-adults-are-parent = uw vader of moeder
fact-other-adults-are-adult-child = een kind van u van 18 jaar of ouder
fact-other-adults-are-other-relative = een ander familielid
fact-other-adults-are-not-family = iemand die geen familie is

fact-savings = het spaargeld van uw gezin

fact-children-ages = de leeftijd van de kinderen bij u thuis
fact-children-ages-under-3 = jonger dan 3 jaar
fact-children-ages-from-3-to-17 = 3 tot en met 17 jaar
fact-children-ages-from-18-to-24 = 18 tot en met 24 jaar
fact-children-ages-from-25 = 25 jaar of ouder

fact-disability-recognition = wat erkend is voor een handicap
fact-disability-recognition-vaph = ingeschreven bij het VAPH
fact-disability-recognition-adult-12-points = een volwassene met minstens 12 punten voor zelfredzaamheid
fact-disability-recognition-adult-66-percent = een volwassene met minstens 66 % handicap of arbeidsongeschiktheid
fact-disability-recognition-child-pillar1-4 = een kind met minstens 4 punten op pijler 1 (zorgtoeslag)
fact-disability-recognition-child-12-points = een kind met minstens 12 punten in totaal (zorgtoeslag)

fact-recent-move = een verhuis in de laatste 9 maanden
fact-recent-move-unfit-or-too-small = uit een woning die slecht, onbewoonbaar of te klein was
fact-recent-move-not-adapted = uit een woning die niet aangepast was aan uw leeftijd of handicap
fact-recent-move-into-svk = naar een woning van een sociaal verhuurkantoor (SVK)
fact-recent-move-after-homeless = nadat u geen vaste woonplaats had
fact-recent-move-other-reason = om een andere reden
fact-recent-move-no = niet verhuisd

fact-prepaid-meter = een budgetmeter (digitale meter met betalen vooraf)
