# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Increased reimbursement (verhoogde tegemoetkoming)

right-verhoogde-tegemoetkoming = Increased reimbursement of health care costs
right-verhoogde-tegemoetkoming-summary = With the increased reimbursement from your ziekenfonds (health insurance fund) you pay less for the doctor and other care, and you get other advantages too.
right-verhoogde-tegemoetkoming-counter = I would like to apply for the increased reimbursement.
right-verhoogde-tegemoetkoming-if-missing = If you do not get the increased reimbursement automatically, ask the service that pays your benefit, for example the OCMW, for a certificate. Give that certificate to your ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = You already get the increased reimbursement.
right-verhoogde-tegemoetkoming-reason-abroad = You do not live in Belgium. Then you usually do not get this help from a Belgian ziekenfonds. Ask your ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Without legal residence there is urgent medical help from the OCMW. That is help from a doctor or in the hospital, and medicines. Ask the OCMW about it.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = As an asylum seeker you get medical care through your reception: Fedasil or the local reception initiative (LOI). Ask the social service of your reception. Do you get a right of residence later? Then you can ask a ziekenfonds for the increased reimbursement.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = You or someone in your household gets an IGO, an IVT, an IT, a care budget for older people or a care supplement for a child with at least 4 points on the first pillar. Then your whole household gets the increased reimbursement automatically. You do not have to do anything.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = You get a leefloon or an equivalent leefloon. After 3 full months you then get the increased reimbursement from your ziekenfonds automatically. You do not have to do anything.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = You can probably get a leefloon or an equivalent leefloon. If you get it for 3 full months, the increased reimbursement follows automatically. You can also ask your ziekenfonds for it now.
right-verhoogde-tegemoetkoming-reason-request-income = The income of your household is not higher than the limit. Ask your ziekenfonds for the increased reimbursement. Sometimes the ziekenfonds sends you a letter to ask you to apply. You do not have to wait for that letter.
right-verhoogde-tegemoetkoming-reason-request-current-income = You are retired, or you have been looking for work or unable to work for at least 3 months, or you are a single parent, or you have temporary protection. Then the income of the last month counts. That income is not higher than the limit. Ask your ziekenfonds for the increased reimbursement.
right-verhoogde-tegemoetkoming-otherwise = The income of your household seems higher than the limit. Is your income lower now, for example because of illness, unemployment or retirement? Then ask your ziekenfonds for advice.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = The income limits for 2025 and 2026 have not been checked yet. We use the limit for applications in 2024.

## Maximum bill (maximumfactuur)

right-maximumfactuur = Maximum invoice for health care (maximumfactuur)
right-maximumfactuur-summary = With the maximum invoice your household pays no more than a fixed amount of remgeld per year. Remgeld is the part of the price for the doctor or the hospital that you pay yourself.
right-maximumfactuur-counter = I would like to check if I get money back with the maximum invoice.
right-maximumfactuur-if-missing = The maximum invoice comes automatically. The first refunds usually only come at the start of the summer, because the ziekenfonds first has to get the information about your income. Do you think you paid too much remgeld? Ask your ziekenfonds. Has your income gone down a lot, for example because of illness or unemployment? Then ask your ziekenfonds to look at your current income.

right-maximumfactuur-reason-abroad = You do not live in Belgium. Then you usually do not get the maximum invoice from a Belgian ziekenfonds. Ask your ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Without legal residence you are usually not with a ziekenfonds. But the OCMW can give urgent medical help. That is help from a doctor or in the hospital, and medicines.
right-maximumfactuur-reason-asylum-seeker = As an asylum seeker you get medical help through your reception: Fedasil or a local reception initiative (LOI). Are you with a ziekenfonds anyway? Then the maximum invoice also applies to you.
right-maximumfactuur-reason-it-partner = You get an IT and you live with a partner. Does your partner have an income? Then the IT does not give a right to the lower social maximum invoice. The normal maximum invoice does apply. It depends on the income of your household. Your ziekenfonds applies it automatically. You do not have to do anything.
right-maximumfactuur-reason-social = Your household has the increased reimbursement. Then the social maximum invoice applies. That is a low limit. Does your household pay more remgeld in a year than that limit? Then your ziekenfonds automatically pays back what you paid above the limit. You do not have to do anything.
right-maximumfactuur-reason-income-vt-pending = Everyone with a ziekenfonds has a maximum invoice. Your ziekenfonds applies it automatically. You can probably also get the increased reimbursement. Then a lower limit applies: the social maximum invoice. So first apply for the increased reimbursement.
right-maximumfactuur-reason-income = Everyone with a ziekenfonds has a maximum invoice. Does your household pay more remgeld in a year than a limit? Then your ziekenfonds automatically pays back what you paid above the limit. How high the limit is depends on the income of your household. Your household is all the people who lived at your address on 1 January. You do not have to do anything.
right-maximumfactuur-otherwise = You do not have a ziekenfonds in Belgium. Then the maximum invoice does not apply to you.

