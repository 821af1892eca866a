# Writer group A: dringende medische hulp, maximumfactuur, IGO, IVT, IT, pro deo, schuldhulp,
# parkeerkaart, NMBS-kortingkaart, De Lijn. Rights, documents, offices and parameters.
# No amounts in these messages: amounts live in the parameters.

## Dringende medische hulp

right-dringende-medische-hulp = Dringende medische hulp
right-dringende-medische-hulp-summary = Met dringende medische hulp van het OCMW krijgt u zorg van een dokter of in het ziekenhuis, en geneesmiddelen, ook als u geen wettig verblijf heeft.
right-dringende-medische-hulp-counter = Ik wil dringende medische hulp aanvragen.

right-dringende-medische-hulp-reason-abroad = U woont niet in België. Dringende medische hulp is voor mensen die in België verblijven.
right-dringende-medische-hulp-reason-no-legal-stay = U heeft geen wettig verblijf. Dan kunt u dringende medische hulp vragen aan het OCMW van de gemeente waar u echt verblijft. Ondanks de naam is het niet alleen voor noodgevallen: het is ook voor een gewoon bezoek aan de dokter, het ziekenhuis en geneesmiddelen. Een dokter schrijft een attest. Het OCMW doet een sociaal onderzoek en komt bij u thuis. Het OCMW beslist binnen 30 dagen.
right-dringende-medische-hulp-reason-eu = U bent burger van een land van de Europese Unie. Dan gaat u voor zorg meestal naar een ziekenfonds. Bent u nog geen 3 maanden in België en heeft u geen ziekenfonds? Vraag dan aan het OCMW of u dringende medische hulp kunt krijgen.
right-dringende-medische-hulp-reason-asylum-seeker = Als asielzoeker krijgt u medische hulp via uw opvang: Fedasil of een lokaal opvanginitiatief (LOI). Vraag het daar.
right-dringende-medische-hulp-otherwise = U heeft een wettig verblijf in België. Dan krijgt u zorg via uw ziekenfonds. Dringende medische hulp is voor mensen zonder wettig verblijf.

right-dringende-medische-hulp-unverified-eu = Burgers van de Europese Unie in hun eerste 3 maanden in België kunnen soms ook dringende medische hulp krijgen. Dat komt niet uit een officiële bron en is nog niet nagekeken.

## Maximumfactuur

right-maximumfactuur = Maximumfactuur
right-maximumfactuur-summary = Met de maximumfactuur betaalt uw gezin per jaar niet meer dan een vast bedrag aan remgeld. Remgeld is het deel van de prijs voor de dokter of het ziekenhuis dat u zelf betaalt.
right-maximumfactuur-counter = Ik wil nagaan of ik geld terugkrijg met de maximumfactuur.
right-maximumfactuur-if-missing = De maximumfactuur komt vanzelf. De eerste terugbetalingen komen meestal pas in het begin van de zomer, omdat het ziekenfonds eerst de gegevens over uw inkomen moet krijgen. Denkt u dat u te veel remgeld betaalde? Vraag het aan uw ziekenfonds. Is uw inkomen sterk gedaald, bijvoorbeeld door ziekte of werkloosheid? Vraag uw ziekenfonds dan om naar uw inkomen van nu te kijken.

