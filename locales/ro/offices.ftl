# Servicii: office-<id> este numele, office-<id>-<kind> spune cum folosiți acel canal.

office-ocmw = OCMW (Sociaal Huis, centrul public de asistență socială) din comuna dumneavoastră
office-ocmw-in-person = Mergeți la OCMW sau la Sociaal Huis din comuna dumneavoastră. Uneori trebuie să faceți mai întâi o programare.
office-ocmw-phone = Sunați la OCMW pentru o programare. Numărul este pe site-ul comunei dumneavoastră.
office-ocmw-letter = Puteți trimite și o scrisoare sau un e-mail. Altă persoană poate face asta pentru dumneavoastră. Dați atunci acelei persoane acordul dumneavoastră scris pe hârtie.
office-ocmw-home-visit = Nu puteți merge la OCMW? Atunci cereți să vină cineva la dumneavoastră acasă.

office-ziekenfonds = Ziekenfonds-ul dumneavoastră (casa de asigurări de sănătate)
office-ziekenfonds-in-person = Mergeți la un birou al ziekenfonds-ului dumneavoastră.
office-ziekenfonds-phone = Sunați la ziekenfonds. Numărul este pe scrisorile și pe site-ul ziekenfonds-ului dumneavoastră.
office-ziekenfonds-online = Intrați în contul dumneavoastră pe site-ul sau în aplicația ziekenfonds-ului, de exemplu MyCM sau Mijn Helan.

office-fod-economie = FOD Economie
office-fod-economie-phone = Sunați la FOD Economie cu întrebările dumneavoastră despre tariful social pentru energie.
office-fod-economie-online = Verificați pe acest site dacă primiți tariful social, pentru ce contract și pentru ce perioadă.
