# Postacie do szkoleń: krótka historia dla każdego przykładowego gospodarstwa domowego (content/scenarios), na warsztaty.
# Wszystkie imiona są zmyślone.

scenario-alleenstaande-met-leefloon-stookolie-story = Maria ma 45 lat i mieszka sama w wynajmowanym domu. Od pół roku dostaje leefloon (zasiłek na utrzymanie) z OCMW (ośrodek pomocy społecznej). Ogrzewa dom olejem opałowym. Co dostaje automatycznie, a o co musi poprosić sama?
scenario-gepensioneerde-met-igo-stookolie-story = Jeanne ma 78 lat i jest wdową. Mieszka sama we własnym domu i dostaje małą emeryturę z gwarantowanym dochodem dla osób starszych (IGO). Ogrzewa dom olejem opałowym.
scenario-alleenstaande-moeder-twee-kinderen-met-job-story = Sara ma 38 lat i sama wychowuje dwoje dzieci. Pracuje, wynajmuje dom od prywatnego właściciela i ogrzewa go olejem opałowym. Dzieci chodzą do przedszkola i do szkoły podstawowej.
scenario-zonder-wettig-verblijf-story = Amina ma 40 lat. Nie ma legalnego pobytu w Belgii ani dochodu. Mieszka tymczasowo u znajomych i potrzebuje pomocy adwokata.
scenario-vreemdelingenregister-alleenstaande-zonder-inkomen-story = Oleg ma 29 lat i jest wpisany do rejestru cudzoziemców (vreemdelingenregister). Nie ma dochodu i szuka pracy. Wynajmuje małą kawalerkę z ogrzewaniem elektrycznym.
scenario-b-wachtlijst-vijf-jaar-prive-huur-story = Rik ma 45 lat i pracuje. Wynajmuje mieszkanie od prywatnego właściciela i od pięciu lat jest na liście oczekujących na mieszkanie socjalne.
scenario-a-koppel-collectieve-schuldenregeling-story = Tom i Leen mają około 40 lat i dwoje dzieci. Są w sądowym uregulowaniu długów (collectieve schuldenregeling). Tylko Tom dostaje wynagrodzenie. Jeden z wierzycieli pozwał ich do sądu.
scenario-c-student-op-kot-story = Lina ma 20 lat i studiuje na uniwersytecie w Gandawie. Mieszka w pokoju studenckim (kot) i ma pracę studencką. Sama odpowiada na pytania.