right-maximumfactuur-reason-abroad = U woont niet in België. Dan krijgt u de maximumfactuur van een Belgisch ziekenfonds meestal niet. Vraag het na bij uw ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Zonder wettig verblijf bent u meestal niet bij een ziekenfonds. Het OCMW kan wel dringende medische hulp geven. Dat is hulp van een dokter of in het ziekenhuis, en geneesmiddelen.
right-maximumfactuur-reason-asylum-seeker = Als asielzoeker krijgt u medische hulp via uw opvang: Fedasil of een lokaal opvanginitiatief (LOI). Bent u toch bij een ziekenfonds? Dan geldt de maximumfactuur ook voor u.
right-maximumfactuur-reason-it-partner = U krijgt een IT en u woont met een partner. Heeft uw partner een inkomen? Dan geeft de IT geen recht op de lagere sociale maximumfactuur. De gewone maximumfactuur geldt wel. Die hangt af van het inkomen van uw gezin. Uw ziekenfonds past ze vanzelf toe. U hoeft niets te doen.
right-maximumfactuur-reason-social = Uw gezin heeft de verhoogde tegemoetkoming. Dan geldt de sociale maximumfactuur. Dat is een lage grens. Betaalt uw gezin in een jaar meer remgeld dan die grens? Dan betaalt uw ziekenfonds het teveel vanzelf terug. U hoeft niets te doen.
right-maximumfactuur-reason-income-vt-pending = Iedereen met een ziekenfonds heeft een maximumfactuur. Uw ziekenfonds past ze vanzelf toe. U kunt waarschijnlijk ook de verhoogde tegemoetkoming krijgen. Dan geldt een lagere grens: de sociale maximumfactuur. Vraag dus eerst de verhoogde tegemoetkoming aan.
right-maximumfactuur-reason-income = Iedereen met een ziekenfonds heeft een maximumfactuur. Betaalt uw gezin in een jaar meer remgeld dan een grens? Dan betaalt uw ziekenfonds het teveel vanzelf terug. Hoe hoog de grens is, hangt af van het inkomen van uw gezin. Uw gezin zijn alle mensen die op 1 januari op uw adres woonden. U hoeft niets te doen.
right-maximumfactuur-otherwise = U heeft geen ziekenfonds in België. Dan geldt de maximumfactuur niet voor u.

right-maximumfactuur-unverified-amounts-2025-2026 = De grenzen van de maximumfactuur voor 2025 en 2026 zijn nog niet nagekeken. We kennen alleen de grenzen van 2024.

## Inkomensgarantie voor ouderen (IGO)

right-igo = Inkomensgarantie voor ouderen (IGO)
right-igo-summary = De IGO is geld van de Federale Pensioendienst voor mensen op pensioenleeftijd die te weinig inkomen hebben.
right-igo-counter = Ik wil een inkomensgarantie voor ouderen (IGO) aanvragen.

right-igo-reason-already = U krijgt al een IGO. Gaat u naar het buitenland? Meld dat vooraf aan de Federale Pensioendienst. U mag maar een korte tijd per jaar in het buitenland zijn. Anders kunt u de IGO verliezen.
right-igo-reason-abroad = U woont niet in België. De IGO is alleen voor wie in België woont en er echt verblijft.
right-igo-reason-too-young = U heeft de wettelijke pensioenleeftijd nog niet bereikt. De IGO is pas voor wie die leeftijd heeft. Krijgt u een leefloon of een uitkering voor een handicap? Dan onderzoekt de Federale Pensioendienst de IGO vanzelf als u de pensioenleeftijd bereikt.
right-igo-reason-residence = Met uw verblijf kunt u geen IGO krijgen. Heeft u te weinig inkomen? Vraag dan raad aan het OCMW.
right-igo-reason-examined-by-fpd = U heeft de pensioenleeftijd bereikt en u krijgt een leefloon of een uitkering voor een handicap. Dan onderzoekt de Federale Pensioendienst zelf of u een IGO krijgt. U hoeft ze niet aan te vragen. Krijgt u een brief of vragen van de Pensioendienst? Antwoord dan zo snel mogelijk. Hoort u niets? Bel dan de pensioenlijn 1765.
right-igo-reason-nationality = Uw inkomen lijkt laag genoeg voor een IGO. Of u ze kunt krijgen, hangt ook af van uw nationaliteit, uw verblijf en hoe lang u in België gewerkt heeft. De Federale Pensioendienst beslist dat. Vraag de IGO aan, of vraag raad aan uw gemeente of het OCMW.
right-igo-reason-request-alone = U heeft de pensioenleeftijd bereikt, u woont alleen en uw inkomen lijkt lager dan de IGO. Vraag de IGO aan bij de dienst pensioenen van uw gemeente, online of via de pensioenlijn. De Pensioendienst bekijkt al uw inkomsten, uw eigendom en uw spaargeld.
right-igo-reason-request-couple = U heeft de pensioenleeftijd bereikt en u woont met uw partner. Jullie inkomen samen lijkt lager dan de IGO voor twee mensen. Vraag de IGO aan bij de dienst pensioenen van uw gemeente, online of via de pensioenlijn. De Pensioendienst bekijkt al uw inkomsten, uw eigendom en uw spaargeld, en die van uw partner.
right-igo-reason-request-shared = U heeft de pensioenleeftijd bereikt en u woont samen met andere volwassenen. Uw inkomen lijkt lager dan de IGO voor iemand die niet alleen woont. Vraag de IGO aan bij de dienst pensioenen van uw gemeente, online of via de pensioenlijn. De Pensioendienst bekijkt al uw inkomsten, uw eigendom en uw spaargeld.
right-igo-otherwise = Uw inkomen lijkt hoger dan de IGO. Twijfelt u, of is uw inkomen gedaald? Vraag het dan aan de dienst pensioenen van uw gemeente, of bel de pensioenlijn 1765.

