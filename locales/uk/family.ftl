# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket: startbedrag

right-groeipakket-startbedrag = Стартова сума Groeipakket (одноразова виплата при народженні)
right-groeipakket-startbedrag-summary = Стартова сума — це гроші з Groeipakket (гроші на дітей), які ви отримуєте один раз при народженні або усиновленні дитини.
right-groeipakket-startbedrag-counter = Я хочу подати заяву на стартову суму Groeipakket.
right-groeipakket-startbedrag-if-missing = Ви не отримали стартову суму після реєстрації народження? Тоді зверніться до установи, яка виплачує ваш Groeipakket. Ви ще ніколи не вибирали таку установу? Тоді зверніться до FONS.
right-groeipakket-startbedrag-deadline = Заяву на стартову суму можна подати приблизно за 4 місяці до очікуваного народження і до 5 років після народження.

right-groeipakket-startbedrag-reason-brussels = Ви живете в Брюсселі. Там ви отримуєте не фламандський Groeipakket, а брюссельську допомогу на дітей, також при народженні. Нею займається Iriscare. Ви отримуєте її через брюссельську виплатну установу, наприклад Famiris.
right-groeipakket-startbedrag-reason-wallonia = Ви живете у Валлонії. Там ви отримуєте не фламандський Groeipakket, а валлонську допомогу на дітей, також при народженні. Нею займається AVIQ. Ви отримуєте її через валлонську виплатну установу, наприклад FAMIWAL. У німецькомовній громаді допомогою на дітей займається сама ця громада.
right-groeipakket-startbedrag-reason-abroad = Ви не живете в Бельгії. Groeipakket — для дітей, які живуть у Фландрії. Ви або ваш партнер працюєте в Бельгії? Тоді запитайте в установи, яка виплачує Groeipakket, наприклад у FONS, чи маєте ви все ж право на нього.
right-groeipakket-startbedrag-reason-residence = Groeipakket — для дітей, які живуть у Фландрії. Невідомо, чи має ваша дитина на нього право з вашим дозволом на проживання. Це вирішує виплатна установа. Запитайте у FONS або в OCMW.
right-groeipakket-startbedrag-reason-expecting = Ви чекаєте дитину. Після народження дитину реєструють у муніципалітеті. Потім виплатна установа Groeipakket автоматично виплачує стартову суму. Ви хочете отримати гроші ще до народження? Тоді подайте заяву самі, приблизно за 4 місяці до очікуваної дати, з довідкою від лікаря. Тоді ви отримаєте гроші не раніше ніж за 2 місяці до народження.
right-groeipakket-startbedrag-otherwise = Стартова сума — за народження або усиновлення дитини. Ваша дитина народилася або була усиновлена за останні 5 років, і ви ще не отримали стартову суму? Тоді попросіть її в установи, яка виплачує ваш Groeipakket.

right-groeipakket-startbedrag-unverified-amount = Стартова сума щороку у вересні зростає на 2 відсотки. Суми з вересня 2024 року ще не перевірено. Ми показуємо суму з вересня 2023 року.

## Groeipakket: basisbedrag

right-groeipakket-basisbedrag = Базова сума Groeipakket (щомісячні гроші на дитину)
right-groeipakket-basisbedrag-summary = Базова сума — це гроші з Groeipakket (гроші на дітей), які ви отримуєте щомісяця на кожну дитину.
right-groeipakket-basisbedrag-counter = Я хочу перевірити, чи отримую я Groeipakket на своїх дітей.
right-groeipakket-basisbedrag-if-missing = Ви не отримуєте Groeipakket? Тоді зверніться до своєї виплатної установи. Ви не знаєте, яка ваша виплатна установа, або ще ніколи її не вибирали? Тоді зверніться до FONS. Також можна попросити допомоги в Huis van het Kind (Дім дитини) або в OCMW.

