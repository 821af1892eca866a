# Legal aid and debt: pro-deoadvocaat, schuldhulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Pro-deoadvocaat

right-pro-deo = Adwokat pro deo (bezpłatna lub częściowo bezpłatna pomoc prawna)
right-pro-deo-summary = Osoba z niskim dochodem otrzymuje adwokata, który nic nie kosztuje albo kosztuje tylko niewielką kwotę.
right-pro-deo-counter = Chcę złożyć wniosek o adwokata pro deo.

right-pro-deo-reason-no-problem = Podali Państwo, że teraz nie mają problemu, w którym potrzebny jest adwokat. Jeśli później będzie potrzebny adwokat, proszę wrócić. Bezpłatną pierwszą poradę prawną może otrzymać każdy, na przykład w OCMW, w CAW lub w justitiehuis (domu sprawiedliwości).
right-pro-deo-reason-minor = Mają Państwo mniej niż 18 lat. Wtedy zawsze przysługuje bezpłatny adwokat.
right-pro-deo-reason-presumed-benefit = Otrzymują Państwo leefloon, pomoc z OCMW, IGO albo IVT. Wtedy Bureau voor Juridische Bijstand (biuro pomocy prawnej) przyjmuje, że Państwa dochód jest na tyle niski, że przysługuje bezpłatny adwokat. Proszę zabrać zaświadczenie o swoim zasiłku.
right-pro-deo-reason-free = Państwa dochód wydaje się nie przekraczać limitu dla całkowicie bezpłatnego adwokata. Proszę złożyć wniosek o adwokata pro deo w Bureau voor Juridische Bijstand. Mają Państwo już adwokata? On też może złożyć ten wniosek za Państwa.
right-pro-deo-reason-partial = Państwa dochód wydaje się trochę wyższy niż limit dla całkowicie bezpłatnego adwokata, ale nie wyższy niż drugi limit. Wtedy adwokat jest częściowo bezpłatny: płacą Państwo niewielką opłatę. Proszę złożyć wniosek w Bureau voor Juridische Bijstand.
right-pro-deo-reason-children = Państwa dochód jest wyższy niż zwykły limit. Ale limit jest wyższy za każdą osobę na Państwa utrzymaniu, na przykład za dziecko. Bureau voor Juridische Bijstand to obliczy. Proszę zapytać tam.
right-pro-deo-reason-social-tenant = Wynajmują Państwo mieszkanie socjalne. Czy płacą Państwo tylko połowę czynszu podstawowego? Wtedy prawdopodobnie przysługuje bezpłatny adwokat. Proszę poprosić o zaświadczenie w swojej woonmaatschappij (spółce mieszkań socjalnych) i pójść do Bureau voor Juridische Bijstand.
right-pro-deo-reason-stay-procedure = Czy Państwa problem dotyczy pobytu w Belgii, na przykład regularyzacji lub odwołania? Wtedy prawdopodobnie przysługuje bezpłatny adwokat. Decyduje Bureau voor Juridische Bijstand. Proszę zapytać tam albo poprosić o radę w OCMW lub w CAW.
right-pro-deo-otherwise = Państwa dochód wydaje się wyższy niż limity dla bezpłatnego adwokata. Mają Państwo wątpliwości? Proszę zapytać w Bureau voor Juridische Bijstand. Bezpłatną pierwszą poradę prawną może otrzymać każdy, na przykład w OCMW, w CAW lub w justitiehuis.

right-pro-deo-unverified-limits-2026 = Limity dochodu zmieniają się co roku 1 września. Limity od 1 września 2026 nie zostały jeszcze sprawdzone. Używamy limitów od 1 września 2025.
right-pro-deo-unverified-presumptions = Nie sprawdzono jeszcze, czy osoby w sądowym uregulowaniu długów i wszystkie osoby ubiegające się o azyl otrzymują bezpłatnego adwokata automatycznie. Również to, że liczy się przy tym IVT, nie jest podane we wszystkich źródłach.
right-pro-deo-unverified-contribution = Nie sprawdzono jeszcze w ustawie, ile płaci się samemu, gdy adwokat jest częściowo bezpłatny. Powie to Państwu Bureau voor Juridische Bijstand.

## Hulp bij schulden

right-schuldhulp = Pomoc przy długach i budżecie domowym
right-schuldhulp-summary = Nie mogą Państwo już płacić rachunków? Wtedy pomaga OCMW lub CAW. Udzielają rady, pomagają w planowaniu budżetu albo prowadzą mediację w sprawie długów. Przy mediacji w sprawie długów ktoś ustala plan spłaty z tymi, którym są Państwo winni pieniądze.
right-schuldhulp-counter = Mam długi i potrzebuję pomocy.

