# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## UiTPAS cu tarif redus

right-uitpas-kansentarief = UiTPAS cu tarif redus (kansentarief)
right-uitpas-kansentarief-summary = Cu un UiTPAS cu tarif redus primiți o reducere mare la sport, cultură și alte activități de timp liber în comuna sau regiunea dumneavoastră.
right-uitpas-kansentarief-counter = Aș dori un UiTPAS cu tarif redus (kansentarief).

right-uitpas-kansentarief-reason-outside = UiTPAS este un card pentru timpul liber al comunelor flamande. Unde locuiți, de obicei nu există UiTPAS. Întrebați la primărie sau la OCMW dacă există reduceri pentru timpul liber.
right-uitpas-kansentarief-reason-brussels = Locuiți în Bruxelles. Fiecare comună sau regiune are reguli proprii. Întrebați la primărie sau la OCMW dacă există un UiTPAS sau alt card pentru timpul liber cu reducere.
right-uitpas-kansentarief-reason-benefit = Dumneavoastră sau cineva din familie primește intervenția majorată, leefloon, echivalent de leefloon, IGO, IVT, IT sau un buget de îngrijire pentru vârstnici. În majoritatea comunelor, acest lucru dă drept la tariful redus. Dar fiecare comună sau regiune are reguli proprii. Întrebați la ghișeul UiTPAS sau la Sociaal Huis din comuna dumneavoastră. Luați cu dumneavoastră cartea de identitate și o adeverință pentru indemnizație. Membrii familiei aflați în întreținerea dumneavoastră la aceeași adresă, de exemplu copiii, îl pot primi și ei. Tariful redus este valabil un an.
right-uitpas-kansentarief-reason-vt-automatic = Primiți automat intervenția majorată. În majoritatea comunelor, acest lucru dă drept la tariful redus. Dar fiecare comună sau regiune are reguli proprii. Întrebați la ghișeul UiTPAS sau la Sociaal Huis din comuna dumneavoastră. Luați cu dumneavoastră cartea de identitate și o adeverință de la ziekenfonds.
right-uitpas-kansentarief-reason-debt = Primiți ajutor pentru datorii sau pentru buget: îndrumare bugetară, administrarea bugetului, mediere a datoriilor sau reglementare colectivă a datoriilor. În majoritatea comunelor, acest lucru dă drept la tariful redus. Dar fiecare comună sau regiune are reguli proprii. Întrebați la ghișeul UiTPAS sau la Sociaal Huis din comuna dumneavoastră. Luați cu dumneavoastră cartea de identitate și o adeverință de la OCMW, de la CAW sau de la mediatorul de datorii.
right-uitpas-kansentarief-reason-asylum-seeker = Primiți găzduire ca solicitant de azil? Atunci în multe comune puteți primi tariful redus. Dar fiecare comună sau regiune are reguli proprii. Întrebați la ghișeul UiTPAS sau la Sociaal Huis din comuna dumneavoastră, sau la centrul de primire.
right-uitpas-kansentarief-reason-no-legal-stay = Primiți ajutor medical urgent de la OCMW? Atunci în multe comune puteți primi tariful redus, chiar și fără ședere legală. Dar fiecare comună sau regiune are reguli proprii. Întrebați la OCMW sau la Sociaal Huis din comuna dumneavoastră.
right-uitpas-kansentarief-reason-vt-first = Probabil puteți primi intervenția majorată. Cereți-o mai întâi la ziekenfonds. Cu adeverința pentru intervenția majorată puteți cere tariful redus în majoritatea comunelor. Unele comune se uită și ele la venitul dumneavoastră. Fiecare comună sau regiune are reguli proprii. Întrebați la ghișeul UiTPAS sau la Sociaal Huis din comuna dumneavoastră.
right-uitpas-kansentarief-otherwise = După răspunsurile dumneavoastră, se pare că nu aveți dreptul la tariful redus. Dar fiecare comună sau regiune are reguli proprii. În unele comune, dau drept la tariful redus și suplimentul social din Groeipakket, o subvenție pentru chirie, o alocație școlară, o bursă de studii sau un loc de muncă într-o întreprindere de muncă adaptată (maatwerkbedrijf, fost atelier protejat sau social). Întrebați la primărie sau la Sociaal Huis.

## Servicii

office-gemeente = Comuna dumneavoastră (ghișeul UiTPAS sau Sociaal Huis)
office-gemeente-in-person = Mergeți la un ghișeu UiTPAS, la Sociaal Huis sau la un centru comunitar din comuna dumneavoastră. Întrebați acolo ce reguli se aplică în comuna dumneavoastră.
office-gemeente-phone = Sunați la primărie sau la Sociaal Huis. Numărul este pe site-ul comunei dumneavoastră.
office-gemeente-online = Intrați pe site-ul comunei dumneavoastră. Căutați acolo UiTPAS.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = Vacanțe și excursii ieftine (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = Cu Iedereen Verdient Vakantie puteți merge ieftin în vacanță sau în excursie dacă aveți un venit mic.
right-vakantieparticipatie-counter = Aș dori să rezerv o vacanță sau o excursie ieftină prin Iedereen Verdient Vakantie.
right-vakantieparticipatie-reason-outside = Nu locuiți în Flandra sau în Bruxelles. Iedereen Verdient Vakantie este un serviciu flamand.
right-vakantieparticipatie-reason-vt = Aveți intervenția majorată. Atunci puteți rezerva vacanțe și excursii ieftine prin Iedereen Verdient Vakantie. Întrebați la OCMW sau la CAW.
right-vakantieparticipatie-reason-debt = Primiți ajutor pentru buget sau sunteți într-o reglementare colectivă a datoriilor. Atunci de obicei puteți rezerva vacanțe și excursii ieftine prin Iedereen Verdient Vakantie. Întrebați la OCMW sau la CAW.
right-vakantieparticipatie-reason-vt-first = Probabil puteți primi intervenția majorată. Cereți-o mai întâi la ziekenfonds. Apoi puteți rezerva vacanțe și excursii ieftine prin OCMW sau CAW.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie este pentru persoane cu venit mic, de exemplu cu intervenția majorată. Credeți că aveți dreptul? Întrebați la OCMW sau la CAW.

right-vakantieparticipatie-reason-brussels = Locuiți în Bruxelles. Iedereen Verdient Vakantie este un serviciu flamand. Unele organizații de limbă neerlandeză din Bruxelles participă. Întrebați la OCMW sau la CAW.
