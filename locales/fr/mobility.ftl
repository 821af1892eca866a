# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = Voyager moins cher avec De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Avec un revenu bas ou un handicap, vous recevez un abonnement De Lijn pour le bus et le tram à un prix bas ou gratuit.
right-de-lijn-vervoergarantie-counter = Je voudrais un abonnement De Lijn à un tarif social.
right-de-lijn-vervoergarantie-if-missing = Vous ne recevez pas l'abonnement gratuit automatiquement ? Demandez-le alors dans une Lijnwinkel (boutique De Lijn). Emportez une attestation de votre allocation. Vous recevez cette attestation de la DG Personnes handicapées, au numéro gratuit 0800 987 99.
right-de-lijn-vervoergarantie-deadline = L'abonnement est valable 12 mois. Demandez à temps un nouvel abonnement. Si vous arrêtez l'abonnement, vous ne récupérez pas d'argent.

right-de-lijn-vervoergarantie-reason-brussels = Vous habitez à Bruxelles. De Lijn roule surtout en Flandre. À Bruxelles, il y a la STIB (MIVB). Demandez-y un tarif plus bas, ou demandez conseil à l'OCMW (CPAS).
right-de-lijn-vervoergarantie-reason-wallonia = Vous habitez en Wallonie. De Lijn roule surtout en Flandre. En Wallonie, il y a le TEC. Demandez-y un tarif plus bas, ou demandez conseil au CPAS (en néerlandais : OCMW).
right-de-lijn-vervoergarantie-reason-abroad = Vous n'habitez pas en Belgique. Ces tarifs de De Lijn sont pour les personnes qui habitent en Flandre.
right-de-lijn-vervoergarantie-reason-free-handicap = Dans votre ménage, quelqu'un reçoit une ARR ou une AI. Cette personne voyage gratuitement avec De Lijn. L'abonnement arrive en général automatiquement.
right-de-lijn-vervoergarantie-reason-leefloon = Vous recevez un leefloon (revenu d'intégration) ou un équivalent du leefloon. Alors vous recevez la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. De Lijn vous envoie elle-même un bulletin de virement. Payez-le, et vous recevrez l'abonnement.
right-de-lijn-vervoergarantie-reason-igo = Vous recevez une GRAPA. Alors vous recevez la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Demandez-le dans une Lijnwinkel (boutique De Lijn) ou par une lettre à De Lijn. Emportez l'attestation du Federale Pensioendienst (Service fédéral des Pensions).
right-de-lijn-vervoergarantie-reason-asylum-seeker = Comme demandeur d'asile, vous pouvez recevoir la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Vous le demandez par Fedasil ou par la Croix-Rouge (Rode Kruis). Demandez-le aux personnes de votre accueil.
right-de-lijn-vervoergarantie-reason-igo-pending = Vous pouvez probablement recevoir une GRAPA. Si vous la recevez, vous pouvez demander la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Demandez-le dans une Lijnwinkel (boutique De Lijn) ou par une lettre à De Lijn, avec l'attestation du Federale Pensioendienst (Service fédéral des Pensions).
right-de-lijn-vervoergarantie-reason-igo-maybe = Vous pouvez peut-être recevoir une GRAPA. Le Federale Pensioendienst (Service fédéral des Pensions) décide. Si vous recevez la GRAPA, vous pouvez demander la Vervoergarantie (garantie de transport) : un abonnement de 12 mois à un prix bas. Demandez-le dans une Lijnwinkel (boutique De Lijn) ou par une lettre à De Lijn, avec l'attestation du Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-vt = Vous avez l'intervention majorée. Alors vous recevez un abonnement De Lijn moins cher. Demandez-le dans une Lijnwinkel (boutique De Lijn). Emportez une attestation de votre ziekenfonds (mutualité) qui n'a pas plus de 3 mois.
right-de-lijn-vervoergarantie-reason-vt-first = Vous pouvez probablement recevoir l'intervention majorée. Demandez-la d'abord à votre ziekenfonds (mutualité). Ensuite, vous recevez un abonnement De Lijn moins cher.
right-de-lijn-vervoergarantie-reason-vaph = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap. Cette personne est inscrite au VAPH (agence flamande pour les personnes handicapées) ? Alors, en général, elle voyage gratuitement avec De Lijn. Renseignez-vous auprès de De Lijn.
right-de-lijn-vervoergarantie-otherwise = Vous n'avez pas de leefloon (revenu d'intégration), de GRAPA, d'intervention majorée ni d'allocation pour un handicap. Alors il n'y a pas de tarif plus bas chez De Lijn. Mais les enfants de moins de 6 ans voyagent gratuitement. Certaines communes remboursent une partie de votre abonnement. Demandez-le à votre commune.

