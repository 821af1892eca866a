# Rights: right-<id> is the name, right-<id>-summary one plain sentence, right-<id>-counter the
# sentence to say at the counter, right-<id>-if-missing (rights that can come automatically) what
# to do if it does not come. Then every reason, otherwise and unverified message of the right.
# No amounts here: amounts come from the parameters.

## Leefloon

right-leefloon = Leefloon
right-leefloon-summary = Het leefloon is geld van het OCMW als u te weinig inkomen heeft om van te leven.
right-leefloon-counter = Ik wil een leefloon aanvragen.

right-leefloon-reason-already = U krijgt al een leefloon.
right-leefloon-reason-has-equivalent = U krijgt al een equivalent leefloon. Dat is dezelfde hulp van het OCMW. U krijgt niet allebei.
right-leefloon-reason-abroad = U woont niet in België. Het leefloon is alleen voor wie in België woont.
right-leefloon-reason-foreigners-register = Met uw verblijf kunt u geen leefloon krijgen. U kunt wel een equivalent leefloon vragen aan het OCMW. Dat is evenveel geld.
right-leefloon-reason-asylum-seeker = Als asielzoeker krijgt u geen leefloon. U krijgt opvang van Fedasil of van een lokaal opvanginitiatief (LOI).
right-leefloon-reason-no-legal-stay = Zonder wettig verblijf kunt u geen leefloon krijgen. Het OCMW kan wel dringende medische hulp geven. Dat is hulp van een dokter of in het ziekenhuis, en geneesmiddelen.
right-leefloon-reason-minor = U bent jonger dan 18 jaar. Dan krijgt u meestal geen leefloon. Dat kan wel als u zwanger bent, een kind heeft of getrouwd bent.
right-leefloon-reason-request-family = U woont met uw kinderen en uw inkomen is lager dan het leefloon voor een gezin met kinderen. U kunt een leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat. Het OCMW beslist binnen 30 dagen.
right-leefloon-reason-request-single = U woont alleen en uw inkomen is lager dan het leefloon voor iemand die alleen woont. U kunt een leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat. Het OCMW beslist binnen 30 dagen.
right-leefloon-reason-request-couple = U woont met uw partner. Jullie inkomen samen is lager dan het leefloon voor twee mensen die samenwonen. U kunt een leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat. Het OCMW beslist binnen 30 dagen.
right-leefloon-reason-request-cohabiting = U woont samen met andere volwassenen. Uw inkomen is lager dan het laagste leefloon. U kunt een leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat. Het OCMW beslist binnen 30 dagen.
right-leefloon-reason-cohabitation = U woont samen met andere volwassenen. Het OCMW beslist in een gesprek of u samenwonend bent. Dat is zo als u de kosten van het huishouden vooral samen deelt. Daarvan hangt af of u een leefloon krijgt en hoeveel. Vraag het aan het OCMW.
right-leefloon-otherwise = Uw inkomen is hoger dan het leefloon. Is uw inkomen gedaald, of heeft u hoge kosten? Vraag dan raad aan het OCMW.

right-leefloon-unverified-indexation-2026 = Het leefloon stijgt als de prijzen stijgen. Of het in 2026 al gestegen is, is nog niet nagekeken. We gebruiken de bedragen van 1 februari 2025.
right-leefloon-unverified-reform-2026 = Sinds 1 maart 2026 kan het OCMW ook het inkomen meetellen van andere volwassen familieleden die bij u wonen, zoals grootouders. Het is nog niet duidelijk of het OCMW dat moet doen of alleen mag doen.

## Equivalent leefloon

right-equivalent-leefloon = Equivalent leefloon
right-equivalent-leefloon-summary = Het equivalent leefloon is geld van het OCMW voor vreemdelingen in het vreemdelingenregister die te weinig inkomen hebben om van te leven.
right-equivalent-leefloon-counter = Ik wil een equivalent leefloon aanvragen.

