# Housing: huurpremie, huursubsidie, sociale huurwoning.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Flemish rent premium

right-huurpremie = Flemish rent premium
right-huurpremie-summary = The rent premium is money per month from the Flemish government for people who rent privately and have been waiting a long time for a social home.
right-huurpremie-counter = I have been on the waiting list for a social home for 4 years. I would like to apply for a rent premium.
right-huurpremie-if-missing = If you have been on the waiting list for 4 years and did not get a form, contact your woonmaatschappij (social housing company). Do not wait too long: the rent premium is only paid back for up to 6 months.
right-huurpremie-deadline = Send the form back quickly. The rent premium is only paid back for up to 6 months. Are you moving? Then register within 9 months with the woonmaatschappij of your new municipality. Otherwise the rent premium stops.

right-huurpremie-reason-brussels = You live in Brussels. The Flemish rent premium does not apply there. The Brussels Region has its own help with rent. Ask about it at the OCMW of your municipality.
right-huurpremie-reason-wallonia = You live in Wallonia. The Flemish rent premium does not apply there. The Walloon Region has its own rules. Ask the OCMW (in French: CPAS) of your municipality for advice.
right-huurpremie-reason-abroad = You do not live in Belgium. The rent premium is for a rented home in Flanders.
right-huurpremie-reason-social-tenant = You already rent a social home. The rent premium is for people who rent privately and are waiting for a social home.
right-huurpremie-reason-owner = You are the owner of your home. The rent premium is only for people who rent and do not own a home.
right-huurpremie-reason-not-private-tenant = The rent premium is only for people who rent a home from a private landlord, with the rental contract in their own name.
right-huurpremie-reason-waitlist-short = You can only get the rent premium when you have been on the waiting list for a social home for 4 years without a break. If you are not on the waiting list yet, register with the woonmaatschappij (social housing company).
right-huurpremie-reason-income = Your income seems higher than the limit for a social home. That limit also applies to the rent premium. Wonen in Vlaanderen looks at your last tax assessment notice. Not sure? Call the Flemish information line 1700.
right-huurpremie-reason-proactive = You rent privately and you have been on the waiting list for a social home for 4 years or longer. Then Wonen in Vlaanderen normally sends you an application form automatically, with a yellow sticker. Fill it in and send it back with a copy of your rental contract. If you did not get a form, contact your woonmaatschappij (social housing company). Do not wait too long: the rent premium is only paid back for up to 6 months. Note: the rental contract must be in your name and you must be registered at that address. You may not rent from a family member who lives at the same address, such as your parents, grandparents, brother or sister. The rent premium stops if you get a social home, or if you refuse a suitable social home.
right-huurpremie-otherwise = You do not seem to have a right to the rent premium. Not sure? Call the Flemish information line 1700.

right-huurpremie-unverified-amounts = The amounts of the rent premium and the highest rent for 2025 and 2026 have not been checked yet. We know the amounts of 2024 and the highest rent of 2023.
right-huurpremie-unverified-conformity = Since November 2023 you no longer have to prove that your home is in good condition. The rent premium is only refused if your home has been declared unfit, uninhabitable or overcrowded. This comes from a newspaper and has not yet been checked with an official source.

## Flemish rent subsidy

right-huursubsidie = Flemish rent subsidy
right-huursubsidie-summary = The rent subsidy is money per month from the Flemish government if you move to a better or adapted rented home, or if you had no home before.
right-huursubsidie-counter = I have moved to a rented home. I would like to apply for a rent subsidy.
right-huursubsidie-deadline = Apply for the rent subsidy no later than 9 months after the start of your new rental contract.

