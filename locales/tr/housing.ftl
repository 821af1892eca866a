# Housing: huurpremie, huursubsidie, sociale huurwoning.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Flaman kira primi

right-huurpremie = Flaman kira primi
right-huurpremie-summary = Kira primi; özel bir ev sahibinden kiralayan ve uzun süredir sosyal konut bekleyen kişilere Flaman hükümetinin her ay verdiği paradır.
right-huurpremie-counter = 4 yıldır sosyal konut bekleme listesindeyim. Kira primi için başvurmak istiyorum.
right-huurpremie-if-missing = 4 yıldır bekleme listesinde misiniz ve form almadınız mı? O zaman woonmaatschappij'inizle (sosyal konut şirketi) iletişime geçin. Çok beklemeyin: kira primi en fazla 6 ay geriye dönük ödenir.
right-huurpremie-deadline = Formu hızlıca geri gönderin. Kira primi en fazla 6 ay geriye dönük ödenir. Taşınıyor musunuz? O zaman 9 ay içinde yeni belediyenizin woonmaatschappij'ine kayıt olun. Yoksa kira primi durur.

right-huurpremie-reason-brussels = Brüksel'de oturuyorsunuz. Flaman kira primi orada geçerli değildir. Brüksel Bölgesi'nin kira için kendi yardımları vardır. Belediyenizin OCMW'sine sorun.
right-huurpremie-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Flaman kira primi orada geçerli değildir. Valon Bölgesi'nin kendi kuralları vardır. Belediyenizin OCMW'sine (Fransızca: CPAS) danışın.
right-huurpremie-reason-abroad = Belçika'da oturmuyorsunuz. Kira primi, Flaman Bölgesi'ndeki kiralık bir konut içindir.
right-huurpremie-reason-social-tenant = Zaten bir sosyal konutta kiracısınız. Kira primi, özel bir ev sahibinden kiralayan ve sosyal konut bekleyen kişiler içindir.
right-huurpremie-reason-owner = Oturduğunuz evin sahibisiniz. Kira primi sadece kiracı olan ve evi olmayan kişiler içindir.
right-huurpremie-reason-not-private-tenant = Kira primi sadece özel bir ev sahibinden, kendi adına kira sözleşmesiyle ev kiralayan kişiler içindir.
right-huurpremie-reason-waitlist-short = Kira primini ancak 4 yıl boyunca kesintisiz olarak sosyal konut bekleme listesinde olursanız alabilirsiniz. Henüz bekleme listesinde değil misiniz? O zaman woonmaatschappij'e (sosyal konut şirketi) kayıt olun.
right-huurpremie-reason-income = Geliriniz, sosyal konut için olan sınırdan yüksek görünüyor. Bu sınır kira primi için de geçerlidir. Wonen in Vlaanderen, son vergi hesap belgenize (aanslagbiljet) bakar. Emin değil misiniz? Flaman bilgi hattı 1700'ü arayın.
right-huurpremie-reason-proactive = Özel bir ev sahibinden kiralıyorsunuz ve 4 yıl veya daha uzun süredir sosyal konut bekleme listesindesiniz. O zaman Wonen in Vlaanderen normalde size kendiliğinden sarı etiketli bir başvuru formu gönderir. Formu doldurun ve kira sözleşmenizin bir kopyasıyla geri gönderin. Form almadınız mı? O zaman woonmaatschappij'inizle (sosyal konut şirketi) iletişime geçin. Çok beklemeyin: kira primi en fazla 6 ay geriye dönük ödenir. Dikkat: kira sözleşmesi sizin adınıza olmalı ve o adreste kayıtlı olmalısınız. Aynı adreste oturan bir akrabanızdan, örneğin annenizden, babanızdan, büyükanne veya büyükbabanızdan, erkek veya kız kardeşinizden kiralayamazsınız. Bir sosyal konut aldığınızda veya size uygun bir sosyal konutu reddettiğinizde kira primi durur.
right-huurpremie-otherwise = Kira primine hakkınız yok gibi görünüyor. Emin değil misiniz? Flaman bilgi hattı 1700'ü arayın.