right-de-lijn-vervoergarantie-unverified-prices = Les prix de De Lijn changent. Le prix de l'abonnement avec l'intervention majorée n'a pas encore été vérifié.

## Carte de réduction de la NMBS

right-nmbs-kortingkaart = Carte de réduction de la NMBS (SNCB) pour l'intervention majorée
right-nmbs-kortingkaart-summary = Avec cette carte gratuite, vous achetez des billets de train en deuxième classe à moitié prix.
right-nmbs-kortingkaart-counter = Je voudrais une carte de réduction pour l'intervention majorée.
right-nmbs-kortingkaart-deadline = La carte est valable 1 an, ou 5 ans si vous avez 65 ans ou plus. Demandez à temps une nouvelle carte.

right-nmbs-kortingkaart-reason-abroad = Vous n'habitez pas en Belgique. Cette carte est pour les personnes qui ont l'intervention majorée d'un ziekenfonds (mutualité) belge.
right-nmbs-kortingkaart-reason-vt = Vous avez l'intervention majorée. Alors vous, votre partenaire et vos enfants à charge pouvez recevoir cette carte. Demandez-la en ligne dans votre compte My NMBS, ou au guichet de la gare avec votre carte d'identité et une carte MOBIB.
right-nmbs-kortingkaart-reason-vt-first = Vous pouvez probablement recevoir l'intervention majorée. Demandez-la d'abord à votre ziekenfonds (mutualité). Ensuite, vous pouvez demander cette carte à la NMBS (SNCB).
right-nmbs-kortingkaart-otherwise = Cette carte est seulement pour les personnes qui ont l'intervention majorée, et pour leur famille. Vous avez un handicap grave ? Alors une personne qui vous accompagne peut parfois voyager gratuitement avec vous, avec une carte d'accompagnateur (Kaart voor Begeleider). Demandez-la au guichet de la NMBS (SNCB).

## Carte de stationnement

right-parkeerkaart = Carte de stationnement pour personnes handicapées
right-parkeerkaart-summary = Avec la carte de stationnement, vous pouvez vous garer aux places pour personnes handicapées, comme conducteur ou comme passager.
right-parkeerkaart-counter = Je voudrais demander une carte de stationnement pour personnes handicapées.
right-parkeerkaart-deadline = Vous avez une carte avec une date de fin ? Elle n'est pas prolongée automatiquement. Demandez une nouvelle carte 6 mois avant la date de fin.

right-parkeerkaart-reason-abroad = Vous n'habitez pas en Belgique. La carte de stationnement belge est pour les personnes qui habitent en Belgique.
right-parkeerkaart-reason-assessment = Quelqu'un de votre ménage (vous ou une autre personne) a un handicap. La carte de stationnement dépend de la reconnaissance par un médecin de la DG Personnes handicapées, par exemple de la difficulté de cette personne à se déplacer. Cette personne a déjà une reconnaissance ? Alors, en général, un nouveau certificat médical n'est pas nécessaire. Contactez alors la DG.
right-parkeerkaart-otherwise = Vous avez dit que personne de votre ménage n'a de handicap. La carte de stationnement est seulement pour les personnes avec un handicap.

