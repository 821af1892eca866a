# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = Дешевший проїзд з De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Якщо у вас низький дохід або інвалідність, ви отримуєте абонемент De Lijn на автобус і трамвай за низькою ціною або безкоштовно.
right-de-lijn-vervoergarantie-counter = Я хочу абонемент De Lijn за соціальним тарифом.
right-de-lijn-vervoergarantie-if-missing = Ви не отримуєте безкоштовний абонемент автоматично? Тоді попросіть його в магазині De Lijn (Lijnwinkel). Візьміть із собою довідку про вашу допомогу. Цю довідку ви отримаєте від DG Personen met een handicap за безкоштовним номером 0800 987 99.
right-de-lijn-vervoergarantie-deadline = Абонемент дійсний 12 місяців. Вчасно попросіть новий. Якщо ви припините абонемент, гроші вам не повернуть.

right-de-lijn-vervoergarantie-reason-brussels = Ви живете в Брюсселі. De Lijn їздить переважно у Фландрії. У Брюсселі є MIVB. Запитайте там про нижчий тариф або попросіть поради в OCMW.
right-de-lijn-vervoergarantie-reason-wallonia = Ви живете у Валлонії. De Lijn їздить переважно у Фландрії. У Валлонії є TEC. Запитайте там про нижчий тариф або попросіть поради в OCMW.
right-de-lijn-vervoergarantie-reason-abroad = Ви не живете в Бельгії. Ці тарифи De Lijn — для тих, хто живе у Фландрії.
right-de-lijn-vervoergarantie-reason-free-handicap = У вашій сім'ї хтось отримує IVT або IT. Ця людина їздить з De Lijn безкоштовно. Абонемент зазвичай надходить автоматично.
right-de-lijn-vervoergarantie-reason-leefloon = Ви отримуєте leefloon або еквівалент leefloon. Тоді ви отримуєте Vervoergarantie: абонемент на 12 місяців за низькою ціною. De Lijn сама надішле вам бланк для оплати. Оплатіть його, і ви отримаєте абонемент.
right-de-lijn-vervoergarantie-reason-igo = Ви отримуєте IGO. Тоді ви отримуєте Vervoergarantie: абонемент на 12 місяців за низькою ціною. Попросіть його в магазині De Lijn (Lijnwinkel) або листом до De Lijn. Візьміть із собою довідку від Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-asylum-seeker = Як шукач притулку ви можете отримати Vervoergarantie: абонемент на 12 місяців за низькою ціною. Ви подаєте заяву через Fedasil або Червоний Хрест. Запитайте про це працівників вашого місця прийому.
right-de-lijn-vervoergarantie-reason-igo-pending = Ви, ймовірно, можете отримати IGO. Якщо ви його отримаєте, то зможете попросити Vervoergarantie: абонемент на 12 місяців за низькою ціною. Попросіть його в магазині De Lijn (Lijnwinkel) або листом до De Lijn, з довідкою від Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = Ви, можливо, можете отримати IGO. Це вирішує Federale Pensioendienst. Якщо ви отримаєте IGO, то зможете попросити Vervoergarantie: абонемент на 12 місяців за низькою ціною. Попросіть його в магазині De Lijn (Lijnwinkel) або листом до De Lijn, з довідкою від Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-vt = Ви маєте підвищене відшкодування. Тоді ви отримуєте дешевший абонемент De Lijn. Попросіть його в магазині De Lijn (Lijnwinkel). Візьміть із собою довідку від вашого ziekenfonds, видану не більше 3 місяців тому.
right-de-lijn-vervoergarantie-reason-vt-first = Ви, ймовірно, можете отримати підвищене відшкодування. Спочатку подайте на нього заяву у своєму ziekenfonds. Потім ви отримаєте дешевший абонемент De Lijn.
right-de-lijn-vervoergarantie-reason-vaph = Ви або хтось у вашій сім'ї має інвалідність. Ця людина зареєстрована у VAPH (Vlaams Agentschap voor Personen met een Handicap, фламандське агентство для людей з інвалідністю)? Тоді ця людина зазвичай їздить з De Lijn безкоштовно. Уточніть у De Lijn.
right-de-lijn-vervoergarantie-otherwise = Ви не маєте leefloon, IGO, підвищеного відшкодування або допомоги у зв'язку з інвалідністю. Тоді нижчого тарифу в De Lijn немає. Але діти до 6 років їздять безкоштовно. Деякі муніципалітети повертають частину вартості вашого абонемента. Запитайте у своєму муніципалітеті.

right-de-lijn-vervoergarantie-unverified-prices = Ціни De Lijn змінюються. Ціну абонемента для людей з підвищеним відшкодуванням ще не перевірено.

## NMBS-kortingkaart

right-nmbs-kortingkaart = Знижкова картка NMBS (залізниця) для людей з підвищеним відшкодуванням
right-nmbs-kortingkaart-summary = З цією безкоштовною карткою ви купуєте квитки на поїзд у другому класі за половину ціни.
right-nmbs-kortingkaart-counter = Я хочу знижкову картку для людей з підвищеним відшкодуванням.
right-nmbs-kortingkaart-deadline = Картка дійсна 1 рік або 5 років, якщо вам 65 років або більше. Вчасно попросіть нову картку.

