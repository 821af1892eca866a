# Faits : une étiquette courte (utilisée dans les raisons et dans l'aperçu des réponses) et une étiquette
# pour chaque valeur d'un fait à choix. Les étiquettes commencent par une minuscule, sauf les noms.

fact-age = votre âge

fact-region = l'endroit où vous habitez
fact-region-flanders = Flandre
fact-region-brussels = Bruxelles
fact-region-wallonia = Wallonie
fact-region-abroad = à l'étranger

fact-residence = votre nationalité ou votre séjour
fact-residence-belgian = Belge
fact-residence-eu = citoyen d'un autre pays de l'Union européenne
fact-residence-refugee = réfugié reconnu
fact-residence-population-register = étranger inscrit au registre de la population
fact-residence-foreigners-register = étranger inscrit au registre des étrangers
fact-residence-temporary-protection = protection temporaire (par exemple pour les personnes venant d'Ukraine)
fact-residence-asylum-seeker = demandeur d'asile
fact-residence-no-legal-stay = sans séjour légal

fact-partner = un partenaire qui vit avec vous

fact-children = le nombre d'enfants qui vivent avec vous

fact-other-adults = le nombre d'autres adultes qui vivent avec vous

fact-income-monthly-net = votre revenu net par mois

fact-income-yearly-taxable = le revenu imposable de votre ménage par an

fact-receives = ce que vous recevez déjà
fact-receives-leefloon = leefloon (revenu d'intégration)
fact-receives-equivalent-leefloon = équivalent du leefloon, payé par l'OCMW (CPAS)
fact-receives-igo = garantie de revenus aux personnes âgées (GRAPA)
fact-receives-ivt = allocation de remplacement de revenus (ARR)
fact-receives-it = allocation d'intégration (AI)
fact-receives-zorgbudget-ouderen = budget de soins pour personnes âgées ayant besoin de soins
fact-receives-zorgtoeslag-kind = allocation de soins pour un enfant avec un handicap ou une maladie
fact-receives-vt = intervention majorée du ziekenfonds (mutualité)
fact-receives-unemployment = allocation de chômage
fact-receives-sickness-benefit = indemnité de maladie ou d'invalidité
fact-receives-pension = pension
fact-receives-groeipakket = Groeipakket (allocations familiales : argent pour les enfants)

fact-work = ce que vous faites maintenant
fact-work-employed = salarié
fact-work-self-employed = indépendant
fact-work-job-seeker = demandeur d'emploi
fact-work-unable-to-work = malade ou en incapacité de travail
fact-work-student = étudiant
fact-work-retired = pensionné
fact-work-none = rien de tout cela

fact-education = l'école où va quelqu'un de votre ménage
fact-education-kleuter = école maternelle
fact-education-lager = école primaire
fact-education-secundair = école secondaire (enseignement secondaire)
fact-education-hoger = haute école ou université

fact-housing = votre logement
fact-housing-tenant-private = locataire chez un propriétaire privé
fact-housing-tenant-social = locataire d'un logement social
fact-housing-owner = propriétaire de votre logement
fact-housing-homeless = sans domicile fixe
fact-housing-care-home = dans une maison de repos (woonzorgcentrum)
fact-housing-other = autre

fact-waitlist-years = depuis combien de temps vous êtes sur la liste d'attente pour un logement social

fact-heating = votre chauffage
fact-heating-heating-oil = mazout ou pétrole de chauffage
fact-heating-bulk-propane = propane en citerne
fact-heating-natural-gas = gaz naturel
fact-heating-collective-gas = chauffage commun au gaz naturel pour tout l'immeuble
fact-heating-electric = électricité
fact-heating-other = autre chose, par exemple du bois ou des bonbonnes de gaz

fact-disability = un handicap dans votre ménage

fact-care-need = un grand besoin de soins dans votre ménage

fact-debt = dettes et aide pour votre argent
fact-debt-collective-settlement = règlement collectif de dettes
fact-debt-debt-mediation = médiation de dettes
fact-debt-budget-management = guidance budgétaire ou gestion budgétaire
fact-debt-arrears = factures pas encore payées
fact-debt-none = pas de dettes

fact-legal-problem = un problème juridique

fact-childcare = l'accueil des enfants (crèche)

fact-expecting-baby = un bébé attendu

# Facts added for issue 13
fact-other-adults-are = qui sont les autres adultes chez vous
fact-other-adults-are-parent = votre père ou votre mère
fact-other-adults-are-adult-child = un de vos enfants de 18 ans ou plus
fact-other-adults-are-other-relative = un autre membre de la famille
fact-other-adults-are-not-family = une personne qui n'est pas de la famille

fact-savings = l'épargne de votre ménage

fact-children-ages = l'âge des enfants chez vous
fact-children-ages-under-3 = moins de 3 ans
fact-children-ages-from-3-to-17 = de 3 à 17 ans
fact-children-ages-from-18-to-24 = de 18 à 24 ans
fact-children-ages-from-25 = 25 ans ou plus

fact-disability-recognition = ce qui est reconnu pour un handicap
fact-disability-recognition-vaph = inscrit à la VAPH
fact-disability-recognition-adult-12-points = un adulte avec au moins 12 points d'autonomie
fact-disability-recognition-adult-66-percent = un adulte avec au moins 66 % de handicap ou d'incapacité de travail
fact-disability-recognition-child-pillar1-4 = un enfant avec au moins 4 points au pilier 1 (supplément de soins)
fact-disability-recognition-child-12-points = un enfant avec au moins 12 points au total (supplément de soins)

fact-recent-move = un déménagement dans les 9 derniers mois
fact-recent-move-unfit-or-too-small = d'un logement en mauvais état, inhabitable ou trop petit
fact-recent-move-not-adapted = d'un logement non adapté à votre âge ou à votre handicap
fact-recent-move-into-svk = vers un logement d'une agence immobilière sociale (SVK)
fact-recent-move-after-homeless = après avoir été sans domicile fixe
fact-recent-move-other-reason = pour une autre raison
fact-recent-move-no = pas de déménagement

fact-prepaid-meter = un compteur à budget (compteur numérique à prépaiement)