## Documents

document-attest-igo = Seulement si vous recevez une GRAPA : une attestation du Federale Pensioendienst (Service fédéral des Pensions)
document-attest-igo-where = Demandez-la au Federale Pensioendienst (Service fédéral des Pensions). Téléphonez à la ligne pensions 1765 ou regardez sur mypension.be.

document-attest-verhoogde-tegemoetkoming = Si vous avez l'intervention majorée : une attestation de votre ziekenfonds (mutualité) qui n'a pas plus de 3 mois
document-attest-verhoogde-tegemoetkoming-where = Demandez-la à votre ziekenfonds (mutualité), ou téléchargez-la sur le site internet ou dans l'application de votre ziekenfonds. À la NMBS (SNCB), elle est seulement nécessaire si le guichet ne peut pas vérifier votre intervention majorée.

document-mobib-kaart = Carte MOBIB à votre nom
document-mobib-kaart-where = Vous la recevez au guichet de la NMBS (SNCB). Une nouvelle carte coûte un petit montant.

document-pasfoto = Seulement si le guichet ne peut pas vérifier votre intervention majorée : une photo d'identité récente
document-pasfoto-where = Chez un photographe ou dans une cabine photo.

## Services

office-de-lijn = De Lijn
office-de-lijn-in-person = Allez dans une Lijnwinkel (boutique De Lijn).
office-de-lijn-letter = Vous pouvez aussi envoyer votre demande par la poste. Joignez une copie de votre attestation.
office-de-lijn-online = Sur le site internet de De Lijn, vous trouvez des explications sur les abonnements et sur les prix.

office-nmbs = NMBS (SNCB)
office-nmbs-in-person = Allez au guichet d'une gare. Emportez votre carte d'identité et votre carte MOBIB.
office-nmbs-online = Demandez la carte en ligne dans votre compte My NMBS, sur le site internet de la NMBS (SNCB).

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = Vous recevez le budget de soins pour personnes âgées en besoin de soins (zorgbudget voor ouderen). Alors vous voyagez gratuitement avec De Lijn. L'abonnement arrive le plus souvent automatiquement. Il n'arrive pas ? Demandez-le dans une Lijnwinkel et apportez la lettre sur votre budget de soins.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = Carte d'accompagnateur de la SNCB (NMBS)
right-nmbs-kaart-voor-begeleider-summary = Avec la carte d'accompagnateur, une personne voyage gratuitement avec vous en train si vous avez un handicap.
right-nmbs-kaart-voor-begeleider-counter = Je voudrais demander une carte d'accompagnateur.
right-nmbs-kaart-voor-begeleider-reason-abroad = Vous n'habitez pas en Belgique. Cette carte est pour les personnes qui habitent en Belgique.
right-nmbs-kaart-voor-begeleider-reason-points = Vous ou quelqu'un de votre ménage avez au moins 12 points d'autonomie. Alors cette personne peut recevoir une carte d'accompagnateur. Un accompagnateur voyage alors gratuitement en train. Demandez la carte à la SNCB, avec l'attestation de la DG Personnes handicapées.
right-nmbs-kaart-voor-begeleider-reason-check = La carte d'accompagnateur est pour les personnes qui ont au moins 12 points d'autonomie, 80 % de handicap, ou au moins 50 % de handicap aux jambes. C'est écrit dans la décision de la DG Personnes handicapées. Vous ne savez pas ? Appelez gratuitement le 0800 987 99.
right-nmbs-kaart-voor-begeleider-otherwise = La carte d'accompagnateur est pour les personnes avec un handicap reconnu d'au moins 12 points d'autonomie, ou 80 %. Vous ne l'avez pas dit.
right-nmbs-kaart-voor-begeleider-unverified-criteria = Les conditions viennent de pages de CPAS et d'autres services, pas de la SNCB elle-même. Elles n'ont pas encore été vérifiées auprès de la SNCB.