right-nmbs-kortingkaart-reason-abroad = Ви не живете в Бельгії. Ця картка — для тих, хто має підвищене відшкодування від бельгійського ziekenfonds.
right-nmbs-kortingkaart-reason-vt = Ви маєте підвищене відшкодування. Тоді ви, ваш партнер і ваші діти на утриманні можете отримати цю картку. Попросіть її онлайн у своєму акаунті My NMBS або біля віконця на вокзалі, з посвідченням особи і карткою MOBIB.
right-nmbs-kortingkaart-reason-vt-first = Ви, ймовірно, можете отримати підвищене відшкодування. Спочатку подайте на нього заяву у своєму ziekenfonds. Потім ви зможете попросити цю картку в NMBS.
right-nmbs-kortingkaart-otherwise = Ця картка — тільки для тих, хто має підвищене відшкодування, і для їхньої сім'ї. У вас тяжка інвалідність? Тоді людина, яка вас супроводжує, іноді може їхати з вами безкоштовно, з карткою супровідника (Kaart voor Begeleider). Запитайте про це біля віконця NMBS.

## Parkeerkaart

right-parkeerkaart = Паркувальна картка для людей з інвалідністю
right-parkeerkaart-summary = З паркувальною карткою ви можете паркуватися на місцях для людей з інвалідністю, як водій або як пасажир.
right-parkeerkaart-counter = Я хочу подати заяву на паркувальну картку для людей з інвалідністю.
right-parkeerkaart-deadline = У вас картка з датою закінчення? Її не продовжують автоматично. Попросіть нову картку за 6 місяців до дати закінчення.

right-parkeerkaart-reason-abroad = Ви не живете в Бельгії. Бельгійська паркувальна картка — для тих, хто живе в Бельгії.
right-parkeerkaart-reason-assessment = Ви або хтось у вашій сім'ї має інвалідність. Чи отримає ця людина паркувальну картку, залежить від визнання лікарем DG Personen met een handicap (федеральної служби для людей з інвалідністю), наприклад від того, наскільки важко цій людині пересуватися. Ця людина вже має визнання? Тоді нова медична довідка зазвичай не потрібна. У такому разі зверніться до DG.
right-parkeerkaart-otherwise = Ви сказали, що ніхто у вашій сім'ї не має інвалідності. Паркувальна картка — тільки для людей з інвалідністю.

## Documents

document-attest-igo = Тільки якщо ви отримуєте IGO: довідка від Federale Pensioendienst
document-attest-igo-where = Попросіть її у Federale Pensioendienst. Зателефонуйте на пенсійну лінію 1765 або перегляньте mypension.be.

document-attest-verhoogde-tegemoetkoming = Якщо ви маєте підвищене відшкодування: довідка від вашого ziekenfonds, видана не більше 3 місяців тому
document-attest-verhoogde-tegemoetkoming-where = Попросіть її у своєму ziekenfonds або завантажте на сайті чи в застосунку свого ziekenfonds. У NMBS вона потрібна лише тоді, коли біля віконця не можуть перевірити ваше підвищене відшкодування.

document-mobib-kaart = Картка MOBIB з вашим іменем
document-mobib-kaart-where = Ви отримаєте її біля віконця NMBS. Нова картка коштує невелику суму.

document-pasfoto = Тільки якщо біля віконця не можуть перевірити ваше підвищене відшкодування: свіже фото на документи
document-pasfoto-where = У фотографа або у фотоавтоматі.

## Offices

office-de-lijn = De Lijn
office-de-lijn-in-person = Ідіть до магазину De Lijn (Lijnwinkel).
office-de-lijn-letter = Свою заяву можна також надіслати поштою. Додайте копію вашої довідки.
office-de-lijn-online = На сайті De Lijn є пояснення про абонементи і ціни.

office-nmbs = NMBS (бельгійська залізниця)
office-nmbs-in-person = Ідіть до віконця на вокзалі. Візьміть із собою посвідчення особи і картку MOBIB.
office-nmbs-online = Подайте заяву на картку онлайн у своєму акаунті My NMBS на сайті NMBS.

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = Ви отримуєте бюджет на догляд для літніх людей (zorgbudget voor ouderen). Тоді ви їздите з De Lijn безкоштовно. Абонемент зазвичай приходить сам. Якщо ні, попросіть його в Lijnwinkel і візьміть лист про ваш бюджет на догляд.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = Картка супровідника NMBS (Kaart voor Begeleider)
right-nmbs-kaart-voor-begeleider-summary = З карткою супровідника хтось їде з вами потягом безкоштовно, якщо у вас інвалідність.
right-nmbs-kaart-voor-begeleider-counter = Я хочу подати заяву на картку супровідника.
right-nmbs-kaart-voor-begeleider-reason-abroad = Ви не живете в Бельгії. Ця картка — для людей, які живуть у Бельгії.
right-nmbs-kaart-voor-begeleider-reason-points = Ви або хтось у вашій сім'ї має щонайменше 12 балів самостійності. Тоді ця людина може отримати картку супровідника. Супровідник тоді їде потягом безкоштовно. Подайте заяву в NMBS з довідкою від DG Personen met een handicap.
right-nmbs-kaart-voor-begeleider-reason-check = Картка супровідника — для тих, хто має щонайменше 12 балів самостійності, 80 % інвалідності або щонайменше 50 % інвалідності ніг. Це написано в рішенні DG Personen met een handicap. Не знаєте? Зателефонуйте безкоштовно 0800 987 99.
right-nmbs-kaart-voor-begeleider-otherwise = Картка супровідника — для людей з визнаною інвалідністю щонайменше 12 балів самостійності або 80 %. Ви цього не сказали.
right-nmbs-kaart-voor-begeleider-unverified-criteria = Умови взято зі сторінок OCMW та інших служб, а не від самої NMBS. Їх ще не перевірено в NMBS.
