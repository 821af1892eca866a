# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Sociaal Huis de votre commune (exemple)
office-voorbeeldgemeente-sociaal-huis-in-person = Allez au Sociaal Huis de votre commune. Les heures d'ouverture sont sur le site internet de votre commune.
office-voorbeeldgemeente-sociaal-huis-phone = Téléphonez au Sociaal Huis. Le numéro est sur le site internet de votre commune.
office-voorbeeldgemeente-sociaal-huis-online = Regardez sur le site internet de votre commune, à la rubrique « mantelzorg » (aide à un proche).

document-verklaring-mantelzorger = Déclaration indiquant que vous êtes l'aidant proche
document-verklaring-mantelzorger-where = Vous recevez le formulaire au Sociaal Huis de votre commune.

right-mantelzorgpremie = Prime pour aidant proche (exemple)
right-mantelzorgpremie-summary = Certaines communes donnent une petite prime aux personnes qui s'occupent, à la maison, de quelqu'un qui a besoin de beaucoup de soins.
right-mantelzorgpremie-counter = Je voudrais demander une prime pour aidant proche.
right-mantelzorgpremie-reason-elsewhere = Vous n'habitez pas en Flandre. Demandez à votre commune si elle donne une prime aux aidants proches.
right-mantelzorgpremie-reason-care-need = Quelqu'un chez vous a besoin de beaucoup de soins. Chaque commune choisit elle-même si elle donne une prime pour aidant proche, et à qui. Renseignez-vous auprès du Sociaal Huis de votre commune.
right-mantelzorgpremie-otherwise = La prime pour aidant proche est pour les personnes qui s'occupent de quelqu'un qui a besoin de beaucoup de soins.
right-mantelzorgpremie-unverified-example = Ceci est un exemple. Les conditions et le montant sont différents dans chaque commune.
