# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Documente

document-identiteitskaart = Cartea de identitate sau permisul de ședere
document-identiteitskaart-where = O aveți deja. Ați pierdut-o? Cereți una nouă la primăria comunei dumneavoastră.

document-rekeninguittreksels = Extrase de cont din ultimele luni
document-rekeninguittreksels-where = Le primiți de la bancă, pe hârtie sau în aplicația băncii.

document-huurcontract = Contractul de închiriere
document-huurcontract-where = L-ați primit când ați început să închiriați. L-ați pierdut? Cereți o copie proprietarului locuinței.

document-bewijs-inkomen = Dovezi ale venitului: fluturași de salariu sau adeverințe pentru indemnizație
document-bewijs-inkomen-where = Le primiți de la angajator, sau de la serviciul care vă plătește indemnizația sau pensia.

document-aanslagbiljet = Decizia de impunere de la impozite (impozitul pe venit)
document-aanslagbiljet-where = O găsiți în MyMinfin. O puteți cere și la un birou al FOD Financiën.

document-attest-schuldbemiddeling = Doar în caz de mediere a datoriilor: o adeverință de la mediatorul de datorii sau decizia despre reglementarea colectivă a datoriilor
document-attest-schuldbemiddeling-where = Cereți-o mediatorului de datorii.

document-gegevens-behandelende-arts = Numele și adresa medicului dumneavoastră
document-gegevens-behandelende-arts-where = Scrieți-le pe hârtie. Le găsiți pe o scrisoare sau pe o rețetă de la medic.

document-rekeningnummer = Numărul contului dumneavoastră bancar
document-rekeningnummer-where = Este pe cardul bancar sau pe extrasele de cont. Nu dați niciodată codurile secrete ale băncii: niciun serviciu nu le cere.

document-energiefacturen = Facturile pentru electricitate, gaz sau apă
document-energiefacturen-where = Le primiți de la furnizor, prin poștă sau în contul dumneavoastră de pe site-ul furnizorului.

document-attest-uitkering = Adeverință de la serviciul care vă plătește indemnizația sau ajutorul
document-attest-uitkering-where = Cereți-o la acel serviciu. De exemplu: OCMW, ziekenfonds, Federale Pensioendienst (sunați la 1765), DG Personen met een handicap (sunați la 0800 987 99), zorgkas sau CAW.

## Servicii

office-ocmw = OCMW (Sociaal Huis, centrul public de asistență socială) din comuna dumneavoastră
office-ocmw-in-person = Mergeți la OCMW sau la Sociaal Huis din comuna dumneavoastră. Uneori trebuie să faceți mai întâi o programare.
office-ocmw-phone = Sunați la OCMW pentru o programare. Numărul este pe site-ul comunei dumneavoastră.
office-ocmw-letter = Puteți trimite și o scrisoare sau un e-mail. Altă persoană poate face asta pentru dumneavoastră. Dați atunci acelei persoane acordul dumneavoastră scris pe hârtie.
office-ocmw-home-visit = Nu puteți merge la OCMW? Atunci cereți să vină cineva la dumneavoastră acasă.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap (serviciul federal pentru persoane cu handicap)
office-dg-personen-met-handicap-online = Faceți cererea online în MyHandicap, cu cartea de identitate și codul PIN sau cu itsme.
office-dg-personen-met-handicap-phone = Sunați la DG Personen met een handicap. Acest număr este gratuit.
office-dg-personen-met-handicap-in-person = Nu reușiți online? Serviciul social al ziekenfonds-ului, primăria sau OCMW (Sociaal Huis) vă ajută și face cererea pentru dumneavoastră. Există și asistenți sociali ai DG.