right-igo-unverified-amounts = De bedragen van de IGO na november 2023 zijn nog niet nagekeken. Ze zijn intussen waarschijnlijk hoger. Is uw inkomen maar een beetje hoger dan de grens? Vraag de IGO dan toch aan.

## Inkomensvervangende tegemoetkoming (IVT)

right-ivt = Inkomensvervangende tegemoetkoming (IVT)
right-ivt-summary = De IVT is geld van de overheid voor mensen met een handicap die daardoor niet of veel minder kunnen werken.
right-ivt-counter = Ik wil een inkomensvervangende tegemoetkoming (IVT) aanvragen.
right-ivt-deadline = De IVT begint pas op de eerste dag van de maand na uw aanvraag. Vraag ze dus zo snel mogelijk aan.

right-ivt-reason-already = U krijgt al een IVT.
right-ivt-reason-abroad = U woont niet in België. De IVT is alleen voor wie in België woont.
right-ivt-reason-residence = Met uw verblijf kunt u geen IVT krijgen. U moet ingeschreven zijn in het bevolkingsregister of het vreemdelingenregister.
right-ivt-reason-minor = U bent jonger dan 18 jaar. De IVT is voor mensen van 18 tot 65 jaar. Krijgt u een zorgtoeslag in het Groeipakket? Dan wordt de IVT vanzelf onderzocht als u 18 wordt.
right-ivt-reason-65 = U bent 65 jaar of ouder. Dan kunt u zelf geen IVT meer aanvragen. Heeft iemand anders in uw gezin een handicap, en is die persoon tussen 18 en 65 jaar? Dan kan die persoon wel een IVT vragen.
right-ivt-reason-turning-18 = U bent 18 jaar en in uw gezin is er een zorgtoeslag voor een kind. Kreeg u zelf die zorgtoeslag? Dan onderzoekt de DG Personen met een handicap vanzelf of u een IVT krijgt. U krijgt een brief. Antwoord op die brief.
right-ivt-reason-assessment = U of iemand in uw gezin heeft een handicap. Is die persoon tussen 18 en 65 jaar, en kan die door de handicap niet of veel minder werken? Dan kan die persoon een IVT vragen. Een arts van de DG Personen met een handicap beslist hoeveel die persoon nog kan verdienen. De DG kijkt ook naar het inkomen van die persoon en van de partner.
right-ivt-otherwise = U zei dat niemand in uw gezin een handicap heeft. De IVT is voor mensen met een handicap die daardoor niet of veel minder kunnen werken.

right-ivt-unverified-amounts = De bedragen van de IVT voor 2025 en 2026 komen niet uit een officiële bron. Ze zijn nog niet nagekeken.

## Integratietegemoetkoming (IT)

