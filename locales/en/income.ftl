# Income: leefloon, equivalent leefloon, IGO, IVT, IT.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Leefloon

right-leefloon = Leefloon (minimum income from the OCMW)
right-leefloon-summary = The leefloon is money from the OCMW if you do not have enough income to live on.
right-leefloon-counter = I would like to apply for a leefloon.

right-leefloon-reason-already = You already get a leefloon.
right-leefloon-reason-has-equivalent = You already get an equivalent leefloon. That is the same help from the OCMW. You cannot get both.
right-leefloon-reason-abroad = You do not live in Belgium. The leefloon is only for people who live in Belgium.
right-leefloon-reason-foreigners-register = With your residence status you cannot get a leefloon. But you can ask the OCMW for an equivalent leefloon. That is the same amount of money.
right-leefloon-reason-asylum-seeker = As an asylum seeker you do not get a leefloon. You get reception from Fedasil or from a local reception initiative (LOI).
right-leefloon-reason-no-legal-stay = Without legal residence you cannot get a leefloon. But the OCMW can give urgent medical help. That is help from a doctor or in the hospital, and medicines.
right-leefloon-reason-minor = You are younger than 18. Then you usually do not get a leefloon. It is possible if you are pregnant, have a child or are married.
right-leefloon-reason-request-family = You live with your children and your income is lower than the leefloon for a family with children. You can ask the OCMW for a leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it. The OCMW decides within 30 days.
right-leefloon-reason-request-single = You live alone and your income is lower than the leefloon for someone who lives alone. You can ask the OCMW for a leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it. The OCMW decides within 30 days.
right-leefloon-reason-request-couple = You live with your partner. Your income together is lower than the leefloon for two people who live together. You can ask the OCMW for a leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it. The OCMW decides within 30 days.
right-leefloon-reason-request-cohabiting = You live together with other adults. Your income is lower than the lowest leefloon. You can ask the OCMW for a leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it. The OCMW decides within 30 days.
right-leefloon-reason-cohabitation = You live together with other adults. The OCMW decides in a conversation if you count as "cohabiting" (samenwonend). That is the case if you mainly share the costs of the household. This decides if you get a leefloon and how much. Ask the OCMW.
right-leefloon-otherwise = Your income is higher than the leefloon. Has your income gone down, or do you have high costs? Then ask the OCMW for advice.

right-leefloon-unverified-indexation-2026 = The leefloon goes up when prices go up. We have not yet checked if it has already gone up in 2026. We use the amounts of 1 February 2025.
right-leefloon-unverified-reform-2026 = Since 1 March 2026 the OCMW can also count the income of other adult family members who live with you, such as grandparents. It is not yet clear if the OCMW must do this or only may do this.

## Equivalent leefloon

right-equivalent-leefloon = Equivalent leefloon (minimum income from the OCMW)
right-equivalent-leefloon-summary = The equivalent leefloon is money from the OCMW. It is for foreigners in the foreigners' register. And only if they do not have enough income to live on.
right-equivalent-leefloon-counter = I would like to apply for an equivalent leefloon.

right-equivalent-leefloon-reason-already = You already get an equivalent leefloon.
right-equivalent-leefloon-reason-has-leefloon = You already get a leefloon. The equivalent leefloon is the same help, for people in the foreigners' register. You cannot get both.
right-equivalent-leefloon-reason-abroad = You do not live in Belgium. The equivalent leefloon is only for people who live in Belgium.
right-equivalent-leefloon-reason-leefloon-instead = The equivalent leefloon is for foreigners in the foreigners' register. With your nationality or residence status, the normal leefloon is your right.
right-equivalent-leefloon-reason-asylum-seeker = As an asylum seeker you usually do not get an equivalent leefloon. You get reception from Fedasil or from a local reception initiative (LOI).
right-equivalent-leefloon-reason-no-legal-stay = Without legal residence you cannot get an equivalent leefloon. But the OCMW can give urgent medical help. That is help from a doctor or in the hospital, and medicines.
right-equivalent-leefloon-reason-minor = You are younger than 18. Then you usually do not get an equivalent leefloon. It is possible if you are pregnant or have a child.
right-equivalent-leefloon-reason-request-family = You live with your children and your income is lower than the amount for a family with children. You can ask the OCMW for an equivalent leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it.
right-equivalent-leefloon-reason-request-single = You live alone and your income is lower than the amount for someone who lives alone. You can ask the OCMW for an equivalent leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it.
right-equivalent-leefloon-reason-request-couple = You live with your partner. Your income together is lower than the amount for two people who live together. You can ask the OCMW for an equivalent leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it.
right-equivalent-leefloon-reason-request-cohabiting = You live together with other adults. Your income is lower than the lowest amount. You can ask the OCMW for an equivalent leefloon. The OCMW first does a social inquiry: it looks at all your income and comes to your home. It also checks if you are willing to work, if your health allows it.
right-equivalent-leefloon-reason-cohabitation = You live together with other adults. The OCMW decides in a conversation if you count as "cohabiting" (samenwonend). That is the case if you mainly share the costs of the household. This decides if you get an equivalent leefloon and how much. Ask the OCMW.
right-equivalent-leefloon-otherwise = Your income is higher than the equivalent leefloon. Has your income gone down, or do you have high costs? Then ask the OCMW for advice.

