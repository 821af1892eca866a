# Legal aid and debt: pro-deoadvocaat, schuldhulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Pro-deoadvocaat

right-pro-deo = Pro-deoadvocaat (juridische tweedelijnsbijstand)
right-pro-deo-summary = Met een laag inkomen krijgt u een advocaat die u niets of maar een klein bedrag kost.
right-pro-deo-counter = Ik wil een pro-deoadvocaat aanvragen.

right-pro-deo-reason-no-problem = U zei dat u nu geen probleem heeft waarvoor u een advocaat nodig heeft. Heeft u later wel een advocaat nodig? Kom dan terug. Gratis eerste juridisch advies kan iedereen krijgen, bijvoorbeeld bij het OCMW, het CAW of het justitiehuis.
right-pro-deo-reason-minor = U bent jonger dan 18 jaar. Dan heeft u altijd recht op een gratis advocaat.
right-pro-deo-reason-presumed-benefit = U krijgt een leefloon, hulp van het OCMW, een IGO of een IVT. Dan gaat het Bureau voor Juridische Bijstand ervan uit dat uw inkomen laag genoeg is voor een gratis advocaat. Neem een attest van uw uitkering mee.
right-pro-deo-reason-free = Uw inkomen lijkt niet hoger dan de grens voor een volledig gratis advocaat. Vraag een pro-deoadvocaat aan bij het Bureau voor Juridische Bijstand. Heeft u al een advocaat? Die kan het ook voor u vragen.
right-pro-deo-reason-partial = Uw inkomen lijkt net boven de grens voor een volledig gratis advocaat, maar niet boven de tweede grens. Dan is de advocaat gedeeltelijk gratis: u betaalt een kleine bijdrage. Vraag het aan bij het Bureau voor Juridische Bijstand.
right-pro-deo-reason-children = Uw inkomen is hoger dan de gewone grens. Maar de grens is hoger voor elke persoon die ten laste van u is, zoals een kind. Het Bureau voor Juridische Bijstand rekent dat voor u uit. Vraag het daar.
right-pro-deo-reason-social-tenant = U huurt een sociale woning. Betaalt u maar de helft van de basishuur? Dan krijgt u waarschijnlijk een gratis advocaat. Vraag een attest aan uw woonmaatschappij en ga naar het Bureau voor Juridische Bijstand.
right-pro-deo-reason-stay-procedure = Gaat uw probleem over uw verblijf in België, bijvoorbeeld een regularisatie of een beroep? Dan krijgt u waarschijnlijk een gratis advocaat. Het Bureau voor Juridische Bijstand beslist. Vraag het daar, of vraag raad aan het OCMW of een CAW.
right-pro-deo-otherwise = Uw inkomen lijkt hoger dan de grenzen voor een gratis advocaat. Twijfelt u? Vraag het aan het Bureau voor Juridische Bijstand. Gratis eerste juridisch advies kan iedereen krijgen, bijvoorbeeld bij het OCMW, het CAW of het justitiehuis.

right-pro-deo-unverified-limits-2026 = De inkomensgrenzen veranderen elk jaar op 1 september. De grenzen vanaf 1 september 2026 zijn nog niet nagekeken. We gebruiken die van 1 september 2025.
right-pro-deo-unverified-presumptions = Het is nog niet nagekeken of mensen in collectieve schuldenregeling en alle asielzoekers vanzelf een gratis advocaat krijgen. Ook dat de IVT daarvoor telt, staat niet in alle bronnen.
right-pro-deo-unverified-contribution = Hoeveel u zelf betaalt als de advocaat gedeeltelijk gratis is, is nog niet nagekeken in de wet. Het Bureau voor Juridische Bijstand zegt het u.

## Hulp bij schulden

right-schuldhulp = Hulp bij schulden en bij uw budget
right-schuldhulp-summary = Kunt u uw rekeningen niet meer betalen? Dan helpt het OCMW of het CAW u. Ze geven raad, ze helpen u met uw budget, of ze doen schuldbemiddeling. Bij schuldbemiddeling maakt iemand een afbetalingsplan met de mensen aan wie u geld moet geven.
right-schuldhulp-counter = Ik heb schulden en ik wil hulp.

