# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = Tańsze podróże z De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Osoba z niskim dochodem lub z niepełnosprawnością otrzymuje bilet okresowy De Lijn na autobus i tramwaj po niskiej cenie albo bezpłatnie.
right-de-lijn-vervoergarantie-counter = Chcę bilet okresowy De Lijn w taryfie socjalnej.
right-de-lijn-vervoergarantie-if-missing = Bezpłatny bilet okresowy nie przyszedł automatycznie? Proszę wtedy złożyć wniosek w punkcie obsługi De Lijn (Lijnwinkel). Proszę zabrać zaświadczenie o swoim zasiłku. To zaświadczenie wydaje DG Personen met een handicap, pod bezpłatnym numerem 0800 987 99.
right-de-lijn-vervoergarantie-deadline = Bilet okresowy jest ważny 12 miesięcy. Proszę na czas poprosić o nowy. Jeśli zrezygnują Państwo z biletu, pieniądze nie zostaną zwrócone.

right-de-lijn-vervoergarantie-reason-brussels = Mieszkają Państwo w Brukseli. De Lijn jeździ głównie we Flandrii. W Brukseli działa MIVB. Proszę tam zapytać o niższą taryfę albo poprosić o radę w OCMW.
right-de-lijn-vervoergarantie-reason-wallonia = Mieszkają Państwo w Walonii. De Lijn jeździ głównie we Flandrii. W Walonii działa TEC. Proszę tam zapytać o niższą taryfę albo poprosić o radę w OCMW.
right-de-lijn-vervoergarantie-reason-abroad = Nie mieszkają Państwo w Belgii. Te taryfy De Lijn są dla osób, które mieszkają we Flandrii.
right-de-lijn-vervoergarantie-reason-free-handicap = Ktoś w Państwa rodzinie otrzymuje IVT albo IT. Ta osoba jeździ z De Lijn bezpłatnie. Bilet okresowy przychodzi zwykle automatycznie.
right-de-lijn-vervoergarantie-reason-leefloon = Otrzymują Państwo leefloon albo równoważnik leefloon. Wtedy przysługuje Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. De Lijn sama wyśle Państwu formularz przelewu. Po zapłaceniu otrzymają Państwo bilet okresowy.
right-de-lijn-vervoergarantie-reason-igo = Otrzymują Państwo IGO. Wtedy przysługuje Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Proszę złożyć wniosek w punkcie obsługi De Lijn (Lijnwinkel) albo listownie do De Lijn. Proszę zabrać zaświadczenie z Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-asylum-seeker = Osoba ubiegająca się o azyl może otrzymać Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Wniosek składa się przez Fedasil lub Czerwony Krzyż (Rode Kruis). Proszę zapytać pracowników swojego ośrodka.
right-de-lijn-vervoergarantie-reason-igo-pending = Prawdopodobnie mogą Państwo otrzymać IGO. Jeśli go Państwo otrzymają, można złożyć wniosek o Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Wniosek składa się w punkcie obsługi De Lijn (Lijnwinkel) albo listownie do De Lijn, z zaświadczeniem z Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = Być może mogą Państwo otrzymać IGO. Decyduje o tym Federale Pensioendienst. Jeśli otrzymają Państwo IGO, można złożyć wniosek o Vervoergarantie: bilet okresowy na 12 miesięcy po niskiej cenie. Wniosek składa się w punkcie obsługi De Lijn (Lijnwinkel) albo listownie do De Lijn, z zaświadczeniem z Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-vt = Mają Państwo zwiększoną refundację. Wtedy otrzymają Państwo tańszy bilet okresowy De Lijn. Proszę złożyć wniosek w punkcie obsługi De Lijn (Lijnwinkel). Proszę zabrać zaświadczenie ze swojego ziekenfonds, nie starsze niż 3 miesiące.
right-de-lijn-vervoergarantie-reason-vt-first = Prawdopodobnie mogą Państwo otrzymać zwiększoną refundację. Proszę najpierw złożyć o nią wniosek w swoim ziekenfonds. Potem otrzymają Państwo tańszy bilet okresowy De Lijn.
right-de-lijn-vervoergarantie-reason-vaph = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność. Czy ta osoba jest zarejestrowana w VAPH (Vlaams Agentschap voor Personen met een Handicap, flamandzkiej agencji ds. osób z niepełnosprawnością)? Wtedy ta osoba zwykle jeździ z De Lijn bezpłatnie. Proszę zapytać w De Lijn.
right-de-lijn-vervoergarantie-otherwise = Nie mają Państwo leefloon, IGO, zwiększonej refundacji ani zasiłku z powodu niepełnosprawności. Wtedy De Lijn nie ma dla Państwa niższej taryfy. Dzieci poniżej 6 lat jeżdżą jednak bezpłatnie. Niektóre gminy zwracają część kosztu biletu okresowego. Proszę zapytać w swojej gminie.

