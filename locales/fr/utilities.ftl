# Energy, water and internet: sociaal tarief voor energie, verwarmingstoelage, energiehulp OCMW,
# sociaal tarief voor water, sociaal internet.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Tarif social pour l'énergie

right-sociaal-tarief-energie = Tarif social pour l'énergie
right-sociaal-tarief-energie-summary = Avec le tarif social, vous payez un prix plus bas pour l'électricité, le gaz naturel ou la chaleur.
right-sociaal-tarief-energie-counter = Je voudrais savoir si je reçois le tarif social pour l'énergie.
right-sociaal-tarief-energie-if-missing = Regardez sur sociaaltarief.economie.fgov.be si vous recevez le tarif social. Ce n'est pas indiqué ? Demandez alors une attestation au service qui paie votre allocation, par exemple l'OCMW (CPAS), ou à votre woonmaatschappij (société de logement social) si vous louez un logement social. Envoyez cette attestation à votre fournisseur d'énergie. Avec un nouveau contrat, cela peut prendre quelques mois.

right-sociaal-tarief-energie-reason-abroad = Vous n'habitez pas en Belgique. Le tarif social vaut seulement pour votre adresse en Belgique.
right-sociaal-tarief-energie-reason-automatic-benefit = Quelqu'un de votre ménage (vous ou une autre personne) reçoit une allocation qui donne droit au tarif social. Il est appliqué automatiquement à votre adresse. Vous ne devez rien faire.
right-sociaal-tarief-energie-reason-automatic-social-tenant = Vous louez un logement social avec un chauffage commun au gaz naturel. Alors vous avez droit au tarif social. En général, vous ne devez pas le demander vous-même.
right-sociaal-tarief-energie-reason-vt-only = Depuis le 1er juillet 2023, l'intervention majorée seule ne donne plus droit au tarif social pour l'énergie.
right-sociaal-tarief-energie-otherwise = Vous ne recevez pas d'allocation qui donne droit au tarif social. Vous avez du mal à payer votre facture d'énergie ? Demandez alors de l'aide à l'OCMW (CPAS).

right-sociaal-tarief-energie-unverified-collective-premium = Vous habitez dans un immeuble avec un chauffage commun, sans contrat à votre nom ? Depuis le 3 septembre 2024, vous pouvez alors demander une prime. On n'a pas encore vérifié où la demander.
right-sociaal-tarief-energie-unverified-reform = Il y a une proposition pour donner le tarif social selon le revenu. On n'a pas encore vérifié si c'est déjà décidé.

## Allocation de chauffage

right-verwarmingstoelage = Allocation de chauffage (Fonds social chauffage)
right-verwarmingstoelage-summary = L'allocation de chauffage est de l'argent pour votre chauffage. Vous la recevez par l'OCMW (CPAS). C'est une partie du prix du mazout, du pétrole de chauffage ou du propane en citerne.
right-verwarmingstoelage-counter = Je voudrais demander une allocation de chauffage.
right-verwarmingstoelage-deadline = Demandez l'allocation dans les 60 jours après la livraison. La date de la livraison est sur la facture.

right-verwarmingstoelage-reason-abroad = Vous n'habitez pas en Belgique. L'allocation est seulement pour le logement en Belgique où vous habitez d'habitude.
right-verwarmingstoelage-reason-fuel = L'allocation de chauffage est seulement pour le mazout, le pétrole de chauffage acheté à la pompe ou le propane en citerne. Pas pour le gaz naturel, l'électricité ou le gaz en bonbonnes.
right-verwarmingstoelage-reason-vt-alone = Vous habitez seul et vous avez l'intervention majorée. Alors l'OCMW (CPAS) ne regarde pas votre revenu. Demandez l'allocation à l'OCMW dans les 60 jours après la livraison. La date de la livraison est sur la facture.
right-verwarmingstoelage-reason-low-income = Le revenu de votre ménage n'est pas plus haut que la limite. Demandez l'allocation à l'OCMW (CPAS) dans les 60 jours après la livraison. La date de la livraison est sur la facture.
right-verwarmingstoelage-reason-debt = Vous êtes en médiation de dettes ou en règlement collectif de dettes. Vous ne pouvez pas payer la facture de votre chauffage ? Alors vous pouvez recevoir l'allocation. L'OCMW (CPAS) l'évalue. Demandez l'allocation dans les 60 jours après la livraison.
right-verwarmingstoelage-otherwise = Le revenu de votre ménage semble plus haut que la limite. Vous avez un doute ? Demandez alors à l'OCMW (CPAS), dans les 60 jours après la livraison.

