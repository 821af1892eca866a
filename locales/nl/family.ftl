# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket: startbedrag

right-groeipakket-startbedrag = Startbedrag van het Groeipakket
right-groeipakket-startbedrag-summary = Het startbedrag is geld van het Groeipakket dat u één keer krijgt bij de geboorte of de adoptie van een kind.
right-groeipakket-startbedrag-counter = Ik wil het startbedrag van het Groeipakket aanvragen.
right-groeipakket-startbedrag-if-missing = Kreeg u het startbedrag niet na de aangifte van de geboorte? Neem dan contact op met uw uitbetaler van het Groeipakket. Heeft u nog nooit een uitbetaler gekozen? Neem dan contact op met FONS.
right-groeipakket-startbedrag-deadline = U kunt het startbedrag vragen vanaf ongeveer 4 maanden voor de verwachte geboorte, tot 5 jaar na de geboorte.

right-groeipakket-startbedrag-reason-brussels = U woont in Brussel. Daar krijgt u geen Vlaams Groeipakket, maar Brusselse kinderbijslag, ook bij een geboorte. Iriscare regelt die. U krijgt ze via een Brusselse uitbetaler, bijvoorbeeld Famiris.
right-groeipakket-startbedrag-reason-wallonia = U woont in Wallonië. Daar krijgt u geen Vlaams Groeipakket, maar Waalse kinderbijslag, ook bij een geboorte. AVIQ regelt die. U krijgt ze via een Waalse uitbetaler, bijvoorbeeld FAMIWAL. In de Duitstalige Gemeenschap regelt die gemeenschap de kinderbijslag zelf.
right-groeipakket-startbedrag-reason-abroad = U woont niet in België. Het Groeipakket is voor kinderen die in Vlaanderen wonen. Werkt u of uw partner in België? Vraag dan aan een uitbetaler van het Groeipakket, bijvoorbeeld FONS, of u toch recht heeft.
right-groeipakket-startbedrag-reason-residence = Het Groeipakket is voor kinderen die in Vlaanderen wonen. Of uw kind er recht op heeft met uw verblijf, is niet zeker. De uitbetaler beslist dat. Vraag het aan FONS of aan het OCMW.
right-groeipakket-startbedrag-reason-expecting = U verwacht een baby. Na de geboorte wordt die aangegeven bij de gemeente. Daarna betaalt de uitbetaler van het Groeipakket het startbedrag vanzelf. Wilt u het geld al voor de geboorte? Vraag het dan zelf aan, vanaf ongeveer 4 maanden voor de verwachte datum, met een attest van uw dokter. U krijgt het geld dan ten vroegste 2 maanden voor de geboorte.
right-groeipakket-startbedrag-otherwise = Het startbedrag is voor de geboorte of de adoptie van een kind. Is uw kind de laatste 5 jaar geboren of geadopteerd, en kreeg u nog geen startbedrag? Vraag het dan aan uw uitbetaler van het Groeipakket.

right-groeipakket-startbedrag-unverified-amount = Het startbedrag stijgt elk jaar in september met 2 procent. De bedragen vanaf september 2024 zijn nog niet nagekeken. We tonen het bedrag van september 2023.

## Groeipakket: basisbedrag

right-groeipakket-basisbedrag = Basisbedrag van het Groeipakket
right-groeipakket-basisbedrag-summary = Het basisbedrag is geld dat u elke maand van het Groeipakket krijgt voor elk kind.
right-groeipakket-basisbedrag-counter = Ik wil nagaan of ik het Groeipakket krijg voor mijn kinderen.
right-groeipakket-basisbedrag-if-missing = Krijgt u het Groeipakket niet? Neem dan contact op met uw uitbetaler. Weet u niet wie uw uitbetaler is, of heeft u nog nooit een uitbetaler gekozen? Neem dan contact op met FONS. U kunt ook hulp vragen in het Huis van het Kind of bij het OCMW.

