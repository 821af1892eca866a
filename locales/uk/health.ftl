# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Verhoogde tegemoetkoming

right-verhoogde-tegemoetkoming = Підвищене відшкодування медичних витрат
right-verhoogde-tegemoetkoming-summary = З підвищеним відшкодуванням від вашого ziekenfonds (лікарняна каса) ви платите менше за лікаря та інше лікування і отримуєте ще інші пільги.
right-verhoogde-tegemoetkoming-counter = Я хочу подати заяву на підвищене відшкодування.
right-verhoogde-tegemoetkoming-if-missing = Ви не отримуєте підвищене відшкодування автоматично? Тоді попросіть довідку в службі, яка виплачує вашу допомогу, наприклад в OCMW. Віддайте цю довідку у свій ziekenfonds.

right-verhoogde-tegemoetkoming-reason-already = Ви вже отримуєте підвищене відшкодування.
right-verhoogde-tegemoetkoming-reason-abroad = Ви не живете в Бельгії. Тоді ви зазвичай не отримуєте цю допомогу від бельгійського ziekenfonds. Уточніть у своєму ziekenfonds.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Без законного права на проживання є невідкладна медична допомога від OCMW. Це допомога лікаря або в лікарні, а також ліки. Запитайте про неї в OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Шукачі притулку отримують медичну допомогу через місце прийому: Fedasil або місцеву ініціативу з прийому (LOI). Зверніться до соціальної служби вашого місця прийому. Пізніше ви отримаєте право на проживання? Тоді ви зможете попросити підвищене відшкодування в ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Ви або хтось у вашій сім'ї отримує IGO, IVT, IT, бюджет на догляд для літніх людей або надбавку на догляд за дитиною щонайменше з 4 балами за першим стовпом. Тоді вся ваша сім'я отримує підвищене відшкодування автоматично. Вам нічого не треба робити.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Ви отримуєте leefloon або еквівалент leefloon. Через 3 повні місяці ви автоматично отримаєте підвищене відшкодування від вашого ziekenfonds. Вам нічого не треба робити.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Ви, ймовірно, можете отримувати leefloon або еквівалент leefloon. Якщо ви отримуватимете його 3 повні місяці, підвищене відшкодування прийде автоматично. Але ви можете попросити його у своєму ziekenfonds вже зараз.
right-verhoogde-tegemoetkoming-reason-request-income = Дохід вашої сім'ї не вищий за межу. Попросіть підвищене відшкодування у своєму ziekenfonds. Іноді ziekenfonds сам надсилає вам лист, щоб ви подали заяву. Вам не треба чекати на цей лист.
right-verhoogde-tegemoetkoming-reason-request-current-income = Ви на пенсії, щонайменше 3 місяці шукаєте роботу або непрацездатні, самі виховуєте дитину або маєте тимчасовий захист. Тоді враховується дохід за останній місяць. Цей дохід не вищий за межу. Попросіть підвищене відшкодування у своєму ziekenfonds.
right-verhoogde-tegemoetkoming-otherwise = Дохід вашої сім'ї, схоже, вищий за межу. Ваш дохід зараз менший, наприклад через хворобу, безробіття або пенсію? Тоді попросіть поради у своєму ziekenfonds.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = Межі доходу на 2025 і 2026 роки ще не перевірено. Ми використовуємо межу для заяв, поданих у 2024 році.

## Maximumfactuur

right-maximumfactuur = Максимальний рахунок за лікування (maximumfactuur)
right-maximumfactuur-summary = З максимальним рахунком ваша сім'я платить за рік не більше певної суми власної доплати (remgeld). Власна доплата — це частина ціни за лікаря або лікарню, яку ви платите самі.
right-maximumfactuur-counter = Я хочу перевірити, чи повернуть мені гроші за максимальним рахунком.
right-maximumfactuur-if-missing = Максимальний рахунок застосовується автоматично. Перші повернення грошей зазвичай приходять лише на початку літа, бо ziekenfonds спочатку має отримати дані про ваш дохід. Ви думаєте, що заплатили забагато власної доплати? Запитайте у своєму ziekenfonds. Ваш дохід сильно зменшився, наприклад через хворобу або безробіття? Тоді попросіть свій ziekenfonds врахувати ваш теперішній дохід.

