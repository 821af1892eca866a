# Legal aid and debt: pro-deoadvocaat, schuldhulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-schuldhulp-summary = Faturalarınızı artık ödeyemiyor musunuz? O zaman OCMW veya CAW (sosyal danışma merkezi) size yardım eder. Tavsiye verirler, bütçenizle ilgili yardım ederler veya borç arabuluculuğu yaparlar. Borç arabuluculuğunda biri, borçlu olduğunuz kişilerle birlikte bir ödeme planı hazırlar.
right-schuldhulp-counter = Borçlarım var ve yardım istiyorum.

right-schuldhulp-reason-already-collective = Toplu borç düzenlemesindesiniz. Hakim, geri ödeme planınızı düzenleyen bir borç arabulucusu atadı. Sorularınız veya ödeyemediğiniz yeni faturalarınız mı var? O zaman hemen borç arabulucunuzla konuşun.
right-schuldhulp-reason-already-mediation = Zaten borç arabuluculuğu alıyorsunuz. Sorularınız veya ödeyemediğiniz yeni faturalarınız mı var? O zaman hemen borç arabulucunuzla konuşun.
right-schuldhulp-reason-already-budget = Zaten bütçe danışmanlığı veya bütçe yönetimi alıyorsunuz. Ödeyemediğiniz yeni faturalarınız mı var? O zaman hemen size yardım eden kişiyle konuşun.
right-schuldhulp-reason-abroad = Belçika'da oturmuyorsunuz. Bu yardım, Belçika'da oturanlar içindir.
right-schuldhulp-reason-arrears = Zamanında ödeyemediğiniz faturalarınız var. OCMW veya CAW size yardım edebilir. Örneğin tavsiye ile, borçlu olduğunuz kişilerle bir anlaşma ile, bütçe danışmanlığı veya bütçe yönetimi ile ya da borç arabuluculuğu ile. Bir görüşmede neyin uygun olduğuna birlikte bakarsınız. Çok beklemeyin: ne kadar erken, o kadar iyi.
right-schuldhulp-otherwise = Borcunuz olmadığını söylediniz. İleride faturalarınızı ödemekte zorlanırsanız, zamanında OCMW'den veya CAW'den yardım isteyin.

right-schuldhulp-unverified-pro-deo = Toplu borç düzenlemesinin veya borç arabuluculuğunun kendiliğinden ücretsiz avukat hakkı verip vermediği henüz kontrol edilmedi.

## Belgeler

document-gezinssamenstelling = Aile durumu belgesi (gezinssamenstelling)
document-gezinssamenstelling-where = Belediyenizden isteyin veya Mijn Burgerprofiel'den indirin.

document-attest-categorie-pro-deo = Sadece leefloon, IGO veya IVT alıyorsanız ya da sosyal konutta kiracıysanız: bununla ilgili bir belge
document-attest-categorie-pro-deo-where = Size ödeme yapan kurumdan isteyin: OCMW, Federale Pensioendienst veya Engelliler Genel Müdürlüğü (DG Personen met een handicap). Sosyal konut kiracısıysanız woonmaatschappij'den (sosyal konut şirketi) bir kira belgesi isteyin.

document-documenten-zaak = Sorununuzla ilgili tüm belgeler: mektuplar, sözleşmeler, kararlar
document-documenten-zaak-where = Elinizdeki her şeyi toplayın. Hiçbir şeyi atmayın.

document-lijst-schulden = Borçlarınızın bir listesi, borçlu olduğunuz kişilerden gelen mektuplarla birlikte
document-lijst-schulden-where = Tüm faturaları, ihtarları ve mektupları toplayın. OCMW veya CAW (sosyal danışma merkezi) listeyi yapmanıza yardım eder.

## Kurumlar

office-bureau-juridische-bijstand = Avukatların Adli Yardım Bürosu (Bureau voor Juridische Bijstand, BJB)
office-bureau-juridische-bijstand-in-person = Adli Yardım Bürosu'na gidin. Büro genellikle bölgenizdeki adliye binasındadır. Zaten bir avukatınız var mı? Bunu sizin için o da isteyebilir.
office-bureau-juridische-bijstand-phone = Adli Yardım Bürosu'nu arayın. Numara, bölgenizdeki avukatların (baronun) internet sitesinde yazar. Numarayı OCMW'ye veya bir CAW'ye (sosyal danışma merkezi) de sorabilirsiniz.

## Parametreler

param-pro-deo-limit-single-full = Ücretsiz avukat, yalnız yaşayan: bu aylık net gelire kadar tamamen ücretsiz
param-pro-deo-limit-single-partial = Ücretsiz avukat, yalnız yaşayan: bu aylık net gelire kadar kısmen ücretsiz
param-pro-deo-limit-family-full = Ücretsiz avukat, bakmakla yükümlü olduğu kişiler olan veya birlikte yaşayan: bu aylık net gelire kadar tamamen ücretsiz
param-pro-deo-limit-family-partial = Ücretsiz avukat, bakmakla yükümlü olduğu kişiler olan veya birlikte yaşayan: bu aylık net gelire kadar kısmen ücretsiz