right-it = Integratietegemoetkoming (IT)
right-it-summary = De IT is geld van de overheid voor mensen met een handicap die extra kosten hebben, omdat ze moeite hebben met dagelijkse dingen.
right-it-counter = Ik wil een integratietegemoetkoming (IT) aanvragen.
right-it-deadline = De IT begint pas op de eerste dag van de maand na uw aanvraag. Vraag ze dus zo snel mogelijk aan.

right-it-reason-already = U krijgt al een IT.
right-it-reason-abroad = U woont niet in België. De IT is alleen voor wie in België woont.
right-it-reason-residence = Met uw verblijf kunt u geen IT krijgen. U moet ingeschreven zijn in het bevolkingsregister of het vreemdelingenregister.
right-it-reason-minor = U bent jonger dan 18 jaar. De IT is voor mensen van 18 tot 65 jaar. Krijgt u een zorgtoeslag in het Groeipakket? Dan wordt de IT vanzelf onderzocht als u 18 wordt.
right-it-reason-65 = U bent 65 jaar of ouder. Dan kunt u zelf geen IT meer aanvragen. Voor ouderen met een zorgnood is er het zorgbudget voor ouderen, bij uw zorgkas. Heeft iemand anders in uw gezin een handicap, en is die persoon tussen 18 en 65 jaar? Dan kan die persoon wel een IT vragen.
right-it-reason-turning-18 = U bent 18 jaar en in uw gezin is er een zorgtoeslag voor een kind. Kreeg u zelf die zorgtoeslag? Dan onderzoekt de DG Personen met een handicap vanzelf of u een IT krijgt. U krijgt een brief. Antwoord op die brief.
right-it-reason-assessment = U of iemand in uw gezin heeft een handicap of heeft elke dag veel hulp nodig. Is die persoon tussen 18 en 65 jaar? Dan kan die persoon een IT vragen. Een arts van de DG Personen met een handicap bekijkt met punten hoeveel moeite die persoon heeft met dagelijkse dingen, zoals eten, zich wassen of zich verplaatsen. Daarvan hangt af of die persoon een IT krijgt. De DG kijkt ook naar het inkomen van die persoon en van de partner.
right-it-otherwise = U zei dat niemand in uw gezin een handicap heeft of elke dag veel hulp nodig heeft. De IT is voor mensen met een handicap die moeite hebben met dagelijkse dingen.

right-it-unverified-amounts = De bedragen van de IT komen niet uit een officiële bron. Ze zijn nog niet nagekeken.

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
right-schuldhulp-summary = Het OCMW of het CAW helpt u als u uw rekeningen niet meer kunt betalen: met advies, met hulp bij uw budget of met schuldbemiddeling.
right-schuldhulp-counter = Ik heb schulden en ik wil hulp.

right-schuldhulp-reason-already-collective = U bent in collectieve schuldenregeling. De rechter heeft een schuldbemiddelaar aangesteld die uw aflossingsplan regelt. Heeft u vragen of nieuwe rekeningen die u niet kunt betalen? Spreek dan meteen met uw schuldbemiddelaar.
right-schuldhulp-reason-already-mediation = U krijgt al schuldbemiddeling. Heeft u vragen of nieuwe rekeningen die u niet kunt betalen? Spreek dan meteen met uw schuldbemiddelaar.
right-schuldhulp-reason-already-budget = U krijgt al budgetbegeleiding of budgetbeheer. Heeft u nieuwe rekeningen die u niet kunt betalen? Spreek dan meteen met uw begeleider.
right-schuldhulp-reason-abroad = U woont niet in België. Deze hulp is er voor wie in België woont.
right-schuldhulp-reason-arrears = U heeft rekeningen die u niet op tijd kon betalen. Het OCMW of het CAW kan u helpen. Bijvoorbeeld met advies, met een afspraak met wie u geld moet krijgen, met budgetbegeleiding of budgetbeheer, of met schuldbemiddeling. In een gesprek kijkt u samen wat past. Wacht niet te lang: hoe sneller, hoe beter.
right-schuldhulp-otherwise = U zei dat u geen schulden heeft. Heeft u later moeite om uw rekeningen te betalen? Vraag dan op tijd hulp aan het OCMW of het CAW.

