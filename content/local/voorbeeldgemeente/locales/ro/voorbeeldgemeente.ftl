# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Sociaal Huis din comuna dumneavoastră (exemplu)
office-voorbeeldgemeente-sociaal-huis-in-person = Mergeți la Sociaal Huis din comuna dumneavoastră. Orele de deschidere sunt pe site-ul comunei dumneavoastră.
office-voorbeeldgemeente-sociaal-huis-phone = Sunați la Sociaal Huis. Numărul este pe site-ul comunei dumneavoastră.
office-voorbeeldgemeente-sociaal-huis-online = Căutați pe site-ul comunei dumneavoastră la „mantelzorg” (îngrijirea unei persoane apropiate).

document-verklaring-mantelzorger = Declarație că dumneavoastră îngrijiți o persoană apropiată
document-verklaring-mantelzorger-where = Formularul îl primiți la Sociaal Huis din comuna dumneavoastră.

right-mantelzorgpremie = Primă pentru cei care îngrijesc o persoană apropiată (exemplu)
right-mantelzorgpremie-summary = Unele comune dau o primă mică celor care îngrijesc acasă o persoană care are nevoie de multă îngrijire.
right-mantelzorgpremie-counter = Aș dori să cer prima pentru cei care îngrijesc o persoană apropiată.
right-mantelzorgpremie-reason-elsewhere = Nu locuiți în Flandra. Întrebați la comuna dumneavoastră dacă dă o primă celor care îngrijesc o persoană apropiată.
right-mantelzorgpremie-reason-care-need = Cineva din casa dumneavoastră are nevoie de multă îngrijire. Fiecare comună alege singură dacă dă o primă celor care îngrijesc o persoană apropiată și cui o dă. Întrebați la Sociaal Huis din comuna dumneavoastră.
right-mantelzorgpremie-otherwise = Această primă este pentru cei care îngrijesc pe cineva care are nevoie de multă îngrijire.
right-mantelzorgpremie-unverified-example = Acesta este un exemplu. Condițiile și suma diferă de la o comună la alta.
