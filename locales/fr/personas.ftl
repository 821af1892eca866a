# Personnes fictives pour les formations : une courte histoire par ménage d'exemple (content/scenarios).
# Tous les noms sont inventés.

scenario-alleenstaande-met-leefloon-stookolie-story = Maria a 45 ans et vit seule dans une maison louée. Depuis six mois, elle reçoit un leefloon (revenu d'intégration) de l'OCMW (CPAS). Elle se chauffe au mazout. Qu'est-ce qu'elle reçoit automatiquement, et que doit-elle demander elle-même ?
scenario-gepensioneerde-met-igo-stookolie-story = Jeanne a 78 ans et elle est veuve. Elle vit seule dans sa propre maison et reçoit une petite pension avec une garantie de revenus aux personnes âgées (GRAPA). Elle se chauffe au mazout.
scenario-alleenstaande-moeder-twee-kinderen-met-job-story = Sara a 38 ans et elle élève seule deux enfants. Elle travaille, loue une maison à un propriétaire privé et se chauffe au mazout. Les enfants vont à l'école maternelle et à l'école primaire.
scenario-zonder-wettig-verblijf-story = Amina a 40 ans. Elle n'a pas de séjour légal en Belgique et pas de revenus. Elle loge chez des amis et a besoin de l'aide d'un avocat.
scenario-vreemdelingenregister-alleenstaande-zonder-inkomen-story = Oleg a 29 ans et il est inscrit au registre des étrangers. Il n'a pas de revenus et cherche du travail. Il loue un petit studio avec un chauffage électrique.
scenario-b-wachtlijst-vijf-jaar-prive-huur-story = Rik a 45 ans et il travaille. Il loue un logement chez un propriétaire privé. Depuis cinq ans déjà, il est sur la liste d'attente pour un logement social.
scenario-a-koppel-collectieve-schuldenregeling-story = Tom et Leen ont environ 40 ans et deux enfants. Ils sont en règlement collectif de dettes (une procédure devant le juge). Seul Tom a un salaire. Un créancier les a attaqués devant le tribunal.
scenario-c-student-op-kot-story = Lina a 20 ans et fait des études à l'université de Gand. Elle habite dans un kot (une chambre d'étudiant) et a un job d'étudiant. Elle répond elle-même aux questions.
