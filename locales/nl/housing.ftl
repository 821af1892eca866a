# Housing: huurpremie, huursubsidie, sociale huurwoning.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Vlaamse huurpremie

right-huurpremie = Vlaamse huurpremie
right-huurpremie-summary = De huurpremie is geld per maand van de Vlaamse overheid voor wie privé huurt en al lang wacht op een sociale woning.
right-huurpremie-counter = Ik sta al 4 jaar op de wachtlijst voor een sociale woning. Ik wil een huurpremie aanvragen.
right-huurpremie-if-missing = Staat u al 4 jaar op de wachtlijst en kreeg u geen formulier? Neem dan contact op met uw woonmaatschappij. Wacht niet te lang: de huurpremie wordt maar tot 6 maanden terug betaald.
right-huurpremie-deadline = Stuur het formulier snel terug. De huurpremie wordt maar tot 6 maanden terug betaald. Verhuist u? Schrijf u dan binnen 9 maanden in bij de woonmaatschappij van uw nieuwe gemeente. Anders stopt de huurpremie.

right-huurpremie-reason-brussels = U woont in Brussel. De Vlaamse huurpremie geldt daar niet. Het Brussels Gewest heeft eigen hulp bij de huur. Vraag ernaar bij het OCMW van uw gemeente.
right-huurpremie-reason-wallonia = U woont in Wallonië. De Vlaamse huurpremie geldt daar niet. Het Waals Gewest heeft eigen regels. Vraag raad aan het OCMW (in het Frans: CPAS) van uw gemeente.
right-huurpremie-reason-abroad = U woont niet in België. De huurpremie is voor een huurwoning in Vlaanderen.
right-huurpremie-reason-social-tenant = U huurt al een sociale woning. De huurpremie is voor wie privé huurt en wacht op een sociale woning.
right-huurpremie-reason-owner = U bent eigenaar van uw woning. De huurpremie is alleen voor wie huurt en geen woning heeft.
right-huurpremie-reason-not-private-tenant = De huurpremie is alleen voor wie een woning huurt bij een private verhuurder, met het huurcontract op eigen naam.
right-huurpremie-reason-waitlist-short = De huurpremie is er pas als u 4 jaar zonder onderbreking op de wachtlijst voor een sociale woning staat. Staat u nog niet op de wachtlijst? Schrijf u dan in bij de woonmaatschappij.
right-huurpremie-reason-income = Uw inkomen lijkt hoger dan de grens voor een sociale woning. Die grens geldt ook voor de huurpremie. Wonen in Vlaanderen kijkt naar uw laatste aanslagbiljet van de belastingen. Twijfelt u? Bel de Vlaamse infolijn 1700.
right-huurpremie-reason-proactive = U huurt bij een private verhuurder. En u staat al 4 jaar of langer op de wachtlijst voor een sociale woning. Dan stuurt Wonen in Vlaanderen u normaal zelf een formulier. Het heeft een gele sticker. Vul het formulier in. Stuur het terug met een kopie van uw huurcontract. Kreeg u geen formulier? Neem dan contact op met uw woonmaatschappij. Wacht niet te lang, anders verliest u geld. U krijgt de huurpremie hoogstens voor 6 maanden terug in de tijd. Let op: het huurcontract moet op uw naam staan. U moet ook op dat adres ingeschreven zijn. U mag niet huren van een familielid dat op hetzelfde adres woont. Bijvoorbeeld uw ouders, grootouders, broer of zus. De huurpremie stopt als u een sociale woning krijgt. Ze stopt ook als u een passende sociale woning weigert.
right-huurpremie-otherwise = U lijkt geen recht te hebben op de huurpremie. Twijfelt u? Bel de Vlaamse infolijn 1700.

right-huurpremie-unverified-amounts = De bedragen van de huurpremie en de hoogste huurprijs voor 2025 en 2026 zijn nog niet nagekeken. We kennen de bedragen van 2024 en de hoogste huurprijs van 2023.
right-huurpremie-unverified-conformity = Sinds november 2023 moet u niet meer bewijzen dat uw woning in orde is. De huurpremie wordt alleen geweigerd als uw woning ongeschikt, onbewoonbaar of overbewoond verklaard is. Dat komt uit een krant en is nog niet nagekeken bij een officiële bron.

