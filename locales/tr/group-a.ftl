# Yazar grubu A: acil tıbbi yardım, azami fatura, IGO, IVT, IT, ücretsiz avukat, borç yardımı,
# park kartı, NMBS indirim kartı, De Lijn. Haklar, belgeler, kurumlar ve parametreler.
# Bu mesajlarda tutar yoktur: tutarlar parametrelerde bulunur.

## Acil tıbbi yardım

right-dringende-medische-hulp = Acil tıbbi yardım
right-dringende-medische-hulp-summary = OCMW'nin (sosyal yardım merkezi) acil tıbbi yardımı ile, yasal oturumunuz olmasa bile doktor veya hastane bakımı ve ilaç alırsınız.
right-dringende-medische-hulp-counter = Acil tıbbi yardım için başvurmak istiyorum.

right-dringende-medische-hulp-reason-abroad = Belçika'da oturmuyorsunuz. Acil tıbbi yardım, Belçika'da kalan kişiler içindir.
right-dringende-medische-hulp-reason-no-legal-stay = Yasal oturumunuz yok. O zaman gerçekten kaldığınız belediyenin OCMW'sinden acil tıbbi yardım isteyebilirsiniz. Adına rağmen bu yardım sadece acil durumlar için değildir: normal bir doktor ziyareti, hastane ve ilaçlar için de geçerlidir. Bir doktor bir belge yazar. OCMW bir sosyal inceleme yapar ve evinize gelir. OCMW 30 gün içinde karar verir.
right-dringende-medische-hulp-reason-eu = Bir Avrupa Birliği ülkesinin vatandaşısınız. O zaman sağlık hizmeti için genellikle bir ziekenfonds'a (sağlık sigortası kurumu) gidersiniz. 3 aydan kısa bir süredir mi Belçika'dasınız ve ziekenfonds'unuz yok mu? O zaman acil tıbbi yardım alıp alamayacağınızı OCMW'ye sorun.
right-dringende-medische-hulp-reason-asylum-seeker = Sığınmacı olarak tıbbi yardımı kabul merkeziniz aracılığıyla alırsınız: Fedasil veya yerel bir kabul merkezi (LOI). Oraya sorun.
right-dringende-medische-hulp-otherwise = Belçika'da yasal oturumunuz var. O zaman sağlık hizmetini ziekenfonds'unuz aracılığıyla alırsınız. Acil tıbbi yardım, yasal oturumu olmayan kişiler içindir.

right-dringende-medische-hulp-unverified-eu = Belçika'daki ilk 3 aylarında olan Avrupa Birliği vatandaşları da bazen acil tıbbi yardım alabilir. Bu bilgi resmi bir kaynaktan gelmiyor ve henüz kontrol edilmedi.

## Azami fatura

right-maximumfactuur = Azami fatura (maximumfactuur)
right-maximumfactuur-summary = Azami fatura ile aileniz bir yılda sabit bir tutardan fazla katkı payı (remgeld) ödemez. Katkı payı, doktor veya hastane ücretinin kendiniz ödediğiniz kısmıdır.
right-maximumfactuur-counter = Azami fatura ile para geri alıp alamayacağımı öğrenmek istiyorum.
right-maximumfactuur-if-missing = Azami fatura kendiliğinden uygulanır. İlk geri ödemeler genellikle ancak yaz başında gelir, çünkü ziekenfonds önce gelirinizle ilgili bilgileri almalıdır. Çok fazla katkı payı ödediğinizi mi düşünüyorsunuz? Ziekenfonds'unuza sorun. Geliriniz çok mu düştü, örneğin hastalık veya işsizlik yüzünden? O zaman ziekenfonds'unuzdan şu anki gelirinize bakmasını isteyin.

