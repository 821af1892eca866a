# Offices: office-<id> is the name, office-<id>-<kind> says how to use that channel.

office-ocmw = OCMW (Sociaal Huis) van uw gemeente
office-ocmw-in-person = Ga naar het OCMW of het Sociaal Huis van uw gemeente. Soms moet u eerst een afspraak maken.
office-ocmw-phone = Bel het OCMW voor een afspraak. Het nummer staat op de website van uw gemeente.
office-ocmw-letter = U kunt ook een brief of een e-mail sturen. Iemand anders mag dat voor u doen. Geef die persoon dan uw toestemming op papier.
office-ocmw-home-visit = Kunt u niet naar het OCMW gaan? Vraag dan of iemand bij u thuis komt.

office-ziekenfonds = Uw ziekenfonds
office-ziekenfonds-in-person = Ga naar een kantoor van uw ziekenfonds.
office-ziekenfonds-phone = Bel uw ziekenfonds. Het nummer staat op de brieven en de website van uw ziekenfonds.
office-ziekenfonds-online = Log in op de website of de app van uw ziekenfonds, bijvoorbeeld MyCM of Mijn Helan.

office-fod-economie = FOD Economie
office-fod-economie-phone = Bel de FOD Economie met uw vragen over het sociaal tarief voor energie.
office-fod-economie-online = Kijk op deze website of u het sociaal tarief krijgt, voor welk contract en voor welke periode.
