# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Documents

document-identiteitskaart = Carte d'identité ou carte de séjour
document-identiteitskaart-where = Vous l'avez déjà. Vous l'avez perdue ? Demandez-en une nouvelle à votre commune.

document-rekeninguittreksels = Extraits de compte des derniers mois
document-rekeninguittreksels-where = Vous les recevez de votre banque, sur papier ou dans l'application de votre banque.

document-huurcontract = Contrat de bail (contrat de location)
document-huurcontract-where = Vous l'avez reçu quand vous avez commencé à louer. Vous l'avez perdu ? Demandez une copie à votre propriétaire.

document-bewijs-inkomen = Preuves de votre revenu : fiches de paie ou attestations de votre allocation
document-bewijs-inkomen-where = Vous les recevez de votre employeur, ou du service qui paie votre allocation ou votre pension.

document-aanslagbiljet = Avertissement-extrait de rôle des impôts (impôt des personnes physiques)
document-aanslagbiljet-where = Vous le trouvez dans MyMinfin. Vous pouvez aussi le demander à un bureau du SPF Finances (FOD Financiën).

document-attest-schuldbemiddeling = Seulement en cas de médiation de dettes : une attestation de votre médiateur de dettes ou la décision sur votre règlement collectif de dettes
document-attest-schuldbemiddeling-where = Demandez-la à votre médiateur de dettes.

document-gegevens-behandelende-arts = Nom et adresse de votre médecin
document-gegevens-behandelende-arts-where = Notez-les. Vous les trouvez sur une lettre ou sur une prescription de votre médecin.

document-rekeningnummer = Votre numéro de compte
document-rekeningnummer-where = Il est sur votre carte bancaire ou sur vos extraits de compte. Ne donnez jamais les codes secrets de votre banque : aucun service ne les demande.

document-energiefacturen = Vos factures d'électricité, de gaz ou d'eau
document-energiefacturen-where = Vous les recevez de votre fournisseur, par la poste ou dans votre compte sur le site internet du fournisseur.

document-attest-uitkering = Attestation du service qui paie votre allocation ou votre aide
document-attest-uitkering-where = Demandez-la à ce service. Par exemple : l'OCMW (CPAS), votre ziekenfonds (mutualité), le Federale Pensioendienst (Service fédéral des Pensions, téléphone 1765), la DG Personnes handicapées (téléphone 0800 987 99), votre zorgkas (caisse d'assurance soins) ou le CAW (centre d'aide sociale).

## Services

office-ocmw = OCMW (CPAS) ou Sociaal Huis de votre commune
office-ocmw-in-person = Allez à l'OCMW (CPAS) ou au Sociaal Huis de votre commune. Parfois, vous devez d'abord prendre rendez-vous.
office-ocmw-phone = Téléphonez à l'OCMW (CPAS) pour un rendez-vous. Le numéro est sur le site internet de votre commune.
office-ocmw-letter = Vous pouvez aussi envoyer une lettre ou un e-mail. Une autre personne peut le faire pour vous. Donnez alors à cette personne votre accord sur papier.
office-ocmw-home-visit = Vous ne pouvez pas aller à l'OCMW (CPAS) ? Demandez alors que quelqu'un vienne chez vous.

office-dg-personen-met-handicap = SPF Sécurité sociale, DG Personnes handicapées (en néerlandais : FOD Sociale Zekerheid, DG Personen met een handicap)
office-dg-personen-met-handicap-online = Faites la demande en ligne dans MyHandicap, avec votre carte d'identité et votre code PIN, ou avec itsme.
office-dg-personen-met-handicap-phone = Téléphonez à la DG Personnes handicapées. Ce numéro est gratuit.
office-dg-personen-met-handicap-in-person = Cela ne marche pas en ligne ? Le service social de votre ziekenfonds (mutualité), votre commune ou l'OCMW (CPAS, Sociaal Huis) vous aide et fait la demande pour vous. Il y a aussi des assistants sociaux de la DG.