## Vlaamse huursubsidie

right-huursubsidie = Vlaamse huursubsidie
right-huursubsidie-summary = De huursubsidie is geld per maand van de Vlaamse overheid als u verhuist naar een betere of aangepaste huurwoning, of als u eerst geen woning had.
right-huursubsidie-counter = Ik ben verhuisd naar een huurwoning. Ik wil een huursubsidie aanvragen.
right-huursubsidie-deadline = Vraag de huursubsidie aan uiterlijk 9 maanden na de start van uw nieuwe huurcontract.

right-huursubsidie-reason-brussels = U woont in Brussel. De Vlaamse huursubsidie geldt daar niet. Het Brussels Gewest heeft eigen hulp bij de huur. Vraag ernaar bij het OCMW van uw gemeente.
right-huursubsidie-reason-wallonia = U woont in Wallonië. De Vlaamse huursubsidie geldt daar niet. Het Waals Gewest heeft eigen regels. Vraag raad aan het OCMW (in het Frans: CPAS) van uw gemeente.
right-huursubsidie-reason-abroad = U woont niet in België. De huursubsidie is voor een huurwoning in Vlaanderen.
right-huursubsidie-reason-owner = U bent eigenaar van een woning. Dan krijgt u meestal geen huursubsidie. Er zijn uitzonderingen. Vraag het na via de Vlaamse infolijn 1700.
right-huursubsidie-reason-social-tenant = U huurt een sociale woning. Wie rechtstreeks huurt van een woonmaatschappij, de gemeente of het OCMW, krijgt geen huursubsidie. Huurt u via een sociaal verhuurkantoor (SVK), en is de woning van een private eigenaar? Bent u daar pas naartoe verhuisd? Vraag de huursubsidie dan toch na bij de woonmaatschappij of via de Vlaamse infolijn 1700.
right-huursubsidie-reason-care-home = U woont in een woonzorgcentrum. De huursubsidie is voor wie een woning huurt.
right-huursubsidie-reason-homeless = U heeft geen vaste woonplaats en uw inkomen is niet hoger dan de grens. Vindt u een huurwoning? Dan kunt u huursubsidie vragen aan Wonen in Vlaanderen. Doe dat uiterlijk 9 maanden na de start van uw huurcontract. U krijgt dan ook één keer een installatiepremie. Bent u jonger dan 25 jaar? Dan toont u uw eigen inkomen van nu. Wonen in Vlaanderen beslist.
right-huursubsidie-reason-moved = U krijgt huursubsidie alleen als u verhuisd bent. En alleen in een van deze 4 gevallen. 1: Uw vorige woning was in slechte staat (ongeschikt of onbewoonbaar) of te klein. Nu woont u in een goede woning. 2: Uw vorige woning paste niet bij uw leeftijd of handicap. Nu woont u in een aangepaste woning. 3: U huurt nu een woning van een sociaal verhuurkantoor (SVK). 4: U had eerst geen vaste woonplaats. Is een van deze gevallen waar voor u? Vraag de huursubsidie dan aan. Doe dat ten laatste 9 maanden nadat uw nieuwe huurcontract begon. Wonen in Vlaanderen beslist.
right-huursubsidie-otherwise = Uw inkomen lijkt hoger dan de grens voor de huursubsidie. We gebruiken de grens van 2024. Nu is ze misschien wat hoger. Twijfelt u? Vraag het na via de Vlaamse infolijn 1700.

right-huursubsidie-unverified-limits = De inkomensgrenzen die we gebruiken, zijn die voor een sociale woning in 2024. Dat de huursubsidie dezelfde grenzen heeft, is afgeleid uit vroegere jaren en nog niet nagekeken. De grenzen van 2025 en 2026 zijn nog niet gevonden.
right-huursubsidie-unverified-waitlist = Vroeger moest u zich binnen 6 maanden inschrijven op de wachtlijst voor een sociale woning. Dat werd in september 2023 afgeschaft. Sinds wanneer dat geldt, is nog niet nagekeken.

## Inschrijving voor een sociale huurwoning

right-sociale-huurwoning = Inschrijving voor een sociale huurwoning
right-sociale-huurwoning-summary = Bij de woonmaatschappij kunt u zich inschrijven op de wachtlijst voor een sociale woning: een huurwoning met een lagere huurprijs.
right-sociale-huurwoning-counter = Ik wil mij inschrijven voor een sociale woning.

