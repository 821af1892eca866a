# Слова, які використовує сама програма (заголовки, сталі речення). Проста українська, форма «ви».

ui-report-title = Rechtenwijzer: ваш огляд станом на { $date }
ui-report-disclaimer = Це лише підказка, а не рішення. Рішення ухвалює OCMW (центр соціальної допомоги) або служба, яка надає це право. Ніяку заяву не подано, і нічого не збережено.

ui-status-automatic = Надається автоматично
ui-status-proactive = Вам запропонують
ui-status-request = Треба подати заяву
ui-status-already = Ви вже отримуєте
ui-status-unknown = Поки невідомо
ui-status-unlikely = Малоймовірно

ui-apply-at = куди звертатися: { $office }
ui-reason-missing = Це ще залежить від таких даних: { $facts }.
ui-reason-possible = Можливий результат: { $statuses }.
ui-reason-missing-parameter = Сума на цю дату ще невідома: { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] Це ви отримаєте автоматично, щойно отримаєте «{ $right }». Тому спершу подайте заяву на «{ $first }».
       *[no] Це ви зможете отримати, щойно отримаєте «{ $right }». Тому спершу подайте заяву на «{ $first }».
    }
ui-reason-limit-not-known = Поточна межа ще невідома: { $parameter }. Ця межа ніколи не знижується. Тож вона становить щонайменше { $amount }: це остання відома нам межа (з { $since }).

ui-if-missing = { $text }
ui-deadline = Строк: { $text }
ui-opens = Це також дає право на: { $rights }.
ui-to-confirm = Увага: частину цієї інформації ще не перевірено в офіційному джерелі. Точно знає служба, яка ухвалює рішення.
ui-parameter-to-confirm = Сума «{ $parameter }» взята не з офіційного джерела. Її ще треба підтвердити.

ui-unreviewed = Цей переклад ще не перевірила людина, для якої українська мова рідна. Правильні назви — нідерландською мовою.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = { AMOUNT($value) } €
ui-amount-euro-month = { AMOUNT($value) } € на місяць
ui-amount-euro-year = { AMOUNT($value) } € на рік
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } років
ui-amount-line = { $name }: { $amount } (з { $since })
ui-amount-line-to-confirm = { $name }: { $amount } (з { $since }; ще треба підтвердити)
ui-amount-line-at-least = { $name }: щонайменше { $amount } (остання відома сума, з { $since }; нова ще невідома)

ui-compare-title = Rechtenwijzer: що змінюється? ({ $date })
ui-compare-none = Жодне право не змінюється.
ui-compare-change = { $right }: «{ $from }» стає «{ $to }»
ui-compare-stored = Ваші відповіді збережено як A. Тепер змініть відповіді й знову натисніть F7, щоб порівняти.
ui-compare-screen-title = Порівняння
ui-compare-intro = Що змінюється порівняно з відповідями, збереженими як A? F7 забуває A.
ui-compare-row = спочатку (A): { $a } · тепер: { $now }

ui-documents-title = Документи, які треба взяти з собою
ui-documents-none = Вам не потрібно брати з собою документи.
ui-document-for = Потрібно для: { $rights }.
ui-document-where = Де це отримати? { $where }

ui-date = { $day } { $month } { $year } року
ui-month-1 = січня
ui-month-2 = лютого
ui-month-3 = березня
ui-month-4 = квітня
ui-month-5 = травня
ui-month-6 = червня
ui-month-7 = липня
ui-month-8 = серпня
ui-month-9 = вересня
ui-month-10 = жовтня
ui-month-11 = листопада
ui-month-12 = грудня

