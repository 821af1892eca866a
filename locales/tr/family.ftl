# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket: başlangıç ödemesi

right-groeipakket-startbedrag = Groeipakket başlangıç ödemesi
right-groeipakket-startbedrag-summary = Başlangıç ödemesi, bir çocuk doğduğunda veya evlat edinildiğinde Groeipakket'ten (çocuk parası) bir kez aldığınız paradır.
right-groeipakket-startbedrag-counter = Groeipakket başlangıç ödemesi için başvurmak istiyorum.
right-groeipakket-startbedrag-if-missing = Doğum bildiriminden sonra başlangıç ödemesini almadınız mı? O zaman Groeipakket ödeme kurumunuzla iletişime geçin. Hiç ödeme kurumu seçmediniz mi? O zaman FONS ile iletişime geçin.
right-groeipakket-startbedrag-deadline = Başlangıç ödemesini, beklenen doğumdan yaklaşık 4 ay önceden başlayarak doğumdan sonraki 5 yıla kadar isteyebilirsiniz.

right-groeipakket-startbedrag-reason-brussels = Brüksel'de oturuyorsunuz. Orada Flaman Groeipakket'i değil, doğumda da Brüksel çocuk parası (kinderbijslag) alırsınız. Bunu Iriscare düzenler. Parayı bir Brüksel ödeme kurumu aracılığıyla alırsınız, örneğin Famiris.
right-groeipakket-startbedrag-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Orada Flaman Groeipakket'i değil, doğumda da Valon çocuk parası (allocations familiales) alırsınız. Bunu AVIQ düzenler. Parayı bir Valon ödeme kurumu aracılığıyla alırsınız, örneğin FAMIWAL. Almanca konuşan toplulukta çocuk parasını bu topluluk kendisi düzenler.
right-groeipakket-startbedrag-reason-abroad = Belçika'da oturmuyorsunuz. Groeipakket, Flaman Bölgesi'nde yaşayan çocuklar içindir. Siz veya partneriniz Belçika'da mı çalışıyorsunuz? O zaman yine de hakkınız olup olmadığını bir Groeipakket ödeme kurumuna, örneğin FONS'a sorun.
right-groeipakket-startbedrag-reason-residence = Groeipakket, Flaman Bölgesi'nde yaşayan çocuklar içindir. Sizin oturum durumunuzla çocuğunuzun buna hakkı olup olmadığı kesin değil. Buna ödeme kurumu karar verir. FONS'a veya OCMW'ye sorun.
right-groeipakket-startbedrag-reason-expecting = Bir bebek bekliyorsunuz. Doğumdan sonra bebek belediyeye bildirilir. Sonra Groeipakket ödeme kurumu başlangıç ödemesini kendiliğinden öder. Parayı doğumdan önce mi istiyorsunuz? O zaman beklenen tarihten yaklaşık 4 ay önceden başlayarak, doktorunuzdan bir belgeyle kendiniz başvurun. Parayı o zaman en erken doğumdan 2 ay önce alırsınız.
right-groeipakket-startbedrag-otherwise = Başlangıç ödemesi, bir çocuğun doğumu veya evlat edinilmesi içindir. Çocuğunuz son 5 yıl içinde mi doğdu veya evlat edinildi ve henüz başlangıç ödemesi almadınız mı? O zaman Groeipakket ödeme kurumunuzdan isteyin.

right-groeipakket-startbedrag-unverified-amount = Başlangıç ödemesi her yıl Eylül'de yüzde 2 artar. Eylül 2024'ten itibaren geçerli tutarlar henüz kontrol edilmedi. Eylül 2023 tutarını gösteriyoruz.

## Groeipakket: temel ödeme

right-groeipakket-basisbedrag = Groeipakket temel ödemesi
right-groeipakket-basisbedrag-summary = Temel ödeme, her çocuk için Groeipakket'ten (çocuk parası) her ay aldığınız paradır.
right-groeipakket-basisbedrag-counter = Çocuklarım için Groeipakket alıp almadığımı öğrenmek istiyorum.
right-groeipakket-basisbedrag-if-missing = Groeipakket almıyor musunuz? O zaman ödeme kurumunuzla iletişime geçin. Ödeme kurumunuzun hangisi olduğunu bilmiyor musunuz veya hiç ödeme kurumu seçmediniz mi? O zaman FONS ile iletişime geçin. Huis van het Kind'den veya OCMW'den de yardım isteyebilirsiniz.