right-sociale-huurwoning-reason-brussels = U woont in Brussel. De Vlaamse woonmaatschappijen verhuren woningen in Vlaanderen. Voor een sociale woning in Brussel is de Brusselse Gewestelijke Huisvestingsmaatschappij (BGHM) bevoegd. Vraag raad aan het OCMW van uw gemeente. Wilt u naar Vlaanderen verhuizen? Vraag dan aan een woonmaatschappij daar of u zich kunt inschrijven.
right-sociale-huurwoning-reason-wallonia = U woont in Wallonië. De Vlaamse woonmaatschappijen verhuren woningen in Vlaanderen. In Wallonië gelden de regels van het Waals Gewest. Vraag raad aan het OCMW (in het Frans: CPAS) van uw gemeente. Wilt u naar Vlaanderen verhuizen? Vraag dan aan een woonmaatschappij daar of u zich kunt inschrijven.
right-sociale-huurwoning-reason-abroad = U woont niet in België. Om u in te schrijven, moet u in een Belgische gemeente ingeschreven zijn, in het bevolkingsregister of het vreemdelingenregister.
right-sociale-huurwoning-reason-already-tenant = U huurt al een sociale woning.
right-sociale-huurwoning-reason-already-waitlist = U staat al op de wachtlijst voor een sociale woning. Huurt u privé en staat u er 4 jaar zonder onderbreking op? Dan kunt u een huurpremie krijgen.
right-sociale-huurwoning-reason-owner = U bent eigenaar van een woning. Dan kunt u zich meestal niet inschrijven. Er zijn uitzonderingen, bijvoorbeeld bij een erfenis of bij een woning die u samen met een ex-partner heeft. Vraag het na bij de woonmaatschappij.
right-sociale-huurwoning-reason-minor = U bent jonger dan 18 jaar. Dan kunt u zich meestal niet inschrijven. Soms kan het wel, bijvoorbeeld als u begeleid zelfstandig woont. Vraag het na bij de woonmaatschappij.
right-sociale-huurwoning-reason-asylum-seeker = Als asielzoeker staat u in het wachtregister. Dat is niet genoeg om u in te schrijven. U moet in het bevolkingsregister of het vreemdelingenregister staan.
right-sociale-huurwoning-reason-no-legal-stay = Zonder wettig verblijf kunt u zich niet inschrijven. U moet in het bevolkingsregister of het vreemdelingenregister staan. Vraag raad aan het OCMW.
right-sociale-huurwoning-reason-homeless = U heeft geen vaste woonplaats en uw inkomen is niet hoger dan de grens. U kunt zich toch inschrijven bij de woonmaatschappij. Heeft u geen adres? Vraag dan een referentieadres aan het OCMW. Ook uw spaargeld mag niet hoger zijn dan de inkomensgrens. Staat u al op de wachtlijst? Dan hoeft u niets te doen.
right-sociale-huurwoning-reason-income = Uw inkomen is niet hoger dan de grens. U kunt zich inschrijven bij de woonmaatschappij. Ook uw spaargeld mag niet hoger zijn dan de inkomensgrens. U mag geen woning of bouwgrond hebben, ook niet in het buitenland. Staat u al op de wachtlijst? Dan hoeft u niets te doen. Als u later een sociale woning huurt, moet u binnen 2 jaar een beetje Nederlands kennen (niveau A2). Dat is geen voorwaarde om u in te schrijven.
right-sociale-huurwoning-reason-current-income = Uw inkomen nu is niet hoger dan de grens. Was uw inkomen op uw laatste aanslagbiljet hoger? Dan kijkt de woonmaatschappij naar uw inkomen van de laatste 3 maanden. Breng daarvan bewijzen mee. Ook uw spaargeld mag niet hoger zijn dan de inkomensgrens. U mag geen woning of bouwgrond hebben, ook niet in het buitenland. Staat u al op de wachtlijst? Dan hoeft u niets te doen.
right-sociale-huurwoning-reason-collective-settlement = U zit in een collectieve schuldenregeling. Dan kijkt de woonmaatschappij naar het geld dat u nu echt overhoudt. U kunt zich inschrijven. Breng de beslissing over uw schuldenregeling mee.
right-sociale-huurwoning-reason-budget-management = U krijgt budgetbegeleiding of budgetbeheer. Dan kijkt de woonmaatschappij naar het geld dat u nu echt overhoudt. U kunt zich inschrijven. Breng de overeenkomst over uw budgetbegeleiding of budgetbeheer mee.
right-sociale-huurwoning-reason-household = U woont niet met een partner of kinderen, maar wel met andere volwassenen. Uw inkomen is hoger dan de grens voor iemand alleen. Het is lager dan de grens voor een gezin. Welke grens geldt, hangt af van wie met u meeverhuist. De woonmaatschappij beslist dat.
right-sociale-huurwoning-otherwise = Uw inkomen lijkt hoger dan de grens voor een sociale woning. Is uw inkomen nu lager? Dan kijkt de woonmaatschappij naar uw inkomen van de laatste 3 maanden. Vraag het na bij de woonmaatschappij.

