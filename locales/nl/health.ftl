# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Verhoogde tegemoetkoming

right-verhoogde-tegemoetkoming = Verhoogde tegemoetkoming
right-verhoogde-tegemoetkoming-summary = Met de verhoogde tegemoetkoming van uw ziekenfonds betaalt u minder voor de dokter en andere zorg, en krijgt u nog andere voordelen.
right-verhoogde-tegemoetkoming-counter = Ik wil de verhoogde tegemoetkoming aanvragen.
right-verhoogde-tegemoetkoming-if-missing = Krijgt u de verhoogde tegemoetkoming niet vanzelf? Vraag dan een attest aan de dienst die uw uitkering betaalt, bijvoorbeeld het OCMW. Geef dat attest aan uw ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = U krijgt al de verhoogde tegemoetkoming.
right-verhoogde-tegemoetkoming-reason-abroad = U woont niet in België. Dan krijgt u deze hulp van een Belgisch ziekenfonds meestal niet. Vraag het na bij uw ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Zonder wettig verblijf is er dringende medische hulp van het OCMW. Dat is hulp van een dokter of in het ziekenhuis, en geneesmiddelen. Vraag ernaar bij het OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Als asielzoeker krijgt u medische zorg via de opvang: Fedasil of het lokaal opvanginitiatief (LOI). Vraag het aan de sociale dienst van uw opvang. Krijgt u later een verblijfsrecht? Dan kunt u de verhoogde tegemoetkoming vragen aan een ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = U of iemand in uw gezin krijgt een IGO, een IVT, een IT, een zorgbudget voor ouderen of een zorgtoeslag voor een kind met minstens 4 punten op de eerste pijler. Dan krijgt uw hele gezin de verhoogde tegemoetkoming vanzelf. U hoeft niets te doen.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = U krijgt een leefloon of een equivalent leefloon. Na 3 volle maanden krijgt u dan vanzelf de verhoogde tegemoetkoming van uw ziekenfonds. U hoeft niets te doen.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = U kunt waarschijnlijk een leefloon of een equivalent leefloon krijgen. Krijgt u dat 3 volle maanden, dan volgt de verhoogde tegemoetkoming vanzelf. U kunt de verhoogde tegemoetkoming nu ook al vragen aan uw ziekenfonds.
right-verhoogde-tegemoetkoming-reason-request-income = Het inkomen van uw gezin is niet hoger dan de grens. Vraag de verhoogde tegemoetkoming aan uw ziekenfonds. Soms stuurt het ziekenfonds u zelf een brief om ze aan te vragen. U hoeft niet op die brief te wachten.
right-verhoogde-tegemoetkoming-reason-request-current-income = U bent met pensioen, al minstens 3 maanden werkzoekend of arbeidsongeschikt, alleenstaande ouder, of u heeft tijdelijke bescherming. Dan telt het inkomen van de laatste maand. Dat inkomen is niet hoger dan de grens. Vraag de verhoogde tegemoetkoming aan uw ziekenfonds.
right-verhoogde-tegemoetkoming-otherwise = Het inkomen van uw gezin lijkt hoger dan de grens. Is uw inkomen nu lager, bijvoorbeeld door ziekte, werkloosheid of pensioen? Vraag dan raad aan uw ziekenfonds.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = De inkomensgrenzen voor 2025 en 2026 zijn nog niet nagekeken. We gebruiken de grens voor aanvragen in 2024.

## Maximumfactuur

right-maximumfactuur = Maximumfactuur
right-maximumfactuur-summary = Met de maximumfactuur betaalt uw gezin per jaar niet meer dan een vast bedrag aan remgeld. Remgeld is het deel van de prijs voor de dokter of het ziekenhuis dat u zelf betaalt.
right-maximumfactuur-counter = Ik wil nagaan of ik geld terugkrijg met de maximumfactuur.
right-maximumfactuur-if-missing = De maximumfactuur komt vanzelf. De eerste terugbetalingen komen meestal pas in het begin van de zomer, omdat het ziekenfonds eerst de gegevens over uw inkomen moet krijgen. Denkt u dat u te veel remgeld betaalde? Vraag het aan uw ziekenfonds. Is uw inkomen sterk gedaald, bijvoorbeeld door ziekte of werkloosheid? Vraag uw ziekenfonds dan om naar uw inkomen van nu te kijken.

