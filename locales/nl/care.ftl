# Care: zorgbudget voor zwaar zorgbehoevenden, zorgbudget voor ouderen, basisondersteuningsbudget.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Zorgbudget voor zwaar zorgbehoevenden

right-zorgbudget-zwaar-zorgbehoevenden = Zorgbudget voor zwaar zorgbehoevenden
right-zorgbudget-zwaar-zorgbehoevenden-summary = Het zorgbudget voor zwaar zorgbehoevenden is geld voor mensen die veel zorg nodig hebben. U krijgt het elke maand van uw zorgkas. U mag het geld gebruiken zoals u wilt.
right-zorgbudget-zwaar-zorgbehoevenden-counter = Ik wil een zorgbudget voor zwaar zorgbehoevenden aanvragen.
right-zorgbudget-zwaar-zorgbehoevenden-if-missing = Woont u in een woonzorgcentrum en krijgt u dit zorgbudget niet? Neem dan contact op met uw zorgkas. Uw zorgkas hoort meestal bij uw ziekenfonds. Het woonzorgcentrum kan u helpen.

right-zorgbudget-zwaar-zorgbehoevenden-reason-outside = U woont niet in Vlaanderen of Brussel. Dit zorgbudget is van de Vlaamse sociale bescherming. Vraag aan uw ziekenfonds of het OCMW welke hulp er is waar u woont.
right-zorgbudget-zwaar-zorgbehoevenden-reason-brussels = U woont in Brussel. Daar is aansluiten bij een Vlaamse zorgkas niet verplicht, maar het mag. Bent u aangesloten bij een zorgkas? Vraag dan aan uw zorgkas of u dit zorgbudget kunt krijgen. Woont u in een woonzorgcentrum in Brussel? Dan telt een attest van het woonzorgcentrum.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-home = U woont in een woonzorgcentrum in Vlaanderen. Dan krijgt u het zorgbudget voor zwaar zorgbehoevenden vanzelf, elke maand. U hoeft niets te doen.
right-zorgbudget-zwaar-zorgbehoevenden-reason-points = U of iemand in uw gezin krijgt een van deze uitkeringen. Een integratietegemoetkoming (IT), een zorgbudget voor ouderen of een zorgtoeslag voor een kind. Voor die uitkering heeft iemand gemeten hoeveel zorg die persoon nodig heeft. Was dat veel? Dat is minstens 15 punten, of 18 punten voor de zorgtoeslag van een kind. Dan krijgt u dit zorgbudget vanzelf. Is dat niet zo? Dan kunt u het aanvragen bij uw zorgkas. U heeft daarvoor een formulier nodig. U heeft ook een attest nodig over hoeveel zorg u nodig heeft. Uw inkomen speelt geen rol.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-need = U of iemand in uw gezin heeft elke dag veel hulp nodig. Of u dit zorgbudget krijgt, hangt af van een meting van de zorgnood. Die meting doet bijvoorbeeld de thuisverpleging of de dienst voor gezinszorg. Met een attest van zo'n meting krijgt u het soms vanzelf. Anders vraagt u het aan bij uw zorgkas, met een formulier en het attest. U kunt ze ook afgeven bij het OCMW. Er is geen voorwaarde over uw inkomen.
right-zorgbudget-zwaar-zorgbehoevenden-otherwise = U heeft niet gezegd dat iemand in uw gezin elke dag veel hulp nodig heeft. Dit zorgbudget is voor mensen die veel zorg nodig hebben. Verandert dat? Vraag het dan aan uw zorgkas.

right-zorgbudget-zwaar-zorgbehoevenden-unverified-amount = Het bedrag voor 2025 en 2026 is nog niet nagekeken. We tonen het bedrag van januari 2024.

## Zorgbudget voor ouderen met een zorgnood

right-zorgbudget-ouderen = Zorgbudget voor ouderen met een zorgnood
right-zorgbudget-ouderen-summary = Het zorgbudget voor ouderen is geld voor mensen van 65 jaar of ouder. Het is voor wie hulp nodig heeft bij dagelijkse dingen. U krijgt het elke maand van uw zorgkas.
right-zorgbudget-ouderen-counter = Ik wil een zorgbudget voor ouderen met een zorgnood aanvragen.
right-zorgbudget-ouderen-if-missing = Woont u in een woonzorgcentrum, krijgt u een IGO, en krijgt u dit zorgbudget niet? Neem dan contact op met uw zorgkas. Het woonzorgcentrum, uw ziekenfonds of het OCMW kan u helpen.

