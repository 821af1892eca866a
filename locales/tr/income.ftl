# Income: leefloon, equivalent leefloon, IGO, IVT, IT.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Leefloon

right-leefloon = Leefloon (geçim yardımı)
right-leefloon-summary = Leefloon, geçinmek için yeterli geliriniz yoksa OCMW'nin (sosyal yardım merkezi) verdiği paradır.
right-leefloon-counter = Leefloon için başvurmak istiyorum.

right-leefloon-reason-already = Zaten leefloon alıyorsunuz.
right-leefloon-reason-has-equivalent = Zaten eşdeğer leefloon alıyorsunuz. Bu, OCMW'nin verdiği aynı yardımdır. İkisini birden alamazsınız.
right-leefloon-reason-abroad = Belçika'da oturmuyorsunuz. Leefloon sadece Belçika'da oturanlar içindir.
right-leefloon-reason-foreigners-register = Oturum durumunuzla leefloon alamazsınız. Ama OCMW'den eşdeğer leefloon isteyebilirsiniz. Bu, aynı miktarda paradır.
right-leefloon-reason-asylum-seeker = Sığınmacı olarak leefloon alamazsınız. Fedasil'den veya yerel bir kabul merkezinden (LOI) barınma ve destek alırsınız.
right-leefloon-reason-no-legal-stay = Yasal oturumunuz olmadan leefloon alamazsınız. Ama OCMW acil tıbbi yardım verebilir. Bu; doktor veya hastane yardımı ve ilaçlardır.
right-leefloon-reason-minor = 18 yaşından küçüksünüz. O zaman genellikle leefloon alamazsınız. Ama hamileyseniz, çocuğunuz varsa veya evliyseniz alabilirsiniz.
right-leefloon-reason-request-family = Çocuklarınızla yaşıyorsunuz ve geliriniz, çocuklu bir aile için olan leefloon tutarından düşük. OCMW'den leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar. OCMW 30 gün içinde karar verir.
right-leefloon-reason-request-single = Yalnız yaşıyorsunuz ve geliriniz, yalnız yaşayan biri için olan leefloon tutarından düşük. OCMW'den leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar. OCMW 30 gün içinde karar verir.
right-leefloon-reason-request-couple = Partnerinizle yaşıyorsunuz. İkinizin toplam geliri, birlikte yaşayan iki kişi için olan leefloon tutarından düşük. OCMW'den leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar. OCMW 30 gün içinde karar verir.
right-leefloon-reason-request-cohabiting = Başka yetişkinlerle birlikte yaşıyorsunuz. Geliriniz en düşük leefloon tutarından düşük. OCMW'den leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar. OCMW 30 gün içinde karar verir.
right-leefloon-reason-cohabitation = Başka yetişkinlerle birlikte yaşıyorsunuz. Sizin "birlikte yaşayan" sayılıp sayılmadığınıza OCMW bir görüşmede karar verir. Ev masraflarını çoğunlukla birlikte paylaşıyorsanız, birlikte yaşayan sayılırsınız. Leefloon alıp almayacağınız ve ne kadar alacağınız buna bağlıdır. OCMW'ye sorun.
right-leefloon-otherwise = Geliriniz leefloon tutarından yüksek. Geliriniz düştü mü veya masraflarınız yüksek mi? O zaman OCMW'ye danışın.

right-leefloon-unverified-indexation-2026 = Fiyatlar artınca leefloon da artar. 2026'da artıp artmadığı henüz kontrol edilmedi. 1 Şubat 2025 tarihli tutarları kullanıyoruz.
right-leefloon-unverified-reform-2026 = 1 Mart 2026'dan beri OCMW, sizinle yaşayan başka yetişkin aile üyelerinin (örneğin büyükanne ve büyükbabanın) gelirini de hesaba katabilir. OCMW'nin bunu yapmak zorunda mı olduğu, yoksa sadece yapabilir mi olduğu henüz belli değil.

## Eşdeğer leefloon

