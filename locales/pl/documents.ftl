# Documents: document-<id> is the name, document-<id>-where says where to get it.

document-identiteitskaart = Dowód osobisty lub karta pobytu
document-identiteitskaart-where = Już go Państwo mają. Zgubiony? Proszę poprosić o nowy w swojej gminie.

document-overzicht-inkomsten-uitgaven = Zestawienie Państwa dochodów i wydatków z ostatnich 3 miesięcy
document-overzicht-inkomsten-uitgaven-where = Proszę je spisać samodzielnie. Pomogą w tym wyciągi z konta.

document-rekeninguittreksels = Wyciągi z konta z ostatnich miesięcy
document-rekeninguittreksels-where = Można je dostać w swoim banku, na papierze albo w aplikacji banku.

document-huurcontract = Umowa najmu
document-huurcontract-where = Otrzymali ją Państwo na początku najmu. Zgubiona? Proszę poprosić wynajmującego o kopię.

document-bewijs-inkomen = Dowody dochodu: odcinki wypłaty (loonfiches) lub zaświadczenia o zasiłku
document-bewijs-inkomen-where = Wydaje je pracodawca albo instytucja, która wypłaca Państwa zasiłek lub emeryturę.

document-vdab-inschrijving = Zaświadczenie o rejestracji w VDAB
document-vdab-inschrijving-where = Proszę poprosić o nie w VDAB.

document-aanslagbiljet = Decyzja podatkowa (aanslagbiljet, podatek dochodowy od osób fizycznych)
document-aanslagbiljet-where = Można ją znaleźć w MyMinfin. Można też poprosić o nią w biurze FOD Financiën (urząd skarbowy).

document-verklaring-op-erewoord = Oświadczenie na słowo honoru, podpisane przez wszystkie dorosłe osoby w rodzinie
document-verklaring-op-erewoord-where = Formularz można dostać w swoim ziekenfonds (kasie chorych).

document-leveringsfactuur = Kopia rachunku lub dowodu dostawy oleju opałowego lub propanu
document-leveringsfactuur-where = Rachunek otrzymują Państwo od dostawcy przy dostawie albo na stacji paliw.

document-attest-aantal-woningen = Tylko jeśli mieszkają Państwo w bloku: zaświadczenie o liczbie mieszkań, których dotyczy rachunek
document-attest-aantal-woningen-where = Proszę poprosić o nie właściciela lub zarządcę budynku.

document-attest-schuldbemiddeling = Tylko przy mediacji w sprawie długów: zaświadczenie od mediatora albo decyzja o sądowym uregulowaniu długów (collectieve schuldenregeling)
document-attest-schuldbemiddeling-where = Proszę poprosić o nie swojego mediatora w sprawie długów.
