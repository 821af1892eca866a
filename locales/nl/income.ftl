# Income: leefloon, equivalent leefloon, IGO, IVT, IT.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-leefloon-reason-request-couple = U woont met uw partner. Uw inkomen samen met dat van uw partner is lager dan het leefloon voor twee mensen die samenwonen. U kunt een leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat. Het OCMW beslist binnen 30 dagen.
right-leefloon-reason-request-cohabiting = U woont samen met andere volwassenen. Uw inkomen is lager dan het laagste leefloon. U kunt een leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat. Het OCMW beslist binnen 30 dagen.
right-leefloon-reason-cohabitation = U woont samen met andere volwassenen. Het OCMW beslist in een gesprek of u samenwonend bent. Dat is zo als u de kosten van het huishouden vooral samen deelt. Daarvan hangt af of u een leefloon krijgt en hoeveel. Vraag het aan het OCMW.
right-leefloon-otherwise = Uw inkomen is hoger dan het leefloon. Is uw inkomen gedaald, of heeft u hoge kosten? Vraag dan raad aan het OCMW.

right-leefloon-unverified-indexation-2026 = Het leefloon stijgt als de prijzen stijgen. Of het in 2026 al gestegen is, is nog niet nagekeken. We gebruiken de bedragen van 1 februari 2025.
right-leefloon-unverified-reform-2026 = Sinds 1 maart 2026 kan het OCMW ook het inkomen meetellen van andere volwassen familieleden die bij u wonen, zoals grootouders. Het is nog niet duidelijk of het OCMW dat moet doen of alleen mag doen.

## Equivalent leefloon

right-equivalent-leefloon = Equivalent leefloon
right-equivalent-leefloon-summary = Het equivalent leefloon is geld van het OCMW. Het is voor vreemdelingen in het vreemdelingenregister. En alleen als ze te weinig inkomen hebben om van te leven.
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
right-equivalent-leefloon-reason-request-couple = U woont met uw partner. Uw inkomen samen met dat van uw partner is lager dan het bedrag voor twee mensen die samenwonen. U kunt een equivalent leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat.
right-equivalent-leefloon-reason-request-cohabiting = U woont samen met andere volwassenen. Uw inkomen is lager dan het laagste bedrag. U kunt een equivalent leefloon vragen aan het OCMW. Het OCMW doet eerst een sociaal onderzoek: het bekijkt al uw inkomsten en komt bij u thuis. Het kijkt ook of u bereid bent om te werken, als uw gezondheid dat toelaat.
right-equivalent-leefloon-reason-cohabitation = U woont samen met andere volwassenen. Het OCMW beslist in een gesprek of u samenwonend bent. Dat is zo als u de kosten van het huishouden vooral samen deelt. Daarvan hangt af of u een equivalent leefloon krijgt en hoeveel. Vraag het aan het OCMW.
right-equivalent-leefloon-otherwise = Uw inkomen is hoger dan het equivalent leefloon. Is uw inkomen gedaald, of heeft u hoge kosten? Vraag dan raad aan het OCMW.

right-equivalent-leefloon-unverified-indexation-2026 = Het equivalent leefloon is even hoog als het leefloon. Of het in 2026 al gestegen is, is nog niet nagekeken. We gebruiken de bedragen van 1 februari 2025.
right-equivalent-leefloon-unverified-waiting-register = Eén gemeente schrijft dat ook mensen in het wachtregister een equivalent leefloon kunnen krijgen. Dat is nog niet nagekeken.
right-equivalent-leefloon-unverified-temporary-protection = De tijdelijke bescherming voor mensen uit Oekraïne is verlengd tot 4 maart 2027. Dat staat in nieuwsberichten, maar is nog niet nagekeken bij een officiële bron.

## Inkomensgarantie voor ouderen (IGO)

right-igo = Inkomensgarantie voor ouderen (IGO)
right-igo-summary = De IGO is geld van de Federale Pensioendienst voor mensen op pensioenleeftijd die te weinig inkomen hebben.
right-igo-counter = Ik wil een inkomensgarantie voor ouderen (IGO) aanvragen.