right-huursubsidie-reason-brussels = You live in Brussels. The Flemish rent subsidy does not apply there. The Brussels Region has its own help with rent. Ask about it at the OCMW of your municipality.
right-huursubsidie-reason-wallonia = You live in Wallonia. The Flemish rent subsidy does not apply there. The Walloon Region has its own rules. Ask the OCMW (in French: CPAS) of your municipality for advice.
right-huursubsidie-reason-abroad = You do not live in Belgium. The rent subsidy is for a rented home in Flanders.
right-huursubsidie-reason-owner = You are the owner of a home. Then you usually do not get a rent subsidy. There are exceptions. Ask through the Flemish information line 1700.
right-huursubsidie-reason-social-tenant = You rent a social home. People who rent directly from a woonmaatschappij (social housing company), the municipality or the OCMW do not get a rent subsidy. Do you rent through a social rental agency (SVK), and does the home belong to a private owner? Have you only just moved there? Then ask about the rent subsidy anyway at the woonmaatschappij or through the Flemish information line 1700.
right-huursubsidie-reason-care-home = You live in a residential care home. The rent subsidy is for people who rent a home.
right-huursubsidie-reason-homeless = You do not have a fixed home and your income is not higher than the limit. Do you find a home to rent? Then you can ask Wonen in Vlaanderen for a rent subsidy. Do this no later than 9 months after the start of your rental contract. You then also get a one-time moving-in premium (installatiepremie). Are you younger than 25? Then you show your own current income. Wonen in Vlaanderen decides.
right-huursubsidie-reason-moved = You only get a rent subsidy if you have moved, in one of these cases: from a home that was unfit, uninhabitable or too small, to a good home; from a home that was not adapted to your age or disability, to an adapted home; to a home of a social rental agency (SVK); or after you had no fixed home. Is this true for you? Then apply for the rent subsidy, no later than 9 months after the start of your new rental contract. Wonen in Vlaanderen decides.
right-huursubsidie-otherwise = Your income seems higher than the limit for the rent subsidy. We use the 2024 limit. It may be a little higher now. In doubt? Check with the Flemish information line 1700.

right-huursubsidie-unverified-limits = The income limits we use are those for social housing in 2024. That the rent subsidy has the same limits is inferred from earlier years and not yet checked. The limits for 2025 and 2026 have not been found yet.
right-huursubsidie-unverified-waitlist = In the past you had to register on the waiting list for a social home within 6 months. This was abolished in September 2023. We have not yet checked from when this applies.

## Registration for a social home

right-sociale-huurwoning = Registration for a social rented home
right-sociale-huurwoning-summary = At the woonmaatschappij (social housing company) you can register on the waiting list for a social home: a rented home with a lower rent.
right-sociale-huurwoning-counter = I would like to register for a social home.