right-equivalent-leefloon = Eşdeğer leefloon
right-equivalent-leefloon-summary = Eşdeğer leefloon, OCMW'nin verdiği paradır. Yabancılar kütüğüne kayıtlı olan yabancılar içindir. Ve sadece geçinmek için yeterli gelirleri yoksa verilir.
right-equivalent-leefloon-counter = Eşdeğer leefloon için başvurmak istiyorum.

right-equivalent-leefloon-reason-already = Zaten eşdeğer leefloon alıyorsunuz.
right-equivalent-leefloon-reason-has-leefloon = Zaten leefloon alıyorsunuz. Eşdeğer leefloon, yabancılar kütüğündeki kişiler için aynı yardımdır. İkisini birden alamazsınız.
right-equivalent-leefloon-reason-abroad = Belçika'da oturmuyorsunuz. Eşdeğer leefloon sadece Belçika'da oturanlar içindir.
right-equivalent-leefloon-reason-leefloon-instead = Eşdeğer leefloon, yabancılar kütüğüne kayıtlı yabancılar içindir. Sizin vatandaşlığınız veya oturum durumunuzla normal leefloon'a hakkınız var.
right-equivalent-leefloon-reason-asylum-seeker = Sığınmacı olarak genellikle eşdeğer leefloon alamazsınız. Fedasil'den veya yerel bir kabul merkezinden (LOI) barınma ve destek alırsınız.
right-equivalent-leefloon-reason-no-legal-stay = Yasal oturumunuz olmadan eşdeğer leefloon alamazsınız. Ama OCMW acil tıbbi yardım verebilir. Bu; doktor veya hastane yardımı ve ilaçlardır.
right-equivalent-leefloon-reason-minor = 18 yaşından küçüksünüz. O zaman genellikle eşdeğer leefloon alamazsınız. Ama hamileyseniz veya çocuğunuz varsa alabilirsiniz.
right-equivalent-leefloon-reason-request-family = Çocuklarınızla yaşıyorsunuz ve geliriniz, çocuklu bir aile için olan tutardan düşük. OCMW'den eşdeğer leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar.
right-equivalent-leefloon-reason-request-single = Yalnız yaşıyorsunuz ve geliriniz, yalnız yaşayan biri için olan tutardan düşük. OCMW'den eşdeğer leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar.
right-equivalent-leefloon-reason-request-couple = Partnerinizle yaşıyorsunuz. İkinizin toplam geliri, birlikte yaşayan iki kişi için olan tutardan düşük. OCMW'den eşdeğer leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar.
right-equivalent-leefloon-reason-request-cohabiting = Başka yetişkinlerle birlikte yaşıyorsunuz. Geliriniz en düşük tutardan düşük. OCMW'den eşdeğer leefloon isteyebilirsiniz. OCMW önce bir sosyal inceleme yapar: tüm gelirlerinize bakar ve evinize gelir. Sağlığınız izin veriyorsa, çalışmaya hazır olup olmadığınıza da bakar.
right-equivalent-leefloon-reason-cohabitation = Başka yetişkinlerle birlikte yaşıyorsunuz. Sizin "birlikte yaşayan" sayılıp sayılmadığınıza OCMW bir görüşmede karar verir. Ev masraflarını çoğunlukla birlikte paylaşıyorsanız, birlikte yaşayan sayılırsınız. Eşdeğer leefloon alıp almayacağınız ve ne kadar alacağınız buna bağlıdır. OCMW'ye sorun.
right-equivalent-leefloon-otherwise = Geliriniz eşdeğer leefloon tutarından yüksek. Geliriniz düştü mü veya masraflarınız yüksek mi? O zaman OCMW'ye danışın.

right-equivalent-leefloon-unverified-indexation-2026 = Eşdeğer leefloon, leefloon ile aynı tutardadır. 2026'da artıp artmadığı henüz kontrol edilmedi. 1 Şubat 2025 tarihli tutarları kullanıyoruz.
right-equivalent-leefloon-unverified-waiting-register = Bir belediye, bekleme kütüğündeki (wachtregister) kişilerin de eşdeğer leefloon alabileceğini yazıyor. Bu henüz kontrol edilmedi.
right-equivalent-leefloon-unverified-temporary-protection = Ukrayna'dan gelenler için geçici koruma 4 Mart 2027'ye kadar uzatıldı. Bu haberlerde yazıyor, ama henüz resmî bir kaynakta kontrol edilmedi.

