# Documents: document-<id> is the name (the Dutch name is shown beside it), document-<id>-where
# says where to get it.

document-identiteitskaart = Identity card or residence card
document-identiteitskaart-where = You already have it. Lost it? Ask your municipality for a new one.

document-overzicht-inkomsten-uitgaven = Overview of your income and expenses of the last 3 months
document-overzicht-inkomsten-uitgaven-where = Write it down yourself. Your bank statements will help you.

document-rekeninguittreksels = Bank statements of the last months
document-rekeninguittreksels-where = You get them from your bank, on paper or in the app of your bank.

document-huurcontract = Rental contract
document-huurcontract-where = You got it when you started renting. Lost it? Ask your landlord for a copy.

document-bewijs-inkomen = Proof of your income: pay slips or certificates of your benefit
document-bewijs-inkomen-where = You get them from your employer, or from the service that pays your benefit or pension.

document-vdab-inschrijving = Proof that you are registered with VDAB
document-vdab-inschrijving-where = Ask VDAB for it.

document-aanslagbiljet = Tax assessment notice (income tax)
document-aanslagbiljet-where = You can find it in MyMinfin. You can also ask for it at an office of the FOD Financiën (the federal tax service).

document-verklaring-op-erewoord = Declaration on your honour, signed by all adults in your household
document-verklaring-op-erewoord-where = You get the form at your ziekenfonds.

document-leveringsfactuur = Copy of the bill or the delivery note of your heating oil or propane
document-leveringsfactuur-where = You get it from your supplier when they deliver, or at the petrol station.

document-attest-aantal-woningen = Only if you live in an apartment building: a certificate about the number of homes the bill is for
document-attest-aantal-woningen-where = Ask the owner or the manager of the building for it.

document-attest-schuldbemiddeling = Only for debt mediation: a certificate from your debt mediator or the decision about your collective debt settlement
document-attest-schuldbemiddeling-where = Ask your debt mediator for it.