# Повноекранне опитування.
ui-app-name = Rechtenwijzer
ui-language-name = Українська
ui-too-small = Зробіть вікно більшим, щоб користуватися Rechtenwijzer.
ui-welcome-title = Вітаємо
ui-welcome-intro = Вітаємо. Ми поставимо вам кілька коротких запитань. Потім ви побачите, яку допомогу ви, можливо, можете отримати, куди треба піти і що взяти з собою.
ui-welcome-reassure = Нічого не надсилається і нічого не зберігається. Будь-яку відповідь ви можете пізніше змінити.
ui-welcome-language = Мова
ui-welcome-reading = Як вам зручніше читати?
ui-mode-normal = Звичайний текст
ui-mode-large = Великий текст
ui-mode-contrast = Високий контраст
ui-chosen = вибрано
ui-start = Почати відповідати на запитання
ui-welcome-training = Потренуватися на прикладі сім'ї (для навчання)
ui-personas-title = Приклади сімей
ui-personas-intro = Виберіть приклад сім'ї. Переглядайте її відповіді клавішею Enter. Результати приховані, доки ви не натиснете F6, щоб група спершу могла вгадати.
ui-training-hidden = Результати ще приховані. Нехай група спершу вгадає: що надається автоматично, про що ця сім'я має подати заяву? Натисніть F6, щоб показати результати.
ui-training-title = Вправа
ui-worker-on = Для соцпрацівника
ui-question-progress = Запитання { $number } із приблизно { $total }
ui-question-several = Можна вибрати більше однієї відповіді. Потім виберіть «Готово».
ui-question-number = Введіть число і натисніть Enter.
ui-yes = Так
ui-no = Ні
ui-dont-know = Я не знаю
ui-none-of-these = Нічого з цього
ui-confirm-choice = Готово, це моя відповідь
ui-number-empty = Спочатку введіть число або виберіть «Я не знаю».
ui-number-range = Таке число не підходить. Введіть число від { $min } до { $max }.
ui-number-not-a-number = Це не число. Вводьте лише цифри, без літер.
ui-number-ambiguous = Це число можна прочитати двома способами. Введіть його без крапки та без коми, наприклад 1300.
ui-number-read-as = Ми рахуємо з { $value }.
ui-error-prefix = Увага: 
ui-digit-pending = Номер { $number }… Введіть ще одну цифру або натисніть Enter.
ui-no-such-number = Варіанта з таким номером немає. Подивіться на номери на екрані.
ui-overview-title = Ваші відповіді
ui-overview-intro = Виберіть відповідь, щоб її змінити.
ui-not-answered = ще немає відповіді
ui-to-results = До результатів
ui-results-title = Що ви, можливо, можете отримати
ui-group-empty = Немає.
ui-show-unlikely = { $count ->
    [one] Показати { $count } малоймовірне право
    [few] Показати { $count } малоймовірні права
    [many] Показати { $count } малоймовірних прав
   *[other] Показати { $count } малоймовірного права
}
ui-hide-unlikely = Сховати малоймовірні права
ui-quit-question = Ви хочете завершити? Тоді всі ваші відповіді буде видалено.
ui-quit-yes = Так, завершити і все видалити
ui-quit-no = Ні, продовжити
ui-start-over-question = Ви хочете почати заново? Тоді всі ваші відповіді буде видалено.
ui-start-over-yes = Так, усе видалити і почати заново
ui-start-over-no = Ні, продовжити
ui-staff-pin = Тільки для персоналу: введіть код і натисніть Enter.
ui-staff-wrong = Цей код неправильний.
ui-staff-wait = Було введено неправильний код. Зачекайте трохи й спробуйте знову.
ui-idle-countdown =
    { $seconds ->
        [one] Ви ще тут? Через { $seconds } секунду все буде видалено, і Rechtenwijzer почне спочатку. Натисніть будь-яку клавішу, щоб продовжити.
        [few] Ви ще тут? Через { $seconds } секунди все буде видалено, і Rechtenwijzer почне спочатку. Натисніть будь-яку клавішу, щоб продовжити.
        [many] Ви ще тут? Через { $seconds } секунд все буде видалено, і Rechtenwijzer почне спочатку. Натисніть будь-яку клавішу, щоб продовжити.
       *[other] Ви ще тут? Через { $seconds } секунди все буде видалено, і Rechtenwijzer почне спочатку. Натисніть будь-яку клавішу, щоб продовжити.
    }
