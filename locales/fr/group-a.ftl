# Groupe A : aide médicale urgente, maximum à facturer, IGO, IVT, IT, pro deo, aide pour les dettes,
# carte de stationnement, carte de réduction NMBS, De Lijn. Droits, documents, services et paramètres.
# Pas de montants dans ces messages : les montants sont dans les paramètres.

## Aide médicale urgente

right-dringende-medische-hulp = Aide médicale urgente
right-dringende-medische-hulp-summary = Avec l'aide médicale urgente de l'OCMW (CPAS), vous recevez des soins d'un médecin ou à l'hôpital, et des médicaments, même si vous n'avez pas de séjour légal.
right-dringende-medische-hulp-counter = Je voudrais demander l'aide médicale urgente.

right-dringende-medische-hulp-reason-abroad = Vous n'habitez pas en Belgique. L'aide médicale urgente est pour les personnes qui séjournent en Belgique.
right-dringende-medische-hulp-reason-no-legal-stay = Vous n'avez pas de séjour légal. Vous pouvez alors demander l'aide médicale urgente à l'OCMW (CPAS) de la commune où vous séjournez réellement. Malgré son nom, elle n'est pas seulement pour les urgences : elle est aussi pour une visite normale chez le médecin, pour l'hôpital et pour les médicaments. Un médecin écrit une attestation. L'OCMW fait une enquête sociale et vient chez vous. L'OCMW décide dans les 30 jours.
right-dringende-medische-hulp-reason-eu = Vous êtes citoyen d'un pays de l'Union européenne. Alors, pour les soins, vous allez en général à un ziekenfonds (mutualité). Vous êtes en Belgique depuis moins de 3 mois et vous n'avez pas de ziekenfonds? Demandez alors à l'OCMW (CPAS) si vous pouvez recevoir l'aide médicale urgente.
right-dringende-medische-hulp-reason-asylum-seeker = Comme demandeur d'asile, vous recevez l'aide médicale par votre accueil : Fedasil ou une initiative locale d'accueil (LOI). Demandez-la là-bas.
right-dringende-medische-hulp-otherwise = Vous avez un séjour légal en Belgique. Alors vous recevez des soins par votre ziekenfonds (mutualité). L'aide médicale urgente est pour les personnes sans séjour légal.

right-dringende-medische-hulp-unverified-eu = Les citoyens de l'Union européenne peuvent parfois aussi recevoir l'aide médicale urgente pendant leurs 3 premiers mois en Belgique. Cela ne vient pas d'une source officielle et n'a pas encore été vérifié.

## Maximum à facturer

right-maximumfactuur = Maximum à facturer (MAF)
right-maximumfactuur-summary = Avec le maximum à facturer, votre ménage ne paie pas plus qu'un montant fixe de ticket modérateur par an. Le ticket modérateur est la partie du prix du médecin ou de l'hôpital que vous payez vous-même.
right-maximumfactuur-counter = Je voudrais vérifier si je récupère de l'argent avec le maximum à facturer.
right-maximumfactuur-if-missing = Le maximum à facturer vient automatiquement. Les premiers remboursements arrivent en général seulement au début de l'été, parce que le ziekenfonds (mutualité) doit d'abord recevoir les données sur votre revenu. Vous pensez avoir payé trop de ticket modérateur? Demandez-le à votre ziekenfonds. Votre revenu a fortement baissé, par exemple à cause d'une maladie ou du chômage? Demandez alors à votre ziekenfonds de regarder votre revenu actuel.

right-maximumfactuur-reason-abroad = Vous n'habitez pas en Belgique. Alors, en général, vous ne recevez pas le maximum à facturer d'un ziekenfonds (mutualité) belge. Renseignez-vous auprès de votre ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Sans séjour légal, en général, vous n'êtes pas affilié à un ziekenfonds (mutualité). Mais l'OCMW (CPAS) peut donner l'aide médicale urgente. C'est l'aide d'un médecin ou à l'hôpital, et des médicaments.
right-maximumfactuur-reason-asylum-seeker = Comme demandeur d'asile, vous recevez l'aide médicale par votre accueil : Fedasil ou une initiative locale d'accueil (LOI). Vous êtes quand même affilié à un ziekenfonds (mutualité)? Alors le maximum à facturer vaut aussi pour vous.
right-maximumfactuur-reason-it-partner = Vous recevez une IT et vous habitez avec un partenaire. Votre partenaire a un revenu? Alors l'IT ne donne pas droit au maximum à facturer social, qui est plus bas. Le maximum à facturer normal s'applique quand même. Il dépend du revenu de votre ménage. Votre ziekenfonds (mutualité) l'applique automatiquement. Vous ne devez rien faire.
right-maximumfactuur-reason-social = Votre ménage a l'intervention majorée. Alors le maximum à facturer social s'applique. C'est une limite basse. Votre ménage paie en un an plus de ticket modérateur que cette limite? Alors votre ziekenfonds (mutualité) rembourse automatiquement ce qui est en trop. Vous ne devez rien faire.
right-maximumfactuur-reason-income-vt-pending = Toute personne affiliée à un ziekenfonds (mutualité) a un maximum à facturer. Votre ziekenfonds l'applique automatiquement. Vous pouvez probablement aussi recevoir l'intervention majorée. Alors une limite plus basse s'applique : le maximum à facturer social. Demandez donc d'abord l'intervention majorée.
right-maximumfactuur-reason-income = Toute personne affiliée à un ziekenfonds (mutualité) a un maximum à facturer. Votre ménage paie en un an plus de ticket modérateur qu'une certaine limite? Alors votre ziekenfonds rembourse automatiquement ce qui est en trop. Le niveau de la limite dépend du revenu de votre ménage. Votre ménage, ce sont toutes les personnes qui habitaient à votre adresse le 1er janvier. Vous ne devez rien faire.
right-maximumfactuur-otherwise = Vous n'avez pas de ziekenfonds (mutualité) en Belgique. Alors le maximum à facturer ne s'applique pas à vous.