right-maximumfactuur-reason-abroad = Ви не живете в Бельгії. Тоді ви зазвичай не отримуєте максимальний рахунок від бельгійського ziekenfonds. Уточніть у своєму ziekenfonds.
right-maximumfactuur-reason-no-legal-stay = Без законного права на проживання ви зазвичай не застраховані в ziekenfonds. Але OCMW може надати невідкладну медичну допомогу. Це допомога лікаря або в лікарні, а також ліки.
right-maximumfactuur-reason-asylum-seeker = Шукачі притулку отримують медичну допомогу через місце прийому: Fedasil або місцеву ініціативу з прийому (LOI). Ви все ж застраховані в ziekenfonds? Тоді максимальний рахунок діє і для вас.
right-maximumfactuur-reason-it-partner = Ви отримуєте IT і живете з партнером. Ваш партнер має дохід? Тоді IT не дає права на нижчий соціальний максимальний рахунок. Але звичайний максимальний рахунок діє. Він залежить від доходу вашої сім'ї. Ваш ziekenfonds застосовує його автоматично. Вам нічого не треба робити.
right-maximumfactuur-reason-social = Ваша сім'я має підвищене відшкодування. Тоді діє соціальний максимальний рахунок. Це низька межа. Ваша сім'я платить за рік більше власної доплати, ніж ця межа? Тоді ваш ziekenfonds автоматично повертає переплату. Вам нічого не треба робити.
right-maximumfactuur-reason-income-vt-pending = Кожен, хто застрахований у ziekenfonds, має максимальний рахунок. Ваш ziekenfonds застосовує його автоматично. Ви, ймовірно, можете отримати ще й підвищене відшкодування. Тоді діє нижча межа: соціальний максимальний рахунок. Тому спочатку подайте заяву на підвищене відшкодування.
right-maximumfactuur-reason-income = Кожен, хто застрахований у ziekenfonds, має максимальний рахунок. Ваша сім'я платить за рік більше власної доплати, ніж певна межа? Тоді ваш ziekenfonds автоматично повертає переплату. Яка це межа, залежить від доходу вашої сім'ї. Ваша сім'я — це всі люди, які 1 січня жили за вашою адресою. Вам нічого не треба робити.
right-maximumfactuur-otherwise = Ви не застраховані в ziekenfonds у Бельгії. Тоді максимальний рахунок для вас не діє.

right-maximumfactuur-unverified-amounts-2025-2026 = Межі максимального рахунку на 2025 і 2026 роки ще не перевірено. Ми знаємо тільки межі 2024 року.

## Dringende medische hulp

right-dringende-medische-hulp = Невідкладна медична допомога
right-dringende-medische-hulp-summary = Невідкладну медичну допомогу надає OCMW (центр соціальної допомоги). Ви отримуєте допомогу лікаря або в лікарні. Ви також отримуєте ліки. Це можливо і без законного права на проживання (без документів).
right-dringende-medische-hulp-counter = Я хочу подати заяву на невідкладну медичну допомогу.

right-dringende-medische-hulp-reason-abroad = Ви не живете в Бельгії. Невідкладна медична допомога — для людей, які перебувають у Бельгії.
right-dringende-medische-hulp-reason-no-legal-stay = У вас немає законного права на проживання. Тоді ви можете попросити невідкладну медичну допомогу в OCMW того муніципалітету, де ви фактично живете. Попри назву, вона не тільки для екстрених випадків: вона також для звичайного візиту до лікаря, для лікарні і для ліків. Лікар пише довідку. OCMW проводить соціальну перевірку: вивчає вашу ситуацію і приходить до вас додому. OCMW ухвалює рішення протягом 30 днів.
right-dringende-medische-hulp-reason-eu = Ви громадянин країни Європейського Союзу. Тоді для лікування ви зазвичай звертаєтеся до ziekenfonds (лікарняна каса). Ви в Бельгії менше 3 місяців і не маєте ziekenfonds? Тоді запитайте в OCMW, чи можете ви отримати невідкладну медичну допомогу.
right-dringende-medische-hulp-reason-asylum-seeker = Шукачі притулку отримують медичну допомогу через місце прийому: Fedasil або місцеву ініціативу з прийому (LOI). Запитайте там.
right-dringende-medische-hulp-otherwise = У вас є законне право на проживання в Бельгії. Тоді ви отримуєте лікування через свій ziekenfonds (лікарняна каса). Невідкладна медична допомога — для людей без законного права на проживання.

