# Facts: a short label (used in reasons and in the overview of answers) and a label for every
# value of a choice or set fact. Labels start with a small letter, except names.

fact-age = your age

fact-region = where you live
fact-region-flanders = Flanders
fact-region-brussels = Brussels
fact-region-wallonia = Wallonia
fact-region-abroad = abroad

fact-residence = your nationality or residence status
fact-residence-belgian = Belgian
fact-residence-eu = citizen of another country of the European Union
fact-residence-refugee = recognised refugee
fact-residence-population-register = foreigner in the population register
fact-residence-foreigners-register = foreigner in the foreigners' register
fact-residence-temporary-protection = temporary protection (for example from Ukraine)
fact-residence-asylum-seeker = asylum seeker
fact-residence-no-legal-stay = without legal residence

fact-partner = a partner living with you

fact-children = the number of children living with you

fact-other-adults = the number of other adults living with you

fact-income-monthly-net = your net income per month

fact-income-yearly-taxable = the taxable income of your household per year

fact-receives = what you already get
fact-receives-leefloon = leefloon (integration income from the OCMW)
fact-receives-equivalent-leefloon = equivalent leefloon from the OCMW
fact-receives-igo = income guarantee for older people (IGO)
fact-receives-ivt = income replacement allowance (IVT)
fact-receives-it = integration allowance (IT)
fact-receives-zorgbudget-ouderen = care budget for older people with a care need
fact-receives-zorgtoeslag-kind = care supplement for a child with a disability or illness
fact-receives-vt = increased reimbursement from the ziekenfonds
fact-receives-unemployment = unemployment benefit
fact-receives-sickness-benefit = benefit for sickness or invalidity
fact-receives-pension = pension
fact-receives-groeipakket = Groeipakket (money for children)

fact-work = what you do now
fact-work-employed = employee
fact-work-self-employed = self-employed
fact-work-job-seeker = looking for work
fact-work-unable-to-work = sick or unable to work
fact-work-student = student
fact-work-retired = retired
fact-work-none = none of these

fact-education = which school someone in your household goes to
fact-education-kleuter = nursery school
fact-education-lager = primary school
fact-education-secundair = secondary school
fact-education-hoger = university college or university

fact-housing = how you live
fact-housing-tenant-private = tenant of a private landlord
fact-housing-tenant-social = tenant of a social home
fact-housing-owner = owner of your home
fact-housing-homeless = no fixed home
fact-housing-care-home = in a residential care home
fact-housing-other = other

fact-waitlist-years = how long you have been on the waiting list for a social home

fact-heating = your heating
fact-heating-heating-oil = heating oil (mazout) or heating paraffin
fact-heating-bulk-propane = propane in a tank
fact-heating-natural-gas = natural gas
fact-heating-collective-gas = shared natural gas heating for the whole building
fact-heating-electric = electricity
fact-heating-other = something else, for example wood or gas bottles

fact-disability = a disability in your household

fact-care-need = a lot of care needed in your household

fact-debt = debts and help with your money
fact-debt-collective-settlement = collective debt settlement (a court procedure)
fact-debt-debt-mediation = debt mediation
fact-debt-budget-management = budget guidance or budget management
fact-debt-arrears = bills that are not paid yet
fact-debt-none = no debts

fact-legal-problem = a legal problem

fact-childcare = childcare

fact-expecting-baby = a baby on the way

# Facts added for issue 13
fact-other-adults-are = who the other adults at home are
fact-other-adults-are-parent = your father or mother
fact-other-adults-are-adult-child = a child of yours aged 18 or older
fact-other-adults-are-other-relative = another relative
fact-other-adults-are-not-family = someone who is not family

fact-savings = your household's savings

fact-children-ages = the ages of the children at home
fact-children-ages-under-3 = younger than 3
fact-children-ages-from-3-to-17 = 3 to 17 years old
fact-children-ages-from-18-to-24 = 18 to 24 years old
fact-children-ages-from-25 = 25 or older

fact-disability-recognition = what is recognised for a disability
fact-disability-recognition-vaph = registered with VAPH
fact-disability-recognition-adult-12-points = an adult with at least 12 points for self-reliance
fact-disability-recognition-adult-66-percent = an adult with at least 66 % disability or incapacity for work
fact-disability-recognition-child-pillar1-4 = a child with at least 4 points on pillar 1 (care supplement)
fact-disability-recognition-child-12-points = a child with at least 12 points in total (care supplement)

fact-recent-move = a move in the last 9 months
fact-recent-move-unfit-or-too-small = from a home that was unfit, uninhabitable or too small
fact-recent-move-not-adapted = from a home not adapted to your age or disability
fact-recent-move-into-svk = into a home of a social rental agency (SVK)
fact-recent-move-after-homeless = after having no fixed home
fact-recent-move-other-reason = for another reason
fact-recent-move-no = did not move

fact-prepaid-meter = a budget meter (digital meter where you pay in advance)