right-maximumfactuur-reason-abroad = U woont niet in België. Dan krijgt u de maximumfactuur van een Belgisch ziekenfonds meestal niet. Vraag het na bij uw ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Zonder wettig verblijf bent u meestal niet bij een ziekenfonds. Het OCMW kan wel dringende medische hulp geven. Dat is hulp van een dokter of in het ziekenhuis, en geneesmiddelen.
right-maximumfactuur-reason-asylum-seeker = Als asielzoeker krijgt u medische hulp via uw opvang: Fedasil of een lokaal opvanginitiatief (LOI). Bent u toch bij een ziekenfonds? Dan geldt de maximumfactuur ook voor u.
right-maximumfactuur-reason-it-partner = U krijgt een IT en u woont met een partner. Heeft uw partner een inkomen? Dan geeft de IT geen recht op de lagere sociale maximumfactuur. De gewone maximumfactuur geldt wel. Die hangt af van het inkomen van uw gezin. Uw ziekenfonds past de maximumfactuur vanzelf toe. U hoeft niets te doen.
right-maximumfactuur-reason-social = Uw gezin heeft de verhoogde tegemoetkoming. Dan geldt de sociale maximumfactuur. Dat is een lage grens. Betaalt uw gezin in een jaar meer remgeld dan die grens? Dan betaalt uw ziekenfonds het teveel vanzelf terug. U hoeft niets te doen.
right-maximumfactuur-reason-income-vt-pending = Iedereen met een ziekenfonds heeft een maximumfactuur. Uw ziekenfonds past de maximumfactuur vanzelf toe. U kunt waarschijnlijk ook de verhoogde tegemoetkoming krijgen. Dan geldt een lagere grens: de sociale maximumfactuur. Vraag dus eerst de verhoogde tegemoetkoming aan.
right-maximumfactuur-reason-income = Iedereen met een ziekenfonds heeft een maximumfactuur. Betaalt uw gezin in een jaar meer remgeld dan een grens? Dan betaalt uw ziekenfonds het teveel vanzelf terug. Hoe hoog de grens is, hangt af van het inkomen van uw gezin. Uw gezin zijn alle mensen die op 1 januari op uw adres woonden. U hoeft niets te doen.
right-maximumfactuur-otherwise = U heeft geen ziekenfonds in België. Dan geldt de maximumfactuur niet voor u.

right-maximumfactuur-unverified-amounts-2025-2026 = De grenzen van de maximumfactuur voor 2025 en 2026 zijn nog niet nagekeken. We kennen alleen de grenzen van 2024.

## Dringende medische hulp

right-dringende-medische-hulp = Dringende medische hulp
right-dringende-medische-hulp-summary = Dringende medische hulp komt van het OCMW. U krijgt dan zorg van een dokter of in het ziekenhuis. U krijgt ook geneesmiddelen. Dat kan ook zonder wettig verblijf (zonder papieren).
right-dringende-medische-hulp-counter = Ik wil dringende medische hulp aanvragen.

right-dringende-medische-hulp-reason-abroad = U woont niet in België. Dringende medische hulp is voor mensen die in België verblijven.
right-dringende-medische-hulp-reason-no-legal-stay = U heeft geen wettig verblijf. Toch kunt u dringende medische hulp vragen. Ga daarvoor naar het OCMW van de gemeente waar u echt verblijft. De naam zegt "dringend", maar het is niet alleen voor noodgevallen. Het is ook voor een gewoon bezoek aan de dokter. En voor het ziekenhuis en voor geneesmiddelen. Een dokter schrijft een attest. Het OCMW doet een sociaal onderzoek: het bekijkt uw situatie en komt bij u thuis. Het OCMW beslist binnen 30 dagen.
right-dringende-medische-hulp-reason-eu = U bent burger van een land van de Europese Unie. Dan gaat u voor zorg meestal naar een ziekenfonds. Bent u nog geen 3 maanden in België en heeft u geen ziekenfonds? Vraag dan aan het OCMW of u dringende medische hulp kunt krijgen.
right-dringende-medische-hulp-reason-asylum-seeker = Als asielzoeker krijgt u medische hulp via uw opvang: Fedasil of een lokaal opvanginitiatief (LOI). Vraag het daar.
right-dringende-medische-hulp-otherwise = U heeft een wettig verblijf in België. Dan krijgt u zorg via uw ziekenfonds. Dringende medische hulp is voor mensen zonder wettig verblijf.

