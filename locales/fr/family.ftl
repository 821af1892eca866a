# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket : montant de départ

right-groeipakket-startbedrag = Montant de départ du Groeipakket (allocations familiales)
right-groeipakket-startbedrag-summary = Le montant de départ est de l'argent du Groeipakket (allocations familiales) que vous recevez une seule fois, à la naissance ou à l'adoption d'un enfant.
right-groeipakket-startbedrag-counter = Je voudrais demander le montant de départ du Groeipakket.
right-groeipakket-startbedrag-if-missing = Vous n'avez pas reçu le montant de départ après la déclaration de la naissance ? Contactez alors l'organisme qui paie votre Groeipakket (allocations familiales). Vous n'avez encore jamais choisi d'organisme payeur ? Contactez alors FONS.
right-groeipakket-startbedrag-deadline = Vous pouvez demander le montant de départ à partir d'environ 4 mois avant la naissance prévue, jusqu'à 5 ans après la naissance.

right-groeipakket-startbedrag-reason-brussels = Vous habitez à Bruxelles. Là-bas, vous ne recevez pas le Groeipakket flamand (allocations familiales), mais les allocations familiales bruxelloises, aussi à la naissance. C'est Iriscare qui les organise. Vous les recevez par une caisse bruxelloise, par exemple Famiris.
right-groeipakket-startbedrag-reason-wallonia = Vous habitez en Wallonie. Là-bas, vous ne recevez pas le Groeipakket flamand (allocations familiales), mais les allocations familiales wallonnes, aussi à la naissance. C'est l'AVIQ qui les organise. Vous les recevez par une caisse wallonne, par exemple FAMIWAL. Dans la Communauté germanophone, cette Communauté organise elle-même les allocations familiales.
right-groeipakket-startbedrag-reason-abroad = Vous n'habitez pas en Belgique. Le Groeipakket (allocations familiales) est pour les enfants qui habitent en Flandre. Vous ou votre partenaire travaillez en Belgique ? Demandez alors à un organisme payeur du Groeipakket, par exemple FONS, si vous y avez quand même droit.
right-groeipakket-startbedrag-reason-residence = Le Groeipakket (allocations familiales) est pour les enfants qui habitent en Flandre. Il n'est pas sûr que votre enfant y ait droit avec votre séjour. L'organisme payeur décide. Demandez à FONS ou à l'OCMW (CPAS).
right-groeipakket-startbedrag-reason-expecting = Vous attendez un bébé. Après la naissance, le bébé est déclaré à la commune. Ensuite, l'organisme payeur du Groeipakket (allocations familiales) paie automatiquement le montant de départ. Vous voulez recevoir l'argent déjà avant la naissance ? Demandez-le alors vous-même, à partir d'environ 4 mois avant la date prévue, avec une attestation de votre médecin. Vous recevez alors l'argent au plus tôt 2 mois avant la naissance.
right-groeipakket-startbedrag-otherwise = Le montant de départ est pour la naissance ou l'adoption d'un enfant. Votre enfant est né ou a été adopté ces 5 dernières années, et vous n'avez pas encore reçu de montant de départ ? Demandez-le alors à l'organisme qui paie votre Groeipakket (allocations familiales).

right-groeipakket-startbedrag-unverified-amount = Le montant de départ augmente chaque année en septembre de 2 pour cent. Les montants à partir de septembre 2024 n'ont pas encore été vérifiés. Nous montrons le montant de septembre 2023.

## Groeipakket : montant de base

right-groeipakket-basisbedrag = Montant de base du Groeipakket (allocations familiales)
right-groeipakket-basisbedrag-summary = Le montant de base est de l'argent que vous recevez chaque mois du Groeipakket (allocations familiales), pour chaque enfant.
right-groeipakket-basisbedrag-counter = Je voudrais vérifier si je reçois le Groeipakket pour mes enfants.
right-groeipakket-basisbedrag-if-missing = Vous ne recevez pas le Groeipakket (allocations familiales) ? Contactez alors votre organisme payeur. Vous ne savez pas qui est votre organisme payeur, ou vous n'avez encore jamais choisi d'organisme payeur ? Contactez alors FONS. Vous pouvez aussi demander de l'aide au Huis van het Kind (maison de l'enfant) ou à l'OCMW (CPAS).

