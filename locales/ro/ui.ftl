# Cuvintele pe care le folosește programul (titluri, propoziții fixe). Română simplă, forma „dumneavoastră”.

ui-report-title = Rechtenwijzer: situația dumneavoastră la { $date }
ui-report-disclaimer = Aceasta este o indicație, nu o decizie. Decide OCMW sau serviciul care acordă dreptul. Nu s-a cerut nimic și nu s-a salvat nimic.

ui-status-automatic = Vine automat
ui-status-proactive = Vi se oferă
ui-status-request = Trebuie să cereți
ui-status-already = Primiți deja
ui-status-unknown = Încă necunoscut
ui-status-unlikely = Puțin probabil

ui-apply-at = la: { $office }
ui-reason-missing = Depinde încă de: { $facts }.
ui-reason-possible = Rezultatul poate fi: { $statuses }.
ui-reason-missing-parameter = Suma pentru această dată nu este încă cunoscută: { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] Acest drept vine automat imediat ce primiți „{ $right }”. De aceea, cereți mai întâi „{ $first }”.
       *[no] Puteți primi acest drept imediat ce primiți „{ $right }”. De aceea, cereți mai întâi „{ $first }”.
    }
ui-reason-limit-not-known = Limita de acum nu este încă cunoscută: { $parameter }. Această limită nu scade niciodată. Deci este de cel puțin { $amount }: ultima limită pe care o cunoaștem (de la { $since }).

ui-if-missing = { $text }
ui-deadline = Termen: { $text }
ui-opens = Aceasta deschide și: { $rights }.
ui-to-confirm = Atenție: o parte din aceste informații nu a fost încă verificată la o sursă oficială. Serviciul care decide știe sigur.
ui-parameter-to-confirm = Suma „{ $parameter }” nu vine dintr-o sursă oficială și trebuie încă să fie confirmată.

ui-unreviewed = Această traducere nu a fost încă verificată de o persoană care are limba română ca limbă maternă. Numele corecte sunt cele în limba olandeză.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = { AMOUNT($value) } €
ui-amount-euro-month = { AMOUNT($value) } € pe lună
ui-amount-euro-year = { AMOUNT($value) } € pe an
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } de ani
ui-amount-line = { $name }: { $amount } (de la { $since })
ui-amount-line-to-confirm = { $name }: { $amount } (de la { $since }; încă de confirmat)
ui-amount-line-at-least = { $name }: cel puțin { $amount } (ultima sumă cunoscută, de la { $since }; cea nouă nu este încă cunoscută)

ui-compare-title = Rechtenwijzer: ce se schimbă? ({ $date })
ui-compare-none = Niciun drept nu se schimbă.
ui-compare-change = { $right }: „{ $from }” devine „{ $to }”
ui-compare-stored = Răspunsurile dumneavoastră sunt păstrate ca A. Schimbați acum răspunsuri și apăsați din nou F7 pentru a compara.
ui-compare-screen-title = Comparare
ui-compare-intro = Ce se schimbă față de răspunsurile păstrate ca A? F7 uită A.
ui-compare-row = înainte (A): { $a } · acum: { $now }