right-huurpremie-unverified-amounts = 2025 ve 2026 için kira primi tutarları ve en yüksek kira henüz kontrol edilmedi. 2024 tutarlarını ve 2023'teki en yüksek kirayı biliyoruz.
right-huurpremie-unverified-conformity = Kasım 2023'ten beri evinizin uygun durumda olduğunu kanıtlamanız gerekmiyor. Kira primi sadece eviniz uygunsuz, oturulamaz veya aşırı kalabalık ilan edildiyse reddedilir. Bu bilgi bir gazeteden geliyor ve henüz resmi bir kaynaktan kontrol edilmedi.

## Flaman kira yardımı

right-huursubsidie = Flaman kira yardımı (huursubsidie)
right-huursubsidie-summary = Kira yardımı; daha iyi veya size uygun bir kiralık eve taşındığınızda ya da daha önce eviniz yoktuysa, Flaman hükümetinin her ay verdiği paradır.
right-huursubsidie-counter = Kiralık bir konuta taşındım. Kira yardımı için başvurmak istiyorum.
right-huursubsidie-deadline = Kira yardımı için, yeni kira sözleşmenizin başlangıcından sonra en geç 9 ay içinde başvurun.

right-huursubsidie-reason-brussels = Brüksel'de oturuyorsunuz. Flaman kira yardımı orada geçerli değildir. Brüksel Bölgesi'nin kira için kendi yardımları vardır. Belediyenizin OCMW'sine sorun.
right-huursubsidie-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Flaman kira yardımı orada geçerli değildir. Valon Bölgesi'nin kendi kuralları vardır. Belediyenizin OCMW'sine (Fransızca: CPAS) danışın.
right-huursubsidie-reason-abroad = Belçika'da oturmuyorsunuz. Kira yardımı, Flaman Bölgesi'ndeki kiralık bir konut içindir.
right-huursubsidie-reason-owner = Bir evin sahibisiniz. O zaman genellikle kira yardımı alamazsınız. İstisnalar vardır. Flaman bilgi hattı 1700'den sorun.
right-huursubsidie-reason-social-tenant = Sosyal konutta kiracısınız. Doğrudan bir woonmaatschappij'den, belediyeden veya OCMW'den kiralayanlar kira yardımı alamaz. Bir sosyal kiralama bürosu (SVK) aracılığıyla mı kiralıyorsunuz ve ev özel bir ev sahibine mi ait? Oraya yeni mi taşındınız? O zaman yine de woonmaatschappij'e veya Flaman bilgi hattı 1700'e kira yardımını sorun.
right-huursubsidie-reason-care-home = Huzurevinde (woonzorgcentrum) oturuyorsunuz. Kira yardımı, ev kiralayan kişiler içindir.
right-huursubsidie-reason-homeless = Sabit bir adresiniz yok ve geliriniz sınırın üstünde değil. Kiralık bir ev buldunuz mu? O zaman Wonen in Vlaanderen'den kira yardımı isteyebilirsiniz. Bunu, kira sözleşmenizin başlangıcından sonra en geç 9 ay içinde yapın. O zaman bir kez de yerleşme primi alırsınız. 25 yaşından küçük müsünüz? O zaman şu anki kendi gelirinizi gösterirsiniz. Kararı Wonen in Vlaanderen verir.
right-huursubsidie-reason-moved = Kira yardımı sadece şu durumlardan birinde taşındıysanız verilir: uygunsuz, oturulamaz veya çok küçük bir evden iyi bir eve; yaşınıza veya engelinize uygun olmayan bir evden size uygun hale getirilmiş bir eve; bir sosyal kiralama bürosunun (SVK) evine; veya sabit bir adresiniz yokken bir eve. Sizin durumunuz böyle mi? O zaman kira yardımı için, yeni kira sözleşmenizin başlangıcından sonra en geç 9 ay içinde başvurun. Kararı Wonen in Vlaanderen verir.
right-huursubsidie-otherwise = Geliriniz kira desteği sınırından yüksek görünüyor. 2024 sınırını kullanıyoruz. Şimdi biraz daha yüksek olabilir. Emin değil misiniz? Flaman bilgi hattı 1700'den öğrenin.