right-groeipakket-basisbedrag-reason-brussels = Vous habitez à Bruxelles. Là-bas, vous ne recevez pas le Groeipakket flamand (allocations familiales), mais les allocations familiales bruxelloises. C'est Iriscare qui les organise. Vous les recevez par une caisse bruxelloise, par exemple Famiris.
right-groeipakket-basisbedrag-reason-wallonia = Vous habitez en Wallonie. Là-bas, vous ne recevez pas le Groeipakket flamand (allocations familiales), mais les allocations familiales wallonnes. C'est l'AVIQ qui les organise. Vous les recevez par une caisse wallonne, par exemple FAMIWAL. Dans la Communauté germanophone, cette Communauté organise elle-même les allocations familiales.
right-groeipakket-basisbedrag-reason-abroad = Vous n'habitez pas en Belgique. Le Groeipakket (allocations familiales) est pour les enfants qui habitent en Flandre. Vous ou votre partenaire travaillez en Belgique ? Demandez alors à un organisme payeur du Groeipakket, par exemple FONS, si vous y avez quand même droit.
right-groeipakket-basisbedrag-reason-already = Vous recevez déjà le Groeipakket (allocations familiales) pour vos enfants. Vous ne devez rien faire. Chaque année en août, vous recevez aussi automatiquement un bonus scolaire (schoolbonus).
right-groeipakket-basisbedrag-reason-residence = Le Groeipakket (allocations familiales) est pour les enfants qui habitent en Flandre. Il n'est pas sûr que vos enfants y aient droit avec votre séjour. L'organisme payeur décide. Demandez à FONS ou à l'OCMW (CPAS).
right-groeipakket-basisbedrag-reason-school-children = Un de vos enfants va à l'école. Pour chaque enfant qui habite en Flandre, vous recevez le Groeipakket (allocations familiales) automatiquement. Jusqu'au mois où l'enfant a 18 ans, il n'y a pas de conditions. Pour les enfants nés avant 2019, ce sont les anciens montants qui s'appliquent. Chaque année en août, vous recevez aussi automatiquement un bonus scolaire (schoolbonus).
right-groeipakket-basisbedrag-reason-children = Pour chaque enfant qui habite en Flandre, vous recevez le Groeipakket (allocations familiales) automatiquement. Jusqu'au mois où l'enfant a 18 ans, il n'y a pas de conditions. Pour les enfants nés avant 2019, ce sont les anciens montants qui s'appliquent.
right-groeipakket-basisbedrag-reason-expecting = Vous attendez un bébé. Après la naissance, vous recevez le montant de base automatiquement, chaque mois. Il commence dès que le montant de départ est payé.
right-groeipakket-basisbedrag-otherwise = Aucun enfant n'habite chez vous. Le Groeipakket (allocations familiales) est pour les enfants. Vous vous occupez quand même d'un enfant qui habite en Flandre ? Demandez-le alors à FONS.

right-groeipakket-basisbedrag-unverified-amount = Le montant de base augmente chaque année en septembre de 2 pour cent. Les montants à partir de septembre 2024 n'ont pas encore été vérifiés. Nous montrons le montant de septembre 2023.

## Groeipakket : supplément social

right-groeipakket-sociale-toeslag = Supplément social du Groeipakket (allocations familiales)
right-groeipakket-sociale-toeslag-summary = Le supplément social est de l'argent en plus du Groeipakket (allocations familiales) pour les ménages qui ont un revenu bas.
right-groeipakket-sociale-toeslag-counter = Je voudrais vérifier si je reçois le supplément social du Groeipakket.
right-groeipakket-sociale-toeslag-if-missing = Vous ne recevez pas le supplément social, alors que votre revenu est bas ? Demandez-le alors à l'organisme qui paie votre Groeipakket (allocations familiales). Votre revenu vient de baisser ? Alors vous pouvez demander le supplément quand votre revenu est bas depuis 6 mois de suite.

