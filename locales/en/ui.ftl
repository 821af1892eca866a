# Words the program itself uses (headings, fixed sentences). Plain English, B1 level.

ui-report-title = Rechtenwijzer: your overview on { $date }
ui-report-disclaimer = This is an indication, not a decision. The OCMW or the service that gives the right makes the decision. Nothing has been applied for and nothing has been saved.

ui-status-automatic = Comes automatically
ui-status-proactive = Will be offered to you
ui-status-request = You must apply
ui-status-already = You already get this
ui-status-unknown = Not known yet
ui-status-unlikely = Not likely

ui-apply-at = at: { $office }
ui-reason-missing = This still depends on: { $facts }.
ui-reason-possible = Possible result: { $statuses }.
ui-reason-missing-parameter = The amount for this date is not known yet: { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] This comes automatically once you get { $right }. So first apply for { $first }.
       *[no] You can get this once you get { $right }. So first apply for { $first }.
    }
ui-reason-limit-not-known = The limit for now is not known yet: { $parameter }. This limit never goes down. So it is at least { $amount }: the last limit we know (from { $since }).

ui-if-missing = { $text }
ui-deadline = Deadline: { $text }
ui-opens = This also opens: { $rights }.
ui-to-confirm = Note: part of this information has not yet been checked with an official source. The service that decides knows for sure.
ui-parameter-to-confirm = The amount "{ $parameter }" does not come from an official source. It still has to be confirmed.

ui-unreviewed = This translation has not yet been checked by a native speaker. The Dutch names are the correct ones.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = €{ AMOUNT($value) }
ui-amount-euro-month = €{ AMOUNT($value) } per month
ui-amount-euro-year = €{ AMOUNT($value) } per year
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } years
ui-amount-line = { $name }: { $amount } (from { $since })
ui-amount-line-to-confirm = { $name }: { $amount } (from { $since }; still to be confirmed)
ui-amount-line-at-least = { $name }: at least { $amount } (the last one we know, from { $since }; the new one is not known yet)

ui-compare-title = Rechtenwijzer: what changes? ({ $date })
ui-compare-none = No right changes.
ui-compare-change = { $right }: { $from } becomes { $to }
ui-compare-stored = Your answers are kept as A. Now change some answers and press F7 again to compare.
ui-compare-screen-title = Compare
ui-compare-intro = What changes compared with the answers you kept as A? F7 forgets A.
ui-compare-row = before (A): { $a } · now: { $now }