right-groeipakket-basisbedrag-reason-brussels = Brüksel'de oturuyorsunuz. Orada Flaman Groeipakket'i değil, Brüksel çocuk parası (kinderbijslag) alırsınız. Bunu Iriscare düzenler. Parayı bir Brüksel ödeme kurumu aracılığıyla alırsınız, örneğin Famiris.
right-groeipakket-basisbedrag-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Orada Flaman Groeipakket'i değil, Valon çocuk parası (allocations familiales) alırsınız. Bunu AVIQ düzenler. Parayı bir Valon ödeme kurumu aracılığıyla alırsınız, örneğin FAMIWAL. Almanca konuşan toplulukta çocuk parasını bu topluluk kendisi düzenler.
right-groeipakket-basisbedrag-reason-abroad = Belçika'da oturmuyorsunuz. Groeipakket, Flaman Bölgesi'nde yaşayan çocuklar içindir. Siz veya partneriniz Belçika'da mı çalışıyorsunuz? O zaman yine de hakkınız olup olmadığını bir Groeipakket ödeme kurumuna, örneğin FONS'a sorun.
right-groeipakket-basisbedrag-reason-already = Çocuklarınız için zaten Groeipakket alıyorsunuz. Hiçbir şey yapmanız gerekmez. Her yıl Ağustos'ta kendiliğinden bir okul bonusu da alırsınız.
right-groeipakket-basisbedrag-reason-residence = Groeipakket, Flaman Bölgesi'nde yaşayan çocuklar içindir. Sizin oturum durumunuzla çocuklarınızın buna hakkı olup olmadığı kesin değil. Buna ödeme kurumu karar verir. FONS'a veya OCMW'ye sorun.
right-groeipakket-basisbedrag-reason-school-children = Bir çocuğunuz okula gidiyor. Flaman Bölgesi'nde yaşayan her çocuk için Groeipakket'i kendiliğinden alırsınız. Çocuğun 18 yaşına girdiği aya kadar hiçbir şart yoktur. 2019'dan önce doğan çocuklar için eski tutarlar geçerlidir. Her yıl Ağustos'ta kendiliğinden bir okul bonusu da alırsınız.
right-groeipakket-basisbedrag-reason-children = Flaman Bölgesi'nde yaşayan her çocuk için Groeipakket'i kendiliğinden alırsınız. Çocuğun 18 yaşına girdiği aya kadar hiçbir şart yoktur. 2019'dan önce doğan çocuklar için eski tutarlar geçerlidir.
right-groeipakket-basisbedrag-reason-expecting = Bir bebek bekliyorsunuz. Doğumdan sonra temel ödemeyi her ay kendiliğinden alırsınız. Başlangıç ödemesi ödenir ödenmez başlar.
right-groeipakket-basisbedrag-otherwise = Sizinle yaşayan çocuk yok. Groeipakket çocuklar içindir. Yine de Flaman Bölgesi'nde yaşayan bir çocuğa bakıyor musunuz? O zaman FONS'a sorun.

right-groeipakket-basisbedrag-unverified-amount = Temel ödeme her yıl Eylül'de yüzde 2 artar. Eylül 2024'ten itibaren geçerli tutarlar henüz kontrol edilmedi. Eylül 2023 tutarını gösteriyoruz.

## Groeipakket: sosyal ek ödeme

right-groeipakket-sociale-toeslag = Groeipakket sosyal ek ödemesi
right-groeipakket-sociale-toeslag-summary = Sosyal ek ödeme, geliri düşük ailelere Groeipakket'ten (çocuk parası) verilen ek paradır.
right-groeipakket-sociale-toeslag-counter = Groeipakket sosyal ek ödemesini alıp almadığımı öğrenmek istiyorum.
right-groeipakket-sociale-toeslag-if-missing = Geliriniz düşük olduğu halde sosyal ek ödemeyi almıyor musunuz? O zaman Groeipakket ödeme kurumunuza sorun. Geliriniz yeni mi düştü? O zaman geliriniz 6 ay art arda düşük olduğunda ek ödemeyi isteyebilirsiniz.