right-groeipakket-sociale-toeslag-reason-brussels = Vous habitez à Bruxelles. Là-bas, vous ne recevez pas le Groeipakket flamand (allocations familiales). Les allocations familiales bruxelloises ont leurs propres suppléments pour les ménages avec un revenu bas. Renseignez-vous auprès de votre caisse bruxelloise, par exemple Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = Vous habitez en Wallonie. Là-bas, vous ne recevez pas le Groeipakket flamand (allocations familiales). Les allocations familiales wallonnes ont leurs propres suppléments pour les ménages avec un revenu bas. Renseignez-vous auprès de votre caisse wallonne, par exemple FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = Vous n'habitez pas en Belgique. Le supplément social fait partie du Groeipakket (allocations familiales). Le Groeipakket est pour les enfants qui habitent en Flandre.
right-groeipakket-sociale-toeslag-reason-residence = Le supplément social fait partie du Groeipakket (allocations familiales). Le Groeipakket est pour les enfants qui habitent en Flandre. Il n'est pas sûr que vos enfants y aient droit avec votre séjour. L'organisme payeur décide. Demandez à FONS ou à l'OCMW (CPAS).
right-groeipakket-sociale-toeslag-reason-no-children = Aucun enfant n'habite chez vous. Le supplément social est de l'argent en plus du Groeipakket (allocations familiales), pour les enfants.
right-groeipakket-sociale-toeslag-reason-automatic = Le revenu de votre ménage sur le dernier avertissement-extrait de rôle (le document des impôts) n'est pas plus haut que la limite. Alors vous recevez le supplément social automatiquement, en plus du Groeipakket (allocations familiales). Votre organisme payeur le vérifie lui-même chaque année, pour la période du 1er septembre au 31 août.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = Vous avez au moins 3 enfants, et au moins un enfant est né en 2019 ou plus tard, ou va naître. Alors une limite de revenus plus haute s'applique. Le revenu de votre ménage sur le dernier avertissement-extrait de rôle (le document des impôts) n'est pas plus haut que cette limite. Alors vous recevez le supplément social automatiquement, en plus du Groeipakket (allocations familiales).
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = Vous avez au moins 3 enfants. Alors une limite de revenus plus haute s'applique, si au moins un enfant est né en 2019 ou plus tard. Le revenu de votre ménage n'est pas plus haut que cette limite plus haute. Un de vos enfants est né en 2019 ou plus tard ? Alors vous recevez probablement le supplément social automatiquement. Renseignez-vous auprès de votre organisme payeur du Groeipakket (allocations familiales).
right-groeipakket-sociale-toeslag-reason-request-income-fell = Votre dernier avertissement-extrait de rôle (le document des impôts) montre un revenu plus haut que la limite, mais votre revenu actuel est plus bas. Votre revenu est aussi bas depuis au moins 6 mois de suite ? Alors vous pouvez demander le supplément social à votre organisme payeur du Groeipakket (allocations familiales). Vous devez alors prouver combien vous gagnez maintenant. L'organisme payeur fait le calcul.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = Vous avez au moins 3 enfants, et au moins un enfant est né en 2019 ou plus tard, ou va naître. Alors une limite de revenus plus haute s'applique. Votre dernier avertissement-extrait de rôle (le document des impôts) montre un revenu plus haut que cette limite, mais votre revenu actuel est plus bas. Votre revenu est aussi bas depuis au moins 6 mois de suite ? Alors vous pouvez demander le supplément social à votre organisme payeur du Groeipakket (allocations familiales). Vous devez alors prouver combien vous gagnez maintenant.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = Vous avez au moins 3 enfants. Alors une limite de revenus plus haute s'applique, si au moins un enfant est né en 2019 ou plus tard. Votre revenu actuel n'est pas plus haut que cette limite plus haute. Un de vos enfants est né en 2019 ou plus tard, et votre revenu est aussi bas depuis au moins 6 mois de suite ? Alors vous pouvez demander le supplément social à votre organisme payeur du Groeipakket (allocations familiales).
right-groeipakket-sociale-toeslag-otherwise = Le revenu de votre ménage semble plus haut que la limite. Votre revenu baisse, par exemple à cause du chômage ou d'une maladie ? Et il est ensuite plus bas que la limite pendant 6 mois de suite ? Alors vous pouvez demander le supplément social à votre organisme payeur du Groeipakket (allocations familiales).