right-verwarmingstoelage-unverified-limit-2025 = La limite de revenus à partir du 1er mai 2025 n'a pas encore été vérifiée. Nous utilisons la limite à partir du 1er février 2025. Elle ne vient pas d'une source officielle.
right-verwarmingstoelage-unverified-ten-laste = Qui compte comme personne à charge dépend du revenu de cette personne. Deux sources donnent un montant différent pour cela. Cela n'a pas encore été vérifié.

## Aide de l'OCMW pour votre facture d'énergie

right-energiehulp-ocmw = Aide de l'OCMW (CPAS) pour votre facture d'énergie
right-energiehulp-ocmw-summary = Vous avez du mal à payer votre facture d'électricité ou de gaz ? Alors l'OCMW (CPAS) peut vous aider avec de l'argent, avec une aide pour votre budget ou avec des appareils économiques.
right-energiehulp-ocmw-counter = J'ai du mal à payer ma facture d'énergie. Je voudrais demander de l'aide.

right-energiehulp-ocmw-reason-abroad = Vous n'habitez pas en Belgique. Cette aide existe seulement dans un OCMW (CPAS) en Belgique.
right-energiehulp-ocmw-reason-arrears = Vous avez des factures qui ne sont pas encore payées. C'est votre facture d'électricité ou de gaz ? Alors l'OCMW (CPAS) peut vous aider. Vous ne devez pas déjà être client de l'OCMW. L'OCMW parle avec vous, regarde votre situation et décide dans les 30 jours quelle aide vous recevez. En Flandre, on peut couper votre électricité, votre gaz ou votre eau seulement après l'avis de la Commission consultative locale (LAC) de l'OCMW. Vous pouvez y venir raconter votre situation.
right-energiehulp-ocmw-reason-debt-help = Vous recevez déjà de l'aide pour vos dettes ou pour votre budget. Vous avez quand même du mal avec votre facture d'électricité ou de gaz ? Demandez alors à l'OCMW (CPAS) s'il peut vous aider. L'OCMW regarde votre situation et décide dans les 30 jours.
right-energiehulp-ocmw-otherwise = Vous n'avez pas de factures qui ne sont pas encore payées. Vous recevez plus tard une facture d'énergie que vous ne pouvez pas payer ? Allez alors à l'OCMW (CPAS). Vous ne devez pas déjà être client de l'OCMW pour cela.

## Tarif social pour l'eau

right-sociaal-tarief-water = Tarif social pour l'eau
right-sociaal-tarief-water-summary = Avec le tarif social pour l'eau, vous recevez une grande réduction sur toute votre facture d'eau.
right-sociaal-tarief-water-counter = Je voudrais vérifier si je reçois le tarif social pour l'eau.
right-sociaal-tarief-water-if-missing = Le tarif social n'est pas sur votre facture d'eau ? Demandez alors une attestation au service qui paie votre allocation : l'OCMW (CPAS) pour le leefloon, le Federale Pensioendienst (Service fédéral des Pensions) pour la GRAPA (téléphone 1765), la DG Personnes handicapées pour l'ARR ou l'AI (téléphone 0800 987 99), ou votre zorgkas (caisse d'assurance soins) pour le budget de soins pour personnes âgées. Envoyez l'attestation au plus tard le 31 décembre à votre société d'eau.
right-sociaal-tarief-water-deadline = Le tarif social ne vient pas automatiquement ? Envoyez alors l'attestation au plus tard le 31 décembre de cette année à votre société d'eau. Pour une année déjà passée, vous ne pouvez plus le demander.