right-huursubsidie-unverified-limits = Kullandığımız gelir sınırları 2024'te sosyal konut için geçerli olan sınırlardır. Kira desteğinin aynı sınırlara sahip olduğu önceki yıllardan çıkarılmıştır ve henüz kontrol edilmemiştir. 2025 ve 2026 sınırları henüz bulunamadı.
right-huursubsidie-unverified-waitlist = Eskiden 6 ay içinde sosyal konut bekleme listesine kayıt olmanız gerekiyordu. Bu kural Eylül 2023'te kaldırıldı. Bunun hangi tarihten beri geçerli olduğu henüz kontrol edilmedi.

## Sosyal kiralık konut için kayıt

right-sociale-huurwoning = Sosyal kiralık konut için kayıt
right-sociale-huurwoning-summary = Woonmaatschappij'de (sosyal konut şirketi) sosyal konut bekleme listesine kayıt olabilirsiniz. Sosyal konut, kirası daha düşük olan kiralık bir evdir.
right-sociale-huurwoning-counter = Sosyal konut için kayıt olmak istiyorum.

right-sociale-huurwoning-reason-brussels = Brüksel'de oturuyorsunuz. Flaman woonmaatschappij'leri Flaman Bölgesi'nde ev kiralar. Brüksel'de sosyal konut için Brüksel Bölgesel Konut Şirketi (BGHM) yetkilidir. Belediyenizin OCMW'sine danışın. Flaman Bölgesi'ne taşınmak mı istiyorsunuz? O zaman oradaki bir woonmaatschappij'e kayıt olup olamayacağınızı sorun.
right-sociale-huurwoning-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Flaman woonmaatschappij'leri Flaman Bölgesi'nde ev kiralar. Valon Bölgesi'nde Valon Bölgesi'nin kuralları geçerlidir. Belediyenizin OCMW'sine (Fransızca: CPAS) danışın. Flaman Bölgesi'ne taşınmak mı istiyorsunuz? O zaman oradaki bir woonmaatschappij'e kayıt olup olamayacağınızı sorun.
right-sociale-huurwoning-reason-abroad = Belçika'da oturmuyorsunuz. Kayıt olmak için bir Belçika belediyesinde, nüfus kütüğüne veya yabancılar kütüğüne kayıtlı olmanız gerekir.
right-sociale-huurwoning-reason-already-tenant = Zaten bir sosyal konutta kiracısınız.
right-sociale-huurwoning-reason-already-waitlist = Zaten sosyal konut bekleme listesindesiniz. Özel bir ev sahibinden mi kiralıyorsunuz ve 4 yıldır kesintisiz olarak listede misiniz? O zaman kira primi alabilirsiniz.
right-sociale-huurwoning-reason-owner = Bir evin sahibisiniz. O zaman genellikle kayıt olamazsınız. İstisnalar vardır, örneğin bir miras durumunda veya eski partnerinizle birlikte sahip olduğunuz bir evde. Woonmaatschappij'e sorun.
right-sociale-huurwoning-reason-minor = 18 yaşından küçüksünüz. O zaman genellikle kayıt olamazsınız. Bazen olabilir, örneğin destekle bağımsız yaşıyorsanız. Woonmaatschappij'e sorun.
right-sociale-huurwoning-reason-asylum-seeker = Sığınmacı olarak bekleme kütüğündesiniz (wachtregister). Bu, kayıt olmak için yeterli değildir. Nüfus kütüğünde veya yabancılar kütüğünde olmanız gerekir.
right-sociale-huurwoning-reason-no-legal-stay = Yasal oturumunuz olmadan kayıt olamazsınız. Nüfus kütüğünde veya yabancılar kütüğünde olmanız gerekir. OCMW'ye danışın.
right-sociale-huurwoning-reason-homeless = Sabit bir adresiniz yok ve geliriniz sınırın üstünde değil. Yine de woonmaatschappij'e (sosyal konut şirketi) kayıt olabilirsiniz. Adresiniz yok mu? O zaman OCMW'den bir referans adres isteyin. Birikimleriniz de gelir sınırından yüksek olmamalı. Zaten bekleme listesinde misiniz? O zaman hiçbir şey yapmanız gerekmez.
right-sociale-huurwoning-reason-income = Geliriniz sınırın üstünde değil. Woonmaatschappij'e (sosyal konut şirketi) kayıt olabilirsiniz. Birikimleriniz de gelir sınırından yüksek olmamalı. Yurt dışında bile olsa, bir eviniz veya arsanız olmamalı. Zaten bekleme listesinde misiniz? O zaman hiçbir şey yapmanız gerekmez. İleride bir sosyal konut kiralarsanız, 2 yıl içinde biraz Hollandaca bilmeniz gerekir (A2 seviyesi). Bu, kayıt olmak için bir şart değildir.
right-sociale-huurwoning-reason-current-income = Şu anki geliriniz sınırın üstünde değil. Son vergi hesap belgenizdeki (aanslagbiljet) geliriniz daha mı yüksekti? O zaman woonmaatschappij son 3 aydaki gelirinize bakar. Bunun belgelerini yanınıza alın. Birikimleriniz de gelir sınırından yüksek olmamalı. Yurt dışında bile olsa, bir eviniz veya arsanız olmamalı. Zaten bekleme listesinde misiniz? O zaman hiçbir şey yapmanız gerekmez.
right-sociale-huurwoning-reason-collective-settlement = Toplu borç düzenlemesindesiniz. O zaman woonmaatschappij, şu anda gerçekten elinizde kalan paraya bakar. Kayıt olabilirsiniz. Borç düzenlemenizle ilgili kararı yanınıza alın.
right-sociale-huurwoning-reason-budget-management = Bütçe rehberliği veya bütçe yönetimi alıyorsunuz. O zaman konut şirketi şu anda elinizde gerçekten kalan paraya bakar. Kaydolabilirsiniz. Bütçe rehberliği veya bütçe yönetimi sözleşmenizi götürün.
right-sociale-huurwoning-reason-household = Bir partnerle veya çocuklarla değil, ama başka yetişkinlerle yaşıyorsunuz. Geliriniz, yalnız biri için olan sınırdan yüksek. Ama bir aile için olan sınırdan düşük. Hangi sınırın geçerli olduğu, sizinle birlikte kimin taşınacağına bağlıdır. Buna woonmaatschappij karar verir.
right-sociale-huurwoning-otherwise = Geliriniz sosyal konut sınırından yüksek görünüyor. Geliriniz şu anda daha mı düşük? O zaman woonmaatschappij son 3 aydaki gelirinize bakar. Woonmaatschappij'e sorun.

