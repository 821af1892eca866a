# Questions : une par fait. question-<id> est la question, question-<id>-help une phrase simple
# qui dit pourquoi nous posons la question ou comment trouver la réponse.

question-age = Quel âge avez-vous ?
question-age-help = Certains droits dépendent de votre âge.

question-region = Où habitez-vous ?
question-region-help = Choisissez l'endroit où vous habitez d'habitude.

question-residence = Quelle est votre nationalité, ou votre statut de séjour en Belgique ?
question-residence-help = C'est écrit sur votre carte d'identité ou sur votre carte de séjour.

question-partner = Vivez-vous avec un partenaire ?
question-partner-help = Un partenaire, c'est votre mari, votre femme ou la personne avec qui vous vivez en couple.

question-children = Combien d'enfants vivent avec vous ?
question-children-help = Comptez les enfants qui vivent chez vous et dont vous vous occupez.

question-other-adults = Combien d'autres adultes vivent avec vous ?
question-other-adults-help = Ne comptez pas votre partenaire. Comptez par exemple un enfant adulte, un de vos parents ou un colocataire.

question-income-monthly-net =
    { $partner ->
        [yes] Combien d'argent recevez-vous chaque mois, vous et votre partenaire ensemble ?
        [no] Combien d'argent recevez-vous chaque mois ?
       *[other] Combien d'argent recevez-vous chaque mois ? Vous vivez avec un partenaire ? Alors comptez aussi l'argent de votre partenaire.
    }
question-income-monthly-net-help = Comptez tout ce qui arrive sur votre compte : salaire, allocation et pension. Ne comptez pas le Groeipakket (allocations familiales) ni la pension alimentaire pour vos enfants. Une estimation suffit.

question-income-yearly-taxable =
    { $partner ->
        [yes] Quel était le revenu imposable de vous et votre partenaire ensemble l'année passée, en euros par an?
       *[other] Quel était votre revenu imposable l'année passée, en euros par an?
    }
question-income-yearly-taxable-help = C'est écrit sur l'avertissement-extrait de rôle (la lettre du SPF Finances), à la ligne « revenu imposable globalement ». Pour un couple, il y a deux montants : additionnez-les. Vous n'avez pas d'avertissement-extrait de rôle ? Choisissez alors « Je ne sais pas ».

question-receives = Parmi ces allocations ou ces droits, lesquels recevez-vous déjà, vous ou quelqu'un de votre ménage ?
question-receives-help = Choisissez tout ce qui correspond. C'est écrit sur les lettres du service qui vous paie.

question-work = Que faites-vous maintenant ?
question-work-help = Choisissez ce qui vous correspond le mieux.

question-education = Quelqu'un de votre ménage va-t-il à l'école ? À quelle école ?
question-education-help = Choisissez tout ce qui correspond. Certaines aides pour l'école en dépendent.

question-housing = Quel est votre logement ?
question-housing-help = Choisissez ce qui vous correspond le mieux.

question-waitlist-years = Depuis combien d'années êtes-vous sur la liste d'attente pour un logement social ?
question-waitlist-years-help = Vous n'êtes pas sur la liste d'attente ? Tapez alors 0.

question-heating = Avec quoi chauffez-vous votre logement ?
question-heating-help = C'est écrit sur la facture de votre chauffage.

question-disability = Est-ce que vous, ou quelqu'un de votre ménage, avez un handicap ?
question-disability-help = Un handicap peut être physique, intellectuel ou psychique.

question-care-need = Est-ce que vous, ou quelqu'un de votre ménage, avez besoin de beaucoup d'aide chaque jour ?
question-care-need-help = Par exemple de l'aide pour se laver, s'habiller ou manger.

question-debt = Avez-vous des dettes, ou recevez-vous de l'aide pour votre argent ?
question-debt-help = Par exemple des factures que vous n'avez pas pu payer à temps, ou l'aide d'un médiateur de dettes.

question-legal-problem = Avez-vous un problème pour lequel vous pourriez avoir besoin d'un avocat ?
question-legal-problem-help = Par exemple un conflit avec votre propriétaire ou votre employeur, ou une séparation.

question-childcare =
    { $children ->
        [1] Votre enfant va-t-il à l'accueil des enfants (crèche) ?
       *[other] Un de vos enfants va-t-il à l'accueil des enfants (crèche) ?
    }
question-childcare-help = L'accueil des enfants, c'est par exemple une crèche ou une accueillante d'enfants.

question-expecting-baby =
    { $partner ->
        [no] Êtes-vous enceinte ?
       *[other] Êtes-vous enceinte, ou votre partenaire est-elle enceinte ?
    }
question-expecting-baby-help = Certains droits commencent déjà avant la naissance.

# Questions added for issue 13
question-other-adults-are = Qui sont les autres adultes qui vivent chez vous ?
question-other-adults-are-help = Choisissez tout ce qui convient. Pour certaines aides, les revenus de vos parents ou de vos enfants comptent aussi.

question-children-ages = Quel âge ont les enfants qui vivent chez vous ?
question-children-ages-help = Choisissez tout ce qui convient. Certaines aides sont seulement pour des enfants de moins de 18 ans.

question-disability-recognition = Qu'est-ce qui est reconnu pour le handicap ?
question-disability-recognition-help = Choisissez tout ce qui convient. C'est écrit dans la lettre du SPF Sécurité sociale, de la VAPH ou du Groeipakket. Vous ne savez pas ? Choisissez alors « Je ne sais pas ».

question-recent-move = Avez-vous déménagé dans les 9 derniers mois, ou allez-vous déménager bientôt ? Pourquoi ?
question-recent-move-help = Pour l'allocation de loyer (huursubsidie), la raison du déménagement est importante.

question-savings =
    { $partner ->
        [yes] Combien d'épargne avez-vous, vous et votre partenaire ensemble?
       *[other] Combien d'épargne avez-vous?
    }
question-savings-help = Comptez l'argent sur votre compte d'épargne et votre compte courant, et aussi les actions ou les fonds. En euros. Une estimation suffit.

question-prepaid-meter = Avez-vous un compteur à budget pour le gaz ou l'électricité ?
question-prepaid-meter-help = Avec un compteur à budget, vous payez votre énergie à l'avance. C'est un compteur numérique à prépaiement, le plus souvent de Fluvius.
