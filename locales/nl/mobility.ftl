# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = Goedkoper reizen met De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Met een laag inkomen of een handicap krijgt u een abonnement van De Lijn voor bus en tram aan een lage prijs of gratis.
right-de-lijn-vervoergarantie-counter = Ik wil een abonnement van De Lijn aan een sociaal tarief.
right-de-lijn-vervoergarantie-if-missing = Krijgt u het gratis abonnement niet vanzelf? Vraag het dan in een Lijnwinkel. Neem een attest van uw uitkering mee. U krijgt dat attest van de DG Personen met een handicap, op het gratis nummer 0800 987 99.
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
right-de-lijn-vervoergarantie-reason-vt = U heeft de verhoogde tegemoetkoming. Dan krijgt u een goedkoper abonnement van De Lijn. Vraag het aan in een Lijnwinkel. Neem een attest van uw ziekenfonds mee dat niet ouder is dan 3 maanden.
right-de-lijn-vervoergarantie-reason-vt-first = U kunt waarschijnlijk de verhoogde tegemoetkoming krijgen. Vraag die eerst aan bij uw ziekenfonds. Daarna krijgt u een goedkoper abonnement van De Lijn.
right-de-lijn-vervoergarantie-reason-vaph = U of iemand in uw gezin heeft een handicap. Is die persoon ingeschreven bij het VAPH (Vlaams Agentschap voor Personen met een Handicap)? Dan reist die persoon meestal gratis met De Lijn. Vraag het na bij De Lijn.
right-de-lijn-vervoergarantie-otherwise = U heeft geen leefloon, IGO, verhoogde tegemoetkoming of uitkering voor een handicap. Dan is er geen lager tarief bij De Lijn. Kinderen jonger dan 6 jaar reizen wel gratis. Sommige gemeenten betalen een deel van uw abonnement terug. Vraag het aan uw gemeente.

right-de-lijn-vervoergarantie-unverified-prices = De prijzen van De Lijn veranderen. De prijs van het abonnement met verhoogde tegemoetkoming is nog niet nagekeken.

## NMBS-kortingkaart

right-nmbs-kortingkaart = Kortingkaart van de NMBS (verhoogde tegemoetkoming)
right-nmbs-kortingkaart-summary = Met deze gratis kaart koopt u treintickets in tweede klas aan halve prijs.
right-nmbs-kortingkaart-counter = Ik wil een kortingkaart verhoogde tegemoetkoming.
right-nmbs-kortingkaart-deadline = De kaart is 1 jaar geldig, of 5 jaar als u 65 jaar of ouder bent. Vraag op tijd een nieuwe kaart.

right-nmbs-kortingkaart-reason-abroad = U woont niet in België. Deze kaart is voor wie de verhoogde tegemoetkoming van een Belgisch ziekenfonds heeft.
right-nmbs-kortingkaart-reason-vt = U heeft de verhoogde tegemoetkoming. Dan kunnen u, uw partner en uw kinderen ten laste deze kaart krijgen. Vraag ze online in uw account My NMBS, of aan het loket in het station met uw identiteitskaart en een MOBIB-kaart.
right-nmbs-kortingkaart-reason-vt-first = U kunt waarschijnlijk de verhoogde tegemoetkoming krijgen. Vraag die eerst aan bij uw ziekenfonds. Daarna kunt u deze kaart vragen bij de NMBS.
right-nmbs-kortingkaart-otherwise = Deze kaart is alleen voor wie de verhoogde tegemoetkoming heeft, en voor zijn gezin. Heeft u een zware handicap? Dan kan iemand die u begeleidt soms gratis met u meereizen, met een Kaart voor Begeleider. Vraag ernaar aan het loket van de NMBS.

## Parkeerkaart

right-parkeerkaart = Parkeerkaart voor personen met een handicap
right-parkeerkaart-summary = Met de parkeerkaart mag u parkeren op plaatsen voor personen met een handicap, als bestuurder of als passagier.
right-parkeerkaart-counter = Ik wil een parkeerkaart voor personen met een handicap aanvragen.
right-parkeerkaart-deadline = Heeft u een kaart met een einddatum? Die wordt niet vanzelf verlengd. Vraag een nieuwe kaart 6 maanden voor de einddatum.