ui-bank-codes = Увага: жодна установа ніколи не просить ваші банківські коди (наприклад, PIN-код). Ні по телефону, ні електронною поштою, ні в повідомленні.
ui-handout-title = Надрукувати або зберегти
ui-handout-intro = Ви можете взяти з собою свої результати і список документів на папері або зберегти їх у файлі. Інакше нічого не зберігається.
ui-handout-print = Надрукувати на принтері
ui-handout-save = Зберегти у файлі
ui-handout-back = Назад
ui-save-as-title = Зберегти у файлі
ui-save-as-label = Введіть назву файлу і натисніть Enter. Клавіша Esc повертає назад без збереження.
ui-printed = Ваш аркуш друкується. Не забудьте взяти його з собою.
ui-printing = Ваш аркуш надсилається на принтер…
ui-print-no-printer = Тут немає принтера. Попросіть допомоги у працівника.
ui-print-failed = Не вдалося надрукувати. Попросіть допомоги у працівника.
ui-saved = Файл збережено.
ui-save-exists = Файл із такою назвою вже є. Виберіть іншу назву.
ui-save-failed = Не вдалося зберегти. Попросіть допомоги у працівника.
ui-detail-status = Результат: { $status }
ui-detail-why = Чому?
ui-detail-based-on = На основі ваших відповідей: { $answers }.
ui-detail-conditions = Коли ви можете це отримати? Кілька ситуацій:
ui-detail-where = Куди звертатися? { $office }
ui-channel-in-person = Прийти особисто
ui-channel-phone = Подзвонити
ui-channel-online = Онлайн
ui-channel-letter = Лист або електронна пошта
ui-channel-home-visit = Візит додому
ui-documents-office-channels = Як звернутися: { $channels }
ui-detail-counter = Що сказати біля віконця?
ui-detail-counter-dutch = Нідерландською: { $sentence }
ui-detail-dutch-name = Нідерландською: { $name }
ui-detail-amounts = Суми та межі
ui-worker-title = Для соціального працівника
ui-worker-rule = Правило { $number }: { $rule }
ui-rule-and = { $left } і { $right }
ui-rule-or = { $left } або { $right }
ui-rule-not = не ({ $rule })
ui-rule-less = { $left } менше ніж { $right }
ui-rule-less-equal = { $left } не більше ніж { $right }
ui-rule-greater = { $left } більше ніж { $right }
ui-rule-greater-equal = { $left } не менше ніж { $right }
ui-rule-equal = { $left } дорівнює { $right }
ui-rule-not-equal = { $left } не дорівнює { $right }
ui-rule-one-of = { $fact }: { $values }
ui-rule-or-value = { " або " }
ui-rule-count = кількість: { $fact }
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right }: { $statuses }
ui-worker-no-rule = Жодне правило не застосовується, або відповідей ще недостатньо для рішення.
ui-worker-facts = Прочитані відповіді: { $facts }
ui-worker-parameter = { $name } = { $amount } з { $since }; джерело: { $source }; перевірено { $checked }; { $confidence }
ui-worker-parameter-at-least = { $name } = щонайменше { $amount }: відомо з { $since } до { $until }, далі ще невідомо (лише зростає); джерело: { $source }; перевірено { $checked }; { $confidence }
ui-worker-unverified = Не перевірено: { $text }
ui-confidence-verified = перевірено в офіційному джерелі
ui-confidence-verified-old = перевірено, але це стара сума
ui-confidence-third-party = знайдено лише в іншому джерелі, ще треба підтвердити
ui-confidence-unverified = не перевірено, ще треба підтвердити
ui-detail-what-if = Що могло б це змінити?
ui-what-if = Це право стане доступним, якщо: { $changes }.
ui-change-at-most = { $fact } не більше ніж { $value }
ui-change-at-least = { $fact } не менше ніж { $value }
ui-change-is = { $fact }: { $value }
ui-change-adds = { $fact }: також { $value }
ui-change-drops = { $fact }: більше не { $value }
ui-detail-documents = Що взяти з собою?
ui-detail-deadline = До якого часу?
ui-detail-if-missing = Не отримали автоматично?
ui-detail-opens = Це також дає право на
ui-detail-to-confirm = Ще треба перевірити
ui-detail-source = Джерело
ui-detail-source-text = { $source } (перевірено { $checked })
ui-documents-intro = Візьміть із собою ці документи. Вони розділені за службами.
ui-help-title = Допомога
ui-help-intro = Ви користуєтеся тільки клавіатурою. Ось що роблять клавіші:
ui-theme-standard = Звичайні кольори
ui-theme-contrast-dark = Високий контраст, темний
ui-theme-contrast-light = Високий контраст, світлий
ui-theme-terminal = Кольори терміналу
ui-theme-mono = Без кольору

# Простий режим: рядки для програм читання з екрана і для скриптів.
ui-plain-commands = Відповідайте номером свого вибору і натисніть Enter. Введіть o, щоб побачити свої відповіді, r — для результатів, d — для документів, h — для допомоги і q — щоб завершити.
ui-plain-commands-kiosk = Відповідайте номером свого вибору і натисніть Enter. Введіть o, щоб побачити свої відповіді, r — для результатів, d — для документів, h — для допомоги і q — щоб почати знову. Тоді ваші відповіді буде стерто.
ui-plain-prompt = Ваш вибір:
ui-plain-invalid = Така відповідь не підходить. Введіть номер зі списку.
ui-plain-number = Введіть число і натисніть Enter. Не знаєте? Тоді просто натисніть Enter.
ui-plain-several = Введіть номери всього, що підходить, через пробіл, наприклад: 1 3.
ui-plain-current = Ваша відповідь зараз: { $answer }.
ui-plain-overview = Введіть номер відповіді, щоб її змінити, або r — для результатів.
ui-plain-results = Введіть номер права, щоб отримати більше пояснень. Натисніть Enter, щоб побачити документи. Введіть q, щоб завершити.
ui-plain-continue = Натисніть Enter, щоб продовжити.

