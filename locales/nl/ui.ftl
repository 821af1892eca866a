# Words the program itself uses (headings, fixed sentences). Plain Dutch, "u"-form.

ui-report-title = Rechtenwijzer: uw overzicht op { $date }
ui-report-disclaimer = Dit is een inschatting, geen beslissing. Het OCMW of de dienst die het recht toekent, beslist. Er is niets aangevraagd en niets bewaard.

ui-status-automatic = Komt automatisch
ui-status-proactive = Wordt u aangeboden
ui-status-request = Moet u aanvragen
ui-status-already = Krijgt u al
ui-status-unknown = Nog onbekend
ui-status-unlikely = Niet waarschijnlijk

ui-apply-at = bij: { $office }
ui-reason-missing = Dat hangt nog af van: { $facts }.
ui-reason-possible = Mogelijke uitkomst: { $statuses }.
ui-reason-missing-parameter = Het bedrag voor deze datum is nog niet gekend: { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] Dit komt vanzelf zodra u { $right } krijgt. Vraag dus eerst { $first } aan.
       *[no] Dit kunt u krijgen zodra u { $right } krijgt. Vraag dus eerst { $first } aan.
    }
ui-reason-limit-not-known = De grens van nu is nog niet bekend: { $parameter }. Die grens gaat nooit omlaag. Ze is dus minstens { $amount }: de laatste grens die we kennen (vanaf { $since }).

ui-if-missing = { $text }
ui-deadline = Termijn: { $text }
ui-opens = Dit opent ook: { $rights }.
ui-to-confirm = Let op: een deel van deze informatie is nog niet nagekeken bij een officiële bron. De dienst die beslist, weet het zeker.
ui-parameter-to-confirm = Het bedrag "{ $parameter }" komt niet uit een officiële bron en moet nog bevestigd worden.

ui-unreviewed = Deze vertaling is nog niet nagekeken door iemand die de taal als moedertaal spreekt. De Nederlandse namen zijn de juiste.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = € { AMOUNT($value) }
ui-amount-euro-month = € { AMOUNT($value) } per maand
ui-amount-euro-year = € { AMOUNT($value) } per jaar
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } jaar
ui-amount-line = { $name }: { $amount } (vanaf { $since })
ui-amount-line-to-confirm = { $name }: { $amount } (vanaf { $since }; nog te bevestigen)
ui-amount-line-at-least = { $name }: minstens { $amount } (de laatste die we kennen, vanaf { $since }; de nieuwe is nog niet bekend)

ui-compare-title = Rechtenwijzer: wat verandert er? ({ $date })
ui-compare-none = Geen enkel recht verandert.
ui-compare-change = { $right }: { $from } wordt { $to }
ui-compare-stored = Uw antwoorden zijn bewaard als A. Verander nu antwoorden en druk opnieuw op F7 om te vergelijken.
ui-compare-screen-title = Vergelijken
ui-compare-intro = Wat verandert er tegenover de antwoorden die u als A bewaarde? F7 vergeet A.
ui-compare-row = eerst (A): { $a } · nu: { $now }

