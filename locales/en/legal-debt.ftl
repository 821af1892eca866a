# Legal aid and debt: pro-deoadvocaat, schuldhulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Pro-deo lawyer

right-pro-deo = Free or low-cost lawyer (pro-deo lawyer, second-line legal aid)
right-pro-deo-summary = With a low income you get a lawyer who costs you nothing or only a small amount.
right-pro-deo-counter = I would like to apply for a pro-deo lawyer.

right-pro-deo-reason-no-problem = You said that you do not have a problem now for which you need a lawyer. Do you need a lawyer later? Then come back. Everyone can get free first legal advice, for example at the OCMW, the CAW (centre for general welfare work) or the justitiehuis (house of justice).
right-pro-deo-reason-minor = You are younger than 18. Then you always have a right to a free lawyer.
right-pro-deo-reason-presumed-benefit = You get a leefloon, help from the OCMW, an IGO or an IVT. Then the legal aid office (Bureau voor Juridische Bijstand) assumes that your income is low enough for a free lawyer. Bring a certificate of your benefit.
right-pro-deo-reason-free = Your income does not seem higher than the limit for a completely free lawyer. Apply for a pro-deo lawyer at the legal aid office (Bureau voor Juridische Bijstand). Do you already have a lawyer? That lawyer can also apply for you.
right-pro-deo-reason-partial = Your income seems just above the limit for a completely free lawyer, but not above the second limit. Then the lawyer is partly free: you pay a small contribution. Apply at the legal aid office (Bureau voor Juridische Bijstand).
right-pro-deo-reason-children = Your income is higher than the normal limit. But the limit is higher for each person who depends on you, such as a child. The legal aid office (Bureau voor Juridische Bijstand) calculates this for you. Ask there.
right-pro-deo-reason-social-tenant = You rent a social home. Do you pay only half of the basic rent? Then you probably get a free lawyer. Ask your woonmaatschappij (social housing company) for a certificate and go to the legal aid office (Bureau voor Juridische Bijstand).
right-pro-deo-reason-stay-procedure = Is your problem about your residence in Belgium, for example a regularisation or an appeal? Then you probably get a free lawyer. The legal aid office (Bureau voor Juridische Bijstand) decides. Ask there, or ask the OCMW or a CAW (centre for general welfare work) for advice.
right-pro-deo-otherwise = Your income seems higher than the limits for a free lawyer. Not sure? Ask the legal aid office (Bureau voor Juridische Bijstand). Everyone can get free first legal advice, for example at the OCMW, the CAW (centre for general welfare work) or the justitiehuis (house of justice).

right-pro-deo-unverified-limits-2026 = The income limits change every year on 1 September. The limits from 1 September 2026 have not been checked yet. We use those of 1 September 2025.
right-pro-deo-unverified-presumptions = We have not yet checked if people in collective debt settlement and all asylum seekers get a free lawyer automatically. Also, not all sources say that the IVT counts for this.
right-pro-deo-unverified-contribution = We have not yet checked in the law how much you pay yourself if the lawyer is partly free. The legal aid office (Bureau voor Juridische Bijstand) will tell you.

## Help with debts

right-schuldhulp = Help with debts and with your budget
right-schuldhulp-summary = Can you no longer pay your bills? Then the OCMW or the CAW (centre for general welfare work) helps you. They give advice, they help you with your budget, or they do debt mediation. In debt mediation, someone makes a repayment plan with the people you owe money to.
right-schuldhulp-counter = I have debts and I would like help.

right-schuldhulp-reason-already-collective = You are in collective debt settlement. The judge has appointed a debt mediator who arranges your repayment plan. Do you have questions or new bills that you cannot pay? Then talk to your debt mediator straight away.
right-schuldhulp-reason-already-mediation = You already get debt mediation. Do you have questions or new bills that you cannot pay? Then talk to your debt mediator straight away.
right-schuldhulp-reason-already-budget = You already get budget guidance or budget management. Do you have new bills that you cannot pay? Then talk to your counsellor straight away.
right-schuldhulp-reason-abroad = You do not live in Belgium. This help is for people who live in Belgium.
right-schuldhulp-reason-arrears = You have bills that you could not pay on time. The OCMW or the CAW (centre for general welfare work) can help you. For example with advice, with an agreement with the people you owe money to, with budget guidance or budget management, or with debt mediation. In a conversation you look together at what fits. Do not wait too long: the sooner, the better.
right-schuldhulp-otherwise = You said that you do not have debts. Is it hard for you to pay your bills later? Then ask the OCMW or the CAW for help in time.

right-schuldhulp-unverified-pro-deo = We have not yet checked if collective debt settlement or debt mediation gives a right to a free lawyer automatically.

## Documents

document-gezinssamenstelling = Proof of household composition
document-gezinssamenstelling-where = Ask your municipality for it, or download it in Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Only if you get a leefloon, an IGO or an IVT, or if you rent a social home: a certificate of this
document-attest-categorie-pro-deo-where = Ask the service that pays you: the OCMW, the Federale Pensioendienst or the DG Personen met een handicap. As a social tenant you ask your woonmaatschappij (social housing company) for a rent certificate.

document-documenten-zaak = All papers about your problem: letters, contracts, decisions
document-documenten-zaak-where = Collect everything you have. Do not throw anything away.

document-lijst-schulden = A list of your debts, with the letters from the people you owe money to
document-lijst-schulden-where = Collect all bills, reminders and letters. The OCMW or the CAW helps you to make the list.

## Offices

office-bureau-juridische-bijstand = Bureau voor Juridische Bijstand (BJB), the legal aid office of the lawyers
office-bureau-juridische-bijstand-in-person = Go to the legal aid office (Bureau voor Juridische Bijstand). It is usually in the court building of your area. Do you already have a lawyer? That lawyer can also apply for you.
office-bureau-juridische-bijstand-phone = Call the legal aid office (Bureau voor Juridische Bijstand). The number is on the website of the lawyers (the bar, de balie) in your area. You can also ask the OCMW or a CAW for it.

## Parameters

param-pro-deo-limit-single-full = Pro-deo lawyer, single person: completely free up to this net income per month
param-pro-deo-limit-single-partial = Pro-deo lawyer, single person: partly free up to this net income per month
param-pro-deo-limit-family-full = Pro-deo lawyer, with dependent persons or cohabiting: completely free up to this net income per month
param-pro-deo-limit-family-partial = Pro-deo lawyer, with dependent persons or cohabiting: partly free up to this net income per month