right-maximumfactuur-unverified-amounts-2025-2026 = The limits of the maximum invoice for 2025 and 2026 have not been checked yet. We only know the limits of 2024.

## Urgent medical help

right-dringende-medische-hulp = Urgent medical help
right-dringende-medische-hulp-summary = Urgent medical help comes from the OCMW. You then get care from a doctor or in the hospital. You also get medicines. This is possible even without legal residence (without papers).
right-dringende-medische-hulp-counter = I would like to apply for urgent medical help.

right-dringende-medische-hulp-reason-abroad = You do not live in Belgium. Urgent medical help is for people who stay in Belgium.
right-dringende-medische-hulp-reason-no-legal-stay = You do not have legal residence. Then you can ask for urgent medical help at the OCMW of the municipality where you really stay. Despite the name, it is not only for emergencies: it is also for a normal visit to the doctor, the hospital and medicines. A doctor writes a certificate. The OCMW does a social inquiry: it looks at your situation and comes to your home. The OCMW decides within 30 days.
right-dringende-medische-hulp-reason-eu = You are a citizen of a country of the European Union. Then for care you usually go to a ziekenfonds (health insurance fund). Have you been in Belgium for less than 3 months and do you not have a ziekenfonds? Then ask the OCMW if you can get urgent medical help.
right-dringende-medische-hulp-reason-asylum-seeker = As an asylum seeker you get medical help through your reception: Fedasil or a local reception initiative (LOI). Ask there.
right-dringende-medische-hulp-otherwise = You have legal residence in Belgium. Then you get care through your ziekenfonds. Urgent medical help is for people without legal residence.

right-dringende-medische-hulp-unverified-eu = Citizens of the European Union in their first 3 months in Belgium can sometimes also get urgent medical help. This does not come from an official source and has not been checked yet.

## Documents

document-verklaring-op-erewoord = Declaration on your honour, signed by all adults in your household
document-verklaring-op-erewoord-where = You get the form at your ziekenfonds.

document-attest-dringende-medische-hulp = Certificate for urgent medical help from a doctor
document-attest-dringende-medische-hulp-where = The doctor who examines you writes it. Ask for it yourself.

document-identiteitsbewijs = Your passport or another proof of who you are, if you have it
document-identiteitsbewijs-where = Bring what you have. Do you have nothing? Go to the OCMW anyway.

document-bewijs-financiele-toestand = Papers about your money, if you have them: what you get and what you own
document-bewijs-financiele-toestand-where = For example bank statements from your bank. If you do not have any papers, the OCMW will ask about it in the conversation.

## Offices

office-ziekenfonds = Your ziekenfonds (health insurance fund)
office-ziekenfonds-in-person = Go to an office of your ziekenfonds.
office-ziekenfonds-phone = Call your ziekenfonds. The number is on the letters and the website of your ziekenfonds.
office-ziekenfonds-online = Log in on the website or the app of your ziekenfonds, for example MyCM or Mijn Helan.

## Parameters

param-vt-income-limit = Increased reimbursement: income limit of the household per year (gross taxable)
param-vt-income-limit-extra-person = Increased reimbursement: increase of the income limit per extra household member
param-maf-income-bracket-1 = Maximum invoice: upper limit of income bracket 1 (net taxable household income per year)
param-maf-income-bracket-2 = Maximum invoice: upper limit of income bracket 2 (net taxable household income per year)
param-maf-income-bracket-3 = Maximum invoice: upper limit of income bracket 3 (net taxable household income per year)
param-maf-income-bracket-4 = Maximum invoice: upper limit of income bracket 4 (net taxable household income per year)
param-maf-income-bracket-5 = Maximum invoice: upper limit of income bracket 5 (net taxable household income per year)
param-maf-ceiling-1 = Maximum invoice: limit of the remgeld (patient's share) per year in income bracket 1
param-maf-ceiling-2 = Maximum invoice: limit of the remgeld (patient's share) per year in income bracket 2
param-maf-ceiling-3 = Maximum invoice: limit of the remgeld (patient's share) per year in income bracket 3
param-maf-ceiling-4 = Maximum invoice: limit of the remgeld (patient's share) per year in income bracket 4
param-maf-ceiling-5 = Maximum invoice: limit of the remgeld (patient's share) per year in income bracket 5
param-maf-ceiling-6 = Maximum invoice: limit of the remgeld (patient's share) per year above income bracket 5
param-maf-ceiling-social = Social maximum invoice (households with increased reimbursement): limit of the remgeld (patient's share) per year
param-maf-chronic-reduction = Maximum invoice: lowering of the limit for a chronic illness

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = You can probably get the IGO. If you get it, the increased reimbursement follows automatically. Your income is low: you can also ask your ziekenfonds for it now.
