# Parameters: what each number is (for the worker view).

param-leefloon-cat1 = Leefloon categorie 1, samenwonend: bedrag per maand
param-leefloon-cat2 = Leefloon categorie 2, alleenstaand: bedrag per maand
param-leefloon-cat3 = Leefloon categorie 3, met een gezin ten laste: bedrag per maand
param-vt-income-limit = Verhoogde tegemoetkoming: inkomensgrens van het gezin per jaar (bruto belastbaar)
param-vt-income-limit-extra-person = Verhoogde tegemoetkoming: verhoging van de inkomensgrens per extra gezinslid
param-vf-income-limit = Verwarmingstoelage: inkomensgrens van het gezin per jaar (bruto belastbaar)
param-vf-income-limit-extra-person = Verwarmingstoelage: verhoging van de inkomensgrens per persoon ten laste