right-groeipakket-sociale-toeslag-unverified-limit-date = La limite de revenus vient du site internet de FONS. Ce site ne dit pas pour quelle année elle s'applique. C'est probablement la limite pour 2024-2025. La limite actuelle n'a pas encore été vérifiée.
right-groeipakket-sociale-toeslag-unverified-amounts = Les montants actuels du supplément social n'ont pas encore été vérifiés. Nous montrons les montants de 2022-2023.

## Groeipakket : allocation scolaire

right-groeipakket-schooltoeslag = Allocation scolaire du Groeipakket (allocations familiales)
right-groeipakket-schooltoeslag-summary = L'allocation scolaire est de l'argent en plus du Groeipakket (allocations familiales) pour les enfants qui vont à l'école. Elle est pour l'école maternelle, l'école primaire et l'école secondaire. Vous la recevez si le revenu de votre ménage est assez bas.
right-groeipakket-schooltoeslag-counter = Je voudrais vérifier si je reçois l'allocation scolaire pour mes enfants.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = Vous n'habitez pas en Flandre. Votre enfant va dans une école reconnue par la Flandre, par exemple une école néerlandophone à Bruxelles ? Alors vous pouvez demander l'allocation scolaire à FONS, en ligne ou avec un formulaire. Le droit dépend du revenu de votre ménage.
right-groeipakket-schooltoeslag-reason-outside-flanders = Vous n'habitez pas en Flandre. L'allocation scolaire est pour les enfants qui habitent en Flandre, ou qui vont dans une école reconnue par la Flandre.
right-groeipakket-schooltoeslag-reason-residence = L'allocation scolaire fait partie du Groeipakket (allocations familiales). Il n'est pas sûr que vos enfants y aient droit avec votre séjour. L'organisme payeur décide. Demandez à FONS ou à l'OCMW (CPAS).
right-groeipakket-schooltoeslag-reason-no-pupil = Personne de votre ménage ne va à l'école maternelle, à l'école primaire ou à l'école secondaire. Quelqu'un suit la formation HBO5 en soins infirmiers (HBO5 verpleegkunde) ? Alors cette personne peut quand même recevoir une allocation scolaire. Demandez-le à votre organisme payeur du Groeipakket (allocations familiales).
right-groeipakket-schooltoeslag-reason-income-check = Votre enfant va à l'école. L'organisme payeur du Groeipakket (allocations familiales) vérifie lui-même si vous recevez l'allocation scolaire. Vous ne devez rien demander. Cela dépend du revenu de votre ménage, de votre situation familiale, du type d'école et du fait que votre enfant va assez à l'école. Nous ne pouvons pas dire si votre revenu est assez bas. Si vous y avez droit, vous recevez l'argent entre la fin août et décembre.
right-groeipakket-schooltoeslag-otherwise = Personne de votre ménage ne va à l'école maternelle, à l'école primaire ou à l'école secondaire.

right-groeipakket-schooltoeslag-unverified-limits = Les limites de revenus que nous utilisons sont celles de l'année scolaire 2020-2021. Elles ont augmenté depuis. Votre revenu est au-dessus de cette ancienne limite ? Alors nous ne pouvons pas dire si vous recevez l'allocation scolaire.

## Allocation d'études