right-maximumfactuur-reason-abroad = Belçika'da oturmuyorsunuz. O zaman azami faturayı bir Belçika ziekenfonds'undan genellikle alamazsınız. Ziekenfonds'unuza sorun.
right-maximumfactuur-reason-no-legal-stay = Yasal oturumunuz yoksa genellikle bir ziekenfonds'a üye değilsiniz. Ama OCMW acil tıbbi yardım verebilir. Bu; doktor veya hastane yardımı ve ilaçlardır.
right-maximumfactuur-reason-asylum-seeker = Sığınmacı olarak tıbbi yardımı kabul merkeziniz aracılığıyla alırsınız: Fedasil veya yerel bir kabul merkezi (LOI). Yine de bir ziekenfonds'a üye misiniz? O zaman azami fatura sizin için de geçerlidir.
right-maximumfactuur-reason-it-partner = IT alıyorsunuz ve bir partnerle yaşıyorsunuz. Partnerinizin geliri var mı? O zaman IT, daha düşük olan sosyal azami fatura hakkı vermez. Ama normal azami fatura geçerlidir. Bu, ailenizin gelirine bağlıdır. Ziekenfonds'unuz bunu kendiliğinden uygular. Hiçbir şey yapmanız gerekmez.
right-maximumfactuur-reason-social = Ailenizin artırılmış geri ödemesi var. O zaman sosyal azami fatura geçerlidir. Bu, düşük bir sınırdır. Aileniz bir yılda bu sınırdan fazla katkı payı mı ödüyor? O zaman ziekenfonds'unuz fazlasını kendiliğinden geri öder. Hiçbir şey yapmanız gerekmez.
right-maximumfactuur-reason-income-vt-pending = Bir ziekenfonds'a üye olan herkesin azami faturası vardır. Ziekenfonds'unuz bunu kendiliğinden uygular. Muhtemelen artırılmış geri ödeme de alabilirsiniz. O zaman daha düşük bir sınır geçerli olur: sosyal azami fatura. Bu yüzden önce artırılmış geri ödeme için başvurun.
right-maximumfactuur-reason-income = Bir ziekenfonds'a üye olan herkesin azami faturası vardır. Aileniz bir yılda belli bir sınırdan fazla katkı payı mı ödüyor? O zaman ziekenfonds'unuz fazlasını kendiliğinden geri öder. Sınırın ne kadar olduğu, ailenizin gelirine bağlıdır. Aileniz, 1 Ocak'ta adresinizde oturan herkestir. Hiçbir şey yapmanız gerekmez.
right-maximumfactuur-otherwise = Belçika'da bir ziekenfonds'unuz yok. O zaman azami fatura sizin için geçerli değildir.

right-maximumfactuur-unverified-amounts-2025-2026 = Azami faturanın 2025 ve 2026 sınırları henüz kontrol edilmedi. Sadece 2024 sınırlarını biliyoruz.

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

## Ücretsiz avukat (pro deo)

right-pro-deo = Ücretsiz avukat (pro deo avukat, ikinci basamak hukuki yardım)
right-pro-deo-summary = Geliriniz düşükse, size hiç ücret almayan veya sadece küçük bir ücret alan bir avukat verilir.
right-pro-deo-counter = Ücretsiz (pro deo) bir avukat için başvurmak istiyorum.