right-de-lijn-vervoergarantie-unverified-prices = Ceny De Lijn się zmieniają. Cena biletu okresowego dla osób ze zwiększoną refundacją nie została jeszcze sprawdzona.

## NMBS-kortingkaart

right-nmbs-kortingkaart = Karta zniżkowa NMBS (zwiększona refundacja)
right-nmbs-kortingkaart-summary = Z tą bezpłatną kartą kupują Państwo bilety kolejowe w drugiej klasie za pół ceny.
right-nmbs-kortingkaart-counter = Chcę kartę zniżkową dla osób ze zwiększoną refundacją (kortingkaart verhoogde tegemoetkoming).
right-nmbs-kortingkaart-deadline = Karta jest ważna 1 rok albo 5 lat, jeśli mają Państwo 65 lat lub więcej. Proszę na czas złożyć wniosek o nową kartę.

right-nmbs-kortingkaart-reason-abroad = Nie mieszkają Państwo w Belgii. Ta karta jest dla osób, które mają zwiększoną refundację z belgijskiego ziekenfonds.
right-nmbs-kortingkaart-reason-vt = Mają Państwo zwiększoną refundację. Wtedy tę kartę mogą otrzymać Państwo, Państwa partner lub partnerka oraz dzieci na utrzymaniu. Można złożyć wniosek przez internet na swoim koncie My NMBS albo w kasie na dworcu, z dowodem osobistym i kartą MOBIB.
right-nmbs-kortingkaart-reason-vt-first = Prawdopodobnie mogą Państwo otrzymać zwiększoną refundację. Proszę najpierw złożyć o nią wniosek w swoim ziekenfonds. Potem można poprosić o tę kartę w NMBS.
right-nmbs-kortingkaart-otherwise = Ta karta jest tylko dla osób ze zwiększoną refundacją i dla ich rodzin. Mają Państwo ciężką niepełnosprawność? Wtedy osoba towarzysząca może czasem jechać z Państwem bezpłatnie, z kartą dla opiekuna (Kaart voor Begeleider). Proszę zapytać o nią w kasie NMBS.

## Parkeerkaart

right-parkeerkaart = Karta parkingowa dla osób z niepełnosprawnością
right-parkeerkaart-summary = Z kartą parkingową można parkować na miejscach dla osób z niepełnosprawnością, jako kierowca lub jako pasażer.
right-parkeerkaart-counter = Chcę złożyć wniosek o kartę parkingową dla osób z niepełnosprawnością.
right-parkeerkaart-deadline = Czy karta ma datę ważności? Nie zostanie przedłużona automatycznie. Proszę złożyć wniosek o nową kartę 6 miesięcy przed końcem ważności.

right-parkeerkaart-reason-abroad = Nie mieszkają Państwo w Belgii. Belgijska karta parkingowa jest dla osób, które mieszkają w Belgii.
right-parkeerkaart-reason-assessment = Państwo lub ktoś z Państwa rodziny ma niepełnosprawność. To, czy ta osoba otrzyma kartę parkingową, zależy od uznania niepełnosprawności przez lekarza z DG Personen met een handicap (federalnej służby dla osób z niepełnosprawnością), na przykład od tego, jak trudno jest tej osobie się przemieszczać. Czy ta osoba ma już takie uznanie? Wtedy nowe zaświadczenie lekarskie zwykle nie jest potrzebne. Proszę wtedy skontaktować się z DG.
right-parkeerkaart-otherwise = Podali Państwo, że nikt w Państwa rodzinie nie ma niepełnosprawności. Karta parkingowa jest tylko dla osób z niepełnosprawnością.

