# Haklar: right-<id> adıdır, right-<id>-summary sade bir cümledir, right-<id>-counter gişede
# söylenecek cümledir, right-<id>-if-missing (kendiliğinden gelebilen haklar) gelmezse ne
# yapılacağıdır. Sonra hakkın her gerekçe, aksi halde ve kontrol edilmemiş mesajı gelir.
# Burada tutar yoktur: tutarlar parametrelerden gelir.

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
right-equivalent-leefloon-summary = Eşdeğer leefloon, yabancılar kütüğüne kayıtlı olan ve geçinmek için yeterli geliri olmayan yabancılara OCMW'nin verdiği paradır.
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
right-equivalent-leefloon-unverified-temporary-protection = Ukrayna'dan gelenler için geçici koruma 4 Mart 2026'ya kadar uzatılmıştı. Bundan sonra da uzatılıp uzatılmadığı henüz kontrol edilmedi.

## Artırılmış geri ödeme (verhoogde tegemoetkoming)

right-verhoogde-tegemoetkoming = Artırılmış geri ödeme
right-verhoogde-tegemoetkoming-summary = Ziekenfonds'unuzun (sağlık sigortası kurumu) artırılmış geri ödemesi ile doktor ve diğer sağlık hizmetleri için daha az ödersiniz. Başka avantajlar da alırsınız.
right-verhoogde-tegemoetkoming-counter = Artırılmış geri ödeme için başvurmak istiyorum.
right-verhoogde-tegemoetkoming-if-missing = Artırılmış geri ödemeyi kendiliğinden almıyor musunuz? O zaman ödeneğinizi ödeyen kurumdan, örneğin OCMW'den, bir belge isteyin. Bu belgeyi ziekenfonds'unuza verin.

right-verhoogde-tegemoetkoming-reason-already = Zaten artırılmış geri ödeme alıyorsunuz.
right-verhoogde-tegemoetkoming-reason-abroad = Belçika'da oturmuyorsunuz. O zaman bu yardımı bir Belçika ziekenfonds'undan genellikle alamazsınız. Ziekenfonds'unuza sorun.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Yasal oturumu olmayanlar için OCMW'nin acil tıbbi yardımı vardır. Bu; doktor veya hastane yardımı ve ilaçlardır. OCMW'ye sorun.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Sığınmacı olarak tıbbi bakımı kabul merkeziniz aracılığıyla alırsınız: Fedasil veya yerel kabul merkezi (LOI). Kabul merkezinizin sosyal servisine sorun. İleride oturum hakkı alırsanız, artırılmış geri ödemeyi bir ziekenfonds'tan isteyebilirsiniz.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Siz veya ailenizden biri IGO, IVT, IT, yaşlılar için bakım bütçesi veya bir çocuk için bakım ek ödemesi alıyor. O zaman bütün aileniz artırılmış geri ödemeyi kendiliğinden alır. Hiçbir şey yapmanız gerekmez.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Leefloon veya eşdeğer leefloon alıyorsunuz. 3 tam ay sonra ziekenfonds'unuzdan artırılmış geri ödemeyi kendiliğinden alırsınız. Hiçbir şey yapmanız gerekmez.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Muhtemelen leefloon veya eşdeğer leefloon alabilirsiniz. Bunu 3 tam ay alırsanız, artırılmış geri ödeme kendiliğinden gelir. Artırılmış geri ödemeyi şimdiden de ziekenfonds'unuzdan isteyebilirsiniz.
right-verhoogde-tegemoetkoming-reason-request-income = Ailenizin geliri sınırın üstünde değil. Artırılmış geri ödemeyi ziekenfonds'unuzdan isteyin. Bazen ziekenfonds, başvurmanız için size kendisi bir mektup gönderir. Bu mektubu beklemeniz gerekmez.
right-verhoogde-tegemoetkoming-reason-request-current-income = Emeklisiniz, en az 3 aydır iş arıyorsunuz veya çalışamaz durumdasınız, çocuğunu tek başına büyüten bir ebeveynsiniz ya da geçici korumanız var. O zaman son ayın geliri sayılır. Bu gelir sınırın üstünde değil. Artırılmış geri ödemeyi ziekenfonds'unuzdan isteyin.
right-verhoogde-tegemoetkoming-otherwise = Ailenizin geliri sınırdan yüksek görünüyor. Geliriniz şu anda daha mı düşük, örneğin hastalık, işsizlik veya emeklilik yüzünden? O zaman ziekenfonds'unuza danışın.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = 2025 ve 2026 için gelir sınırları henüz kontrol edilmedi. 2024'teki başvurular için geçerli sınırı kullanıyoruz.

## Enerjide sosyal tarife