right-groeipakket-basisbedrag-reason-brussels = Ви живете в Брюсселі. Там ви отримуєте не фламандський Groeipakket, а брюссельську допомогу на дітей. Нею займається Iriscare. Ви отримуєте її через брюссельську виплатну установу, наприклад Famiris.
right-groeipakket-basisbedrag-reason-wallonia = Ви живете у Валлонії. Там ви отримуєте не фламандський Groeipakket, а валлонську допомогу на дітей. Нею займається AVIQ. Ви отримуєте її через валлонську виплатну установу, наприклад FAMIWAL. У німецькомовній громаді допомогою на дітей займається сама ця громада.
right-groeipakket-basisbedrag-reason-abroad = Ви не живете в Бельгії. Groeipakket — для дітей, які живуть у Фландрії. Ви або ваш партнер працюєте в Бельгії? Тоді запитайте в установи, яка виплачує Groeipakket, наприклад у FONS, чи маєте ви все ж право на нього.
right-groeipakket-basisbedrag-reason-already = Ви вже отримуєте Groeipakket на своїх дітей. Вам нічого не треба робити. Щороку в серпні ви також автоматично отримуєте шкільний бонус.
right-groeipakket-basisbedrag-reason-residence = Groeipakket — для дітей, які живуть у Фландрії. Невідомо, чи мають ваші діти на нього право з вашим дозволом на проживання. Це вирішує виплатна установа. Запитайте у FONS або в OCMW.
right-groeipakket-basisbedrag-reason-school-children = Ваша дитина ходить до школи. На кожну дитину, яка живе у Фландрії, ви отримуєте Groeipakket автоматично. До місяця, коли дитині виповнюється 18 років, жодних умов немає. Для дітей, народжених до 2019 року, діють старі суми. Щороку в серпні ви також автоматично отримуєте шкільний бонус.
right-groeipakket-basisbedrag-reason-children = На кожну дитину, яка живе у Фландрії, ви отримуєте Groeipakket автоматично. До місяця, коли дитині виповнюється 18 років, жодних умов немає. Для дітей, народжених до 2019 року, діють старі суми.
right-groeipakket-basisbedrag-reason-expecting = Ви чекаєте дитину. Після народження ви отримуватимете базову суму автоматично, щомісяця. Вона починається, щойно буде виплачено стартову суму.
right-groeipakket-basisbedrag-otherwise = З вами не живуть діти. Groeipakket — для дітей. Ви все ж дбаєте про дитину, яка живе у Фландрії? Тоді запитайте у FONS.

right-groeipakket-basisbedrag-unverified-amount = Базова сума щороку у вересні зростає на 2 відсотки. Суми з вересня 2024 року ще не перевірено. Ми показуємо суму з вересня 2023 року.

## Groeipakket: sociale toeslag

right-groeipakket-sociale-toeslag = Соціальна надбавка Groeipakket
right-groeipakket-sociale-toeslag-summary = Соціальна надбавка — це додаткові гроші з Groeipakket (гроші на дітей) для сімей з низьким доходом.
right-groeipakket-sociale-toeslag-counter = Я хочу перевірити, чи отримую я соціальну надбавку Groeipakket.
right-groeipakket-sociale-toeslag-if-missing = Ви не отримуєте соціальну надбавку, хоча ваш дохід низький? Тоді запитайте у своєї установи, яка виплачує Groeipakket. Ваш дохід зменшився нещодавно? Тоді ви можете попросити надбавку, коли ваш дохід буде низьким уже 6 місяців поспіль.