right-pro-deo-reason-no-problem = Şu anda avukata ihtiyaç duyduğunuz bir sorununuz olmadığını söylediniz. İleride bir avukata ihtiyacınız olursa tekrar gelin. Herkes ücretsiz ilk hukuki danışmanlık alabilir, örneğin OCMW'de, CAW'de (sosyal danışma merkezi) veya adalet evinde (justitiehuis).
right-pro-deo-reason-minor = 18 yaşından küçüksünüz. O zaman her zaman ücretsiz bir avukata hakkınız vardır.
right-pro-deo-reason-presumed-benefit = Leefloon, OCMW yardımı, IGO veya IVT alıyorsunuz. O zaman Adli Yardım Bürosu (Bureau voor Juridische Bijstand), gelirinizin ücretsiz avukat için yeterince düşük olduğunu kabul eder. Ödeneğinizle ilgili bir belgeyi yanınıza alın.
right-pro-deo-reason-free = Geliriniz, tamamen ücretsiz avukat sınırının üstünde görünmüyor. Adli Yardım Bürosu'ndan (Bureau voor Juridische Bijstand) ücretsiz (pro deo) avukat isteyin. Zaten bir avukatınız var mı? Bunu sizin için o da isteyebilir.
right-pro-deo-reason-partial = Geliriniz, tamamen ücretsiz avukat sınırının biraz üstünde görünüyor, ama ikinci sınırın üstünde değil. O zaman avukat kısmen ücretsizdir: küçük bir katkı ödersiniz. Bunu Adli Yardım Bürosu'ndan (Bureau voor Juridische Bijstand) isteyin.
right-pro-deo-reason-children = Geliriniz normal sınırdan yüksek. Ama bakmakla yükümlü olduğunuz her kişi için, örneğin bir çocuk için, sınır daha yüksektir. Adli Yardım Bürosu bunu sizin için hesaplar. Oraya sorun.
right-pro-deo-reason-social-tenant = Sosyal konutta kiracısınız. Temel kiranın sadece yarısını mı ödüyorsunuz? O zaman muhtemelen ücretsiz bir avukat alırsınız. Woonmaatschappij'den (sosyal konut şirketi) bir belge isteyin ve Adli Yardım Bürosu'na (Bureau voor Juridische Bijstand) gidin.
right-pro-deo-reason-stay-procedure = Sorununuz Belçika'daki oturumunuzla mı ilgili, örneğin oturum izni başvurusu (regularisatie) veya bir itiraz? O zaman muhtemelen ücretsiz bir avukat alırsınız. Kararı Adli Yardım Bürosu (Bureau voor Juridische Bijstand) verir. Oraya sorun veya OCMW'ye ya da bir CAW'ye (sosyal danışma merkezi) danışın.
right-pro-deo-otherwise = Geliriniz, ücretsiz avukat sınırlarından yüksek görünüyor. Emin değil misiniz? Adli Yardım Bürosu'na (Bureau voor Juridische Bijstand) sorun. Herkes ücretsiz ilk hukuki danışmanlık alabilir, örneğin OCMW'de, CAW'de (sosyal danışma merkezi) veya adalet evinde (justitiehuis).

right-pro-deo-unverified-limits-2026 = Gelir sınırları her yıl 1 Eylül'de değişir. 1 Eylül 2026'dan itibaren geçerli sınırlar henüz kontrol edilmedi. 1 Eylül 2025 tarihli sınırları kullanıyoruz.
right-pro-deo-unverified-presumptions = Toplu borç düzenlemesindeki kişilerin ve tüm sığınmacıların kendiliğinden ücretsiz avukat alıp almadığı henüz kontrol edilmedi. IVT'nin de bunun için sayıldığı bilgisi her kaynakta yok.
right-pro-deo-unverified-contribution = Avukat kısmen ücretsiz olduğunda sizin ne kadar ödeyeceğiniz henüz yasada kontrol edilmedi. Bunu size Adli Yardım Bürosu söyler.

## Borç yardımı

right-schuldhulp = Borç ve bütçe konusunda yardım
right-schuldhulp-summary = Faturalarınızı artık ödeyemiyorsanız OCMW veya CAW (sosyal danışma merkezi) size yardım eder: tavsiye ile, bütçenizle ilgili yardımla veya borç arabuluculuğu ile.
right-schuldhulp-counter = Borçlarım var ve yardım istiyorum.

right-schuldhulp-reason-already-collective = Toplu borç düzenlemesindesiniz. Hakim, geri ödeme planınızı düzenleyen bir borç arabulucusu atadı. Sorularınız veya ödeyemediğiniz yeni faturalarınız mı var? O zaman hemen borç arabulucunuzla konuşun.
right-schuldhulp-reason-already-mediation = Zaten borç arabuluculuğu alıyorsunuz. Sorularınız veya ödeyemediğiniz yeni faturalarınız mı var? O zaman hemen borç arabulucunuzla konuşun.
right-schuldhulp-reason-already-budget = Zaten bütçe danışmanlığı veya bütçe yönetimi alıyorsunuz. Ödeyemediğiniz yeni faturalarınız mı var? O zaman hemen size yardım eden kişiyle konuşun.
right-schuldhulp-reason-abroad = Belçika'da oturmuyorsunuz. Bu yardım, Belçika'da oturanlar içindir.
right-schuldhulp-reason-arrears = Zamanında ödeyemediğiniz faturalarınız var. OCMW veya CAW size yardım edebilir. Örneğin tavsiye ile, borçlu olduğunuz kişilerle bir anlaşma ile, bütçe danışmanlığı veya bütçe yönetimi ile ya da borç arabuluculuğu ile. Bir görüşmede neyin uygun olduğuna birlikte bakarsınız. Çok beklemeyin: ne kadar erken, o kadar iyi.
right-schuldhulp-otherwise = Borcunuz olmadığını söylediniz. İleride faturalarınızı ödemekte zorlanırsanız, zamanında OCMW'den veya CAW'den yardım isteyin.

