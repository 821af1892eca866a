# Care: zorgbudget voor zwaar zorgbehoevenden, zorgbudget voor ouderen, basisondersteuningsbudget.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Care budget for people with a high need of care

right-zorgbudget-zwaar-zorgbehoevenden = Care budget for people with a high need of care
right-zorgbudget-zwaar-zorgbehoevenden-summary = The care budget for people with a high need of care is money for people who need a lot of care. You get it every month from your zorgkas (care fund). You may use the money as you like.
right-zorgbudget-zwaar-zorgbehoevenden-counter = I would like to apply for a care budget for people with a high need of care.
right-zorgbudget-zwaar-zorgbehoevenden-if-missing = If you live in a residential care home and do not get this care budget, contact your zorgkas (care fund). Your zorgkas is usually part of your ziekenfonds. The residential care home can help you.

right-zorgbudget-zwaar-zorgbehoevenden-reason-outside = You do not live in Flanders or Brussels. This care budget is part of the Flemish social protection. Ask your ziekenfonds or the OCMW which help there is where you live.
right-zorgbudget-zwaar-zorgbehoevenden-reason-brussels = You live in Brussels. There, joining a Flemish zorgkas (care fund) is not compulsory, but it is allowed. Are you a member of a zorgkas? Then ask your zorgkas if you can get this care budget. Do you live in a residential care home in Brussels? Then a certificate from the residential care home counts.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-home = You live in a residential care home in Flanders. Then you get the care budget for people with a high need of care automatically, every month. You do not have to do anything.
right-zorgbudget-zwaar-zorgbehoevenden-reason-points = You or someone in your household gets an integration allowance (IT), a care budget for older people or a care supplement for a child. Was a high care need measured for this (at least 15 points, or 18 points for the care supplement of a child)? Then you get this care budget automatically. If not, you can apply for it at your zorgkas (care fund), with a form and a certificate about your care need. There is no condition about your income.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-need = You or someone in your household needs a lot of help every day. Whether you get this care budget depends on a measurement of the care need. This measurement is done, for example, by the home nursing service or the home care service. With a certificate of such a measurement you sometimes get it automatically. Otherwise you apply for it at your zorgkas (care fund), with a form and the certificate. You can also hand them in at the OCMW. There is no condition about your income.
right-zorgbudget-zwaar-zorgbehoevenden-otherwise = You did not say that someone in your household needs a lot of help every day. This care budget is for people who need a lot of care. Does that change? Then ask your zorgkas (care fund).

right-zorgbudget-zwaar-zorgbehoevenden-unverified-amount = The amount for 2025 and 2026 has not been checked yet. We show the amount of January 2024.

## Care budget for older people with a care need

right-zorgbudget-ouderen = Care budget for older people with a care need
right-zorgbudget-ouderen-summary = The care budget for older people is money for people aged 65 or older. It is for those who need help with daily tasks. You get it every month from your zorgkas (care fund).
right-zorgbudget-ouderen-counter = I would like to apply for a care budget for older people with a care need.
right-zorgbudget-ouderen-if-missing = If you live in a residential care home, get an IGO and do not get this care budget, contact your zorgkas (care fund). The residential care home, your ziekenfonds or the OCMW can help you.

right-zorgbudget-ouderen-reason-already = You already get a care budget for older people with a care need.
right-zorgbudget-ouderen-reason-wallonia = You live in Wallonia. This Flemish care budget is not for you. In Wallonia you can ask AVIQ for help for older people. Ask your ziekenfonds or the OCMW for advice.
right-zorgbudget-ouderen-reason-abroad = You do not live in Belgium. This care budget is for people who live in Flanders or Brussels.
right-zorgbudget-ouderen-reason-too-young = This care budget is for people from 65 years old. You can ask for it at the earliest on the day you turn 65. Does someone aged 65 or older who needs a lot of help live with you? Then that person can ask for it themselves. Are you younger than 65 and do you have a disability? Then you may be able to get an integration allowance (IT).
right-zorgbudget-ouderen-reason-brussels = You live in Brussels. Are you a member of a Flemish zorgkas (care fund)? Then ask your zorgkas if you can get this care budget. Otherwise you can ask for help for older people at Iriscare, the Brussels service. Ask your ziekenfonds or the OCMW for advice.
right-zorgbudget-ouderen-reason-care-home-igo = You live in a residential care home in Flanders and you get an IGO. Then since 1 April 2023 you get the care budget for older people automatically, in the highest category. You do not have to do anything.
right-zorgbudget-ouderen-reason-care-home = You live in a residential care home. Residents with a low income sometimes get this care budget automatically. Otherwise you apply for it. Whether you get it and how much depends on a measurement of how much help you need, and on your income and that of your partner. Ask the residential care home or your zorgkas (care fund).
right-zorgbudget-ouderen-reason-care-need = You or someone in your household needs a lot of help every day. Whether you get this care budget depends on a measurement of how much help you need, and on the income of you and your partner. Savings and property also count. Usually you must also have lived in Flanders or Brussels for 5 years in a row. You apply for the care budget online, with your eID (electronic identity card). Your zorgkas (care fund), your ziekenfonds, the municipality or the OCMW can help you with this.
right-zorgbudget-ouderen-otherwise = You did not say that you need a lot of help every day. Do you still need help with daily tasks, such as washing, getting dressed, eating or housework? Then ask your ziekenfonds or the OCMW for advice.