right-groeipakket-sociale-toeslag-reason-brussels = Brüksel'de oturuyorsunuz. Orada Flaman Groeipakket'i almazsınız. Brüksel çocuk parasının (kinderbijslag) geliri düşük aileler için kendi ek ödemeleri vardır. Brüksel'deki ödeme kurumunuza sorun, örneğin Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Orada Flaman Groeipakket'i almazsınız. Valon çocuk parasının (allocations familiales) geliri düşük aileler için kendi ek ödemeleri vardır. Valon Bölgesi'ndeki ödeme kurumunuza sorun, örneğin FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = Belçika'da oturmuyorsunuz. Sosyal ek ödeme Groeipakket'in bir parçasıdır. Groeipakket, Flaman Bölgesi'nde yaşayan çocuklar içindir.
right-groeipakket-sociale-toeslag-reason-residence = Sosyal ek ödeme Groeipakket'in bir parçasıdır. Groeipakket, Flaman Bölgesi'nde yaşayan çocuklar içindir. Sizin oturum durumunuzla çocuklarınızın buna hakkı olup olmadığı kesin değil. Buna ödeme kurumu karar verir. FONS'a veya OCMW'ye sorun.
right-groeipakket-sociale-toeslag-reason-no-children = Sizinle yaşayan çocuk yok. Sosyal ek ödeme, çocuklar için Groeipakket'e eklenen paradır.
right-groeipakket-sociale-toeslag-reason-automatic = Son vergi hesap belgenizde (aanslagbiljet) ailenizin geliri sınırın üstünde değil. O zaman sosyal ek ödemeyi Groeipakket'e ek olarak kendiliğinden alırsınız. Ödeme kurumunuz bunu her yıl, 1 Eylül ile 31 Ağustos arasındaki dönem için kendisi kontrol eder.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = En az 3 çocuğunuz var ve en az bir çocuğunuz 2019'da veya daha sonra doğdu ya da henüz doğacak. O zaman daha yüksek bir gelir sınırı geçerlidir. Son vergi hesap belgenizde (aanslagbiljet) ailenizin geliri bu sınırın üstünde değil. O zaman sosyal ek ödemeyi Groeipakket'e ek olarak kendiliğinden alırsınız.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = En az 3 çocuğunuz var. En az bir çocuğunuz 2019'da veya daha sonra doğduysa, daha yüksek bir gelir sınırı geçerlidir. Ailenizin geliri bu yüksek sınırın üstünde değil. Çocuklarınızdan biri 2019'da veya daha sonra mı doğdu? O zaman sosyal ek ödemeyi muhtemelen kendiliğinden alırsınız. Ödeme kurumunuza sorun.
right-groeipakket-sociale-toeslag-reason-request-income-fell = Son vergi hesap belgeniz (aanslagbiljet) sınırdan yüksek bir gelir gösteriyor, ama şu anki geliriniz daha düşük. Geliriniz en az 6 aydır art arda bu kadar düşük mü? O zaman sosyal ek ödemeyi ödeme kurumunuzdan isteyebilirsiniz. O zaman şu anda ne kadar kazandığınızı kanıtlamanız gerekir. Ödeme kurumu bunu hesaplar.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = En az 3 çocuğunuz var ve en az bir çocuğunuz 2019'da veya daha sonra doğdu ya da henüz doğacak. O zaman daha yüksek bir gelir sınırı geçerlidir. Son vergi hesap belgeniz (aanslagbiljet) bu sınırdan yüksek bir gelir gösteriyor, ama şu anki geliriniz daha düşük. Geliriniz en az 6 aydır art arda bu kadar düşük mü? O zaman sosyal ek ödemeyi ödeme kurumunuzdan isteyebilirsiniz. O zaman şu anda ne kadar kazandığınızı kanıtlamanız gerekir.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = En az 3 çocuğunuz var. En az bir çocuğunuz 2019'da veya daha sonra doğduysa, daha yüksek bir gelir sınırı geçerlidir. Şu anki geliriniz bu yüksek sınırın üstünde değil. Çocuklarınızdan biri 2019'da veya daha sonra mı doğdu ve geliriniz en az 6 aydır art arda bu kadar düşük mü? O zaman sosyal ek ödemeyi ödeme kurumunuzdan isteyebilirsiniz.
right-groeipakket-sociale-toeslag-otherwise = Ailenizin geliri sınırdan yüksek görünüyor. Geliriniz düşebilir, örneğin işsizlik veya hastalık yüzünden. Geliriniz 6 ay art arda sınırın altında mı kaldı? O zaman sosyal ek ödemeyi ödeme kurumunuzdan isteyebilirsiniz.

