# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = Călătorii mai ieftine cu De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Dacă aveți un venit mic sau un handicap, primiți un abonament De Lijn pentru autobuz și tramvai la un preț mic sau gratuit.
right-de-lijn-vervoergarantie-counter = Aș dori un abonament De Lijn cu tarif social.
right-de-lijn-vervoergarantie-if-missing = Nu primiți automat abonamentul gratuit? Atunci cereți-l într-un magazin De Lijn (Lijnwinkel). Luați cu dumneavoastră o adeverință pentru indemnizație. Primiți această adeverință de la DG Personen met een handicap, la numărul gratuit 0800 987 99.
right-de-lijn-vervoergarantie-deadline = Abonamentul este valabil 12 luni. Cereți la timp unul nou. Dacă opriți abonamentul, nu primiți bani înapoi.

right-de-lijn-vervoergarantie-reason-brussels = Locuiți în Bruxelles. De Lijn circulă mai ales în Flandra. În Bruxelles există MIVB. Întrebați acolo de un tarif mai mic, sau cereți sfatul la OCMW.
right-de-lijn-vervoergarantie-reason-wallonia = Locuiți în Valonia. De Lijn circulă mai ales în Flandra. În Valonia există TEC. Întrebați acolo de un tarif mai mic, sau cereți sfatul la OCMW.
right-de-lijn-vervoergarantie-reason-abroad = Nu locuiți în Belgia. Aceste tarife De Lijn sunt pentru cei care locuiesc în Flandra.
right-de-lijn-vervoergarantie-reason-free-handicap = În familia dumneavoastră cineva primește IVT sau IT. Această persoană călătorește gratuit cu De Lijn. Abonamentul vine de obicei automat.
right-de-lijn-vervoergarantie-reason-leefloon = Primiți leefloon sau echivalent de leefloon. Atunci primiți Vervoergarantie: un abonament pentru 12 luni la un preț mic. De Lijn vă trimite singur un formular de plată. Plătiți-l și primiți abonamentul.
right-de-lijn-vervoergarantie-reason-igo = Primiți IGO. Atunci primiți Vervoergarantie: un abonament pentru 12 luni la un preț mic. Cereți-l într-un magazin De Lijn (Lijnwinkel) sau printr-o scrisoare către De Lijn. Luați cu dumneavoastră adeverința de la Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-asylum-seeker = Ca solicitant de azil puteți primi Vervoergarantie: un abonament pentru 12 luni la un preț mic. Îl cereți prin Fedasil sau prin Crucea Roșie. Întrebați oamenii de la centrul de primire.
right-de-lijn-vervoergarantie-reason-igo-pending = Probabil puteți primi IGO. Dacă îl primiți, puteți cere Vervoergarantie: un abonament pentru 12 luni la un preț mic. Cereți-l într-un magazin De Lijn (Lijnwinkel) sau printr-o scrisoare către De Lijn, cu adeverința de la Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = Poate puteți primi IGO. Decide Federale Pensioendienst. Dacă primiți IGO, puteți cere Vervoergarantie: un abonament pentru 12 luni la un preț mic. Cereți-l într-un magazin De Lijn (Lijnwinkel) sau printr-o scrisoare către De Lijn, cu adeverința de la Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-vt = Aveți intervenția majorată. Atunci primiți un abonament De Lijn mai ieftin. Cereți-l într-un magazin De Lijn (Lijnwinkel). Luați cu dumneavoastră o adeverință de la ziekenfonds care nu este mai veche de 3 luni.
right-de-lijn-vervoergarantie-reason-vt-first = Probabil puteți primi intervenția majorată. Cereți-o mai întâi la ziekenfonds. Apoi primiți un abonament De Lijn mai ieftin.
right-de-lijn-vervoergarantie-reason-vaph = Dumneavoastră sau cineva din familie are un handicap. Este această persoană înscrisă la VAPH (agenția flamandă pentru persoane cu handicap)? Atunci această persoană călătorește de obicei gratuit cu De Lijn. Întrebați la De Lijn.
right-de-lijn-vervoergarantie-otherwise = Nu aveți leefloon, IGO, intervenție majorată sau indemnizație pentru handicap. Atunci nu există un tarif mai mic la De Lijn. Copiii sub 6 ani călătoresc totuși gratuit. Unele comune vă dau înapoi o parte din banii pe abonament. Întrebați la primărie.

right-de-lijn-vervoergarantie-unverified-prices = Prețurile De Lijn se schimbă. Prețul abonamentului cu intervenția majorată nu a fost încă verificat.

## Card de reducere NMBS

right-nmbs-kortingkaart = Card de reducere NMBS (intervenția majorată)
right-nmbs-kortingkaart-summary = Cu acest card gratuit cumpărați bilete de tren la clasa a doua la jumătate de preț.
right-nmbs-kortingkaart-counter = Aș dori un card de reducere pentru intervenția majorată.
right-nmbs-kortingkaart-deadline = Cardul este valabil 1 an, sau 5 ani dacă aveți 65 de ani sau mai mult. Cereți la timp un card nou.