right-zorgbudget-ouderen-unverified-amounts = Since 1 March 2026 the category depends on a new measurement, the BelRAI screener. The current amounts per category have not been checked yet. We show the amounts of April 2023.

## Basic support budget

right-basisondersteuningsbudget = Basic support budget (care budget for people with a disability)
right-basisondersteuningsbudget-summary = The basic support budget is money for people with a disability. You get it every month from your zorgkas (care fund). You do have to be registered with the VAPH (Flemish Agency for Persons with a Disability).
right-basisondersteuningsbudget-counter = I would like to know if I get a basic support budget.

right-basisondersteuningsbudget-reason-outside = You do not live in Flanders or Brussels. This care budget is part of the Flemish social protection. Ask your ziekenfonds which help there is where you live.
right-basisondersteuningsbudget-reason-brussels = You live in Brussels. This care budget is part of the Flemish social protection. In Brussels it is only possible if you are a member of a Flemish zorgkas (care fund). Ask your zorgkas.
right-basisondersteuningsbudget-reason-points = You or someone in your household gets an integration allowance (IT) or a care supplement for a child. Did you get it based on at least 12 points? Then you get the basic support budget automatically. You cannot apply for it yourself: your zorgkas (care fund) or ziekenfonds will contact you. Do you already have a personal budget (persoonsvolgend budget)? Then you do not get it. Have you heard nothing? Then ask your zorgkas.
right-basisondersteuningsbudget-reason-vaph = You or someone in your household has a disability. The basic support budget is for people who are registered with the VAPH in a priority group for a personal budget (persoonsvolgend budget). A personal budget is money from the VAPH to choose your own care and help. For children and young people there are other rules too. You cannot apply for it yourself: your zorgkas (care fund) or ziekenfonds will contact you. Do you already have a personal budget? Then you do not get it. If you are not registered with the VAPH yet, ask for help at the social work service of your ziekenfonds or at the OCMW.
right-basisondersteuningsbudget-otherwise = You did not say that someone in your household has a disability. This care budget is for people with a disability who are registered with the VAPH.

right-basisondersteuningsbudget-unverified-amount = The current amount has not been checked yet. We show an amount from 2019. Another source gives a higher amount.

## Documents

document-formulier-zorgbudget-zwaar-zorgbehoevenden = Application form for the care budget for people with a high need of care
document-formulier-zorgbudget-zwaar-zorgbehoevenden-where = You get it at your zorgkas (care fund). The OCMW can also help you.

document-attest-zorgnood = Certificate about your care need
document-attest-zorgnood-where = Ask the home nursing service or the home care service that comes to your home. A decision about an IT, a care budget for older people or a care supplement for a child can also be used. Do you live in a psychiatric care home or in a residential care home in Brussels? Then ask for a certificate of your stay.

## Offices

office-zorgkas = Your zorgkas (care fund)
office-zorgkas-in-person = Go to an office of your zorgkas. Your zorgkas is usually part of your ziekenfonds. Then you can go to the office of your ziekenfonds.
office-zorgkas-phone = Call your zorgkas. The number is on the letters from your zorgkas. You can also ask your ziekenfonds for it.
office-zorgkas-online = You can only apply for the care budget for older people online, on this website. You log in with your eID. Your zorgkas, ziekenfonds, municipality or OCMW can help you.
office-zorgkas-letter = You apply for the care budget for people with a high need of care with a form and a certificate. Send them to your zorgkas, or hand them in at the OCMW. The OCMW sends them on.

## Parameters

param-zorgbudget-zwaar-zorgbehoevenden = Care budget for people with a high need of care: amount per month
param-zorgbudget-ouderen-categorie-4-max = Care budget for older people: highest amount per month in category 4 (automatic for residents of a residential care home with a low income)
param-zorgbudget-ouderen-categorie-5-max = Care budget for older people: highest amount per month in category 5 (automatic for residents of a residential care home with an IGO)
param-basisondersteuningsbudget = Basic support budget: amount per month

# Issue 13: children get the ondersteuningstoeslag, not a BOB
right-basisondersteuningsbudget-reason-child = Your child gets a care supplement (zorgtoeslag). For children there is no basic support budget from the zorgkas. Does your child have at least 12 points? Then it gets the support supplement (ondersteuningstoeslag) of the Groeipakket, automatically through your payer.

# Issue 13: lagere zorgpremie
right-zorgpremie-vermindering = Lower care premium (zorgpremie)
right-zorgpremie-vermindering-summary = Everyone in Flanders pays a care premium (zorgpremie) to a zorgkas every year. With the increased reimbursement you pay less.
right-zorgpremie-vermindering-counter = I would like to check whether I pay a lower care premium.
right-zorgpremie-vermindering-if-missing = Do you still pay the full care premium? Ask your zorgkas. Bring a certificate of the increased reimbursement.
right-zorgpremie-vermindering-reason-outside = You do not live in Flanders or Brussels. The care premium is Flemish.
right-zorgpremie-vermindering-reason-vt = You have the increased reimbursement. Did you already have it on 1 January of last year, and have you lived in Flanders or Brussels for 5 years? Then you automatically pay a lower care premium. You do not have to do anything.
right-zorgpremie-vermindering-otherwise = A lower care premium is for people with the increased reimbursement. If you get it later, you will also pay less later.

right-zorgpremie-vermindering-reason-brussels = You live in Brussels. There you choose yourself whether to join a Flemish zorgkas. Did you join, and do you have the increased reimbursement? Then you probably also pay a lower care premium. Ask your zorgkas.