right-studietoelage = Allocation d'études pour l'enseignement supérieur
right-studietoelage-summary = L'allocation d'études est de l'argent de l'administration flamande pour les étudiants d'une haute école ou d'une université qui viennent d'un ménage avec un revenu bas.
right-studietoelage-counter = Je voudrais demander une allocation d'études.
right-studietoelage-deadline = Vous pouvez demander l'allocation d'études pour une année académique jusqu'au 1er juin. À partir du 2 juin, vous pouvez commencer la demande pour l'année académique suivante.

right-studietoelage-reason-no-student = Personne de votre ménage ne va dans une haute école ou à l'université. Pour l'école maternelle, l'école primaire et l'école secondaire, il y a l'allocation scolaire du Groeipakket (allocations familiales).
right-studietoelage-reason-outside-flanders = Vous n'habitez pas en Flandre. Vous étudiez dans une haute école ou une université reconnue par la Flandre, par exemple une école néerlandophone à Bruxelles ? Alors vous pouvez peut-être quand même recevoir une allocation d'études flamande. Renseignez-vous auprès du service des allocations d'études (afdeling Studietoelagen). Vous étudiez dans une haute école ou une université francophone ? Demandez alors une allocation d'études à la Communauté française (Fédération Wallonie-Bruxelles).
right-studietoelage-reason-abroad = Vous n'habitez pas en Belgique. Votre droit à une allocation d'études flamande dépend de votre nationalité et de votre formation. Renseignez-vous auprès du service des allocations d'études (afdeling Studietoelagen).
right-studietoelage-reason-nationality = Pour l'allocation d'études, il y a des conditions sur la nationalité ou le séjour de l'étudiant. Le service des allocations d'études (afdeling Studietoelagen) le vérifie. Demandez l'allocation d'études, ou demandez d'abord conseil à l'OCMW (CPAS) ou au service social des étudiants de l'école.
right-studietoelage-reason-low-income = Quelqu'un de votre ménage étudie dans une haute école ou une université, et votre ménage a un revenu bas. Demandez certainement l'allocation d'études. L'étudiant la demande lui-même, en ligne avec la carte d'identité (eID) ou itsme, ou sur papier. Avec une allocation d'études, l'étudiant paie aussi moins de frais d'inscription, et le ménage reçoit un montant en plus du Groeipakket (allocations familiales). L'étudiant a déjà reçu une allocation d'études l'année passée ? Alors le service des allocations d'études (afdeling Studietoelagen) envoie lui-même un formulaire déjà rempli, entre octobre et février. L'étudiant doit alors seulement le confirmer.
right-studietoelage-reason-income-check = Quelqu'un de votre ménage étudie dans une haute école ou une université. L'allocation d'études dépend du revenu et de la situation familiale. Le service des allocations d'études (afdeling Studietoelagen) fait le calcul. Vous avez un doute ? Demandez quand même l'allocation d'études, avant le 1er juin. Avec un revenu un peu plus haut, l'étudiant peut parfois quand même payer moins de frais d'inscription.
right-studietoelage-otherwise = Personne de votre ménage ne va dans une haute école ou à l'université.

right-studietoelage-unverified-limits = Les limites de revenus et les montants pour 2025-2026 n'ont pas encore été vérifiés.

## Accueil des enfants : tarif lié au revenu

right-kinderopvang-inkomenstarief = Tarif lié au revenu dans l'accueil des enfants (crèche)
right-kinderopvang-inkomenstarief-summary = Avec le tarif lié au revenu, vous payez pour l'accueil des enfants un prix par jour qui correspond au revenu de votre ménage.
right-kinderopvang-inkomenstarief-counter = Je voudrais demander une attestation de tarif lié au revenu pour l'accueil de mon enfant.
right-kinderopvang-inkomenstarief-deadline = Demandez l'attestation le mois avant le début de l'accueil. C'est possible au plus tôt 2 mois avant le début. Donnez l'attestation à l'accueil avant le premier jour.