right-groeipakket-basisbedrag-reason-brussels = U woont in Brussel. Daar krijgt u geen Vlaams Groeipakket, maar Brusselse kinderbijslag. Iriscare regelt die. U krijgt ze via een Brusselse uitbetaler, bijvoorbeeld Famiris.
right-groeipakket-basisbedrag-reason-wallonia = U woont in Wallonië. Daar krijgt u geen Vlaams Groeipakket, maar Waalse kinderbijslag. AVIQ regelt die. U krijgt ze via een Waalse uitbetaler, bijvoorbeeld FAMIWAL. In de Duitstalige Gemeenschap regelt die gemeenschap de kinderbijslag zelf.
right-groeipakket-basisbedrag-reason-abroad = U woont niet in België. Het Groeipakket is voor kinderen die in Vlaanderen wonen. Werkt u of uw partner in België? Vraag dan aan een uitbetaler van het Groeipakket, bijvoorbeeld FONS, of u toch recht heeft.
right-groeipakket-basisbedrag-reason-already = U krijgt al het Groeipakket voor uw kinderen. U hoeft niets te doen. Elk jaar in augustus krijgt u ook vanzelf een schoolbonus.
right-groeipakket-basisbedrag-reason-residence = Het Groeipakket is voor kinderen die in Vlaanderen wonen. Of uw kinderen er recht op hebben met uw verblijf, is niet zeker. De uitbetaler beslist dat. Vraag het aan FONS of aan het OCMW.
right-groeipakket-basisbedrag-reason-school-children = Er gaat een kind van u naar school. Voor elk kind dat in Vlaanderen woont, krijgt u het Groeipakket vanzelf. Tot de maand waarin het kind 18 jaar wordt, zijn er geen voorwaarden. Voor kinderen die voor 2019 geboren zijn, gelden de oude bedragen. Elk jaar in augustus krijgt u ook vanzelf een schoolbonus.
right-groeipakket-basisbedrag-reason-children = Voor elk kind dat in Vlaanderen woont, krijgt u het Groeipakket vanzelf. Tot de maand waarin het kind 18 jaar wordt, zijn er geen voorwaarden. Voor kinderen die voor 2019 geboren zijn, gelden de oude bedragen.
right-groeipakket-basisbedrag-reason-expecting = U verwacht een baby. Na de geboorte krijgt u het basisbedrag vanzelf, elke maand. Het begint zodra het startbedrag betaald is.
right-groeipakket-basisbedrag-otherwise = Er wonen geen kinderen bij u. Het Groeipakket is voor kinderen. Zorgt u toch voor een kind dat in Vlaanderen woont? Vraag het dan aan FONS.

right-groeipakket-basisbedrag-unverified-amount = Het basisbedrag stijgt elk jaar in september met 2 procent. De bedragen vanaf september 2024 zijn nog niet nagekeken. We tonen het bedrag van september 2023.

## Groeipakket: sociale toeslag

right-groeipakket-sociale-toeslag = Sociale toeslag van het Groeipakket
right-groeipakket-sociale-toeslag-summary = De sociale toeslag is extra geld van het Groeipakket voor gezinnen met een laag inkomen.
right-groeipakket-sociale-toeslag-counter = Ik wil nagaan of ik de sociale toeslag van het Groeipakket krijg.
right-groeipakket-sociale-toeslag-if-missing = Krijgt u de sociale toeslag niet, terwijl uw inkomen laag is? Vraag het dan aan uw uitbetaler van het Groeipakket. Is uw inkomen pas gedaald? Dan kunt u de toeslag vragen als uw inkomen al 6 maanden na elkaar laag is.