right-equivalent-leefloon-unverified-indexation-2026 = The equivalent leefloon is as high as the leefloon. We have not yet checked if it has already gone up in 2026. We use the amounts of 1 February 2025.
right-equivalent-leefloon-unverified-waiting-register = One municipality writes that people in the waiting register can also get an equivalent leefloon. This has not been checked yet.
right-equivalent-leefloon-unverified-temporary-protection = The temporary protection for people from Ukraine has been extended until 4 March 2027. News reports say so, but this has not yet been checked with an official source.

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

## Documents

document-overzicht-inkomsten-uitgaven = Overview of your income and expenses of the last 3 months
document-overzicht-inkomsten-uitgaven-where = Write it down yourself. Your bank statements will help you.

document-vdab-inschrijving = Proof that you are registered with VDAB
document-vdab-inschrijving-where = Ask VDAB for it.

document-klevertje-ziekenfonds = A sticker (klevertje) from your ziekenfonds
document-klevertje-ziekenfonds-where = Ask your ziekenfonds for stickers.

document-aanslagbiljet-onroerende-voorheffing = Only if you own a house or land: the tax assessment notice for property tax (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = You get it every year by post or digitally. Lost it? Ask the tax service that sent it for a copy.

document-volmacht = Only if someone else applies for you: a power of attorney (volmacht)
document-volmacht-where = Write on paper that this person may do it for you, and sign it. Ask the person who helps you for help.

## Offices

office-federale-pensioendienst = Federale Pensioendienst (Federal Pension Service)
office-federale-pensioendienst-in-person = Go to the pension service of your municipality. You can also go to a consultation day or an office of the Federale Pensioendienst. Someone else may do this for you.
office-federale-pensioendienst-phone = Call the pension line of the Federale Pensioendienst.
office-federale-pensioendienst-online = Apply online with your identity card or itsme.

## Parameters

param-leefloon-cat1 = Leefloon category 1, cohabiting: amount per month
param-leefloon-cat2 = Leefloon category 2, living alone: amount per month
param-leefloon-cat3 = Leefloon category 3, with a family to support: amount per month

param-pension-age = Legal pension age, also the age for the IGO (in years)
param-igo-amount-shared = IGO basic amount, for people who share their home: amount per month
param-igo-amount-alone = IGO increased amount, for people who live alone: amount per month
param-ivt-max-cat-a = IVT category A: maximum amount per year
param-ivt-max-cat-b = IVT category B: maximum amount per year
param-ivt-max-cat-c = IVT category C: maximum amount per year
param-it-max-cat-1 = IT category 1 (7 to 8 points): maximum amount per month
param-it-max-cat-2 = IT category 2 (9 to 11 points): maximum amount per month
param-it-max-cat-3 = IT category 3 (12 to 14 points): maximum amount per month
param-it-max-cat-4 = IT category 4 (15 to 16 points): maximum amount per month
param-it-max-cat-5 = IT category 5 (17 to 18 points): maximum amount per month

# Issue 13: IGO with one's children, IGO before leefloon, parents or adult children at home
right-igo-reason-request-with-children = You have reached pension age and you live only with your children. Then the higher IGO applies, as for someone who lives alone. Your children's income does not count. Your income seems lower than the IGO. Apply for the IGO at the pensions service of your municipality, online or through the pension line 1765.
right-leefloon-reason-igo-first = You have reached pension age. Then first apply for the income guarantee for older people (IGO). The IGO is higher than the leefloon. If you do not get the IGO, or your income is still too low, go to the OCMW.
right-leefloon-reason-maintenance-debtors = You live with your parents or with an adult child. The OCMW then also looks at their income. The OCMW decides after a conversation whether you can get a leefloon, and how much. Do ask: the OCMW looks at your situation.

# Issue 13: OCMW aanvullende financiële steun
right-ocmw-aanvullende-steun = Additional financial help from the OCMW
right-ocmw-aanvullende-steun-summary = The OCMW can help you with money, for example for rent, energy, doctor's and pharmacy costs or a hospital bill, also if you do not get a leefloon.
right-ocmw-aanvullende-steun-counter = I would like to ask the OCMW for additional financial help.
right-ocmw-aanvullende-steun-reason-abroad = You do not live in Belgium. The OCMW helps the people who live in the municipality.
right-ocmw-aanvullende-steun-reason-residence = With your residence status you do not get this help from the OCMW. Asylum seekers get help in the reception network. Without legal stay, you can ask the OCMW for urgent medical help.
right-ocmw-aanvullende-steun-reason-leefloon = You get a leefloon, or you can probably get one. Do you also have high costs, such as rent, energy or medical costs? Then the OCMW can give extra help. Ask your social worker. The OCMW decides after a social inquiry.
right-ocmw-aanvullende-steun-reason-low-income = Your income is low, or you find it hard to pay your bills. The OCMW can help you with money, for example for rent, energy or medical costs, also without a leefloon. Ask the OCMW of your municipality. The OCMW decides after a social inquiry.
right-ocmw-aanvullende-steun-otherwise = Your income does not seem low. Do you still have costs you cannot pay? Then go to the OCMW. Everyone may ask for help.

right-leefloon-reason-has-igo = You already get the income guarantee for older people (IGO). The IGO is higher than the leefloon. If you still cannot make ends meet, for example because of high costs, ask the OCMW for additional help.