right-kinderopvang-inkomenstarief-reason-no-children = Aucun enfant n'habite chez vous et vous n'attendez pas de bébé.
right-kinderopvang-inkomenstarief-reason-no-childcare = Votre enfant ne va pas à l'accueil des enfants (crèche).
right-kinderopvang-inkomenstarief-reason-brussels = Vous habitez à Bruxelles. Votre enfant va dans un accueil néerlandophone à Bruxelles ? Alors vous demandez aussi l'attestation de tarif lié au revenu à Kind en Gezin (le service flamand pour les jeunes enfants). Il va dans un accueil francophone ? Demandez alors à l'accueil comment le prix est calculé.
right-kinderopvang-inkomenstarief-reason-outside = Vous n'habitez pas en Flandre ni à Bruxelles. Votre enfant va quand même dans un accueil en Flandre ? Demandez alors à Kind en Gezin (le service flamand pour les jeunes enfants) si vous avez besoin d'une attestation de tarif lié au revenu. Sinon, demandez à l'accueil comment le prix est calculé.
right-kinderopvang-inkomenstarief-reason-leefloon = Vous recevez un leefloon (revenu d'intégration). Demandez l'attestation de tarif lié au revenu à Kind en Gezin (le service flamand pour les jeunes enfants), par Mijn Kind en Gezin ou par la ligne Kind en Gezin. Indiquez alors que vous recevez un leefloon. Ainsi, vous payez seulement la moitié : cela s'appelle le tarif réduit individuel. Le prix est quand même trop haut ? Demandez alors à l'OCMW (CPAS) si vous pouvez payer moins. L'OCMW décide après une enquête sociale.
right-kinderopvang-inkomenstarief-reason-childcare = Votre enfant va à l'accueil des enfants. Demandez une attestation de tarif lié au revenu à Kind en Gezin (le service flamand pour les jeunes enfants), par Mijn Kind en Gezin ou par la ligne Kind en Gezin, et donnez-la à l'accueil. Même si vous ne voulez pas montrer votre revenu, vous avez besoin d'une attestation. Alors vous payez le tarif le plus haut. Votre revenu est depuis 3 mois au moins 20 pour cent plus bas qu'avant ? Alors vous pouvez demander à payer seulement la moitié. Vous ne pouvez pas payer le prix ? Alors l'OCMW (CPAS) peut accepter un prix plus bas. L'OCMW regarde d'abord votre situation : cela s'appelle une enquête sociale.
right-kinderopvang-inkomenstarief-reason-expecting = Vous attendez un bébé. Votre bébé ira plus tard à l'accueil des enfants ? Demandez alors une attestation de tarif lié au revenu à Kind en Gezin (le service flamand pour les jeunes enfants), le mois avant le début de l'accueil. Ainsi, vous payez un prix qui correspond au revenu de votre ménage.
right-kinderopvang-inkomenstarief-otherwise = Votre enfant ira plus tard à l'accueil des enfants ? Demandez alors une attestation de tarif lié au revenu à Kind en Gezin (le service flamand pour les jeunes enfants), le mois avant le début de l'accueil.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = Le tarif le plus bas que l'OCMW (CPAS) peut accepter a été vérifié pour 2024. Le montant pour 2025 et 2026 n'a pas encore été vérifié.

## Documents

document-attest-verwachte-bevalling = Attestation du médecin avec la date prévue de la naissance
document-attest-verwachte-bevalling-where = Demandez-la à votre médecin ou à votre gynécologue.

document-adoptiebeslissing = Seulement en cas d'adoption : la requête ou la décision sur l'adoption
document-adoptiebeslissing-where = Vous l'avez reçue du tribunal de la famille. Vous l'avez perdue ? Demandez une copie au greffe du tribunal.

document-bewijs-kosten = Seulement si vous demandez un prix plus bas à l'OCMW (CPAS) : des preuves de vos frais, comme le loyer, l'énergie, les prêts et les dettes
document-bewijs-kosten-where = Apportez vos factures et les lettres sur vos prêts et vos dettes. Vos extraits de compte aident aussi.

## Services

office-groeipakket-uitbetaler = Votre organisme payeur du Groeipakket (uitbetaler : FONS, Infino, KidsLife, MyFamily ou Parentia)
office-groeipakket-uitbetaler-in-person = Allez dans un bureau de votre organisme payeur. Vous pouvez aussi demander de l'aide au Huis van het Kind (maison de l'enfant). Certains OCMW (CPAS) ont des permanences d'un organisme payeur.
office-groeipakket-uitbetaler-phone = Téléphonez à votre organisme payeur. Le numéro est sur les lettres et sur le site internet de votre organisme payeur. Vous n'avez encore jamais choisi d'organisme payeur ? Alors c'est FONS.
office-groeipakket-uitbetaler-online = Connectez-vous sur le site internet de votre organisme payeur. Sur les lettres du Groeipakket (allocations familiales), vous voyez qui est votre organisme payeur.

