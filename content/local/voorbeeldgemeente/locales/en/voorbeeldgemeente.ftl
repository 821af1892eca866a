# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Sociaal Huis of your municipality (example)
office-voorbeeldgemeente-sociaal-huis-in-person = Go to the Sociaal Huis of your municipality. The opening hours are on the website of your municipality.
office-voorbeeldgemeente-sociaal-huis-phone = Call the Sociaal Huis. The number is on the website of your municipality.
office-voorbeeldgemeente-sociaal-huis-online = Look on the website of your municipality under "mantelzorg" (caring for a family member or friend).

document-verklaring-mantelzorger = Statement that you are the carer
document-verklaring-mantelzorger-where = You get the form at the Sociaal Huis of your municipality.

right-mantelzorgpremie = Carer's allowance (example)
right-mantelzorgpremie-summary = Some municipalities give a small allowance to people who care at home for someone who needs a lot of care.
right-mantelzorgpremie-counter = I would like to apply for a carer's allowance.
right-mantelzorgpremie-reason-elsewhere = You do not live in Flanders. Ask your municipality if it gives an allowance to carers.
right-mantelzorgpremie-reason-care-need = Someone in your home needs a lot of care. Every municipality decides itself if it gives a carer's allowance, and to whom. Ask the Sociaal Huis of your municipality.
right-mantelzorgpremie-otherwise = The carer's allowance is for people who care for someone who needs a lot of care.
right-mantelzorgpremie-unverified-example = This is an example. The conditions and the amount are different in every municipality.
