# Документи: document-<id> — назва, document-<id>-where — де його отримати.

document-identiteitskaart = Посвідчення особи або картка на проживання
document-identiteitskaart-where = Воно у вас уже є. Загубили? Попросіть нове у своєму муніципалітеті (gemeente).

document-overzicht-inkomsten-uitgaven = Перелік ваших доходів і витрат за останні 3 місяці
document-overzicht-inkomsten-uitgaven-where = Запишіть це самі. Вам допоможуть виписки з вашого банківського рахунку.

document-rekeninguittreksels = Виписки з банківського рахунку за останні місяці
document-rekeninguittreksels-where = Ви отримуєте їх у своєму банку: на папері або в застосунку банку.

document-huurcontract = Договір оренди
document-huurcontract-where = Ви отримали його, коли почали орендувати житло. Загубили? Попросіть копію в орендодавця.

document-bewijs-inkomen = Підтвердження вашого доходу: розрахункові листки із зарплатою або довідки про вашу допомогу
document-bewijs-inkomen-where = Ви отримуєте їх від роботодавця або від служби, яка виплачує вашу допомогу чи пенсію.

document-vdab-inschrijving = Підтвердження, що ви зареєстровані у VDAB (служба зайнятості)
document-vdab-inschrijving-where = Попросіть його у VDAB.

document-aanslagbiljet = Податкове повідомлення (aanslagbiljet, податок на доходи фізичних осіб)
document-aanslagbiljet-where = Ви знайдете його в MyMinfin. Також можна попросити його в офісі FOD Financiën (податкова служба).

document-verklaring-op-erewoord = Заява під чесне слово, підписана всіма дорослими у вашій сім'ї
document-verklaring-op-erewoord-where = Бланк ви отримаєте у своєму ziekenfonds (лікарняна каса).

document-leveringsfactuur = Копія рахунку або накладної на доставку вашого мазуту чи пропану
document-leveringsfactuur-where = Ви отримуєте її від постачальника під час доставки або на заправці.

document-attest-aantal-woningen = Тільки якщо ви живете в багатоквартирному будинку: довідка про те, на скільки квартир виставлено рахунок
document-attest-aantal-woningen-where = Попросіть її у власника або в управителя будинку.

document-attest-schuldbemiddeling = Тільки якщо у вас посередництво з боргів: довідка від вашого посередника з боргів або рішення про ваше колективне врегулювання боргів
document-attest-schuldbemiddeling-where = Попросіть її у свого посередника з боргів.