right-groeipakket-sociale-toeslag-unverified-limit-date = Gelir sınırı FONS'un internet sitesinden alındı. Orada sınırın hangi yıl için geçerli olduğu yazmıyor. Muhtemelen 2024-2025 sınırıdır. Şu anki sınır henüz kontrol edilmedi.
right-groeipakket-sociale-toeslag-unverified-amounts = Sosyal ek ödemenin şu anki tutarları henüz kontrol edilmedi. 2022-2023 tutarlarını gösteriyoruz.

## Groeipakket: okul ek ödemesi

right-groeipakket-schooltoeslag = Groeipakket okul ek ödemesi
right-groeipakket-schooltoeslag-summary = Okul ek ödemesi, okula giden çocuklar için Groeipakket'ten verilen ek paradır. Anaokulu, ilkokul ve ortaokul ya da lise içindir. Ailenizin geliri yeterince düşükse bu parayı alırsınız.
right-groeipakket-schooltoeslag-counter = Çocuklarım için okul ek ödemesini alıp almadığımı öğrenmek istiyorum.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = Flaman Bölgesi'nde oturmuyorsunuz. Çocuğunuz Flaman Bölgesi'nin tanıdığı bir okula mı gidiyor, örneğin Brüksel'de Hollandaca eğitim veren bir okula? O zaman okul ek ödemesi için FONS'a internetten veya bir formla başvurabilirsiniz. Bunu alıp almayacağınız, ailenizin gelirine bağlıdır.
right-groeipakket-schooltoeslag-reason-outside-flanders = Flaman Bölgesi'nde oturmuyorsunuz. Okul ek ödemesi, Flaman Bölgesi'nde yaşayan veya Flaman Bölgesi'nin tanıdığı bir okula giden çocuklar içindir.
right-groeipakket-schooltoeslag-reason-residence = Okul ek ödemesi Groeipakket'in bir parçasıdır. Sizin oturum durumunuzla çocuklarınızın buna hakkı olup olmadığı kesin değil. Buna ödeme kurumu karar verir. FONS'a veya OCMW'ye sorun.
right-groeipakket-schooltoeslag-reason-no-pupil = Ailenizde anaokuluna, ilkokula veya ortaokul ya da liseye giden kimse yok. Biri HBO5 hemşirelik eğitimi mi alıyor? O zaman bu kişi okul ek ödemesi alabilir. Ödeme kurumunuza sorun.
right-groeipakket-schooltoeslag-reason-income-check = Çocuğunuz okula gidiyor. Okul ek ödemesini alıp almadığınızı Groeipakket ödeme kurumu kendisi kontrol eder. Başvurmanız gerekmez. Bu; ailenizin gelirine, aile durumunuza, okulun türüne ve çocuğunuzun okula yeterince gidip gitmediğine bağlıdır. Gelirinizin yeterince düşük olup olmadığını söyleyemiyoruz. Hakkınız varsa, parayı Ağustos sonu ile Aralık arasında alırsınız.
right-groeipakket-schooltoeslag-otherwise = Ailenizde anaokuluna, ilkokula veya ortaokul ya da liseye giden kimse yok.

right-groeipakket-schooltoeslag-unverified-limits = Kullandığımız gelir sınırları 2020-2021 okul yılına aittir. O zamandan beri yükseldiler. Geliriniz bu eski sınırın üstünde mi? O zaman okul ödeneği alıp almayacağınızı söyleyemeyiz.

## Öğrenim bursu

