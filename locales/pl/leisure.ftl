# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## UiTPAS met kansentarief

right-uitpas-kansentarief = UiTPAS z taryfą ulgową (kansentarief)
right-uitpas-kansentarief-summary = Z UiTPAS z taryfą ulgową otrzymują Państwo dużą zniżkę na sport, kulturę i inne zajęcia w czasie wolnym w swojej gminie lub regionie.
right-uitpas-kansentarief-counter = Chcę UiTPAS z taryfą ulgową (kansentarief).

right-uitpas-kansentarief-reason-outside = UiTPAS to karta czasu wolnego gmin flamandzkich. Tam, gdzie Państwo mieszkają, zwykle nie ma UiTPAS. Proszę zapytać w swojej gminie lub w OCMW, czy są zniżki na zajęcia w czasie wolnym.
right-uitpas-kansentarief-reason-brussels = Mieszkają Państwo w Brukseli. Każda gmina lub region ma własne zasady. Proszę zapytać w swojej gminie lub w OCMW, czy jest UiTPAS albo inna karta czasu wolnego ze zniżką.
right-uitpas-kansentarief-reason-benefit = Państwo lub ktoś z Państwa rodziny otrzymuje zwiększoną refundację, leefloon, równoważnik leefloon, IGO, IVT, IT albo budżet opiekuńczy dla osób starszych. W większości gmin daje to prawo do taryfy ulgowej. Ale każda gmina lub region ma własne zasady. Proszę zapytać w punkcie UiTPAS lub w Sociaal Huis w swojej gminie. Proszę zabrać dowód osobisty i zaświadczenie o swoim świadczeniu. Członkowie rodziny na Państwa utrzymaniu pod tym samym adresem, na przykład dzieci, też mogą ją otrzymać. Taryfa ulgowa obowiązuje przez rok.
right-uitpas-kansentarief-reason-vt-automatic = Otrzymują Państwo automatycznie zwiększoną refundację. W większości gmin daje to prawo do taryfy ulgowej. Ale każda gmina lub region ma własne zasady. Proszę zapytać w punkcie UiTPAS lub w Sociaal Huis w swojej gminie. Proszę zabrać dowód osobisty i zaświadczenie ze swojego ziekenfonds.
right-uitpas-kansentarief-reason-debt = Otrzymują Państwo pomoc przy długach lub budżecie: doradztwo budżetowe, zarządzanie budżetem, mediację w sprawie długów albo sądowe uregulowanie długów. W większości gmin daje to prawo do taryfy ulgowej. Ale każda gmina lub region ma własne zasady. Proszę zapytać w punkcie UiTPAS lub w Sociaal Huis w swojej gminie. Proszę zabrać dowód osobisty i zaświadczenie z OCMW, z CAW (centrum ogólnej pomocy społecznej) lub od swojego mediatora w sprawie długów.
right-uitpas-kansentarief-reason-asylum-seeker = Czy jako osoba ubiegająca się o azyl mieszkają Państwo w ośrodku? Wtedy w wielu gminach można otrzymać taryfę ulgową. Ale każda gmina lub region ma własne zasady. Proszę zapytać w punkcie UiTPAS lub w Sociaal Huis w swojej gminie albo w swoim ośrodku.
right-uitpas-kansentarief-reason-no-legal-stay = Otrzymują Państwo pilną pomoc medyczną z OCMW? Wtedy w wielu gminach można otrzymać taryfę ulgową, także bez legalnego pobytu. Ale każda gmina lub region ma własne zasady. Proszę zapytać w OCMW lub w Sociaal Huis w swojej gminie.
right-uitpas-kansentarief-reason-vt-first = Prawdopodobnie mogą Państwo otrzymać zwiększoną refundację. Proszę najpierw złożyć o nią wniosek w swoim ziekenfonds. Z zaświadczeniem o niej w większości gmin można poprosić o taryfę ulgową. Niektóre gminy same też sprawdzają Państwa dochód. Każda gmina lub region ma własne zasady. Proszę zapytać w punkcie UiTPAS lub w Sociaal Huis w swojej gminie.
right-uitpas-kansentarief-otherwise = Według Państwa odpowiedzi wydaje się, że nie mają Państwo prawa do taryfy ulgowej. Ale każda gmina lub region ma własne zasady. W niektórych gminach prawo do taryfy ulgowej dają też dodatek socjalny z Groeipakket, dotacja do czynszu, dodatek szkolny lub stypendium albo praca w zakładzie pracy chronionej (maatwerkbedrijf, dawniej warsztat chroniony lub socjalny). Proszę zapytać w swojej gminie lub w Sociaal Huis.

## Offices

office-gemeente = Państwa gmina (punkt UiTPAS lub Sociaal Huis)
office-gemeente-in-person = Proszę pójść do punktu UiTPAS, do Sociaal Huis lub do centrum spotkań w swojej gminie. Proszę tam zapytać, jakie zasady obowiązują w Państwa gminie.
office-gemeente-phone = Proszę zadzwonić do swojej gminy lub do Sociaal Huis. Numer jest na stronie internetowej gminy.
office-gemeente-online = Proszę zajrzeć na stronę internetową swojej gminy. Proszę tam wyszukać UiTPAS.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = Tanie wakacje i wycieczki (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = Z Iedereen Verdient Vakantie mogą Państwo tanio pojechać na wakacje lub wycieczkę, jeśli mają Państwo niski dochód.
right-vakantieparticipatie-counter = Chcę zarezerwować tanie wakacje lub wycieczkę przez Iedereen Verdient Vakantie.
right-vakantieparticipatie-reason-outside = Nie mieszkają Państwo we Flandrii ani w Brukseli. Iedereen Verdient Vakantie to flamandzka usługa.
right-vakantieparticipatie-reason-vt = Mają Państwo zwiększoną refundację. Wtedy mogą Państwo rezerwować tanie wakacje i wycieczki przez Iedereen Verdient Vakantie. Proszę zapytać w OCMW lub CAW.
right-vakantieparticipatie-reason-debt = Otrzymują Państwo pomoc w zarządzaniu budżetem albo są Państwo w zbiorowym uregulowaniu długów. Wtedy zwykle mogą Państwo rezerwować tanie wakacje i wycieczki przez Iedereen Verdient Vakantie. Proszę zapytać w OCMW lub CAW.
right-vakantieparticipatie-reason-vt-first = Prawdopodobnie mogą Państwo otrzymać zwiększoną refundację. Proszę najpierw złożyć o nią wniosek w ziekenfonds. Potem mogą Państwo rezerwować tanie wakacje i wycieczki przez OCMW lub CAW.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie jest dla osób z niskim dochodem, na przykład ze zwiększoną refundacją. Uważają Państwo, że mają do tego prawo? Proszę zapytać w OCMW lub CAW.

right-vakantieparticipatie-reason-brussels = Mieszkają Państwo w Brukseli. Iedereen Verdient Vakantie to flamandzka usługa. Niektóre niderlandzkojęzyczne organizacje w Brukseli biorą w niej udział. Proszę zapytać w OCMW lub CAW.
