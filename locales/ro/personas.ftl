# Personaje pentru instruire: o scurtă poveste pentru fiecare gospodărie de exemplu (content/scenarios), pentru ateliere.
# Toate numele sunt inventate.

scenario-alleenstaande-met-leefloon-stookolie-story = Maria are 45 de ani și locuiește singură într-o casă închiriată. De o jumătate de an primește leefloon (venit de integrare) de la OCMW (centrul public de asistență socială). Se încălzește cu motorină de încălzire (mazout). Ce primește automat și ce trebuie să ceară singură?
scenario-gepensioneerde-met-igo-stookolie-story = Jeanne are 78 de ani și este văduvă. Locuiește singură în casa ei și primește o pensie mică, împreună cu venitul garantat pentru vârstnici (IGO). Se încălzește cu motorină de încălzire (mazout).
scenario-alleenstaande-moeder-twee-kinderen-met-job-story = Sara are 38 de ani și își crește singură cei doi copii. Lucrează, închiriază o casă de la un proprietar privat și se încălzește cu motorină de încălzire. Copiii merg la grădiniță și la școala primară.
scenario-zonder-wettig-verblijf-story = Amina are 40 de ani. Nu are drept legal de ședere în Belgia și nu are venit. Stă la niște prieteni și are nevoie de ajutorul unui avocat.
scenario-vreemdelingenregister-alleenstaande-zonder-inkomen-story = Oleg are 29 de ani și este înscris în registrul străinilor (vreemdelingenregister). Nu are venit și își caută de lucru. Închiriază o garsonieră mică, cu încălzire electrică.
scenario-b-wachtlijst-vijf-jaar-prive-huur-story = Rik are 45 de ani și lucrează. Închiriază de la un proprietar privat și este de cinci ani pe lista de așteptare pentru o locuință socială.
scenario-a-koppel-collectieve-schuldenregeling-story = Tom și Leen au în jur de 40 de ani și doi copii. Sunt într-o reglementare colectivă a datoriilor (prin judecător). Doar Tom are salariu. Un creditor i-a dat în judecată.
scenario-c-student-op-kot-story = Lina are 20 de ani și studiază la universitatea din Gent. Locuiește într-o cameră de student (kot) și are un job de student. Răspunde singură la întrebări.
