# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Sociaal Huis w Państwa gminie (przykład)
office-voorbeeldgemeente-sociaal-huis-in-person = Proszę pójść do Sociaal Huis w swojej gminie. Godziny otwarcia są na stronie internetowej gminy.
office-voorbeeldgemeente-sociaal-huis-phone = Proszę zadzwonić do Sociaal Huis. Numer jest na stronie internetowej gminy.
office-voorbeeldgemeente-sociaal-huis-online = Proszę zajrzeć na stronę internetową swojej gminy, do części „mantelzorg” (opieka nad bliską osobą).

document-verklaring-mantelzorger = Oświadczenie opiekuna bliskiej osoby
document-verklaring-mantelzorger-where = Formularz można dostać w Sociaal Huis w swojej gminie.

right-mantelzorgpremie = Dodatek dla opiekunów bliskich osób (przykład)
right-mantelzorgpremie-summary = Niektóre gminy dają mały dodatek osobom, które w domu opiekują się kimś, kto potrzebuje dużo opieki.
right-mantelzorgpremie-counter = Chcę złożyć wniosek o dodatek dla opiekuna bliskiej osoby.
right-mantelzorgpremie-reason-elsewhere = Nie mieszkają Państwo we Flandrii. Proszę zapytać w swojej gminie, czy daje dodatek dla opiekunów bliskich osób.
right-mantelzorgpremie-reason-care-need = Ktoś w Państwa domu potrzebuje dużo opieki. Każda gmina sama decyduje, czy daje dodatek dla opiekunów bliskich osób i komu. Proszę zapytać w Sociaal Huis w swojej gminie.
right-mantelzorgpremie-otherwise = Dodatek dla opiekunów bliskich osób jest dla tych, którzy opiekują się kimś, kto potrzebuje dużo opieki.
right-mantelzorgpremie-unverified-example = To jest przykład. Warunki i kwota są różne w każdej gminie.
