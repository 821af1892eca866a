# Services : office-<id> est le nom, office-<id>-<kind> dit comment utiliser ce canal.

office-ocmw = OCMW (CPAS) ou Sociaal Huis de votre commune
office-ocmw-in-person = Allez à l'OCMW (CPAS) ou au Sociaal Huis de votre commune. Parfois, vous devez d'abord prendre rendez-vous.
office-ocmw-phone = Téléphonez à l'OCMW (CPAS) pour un rendez-vous. Le numéro est sur le site internet de votre commune.
office-ocmw-letter = Vous pouvez aussi envoyer une lettre ou un e-mail. Une autre personne peut le faire pour vous. Donnez alors à cette personne votre accord sur papier.
office-ocmw-home-visit = Vous ne pouvez pas aller à l'OCMW (CPAS)? Demandez alors que quelqu'un vienne chez vous.

office-ziekenfonds = Votre ziekenfonds (mutualité)
office-ziekenfonds-in-person = Allez dans un bureau de votre ziekenfonds (mutualité).
office-ziekenfonds-phone = Téléphonez à votre ziekenfonds (mutualité). Le numéro est sur les lettres et sur le site internet de votre ziekenfonds.
office-ziekenfonds-online = Connectez-vous sur le site internet ou dans l'application de votre ziekenfonds (mutualité), par exemple MyCM ou Mijn Helan.

office-fod-economie = FOD Economie (SPF Économie)
office-fod-economie-phone = Téléphonez au FOD Economie (SPF Économie) pour vos questions sur le tarif social pour l'énergie.
office-fod-economie-online = Regardez sur ce site internet si vous recevez le tarif social, pour quel contrat et pour quelle période.