# Клавіші: коротке слово для рядка підказок (ui-key-…) і речення для екрана допомоги (ui-action-…).
ui-key-up = вгору
ui-key-down = вниз
ui-key-page-up = сторінка вгору
ui-key-page-down = сторінка вниз
ui-key-home = на початок
ui-key-end = у кінець
ui-key-select = вибрати
ui-key-digit = вибрати номер
ui-key-erase = стерти
ui-key-back = назад
ui-key-forward = вперед
ui-key-overview = відповіді
ui-key-results = результати
ui-key-documents = документи
ui-key-help = допомога
ui-key-large = великий текст
ui-key-theme = кольори
ui-key-language = мова
ui-key-bilingual = дві мови
ui-key-handout = надрукувати
ui-key-start-over = заново (усе стерти)
ui-key-staff-exit = персонал
ui-key-worker = працівник
ui-key-reveal = показати
ui-key-compare = порівняти
ui-key-quit = завершити
ui-action-up = Перейти на рядок вгору.
ui-action-down = Перейти на рядок вниз.
ui-action-page-up = Перейти на частину вгору.
ui-action-page-down = Перейти на частину вниз.
ui-action-home = Перейти на початок: до першого варіанта або до верху тексту.
ui-action-end = Перейти в кінець: до останнього варіанта або до низу тексту.
ui-action-select = Вибрати те, що позначено, або відкрити це.
ui-action-digit = Виберіть відповідь із цим номером або введіть число. Для 10 і більше введіть обидві цифри одну за одною, наприклад 1, а потім 2 для 12.
ui-action-erase = Стерти останню цифру, яку ви ввели.
ui-action-back = Повернутися назад. Ваші відповіді залишаться.
ui-action-forward = Знову піти вперед після того, як ви повернулися назад.
ui-action-overview = Переглянути всі ваші відповіді і змінити одну з них.
ui-action-results = Переглянути результати.
ui-action-documents = Переглянути, які документи взяти з собою.
ui-action-help = Показати цю допомогу.
ui-action-large = Увімкнути або вимкнути великий текст.
ui-action-theme = Вибрати інші кольори, наприклад високий контраст.
ui-action-language = Вибрати іншу мову.
ui-action-handout = Надрукувати ваші результати і документи або зберегти їх у файлі.
ui-action-start-over = Почати заново. Усі ваші відповіді буде видалено.
ui-action-compare = Збережіть відповіді як A; пізніше натисніть ще раз, щоб порівняти A з теперішніми відповідями.
ui-action-reveal = Навчання: показати результати прикладу сім'ї.
ui-action-worker = Показати або сховати для соціального працівника правило, відповіді та суми за кожним результатом.
ui-action-staff-exit = Тільки для персоналу: завершити програму на спільному комп'ютері.
ui-action-bilingual = Показати результати, право і документи двома мовами: вашою мовою і нідерландською.
ui-action-quit = Завершити. Тоді все буде видалено.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { ", " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language }: цей екран не може показати літери цієї мови
ui-language-cannot-show = Цей екран не може показати літери цієї мови. Попросіть працівника відкрити Rechtenwijzer у вікні з іншим шрифтом.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = Спочатку це
ui-plan-intro = Виконайте ці кроки в такому порядку. Беріть цей аркуш до кожного віконця.
ui-plan-no-steps = Зараз вам не потрібно нічого просити.
ui-plan-step = Крок { $number }: { $office }
ui-plan-step-continued = Крок { $number } (продовження): { $office }
ui-plan-ask-request = Попросіть: { $right }
ui-plan-ask-unknown = Запитайте, чи маєте ви право на: { $right }
ui-plan-ask-proactive = Вам це запропонують: { $right }. Дайте відповідь на їхній лист.
ui-plan-say = Скажіть біля віконця: { $sentence }
ui-plan-bring = Візьміть із собою:
ui-plan-by-themselves = Для цього нічого робити не треба: { $rights }.
ui-plan-undecided = Поки що не можна сказати, бо бракує відповідей: { $rights }. Дайте відповідь на пропущені запитання або попросіть поради в OCMW.
ui-plan-answers-first = Спочатку дайте відповідь на більше запитань. Тоді Rechtenwijzer зможе сказати, що вам треба просити.
ui-handout-rights = Ваші права
ui-handout-page = Сторінка { $page } з { $pages }