## Yaşlılar için gelir garantisi (IGO)

right-igo = Yaşlılar için gelir garantisi (IGO)
right-igo-summary = IGO, emeklilik yaşına gelmiş ve geliri az olan kişilere Federale Pensioendienst'in (Federal Emeklilik Kurumu) verdiği paradır.
right-igo-counter = Yaşlılar için gelir garantisi (IGO) için başvurmak istiyorum.

right-igo-reason-already = Zaten IGO alıyorsunuz. Yurt dışına mı gidiyorsunuz? Bunu önceden Federale Pensioendienst'e bildirin. Yılda sadece kısa bir süre yurt dışında kalabilirsiniz. Yoksa IGO'yu kaybedebilirsiniz.
right-igo-reason-abroad = Belçika'da oturmuyorsunuz. IGO sadece Belçika'da oturan ve gerçekten orada kalan kişiler içindir.
right-igo-reason-too-young = Yasal emeklilik yaşına henüz gelmediniz. IGO ancak bu yaşa gelen kişiler içindir. Leefloon veya engellilik ödeneği mi alıyorsunuz? O zaman emeklilik yaşına geldiğinizde Federale Pensioendienst IGO'yu kendiliğinden inceler.
right-igo-reason-residence = Oturum durumunuzla IGO alamazsınız. Geliriniz az mı? O zaman OCMW'ye danışın.
right-igo-reason-examined-by-fpd = Emeklilik yaşına geldiniz ve leefloon veya engellilik ödeneği alıyorsunuz. O zaman IGO alıp almayacağınızı Federale Pensioendienst kendisi inceler. Başvurmanız gerekmez. Pensioendienst'ten bir mektup veya soru mu aldınız? O zaman mümkün olduğunca hızlı cevap verin. Hiçbir haber almıyor musunuz? O zaman emeklilik hattı 1765'i arayın.
right-igo-reason-nationality = Geliriniz IGO için yeterince düşük görünüyor. IGO alıp alamayacağınız; vatandaşlığınıza, oturum durumunuza ve Belçika'da ne kadar süre çalıştığınıza da bağlıdır. Buna Federale Pensioendienst karar verir. IGO için başvurun veya belediyenize ya da OCMW'ye danışın.
right-igo-reason-request-alone = Emeklilik yaşına geldiniz, yalnız yaşıyorsunuz ve geliriniz IGO tutarından düşük görünüyor. IGO için belediyenizin emeklilik servisinden, internetten veya emeklilik hattından başvurun. Pensioendienst tüm gelirlerinize, mülklerinize ve birikimlerinize bakar.
right-igo-reason-request-couple = Emeklilik yaşına geldiniz ve partnerinizle yaşıyorsunuz. İkinizin toplam geliri, iki kişi için olan IGO tutarından düşük görünüyor. IGO için belediyenizin emeklilik servisinden, internetten veya emeklilik hattından başvurun. Pensioendienst sizin ve partnerinizin tüm gelirlerine, mülklerine ve birikimlerine bakar.
right-igo-reason-request-shared = Emeklilik yaşına geldiniz ve başka yetişkinlerle birlikte yaşıyorsunuz. Geliriniz, yalnız yaşamayan biri için olan IGO tutarından düşük görünüyor. IGO için belediyenizin emeklilik servisinden, internetten veya emeklilik hattından başvurun. Pensioendienst tüm gelirlerinize, mülklerinize ve birikimlerinize bakar.
right-igo-otherwise = Geliriniz IGO tutarından yüksek görünüyor. Emin değil misiniz veya geliriniz düştü mü? O zaman belediyenizin emeklilik servisine sorun veya emeklilik hattı 1765'i arayın.

right-igo-unverified-amounts = IGO'nun Kasım 2023'ten sonraki tutarları henüz kontrol edilmedi. Bu tutarlar şimdi muhtemelen daha yüksektir. Geliriniz sınırdan sadece biraz mı yüksek? O zaman yine de IGO için başvurun.

## Gelir yerine geçen ödenek (IVT)