ui-documents-title = Documente de luat cu dumneavoastră
ui-documents-none = Nu trebuie să luați niciun document.
ui-document-for = Necesar pentru: { $rights }.
ui-document-where = De unde se obține? { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = ianuarie
ui-month-2 = februarie
ui-month-3 = martie
ui-month-4 = aprilie
ui-month-5 = mai
ui-month-6 = iunie
ui-month-7 = iulie
ui-month-8 = august
ui-month-9 = septembrie
ui-month-10 = octombrie
ui-month-11 = noiembrie
ui-month-12 = decembrie

# Interviul pe tot ecranul.
ui-app-name = Rechtenwijzer
ui-language-name = Română
ui-too-small = Măriți fereastra ca să folosiți Rechtenwijzer.
ui-welcome-title = Bun venit
ui-welcome-intro = Bun venit. Vă punem câteva întrebări scurte. Apoi vedeți ce ajutor ați putea primi, unde mergeți și ce luați cu dumneavoastră.
ui-welcome-reassure = Nu se trimite nimic și nu se salvează nimic. Puteți schimba orice răspuns mai târziu.
ui-welcome-language = Limba
ui-welcome-reading = Cum doriți să citiți?
ui-mode-normal = Text obișnuit
ui-mode-large = Text mare
ui-mode-contrast = Contrast puternic
ui-chosen = ales
ui-start = Începeți întrebările
ui-welcome-training = Exersați cu o familie exemplu (pentru un curs)
ui-personas-title = Familii exemplu
ui-personas-intro = Alegeți o familie exemplu. Parcurgeți răspunsurile ei cu Enter. Rezultatele rămân ascunse până apăsați F6, ca grupul să poată ghici mai întâi.
ui-training-hidden = Rezultatele sunt încă ascunse. Lăsați grupul să ghicească mai întâi: ce vine automat, ce trebuie să ceară această familie? Apăsați F6 pentru a arăta rezultatele.
ui-training-title = Exercițiu
ui-worker-on = Pentru asistentul social
ui-question-progress = Întrebarea { $number } din aproximativ { $total }
ui-question-several = Puteți alege mai multe răspunsuri. Apoi alegeți „Gata”.
ui-question-number = Scrieți un număr și apăsați Enter.
ui-yes = Da
ui-no = Nu
ui-dont-know = Nu știu
ui-none-of-these = Niciuna dintre acestea
ui-confirm-choice = Gata, acesta este răspunsul meu
ui-number-empty = Scrieți mai întâi un număr sau alegeți „Nu știu”.
ui-number-range = Acest număr nu este posibil. Scrieți un număr de la { $min } la { $max }.
ui-number-not-a-number = Acesta nu este un număr. Tastați doar cifre, fără litere.
ui-number-ambiguous = Acest număr poate fi citit în două feluri. Tastați-l fără punct și fără virgulă, de exemplu 1300.
ui-number-read-as = Calculăm cu { $value }.
ui-error-prefix = Atenție: 
ui-digit-pending = Numărul { $number }… Mai tastați o cifră sau apăsați Enter.
ui-no-such-number = Nu există nicio alegere cu acest număr. Uitați-vă la numerele de pe ecran.
ui-overview-title = Răspunsurile dumneavoastră
ui-overview-intro = Alegeți un răspuns ca să îl schimbați.
ui-not-answered = încă fără răspuns
ui-to-results = Spre rezultate
ui-results-title = Ce ați putea primi
ui-group-empty = Nimic.
ui-show-unlikely = { $count ->
        [one] Arătați { $count } drept care nu este probabil
        [few] Arătați { $count } drepturi care nu sunt probabile
       *[other] Arătați { $count } de drepturi care nu sunt probabile
    }
ui-hide-unlikely = Ascundeți drepturile care nu sunt probabile
ui-quit-question = Doriți să vă opriți? Atunci toate răspunsurile dumneavoastră se șterg.
ui-quit-yes = Da, opriți și ștergeți tot
ui-quit-no = Nu, continuați
ui-start-over-question = Doriți să începeți din nou? Atunci toate răspunsurile dumneavoastră se șterg.
ui-start-over-yes = Da, ștergeți tot și începeți din nou
ui-start-over-no = Nu, continuați
ui-staff-pin = Doar pentru personal: scrieți codul și apăsați Enter.
ui-staff-wrong = Acest cod nu este corect.
ui-staff-wait = S-a tastat un cod greșit. Așteptați puțin, apoi încercați din nou.
ui-idle-countdown =
    { $seconds ->
        [one] Mai sunteți aici? Peste { $seconds } secundă totul se șterge și Rechtenwijzer începe din nou. Apăsați o tastă ca să continuați.
        [few] Mai sunteți aici? Peste { $seconds } secunde totul se șterge și Rechtenwijzer începe din nou. Apăsați o tastă ca să continuați.
       *[other] Mai sunteți aici? Peste { $seconds } de secunde totul se șterge și Rechtenwijzer începe din nou. Apăsați o tastă ca să continuați.
    }
ui-bank-codes = Atenție: nicio instituție nu vă cere niciodată codurile bancare (de exemplu codul PIN). Nici la telefon, nici prin e-mail, nici prin mesaj.
ui-handout-title = Tipăriți sau salvați
ui-handout-intro = Puteți lua rezultatele și lista de documente pe hârtie sau le puteți salva într-un fișier. Altfel nu se salvează nimic.
ui-handout-print = Tipăriți la imprimantă
ui-handout-save = Salvați într-un fișier
ui-handout-back = Înapoi
ui-save-as-title = Salvați într-un fișier
ui-save-as-label = Scrieți numele fișierului și apăsați Enter. Tasta Esc vă duce înapoi fără să salvați.
ui-printed = Foaia dumneavoastră se tipărește. Nu uitați să o luați cu dumneavoastră.
ui-printing = Foaia dumneavoastră este trimisă la imprimantă…
ui-print-no-printer = Aici nu există imprimantă. Cereți ajutor unui angajat.
ui-print-failed = Tipărirea nu a reușit. Cereți ajutor unui angajat.
ui-saved = Fișierul a fost salvat.
ui-save-exists = Există deja un fișier cu acest nume. Alegeți alt nume.
ui-save-failed = Salvarea nu a reușit. Cereți ajutor unui angajat.
ui-detail-status = Rezultat: { $status }
ui-detail-why = De ce?
ui-detail-based-on = Pe baza răspunsurilor dumneavoastră: { $answers }.
ui-detail-conditions = Când puteți primi acest lucru? Câteva situații:
ui-detail-where = Unde mergeți? { $office }
ui-channel-in-person = Mergeți personal
ui-channel-phone = Sunați
ui-channel-online = Online
ui-channel-letter = Scrisoare sau e-mail
ui-channel-home-visit = Vizită acasă
ui-documents-office-channels = Cum îi contactați: { $channels }
ui-detail-counter = Ce spuneți la ghișeu?
ui-detail-counter-dutch = În limba olandeză: { $sentence }
ui-detail-dutch-name = În limba olandeză: { $name }
ui-detail-amounts = Sume și limite
ui-worker-title = Pentru asistentul social
ui-worker-rule = Regula { $number }: { $rule }
ui-rule-and = { $left } și { $right }
ui-rule-or = { $left } sau { $right }
ui-rule-not = nu ({ $rule })
ui-rule-less = { $left } mai puțin de { $right }
ui-rule-less-equal = { $left } cel mult { $right }
ui-rule-greater = { $left } mai mult de { $right }
ui-rule-greater-equal = { $left } cel puțin { $right }
ui-rule-equal = { $left } este { $right }
ui-rule-not-equal = { $left } nu este { $right }
ui-rule-one-of = { $fact }: { $values }
ui-rule-or-value = { " sau " }
ui-rule-count = numărul: { $fact }
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right }: { $statuses }
ui-worker-no-rule = Nicio regulă nu se aplică sau răspunsurile nu permit încă o decizie.
ui-worker-facts = Răspunsuri citite: { $facts }
ui-worker-parameter = { $name } = { $amount } de la { $since }; sursa: { $source }; verificat la { $checked }; { $confidence }
ui-worker-parameter-at-least = { $name } = cel puțin { $amount }: cunoscut de la { $since } până la { $until }, după aceea încă necunoscut (doar crește); sursa: { $source }; verificat la { $checked }; { $confidence }
ui-worker-unverified = Neverificat: { $text }
ui-confidence-verified = verificat într-o sursă oficială
ui-confidence-verified-old = verificat, dar este o sumă veche
ui-confidence-third-party = găsit doar într-o altă sursă, încă de confirmat
ui-confidence-unverified = neverificat, încă de confirmat
ui-detail-what-if = Ce ar putea schimba asta?
ui-what-if = Acest drept devine accesibil dacă: { $changes }.
ui-change-at-most = { $fact } cel mult { $value }
ui-change-at-least = { $fact } cel puțin { $value }
ui-change-is = { $fact }: { $value }
ui-change-adds = { $fact }: și { $value }
ui-change-drops = { $fact }: nu mai { $value }
ui-detail-documents = Ce luați cu dumneavoastră?
ui-detail-deadline = Până când?
ui-detail-if-missing = Nu vine automat?
ui-detail-opens = Aceasta deschide și
ui-detail-to-confirm = Încă de verificat
ui-detail-source = Sursa
ui-detail-source-text = { $source } (verificat la { $checked })
ui-documents-intro = Luați cu dumneavoastră aceste documente. Sunt grupate pe servicii.
ui-help-title = Ajutor
ui-help-intro = Folosiți doar tastatura. Iată ce fac tastele:
ui-theme-standard = Culori obișnuite
ui-theme-contrast-dark = Contrast puternic, întunecat
ui-theme-contrast-light = Contrast puternic, luminos
ui-theme-terminal = Culorile terminalului
ui-theme-mono = Fără culoare

