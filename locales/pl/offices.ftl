# Offices: office-<id> is the name, office-<id>-<kind> says how to use that channel.

office-ocmw = OCMW (Sociaal Huis, publiczny ośrodek pomocy społecznej) w Państwa gminie
office-ocmw-in-person = Proszę pójść do OCMW lub do Sociaal Huis w swojej gminie. Czasem trzeba najpierw umówić się na wizytę.
office-ocmw-phone = Proszę zadzwonić do OCMW, aby umówić wizytę. Numer jest na stronie internetowej gminy.
office-ocmw-letter = Można też wysłać list lub e-mail. Może to zrobić za Państwa inna osoba. Trzeba wtedy dać tej osobie pisemną zgodę.
office-ocmw-home-visit = Nie mogą Państwo przyjść do OCMW? Proszę wtedy poprosić, aby ktoś przyszedł do domu.

office-ziekenfonds = Państwa ziekenfonds (kasa chorych)
office-ziekenfonds-in-person = Proszę pójść do biura swojego ziekenfonds.
office-ziekenfonds-phone = Proszę zadzwonić do swojego ziekenfonds. Numer jest w listach i na stronie internetowej ziekenfonds.
office-ziekenfonds-online = Proszę zalogować się na stronie internetowej lub w aplikacji swojego ziekenfonds, na przykład MyCM lub Mijn Helan.

office-fod-economie = FOD Economie
office-fod-economie-phone = Proszę zadzwonić do FOD Economie z pytaniami o taryfę socjalną na energię.
office-fod-economie-online = Na tej stronie można sprawdzić, czy przysługuje taryfa socjalna, dla jakiej umowy i na jaki okres.
