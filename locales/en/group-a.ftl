# Writer group A: urgent medical help, maximum bill, IGO, IVT, IT, pro-deo lawyer, debt help,
# parking card, NMBS discount card, De Lijn. Rights, documents, offices and parameters.
# No amounts in these messages: amounts live in the parameters.

## Urgent medical help

right-dringende-medische-hulp = Urgent medical help
right-dringende-medische-hulp-summary = With urgent medical help from the OCMW you get care from a doctor or in the hospital, and medicines, even if you do not have legal residence.
right-dringende-medische-hulp-counter = I would like to apply for urgent medical help.

right-dringende-medische-hulp-reason-abroad = You do not live in Belgium. Urgent medical help is for people who stay in Belgium.
right-dringende-medische-hulp-reason-no-legal-stay = You do not have legal residence. Then you can ask for urgent medical help at the OCMW of the municipality where you really stay. Despite the name, it is not only for emergencies: it is also for a normal visit to the doctor, the hospital and medicines. A doctor writes a certificate. The OCMW does a social inquiry and comes to your home. The OCMW decides within 30 days.
right-dringende-medische-hulp-reason-eu = You are a citizen of a country of the European Union. Then for care you usually go to a ziekenfonds (health insurance fund). Have you been in Belgium for less than 3 months and do you not have a ziekenfonds? Then ask the OCMW if you can get urgent medical help.
right-dringende-medische-hulp-reason-asylum-seeker = As an asylum seeker you get medical help through your reception: Fedasil or a local reception initiative (LOI). Ask there.
right-dringende-medische-hulp-otherwise = You have legal residence in Belgium. Then you get care through your ziekenfonds. Urgent medical help is for people without legal residence.

right-dringende-medische-hulp-unverified-eu = Citizens of the European Union in their first 3 months in Belgium can sometimes also get urgent medical help. This does not come from an official source and has not been checked yet.

## Maximum bill (maximumfactuur)

right-maximumfactuur = Maximum bill for health care (maximumfactuur)
right-maximumfactuur-summary = With the maximum bill your household pays no more than a fixed amount of remgeld per year. Remgeld is the part of the price for the doctor or the hospital that you pay yourself.
right-maximumfactuur-counter = I would like to check if I get money back with the maximum bill.
right-maximumfactuur-if-missing = The maximum bill comes automatically. The first refunds usually only come at the start of the summer, because the ziekenfonds first has to get the information about your income. Do you think you paid too much remgeld? Ask your ziekenfonds. Has your income gone down a lot, for example because of illness or unemployment? Then ask your ziekenfonds to look at your current income.

right-maximumfactuur-reason-abroad = You do not live in Belgium. Then you usually do not get the maximum bill from a Belgian ziekenfonds. Ask your ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Without legal residence you are usually not with a ziekenfonds. But the OCMW can give urgent medical help. That is help from a doctor or in the hospital, and medicines.
right-maximumfactuur-reason-asylum-seeker = As an asylum seeker you get medical help through your reception: Fedasil or a local reception initiative (LOI). Are you with a ziekenfonds anyway? Then the maximum bill also applies to you.
right-maximumfactuur-reason-it-partner = You get an IT and you live with a partner. Does your partner have an income? Then the IT does not give a right to the lower social maximum bill. The normal maximum bill does apply. It depends on the income of your household. Your ziekenfonds applies it automatically. You do not have to do anything.
right-maximumfactuur-reason-social = Your household has the increased reimbursement. Then the social maximum bill applies. That is a low limit. Does your household pay more remgeld in a year than that limit? Then your ziekenfonds automatically pays back what you paid above the limit. You do not have to do anything.
right-maximumfactuur-reason-income-vt-pending = Everyone with a ziekenfonds has a maximum bill. Your ziekenfonds applies it automatically. You can probably also get the increased reimbursement. Then a lower limit applies: the social maximum bill. So first apply for the increased reimbursement.
right-maximumfactuur-reason-income = Everyone with a ziekenfonds has a maximum bill. Does your household pay more remgeld in a year than a limit? Then your ziekenfonds automatically pays back what you paid above the limit. How high the limit is depends on the income of your household. Your household is all the people who lived at your address on 1 January. You do not have to do anything.
right-maximumfactuur-otherwise = You do not have a ziekenfonds in Belgium. Then the maximum bill does not apply to you.