right-equivalent-leefloon-reason-already = U krijgt al een equivalent leefloon.
right-equivalent-leefloon-reason-has-leefloon = U krijgt al een leefloon. Het equivalent leefloon is dezelfde hulp, voor mensen in het vreemdelingenregister. U krijgt niet allebei.
right-equivalent-leefloon-reason-abroad = U woont niet in België. Het equivalent leefloon is alleen voor wie in België woont.
right-equivalent-leefloon-reason-leefloon-instead = Het equivalent leefloon is voor vreemdelingen in het vreemdelingenregister. Met uw nationaliteit of verblijf is het gewone leefloon uw recht.
right-equivalent-leefloon-reason-asylum-seeker = Als asielzoeker krijgt u meestal geen equivalent leefloon. U krijgt opvang van Fedasil of van een lokaal opvanginitiatief (LOI).
right-equivalent-leefloon-reason-no-legal-stay = Zonder wettig verblijf kunt u geen equivalent leefloon krijgen. Het OCMW kan wel dringende medische hulp geven. Dat is hulp van een dokter of in het ziekenhuis, en geneesmiddelen.
right-equivalent-leefloon-reason-minor = U bent jonger dan 18 jaar. Dan krijgt u meestal geen equivalent leefloon. Dat kan wel als u zwanger bent of een kind heeft.
right-equivalent-leefloon-reason-request-family = U woont met uw kinderen en uw inkomen is lager dan het bedrag voor een gezin met kinderen. U kunt een equivalent leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat.
right-equivalent-leefloon-reason-request-single = U woont alleen en uw inkomen is lager dan het bedrag voor iemand die alleen woont. U kunt een equivalent leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat.
right-equivalent-leefloon-reason-request-couple = U woont met uw partner. Jullie inkomen samen is lager dan het bedrag voor twee mensen die samenwonen. U kunt een equivalent leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat.
right-equivalent-leefloon-reason-request-cohabiting = U woont samen met andere volwassenen. Uw inkomen is lager dan het laagste bedrag. U kunt een equivalent leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat.
right-equivalent-leefloon-reason-cohabitation = U woont samen met andere volwassenen. Het OCMW beslist in een gesprek of u samenwonend bent. Dat is zo als u de kosten van het huishouden vooral samen deelt. Daarvan hangt af of u een equivalent leefloon krijgt en hoeveel. Vraag het aan het OCMW.
right-equivalent-leefloon-otherwise = Uw inkomen is hoger dan het equivalent leefloon. Is uw inkomen gedaald, of heeft u hoge kosten? Vraag dan raad aan het OCMW.

right-equivalent-leefloon-unverified-indexation-2026 = Het equivalent leefloon is even hoog als het leefloon. Of het in 2026 al gestegen is, is nog niet nagekeken. We gebruiken de bedragen van 1 februari 2025.
right-equivalent-leefloon-unverified-waiting-register = Eén gemeente schrijft dat ook mensen in het wachtregister een equivalent leefloon kunnen krijgen. Dat is nog niet nagekeken.
right-equivalent-leefloon-unverified-temporary-protection = De tijdelijke bescherming voor mensen uit Oekraïne was verlengd tot 4 maart 2026. Of ze daarna nog verlengd is, is nog niet nagekeken.

## Verhoogde tegemoetkoming

right-verhoogde-tegemoetkoming = Verhoogde tegemoetkoming
right-verhoogde-tegemoetkoming-summary = Met de verhoogde tegemoetkoming van uw ziekenfonds betaalt u minder voor de dokter en andere zorg, en krijgt u nog andere voordelen.
right-verhoogde-tegemoetkoming-counter = Ik wil de verhoogde tegemoetkoming aanvragen.
right-verhoogde-tegemoetkoming-if-missing = Krijgt u de verhoogde tegemoetkoming niet vanzelf? Vraag dan een attest aan de dienst die uw uitkering betaalt, bijvoorbeeld het OCMW. Geef dat attest aan uw ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = U krijgt al de verhoogde tegemoetkoming.
right-verhoogde-tegemoetkoming-reason-abroad = U woont niet in België. Dan krijgt u deze hulp van een Belgisch ziekenfonds meestal niet. Vraag het na bij uw ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Zonder wettig verblijf is er dringende medische hulp van het OCMW. Dat is hulp van een dokter of in het ziekenhuis, en geneesmiddelen. Vraag ernaar bij het OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Als asielzoeker krijgt u medische zorg via de opvang: Fedasil of het lokaal opvanginitiatief (LOI). Vraag het aan de sociale dienst van uw opvang. Krijgt u later een verblijfsrecht? Dan kunt u de verhoogde tegemoetkoming vragen aan een ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = U of iemand in uw gezin krijgt een IGO, een IVT, een IT, een zorgbudget voor ouderen of een zorgtoeslag voor een kind. Dan krijgt uw hele gezin de verhoogde tegemoetkoming vanzelf. U hoeft niets te doen.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = U krijgt een leefloon of een equivalent leefloon. Na 3 volle maanden krijgt u dan vanzelf de verhoogde tegemoetkoming van uw ziekenfonds. U hoeft niets te doen.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = U kunt waarschijnlijk een leefloon of een equivalent leefloon krijgen. Krijgt u dat 3 volle maanden, dan volgt de verhoogde tegemoetkoming vanzelf. U kunt ze nu ook al vragen aan uw ziekenfonds.
right-verhoogde-tegemoetkoming-reason-request-income = Het inkomen van uw gezin is niet hoger dan de grens. Vraag de verhoogde tegemoetkoming aan uw ziekenfonds. Soms stuurt het ziekenfonds u zelf een brief om ze aan te vragen. U hoeft niet op die brief te wachten.
right-verhoogde-tegemoetkoming-reason-request-current-income = U bent met pensioen, al minstens 3 maanden werkzoekend of arbeidsongeschikt, alleenstaande ouder, of u heeft tijdelijke bescherming. Dan telt het inkomen van de laatste maand. Dat inkomen is niet hoger dan de grens. Vraag de verhoogde tegemoetkoming aan uw ziekenfonds.
right-verhoogde-tegemoetkoming-otherwise = Het inkomen van uw gezin lijkt hoger dan de grens. Is uw inkomen nu lager, bijvoorbeeld door ziekte, werkloosheid of pensioen? Vraag dan raad aan uw ziekenfonds.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = De inkomensgrenzen voor 2025 en 2026 zijn nog niet nagekeken. We gebruiken de grens voor aanvragen in 2024.