right-groeipakket-sociale-toeslag-reason-brussels = Ви живете в Брюсселі. Там ви не отримуєте фламандський Groeipakket. Брюссельська допомога на дітей має власні надбавки для сімей з низьким доходом. Запитайте про них у своїй брюссельській виплатній установі, наприклад у Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = Ви живете у Валлонії. Там ви не отримуєте фламандський Groeipakket. Валлонська допомога на дітей має власні надбавки для сімей з низьким доходом. Запитайте про них у своїй валлонській виплатній установі, наприклад у FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = Ви не живете в Бельгії. Соціальна надбавка є частиною Groeipakket. Він — для дітей, які живуть у Фландрії.
right-groeipakket-sociale-toeslag-reason-residence = Соціальна надбавка є частиною Groeipakket. Він — для дітей, які живуть у Фландрії. Невідомо, чи мають ваші діти на нього право з вашим дозволом на проживання. Це вирішує виплатна установа. Запитайте у FONS або в OCMW.
right-groeipakket-sociale-toeslag-reason-no-children = З вами не живуть діти. Соціальна надбавка — це додаткові гроші до Groeipakket на дітей.
right-groeipakket-sociale-toeslag-reason-automatic = Дохід вашої сім'ї в останньому податковому повідомленні (aanslagbiljet) не вищий за межу. Тоді ви отримуєте соціальну надбавку автоматично, на додаток до Groeipakket. Ваша виплатна установа щороку сама перевіряє це на період з 1 вересня до 31 серпня.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = У вас щонайменше 3 дітей, і щонайменше одна дитина народилася у 2019 році або пізніше чи ще народиться. Тоді діє вища межа доходу. Дохід вашої сім'ї в останньому податковому повідомленні не вищий за цю межу. Тоді ви отримуєте соціальну надбавку автоматично, на додаток до Groeipakket.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = У вас щонайменше 3 дітей. Тоді діє вища межа доходу, якщо щонайменше одна дитина народилася у 2019 році або пізніше. Дохід вашої сім'ї не вищий за цю вищу межу. Одна з ваших дітей народилася у 2019 році або пізніше? Тоді ви, ймовірно, отримуєте соціальну надбавку автоматично. Уточніть у своїй виплатній установі.
right-groeipakket-sociale-toeslag-reason-request-income-fell = Ваше останнє податкове повідомлення показує дохід, вищий за межу, але зараз ваш дохід нижчий. Ваш дохід такий низький уже щонайменше 6 місяців поспіль? Тоді ви можете попросити соціальну надбавку у своєї виплатної установи. Вам треба буде підтвердити, скільки ви заробляєте зараз. Виплатна установа це перевірить.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = У вас щонайменше 3 дітей, і щонайменше одна дитина народилася у 2019 році або пізніше чи ще народиться. Тоді діє вища межа доходу. Ваше останнє податкове повідомлення показує дохід, вищий за цю межу, але зараз ваш дохід нижчий. Ваш дохід такий низький уже щонайменше 6 місяців поспіль? Тоді ви можете попросити соціальну надбавку у своєї виплатної установи. Вам треба буде підтвердити, скільки ви заробляєте зараз.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = У вас щонайменше 3 дітей. Тоді діє вища межа доходу, якщо щонайменше одна дитина народилася у 2019 році або пізніше. Ваш теперішній дохід не вищий за цю вищу межу. Одна з ваших дітей народилася у 2019 році або пізніше, і ваш дохід такий низький уже щонайменше 6 місяців поспіль? Тоді ви можете попросити соціальну надбавку у своєї виплатної установи.
right-groeipakket-sociale-toeslag-otherwise = Дохід вашої сім'ї, схоже, вищий за межу. Ваш дохід зменшується, наприклад через безробіття або хворобу? Він потім 6 місяців поспіль нижчий за межу? Тоді ви можете попросити соціальну надбавку у своєї виплатної установи.

right-groeipakket-sociale-toeslag-unverified-limit-date = Межа доходу взята із сайту FONS. Там не написано, для якого року вона діє. Імовірно, це межа на 2024-2025 роки. Теперішню межу ще не перевірено.
right-groeipakket-sociale-toeslag-unverified-amounts = Теперішні суми соціальної надбавки ще не перевірено. Ми показуємо суми 2022-2023 років.

## Groeipakket: schooltoeslag