right-sociale-huurwoning-unverified-language = 2024'te, sosyal konutta kiracı olanların daha iyi Hollandaca bilmesi gerektiği duyuruldu (B1 seviyesi). Bunun şimdiden geçerli olup olmadığı henüz kontrol edilmedi.
right-sociale-huurwoning-unverified-policy-2025 = 1 Ocak 2025'ten beri yeni kurallar olabilir: çalışan adaylara öncelik ve 9 yıllık yeni kira sözleşmeleri. Bu bilgi bir gazeteden geliyor ve henüz resmi bir kaynaktan kontrol edilmedi.

## Belgeler

document-aanvraagformulier-huurpremie = Postayla aldığınız kira primi başvuru formu (sarı etiketli)
document-aanvraagformulier-huurpremie-where = Wonen in Vlaanderen bunu size kendiliğinden gönderir. Almadınız mı? O zaman woonmaatschappij'inizle (sosyal konut şirketi) iletişime geçin.

document-aanvraagformulier-huursubsidie = Kira yardımı başvuru formu
document-aanvraagformulier-huursubsidie-where = Kira yardımı için internetten başvurabilirsiniz. Kâğıt üzerinde de olur: formu Flaman bilgi hattı 1700'den isteyin veya belediyenizin konut danışma gişesinden (woonloket) ya da OCMW'den yardım isteyin.

