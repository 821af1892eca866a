# Energy, water and internet: sociaal tarief voor energie, verwarmingstoelage, energiehulp OCMW,
# sociaal tarief voor water, sociaal internet.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-verwarmingstoelage-summary = De verwarmingstoelage is geld voor uw verwarming. U krijgt het via het OCMW. Het is een deel van de prijs van stookolie, verwarmingspetroleum of propaan in een tank.
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

## Hulp van het OCMW bij uw energiefactuur

right-energiehulp-ocmw = Hulp van het OCMW bij uw energiefactuur
right-energiehulp-ocmw-summary = Kunt u uw factuur voor elektriciteit of gas moeilijk betalen? Dan kan het OCMW u helpen met geld, met hulp bij uw budget of met zuinige toestellen.
right-energiehulp-ocmw-counter = Ik kan mijn energiefactuur moeilijk betalen. Ik wil hulp vragen.

right-energiehulp-ocmw-reason-abroad = U woont niet in België. Deze hulp is er alleen bij een OCMW in België.
right-energiehulp-ocmw-reason-arrears = U heeft rekeningen die nog niet betaald zijn. Gaat het om uw factuur voor elektriciteit of gas? Dan kan het OCMW u helpen. U hoeft daarvoor nog geen klant te zijn bij het OCMW. Het OCMW praat met u en bekijkt uw situatie. Binnen 30 dagen beslist het welke hulp u krijgt. In Vlaanderen mag niemand uw elektriciteit, gas of water zomaar afsluiten. Eerst moet een commissie van het OCMW advies geven: de Lokale Adviescommissie (LAC). U mag daar zelf uw verhaal komen vertellen.
right-energiehulp-ocmw-reason-debt-help = U krijgt al hulp bij uw schulden of uw budget. Heeft u toch moeite met uw factuur voor elektriciteit of gas? Vraag dan aan het OCMW of het u kan helpen. Het OCMW bekijkt uw situatie en beslist binnen 30 dagen.
right-energiehulp-ocmw-otherwise = U heeft geen rekeningen die nog niet betaald zijn. Krijgt u later een energiefactuur die u niet kunt betalen? Ga dan naar het OCMW. U hoeft daarvoor nog geen klant van het OCMW te zijn.

## Sociaal tarief voor water

right-sociaal-tarief-water = Sociaal tarief voor water
right-sociaal-tarief-water-summary = Met het sociaal tarief voor water krijgt u een grote korting op uw hele waterfactuur.
right-sociaal-tarief-water-counter = Ik wil nagaan of ik het sociaal tarief voor water krijg.
right-sociaal-tarief-water-if-missing = Staat het sociaal tarief niet op uw waterfactuur? Vraag dan een attest aan de dienst die uw uitkering betaalt. Voor een leefloon is dat het OCMW. Voor een IGO is dat de Federale Pensioendienst. Bel 1765. Voor een IVT of een IT is dat de DG Personen met een handicap. Bel 0800 987 99. Voor een zorgbudget voor ouderen is dat uw zorgkas. Stuur het attest ten laatste op 31 december naar uw watermaatschappij.
right-sociaal-tarief-water-deadline = Komt het sociaal tarief niet vanzelf? Stuur het attest dan uiterlijk op 31 december van dit jaar naar uw watermaatschappij. Voor een jaar dat voorbij is, kunt u het niet meer vragen.

