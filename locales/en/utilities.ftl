# Energy, water and internet: sociaal tarief voor energie, verwarmingstoelage, energiehulp OCMW,
# sociaal tarief voor water, sociaal internet.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-verwarmingstoelage-summary = The heating allowance is money for your heating. You get it through the OCMW. It is part of the price of heating oil, heating paraffin or propane in a tank.
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

## Help from the OCMW with your energy bill

right-energiehulp-ocmw = Help from the OCMW with your energy bill
right-energiehulp-ocmw-summary = Is it hard for you to pay your bill for electricity or gas? Then the OCMW can help you with money, with help with your budget or with energy-saving appliances.
right-energiehulp-ocmw-counter = It is hard for me to pay my energy bill. I would like to ask for help.

right-energiehulp-ocmw-reason-abroad = You do not live in Belgium. This help is only available at an OCMW in Belgium.
right-energiehulp-ocmw-reason-arrears = You have bills that are not paid yet. Is it about your bill for electricity or gas? Then the OCMW can help you. You do not have to be a client of the OCMW already. The OCMW talks with you, looks at your situation and decides within 30 days which help you get. In Flanders your electricity, gas or water may only be cut off after advice from the Local Advisory Committee (LAC) of the OCMW. You may come and tell your story there.
right-energiehulp-ocmw-reason-debt-help = You already get help with your debts or your budget. Is it still hard for you to pay your bill for electricity or gas? Then ask the OCMW if it can help you. The OCMW looks at your situation and decides within 30 days.
right-energiehulp-ocmw-otherwise = You do not have bills that are not paid yet. Do you later get an energy bill that you cannot pay? Then go to the OCMW. You do not have to be a client of the OCMW already.

## Social tariff for water

right-sociaal-tarief-water = Social tariff for water
right-sociaal-tarief-water-summary = With the social tariff for water you get a big discount on your whole water bill.
right-sociaal-tarief-water-counter = I would like to check if I get the social tariff for water.
right-sociaal-tarief-water-if-missing = If the social tariff is not on your water bill, ask for a certificate from the service that pays your benefit: the OCMW (leefloon), the Federale Pensioendienst (IGO, call 1765), the DG Personen met een handicap (IVT or IT, call 0800 987 99) or your zorgkas (care budget for older people). Send the certificate to your water company by 31 December at the latest.
right-sociaal-tarief-water-deadline = If the social tariff does not come automatically, send the certificate to your water company by 31 December of this year at the latest. For a year that is over, you can no longer ask for it.

right-sociaal-tarief-water-reason-brussels = You live in Brussels. This Flemish social tariff does not apply there. In Brussels, Vivaqua supplies the water. Is it hard for you to pay your water bill? Ask the OCMW of your municipality for advice.
right-sociaal-tarief-water-reason-wallonia = You live in Wallonia. This Flemish social tariff does not apply there. Is it hard for you to pay your water bill? Ask the OCMW (in French: CPAS) of your municipality for advice.
right-sociaal-tarief-water-reason-abroad = You do not live in Belgium. This social tariff only applies in Flanders.
right-sociaal-tarief-water-reason-homeless = You do not have your own home now, so you also do not have a water bill. Do you get a leefloon, an equivalent leefloon, an IGO, an IVT, an IT or a care budget for older people, and do you rent a home later? Then you can get the social tariff for water. Ask the water company when you move.
right-sociaal-tarief-water-reason-care-home = You live in a residential care home. There is usually one water bill for everyone there. Then you do not get a discount on a bill, but money back: a compensation. This happens automatically. If you get nothing, ask the water company or the OCMW.
right-sociaal-tarief-water-reason-automatic = You or someone in your household gets a leefloon, an equivalent leefloon, an IGO, an IVT, an IT or a care budget for older people. Did you already have that benefit on 1 January of this year? Then you get the social tariff for water automatically. You do not have to do anything. Did you only get the benefit later in the year? Then you get the social tariff only from 1 January of the next year. Does your building have one water meter for everyone? Then you do not get a discount on the bill, but money back (a compensation). You will get a letter about this.
right-sociaal-tarief-water-reason-vt-only = The increased reimbursement alone does not give a right to the social tariff for water. A benefit from the ziekenfonds does not either.
right-sociaal-tarief-water-otherwise = The social tariff for water is for households with a leefloon, an equivalent leefloon, an IGO, an IVT, an IT or a care budget for older people. Do you get such a benefit later? Then you can also get it. Is it hard for you to pay your water bill? Ask the OCMW for advice.


## Social internet