right-groeipakket-schooltoeslag = Шкільна надбавка Groeipakket
right-groeipakket-schooltoeslag-summary = Шкільна надбавка — це додаткові гроші з Groeipakket (гроші на дітей) для дітей, які ходять до школи. Вона — для дитячого садка, початкової школи і середньої школи. Ви отримуєте її, якщо дохід вашої сім'ї досить низький.
right-groeipakket-schooltoeslag-counter = Я хочу перевірити, чи отримую я шкільну надбавку на своїх дітей.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = Ви не живете у Фландрії. Ваша дитина ходить до школи, яку визнає Фландрія, наприклад до нідерландськомовної школи в Брюсселі? Тоді ви можете подати заяву на шкільну надбавку у FONS, онлайн або з бланком. Чи отримаєте ви її, залежить від доходу вашої сім'ї.
right-groeipakket-schooltoeslag-reason-outside-flanders = Ви не живете у Фландрії. Шкільна надбавка — для дітей, які живуть у Фландрії або ходять до школи, яку визнає Фландрія.
right-groeipakket-schooltoeslag-reason-residence = Шкільна надбавка є частиною Groeipakket. Невідомо, чи мають ваші діти на неї право з вашим дозволом на проживання. Це вирішує виплатна установа. Запитайте у FONS або в OCMW.
right-groeipakket-schooltoeslag-reason-no-pupil = Ніхто у вашій сім'ї не ходить до дитячого садка, початкової школи або середньої школи. Хтось навчається на курсі медсестер HBO5 (HBO5 verpleegkunde)? Тоді ця людина все ж може отримати шкільну надбавку. Запитайте у своєї виплатної установи.
right-groeipakket-schooltoeslag-reason-income-check = Ваша дитина ходить до школи. Виплатна установа Groeipakket сама перевіряє, чи отримаєте ви шкільну надбавку. Вам не треба подавати заяву. Це залежить від доходу вашої сім'ї, вашої сімейної ситуації, типу школи і від того, чи достатньо ваша дитина відвідує школу. Ми не можемо сказати, чи ваш дохід досить низький. Якщо ви маєте право, ви отримаєте гроші між кінцем серпня і груднем.
right-groeipakket-schooltoeslag-otherwise = Ніхто у вашій сім'ї не ходить до дитячого садка, початкової школи або середньої школи.

right-groeipakket-schooltoeslag-unverified-limits = Межі доходу, які ми використовуємо, — це межі 2020-2021 навчального року. Відтоді вони зросли. Ваш дохід вищий за ту стару межу? Тоді ми не можемо сказати, чи отримаєте ви шкільну доплату.

## Studietoelage

right-studietoelage = Стипендія на навчання у вищому навчальному закладі (studietoelage)
right-studietoelage-summary = Стипендія на навчання — це гроші від фламандського уряду для студентів вищого навчального закладу (hogeschool) або університету із сімей з низьким доходом.
right-studietoelage-counter = Я хочу подати заяву на стипендію на навчання.
right-studietoelage-deadline = Заяву на стипендію на навчальний рік можна подати до 1 червня. З 2 червня можна почати заяву на наступний навчальний рік.

right-studietoelage-reason-no-student = Ніхто у вашій сім'ї не навчається у вищому навчальному закладі (hogeschool) або університеті. Для дитячого садка, початкової школи і середньої школи є шкільна надбавка Groeipakket.
right-studietoelage-reason-outside-flanders = Ви не живете у Фландрії. Ви навчаєтеся у вищому навчальному закладі (hogeschool) або університеті, які визнає Фландрія, наприклад у нідерландськомовному в Брюсселі? Тоді ви, можливо, все ж зможете отримати фламандську стипендію на навчання. Уточніть у відділі стипендій (afdeling Studietoelagen). Ви навчаєтеся у франкомовному вищому навчальному закладі або університеті? Тоді запитайте про стипендію у Французькій громаді (Fédération Wallonie-Bruxelles).
right-studietoelage-reason-abroad = Ви не живете в Бельгії. Чи можете ви отримати фламандську стипендію на навчання, залежить від вашого громадянства і вашого навчання. Уточніть у відділі стипендій (afdeling Studietoelagen).
right-studietoelage-reason-nationality = Для стипендії на навчання є умови щодо громадянства або дозволу на проживання студента. Відділ стипендій це перевіряє. Подайте заяву на стипендію або спочатку попросіть поради в OCMW чи в студентській службі навчального закладу.
right-studietoelage-reason-low-income = Хтось у вашій сім'ї навчається у вищому навчальному закладі (hogeschool) або університеті, і ваша сім'я має низький дохід. Обов'язково подайте заяву на стипендію на навчання. Студент подає заяву сам: онлайн з посвідченням особи (eID) або itsme, або на папері. Зі стипендією студент також платить менше за реєстрацію на навчання, а сім'я отримує додаткову суму з Groeipakket. Студент уже отримував стипендію минулого року? Тоді відділ стипендій сам надсилає заповнений бланк, між жовтнем і лютим. Студенту треба лише його підтвердити.
right-studietoelage-reason-income-check = Хтось у вашій сім'ї навчається у вищому навчальному закладі (hogeschool) або університеті. Чи отримає студент стипендію на навчання, залежить від доходу і сімейної ситуації. Відділ стипендій це розраховує. Ви сумніваєтеся? Все одно подайте заяву на стипендію до 1 червня. З трохи вищим доходом студент іноді може платити менше за реєстрацію на навчання.
right-studietoelage-otherwise = Ніхто у вашій сім'ї не навчається у вищому навчальному закладі (hogeschool) або університеті.

