# Parameters: what each number is (for the worker view).

param-leefloon-cat1 = Leefloon kategoria 1, osoba mieszkająca z innymi: kwota miesięczna
param-leefloon-cat2 = Leefloon kategoria 2, osoba samotna: kwota miesięczna
param-leefloon-cat3 = Leefloon kategoria 3, osoba z rodziną na utrzymaniu: kwota miesięczna
param-vt-income-limit = Zwiększona refundacja: roczny limit dochodu rodziny (brutto, podlegający opodatkowaniu)
param-vt-income-limit-extra-person = Zwiększona refundacja: podwyższenie limitu dochodu za każdego dodatkowego członka rodziny
param-vf-income-limit = Dodatek na ogrzewanie: roczny limit dochodu rodziny (brutto, podlegający opodatkowaniu)
param-vf-income-limit-extra-person = Dodatek na ogrzewanie: podwyższenie limitu dochodu za każdą osobę na utrzymaniu
