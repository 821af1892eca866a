# Documente: document-<id> este numele, document-<id>-where spune de unde îl obțineți.

document-identiteitskaart = Cartea de identitate sau permisul de ședere
document-identiteitskaart-where = O aveți deja. Ați pierdut-o? Cereți una nouă la primăria comunei dumneavoastră.

document-overzicht-inkomsten-uitgaven = O listă cu veniturile și cheltuielile dumneavoastră din ultimele 3 luni
document-overzicht-inkomsten-uitgaven-where = O scrieți dumneavoastră. Extrasele de cont vă ajută.

document-rekeninguittreksels = Extrase de cont din ultimele luni
document-rekeninguittreksels-where = Le primiți de la bancă, pe hârtie sau în aplicația băncii.

document-huurcontract = Contractul de închiriere
document-huurcontract-where = L-ați primit când ați început să închiriați. L-ați pierdut? Cereți o copie proprietarului locuinței.

document-bewijs-inkomen = Dovezi ale venitului: fluturași de salariu sau adeverințe pentru indemnizație
document-bewijs-inkomen-where = Le primiți de la angajator, sau de la serviciul care vă plătește indemnizația sau pensia.

document-vdab-inschrijving = Dovada înscrierii dumneavoastră la VDAB
document-vdab-inschrijving-where = Cereți-o la VDAB.

document-aanslagbiljet = Decizia de impunere de la impozite (impozitul pe venit)
document-aanslagbiljet-where = O găsiți în MyMinfin. O puteți cere și la un birou al FOD Financiën.

document-verklaring-op-erewoord = Declarație pe propria răspundere, semnată de toți adulții din familie
document-verklaring-op-erewoord-where = Primiți formularul la ziekenfonds.

document-leveringsfactuur = Copia facturii sau a bonului de livrare pentru motorina de încălzire sau propan
document-leveringsfactuur-where = O primiți de la furnizor la livrare, sau la benzinărie.

document-attest-aantal-woningen = Doar dacă locuiți într-un bloc de apartamente: o adeverință despre numărul de locuințe la care se referă factura
document-attest-aantal-woningen-where = Cereți-o proprietarului sau administratorului clădirii.

document-attest-schuldbemiddeling = Doar în caz de mediere a datoriilor: o adeverință de la mediatorul de datorii sau decizia despre reglementarea colectivă a datoriilor
document-attest-schuldbemiddeling-where = Cereți-o mediatorului de datorii.
