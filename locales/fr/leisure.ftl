# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## UiTPAS avec tarif réduit

right-uitpas-kansentarief = UiTPAS avec tarif réduit (kansentarief)
right-uitpas-kansentarief-summary = Avec une UiTPAS au tarif réduit, vous recevez une grande réduction sur le sport, la culture et d'autres loisirs dans votre commune ou votre région.
right-uitpas-kansentarief-counter = Je voudrais une UiTPAS avec tarif réduit.

right-uitpas-kansentarief-reason-outside = UiTPAS est une carte de loisirs des communes flamandes. Là où vous habitez, en général, il n'y a pas d'UiTPAS. Demandez à votre commune ou à l'OCMW (CPAS) s'il y a une réduction pour les loisirs.
right-uitpas-kansentarief-reason-brussels = Vous habitez à Bruxelles. Chaque commune ou région a ses propres règles. Demandez à votre commune ou à l'OCMW (CPAS) s'il y a une UiTPAS ou une autre carte de loisirs avec réduction.
right-uitpas-kansentarief-reason-benefit = Quelqu'un de votre ménage (vous ou une autre personne) reçoit l'intervention majorée, un leefloon (revenu d'intégration), un équivalent du leefloon, une GRAPA, une ARR, une AI ou un budget de soins pour personnes âgées. Dans la plupart des communes, cela donne droit au tarif réduit. Mais chaque commune ou région a ses propres règles. Demandez-le au guichet UiTPAS ou au Sociaal Huis de votre commune. Emportez votre carte d'identité et une attestation de votre allocation. Les membres de votre ménage à votre charge qui habitent à la même adresse, comme vos enfants, peuvent aussi le recevoir. Le tarif réduit est valable un an.
right-uitpas-kansentarief-reason-vt-automatic = Vous recevez l'intervention majorée automatiquement. Dans la plupart des communes, cela donne droit au tarif réduit. Mais chaque commune ou région a ses propres règles. Demandez-le au guichet UiTPAS ou au Sociaal Huis de votre commune. Emportez votre carte d'identité et une attestation de votre ziekenfonds (mutualité).
right-uitpas-kansentarief-reason-debt = Vous recevez de l'aide pour vos dettes ou pour votre budget : guidance budgétaire, gestion budgétaire, médiation de dettes ou règlement collectif de dettes. Dans la plupart des communes, cela donne droit au tarif réduit. Mais chaque commune ou région a ses propres règles. Demandez-le au guichet UiTPAS ou au Sociaal Huis de votre commune. Emportez votre carte d'identité et une attestation de l'OCMW (CPAS), du CAW (centre d'aide sociale) ou de votre médiateur de dettes.
right-uitpas-kansentarief-reason-asylum-seeker = Vous recevez un accueil comme demandeur d'asile ? Alors vous pouvez recevoir le tarif réduit dans beaucoup de communes. Mais chaque commune ou région a ses propres règles. Demandez-le au guichet UiTPAS ou au Sociaal Huis de votre commune, ou à votre accueil.
right-uitpas-kansentarief-reason-no-legal-stay = Vous recevez l'aide médicale urgente de l'OCMW (CPAS) ? Alors vous pouvez recevoir le tarif réduit dans beaucoup de communes, même sans séjour légal. Mais chaque commune ou région a ses propres règles. Demandez-le à l'OCMW ou au Sociaal Huis de votre commune.
right-uitpas-kansentarief-reason-vt-first = Vous pouvez probablement recevoir l'intervention majorée. Demandez-la d'abord à votre ziekenfonds (mutualité). Avec l'attestation de l'intervention majorée, vous pouvez demander le tarif réduit dans la plupart des communes. Certaines communes regardent aussi elles-mêmes votre revenu. Chaque commune ou région a ses propres règles. Demandez-le au guichet UiTPAS ou au Sociaal Huis de votre commune.
right-uitpas-kansentarief-otherwise = Avec vos réponses, vous ne semblez pas avoir droit au tarif réduit. Mais chaque commune ou région a ses propres règles. Dans certaines communes, le supplément social du Groeipakket (allocations familiales), une allocation de loyer, une allocation scolaire ou d'études ou un emploi dans une entreprise de travail adapté (maatwerkbedrijf, autrefois atelier protégé ou atelier social) donnent aussi droit au tarif réduit. Renseignez-vous auprès de votre commune ou du Sociaal Huis.

## Services

office-gemeente = Votre commune (guichet UiTPAS ou Sociaal Huis)
office-gemeente-in-person = Allez à un guichet UiTPAS, au Sociaal Huis (service social de la commune) ou dans un centre de rencontre de votre commune. Demandez-y quelles règles s'appliquent dans votre commune.
office-gemeente-phone = Téléphonez à votre commune ou au Sociaal Huis. Le numéro est sur le site internet de votre commune.
office-gemeente-online = Regardez sur le site internet de votre commune. Cherchez-y UiTPAS.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = Vacances et excursions bon marché (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = Avec Iedereen Verdient Vakantie, vous pouvez partir en vacances ou en excursion à bas prix si vous avez un petit revenu.
right-vakantieparticipatie-counter = Je voudrais réserver des vacances ou une excursion bon marché via Iedereen Verdient Vakantie.
right-vakantieparticipatie-reason-outside = Vous n'habitez pas en Flandre ou à Bruxelles. Iedereen Verdient Vakantie est un service flamand.
right-vakantieparticipatie-reason-vt = Vous avez l'intervention majorée. Alors vous pouvez réserver des vacances et des excursions bon marché via Iedereen Verdient Vakantie. Demandez-le à l'OCMW (CPAS) ou au CAW.
right-vakantieparticipatie-reason-debt = Vous recevez de l'aide pour votre budget ou vous êtes en règlement collectif de dettes. Alors vous pouvez en général réserver des vacances et des excursions bon marché via Iedereen Verdient Vakantie. Demandez-le à l'OCMW (CPAS) ou au CAW.
right-vakantieparticipatie-reason-vt-first = Vous pouvez probablement recevoir l'intervention majorée. Demandez-la d'abord à votre ziekenfonds (mutualité). Ensuite, vous pouvez réserver des vacances et des excursions bon marché par l'OCMW (CPAS) ou le CAW.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie est pour les personnes avec un petit revenu, par exemple avec l'intervention majorée. Vous pensez y avoir droit ? Demandez-le à l'OCMW (CPAS) ou au CAW.

right-vakantieparticipatie-reason-brussels = Vous habitez à Bruxelles. Iedereen Verdient Vakantie est un service flamand. Certaines organisations néerlandophones à Bruxelles y participent. Demandez-le à l'OCMW (CPAS) ou au CAW.