right-schuldhulp-unverified-pro-deo = Het is nog niet nagekeken of collectieve schuldenregeling of schuldbemiddeling vanzelf recht geeft op een gratis advocaat.

## Parkeerkaart

right-parkeerkaart = Parkeerkaart voor personen met een handicap
right-parkeerkaart-summary = Met de parkeerkaart mag u parkeren op plaatsen voor personen met een handicap, als bestuurder of als passagier.
right-parkeerkaart-counter = Ik wil een parkeerkaart voor personen met een handicap aanvragen.
right-parkeerkaart-deadline = Heeft u een kaart met een einddatum? Die wordt niet vanzelf verlengd. Vraag een nieuwe kaart 6 maanden voor de einddatum.

right-parkeerkaart-reason-abroad = U woont niet in België. De Belgische parkeerkaart is voor wie in België woont.
right-parkeerkaart-reason-assessment = U of iemand in uw gezin heeft een handicap. Of die persoon een parkeerkaart krijgt, hangt af van de erkenning door een arts van de DG Personen met een handicap, bijvoorbeeld hoe moeilijk die persoon zich kan verplaatsen. Heeft die persoon al een erkenning? Dan is een nieuw medisch attest meestal niet nodig. Neem dan contact op met de DG.
right-parkeerkaart-otherwise = U zei dat niemand in uw gezin een handicap heeft. De parkeerkaart is alleen voor mensen met een handicap.

## NMBS-kortingkaart

right-nmbs-kortingkaart = Kortingkaart van de NMBS (verhoogde tegemoetkoming)
right-nmbs-kortingkaart-summary = Met deze gratis kaart koopt u treintickets in tweede klas aan halve prijs.
right-nmbs-kortingkaart-counter = Ik wil een kortingkaart verhoogde tegemoetkoming.
right-nmbs-kortingkaart-deadline = De kaart is 1 jaar geldig, of 5 jaar als u 65 jaar of ouder bent. Vraag op tijd een nieuwe kaart.

right-nmbs-kortingkaart-reason-abroad = U woont niet in België. Deze kaart is voor wie de verhoogde tegemoetkoming van een Belgisch ziekenfonds heeft.
right-nmbs-kortingkaart-reason-vt = U heeft de verhoogde tegemoetkoming. Dan kunnen u, uw partner en uw kinderen ten laste deze kaart krijgen. Vraag ze online in uw account My NMBS, of aan het loket in het station met uw identiteitskaart en een MOBIB-kaart.
right-nmbs-kortingkaart-reason-vt-first = U kunt waarschijnlijk de verhoogde tegemoetkoming krijgen. Vraag die eerst aan bij uw ziekenfonds. Daarna kunt u deze kaart vragen bij de NMBS.
right-nmbs-kortingkaart-otherwise = Deze kaart is alleen voor wie de verhoogde tegemoetkoming heeft, en voor zijn gezin. Heeft u een zware handicap? Dan kan iemand die u begeleidt soms gratis met u meereizen, met een Kaart voor Begeleider. Vraag ernaar aan het loket van de NMBS.

## De Lijn

right-de-lijn-vervoergarantie = Goedkoper reizen met De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Met een laag inkomen of een handicap krijgt u een abonnement van De Lijn voor bus en tram aan een lage prijs of gratis.
right-de-lijn-vervoergarantie-counter = Ik wil een abonnement van De Lijn aan een sociaal tarief.
right-de-lijn-vervoergarantie-if-missing = Krijgt u het gratis abonnement niet vanzelf? Vraag het dan in een Lijnwinkel. Neem een attest van uw uitkering mee. U krijgt dat attest van de DG Personen met een handicap, op het gratis nummer 0800 987 99.
right-de-lijn-vervoergarantie-deadline = Het abonnement is 12 maanden geldig. Vraag op tijd een nieuw. Als u het abonnement stopt, krijgt u geen geld terug.

