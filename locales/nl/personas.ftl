# Training personas: a short story per example household (content/scenarios), for workshops.
# Every name is made up.

scenario-alleenstaande-met-leefloon-stookolie-story = Maria is 45 en woont alleen in een huurhuis. Ze krijgt sinds een half jaar een leefloon van het OCMW. Ze verwarmt met stookolie. Wat krijgt ze vanzelf, en wat moet ze zelf vragen?
scenario-gepensioneerde-met-igo-stookolie-story = Jeanne is 78 en weduwe. Ze woont alleen in haar eigen huis en krijgt een klein pensioen met een inkomensgarantie voor ouderen (IGO). Ze verwarmt met stookolie.
scenario-alleenstaande-moeder-twee-kinderen-met-job-story = Sara is 38 en voedt alleen twee kinderen op. Ze werkt, huurt een huis van een private verhuurder en verwarmt met stookolie. De kinderen gaan naar de kleuterschool en de lagere school.
scenario-zonder-wettig-verblijf-story = Amina is 40. Ze heeft geen wettig verblijf in België en geen inkomen. Ze logeert bij vrienden en heeft hulp van een advocaat nodig.
scenario-vreemdelingenregister-alleenstaande-zonder-inkomen-story = Oleg is 29 en staat in het vreemdelingenregister. Hij heeft geen inkomen en zoekt werk. Hij huurt een kleine studio met elektrische verwarming.
scenario-b-wachtlijst-vijf-jaar-prive-huur-story = Rik is 45 en werkt. Hij huurt privé en staat al vijf jaar op de wachtlijst voor een sociale woning.
scenario-a-koppel-collectieve-schuldenregeling-story = Tom en Leen zijn rond de 40 en hebben twee kinderen. Ze zitten in een collectieve schuldenregeling. Alleen Tom heeft een loon. Een schuldeiser heeft hen voor de rechter gebracht.
scenario-c-student-op-kot-story = Lina is 20 en studeert aan de universiteit in Gent. Ze woont op kot en heeft een studentenjob. Ze vult de vragen zelf in.