right-groeipakket-sociale-toeslag-reason-brussels = U woont in Brussel. Daar krijgt u geen Vlaams Groeipakket. De Brusselse kinderbijslag heeft eigen toeslagen voor gezinnen met een laag inkomen. Vraag ernaar bij uw Brusselse uitbetaler, bijvoorbeeld Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = U woont in Wallonië. Daar krijgt u geen Vlaams Groeipakket. De Waalse kinderbijslag heeft eigen toeslagen voor gezinnen met een laag inkomen. Vraag ernaar bij uw Waalse uitbetaler, bijvoorbeeld FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = U woont niet in België. De sociale toeslag hoort bij het Groeipakket. Dat is voor kinderen die in Vlaanderen wonen.
right-groeipakket-sociale-toeslag-reason-residence = De sociale toeslag hoort bij het Groeipakket. Dat is voor kinderen die in Vlaanderen wonen. Of uw kinderen er recht op hebben met uw verblijf, is niet zeker. De uitbetaler beslist dat. Vraag het aan FONS of aan het OCMW.
right-groeipakket-sociale-toeslag-reason-no-children = Er wonen geen kinderen bij u. De sociale toeslag is extra geld bij het Groeipakket voor kinderen.
right-groeipakket-sociale-toeslag-reason-automatic = Het inkomen van uw gezin op het laatste aanslagbiljet is niet hoger dan de grens. Dan krijgt u de sociale toeslag vanzelf, bovenop het Groeipakket. Uw uitbetaler kijkt dat elk jaar zelf na, voor de periode van 1 september tot 31 augustus.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = U heeft minstens 3 kinderen, en minstens één kind is in 2019 of later geboren of wordt nog geboren. Dan geldt een hogere inkomensgrens. Het inkomen van uw gezin op het laatste aanslagbiljet is niet hoger dan die grens. Dan krijgt u de sociale toeslag vanzelf, bovenop het Groeipakket.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = U heeft minstens 3 kinderen. Dan geldt een hogere inkomensgrens, als minstens één kind in 2019 of later geboren is. Het inkomen van uw gezin is niet hoger dan die hogere grens. Is een van uw kinderen in 2019 of later geboren? Dan krijgt u de sociale toeslag waarschijnlijk vanzelf. Vraag het na bij uw uitbetaler.
right-groeipakket-sociale-toeslag-reason-request-income-fell = Uw laatste aanslagbiljet toont een hoger inkomen dan de grens, maar uw inkomen nu is lager. Is uw inkomen al minstens 6 maanden na elkaar zo laag? Dan kunt u de sociale toeslag vragen aan uw uitbetaler. U moet dan bewijzen hoeveel u nu verdient. De uitbetaler rekent het na.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = U heeft minstens 3 kinderen, en minstens één kind is in 2019 of later geboren of wordt nog geboren. Dan geldt een hogere inkomensgrens. Uw laatste aanslagbiljet toont een hoger inkomen dan die grens, maar uw inkomen nu is lager. Is uw inkomen al minstens 6 maanden na elkaar zo laag? Dan kunt u de sociale toeslag vragen aan uw uitbetaler. U moet dan bewijzen hoeveel u nu verdient.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = U heeft minstens 3 kinderen. Dan geldt een hogere inkomensgrens, als minstens één kind in 2019 of later geboren is. Uw inkomen nu is niet hoger dan die hogere grens. Is een van uw kinderen in 2019 of later geboren, en is uw inkomen al minstens 6 maanden na elkaar zo laag? Dan kunt u de sociale toeslag vragen aan uw uitbetaler.
right-groeipakket-sociale-toeslag-otherwise = Het inkomen van uw gezin lijkt hoger dan de grens. Daalt uw inkomen, bijvoorbeeld door werkloosheid of ziekte? Is het dan 6 maanden na elkaar lager dan de grens? Dan kunt u de sociale toeslag vragen aan uw uitbetaler.

right-groeipakket-sociale-toeslag-unverified-limit-date = De inkomensgrens komt van de website van FONS. Daar staat niet bij voor welk jaar ze geldt. Waarschijnlijk is het de grens voor 2024-2025. De grens van nu is nog niet nagekeken.
right-groeipakket-sociale-toeslag-unverified-amounts = De bedragen van de sociale toeslag van nu zijn nog niet nagekeken. We tonen de bedragen van 2022-2023.

## Groeipakket: schooltoeslag