right-sociale-huurwoning-reason-brussels = You live in Brussels. The Flemish woonmaatschappijen (social housing companies) rent out homes in Flanders. For a social home in Brussels, the Brusselse Gewestelijke Huisvestingsmaatschappij (BGHM) is responsible. Ask the OCMW of your municipality for advice. Do you want to move to Flanders? Then ask a woonmaatschappij there if you can register.
right-sociale-huurwoning-reason-wallonia = You live in Wallonia. The Flemish woonmaatschappijen (social housing companies) rent out homes in Flanders. In Wallonia the rules of the Walloon Region apply. Ask the OCMW (in French: CPAS) of your municipality for advice. Do you want to move to Flanders? Then ask a woonmaatschappij there if you can register.
right-sociale-huurwoning-reason-abroad = You do not live in Belgium. To register, you must be registered in a Belgian municipality, in the population register or the foreigners' register.
right-sociale-huurwoning-reason-already-tenant = You already rent a social home.
right-sociale-huurwoning-reason-already-waitlist = You are already on the waiting list for a social home. Do you rent privately and have you been on it for 4 years without a break? Then you can get a rent premium.
right-sociale-huurwoning-reason-owner = You are the owner of a home. Then you usually cannot register. There are exceptions, for example with an inheritance or with a home that you own together with an ex-partner. Ask the woonmaatschappij.
right-sociale-huurwoning-reason-minor = You are younger than 18. Then you usually cannot register. Sometimes it is possible, for example if you live on your own with support (begeleid zelfstandig wonen). Ask the woonmaatschappij.
right-sociale-huurwoning-reason-asylum-seeker = As an asylum seeker you are in the waiting register. That is not enough to register. You must be in the population register or the foreigners' register.
right-sociale-huurwoning-reason-no-legal-stay = Without legal residence you cannot register. You must be in the population register or the foreigners' register. Ask the OCMW for advice.
right-sociale-huurwoning-reason-homeless = You do not have a fixed home and your income is not higher than the limit. You can still register with the woonmaatschappij (social housing company). If you do not have an address, ask the OCMW for a reference address. Your savings may also not be higher than the income limit. Are you already on the waiting list? Then you do not have to do anything.
right-sociale-huurwoning-reason-income = Your income is not higher than the limit. You can register with the woonmaatschappij (social housing company). Your savings may also not be higher than the income limit. You may not own a home or building land, also not abroad. Are you already on the waiting list? Then you do not have to do anything. If you rent a social home later, you must know a little Dutch within 2 years (level A2). This is not a condition to register.
right-sociale-huurwoning-reason-current-income = Your income now is not higher than the limit. Was your income on your last tax assessment notice higher? Then the woonmaatschappij looks at your income of the last 3 months. Bring proof of it. Your savings may also not be higher than the income limit. You may not own a home or building land, also not abroad. Are you already on the waiting list? Then you do not have to do anything.
right-sociale-huurwoning-reason-collective-settlement = You are in a collective debt settlement. Then the woonmaatschappij looks at the money that you really have left now. You can register. Bring the decision about your debt settlement.
right-sociale-huurwoning-reason-budget-management = You get budget guidance or budget management. Then the housing company looks at the money you really have left now. You can register. Bring the agreement about your budget guidance or budget management.
right-sociale-huurwoning-reason-household = You do not live with a partner or children, but you do live with other adults. Your income is higher than the limit for someone alone. It is lower than the limit for a family. Which limit applies depends on who moves with you. The woonmaatschappij decides this.
right-sociale-huurwoning-otherwise = Your income seems higher than the limit for a social home. Is your income lower now? Then the woonmaatschappij looks at your income of the last 3 months. Ask the woonmaatschappij.

right-sociale-huurwoning-unverified-language = In 2024 it was announced that people who rent a social home must know Dutch better (level B1). We have not yet checked if this already applies.
right-sociale-huurwoning-unverified-policy-2025 = Since 1 January 2025 there would be new rules: priority for candidates who work, and new rental contracts for 9 years. This comes from a newspaper and has not yet been checked with an official source.

## Documents

document-aanvraagformulier-huurpremie = The application form for the rent premium that you got by post (with a yellow sticker)
document-aanvraagformulier-huurpremie-where = Wonen in Vlaanderen sends it to you automatically. If you did not get it, contact your woonmaatschappij.

document-aanvraagformulier-huursubsidie = Application form for the rent subsidy
document-aanvraagformulier-huursubsidie-where = You can apply for the rent subsidy online. On paper is also possible: ask for the form through the Flemish information line 1700, or ask for help at the housing office (woonloket) or the OCMW of your municipality.

document-medisch-attest-huursubsidie = Only if you are 65 or older or have a disability: a medical certificate
document-medisch-attest-huursubsidie-where = Ask through the Flemish information line 1700 which certificate Wonen in Vlaanderen needs and who must fill it in.

document-attest-handicap = Only for a disability: a certificate that your disability is recognised
document-attest-handicap-where = You usually ask for it at the FOD Sociale Zekerheid, DG Personen met een handicap (call 0800 987 99). Ask the place where you hand it in which certificate they accept.

