# Droits : right-<id> est le nom, right-<id>-summary une phrase simple, right-<id>-counter la
# phrase à dire au guichet, right-<id>-if-missing (droits qui peuvent venir automatiquement) que
# faire si cela n'arrive pas. Ensuite chaque message reason, otherwise et unverified du droit.
# Pas de montants ici : les montants viennent des paramètres.

## Leefloon

right-leefloon = Leefloon (revenu d'intégration)
right-leefloon-summary = Le leefloon (revenu d'intégration) est de l'argent de l'OCMW (CPAS) quand vos revenus sont trop bas pour vivre.
right-leefloon-counter = Je voudrais demander le leefloon (revenu d'intégration).

right-leefloon-reason-already = Vous recevez déjà un leefloon (revenu d'intégration).
right-leefloon-reason-has-equivalent = Vous recevez déjà un équivalent du leefloon. C'est la même aide de l'OCMW (CPAS). Vous ne pouvez pas recevoir les deux.
right-leefloon-reason-abroad = Vous n'habitez pas en Belgique. Le leefloon (revenu d'intégration) est seulement pour les personnes qui habitent en Belgique.
right-leefloon-reason-foreigners-register = Avec votre séjour, vous ne pouvez pas recevoir de leefloon (revenu d'intégration). Mais vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). C'est le même montant.
right-leefloon-reason-asylum-seeker = Comme demandeur d'asile, vous ne recevez pas de leefloon (revenu d'intégration). Vous recevez un accueil de Fedasil ou d'une initiative locale d'accueil (LOI).
right-leefloon-reason-no-legal-stay = Sans séjour légal, vous ne pouvez pas recevoir de leefloon (revenu d'intégration). Mais l'OCMW (CPAS) peut donner l'aide médicale urgente. C'est l'aide d'un médecin ou à l'hôpital, et des médicaments.
right-leefloon-reason-minor = Vous avez moins de 18 ans. Alors, en général, vous ne recevez pas de leefloon (revenu d'intégration). C'est possible si vous êtes enceinte, si vous avez un enfant ou si vous êtes marié.
right-leefloon-reason-request-family = Vous habitez avec vos enfants et votre revenu est plus bas que le leefloon (revenu d'intégration) pour une famille avec enfants. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-request-single = Vous habitez seul et votre revenu est plus bas que le leefloon (revenu d'intégration) pour une personne qui vit seule. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-request-couple = Vous habitez avec votre partenaire. Vos revenus ensemble sont plus bas que le leefloon (revenu d'intégration) pour deux personnes qui vivent ensemble. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-request-cohabiting = Vous habitez avec d'autres adultes. Votre revenu est plus bas que le leefloon (revenu d'intégration) le plus bas. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-cohabitation = Vous habitez avec d'autres adultes. L'OCMW (CPAS) décide pendant un entretien si vous êtes cohabitant. C'est le cas si vous partagez surtout ensemble les frais du ménage. Cela décide si vous recevez un leefloon (revenu d'intégration), et combien. Demandez-le à l'OCMW.
right-leefloon-otherwise = Votre revenu est plus haut que le leefloon (revenu d'intégration). Votre revenu a baissé, ou vous avez des frais élevés? Demandez alors conseil à l'OCMW (CPAS).

right-leefloon-unverified-indexation-2026 = Le leefloon (revenu d'intégration) augmente quand les prix augmentent. On n'a pas encore vérifié s'il a déjà augmenté en 2026. Nous utilisons les montants du 1er février 2025.
right-leefloon-unverified-reform-2026 = Depuis le 1er mars 2026, l'OCMW (CPAS) peut aussi compter le revenu d'autres membres adultes de la famille qui habitent avec vous, comme des grands-parents. On ne sait pas encore si l'OCMW doit le faire ou s'il peut seulement le faire.

## Équivalent du leefloon

right-equivalent-leefloon = Équivalent du leefloon (aide sociale équivalente au revenu d'intégration)
right-equivalent-leefloon-summary = L'équivalent du leefloon est de l'argent de l'OCMW (CPAS) pour les étrangers inscrits au registre des étrangers qui ont des revenus trop bas pour vivre.
right-equivalent-leefloon-counter = Je voudrais demander un équivalent du leefloon.

right-equivalent-leefloon-reason-already = Vous recevez déjà un équivalent du leefloon.
right-equivalent-leefloon-reason-has-leefloon = Vous recevez déjà un leefloon (revenu d'intégration). L'équivalent du leefloon est la même aide, pour les personnes inscrites au registre des étrangers. Vous ne pouvez pas recevoir les deux.
right-equivalent-leefloon-reason-abroad = Vous n'habitez pas en Belgique. L'équivalent du leefloon est seulement pour les personnes qui habitent en Belgique.
right-equivalent-leefloon-reason-leefloon-instead = L'équivalent du leefloon est pour les étrangers inscrits au registre des étrangers. Avec votre nationalité ou votre séjour, votre droit, c'est le leefloon normal (revenu d'intégration).
right-equivalent-leefloon-reason-asylum-seeker = Comme demandeur d'asile, en général, vous ne recevez pas d'équivalent du leefloon. Vous recevez un accueil de Fedasil ou d'une initiative locale d'accueil (LOI).
right-equivalent-leefloon-reason-no-legal-stay = Sans séjour légal, vous ne pouvez pas recevoir d'équivalent du leefloon. Mais l'OCMW (CPAS) peut donner l'aide médicale urgente. C'est l'aide d'un médecin ou à l'hôpital, et des médicaments.
right-equivalent-leefloon-reason-minor = Vous avez moins de 18 ans. Alors, en général, vous ne recevez pas d'équivalent du leefloon. C'est possible si vous êtes enceinte ou si vous avez un enfant.
right-equivalent-leefloon-reason-request-family = Vous habitez avec vos enfants et votre revenu est plus bas que le montant pour une famille avec enfants. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-request-single = Vous habitez seul et votre revenu est plus bas que le montant pour une personne qui vit seule. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-request-couple = Vous habitez avec votre partenaire. Vos revenus ensemble sont plus bas que le montant pour deux personnes qui vivent ensemble. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-request-cohabiting = Vous habitez avec d'autres adultes. Votre revenu est plus bas que le montant le plus bas. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-cohabitation = Vous habitez avec d'autres adultes. L'OCMW (CPAS) décide pendant un entretien si vous êtes cohabitant. C'est le cas si vous partagez surtout ensemble les frais du ménage. Cela décide si vous recevez un équivalent du leefloon, et combien. Demandez-le à l'OCMW.
right-equivalent-leefloon-otherwise = Votre revenu est plus haut que l'équivalent du leefloon. Votre revenu a baissé, ou vous avez des frais élevés? Demandez alors conseil à l'OCMW (CPAS).

right-equivalent-leefloon-unverified-indexation-2026 = L'équivalent du leefloon est aussi élevé que le leefloon (revenu d'intégration). On n'a pas encore vérifié s'il a déjà augmenté en 2026. Nous utilisons les montants du 1er février 2025.
right-equivalent-leefloon-unverified-waiting-register = Une commune écrit que les personnes inscrites au registre d'attente peuvent aussi recevoir un équivalent du leefloon. Cela n'a pas encore été vérifié.
right-equivalent-leefloon-unverified-temporary-protection = La protection temporaire pour les personnes venant d'Ukraine avait été prolongée jusqu'au 4 mars 2026. On n'a pas encore vérifié si elle a encore été prolongée après cette date.

## Intervention majorée

right-verhoogde-tegemoetkoming = Intervention majorée
right-verhoogde-tegemoetkoming-summary = Avec l'intervention majorée de votre ziekenfonds (mutualité), vous payez moins pour le médecin et pour d'autres soins, et vous recevez encore d'autres avantages.
right-verhoogde-tegemoetkoming-counter = Je voudrais demander l'intervention majorée.
right-verhoogde-tegemoetkoming-if-missing = Vous ne recevez pas l'intervention majorée automatiquement? Demandez alors une attestation au service qui paie votre allocation, par exemple l'OCMW (CPAS). Donnez cette attestation à votre ziekenfonds (mutualité).

right-verhoogde-tegemoetkoming-reason-already = Vous recevez déjà l'intervention majorée.
right-verhoogde-tegemoetkoming-reason-abroad = Vous n'habitez pas en Belgique. Alors, en général, vous ne recevez pas cette aide d'un ziekenfonds (mutualité) belge. Renseignez-vous auprès de votre ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Sans séjour légal, il y a l'aide médicale urgente de l'OCMW (CPAS). C'est l'aide d'un médecin ou à l'hôpital, et des médicaments. Demandez-la à l'OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Comme demandeur d'asile, vous recevez des soins médicaux par votre accueil : Fedasil ou l'initiative locale d'accueil (LOI). Demandez au service social de votre accueil. Vous recevez plus tard un droit de séjour? Alors vous pouvez demander l'intervention majorée à un ziekenfonds (mutualité).
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Quelqu'un de votre ménage (vous ou une autre personne) reçoit une IGO, une IVT, une IT, un budget de soins pour personnes âgées ou un supplément de soins pour un enfant. Alors tout votre ménage reçoit l'intervention majorée automatiquement. Vous ne devez rien faire.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Vous recevez un leefloon (revenu d'intégration) ou un équivalent du leefloon. Après 3 mois complets, vous recevez alors automatiquement l'intervention majorée de votre ziekenfonds (mutualité). Vous ne devez rien faire.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Vous pouvez probablement recevoir un leefloon (revenu d'intégration) ou un équivalent du leefloon. Si vous le recevez pendant 3 mois complets, l'intervention majorée suit automatiquement. Vous pouvez aussi déjà la demander maintenant à votre ziekenfonds (mutualité).
right-verhoogde-tegemoetkoming-reason-request-income = Le revenu de votre ménage n'est pas plus haut que la limite. Demandez l'intervention majorée à votre ziekenfonds (mutualité). Parfois, le ziekenfonds vous envoie lui-même une lettre pour la demander. Vous ne devez pas attendre cette lettre.
right-verhoogde-tegemoetkoming-reason-request-current-income = Vous êtes pensionné, demandeur d'emploi ou en incapacité de travail depuis au moins 3 mois, parent seul avec vos enfants, ou vous avez la protection temporaire. Alors on compte le revenu du dernier mois. Ce revenu n'est pas plus haut que la limite. Demandez l'intervention majorée à votre ziekenfonds (mutualité).
right-verhoogde-tegemoetkoming-otherwise = Le revenu de votre ménage semble plus haut que la limite. Votre revenu est plus bas maintenant, par exemple à cause d'une maladie, du chômage ou de la pension? Demandez alors conseil à votre ziekenfonds (mutualité).

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = Les limites de revenus pour 2025 et 2026 n'ont pas encore été vérifiées. Nous utilisons la limite pour les demandes faites en 2024.

## Tarif social pour l'énergie

right-sociaal-tarief-energie = Tarif social pour l'énergie
right-sociaal-tarief-energie-summary = Avec le tarif social, vous payez un prix plus bas pour l'électricité, le gaz naturel ou la chaleur.
right-sociaal-tarief-energie-counter = Je voudrais savoir si je reçois le tarif social pour l'énergie.
right-sociaal-tarief-energie-if-missing = Regardez sur sociaaltarief.economie.fgov.be si vous recevez le tarif social. Ce n'est pas indiqué? Demandez alors une attestation au service qui paie votre allocation, par exemple l'OCMW (CPAS), ou à votre woonmaatschappij (société de logement social) si vous louez un logement social. Envoyez cette attestation à votre fournisseur d'énergie. Avec un nouveau contrat, cela peut prendre quelques mois.

right-sociaal-tarief-energie-reason-abroad = Vous n'habitez pas en Belgique. Le tarif social vaut seulement pour votre adresse en Belgique.
right-sociaal-tarief-energie-reason-automatic-benefit = Quelqu'un de votre ménage (vous ou une autre personne) reçoit une allocation qui donne droit au tarif social. Il est appliqué automatiquement à votre adresse. Vous ne devez rien faire.
right-sociaal-tarief-energie-reason-automatic-social-tenant = Vous louez un logement social avec un chauffage commun au gaz naturel. Alors vous avez droit au tarif social. En général, vous ne devez pas le demander vous-même.
right-sociaal-tarief-energie-reason-vt-only = Depuis le 1er juillet 2023, l'intervention majorée seule ne donne plus droit au tarif social pour l'énergie.
right-sociaal-tarief-energie-otherwise = Vous ne recevez pas d'allocation qui donne droit au tarif social. Vous avez du mal à payer votre facture d'énergie? Demandez alors de l'aide à l'OCMW (CPAS).

right-sociaal-tarief-energie-unverified-collective-premium = Vous habitez dans un immeuble avec un chauffage commun, sans contrat à votre nom? Depuis le 3 septembre 2024, vous pouvez alors demander une prime. On n'a pas encore vérifié où la demander.
right-sociaal-tarief-energie-unverified-reform = Il y a une proposition pour donner le tarif social selon le revenu. On n'a pas encore vérifié si c'est déjà décidé.

## Allocation de chauffage

right-verwarmingstoelage = Allocation de chauffage (Fonds social chauffage)
right-verwarmingstoelage-summary = L'allocation de chauffage est de l'argent que vous recevez par l'OCMW (CPAS) pour une partie du prix du mazout, du pétrole de chauffage ou du propane en citerne.
right-verwarmingstoelage-counter = Je voudrais demander une allocation de chauffage.
right-verwarmingstoelage-deadline = Demandez l'allocation dans les 60 jours après la livraison. La date de la livraison est sur la facture.

right-verwarmingstoelage-reason-abroad = Vous n'habitez pas en Belgique. L'allocation est seulement pour le logement en Belgique où vous habitez d'habitude.
right-verwarmingstoelage-reason-fuel = L'allocation de chauffage est seulement pour le mazout, le pétrole de chauffage acheté à la pompe ou le propane en citerne. Pas pour le gaz naturel, l'électricité ou le gaz en bonbonnes.
right-verwarmingstoelage-reason-vt-alone = Vous habitez seul et vous avez l'intervention majorée. Alors l'OCMW (CPAS) ne regarde pas votre revenu. Demandez l'allocation à l'OCMW dans les 60 jours après la livraison. La date de la livraison est sur la facture.
right-verwarmingstoelage-reason-low-income = Le revenu de votre ménage n'est pas plus haut que la limite. Demandez l'allocation à l'OCMW (CPAS) dans les 60 jours après la livraison. La date de la livraison est sur la facture.
right-verwarmingstoelage-reason-debt = Vous êtes en médiation de dettes ou en règlement collectif de dettes. Vous ne pouvez pas payer la facture de votre chauffage? Alors vous pouvez recevoir l'allocation. L'OCMW (CPAS) l'évalue. Demandez l'allocation dans les 60 jours après la livraison.
right-verwarmingstoelage-otherwise = Le revenu de votre ménage semble plus haut que la limite. Vous avez un doute? Demandez alors à l'OCMW (CPAS), dans les 60 jours après la livraison.

right-verwarmingstoelage-unverified-limit-2025 = La limite de revenus à partir du 1er mai 2025 n'a pas encore été vérifiée. Nous utilisons la limite à partir du 1er février 2025. Elle ne vient pas d'une source officielle.
right-verwarmingstoelage-unverified-ten-laste = Qui compte comme personne à charge dépend du revenu de cette personne. Deux sources donnent un montant différent pour cela. Cela n'a pas encore été vérifié.