right-groeipakket-schooltoeslag = Schooltoeslag van het Groeipakket
right-groeipakket-schooltoeslag-summary = De schooltoeslag is extra geld van het Groeipakket voor kinderen die naar school gaan. Het is voor de kleuterschool, de lagere school en de middelbare school. U krijgt het als het inkomen van uw gezin laag genoeg is.
right-groeipakket-schooltoeslag-counter = Ik wil nagaan of ik de schooltoeslag krijg voor mijn kinderen.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = U woont niet in Vlaanderen. Gaat uw kind naar een school die door Vlaanderen erkend is, bijvoorbeeld een Nederlandstalige school in Brussel? Dan kunt u de schooltoeslag aanvragen bij FONS, online of met een formulier. Of u ze krijgt, hangt af van het inkomen van uw gezin.
right-groeipakket-schooltoeslag-reason-outside-flanders = U woont niet in Vlaanderen. De schooltoeslag is voor kinderen die in Vlaanderen wonen, of die naar een school gaan die door Vlaanderen erkend is.
right-groeipakket-schooltoeslag-reason-residence = De schooltoeslag hoort bij het Groeipakket. Of uw kinderen er recht op hebben met uw verblijf, is niet zeker. De uitbetaler beslist dat. Vraag het aan FONS of aan het OCMW.
right-groeipakket-schooltoeslag-reason-no-pupil = Er gaat niemand in uw gezin naar de kleuterschool, de lagere school of de middelbare school. Volgt iemand de opleiding HBO5 verpleegkunde? Dan kan die wel een schooltoeslag krijgen. Vraag het aan uw uitbetaler.
right-groeipakket-schooltoeslag-reason-income-check = Uw kind gaat naar school. De uitbetaler van het Groeipakket kijkt zelf na of u de schooltoeslag krijgt. U hoeft niets aan te vragen. Het hangt af van het inkomen van uw gezin, uw gezinssituatie, de soort school en of uw kind genoeg naar school gaat. Wij kunnen niet zeggen of uw inkomen laag genoeg is. Heeft u recht, dan krijgt u het geld tussen eind augustus en december.
right-groeipakket-schooltoeslag-otherwise = Er gaat niemand in uw gezin naar de kleuterschool, de lagere school of de middelbare school.

right-groeipakket-schooltoeslag-unverified-limits = De inkomensgrenzen die we gebruiken, zijn die van het schooljaar 2020-2021. Ze zijn sindsdien gestegen. Ligt uw inkomen boven die oude grens? Dan kunnen we niet zeggen of u de schooltoeslag krijgt.

## Studietoelage

right-studietoelage = Studietoelage voor hoger onderwijs
right-studietoelage-summary = De studietoelage is geld van de Vlaamse overheid voor studenten aan een hogeschool of universiteit uit een gezin met een laag inkomen.
right-studietoelage-counter = Ik wil een studietoelage aanvragen.
right-studietoelage-deadline = U kunt de studietoelage voor een academiejaar aanvragen tot 1 juni. Vanaf 2 juni kunt u beginnen aan de aanvraag voor het volgende academiejaar.

right-studietoelage-reason-no-student = Niemand in uw gezin gaat naar een hogeschool of universiteit. Voor de kleuterschool, de lagere school en de middelbare school is er de schooltoeslag van het Groeipakket.
right-studietoelage-reason-outside-flanders = U woont niet in Vlaanderen. Studeert u aan een hogeschool of universiteit die door Vlaanderen erkend is, bijvoorbeeld een Nederlandstalige in Brussel? Dan kunt u misschien toch een Vlaamse studietoelage krijgen. Vraag het na bij de afdeling Studietoelagen. Studeert u aan een Franstalige hogeschool of universiteit? Vraag dan naar een studietoelage bij de Franse Gemeenschap (Fédération Wallonie-Bruxelles).
right-studietoelage-reason-abroad = U woont niet in België. Of u een Vlaamse studietoelage kunt krijgen, hangt af van uw nationaliteit en uw opleiding. Vraag het na bij de afdeling Studietoelagen.
right-studietoelage-reason-nationality = Voor de studietoelage gelden voorwaarden over de nationaliteit of het verblijf van de student. De afdeling Studietoelagen kijkt dat na. Vraag de studietoelage aan, of vraag eerst raad aan het OCMW of de studentendienst van de school.
right-studietoelage-reason-low-income = Iemand in uw gezin studeert aan een hogeschool of universiteit. En uw gezin heeft een laag inkomen. Vraag dan zeker een studietoelage aan. De student doet de aanvraag zelf. Dat kan online met de identiteitskaart (eID) of itsme, of op papier. Met een studietoelage betaalt de student ook minder inschrijvingsgeld. En het gezin krijgt een extra bedrag van het Groeipakket. Kreeg de student vorig jaar al een studietoelage? Dan stuurt de afdeling Studietoelagen zelf een ingevuld formulier. Dat komt tussen oktober en februari. De student moet het dan alleen nog bevestigen.
right-studietoelage-reason-income-check = Iemand in uw gezin studeert aan een hogeschool of universiteit. Of de student een studietoelage krijgt, hangt af van het inkomen en de gezinssituatie. De afdeling Studietoelagen rekent dat uit. Twijfelt u? Vraag de studietoelage dan toch aan, voor 1 juni. Met een iets hoger inkomen kan de student soms wel minder inschrijvingsgeld betalen.
right-studietoelage-otherwise = Niemand in uw gezin gaat naar een hogeschool of universiteit.