ui-documents-title = Documents to bring
ui-documents-none = You do not need to bring any documents.
ui-document-for = Needed for: { $rights }.
ui-document-where = Where do you get it? { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = January
ui-month-2 = February
ui-month-3 = March
ui-month-4 = April
ui-month-5 = May
ui-month-6 = June
ui-month-7 = July
ui-month-8 = August
ui-month-9 = September
ui-month-10 = October
ui-month-11 = November
ui-month-12 = December

# The full-screen interview.
ui-app-name = Rechtenwijzer
ui-language-name = English
ui-too-small = Make the window bigger to use Rechtenwijzer.
ui-welcome-title = Welcome
ui-welcome-intro = Welcome. We will ask you a few short questions. After that, you will see what support you may be able to get, where to go and what to bring.
ui-welcome-reassure = Nothing is sent and nothing is saved. You can change every answer later.
ui-welcome-language = Language
ui-welcome-reading = How do you want to read?
ui-mode-normal = Normal text
ui-mode-large = Large text
ui-mode-contrast = High contrast
ui-chosen = chosen
ui-start = Start the questions
ui-welcome-training = Practise with an example household (for a workshop)
ui-personas-title = Example households
ui-personas-intro = Choose an example household. Go through its answers with Enter. The results stay hidden until you press F6, so the group can guess first.
ui-training-hidden = The results are still hidden. Let the group guess first: what comes automatically, what must this household apply for? Press F6 to show the results.
ui-training-title = Exercise
ui-worker-on = Worker view
ui-question-progress = Question { $number } of about { $total }
ui-question-several = You may choose more than one answer. Then choose "Done".
ui-question-number = Type a number and press Enter.
ui-yes = Yes
ui-no = No
ui-dont-know = I do not know
ui-none-of-these = None of these
ui-confirm-choice = Done, this is my answer
ui-number-empty = First type a number, or choose "I do not know".
ui-number-range = That number is not possible. Type a number from { $min } to { $max }.
ui-number-not-a-number = That is not a number. Type only digits, without letters.
ui-number-ambiguous = That number can be read in two ways. Type it without a point or a comma, for example 1300.
ui-number-read-as = We count with { $value }.
ui-error-prefix = Note: 
ui-digit-pending = Number { $number }… Type one more digit, or press Enter.
ui-no-such-number = There is no choice with that number. Look at the numbers on the screen.
ui-overview-title = Your answers
ui-overview-intro = Choose an answer to change it.
ui-not-answered = not answered yet
ui-to-results = Go to the results
ui-results-title = What you may be able to get
ui-group-empty = None.
ui-show-unlikely =
    { $count ->
        [one] Show { $count } right that is not likely
       *[other] Show { $count } rights that are not likely
    }
ui-hide-unlikely = Hide the rights that are not likely
ui-quit-question = Do you want to stop? Then all your answers will be deleted.
ui-quit-yes = Yes, stop and delete everything
ui-quit-no = No, continue
ui-start-over-question = Do you want to start again? Then all your answers will be deleted.
ui-start-over-yes = Yes, delete everything and start again
ui-start-over-no = No, continue
ui-staff-pin = Staff only: type the code and press Enter.
ui-staff-wrong = That code is not right.
ui-staff-wait = A wrong code was typed. Wait a moment, then try again.
ui-idle-countdown =
    { $seconds ->
        [one] Are you still there? In { $seconds } second, everything will be deleted and Rechtenwijzer will start again. Press a key to continue.
       *[other] Are you still there? In { $seconds } seconds, everything will be deleted and Rechtenwijzer will start again. Press a key to continue.
    }
ui-bank-codes = Warning: no office or service will ever ask for your bank codes (such as your PIN code). Not by phone, not by e-mail and not by text message or chat.
ui-handout-title = Print or save
ui-handout-intro = You can take your results and the list of documents with you on paper, or save them in a file. Otherwise nothing is saved.
ui-handout-print = Print on the printer
ui-handout-save = Save in a file
ui-handout-back = Back
ui-save-as-title = Save in a file
ui-save-as-label = Type the name of the file and press Enter. Esc goes back without saving.
ui-printed = Your page is being printed. Do not forget to take it with you.
ui-printing = Your sheet is being sent to the printer…
ui-print-no-printer = There is no printer here. Ask a staff member for help.
ui-print-failed = Printing did not work. Ask a staff member for help.
ui-saved = The file has been saved.
ui-save-exists = There is already a file with that name. Choose another name.
ui-save-failed = Saving did not work. Ask a staff member for help.
ui-detail-status = Result: { $status }
ui-detail-why = Why?
ui-detail-based-on = Based on your answers: { $answers }.
ui-detail-conditions = When can you get this? Some situations:
ui-detail-where = Where do you go? { $office }
ui-channel-in-person = Go there
ui-channel-phone = Call
ui-channel-online = Online
ui-channel-letter = Letter or e-mail
ui-channel-home-visit = Visit at home
ui-documents-office-channels = How to reach them: { $channels }
ui-detail-counter = What do you say at the counter?
ui-detail-counter-dutch = In Dutch: { $sentence }
ui-detail-dutch-name = In Dutch: { $name }
ui-detail-amounts = Amounts and limits
ui-worker-title = For the social worker
ui-worker-rule = Rule { $number }: { $rule }
ui-rule-and = { $left } and { $right }
ui-rule-or = { $left } or { $right }
ui-rule-not = not ({ $rule })
ui-rule-less = { $left } less than { $right }
ui-rule-less-equal = { $left } at most { $right }
ui-rule-greater = { $left } more than { $right }
ui-rule-greater-equal = { $left } at least { $right }
ui-rule-equal = { $left } is { $right }
ui-rule-not-equal = { $left } is not { $right }
ui-rule-one-of = { $fact }: { $values }
ui-rule-or-value = { " or " }
ui-rule-count = number of { $fact }
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right }: { $statuses }
ui-worker-no-rule = No rule applies, or the answers do not decide yet.
ui-worker-facts = Answers read: { $facts }
ui-worker-parameter = { $name } = { $amount } from { $since }; source: { $source }; checked on { $checked }; { $confidence }
ui-worker-parameter-at-least = { $name } = at least { $amount }: known from { $since } to { $until }, not known yet after that (only rises); source: { $source }; checked on { $checked }; { $confidence }
ui-worker-unverified = Not checked: { $text }
ui-confidence-verified = checked in an official source
ui-confidence-verified-old = checked, but an old amount
ui-confidence-third-party = only found in another source, still to be confirmed
ui-confidence-unverified = not checked, still to be confirmed
ui-detail-what-if = What would change this?
ui-what-if = This right comes within reach if: { $changes }.
ui-change-at-most = { $fact } at most { $value }
ui-change-at-least = { $fact } at least { $value }
ui-change-is = { $fact }: { $value }
ui-change-adds = { $fact }: also { $value }
ui-change-drops = { $fact }: no longer { $value }
ui-detail-documents = What do you bring?
ui-detail-deadline = By when?
ui-detail-if-missing = What if it does not come automatically?
ui-detail-opens = This also opens
ui-detail-to-confirm = Still to be checked
ui-detail-source = Source
ui-detail-source-text = { $source } (checked on { $checked })
ui-documents-intro = Bring these documents. They are listed per service.
ui-help-title = Help
ui-help-intro = You only use the keyboard. This is what the keys do:
ui-theme-standard = Normal colours
ui-theme-contrast-dark = High contrast, dark
ui-theme-contrast-light = High contrast, light
ui-theme-terminal = Terminal colours
ui-theme-mono = Without colour