right-schuldhulp-unverified-pro-deo = Toplu borç düzenlemesinin veya borç arabuluculuğunun kendiliğinden ücretsiz avukat hakkı verip vermediği henüz kontrol edilmedi.

## Park kartı

right-parkeerkaart = Engelliler için park kartı
right-parkeerkaart-summary = Park kartı ile, sürücü veya yolcu olarak engelliler için ayrılan yerlere park edebilirsiniz.
right-parkeerkaart-counter = Engelliler için park kartına başvurmak istiyorum.
right-parkeerkaart-deadline = Kartınızın bir bitiş tarihi var mı? Kart kendiliğinden uzatılmaz. Bitiş tarihinden 6 ay önce yeni bir kart isteyin.

right-parkeerkaart-reason-abroad = Belçika'da oturmuyorsunuz. Belçika park kartı, Belçika'da oturanlar içindir.
right-parkeerkaart-reason-assessment = Sizin veya ailenizden birinin engeli var. Bu kişinin park kartı alıp almayacağı, Engelliler Genel Müdürlüğü'nün (DG Personen met een handicap) bir doktorunun yaptığı tanımaya bağlıdır; örneğin bu kişinin ne kadar zor yürüyüp hareket edebildiğine. Bu kişinin engeli zaten tanındı mı? O zaman genellikle yeni bir doktor raporu gerekmez. O zaman Genel Müdürlük ile iletişime geçin.
right-parkeerkaart-otherwise = Ailenizde engelli kimse olmadığını söylediniz. Park kartı sadece engelli kişiler içindir.

## NMBS indirim kartı

right-nmbs-kortingkaart = NMBS indirim kartı (artırılmış geri ödeme)
right-nmbs-kortingkaart-summary = Bu ücretsiz kart ile ikinci sınıf tren biletlerini yarı fiyatına alırsınız.
right-nmbs-kortingkaart-counter = Artırılmış geri ödeme için olan indirim kartını istiyorum.
right-nmbs-kortingkaart-deadline = Kart 1 yıl geçerlidir; 65 yaşında veya daha büyükseniz 5 yıl geçerlidir. Zamanında yeni bir kart isteyin.

right-nmbs-kortingkaart-reason-abroad = Belçika'da oturmuyorsunuz. Bu kart, bir Belçika ziekenfonds'undan artırılmış geri ödeme alanlar içindir.
right-nmbs-kortingkaart-reason-vt = Artırılmış geri ödemeniz var. O zaman siz, partneriniz ve bakmakla yükümlü olduğunuz çocuklarınız bu kartı alabilir. Kartı internetten My NMBS hesabınızda isteyin veya kimlik kartınız ve bir MOBIB kartı ile istasyondaki gişeden isteyin.
right-nmbs-kortingkaart-reason-vt-first = Muhtemelen artırılmış geri ödeme alabilirsiniz. Önce bunu ziekenfonds'unuzdan isteyin. Sonra bu kartı NMBS'den isteyebilirsiniz.
right-nmbs-kortingkaart-otherwise = Bu kart sadece artırılmış geri ödeme alanlar ve aileleri içindir. Ağır bir engeliniz var mı? O zaman size eşlik eden kişi bazen bir Refakatçi Kartı (Kaart voor Begeleider) ile sizinle ücretsiz seyahat edebilir. Bunu NMBS gişesinde sorun.

## De Lijn