document-medisch-attest-huursubsidie = Sadece 65 yaşında veya daha büyükseniz ya da engeliniz varsa: bir doktor raporu
document-medisch-attest-huursubsidie-where = Wonen in Vlaanderen'in hangi raporu istediğini ve raporu kimin doldurması gerektiğini Flaman bilgi hattı 1700'den sorun.

document-attest-handicap = Sadece engel durumunda: engelinizin tanındığını gösteren bir belge
document-attest-handicap-where = Bunu genellikle FOD Sociale Zekerheid, Engelliler Genel Müdürlüğü'nden (DG Personen met een handicap) istersiniz (0800 987 99'u arayın). Belgeyi teslim edeceğiniz yerde hangi belgeyi kabul ettiklerini sorun.

document-attest-groeipakket-volwassen-kind = Sadece sizinle yaşayan ve hâlâ Groeipakket aldığınız yetişkin bir çocuğunuz varsa: bununla ilgili bir belge
document-attest-groeipakket-volwassen-kind-where = Groeipakket ödeme kurumunuzdan isteyin, örneğin FONS, Infino, KidsLife, MyFamily veya Parentia.

document-vonnis-verblijfsregeling-kinderen = Sadece çocuklarınız diğer ebeveynle de yaşıyorsa: çocukların nerede yaşayacağına dair mahkeme kararı veya anlaşma (ortak velayet veya görüşme hakkı)
document-vonnis-verblijfsregeling-kinderen-where = Bunu mahkemeden veya avukatınızdan almıştınız. Kaybettiniz mi? Avukatınızdan veya mahkemeden bir kopya isteyin.

document-inschrijvingsformulier-woonmaatschappij = Woonmaatschappij'in kayıt formu
document-inschrijvingsformulier-woonmaatschappij-where = Bu formu woonmaatschappij'den alırsınız. Bir partnerle mi yaşıyorsunuz? O zaman partneriniz de imzalar.

document-verklaring-geen-eigendom = Eviniz veya arsanız olmadığına dair şeref sözü ile yazılı beyan
document-verklaring-geen-eigendom-where = Formu woonmaatschappij'den isteyin.

document-overeenkomst-budgetbeheer = Sadece bütçe yönetiminde: bütçe yönetiminizle ilgili sözleşme veya karar
document-overeenkomst-budgetbeheer-where = Bütçenizi yöneten OCMW'den veya CAW'den bir kopya isteyin.

document-ongeschiktheidsverklaring = Sadece eviniz uygunsuz veya oturulamaz ilan edildiyse: bununla ilgili karar
document-ongeschiktheidsverklaring-where = Bu kararı belediyenizden almıştınız. Kaybettiniz mi? Belediyenizden bir kopya isteyin.

## Kurumlar

office-woonmaatschappij = Belediyenizdeki woonmaatschappij (sosyal konut şirketi)
office-woonmaatschappij-in-person = Woonmaatschappij'e gidin. Kayıt çoğu zaman sadece belli zamanlarda yapılabilir. Belediyenizde hangi woonmaatschappij'in çalıştığını belediyeniz veya OCMW bilir.
office-woonmaatschappij-phone = Woonmaatschappij'i arayın. Numara, woonmaatschappij'in veya belediyenizin internet sitesinde yazar.
office-woonmaatschappij-letter = Mektupla veya e-postayla da kayıt olabilirsiniz.

office-wonen-in-vlaanderen = Wonen in Vlaanderen (Flaman hükümeti konut kurumu)
office-wonen-in-vlaanderen-letter = Doldurduğunuz formu postayla Wonen in Vlaanderen'e geri gönderin.
office-wonen-in-vlaanderen-online = Bu internet sitesinde daha fazla bilgi bulursunuz. Kira yardımı için internetten de başvurabilirsiniz.
office-wonen-in-vlaanderen-phone = Kira primi veya kira yardımı ile ilgili sorularınız için Flaman bilgi hattını (Vlaamse infolijn) arayın.
office-wonen-in-vlaanderen-in-person = Formu doldurmak için yardım mı lazım? Belediyenizin konut danışma gişesine (woonloket) veya OCMW'ye gidin.

