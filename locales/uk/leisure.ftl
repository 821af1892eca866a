# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## UiTPAS met kansentarief

right-uitpas-kansentarief = UiTPAS з пільговим тарифом (kansentarief)
right-uitpas-kansentarief-summary = З UiTPAS з пільговим тарифом ви отримуєте велику знижку на спорт, культуру та інші заняття у вільний час у вашому муніципалітеті або регіоні.
right-uitpas-kansentarief-counter = Я хочу UiTPAS з пільговим тарифом.

right-uitpas-kansentarief-reason-outside = UiTPAS — це картка для вільного часу від фламандських муніципалітетів. Там, де ви живете, UiTPAS зазвичай немає. Запитайте у своєму муніципалітеті або в OCMW, чи є знижки на заняття у вільний час.
right-uitpas-kansentarief-reason-brussels = Ви живете в Брюсселі. Кожен муніципалітет або регіон має власні правила. Запитайте у своєму муніципалітеті або в OCMW, чи є UiTPAS або інша картка для вільного часу зі знижкою.
right-uitpas-kansentarief-reason-benefit = Ви або хтось у вашій сім'ї отримує підвищене відшкодування, leefloon, еквівалент leefloon, IGO, IVT, IT або бюджет на догляд для літніх людей. У більшості муніципалітетів це дає право на пільговий тариф. Але кожен муніципалітет або регіон має власні правила. Запитайте біля віконця UiTPAS або в Sociaal Huis вашого муніципалітету. Візьміть із собою посвідчення особи і довідку про вашу допомогу. Члени вашої сім'ї на утриманні за тією самою адресою, наприклад ваші діти, теж можуть його отримати. Пільговий тариф діє один рік.
right-uitpas-kansentarief-reason-vt-automatic = Ви отримуєте підвищене відшкодування автоматично. У більшості муніципалітетів це дає право на пільговий тариф. Але кожен муніципалітет або регіон має власні правила. Запитайте біля віконця UiTPAS або в Sociaal Huis вашого муніципалітету. Візьміть із собою посвідчення особи і довідку від вашого ziekenfonds.
right-uitpas-kansentarief-reason-debt = Ви отримуєте допомогу з боргами або з бюджетом: супровід бюджету, керування бюджетом, посередництво з боргів або колективне врегулювання боргів. У більшості муніципалітетів це дає право на пільговий тариф. Але кожен муніципалітет або регіон має власні правила. Запитайте біля віконця UiTPAS або в Sociaal Huis вашого муніципалітету. Візьміть із собою посвідчення особи і довідку від OCMW, CAW (центр загальної соціальної допомоги) або вашого посередника з боргів.
right-uitpas-kansentarief-reason-asylum-seeker = Ви шукач притулку і отримуєте прийом і житло? Тоді в багатьох муніципалітетах ви можете отримати пільговий тариф. Але кожен муніципалітет або регіон має власні правила. Запитайте біля віконця UiTPAS або в Sociaal Huis вашого муніципалітету, або у своєму місці прийому.
right-uitpas-kansentarief-reason-no-legal-stay = Ви отримуєте невідкладну медичну допомогу від OCMW? Тоді в багатьох муніципалітетах ви можете отримати пільговий тариф, навіть без законного права на проживання. Але кожен муніципалітет або регіон має власні правила. Запитайте в OCMW або в Sociaal Huis вашого муніципалітету.
right-uitpas-kansentarief-reason-vt-first = Ви, ймовірно, можете отримати підвищене відшкодування. Спочатку подайте на нього заяву у своєму ziekenfonds. З довідкою про це в більшості муніципалітетів ви можете попросити пільговий тариф. Деякі муніципалітети також самі дивляться на ваш дохід. Кожен муніципалітет або регіон має власні правила. Запитайте біля віконця UiTPAS або в Sociaal Huis вашого муніципалітету.
right-uitpas-kansentarief-otherwise = За вашими відповідями, схоже, ви не маєте права на пільговий тариф. Але кожен муніципалітет або регіон має власні правила. У деяких муніципалітетах право на пільговий тариф дають також соціальна надбавка з Groeipakket, субсидія на оренду, шкільна або студентська стипендія чи робота на соціальному підприємстві (maatwerkbedrijf, раніше — захищена або соціальна майстерня). Уточніть у своєму муніципалітеті або в Sociaal Huis.

## Offices

office-gemeente = Ваш муніципалітет (віконце UiTPAS або Sociaal Huis)
office-gemeente-in-person = Ідіть до віконця UiTPAS, до Sociaal Huis або до центру зустрічей у вашому муніципалітеті. Запитайте там, які правила діють у вашому муніципалітеті.
office-gemeente-phone = Зателефонуйте до свого муніципалітету або до Sociaal Huis. Номер є на сайті вашого муніципалітету.
office-gemeente-online = Перегляньте сайт свого муніципалітету. Шукайте там UiTPAS.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = Недорогий відпочинок і поїздки (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = З Iedereen Verdient Vakantie ви можете недорого поїхати у відпустку або на екскурсію, якщо у вас низький дохід.
right-vakantieparticipatie-counter = Я хочу забронювати недорогу відпустку або поїздку через Iedereen Verdient Vakantie.
right-vakantieparticipatie-reason-outside = Ви не живете у Фландрії чи Брюсселі. Iedereen Verdient Vakantie — фламандська служба.
right-vakantieparticipatie-reason-vt = Ви маєте підвищене відшкодування. Тоді ви можете бронювати недорогий відпочинок і поїздки через Iedereen Verdient Vakantie. Запитайте в OCMW або CAW.
right-vakantieparticipatie-reason-debt = Ви отримуєте допомогу з бюджетом або перебуваєте в колективному врегулюванні боргів. Тоді ви зазвичай можете бронювати недорогий відпочинок і поїздки через Iedereen Verdient Vakantie. Запитайте в OCMW або CAW.
right-vakantieparticipatie-reason-vt-first = Ви, ймовірно, можете отримати підвищене відшкодування. Спершу попросіть його у своєму ziekenfonds. Потім ви зможете бронювати недорогий відпочинок і поїздки через OCMW або CAW.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie — для людей з низьким доходом, наприклад з підвищеним відшкодуванням. Думаєте, що маєте на це право? Запитайте в OCMW або CAW.

right-vakantieparticipatie-reason-brussels = Ви живете в Брюсселі. Iedereen Verdient Vakantie — фламандська служба. Деякі нідерландськомовні організації в Брюсселі беруть у ній участь. Запитайте в OCMW або CAW.