right-studietoelage = Yükseköğrenim için öğrenim bursu
right-studietoelage-summary = Öğrenim bursu, geliri düşük bir aileden gelen yüksekokul veya üniversite öğrencilerine Flaman hükümetinin verdiği paradır.
right-studietoelage-counter = Öğrenim bursu için başvurmak istiyorum.
right-studietoelage-deadline = Bir akademik yıl için öğrenim bursuna 1 Haziran'a kadar başvurabilirsiniz. 2 Haziran'dan itibaren bir sonraki akademik yıl için başvuruya başlayabilirsiniz.

right-studietoelage-reason-no-student = Ailenizde yüksekokula veya üniversiteye giden kimse yok. Anaokulu, ilkokul ve ortaokul ya da lise için Groeipakket'in okul ek ödemesi vardır.
right-studietoelage-reason-outside-flanders = Flaman Bölgesi'nde oturmuyorsunuz. Flaman Bölgesi'nin tanıdığı bir yüksekokulda veya üniversitede mi okuyorsunuz, örneğin Brüksel'de Hollandaca eğitim veren bir okulda? O zaman belki yine de Flaman öğrenim bursu alabilirsiniz. Burs biriminden (afdeling Studietoelagen) sorun. Fransızca eğitim veren bir yüksekokulda veya üniversitede mi okuyorsunuz? O zaman Fransız Topluluğu'ndan (Fédération Wallonie-Bruxelles) öğrenim bursu isteyin.
right-studietoelage-reason-abroad = Belçika'da oturmuyorsunuz. Flaman öğrenim bursu alıp alamayacağınız, vatandaşlığınıza ve eğitiminize bağlıdır. Burs biriminden (afdeling Studietoelagen) sorun.
right-studietoelage-reason-nationality = Öğrenim bursu için öğrencinin vatandaşlığı veya oturum durumu ile ilgili şartlar vardır. Bunu burs birimi (afdeling Studietoelagen) kontrol eder. Öğrenim bursu için başvurun veya önce OCMW'ye ya da okulun öğrenci servisine danışın.
right-studietoelage-reason-low-income = Ailenizden biri yüksekokulda veya üniversitede okuyor ve ailenizin geliri düşük. Öğrenim bursu için mutlaka başvurun. Öğrenci kendisi başvurur: internetten kimlik kartı (eID) veya itsme ile ya da kâğıt üzerinde. Öğrenim bursu ile öğrenci daha az kayıt ücreti öder ve aile Groeipakket'ten ek bir tutar alır. Öğrenci geçen yıl da öğrenim bursu aldı mı? O zaman burs birimi (afdeling Studietoelagen) Ekim ile Şubat arasında kendisi doldurulmuş bir form gönderir. Öğrencinin o zaman sadece bunu onaylaması gerekir.
right-studietoelage-reason-income-check = Ailenizden biri yüksekokulda veya üniversitede okuyor. Öğrencinin öğrenim bursu alıp almayacağı, gelire ve aile durumuna bağlıdır. Bunu burs birimi (afdeling Studietoelagen) hesaplar. Emin değil misiniz? O zaman yine de 1 Haziran'dan önce öğrenim bursu için başvurun. Geliri biraz daha yüksek olan öğrenci de bazen daha az kayıt ücreti öder.
right-studietoelage-otherwise = Ailenizde yüksekokula veya üniversiteye giden kimse yok.

right-studietoelage-unverified-limits = 2025-2026 için gelir sınırları ve tutarlar henüz kontrol edilmedi.

## Çocuk bakımı: gelire göre ücret

right-kinderopvang-inkomenstarief = Çocuk bakımında gelire göre ücret
right-kinderopvang-inkomenstarief-summary = Gelire göre ücret ile çocuk bakımı için ailenizin gelirine uygun bir günlük ücret ödersiniz.
right-kinderopvang-inkomenstarief-counter = Çocuk bakımı için gelire göre ücret belgesi (attest inkomenstarief) almak istiyorum.
right-kinderopvang-inkomenstarief-deadline = Belgeyi, çocuk bakımının başlamasından önceki ay içinde isteyin. En erken başlangıçtan 2 ay önce isteyebilirsiniz. Belgeyi ilk günden önce çocuk bakım yerine verin.