## Documents

document-attest-igo = Tylko jeśli otrzymują Państwo IGO: zaświadczenie z Federale Pensioendienst
document-attest-igo-where = Proszę poprosić o nie Federale Pensioendienst. Proszę zadzwonić na infolinię emerytalną 1765 albo wejść na mypension.be.

document-attest-verhoogde-tegemoetkoming = Jeśli mają Państwo zwiększoną refundację: zaświadczenie z ziekenfonds, nie starsze niż 3 miesiące
document-attest-verhoogde-tegemoetkoming-where = Proszę poprosić o nie w swoim ziekenfonds albo pobrać je ze strony internetowej lub z aplikacji ziekenfonds. W NMBS jest potrzebne tylko wtedy, gdy kasa nie może sprawdzić Państwa zwiększonej refundacji.

document-mobib-kaart = Karta MOBIB z Państwa imieniem i nazwiskiem
document-mobib-kaart-where = Można ją dostać w kasie NMBS. Nowa karta kosztuje niewielką kwotę.

document-pasfoto = Tylko jeśli kasa nie może sprawdzić Państwa zwiększonej refundacji: aktualne zdjęcie legitymacyjne
document-pasfoto-where = U fotografa lub w automacie do zdjęć.

## Offices

office-de-lijn = De Lijn
office-de-lijn-in-person = Proszę pójść do punktu obsługi De Lijn (Lijnwinkel).
office-de-lijn-letter = Wniosek można też wysłać pocztą. Proszę dołączyć kopię zaświadczenia.
office-de-lijn-online = Na stronie internetowej De Lijn są informacje o biletach okresowych i cenach.

office-nmbs = NMBS
office-nmbs-in-person = Proszę pójść do kasy na dworcu. Proszę zabrać dowód osobisty i kartę MOBIB.
office-nmbs-online = Wniosek o kartę można złożyć przez internet na swoim koncie My NMBS, na stronie internetowej NMBS.

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = Otrzymują Państwo budżet opiekuńczy dla osób starszych (zorgbudget voor ouderen). Wtedy podróżują Państwo z De Lijn za darmo. Bilet okresowy zwykle przychodzi sam. Jeśli nie, proszę poprosić o niego w Lijnwinkel i zabrać pismo o budżecie opiekuńczym.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = Karta dla opiekuna NMBS (Kaart voor Begeleider)
right-nmbs-kaart-voor-begeleider-summary = Z kartą dla opiekuna ktoś jedzie z Państwem pociągiem za darmo, jeśli mają Państwo niepełnosprawność.
right-nmbs-kaart-voor-begeleider-counter = Chcę złożyć wniosek o kartę dla opiekuna.
right-nmbs-kaart-voor-begeleider-reason-abroad = Nie mieszkają Państwo w Belgii. Ta karta jest dla osób mieszkających w Belgii.
right-nmbs-kaart-voor-begeleider-reason-points = Państwo lub ktoś w rodzinie ma co najmniej 12 punktów samodzielności. Wtedy ta osoba może otrzymać kartę dla opiekuna. Opiekun jedzie wtedy pociągiem za darmo. Proszę złożyć wniosek w NMBS z zaświadczeniem DG Personen met een handicap.
right-nmbs-kaart-voor-begeleider-reason-check = Karta dla opiekuna jest dla osób z co najmniej 12 punktami samodzielności, 80 % niepełnosprawności albo co najmniej 50 % niepełnosprawności nóg. Jest to napisane w decyzji DG Personen met een handicap. Nie wiedzą Państwo? Proszę zadzwonić bezpłatnie pod 0800 987 99.
right-nmbs-kaart-voor-begeleider-otherwise = Karta dla opiekuna jest dla osób z uznaną niepełnosprawnością co najmniej 12 punktów samodzielności lub 80 %. Tego Państwo nie podali.
right-nmbs-kaart-voor-begeleider-unverified-criteria = Warunki pochodzą ze stron OCMW i innych służb, nie od samej NMBS. Nie zostały jeszcze sprawdzone w NMBS.
