# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Sociaal Huis вашого муніципалітету (приклад)
office-voorbeeldgemeente-sociaal-huis-in-person = Прийдіть до Sociaal Huis вашого муніципалітету. Години роботи є на сайті вашого муніципалітету.
office-voorbeeldgemeente-sociaal-huis-phone = Зателефонуйте до Sociaal Huis. Номер є на сайті вашого муніципалітету.
office-voorbeeldgemeente-sociaal-huis-online = Перегляньте на сайті свого муніципалітету розділ «mantelzorg» (догляд за близькою людиною).

document-verklaring-mantelzorger = Заява про те, що ви доглядаєте за близькою людиною
document-verklaring-mantelzorger-where = Бланк ви отримаєте в Sociaal Huis вашого муніципалітету.

right-mantelzorgpremie = Премія за догляд за близькою людиною (приклад)
right-mantelzorgpremie-summary = Деякі муніципалітети дають невелику премію тим, хто вдома доглядає за людиною, якій потрібно багато догляду.
right-mantelzorgpremie-counter = Я хочу подати заяву на премію за догляд за близькою людиною.
right-mantelzorgpremie-reason-elsewhere = Ви не живете у Фландрії. Запитайте у своєму муніципалітеті, чи дає він премію тим, хто доглядає за близькою людиною.
right-mantelzorgpremie-reason-care-need = Комусь у вашому домі потрібно багато догляду. Кожен муніципалітет сам вирішує, чи дає він премію за догляд за близькою людиною і кому. Запитайте в Sociaal Huis вашого муніципалітету.
right-mantelzorgpremie-otherwise = Премія за догляд за близькою людиною — для тих, хто доглядає за людиною, якій потрібно багато догляду.
right-mantelzorgpremie-unverified-example = Це приклад. Умови та сума в кожному муніципалітеті різні.