right-de-lijn-vervoergarantie-reason-brussels = U woont in Brussel. De Lijn rijdt vooral in Vlaanderen. In Brussel is er de MIVB. Vraag daar naar een lager tarief, of vraag raad aan het OCMW.
right-de-lijn-vervoergarantie-reason-wallonia = U woont in Wallonië. De Lijn rijdt vooral in Vlaanderen. In Wallonië is er de TEC. Vraag daar naar een lager tarief, of vraag raad aan het OCMW.
right-de-lijn-vervoergarantie-reason-abroad = U woont niet in België. Deze tarieven van De Lijn zijn voor wie in Vlaanderen woont.
right-de-lijn-vervoergarantie-reason-free-handicap = In uw gezin krijgt iemand een IVT of een IT. Die persoon reist gratis met De Lijn. Het abonnement komt meestal vanzelf.
right-de-lijn-vervoergarantie-reason-leefloon = U krijgt een leefloon of een equivalent leefloon. Dan krijgt u de Vervoergarantie: een abonnement voor 12 maanden aan een lage prijs. De Lijn stuurt u zelf een overschrijvingsformulier. Betaal het, dan krijgt u het abonnement.
right-de-lijn-vervoergarantie-reason-igo = U krijgt een IGO. Dan krijgt u de Vervoergarantie: een abonnement voor 12 maanden aan een lage prijs. Vraag het aan in een Lijnwinkel of met een brief aan De Lijn. Neem het attest van de Federale Pensioendienst mee.
right-de-lijn-vervoergarantie-reason-asylum-seeker = Als asielzoeker kunt u de Vervoergarantie krijgen: een abonnement voor 12 maanden aan een lage prijs. U vraagt het via Fedasil of het Rode Kruis. Vraag het aan de mensen van uw opvang.
right-de-lijn-vervoergarantie-reason-igo-pending = U kunt waarschijnlijk een IGO krijgen. Krijgt u die, dan kunt u de Vervoergarantie vragen: een abonnement voor 12 maanden aan een lage prijs. Vraag het aan in een Lijnwinkel of met een brief aan De Lijn, met het attest van de Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = U kunt misschien een IGO krijgen. De Federale Pensioendienst beslist dat. Krijgt u de IGO, dan kunt u de Vervoergarantie vragen: een abonnement voor 12 maanden aan een lage prijs. Vraag het aan in een Lijnwinkel of met een brief aan De Lijn, met het attest van de Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-leefloon-pending = U kunt waarschijnlijk een leefloon of een equivalent leefloon krijgen. Krijgt u dat, dan stuurt De Lijn u zelf een formulier voor de Vervoergarantie: een abonnement voor 12 maanden aan een lage prijs.
right-de-lijn-vervoergarantie-reason-vt = U heeft de verhoogde tegemoetkoming. Dan krijgt u een goedkoper abonnement van De Lijn. Vraag het aan in een Lijnwinkel. Neem een attest van uw ziekenfonds mee dat niet ouder is dan 3 maanden.
right-de-lijn-vervoergarantie-reason-vt-first = U kunt waarschijnlijk de verhoogde tegemoetkoming krijgen. Vraag die eerst aan bij uw ziekenfonds. Daarna krijgt u een goedkoper abonnement van De Lijn.
right-de-lijn-vervoergarantie-reason-vaph = U of iemand in uw gezin heeft een handicap. Is die persoon ingeschreven bij het VAPH (Vlaams Agentschap voor Personen met een Handicap)? Dan reist die persoon meestal gratis met De Lijn. Vraag het na bij De Lijn.
right-de-lijn-vervoergarantie-otherwise = U heeft geen leefloon, IGO, verhoogde tegemoetkoming of uitkering voor een handicap. Dan is er geen lager tarief bij De Lijn. Kinderen jonger dan 6 jaar reizen wel gratis. Sommige gemeenten betalen een deel van uw abonnement terug. Vraag het aan uw gemeente.

right-de-lijn-vervoergarantie-unverified-prices = De prijzen van De Lijn veranderen. De prijs van het abonnement met verhoogde tegemoetkoming is nog niet nagekeken.