right-maximumfactuur-unverified-amounts-2025-2026 = Les limites du maximum à facturer pour 2025 et 2026 n'ont pas encore été vérifiées. Nous connaissons seulement les limites de 2024.

## Garantie de revenus aux personnes âgées (IGO)

right-igo = Garantie de revenus aux personnes âgées (IGO)
right-igo-summary = L'IGO est de l'argent du Federale Pensioendienst (Service fédéral des Pensions) pour les personnes qui ont l'âge de la pension et qui ont trop peu de revenus.
right-igo-counter = Je voudrais demander une garantie de revenus aux personnes âgées (IGO).

right-igo-reason-already = Vous recevez déjà une IGO. Vous partez à l'étranger? Signalez-le d'abord au Federale Pensioendienst (Service fédéral des Pensions). Vous pouvez être à l'étranger seulement peu de temps par an. Sinon, vous pouvez perdre l'IGO.
right-igo-reason-abroad = Vous n'habitez pas en Belgique. L'IGO est seulement pour les personnes qui habitent en Belgique et qui y séjournent vraiment.
right-igo-reason-too-young = Vous n'avez pas encore l'âge légal de la pension. L'IGO est seulement pour les personnes qui ont cet âge. Vous recevez un leefloon (revenu d'intégration) ou une allocation pour un handicap? Alors le Federale Pensioendienst (Service fédéral des Pensions) examine l'IGO automatiquement quand vous atteignez l'âge de la pension.
right-igo-reason-residence = Avec votre séjour, vous ne pouvez pas recevoir d'IGO. Vous avez trop peu de revenus? Demandez alors conseil à l'OCMW (CPAS).
right-igo-reason-examined-by-fpd = Vous avez l'âge de la pension et vous recevez un leefloon (revenu d'intégration) ou une allocation pour un handicap. Alors le Federale Pensioendienst (Service fédéral des Pensions) examine lui-même si vous recevez une IGO. Vous ne devez pas la demander. Vous recevez une lettre ou des questions du Service des Pensions? Répondez alors le plus vite possible. Vous n'avez pas de nouvelles? Téléphonez alors à la ligne pensions 1765.
right-igo-reason-nationality = Votre revenu semble assez bas pour une IGO. Mais votre droit dépend aussi de votre nationalité, de votre séjour et du temps que vous avez travaillé en Belgique. Le Federale Pensioendienst (Service fédéral des Pensions) décide. Demandez l'IGO, ou demandez conseil à votre commune ou à l'OCMW (CPAS).
right-igo-reason-request-alone = Vous avez l'âge de la pension, vous habitez seul et votre revenu semble plus bas que l'IGO. Demandez l'IGO au service des pensions de votre commune, en ligne ou par la ligne pensions. Le Federale Pensioendienst (Service fédéral des Pensions) regarde tous vos revenus, vos biens et votre épargne.
right-igo-reason-request-couple = Vous avez l'âge de la pension et vous habitez avec votre partenaire. Vos revenus ensemble semblent plus bas que l'IGO pour deux personnes. Demandez l'IGO au service des pensions de votre commune, en ligne ou par la ligne pensions. Le Federale Pensioendienst (Service fédéral des Pensions) regarde tous vos revenus, vos biens et votre épargne, et ceux de votre partenaire.
right-igo-reason-request-shared = Vous avez l'âge de la pension et vous habitez avec d'autres adultes. Votre revenu semble plus bas que l'IGO pour une personne qui n'habite pas seule. Demandez l'IGO au service des pensions de votre commune, en ligne ou par la ligne pensions. Le Federale Pensioendienst (Service fédéral des Pensions) regarde tous vos revenus, vos biens et votre épargne.
right-igo-otherwise = Votre revenu semble plus haut que l'IGO. Vous avez un doute, ou votre revenu a baissé? Demandez alors au service des pensions de votre commune, ou téléphonez à la ligne pensions 1765.

