# Offices: office-<id> is the name, office-<id>-<kind> says how to use that channel.

office-ocmw = OCMW (Sociaal Huis, public social welfare centre) of your municipality
office-ocmw-in-person = Go to the OCMW or the Sociaal Huis of your municipality. Sometimes you must make an appointment first.
office-ocmw-phone = Call the OCMW for an appointment. The number is on the website of your municipality.
office-ocmw-letter = You can also send a letter or an e-mail. Someone else may do that for you. Then give that person your permission on paper.
office-ocmw-home-visit = If you cannot go to the OCMW, ask if someone can come to your home.

office-ziekenfonds = Your ziekenfonds (health insurance fund)
office-ziekenfonds-in-person = Go to an office of your ziekenfonds.
office-ziekenfonds-phone = Call your ziekenfonds. The number is on the letters and the website of your ziekenfonds.
office-ziekenfonds-online = Log in on the website or the app of your ziekenfonds, for example MyCM or Mijn Helan.

office-fod-economie = FOD Economie
office-fod-economie-phone = Call the FOD Economie with your questions about the social tariff for energy.
office-fod-economie-online = Check on this website if you get the social tariff, for which contract and for which period.