right-sociaal-tarief-water-reason-brussels = U woont in Brussel. Dit Vlaamse sociaal tarief geldt daar niet. In Brussel levert Vivaqua het water. Heeft u moeite met uw waterfactuur? Vraag raad aan het OCMW van uw gemeente.
right-sociaal-tarief-water-reason-wallonia = U woont in Wallonië. Dit Vlaamse sociaal tarief geldt daar niet. Heeft u moeite met uw waterfactuur? Vraag raad aan het OCMW (in het Frans: CPAS) van uw gemeente.
right-sociaal-tarief-water-reason-abroad = U woont niet in België. Dit sociaal tarief geldt alleen in Vlaanderen.
right-sociaal-tarief-water-reason-homeless = U heeft nu geen eigen woning, en dus ook geen waterfactuur. Krijgt u een leefloon, een equivalent leefloon, een IGO, een IVT, een IT of een zorgbudget voor ouderen, en huurt u later een woning? Dan kunt u het sociaal tarief voor water krijgen. Vraag het na bij de watermaatschappij als u verhuist.
right-sociaal-tarief-water-reason-care-home = U woont in een woonzorgcentrum. Daar is er meestal één waterfactuur voor iedereen. Dan krijgt u geen korting op een factuur, maar geld terug: een compensatie. Dat gebeurt vanzelf. Krijgt u niets? Vraag het na bij de watermaatschappij of bij het OCMW.
right-sociaal-tarief-water-reason-automatic = U of iemand in uw gezin krijgt een leefloon, een equivalent leefloon, een IGO, een IVT, een IT of een zorgbudget voor ouderen. Had u die uitkering al op 1 januari van dit jaar? Dan krijgt u het sociaal tarief voor water vanzelf. U hoeft niets te doen. Kreeg u de uitkering pas later in het jaar? Dan krijgt u het sociaal tarief pas vanaf 1 januari van het volgende jaar. Heeft uw gebouw één watermeter voor iedereen? Dan krijgt u geen korting op de factuur, maar geld terug (een compensatie). U krijgt daarover een brief.
right-sociaal-tarief-water-reason-vt-only = Alleen de verhoogde tegemoetkoming geeft geen recht op het sociaal tarief voor water. Een uitkering van het ziekenfonds ook niet.
right-sociaal-tarief-water-otherwise = Het sociaal tarief voor water is voor gezinnen met een leefloon, een equivalent leefloon, een IGO, een IVT, een IT of een zorgbudget voor ouderen. Krijgt u later zo'n uitkering? Dan kunt u het ook krijgen. Heeft u moeite met uw waterfactuur? Vraag raad aan het OCMW.


## Sociaal internet

right-sociaal-internet = Sociaal internet (sociaal internetaanbod)
right-sociaal-internet-summary = Met het sociaal internet betaalt u een lage, vaste prijs voor internet thuis.
right-sociaal-internet-counter = Ik wil het sociaal internetaanbod.

right-sociaal-internet-reason-abroad = U woont niet in België. Het sociaal internet is alleen voor wie in België woont.
right-sociaal-internet-reason-benefit = U of iemand in uw gezin krijgt een leefloon, een equivalent leefloon, een IGO, een IVT, een IT of een zorgbudget voor ouderen. Dan heeft uw gezin recht op het sociaal internet. Er is geen inkomensgrens. Wie recht heeft, kreeg normaal een brief. U moet wel zelf met uw identiteitskaart naar Proximus of Telenet (ook andere bedrijven mogen het aanbieden) gaan om over te stappen. Per gezin krijgt maar één persoon het sociaal internet. Heeft iemand in uw gezin nog het oude sociaal telefoontarief? Dan kan het niet allebei. Wie overstapt naar het sociaal internet, kan niet meer terug.
right-sociaal-internet-reason-vt-only = Alleen de verhoogde tegemoetkoming geeft geen recht meer op een korting voor telefoon of internet.
right-sociaal-internet-otherwise = Het sociaal internet is voor gezinnen met een van deze uitkeringen. Een leefloon of een equivalent leefloon. Of een IGO, een IVT of een IT. Of een zorgbudget voor ouderen. Ook enkele andere uitkeringen geven recht. Bijvoorbeeld een voorschot van het OCMW. Dat is geld van het OCMW terwijl u wacht. U wacht dan op een IGO of op een tegemoetkoming voor een handicap. Krijgt u zo'n voorschot? Vraag het dan na bij het OCMW. Krijgt u later een van deze uitkeringen? Dan kunt u het sociaal internet ook krijgen.


## Documents

document-leveringsfactuur = Kopie van de factuur of de leveringsbon van uw stookolie of propaan
document-leveringsfactuur-where = U krijgt die van uw leverancier bij de levering, of bij het tankstation.