right-ivt = Gelir yerine geçen ödenek (IVT)
right-ivt-summary = IVT, engeli yüzünden hiç çalışamayan veya çok daha az çalışabilen kişilere devletin verdiği paradır.
right-ivt-counter = Gelir yerine geçen ödenek (IVT) için başvurmak istiyorum.
right-ivt-deadline = IVT, başvurunuzdan sonraki ayın ilk gününde başlar. Bu yüzden mümkün olduğunca erken başvurun.

right-ivt-reason-already = Zaten IVT alıyorsunuz.
right-ivt-reason-abroad = Belçika'da oturmuyorsunuz. IVT sadece Belçika'da oturanlar içindir.
right-ivt-reason-residence = Oturum durumunuzla IVT alamazsınız. Nüfus kütüğüne veya yabancılar kütüğüne kayıtlı olmanız gerekir.
right-ivt-reason-minor = 18 yaşından küçüksünüz. IVT, 18 ile 65 yaş arasındaki kişiler içindir. Groeipakket'ten bakım ek ödemesi mi alıyorsunuz? O zaman 18 yaşına girdiğinizde IVT kendiliğinden incelenir.
right-ivt-reason-65 = 65 yaşında veya daha büyüksünüz. O zaman kendiniz artık IVT için başvuramazsınız. Ailenizde engelli başka biri var mı ve bu kişi 18 ile 65 yaş arasında mı? O zaman bu kişi IVT isteyebilir.
right-ivt-reason-turning-18 = 18 yaşındasınız ve ailenizde bir çocuk için bakım ek ödemesi var. Bu bakım ek ödemesini siz mi alıyordunuz? O zaman IVT alıp almayacağınızı Engelliler Genel Müdürlüğü (DG Personen met een handicap) kendiliğinden inceler. Size bir mektup gelir. Bu mektuba cevap verin.
right-ivt-reason-assessment = Sizin veya ailenizden birinin engeli var. Bu kişi 18 ile 65 yaş arasında mı ve engeli yüzünden hiç çalışamıyor veya çok daha az mı çalışabiliyor? O zaman bu kişi IVT isteyebilir. Engelliler Genel Müdürlüğü'nün (DG Personen met een handicap) bir doktoru, bu kişinin ne kadar kazanabileceğine karar verir. Genel Müdürlük, bu kişinin ve partnerinin gelirine de bakar.
right-ivt-otherwise = Ailenizde engelli kimse olmadığını söylediniz. IVT, engeli yüzünden hiç çalışamayan veya çok daha az çalışabilen kişiler içindir.

right-ivt-unverified-amounts = IVT'nin 2025 ve 2026 tutarları resmi bir kaynaktan gelmiyor. Bu tutarlar henüz kontrol edilmedi.

## Entegrasyon ödeneği (IT)

right-it = Entegrasyon ödeneği (IT)
right-it-summary = IT, günlük işlerde zorlandıkları için ek masrafları olan engelli kişilere devletin verdiği paradır.
right-it-counter = Entegrasyon ödeneği (IT) için başvurmak istiyorum.
right-it-deadline = IT, başvurunuzdan sonraki ayın ilk gününde başlar. Bu yüzden mümkün olduğunca erken başvurun.