right-maximumfactuur-unverified-amounts-2025-2026 = The limits of the maximum bill for 2025 and 2026 have not been checked yet. We only know the limits of 2024.

## Income guarantee for older people (IGO)

right-igo = Income guarantee for older people (IGO)
right-igo-summary = The IGO is money from the Federale Pensioendienst (Federal Pension Service) for people of pension age who have too little income.
right-igo-counter = I would like to apply for the income guarantee for older people (IGO).

right-igo-reason-already = You already get an IGO. Are you going abroad? Tell the Federale Pensioendienst before you go. You may only be abroad for a short time per year. Otherwise you can lose the IGO.
right-igo-reason-abroad = You do not live in Belgium. The IGO is only for people who live in Belgium and really stay there.
right-igo-reason-too-young = You have not reached the legal pension age yet. The IGO is only for people of that age. Do you get a leefloon or a disability benefit? Then the Federale Pensioendienst checks the IGO automatically when you reach the pension age.
right-igo-reason-residence = With your residence status you cannot get an IGO. Do you have too little income? Then ask the OCMW for advice.
right-igo-reason-examined-by-fpd = You have reached the pension age and you get a leefloon or a disability benefit. Then the Federale Pensioendienst checks automatically if you get an IGO. You do not have to apply for it. Do you get a letter or questions from the Pensioendienst? Then answer as soon as possible. Do you hear nothing? Then call the pension line 1765.
right-igo-reason-nationality = Your income seems low enough for an IGO. Whether you can get it also depends on your nationality, your residence status and how long you have worked in Belgium. The Federale Pensioendienst decides this. Apply for the IGO, or ask your municipality or the OCMW for advice.
right-igo-reason-request-alone = You have reached the pension age, you live alone and your income seems lower than the IGO. Apply for the IGO at the pension service of your municipality, online or through the pension line. The Pensioendienst looks at all your income, your property and your savings.
right-igo-reason-request-couple = You have reached the pension age and you live with your partner. Your income together seems lower than the IGO for two people. Apply for the IGO at the pension service of your municipality, online or through the pension line. The Pensioendienst looks at all your income, your property and your savings, and those of your partner.
right-igo-reason-request-shared = You have reached the pension age and you live together with other adults. Your income seems lower than the IGO for someone who does not live alone. Apply for the IGO at the pension service of your municipality, online or through the pension line. The Pensioendienst looks at all your income, your property and your savings.
right-igo-otherwise = Your income seems higher than the IGO. Not sure, or has your income gone down? Then ask the pension service of your municipality, or call the pension line 1765.

right-igo-unverified-amounts = The amounts of the IGO after November 2023 have not been checked yet. They are probably higher by now. Is your income only a little higher than the limit? Then apply for the IGO anyway.

## Income replacement allowance (IVT)

right-ivt = Income replacement allowance (IVT)
right-ivt-summary = The IVT is money from the government for people with a disability who, because of it, cannot work or can work much less.
right-ivt-counter = I would like to apply for an income replacement allowance (IVT).
right-ivt-deadline = The IVT only starts on the first day of the month after your application. So apply for it as soon as possible.

right-ivt-reason-already = You already get an IVT.
right-ivt-reason-abroad = You do not live in Belgium. The IVT is only for people who live in Belgium.
right-ivt-reason-residence = With your residence status you cannot get an IVT. You must be registered in the population register or the foreigners' register.
right-ivt-reason-minor = You are younger than 18. The IVT is for people from 18 to 65 years old. Do you get a care supplement in the Groeipakket? Then the IVT is checked automatically when you turn 18.
right-ivt-reason-65 = You are 65 or older. Then you can no longer apply for an IVT yourself. Does someone else in your household have a disability, and is that person between 18 and 65 years old? Then that person can apply for an IVT.
right-ivt-reason-turning-18 = You are 18 and in your household there is a care supplement for a child. Did you get that care supplement yourself? Then the DG Personen met een handicap (the federal disability service) checks automatically if you get an IVT. You will get a letter. Answer that letter.
right-ivt-reason-assessment = You or someone in your household has a disability. Is that person between 18 and 65 years old, and can that person, because of the disability, not work or work much less? Then that person can apply for an IVT. A doctor of the DG Personen met een handicap (the federal disability service) decides how much that person can still earn. The DG also looks at the income of that person and of the partner.
right-ivt-otherwise = You said that nobody in your household has a disability. The IVT is for people with a disability who, because of it, cannot work or can work much less.

