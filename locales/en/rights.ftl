# Rights: right-<id> is the name, right-<id>-summary one plain sentence, right-<id>-counter the
# sentence to say at the counter, right-<id>-if-missing (rights that can come automatically) what
# to do if it does not come. Then every reason, otherwise and unverified message of the right.
# No amounts here: amounts come from the parameters.

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
right-equivalent-leefloon-summary = The equivalent leefloon is money from the OCMW for foreigners in the foreigners' register who do not have enough income to live on.
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
right-equivalent-leefloon-unverified-temporary-protection = The temporary protection for people from Ukraine was extended until 4 March 2026. We have not yet checked if it was extended again after that.

## Increased reimbursement (verhoogde tegemoetkoming)

right-verhoogde-tegemoetkoming = Increased reimbursement of health care costs
right-verhoogde-tegemoetkoming-summary = With the increased reimbursement from your ziekenfonds (health insurance fund) you pay less for the doctor and other care, and you get other advantages too.
right-verhoogde-tegemoetkoming-counter = I would like to apply for the increased reimbursement.
right-verhoogde-tegemoetkoming-if-missing = If you do not get the increased reimbursement automatically, ask the service that pays your benefit, for example the OCMW, for a certificate. Give that certificate to your ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = You already get the increased reimbursement.
right-verhoogde-tegemoetkoming-reason-abroad = You do not live in Belgium. Then you usually do not get this help from a Belgian ziekenfonds. Ask your ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Without legal residence there is urgent medical help from the OCMW. That is help from a doctor or in the hospital, and medicines. Ask the OCMW about it.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = As an asylum seeker you get medical care through your reception: Fedasil or the local reception initiative (LOI). Ask the social service of your reception. Do you get a right of residence later? Then you can ask a ziekenfonds for the increased reimbursement.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = You or someone in your household gets an IGO, an IVT, an IT, a care budget for older people or a care supplement for a child. Then your whole household gets the increased reimbursement automatically. You do not have to do anything.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = You get a leefloon or an equivalent leefloon. After 3 full months you then get the increased reimbursement from your ziekenfonds automatically. You do not have to do anything.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = You can probably get a leefloon or an equivalent leefloon. If you get it for 3 full months, the increased reimbursement follows automatically. You can also ask your ziekenfonds for it now.
right-verhoogde-tegemoetkoming-reason-request-income = The income of your household is not higher than the limit. Ask your ziekenfonds for the increased reimbursement. Sometimes the ziekenfonds sends you a letter to ask you to apply. You do not have to wait for that letter.
right-verhoogde-tegemoetkoming-reason-request-current-income = You are retired, or you have been looking for work or unable to work for at least 3 months, or you are a single parent, or you have temporary protection. Then the income of the last month counts. That income is not higher than the limit. Ask your ziekenfonds for the increased reimbursement.
right-verhoogde-tegemoetkoming-otherwise = The income of your household seems higher than the limit. Is your income lower now, for example because of illness, unemployment or retirement? Then ask your ziekenfonds for advice.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = The income limits for 2025 and 2026 have not been checked yet. We use the limit for applications in 2024.

## Social tariff for energy

right-sociaal-tarief-energie = Social tariff for energy
right-sociaal-tarief-energie-summary = With the social tariff you pay a lower price for electricity, natural gas or heat.
right-sociaal-tarief-energie-counter = I would like to know if I get the social tariff for energy.
right-sociaal-tarief-energie-if-missing = Check on sociaaltarief.economie.fgov.be if you get the social tariff. If it is not there, ask for a certificate from the service that pays your benefit, for example the OCMW, or from your woonmaatschappij (social housing company) if you rent a social home. Send that certificate to your energy supplier. With a new contract it can take a few months.

right-sociaal-tarief-energie-reason-abroad = You do not live in Belgium. The social tariff only applies to your home address in Belgium.
right-sociaal-tarief-energie-reason-automatic-benefit = You or someone in your household gets a benefit that gives a right to the social tariff. It is applied to your home address automatically. You do not have to do anything.
right-sociaal-tarief-energie-reason-automatic-social-tenant = You rent a social home with shared natural gas heating. Then you have a right to the social tariff. You usually do not have to apply for it yourself.
right-sociaal-tarief-energie-reason-vt-only = Since 1 July 2023 the increased reimbursement alone no longer gives a right to the social tariff for energy.
right-sociaal-tarief-energie-otherwise = You do not get a benefit that gives a right to the social tariff. Is it hard for you to pay your energy bill? Then ask the OCMW for help.

right-sociaal-tarief-energie-unverified-collective-premium = Do you live in a building with shared heating, without your own contract? Since 3 September 2024 you can then ask for a premium. We have not yet checked where you apply for it.
right-sociaal-tarief-energie-unverified-reform = There is a proposal to give the social tariff based on income. We have not yet checked if this has been decided.

## Heating allowance

right-verwarmingstoelage = Heating allowance (Sociaal Verwarmingsfonds)
right-verwarmingstoelage-summary = The heating allowance is money you get through the OCMW for part of the price of heating oil, heating paraffin or propane in a tank.
right-verwarmingstoelage-counter = I would like to apply for a heating allowance.
right-verwarmingstoelage-deadline = Apply for the allowance within 60 days after the delivery. The date of the delivery is on the bill.

right-verwarmingstoelage-reason-abroad = You do not live in Belgium. The allowance is only for the home in Belgium where you usually live.
right-verwarmingstoelage-reason-fuel = The heating allowance is only for heating oil (mazout), heating paraffin from the pump or propane in a tank. Not for natural gas, electricity or gas in bottles.
right-verwarmingstoelage-reason-vt-alone = You live alone and you have the increased reimbursement. Then the OCMW does not look at your income. Ask the OCMW for the allowance within 60 days after the delivery. The date of the delivery is on the bill.
right-verwarmingstoelage-reason-low-income = The income of your household is not higher than the limit. Ask the OCMW for the allowance within 60 days after the delivery. The date of the delivery is on the bill.
right-verwarmingstoelage-reason-debt = You are in debt mediation or in collective debt settlement. If you cannot pay the bill for your heating, you can get the allowance. The OCMW decides this. Apply for the allowance within 60 days after the delivery.
right-verwarmingstoelage-otherwise = The income of your household seems higher than the limit. Not sure? Then ask the OCMW, within 60 days after the delivery.

right-verwarmingstoelage-unverified-limit-2025 = The income limit from 1 May 2025 has not been checked yet. We use the limit from 1 February 2025. That limit does not come from an official source.
right-verwarmingstoelage-unverified-ten-laste = Who counts as a dependent person depends on the income of that person. Two sources give a different amount for this. This has not been checked yet.