## Parametreler

param-sh-income-limit-single = Sosyal kiralık konut ve kira primi: yalnız yaşayan biri için yıllık gelir sınırı (vergiye tabi)
param-sh-income-limit-single-handicap = Sosyal kiralık konut ve kira primi: engelli ve yalnız yaşayan biri için yıllık gelir sınırı (vergiye tabi)
param-sh-income-limit-family = Sosyal kiralık konut ve kira primi: diğerleri için, bakmakla yükümlü olunan kişi olmadan, yıllık gelir sınırı (vergiye tabi)
param-sh-income-limit-extra-person = Sosyal kiralık konut ve kira primi: bakmakla yükümlü olunan her kişi için gelir sınırındaki artış
param-hs-income-limit-single = Kira yardımı: yalnız yaşayan biri için yıllık gelir sınırı (vergiye tabi)
param-hs-income-limit-single-handicap = Kira yardımı: engelli ve yalnız yaşayan biri için yıllık gelir sınırı (vergiye tabi)
param-hs-income-limit-family = Kira yardımı: diğerleri için, bakmakla yükümlü olunan kişi olmadan, yıllık gelir sınırı (vergiye tabi)
param-hs-income-limit-extra-person = Kira yardımı: bakmakla yükümlü olunan her kişi için gelir sınırındaki artış
param-huurpremie-max = Kira primi ve kira yardımı: aylık en yüksek tutar
param-huurpremie-max-extra-person = Kira primi ve kira yardımı: bakmakla yükümlü olunan her kişi için en yüksek tutardaki artış (en fazla 4 kişi için)
param-huurpremie-max-certain-municipalities = Kira primi ve kira yardımı: bazı belediyelerde aylık en yüksek tutar
param-huurpremie-max-extra-person-certain-municipalities = Kira primi ve kira yardımı: bazı belediyelerde bakmakla yükümlü olunan her kişi için en yüksek tutardaki artış
param-huurpremie-max-rent = Kira primi: müstakil bir konut için aylık en yüksek kira (bakmakla yükümlü olunan her kişi için daha yüksek)
param-huurpremie-max-rent-certain-municipalities = Kira primi: bazı belediyelerde müstakil bir konut için aylık en yüksek kira
param-huurpremie-max-rent-room = Kira primi: bir oda için aylık en yüksek kira

# Issue 13: the middelentoets with the savings fact
right-sociale-huurwoning-reason-savings = Birikimleriniz sosyal konut için gelir sınırından yüksek. O zaman kaydolamazsınız. Bu kural 1 Ocak 2024'ten beri geçerlidir. Birikimleriniz azaldı mı? O zaman konut şirketine (woonmaatschappij) yeniden sorun.

# Issue 13: huursubsidie decided by the recent-move fact
right-huursubsidie-reason-moved-request = Kira desteği (huursubsidie) hakkı veren bir nedenle taşındınız veya taşınacaksınız. Geliriniz sınırdan yüksek değil. Kira desteğini yeni kira sözleşmeniz başladıktan en geç 9 ay sonrasına kadar Wonen in Vlaanderen'den isteyin. O zaman bir kez de yerleşme primi alırsınız. Kararı Wonen in Vlaanderen verir.
right-huursubsidie-reason-no-move = Kira desteği yalnızca şu nedenlerden biriyle taşındıktan sonra verilir: kötü veya çok küçük bir evden, yaşınıza veya engelinize uygun olmayan bir evden, bir sosyal kiralama ajansının (SVK) evine veya sabit bir eviniz olmadıktan sonra. Daha sonra böyle bir nedenle taşınırsanız başvurabilirsiniz.