right-zorgbudget-ouderen-reason-already = U krijgt al een zorgbudget voor ouderen met een zorgnood.
right-zorgbudget-ouderen-reason-wallonia = U woont in Wallonië. Dit Vlaamse zorgbudget is er niet voor u. In Wallonië kunt u hulp voor ouderen vragen bij AVIQ. Vraag raad aan uw ziekenfonds of het OCMW.
right-zorgbudget-ouderen-reason-abroad = U woont niet in België. Dit zorgbudget is voor mensen die in Vlaanderen of Brussel wonen.
right-zorgbudget-ouderen-reason-too-young = Dit zorgbudget is voor mensen vanaf 65 jaar. U kunt het ten vroegste vragen op de dag dat u 65 wordt. Woont er iemand van 65 jaar of ouder bij u die veel hulp nodig heeft? Dan kan die persoon het zelf vragen. Bent u jonger dan 65 en heeft u een handicap? Dan kunt u misschien een integratietegemoetkoming (IT) krijgen.
right-zorgbudget-ouderen-reason-brussels = U woont in Brussel. Bent u aangesloten bij een Vlaamse zorgkas? Vraag dan aan uw zorgkas of u dit zorgbudget kunt krijgen. Anders kunt u hulp voor ouderen vragen bij Iriscare, de Brusselse dienst. Vraag raad aan uw ziekenfonds of het OCMW.
right-zorgbudget-ouderen-reason-care-home-igo = U woont in een woonzorgcentrum in Vlaanderen en u krijgt een IGO. Dan krijgt u sinds 1 april 2023 het zorgbudget voor ouderen vanzelf, in de hoogste categorie. U hoeft niets te doen.
right-zorgbudget-ouderen-reason-care-home = U woont in een woonzorgcentrum. Bewoners met een laag inkomen krijgen dit zorgbudget soms vanzelf. Anders moet u het aanvragen. Krijgt u het, en hoeveel? Dat hangt af van 2 dingen. Ten eerste: hoeveel hulp u nodig heeft. Dat meet iemand bij u. Ten tweede: uw inkomen en dat van uw partner. Vraag het na bij het woonzorgcentrum of bij uw zorgkas.
right-zorgbudget-ouderen-reason-care-need = U of iemand in uw gezin heeft elke dag veel hulp nodig. Krijgt u dit zorgbudget? Dat hangt af van 2 dingen. Ten eerste: hoeveel hulp u nodig heeft. Dat meet iemand bij u. Ten tweede: het inkomen van u en uw partner. Ook spaargeld en eigendommen tellen mee. Meestal moet u ook al 5 jaar na elkaar in Vlaanderen of Brussel wonen. U vraagt het zorgbudget online aan, met uw identiteitskaart (eID). Uw zorgkas, uw ziekenfonds, de gemeente of het OCMW kan u daarbij helpen.
right-zorgbudget-ouderen-otherwise = U heeft niet gezegd dat u elke dag veel hulp nodig heeft. Heeft u toch hulp nodig bij dagelijkse dingen, zoals wassen, aankleden, eten of het huishouden? Vraag dan raad aan uw ziekenfonds of het OCMW.

right-zorgbudget-ouderen-unverified-amounts = Sinds 1 maart 2026 hangt de categorie af van een nieuwe meting, de BelRAI-screener. De bedragen per categorie van nu zijn nog niet nagekeken. We tonen de bedragen van april 2023.

## Basisondersteuningsbudget

right-basisondersteuningsbudget = Basisondersteuningsbudget (zorgbudget voor mensen met een handicap)
right-basisondersteuningsbudget-summary = Het basisondersteuningsbudget is geld voor mensen met een handicap. U krijgt het elke maand van uw zorgkas. U moet wel ingeschreven zijn bij het VAPH (Vlaams Agentschap voor Personen met een Handicap).
right-basisondersteuningsbudget-counter = Ik wil weten of ik een basisondersteuningsbudget krijg.

right-basisondersteuningsbudget-reason-outside = U woont niet in Vlaanderen of Brussel. Dit zorgbudget is van de Vlaamse sociale bescherming. Vraag aan uw ziekenfonds welke hulp er is waar u woont.
right-basisondersteuningsbudget-reason-brussels = U woont in Brussel. Dit zorgbudget is van de Vlaamse sociale bescherming. In Brussel kan het alleen als u aangesloten bent bij een Vlaamse zorgkas. Vraag het na bij uw zorgkas.
right-basisondersteuningsbudget-reason-points = U of iemand in uw gezin krijgt een integratietegemoetkoming (IT) of een zorgtoeslag voor een kind. Kreeg u die op basis van minstens 12 punten? Dan krijgt u het basisondersteuningsbudget vanzelf. U kunt het niet zelf aanvragen: uw zorgkas of ziekenfonds neemt contact met u op. Heeft u al een persoonsvolgend budget? Dan krijgt u het niet. Hoorde u niets? Vraag het dan na bij uw zorgkas.
right-basisondersteuningsbudget-reason-vaph = U of iemand in uw gezin heeft een handicap. Het basisondersteuningsbudget is voor mensen die bij het VAPH ingeschreven zijn. Ze moeten daar op een lijst staan voor een persoonsvolgend budget: de prioriteitengroep. Een persoonsvolgend budget is geld van het VAPH om zelf zorg en hulp te kiezen. Voor kinderen en jongeren zijn er nog andere regels. U kunt het basisondersteuningsbudget niet zelf aanvragen. Uw zorgkas of ziekenfonds neemt contact met u op. Heeft u al een persoonsvolgend budget? Dan krijgt u het basisondersteuningsbudget niet. Bent u nog niet ingeschreven bij het VAPH? Vraag dan hulp aan de sociale dienst van uw ziekenfonds of aan het OCMW.
right-basisondersteuningsbudget-otherwise = U heeft niet gezegd dat iemand in uw gezin een handicap heeft. Dit zorgbudget is voor mensen met een handicap die bij het VAPH ingeschreven zijn.