right-studietoelage-unverified-limits = Межі доходу і суми на 2025-2026 роки ще не перевірено.

## Kinderopvang: inkomenstarief

right-kinderopvang-inkomenstarief = Тариф за доходом у догляді за дітьми (kinderopvang)
right-kinderopvang-inkomenstarief-summary = З тарифом за доходом ви платите за догляд за дітьми (kinderopvang) ціну за день, яка відповідає доходу вашої сім'ї.
right-kinderopvang-inkomenstarief-counter = Я хочу подати заяву на довідку про тариф за доходом для догляду за дітьми.
right-kinderopvang-inkomenstarief-deadline = Подайте заяву на довідку в місяці перед початком догляду. Це можна зробити не раніше ніж за 2 місяці до початку. Віддайте довідку закладу догляду за дітьми до першого дня.

right-kinderopvang-inkomenstarief-reason-no-children = З вами не живуть діти, і ви не чекаєте дитину.
right-kinderopvang-inkomenstarief-reason-no-childcare = Ваша дитина не ходить до закладу догляду за дітьми.
right-kinderopvang-inkomenstarief-reason-brussels = Ви живете в Брюсселі. Ваша дитина ходить до нідерландськомовного закладу догляду за дітьми в Брюсселі? Тоді довідку про тариф за доходом ви теж просите в Kind en Gezin. Вона ходить до франкомовного закладу? Тоді запитайте в закладі, як розраховують ціну.
right-kinderopvang-inkomenstarief-reason-outside = Ви не живете у Фландрії чи Брюсселі. Ваша дитина все ж ходить до закладу догляду за дітьми у Фландрії? Тоді запитайте в Kind en Gezin, чи потрібна вам довідка про тариф за доходом. Інакше запитайте в закладі, як розраховують ціну.
right-kinderopvang-inkomenstarief-reason-leefloon = Ви отримуєте leefloon. Подайте заяву на довідку про тариф за доходом у Kind en Gezin, через Mijn Kind en Gezin або через телефонну лінію Kind en Gezin. Позначте там, що ви отримуєте leefloon. Тоді ви платите лише половину: це називається індивідуальний знижений тариф. Ціна все одно зависока? Тоді запитайте в OCMW, чи можна вам платити менше. OCMW ухвалює рішення після соціальної перевірки.
right-kinderopvang-inkomenstarief-reason-childcare = Ваша дитина ходить до закладу догляду за дітьми. Подайте заяву на довідку про тариф за доходом у Kind en Gezin, через Mijn Kind en Gezin або через телефонну лінію Kind en Gezin, і віддайте її закладу. Довідка потрібна навіть тоді, коли ви не хочете показувати свій дохід. Тоді ви платите найвищий тариф. Ваш дохід уже 3 місяці щонайменше на 20 відсотків нижчий, ніж раніше? Тоді ви можете попросити, щоб платити лише половину. Ви не можете заплатити ціну? Тоді OCMW може дозволити нижчу ціну. Спочатку OCMW вивчає вашу ситуацію. Це називається соціальна перевірка.
right-kinderopvang-inkomenstarief-reason-expecting = Ви чекаєте дитину. Якщо ваша дитина пізніше ходитиме до закладу догляду за дітьми, подайте заяву на довідку про тариф за доходом у Kind en Gezin, у місяці перед початком догляду. Тоді ви платитимете ціну, яка відповідає доходу вашої сім'ї.
right-kinderopvang-inkomenstarief-otherwise = Якщо ваша дитина пізніше ходитиме до закладу догляду за дітьми, подайте заяву на довідку про тариф за доходом у Kind en Gezin, у місяці перед початком догляду.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = Найнижчий тариф, який може дозволити OCMW, перевірено на 2024 рік. Суму на 2025 і 2026 роки ще не перевірено.