document-attest-aantal-woningen = Alleen als u in een appartementsgebouw woont: een attest over het aantal woningen waarvoor de factuur is
document-attest-aantal-woningen-where = Vraag het aan de eigenaar of de beheerder van het gebouw.

## Offices

office-fod-economie = FOD Economie
office-fod-economie-phone = Bel de FOD Economie met uw vragen over het sociaal tarief voor energie.
office-fod-economie-online = Kijk op deze website of u het sociaal tarief krijgt, voor welk contract en voor welke periode.

office-watermaatschappij = Uw watermaatschappij (bijvoorbeeld De Watergroep, Farys, Pidpa of water-link)
office-watermaatschappij-phone = Bel uw watermaatschappij. Het nummer staat op uw waterfactuur.
office-watermaatschappij-online = Kijk op de website van uw watermaatschappij. De naam staat op uw waterfactuur.
office-watermaatschappij-letter = Stuur een brief of een e-mail naar uw watermaatschappij. Het adres staat op uw waterfactuur.

office-telecom-operator = Een internetbedrijf: Proximus of Telenet (ook andere bedrijven mogen het aanbieden)
office-telecom-operator-in-person = Ga met uw identiteitskaart naar een winkel van Proximus of Telenet (ook andere bedrijven mogen het aanbieden). Zeg dat u het sociaal internet wilt.
office-telecom-operator-phone = Bel de klantendienst van het internetbedrijf. Het nummer staat op de website van het bedrijf.

## Parameters

param-vf-income-limit = Verwarmingstoelage: inkomensgrens van het gezin per jaar (bruto belastbaar)
param-vf-income-limit-extra-person = Verwarmingstoelage: verhoging van de inkomensgrens per persoon ten laste
param-sociaal-internet-price = Sociaal internet: prijs per maand voor vast internet
param-sociaal-internet-bundle-max = Sociaal internet: hoogste prijs per maand voor een bundel

# Issue 13: no income check when the whole household has VT
right-verwarmingstoelage-reason-vt-household = Iedereen in uw gezin heeft de verhoogde tegemoetkoming. Dan kijkt het OCMW niet naar uw inkomen. Vraag de toelage aan het OCMW binnen 60 dagen na de levering. De datum van de levering staat op de factuur.

# Issue 13: sociaal internet for a zorgtoeslag with 4 points on pillar 1
right-sociaal-internet-reason-zorgtoeslag-points = Uw kind krijgt een zorgtoeslag met minstens 4 punten op de eerste pijler. Dan heeft uw gezin recht op het sociaal internet. Er is geen inkomensgrens. Wie recht heeft, kreeg normaal een brief. Ga met uw identiteitskaart naar uw internetbedrijf om over te stappen.

# Issue 13: minimale levering via het OCMW
right-minimale-levering-energie = Minimale levering van gas en elektriciteit via het OCMW
right-minimale-levering-energie-summary = Heeft u een budgetmeter en kunt u niet genoeg opladen? Dan kan het OCMW zorgen dat u in de winter toch gas heeft. Een kleine hoeveelheid elektriciteit blijft er altijd.
right-minimale-levering-energie-counter = Ik heb een budgetmeter en ik wil een minimale levering van gas of elektriciteit vragen.
right-minimale-levering-energie-reason-outside-flanders = U woont niet in Vlaanderen. Deze regeling met de budgetmeter is Vlaams. Heeft u moeite met uw energiefactuur? Vraag raad aan het OCMW van uw gemeente.
right-minimale-levering-energie-reason-housing = U heeft nu geen eigen energiemeter. Deze hulp is voor wie thuis een budgetmeter heeft.
right-minimale-levering-energie-reason-prepaid = U heeft een budgetmeter. Kunt u niet genoeg opladen? Dan kan het OCMW u van 1 november tot 31 maart een minimale levering van aardgas geven. Voor elektriciteit blijft er altijd een kleine hoeveelheid. Ga naar het OCMW. Het OCMW beslist.
right-minimale-levering-energie-otherwise = U heeft geen budgetmeter, of geen moeite om uw energie te betalen. Krijgt u later een budgetmeter en kunt u niet opladen? Ga dan naar het OCMW.