right-sociaal-tarief-energie = Enerjide sosyal tarife
right-sociaal-tarief-energie-summary = Sosyal tarife ile elektrik, doğalgaz veya ısı için daha düşük bir fiyat ödersiniz.
right-sociaal-tarief-energie-counter = Enerjide sosyal tarifeyi alıp almadığımı öğrenmek istiyorum.
right-sociaal-tarief-energie-if-missing = Sosyal tarifeyi alıp almadığınıza sociaaltarief.economie.fgov.be sitesinden bakın. Orada görünmüyor mu? O zaman ödeneğinizi ödeyen kurumdan (örneğin OCMW'den) bir belge isteyin. Sosyal konutta kiracıysanız belgeyi woonmaatschappij'den (sosyal konut şirketi) de isteyebilirsiniz. Bu belgeyi enerji şirketinize gönderin. Yeni bir sözleşmede bu birkaç ay sürebilir.

right-sociaal-tarief-energie-reason-abroad = Belçika'da oturmuyorsunuz. Sosyal tarife sadece Belçika'daki ev adresiniz için geçerlidir.
right-sociaal-tarief-energie-reason-automatic-benefit = Siz veya ailenizden biri, sosyal tarife hakkı veren bir ödenek alıyor. Sosyal tarife ev adresinize kendiliğinden uygulanır. Hiçbir şey yapmanız gerekmez.
right-sociaal-tarief-energie-reason-automatic-social-tenant = Bütün bina için ortak doğalgaz ısıtması olan bir sosyal konutta kiracısınız. O zaman sosyal tarifeye hakkınız var. Genellikle kendiniz başvurmanız gerekmez.
right-sociaal-tarief-energie-reason-vt-only = 1 Temmuz 2023'ten beri, sadece artırılmış geri ödeme almak enerjide sosyal tarife hakkı vermiyor.
right-sociaal-tarief-energie-otherwise = Sosyal tarife hakkı veren bir ödenek almıyorsunuz. Enerji faturanızı ödemekte zorlanıyor musunuz? O zaman OCMW'den yardım isteyin.

right-sociaal-tarief-energie-unverified-collective-premium = Ortak ısıtması olan bir binada, kendi sözleşmeniz olmadan mı oturuyorsunuz? O zaman 3 Eylül 2024'ten beri bir prim isteyebilirsiniz. Bu primi nereden isteyeceğiniz henüz kontrol edilmedi.
right-sociaal-tarief-energie-unverified-reform = Sosyal tarifeyi gelire göre verme önerisi var. Buna karar verilip verilmediği henüz kontrol edilmedi.

## Isınma yardımı

right-verwarmingstoelage = Isınma yardımı (Sociaal Verwarmingsfonds)
right-verwarmingstoelage-summary = Isınma yardımı; kalorifer yakıtı, ısınma gazyağı veya tankta propan fiyatının bir kısmı için OCMW aracılığıyla aldığınız paradır.
right-verwarmingstoelage-counter = Isınma yardımı için başvurmak istiyorum.
right-verwarmingstoelage-deadline = Yardım için teslimattan sonraki 60 gün içinde başvurun. Teslimat tarihi faturada yazar.

right-verwarmingstoelage-reason-abroad = Belçika'da oturmuyorsunuz. Bu yardım sadece Belçika'da genellikle oturduğunuz ev içindir.
right-verwarmingstoelage-reason-fuel = Isınma yardımı sadece kalorifer yakıtı (mazout), pompadan alınan ısınma gazyağı veya tankta propan içindir. Doğalgaz, elektrik veya tüp gaz için değildir.
right-verwarmingstoelage-reason-vt-alone = Yalnız yaşıyorsunuz ve artırılmış geri ödemeniz var. O zaman OCMW gelirinize bakmaz. Yardımı teslimattan sonraki 60 gün içinde OCMW'den isteyin. Teslimat tarihi faturada yazar.
right-verwarmingstoelage-reason-low-income = Ailenizin geliri sınırın üstünde değil. Yardımı teslimattan sonraki 60 gün içinde OCMW'den isteyin. Teslimat tarihi faturada yazar.
right-verwarmingstoelage-reason-debt = Borç arabuluculuğundasınız veya toplu borç düzenlemesindesiniz. Isınma faturanızı ödeyemiyor musunuz? O zaman bu yardımı alabilirsiniz. Buna OCMW karar verir. Yardım için teslimattan sonraki 60 gün içinde başvurun.
right-verwarmingstoelage-otherwise = Ailenizin geliri sınırdan yüksek görünüyor. Emin değil misiniz? O zaman teslimattan sonraki 60 gün içinde OCMW'ye sorun.

right-verwarmingstoelage-unverified-limit-2025 = 1 Mayıs 2025'ten itibaren geçerli olan gelir sınırı henüz kontrol edilmedi. 1 Şubat 2025'ten itibaren geçerli olan sınırı kullanıyoruz. Bu sınır resmi bir kaynaktan gelmiyor.
right-verwarmingstoelage-unverified-ten-laste = Kimin "bakmakla yükümlü olunan kişi" sayılacağı, o kişinin gelirine bağlıdır. İki kaynak bunun için farklı bir tutar veriyor. Bu henüz kontrol edilmedi.
