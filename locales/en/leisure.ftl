# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## UiTPAS with kansentarief

right-uitpas-kansentarief = UiTPAS with reduced rate (kansentarief)
right-uitpas-kansentarief-summary = With an UiTPAS with reduced rate you get a big discount on sport, culture and other leisure activities in your municipality or region.
right-uitpas-kansentarief-counter = I would like an UiTPAS with reduced rate.

right-uitpas-kansentarief-reason-outside = UiTPAS is a leisure pass of Flemish municipalities. Where you live, there is usually no UiTPAS. Ask your municipality or the OCMW if there is a discount for leisure.
right-uitpas-kansentarief-reason-brussels = You live in Brussels. Every municipality or region has its own rules. Ask your municipality or the OCMW if there is an UiTPAS or another leisure pass with a discount.
right-uitpas-kansentarief-reason-benefit = You or someone in your household gets the increased reimbursement, a leefloon, an equivalent leefloon, an IGO, an IVT, an IT or a care budget for older people. In most municipalities this gives a right to the reduced rate. But every municipality or region has its own rules. Ask at the UiTPAS desk or the Sociaal Huis of your municipality. Bring your identity card and a certificate of your benefit. The dependent members of your household at the same address, such as your children, can also get it. The reduced rate applies for one year.
right-uitpas-kansentarief-reason-vt-automatic = You get the increased reimbursement automatically. In most municipalities this gives a right to the reduced rate. But every municipality or region has its own rules. Ask at the UiTPAS desk or the Sociaal Huis of your municipality. Bring your identity card and a certificate from your ziekenfonds.
right-uitpas-kansentarief-reason-debt = You get help with your debts or your budget: budget guidance, budget management, debt mediation or a collective debt settlement. In most municipalities this gives a right to the reduced rate. But every municipality or region has its own rules. Ask at the UiTPAS desk or the Sociaal Huis of your municipality. Bring your identity card and a certificate from the OCMW, the CAW (centre for general welfare work) or your debt mediator.
right-uitpas-kansentarief-reason-asylum-seeker = Do you get reception as an asylum seeker? Then in many municipalities you can get the reduced rate. But every municipality or region has its own rules. Ask at the UiTPAS desk or the Sociaal Huis of your municipality, or ask your reception.
right-uitpas-kansentarief-reason-no-legal-stay = Do you get urgent medical help from the OCMW? Then in many municipalities you can get the reduced rate, also without legal residence. But every municipality or region has its own rules. Ask the OCMW or the Sociaal Huis of your municipality.
right-uitpas-kansentarief-reason-vt-first = You can probably get the increased reimbursement. First apply for it at your ziekenfonds. With the certificate for it you can ask for the reduced rate in most municipalities. Some municipalities also look at your income themselves. Every municipality or region has its own rules. Ask at the UiTPAS desk or the Sociaal Huis of your municipality.
right-uitpas-kansentarief-otherwise = Based on your answers, you do not seem to have a right to the reduced rate. But every municipality or region has its own rules. In some municipalities the social supplement of the Groeipakket, a rent subsidy, a school or study grant or a job in a social workplace (maatwerkbedrijf, formerly a sheltered or social workshop) also give a right to the reduced rate. Ask your municipality or the Sociaal Huis.

## Offices

office-gemeente = Your municipality (UiTPAS desk or Sociaal Huis)
office-gemeente-in-person = Go to an UiTPAS desk, the Sociaal Huis or a community centre in your municipality. Ask there which rules apply in your municipality.
office-gemeente-phone = Call your municipality or the Sociaal Huis. The number is on the website of your municipality.
office-gemeente-online = Look on the website of your municipality. Search there for UiTPAS.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = Cheap holidays and day trips (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = With Iedereen Verdient Vakantie you can go on holiday or on a day trip cheaply if you have a low income.
right-vakantieparticipatie-counter = I would like to book a cheap holiday or day trip through Iedereen Verdient Vakantie.
right-vakantieparticipatie-reason-outside = You do not live in Flanders or Brussels. Iedereen Verdient Vakantie is a Flemish service.
right-vakantieparticipatie-reason-vt = You have the increased reimbursement. Then you can book cheap holidays and day trips through Iedereen Verdient Vakantie. Ask the OCMW or the CAW.
right-vakantieparticipatie-reason-debt = You get help with your budget or you are in a collective debt settlement. Then you can usually book cheap holidays and day trips through Iedereen Verdient Vakantie. Ask the OCMW or the CAW.
right-vakantieparticipatie-reason-vt-first = You can probably get the increased reimbursement. Ask your ziekenfonds for it first. After that you can book cheap holidays and day trips through the OCMW or the CAW.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie is for people with a low income, for example with the increased reimbursement. Do you think you have a right to it? Ask the OCMW or the CAW.

right-vakantieparticipatie-reason-brussels = You live in Brussels. Iedereen Verdient Vakantie is a Flemish service. Some Dutch-language organisations in Brussels take part. Ask the OCMW or the CAW.