right-nmbs-kortingkaart-reason-abroad = Nu locuiți în Belgia. Acest card este pentru cei care au intervenția majorată de la un ziekenfonds belgian.
right-nmbs-kortingkaart-reason-vt = Aveți intervenția majorată. Atunci dumneavoastră, partenerul și copiii în întreținere puteți primi acest card. Cereți-l online în contul My NMBS, sau la ghișeul din gară, cu cartea de identitate și un card MOBIB.
right-nmbs-kortingkaart-reason-vt-first = Probabil puteți primi intervenția majorată. Cereți-o mai întâi la ziekenfonds. Apoi puteți cere acest card la NMBS.
right-nmbs-kortingkaart-otherwise = Acest card este doar pentru cei care au intervenția majorată, și pentru familia lor. Aveți un handicap grav? Atunci o persoană care vă însoțește poate uneori călători gratuit cu dumneavoastră, cu un card pentru însoțitor (Kaart voor Begeleider). Întrebați la ghișeul NMBS.

## Card de parcare

right-parkeerkaart = Card de parcare pentru persoane cu handicap
right-parkeerkaart-summary = Cu cardul de parcare aveți voie să parcați pe locurile pentru persoane cu handicap, ca șofer sau ca pasager.
right-parkeerkaart-counter = Aș dori să cer un card de parcare pentru persoane cu handicap.
right-parkeerkaart-deadline = Aveți un card cu o dată de expirare? El nu se prelungește automat. Cereți un card nou cu 6 luni înainte de data de expirare.

right-parkeerkaart-reason-abroad = Nu locuiți în Belgia. Cardul belgian de parcare este pentru cei care locuiesc în Belgia.
right-parkeerkaart-reason-assessment = Dumneavoastră sau cineva din familie are un handicap. Dacă această persoană primește un card de parcare depinde de recunoașterea făcută de un medic de la DG Personen met een handicap (serviciul federal pentru persoanele cu handicap), de exemplu cât de greu se poate deplasa persoana. Are această persoană deja o recunoaștere? Atunci de obicei nu este nevoie de o nouă adeverință medicală. Luați atunci legătura cu DG.
right-parkeerkaart-otherwise = Ați spus că nimeni din familie nu are un handicap. Cardul de parcare este doar pentru persoanele cu handicap.

## Documente

document-attest-igo = Doar dacă primiți IGO: o adeverință de la Federale Pensioendienst
document-attest-igo-where = Cereți-o la Federale Pensioendienst. Sunați la linia pentru pensii 1765 sau intrați pe mypension.be.

document-attest-verhoogde-tegemoetkoming = Dacă aveți intervenția majorată: o adeverință de la ziekenfonds, nu mai veche de 3 luni
document-attest-verhoogde-tegemoetkoming-where = Cereți-o la ziekenfonds, sau descărcați-o de pe site-ul sau din aplicația ziekenfonds-ului. La NMBS este necesară doar dacă ghișeul nu poate verifica intervenția majorată.

document-mobib-kaart = Card MOBIB cu numele dumneavoastră
document-mobib-kaart-where = Îl primiți la ghișeul NMBS. Un card nou costă o sumă mică.

document-pasfoto = Doar dacă ghișeul nu poate verifica intervenția majorată: o fotografie recentă tip pașaport
document-pasfoto-where = La un fotograf sau într-o cabină foto.

## Servicii

office-de-lijn = De Lijn
office-de-lijn-in-person = Mergeți la un magazin De Lijn (Lijnwinkel).
office-de-lijn-letter = Puteți trimite cererea și prin poștă. Trimiteți și o copie a adeverinței.
office-de-lijn-online = Pe site-ul De Lijn găsiți explicații despre abonamente și prețuri.

office-nmbs = NMBS (căile ferate belgiene)
office-nmbs-in-person = Mergeți la ghișeul dintr-o gară. Luați cu dumneavoastră cartea de identitate și cardul MOBIB.
office-nmbs-online = Cereți cardul online în contul My NMBS, pe site-ul NMBS.

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = Primiți bugetul de îngrijire pentru vârstnici (zorgbudget voor ouderen). Atunci călătoriți gratuit cu De Lijn. Abonamentul vine de obicei automat. Dacă nu vine, cereți-l la un Lijnwinkel și luați scrisoarea despre bugetul de îngrijire.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = Cardul de însoțitor NMBS (Kaart voor Begeleider)
right-nmbs-kaart-voor-begeleider-summary = Cu cardul de însoțitor, cineva călătorește gratuit cu dumneavoastră cu trenul dacă aveți un handicap.
right-nmbs-kaart-voor-begeleider-counter = Aș dori să cer un card de însoțitor.
right-nmbs-kaart-voor-begeleider-reason-abroad = Nu locuiți în Belgia. Acest card este pentru persoanele care locuiesc în Belgia.
right-nmbs-kaart-voor-begeleider-reason-points = Dumneavoastră sau cineva din familie aveți cel puțin 12 puncte de autonomie. Atunci acea persoană poate primi un card de însoțitor. Un însoțitor călătorește atunci gratuit cu trenul. Cereți cardul la NMBS, cu adeverința de la DG Personen met een handicap.
right-nmbs-kaart-voor-begeleider-reason-check = Cardul de însoțitor este pentru cei cu cel puțin 12 puncte de autonomie, 80 % handicap sau cel puțin 50 % handicap la picioare. Acest lucru scrie în decizia DG Personen met een handicap. Nu știți? Sunați gratuit la 0800 987 99.
right-nmbs-kaart-voor-begeleider-otherwise = Cardul de însoțitor este pentru persoane cu un handicap recunoscut de cel puțin 12 puncte de autonomie sau 80 %. Nu ați spus acest lucru.
right-nmbs-kaart-voor-begeleider-unverified-criteria = Condițiile provin de pe pagini ale OCMW-urilor și ale altor servicii, nu de la NMBS. Nu au fost încă verificate la NMBS.