right-studietoelage-unverified-limits = De inkomensgrenzen en de bedragen voor 2025-2026 zijn nog niet nagekeken.

## Kinderopvang: inkomenstarief

right-kinderopvang-inkomenstarief = Inkomenstarief in de kinderopvang
right-kinderopvang-inkomenstarief-summary = Met het inkomenstarief betaalt u voor de kinderopvang een prijs per dag die past bij het inkomen van uw gezin.
right-kinderopvang-inkomenstarief-counter = Ik wil een attest inkomenstarief voor de kinderopvang aanvragen.
right-kinderopvang-inkomenstarief-deadline = Vraag het attest aan in de maand voor de opvang begint. Dat mag ten vroegste 2 maanden voor de start. Geef het attest aan de opvang voor de eerste dag.

right-kinderopvang-inkomenstarief-reason-no-children = Er wonen geen kinderen bij u en u verwacht geen baby.
right-kinderopvang-inkomenstarief-reason-no-childcare = Uw kind gaat niet naar de kinderopvang.
right-kinderopvang-inkomenstarief-reason-brussels = U woont in Brussel. Gaat uw kind naar een Nederlandstalige kinderopvang in Brussel? Dan vraagt u het attest inkomenstarief ook bij Kind en Gezin. Gaat het naar een Franstalige opvang? Vraag dan aan de opvang hoe de prijs berekend wordt.
right-kinderopvang-inkomenstarief-reason-outside = U woont niet in Vlaanderen of Brussel. Gaat uw kind toch naar een kinderopvang in Vlaanderen? Vraag dan bij Kind en Gezin of u een attest inkomenstarief nodig heeft. Anders vraagt u aan de opvang hoe de prijs berekend wordt.
right-kinderopvang-inkomenstarief-reason-leefloon = U krijgt een leefloon. Vraag het attest inkomenstarief aan bij Kind en Gezin, via Mijn Kind en Gezin of de Kind en Gezin-lijn. Duid daarbij aan dat u een leefloon krijgt. Dan betaalt u maar de helft: dat heet het individueel verminderd tarief. Is de prijs toch te hoog? Vraag dan aan het OCMW of u minder mag betalen. Het OCMW beslist na een sociaal onderzoek.
right-kinderopvang-inkomenstarief-reason-childcare = Uw kind gaat naar de kinderopvang. Vraag dan een attest inkomenstarief aan bij Kind en Gezin. Dat kan via Mijn Kind en Gezin of via de Kind en Gezin-lijn. Geef het attest aan de opvang. U heeft het attest altijd nodig, ook als u uw inkomen niet wilt tonen. Dan betaalt u wel het hoogste tarief. Is uw inkomen al 3 maanden minstens 20 procent lager dan vroeger? Dan kunt u vragen om maar de helft te betalen. Kunt u de prijs niet betalen? Dan kan het OCMW een lagere prijs toestaan. Het OCMW bekijkt eerst uw situatie. Dat heet een sociaal onderzoek.
right-kinderopvang-inkomenstarief-reason-expecting = U verwacht een baby. Gaat uw baby later naar de kinderopvang? Vraag dan een attest inkomenstarief aan bij Kind en Gezin, in de maand voor de opvang begint. Dan betaalt u een prijs die past bij het inkomen van uw gezin.
right-kinderopvang-inkomenstarief-otherwise = Gaat uw kind later naar de kinderopvang? Vraag dan een attest inkomenstarief aan bij Kind en Gezin, in de maand voor de opvang begint.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = Het laagste tarief dat het OCMW kan toestaan, is nagekeken voor 2024. Het bedrag voor 2025 en 2026 is nog niet nagekeken.