document-attest-groeipakket-volwassen-kind = Only if an adult child lives with you for whom you still get Groeipakket: a certificate of this
document-attest-groeipakket-volwassen-kind-where = Ask the payment agency of your Groeipakket for it, for example FONS, Infino, KidsLife, MyFamily or Parentia.

document-vonnis-verblijfsregeling-kinderen = Only if your children also live with the other parent: the court decision or the agreement about where the children live (shared parenting or contact rights)
document-vonnis-verblijfsregeling-kinderen-where = You got it from the court or from your lawyer. Lost it? Ask your lawyer or the court for a copy.

document-inschrijvingsformulier-woonmaatschappij = Registration form of the woonmaatschappij
document-inschrijvingsformulier-woonmaatschappij-where = You get it at the woonmaatschappij. Do you live with a partner? Then your partner signs too.

document-verklaring-geen-eigendom = Declaration on your honour that you do not own a home or building land
document-verklaring-geen-eigendom-where = Ask the woonmaatschappij for the form.

document-overeenkomst-budgetbeheer = Only for budget management: the agreement or the decision about your budget management
document-overeenkomst-budgetbeheer-where = Ask the OCMW or the CAW that manages your budget for a copy.

document-ongeschiktheidsverklaring = Only if your home has been declared unfit or uninhabitable: the decision about this
document-ongeschiktheidsverklaring-where = You got it from your municipality. Lost it? Ask your municipality for a copy.

## Offices

office-woonmaatschappij = The woonmaatschappij (social housing company) in your municipality
office-woonmaatschappij-in-person = Go to the woonmaatschappij. Often you can only register at fixed times. Your municipality or the OCMW knows which woonmaatschappij works in your municipality.
office-woonmaatschappij-phone = Call the woonmaatschappij. The number is on the website of the woonmaatschappij or of your municipality.
office-woonmaatschappij-letter = You can also register with a letter or an e-mail.

office-wonen-in-vlaanderen = Wonen in Vlaanderen (Flemish government housing agency)
office-wonen-in-vlaanderen-letter = Send the completed form back to Wonen in Vlaanderen by post.
office-wonen-in-vlaanderen-online = On this website you can find more information. You can also apply for the rent subsidy online.
office-wonen-in-vlaanderen-phone = Call the Flemish information line (Vlaamse infolijn) with your questions about the rent premium or the rent subsidy.
office-wonen-in-vlaanderen-in-person = Do you need help with the form? Go to the housing office (woonloket) of your municipality or to the OCMW.

## Parameters

param-sh-income-limit-single = Social home and rent premium: income limit per year (taxable) for a single person
param-sh-income-limit-single-handicap = Social home and rent premium: income limit per year (taxable) for a single person with a disability
param-sh-income-limit-family = Social home and rent premium: income limit per year (taxable) for others, without dependent persons
param-sh-income-limit-extra-person = Social home and rent premium: increase of the income limit per dependent person
param-hs-income-limit-single = Rent subsidy: income limit per year (taxable) for a single person
param-hs-income-limit-single-handicap = Rent subsidy: income limit per year (taxable) for a single person with a disability
param-hs-income-limit-family = Rent subsidy: income limit per year (taxable) for others, without dependent persons
param-hs-income-limit-extra-person = Rent subsidy: increase of the income limit per dependent person
param-huurpremie-max = Rent premium and rent subsidy: maximum amount per month
param-huurpremie-max-extra-person = Rent premium and rent subsidy: increase of the maximum amount per dependent person (for at most 4 persons)
param-huurpremie-max-certain-municipalities = Rent premium and rent subsidy: maximum amount per month in certain municipalities
param-huurpremie-max-extra-person-certain-municipalities = Rent premium and rent subsidy: increase of the maximum amount per dependent person in certain municipalities
param-huurpremie-max-rent = Rent premium: maximum rent per month for a self-contained home (higher per dependent person)
param-huurpremie-max-rent-certain-municipalities = Rent premium: maximum rent per month for a self-contained home in certain municipalities
param-huurpremie-max-rent-room = Rent premium: maximum rent per month for a room

