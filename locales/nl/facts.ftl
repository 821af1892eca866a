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