right-sociale-huurwoning-unverified-language = In 2024 werd aangekondigd dat wie sociaal huurt, beter Nederlands moet kennen (niveau B1). Of dat al geldt, is nog niet nagekeken.
right-sociale-huurwoning-unverified-policy-2025 = Sinds 1 januari 2025 zouden er nieuwe regels zijn: voorrang voor kandidaten die werken, en nieuwe huurcontracten voor 9 jaar. Dat komt uit een krant en is nog niet nagekeken bij een officiële bron.

## Documents

document-aanvraagformulier-huurpremie = Het aanvraagformulier voor de huurpremie dat u met de post kreeg (met een gele sticker)
document-aanvraagformulier-huurpremie-where = Wonen in Vlaanderen stuurt het u vanzelf. Kreeg u het niet? Neem dan contact op met uw woonmaatschappij.

document-aanvraagformulier-huursubsidie = Aanvraagformulier voor de huursubsidie
document-aanvraagformulier-huursubsidie-where = U kunt de huursubsidie online aanvragen. Op papier kan ook: vraag het formulier via de Vlaamse infolijn 1700, of vraag hulp bij het woonloket of het OCMW van uw gemeente.

document-medisch-attest-huursubsidie = Alleen als u 65 jaar of ouder bent of een handicap heeft: een medisch attest
document-medisch-attest-huursubsidie-where = Vraag via de Vlaamse infolijn 1700 welk attest Wonen in Vlaanderen nodig heeft en wie het moet invullen.

document-attest-handicap = Alleen bij een handicap: een attest dat uw handicap erkend is
document-attest-handicap-where = Meestal vraagt u het aan de FOD Sociale Zekerheid, DG Personen met een handicap (bel 0800 987 99). Vraag waar u het afgeeft welk attest zij aanvaarden.

document-attest-groeipakket-volwassen-kind = Alleen als een volwassen kind bij u woont voor wie u nog Groeipakket krijgt: een attest daarvan
document-attest-groeipakket-volwassen-kind-where = Vraag het aan de uitbetaler van uw Groeipakket, bijvoorbeeld FONS, Infino, KidsLife, MyFamily of Parentia.

document-vonnis-verblijfsregeling-kinderen = Alleen als uw kinderen ook bij de andere ouder wonen: het vonnis of de afspraak over waar de kinderen wonen (co-ouderschap of omgangsrecht)
document-vonnis-verblijfsregeling-kinderen-where = U kreeg het van de rechtbank of van uw advocaat. Kwijt? Vraag een kopie aan uw advocaat of aan de rechtbank.

document-inschrijvingsformulier-woonmaatschappij = Inschrijvingsformulier van de woonmaatschappij
document-inschrijvingsformulier-woonmaatschappij-where = U krijgt het bij de woonmaatschappij. Woont u met een partner? Dan tekent uw partner ook.

document-verklaring-geen-eigendom = Verklaring op erewoord dat u geen woning of bouwgrond heeft
document-verklaring-geen-eigendom-where = Vraag het formulier aan de woonmaatschappij.

document-overeenkomst-budgetbeheer = Alleen bij budgetbeheer: de overeenkomst of de beslissing over uw budgetbeheer
document-overeenkomst-budgetbeheer-where = Vraag een kopie aan het OCMW of het CAW dat uw budget beheert.

