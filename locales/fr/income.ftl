# Income: leefloon, equivalent leefloon, IGO, IVT, IT.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-leefloon-reason-request-family = Vous habitez avec vos enfants et votre revenu est plus bas que le leefloon (revenu d'intégration) pour une famille avec enfants. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-request-single = Vous habitez seul et votre revenu est plus bas que le leefloon (revenu d'intégration) pour une personne qui vit seule. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-request-couple = Vous habitez avec votre partenaire. Vos revenus ensemble sont plus bas que le leefloon (revenu d'intégration) pour deux personnes qui vivent ensemble. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-request-cohabiting = Vous habitez avec d'autres adultes. Votre revenu est plus bas que le leefloon (revenu d'intégration) le plus bas. Vous pouvez demander un leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet. L'OCMW décide dans les 30 jours.
right-leefloon-reason-cohabitation = Vous habitez avec d'autres adultes. L'OCMW (CPAS) décide pendant un entretien si vous êtes cohabitant. C'est le cas si vous partagez surtout ensemble les frais du ménage. Cela décide si vous recevez un leefloon (revenu d'intégration), et combien. Demandez-le à l'OCMW.
right-leefloon-otherwise = Votre revenu est plus haut que le leefloon (revenu d'intégration). Votre revenu a baissé, ou vous avez des frais élevés ? Demandez alors conseil à l'OCMW (CPAS).

right-leefloon-unverified-indexation-2026 = Le leefloon (revenu d'intégration) augmente quand les prix augmentent. On n'a pas encore vérifié s'il a déjà augmenté en 2026. Nous utilisons les montants du 1er février 2025.
right-leefloon-unverified-reform-2026 = Depuis le 1er mars 2026, l'OCMW (CPAS) peut aussi compter le revenu d'autres membres adultes de la famille qui habitent avec vous, comme des grands-parents. On ne sait pas encore si l'OCMW doit le faire ou s'il peut seulement le faire.

## Équivalent du leefloon

right-equivalent-leefloon = Équivalent du leefloon (aide sociale équivalente au revenu d'intégration)
right-equivalent-leefloon-summary = L'équivalent du leefloon est de l'argent de l'OCMW (CPAS). Il est pour les étrangers inscrits au registre des étrangers. Et seulement s'ils ont des revenus trop bas pour vivre.
right-equivalent-leefloon-counter = Je voudrais demander un équivalent du leefloon.

right-equivalent-leefloon-reason-already = Vous recevez déjà un équivalent du leefloon.
right-equivalent-leefloon-reason-has-leefloon = Vous recevez déjà un leefloon (revenu d'intégration). L'équivalent du leefloon est la même aide, pour les personnes inscrites au registre des étrangers. Vous ne pouvez pas recevoir les deux.
right-equivalent-leefloon-reason-abroad = Vous n'habitez pas en Belgique. L'équivalent du leefloon est seulement pour les personnes qui habitent en Belgique.
right-equivalent-leefloon-reason-leefloon-instead = L'équivalent du leefloon est pour les étrangers inscrits au registre des étrangers. Avec votre nationalité ou votre séjour, votre droit, c'est le leefloon normal (revenu d'intégration).
right-equivalent-leefloon-reason-asylum-seeker = Comme demandeur d'asile, en général, vous ne recevez pas d'équivalent du leefloon. Vous recevez un accueil de Fedasil ou d'une initiative locale d'accueil (LOI).
right-equivalent-leefloon-reason-no-legal-stay = Sans séjour légal, vous ne pouvez pas recevoir d'équivalent du leefloon. Mais l'OCMW (CPAS) peut donner l'aide médicale urgente. C'est l'aide d'un médecin ou à l'hôpital, et des médicaments.
right-equivalent-leefloon-reason-minor = Vous avez moins de 18 ans. Alors, en général, vous ne recevez pas d'équivalent du leefloon. C'est possible si vous êtes enceinte ou si vous avez un enfant.
right-equivalent-leefloon-reason-request-family = Vous habitez avec vos enfants et votre revenu est plus bas que le montant pour une famille avec enfants. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-request-single = Vous habitez seul et votre revenu est plus bas que le montant pour une personne qui vit seule. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-request-couple = Vous habitez avec votre partenaire. Vos revenus ensemble sont plus bas que le montant pour deux personnes qui vivent ensemble. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-request-cohabiting = Vous habitez avec d'autres adultes. Votre revenu est plus bas que le montant le plus bas. Vous pouvez demander un équivalent du leefloon à l'OCMW (CPAS). L'OCMW fait d'abord une enquête sociale : il regarde tous vos revenus et il vient chez vous. Il regarde aussi si vous acceptez de travailler, si votre santé le permet.
right-equivalent-leefloon-reason-cohabitation = Vous habitez avec d'autres adultes. L'OCMW (CPAS) décide pendant un entretien si vous êtes cohabitant. C'est le cas si vous partagez surtout ensemble les frais du ménage. Cela décide si vous recevez un équivalent du leefloon, et combien. Demandez-le à l'OCMW.
right-equivalent-leefloon-otherwise = Votre revenu est plus haut que l'équivalent du leefloon. Votre revenu a baissé, ou vous avez des frais élevés ? Demandez alors conseil à l'OCMW (CPAS).

right-equivalent-leefloon-unverified-indexation-2026 = L'équivalent du leefloon est aussi élevé que le leefloon (revenu d'intégration). On n'a pas encore vérifié s'il a déjà augmenté en 2026. Nous utilisons les montants du 1er février 2025.
right-equivalent-leefloon-unverified-waiting-register = Une commune écrit que les personnes inscrites au registre d'attente peuvent aussi recevoir un équivalent du leefloon. Cela n'a pas encore été vérifié.
right-equivalent-leefloon-unverified-temporary-protection = La protection temporaire pour les personnes venant d'Ukraine a été prolongée jusqu'au 4 mars 2027. C'est écrit dans des articles de presse, mais ce n'est pas encore vérifié auprès d'une source officielle.

## Garantie de revenus aux personnes âgées (IGO)

right-igo = Garantie de revenus aux personnes âgées (GRAPA)
right-igo-summary = La GRAPA est de l'argent du Federale Pensioendienst (Service fédéral des Pensions) pour les personnes qui ont l'âge de la pension et qui ont trop peu de revenus.
right-igo-counter = Je voudrais demander une garantie de revenus aux personnes âgées (GRAPA).

right-igo-reason-already = Vous recevez déjà une GRAPA. Vous partez à l'étranger ? Signalez-le d'abord au Federale Pensioendienst (Service fédéral des Pensions). Vous pouvez être à l'étranger seulement peu de temps par an. Sinon, vous pouvez perdre la GRAPA.
right-igo-reason-abroad = Vous n'habitez pas en Belgique. La GRAPA est seulement pour les personnes qui habitent en Belgique et qui y séjournent vraiment.
right-igo-reason-too-young = Vous n'avez pas encore l'âge légal de la pension. La GRAPA est seulement pour les personnes qui ont cet âge. Vous recevez un leefloon (revenu d'intégration) ou une allocation pour un handicap ? Alors le Federale Pensioendienst (Service fédéral des Pensions) examine la GRAPA automatiquement quand vous atteignez l'âge de la pension.
right-igo-reason-residence = Avec votre séjour, vous ne pouvez pas recevoir de GRAPA. Vous avez trop peu de revenus ? Demandez alors conseil à l'OCMW (CPAS).
right-igo-reason-examined-by-fpd = Vous avez l'âge de la pension et vous recevez un leefloon (revenu d'intégration) ou une allocation pour un handicap. Alors le Federale Pensioendienst (Service fédéral des Pensions) examine lui-même si vous recevez une GRAPA. Vous ne devez pas la demander. Vous recevez une lettre ou des questions du Service des Pensions ? Répondez alors le plus vite possible. Vous n'avez pas de nouvelles ? Téléphonez alors à la ligne pensions 1765.
right-igo-reason-nationality = Votre revenu semble assez bas pour une GRAPA. Mais votre droit dépend aussi de votre nationalité, de votre séjour et du temps que vous avez travaillé en Belgique. Le Federale Pensioendienst (Service fédéral des Pensions) décide. Demandez la GRAPA, ou demandez conseil à votre commune ou à l'OCMW (CPAS).
right-igo-reason-request-alone = Vous avez l'âge de la pension, vous habitez seul et votre revenu semble plus bas que la GRAPA. Demandez la GRAPA au service des pensions de votre commune, en ligne ou par la ligne pensions. Le Federale Pensioendienst (Service fédéral des Pensions) regarde tous vos revenus, vos biens et votre épargne.
right-igo-reason-request-couple = Vous avez l'âge de la pension et vous habitez avec votre partenaire. Vos revenus ensemble semblent plus bas que la GRAPA pour deux personnes. Demandez la GRAPA au service des pensions de votre commune, en ligne ou par la ligne pensions. Le Federale Pensioendienst (Service fédéral des Pensions) regarde tous vos revenus, vos biens et votre épargne, et ceux de votre partenaire.
right-igo-reason-request-shared = Vous avez l'âge de la pension et vous habitez avec d'autres adultes. Votre revenu semble plus bas que la GRAPA pour une personne qui n'habite pas seule. Demandez la GRAPA au service des pensions de votre commune, en ligne ou par la ligne pensions. Le Federale Pensioendienst (Service fédéral des Pensions) regarde tous vos revenus, vos biens et votre épargne.
right-igo-otherwise = Votre revenu semble plus haut que la GRAPA. Vous avez un doute, ou votre revenu a baissé ? Demandez alors au service des pensions de votre commune, ou téléphonez à la ligne pensions 1765.

right-igo-unverified-amounts = Les montants de la GRAPA après novembre 2023 n'ont pas encore été vérifiés. Ils sont probablement plus hauts maintenant. Votre revenu est seulement un peu plus haut que la limite ? Demandez quand même la GRAPA.

## Allocation de remplacement de revenus (IVT)

right-ivt = Allocation de remplacement de revenus (ARR)
right-ivt-summary = L'ARR est de l'argent de l'État pour les personnes avec un handicap qui, à cause de ce handicap, ne peuvent pas travailler ou peuvent beaucoup moins travailler.
right-ivt-counter = Je voudrais demander une allocation de remplacement de revenus (ARR).
right-ivt-deadline = L'ARR commence seulement le premier jour du mois après votre demande. Demandez-la donc le plus vite possible.

right-ivt-reason-already = Vous recevez déjà une ARR.
right-ivt-reason-abroad = Vous n'habitez pas en Belgique. L'ARR est seulement pour les personnes qui habitent en Belgique.
right-ivt-reason-residence = Avec votre séjour, vous ne pouvez pas recevoir d'ARR. Vous devez être inscrit au registre de la population ou au registre des étrangers.
right-ivt-reason-minor = Vous avez moins de 18 ans. L'ARR est pour les personnes de 18 à 65 ans. Vous recevez une allocation de soins dans le Groeipakket (allocations familiales) ? Alors l'ARR est examinée automatiquement quand vous avez 18 ans.
right-ivt-reason-65 = Vous avez 65 ans ou plus. Alors vous ne pouvez plus demander vous-même une ARR. Quelqu'un d'autre de votre ménage a un handicap, et cette personne a entre 18 et 65 ans ? Alors cette personne peut demander une ARR.
right-ivt-reason-turning-18 = Vous avez 18 ans et dans votre ménage, il y a une allocation de soins pour un enfant. Vous avez reçu vous-même cette allocation de soins ? Alors la DG Personnes handicapées examine automatiquement si vous recevez une ARR. Vous recevez une lettre. Répondez à cette lettre.
right-ivt-reason-assessment = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap. Cette personne a entre 18 et 65 ans, et à cause du handicap, elle ne peut pas travailler ou peut beaucoup moins travailler ? Alors cette personne peut demander une ARR. Un médecin de la DG Personnes handicapées décide combien cette personne peut encore gagner. La DG regarde aussi le revenu de cette personne et de son partenaire.
right-ivt-otherwise = Vous avez dit que personne de votre ménage n'a de handicap. L'ARR est pour les personnes avec un handicap qui, à cause de ce handicap, ne peuvent pas travailler ou peuvent beaucoup moins travailler.

right-ivt-unverified-amounts = Les montants de l'ARR pour 2025 et 2026 ne viennent pas d'une source officielle. Ils n'ont pas encore été vérifiés.

## Allocation d'intégration (IT)

right-it = Allocation d'intégration (AI)
right-it-summary = L'AI est de l'argent de l'État pour les personnes avec un handicap qui ont des frais en plus, parce qu'elles ont du mal à faire les choses de tous les jours.
right-it-counter = Je voudrais demander une allocation d'intégration (AI).
right-it-deadline = L'AI commence seulement le premier jour du mois après votre demande. Demandez-la donc le plus vite possible.

right-it-reason-already = Vous recevez déjà une AI.
right-it-reason-abroad = Vous n'habitez pas en Belgique. L'AI est seulement pour les personnes qui habitent en Belgique.
right-it-reason-residence = Avec votre séjour, vous ne pouvez pas recevoir d'AI. Vous devez être inscrit au registre de la population ou au registre des étrangers.
right-it-reason-minor = Vous avez moins de 18 ans. L'AI est pour les personnes de 18 à 65 ans. Vous recevez une allocation de soins dans le Groeipakket (allocations familiales) ? Alors l'AI est examinée automatiquement quand vous avez 18 ans.
right-it-reason-65 = Vous avez 65 ans ou plus. Alors vous ne pouvez plus demander vous-même une AI. Pour les personnes âgées qui ont besoin de soins, il y a le budget de soins pour personnes âgées, auprès de votre zorgkas (caisse d'assurance soins). Quelqu'un d'autre de votre ménage a un handicap, et cette personne a entre 18 et 65 ans ? Alors cette personne peut demander une AI.
right-it-reason-turning-18 = Vous avez 18 ans et dans votre ménage, il y a une allocation de soins pour un enfant. Vous avez reçu vous-même cette allocation de soins ? Alors la DG Personnes handicapées examine automatiquement si vous recevez une AI. Vous recevez une lettre. Répondez à cette lettre.
right-it-reason-assessment = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap ou a besoin de beaucoup d'aide chaque jour. Cette personne a entre 18 et 65 ans ? Alors elle peut demander une AI. Un médecin de la DG Personnes handicapées regarde, avec des points, combien cette personne a du mal à faire les choses de tous les jours, comme manger, se laver ou se déplacer. Cela décide si cette personne reçoit une AI. La DG regarde aussi le revenu de cette personne et de son partenaire.
right-it-otherwise = Vous avez dit que personne de votre ménage n'a de handicap ni besoin de beaucoup d'aide chaque jour. L'AI est pour les personnes avec un handicap qui ont du mal à faire les choses de tous les jours.

right-it-unverified-amounts = Les montants de l'AI ne viennent pas d'une source officielle. Ils n'ont pas encore été vérifiés.

## Documents

document-overzicht-inkomsten-uitgaven = Liste de vos revenus et de vos dépenses des 3 derniers mois
document-overzicht-inkomsten-uitgaven-where = Écrivez-la vous-même. Vos extraits de compte vous aident.

document-vdab-inschrijving = Preuve que vous êtes inscrit au VDAB (service flamand de l'emploi)
document-vdab-inschrijving-where = Demandez-la au VDAB.

document-klevertje-ziekenfonds = Une vignette de votre ziekenfonds (mutualité)
document-klevertje-ziekenfonds-where = Demandez des vignettes à votre ziekenfonds (mutualité).

document-aanslagbiljet-onroerende-voorheffing = Seulement si vous avez une maison ou un terrain : l'avertissement-extrait de rôle du précompte immobilier
document-aanslagbiljet-onroerende-voorheffing-where = Vous le recevez chaque année par la poste ou sous forme numérique. Vous l'avez perdu ? Demandez une copie au service des impôts qui l'a envoyé.

document-volmacht = Seulement si une autre personne fait la demande pour vous : une procuration
document-volmacht-where = Écrivez sur papier que cette personne peut le faire pour vous, et signez. Demandez de l'aide à la personne qui vous aide.

## Services

office-federale-pensioendienst = Federale Pensioendienst (Service fédéral des Pensions)
office-federale-pensioendienst-in-person = Allez au service des pensions de votre commune. Vous pouvez aussi aller à une permanence ou à un bureau du Federale Pensioendienst (Service fédéral des Pensions). Une autre personne peut le faire pour vous.
office-federale-pensioendienst-phone = Téléphonez à la ligne pensions du Federale Pensioendienst (Service fédéral des Pensions).
office-federale-pensioendienst-online = Faites la demande en ligne avec votre carte d'identité ou avec itsme.

## Paramètres

param-leefloon-cat1 = Leefloon (revenu d'intégration) catégorie 1, cohabitant : montant par mois
param-leefloon-cat2 = Leefloon (revenu d'intégration) catégorie 2, isolé (personne qui vit seule) : montant par mois
param-leefloon-cat3 = Leefloon (revenu d'intégration) catégorie 3, avec une famille à charge : montant par mois

param-pension-age = Âge légal de la pension, aussi l'âge pour la GRAPA (en années)
param-igo-amount-shared = GRAPA, montant de base, pour qui partage le logement : montant par mois
param-igo-amount-alone = GRAPA, montant majoré, pour qui habite seul : montant par mois
param-ivt-max-cat-a = ARR catégorie A : montant maximum par an
param-ivt-max-cat-b = ARR catégorie B : montant maximum par an
param-ivt-max-cat-c = ARR catégorie C : montant maximum par an
param-it-max-cat-1 = AI catégorie 1 (7 à 8 points) : montant maximum par mois
param-it-max-cat-2 = AI catégorie 2 (9 à 11 points) : montant maximum par mois
param-it-max-cat-3 = AI catégorie 3 (12 à 14 points) : montant maximum par mois
param-it-max-cat-4 = AI catégorie 4 (15 à 16 points) : montant maximum par mois
param-it-max-cat-5 = AI catégorie 5 (17 à 18 points) : montant maximum par mois

# Issue 13: IGO with one's children, IGO before leefloon, parents or adult children at home
right-igo-reason-request-with-children = Vous avez atteint l'âge de la pension et vous habitez seulement avec vos enfants. Alors vous avez droit à la GRAPA plus élevée, comme une personne qui habite seule. Les revenus de vos enfants ne comptent pas. Votre revenu semble plus bas que la GRAPA. Demandez la GRAPA au service des pensions de votre commune, en ligne ou par la ligne pension 1765.
right-leefloon-reason-igo-first = Vous avez atteint l'âge de la pension. Demandez d'abord la garantie de revenus aux personnes âgées (GRAPA, en néerlandais GRAPA). La GRAPA est plus élevée que le revenu d'intégration. Vous ne recevez pas la GRAPA, ou votre revenu reste trop bas ? Allez alors à l'OCMW (CPAS).
right-leefloon-reason-maintenance-debtors = Vous habitez avec vos parents ou avec un enfant adulte. L'OCMW (CPAS) regarde alors aussi leurs revenus. L'OCMW décide après un entretien si vous pouvez recevoir un revenu d'intégration (leefloon), et combien. N'hésitez pas à le demander : l'OCMW examine votre situation.

# Issue 13: OCMW aanvullende financiële steun
right-ocmw-aanvullende-steun = Aide financière complémentaire de l'OCMW (CPAS)
right-ocmw-aanvullende-steun-summary = L'OCMW (CPAS) peut vous aider avec de l'argent, par exemple pour le loyer, l'énergie, les frais de médecin et de pharmacie ou une facture d'hôpital, même si vous ne recevez pas de revenu d'intégration.
right-ocmw-aanvullende-steun-counter = Je voudrais demander une aide financière complémentaire à l'OCMW (CPAS).
right-ocmw-aanvullende-steun-reason-abroad = Vous n'habitez pas en Belgique. L'OCMW (CPAS) aide les personnes qui habitent dans la commune.
right-ocmw-aanvullende-steun-reason-residence = Avec votre séjour, vous ne recevez pas cette aide de l'OCMW (CPAS). Les demandeurs d'asile reçoivent de l'aide dans le réseau d'accueil. Sans séjour légal, vous pouvez demander l'aide médicale urgente à l'OCMW.
right-ocmw-aanvullende-steun-reason-leefloon = Vous recevez un revenu d'intégration (leefloon), ou vous pouvez probablement en recevoir un. Vous avez en plus des frais élevés, comme le loyer, l'énergie ou des frais médicaux ? Alors l'OCMW (CPAS) peut donner une aide en plus. Demandez-le à votre assistant social. L'OCMW décide après une enquête sociale.
right-ocmw-aanvullende-steun-reason-low-income = Votre revenu est bas, ou vous avez du mal à payer vos factures. L'OCMW (CPAS) peut vous aider avec de l'argent, par exemple pour le loyer, l'énergie ou des frais médicaux, même sans revenu d'intégration. Demandez-le à l'OCMW de votre commune. L'OCMW décide après une enquête sociale.
right-ocmw-aanvullende-steun-otherwise = Votre revenu ne semble pas bas. Vous avez quand même des frais que vous ne pouvez pas payer ? Allez alors à l'OCMW (CPAS). Tout le monde peut demander de l'aide.

right-leefloon-reason-has-igo = Vous recevez déjà la garantie de revenus aux personnes âgées (GRAPA, en néerlandais GRAPA). La GRAPA est plus élevée que le revenu d'intégration. Vous n'arrivez quand même pas à joindre les deux bouts, par exemple à cause de frais élevés ? Demandez alors une aide complémentaire à l'OCMW (CPAS).