right-schuldhulp-reason-already-collective = Są Państwo w sądowym uregulowaniu długów (collectieve schuldenregeling). Sędzia wyznaczył mediatora, który prowadzi Państwa plan spłaty. Mają Państwo pytania albo nowe rachunki, których nie mogą zapłacić? Proszę od razu porozmawiać ze swoim mediatorem.
right-schuldhulp-reason-already-mediation = Już otrzymują Państwo mediację w sprawie długów. Mają Państwo pytania albo nowe rachunki, których nie mogą zapłacić? Proszę od razu porozmawiać ze swoim mediatorem.
right-schuldhulp-reason-already-budget = Już otrzymują Państwo doradztwo budżetowe (budgetbegeleiding) albo zarządzanie budżetem (budgetbeheer). Mają Państwo nowe rachunki, których nie mogą zapłacić? Proszę od razu porozmawiać ze swoim opiekunem.
right-schuldhulp-reason-abroad = Nie mieszkają Państwo w Belgii. Ta pomoc jest dla osób, które mieszkają w Belgii.
right-schuldhulp-reason-arrears = Mają Państwo rachunki, których nie udało się zapłacić na czas. OCMW lub CAW może pomóc. Na przykład radą, porozumieniem z osobami lub firmami, którym są Państwo winni pieniądze, doradztwem budżetowym, zarządzaniem budżetem albo mediacją w sprawie długów. W rozmowie wspólnie ustala się, co jest najlepsze. Proszę nie czekać za długo: im szybciej, tym lepiej.
right-schuldhulp-otherwise = Podali Państwo, że nie mają długów. Jeśli później będą Państwo mieli trudności z płaceniem rachunków, proszę na czas poprosić o pomoc w OCMW lub w CAW.

right-schuldhulp-unverified-pro-deo = Nie sprawdzono jeszcze, czy sądowe uregulowanie długów albo mediacja w sprawie długów automatycznie daje prawo do bezpłatnego adwokata.

## Documents

document-gezinssamenstelling = Zaświadczenie o składzie rodziny (gezinssamenstelling)
document-gezinssamenstelling-where = Proszę poprosić o nie w swojej gminie albo pobrać je w Mijn Burgerprofiel.

document-attest-categorie-pro-deo = Tylko jeśli otrzymują Państwo leefloon, IGO lub IVT albo wynajmują mieszkanie socjalne: zaświadczenie o tym
document-attest-categorie-pro-deo-where = Proszę poprosić o nie instytucję, która Państwu płaci: OCMW, Federale Pensioendienst lub DG Personen met een handicap. Osoby wynajmujące mieszkanie socjalne proszą o zaświadczenie o najmie w swojej woonmaatschappij.

document-documenten-zaak = Wszystkie dokumenty dotyczące Państwa problemu: listy, umowy, decyzje
document-documenten-zaak-where = Proszę zebrać wszystko, co Państwo mają. Proszę niczego nie wyrzucać.

document-lijst-schulden = Lista Państwa długów, z listami od tych, którym są Państwo winni pieniądze
document-lijst-schulden-where = Proszę zebrać wszystkie rachunki, wezwania do zapłaty i listy. OCMW lub CAW pomoże przygotować listę.

## Offices

office-bureau-juridische-bijstand = Bureau voor Juridische Bijstand (BJB), biuro pomocy prawnej adwokatów
office-bureau-juridische-bijstand-in-person = Proszę pójść do Bureau voor Juridische Bijstand. Zwykle mieści się w budynku sądu w Państwa regionie. Mają Państwo już adwokata? On też może złożyć ten wniosek za Państwa.
office-bureau-juridische-bijstand-phone = Proszę zadzwonić do Bureau voor Juridische Bijstand. Numer jest na stronie internetowej izby adwokackiej (balie) w Państwa regionie. Można też zapytać o niego w OCMW lub w CAW.

## Parameters

param-pro-deo-limit-single-full = Adwokat pro deo, osoba samotna: całkowicie bezpłatnie do tego miesięcznego dochodu netto
param-pro-deo-limit-single-partial = Adwokat pro deo, osoba samotna: częściowo bezpłatnie do tego miesięcznego dochodu netto
param-pro-deo-limit-family-full = Adwokat pro deo, z osobami na utrzymaniu lub we wspólnym gospodarstwie: całkowicie bezpłatnie do tego miesięcznego dochodu netto
param-pro-deo-limit-family-partial = Adwokat pro deo, z osobami na utrzymaniu lub we wspólnym gospodarstwie: częściowo bezpłatnie do tego miesięcznego dochodu netto