## Documents

document-attest-dringende-medische-hulp = Attest dringende medische hulp van een dokter
document-attest-dringende-medische-hulp-where = De dokter die u onderzoekt, schrijft het. Vraag er zelf naar.

document-identiteitsbewijs = Uw paspoort of een ander bewijs van wie u bent, als u dat heeft
document-identiteitsbewijs-where = Neem mee wat u heeft. Heeft u niets? Ga toch naar het OCMW.

document-bewijs-financiele-toestand = Papieren over uw geld, als u die heeft: wat u krijgt en wat u heeft
document-bewijs-financiele-toestand-where = Bijvoorbeeld rekeninguittreksels van uw bank. Heeft u geen papieren? Dan vraagt het OCMW ernaar in het gesprek.

document-gegevens-behandelende-arts = Naam en adres van uw dokter
document-gegevens-behandelende-arts-where = Schrijf het op. U vindt het op een brief of een voorschrift van uw dokter.

document-rekeningnummer = Uw rekeningnummer
document-rekeningnummer-where = Het staat op uw bankkaart of op uw rekeninguittreksels. Geef nooit de geheime codes van uw bank: geen enkele dienst vraagt die.

document-klevertje-ziekenfonds = Een klevertje van uw ziekenfonds
document-klevertje-ziekenfonds-where = Vraag klevertjes aan uw ziekenfonds.

document-aanslagbiljet-onroerende-voorheffing = Alleen als u een huis of grond heeft: het aanslagbiljet van de onroerende voorheffing
document-aanslagbiljet-onroerende-voorheffing-where = U krijgt het elk jaar met de post of digitaal. Kwijt? Vraag een kopie aan de belastingdienst die het stuurde.

document-volmacht = Alleen als iemand anders de aanvraag voor u doet: een volmacht
document-volmacht-where = Schrijf op papier dat die persoon het voor u mag doen, en teken het. Vraag hulp aan de persoon die u helpt.

document-gezinssamenstelling = Bewijs van gezinssamenstelling
document-gezinssamenstelling-where = Vraag het aan uw gemeente, of download het in Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Alleen als u een leefloon, een IGO of een IVT krijgt, of als u een sociale woning huurt: een attest daarvan
document-attest-categorie-pro-deo-where = Vraag het aan de dienst die u betaalt: het OCMW, de Federale Pensioendienst of de DG Personen met een handicap. Als sociale huurder vraagt u een huurattest aan uw woonmaatschappij.

document-documenten-zaak = Alle papieren over uw probleem: brieven, contracten, beslissingen
document-documenten-zaak-where = Verzamel alles wat u heeft. Gooi niets weg.

document-lijst-schulden = Een lijst van uw schulden, met de brieven van wie u geld moet krijgen
document-lijst-schulden-where = Verzamel alle rekeningen, aanmaningen en brieven. Het OCMW of het CAW helpt u om de lijst te maken.

document-energiefacturen = Uw facturen van elektriciteit, gas of water
document-energiefacturen-where = U krijgt ze van uw leverancier, met de post of in uw account op de website van de leverancier.

document-attest-igo = Alleen als u een IGO krijgt: een attest van de Federale Pensioendienst
document-attest-igo-where = Vraag het aan de Federale Pensioendienst. Bel de pensioenlijn 1765 of kijk op mypension.be.

document-attest-verhoogde-tegemoetkoming = Als u de verhoogde tegemoetkoming heeft: een attest van uw ziekenfonds, niet ouder dan 3 maanden
document-attest-verhoogde-tegemoetkoming-where = Vraag het aan uw ziekenfonds, of download het op de website of in de app van uw ziekenfonds. Bij de NMBS is het alleen nodig als het loket uw verhoogde tegemoetkoming niet kan nakijken.

document-mobib-kaart = MOBIB-kaart met uw naam
document-mobib-kaart-where = U krijgt ze aan het loket van de NMBS. Een nieuwe kaart kost een klein bedrag.