right-parkeerkaart-reason-abroad = U woont niet in België. De Belgische parkeerkaart is voor wie in België woont.
right-parkeerkaart-reason-assessment = U of iemand in uw gezin heeft een handicap. Krijgt die persoon een parkeerkaart? Dat hangt af van een arts van de DG Personen met een handicap. Die arts bekijkt bijvoorbeeld hoe moeilijk die persoon zich kan verplaatsen. Dat heet de erkenning. Heeft die persoon al een erkenning? Dan is een nieuw medisch attest meestal niet nodig. Neem dan contact op met de DG.
right-parkeerkaart-otherwise = U zei dat niemand in uw gezin een handicap heeft. De parkeerkaart is alleen voor mensen met een handicap.

## Documents

document-attest-igo = Alleen als u een IGO krijgt: een attest van de Federale Pensioendienst
document-attest-igo-where = Vraag het aan de Federale Pensioendienst. Bel de pensioenlijn 1765 of kijk op mypension.be.

document-attest-verhoogde-tegemoetkoming = Als u de verhoogde tegemoetkoming heeft: een attest van uw ziekenfonds, niet ouder dan 3 maanden
document-attest-verhoogde-tegemoetkoming-where = Vraag het aan uw ziekenfonds, of download het op de website of in de app van uw ziekenfonds. Bij de NMBS is het alleen nodig als het loket uw verhoogde tegemoetkoming niet kan nakijken.

document-mobib-kaart = MOBIB-kaart met uw naam
document-mobib-kaart-where = U krijgt ze aan het loket van de NMBS. Een nieuwe kaart kost een klein bedrag.

document-pasfoto = Alleen als het loket uw verhoogde tegemoetkoming niet kan nakijken: een recente pasfoto
document-pasfoto-where = Bij een fotograaf of in een fotohokje.

## Offices

office-de-lijn = De Lijn
office-de-lijn-in-person = Ga naar een Lijnwinkel.
office-de-lijn-letter = U kunt uw aanvraag ook met de post sturen. Stuur een kopie van uw attest mee.
office-de-lijn-online = Op de website van De Lijn vindt u uitleg over de abonnementen en de prijzen.

office-nmbs = NMBS
office-nmbs-in-person = Ga naar het loket in een station. Neem uw identiteitskaart en uw MOBIB-kaart mee.
office-nmbs-online = Vraag de kaart online aan in uw account My NMBS, op de website van de NMBS.

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = U krijgt het zorgbudget voor ouderen met een zorgnood. Dan reist u gratis met De Lijn. Het abonnement komt meestal vanzelf. Komt het niet? Vraag het in een Lijnwinkel en neem de brief over uw zorgbudget mee.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = Kaart voor Begeleider van de NMBS
right-nmbs-kaart-voor-begeleider-summary = Met de Kaart voor Begeleider reist iemand gratis met u mee op de trein als u een handicap heeft.
right-nmbs-kaart-voor-begeleider-counter = Ik wil een Kaart voor Begeleider aanvragen.
right-nmbs-kaart-voor-begeleider-reason-abroad = U woont niet in België. Deze kaart is voor mensen die in België wonen.
right-nmbs-kaart-voor-begeleider-reason-points = U of iemand in uw gezin heeft minstens 12 punten voor zelfredzaamheid. Dan kan die persoon een Kaart voor Begeleider krijgen. Een begeleider reist dan gratis mee op de trein. Vraag de kaart aan bij de NMBS, met het attest van de DG Personen met een handicap.
right-nmbs-kaart-voor-begeleider-reason-check = De Kaart voor Begeleider is voor wie minstens 12 punten heeft voor zelfredzaamheid, 80 % handicap, of minstens 50 % handicap aan de benen. Dat staat in de beslissing van de DG Personen met een handicap. Weet u het niet? Bel gratis 0800 987 99.
right-nmbs-kaart-voor-begeleider-otherwise = De Kaart voor Begeleider is voor mensen met een erkende handicap van minstens 12 punten voor zelfredzaamheid, of 80 %. Dat heeft u niet gezegd.
right-nmbs-kaart-voor-begeleider-unverified-criteria = De voorwaarden komen van pagina's van OCMW's en andere diensten, niet van de NMBS zelf. Ze zijn nog niet nagekeken bij de NMBS.