right-de-lijn-vervoergarantie = De Lijn ile daha ucuz seyahat (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Geliriniz düşükse veya engeliniz varsa, otobüs ve tramvay için De Lijn'den düşük fiyatlı veya ücretsiz bir abonman alırsınız.
right-de-lijn-vervoergarantie-counter = De Lijn'den sosyal tarifeli bir abonman istiyorum.
right-de-lijn-vervoergarantie-if-missing = Ücretsiz abonmanı kendiliğinden almıyor musunuz? O zaman bir Lijnwinkel'den (De Lijn satış noktası) isteyin. Ödeneğinizle ilgili bir belgeyi yanınıza alın. Bu belgeyi Engelliler Genel Müdürlüğü'nden (DG Personen met een handicap) ücretsiz 0800 987 99 numarasını arayarak alırsınız.
right-de-lijn-vervoergarantie-deadline = Abonman 12 ay geçerlidir. Zamanında yenisini isteyin. Abonmanı durdurursanız paranızı geri alamazsınız.

right-de-lijn-vervoergarantie-reason-brussels = Brüksel'de oturuyorsunuz. De Lijn çoğunlukla Flaman Bölgesi'nde çalışır. Brüksel'de MIVB vardır. Orada daha düşük bir tarife olup olmadığını sorun veya OCMW'ye danışın.
right-de-lijn-vervoergarantie-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. De Lijn çoğunlukla Flaman Bölgesi'nde çalışır. Valon Bölgesi'nde TEC vardır. Orada daha düşük bir tarife olup olmadığını sorun veya OCMW'ye danışın.
right-de-lijn-vervoergarantie-reason-abroad = Belçika'da oturmuyorsunuz. De Lijn'in bu tarifeleri, Flaman Bölgesi'nde oturanlar içindir.
right-de-lijn-vervoergarantie-reason-free-handicap = Ailenizde biri IVT veya IT alıyor. Bu kişi De Lijn ile ücretsiz seyahat eder. Abonman genellikle kendiliğinden gelir.
right-de-lijn-vervoergarantie-reason-leefloon = Leefloon veya eşdeğer leefloon alıyorsunuz. O zaman Vervoergarantie alırsınız: düşük fiyatlı, 12 aylık bir abonman. De Lijn size kendisi bir havale formu gönderir. Bunu öderseniz abonmanı alırsınız.
right-de-lijn-vervoergarantie-reason-igo = IGO alıyorsunuz. O zaman Vervoergarantie alırsınız: düşük fiyatlı, 12 aylık bir abonman. Bunu bir Lijnwinkel'den (De Lijn satış noktası) veya De Lijn'e mektupla isteyin. Federale Pensioendienst'in belgesini yanınıza alın.
right-de-lijn-vervoergarantie-reason-asylum-seeker = Sığınmacı olarak Vervoergarantie alabilirsiniz: düşük fiyatlı, 12 aylık bir abonman. Bunu Fedasil veya Kızılhaç aracılığıyla istersiniz. Kabul merkezinizdeki görevlilere sorun.
right-de-lijn-vervoergarantie-reason-igo-pending = Muhtemelen IGO alabilirsiniz. IGO alırsanız Vervoergarantie isteyebilirsiniz: düşük fiyatlı, 12 aylık bir abonman. Bunu Federale Pensioendienst'in belgesiyle bir Lijnwinkel'den (De Lijn satış noktası) veya De Lijn'e mektupla isteyin.
right-de-lijn-vervoergarantie-reason-igo-maybe = Belki IGO alabilirsiniz. Buna Federale Pensioendienst karar verir. IGO alırsanız Vervoergarantie isteyebilirsiniz: düşük fiyatlı, 12 aylık bir abonman. Bunu Federale Pensioendienst'in belgesiyle bir Lijnwinkel'den (De Lijn satış noktası) veya De Lijn'e mektupla isteyin.
right-de-lijn-vervoergarantie-reason-leefloon-pending = Muhtemelen leefloon veya eşdeğer leefloon alabilirsiniz. Bunu alırsanız, De Lijn size Vervoergarantie için kendisi bir form gönderir: düşük fiyatlı, 12 aylık bir abonman.
right-de-lijn-vervoergarantie-reason-vt = Artırılmış geri ödemeniz var. O zaman De Lijn'den daha ucuz bir abonman alırsınız. Bunu bir Lijnwinkel'den (De Lijn satış noktası) isteyin. Ziekenfonds'unuzdan aldığınız, 3 aydan eski olmayan bir belgeyi yanınıza alın.
right-de-lijn-vervoergarantie-reason-vt-first = Muhtemelen artırılmış geri ödeme alabilirsiniz. Önce bunu ziekenfonds'unuzdan isteyin. Sonra De Lijn'den daha ucuz bir abonman alırsınız.
right-de-lijn-vervoergarantie-reason-vaph = Sizin veya ailenizden birinin engeli var. Bu kişi VAPH'ye (Flaman Engelliler Ajansı, Vlaams Agentschap voor Personen met een Handicap) kayıtlı mı? O zaman bu kişi genellikle De Lijn ile ücretsiz seyahat eder. De Lijn'e sorun.
right-de-lijn-vervoergarantie-otherwise = Leefloon, IGO, artırılmış geri ödeme veya engellilik ödeneği almıyorsunuz. O zaman De Lijn'de daha düşük bir tarife yoktur. Ama 6 yaşından küçük çocuklar ücretsiz seyahat eder. Bazı belediyeler abonmanınızın bir kısmını geri öder. Belediyenize sorun.

right-de-lijn-vervoergarantie-unverified-prices = De Lijn'in fiyatları değişir. Artırılmış geri ödeme ile alınan abonmanın fiyatı henüz kontrol edilmedi.

## Belgeler

document-attest-dringende-medische-hulp = Bir doktordan acil tıbbi yardım belgesi
document-attest-dringende-medische-hulp-where = Sizi muayene eden doktor bu belgeyi yazar. Belgeyi kendiniz isteyin.

document-identiteitsbewijs = Pasaportunuz veya kim olduğunuzu gösteren başka bir belge, varsa
document-identiteitsbewijs-where = Neyiniz varsa yanınıza alın. Hiçbir şeyiniz yok mu? Yine de OCMW'ye gidin.

document-bewijs-financiele-toestand = Paranızla ilgili belgeler, varsa: ne aldığınız ve neyiniz olduğu
document-bewijs-financiele-toestand-where = Örneğin bankanızdan hesap dökümleri. Belgeniz yok mu? O zaman OCMW görüşmede bunları sorar.

document-gegevens-behandelende-arts = Doktorunuzun adı ve adresi
document-gegevens-behandelende-arts-where = Bunu yazın. Doktorunuzun bir mektubunda veya reçetesinde bulursunuz.

document-rekeningnummer = Banka hesap numaranız
document-rekeningnummer-where = Bu numara banka kartınızda veya hesap dökümlerinizde yazar. Bankanızın gizli kodlarını asla vermeyin: hiçbir kurum bunları istemez.

document-klevertje-ziekenfonds = Ziekenfonds'unuzdan bir etiket (klevertje)
document-klevertje-ziekenfonds-where = Etiketleri ziekenfonds'unuzdan isteyin.

document-aanslagbiljet-onroerende-voorheffing = Sadece bir eviniz veya arsanız varsa: emlak vergisi (onroerende voorheffing) belgesi
document-aanslagbiljet-onroerende-voorheffing-where = Bu belgeyi her yıl postayla veya dijital olarak alırsınız. Kaybettiniz mi? Belgeyi gönderen vergi dairesinden bir kopya isteyin.

document-volmacht = Sadece başvuruyu sizin yerinize başka biri yapıyorsa: bir vekaletname
document-volmacht-where = Bu kişinin bunu sizin yerinize yapabileceğini kâğıda yazın ve imzalayın. Size yardım eden kişiden yardım isteyin.

document-gezinssamenstelling = Aile durumu belgesi (gezinssamenstelling)
document-gezinssamenstelling-where = Belediyenizden isteyin veya Mijn Burgerprofiel'den indirin.

document-attest-categorie-pro-deo = Sadece leefloon, IGO veya IVT alıyorsanız ya da sosyal konutta kiracıysanız: bununla ilgili bir belge
document-attest-categorie-pro-deo-where = Size ödeme yapan kurumdan isteyin: OCMW, Federale Pensioendienst veya Engelliler Genel Müdürlüğü (DG Personen met een handicap). Sosyal konut kiracısıysanız woonmaatschappij'den (sosyal konut şirketi) bir kira belgesi isteyin.

document-documenten-zaak = Sorununuzla ilgili tüm belgeler: mektuplar, sözleşmeler, kararlar
document-documenten-zaak-where = Elinizdeki her şeyi toplayın. Hiçbir şeyi atmayın.

document-lijst-schulden = Borçlarınızın bir listesi, borçlu olduğunuz kişilerden gelen mektuplarla birlikte
document-lijst-schulden-where = Tüm faturaları, ihtarları ve mektupları toplayın. OCMW veya CAW (sosyal danışma merkezi) listeyi yapmanıza yardım eder.

document-energiefacturen = Elektrik, gaz veya su faturalarınız
document-energiefacturen-where = Bunları tedarikçinizden alırsınız: postayla veya tedarikçinin internet sitesindeki hesabınızda.

document-attest-igo = Sadece IGO alıyorsanız: Federale Pensioendienst'ten bir belge
document-attest-igo-where = Federale Pensioendienst'ten isteyin. Emeklilik hattı 1765'i arayın veya mypension.be sitesine bakın.

document-attest-verhoogde-tegemoetkoming = Artırılmış geri ödemeniz varsa: ziekenfonds'unuzdan, 3 aydan eski olmayan bir belge
document-attest-verhoogde-tegemoetkoming-where = Ziekenfonds'unuzdan isteyin veya ziekenfonds'unuzun internet sitesinden ya da uygulamasından indirin. NMBS'de bu belge sadece gişe artırılmış geri ödemenizi kontrol edemezse gerekir.

document-mobib-kaart = Adınıza bir MOBIB kartı
document-mobib-kaart-where = Bu kartı NMBS gişesinden alırsınız. Yeni bir kart küçük bir ücret tutar.

document-pasfoto = Sadece gişe artırılmış geri ödemenizi kontrol edemezse: yeni çekilmiş bir vesikalık fotoğraf
document-pasfoto-where = Bir fotoğrafçıda veya bir fotoğraf kabininde.

## Kurumlar

office-federale-pensioendienst = Federale Pensioendienst (Federal Emeklilik Kurumu)
office-federale-pensioendienst-in-person = Belediyenizin emeklilik servisine gidin. Federale Pensioendienst'in bir danışma gününe veya bürosuna da gidebilirsiniz. Bunu sizin yerinize başka biri de yapabilir.
office-federale-pensioendienst-phone = Federale Pensioendienst'in emeklilik hattını arayın.
office-federale-pensioendienst-online = Kimlik kartınız veya itsme ile internetten başvurun.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, Engelliler Genel Müdürlüğü (DG Personen met een handicap)
office-dg-personen-met-handicap-online = MyHandicap'te kimlik kartınız ve PIN kodunuzla veya itsme ile internetten başvurun.
office-dg-personen-met-handicap-phone = Engelliler Genel Müdürlüğü'nü arayın. Bu numara ücretsizdir.
office-dg-personen-met-handicap-in-person = İnternetten başaramıyor musunuz? Ziekenfonds'unuzun sosyal servisi, belediyeniz veya OCMW (Sociaal Huis) size yardım eder ve başvuruyu sizin için yapar. Genel Müdürlüğün sosyal çalışanları da vardır.

office-bureau-juridische-bijstand = Avukatların Adli Yardım Bürosu (Bureau voor Juridische Bijstand, BJB)
office-bureau-juridische-bijstand-in-person = Adli Yardım Bürosu'na gidin. Büro genellikle bölgenizdeki adliye binasındadır. Zaten bir avukatınız var mı? Bunu sizin için o da isteyebilir.
office-bureau-juridische-bijstand-phone = Adli Yardım Bürosu'nu arayın. Numara, bölgenizdeki avukatların (baronun) internet sitesinde yazar. Numarayı OCMW'ye veya bir CAW'ye (sosyal danışma merkezi) de sorabilirsiniz.

office-de-lijn = De Lijn
office-de-lijn-in-person = Bir Lijnwinkel'e (De Lijn satış noktası) gidin.
office-de-lijn-letter = Başvurunuzu postayla da gönderebilirsiniz. Belgenizin bir kopyasını da ekleyin.
office-de-lijn-online = De Lijn'in internet sitesinde abonmanlar ve fiyatlar hakkında bilgi bulursunuz.

office-nmbs = NMBS
office-nmbs-in-person = Bir istasyondaki gişeye gidin. Kimlik kartınızı ve MOBIB kartınızı yanınıza alın.
office-nmbs-online = Kartı internetten, NMBS'nin internet sitesindeki My NMBS hesabınızdan isteyin.

## Parametreler

param-pension-age = Yasal emeklilik yaşı, aynı zamanda IGO yaşı (yıl olarak)
param-igo-amount-shared = IGO temel tutarı, evi başkalarıyla paylaşanlar için: aylık tutar
param-igo-amount-alone = IGO artırılmış tutarı, yalnız yaşayanlar için: aylık tutar
param-maf-income-bracket-1 = Azami fatura: 1. gelir diliminin üst sınırı (ailenin yıllık net vergiye tabi geliri)
param-maf-income-bracket-2 = Azami fatura: 2. gelir diliminin üst sınırı (ailenin yıllık net vergiye tabi geliri)
param-maf-income-bracket-3 = Azami fatura: 3. gelir diliminin üst sınırı (ailenin yıllık net vergiye tabi geliri)
param-maf-income-bracket-4 = Azami fatura: 4. gelir diliminin üst sınırı (ailenin yıllık net vergiye tabi geliri)
param-maf-income-bracket-5 = Azami fatura: 5. gelir diliminin üst sınırı (ailenin yıllık net vergiye tabi geliri)
param-maf-ceiling-1 = Azami fatura: 1. gelir diliminde yıllık katkı payı sınırı
param-maf-ceiling-2 = Azami fatura: 2. gelir diliminde yıllık katkı payı sınırı
param-maf-ceiling-3 = Azami fatura: 3. gelir diliminde yıllık katkı payı sınırı
param-maf-ceiling-4 = Azami fatura: 4. gelir diliminde yıllık katkı payı sınırı
param-maf-ceiling-5 = Azami fatura: 5. gelir diliminde yıllık katkı payı sınırı
param-maf-ceiling-6 = Azami fatura: 5. gelir diliminin üstünde yıllık katkı payı sınırı
param-maf-ceiling-social = Sosyal azami fatura (artırılmış geri ödemesi olan aileler): yıllık katkı payı sınırı
param-maf-chronic-reduction = Azami fatura: kronik hastalıkta sınırdaki indirim
param-ivt-max-cat-a = IVT A kategorisi: yıllık en yüksek tutar
param-ivt-max-cat-b = IVT B kategorisi: yıllık en yüksek tutar
param-ivt-max-cat-c = IVT C kategorisi: yıllık en yüksek tutar
param-it-max-cat-1 = IT 1. kategori (7 ile 8 puan arası): aylık en yüksek tutar
param-it-max-cat-2 = IT 2. kategori (9 ile 11 puan arası): aylık en yüksek tutar
param-it-max-cat-3 = IT 3. kategori (12 ile 14 puan arası): aylık en yüksek tutar
param-it-max-cat-4 = IT 4. kategori (15 ile 16 puan arası): aylık en yüksek tutar
param-it-max-cat-5 = IT 5. kategori (17 ile 18 puan arası): aylık en yüksek tutar
param-pro-deo-limit-single-full = Ücretsiz avukat, yalnız yaşayan: bu aylık net gelire kadar tamamen ücretsiz
param-pro-deo-limit-single-partial = Ücretsiz avukat, yalnız yaşayan: bu aylık net gelire kadar kısmen ücretsiz
param-pro-deo-limit-family-full = Ücretsiz avukat, bakmakla yükümlü olduğu kişiler olan veya birlikte yaşayan: bu aylık net gelire kadar tamamen ücretsiz
param-pro-deo-limit-family-partial = Ücretsiz avukat, bakmakla yükümlü olduğu kişiler olan veya birlikte yaşayan: bu aylık net gelire kadar kısmen ücretsiz