# Plain mode: lines for screen readers and scripts.
ui-plain-commands = Answer with the number of your choice and press Enter. Type o to see your answers, r for the results, d for the documents, h for help and q to stop.
ui-plain-commands-kiosk = Answer with the number of your choice and press Enter. Type o to see your answers, r for the results, d for the documents, h for help and q to start again. Your answers are then wiped.
ui-plain-prompt = Your choice:
ui-plain-invalid = That answer is not possible. Type a number from the list.
ui-plain-number = Type a number and press Enter. You do not know? Then only press Enter.
ui-plain-several = Type the numbers of everything that fits, with a space between them, for example: 1 3.
ui-plain-current = Your answer now: { $answer }.
ui-plain-overview = Type the number of an answer to change it, or r for the results.
ui-plain-results = Type the number of a right for more explanation. Press Enter for the documents. Type q to stop.
ui-plain-continue = Press Enter to continue.

# Keys: a short word for the hint bar (ui-key-…) and a sentence for the help screen (ui-action-…).
ui-key-up = up
ui-key-down = down
ui-key-page-up = page up
ui-key-page-down = page down
ui-key-home = start
ui-key-end = end
ui-key-select = choose
ui-key-digit = choose a number
ui-key-erase = delete
ui-key-back = back
ui-key-forward = forward
ui-key-overview = answers
ui-key-results = results
ui-key-documents = documents
ui-key-help = help
ui-key-large = large text
ui-key-theme = colours
ui-key-language = language
ui-key-bilingual = two languages
ui-key-handout = print
ui-key-start-over = start over (delete all)
ui-key-staff-exit = staff
ui-key-worker = worker
ui-key-reveal = show
ui-key-compare = compare
ui-key-quit = stop
ui-action-up = Go up one line.
ui-action-down = Go down one line.
ui-action-page-up = Go up a bigger part.
ui-action-page-down = Go down a bigger part.
ui-action-home = Go to the start: the first choice, or the top of the text.
ui-action-end = Go to the end: the last choice, or the bottom of the text.
ui-action-select = Choose what is marked, or open it.
ui-action-digit = Choose the answer with that number, or type a number. For 10 and higher, type both digits one after the other, for example 1 and then 2 for 12.
ui-action-erase = Delete the last digit you typed.
ui-action-back = Go back. Your answers are kept.
ui-action-forward = Go forward again after you went back.
ui-action-overview = See all your answers and change one.
ui-action-results = See the results.
ui-action-documents = See which documents you bring.
ui-action-help = Show this help.
ui-action-large = Turn large text on or off.
ui-action-theme = Choose other colours, for example high contrast.
ui-action-language = Choose another language.
ui-action-handout = Print your results and documents, or save them in a file.
ui-action-start-over = Start again. All your answers will be deleted.
ui-action-compare = Keep your answers as A; press again later to compare A with your answers now.
ui-action-reveal = Workshop: show the results of the example household.
ui-action-worker = Show or hide, for the social worker, the rule, the answers and the amounts behind each result.
ui-action-staff-exit = Staff only: stop the program on a shared computer.
ui-action-bilingual = Show the results, a right and the documents in two languages: your language and Dutch.
ui-action-quit = Stop. Everything will then be deleted.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { ", " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language }: this screen cannot show the letters of this language
ui-language-cannot-show = This screen cannot show the letters of this language. Ask a member of staff to open Rechtenwijzer in a window with another font.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = Do this first
ui-plan-intro = Take these steps in this order. Bring this sheet to every office.
ui-plan-no-steps = You do not need to apply for anything now.
ui-plan-step = Step { $number }: { $office }
ui-plan-step-continued = Step { $number } (continued): { $office }
ui-plan-ask-request = Ask for: { $right }
ui-plan-ask-unknown = Ask whether you are entitled to: { $right }
ui-plan-ask-proactive = They will offer you: { $right }. Answer their letter.
ui-plan-say = Say at the counter: { $sentence }
ui-plan-bring = Bring:
ui-plan-by-themselves = You do not need to do anything for: { $rights }.
ui-plan-undecided = Cannot be said yet, because answers are missing: { $rights }. Answer the questions you skipped, or ask the OCMW for advice.
ui-plan-answers-first = First answer more questions. Then Rechtenwijzer can tell you what to apply for.
ui-handout-rights = Your rights
ui-handout-page = Page { $page } of { $pages }
