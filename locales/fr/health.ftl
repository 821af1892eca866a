# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Intervention majorée

right-verhoogde-tegemoetkoming = Intervention majorée
right-verhoogde-tegemoetkoming-summary = Avec l'intervention majorée de votre ziekenfonds (mutualité), vous payez moins pour le médecin et pour d'autres soins, et vous recevez encore d'autres avantages.
right-verhoogde-tegemoetkoming-counter = Je voudrais demander l'intervention majorée.
right-verhoogde-tegemoetkoming-if-missing = Vous ne recevez pas l'intervention majorée automatiquement ? Demandez alors une attestation au service qui paie votre allocation, par exemple l'OCMW (CPAS). Donnez cette attestation à votre ziekenfonds (mutualité).

right-verhoogde-tegemoetkoming-reason-already = Vous recevez déjà l'intervention majorée.
right-verhoogde-tegemoetkoming-reason-abroad = Vous n'habitez pas en Belgique. Alors, en général, vous ne recevez pas cette aide d'un ziekenfonds (mutualité) belge. Renseignez-vous auprès de votre ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Sans séjour légal, il y a l'aide médicale urgente de l'OCMW (CPAS). C'est l'aide d'un médecin ou à l'hôpital, et des médicaments. Demandez-la à l'OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Comme demandeur d'asile, vous recevez des soins médicaux par votre accueil : Fedasil ou l'initiative locale d'accueil (LOI). Demandez au service social de votre accueil. Vous recevez plus tard un droit de séjour ? Alors vous pouvez demander l'intervention majorée à un ziekenfonds (mutualité).
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Quelqu'un de votre ménage (vous ou une autre personne) reçoit une GRAPA, une ARR, une AI, un budget de soins pour personnes âgées ou un supplément de soins pour un enfant avec au moins 4 points au premier pilier. Alors tout votre ménage reçoit l'intervention majorée automatiquement. Vous ne devez rien faire.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Vous recevez un leefloon (revenu d'intégration) ou un équivalent du leefloon. Après 3 mois complets, vous recevez alors automatiquement l'intervention majorée de votre ziekenfonds (mutualité). Vous ne devez rien faire.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Vous pouvez probablement recevoir un leefloon (revenu d'intégration) ou un équivalent du leefloon. Si vous le recevez pendant 3 mois complets, l'intervention majorée suit automatiquement. Vous pouvez aussi déjà la demander maintenant à votre ziekenfonds (mutualité).
right-verhoogde-tegemoetkoming-reason-request-income = Le revenu de votre ménage n'est pas plus haut que la limite. Demandez l'intervention majorée à votre ziekenfonds (mutualité). Parfois, le ziekenfonds vous envoie lui-même une lettre pour la demander. Vous ne devez pas attendre cette lettre.
right-verhoogde-tegemoetkoming-reason-request-current-income = Vous êtes pensionné, demandeur d'emploi ou en incapacité de travail depuis au moins 3 mois, parent seul avec vos enfants, ou vous avez la protection temporaire. Alors on compte le revenu du dernier mois. Ce revenu n'est pas plus haut que la limite. Demandez l'intervention majorée à votre ziekenfonds (mutualité).
right-verhoogde-tegemoetkoming-otherwise = Le revenu de votre ménage semble plus haut que la limite. Votre revenu est plus bas maintenant, par exemple à cause d'une maladie, du chômage ou de la pension ? Demandez alors conseil à votre ziekenfonds (mutualité).

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = Les limites de revenus pour 2025 et 2026 n'ont pas encore été vérifiées. Nous utilisons la limite pour les demandes faites en 2024.

## Maximum à facturer

right-maximumfactuur = Maximum à facturer (MAF)
right-maximumfactuur-summary = Avec le maximum à facturer, votre ménage ne paie pas plus qu'un montant fixe de ticket modérateur par an. Le ticket modérateur est la partie du prix du médecin ou de l'hôpital que vous payez vous-même.
right-maximumfactuur-counter = Je voudrais vérifier si je récupère de l'argent avec le maximum à facturer.
right-maximumfactuur-if-missing = Le maximum à facturer vient automatiquement. Les premiers remboursements arrivent en général seulement au début de l'été, parce que le ziekenfonds (mutualité) doit d'abord recevoir les données sur votre revenu. Vous pensez avoir payé trop de ticket modérateur ? Demandez-le à votre ziekenfonds. Votre revenu a fortement baissé, par exemple à cause d'une maladie ou du chômage ? Demandez alors à votre ziekenfonds de regarder votre revenu actuel.

right-maximumfactuur-reason-abroad = Vous n'habitez pas en Belgique. Alors, en général, vous ne recevez pas le maximum à facturer d'un ziekenfonds (mutualité) belge. Renseignez-vous auprès de votre ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Sans séjour légal, en général, vous n'êtes pas affilié à un ziekenfonds (mutualité). Mais l'OCMW (CPAS) peut donner l'aide médicale urgente. C'est l'aide d'un médecin ou à l'hôpital, et des médicaments.
right-maximumfactuur-reason-asylum-seeker = Comme demandeur d'asile, vous recevez l'aide médicale par votre accueil : Fedasil ou une initiative locale d'accueil (LOI). Vous êtes quand même affilié à un ziekenfonds (mutualité) ? Alors le maximum à facturer vaut aussi pour vous.
right-maximumfactuur-reason-it-partner = Vous recevez une AI et vous habitez avec un partenaire. Votre partenaire a un revenu ? Alors l'AI ne donne pas droit au maximum à facturer social, qui est plus bas. Le maximum à facturer normal s'applique quand même. Il dépend du revenu de votre ménage. Votre ziekenfonds (mutualité) l'applique automatiquement. Vous ne devez rien faire.
right-maximumfactuur-reason-social = Votre ménage a l'intervention majorée. Alors le maximum à facturer social s'applique. C'est une limite basse. Votre ménage paie en un an plus de ticket modérateur que cette limite ? Alors votre ziekenfonds (mutualité) rembourse automatiquement ce qui est en trop. Vous ne devez rien faire.
right-maximumfactuur-reason-income-vt-pending = Toute personne affiliée à un ziekenfonds (mutualité) a un maximum à facturer. Votre ziekenfonds l'applique automatiquement. Vous pouvez probablement aussi recevoir l'intervention majorée. Alors une limite plus basse s'applique : le maximum à facturer social. Demandez donc d'abord l'intervention majorée.
right-maximumfactuur-reason-income = Toute personne affiliée à un ziekenfonds (mutualité) a un maximum à facturer. Votre ménage paie en un an plus de ticket modérateur qu'une certaine limite ? Alors votre ziekenfonds rembourse automatiquement ce qui est en trop. Le niveau de la limite dépend du revenu de votre ménage. Votre ménage, ce sont toutes les personnes qui habitaient à votre adresse le 1er janvier. Vous ne devez rien faire.
right-maximumfactuur-otherwise = Vous n'avez pas de ziekenfonds (mutualité) en Belgique. Alors le maximum à facturer ne s'applique pas à vous.

right-maximumfactuur-unverified-amounts-2025-2026 = Les limites du maximum à facturer pour 2025 et 2026 n'ont pas encore été vérifiées. Nous connaissons seulement les limites de 2024.

## Aide médicale urgente

right-dringende-medische-hulp = Aide médicale urgente
right-dringende-medische-hulp-summary = L'aide médicale urgente vient de l'OCMW (CPAS). Vous recevez alors des soins d'un médecin ou à l'hôpital. Vous recevez aussi des médicaments. C'est possible aussi sans séjour légal (sans papiers).
right-dringende-medische-hulp-counter = Je voudrais demander l'aide médicale urgente.

right-dringende-medische-hulp-reason-abroad = Vous n'habitez pas en Belgique. L'aide médicale urgente est pour les personnes qui séjournent en Belgique.
right-dringende-medische-hulp-reason-no-legal-stay = Vous n'avez pas de séjour légal. Vous pouvez alors demander l'aide médicale urgente à l'OCMW (CPAS) de la commune où vous séjournez réellement. Malgré son nom, elle n'est pas seulement pour les urgences : elle est aussi pour une visite normale chez le médecin, pour l'hôpital et pour les médicaments. Un médecin écrit une attestation. L'OCMW fait une enquête sociale : il regarde votre situation et vient chez vous. L'OCMW décide dans les 30 jours.
right-dringende-medische-hulp-reason-eu = Vous êtes citoyen d'un pays de l'Union européenne. Alors, pour les soins, vous allez en général à un ziekenfonds (mutualité). Vous êtes en Belgique depuis moins de 3 mois et vous n'avez pas de ziekenfonds ? Demandez alors à l'OCMW (CPAS) si vous pouvez recevoir l'aide médicale urgente.
right-dringende-medische-hulp-reason-asylum-seeker = Comme demandeur d'asile, vous recevez l'aide médicale par votre accueil : Fedasil ou une initiative locale d'accueil (LOI). Demandez-la là-bas.
right-dringende-medische-hulp-otherwise = Vous avez un séjour légal en Belgique. Alors vous recevez des soins par votre ziekenfonds (mutualité). L'aide médicale urgente est pour les personnes sans séjour légal.

right-dringende-medische-hulp-unverified-eu = Les citoyens de l'Union européenne peuvent parfois aussi recevoir l'aide médicale urgente pendant leurs 3 premiers mois en Belgique. Cela ne vient pas d'une source officielle et n'a pas encore été vérifié.

## Documents

document-verklaring-op-erewoord = Déclaration sur l'honneur, signée par tous les adultes de votre ménage
document-verklaring-op-erewoord-where = Vous recevez le formulaire à votre ziekenfonds (mutualité).

document-attest-dringende-medische-hulp = Attestation d'aide médicale urgente, écrite par un médecin
document-attest-dringende-medische-hulp-where = Le médecin qui vous examine l'écrit. Demandez-la vous-même.

document-identiteitsbewijs = Votre passeport ou une autre preuve de votre identité, si vous en avez une
document-identiteitsbewijs-where = Emportez ce que vous avez. Vous n'avez rien ? Allez quand même à l'OCMW (CPAS).

document-bewijs-financiele-toestand = Papiers sur votre argent, si vous en avez : ce que vous recevez et ce que vous possédez
document-bewijs-financiele-toestand-where = Par exemple des extraits de compte de votre banque. Vous n'avez pas de papiers ? Alors l'OCMW (CPAS) vous pose des questions pendant l'entretien.

## Services

office-ziekenfonds = Votre ziekenfonds (mutualité)
office-ziekenfonds-in-person = Allez dans un bureau de votre ziekenfonds (mutualité).
office-ziekenfonds-phone = Téléphonez à votre ziekenfonds (mutualité). Le numéro est sur les lettres et sur le site internet de votre ziekenfonds.
office-ziekenfonds-online = Connectez-vous sur le site internet ou dans l'application de votre ziekenfonds (mutualité), par exemple MyCM ou Mijn Helan.

## Paramètres

param-vt-income-limit = Intervention majorée : limite de revenus du ménage par an (brut imposable)
param-vt-income-limit-extra-person = Intervention majorée : augmentation de la limite de revenus par membre du ménage en plus
param-maf-income-bracket-1 = Maximum à facturer : limite supérieure de la tranche de revenus 1 (revenu net imposable du ménage par an)
param-maf-income-bracket-2 = Maximum à facturer : limite supérieure de la tranche de revenus 2 (revenu net imposable du ménage par an)
param-maf-income-bracket-3 = Maximum à facturer : limite supérieure de la tranche de revenus 3 (revenu net imposable du ménage par an)
param-maf-income-bracket-4 = Maximum à facturer : limite supérieure de la tranche de revenus 4 (revenu net imposable du ménage par an)
param-maf-income-bracket-5 = Maximum à facturer : limite supérieure de la tranche de revenus 5 (revenu net imposable du ménage par an)
param-maf-ceiling-1 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 1
param-maf-ceiling-2 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 2
param-maf-ceiling-3 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 3
param-maf-ceiling-4 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 4
param-maf-ceiling-5 = Maximum à facturer : limite du ticket modérateur par an dans la tranche de revenus 5
param-maf-ceiling-6 = Maximum à facturer : limite du ticket modérateur par an au-dessus de la tranche de revenus 5
param-maf-ceiling-social = Maximum à facturer social (ménages avec l'intervention majorée) : limite du ticket modérateur par an
param-maf-chronic-reduction = Maximum à facturer : diminution de la limite en cas de maladie chronique

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = Vous pouvez probablement recevoir la GRAPA. Si vous la recevez, l'intervention majorée suit automatiquement. Votre revenu est bas : vous pouvez aussi déjà la demander maintenant à votre ziekenfonds (mutualité).