right-it-reason-already = Zaten IT alıyorsunuz.
right-it-reason-abroad = Belçika'da oturmuyorsunuz. IT sadece Belçika'da oturanlar içindir.
right-it-reason-residence = Oturum durumunuzla IT alamazsınız. Nüfus kütüğüne veya yabancılar kütüğüne kayıtlı olmanız gerekir.
right-it-reason-minor = 18 yaşından küçüksünüz. IT, 18 ile 65 yaş arasındaki kişiler içindir. Groeipakket'ten bakım ek ödemesi mi alıyorsunuz? O zaman 18 yaşına girdiğinizde IT kendiliğinden incelenir.
right-it-reason-65 = 65 yaşında veya daha büyüksünüz. O zaman kendiniz artık IT için başvuramazsınız. Bakıma ihtiyacı olan yaşlılar için zorgkas'ınızda (bakım sigortası kasası) yaşlılar için bakım bütçesi vardır. Ailenizde engelli başka biri var mı ve bu kişi 18 ile 65 yaş arasında mı? O zaman bu kişi IT isteyebilir.
right-it-reason-turning-18 = 18 yaşındasınız ve ailenizde bir çocuk için bakım ek ödemesi var. Bu bakım ek ödemesini siz mi alıyordunuz? O zaman IT alıp almayacağınızı Engelliler Genel Müdürlüğü (DG Personen met een handicap) kendiliğinden inceler. Size bir mektup gelir. Bu mektuba cevap verin.
right-it-reason-assessment = Sizin veya ailenizden birinin engeli var veya her gün çok yardıma ihtiyacı var. Bu kişi 18 ile 65 yaş arasında mı? O zaman bu kişi IT isteyebilir. Engelliler Genel Müdürlüğü'nün (DG Personen met een handicap) bir doktoru, bu kişinin yemek yemek, yıkanmak veya bir yere gitmek gibi günlük işlerde ne kadar zorlandığına puan verir. Bu kişinin IT alıp almayacağı buna bağlıdır. Genel Müdürlük, bu kişinin ve partnerinin gelirine de bakar.
right-it-otherwise = Ailenizde engelli veya her gün çok yardıma ihtiyacı olan kimse olmadığını söylediniz. IT, günlük işlerde zorlanan engelli kişiler içindir.

right-it-unverified-amounts = IT tutarları resmi bir kaynaktan gelmiyor. Bu tutarlar henüz kontrol edilmedi.

## Belgeler

document-overzicht-inkomsten-uitgaven = Son 3 aydaki gelir ve giderlerinizin listesi
document-overzicht-inkomsten-uitgaven-where = Kendiniz yazın. Banka hesap dökümleriniz size bu konuda yardımcı olur.

document-vdab-inschrijving = VDAB'ye (iş bulma kurumu) kayıtlı olduğunuzu gösteren belge
document-vdab-inschrijving-where = VDAB'den isteyin.

document-klevertje-ziekenfonds = Ziekenfonds'unuzdan bir etiket (klevertje)
document-klevertje-ziekenfonds-where = Etiketleri ziekenfonds'unuzdan isteyin.

document-aanslagbiljet-onroerende-voorheffing = Sadece bir eviniz veya arsanız varsa: emlak vergisi (onroerende voorheffing) belgesi
document-aanslagbiljet-onroerende-voorheffing-where = Bu belgeyi her yıl postayla veya dijital olarak alırsınız. Kaybettiniz mi? Belgeyi gönderen vergi dairesinden bir kopya isteyin.

document-volmacht = Sadece başvuruyu sizin yerinize başka biri yapıyorsa: bir vekaletname
document-volmacht-where = Bu kişinin bunu sizin yerinize yapabileceğini kâğıda yazın ve imzalayın. Size yardım eden kişiden yardım isteyin.

## Kurumlar

office-federale-pensioendienst = Federale Pensioendienst (Federal Emeklilik Kurumu)
office-federale-pensioendienst-in-person = Belediyenizin emeklilik servisine gidin. Federale Pensioendienst'in bir danışma gününe veya bürosuna da gidebilirsiniz. Bunu sizin yerinize başka biri de yapabilir.
office-federale-pensioendienst-phone = Federale Pensioendienst'in emeklilik hattını arayın.
office-federale-pensioendienst-online = Kimlik kartınız veya itsme ile internetten başvurun.

## Parametreler

param-leefloon-cat1 = Leefloon 1. kategori, birlikte yaşayan: aylık tutar
param-leefloon-cat2 = Leefloon 2. kategori, yalnız yaşayan: aylık tutar
param-leefloon-cat3 = Leefloon 3. kategori, bakmakla yükümlü olduğu bir ailesi olan: aylık tutar