document-ongeschiktheidsverklaring = Alleen als uw woning ongeschikt of onbewoonbaar verklaard is: de beslissing daarover
document-ongeschiktheidsverklaring-where = U kreeg die van uw gemeente. Kwijt? Vraag een kopie aan uw gemeente.

## Offices

office-woonmaatschappij = De woonmaatschappij in uw gemeente
office-woonmaatschappij-in-person = Ga naar de woonmaatschappij. Inschrijven kan vaak alleen op vaste momenten. Uw gemeente of het OCMW weet welke woonmaatschappij in uw gemeente werkt.
office-woonmaatschappij-phone = Bel de woonmaatschappij. Het nummer staat op de website van de woonmaatschappij of van uw gemeente.
office-woonmaatschappij-letter = U kunt zich ook inschrijven met een brief of een e-mail.

office-wonen-in-vlaanderen = Wonen in Vlaanderen (Vlaamse overheid)
office-wonen-in-vlaanderen-letter = Stuur het ingevulde formulier met de post terug naar Wonen in Vlaanderen.
office-wonen-in-vlaanderen-online = Op deze website vindt u meer uitleg. De huursubsidie kunt u ook online aanvragen.
office-wonen-in-vlaanderen-phone = Bel de Vlaamse infolijn met uw vragen over de huurpremie of de huursubsidie.
office-wonen-in-vlaanderen-in-person = Hulp nodig bij het formulier? Ga naar het woonloket van uw gemeente of naar het OCMW.

## Parameters

param-sh-income-limit-single = Sociale huurwoning en huurpremie: inkomensgrens per jaar (belastbaar) voor een alleenstaande
param-sh-income-limit-single-handicap = Sociale huurwoning en huurpremie: inkomensgrens per jaar (belastbaar) voor een alleenstaande met een handicap
param-sh-income-limit-family = Sociale huurwoning en huurpremie: inkomensgrens per jaar (belastbaar) voor anderen, zonder personen ten laste
param-sh-income-limit-extra-person = Sociale huurwoning en huurpremie: verhoging van de inkomensgrens per persoon ten laste
param-hs-income-limit-single = Huursubsidie: inkomensgrens per jaar (belastbaar) voor een alleenstaande
param-hs-income-limit-single-handicap = Huursubsidie: inkomensgrens per jaar (belastbaar) voor een alleenstaande met een handicap
param-hs-income-limit-family = Huursubsidie: inkomensgrens per jaar (belastbaar) voor anderen, zonder personen ten laste
param-hs-income-limit-extra-person = Huursubsidie: verhoging van de inkomensgrens per persoon ten laste
param-huurpremie-max = Huurpremie en huursubsidie: maximumbedrag per maand
param-huurpremie-max-extra-person = Huurpremie en huursubsidie: verhoging van het maximumbedrag per persoon ten laste (voor hoogstens 4 personen)
param-huurpremie-max-certain-municipalities = Huurpremie en huursubsidie: maximumbedrag per maand in bepaalde gemeenten
param-huurpremie-max-extra-person-certain-municipalities = Huurpremie en huursubsidie: verhoging van het maximumbedrag per persoon ten laste in bepaalde gemeenten
param-huurpremie-max-rent = Huurpremie: maximale huurprijs per maand voor een zelfstandige woning (hoger per persoon ten laste)
param-huurpremie-max-rent-certain-municipalities = Huurpremie: maximale huurprijs per maand voor een zelfstandige woning in bepaalde gemeenten
param-huurpremie-max-rent-room = Huurpremie: maximale huurprijs per maand voor een kamer

# Issue 13: the middelentoets with the savings fact
right-sociale-huurwoning-reason-savings = Uw spaargeld is hoger dan de inkomensgrens voor een sociale woning. Dan kunt u zich niet inschrijven. Dat is de regel sinds 1 januari 2024. Is uw spaargeld gedaald? Vraag het dan opnieuw aan de woonmaatschappij.