right-igo-reason-already = U krijgt al een IGO. Gaat u naar het buitenland? Meld dat vooraf aan de Federale Pensioendienst. U mag maar een korte tijd per jaar in het buitenland zijn. Anders kunt u de IGO verliezen.
right-igo-reason-abroad = U woont niet in België. De IGO is alleen voor wie in België woont en er echt verblijft.
right-igo-reason-too-young = U heeft de wettelijke pensioenleeftijd nog niet bereikt. De IGO is pas voor wie die leeftijd heeft. Krijgt u een leefloon of een uitkering voor een handicap? Dan onderzoekt de Federale Pensioendienst de IGO vanzelf als u de pensioenleeftijd bereikt.
right-igo-reason-residence = Met uw verblijf kunt u geen IGO krijgen. Heeft u te weinig inkomen? Vraag dan raad aan het OCMW.
right-igo-reason-examined-by-fpd = U heeft de pensioenleeftijd bereikt en u krijgt een leefloon of een uitkering voor een handicap. Dan onderzoekt de Federale Pensioendienst zelf of u een IGO krijgt. U hoeft de IGO niet aan te vragen. Krijgt u een brief of vragen van de Pensioendienst? Antwoord dan zo snel mogelijk. Hoort u niets? Bel dan de pensioenlijn 1765.
right-igo-reason-nationality = Uw inkomen lijkt laag genoeg voor een IGO. Of u ze kunt krijgen, hangt ook af van uw nationaliteit, uw verblijf en hoe lang u in België gewerkt heeft. De Federale Pensioendienst beslist dat. Vraag de IGO aan, of vraag raad aan uw gemeente of het OCMW.
right-igo-reason-request-alone = U heeft de pensioenleeftijd bereikt, u woont alleen en uw inkomen lijkt lager dan de IGO. Vraag de IGO aan bij de dienst pensioenen van uw gemeente, online of via de pensioenlijn. De Pensioendienst bekijkt al uw inkomsten, uw eigendom en uw spaargeld.
right-igo-reason-request-couple = U heeft de pensioenleeftijd bereikt en u woont met uw partner. Uw inkomen samen met dat van uw partner lijkt lager dan de IGO voor twee mensen. Vraag de IGO aan bij de dienst pensioenen van uw gemeente, online of via de pensioenlijn. De Pensioendienst bekijkt al uw inkomsten, uw eigendom en uw spaargeld, en die van uw partner.
right-igo-reason-request-shared = U heeft de pensioenleeftijd bereikt en u woont samen met andere volwassenen. Uw inkomen lijkt lager dan de IGO voor iemand die niet alleen woont. Vraag de IGO aan bij de dienst pensioenen van uw gemeente, online of via de pensioenlijn. De Pensioendienst bekijkt al uw inkomsten, uw eigendom en uw spaargeld.
right-igo-otherwise = Uw inkomen lijkt hoger dan de IGO. Twijfelt u, of is uw inkomen gedaald? Vraag het dan aan de dienst pensioenen van uw gemeente, of bel de pensioenlijn 1765.

right-igo-unverified-amounts = De bedragen van de IGO na november 2023 zijn nog niet nagekeken. Ze zijn intussen waarschijnlijk hoger. Is uw inkomen maar een beetje hoger dan de grens? Vraag de IGO dan toch aan.

## Inkomensvervangende tegemoetkoming (IVT)

right-ivt = Inkomensvervangende tegemoetkoming (IVT)
right-ivt-summary = De IVT is geld van de overheid voor mensen met een handicap die daardoor niet of veel minder kunnen werken.
right-ivt-counter = Ik wil een inkomensvervangende tegemoetkoming (IVT) aanvragen.
right-ivt-deadline = De IVT begint pas op de eerste dag van de maand na uw aanvraag. Vraag de IVT dus zo snel mogelijk aan.

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
right-it-deadline = De IT begint pas op de eerste dag van de maand na uw aanvraag. Vraag de IT dus zo snel mogelijk aan.

