# Служби: office-<id> — назва, office-<id>-<kind> — як скористатися цим каналом.

office-ocmw = OCMW (Sociaal Huis, центр соціальної допомоги) вашого муніципалітету
office-ocmw-in-person = Прийдіть до OCMW або до Sociaal Huis вашого муніципалітету. Іноді спочатку треба записатися на прийом.
office-ocmw-phone = Зателефонуйте до OCMW, щоб записатися на прийом. Номер є на сайті вашого муніципалітету.
office-ocmw-letter = Також можна надіслати лист або електронний лист. Це може зробити за вас інша людина. Тоді дайте цій людині свою письмову згоду.
office-ocmw-home-visit = Ви не можете прийти до OCMW? Тоді попросіть, щоб хтось прийшов до вас додому.

office-ziekenfonds = Ваш ziekenfonds (лікарняна каса)
office-ziekenfonds-in-person = Прийдіть до офісу свого ziekenfonds.
office-ziekenfonds-phone = Зателефонуйте до свого ziekenfonds. Номер є в листах і на сайті вашого ziekenfonds.
office-ziekenfonds-online = Увійдіть на сайт або в застосунок свого ziekenfonds, наприклад MyCM або Mijn Helan.

office-fod-economie = FOD Economie
office-fod-economie-phone = Зателефонуйте до FOD Economie, якщо у вас є запитання про соціальний тариф на енергію.
office-fod-economie-online = На цьому сайті можна перевірити, чи отримуєте ви соціальний тариф, для якого договору і на який період.