office-studietoelagen = Service des allocations d'études de l'administration flamande (afdeling Studietoelagen)
office-studietoelagen-online = Demandez l'allocation d'études en ligne par le guichet numérique sur ce site internet. Vous vous connectez avec votre eID ou avec itsme.
office-studietoelagen-phone = Téléphonez à la Vlaamse infolijn (ligne d'information flamande) pour vos questions sur l'allocation d'études.
office-studietoelagen-letter = Vous pouvez aussi demander l'allocation d'études sur papier, avec un formulaire.
office-studietoelagen-in-person = Besoin d'aide ? Allez à l'OCMW (CPAS), au Loket Onderwijs (guichet enseignement) ou au service social des étudiants de la haute école ou de l'université. L'étudiant doit venir lui-même pour donner son accord.

office-kinderopvang = Kind en Gezin (Opgroeien, le service flamand pour les jeunes enfants)
office-kinderopvang-online = Demandez l'attestation de tarif lié au revenu dans Mijn Kind en Gezin, sur le site internet de Kind en Gezin. Vous vous connectez avec votre eID ou avec itsme.
office-kinderopvang-phone = Téléphonez à la ligne Kind en Gezin. On vous y aide aussi à demander l'attestation.
office-kinderopvang-in-person = Besoin d'aide ? Demandez à votre accueil d'enfants, à l'OCMW (CPAS) ou au Lokaal Loket Kinderopvang (guichet local pour l'accueil des enfants).

## Paramètres

param-groeipakket-startbedrag = Groeipakket : montant de départ à une naissance ou à une adoption (une seule fois)
param-groeipakket-basisbedrag = Groeipakket : montant de base par enfant et par mois, pour les enfants nés à partir de 2019
param-groeipakket-sociale-toeslag-grens = Groeipakket, supplément social : limite de revenus du ménage par an (revenu imposable, dernier avertissement-extrait de rôle)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket, supplément social : limite de revenus plus haute par an pour les familles de 3 enfants ou plus, dont au moins un est né à partir de 2019
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket, supplément social par enfant et par mois, famille avec 1 ou 2 enfants
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket, supplément social par enfant et par mois, famille avec 1 ou 2 enfants, tranche de revenus du milieu
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket, supplément social par enfant et par mois, famille avec plus de 2 enfants
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket, supplément social par enfant et par mois, famille avec plus de 2 enfants, tranche de revenus du milieu
param-kinderopvang-minimumtarief-ocmw = Accueil des enfants : tarif minimum par jour que l'OCMW (CPAS) peut accepter

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = Supplément de soins du Groeipakket (zorgtoeslag)
right-groeipakket-zorgtoeslag-summary = Le supplément de soins est de l'argent en plus du Groeipakket pour un enfant avec un handicap ou une maladie de longue durée.
right-groeipakket-zorgtoeslag-counter = Je voudrais demander un supplément de soins (zorgtoeslag) pour mon enfant.
right-groeipakket-zorgtoeslag-reason-already = Votre enfant reçoit déjà un supplément de soins. La santé de votre enfant change ? Demandez alors un nouvel examen à votre caisse d'allocations familiales du Groeipakket.
right-groeipakket-zorgtoeslag-reason-outside-flanders = Vous n'habitez pas en Flandre. Le supplément de soins fait partie du Groeipakket flamand. À Bruxelles et en Wallonie, il y a d'autres allocations familiales. Renseignez-vous là-bas.
right-groeipakket-zorgtoeslag-reason-no-children = Aucun enfant n'habite chez vous. Le supplément de soins est pour les enfants.
right-groeipakket-zorgtoeslag-reason-request = Un enfant de votre ménage a un handicap ou une maladie de longue durée ? Demandez alors le supplément de soins à votre caisse d'allocations familiales du Groeipakket. Un médecin d'Opgroeien examine votre enfant. Donnez les coordonnées du médecin de votre enfant.
right-groeipakket-zorgtoeslag-otherwise = Vous n'avez pas dit que quelqu'un de votre ménage a un handicap. Un enfant a un handicap ou une maladie de longue durée ? Demandez alors le supplément de soins à votre caisse d'allocations familiales du Groeipakket.

