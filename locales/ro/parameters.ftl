# Parametri: ce este fiecare număr (pentru ecranul asistentului social).

param-leefloon-cat1 = Leefloon categoria 1, persoană care locuiește cu alții (samenwonend): sumă pe lună
param-leefloon-cat2 = Leefloon categoria 2, persoană singură: sumă pe lună
param-leefloon-cat3 = Leefloon categoria 3, cu o familie în întreținere: sumă pe lună
param-vt-income-limit = Intervenția majorată: limita de venit a familiei pe an (brut impozabil)
param-vt-income-limit-extra-person = Intervenția majorată: creșterea limitei de venit pentru fiecare membru în plus al familiei
param-vf-income-limit = Alocația de încălzire: limita de venit a familiei pe an (brut impozabil)
param-vf-income-limit-extra-person = Alocația de încălzire: creșterea limitei de venit pentru fiecare persoană în întreținere
