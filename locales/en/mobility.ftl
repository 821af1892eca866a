# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = Cheaper travel with De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = With a low income or a disability you get a De Lijn season ticket for bus and tram at a low price or for free.
right-de-lijn-vervoergarantie-counter = I would like a De Lijn season ticket at a social rate.
right-de-lijn-vervoergarantie-if-missing = If you do not get the free season ticket automatically, ask for it in a Lijnwinkel (De Lijn shop). Bring a certificate of your benefit. You get that certificate from the DG Personen met een handicap (the federal disability service), on the free number 0800 987 99.
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
right-de-lijn-vervoergarantie-reason-vt = You have the increased reimbursement. Then you get a cheaper De Lijn season ticket. Apply for it in a Lijnwinkel (De Lijn shop). Bring a certificate from your ziekenfonds that is not older than 3 months.
right-de-lijn-vervoergarantie-reason-vt-first = You can probably get the increased reimbursement. First apply for it at your ziekenfonds. After that you get a cheaper De Lijn season ticket.
right-de-lijn-vervoergarantie-reason-vaph = You or someone in your household has a disability. Is that person registered with the VAPH (Flemish Agency for Persons with a Disability)? Then that person usually travels for free with De Lijn. Ask De Lijn.
right-de-lijn-vervoergarantie-otherwise = You do not have a leefloon, IGO, increased reimbursement or disability benefit. Then there is no lower rate at De Lijn. Children younger than 6 do travel for free. Some municipalities pay back part of your season ticket. Ask your municipality.

right-de-lijn-vervoergarantie-unverified-prices = The prices of De Lijn change. We have not yet checked the price of the season ticket with the increased reimbursement.

## NMBS discount card

right-nmbs-kortingkaart = NMBS discount card (increased reimbursement)
right-nmbs-kortingkaart-summary = With this free card you buy second-class train tickets at half price.
right-nmbs-kortingkaart-counter = I would like a discount card for people with the increased reimbursement.
right-nmbs-kortingkaart-deadline = The card is valid for 1 year, or 5 years if you are 65 or older. Ask for a new card in time.

right-nmbs-kortingkaart-reason-abroad = You do not live in Belgium. This card is for people who have the increased reimbursement from a Belgian ziekenfonds.
right-nmbs-kortingkaart-reason-vt = You have the increased reimbursement. Then you, your partner and your dependent children can get this card. Ask for it online in your My NMBS account, or at the counter in the station with your identity card and a MOBIB card.
right-nmbs-kortingkaart-reason-vt-first = You can probably get the increased reimbursement. First apply for it at your ziekenfonds. After that you can ask the NMBS for this card.
right-nmbs-kortingkaart-otherwise = This card is only for people who have the increased reimbursement, and for their family. Do you have a severe disability? Then someone who goes with you can sometimes travel with you for free, with a card for a companion (Kaart voor Begeleider). Ask about it at the NMBS counter.

## Parking card

right-parkeerkaart = Parking card for people with a disability
right-parkeerkaart-summary = With the parking card you may park in places for people with a disability, as a driver or as a passenger.
right-parkeerkaart-counter = I would like to apply for a parking card for people with a disability.
right-parkeerkaart-deadline = Do you have a card with an end date? It is not renewed automatically. Apply for a new card 6 months before the end date.

right-parkeerkaart-reason-abroad = You do not live in Belgium. The Belgian parking card is for people who live in Belgium.
right-parkeerkaart-reason-assessment = You or someone in your household has a disability. Whether that person gets a parking card depends on the recognition by a doctor of the DG Personen met een handicap (the federal disability service), for example how difficult it is for that person to move around. Does that person already have a recognition? Then a new medical certificate is usually not needed. Then contact the DG.
right-parkeerkaart-otherwise = You said that nobody in your household has a disability. The parking card is only for people with a disability.

## Documents

document-attest-igo = Only if you get an IGO: a certificate from the Federale Pensioendienst
document-attest-igo-where = Ask the Federale Pensioendienst for it. Call the pension line 1765 or look on mypension.be.

document-attest-verhoogde-tegemoetkoming = If you have the increased reimbursement: a certificate from your ziekenfonds, not older than 3 months
document-attest-verhoogde-tegemoetkoming-where = Ask your ziekenfonds for it, or download it on the website or in the app of your ziekenfonds. At the NMBS you only need it if the counter cannot check your increased reimbursement.

document-mobib-kaart = MOBIB card with your name
document-mobib-kaart-where = You get it at the NMBS counter. A new card costs a small amount.

document-pasfoto = Only if the counter cannot check your increased reimbursement: a recent passport photo
document-pasfoto-where = At a photographer or in a photo booth.

## Offices

office-de-lijn = De Lijn
office-de-lijn-in-person = Go to a Lijnwinkel (De Lijn shop).
office-de-lijn-letter = You can also send your application by post. Send a copy of your certificate with it.
office-de-lijn-online = On the De Lijn website you can find information about the season tickets and the prices.

office-nmbs = NMBS
office-nmbs-in-person = Go to the counter in a station. Bring your identity card and your MOBIB card.
office-nmbs-online = Apply for the card online in your My NMBS account, on the NMBS website.

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = You get the care budget for older people with a care need. Then you travel free with De Lijn. The pass usually comes automatically. If it does not, ask for it in a Lijnwinkel and bring the letter about your care budget.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = NMBS companion card (Kaart voor Begeleider)
right-nmbs-kaart-voor-begeleider-summary = With the companion card, someone travels with you by train for free if you have a disability.
right-nmbs-kaart-voor-begeleider-counter = I would like to apply for a companion card.
right-nmbs-kaart-voor-begeleider-reason-abroad = You do not live in Belgium. This card is for people who live in Belgium.
right-nmbs-kaart-voor-begeleider-reason-points = You or someone in your household has at least 12 points for self-reliance. Then that person can get a companion card. A companion then travels free by train. Apply for the card at the NMBS, with the certificate of the DG Persons with Disabilities.
right-nmbs-kaart-voor-begeleider-reason-check = The companion card is for people with at least 12 points for self-reliance, 80 % disability, or at least 50 % disability of the legs. This is in the decision of the DG Persons with Disabilities. Don't know? Call 0800 987 99 for free.
right-nmbs-kaart-voor-begeleider-otherwise = The companion card is for people with a recognised disability of at least 12 points for self-reliance, or 80 %. You did not say so.
right-nmbs-kaart-voor-begeleider-unverified-criteria = The conditions come from pages of OCMWs and other services, not from the NMBS itself. They have not yet been checked with the NMBS.