# Modul simplu: rânduri pentru cititoare de ecran și scripturi.
ui-plain-commands = Răspundeți cu numărul alegerii dumneavoastră și apăsați Enter. Scrieți o ca să vedeți răspunsurile, r pentru rezultate, d pentru documente, h pentru ajutor și q ca să vă opriți.
ui-plain-commands-kiosk = Răspundeți cu numărul alegerii dumneavoastră și apăsați Enter. Scrieți o ca să vedeți răspunsurile, r pentru rezultate, d pentru documente, h pentru ajutor și q ca să începeți din nou. Răspunsurile dumneavoastră se șterg atunci.
ui-plain-prompt = Alegerea dumneavoastră:
ui-plain-invalid = Acest răspuns nu este posibil. Scrieți un număr din listă.
ui-plain-number = Scrieți un număr și apăsați Enter. Nu știți? Atunci apăsați doar Enter.
ui-plain-several = Scrieți numerele pentru tot ce se potrivește, cu un spațiu între ele, de exemplu: 1 3.
ui-plain-current = Răspunsul dumneavoastră acum: { $answer }.
ui-plain-overview = Scrieți numărul unui răspuns ca să îl schimbați, sau r pentru rezultate.
ui-plain-results = Scrieți numărul unui drept pentru mai multe explicații. Apăsați Enter pentru documente. Scrieți q ca să vă opriți.
ui-plain-continue = Apăsați Enter ca să continuați.