right-schuldhulp-reason-already-collective = U bent in collectieve schuldenregeling. De rechter heeft een schuldbemiddelaar aangesteld die uw aflossingsplan regelt. Heeft u vragen of nieuwe rekeningen die u niet kunt betalen? Spreek dan meteen met uw schuldbemiddelaar.
right-schuldhulp-reason-already-mediation = U krijgt al schuldbemiddeling. Heeft u vragen of nieuwe rekeningen die u niet kunt betalen? Spreek dan meteen met uw schuldbemiddelaar.
right-schuldhulp-reason-already-budget = U krijgt al budgetbegeleiding of budgetbeheer. Heeft u nieuwe rekeningen die u niet kunt betalen? Spreek dan meteen met uw begeleider.
right-schuldhulp-reason-abroad = U woont niet in België. Deze hulp is er voor wie in België woont.
right-schuldhulp-reason-arrears = U heeft rekeningen die u niet op tijd kon betalen. Het OCMW of het CAW kan u helpen. Bijvoorbeeld met advies, met een afspraak met wie u geld moet krijgen, met budgetbegeleiding of budgetbeheer, of met schuldbemiddeling. In een gesprek kijkt u samen wat past. Wacht niet te lang: hoe sneller, hoe beter.
right-schuldhulp-otherwise = U zei dat u geen schulden heeft. Heeft u later moeite om uw rekeningen te betalen? Vraag dan op tijd hulp aan het OCMW of het CAW.

right-schuldhulp-unverified-pro-deo = Bent u in collectieve schuldenregeling of in schuldbemiddeling? Krijgt u dan vanzelf een gratis advocaat? Dat hebben we nog niet nagekeken.

## Documents

document-gezinssamenstelling = Bewijs van gezinssamenstelling
document-gezinssamenstelling-where = Vraag het aan uw gemeente, of download het in Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Alleen als u een leefloon, een IGO of een IVT krijgt, of als u een sociale woning huurt: een attest daarvan
document-attest-categorie-pro-deo-where = Vraag het aan de dienst die u betaalt: het OCMW, de Federale Pensioendienst of de DG Personen met een handicap. Als sociale huurder vraagt u een huurattest aan uw woonmaatschappij.

document-documenten-zaak = Alle papieren over uw probleem: brieven, contracten, beslissingen
document-documenten-zaak-where = Verzamel alles wat u heeft. Gooi niets weg.

document-lijst-schulden = Een lijst van uw schulden, met de brieven van wie u geld moet krijgen
document-lijst-schulden-where = Verzamel alle rekeningen, aanmaningen en brieven. Het OCMW of het CAW helpt u om de lijst te maken.

## Offices

office-bureau-juridische-bijstand = Bureau voor Juridische Bijstand (BJB) van de advocaten
office-bureau-juridische-bijstand-in-person = Ga naar het Bureau voor Juridische Bijstand. Het is meestal in het gerechtsgebouw van uw streek. Heeft u al een advocaat? Die kan het ook voor u vragen.
office-bureau-juridische-bijstand-phone = Bel het Bureau voor Juridische Bijstand. Het nummer staat op de website van de advocaten (de balie) in uw streek. U kunt het ook vragen aan het OCMW of een CAW.

## Parameters

param-pro-deo-limit-single-full = Pro-deoadvocaat, alleenstaande: volledig gratis tot dit netto inkomen per maand
param-pro-deo-limit-single-partial = Pro-deoadvocaat, alleenstaande: gedeeltelijk gratis tot dit netto inkomen per maand
param-pro-deo-limit-family-full = Pro-deoadvocaat, met personen ten laste of samenwonend: volledig gratis tot dit netto inkomen per maand
param-pro-deo-limit-family-partial = Pro-deoadvocaat, met personen ten laste of samenwonend: gedeeltelijk gratis tot dit netto inkomen per maand