right-ivt-unverified-amounts = The amounts of the IVT for 2025 and 2026 do not come from an official source. They have not been checked yet.

## Integration allowance (IT)

right-it = Integration allowance (IT)
right-it-summary = The IT is money from the government for people with a disability who have extra costs because they find daily tasks difficult.
right-it-counter = I would like to apply for an integration allowance (IT).
right-it-deadline = The IT only starts on the first day of the month after your application. So apply for it as soon as possible.

right-it-reason-already = You already get an IT.
right-it-reason-abroad = You do not live in Belgium. The IT is only for people who live in Belgium.
right-it-reason-residence = With your residence status you cannot get an IT. You must be registered in the population register or the foreigners' register.
right-it-reason-minor = You are younger than 18. The IT is for people from 18 to 65 years old. Do you get a care supplement in the Groeipakket? Then the IT is checked automatically when you turn 18.
right-it-reason-65 = You are 65 or older. Then you can no longer apply for an IT yourself. For older people with a care need there is the care budget for older people, at your zorgkas (care fund). Does someone else in your household have a disability, and is that person between 18 and 65 years old? Then that person can apply for an IT.
right-it-reason-turning-18 = You are 18 and in your household there is a care supplement for a child. Did you get that care supplement yourself? Then the DG Personen met een handicap (the federal disability service) checks automatically if you get an IT. You will get a letter. Answer that letter.
right-it-reason-assessment = You or someone in your household has a disability or needs a lot of help every day. Is that person between 18 and 65 years old? Then that person can apply for an IT. A doctor of the DG Personen met een handicap (the federal disability service) uses points to measure how difficult daily tasks are for that person, such as eating, washing or moving around. This decides if that person gets an IT. The DG also looks at the income of that person and of the partner.
right-it-otherwise = You said that nobody in your household has a disability or needs a lot of help every day. The IT is for people with a disability who find daily tasks difficult.

right-it-unverified-amounts = The amounts of the IT do not come from an official source. They have not been checked yet.

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
right-schuldhulp-summary = The OCMW or the CAW (centre for general welfare work) helps you if you can no longer pay your bills: with advice, with help with your budget or with debt mediation.
right-schuldhulp-counter = I have debts and I would like help.

right-schuldhulp-reason-already-collective = You are in collective debt settlement. The judge has appointed a debt mediator who arranges your repayment plan. Do you have questions or new bills that you cannot pay? Then talk to your debt mediator straight away.
right-schuldhulp-reason-already-mediation = You already get debt mediation. Do you have questions or new bills that you cannot pay? Then talk to your debt mediator straight away.
right-schuldhulp-reason-already-budget = You already get budget guidance or budget management. Do you have new bills that you cannot pay? Then talk to your counsellor straight away.
right-schuldhulp-reason-abroad = You do not live in Belgium. This help is for people who live in Belgium.
right-schuldhulp-reason-arrears = You have bills that you could not pay on time. The OCMW or the CAW (centre for general welfare work) can help you. For example with advice, with an agreement with the people you owe money to, with budget guidance or budget management, or with debt mediation. In a conversation you look together at what fits. Do not wait too long: the sooner, the better.
right-schuldhulp-otherwise = You said that you do not have debts. Is it hard for you to pay your bills later? Then ask the OCMW or the CAW for help in time.

right-schuldhulp-unverified-pro-deo = We have not yet checked if collective debt settlement or debt mediation gives a right to a free lawyer automatically.

## Parking card

right-parkeerkaart = Parking card for people with a disability
right-parkeerkaart-summary = With the parking card you may park in places for people with a disability, as a driver or as a passenger.
right-parkeerkaart-counter = I would like to apply for a parking card for people with a disability.
right-parkeerkaart-deadline = Do you have a card with an end date? It is not renewed automatically. Apply for a new card 6 months before the end date.

right-parkeerkaart-reason-abroad = You do not live in Belgium. The Belgian parking card is for people who live in Belgium.
right-parkeerkaart-reason-assessment = You or someone in your household has a disability. Whether that person gets a parking card depends on the recognition by a doctor of the DG Personen met een handicap (the federal disability service), for example how difficult it is for that person to move around. Does that person already have a recognition? Then a new medical certificate is usually not needed. Then contact the DG.
right-parkeerkaart-otherwise = You said that nobody in your household has a disability. The parking card is only for people with a disability.