## Documents

document-attest-verwachte-bevalling = Attest van de dokter met de verwachte datum van de geboorte
document-attest-verwachte-bevalling-where = Vraag het aan uw dokter of uw gynaecoloog.

document-adoptiebeslissing = Alleen bij adoptie: het verzoekschrift of de beslissing over de adoptie
document-adoptiebeslissing-where = U kreeg die van de familierechtbank. Kwijt? Vraag een kopie aan de griffie van de rechtbank.

document-bewijs-kosten = Alleen als u het OCMW om een lagere prijs vraagt: bewijzen van uw kosten, zoals huur, energie, leningen en schulden
document-bewijs-kosten-where = Neem uw facturen en de brieven over uw leningen en schulden mee. Uw rekeninguittreksels helpen ook.

## Offices

office-groeipakket-uitbetaler = Uw uitbetaler van het Groeipakket (FONS, Infino, KidsLife, MyFamily of Parentia)
office-groeipakket-uitbetaler-in-person = Ga naar een kantoor van uw uitbetaler. U kunt ook hulp vragen in het Huis van het Kind. Sommige OCMW's hebben zitdagen van een uitbetaler.
office-groeipakket-uitbetaler-phone = Bel uw uitbetaler. Het nummer staat op de brieven en de website van uw uitbetaler. Heeft u nog nooit een uitbetaler gekozen? Dan is het FONS.
office-groeipakket-uitbetaler-online = Log in op de website van uw uitbetaler. Op de brieven over het Groeipakket ziet u wie uw uitbetaler is.

office-studietoelagen = Afdeling Studietoelagen van de Vlaamse overheid
office-studietoelagen-online = Vraag de studietoelage online aan via het digitaal loket op deze website. U logt in met uw eID of itsme.
office-studietoelagen-phone = Bel de Vlaamse infolijn met uw vragen over de studietoelage.
office-studietoelagen-letter = U kunt de studietoelage ook op papier aanvragen, met een formulier.
office-studietoelagen-in-person = Hulp nodig? Ga naar het OCMW, het Loket Onderwijs of de studentendienst van de hogeschool of universiteit. De student moet zelf meekomen om toestemming te geven.

office-kinderopvang = Kind en Gezin (Opgroeien)
office-kinderopvang-online = Vraag het attest inkomenstarief aan in Mijn Kind en Gezin, op de website van Kind en Gezin. U logt in met uw eID of itsme.
office-kinderopvang-phone = Bel de Kind en Gezin-lijn. Daar helpen ze u ook om het attest aan te vragen.
office-kinderopvang-in-person = Hulp nodig? Vraag het aan uw kinderopvang, aan het OCMW of aan het Lokaal Loket Kinderopvang.

## Parameters