right-kinderopvang-inkomenstarief-reason-no-children = Sizinle yaşayan çocuk yok ve bebek beklemiyorsunuz.
right-kinderopvang-inkomenstarief-reason-no-childcare = Çocuğunuz çocuk bakımına gitmiyor.
right-kinderopvang-inkomenstarief-reason-brussels = Brüksel'de oturuyorsunuz. Çocuğunuz Brüksel'de Hollandaca konuşan bir çocuk bakım yerine mi gidiyor? O zaman gelire göre ücret belgesini (attest inkomenstarief) yine Kind en Gezin'den istersiniz. Fransızca konuşan bir çocuk bakım yerine mi gidiyor? O zaman ücretin nasıl hesaplandığını çocuk bakım yerine sorun.
right-kinderopvang-inkomenstarief-reason-outside = Flaman Bölgesi'nde veya Brüksel'de oturmuyorsunuz. Çocuğunuz yine de Flaman Bölgesi'nde bir çocuk bakım yerine mi gidiyor? O zaman gelire göre ücret belgesine (attest inkomenstarief) ihtiyacınız olup olmadığını Kind en Gezin'e sorun. Yoksa ücretin nasıl hesaplandığını çocuk bakım yerine sorun.
right-kinderopvang-inkomenstarief-reason-leefloon = Leefloon alıyorsunuz. Gelire göre ücret belgesini (attest inkomenstarief) Kind en Gezin'den, Mijn Kind en Gezin veya Kind en Gezin hattı aracılığıyla isteyin. Başvururken leefloon aldığınızı işaretleyin. O zaman sadece yarısını ödersiniz: buna bireysel indirimli tarife (individueel verminderd tarief) denir. Ücret yine de çok mu yüksek? O zaman daha az ödeyip ödeyemeyeceğinizi OCMW'ye sorun. OCMW bir sosyal incelemeden sonra karar verir.
right-kinderopvang-inkomenstarief-reason-childcare = Çocuğunuz çocuk bakımına gidiyor. Gelire göre ücret belgesini (attest inkomenstarief) Kind en Gezin'den, Mijn Kind en Gezin veya Kind en Gezin hattı aracılığıyla isteyin ve belgeyi çocuk bakım yerine verin. Gelirinizi göstermek istemeseniz bile bir belgeye ihtiyacınız var. O zaman en yüksek ücreti ödersiniz. Geliriniz 3 aydır eskisinden en az yüzde 20 daha mı düşük? O zaman sadece yarısını ödemeyi isteyebilirsiniz. Ücreti ödeyemiyor musunuz? O zaman OCMW daha düşük bir ücrete izin verebilir. OCMW önce durumunuza bakar. Buna sosyal inceleme denir.
right-kinderopvang-inkomenstarief-reason-expecting = Bir bebek bekliyorsunuz. Bebeğiniz ileride çocuk bakımına mı gidecek? O zaman çocuk bakımının başlamasından önceki ay içinde Kind en Gezin'den gelire göre ücret belgesini (attest inkomenstarief) isteyin. O zaman ailenizin gelirine uygun bir ücret ödersiniz.
right-kinderopvang-inkomenstarief-otherwise = Çocuğunuz ileride çocuk bakımına mı gidecek? O zaman çocuk bakımının başlamasından önceki ay içinde Kind en Gezin'den gelire göre ücret belgesini (attest inkomenstarief) isteyin.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = OCMW'nin izin verebileceği en düşük ücret 2024 için kontrol edildi. 2025 ve 2026 tutarı henüz kontrol edilmedi.

## Belgeler

document-attest-verwachte-bevalling = Beklenen doğum tarihini gösteren doktor belgesi
document-attest-verwachte-bevalling-where = Doktorunuzdan veya jinekoloğunuzdan isteyin.

document-adoptiebeslissing = Sadece evlat edinmede: evlat edinme dilekçesi veya kararı
document-adoptiebeslissing-where = Bunu aile mahkemesinden almıştınız. Kaybettiniz mi? Mahkeme kaleminden (griffie) bir kopya isteyin.