## NMBS discount card

right-nmbs-kortingkaart = NMBS discount card (increased reimbursement)
right-nmbs-kortingkaart-summary = With this free card you buy second-class train tickets at half price.
right-nmbs-kortingkaart-counter = I would like a discount card for people with the increased reimbursement.
right-nmbs-kortingkaart-deadline = The card is valid for 1 year, or 5 years if you are 65 or older. Ask for a new card in time.

right-nmbs-kortingkaart-reason-abroad = You do not live in Belgium. This card is for people who have the increased reimbursement from a Belgian ziekenfonds.
right-nmbs-kortingkaart-reason-vt = You have the increased reimbursement. Then you, your partner and your dependent children can get this card. Ask for it online in your My NMBS account, or at the counter in the station with your identity card and a MOBIB card.
right-nmbs-kortingkaart-reason-vt-first = You can probably get the increased reimbursement. First apply for it at your ziekenfonds. After that you can ask the NMBS for this card.
right-nmbs-kortingkaart-otherwise = This card is only for people who have the increased reimbursement, and for their family. Do you have a severe disability? Then someone who goes with you can sometimes travel with you for free, with a card for a companion (Kaart voor Begeleider). Ask about it at the NMBS counter.

## De Lijn

right-de-lijn-vervoergarantie = Cheaper travel with De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = With a low income or a disability you get a De Lijn season ticket for bus and tram at a low price or for free.
right-de-lijn-vervoergarantie-counter = I would like a De Lijn season ticket at a social rate.
right-de-lijn-vervoergarantie-if-missing = If you do not get the free season ticket automatically, ask for it in a Lijnwinkel (De Lijn shop). Bring a certificate of your benefit. You get that certificate from the DG Personen met een handicap (the federal disability service), on the free number 0800 987 99.
right-de-lijn-vervoergarantie-deadline = The season ticket is valid for 12 months. Ask for a new one in time. If you stop the season ticket, you do not get money back.

right-de-lijn-vervoergarantie-reason-brussels = You live in Brussels. De Lijn mainly runs in Flanders. In Brussels there is the MIVB. Ask there about a lower rate, or ask the OCMW for advice.
right-de-lijn-vervoergarantie-reason-wallonia = You live in Wallonia. De Lijn mainly runs in Flanders. In Wallonia there is the TEC. Ask there about a lower rate, or ask the OCMW for advice.
right-de-lijn-vervoergarantie-reason-abroad = You do not live in Belgium. These De Lijn rates are for people who live in Flanders.
right-de-lijn-vervoergarantie-reason-free-handicap = In your household someone gets an IVT or an IT. That person travels for free with De Lijn. The season ticket usually comes automatically.
right-de-lijn-vervoergarantie-reason-leefloon = You get a leefloon or an equivalent leefloon. Then you get the Vervoergarantie: a season ticket for 12 months at a low price. De Lijn will send you a payment form. Pay it, and you get the season ticket.
right-de-lijn-vervoergarantie-reason-igo = You get an IGO. Then you get the Vervoergarantie: a season ticket for 12 months at a low price. Apply for it in a Lijnwinkel (De Lijn shop) or with a letter to De Lijn. Bring the certificate from the Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-asylum-seeker = As an asylum seeker you can get the Vervoergarantie: a season ticket for 12 months at a low price. You ask for it through Fedasil or the Red Cross. Ask the people of your reception.
right-de-lijn-vervoergarantie-reason-igo-pending = You can probably get an IGO. If you get it, you can ask for the Vervoergarantie: a season ticket for 12 months at a low price. Apply for it in a Lijnwinkel (De Lijn shop) or with a letter to De Lijn, with the certificate from the Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = You may be able to get an IGO. The Federale Pensioendienst decides this. If you get the IGO, you can ask for the Vervoergarantie: a season ticket for 12 months at a low price. Apply for it in a Lijnwinkel (De Lijn shop) or with a letter to De Lijn, with the certificate from the Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-leefloon-pending = You can probably get a leefloon or an equivalent leefloon. If you get it, De Lijn will send you a form for the Vervoergarantie: a season ticket for 12 months at a low price.
right-de-lijn-vervoergarantie-reason-vt = You have the increased reimbursement. Then you get a cheaper De Lijn season ticket. Apply for it in a Lijnwinkel (De Lijn shop). Bring a certificate from your ziekenfonds that is not older than 3 months.
right-de-lijn-vervoergarantie-reason-vt-first = You can probably get the increased reimbursement. First apply for it at your ziekenfonds. After that you get a cheaper De Lijn season ticket.
right-de-lijn-vervoergarantie-reason-vaph = You or someone in your household has a disability. Is that person registered with the VAPH (Flemish Agency for Persons with a Disability)? Then that person usually travels for free with De Lijn. Ask De Lijn.
right-de-lijn-vervoergarantie-otherwise = You do not have a leefloon, IGO, increased reimbursement or disability benefit. Then there is no lower rate at De Lijn. Children younger than 6 do travel for free. Some municipalities pay back part of your season ticket. Ask your municipality.