# Issue 13: huursubsidie decided by the recent-move fact
right-huursubsidie-reason-moved-request = U bent verhuisd, of u gaat verhuizen, om een reden die recht geeft op huursubsidie. Uw inkomen is niet hoger dan de grens. Vraag de huursubsidie aan bij Wonen in Vlaanderen, uiterlijk 9 maanden na de start van uw nieuwe huurcontract. U krijgt dan ook één keer een installatiepremie. Wonen in Vlaanderen beslist.
right-huursubsidie-reason-no-move = Huursubsidie is er alleen na een verhuis om een van deze redenen: uit een slechte of te kleine woning, uit een woning die niet aangepast was aan uw leeftijd of handicap, naar een woning van een sociaal verhuurkantoor (SVK), of nadat u geen vaste woonplaats had. Verhuist u later om zo'n reden? Dan kunt u het aanvragen.

# Issue 13: OCMW hulp bij de huurwaarborg
right-ocmw-huurwaarborg = Hulp van het OCMW bij de huurwaarborg
right-ocmw-huurwaarborg-summary = Het OCMW kan u helpen met de huurwaarborg voor een nieuwe huurwoning, bijvoorbeeld met een brief aan de verhuurder waarin het OCMW de waarborg belooft.
right-ocmw-huurwaarborg-counter = Ik wil hulp vragen bij het OCMW voor mijn huurwaarborg.
right-ocmw-huurwaarborg-reason-housing = De hulp bij de huurwaarborg is voor wie een woning gaat huren bij een private verhuurder. In uw woonsituatie is ze niet nodig.
right-ocmw-huurwaarborg-reason-moving = U zoekt een woning of u verhuist, en uw inkomen is laag. Het OCMW kan u helpen met de huurwaarborg: met een waarborgbrief aan de verhuurder, een bankwaarborg of een voorschot dat u terugbetaalt. Ga naar het OCMW voor u het huurcontract tekent, als dat kan. Het OCMW beslist.
right-ocmw-huurwaarborg-reason-no-move = U verhuist niet. De hulp bij de huurwaarborg is er als u een nieuwe woning huurt. Gaat u later verhuizen? Vraag het dan aan het OCMW.
right-ocmw-huurwaarborg-otherwise = Uw inkomen lijkt niet laag. Kunt u de huurwaarborg toch niet betalen? Vraag raad aan het OCMW.

# Issue 13: Mijn VerbouwPremie
right-mijn-verbouwpremie = Mijn VerbouwPremie (hoogste premie bij een laag inkomen)
right-mijn-verbouwpremie-summary = Mijn VerbouwPremie is geld van de Vlaamse overheid als u uw woning verbouwt. Met een laag inkomen krijgt u de hoogste premie.
right-mijn-verbouwpremie-counter = Ik wil Mijn VerbouwPremie aanvragen.
right-mijn-verbouwpremie-reason-outside-flanders = U woont niet in Vlaanderen. Mijn VerbouwPremie is voor woningen in Vlaanderen.
right-mijn-verbouwpremie-reason-not-owner = Mijn VerbouwPremie is vooral voor eigenaars die zelf in hun woning wonen. Huurt u? Vraag dan aan uw verhuurder of hij werken laat doen.
right-mijn-verbouwpremie-reason-low-income = U woont in uw eigen woning en uw inkomen is laag. Gaat u uw woning verbouwen, bijvoorbeeld het dak, de ramen of de verwarming? Dan krijgt u waarschijnlijk de hoogste premie. Vraag uitleg aan het woonloket van uw gemeente of aan de Vlaamse infolijn 1700.
right-mijn-verbouwpremie-reason-near-limit = Uw inkomen ligt dicht bij de grens voor de hoogste premie. Die grens hangt af van het aantal personen ten laste. Vraag het na bij de Vlaamse infolijn 1700.
right-mijn-verbouwpremie-otherwise = Uw inkomen lijkt hoger dan de grens voor de hoogste premie. U kunt wel een lagere premie krijgen. Vraag het na bij de Vlaamse infolijn 1700.
right-mijn-verbouwpremie-unverified-limits = De inkomensgrenzen komen van een pagina van oktober 2022, niet van de Vlaamse overheid zelf. Ze zijn intussen waarschijnlijk hoger.
param-mvp-income-limit-single = Mijn VerbouwPremie, laagste inkomenscategorie: grens voor een alleenstaande
param-mvp-income-limit-family = Mijn VerbouwPremie, laagste inkomenscategorie: grens voor een koppel of een alleenstaande met één persoon ten laste
param-mvp-income-limit-extra-person = Mijn VerbouwPremie, laagste inkomenscategorie: verhoging per bijkomende persoon ten laste