## Sociaal tarief voor energie

right-sociaal-tarief-energie = Sociaal tarief voor energie
right-sociaal-tarief-energie-summary = Met het sociaal tarief betaalt u een lagere prijs voor elektriciteit, aardgas of warmte.
right-sociaal-tarief-energie-counter = Ik wil weten of ik het sociaal tarief voor energie krijg.
right-sociaal-tarief-energie-if-missing = Kijk op sociaaltarief.economie.fgov.be of u het sociaal tarief krijgt. Staat het er niet? Vraag dan een attest aan de dienst die uw uitkering betaalt, bijvoorbeeld het OCMW, of aan uw woonmaatschappij als u sociaal huurt. Stuur dat attest naar uw energieleverancier. Bij een nieuw contract kan het een paar maanden duren.

right-sociaal-tarief-energie-reason-abroad = U woont niet in België. Het sociaal tarief geldt alleen voor uw woonadres in België.
right-sociaal-tarief-energie-reason-automatic-benefit = U of iemand in uw gezin krijgt een uitkering die recht geeft op het sociaal tarief. Het wordt vanzelf toegepast op uw woonadres. U hoeft niets te doen.
right-sociaal-tarief-energie-reason-automatic-social-tenant = U huurt een sociale woning met een gemeenschappelijke verwarming op aardgas. Dan heeft u recht op het sociaal tarief. U hoeft het meestal niet zelf aan te vragen.
right-sociaal-tarief-energie-reason-vt-only = Sinds 1 juli 2023 geeft de verhoogde tegemoetkoming alleen geen recht meer op het sociaal tarief voor energie.
right-sociaal-tarief-energie-otherwise = U krijgt geen uitkering die recht geeft op het sociaal tarief. Heeft u moeite om uw energiefactuur te betalen? Vraag dan hulp aan het OCMW.

right-sociaal-tarief-energie-unverified-collective-premium = Woont u in een gebouw met een gemeenschappelijke verwarming, zonder eigen contract? Sinds 3 september 2024 kunt u dan een premie vragen. Waar u die aanvraagt, is nog niet nagekeken.
right-sociaal-tarief-energie-unverified-reform = Er is een voorstel om het sociaal tarief te geven op basis van het inkomen. Of dat al beslist is, is nog niet nagekeken.

## Verwarmingstoelage

right-verwarmingstoelage = Verwarmingstoelage (Sociaal Verwarmingsfonds)
right-verwarmingstoelage-summary = De verwarmingstoelage is geld dat u via het OCMW krijgt voor een deel van de prijs van stookolie, verwarmingspetroleum of propaan in een tank.
right-verwarmingstoelage-counter = Ik wil een verwarmingstoelage aanvragen.
right-verwarmingstoelage-deadline = Vraag de toelage aan binnen 60 dagen na de levering. De datum van de levering staat op de factuur.

right-verwarmingstoelage-reason-abroad = U woont niet in België. De toelage is alleen voor de woning in België waar u gewoonlijk woont.
right-verwarmingstoelage-reason-fuel = De verwarmingstoelage is alleen voor stookolie (mazout), verwarmingspetroleum aan de pomp of propaan in een tank. Niet voor aardgas, elektriciteit of gas in flessen.
right-verwarmingstoelage-reason-vt-alone = U woont alleen en u heeft de verhoogde tegemoetkoming. Dan kijkt het OCMW niet naar uw inkomen. Vraag de toelage aan het OCMW binnen 60 dagen na de levering. De datum van de levering staat op de factuur.
right-verwarmingstoelage-reason-low-income = Het inkomen van uw gezin is niet hoger dan de grens. Vraag de toelage aan het OCMW binnen 60 dagen na de levering. De datum van de levering staat op de factuur.
right-verwarmingstoelage-reason-debt = U bent in schuldbemiddeling of in collectieve schuldenregeling. Kunt u de factuur van uw verwarming niet betalen? Dan kunt u de toelage krijgen. Het OCMW beoordeelt dat. Vraag de toelage aan binnen 60 dagen na de levering.
right-verwarmingstoelage-otherwise = Het inkomen van uw gezin lijkt hoger dan de grens. Twijfelt u? Vraag het dan aan het OCMW, binnen 60 dagen na de levering.

right-verwarmingstoelage-unverified-limit-2025 = De inkomensgrens vanaf 1 mei 2025 is nog niet nagekeken. We gebruiken de grens vanaf 1 februari 2025. Die komt niet uit een officiële bron.
right-verwarmingstoelage-unverified-ten-laste = Wie als persoon ten laste telt, hangt af van het inkomen van die persoon. Twee bronnen noemen daarvoor een ander bedrag. Dat is nog niet nagekeken.
