# Documents : document-<id> est le nom, document-<id>-where dit où l'obtenir.

document-identiteitskaart = Carte d'identité ou carte de séjour
document-identiteitskaart-where = Vous l'avez déjà. Vous l'avez perdue? Demandez-en une nouvelle à votre commune.

document-overzicht-inkomsten-uitgaven = Liste de vos revenus et de vos dépenses des 3 derniers mois
document-overzicht-inkomsten-uitgaven-where = Écrivez-la vous-même. Vos extraits de compte vous aident.

document-rekeninguittreksels = Extraits de compte des derniers mois
document-rekeninguittreksels-where = Vous les recevez de votre banque, sur papier ou dans l'application de votre banque.

document-huurcontract = Contrat de bail (contrat de location)
document-huurcontract-where = Vous l'avez reçu quand vous avez commencé à louer. Vous l'avez perdu? Demandez une copie à votre propriétaire.

document-bewijs-inkomen = Preuves de votre revenu : fiches de paie ou attestations de votre allocation
document-bewijs-inkomen-where = Vous les recevez de votre employeur, ou du service qui paie votre allocation ou votre pension.

document-vdab-inschrijving = Preuve que vous êtes inscrit au VDAB (service flamand de l'emploi)
document-vdab-inschrijving-where = Demandez-la au VDAB.

document-aanslagbiljet = Avertissement-extrait de rôle des impôts (impôt des personnes physiques)
document-aanslagbiljet-where = Vous le trouvez dans MyMinfin. Vous pouvez aussi le demander à un bureau du SPF Finances (FOD Financiën).

document-verklaring-op-erewoord = Déclaration sur l'honneur, signée par tous les adultes de votre ménage
document-verklaring-op-erewoord-where = Vous recevez le formulaire à votre ziekenfonds (mutualité).

document-leveringsfactuur = Copie de la facture ou du bon de livraison de votre mazout ou de votre propane
document-leveringsfactuur-where = Vous la recevez de votre fournisseur à la livraison, ou à la station-service.

document-attest-aantal-woningen = Seulement si vous habitez dans un immeuble à appartements : une attestation sur le nombre de logements concernés par la facture
document-attest-aantal-woningen-where = Demandez-la au propriétaire ou au gestionnaire de l'immeuble.

document-attest-schuldbemiddeling = Seulement en cas de médiation de dettes : une attestation de votre médiateur de dettes ou la décision sur votre règlement collectif de dettes
document-attest-schuldbemiddeling-where = Demandez-la à votre médiateur de dettes.