# Issue 13: OCMW hulp bij de huurwaarborg
right-ocmw-huurwaarborg = Kira depozitosu için OCMW yardımı
right-ocmw-huurwaarborg-summary = OCMW, yeni bir kiralık ev için kira depozitosunda (huurwaarborg) size yardım edebilir; örneğin OCMW'nin depozitoyu garanti ettiği, ev sahibine yazılmış bir mektupla.
right-ocmw-huurwaarborg-counter = Kira depozitom için OCMW'den yardım istemek istiyorum.
right-ocmw-huurwaarborg-reason-housing = Kira depozitosu yardımı, özel bir ev sahibinden ev kiralayacak kişiler içindir. Sizin konut durumunuzda buna gerek yok.
right-ocmw-huurwaarborg-reason-moving = Ev arıyorsunuz veya taşınıyorsunuz ve geliriniz düşük. OCMW kira depozitosunda yardım edebilir: ev sahibine bir garanti mektubu, bir banka garantisi veya geri ödeyeceğiniz bir avansla. Mümkünse kira sözleşmesini imzalamadan önce OCMW'ye gidin. Kararı OCMW verir.
right-ocmw-huurwaarborg-reason-no-move = Taşınmıyorsunuz. Kira depozitosu yardımı yeni bir ev kiraladığınızda vardır. Daha sonra taşınacak mısınız? O zaman OCMW'ye sorun.
right-ocmw-huurwaarborg-otherwise = Geliriniz düşük görünmüyor. Yine de kira depozitosunu ödeyemiyor musunuz? OCMW'den tavsiye isteyin.

# Issue 13: Mijn VerbouwPremie
right-mijn-verbouwpremie = Mijn VerbouwPremie (düşük gelirde en yüksek tadilat primi)
right-mijn-verbouwpremie-summary = Mijn VerbouwPremie, evinizi tadil ettiğinizde Flaman hükümetinden gelen paradır. Düşük gelirle en yüksek primi alırsınız.
right-mijn-verbouwpremie-counter = Mijn VerbouwPremie için başvurmak istiyorum.
right-mijn-verbouwpremie-reason-outside-flanders = Flanders'ta oturmuyorsunuz. Mijn VerbouwPremie Flanders'taki evler içindir.
right-mijn-verbouwpremie-reason-not-owner = Mijn VerbouwPremie daha çok kendi evinde oturan ev sahipleri içindir. Kiracı mısınız? O zaman ev sahibinize iş yaptırıp yaptırmayacağını sorun.
right-mijn-verbouwpremie-reason-low-income = Kendi evinizde oturuyorsunuz ve geliriniz düşük. Evinizi, örneğin çatıyı, pencereleri veya ısıtmayı tadil edecek misiniz? O zaman muhtemelen en yüksek primi alırsınız. Belediyenizin konut gişesinden (woonloket) veya Flaman bilgi hattı 1700'den bilgi isteyin.
right-mijn-verbouwpremie-reason-near-limit = Geliriniz en yüksek prim sınırına yakın. Bu sınır bakmakla yükümlü olduğunuz kişi sayısına bağlıdır. Flaman bilgi hattı 1700'den öğrenin.
right-mijn-verbouwpremie-otherwise = Geliriniz en yüksek prim sınırından yüksek görünüyor. Yine de daha düşük bir prim alabilirsiniz. Flaman bilgi hattı 1700'den öğrenin.
right-mijn-verbouwpremie-unverified-limits = Gelir sınırları Flaman hükümetinin kendisinden değil, Ekim 2022 tarihli bir sayfadan gelir. Şimdi muhtemelen daha yüksektir.
param-mvp-income-limit-single = Mijn VerbouwPremie, en düşük gelir kategorisi: yalnız yaşayan biri için sınır
param-mvp-income-limit-family = Mijn VerbouwPremie, en düşük gelir kategorisi: bir çift veya bakmakla yükümlü olduğu bir kişi olan yalnız biri için sınır
param-mvp-income-limit-extra-person = Mijn VerbouwPremie, en düşük gelir kategorisi: bakmakla yükümlü her ek kişi için artış
