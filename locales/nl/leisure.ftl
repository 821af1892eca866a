# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## UiTPAS met kansentarief

right-uitpas-kansentarief = UiTPAS met kansentarief
right-uitpas-kansentarief-summary = Met een UiTPAS met kansentarief krijgt u een grote korting op sport, cultuur en andere vrijetijdsactiviteiten in uw gemeente of regio.
right-uitpas-kansentarief-counter = Ik wil een UiTPAS met kansentarief.

right-uitpas-kansentarief-reason-outside = UiTPAS is een vrijetijdspas van Vlaamse gemeenten. Waar u woont, is er meestal geen UiTPAS. Vraag aan uw gemeente of het OCMW of er korting is voor vrije tijd.
right-uitpas-kansentarief-reason-brussels = U woont in Brussel. Elke gemeente of regio heeft eigen regels. Vraag aan uw gemeente of het OCMW of er een UiTPAS of een andere vrijetijdspas met korting is.
right-uitpas-kansentarief-reason-benefit = U of iemand in uw gezin krijgt een van deze uitkeringen. De verhoogde tegemoetkoming, een leefloon of een equivalent leefloon. Of een IGO, een IVT of een IT. Of een zorgbudget voor ouderen. In de meeste gemeenten krijgt u dan het kansentarief. Maar elke gemeente of regio heeft eigen regels. Vraag het aan de UiTPAS-balie of het Sociaal Huis van uw gemeente. Neem uw identiteitskaart mee. Neem ook een attest van uw uitkering mee. Wonen er gezinsleden bij u die u onderhoudt, zoals uw kinderen? Zij kunnen het ook krijgen. Het kansentarief geldt 1 jaar.
right-uitpas-kansentarief-reason-vt-automatic = U krijgt de verhoogde tegemoetkoming vanzelf. In de meeste gemeenten geeft dat recht op het kansentarief. Maar elke gemeente of regio heeft eigen regels. Vraag het aan de UiTPAS-balie of het Sociaal Huis van uw gemeente. Neem uw identiteitskaart en een attest van uw ziekenfonds mee.
right-uitpas-kansentarief-reason-debt = U krijgt hulp bij uw schulden of bij uw geld. Dat is budgetbegeleiding, budgetbeheer, schuldbemiddeling of een collectieve schuldenregeling. In de meeste gemeenten krijgt u dan het kansentarief. Maar elke gemeente of regio heeft eigen regels. Vraag het aan de UiTPAS-balie of het Sociaal Huis van uw gemeente. Neem uw identiteitskaart mee. Neem ook een attest mee. U krijgt dat attest van het OCMW, het CAW (Centrum Algemeen Welzijnswerk) of uw schuldbemiddelaar.
right-uitpas-kansentarief-reason-asylum-seeker = Krijgt u als asielzoeker opvang? Dan kunt u in veel gemeenten het kansentarief krijgen. Maar elke gemeente of regio heeft eigen regels. Vraag het aan de UiTPAS-balie of het Sociaal Huis van uw gemeente, of aan uw opvang.
right-uitpas-kansentarief-reason-no-legal-stay = Krijgt u dringende medische hulp van het OCMW? Dan kunt u in veel gemeenten het kansentarief krijgen, ook zonder wettig verblijf. Maar elke gemeente of regio heeft eigen regels. Vraag het aan het OCMW of het Sociaal Huis van uw gemeente.
right-uitpas-kansentarief-reason-vt-first = U kunt waarschijnlijk de verhoogde tegemoetkoming krijgen. Vraag die eerst aan bij uw ziekenfonds. Met het attest daarvan kunt u in de meeste gemeenten het kansentarief vragen. Sommige gemeenten kijken ook zelf naar uw inkomen. Elke gemeente of regio heeft eigen regels. Vraag het aan de UiTPAS-balie of het Sociaal Huis van uw gemeente.
right-uitpas-kansentarief-otherwise = Met uw antwoorden lijkt u geen recht te hebben op het kansentarief. Maar elke gemeente of regio heeft eigen regels. In sommige gemeenten krijgt u het kansentarief ook in deze gevallen. U krijgt de sociale toeslag van het Groeipakket, een huursubsidie, of een school- of studietoelage. Of u werkt in een maatwerkbedrijf (vroeger: beschutte of sociale werkplaats). Vraag het na bij uw gemeente of het Sociaal Huis.

## Offices

office-gemeente = Uw gemeente (UiTPAS-balie of Sociaal Huis)
office-gemeente-in-person = Ga naar een UiTPAS-balie, het Sociaal Huis of een ontmoetingscentrum in uw gemeente. Vraag daar welke regels in uw gemeente gelden.
office-gemeente-phone = Bel uw gemeente of het Sociaal Huis. Het nummer staat op de website van uw gemeente.
office-gemeente-online = Kijk op de website van uw gemeente. Zoek daar naar UiTPAS.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = Goedkope vakantie en uitstappen (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = Met Iedereen Verdient Vakantie kunt u goedkoop op vakantie of op uitstap als u een laag inkomen heeft.
right-vakantieparticipatie-counter = Ik wil een goedkope vakantie of uitstap boeken via Iedereen Verdient Vakantie.
right-vakantieparticipatie-reason-outside = U woont niet in Vlaanderen of Brussel. Iedereen Verdient Vakantie is een Vlaamse werking.
right-vakantieparticipatie-reason-vt = U heeft de verhoogde tegemoetkoming. Dan kunt u goedkope vakanties en uitstappen boeken via Iedereen Verdient Vakantie. Vraag het aan het OCMW of het CAW.
right-vakantieparticipatie-reason-debt = U krijgt hulp bij uw budget of u zit in een collectieve schuldenregeling. Dan kunt u meestal goedkope vakanties en uitstappen boeken via Iedereen Verdient Vakantie. Vraag het aan het OCMW of het CAW.
right-vakantieparticipatie-reason-vt-first = U kunt waarschijnlijk de verhoogde tegemoetkoming krijgen. Vraag die eerst aan bij uw ziekenfonds. Daarna kunt u goedkope vakanties en uitstappen boeken via het OCMW of het CAW.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie is voor mensen met een laag inkomen, bijvoorbeeld met de verhoogde tegemoetkoming. Denkt u dat u er recht op heeft? Vraag het aan het OCMW of het CAW.

right-vakantieparticipatie-reason-brussels = U woont in Brussel. Iedereen Verdient Vakantie is een Vlaamse werking. Sommige Nederlandstalige organisaties in Brussel doen mee. Vraag het aan het OCMW of het CAW.