right-it-reason-already = U krijgt al een IT.
right-it-reason-abroad = U woont niet in België. De IT is alleen voor wie in België woont.
right-it-reason-residence = Met uw verblijf kunt u geen IT krijgen. U moet ingeschreven zijn in het bevolkingsregister of het vreemdelingenregister.
right-it-reason-minor = U bent jonger dan 18 jaar. De IT is voor mensen van 18 tot 65 jaar. Krijgt u een zorgtoeslag in het Groeipakket? Dan wordt de IT vanzelf onderzocht als u 18 wordt.
right-it-reason-65 = U bent 65 jaar of ouder. Dan kunt u zelf geen IT meer aanvragen. Voor ouderen met een zorgnood is er het zorgbudget voor ouderen, bij uw zorgkas. Heeft iemand anders in uw gezin een handicap, en is die persoon tussen 18 en 65 jaar? Dan kan die persoon wel een IT vragen.
right-it-reason-turning-18 = U bent 18 jaar en in uw gezin is er een zorgtoeslag voor een kind. Kreeg u zelf die zorgtoeslag? Dan onderzoekt de DG Personen met een handicap vanzelf of u een IT krijgt. U krijgt een brief. Antwoord op die brief.
right-it-reason-assessment = U of iemand in uw gezin heeft een handicap. Of die persoon heeft elke dag veel hulp nodig. Is die persoon tussen 18 en 65 jaar? Dan kan die persoon een IT vragen. Een arts van de DG Personen met een handicap onderzoekt die persoon. Dat is de federale dienst voor personen met een handicap. De arts geeft punten. Hoe moeilijk zijn dagelijkse dingen, zoals eten, zich wassen of zich verplaatsen? Van die punten hangt af of die persoon een IT krijgt. De DG kijkt ook naar het inkomen van die persoon en van de partner.
right-it-otherwise = U zei dat niemand in uw gezin een handicap heeft of elke dag veel hulp nodig heeft. De IT is voor mensen met een handicap die moeite hebben met dagelijkse dingen.

right-it-unverified-amounts = De bedragen van de IT komen niet uit een officiële bron. Ze zijn nog niet nagekeken.

## Documents

document-overzicht-inkomsten-uitgaven = Overzicht van uw inkomsten en uitgaven van de laatste 3 maanden
document-overzicht-inkomsten-uitgaven-where = Schrijf het zelf op. Uw rekeninguittreksels helpen u daarbij.

document-vdab-inschrijving = Bewijs dat u ingeschreven bent bij VDAB
document-vdab-inschrijving-where = Vraag het aan VDAB.

document-klevertje-ziekenfonds = Een klevertje van uw ziekenfonds
document-klevertje-ziekenfonds-where = Vraag klevertjes aan uw ziekenfonds.

document-aanslagbiljet-onroerende-voorheffing = Alleen als u een huis of grond heeft: het aanslagbiljet van de onroerende voorheffing
document-aanslagbiljet-onroerende-voorheffing-where = U krijgt het elk jaar met de post of digitaal. Kwijt? Vraag een kopie aan de belastingdienst die het stuurde.

document-volmacht = Alleen als iemand anders de aanvraag voor u doet: een volmacht
document-volmacht-where = Schrijf op papier dat die persoon het voor u mag doen, en teken het. Vraag hulp aan de persoon die u helpt.

## Offices

office-federale-pensioendienst = Federale Pensioendienst
office-federale-pensioendienst-in-person = Ga naar de dienst pensioenen van uw gemeente. U kunt ook naar een zitdag of een kantoor van de Federale Pensioendienst. Iemand anders mag dat voor u doen.
office-federale-pensioendienst-phone = Bel de pensioenlijn van de Federale Pensioendienst.
office-federale-pensioendienst-online = Vraag het online aan met uw identiteitskaart of itsme.

## Parameters

param-leefloon-cat1 = Leefloon categorie 1, samenwonend: bedrag per maand
param-leefloon-cat2 = Leefloon categorie 2, alleenstaand: bedrag per maand
param-leefloon-cat3 = Leefloon categorie 3, met een gezin ten laste: bedrag per maand