# Taste: un cuvânt scurt pentru bara de indicații (ui-key-…) și o propoziție pentru ecranul de ajutor (ui-action-…).
ui-key-up = sus
ui-key-down = jos
ui-key-page-up = pagina sus
ui-key-page-down = pagina jos
ui-key-home = început
ui-key-end = sfârșit
ui-key-select = alegeți
ui-key-digit = alegeți un număr
ui-key-erase = ștergeți
ui-key-back = înapoi
ui-key-forward = înainte
ui-key-overview = răspunsuri
ui-key-results = rezultate
ui-key-documents = documente
ui-key-help = ajutor
ui-key-large = text mare
ui-key-theme = culori
ui-key-language = limba
ui-key-bilingual = două limbi
ui-key-handout = tipăriți
ui-key-start-over = de la capăt (ștergeți tot)
ui-key-staff-exit = personal
ui-key-worker = asistent
ui-key-reveal = arată
ui-key-compare = compară
ui-key-quit = opriți
ui-action-up = Urcați un rând.
ui-action-down = Coborâți un rând.
ui-action-page-up = Urcați o bucată.
ui-action-page-down = Coborâți o bucată.
ui-action-home = Mergeți la început: la prima alegere sau la începutul textului.
ui-action-end = Mergeți la sfârșit: la ultima alegere sau la sfârșitul textului.
ui-action-select = Alegeți ce este marcat sau deschideți.
ui-action-digit = Alegeți răspunsul cu acel număr sau tastați un număr. Pentru 10 și mai mult, tastați cele două cifre una după alta, de exemplu 1 și apoi 2 pentru 12.
ui-action-erase = Ștergeți ultima cifră pe care ați scris-o.
ui-action-back = Mergeți înapoi. Răspunsurile dumneavoastră rămân păstrate.
ui-action-forward = Mergeți din nou înainte, după ce ați mers înapoi.
ui-action-overview = Vedeți toate răspunsurile și schimbați unul dintre ele.
ui-action-results = Vedeți rezultatele.
ui-action-documents = Vedeți ce documente luați cu dumneavoastră.
ui-action-help = Arătați acest ajutor.
ui-action-large = Porniți sau opriți textul mare.
ui-action-theme = Alegeți alte culori, de exemplu contrast puternic.
ui-action-language = Alegeți altă limbă.
ui-action-handout = Tipăriți rezultatele și documentele sau salvați-le într-un fișier.
ui-action-start-over = Începeți din nou. Toate răspunsurile dumneavoastră se șterg.
ui-action-compare = Păstrați răspunsurile ca A; apăsați din nou mai târziu pentru a compara A cu răspunsurile de acum.
ui-action-reveal = Curs: arătați rezultatele familiei exemplu.
ui-action-worker = Afișați sau ascundeți, pentru asistentul social, regula, răspunsurile și sumele din spatele fiecărui rezultat.
ui-action-staff-exit = Doar pentru personal: opriți programul pe un calculator comun.
ui-action-bilingual = Afișați rezultatele, un drept și documentele în două limbi: limba dumneavoastră și limba olandeză.
ui-action-quit = Opriți. Atunci totul se șterge.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { ", " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language }: acest ecran nu poate afișa literele acestei limbi
ui-language-cannot-show = Acest ecran nu poate afișa literele acestei limbi. Rugați un angajat să deschidă Rechtenwijzer într-o fereastră cu alt font.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = Mai întâi acestea
ui-plan-intro = Faceți acești pași în această ordine. Luați această foaie la fiecare ghișeu.
ui-plan-no-steps = Acum nu trebuie să cereți nimic.
ui-plan-step = Pasul { $number }: { $office }
ui-plan-step-continued = Pasul { $number } (continuare): { $office }
ui-plan-ask-request = Cereți: { $right }
ui-plan-ask-unknown = Întrebați dacă aveți dreptul la: { $right }
ui-plan-ask-proactive = Vi se va oferi: { $right }. Răspundeți la scrisoarea lor.
ui-plan-say = Spuneți la ghișeu: { $sentence }
ui-plan-bring = Luați cu dumneavoastră:
ui-plan-by-themselves = Pentru acestea nu trebuie să faceți nimic: { $rights }.
ui-plan-undecided = Încă nu se poate spune, pentru că lipsesc răspunsuri: { $rights }. Răspundeți la întrebările pe care le-ați sărit sau cereți sfatul OCMW.
ui-plan-answers-first = Mai întâi răspundeți la mai multe întrebări. Apoi Rechtenwijzer vă poate spune ce trebuie să cereți.
ui-handout-rights = Drepturile dumneavoastră
ui-handout-page = Pagina { $page } din { $pages }