ui-documents-title = Documenten om mee te nemen
ui-documents-none = U hoeft geen documenten mee te nemen.
ui-document-for = Nodig voor: { $rights }.
ui-document-where = Waar krijgt u het? { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = januari
ui-month-2 = februari
ui-month-3 = maart
ui-month-4 = april
ui-month-5 = mei
ui-month-6 = juni
ui-month-7 = juli
ui-month-8 = augustus
ui-month-9 = september
ui-month-10 = oktober
ui-month-11 = november
ui-month-12 = december

# The full-screen interview.
ui-app-name = Rechtenwijzer
ui-language-name = Nederlands
ui-too-small = Maak het venster groter om Rechtenwijzer te gebruiken.
ui-welcome-title = Welkom
ui-welcome-intro = Welkom. We stellen u een paar korte vragen. Daarna ziet u welke steun u misschien kunt krijgen, waar u naartoe gaat en wat u meeneemt.
ui-welcome-reassure = Er wordt niets verstuurd en niets bewaard. U kunt elk antwoord later nog veranderen.
ui-welcome-language = Taal
ui-welcome-reading = Hoe wilt u lezen?
ui-mode-normal = Gewone tekst
ui-mode-large = Grote tekst
ui-mode-contrast = Sterk contrast
ui-chosen = gekozen
ui-start = Beginnen met de vragen
ui-welcome-training = Oefenen met een voorbeeldgezin (voor een vorming)
ui-personas-title = Voorbeeldgezinnen
ui-personas-intro = Kies een voorbeeldgezin. U overloopt hun antwoorden met Enter. De resultaten blijven verborgen tot u op F6 drukt, zodat de groep eerst kan raden.
ui-training-hidden = De resultaten zijn nog verborgen. Laat de groep eerst raden: wat komt vanzelf, wat moet dit gezin aanvragen? Druk op F6 om de resultaten te tonen.
ui-training-title = Oefening
ui-worker-on = Voor de werker
ui-question-progress = Vraag { $number } van ongeveer { $total }
ui-question-several = U mag meer dan één antwoord aanduiden. Kies daarna "Klaar".
ui-question-number = Typ een getal en druk op Enter.
ui-yes = Ja
ui-no = Nee
ui-dont-know = Ik weet het niet
ui-none-of-these = Geen van deze
ui-confirm-choice = Klaar, dit is mijn antwoord
ui-number-empty = Typ eerst een getal, of kies "Ik weet het niet".
ui-number-range = Dat getal kan niet. Typ een getal van { $min } tot { $max }.
ui-number-not-a-number = Dat is geen getal. Typ alleen cijfers, zonder letters.
ui-number-ambiguous = Dat getal kan op twee manieren gelezen worden. Typ het zonder punt en zonder komma, bijvoorbeeld 1300.
ui-number-read-as = Wij rekenen met { $value }.
ui-error-prefix = Let op: 
ui-digit-pending = Nummer { $number }… Typ nog een cijfer, of druk op Enter.
ui-no-such-number = Er is geen keuze met dat nummer. Kijk naar de nummers op het scherm.
ui-overview-title = Uw antwoorden
ui-overview-intro = Kies een antwoord om het te veranderen.
ui-not-answered = nog niet beantwoord
ui-to-results = Naar de resultaten
ui-results-title = Wat u misschien kunt krijgen
ui-group-empty = Geen.
ui-show-unlikely =
    { $count ->
        [one] Toon { $count } recht dat niet waarschijnlijk is
       *[other] Toon { $count } rechten die niet waarschijnlijk zijn
    }
ui-hide-unlikely = Verberg de rechten die niet waarschijnlijk zijn
ui-quit-question = Wilt u stoppen? Al uw antwoorden worden dan gewist.
ui-quit-yes = Ja, stoppen en alles wissen
ui-quit-no = Nee, verder gaan
ui-start-over-question = Wilt u opnieuw beginnen? Al uw antwoorden worden dan gewist.
ui-start-over-yes = Ja, alles wissen en opnieuw beginnen
ui-start-over-no = Nee, verder gaan
ui-staff-pin = Alleen voor personeel: typ de code en druk op Enter.
ui-staff-wrong = Die code klopt niet.
ui-staff-wait = Er werd een verkeerde code getypt. Wacht even en probeer dan opnieuw.
ui-idle-countdown =
    { $seconds ->
        [one] Bent u er nog? Over { $seconds } seconde wordt alles gewist en begint Rechtenwijzer opnieuw. Druk op een toets om verder te gaan.
       *[other] Bent u er nog? Over { $seconds } seconden wordt alles gewist en begint Rechtenwijzer opnieuw. Druk op een toets om verder te gaan.
    }
ui-bank-codes = Let op: geen enkele dienst vraagt ooit uw bankcodes (zoals uw pincode), niet per telefoon, niet per mail en niet per bericht.
ui-handout-title = Afdrukken of bewaren
ui-handout-intro = U kunt uw resultaten en de lijst met documenten meenemen op papier, of bewaren in een bestand. Anders wordt niets bewaard.
ui-handout-print = Afdrukken op de printer
ui-handout-save = Bewaren in een bestand
ui-handout-back = Terug
ui-save-as-title = Bewaren in een bestand
ui-save-as-label = Typ de naam van het bestand en druk op Enter. Esc gaat terug zonder te bewaren.
ui-printed = Uw blad wordt afgedrukt. Vergeet het niet mee te nemen.
ui-printing = Uw blad wordt naar de printer gestuurd…
ui-print-no-printer = Er is hier geen printer. Vraag hulp aan een medewerker.
ui-print-failed = Afdrukken lukte niet. Vraag hulp aan een medewerker.
ui-saved = Het bestand is bewaard.
ui-save-exists = Er is al een bestand met die naam. Kies een andere naam.
ui-save-failed = Bewaren lukte niet. Vraag hulp aan een medewerker.
ui-detail-status = Uitkomst: { $status }
ui-detail-why = Waarom?
ui-detail-based-on = Op basis van uw antwoorden: { $answers }.
ui-detail-conditions = Wanneer kunt u dit krijgen? Enkele situaties:
ui-detail-where = Waar gaat u naartoe? { $office }
ui-channel-in-person = Langsgaan
ui-channel-phone = Bellen
ui-channel-online = Online
ui-channel-letter = Brief of e-mail
ui-channel-home-visit = Bezoek aan huis
ui-documents-office-channels = Zo kunt u er terecht: { $channels }
ui-detail-counter = Wat zegt u aan het loket?
ui-detail-counter-dutch = In het Nederlands: { $sentence }
ui-detail-dutch-name = In het Nederlands: { $name }
ui-detail-amounts = Bedragen en grenzen
ui-worker-title = Voor de maatschappelijk werker
ui-worker-rule = Regel { $number }: { $rule }
ui-rule-and = { $left } en { $right }
ui-rule-or = { $left } of { $right }
ui-rule-not = niet ({ $rule })
ui-rule-less = { $left } minder dan { $right }
ui-rule-less-equal = { $left } ten hoogste { $right }
ui-rule-greater = { $left } meer dan { $right }
ui-rule-greater-equal = { $left } minstens { $right }
ui-rule-equal = { $left } is { $right }
ui-rule-not-equal = { $left } is niet { $right }
ui-rule-one-of = { $fact }: { $values }
ui-rule-or-value = { " of " }
ui-rule-count = aantal { $fact }
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right }: { $statuses }
ui-worker-no-rule = Geen regel is van toepassing, of de antwoorden beslissen nog niet.
ui-worker-facts = Gelezen antwoorden: { $facts }
ui-worker-parameter = { $name } = { $amount } vanaf { $since }; bron: { $source }; nagekeken op { $checked }; { $confidence }
ui-worker-parameter-at-least = { $name } = minstens { $amount }: gekend vanaf { $since } tot { $until }, daarna nog niet bekend (stijgt alleen); bron: { $source }; nagekeken op { $checked }; { $confidence }
ui-worker-unverified = Niet nagekeken: { $text }
ui-confidence-verified = nagekeken in een officiële bron
ui-confidence-verified-old = nagekeken, maar een oud bedrag
ui-confidence-third-party = alleen in een andere bron gevonden, nog te bevestigen
ui-confidence-unverified = niet nagekeken, nog te bevestigen
ui-detail-what-if = Wat zou dit veranderen?
ui-what-if = Dit recht komt binnen bereik als: { $changes }.
ui-change-at-most = { $fact } niet meer dan { $value }
ui-change-at-least = { $fact } minstens { $value }
ui-change-is = { $fact }: { $value }
ui-change-adds = { $fact }: ook { $value }
ui-change-drops = { $fact }: niet meer { $value }
ui-detail-documents = Wat neemt u mee?
ui-detail-deadline = Tegen wanneer?
ui-detail-if-missing = Komt het niet vanzelf?
ui-detail-opens = Dit opent ook
ui-detail-to-confirm = Nog na te kijken
ui-detail-source = Bron
ui-detail-source-text = { $source } (nagekeken op { $checked })
ui-documents-intro = Neem deze documenten mee. Ze staan per dienst.
ui-help-title = Hulp
ui-help-intro = U gebruikt alleen het toetsenbord. Dit doen de toetsen:
ui-theme-standard = Gewone kleuren
ui-theme-contrast-dark = Sterk contrast, donker
ui-theme-contrast-light = Sterk contrast, licht
ui-theme-terminal = Kleuren van de terminal
ui-theme-mono = Zonder kleur