param-pension-age = Yasal emeklilik yaşı, aynı zamanda IGO yaşı (yıl olarak)
param-igo-amount-shared = IGO temel tutarı, evi başkalarıyla paylaşanlar için: aylık tutar
param-igo-amount-alone = IGO artırılmış tutarı, yalnız yaşayanlar için: aylık tutar
param-ivt-max-cat-a = IVT A kategorisi: yıllık en yüksek tutar
param-ivt-max-cat-b = IVT B kategorisi: yıllık en yüksek tutar
param-ivt-max-cat-c = IVT C kategorisi: yıllık en yüksek tutar
param-it-max-cat-1 = IT 1. kategori (7 ile 8 puan arası): aylık en yüksek tutar
param-it-max-cat-2 = IT 2. kategori (9 ile 11 puan arası): aylık en yüksek tutar
param-it-max-cat-3 = IT 3. kategori (12 ile 14 puan arası): aylık en yüksek tutar
param-it-max-cat-4 = IT 4. kategori (15 ile 16 puan arası): aylık en yüksek tutar
param-it-max-cat-5 = IT 5. kategori (17 ile 18 puan arası): aylık en yüksek tutar

# Issue 13: IGO with one's children, IGO before leefloon, parents or adult children at home
right-igo-reason-request-with-children = Emeklilik yaşına ulaştınız ve yalnızca çocuklarınızla yaşıyorsunuz. O zaman yalnız yaşayan biri gibi daha yüksek IGO geçerlidir. Çocuklarınızın geliri sayılmaz. Geliriniz IGO'dan düşük görünüyor. IGO'yu belediyenizin emeklilik servisinden, internetten veya 1765 emeklilik hattından isteyin.
right-leefloon-reason-igo-first = Emeklilik yaşına ulaştınız. O zaman önce yaşlılar için gelir garantisini (IGO) isteyin. IGO, leefloon'dan daha yüksektir. IGO'yu alamazsanız veya geliriniz yine de çok düşükse OCMW'ye gidin.
right-leefloon-reason-maintenance-debtors = Anne babanızla veya yetişkin bir çocuğunuzla yaşıyorsunuz. OCMW o zaman onların gelirine de bakar. Leefloon alıp alamayacağınıza ve ne kadar alacağınıza OCMW bir görüşmeden sonra karar verir. Çekinmeden sorun: OCMW durumunuzu inceler.

# Issue 13: OCMW aanvullende financiële steun
right-ocmw-aanvullende-steun = OCMW'den ek mali destek
right-ocmw-aanvullende-steun-summary = OCMW, leefloon almasanız bile, örneğin kira, enerji, doktor ve eczane masrafları veya hastane faturası için size parayla yardım edebilir.
right-ocmw-aanvullende-steun-counter = OCMW'den ek mali destek istemek istiyorum.
right-ocmw-aanvullende-steun-reason-abroad = Belçika'da oturmuyorsunuz. OCMW belediyede oturan insanlara yardım eder.
right-ocmw-aanvullende-steun-reason-residence = Oturum durumunuzla bu yardımı OCMW'den alamazsınız. Sığınmacılar kabul ağında yardım alır. Yasal oturumunuz yoksa OCMW'den acil tıbbi yardım isteyebilirsiniz.
right-ocmw-aanvullende-steun-reason-leefloon = Leefloon alıyorsunuz veya muhtemelen alabilirsiniz. Bunun yanında kira, enerji veya tıbbi masraflar gibi yüksek masraflarınız var mı? O zaman OCMW ek destek verebilir. Sosyal görevlinize sorun. OCMW bir sosyal incelemeden sonra karar verir.
right-ocmw-aanvullende-steun-reason-low-income = Geliriniz düşük veya faturalarınızı ödemekte zorlanıyorsunuz. OCMW, leefloon olmadan da, örneğin kira, enerji veya tıbbi masraflar için size parayla yardım edebilir. Belediyenizin OCMW'sine sorun. OCMW bir sosyal incelemeden sonra karar verir.
right-ocmw-aanvullende-steun-otherwise = Geliriniz düşük görünmüyor. Yine de ödeyemediğiniz masraflarınız mı var? O zaman OCMW'ye gidin. Herkes yardım isteyebilir.

right-leefloon-reason-has-igo = Yaşlılar için gelir garantisini (IGO) zaten alıyorsunuz. IGO, leefloon'dan daha yüksektir. Örneğin yüksek masraflar yüzünden yine de geçinemiyor musunuz? O zaman OCMW'den ek destek isteyin.