right-de-lijn-vervoergarantie-unverified-prices = The prices of De Lijn change. We have not yet checked the price of the season ticket with the increased reimbursement.

## Documents

document-attest-dringende-medische-hulp = Certificate for urgent medical help from a doctor
document-attest-dringende-medische-hulp-where = The doctor who examines you writes it. Ask for it yourself.

document-identiteitsbewijs = Your passport or another proof of who you are, if you have it
document-identiteitsbewijs-where = Bring what you have. Do you have nothing? Go to the OCMW anyway.

document-bewijs-financiele-toestand = Papers about your money, if you have them: what you get and what you own
document-bewijs-financiele-toestand-where = For example bank statements from your bank. If you do not have any papers, the OCMW will ask about it in the conversation.

document-gegevens-behandelende-arts = Name and address of your doctor
document-gegevens-behandelende-arts-where = Write it down. You can find it on a letter or a prescription from your doctor.

document-rekeningnummer = Your bank account number
document-rekeningnummer-where = It is on your bank card or on your bank statements. Never give the secret codes of your bank: no service will ever ask for them.

document-klevertje-ziekenfonds = A sticker (klevertje) from your ziekenfonds
document-klevertje-ziekenfonds-where = Ask your ziekenfonds for stickers.

document-aanslagbiljet-onroerende-voorheffing = Only if you own a house or land: the tax assessment notice for property tax (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = You get it every year by post or digitally. Lost it? Ask the tax service that sent it for a copy.

document-volmacht = Only if someone else applies for you: a power of attorney (volmacht)
document-volmacht-where = Write on paper that this person may do it for you, and sign it. Ask the person who helps you for help.

document-gezinssamenstelling = Proof of household composition
document-gezinssamenstelling-where = Ask your municipality for it, or download it in Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Only if you get a leefloon, an IGO or an IVT, or if you rent a social home: a certificate of this
document-attest-categorie-pro-deo-where = Ask the service that pays you: the OCMW, the Federale Pensioendienst or the DG Personen met een handicap. As a social tenant you ask your woonmaatschappij (social housing company) for a rent certificate.

document-documenten-zaak = All papers about your problem: letters, contracts, decisions
document-documenten-zaak-where = Collect everything you have. Do not throw anything away.

document-lijst-schulden = A list of your debts, with the letters from the people you owe money to
document-lijst-schulden-where = Collect all bills, reminders and letters. The OCMW or the CAW helps you to make the list.

document-energiefacturen = Your bills for electricity, gas or water
document-energiefacturen-where = You get them from your supplier, by post or in your account on the supplier's website.

document-attest-igo = Only if you get an IGO: a certificate from the Federale Pensioendienst
document-attest-igo-where = Ask the Federale Pensioendienst for it. Call the pension line 1765 or look on mypension.be.

document-attest-verhoogde-tegemoetkoming = If you have the increased reimbursement: a certificate from your ziekenfonds, not older than 3 months
document-attest-verhoogde-tegemoetkoming-where = Ask your ziekenfonds for it, or download it on the website or in the app of your ziekenfonds. At the NMBS you only need it if the counter cannot check your increased reimbursement.

document-mobib-kaart = MOBIB card with your name
document-mobib-kaart-where = You get it at the NMBS counter. A new card costs a small amount.

document-pasfoto = Only if the counter cannot check your increased reimbursement: a recent passport photo
document-pasfoto-where = At a photographer or in a photo booth.

## Offices

office-federale-pensioendienst = Federale Pensioendienst (Federal Pension Service)
office-federale-pensioendienst-in-person = Go to the pension service of your municipality. You can also go to a consultation day or an office of the Federale Pensioendienst. Someone else may do this for you.
office-federale-pensioendienst-phone = Call the pension line of the Federale Pensioendienst.
office-federale-pensioendienst-online = Apply online with your identity card or itsme.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap (the federal disability service)
office-dg-personen-met-handicap-online = Apply online in MyHandicap, with your identity card and PIN code or with itsme.
office-dg-personen-met-handicap-phone = Call the DG Personen met een handicap. This number is free.
office-dg-personen-met-handicap-in-person = If it does not work online, the social service of your ziekenfonds, your municipality or the OCMW (Sociaal Huis) helps you and applies for you. There are also social workers of the DG.

office-bureau-juridische-bijstand = Bureau voor Juridische Bijstand (BJB), the legal aid office of the lawyers
office-bureau-juridische-bijstand-in-person = Go to the legal aid office (Bureau voor Juridische Bijstand). It is usually in the court building of your area. Do you already have a lawyer? That lawyer can also apply for you.
office-bureau-juridische-bijstand-phone = Call the legal aid office (Bureau voor Juridische Bijstand). The number is on the website of the lawyers (the bar, de balie) in your area. You can also ask the OCMW or a CAW for it.

office-de-lijn = De Lijn
office-de-lijn-in-person = Go to a Lijnwinkel (De Lijn shop).
office-de-lijn-letter = You can also send your application by post. Send a copy of your certificate with it.
office-de-lijn-online = On the De Lijn website you can find information about the season tickets and the prices.

office-nmbs = NMBS
office-nmbs-in-person = Go to the counter in a station. Bring your identity card and your MOBIB card.
office-nmbs-online = Apply for the card online in your My NMBS account, on the NMBS website.

## Parameters

param-pension-age = Legal pension age, also the age for the IGO (in years)
param-igo-amount-shared = IGO basic amount, for people who share their home: amount per month
param-igo-amount-alone = IGO increased amount, for people who live alone: amount per month
param-maf-income-bracket-1 = Maximum bill: upper limit of income bracket 1 (net taxable household income per year)
param-maf-income-bracket-2 = Maximum bill: upper limit of income bracket 2 (net taxable household income per year)
param-maf-income-bracket-3 = Maximum bill: upper limit of income bracket 3 (net taxable household income per year)
param-maf-income-bracket-4 = Maximum bill: upper limit of income bracket 4 (net taxable household income per year)
param-maf-income-bracket-5 = Maximum bill: upper limit of income bracket 5 (net taxable household income per year)
param-maf-ceiling-1 = Maximum bill: limit of the remgeld (patient's share) per year in income bracket 1
param-maf-ceiling-2 = Maximum bill: limit of the remgeld (patient's share) per year in income bracket 2
param-maf-ceiling-3 = Maximum bill: limit of the remgeld (patient's share) per year in income bracket 3
param-maf-ceiling-4 = Maximum bill: limit of the remgeld (patient's share) per year in income bracket 4
param-maf-ceiling-5 = Maximum bill: limit of the remgeld (patient's share) per year in income bracket 5
param-maf-ceiling-6 = Maximum bill: limit of the remgeld (patient's share) per year above income bracket 5
param-maf-ceiling-social = Social maximum bill (households with increased reimbursement): limit of the remgeld (patient's share) per year
param-maf-chronic-reduction = Maximum bill: lowering of the limit for a chronic illness
param-ivt-max-cat-a = IVT category A: maximum amount per year
param-ivt-max-cat-b = IVT category B: maximum amount per year
param-ivt-max-cat-c = IVT category C: maximum amount per year
param-it-max-cat-1 = IT category 1 (7 to 8 points): maximum amount per month
param-it-max-cat-2 = IT category 2 (9 to 11 points): maximum amount per month
param-it-max-cat-3 = IT category 3 (12 to 14 points): maximum amount per month
param-it-max-cat-4 = IT category 4 (15 to 16 points): maximum amount per month
param-it-max-cat-5 = IT category 5 (17 to 18 points): maximum amount per month
param-pro-deo-limit-single-full = Pro-deo lawyer, single person: completely free up to this net income per month
param-pro-deo-limit-single-partial = Pro-deo lawyer, single person: partly free up to this net income per month
param-pro-deo-limit-family-full = Pro-deo lawyer, with dependent persons or cohabiting: completely free up to this net income per month
param-pro-deo-limit-family-partial = Pro-deo lawyer, with dependent persons or cohabiting: partly free up to this net income per month