# Plain mode: lines for screen readers and scripts.
ui-plain-commands = Antwoord met het nummer van uw keuze en druk op Enter. Typ o om uw antwoorden te zien, r voor de resultaten, d voor de documenten, h voor hulp en q om te stoppen.
ui-plain-commands-kiosk = Antwoord met het nummer van uw keuze en druk op Enter. Typ o om uw antwoorden te zien, r voor de resultaten, d voor de documenten, h voor hulp en q om opnieuw te beginnen. Uw antwoorden worden dan gewist.
ui-plain-prompt = Uw keuze:
ui-plain-invalid = Dat antwoord kan niet. Typ een nummer uit de lijst.
ui-plain-number = Typ een getal en druk op Enter. Weet u het niet? Druk dan alleen op Enter.
ui-plain-several = Typ de nummers van alles wat past, met een spatie ertussen, bijvoorbeeld: 1 3.
ui-plain-current = Uw antwoord nu: { $answer }.
ui-plain-overview = Typ het nummer van een antwoord om het te veranderen, of r voor de resultaten.
ui-plain-results = Typ het nummer van een recht voor meer uitleg. Druk op Enter voor de documenten. Typ q om te stoppen.
ui-plain-continue = Druk op Enter om verder te gaan.

# Keys: a short word for the hint bar (ui-key-…) and a sentence for the help screen (ui-action-…).
ui-key-up = omhoog
ui-key-down = omlaag
ui-key-page-up = pagina omhoog
ui-key-page-down = pagina omlaag
ui-key-home = begin
ui-key-end = einde
ui-key-select = kiezen
ui-key-digit = kies een nummer
ui-key-erase = wissen
ui-key-back = terug
ui-key-forward = vooruit
ui-key-overview = antwoorden
ui-key-results = resultaten
ui-key-documents = documenten
ui-key-help = hulp
ui-key-large = grote tekst
ui-key-theme = kleuren
ui-key-language = taal
ui-key-bilingual = twee talen
ui-key-handout = afdrukken
ui-key-start-over = opnieuw (alles wissen)
ui-key-staff-exit = personeel
ui-key-worker = werker
ui-key-reveal = tonen
ui-key-compare = vergelijken
ui-key-quit = stoppen
ui-action-up = Ga een regel omhoog.
ui-action-down = Ga een regel omlaag.
ui-action-page-up = Ga een stuk omhoog.
ui-action-page-down = Ga een stuk omlaag.
ui-action-home = Ga naar het begin: de eerste keuze, of de bovenkant van de tekst.
ui-action-end = Ga naar het einde: de laatste keuze, of de onderkant van de tekst.
ui-action-select = Kies wat aangeduid is, of open het.
ui-action-digit = Kies het antwoord met dat nummer, of typ een getal. Voor 10 en hoger typt u de twee cijfers na elkaar, bijvoorbeeld 1 en dan 2 voor 12.
ui-action-erase = Wis het laatste cijfer dat u typte.
ui-action-back = Ga terug. Uw antwoorden blijven bewaard.
ui-action-forward = Ga weer vooruit nadat u terugging.
ui-action-overview = Bekijk al uw antwoorden en verander er een.
ui-action-results = Bekijk de resultaten.
ui-action-documents = Bekijk welke documenten u meeneemt.
ui-action-help = Toon deze hulp.
ui-action-large = Zet grote tekst aan of uit.
ui-action-theme = Kies andere kleuren, bijvoorbeeld sterk contrast.
ui-action-language = Kies een andere taal.
ui-action-handout = Druk uw resultaten en documenten af, of bewaar ze in een bestand.
ui-action-start-over = Begin opnieuw. Al uw antwoorden worden gewist.
ui-action-compare = Bewaar uw antwoorden als A; druk later opnieuw om A te vergelijken met uw antwoorden van nu.
ui-action-reveal = Vorming: toon de resultaten van het voorbeeldgezin.
ui-action-worker = Toon of verberg voor de maatschappelijk werker de regel, de antwoorden en de bedragen achter elke uitkomst.
ui-action-staff-exit = Alleen voor personeel: stop het programma op een gedeelde computer.
ui-action-bilingual = Toon de resultaten, een recht en de documenten in twee talen: uw taal en het Nederlands.
ui-action-quit = Stop. Alles wordt dan gewist.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { ", " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language }: dit scherm kan de letters van deze taal niet tonen
ui-language-cannot-show = Dit scherm kan de letters van deze taal niet tonen. Vraag een medewerker om Rechtenwijzer te openen in een venster met een ander lettertype.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = Dit eerst
ui-plan-intro = Doe deze stappen in deze volgorde. Neem dit blad mee naar elk loket.
ui-plan-no-steps = U hoeft nu niets aan te vragen.
ui-plan-step = Stap { $number }: { $office }
ui-plan-step-continued = Stap { $number } (vervolg): { $office }
ui-plan-ask-request = Vraag: { $right }
ui-plan-ask-unknown = Vraag of u er recht op hebt: { $right }
ui-plan-ask-proactive = Dit wordt u aangeboden: { $right }. Antwoord op hun brief.
ui-plan-say = Zeg aan het loket: { $sentence }
ui-plan-bring = Neem mee:
ui-plan-by-themselves = Hiervoor hoeft u niets te doen: { $rights }.
ui-plan-undecided = Nog niet te zeggen, omdat er antwoorden ontbreken: { $rights }. Beantwoord de vragen die u oversloeg, of vraag raad aan het OCMW.
ui-plan-answers-first = Beantwoord eerst meer vragen. Dan kan Rechtenwijzer zeggen wat u moet aanvragen.
ui-handout-rights = Uw rechten
ui-handout-page = Blad { $page } van { $pages }