document-bewijs-kosten = Sadece OCMW'den daha düşük bir ücret istiyorsanız: kira, enerji, krediler ve borçlar gibi masraflarınızın belgeleri
document-bewijs-kosten-where = Faturalarınızı ve kredileriniz ile borçlarınızla ilgili mektupları yanınıza alın. Banka hesap dökümleriniz de yardımcı olur.

## Kurumlar

office-groeipakket-uitbetaler = Groeipakket ödeme kurumunuz (FONS, Infino, KidsLife, MyFamily veya Parentia)
office-groeipakket-uitbetaler-in-person = Ödeme kurumunuzun bir bürosuna gidin. Huis van het Kind'den de yardım isteyebilirsiniz. Bazı OCMW'lerde bir ödeme kurumunun danışma günleri vardır.
office-groeipakket-uitbetaler-phone = Ödeme kurumunuzu arayın. Numara, ödeme kurumunuzun mektuplarında ve internet sitesinde yazar. Hiç ödeme kurumu seçmediniz mi? O zaman ödeme kurumunuz FONS'tur.
office-groeipakket-uitbetaler-online = Ödeme kurumunuzun internet sitesine giriş yapın. Ödeme kurumunuzun hangisi olduğunu Groeipakket ile ilgili mektuplarda görürsünüz.

office-studietoelagen = Flaman hükümetinin burs birimi (afdeling Studietoelagen)
office-studietoelagen-online = Öğrenim bursu için bu internet sitesindeki dijital gişeden internetten başvurun. eID'niz veya itsme ile giriş yaparsınız.
office-studietoelagen-phone = Öğrenim bursu ile ilgili sorularınız için Flaman bilgi hattını (Vlaamse infolijn) arayın.
office-studietoelagen-letter = Öğrenim bursu için kâğıt üzerinde, bir formla da başvurabilirsiniz.
office-studietoelagen-in-person = Yardım mı lazım? OCMW'ye, Loket Onderwijs'e veya yüksekokulun ya da üniversitenin öğrenci servisine gidin. İzin vermek için öğrencinin kendisi de gelmelidir.

office-kinderopvang = Kind en Gezin (Opgroeien, küçük çocuklar ve aileler için Flaman kurumu)
office-kinderopvang-online = Gelire göre ücret belgesini (attest inkomenstarief) Kind en Gezin'in internet sitesindeki Mijn Kind en Gezin'de isteyin. eID'niz veya itsme ile giriş yaparsınız.
office-kinderopvang-phone = Kind en Gezin hattını arayın. Orada belgeyi istemeniz için de size yardım ederler.
office-kinderopvang-in-person = Yardım mı lazım? Çocuk bakım yerinize, OCMW'ye veya Yerel Çocuk Bakımı Gişesine (Lokaal Loket Kinderopvang) sorun.

## Parametreler