right-igo-unverified-amounts = Les montants de l'IGO après novembre 2023 n'ont pas encore été vérifiés. Ils sont probablement plus hauts maintenant. Votre revenu est seulement un peu plus haut que la limite? Demandez quand même l'IGO.

## Allocation de remplacement de revenus (IVT)

right-ivt = Allocation de remplacement de revenus (IVT)
right-ivt-summary = L'IVT est de l'argent de l'État pour les personnes avec un handicap qui, à cause de ce handicap, ne peuvent pas travailler ou peuvent beaucoup moins travailler.
right-ivt-counter = Je voudrais demander une allocation de remplacement de revenus (IVT).
right-ivt-deadline = L'IVT commence seulement le premier jour du mois après votre demande. Demandez-la donc le plus vite possible.

right-ivt-reason-already = Vous recevez déjà une IVT.
right-ivt-reason-abroad = Vous n'habitez pas en Belgique. L'IVT est seulement pour les personnes qui habitent en Belgique.
right-ivt-reason-residence = Avec votre séjour, vous ne pouvez pas recevoir d'IVT. Vous devez être inscrit au registre de la population ou au registre des étrangers.
right-ivt-reason-minor = Vous avez moins de 18 ans. L'IVT est pour les personnes de 18 à 65 ans. Vous recevez un supplément de soins dans le Groeipakket (allocations familiales)? Alors l'IVT est examinée automatiquement quand vous avez 18 ans.
right-ivt-reason-65 = Vous avez 65 ans ou plus. Alors vous ne pouvez plus demander vous-même une IVT. Quelqu'un d'autre de votre ménage a un handicap, et cette personne a entre 18 et 65 ans? Alors cette personne peut demander une IVT.
right-ivt-reason-turning-18 = Vous avez 18 ans et dans votre ménage, il y a un supplément de soins pour un enfant. Vous avez reçu vous-même ce supplément de soins? Alors la DG Personnes handicapées examine automatiquement si vous recevez une IVT. Vous recevez une lettre. Répondez à cette lettre.
right-ivt-reason-assessment = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap. Cette personne a entre 18 et 65 ans, et à cause du handicap, elle ne peut pas travailler ou peut beaucoup moins travailler? Alors cette personne peut demander une IVT. Un médecin de la DG Personnes handicapées décide combien cette personne peut encore gagner. La DG regarde aussi le revenu de cette personne et de son partenaire.
right-ivt-otherwise = Vous avez dit que personne de votre ménage n'a de handicap. L'IVT est pour les personnes avec un handicap qui, à cause de ce handicap, ne peuvent pas travailler ou peuvent beaucoup moins travailler.

right-ivt-unverified-amounts = Les montants de l'IVT pour 2025 et 2026 ne viennent pas d'une source officielle. Ils n'ont pas encore été vérifiés.

## Allocation d'intégration (IT)

right-it = Allocation d'intégration (IT)
right-it-summary = L'IT est de l'argent de l'État pour les personnes avec un handicap qui ont des frais en plus, parce qu'elles ont du mal à faire les choses de tous les jours.
right-it-counter = Je voudrais demander une allocation d'intégration (IT).
right-it-deadline = L'IT commence seulement le premier jour du mois après votre demande. Demandez-la donc le plus vite possible.