right-basisondersteuningsbudget-unverified-amount = Het bedrag van nu is nog niet nagekeken. We tonen een bedrag uit 2019. Een andere bron noemt een hoger bedrag.

## Documents

document-formulier-zorgbudget-zwaar-zorgbehoevenden = Aanvraagformulier voor het zorgbudget voor zwaar zorgbehoevenden
document-formulier-zorgbudget-zwaar-zorgbehoevenden-where = U krijgt het bij uw zorgkas. Het OCMW kan u ook helpen.

document-attest-zorgnood = Attest over uw zorgnood
document-attest-zorgnood-where = Vraag het aan de thuisverpleging of de dienst voor gezinszorg die bij u komt. Een beslissing over een IT, een zorgbudget voor ouderen of een zorgtoeslag voor een kind kan ook dienen. Woont u in een psychiatrisch verzorgingstehuis of in een woonzorgcentrum in Brussel? Vraag dan een attest van uw verblijf.

## Offices

office-zorgkas = Uw zorgkas
office-zorgkas-in-person = Ga naar een kantoor van uw zorgkas. Uw zorgkas hoort meestal bij uw ziekenfonds. U kunt dan naar het kantoor van uw ziekenfonds gaan.
office-zorgkas-phone = Bel uw zorgkas. Het nummer staat op de brieven van uw zorgkas. U kunt het ook vragen aan uw ziekenfonds.
office-zorgkas-online = Het zorgbudget voor ouderen vraagt u alleen online aan, op deze website. U logt in met uw eID. Uw zorgkas, ziekenfonds, gemeente of OCMW kan u helpen.
office-zorgkas-letter = Het zorgbudget voor zwaar zorgbehoevenden vraagt u aan met een formulier en een attest. Stuur ze naar uw zorgkas, of geef ze af bij het OCMW. Het OCMW stuurt ze door.

## Parameters

param-zorgbudget-zwaar-zorgbehoevenden = Zorgbudget voor zwaar zorgbehoevenden: bedrag per maand
param-zorgbudget-ouderen-categorie-4-max = Zorgbudget voor ouderen: hoogste bedrag per maand in categorie 4 (automatisch voor bewoners van een woonzorgcentrum met een laag inkomen)
param-zorgbudget-ouderen-categorie-5-max = Zorgbudget voor ouderen: hoogste bedrag per maand in categorie 5 (automatisch voor bewoners van een woonzorgcentrum met een IGO)
param-basisondersteuningsbudget = Basisondersteuningsbudget: bedrag per maand

# Issue 13: children get the ondersteuningstoeslag, not a BOB
right-basisondersteuningsbudget-reason-child = Uw kind krijgt een zorgtoeslag. Voor kinderen is er geen basisondersteuningsbudget van de zorgkas. Heeft uw kind minstens 12 punten? Dan krijgt het de ondersteuningstoeslag van het Groeipakket, vanzelf via uw uitbetaler.

# Issue 13: lagere zorgpremie
right-zorgpremie-vermindering = Lagere zorgpremie
right-zorgpremie-vermindering-summary = Iedereen in Vlaanderen betaalt elk jaar een zorgpremie aan een zorgkas. Met de verhoogde tegemoetkoming betaalt u minder.
right-zorgpremie-vermindering-counter = Ik wil nagaan of ik een lagere zorgpremie betaal.
right-zorgpremie-vermindering-if-missing = Betaalt u toch de volle zorgpremie? Vraag het na bij uw zorgkas. Neem een attest van de verhoogde tegemoetkoming mee.
right-zorgpremie-vermindering-reason-outside = U woont niet in Vlaanderen of Brussel. De zorgpremie is Vlaams.
right-zorgpremie-vermindering-reason-vt = U heeft de verhoogde tegemoetkoming. Had u die al op 1 januari van vorig jaar, en woont u al 5 jaar in Vlaanderen of Brussel? Dan betaalt u vanzelf een lagere zorgpremie. U hoeft niets te doen.
right-zorgpremie-vermindering-otherwise = Een lagere zorgpremie is er voor wie de verhoogde tegemoetkoming heeft. Krijgt u die later? Dan betaalt u later ook minder.

right-zorgpremie-vermindering-reason-brussels = U woont in Brussel. Daar kiest u zelf of u bij een Vlaamse zorgkas aansluit. Heeft u dat gedaan en heeft u de verhoogde tegemoetkoming? Dan betaalt u daar waarschijnlijk ook een lagere zorgpremie. Vraag het na bij uw zorgkas.