right-sociaal-tarief-water-reason-brussels = Vous habitez à Bruxelles. Ce tarif social flamand ne s'applique pas là-bas. À Bruxelles, c'est Vivaqua qui fournit l'eau. Vous avez du mal avec votre facture d'eau ? Demandez conseil à l'OCMW (CPAS) de votre commune.
right-sociaal-tarief-water-reason-wallonia = Vous habitez en Wallonie. Ce tarif social flamand ne s'applique pas là-bas. Vous avez du mal avec votre facture d'eau ? Demandez conseil au CPAS de votre commune (en néerlandais : OCMW).
right-sociaal-tarief-water-reason-abroad = Vous n'habitez pas en Belgique. Ce tarif social s'applique seulement en Flandre.
right-sociaal-tarief-water-reason-homeless = Vous n'avez pas de logement à vous maintenant, et donc pas de facture d'eau. Vous recevez un leefloon (revenu d'intégration), un équivalent du leefloon, une GRAPA, une ARR, une AI ou un budget de soins pour personnes âgées, et vous louez plus tard un logement ? Alors vous pouvez recevoir le tarif social pour l'eau. Renseignez-vous auprès de la société d'eau quand vous déménagez.
right-sociaal-tarief-water-reason-care-home = Vous habitez dans une maison de repos (woonzorgcentrum). Là, il y a le plus souvent une seule facture d'eau pour tout le monde. Alors vous ne recevez pas de réduction sur une facture, mais de l'argent en retour : une compensation. Cela se fait automatiquement. Vous ne recevez rien ? Renseignez-vous auprès de la société d'eau ou de l'OCMW (CPAS).
right-sociaal-tarief-water-reason-automatic = Quelqu'un de votre ménage (vous ou une autre personne) reçoit un leefloon (revenu d'intégration), un équivalent du leefloon, une GRAPA, une ARR, une AI ou un budget de soins pour personnes âgées. Vous aviez déjà cette allocation le 1er janvier de cette année ? Alors vous recevez le tarif social pour l'eau automatiquement. Vous ne devez rien faire. Vous avez reçu l'allocation seulement plus tard dans l'année ? Alors vous recevez le tarif social seulement à partir du 1er janvier de l'année suivante. Votre immeuble a un seul compteur d'eau pour tout le monde ? Alors vous ne recevez pas de réduction sur la facture, mais de l'argent en retour (une compensation). Vous recevez une lettre à ce sujet.
right-sociaal-tarief-water-reason-vt-only = L'intervention majorée seule ne donne pas droit au tarif social pour l'eau. Une allocation du ziekenfonds (mutualité) non plus.
right-sociaal-tarief-water-otherwise = Le tarif social pour l'eau est pour les ménages qui ont un leefloon (revenu d'intégration), un équivalent du leefloon, une GRAPA, une ARR, une AI ou un budget de soins pour personnes âgées. Vous recevez plus tard une telle allocation ? Alors vous pouvez aussi recevoir ce tarif. Vous avez du mal avec votre facture d'eau ? Demandez conseil à l'OCMW (CPAS).


## Internet social

right-sociaal-internet = Internet social (offre sociale pour internet)
right-sociaal-internet-summary = Avec l'internet social, vous payez un prix bas et fixe pour internet à la maison.
right-sociaal-internet-counter = Je voudrais l'offre sociale pour internet.

right-sociaal-internet-reason-abroad = Vous n'habitez pas en Belgique. L'internet social est seulement pour les personnes qui habitent en Belgique.
right-sociaal-internet-reason-benefit = Quelqu'un de votre ménage (vous ou une autre personne) reçoit un leefloon (revenu d'intégration), un équivalent du leefloon, une GRAPA, une ARR, une AI ou un budget de soins pour personnes âgées. Alors votre ménage a droit à l'internet social. Il n'y a pas de limite de revenus. Les personnes qui y ont droit ont normalement reçu une lettre. Mais vous devez aller vous-même, avec votre carte d'identité, chez Proximus ou Telenet (d'autres entreprises peuvent aussi le proposer) pour changer d'abonnement. Par ménage, une seule personne reçoit l'internet social. Quelqu'un de votre ménage a encore l'ancien tarif social pour le téléphone ? Alors vous ne pouvez pas avoir les deux. Si vous passez à l'internet social, vous ne pouvez plus revenir en arrière.
right-sociaal-internet-reason-vt-only = L'intervention majorée seule ne donne plus droit à une réduction pour le téléphone ou pour internet.
right-sociaal-internet-otherwise = L'internet social est pour les ménages qui ont un leefloon (revenu d'intégration), un équivalent du leefloon, une GRAPA, une ARR, une AI ou un budget de soins pour personnes âgées. Quelques autres allocations donnent aussi droit, par exemple une avance de l'OCMW (CPAS) sur une GRAPA ou sur une allocation pour un handicap. C'est de l'argent de l'OCMW pendant que vous attendez la GRAPA ou l'allocation. Vous recevez une telle avance ? Renseignez-vous alors auprès de l'OCMW. Vous recevez plus tard une de ces allocations ? Alors vous pouvez aussi recevoir l'internet social.


## Documents

document-leveringsfactuur = Copie de la facture ou du bon de livraison de votre mazout ou de votre propane
document-leveringsfactuur-where = Vous la recevez de votre fournisseur à la livraison, ou à la station-service.