param-groeipakket-startbedrag = Groeipakket: startbedrag bij een geboorte of adoptie (één keer)
param-groeipakket-basisbedrag = Groeipakket: basisbedrag per kind per maand, voor kinderen geboren vanaf 2019
param-groeipakket-sociale-toeslag-grens = Groeipakket, sociale toeslag: inkomensgrens van het gezin per jaar (belastbaar inkomen, laatste aanslagbiljet)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket, sociale toeslag: hogere inkomensgrens per jaar voor gezinnen met 3 of meer kinderen, van wie minstens één geboren vanaf 2019
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket, sociale toeslag per kind per maand, gezin met 1 of 2 kinderen
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket, sociale toeslag per kind per maand, gezin met 1 of 2 kinderen, middelste inkomensschijf
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket, sociale toeslag per kind per maand, gezin met meer dan 2 kinderen
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket, sociale toeslag per kind per maand, gezin met meer dan 2 kinderen, middelste inkomensschijf
param-kinderopvang-minimumtarief-ocmw = Kinderopvang: minimumtarief per dag dat het OCMW kan toestaan

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = Zorgtoeslag van het Groeipakket
right-groeipakket-zorgtoeslag-summary = De zorgtoeslag is extra geld van het Groeipakket voor een kind met een handicap of een langdurige ziekte.
right-groeipakket-zorgtoeslag-counter = Ik wil een zorgtoeslag aanvragen voor mijn kind.
right-groeipakket-zorgtoeslag-reason-already = Uw kind krijgt al een zorgtoeslag. Verandert de gezondheid van uw kind? Vraag dan een nieuw onderzoek aan de uitbetaler van uw Groeipakket.
right-groeipakket-zorgtoeslag-reason-outside-flanders = U woont niet in Vlaanderen. De zorgtoeslag hoort bij het Vlaamse Groeipakket. In Brussel en Wallonië is er een eigen kinderbijslag. Vraag het daar na.
right-groeipakket-zorgtoeslag-reason-no-children = Er wonen geen kinderen bij u. De zorgtoeslag is voor kinderen.
right-groeipakket-zorgtoeslag-reason-request = Heeft een kind in uw gezin een handicap of een langdurige ziekte? Vraag dan de zorgtoeslag aan bij de uitbetaler van uw Groeipakket. Een arts van Opgroeien onderzoekt uw kind. Geef de gegevens van de arts van uw kind mee.
right-groeipakket-zorgtoeslag-otherwise = U heeft niet gezegd dat iemand in uw gezin een handicap heeft. Heeft een kind een handicap of een langdurige ziekte? Vraag dan de zorgtoeslag aan bij de uitbetaler van uw Groeipakket.

right-groeipakket-ondersteuningstoeslag = Ondersteuningstoeslag van het Groeipakket
right-groeipakket-ondersteuningstoeslag-summary = De ondersteuningstoeslag is extra geld van het Groeipakket voor een kind met een zorgtoeslag van minstens 12 punten.
right-groeipakket-ondersteuningstoeslag-counter = Ik wil nagaan of ik de ondersteuningstoeslag krijg voor mijn kind.
right-groeipakket-ondersteuningstoeslag-if-missing = Krijgt u de ondersteuningstoeslag niet? Vraag het na bij de uitbetaler van uw Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = U woont niet in Vlaanderen. De ondersteuningstoeslag hoort bij het Vlaamse Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-automatic = Uw kind krijgt een zorgtoeslag met minstens 12 punten. Dan krijgt het ook de ondersteuningstoeslag. Dat gaat vanzelf, via de uitbetaler van uw Groeipakket. Het is geen zorgbudget van de zorgkas.
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = Uw kind heeft minder dan 12 punten voor de zorgtoeslag. De ondersteuningstoeslag is voor kinderen met minstens 12 punten. Krijgt uw kind later meer punten? Dan komt hij vanzelf.
right-groeipakket-ondersteuningstoeslag-otherwise = Niemand in uw gezin krijgt een zorgtoeslag. De ondersteuningstoeslag is voor kinderen met een zorgtoeslag van minstens 12 punten.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = Uw kind gaat naar school en het inkomen van uw gezin is lager dan de grens voor de schooltoeslag. Dan krijgt u de schooltoeslag vanzelf van de uitbetaler van uw Groeipakket, tussen eind augustus en december. U hoeft niets aan te vragen. Uw kind moet wel genoeg naar school gaan.
right-groeipakket-schooltoeslag-if-missing = Kreeg u in december nog geen schooltoeslag? Vraag het na bij de uitbetaler van uw Groeipakket.
param-schooltoeslag-max-2-points = Schooltoeslag: hoogste inkomen voor een gezin met 2 punten
param-schooltoeslag-max-3-points = Schooltoeslag: hoogste inkomen voor een gezin met 3 punten
param-schooltoeslag-max-4-points = Schooltoeslag: hoogste inkomen voor een gezin met 4 punten
param-schooltoeslag-max-5-points = Schooltoeslag: hoogste inkomen voor een gezin met 5 punten
param-schooltoeslag-max-6-points = Schooltoeslag: hoogste inkomen voor een gezin met 6 punten
param-studietoelage-max-3-points = Studietoelage hoger onderwijs: hoogste gezinsinkomen bij 3 punten