document-pasfoto = Alleen als het loket uw verhoogde tegemoetkoming niet kan nakijken: een recente pasfoto
document-pasfoto-where = Bij een fotograaf of in een fotohokje.

## Offices

office-federale-pensioendienst = Federale Pensioendienst
office-federale-pensioendienst-in-person = Ga naar de dienst pensioenen van uw gemeente. U kunt ook naar een zitdag of een kantoor van de Federale Pensioendienst. Iemand anders mag dat voor u doen.
office-federale-pensioendienst-phone = Bel de pensioenlijn van de Federale Pensioendienst.
office-federale-pensioendienst-online = Vraag het online aan met uw identiteitskaart of itsme.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap
office-dg-personen-met-handicap-online = Vraag het online aan in MyHandicap, met uw identiteitskaart en pincode of met itsme.
office-dg-personen-met-handicap-phone = Bel de DG Personen met een handicap. Dit nummer is gratis.
office-dg-personen-met-handicap-in-person = Lukt het online niet? De sociale dienst van uw ziekenfonds, uw gemeente of het OCMW (Sociaal Huis) helpt u en doet de aanvraag voor u. Er zijn ook maatschappelijk assistenten van de DG.

office-bureau-juridische-bijstand = Bureau voor Juridische Bijstand (BJB) van de advocaten
office-bureau-juridische-bijstand-in-person = Ga naar het Bureau voor Juridische Bijstand. Het is meestal in het gerechtsgebouw van uw streek. Heeft u al een advocaat? Die kan het ook voor u vragen.
office-bureau-juridische-bijstand-phone = Bel het Bureau voor Juridische Bijstand. Het nummer staat op de website van de advocaten (de balie) in uw streek. U kunt het ook vragen aan het OCMW of een CAW.

office-de-lijn = De Lijn
office-de-lijn-in-person = Ga naar een Lijnwinkel.
office-de-lijn-letter = U kunt uw aanvraag ook met de post sturen. Stuur een kopie van uw attest mee.
office-de-lijn-online = Op de website van De Lijn vindt u uitleg over de abonnementen en de prijzen.

office-nmbs = NMBS
office-nmbs-in-person = Ga naar het loket in een station. Neem uw identiteitskaart en uw MOBIB-kaart mee.
office-nmbs-online = Vraag de kaart online aan in uw account My NMBS, op de website van de NMBS.

## Parameters

param-pension-age = Wettelijke pensioenleeftijd, ook de leeftijd voor de IGO (in jaren)
param-igo-amount-shared = IGO basisbedrag, voor wie de woning deelt: bedrag per maand
param-igo-amount-alone = IGO verhoogd bedrag, voor wie alleen woont: bedrag per maand
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
param-ivt-max-cat-a = IVT categorie A: maximumbedrag per jaar
param-ivt-max-cat-b = IVT categorie B: maximumbedrag per jaar
param-ivt-max-cat-c = IVT categorie C: maximumbedrag per jaar
param-it-max-cat-1 = IT categorie 1 (7 tot 8 punten): maximumbedrag per maand
param-it-max-cat-2 = IT categorie 2 (9 tot 11 punten): maximumbedrag per maand
param-it-max-cat-3 = IT categorie 3 (12 tot 14 punten): maximumbedrag per maand
param-it-max-cat-4 = IT categorie 4 (15 tot 16 punten): maximumbedrag per maand
param-it-max-cat-5 = IT categorie 5 (17 tot 18 punten): maximumbedrag per maand
param-pro-deo-limit-single-full = Pro-deoadvocaat, alleenstaande: volledig gratis tot dit netto inkomen per maand
param-pro-deo-limit-single-partial = Pro-deoadvocaat, alleenstaande: gedeeltelijk gratis tot dit netto inkomen per maand
param-pro-deo-limit-family-full = Pro-deoadvocaat, met personen ten laste of samenwonend: volledig gratis tot dit netto inkomen per maand
param-pro-deo-limit-family-partial = Pro-deoadvocaat, met personen ten laste of samenwonend: gedeeltelijk gratis tot dit netto inkomen per maand