param-groeipakket-startbedrag = Groeipakket: doğumda veya evlat edinmede başlangıç ödemesi (bir kez)
param-groeipakket-basisbedrag = Groeipakket: 2019'dan itibaren doğan çocuklar için çocuk başına aylık temel ödeme
param-groeipakket-sociale-toeslag-grens = Groeipakket, sosyal ek ödeme: ailenin yıllık gelir sınırı (vergiye tabi gelir, son vergi hesap belgesi)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket, sosyal ek ödeme: en az biri 2019'dan itibaren doğmuş 3 veya daha fazla çocuğu olan aileler için daha yüksek yıllık gelir sınırı
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket, çocuk başına aylık sosyal ek ödeme, 1 veya 2 çocuklu aile
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket, çocuk başına aylık sosyal ek ödeme, 1 veya 2 çocuklu aile, orta gelir dilimi
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket, çocuk başına aylık sosyal ek ödeme, 2'den fazla çocuklu aile
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket, çocuk başına aylık sosyal ek ödeme, 2'den fazla çocuklu aile, orta gelir dilimi
param-kinderopvang-minimumtarief-ocmw = Çocuk bakımı: OCMW'nin izin verebileceği günlük en düşük ücret

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = Groeipakket bakım eki (zorgtoeslag)
right-groeipakket-zorgtoeslag-summary = Bakım eki, engelli veya uzun süreli hastalığı olan bir çocuk için Groeipakket'ten gelen ek paradır.
right-groeipakket-zorgtoeslag-counter = Çocuğum için bakım eki (zorgtoeslag) istemek istiyorum.
right-groeipakket-zorgtoeslag-reason-already = Çocuğunuz zaten bakım eki alıyor. Çocuğunuzun sağlığı değişiyor mu? O zaman Groeipakket ödeme kurumunuzdan yeni bir inceleme isteyin.
right-groeipakket-zorgtoeslag-reason-outside-flanders = Flanders'ta oturmuyorsunuz. Bakım eki Flaman Groeipakket'inin bir parçasıdır. Brüksel ve Valonya'nın kendi çocuk parası vardır. Orada sorun.
right-groeipakket-zorgtoeslag-reason-no-children = Yanınızda çocuk yaşamıyor. Bakım eki çocuklar içindir.
right-groeipakket-zorgtoeslag-reason-request = Hanenizdeki bir çocuğun engeli veya uzun süreli bir hastalığı mı var? O zaman bakım ekini Groeipakket ödeme kurumunuzdan isteyin. Opgroeien'in bir doktoru çocuğunuzu muayene eder. Çocuğunuzun doktorunun bilgilerini verin.
right-groeipakket-zorgtoeslag-otherwise = Hanenizde engelli biri olduğunu söylemediniz. Bir çocuğun engeli veya uzun süreli bir hastalığı mı var? O zaman bakım ekini Groeipakket ödeme kurumunuzdan isteyin.

right-groeipakket-ondersteuningstoeslag = Groeipakket destek eki (ondersteuningstoeslag)
right-groeipakket-ondersteuningstoeslag-summary = Destek eki, en az 12 puanlı bakım eki olan bir çocuk için Groeipakket'ten gelen ek paradır.
right-groeipakket-ondersteuningstoeslag-counter = Çocuğum için destek ekini (ondersteuningstoeslag) alıp almadığımı öğrenmek istiyorum.
right-groeipakket-ondersteuningstoeslag-if-missing = Destek ekini almıyor musunuz? Groeipakket ödeme kurumunuza sorun.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = Flanders'ta oturmuyorsunuz. Destek eki Flaman Groeipakket'inin bir parçasıdır.
right-groeipakket-ondersteuningstoeslag-reason-automatic = Çocuğunuz en az 12 puanlı bir bakım eki alıyor. O zaman destek ekini de alır. Bu, Groeipakket ödeme kurumunuz aracılığıyla kendiliğinden olur. Bu, zorgkas'ın bir bakım bütçesi değildir.
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = Çocuğunuzun bakım eki için 12 puandan azı var. Destek eki en az 12 puanı olan çocuklar içindir. Çocuğunuz daha sonra daha fazla puan alırsa, kendiliğinden gelir.
right-groeipakket-ondersteuningstoeslag-otherwise = Hanenizde kimse bakım eki almıyor. Destek eki, en az 12 puanlı bakım eki olan çocuklar içindir.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = Çocuğunuz okula gidiyor ve hanenizin geliri okul ödeneği sınırından düşük. O zaman okul ödeneğini Ağustos sonu ile Aralık arasında Groeipakket ödeme kurumunuzdan kendiliğinden alırsınız. Hiçbir şey istemeniz gerekmez. Ancak çocuğunuzun okula yeterince gitmesi gerekir.
right-groeipakket-schooltoeslag-if-missing = Aralık ayına kadar okul ödeneği almadınız mı? Groeipakket ödeme kurumunuza sorun.
param-schooltoeslag-max-2-points = Okul ödeneği: 2 puanlı bir aile için en yüksek gelir
param-schooltoeslag-max-3-points = Okul ödeneği: 3 puanlı bir aile için en yüksek gelir
param-schooltoeslag-max-4-points = Okul ödeneği: 4 puanlı bir aile için en yüksek gelir
param-schooltoeslag-max-5-points = Okul ödeneği: 5 puanlı bir aile için en yüksek gelir
param-schooltoeslag-max-6-points = Okul ödeneği: 6 puanlı bir aile için en yüksek gelir
param-studietoelage-max-3-points = Yükseköğretim bursu: 3 puanda en yüksek aile geliri
