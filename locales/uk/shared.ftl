# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Documents

document-identiteitskaart = Посвідчення особи або картка на проживання
document-identiteitskaart-where = Воно у вас уже є. Загубили? Попросіть нове у своєму муніципалітеті (gemeente).

document-rekeninguittreksels = Виписки з банківського рахунку за останні місяці
document-rekeninguittreksels-where = Ви отримуєте їх у своєму банку: на папері або в застосунку банку.

document-huurcontract = Договір оренди
document-huurcontract-where = Ви отримали його, коли почали орендувати житло. Загубили? Попросіть копію в орендодавця.

document-bewijs-inkomen = Підтвердження вашого доходу: розрахункові листки із зарплатою або довідки про вашу допомогу
document-bewijs-inkomen-where = Ви отримуєте їх від роботодавця або від служби, яка виплачує вашу допомогу чи пенсію.

document-aanslagbiljet = Податкове повідомлення (aanslagbiljet, податок на доходи фізичних осіб)
document-aanslagbiljet-where = Ви знайдете його в MyMinfin. Також можна попросити його в офісі FOD Financiën (податкова служба).

document-attest-schuldbemiddeling = Тільки якщо у вас посередництво з боргів: довідка від вашого посередника з боргів або рішення про ваше колективне врегулювання боргів
document-attest-schuldbemiddeling-where = Попросіть її у свого посередника з боргів.

document-gegevens-behandelende-arts = Ім'я та адреса вашого лікаря
document-gegevens-behandelende-arts-where = Запишіть їх. Ви знайдете їх у листі або рецепті від вашого лікаря.

document-rekeningnummer = Номер вашого банківського рахунку
document-rekeningnummer-where = Він написаний на вашій банківській картці або у виписках з рахунку. Ніколи не повідомляйте секретні коди свого банку: жодна служба їх не просить.

document-energiefacturen = Ваші рахунки за електрику, газ або воду
document-energiefacturen-where = Ви отримуєте їх від постачальника поштою або у своєму акаунті на сайті постачальника.

document-attest-uitkering = Довідка від служби, яка виплачує вашу допомогу
document-attest-uitkering-where = Попросіть її в цій службі. Наприклад: OCMW, ваш ziekenfonds (лікарняна каса), Federale Pensioendienst (телефон 1765), DG Personen met een handicap (телефон 0800 987 99), ваша zorgkas або CAW.

## Offices

office-ocmw = OCMW (Sociaal Huis, центр соціальної допомоги) вашого муніципалітету
office-ocmw-in-person = Прийдіть до OCMW або до Sociaal Huis вашого муніципалітету. Іноді спочатку треба записатися на прийом.
office-ocmw-phone = Зателефонуйте до OCMW, щоб записатися на прийом. Номер є на сайті вашого муніципалітету.
office-ocmw-letter = Також можна надіслати лист або електронний лист. Це може зробити за вас інша людина. Тоді дайте цій людині свою письмову згоду.
office-ocmw-home-visit = Ви не можете прийти до OCMW? Тоді попросіть, щоб хтось прийшов до вас додому.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap (служба для людей з інвалідністю)
office-dg-personen-met-handicap-online = Подайте заяву онлайн у MyHandicap, з посвідченням особи і PIN-кодом або через itsme.
office-dg-personen-met-handicap-phone = Зателефонуйте до DG Personen met een handicap. Цей номер безкоштовний.
office-dg-personen-met-handicap-in-person = Не виходить онлайн? Соціальна служба вашого ziekenfonds, ваш муніципалітет або OCMW (Sociaal Huis) допоможе вам і подасть заяву за вас. Є також соціальні працівники DG.