right-it-reason-already = Vous recevez déjà une IT.
right-it-reason-abroad = Vous n'habitez pas en Belgique. L'IT est seulement pour les personnes qui habitent en Belgique.
right-it-reason-residence = Avec votre séjour, vous ne pouvez pas recevoir d'IT. Vous devez être inscrit au registre de la population ou au registre des étrangers.
right-it-reason-minor = Vous avez moins de 18 ans. L'IT est pour les personnes de 18 à 65 ans. Vous recevez un supplément de soins dans le Groeipakket (allocations familiales)? Alors l'IT est examinée automatiquement quand vous avez 18 ans.
right-it-reason-65 = Vous avez 65 ans ou plus. Alors vous ne pouvez plus demander vous-même une IT. Pour les personnes âgées qui ont besoin de soins, il y a le budget de soins pour personnes âgées, auprès de votre zorgkas (caisse d'assurance soins). Quelqu'un d'autre de votre ménage a un handicap, et cette personne a entre 18 et 65 ans? Alors cette personne peut demander une IT.
right-it-reason-turning-18 = Vous avez 18 ans et dans votre ménage, il y a un supplément de soins pour un enfant. Vous avez reçu vous-même ce supplément de soins? Alors la DG Personnes handicapées examine automatiquement si vous recevez une IT. Vous recevez une lettre. Répondez à cette lettre.
right-it-reason-assessment = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap ou a besoin de beaucoup d'aide chaque jour. Cette personne a entre 18 et 65 ans? Alors elle peut demander une IT. Un médecin de la DG Personnes handicapées regarde, avec des points, combien cette personne a du mal à faire les choses de tous les jours, comme manger, se laver ou se déplacer. Cela décide si cette personne reçoit une IT. La DG regarde aussi le revenu de cette personne et de son partenaire.
right-it-otherwise = Vous avez dit que personne de votre ménage n'a de handicap ni besoin de beaucoup d'aide chaque jour. L'IT est pour les personnes avec un handicap qui ont du mal à faire les choses de tous les jours.

right-it-unverified-amounts = Les montants de l'IT ne viennent pas d'une source officielle. Ils n'ont pas encore été vérifiés.

## Avocat pro deo

right-pro-deo = Avocat pro deo (aide juridique de deuxième ligne)
right-pro-deo-summary = Avec un revenu bas, vous recevez un avocat qui ne vous coûte rien ou seulement un petit montant.
right-pro-deo-counter = Je voudrais demander un avocat pro deo.

right-pro-deo-reason-no-problem = Vous avez dit que vous n'avez pas maintenant de problème pour lequel vous avez besoin d'un avocat. Vous avez besoin d'un avocat plus tard? Revenez alors. Tout le monde peut recevoir un premier conseil juridique gratuit, par exemple à l'OCMW (CPAS), au CAW (centre d'aide sociale) ou à la maison de justice.
right-pro-deo-reason-minor = Vous avez moins de 18 ans. Alors vous avez toujours droit à un avocat gratuit.
right-pro-deo-reason-presumed-benefit = Vous recevez un leefloon (revenu d'intégration), une aide de l'OCMW (CPAS), une IGO ou une IVT. Alors le bureau d'aide juridique (BJB) considère que votre revenu est assez bas pour un avocat gratuit. Emportez une attestation de votre allocation.
right-pro-deo-reason-free = Votre revenu ne semble pas plus haut que la limite pour un avocat totalement gratuit. Demandez un avocat pro deo au bureau d'aide juridique (BJB). Vous avez déjà un avocat? Il peut aussi le demander pour vous.
right-pro-deo-reason-partial = Votre revenu semble juste au-dessus de la limite pour un avocat totalement gratuit, mais pas au-dessus de la deuxième limite. Alors l'avocat est partiellement gratuit : vous payez une petite contribution. Demandez-le au bureau d'aide juridique (BJB).
right-pro-deo-reason-children = Votre revenu est plus haut que la limite normale. Mais la limite est plus haute pour chaque personne à votre charge, comme un enfant. Le bureau d'aide juridique (BJB) fait le calcul pour vous. Demandez-le là-bas.
right-pro-deo-reason-social-tenant = Vous louez un logement social. Vous payez seulement la moitié du loyer de base? Alors vous recevez probablement un avocat gratuit. Demandez une attestation à votre woonmaatschappij (société de logement social) et allez au bureau d'aide juridique (BJB).
right-pro-deo-reason-stay-procedure = Votre problème concerne votre séjour en Belgique, par exemple une régularisation ou un recours? Alors vous recevez probablement un avocat gratuit. Le bureau d'aide juridique (BJB) décide. Demandez-le là-bas, ou demandez conseil à l'OCMW (CPAS) ou à un CAW (centre d'aide sociale).
right-pro-deo-otherwise = Votre revenu semble plus haut que les limites pour un avocat gratuit. Vous avez un doute? Demandez au bureau d'aide juridique (BJB). Tout le monde peut recevoir un premier conseil juridique gratuit, par exemple à l'OCMW (CPAS), au CAW (centre d'aide sociale) ou à la maison de justice.

right-pro-deo-unverified-limits-2026 = Les limites de revenus changent chaque année le 1er septembre. Les limites à partir du 1er septembre 2026 n'ont pas encore été vérifiées. Nous utilisons celles du 1er septembre 2025.
right-pro-deo-unverified-presumptions = On n'a pas encore vérifié si les personnes en règlement collectif de dettes et tous les demandeurs d'asile reçoivent automatiquement un avocat gratuit. Et toutes les sources ne disent pas que l'IVT compte pour cela.
right-pro-deo-unverified-contribution = Ce que vous payez vous-même quand l'avocat est partiellement gratuit n'a pas encore été vérifié dans la loi. Le bureau d'aide juridique (BJB) vous le dira.

## Aide pour les dettes

right-schuldhulp = Aide pour vos dettes et pour votre budget
right-schuldhulp-summary = L'OCMW (CPAS) ou le CAW (centre d'aide sociale) vous aide si vous ne pouvez plus payer vos factures : avec des conseils, avec une aide pour votre budget ou avec une médiation de dettes.
right-schuldhulp-counter = J'ai des dettes et je voudrais de l'aide.

right-schuldhulp-reason-already-collective = Vous êtes en règlement collectif de dettes. Le juge a désigné un médiateur de dettes qui organise votre plan de remboursement. Vous avez des questions, ou de nouvelles factures que vous ne pouvez pas payer? Parlez-en tout de suite à votre médiateur de dettes.
right-schuldhulp-reason-already-mediation = Vous recevez déjà une médiation de dettes. Vous avez des questions, ou de nouvelles factures que vous ne pouvez pas payer? Parlez-en tout de suite à votre médiateur de dettes.
right-schuldhulp-reason-already-budget = Vous recevez déjà une guidance budgétaire ou une gestion budgétaire. Vous avez de nouvelles factures que vous ne pouvez pas payer? Parlez-en tout de suite à la personne qui vous accompagne.
right-schuldhulp-reason-abroad = Vous n'habitez pas en Belgique. Cette aide est pour les personnes qui habitent en Belgique.
right-schuldhulp-reason-arrears = Vous avez des factures que vous n'avez pas pu payer à temps. L'OCMW (CPAS) ou le CAW (centre d'aide sociale) peut vous aider. Par exemple avec des conseils, avec un accord avec les personnes ou les entreprises à qui vous devez de l'argent, avec une guidance budgétaire ou une gestion budgétaire, ou avec une médiation de dettes. Pendant un entretien, vous regardez ensemble ce qui vous convient. N'attendez pas trop longtemps : plus vite, c'est mieux.
right-schuldhulp-otherwise = Vous avez dit que vous n'avez pas de dettes. Vous avez plus tard du mal à payer vos factures? Demandez alors de l'aide à temps à l'OCMW (CPAS) ou au CAW (centre d'aide sociale).

right-schuldhulp-unverified-pro-deo = On n'a pas encore vérifié si le règlement collectif de dettes ou la médiation de dettes donne automatiquement droit à un avocat gratuit.

## Carte de stationnement

right-parkeerkaart = Carte de stationnement pour personnes handicapées
right-parkeerkaart-summary = Avec la carte de stationnement, vous pouvez vous garer aux places pour personnes handicapées, comme conducteur ou comme passager.
right-parkeerkaart-counter = Je voudrais demander une carte de stationnement pour personnes handicapées.
right-parkeerkaart-deadline = Vous avez une carte avec une date de fin? Elle n'est pas prolongée automatiquement. Demandez une nouvelle carte 6 mois avant la date de fin.

right-parkeerkaart-reason-abroad = Vous n'habitez pas en Belgique. La carte de stationnement belge est pour les personnes qui habitent en Belgique.
right-parkeerkaart-reason-assessment = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap. La carte de stationnement dépend de la reconnaissance par un médecin de la DG Personnes handicapées, par exemple de la difficulté de cette personne à se déplacer. Cette personne a déjà une reconnaissance? Alors, en général, un nouveau certificat médical n'est pas nécessaire. Contactez alors la DG.
right-parkeerkaart-otherwise = Vous avez dit que personne de votre ménage n'a de handicap. La carte de stationnement est seulement pour les personnes avec un handicap.

## Carte de réduction de la NMBS

right-nmbs-kortingkaart = Carte de réduction de la NMBS (SNCB) pour l'intervention majorée
right-nmbs-kortingkaart-summary = Avec cette carte gratuite, vous achetez des billets de train en deuxième classe à moitié prix.
right-nmbs-kortingkaart-counter = Je voudrais une carte de réduction pour l'intervention majorée.
right-nmbs-kortingkaart-deadline = La carte est valable 1 an, ou 5 ans si vous avez 65 ans ou plus. Demandez à temps une nouvelle carte.

right-nmbs-kortingkaart-reason-abroad = Vous n'habitez pas en Belgique. Cette carte est pour les personnes qui ont l'intervention majorée d'un ziekenfonds (mutualité) belge.
right-nmbs-kortingkaart-reason-vt = Vous avez l'intervention majorée. Alors vous, votre partenaire et vos enfants à charge pouvez recevoir cette carte. Demandez-la en ligne dans votre compte My NMBS, ou au guichet de la gare avec votre carte d'identité et une carte MOBIB.
right-nmbs-kortingkaart-reason-vt-first = Vous pouvez probablement recevoir l'intervention majorée. Demandez-la d'abord à votre ziekenfonds (mutualité). Ensuite, vous pouvez demander cette carte à la NMBS (SNCB).
right-nmbs-kortingkaart-otherwise = Cette carte est seulement pour les personnes qui ont l'intervention majorée, et pour leur famille. Vous avez un handicap grave? Alors une personne qui vous accompagne peut parfois voyager gratuitement avec vous, avec une carte d'accompagnateur (Kaart voor Begeleider). Demandez-la au guichet de la NMBS (SNCB).

## De Lijn

right-de-lijn-vervoergarantie = Voyager moins cher avec De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Avec un revenu bas ou un handicap, vous recevez un abonnement De Lijn pour le bus et le tram à un prix bas ou gratuit.
right-de-lijn-vervoergarantie-counter = Je voudrais un abonnement De Lijn à un tarif social.
right-de-lijn-vervoergarantie-if-missing = Vous ne recevez pas l'abonnement gratuit automatiquement? Demandez-le alors dans une Lijnwinkel (boutique De Lijn). Emportez une attestation de votre allocation. Vous recevez cette attestation de la DG Personnes handicapées, au numéro gratuit 0800 987 99.
right-de-lijn-vervoergarantie-deadline = L'abonnement est valable 12 mois. Demandez à temps un nouvel abonnement. Si vous arrêtez l'abonnement, vous ne récupérez pas d'argent.

right-de-lijn-vervoergarantie-reason-brussels = Vous habitez à Bruxelles. De Lijn roule surtout en Flandre. À Bruxelles, il y a la STIB (MIVB). Demandez-y un tarif plus bas, ou demandez conseil à l'OCMW (CPAS).
right-de-lijn-vervoergarantie-reason-wallonia = Vous habitez en Wallonie. De Lijn roule surtout en Flandre. En Wallonie, il y a le TEC. Demandez-y un tarif plus bas, ou demandez conseil au CPAS (en néerlandais : OCMW).
right-de-lijn-vervoergarantie-reason-abroad = Vous n'habitez pas en Belgique. Ces tarifs de De Lijn sont pour les personnes qui habitent en Flandre.
right-de-lijn-vervoergarantie-reason-free-handicap = Dans votre ménage, quelqu'un reçoit une IVT ou une IT. Cette personne voyage gratuitement avec De Lijn. L'abonnement arrive en général automatiquement.
right-de-lijn-vervoergarantie-reason-leefloon = Vous recevez un leefloon (revenu d'intégration) ou un équivalent du leefloon. Alors vous recevez la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. De Lijn vous envoie elle-même un bulletin de virement. Payez-le, et vous recevrez l'abonnement.
right-de-lijn-vervoergarantie-reason-igo = Vous recevez une IGO. Alors vous recevez la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Demandez-le dans une Lijnwinkel (boutique De Lijn) ou par une lettre à De Lijn. Emportez l'attestation du Federale Pensioendienst (Service fédéral des Pensions).
right-de-lijn-vervoergarantie-reason-asylum-seeker = Comme demandeur d'asile, vous pouvez recevoir la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Vous le demandez par Fedasil ou par la Croix-Rouge (Rode Kruis). Demandez-le aux personnes de votre accueil.
right-de-lijn-vervoergarantie-reason-igo-pending = Vous pouvez probablement recevoir une IGO. Si vous la recevez, vous pouvez demander la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Demandez-le dans une Lijnwinkel (boutique De Lijn) ou par une lettre à De Lijn, avec l'attestation du Federale Pensioendienst (Service fédéral des Pensions).
right-de-lijn-vervoergarantie-reason-igo-maybe = Vous pouvez peut-être recevoir une IGO. Le Federale Pensioendienst (Service fédéral des Pensions) décide. Si vous recevez l'IGO, vous pouvez demander la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Demandez-le dans une Lijnwinkel (boutique De Lijn) ou par une lettre à De Lijn, avec l'attestation du Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-leefloon-pending = Vous pouvez probablement recevoir un leefloon (revenu d'intégration) ou un équivalent du leefloon. Si vous le recevez, De Lijn vous envoie elle-même un formulaire pour la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas.
right-de-lijn-vervoergarantie-reason-vt = Vous avez l'intervention majorée. Alors vous recevez un abonnement De Lijn moins cher. Demandez-le dans une Lijnwinkel (boutique De Lijn). Emportez une attestation de votre ziekenfonds (mutualité) qui n'a pas plus de 3 mois.
right-de-lijn-vervoergarantie-reason-vt-first = Vous pouvez probablement recevoir l'intervention majorée. Demandez-la d'abord à votre ziekenfonds (mutualité). Ensuite, vous recevez un abonnement De Lijn moins cher.
right-de-lijn-vervoergarantie-reason-vaph = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap. Cette personne est inscrite au VAPH (agence flamande pour les personnes handicapées)? Alors, en général, elle voyage gratuitement avec De Lijn. Renseignez-vous auprès de De Lijn.
right-de-lijn-vervoergarantie-otherwise = Vous n'avez pas de leefloon (revenu d'intégration), d'IGO, d'intervention majorée ni d'allocation pour un handicap. Alors il n'y a pas de tarif plus bas chez De Lijn. Mais les enfants de moins de 6 ans voyagent gratuitement. Certaines communes remboursent une partie de votre abonnement. Demandez-le à votre commune.

right-de-lijn-vervoergarantie-unverified-prices = Les prix de De Lijn changent. Le prix de l'abonnement avec l'intervention majorée n'a pas encore été vérifié.

## Documents

document-attest-dringende-medische-hulp = Attestation d'aide médicale urgente, écrite par un médecin
document-attest-dringende-medische-hulp-where = Le médecin qui vous examine l'écrit. Demandez-la vous-même.

document-identiteitsbewijs = Votre passeport ou une autre preuve de votre identité, si vous en avez une
document-identiteitsbewijs-where = Emportez ce que vous avez. Vous n'avez rien? Allez quand même à l'OCMW (CPAS).

document-bewijs-financiele-toestand = Papiers sur votre argent, si vous en avez : ce que vous recevez et ce que vous possédez
document-bewijs-financiele-toestand-where = Par exemple des extraits de compte de votre banque. Vous n'avez pas de papiers? Alors l'OCMW (CPAS) vous pose des questions pendant l'entretien.

document-gegevens-behandelende-arts = Nom et adresse de votre médecin
document-gegevens-behandelende-arts-where = Notez-les. Vous les trouvez sur une lettre ou sur une prescription de votre médecin.

document-rekeningnummer = Votre numéro de compte
document-rekeningnummer-where = Il est sur votre carte bancaire ou sur vos extraits de compte. Ne donnez jamais les codes secrets de votre banque : aucun service ne les demande.

document-klevertje-ziekenfonds = Une vignette de votre ziekenfonds (mutualité)
document-klevertje-ziekenfonds-where = Demandez des vignettes à votre ziekenfonds (mutualité).

document-aanslagbiljet-onroerende-voorheffing = Seulement si vous avez une maison ou un terrain : l'avertissement-extrait de rôle du précompte immobilier
document-aanslagbiljet-onroerende-voorheffing-where = Vous le recevez chaque année par la poste ou sous forme numérique. Vous l'avez perdu? Demandez une copie au service des impôts qui l'a envoyé.

document-volmacht = Seulement si une autre personne fait la demande pour vous : une procuration
document-volmacht-where = Écrivez sur papier que cette personne peut le faire pour vous, et signez. Demandez de l'aide à la personne qui vous aide.

document-gezinssamenstelling = Certificat de composition de ménage
document-gezinssamenstelling-where = Demandez-le à votre commune, ou téléchargez-le dans Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Seulement si vous recevez un leefloon (revenu d'intégration), une IGO ou une IVT, ou si vous louez un logement social : une attestation qui le prouve
document-attest-categorie-pro-deo-where = Demandez-la au service qui vous paie : l'OCMW (CPAS), le Federale Pensioendienst (Service fédéral des Pensions) ou la DG Personnes handicapées. Si vous êtes locataire social, demandez une attestation de loyer à votre woonmaatschappij (société de logement social).

document-documenten-zaak = Tous les papiers sur votre problème : lettres, contrats, décisions
document-documenten-zaak-where = Rassemblez tout ce que vous avez. Ne jetez rien.

document-lijst-schulden = Une liste de vos dettes, avec les lettres des personnes ou des entreprises à qui vous devez de l'argent
document-lijst-schulden-where = Rassemblez toutes les factures, tous les rappels et toutes les lettres. L'OCMW (CPAS) ou le CAW (centre d'aide sociale) vous aide à faire la liste.

document-energiefacturen = Vos factures d'électricité, de gaz ou d'eau
document-energiefacturen-where = Vous les recevez de votre fournisseur, par la poste ou dans votre compte sur le site internet du fournisseur.

document-attest-igo = Seulement si vous recevez une IGO : une attestation du Federale Pensioendienst (Service fédéral des Pensions)
document-attest-igo-where = Demandez-la au Federale Pensioendienst (Service fédéral des Pensions). Téléphonez à la ligne pensions 1765 ou regardez sur mypension.be.

document-attest-verhoogde-tegemoetkoming = Si vous avez l'intervention majorée : une attestation de votre ziekenfonds (mutualité) qui n'a pas plus de 3 mois
document-attest-verhoogde-tegemoetkoming-where = Demandez-la à votre ziekenfonds (mutualité), ou téléchargez-la sur le site internet ou dans l'application de votre ziekenfonds. À la NMBS (SNCB), elle est seulement nécessaire si le guichet ne peut pas vérifier votre intervention majorée.

document-mobib-kaart = Carte MOBIB à votre nom
document-mobib-kaart-where = Vous la recevez au guichet de la NMBS (SNCB). Une nouvelle carte coûte un petit montant.

document-pasfoto = Seulement si le guichet ne peut pas vérifier votre intervention majorée : une photo d'identité récente
document-pasfoto-where = Chez un photographe ou dans une cabine photo.

## Services

office-federale-pensioendienst = Federale Pensioendienst (Service fédéral des Pensions)
office-federale-pensioendienst-in-person = Allez au service des pensions de votre commune. Vous pouvez aussi aller à une permanence ou à un bureau du Federale Pensioendienst (Service fédéral des Pensions). Une autre personne peut le faire pour vous.
office-federale-pensioendienst-phone = Téléphonez à la ligne pensions du Federale Pensioendienst (Service fédéral des Pensions).
office-federale-pensioendienst-online = Faites la demande en ligne avec votre carte d'identité ou avec itsme.

office-dg-personen-met-handicap = SPF Sécurité sociale, DG Personnes handicapées (en néerlandais : FOD Sociale Zekerheid, DG Personen met een handicap)
office-dg-personen-met-handicap-online = Faites la demande en ligne dans MyHandicap, avec votre carte d'identité et votre code PIN, ou avec itsme.
office-dg-personen-met-handicap-phone = Téléphonez à la DG Personnes handicapées. Ce numéro est gratuit.
office-dg-personen-met-handicap-in-person = Cela ne marche pas en ligne? Le service social de votre ziekenfonds (mutualité), votre commune ou l'OCMW (CPAS, Sociaal Huis) vous aide et fait la demande pour vous. Il y a aussi des assistants sociaux de la DG.

office-bureau-juridische-bijstand = Bureau d'aide juridique des avocats (en néerlandais : Bureau voor Juridische Bijstand, BJB)
office-bureau-juridische-bijstand-in-person = Allez au bureau d'aide juridique (BJB). Il est en général au palais de justice de votre région. Vous avez déjà un avocat? Il peut aussi le demander pour vous.
office-bureau-juridische-bijstand-phone = Téléphonez au bureau d'aide juridique (BJB). Le numéro est sur le site internet des avocats (le barreau) de votre région. Vous pouvez aussi le demander à l'OCMW (CPAS) ou à un CAW (centre d'aide sociale).

office-de-lijn = De Lijn
office-de-lijn-in-person = Allez dans une Lijnwinkel (boutique De Lijn).
office-de-lijn-letter = Vous pouvez aussi envoyer votre demande par la poste. Joignez une copie de votre attestation.
office-de-lijn-online = Sur le site internet de De Lijn, vous trouvez des explications sur les abonnements et sur les prix.

office-nmbs = NMBS (SNCB)
office-nmbs-in-person = Allez au guichet d'une gare. Emportez votre carte d'identité et votre carte MOBIB.
office-nmbs-online = Demandez la carte en ligne dans votre compte My NMBS, sur le site internet de la NMBS (SNCB).

## Paramètres

param-pension-age = Âge légal de la pension, aussi l'âge pour l'IGO (en années)
param-igo-amount-shared = IGO, montant de base, pour qui partage le logement : montant par mois
param-igo-amount-alone = IGO, montant majoré, pour qui habite seul : montant par mois
param-maf-income-bracket-1 = Maximum à facturer : limite supérieure de la tranche de revenus 1 (revenu net imposable du ménage par an)
param-maf-income-bracket-2 = Maximum à facturer : limite supérieure de la tranche de revenus 2 (revenu net imposable du ménage par an)
param-maf-income-bracket-3 = Maximum à facturer : limite supérieure de la tranche de revenus 3 (revenu net imposable du ménage par an)
param-maf-income-bracket-4 = Maximum à facturer : limite supérieure de la tranche de revenus 4 (revenu net imposable du ménage par an)
param-maf-income-bracket-5 = Maximum à facturer : limite supérieure de la tranche de revenus 5 (revenu net imposable du ménage par an)
param-maf-ceiling-1 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 1
param-maf-ceiling-2 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 2
param-maf-ceiling-3 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 3
param-maf-ceiling-4 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 4
param-maf-ceiling-5 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 5
param-maf-ceiling-6 = Maximum à facturer : limite du ticket modérateur par an au-dessus de la tranche de revenus 5
param-maf-ceiling-social = Maximum à facturer social (ménages avec l'intervention majorée) : limite du ticket modérateur par an
param-maf-chronic-reduction = Maximum à facturer : diminution de la limite en cas de maladie chronique
param-ivt-max-cat-a = IVT catégorie A : montant maximum par an
param-ivt-max-cat-b = IVT catégorie B : montant maximum par an
param-ivt-max-cat-c = IVT catégorie C : montant maximum par an
param-it-max-cat-1 = IT catégorie 1 (7 à 8 points) : montant maximum par mois
param-it-max-cat-2 = IT catégorie 2 (9 à 11 points) : montant maximum par mois
param-it-max-cat-3 = IT catégorie 3 (12 à 14 points) : montant maximum par mois
param-it-max-cat-4 = IT catégorie 4 (15 à 16 points) : montant maximum par mois
param-it-max-cat-5 = IT catégorie 5 (17 à 18 points) : montant maximum par mois
param-pro-deo-limit-single-full = Avocat pro deo, personne isolée : totalement gratuit jusqu'à ce revenu net par mois
param-pro-deo-limit-single-partial = Avocat pro deo, personne isolée : partiellement gratuit jusqu'à ce revenu net par mois
param-pro-deo-limit-family-full = Avocat pro deo, avec personnes à charge ou cohabitant : totalement gratuit jusqu'à ce revenu net par mois
param-pro-deo-limit-family-partial = Avocat pro deo, avec personnes à charge ou cohabitant : partiellement gratuit jusqu'à ce revenu net par mois