## Documents

document-attest-verwachte-bevalling = Довідка від лікаря з очікуваною датою народження
document-attest-verwachte-bevalling-where = Попросіть її у свого лікаря або гінеколога.

document-adoptiebeslissing = Тільки при усиновленні: заява або рішення про усиновлення
document-adoptiebeslissing-where = Ви отримали його від сімейного суду. Загубили? Попросіть копію в канцелярії суду.

document-bewijs-kosten = Тільки якщо ви просите OCMW про нижчу ціну: підтвердження ваших витрат, наприклад оренда, енергія, кредити і борги
document-bewijs-kosten-where = Візьміть із собою свої рахунки і листи про кредити та борги. Виписки з рахунку теж допоможуть.

## Offices

office-groeipakket-uitbetaler = Ваша установа, яка виплачує Groeipakket (FONS, Infino, KidsLife, MyFamily або Parentia)
office-groeipakket-uitbetaler-in-person = Ідіть до офісу своєї виплатної установи. Також можна попросити допомоги в Huis van het Kind (Дім дитини). У деяких OCMW бувають дні прийому виплатної установи.
office-groeipakket-uitbetaler-phone = Зателефонуйте до своєї виплатної установи. Номер є в листах і на сайті вашої виплатної установи. Ви ще ніколи не вибирали виплатну установу? Тоді це FONS.
office-groeipakket-uitbetaler-online = Увійдіть на сайт своєї виплатної установи. У листах про Groeipakket ви побачите, яка ваша виплатна установа.

office-studietoelagen = Відділ стипендій фламандського уряду (afdeling Studietoelagen)
office-studietoelagen-online = Подайте заяву на стипендію онлайн через цифрове віконце на цьому сайті. Ви входите з eID або itsme.
office-studietoelagen-phone = Зателефонуйте на фламандську інформаційну лінію, якщо у вас є запитання про стипендію на навчання.
office-studietoelagen-letter = Заяву на стипендію можна подати також на папері, з бланком.
office-studietoelagen-in-person = Потрібна допомога? Ідіть до OCMW, до Loket Onderwijs (віконце з питань освіти) або до студентської служби вищого навчального закладу чи університету. Студент має прийти сам, щоб дати згоду.

office-kinderopvang = Kind en Gezin (Opgroeien, фламандська служба для маленьких дітей і сімей)
office-kinderopvang-online = Подайте заяву на довідку про тариф за доходом у Mijn Kind en Gezin, на сайті Kind en Gezin. Ви входите з eID або itsme.
office-kinderopvang-phone = Зателефонуйте на лінію Kind en Gezin. Там вам також допоможуть подати заяву на довідку.
office-kinderopvang-in-person = Потрібна допомога? Запитайте у своєму закладі догляду за дітьми, в OCMW або в Lokaal Loket Kinderopvang (місцеве віконце з питань догляду за дітьми).

## Parameters