# Issue 13: the middelentoets with the savings fact
right-sociale-huurwoning-reason-savings = Your savings are higher than the income limit for social housing. Then you cannot register. This is the rule since 1 January 2024. Have your savings gone down? Then ask the housing company (woonmaatschappij) again.

# Issue 13: huursubsidie decided by the recent-move fact
right-huursubsidie-reason-moved-request = You have moved, or will move, for a reason that gives a right to the rent subsidy (huursubsidie). Your income is not higher than the limit. Apply for the rent subsidy at Wonen in Vlaanderen, at the latest 9 months after your new lease starts. You then also get a one-off settling-in premium. Wonen in Vlaanderen decides.
right-huursubsidie-reason-no-move = The rent subsidy is only given after a move for one of these reasons: from a poor or too small home, from a home not adapted to your age or disability, into a home of a social rental agency (SVK), or after having no fixed home. If you move later for such a reason, you can apply.

# Issue 13: OCMW hulp bij de huurwaarborg
right-ocmw-huurwaarborg = OCMW help with the rent deposit
right-ocmw-huurwaarborg-summary = The OCMW can help you with the rent deposit for a new rented home, for example with a letter to the landlord in which the OCMW promises the deposit.
right-ocmw-huurwaarborg-counter = I would like to ask the OCMW for help with my rent deposit.
right-ocmw-huurwaarborg-reason-housing = Help with the rent deposit is for people who will rent a home from a private landlord. In your housing situation it is not needed.
right-ocmw-huurwaarborg-reason-moving = You are looking for a home or you are moving, and your income is low. The OCMW can help you with the rent deposit: with a guarantee letter to the landlord, a bank guarantee or an advance that you pay back. Go to the OCMW before you sign the lease, if you can. The OCMW decides.
right-ocmw-huurwaarborg-reason-no-move = You are not moving. Help with the rent deposit is there when you rent a new home. Will you move later? Then ask the OCMW.
right-ocmw-huurwaarborg-otherwise = Your income does not seem low. If you still cannot pay the rent deposit, ask the OCMW for advice.

# Issue 13: Mijn VerbouwPremie
right-mijn-verbouwpremie = Mijn VerbouwPremie (highest renovation premium for a low income)
right-mijn-verbouwpremie-summary = Mijn VerbouwPremie is money from the Flemish government when you renovate your home. With a low income you get the highest premium.
right-mijn-verbouwpremie-counter = I would like to apply for Mijn VerbouwPremie.
right-mijn-verbouwpremie-reason-outside-flanders = You do not live in Flanders. Mijn VerbouwPremie is for homes in Flanders.
right-mijn-verbouwpremie-reason-not-owner = Mijn VerbouwPremie is mainly for owners who live in their own home. Do you rent? Then ask your landlord whether he will have works done.
right-mijn-verbouwpremie-reason-low-income = You live in your own home and your income is low. Will you renovate your home, for example the roof, the windows or the heating? Then you probably get the highest premium. Ask the housing desk (woonloket) of your municipality or the Flemish information line 1700 for an explanation.
right-mijn-verbouwpremie-reason-near-limit = Your income is close to the limit for the highest premium. The limit depends on the number of dependants. Check with the Flemish information line 1700.
right-mijn-verbouwpremie-otherwise = Your income seems higher than the limit for the highest premium. You can still get a lower premium. Check with the Flemish information line 1700.
right-mijn-verbouwpremie-unverified-limits = The income limits come from a page of October 2022, not from the Flemish government itself. They are probably higher by now.
param-mvp-income-limit-single = Mijn VerbouwPremie, lowest income category: limit for a single person
param-mvp-income-limit-family = Mijn VerbouwPremie, lowest income category: limit for a couple or a single person with one dependant
param-mvp-income-limit-extra-person = Mijn VerbouwPremie, lowest income category: increase per further dependant
