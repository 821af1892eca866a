# Care: zorgbudget voor zwaar zorgbehoevenden, zorgbudget voor ouderen, basisondersteuningsbudget.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Budget de soins pour personnes très dépendantes

right-zorgbudget-zwaar-zorgbehoevenden = Budget de soins pour personnes très dépendantes
right-zorgbudget-zwaar-zorgbehoevenden-summary = Le budget de soins pour personnes très dépendantes est de l'argent pour les personnes qui ont besoin de beaucoup de soins. Vous le recevez chaque mois de votre zorgkas (caisse d'assurance soins). Vous pouvez utiliser cet argent comme vous voulez.
right-zorgbudget-zwaar-zorgbehoevenden-counter = Je voudrais demander un budget de soins pour personnes très dépendantes.
right-zorgbudget-zwaar-zorgbehoevenden-if-missing = Vous habitez dans une maison de repos (woonzorgcentrum) et vous ne recevez pas ce budget de soins ? Contactez alors votre zorgkas (caisse d'assurance soins). En général, votre zorgkas fait partie de votre ziekenfonds (mutualité). La maison de repos peut vous aider.

right-zorgbudget-zwaar-zorgbehoevenden-reason-outside = Vous n'habitez pas en Flandre ni à Bruxelles. Ce budget de soins fait partie de la protection sociale flamande. Demandez à votre ziekenfonds (mutualité) ou à l'OCMW (CPAS) quelle aide existe là où vous habitez.
right-zorgbudget-zwaar-zorgbehoevenden-reason-brussels = Vous habitez à Bruxelles. Là-bas, l'affiliation à une zorgkas flamande (caisse d'assurance soins) n'est pas obligatoire, mais elle est possible. Vous êtes affilié à une zorgkas ? Demandez alors à votre zorgkas si vous pouvez recevoir ce budget de soins. Vous habitez dans une maison de repos à Bruxelles ? Alors une attestation de la maison de repos compte.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-home = Vous habitez dans une maison de repos (woonzorgcentrum) en Flandre. Alors vous recevez le budget de soins pour personnes très dépendantes automatiquement, chaque mois. Vous ne devez rien faire.
right-zorgbudget-zwaar-zorgbehoevenden-reason-points = Quelqu'un de votre ménage (vous ou une autre personne) reçoit une allocation d'intégration (AI), un budget de soins pour personnes âgées ou une allocation de soins pour un enfant. Un grand besoin de soins a été mesuré à ce moment-là (au moins 15 points, ou 18 points pour l'allocation de soins d'un enfant) ? Alors vous recevez ce budget de soins automatiquement. Sinon, vous pouvez le demander à votre zorgkas (caisse d'assurance soins), avec un formulaire et une attestation sur votre besoin de soins. Il n'y a pas de condition de revenu.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-need = Quelqu'un de votre ménage (vous ou une autre personne) a besoin de beaucoup d'aide chaque jour. Ce budget de soins dépend d'une mesure du besoin de soins. Cette mesure est faite par exemple par les soins infirmiers à domicile ou par le service d'aide familiale. Avec une attestation de cette mesure, vous le recevez parfois automatiquement. Sinon, vous le demandez à votre zorgkas (caisse d'assurance soins), avec un formulaire et l'attestation. Vous pouvez aussi les déposer à l'OCMW (CPAS). Il n'y a pas de condition de revenu.
right-zorgbudget-zwaar-zorgbehoevenden-otherwise = Vous n'avez pas dit que quelqu'un de votre ménage a besoin de beaucoup d'aide chaque jour. Ce budget de soins est pour les personnes qui ont besoin de beaucoup de soins. Cela change ? Demandez-le alors à votre zorgkas (caisse d'assurance soins).

right-zorgbudget-zwaar-zorgbehoevenden-unverified-amount = Le montant pour 2025 et 2026 n'a pas encore été vérifié. Nous montrons le montant de janvier 2024.

## Budget de soins pour personnes âgées en besoin de soins

right-zorgbudget-ouderen = Budget de soins pour personnes âgées ayant besoin de soins
right-zorgbudget-ouderen-summary = Le budget de soins pour personnes âgées est de l'argent pour les personnes de 65 ans ou plus. Il est pour celles qui ont besoin d'aide pour les choses de tous les jours. Vous le recevez chaque mois de votre zorgkas (caisse d'assurance soins).
right-zorgbudget-ouderen-counter = Je voudrais demander un budget de soins pour personnes âgées ayant besoin de soins.
right-zorgbudget-ouderen-if-missing = Vous habitez dans une maison de repos (woonzorgcentrum), vous recevez une GRAPA, et vous ne recevez pas ce budget de soins ? Contactez alors votre zorgkas (caisse d'assurance soins). La maison de repos, votre ziekenfonds (mutualité) ou l'OCMW (CPAS) peut vous aider.

right-zorgbudget-ouderen-reason-already = Vous recevez déjà un budget de soins pour personnes âgées ayant besoin de soins.
right-zorgbudget-ouderen-reason-wallonia = Vous habitez en Wallonie. Ce budget de soins flamand n'est pas pour vous. En Wallonie, vous pouvez demander de l'aide pour les personnes âgées à l'AVIQ. Demandez conseil à votre ziekenfonds (mutualité) ou au CPAS (en néerlandais : OCMW).
right-zorgbudget-ouderen-reason-abroad = Vous n'habitez pas en Belgique. Ce budget de soins est pour les personnes qui habitent en Flandre ou à Bruxelles.
right-zorgbudget-ouderen-reason-too-young = Ce budget de soins est pour les personnes à partir de 65 ans. Vous pouvez le demander au plus tôt le jour de vos 65 ans. Une personne de 65 ans ou plus qui a besoin de beaucoup d'aide habite chez vous ? Alors cette personne peut le demander elle-même. Vous avez moins de 65 ans et vous avez un handicap ? Alors vous pouvez peut-être recevoir une allocation d'intégration (AI).
right-zorgbudget-ouderen-reason-brussels = Vous habitez à Bruxelles. Vous êtes affilié à une zorgkas flamande (caisse d'assurance soins) ? Demandez alors à votre zorgkas si vous pouvez recevoir ce budget de soins. Sinon, vous pouvez demander de l'aide pour les personnes âgées à Iriscare, le service bruxellois. Demandez conseil à votre ziekenfonds (mutualité) ou à l'OCMW (CPAS).
right-zorgbudget-ouderen-reason-care-home-igo = Vous habitez dans une maison de repos (woonzorgcentrum) en Flandre et vous recevez une GRAPA. Alors, depuis le 1er avril 2023, vous recevez le budget de soins pour personnes âgées automatiquement, dans la catégorie la plus haute. Vous ne devez rien faire.
right-zorgbudget-ouderen-reason-care-home = Vous habitez dans une maison de repos (woonzorgcentrum). Les résidents qui ont un revenu bas reçoivent parfois ce budget de soins automatiquement. Sinon, vous le demandez. Le droit et le montant dépendent d'une mesure de l'aide dont vous avez besoin, et de votre revenu et de celui de votre partenaire. Renseignez-vous auprès de la maison de repos ou de votre zorgkas (caisse d'assurance soins).
right-zorgbudget-ouderen-reason-care-need = Quelqu'un de votre ménage (vous ou une autre personne) a besoin de beaucoup d'aide chaque jour. Ce budget de soins dépend d'une mesure de l'aide dont vous avez besoin, et de votre revenu et de celui de votre partenaire. L'épargne et les biens comptent aussi. En général, vous devez aussi habiter depuis 5 ans de suite en Flandre ou à Bruxelles. Vous demandez le budget de soins en ligne, avec votre carte d'identité (eID). Votre zorgkas (caisse d'assurance soins), votre ziekenfonds (mutualité), la commune ou l'OCMW (CPAS) peut vous aider.
right-zorgbudget-ouderen-otherwise = Vous n'avez pas dit que vous avez besoin de beaucoup d'aide chaque jour. Vous avez quand même besoin d'aide pour les choses de tous les jours, comme vous laver, vous habiller, manger ou faire le ménage ? Demandez alors conseil à votre ziekenfonds (mutualité) ou à l'OCMW (CPAS).

right-zorgbudget-ouderen-unverified-amounts = Depuis le 1er mars 2026, la catégorie dépend d'une nouvelle mesure, le BelRAI-screener. Les montants actuels par catégorie n'ont pas encore été vérifiés. Nous montrons les montants d'avril 2023.

## Budget d'assistance de base

right-basisondersteuningsbudget = Budget d'assistance de base (budget de soins pour personnes handicapées)
right-basisondersteuningsbudget-summary = Le budget d'assistance de base est de l'argent pour les personnes qui ont un handicap. Vous le recevez chaque mois de votre zorgkas (caisse d'assurance soins). Vous devez être inscrit au VAPH (l'agence flamande pour les personnes handicapées).
right-basisondersteuningsbudget-counter = Je voudrais savoir si je reçois un budget d'assistance de base.

right-basisondersteuningsbudget-reason-outside = Vous n'habitez pas en Flandre ni à Bruxelles. Ce budget de soins fait partie de la protection sociale flamande. Demandez à votre ziekenfonds (mutualité) quelle aide existe là où vous habitez.
right-basisondersteuningsbudget-reason-brussels = Vous habitez à Bruxelles. Ce budget de soins fait partie de la protection sociale flamande. À Bruxelles, c'est possible seulement si vous êtes affilié à une zorgkas flamande (caisse d'assurance soins). Renseignez-vous auprès de votre zorgkas.
right-basisondersteuningsbudget-reason-points = Quelqu'un de votre ménage (vous ou une autre personne) reçoit une allocation d'intégration (AI) ou une allocation de soins pour un enfant. Cette aide a été donnée sur la base d'au moins 12 points ? Alors vous recevez le budget d'assistance de base automatiquement. Vous ne pouvez pas le demander vous-même : votre zorgkas (caisse d'assurance soins) ou votre ziekenfonds (mutualité) prend contact avec vous. Vous avez déjà un budget personnalisé (persoonsvolgend budget) ? Alors vous ne le recevez pas. Vous n'avez pas de nouvelles ? Renseignez-vous alors auprès de votre zorgkas.
right-basisondersteuningsbudget-reason-vaph = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap. Le budget d'assistance de base est pour les personnes inscrites au VAPH (l'agence flamande pour les personnes handicapées) dans un groupe de priorité pour un budget personnalisé (persoonsvolgend budget). Un budget personnalisé est de l'argent du VAPH pour choisir vous-même vos soins et votre aide. Pour les enfants et les jeunes, il y a encore d'autres règles. Vous ne pouvez pas le demander vous-même : votre zorgkas (caisse d'assurance soins) ou votre ziekenfonds (mutualité) prend contact avec vous. Vous avez déjà un budget personnalisé ? Alors vous ne le recevez pas. Vous n'êtes pas encore inscrit au VAPH ? Demandez de l'aide au service social de votre ziekenfonds ou à l'OCMW (CPAS).
right-basisondersteuningsbudget-otherwise = Vous n'avez pas dit que quelqu'un de votre ménage a un handicap. Ce budget de soins est pour les personnes avec un handicap qui sont inscrites au VAPH (l'agence flamande pour les personnes handicapées).

right-basisondersteuningsbudget-unverified-amount = Le montant actuel n'a pas encore été vérifié. Nous montrons un montant de 2019. Une autre source donne un montant plus haut.

## Documents

document-formulier-zorgbudget-zwaar-zorgbehoevenden = Formulaire de demande pour le budget de soins pour personnes très dépendantes
document-formulier-zorgbudget-zwaar-zorgbehoevenden-where = Vous le recevez à votre zorgkas (caisse d'assurance soins). L'OCMW (CPAS) peut aussi vous aider.

document-attest-zorgnood = Attestation sur votre besoin de soins
document-attest-zorgnood-where = Demandez-la aux soins infirmiers à domicile ou au service d'aide familiale qui vient chez vous. Une décision sur une AI, un budget de soins pour personnes âgées ou une allocation de soins pour un enfant peut aussi servir. Vous habitez dans une maison de soins psychiatriques ou dans une maison de repos à Bruxelles ? Demandez alors une attestation de votre séjour.

## Services

office-zorgkas = Votre zorgkas (caisse d'assurance soins)
office-zorgkas-in-person = Allez dans un bureau de votre zorgkas (caisse d'assurance soins). En général, votre zorgkas fait partie de votre ziekenfonds (mutualité). Vous pouvez alors aller au bureau de votre ziekenfonds.
office-zorgkas-phone = Téléphonez à votre zorgkas (caisse d'assurance soins). Le numéro est sur les lettres de votre zorgkas. Vous pouvez aussi le demander à votre ziekenfonds (mutualité).
office-zorgkas-online = Le budget de soins pour personnes âgées se demande seulement en ligne, sur ce site internet. Vous vous connectez avec votre eID. Votre zorgkas (caisse d'assurance soins), votre ziekenfonds (mutualité), votre commune ou l'OCMW (CPAS) peut vous aider.
office-zorgkas-letter = Le budget de soins pour personnes très dépendantes se demande avec un formulaire et une attestation. Envoyez-les à votre zorgkas (caisse d'assurance soins), ou déposez-les à l'OCMW (CPAS). L'OCMW les transmet.

## Paramètres

param-zorgbudget-zwaar-zorgbehoevenden = Budget de soins pour personnes très dépendantes : montant par mois
param-zorgbudget-ouderen-categorie-4-max = Budget de soins pour personnes âgées : montant le plus haut par mois en catégorie 4 (automatique pour les résidents d'une maison de repos qui ont un revenu bas)
param-zorgbudget-ouderen-categorie-5-max = Budget de soins pour personnes âgées : montant le plus haut par mois en catégorie 5 (automatique pour les résidents d'une maison de repos qui ont une GRAPA)
param-basisondersteuningsbudget = Budget d'assistance de base : montant par mois

# Issue 13: children get the ondersteuningstoeslag, not a BOB
right-basisondersteuningsbudget-reason-child = Votre enfant reçoit un supplément de soins (zorgtoeslag). Pour les enfants, il n'y a pas de budget d'assistance de base de la caisse de soins (zorgkas). Votre enfant a au moins 12 points ? Alors il reçoit le supplément de soutien (ondersteuningstoeslag) du Groeipakket, automatiquement par votre caisse d'allocations familiales.

# Issue 13: lagere zorgpremie
right-zorgpremie-vermindering = Prime de soins réduite (zorgpremie)
right-zorgpremie-vermindering-summary = En Flandre, tout le monde paie chaque année une prime de soins (zorgpremie) à une caisse de soins (zorgkas). Avec l'intervention majorée, vous payez moins.
right-zorgpremie-vermindering-counter = Je voudrais savoir si je paie une prime de soins réduite.
right-zorgpremie-vermindering-if-missing = Vous payez quand même la prime de soins complète ? Renseignez-vous auprès de votre caisse de soins (zorgkas). Apportez une attestation de l'intervention majorée.
right-zorgpremie-vermindering-reason-outside = Vous n'habitez pas en Flandre ou à Bruxelles. La prime de soins est flamande.
right-zorgpremie-vermindering-reason-vt = Vous avez l'intervention majorée. Vous l'aviez déjà le 1er janvier de l'année passée, et vous habitez depuis 5 ans en Flandre ou à Bruxelles ? Alors vous payez automatiquement une prime de soins réduite. Vous ne devez rien faire.
right-zorgpremie-vermindering-otherwise = Une prime de soins réduite existe pour les personnes qui ont l'intervention majorée. Vous la recevez plus tard ? Alors vous paierez aussi moins plus tard.

right-zorgpremie-vermindering-reason-brussels = Vous habitez à Bruxelles. Là, vous choisissez vous-même de vous affilier ou non à une caisse de soins flamande (zorgkas). Vous l'avez fait et vous avez l'intervention majorée ? Alors vous payez probablement aussi une prime de soins réduite. Renseignez-vous auprès de votre caisse de soins.