document-attest-aantal-woningen = Seulement si vous habitez dans un immeuble à appartements : une attestation sur le nombre de logements concernés par la facture
document-attest-aantal-woningen-where = Demandez-la au propriétaire ou au gestionnaire de l'immeuble.

## Services

office-fod-economie = FOD Economie (SPF Économie)
office-fod-economie-phone = Téléphonez au FOD Economie (SPF Économie) pour vos questions sur le tarif social pour l'énergie.
office-fod-economie-online = Regardez sur ce site internet si vous recevez le tarif social, pour quel contrat et pour quelle période.

office-watermaatschappij = Votre société de distribution d'eau (par exemple De Watergroep, Farys, Pidpa ou water-link)
office-watermaatschappij-phone = Téléphonez à votre société d'eau. Le numéro est sur votre facture d'eau.
office-watermaatschappij-online = Regardez sur le site internet de votre société d'eau. Le nom est sur votre facture d'eau.
office-watermaatschappij-letter = Envoyez une lettre ou un e-mail à votre société d'eau. L'adresse est sur votre facture d'eau.

office-telecom-operator = Une entreprise internet : Proximus ou Telenet (d'autres entreprises peuvent aussi le proposer)
office-telecom-operator-in-person = Allez avec votre carte d'identité dans un magasin de Proximus ou de Telenet (d'autres entreprises peuvent aussi le proposer). Dites que vous voulez l'internet social.
office-telecom-operator-phone = Téléphonez au service clientèle de l'entreprise internet. Le numéro est sur le site internet de l'entreprise.

## Paramètres

param-vf-income-limit = Allocation de chauffage : limite de revenus du ménage par an (brut imposable)
param-vf-income-limit-extra-person = Allocation de chauffage : augmentation de la limite de revenus par personne à charge
param-sociaal-internet-price = Internet social : prix par mois pour l'internet fixe
param-sociaal-internet-bundle-max = Internet social : prix maximum par mois pour un pack

# Issue 13: no income check when the whole household has VT
right-verwarmingstoelage-reason-vt-household = Tout votre ménage a l'intervention majorée. Alors l'OCMW (CPAS) ne regarde pas votre revenu. Demandez l'allocation à l'OCMW dans les 60 jours après la livraison. La date de la livraison est sur la facture.

# Issue 13: sociaal internet for a zorgtoeslag with 4 points on pillar 1
right-sociaal-internet-reason-zorgtoeslag-points = Votre enfant reçoit un supplément de soins (zorgtoeslag) avec au moins 4 points au premier pilier. Alors votre ménage a droit à l'offre sociale internet. Il n'y a pas de limite de revenus. Les personnes qui y ont droit ont normalement reçu une lettre. Allez avec votre carte d'identité chez votre entreprise internet pour changer d'abonnement.

# Issue 13: minimale levering via het OCMW
right-minimale-levering-energie = Fourniture minimale de gaz et d'électricité par l'OCMW (CPAS)
right-minimale-levering-energie-summary = Vous avez un compteur à budget et vous ne pouvez pas assez recharger ? Alors l'OCMW (CPAS) peut faire en sorte que vous ayez quand même du gaz en hiver. Une petite quantité d'électricité reste toujours.
right-minimale-levering-energie-counter = J'ai un compteur à budget et je voudrais demander une fourniture minimale de gaz ou d'électricité.
right-minimale-levering-energie-reason-outside-flanders = Vous n'habitez pas en Flandre. Cette règle avec le compteur à budget est flamande. Vous avez du mal à payer votre facture d'énergie ? Demandez conseil à l'OCMW (CPAS) de votre commune.
right-minimale-levering-energie-reason-housing = Vous n'avez pas de compteur d'énergie à vous maintenant. Cette aide est pour les personnes qui ont un compteur à budget à la maison.
right-minimale-levering-energie-reason-prepaid = Vous avez un compteur à budget. Vous ne pouvez pas assez recharger ? Alors l'OCMW (CPAS) peut vous donner une fourniture minimale de gaz naturel du 1er novembre au 31 mars. Pour l'électricité, une petite quantité reste toujours. Allez à l'OCMW. L'OCMW décide.
right-minimale-levering-energie-otherwise = Vous n'avez pas de compteur à budget, ou pas de difficulté à payer votre énergie. Vous recevez plus tard un compteur à budget et vous ne pouvez pas recharger ? Allez alors à l'OCMW (CPAS).
