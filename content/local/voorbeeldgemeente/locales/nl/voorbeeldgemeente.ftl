# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Sociaal Huis van uw gemeente (voorbeeld)
office-voorbeeldgemeente-sociaal-huis-in-person = Ga langs bij het Sociaal Huis van uw gemeente. De openingsuren staan op de website van uw gemeente.
office-voorbeeldgemeente-sociaal-huis-phone = Bel het Sociaal Huis. Het nummer staat op de website van uw gemeente.
office-voorbeeldgemeente-sociaal-huis-online = Kijk op de website van uw gemeente bij "mantelzorg".

document-verklaring-mantelzorger = Verklaring dat u de mantelzorger bent
document-verklaring-mantelzorger-where = U krijgt het formulier bij het Sociaal Huis van uw gemeente.

right-mantelzorgpremie = Mantelzorgpremie (voorbeeld)
right-mantelzorgpremie-summary = Sommige gemeenten geven een kleine premie aan wie thuis zorgt voor iemand die veel zorg nodig heeft.
right-mantelzorgpremie-counter = Ik wil een mantelzorgpremie aanvragen.
right-mantelzorgpremie-reason-elsewhere = U woont niet in Vlaanderen. Vraag aan uw gemeente of zij een premie voor mantelzorgers geeft.
right-mantelzorgpremie-reason-care-need = Iemand bij u thuis heeft veel zorg nodig. Elke gemeente kiest zelf of ze een mantelzorgpremie geeft, en voor wie. Vraag het aan het Sociaal Huis van uw gemeente.
right-mantelzorgpremie-otherwise = De mantelzorgpremie is voor wie zorgt voor iemand die veel zorg nodig heeft.
right-mantelzorgpremie-unverified-example = Dit is een voorbeeld. De voorwaarden en het bedrag verschillen per gemeente.
