# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Belgeler

document-identiteitskaart = Kimlik kartı veya oturma kartı
document-identiteitskaart-where = Bu kart sizde zaten var. Kaybettiniz mi? Belediyenizden yenisini isteyin.

document-rekeninguittreksels = Son aylara ait banka hesap dökümleri
document-rekeninguittreksels-where = Bunları bankanızdan alırsınız: kâğıt olarak veya bankanızın uygulamasında.

document-huurcontract = Kira sözleşmesi
document-huurcontract-where = Kiralamaya başladığınızda almıştınız. Kaybettiniz mi? Ev sahibinizden bir kopya isteyin.

document-bewijs-inkomen = Gelirinizin belgeleri: maaş bordroları veya ödenek belgeleri
document-bewijs-inkomen-where = Bunları işvereninizden veya ödeneğinizi ya da emekli maaşınızı ödeyen kurumdan alırsınız.

document-aanslagbiljet = Vergi hesap belgesi (kişisel gelir vergisi)
document-aanslagbiljet-where = Bu belgeyi MyMinfin'de bulursunuz. FOD Financiën'in (Maliye) bir bürosundan da isteyebilirsiniz.

document-attest-schuldbemiddeling = Sadece borç arabuluculuğunda: borç arabulucunuzdan bir belge veya toplu borç düzenlemenizle ilgili karar
document-attest-schuldbemiddeling-where = Borç arabulucunuzdan isteyin.

document-gegevens-behandelende-arts = Doktorunuzun adı ve adresi
document-gegevens-behandelende-arts-where = Bunu yazın. Doktorunuzun bir mektubunda veya reçetesinde bulursunuz.

document-rekeningnummer = Banka hesap numaranız
document-rekeningnummer-where = Bu numara banka kartınızda veya hesap dökümlerinizde yazar. Bankanızın gizli kodlarını asla vermeyin: hiçbir kurum bunları istemez.

document-energiefacturen = Elektrik, gaz veya su faturalarınız
document-energiefacturen-where = Bunları tedarikçinizden alırsınız: postayla veya tedarikçinin internet sitesindeki hesabınızda.

document-attest-uitkering = Ödeneğinizi veya yardımınızı ödeyen kurumdan bir belge
document-attest-uitkering-where = Bu kurumdan isteyin. Örneğin: OCMW, ziekenfonds'unuz, Federale Pensioendienst (1765'i arayın), Engelliler Genel Müdürlüğü (DG Personen met een handicap, 0800 987 99'u arayın), zorgkas'ınız (bakım sigortası kasası) veya CAW.

## Kurumlar

office-ocmw = Belediyenizdeki OCMW (Sociaal Huis, sosyal yardım merkezi)
office-ocmw-in-person = Belediyenizdeki OCMW'ye veya Sociaal Huis'e gidin. Bazen önce randevu almanız gerekir.
office-ocmw-phone = Randevu için OCMW'yi arayın. Numara, belediyenizin internet sitesinde yazar.
office-ocmw-letter = Mektup veya e-posta da gönderebilirsiniz. Bunu sizin yerinize başka biri de yapabilir. O zaman bu kişiye kâğıt üzerinde yazılı izin verin.
office-ocmw-home-visit = OCMW'ye gidemiyor musunuz? O zaman birinin evinize gelmesini isteyin.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, Engelliler Genel Müdürlüğü (DG Personen met een handicap)
office-dg-personen-met-handicap-online = MyHandicap'te kimlik kartınız ve PIN kodunuzla veya itsme ile internetten başvurun.
office-dg-personen-met-handicap-phone = Engelliler Genel Müdürlüğü'nü arayın. Bu numara ücretsizdir.
office-dg-personen-met-handicap-in-person = İnternetten başaramıyor musunuz? Ziekenfonds'unuzun sosyal servisi, belediyeniz veya OCMW (Sociaal Huis) size yardım eder ve başvuruyu sizin için yapar. Genel Müdürlüğün sosyal çalışanları da vardır.
