# Housing: huurpremie, huursubsidie, sociale huurwoning.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Prime de loyer flamande

right-huurpremie = Prime flamande à la location
right-huurpremie-summary = La prime à la location est de l'argent par mois de l'administration flamande pour les personnes qui louent chez un propriétaire privé et qui attendent depuis longtemps un logement social.
right-huurpremie-counter = Je suis sur la liste d'attente pour un logement social depuis 4 ans. Je voudrais demander une prime à la location.
right-huurpremie-if-missing = Vous êtes sur la liste d'attente depuis 4 ans et vous n'avez pas reçu de formulaire ? Contactez alors votre woonmaatschappij (société de logement social). N'attendez pas trop longtemps : la prime à la location est payée au maximum 6 mois en arrière.
right-huurpremie-deadline = Renvoyez vite le formulaire. La prime à la location est payée au maximum 6 mois en arrière. Vous déménagez ? Inscrivez-vous alors dans les 9 mois à la woonmaatschappij (société de logement social) de votre nouvelle commune. Sinon, la prime à la location s'arrête.

right-huurpremie-reason-brussels = Vous habitez à Bruxelles. La prime flamande à la location ne s'applique pas là-bas. La Région de Bruxelles-Capitale a sa propre aide pour le loyer. Renseignez-vous à l'OCMW (CPAS) de votre commune.
right-huurpremie-reason-wallonia = Vous habitez en Wallonie. La prime flamande à la location ne s'applique pas là-bas. La Région wallonne a ses propres règles. Demandez conseil au CPAS de votre commune (en néerlandais : OCMW).
right-huurpremie-reason-abroad = Vous n'habitez pas en Belgique. La prime à la location est pour un logement loué en Flandre.
right-huurpremie-reason-social-tenant = Vous louez déjà un logement social. La prime à la location est pour les personnes qui louent chez un propriétaire privé et qui attendent un logement social.
right-huurpremie-reason-owner = Vous êtes propriétaire de votre logement. La prime à la location est seulement pour les personnes qui louent et qui n'ont pas de logement.
right-huurpremie-reason-not-private-tenant = La prime à la location est seulement pour les personnes qui louent un logement chez un propriétaire privé, avec le contrat de bail à leur nom.
right-huurpremie-reason-waitlist-short = La prime à la location existe seulement si vous êtes depuis 4 ans, sans interruption, sur la liste d'attente pour un logement social. Vous n'êtes pas encore sur la liste d'attente ? Inscrivez-vous alors à la woonmaatschappij (société de logement social).
right-huurpremie-reason-income = Votre revenu semble plus haut que la limite pour un logement social. Cette limite vaut aussi pour la prime à la location. Wonen in Vlaanderen regarde votre dernier avertissement-extrait de rôle (le document des impôts). Vous avez un doute ? Téléphonez à la Vlaamse infolijn (ligne d'information flamande) 1700.
right-huurpremie-reason-proactive = Vous louez chez un propriétaire privé et vous êtes sur la liste d'attente pour un logement social depuis 4 ans ou plus. Alors Wonen in Vlaanderen vous envoie normalement automatiquement un formulaire de demande, avec un autocollant jaune. Remplissez-le et renvoyez-le avec une copie de votre contrat de bail. Vous n'avez pas reçu de formulaire ? Contactez alors votre woonmaatschappij (société de logement social). N'attendez pas trop longtemps : la prime à la location est payée au maximum 6 mois en arrière. Attention : le contrat de bail doit être à votre nom et vous devez être domicilié à cette adresse. Vous ne pouvez pas louer à un membre de votre famille qui habite à la même adresse, comme vos parents, vos grands-parents, votre frère ou votre sœur. La prime à la location s'arrête si vous recevez un logement social, ou si vous refusez un logement social adapté.
right-huurpremie-otherwise = Vous ne semblez pas avoir droit à la prime à la location. Vous avez un doute ? Téléphonez à la Vlaamse infolijn (ligne d'information flamande) 1700.

right-huurpremie-unverified-amounts = Les montants de la prime à la location et le loyer maximum pour 2025 et 2026 n'ont pas encore été vérifiés. Nous connaissons les montants de 2024 et le loyer maximum de 2023.
right-huurpremie-unverified-conformity = Depuis novembre 2023, vous ne devez plus prouver que votre logement est en ordre. La prime à la location est seulement refusée si votre logement a été déclaré inadéquat, inhabitable ou surpeuplé. Cela vient d'un journal et n'a pas encore été vérifié auprès d'une source officielle.

## Allocation de loyer flamande

right-huursubsidie = Allocation de loyer flamande
right-huursubsidie-summary = L'allocation de loyer est de l'argent par mois de l'administration flamande si vous déménagez vers un logement loué meilleur ou adapté, ou si vous n'aviez pas de logement avant.
right-huursubsidie-counter = J'ai déménagé dans un logement loué. Je voudrais demander une allocation de loyer.
right-huursubsidie-deadline = Demandez l'allocation de loyer au plus tard 9 mois après le début de votre nouveau contrat de bail.

right-huursubsidie-reason-brussels = Vous habitez à Bruxelles. L'allocation de loyer flamande ne s'applique pas là-bas. La Région de Bruxelles-Capitale a sa propre aide pour le loyer. Renseignez-vous à l'OCMW (CPAS) de votre commune.
right-huursubsidie-reason-wallonia = Vous habitez en Wallonie. L'allocation de loyer flamande ne s'applique pas là-bas. La Région wallonne a ses propres règles. Demandez conseil au CPAS de votre commune (en néerlandais : OCMW).
right-huursubsidie-reason-abroad = Vous n'habitez pas en Belgique. L'allocation de loyer est pour un logement loué en Flandre.
right-huursubsidie-reason-owner = Vous êtes propriétaire d'un logement. Alors, en général, vous ne recevez pas d'allocation de loyer. Il y a des exceptions. Renseignez-vous par la Vlaamse infolijn (ligne d'information flamande) 1700.
right-huursubsidie-reason-social-tenant = Vous louez un logement social. Les personnes qui louent directement à une woonmaatschappij (société de logement social), à la commune ou à l'OCMW (CPAS) ne reçoivent pas d'allocation de loyer. Vous louez par une agence immobilière sociale (SVK), et le logement appartient à un propriétaire privé ? Vous venez d'y déménager ? Renseignez-vous alors quand même sur l'allocation de loyer auprès de la woonmaatschappij ou par la Vlaamse infolijn (ligne d'information flamande) 1700.
right-huursubsidie-reason-care-home = Vous habitez dans une maison de repos (woonzorgcentrum). L'allocation de loyer est pour les personnes qui louent un logement.
right-huursubsidie-reason-homeless = Vous n'avez pas de domicile fixe et votre revenu n'est pas plus haut que la limite. Vous trouvez un logement à louer ? Alors vous pouvez demander une allocation de loyer à Wonen in Vlaanderen. Faites-le au plus tard 9 mois après le début de votre contrat de bail. Vous recevez alors aussi une seule fois une prime d'installation. Vous avez moins de 25 ans ? Alors vous montrez votre propre revenu actuel. Wonen in Vlaanderen décide.
right-huursubsidie-reason-moved = L'allocation de loyer existe seulement si vous avez déménagé, dans un de ces cas : d'un logement inadéquat, inhabitable ou trop petit vers un bon logement ; d'un logement qui n'était pas adapté à votre âge ou à votre handicap vers un logement adapté ; vers un logement d'une agence immobilière sociale (SVK) ; ou après une période sans domicile fixe. C'est votre cas ? Demandez alors l'allocation de loyer, au plus tard 9 mois après le début de votre nouveau contrat de bail. Wonen in Vlaanderen décide.
right-huursubsidie-otherwise = Votre revenu semble plus élevé que la limite pour l'allocation de loyer. Nous utilisons la limite de 2024. Elle est peut-être un peu plus élevée maintenant. Vous doutez ? Renseignez-vous par la ligne d'information flamande 1700.

right-huursubsidie-unverified-limits = Les limites de revenus que nous utilisons sont celles d'un logement social en 2024. Que l'allocation de loyer ait les mêmes limites est déduit des années précédentes et n'est pas encore vérifié. Les limites de 2025 et 2026 n'ont pas encore été trouvées.
right-huursubsidie-unverified-waitlist = Avant, vous deviez vous inscrire dans les 6 mois sur la liste d'attente pour un logement social. Cette règle a été supprimée en septembre 2023. On n'a pas encore vérifié depuis quelle date cela s'applique.

## Inscription pour un logement social

right-sociale-huurwoning = Inscription pour un logement social
right-sociale-huurwoning-summary = À la woonmaatschappij (société de logement social), vous pouvez vous inscrire sur la liste d'attente pour un logement social : un logement à louer avec un loyer plus bas.
right-sociale-huurwoning-counter = Je voudrais m'inscrire pour un logement social.

right-sociale-huurwoning-reason-brussels = Vous habitez à Bruxelles. Les woonmaatschappijen flamandes (sociétés de logement social) louent des logements en Flandre. Pour un logement social à Bruxelles, c'est la Société du Logement de la Région de Bruxelles-Capitale (SLRB, en néerlandais : BGHM) qui est compétente. Demandez conseil à l'OCMW (CPAS) de votre commune. Vous voulez déménager en Flandre ? Demandez alors à une woonmaatschappij de là-bas si vous pouvez vous inscrire.
right-sociale-huurwoning-reason-wallonia = Vous habitez en Wallonie. Les woonmaatschappijen flamandes (sociétés de logement social) louent des logements en Flandre. En Wallonie, ce sont les règles de la Région wallonne qui s'appliquent. Demandez conseil au CPAS de votre commune (en néerlandais : OCMW). Vous voulez déménager en Flandre ? Demandez alors à une woonmaatschappij de là-bas si vous pouvez vous inscrire.
right-sociale-huurwoning-reason-abroad = Vous n'habitez pas en Belgique. Pour vous inscrire, vous devez être inscrit dans une commune belge, au registre de la population ou au registre des étrangers.
right-sociale-huurwoning-reason-already-tenant = Vous louez déjà un logement social.
right-sociale-huurwoning-reason-already-waitlist = Vous êtes déjà sur la liste d'attente pour un logement social. Vous louez chez un propriétaire privé et vous êtes sur la liste depuis 4 ans sans interruption ? Alors vous pouvez recevoir une prime à la location.
right-sociale-huurwoning-reason-owner = Vous êtes propriétaire d'un logement. Alors, en général, vous ne pouvez pas vous inscrire. Il y a des exceptions, par exemple pour un héritage ou pour un logement que vous avez avec un ex-partenaire. Renseignez-vous auprès de la woonmaatschappij (société de logement social).
right-sociale-huurwoning-reason-minor = Vous avez moins de 18 ans. Alors, en général, vous ne pouvez pas vous inscrire. Parfois c'est possible, par exemple si vous habitez seul avec un accompagnement. Renseignez-vous auprès de la woonmaatschappij (société de logement social).
right-sociale-huurwoning-reason-asylum-seeker = Comme demandeur d'asile, vous êtes inscrit au registre d'attente. Ce n'est pas suffisant pour vous inscrire. Vous devez être inscrit au registre de la population ou au registre des étrangers.
right-sociale-huurwoning-reason-no-legal-stay = Sans séjour légal, vous ne pouvez pas vous inscrire. Vous devez être inscrit au registre de la population ou au registre des étrangers. Demandez conseil à l'OCMW (CPAS).
right-sociale-huurwoning-reason-homeless = Vous n'avez pas de domicile fixe et votre revenu n'est pas plus haut que la limite. Vous pouvez quand même vous inscrire à la woonmaatschappij (société de logement social). Vous n'avez pas d'adresse ? Demandez alors une adresse de référence à l'OCMW (CPAS). Votre épargne ne peut pas non plus être plus haute que la limite de revenus. Vous êtes déjà sur la liste d'attente ? Alors vous ne devez rien faire.
right-sociale-huurwoning-reason-income = Votre revenu n'est pas plus haut que la limite. Vous pouvez vous inscrire à la woonmaatschappij (société de logement social). Votre épargne ne peut pas non plus être plus haute que la limite de revenus. Vous ne pouvez pas avoir de logement ni de terrain à bâtir, même à l'étranger. Vous êtes déjà sur la liste d'attente ? Alors vous ne devez rien faire. Si vous louez plus tard un logement social, vous devez connaître un peu le néerlandais dans les 2 ans (niveau A2). Ce n'est pas une condition pour vous inscrire.
right-sociale-huurwoning-reason-current-income = Votre revenu actuel n'est pas plus haut que la limite. Le revenu sur votre dernier avertissement-extrait de rôle (le document des impôts) était plus haut ? Alors la woonmaatschappij (société de logement social) regarde votre revenu des 3 derniers mois. Apportez-en des preuves. Votre épargne ne peut pas non plus être plus haute que la limite de revenus. Vous ne pouvez pas avoir de logement ni de terrain à bâtir, même à l'étranger. Vous êtes déjà sur la liste d'attente ? Alors vous ne devez rien faire.
right-sociale-huurwoning-reason-collective-settlement = Vous êtes en règlement collectif de dettes. Alors la woonmaatschappij (société de logement social) regarde l'argent qui vous reste vraiment maintenant. Vous pouvez vous inscrire. Apportez la décision sur votre règlement de dettes.
right-sociale-huurwoning-reason-budget-management = Vous avez une guidance budgétaire ou une gestion budgétaire. Alors la société de logement regarde l'argent qu'il vous reste vraiment maintenant. Vous pouvez vous inscrire. Apportez la convention de votre guidance ou gestion budgétaire.
right-sociale-huurwoning-reason-household = Vous n'habitez pas avec un partenaire ou des enfants, mais avec d'autres adultes. Votre revenu est plus haut que la limite pour une personne seule. Il est plus bas que la limite pour une famille. La limite qui s'applique dépend des personnes qui déménagent avec vous. La woonmaatschappij (société de logement social) décide.
right-sociale-huurwoning-otherwise = Votre revenu semble plus haut que la limite pour un logement social. Votre revenu est plus bas maintenant ? Alors la woonmaatschappij (société de logement social) regarde votre revenu des 3 derniers mois. Renseignez-vous auprès de la woonmaatschappij.

right-sociale-huurwoning-unverified-language = En 2024, on a annoncé que les locataires d'un logement social devront mieux connaître le néerlandais (niveau B1). On n'a pas encore vérifié si cette règle s'applique déjà.
right-sociale-huurwoning-unverified-policy-2025 = Depuis le 1er janvier 2025, il y aurait de nouvelles règles : une priorité pour les candidats qui travaillent, et de nouveaux contrats de bail de 9 ans. Cela vient d'un journal et n'a pas encore été vérifié auprès d'une source officielle.

## Documents

document-aanvraagformulier-huurpremie = Le formulaire de demande pour la prime à la location que vous avez reçu par la poste (avec un autocollant jaune)
document-aanvraagformulier-huurpremie-where = Wonen in Vlaanderen vous l'envoie automatiquement. Vous ne l'avez pas reçu ? Contactez alors votre woonmaatschappij (société de logement social).

document-aanvraagformulier-huursubsidie = Formulaire de demande pour l'allocation de loyer
document-aanvraagformulier-huursubsidie-where = Vous pouvez demander l'allocation de loyer en ligne. C'est aussi possible sur papier : demandez le formulaire par la Vlaamse infolijn (ligne d'information flamande) 1700, ou demandez de l'aide au guichet logement (woonloket) ou à l'OCMW (CPAS) de votre commune.

document-medisch-attest-huursubsidie = Seulement si vous avez 65 ans ou plus ou si vous avez un handicap : un certificat médical
document-medisch-attest-huursubsidie-where = Demandez à la Vlaamse infolijn (ligne d'information flamande) 1700 quel certificat Wonen in Vlaanderen demande et qui doit le remplir.

document-attest-handicap = Seulement en cas de handicap : une attestation qui dit que votre handicap est reconnu
document-attest-handicap-where = En général, vous la demandez au SPF Sécurité sociale, DG Personnes handicapées (téléphone 0800 987 99). Là où vous la donnez, demandez quelle attestation on accepte.

document-attest-groeipakket-volwassen-kind = Seulement si un enfant adulte habite chez vous et que vous recevez encore le Groeipakket (allocations familiales) pour lui : une attestation qui le prouve
document-attest-groeipakket-volwassen-kind-where = Demandez-la à l'organisme qui paie votre Groeipakket (allocations familiales), par exemple FONS, Infino, KidsLife, MyFamily ou Parentia.

document-vonnis-verblijfsregeling-kinderen = Seulement si vos enfants habitent aussi chez l'autre parent : le jugement ou l'accord qui dit où habitent les enfants (hébergement alterné ou droit de visite)
document-vonnis-verblijfsregeling-kinderen-where = Vous l'avez reçu du tribunal ou de votre avocat. Vous l'avez perdu ? Demandez une copie à votre avocat ou au tribunal.

document-inschrijvingsformulier-woonmaatschappij = Formulaire d'inscription de la woonmaatschappij (société de logement social)
document-inschrijvingsformulier-woonmaatschappij-where = Vous le recevez à la woonmaatschappij (société de logement social). Vous habitez avec un partenaire ? Alors votre partenaire signe aussi.

document-verklaring-geen-eigendom = Déclaration sur l'honneur que vous n'avez pas de logement ni de terrain à bâtir
document-verklaring-geen-eigendom-where = Demandez le formulaire à la woonmaatschappij (société de logement social).

document-overeenkomst-budgetbeheer = Seulement en cas de gestion budgétaire : le contrat ou la décision sur votre gestion budgétaire
document-overeenkomst-budgetbeheer-where = Demandez une copie à l'OCMW (CPAS) ou au CAW (centre d'aide sociale) qui gère votre budget.

document-ongeschiktheidsverklaring = Seulement si votre logement a été déclaré inadéquat ou inhabitable : la décision à ce sujet
document-ongeschiktheidsverklaring-where = Vous l'avez reçue de votre commune. Vous l'avez perdue ? Demandez une copie à votre commune.

## Services

office-woonmaatschappij = La woonmaatschappij (société de logement social) de votre commune
office-woonmaatschappij-in-person = Allez à la woonmaatschappij (société de logement social). Souvent, on peut s'inscrire seulement à des moments fixes. Votre commune ou l'OCMW (CPAS) sait quelle woonmaatschappij travaille dans votre commune.
office-woonmaatschappij-phone = Téléphonez à la woonmaatschappij (société de logement social). Le numéro est sur le site internet de la woonmaatschappij ou de votre commune.
office-woonmaatschappij-letter = Vous pouvez aussi vous inscrire par une lettre ou par un e-mail.

office-wonen-in-vlaanderen = Wonen in Vlaanderen (administration flamande du logement)
office-wonen-in-vlaanderen-letter = Renvoyez le formulaire rempli par la poste à Wonen in Vlaanderen.
office-wonen-in-vlaanderen-online = Sur ce site internet, vous trouvez plus d'explications. Vous pouvez aussi demander l'allocation de loyer en ligne.
office-wonen-in-vlaanderen-phone = Téléphonez à la Vlaamse infolijn (ligne d'information flamande) pour vos questions sur la prime à la location ou sur l'allocation de loyer.
office-wonen-in-vlaanderen-in-person = Besoin d'aide pour le formulaire ? Allez au guichet logement (woonloket) de votre commune ou à l'OCMW (CPAS).

## Paramètres

param-sh-income-limit-single = Logement social et prime à la location : limite de revenus par an (imposable) pour une personne isolée
param-sh-income-limit-single-handicap = Logement social et prime à la location : limite de revenus par an (imposable) pour une personne isolée avec un handicap
param-sh-income-limit-family = Logement social et prime à la location : limite de revenus par an (imposable) pour les autres, sans personnes à charge
param-sh-income-limit-extra-person = Logement social et prime à la location : augmentation de la limite de revenus par personne à charge
param-hs-income-limit-single = Allocation de loyer : limite de revenus par an (imposable) pour une personne isolée
param-hs-income-limit-single-handicap = Allocation de loyer : limite de revenus par an (imposable) pour une personne isolée avec un handicap
param-hs-income-limit-family = Allocation de loyer : limite de revenus par an (imposable) pour les autres, sans personnes à charge
param-hs-income-limit-extra-person = Allocation de loyer : augmentation de la limite de revenus par personne à charge
param-huurpremie-max = Prime à la location et allocation de loyer : montant maximum par mois
param-huurpremie-max-extra-person = Prime à la location et allocation de loyer : augmentation du montant maximum par personne à charge (pour 4 personnes au maximum)
param-huurpremie-max-certain-municipalities = Prime à la location et allocation de loyer : montant maximum par mois dans certaines communes
param-huurpremie-max-extra-person-certain-municipalities = Prime à la location et allocation de loyer : augmentation du montant maximum par personne à charge dans certaines communes
param-huurpremie-max-rent = Prime à la location : loyer maximum par mois pour un logement indépendant (plus haut par personne à charge)
param-huurpremie-max-rent-certain-municipalities = Prime à la location : loyer maximum par mois pour un logement indépendant dans certaines communes
param-huurpremie-max-rent-room = Prime à la location : loyer maximum par mois pour une chambre

# Issue 13: the middelentoets with the savings fact
right-sociale-huurwoning-reason-savings = Votre épargne est plus élevée que la limite de revenus pour un logement social. Alors vous ne pouvez pas vous inscrire. C'est la règle depuis le 1er janvier 2024. Votre épargne a diminué ? Demandez alors à nouveau à la société de logement (woonmaatschappij).

# Issue 13: huursubsidie decided by the recent-move fact
right-huursubsidie-reason-moved-request = Vous avez déménagé, ou vous allez déménager, pour une raison qui donne droit à l'allocation de loyer (huursubsidie). Votre revenu n'est pas plus élevé que la limite. Demandez l'allocation de loyer à Wonen in Vlaanderen, au plus tard 9 mois après le début de votre nouveau bail. Vous recevez alors aussi une fois une prime d'installation. Wonen in Vlaanderen décide.
right-huursubsidie-reason-no-move = L'allocation de loyer existe seulement après un déménagement pour une de ces raisons : d'un logement en mauvais état ou trop petit, d'un logement non adapté à votre âge ou à votre handicap, vers un logement d'une agence immobilière sociale (SVK), ou après avoir été sans domicile fixe. Vous déménagez plus tard pour une telle raison ? Alors vous pouvez la demander.

# Issue 13: OCMW hulp bij de huurwaarborg
right-ocmw-huurwaarborg = Aide de l'OCMW (CPAS) pour la garantie locative
right-ocmw-huurwaarborg-summary = L'OCMW (CPAS) peut vous aider pour la garantie locative d'un nouveau logement, par exemple avec une lettre au propriétaire dans laquelle l'OCMW promet la garantie.
right-ocmw-huurwaarborg-counter = Je voudrais demander l'aide de l'OCMW (CPAS) pour ma garantie locative.
right-ocmw-huurwaarborg-reason-housing = L'aide pour la garantie locative est pour les personnes qui vont louer un logement chez un propriétaire privé. Dans votre situation, elle n'est pas nécessaire.
right-ocmw-huurwaarborg-reason-moving = Vous cherchez un logement ou vous déménagez, et votre revenu est bas. L'OCMW (CPAS) peut vous aider pour la garantie locative : avec une lettre de garantie au propriétaire, une garantie bancaire ou une avance que vous remboursez. Allez à l'OCMW avant de signer le bail, si c'est possible. L'OCMW décide.
right-ocmw-huurwaarborg-reason-no-move = Vous ne déménagez pas. L'aide pour la garantie locative existe quand vous louez un nouveau logement. Vous allez déménager plus tard ? Demandez-le alors à l'OCMW (CPAS).
right-ocmw-huurwaarborg-otherwise = Votre revenu ne semble pas bas. Vous ne pouvez quand même pas payer la garantie locative ? Demandez conseil à l'OCMW (CPAS).

# Issue 13: Mijn VerbouwPremie
right-mijn-verbouwpremie = Mijn VerbouwPremie (prime à la rénovation la plus élevée pour un petit revenu)
right-mijn-verbouwpremie-summary = Mijn VerbouwPremie est de l'argent du gouvernement flamand quand vous rénovez votre logement. Avec un petit revenu, vous recevez la prime la plus élevée.
right-mijn-verbouwpremie-counter = Je voudrais demander Mijn VerbouwPremie (prime à la rénovation).
right-mijn-verbouwpremie-reason-outside-flanders = Vous n'habitez pas en Flandre. Mijn VerbouwPremie est pour les logements en Flandre.
right-mijn-verbouwpremie-reason-not-owner = Mijn VerbouwPremie est surtout pour les propriétaires qui habitent eux-mêmes leur logement. Vous êtes locataire ? Demandez alors à votre propriétaire s'il fait faire des travaux.
right-mijn-verbouwpremie-reason-low-income = Vous habitez votre propre logement et votre revenu est bas. Vous allez rénover votre logement, par exemple le toit, les fenêtres ou le chauffage ? Alors vous recevez probablement la prime la plus élevée. Demandez des explications au guichet logement (woonloket) de votre commune ou à la ligne d'information flamande 1700.
right-mijn-verbouwpremie-reason-near-limit = Votre revenu est proche de la limite pour la prime la plus élevée. Cette limite dépend du nombre de personnes à charge. Renseignez-vous auprès de la ligne d'information flamande 1700.
right-mijn-verbouwpremie-otherwise = Votre revenu semble plus élevé que la limite pour la prime la plus élevée. Vous pouvez quand même recevoir une prime plus basse. Renseignez-vous auprès de la ligne d'information flamande 1700.
right-mijn-verbouwpremie-unverified-limits = Les limites de revenus viennent d'une page d'octobre 2022, pas du gouvernement flamand lui-même. Elles sont probablement plus élevées maintenant.
param-mvp-income-limit-single = Mijn VerbouwPremie, catégorie de revenus la plus basse : limite pour une personne isolée
param-mvp-income-limit-family = Mijn VerbouwPremie, catégorie de revenus la plus basse : limite pour un couple ou une personne isolée avec une personne à charge
param-mvp-income-limit-extra-person = Mijn VerbouwPremie, catégorie de revenus la plus basse : augmentation par personne à charge en plus