param-groeipakket-startbedrag = Groeipakket: стартова сума при народженні або усиновленні (один раз)
param-groeipakket-basisbedrag = Groeipakket: базова сума на дитину на місяць, для дітей, народжених з 2019 року
param-groeipakket-sociale-toeslag-grens = Groeipakket, соціальна надбавка: межа доходу сім'ї на рік (оподатковуваний дохід, останнє податкове повідомлення)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket, соціальна надбавка: вища межа доходу на рік для сімей з 3 або більше дітьми, з яких щонайменше одна народилася з 2019 року
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket, соціальна надбавка на дитину на місяць, сім'я з 1 або 2 дітьми
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket, соціальна надбавка на дитину на місяць, сім'я з 1 або 2 дітьми, середня група доходу
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket, соціальна надбавка на дитину на місяць, сім'я з більш ніж 2 дітьми
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket, соціальна надбавка на дитину на місяць, сім'я з більш ніж 2 дітьми, середня група доходу
param-kinderopvang-minimumtarief-ocmw = Догляд за дітьми: мінімальний тариф на день, який може дозволити OCMW

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = Доплата на догляд із Groeipakket (zorgtoeslag)
right-groeipakket-zorgtoeslag-summary = Доплата на догляд — це додаткові гроші з Groeipakket для дитини з інвалідністю або тривалою хворобою.
right-groeipakket-zorgtoeslag-counter = Я хочу подати заяву на доплату на догляд (zorgtoeslag) для моєї дитини.
right-groeipakket-zorgtoeslag-reason-already = Ваша дитина вже отримує доплату на догляд. Здоров'я дитини змінюється? Тоді попросіть нове обстеження у виплатника вашого Groeipakket.
right-groeipakket-zorgtoeslag-reason-outside-flanders = Ви не живете у Фландрії. Доплата на догляд є частиною фламандського Groeipakket. У Брюсселі та Валлонії є власна допомога на дітей. Дізнайтеся там.
right-groeipakket-zorgtoeslag-reason-no-children = З вами не живуть діти. Доплата на догляд — для дітей.
right-groeipakket-zorgtoeslag-reason-request = Дитина у вашій сім'ї має інвалідність або тривалу хворобу? Тоді подайте заяву на доплату на догляд у виплатника вашого Groeipakket. Лікар Opgroeien обстежить вашу дитину. Дайте контакти лікаря вашої дитини.
right-groeipakket-zorgtoeslag-otherwise = Ви не сказали, що хтось у вашій сім'ї має інвалідність. Дитина має інвалідність або тривалу хворобу? Тоді подайте заяву на доплату на догляд у виплатника вашого Groeipakket.

right-groeipakket-ondersteuningstoeslag = Доплата на підтримку з Groeipakket (ondersteuningstoeslag)
right-groeipakket-ondersteuningstoeslag-summary = Доплата на підтримку — це додаткові гроші з Groeipakket для дитини з доплатою на догляд щонайменше 12 балів.
right-groeipakket-ondersteuningstoeslag-counter = Я хочу дізнатися, чи отримую я доплату на підтримку (ondersteuningstoeslag) для моєї дитини.
right-groeipakket-ondersteuningstoeslag-if-missing = Не отримуєте доплату на підтримку? Запитайте у виплатника вашого Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = Ви не живете у Фландрії. Доплата на підтримку є частиною фламандського Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-automatic = Ваша дитина отримує доплату на догляд щонайменше з 12 балами. Тоді вона отримує й доплату на підтримку. Це відбувається автоматично через виплатника вашого Groeipakket. Це не бюджет на догляд від zorgkas.
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = Ваша дитина має менше 12 балів для доплати на догляд. Доплата на підтримку — для дітей щонайменше з 12 балами. Якщо дитина пізніше отримає більше балів, вона прийде автоматично.
right-groeipakket-ondersteuningstoeslag-otherwise = Ніхто у вашій сім'ї не отримує доплату на догляд. Доплата на підтримку — для дітей з доплатою на догляд щонайменше 12 балів.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = Ваша дитина ходить до школи, і дохід вашої сім'ї нижчий за межу для шкільної доплати. Тоді ви отримуєте шкільну доплату автоматично від виплатника вашого Groeipakket, між кінцем серпня і груднем. Вам не треба нічого подавати. Але дитина має достатньо відвідувати школу.
right-groeipakket-schooltoeslag-if-missing = До грудня ви ще не отримали шкільної доплати? Запитайте у виплатника вашого Groeipakket.
param-schooltoeslag-max-2-points = Шкільна доплата: найвищий дохід для сім'ї з 2 балами
param-schooltoeslag-max-3-points = Шкільна доплата: найвищий дохід для сім'ї з 3 балами
param-schooltoeslag-max-4-points = Шкільна доплата: найвищий дохід для сім'ї з 4 балами
param-schooltoeslag-max-5-points = Шкільна доплата: найвищий дохід для сім'ї з 5 балами
param-schooltoeslag-max-6-points = Шкільна доплата: найвищий дохід для сім'ї з 6 балами
param-studietoelage-max-3-points = Стипендія на вищу освіту: найвищий дохід сім'ї при 3 балах