right-groeipakket-ondersteuningstoeslag = Supplément de soutien du Groeipakket (ondersteuningstoeslag)
right-groeipakket-ondersteuningstoeslag-summary = Le supplément de soutien est de l'argent en plus du Groeipakket pour un enfant qui a un supplément de soins d'au moins 12 points.
right-groeipakket-ondersteuningstoeslag-counter = Je voudrais savoir si je reçois le supplément de soutien (ondersteuningstoeslag) pour mon enfant.
right-groeipakket-ondersteuningstoeslag-if-missing = Vous ne recevez pas le supplément de soutien ? Renseignez-vous auprès de votre caisse d'allocations familiales du Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = Vous n'habitez pas en Flandre. Le supplément de soutien fait partie du Groeipakket flamand.
right-groeipakket-ondersteuningstoeslag-reason-automatic = Votre enfant reçoit un supplément de soins d'au moins 12 points. Alors il reçoit aussi le supplément de soutien. Cela se fait automatiquement, par votre caisse d'allocations familiales du Groeipakket. Ce n'est pas un budget de soins de la caisse de soins (zorgkas).
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = Votre enfant a moins de 12 points pour le supplément de soins. Le supplément de soutien est pour les enfants avec au moins 12 points. Votre enfant reçoit plus tard plus de points ? Alors il arrive automatiquement.
right-groeipakket-ondersteuningstoeslag-otherwise = Personne dans votre ménage ne reçoit un supplément de soins. Le supplément de soutien est pour les enfants avec un supplément de soins d'au moins 12 points.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = Votre enfant va à l'école et le revenu de votre ménage est plus bas que la limite pour l'allocation scolaire. Alors vous recevez l'allocation scolaire automatiquement de votre caisse d'allocations familiales du Groeipakket, entre fin août et décembre. Vous ne devez rien demander. Votre enfant doit quand même aller assez à l'école.
right-groeipakket-schooltoeslag-if-missing = Vous n'avez pas encore reçu d'allocation scolaire en décembre ? Renseignez-vous auprès de votre caisse d'allocations familiales du Groeipakket.
param-schooltoeslag-max-2-points = Allocation scolaire : revenu le plus élevé pour une famille avec 2 points
param-schooltoeslag-max-3-points = Allocation scolaire : revenu le plus élevé pour une famille avec 3 points
param-schooltoeslag-max-4-points = Allocation scolaire : revenu le plus élevé pour une famille avec 4 points
param-schooltoeslag-max-5-points = Allocation scolaire : revenu le plus élevé pour une famille avec 5 points
param-schooltoeslag-max-6-points = Allocation scolaire : revenu le plus élevé pour une famille avec 6 points
param-studietoelage-max-3-points = Allocation d'études pour l'enseignement supérieur : revenu familial le plus élevé avec 3 points
