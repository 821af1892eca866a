# Legal aid and debt: pro-deoadvocaat, schuldhulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Avocat pro deo

right-pro-deo = Avocat pro deo (aide juridique de deuxième ligne)
right-pro-deo-summary = Avec un revenu bas, vous recevez un avocat qui ne vous coûte rien ou seulement un petit montant.
right-pro-deo-counter = Je voudrais demander un avocat pro deo.

right-pro-deo-reason-no-problem = Vous avez dit que vous n'avez pas maintenant de problème pour lequel vous avez besoin d'un avocat. Vous avez besoin d'un avocat plus tard ? Revenez alors. Tout le monde peut recevoir un premier conseil juridique gratuit, par exemple à l'OCMW (CPAS), au CAW (centre d'aide sociale) ou à la maison de justice.
right-pro-deo-reason-minor = Vous avez moins de 18 ans. Alors vous avez toujours droit à un avocat gratuit.
right-pro-deo-reason-presumed-benefit = Vous recevez un leefloon (revenu d'intégration), une aide de l'OCMW (CPAS), une GRAPA ou une ARR. Alors le bureau d'aide juridique (BAJ) considère que votre revenu est assez bas pour un avocat gratuit. Emportez une attestation de votre allocation.
right-pro-deo-reason-free = Votre revenu ne semble pas plus haut que la limite pour un avocat totalement gratuit. Demandez un avocat pro deo au bureau d'aide juridique (BAJ). Vous avez déjà un avocat ? Il peut aussi le demander pour vous.
right-pro-deo-reason-partial = Votre revenu semble juste au-dessus de la limite pour un avocat totalement gratuit, mais pas au-dessus de la deuxième limite. Alors l'avocat est partiellement gratuit : vous payez une petite contribution. Demandez-le au bureau d'aide juridique (BAJ).
right-pro-deo-reason-children = Votre revenu est plus haut que la limite normale. Mais la limite est plus haute pour chaque personne à votre charge, comme un enfant. Le bureau d'aide juridique (BAJ) fait le calcul pour vous. Demandez-le là-bas.
right-pro-deo-reason-social-tenant = Vous louez un logement social. Vous payez seulement la moitié du loyer de base ? Alors vous recevez probablement un avocat gratuit. Demandez une attestation à votre woonmaatschappij (société de logement social) et allez au bureau d'aide juridique (BAJ).
right-pro-deo-reason-stay-procedure = Votre problème concerne votre séjour en Belgique, par exemple une régularisation ou un recours ? Alors vous recevez probablement un avocat gratuit. Le bureau d'aide juridique (BAJ) décide. Demandez-le là-bas, ou demandez conseil à l'OCMW (CPAS) ou à un CAW (centre d'aide sociale).
right-pro-deo-otherwise = Votre revenu semble plus haut que les limites pour un avocat gratuit. Vous avez un doute ? Demandez au bureau d'aide juridique (BAJ). Tout le monde peut recevoir un premier conseil juridique gratuit, par exemple à l'OCMW (CPAS), au CAW (centre d'aide sociale) ou à la maison de justice.

right-pro-deo-unverified-limits-2026 = Les limites de revenus changent chaque année le 1er septembre. Les limites à partir du 1er septembre 2026 n'ont pas encore été vérifiées. Nous utilisons celles du 1er septembre 2025.
right-pro-deo-unverified-presumptions = On n'a pas encore vérifié si les personnes en règlement collectif de dettes et tous les demandeurs d'asile reçoivent automatiquement un avocat gratuit. Et toutes les sources ne disent pas que l'ARR compte pour cela.
right-pro-deo-unverified-contribution = Ce que vous payez vous-même quand l'avocat est partiellement gratuit n'a pas encore été vérifié dans la loi. Le bureau d'aide juridique (BAJ) vous le dira.

## Aide pour les dettes

right-schuldhulp = Aide pour vos dettes et pour votre budget
right-schuldhulp-summary = Vous ne pouvez plus payer vos factures ? Alors l'OCMW (CPAS) ou le CAW (centre d'aide sociale) vous aide. Ils donnent des conseils, ils vous aident pour votre budget, ou ils font une médiation de dettes. Dans une médiation de dettes, quelqu'un fait un plan de remboursement avec les personnes à qui vous devez de l'argent.
right-schuldhulp-counter = J'ai des dettes et je voudrais de l'aide.

right-schuldhulp-reason-already-collective = Vous êtes en règlement collectif de dettes. Le juge a désigné un médiateur de dettes qui organise votre plan de remboursement. Vous avez des questions, ou de nouvelles factures que vous ne pouvez pas payer ? Parlez-en tout de suite à votre médiateur de dettes.
right-schuldhulp-reason-already-mediation = Vous recevez déjà une médiation de dettes. Vous avez des questions, ou de nouvelles factures que vous ne pouvez pas payer ? Parlez-en tout de suite à votre médiateur de dettes.
right-schuldhulp-reason-already-budget = Vous recevez déjà une guidance budgétaire ou une gestion budgétaire. Vous avez de nouvelles factures que vous ne pouvez pas payer ? Parlez-en tout de suite à la personne qui vous accompagne.
right-schuldhulp-reason-abroad = Vous n'habitez pas en Belgique. Cette aide est pour les personnes qui habitent en Belgique.
right-schuldhulp-reason-arrears = Vous avez des factures que vous n'avez pas pu payer à temps. L'OCMW (CPAS) ou le CAW (centre d'aide sociale) peut vous aider. Par exemple avec des conseils, avec un accord avec les personnes ou les entreprises à qui vous devez de l'argent, avec une guidance budgétaire ou une gestion budgétaire, ou avec une médiation de dettes. Pendant un entretien, vous regardez ensemble ce qui vous convient. N'attendez pas trop longtemps : plus vite, c'est mieux.
right-schuldhulp-otherwise = Vous avez dit que vous n'avez pas de dettes. Vous avez plus tard du mal à payer vos factures ? Demandez alors de l'aide à temps à l'OCMW (CPAS) ou au CAW (centre d'aide sociale).

right-schuldhulp-unverified-pro-deo = On n'a pas encore vérifié si le règlement collectif de dettes ou la médiation de dettes donne automatiquement droit à un avocat gratuit.

## Documents

document-gezinssamenstelling = Certificat de composition de ménage
document-gezinssamenstelling-where = Demandez-le à votre commune, ou téléchargez-le dans Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Seulement si vous recevez un leefloon (revenu d'intégration), une GRAPA ou une ARR, ou si vous louez un logement social : une attestation qui le prouve
document-attest-categorie-pro-deo-where = Demandez-la au service qui vous paie : l'OCMW (CPAS), le Federale Pensioendienst (Service fédéral des Pensions) ou la DG Personnes handicapées. Si vous êtes locataire social, demandez une attestation de loyer à votre woonmaatschappij (société de logement social).

document-documenten-zaak = Tous les papiers sur votre problème : lettres, contrats, décisions
document-documenten-zaak-where = Rassemblez tout ce que vous avez. Ne jetez rien.

document-lijst-schulden = Une liste de vos dettes, avec les lettres des personnes ou des entreprises à qui vous devez de l'argent
document-lijst-schulden-where = Rassemblez toutes les factures, tous les rappels et toutes les lettres. L'OCMW (CPAS) ou le CAW (centre d'aide sociale) vous aide à faire la liste.

## Services

office-bureau-juridische-bijstand = Bureau d'aide juridique des avocats (BAJ ; en néerlandais : Bureau voor Juridische Bijstand, BJB)
office-bureau-juridische-bijstand-in-person = Allez au bureau d'aide juridique (BAJ). Il est en général au palais de justice de votre région. Vous avez déjà un avocat ? Il peut aussi le demander pour vous.
office-bureau-juridische-bijstand-phone = Téléphonez au bureau d'aide juridique (BAJ). Le numéro est sur le site internet des avocats (le barreau) de votre région. Vous pouvez aussi le demander à l'OCMW (CPAS) ou à un CAW (centre d'aide sociale).

## Paramètres

param-pro-deo-limit-single-full = Avocat pro deo, personne isolée : totalement gratuit jusqu'à ce revenu net par mois
param-pro-deo-limit-single-partial = Avocat pro deo, personne isolée : partiellement gratuit jusqu'à ce revenu net par mois
param-pro-deo-limit-family-full = Avocat pro deo, avec personnes à charge ou cohabitant : totalement gratuit jusqu'à ce revenu net par mois
param-pro-deo-limit-family-partial = Avocat pro deo, avec personnes à charge ou cohabitant : partiellement gratuit jusqu'à ce revenu net par mois
