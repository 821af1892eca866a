# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Documents

document-identiteitskaart = Identity card or residence card
document-identiteitskaart-where = You already have it. Lost it? Ask your municipality for a new one.

document-rekeninguittreksels = Bank statements of the last months
document-rekeninguittreksels-where = You get them from your bank, on paper or in the app of your bank.

document-huurcontract = Rental contract
document-huurcontract-where = You got it when you started renting. Lost it? Ask your landlord for a copy.

document-bewijs-inkomen = Proof of your income: pay slips or certificates of your benefit
document-bewijs-inkomen-where = You get them from your employer, or from the service that pays your benefit or pension.

document-aanslagbiljet = Tax assessment notice (income tax)
document-aanslagbiljet-where = You can find it in MyMinfin. You can also ask for it at an office of the FOD Financiën (the federal tax service).

document-attest-schuldbemiddeling = Only for debt mediation: a certificate from your debt mediator or the decision about your collective debt settlement
document-attest-schuldbemiddeling-where = Ask your debt mediator for it.

document-gegevens-behandelende-arts = Name and address of your doctor
document-gegevens-behandelende-arts-where = Write it down. You can find it on a letter or a prescription from your doctor.

document-rekeningnummer = Your bank account number
document-rekeningnummer-where = It is on your bank card or on your bank statements. Never give the secret codes of your bank: no service will ever ask for them.

document-energiefacturen = Your bills for electricity, gas or water
document-energiefacturen-where = You get them from your supplier, by post or in your account on the supplier's website.

document-attest-uitkering = Certificate from the service that pays your benefit or help
document-attest-uitkering-where = Ask that service for it. For example: the OCMW, your ziekenfonds, the Federale Pensioendienst (call 1765), the DG Personen met een handicap (call 0800 987 99), your zorgkas or the CAW.

## Offices

office-ocmw = OCMW (Sociaal Huis, public social welfare centre) of your municipality
office-ocmw-in-person = Go to the OCMW or the Sociaal Huis of your municipality. Sometimes you must make an appointment first.
office-ocmw-phone = Call the OCMW for an appointment. The number is on the website of your municipality.
office-ocmw-letter = You can also send a letter or an e-mail. Someone else may do that for you. Then give that person your permission on paper.
office-ocmw-home-visit = If you cannot go to the OCMW, ask if someone can come to your home.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap (the federal disability service)
office-dg-personen-met-handicap-online = Apply online in MyHandicap, with your identity card and PIN code or with itsme.
office-dg-personen-met-handicap-phone = Call the DG Personen met een handicap. This number is free.
office-dg-personen-met-handicap-in-person = If it does not work online, the social service of your ziekenfonds, your municipality or the OCMW (Sociaal Huis) helps you and applies for you. There are also social workers of the DG.