right-dringende-medische-hulp-unverified-eu = Burgers van de Europese Unie in hun eerste 3 maanden in België kunnen soms ook dringende medische hulp krijgen. Dat komt niet uit een officiële bron en is nog niet nagekeken.

## Documents

document-verklaring-op-erewoord = Verklaring op erewoord, getekend door alle volwassenen in uw gezin
document-verklaring-op-erewoord-where = U krijgt het formulier bij uw ziekenfonds.

document-attest-dringende-medische-hulp = Attest dringende medische hulp van een dokter
document-attest-dringende-medische-hulp-where = De dokter die u onderzoekt, schrijft het. Vraag er zelf naar.

document-identiteitsbewijs = Uw paspoort of een ander bewijs van wie u bent, als u dat heeft
document-identiteitsbewijs-where = Neem mee wat u heeft. Heeft u niets? Ga toch naar het OCMW.

document-bewijs-financiele-toestand = Papieren over uw geld, als u die heeft: wat u krijgt en wat u heeft
document-bewijs-financiele-toestand-where = Bijvoorbeeld rekeninguittreksels van uw bank. Heeft u geen papieren? Dan vraagt het OCMW ernaar in het gesprek.

## Offices

office-ziekenfonds = Uw ziekenfonds
office-ziekenfonds-in-person = Ga naar een kantoor van uw ziekenfonds.
office-ziekenfonds-phone = Bel uw ziekenfonds. Het nummer staat op de brieven en de website van uw ziekenfonds.
office-ziekenfonds-online = Log in op de website of de app van uw ziekenfonds, bijvoorbeeld MyCM of Mijn Helan.

## Parameters

param-vt-income-limit = Verhoogde tegemoetkoming: inkomensgrens van het gezin per jaar (bruto belastbaar)
param-vt-income-limit-extra-person = Verhoogde tegemoetkoming: verhoging van de inkomensgrens per extra gezinslid
param-maf-income-bracket-1 = Maximumfactuur: bovengrens van inkomensschijf 1 (netto belastbaar gezinsinkomen per jaar)
param-maf-income-bracket-2 = Maximumfactuur: bovengrens van inkomensschijf 2 (netto belastbaar gezinsinkomen per jaar)
param-maf-income-bracket-3 = Maximumfactuur: bovengrens van inkomensschijf 3 (netto belastbaar gezinsinkomen per jaar)
param-maf-income-bracket-4 = Maximumfactuur: bovengrens van inkomensschijf 4 (netto belastbaar gezinsinkomen per jaar)
param-maf-income-bracket-5 = Maximumfactuur: bovengrens van inkomensschijf 5 (netto belastbaar gezinsinkomen per jaar)
param-maf-ceiling-1 = Maximumfactuur: grens van het remgeld per jaar in inkomensschijf 1
param-maf-ceiling-2 = Maximumfactuur: grens van het remgeld per jaar in inkomensschijf 2
param-maf-ceiling-3 = Maximumfactuur: grens van het remgeld per jaar in inkomensschijf 3
param-maf-ceiling-4 = Maximumfactuur: grens van het remgeld per jaar in inkomensschijf 4
param-maf-ceiling-5 = Maximumfactuur: grens van het remgeld per jaar in inkomensschijf 5
param-maf-ceiling-6 = Maximumfactuur: grens van het remgeld per jaar boven inkomensschijf 5
param-maf-ceiling-social = Sociale maximumfactuur (gezinnen met verhoogde tegemoetkoming): grens van het remgeld per jaar
param-maf-chronic-reduction = Maximumfactuur: verlaging van de grens bij een chronische ziekte

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = U kunt waarschijnlijk een IGO krijgen. Krijgt u die, dan volgt de verhoogde tegemoetkoming vanzelf. Uw inkomen is laag: u kunt ze nu ook al vragen aan uw ziekenfonds.