param-pension-age = Wettelijke pensioenleeftijd, ook de leeftijd voor de IGO (in jaren)
param-igo-amount-shared = IGO basisbedrag, voor wie de woning deelt: bedrag per maand
param-igo-amount-alone = IGO verhoogd bedrag, voor wie alleen woont: bedrag per maand
param-ivt-max-cat-a = IVT categorie A: maximumbedrag per jaar
param-ivt-max-cat-b = IVT categorie B: maximumbedrag per jaar
param-ivt-max-cat-c = IVT categorie C: maximumbedrag per jaar
param-it-max-cat-1 = IT categorie 1 (7 tot 8 punten): maximumbedrag per maand
param-it-max-cat-2 = IT categorie 2 (9 tot 11 punten): maximumbedrag per maand
param-it-max-cat-3 = IT categorie 3 (12 tot 14 punten): maximumbedrag per maand
param-it-max-cat-4 = IT categorie 4 (15 tot 16 punten): maximumbedrag per maand
param-it-max-cat-5 = IT categorie 5 (17 tot 18 punten): maximumbedrag per maand

# Issue 13: IGO with one's children, IGO before leefloon, parents or adult children at home
right-igo-reason-request-with-children = U heeft de pensioenleeftijd bereikt en u woont alleen met uw kinderen. Dan geldt de hogere IGO, zoals voor iemand die alleen woont. Het inkomen van uw kinderen telt niet mee. Uw inkomen lijkt lager dan de IGO. Vraag de IGO aan bij de dienst pensioenen van uw gemeente, online of via de pensioenlijn 1765.
right-leefloon-reason-igo-first = U heeft de pensioenleeftijd bereikt. Vraag dan eerst de inkomensgarantie voor ouderen (IGO) aan. De IGO is hoger dan het leefloon. Krijgt u de IGO niet, of is uw inkomen dan nog te laag? Ga dan naar het OCMW.
right-leefloon-reason-maintenance-debtors = U woont samen met uw ouders of met een volwassen kind. Het OCMW kijkt dan ook naar hun inkomen. Of u een leefloon kunt krijgen, en hoeveel, beslist het OCMW na een gesprek. Vraag het gerust: het OCMW bekijkt uw situatie.

# Issue 13: OCMW aanvullende financiële steun
right-ocmw-aanvullende-steun = Aanvullende financiële steun van het OCMW
right-ocmw-aanvullende-steun-summary = Het OCMW kan u helpen met geld voor bijvoorbeeld de huur, energie, dokters- en apothekerskosten of een ziekenhuisfactuur, ook als u geen leefloon krijgt.
right-ocmw-aanvullende-steun-counter = Ik wil aanvullende financiële steun vragen bij het OCMW.
right-ocmw-aanvullende-steun-reason-abroad = U woont niet in België. Het OCMW helpt de mensen die in de gemeente wonen.
right-ocmw-aanvullende-steun-reason-residence = Met uw verblijf krijgt u deze hulp niet van het OCMW. Asielzoekers krijgen hulp in het opvangnetwerk. Zonder wettig verblijf kunt u bij het OCMW dringende medische hulp vragen.
right-ocmw-aanvullende-steun-reason-leefloon = U krijgt een leefloon, of u kunt er waarschijnlijk een krijgen. Heeft u daarnaast hoge kosten, zoals huur, energie of medische kosten? Dan kan het OCMW extra steun geven. Vraag het aan uw maatschappelijk werker. Het OCMW beslist na een sociaal onderzoek.
right-ocmw-aanvullende-steun-reason-low-income = Uw inkomen is laag, of u heeft moeite om uw rekeningen te betalen. Het OCMW kan u helpen met geld voor bijvoorbeeld de huur, energie of medische kosten, ook zonder leefloon. Vraag het aan het OCMW van uw gemeente. Het OCMW beslist na een sociaal onderzoek.
right-ocmw-aanvullende-steun-otherwise = Uw inkomen lijkt niet laag. Heeft u toch kosten die u niet kunt betalen? Ga dan naar het OCMW. Iedereen mag hulp vragen.

right-leefloon-reason-has-igo = U krijgt al een inkomensgarantie voor ouderen (IGO). De IGO is hoger dan het leefloon. Komt u toch niet rond, bijvoorbeeld door hoge kosten? Vraag dan aanvullende steun aan het OCMW.
