# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Documents

document-identiteitskaart = Dowód osobisty lub karta pobytu
document-identiteitskaart-where = Już go Państwo mają. Zgubiony? Proszę poprosić o nowy w swojej gminie.

document-rekeninguittreksels = Wyciągi z konta z ostatnich miesięcy
document-rekeninguittreksels-where = Można je dostać w swoim banku, na papierze albo w aplikacji banku.

document-huurcontract = Umowa najmu
document-huurcontract-where = Otrzymali ją Państwo na początku najmu. Zgubiona? Proszę poprosić wynajmującego o kopię.

document-bewijs-inkomen = Dowody dochodu: odcinki wypłaty (loonfiches) lub zaświadczenia o zasiłku
document-bewijs-inkomen-where = Wydaje je pracodawca albo instytucja, która wypłaca Państwa zasiłek lub emeryturę.

document-aanslagbiljet = Decyzja podatkowa (aanslagbiljet, podatek dochodowy od osób fizycznych)
document-aanslagbiljet-where = Można ją znaleźć w MyMinfin. Można też poprosić o nią w biurze FOD Financiën (urząd skarbowy).

document-attest-schuldbemiddeling = Tylko przy mediacji w sprawie długów: zaświadczenie od mediatora albo decyzja o sądowym uregulowaniu długów (collectieve schuldenregeling)
document-attest-schuldbemiddeling-where = Proszę poprosić o nie swojego mediatora w sprawie długów.

document-gegevens-behandelende-arts = Imię, nazwisko i adres Państwa lekarza
document-gegevens-behandelende-arts-where = Proszę je zapisać. Można je znaleźć na liście lub recepcie od lekarza.

document-rekeningnummer = Numer Państwa konta bankowego
document-rekeningnummer-where = Jest na karcie bankowej lub na wyciągach z konta. Proszę nigdy nie podawać tajnych kodów do banku: żadna instytucja o nie nie prosi.

document-energiefacturen = Rachunki za prąd, gaz lub wodę
document-energiefacturen-where = Wysyła je dostawca, pocztą albo na Państwa konto na stronie internetowej dostawcy.

document-attest-uitkering = Zaświadczenie od instytucji, która wypłaca Państwa zasiłek lub pomoc
document-attest-uitkering-where = Proszę poprosić o nie tę instytucję. Na przykład: OCMW, ziekenfonds, Federale Pensioendienst (tel. 1765), DG Personen met een handicap (tel. 0800 987 99), zorgkas lub CAW.

## Offices

office-ocmw = OCMW (Sociaal Huis, publiczny ośrodek pomocy społecznej) w Państwa gminie
office-ocmw-in-person = Proszę pójść do OCMW lub do Sociaal Huis w swojej gminie. Czasem trzeba najpierw umówić się na wizytę.
office-ocmw-phone = Proszę zadzwonić do OCMW, aby umówić wizytę. Numer jest na stronie internetowej gminy.
office-ocmw-letter = Można też wysłać list lub e-mail. Może to zrobić za Państwa inna osoba. Trzeba wtedy dać tej osobie pisemną zgodę.
office-ocmw-home-visit = Nie mogą Państwo przyjść do OCMW? Proszę wtedy poprosić, aby ktoś przyszedł do domu.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap (dział ds. osób z niepełnosprawnością)
office-dg-personen-met-handicap-online = Wniosek można złożyć przez internet w MyHandicap, z dowodem osobistym i kodem PIN albo przez itsme.
office-dg-personen-met-handicap-phone = Proszę zadzwonić do DG Personen met een handicap. Ten numer jest bezpłatny.
office-dg-personen-met-handicap-in-person = Nie udaje się przez internet? Dział socjalny ziekenfonds, gmina lub OCMW (Sociaal Huis) pomoże i złoży wniosek za Państwa. Są też pracownicy socjalni DG.