right-dringende-medische-hulp-unverified-eu = Громадяни Європейського Союзу в перші 3 місяці в Бельгії іноді теж можуть отримати невідкладну медичну допомогу. Це взято не з офіційного джерела і ще не перевірено.

## Documents

document-verklaring-op-erewoord = Заява під чесне слово, підписана всіма дорослими у вашій сім'ї
document-verklaring-op-erewoord-where = Бланк ви отримаєте у своєму ziekenfonds (лікарняна каса).

document-attest-dringende-medische-hulp = Довідка лікаря про невідкладну медичну допомогу
document-attest-dringende-medische-hulp-where = Її пише лікар, який вас оглядає. Попросіть її самі.

document-identiteitsbewijs = Ваш паспорт або інший документ, що підтверджує, хто ви, якщо він у вас є
document-identiteitsbewijs-where = Візьміть те, що у вас є. У вас нічого немає? Все одно йдіть до OCMW.

document-bewijs-financiele-toestand = Папери про ваші гроші, якщо вони у вас є: що ви отримуєте і що маєте
document-bewijs-financiele-toestand-where = Наприклад, виписки з вашого банківського рахунку. У вас немає паперів? Тоді OCMW запитає про це під час розмови.

## Offices

office-ziekenfonds = Ваш ziekenfonds (лікарняна каса)
office-ziekenfonds-in-person = Прийдіть до офісу свого ziekenfonds.
office-ziekenfonds-phone = Зателефонуйте до свого ziekenfonds. Номер є в листах і на сайті вашого ziekenfonds.
office-ziekenfonds-online = Увійдіть на сайт або в застосунок свого ziekenfonds, наприклад MyCM або Mijn Helan.

## Parameters

param-vt-income-limit = Підвищене відшкодування: межа доходу сім'ї на рік (брутто, оподатковуваний)
param-vt-income-limit-extra-person = Підвищене відшкодування: збільшення межі доходу за кожного додаткового члена сім'ї
param-maf-income-bracket-1 = Максимальний рахунок: верхня межа доходу групи 1 (чистий оподатковуваний дохід сім'ї за рік)
param-maf-income-bracket-2 = Максимальний рахунок: верхня межа доходу групи 2 (чистий оподатковуваний дохід сім'ї за рік)
param-maf-income-bracket-3 = Максимальний рахунок: верхня межа доходу групи 3 (чистий оподатковуваний дохід сім'ї за рік)
param-maf-income-bracket-4 = Максимальний рахунок: верхня межа доходу групи 4 (чистий оподатковуваний дохід сім'ї за рік)
param-maf-income-bracket-5 = Максимальний рахунок: верхня межа доходу групи 5 (чистий оподатковуваний дохід сім'ї за рік)
param-maf-ceiling-1 = Максимальний рахунок: межа власної доплати за рік у групі доходу 1
param-maf-ceiling-2 = Максимальний рахунок: межа власної доплати за рік у групі доходу 2
param-maf-ceiling-3 = Максимальний рахунок: межа власної доплати за рік у групі доходу 3
param-maf-ceiling-4 = Максимальний рахунок: межа власної доплати за рік у групі доходу 4
param-maf-ceiling-5 = Максимальний рахунок: межа власної доплати за рік у групі доходу 5
param-maf-ceiling-6 = Максимальний рахунок: межа власної доплати за рік понад групу доходу 5
param-maf-ceiling-social = Соціальний максимальний рахунок (сім'ї з підвищеним відшкодуванням): межа власної доплати за рік
param-maf-chronic-reduction = Максимальний рахунок: зменшення межі при хронічній хворобі

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = Ви, ймовірно, можете отримати IGO. Якщо ви його отримаєте, підвищене відшкодування прийде автоматично. Ваш дохід низький: ви можете попросити його у своєму ziekenfonds уже зараз.