right-sociaal-internet = Social internet (social internet offer)
right-sociaal-internet-summary = With the social internet you pay a low, fixed price for internet at home.
right-sociaal-internet-counter = I would like the social internet offer.

right-sociaal-internet-reason-abroad = You do not live in Belgium. The social internet is only for people who live in Belgium.
right-sociaal-internet-reason-benefit = You or someone in your household gets a leefloon, an equivalent leefloon, an IGO, an IVT, an IT or a care budget for older people. Then your household has a right to the social internet. There is no income limit. People who have the right normally got a letter. But you must go to Proximus or Telenet (other companies may offer it too) yourself with your identity card to switch. Only one person per household gets the social internet. Does someone in your household still have the old social telephone rate? Then you cannot have both. If you switch to the social internet, you cannot go back.
right-sociaal-internet-reason-vt-only = The increased reimbursement alone no longer gives a right to a discount for telephone or internet.
right-sociaal-internet-otherwise = The social internet is for households with a leefloon, an equivalent leefloon, an IGO, an IVT, an IT or a care budget for older people. Some other benefits also give a right, for example an advance from the OCMW on an IGO or on a disability allowance. That is money from the OCMW while you wait for the IGO or the allowance. Do you get such an advance? Then ask the OCMW. Do you get one of these benefits later? Then you can also get the social internet.


## Documents

document-leveringsfactuur = Copy of the bill or the delivery note of your heating oil or propane
document-leveringsfactuur-where = You get it from your supplier when they deliver, or at the petrol station.

document-attest-aantal-woningen = Only if you live in an apartment building: a certificate about the number of homes the bill is for
document-attest-aantal-woningen-where = Ask the owner or the manager of the building for it.

## Offices

office-fod-economie = FOD Economie (the federal economy ministry)
office-fod-economie-phone = Call the FOD Economie with your questions about the social tariff for energy.
office-fod-economie-online = Check on this website if you get the social tariff, for which contract and for which period.

office-watermaatschappij = Your water company (for example De Watergroep, Farys, Pidpa or water-link)
office-watermaatschappij-phone = Call your water company. The number is on your water bill.
office-watermaatschappij-online = Look on the website of your water company. The name is on your water bill.
office-watermaatschappij-letter = Send a letter or an e-mail to your water company. The address is on your water bill.

office-telecom-operator = An internet company: Proximus or Telenet (other companies may offer it too)
office-telecom-operator-in-person = Go to a shop of Proximus or Telenet (other companies may offer it too) with your identity card. Say that you want the social internet.
office-telecom-operator-phone = Call the customer service of the internet company. The number is on the website of the company.

## Parameters

param-vf-income-limit = Heating allowance: income limit of the household per year (gross taxable)
param-vf-income-limit-extra-person = Heating allowance: increase of the income limit per dependent person
param-sociaal-internet-price = Social internet: price per month for fixed internet
param-sociaal-internet-bundle-max = Social internet: highest price per month for a bundle

# Issue 13: no income check when the whole household has VT
right-verwarmingstoelage-reason-vt-household = Everyone in your household has the increased reimbursement. Then the OCMW does not look at your income. Ask the OCMW for the allowance within 60 days after the delivery. The date of the delivery is on the bill.

# Issue 13: sociaal internet for a zorgtoeslag with 4 points on pillar 1
right-sociaal-internet-reason-zorgtoeslag-points = Your child gets a care supplement (zorgtoeslag) with at least 4 points on the first pillar. Then your household has a right to social internet. There is no income limit. People who have the right normally got a letter. Go to your internet company with your identity card to switch.

# Issue 13: minimale levering via het OCMW
right-minimale-levering-energie = Minimum supply of gas and electricity through the OCMW
right-minimale-levering-energie-summary = Do you have a budget meter and cannot top it up enough? Then the OCMW can make sure you still have gas in winter. A small amount of electricity always stays.
right-minimale-levering-energie-counter = I have a budget meter and I would like to ask for a minimum supply of gas or electricity.
right-minimale-levering-energie-reason-outside-flanders = You do not live in Flanders. This scheme with the budget meter is Flemish. Do you find it hard to pay your energy bill? Ask the OCMW of your municipality for advice.
right-minimale-levering-energie-reason-housing = You do not have your own energy meter now. This help is for people with a budget meter at home.
right-minimale-levering-energie-reason-prepaid = You have a budget meter. If you cannot top it up enough, the OCMW can give you a minimum supply of natural gas from 1 November to 31 March. For electricity a small amount always stays. Go to the OCMW. The OCMW decides.
right-minimale-levering-energie-otherwise = You do not have a budget meter, or no trouble paying for your energy. If you get a budget meter later and cannot top it up, go to the OCMW.
