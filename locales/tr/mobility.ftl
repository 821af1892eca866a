# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = De Lijn ile daha ucuz seyahat (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = Geliriniz düşükse veya engeliniz varsa, otobüs ve tramvay için De Lijn'den düşük fiyatlı veya ücretsiz bir abonman alırsınız.
right-de-lijn-vervoergarantie-counter = De Lijn'den sosyal tarifeli bir abonman istiyorum.
right-de-lijn-vervoergarantie-if-missing = Ücretsiz abonmanı kendiliğinden almıyor musunuz? O zaman bir Lijnwinkel'den (De Lijn satış noktası) isteyin. Ödeneğinizle ilgili bir belgeyi yanınıza alın. Bu belgeyi Engelliler Genel Müdürlüğü'nden (DG Personen met een handicap) ücretsiz 0800 987 99 numarasını arayarak alırsınız.
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
right-de-lijn-vervoergarantie-reason-vt = Artırılmış geri ödemeniz var. O zaman De Lijn'den daha ucuz bir abonman alırsınız. Bunu bir Lijnwinkel'den (De Lijn satış noktası) isteyin. Ziekenfonds'unuzdan aldığınız, 3 aydan eski olmayan bir belgeyi yanınıza alın.
right-de-lijn-vervoergarantie-reason-vt-first = Muhtemelen artırılmış geri ödeme alabilirsiniz. Önce bunu ziekenfonds'unuzdan isteyin. Sonra De Lijn'den daha ucuz bir abonman alırsınız.
right-de-lijn-vervoergarantie-reason-vaph = Sizin veya ailenizden birinin engeli var. Bu kişi VAPH'ye (Flaman Engelliler Ajansı, Vlaams Agentschap voor Personen met een Handicap) kayıtlı mı? O zaman bu kişi genellikle De Lijn ile ücretsiz seyahat eder. De Lijn'e sorun.
right-de-lijn-vervoergarantie-otherwise = Leefloon, IGO, artırılmış geri ödeme veya engellilik ödeneği almıyorsunuz. O zaman De Lijn'de daha düşük bir tarife yoktur. Ama 6 yaşından küçük çocuklar ücretsiz seyahat eder. Bazı belediyeler abonmanınızın bir kısmını geri öder. Belediyenize sorun.

right-de-lijn-vervoergarantie-unverified-prices = De Lijn'in fiyatları değişir. Artırılmış geri ödeme ile alınan abonmanın fiyatı henüz kontrol edilmedi.

## NMBS indirim kartı

right-nmbs-kortingkaart = NMBS indirim kartı (artırılmış geri ödeme)
right-nmbs-kortingkaart-summary = Bu ücretsiz kart ile ikinci sınıf tren biletlerini yarı fiyatına alırsınız.
right-nmbs-kortingkaart-counter = Artırılmış geri ödeme için olan indirim kartını istiyorum.
right-nmbs-kortingkaart-deadline = Kart 1 yıl geçerlidir; 65 yaşında veya daha büyükseniz 5 yıl geçerlidir. Zamanında yeni bir kart isteyin.

right-nmbs-kortingkaart-reason-abroad = Belçika'da oturmuyorsunuz. Bu kart, bir Belçika ziekenfonds'undan artırılmış geri ödeme alanlar içindir.
right-nmbs-kortingkaart-reason-vt = Artırılmış geri ödemeniz var. O zaman siz, partneriniz ve bakmakla yükümlü olduğunuz çocuklarınız bu kartı alabilir. Kartı internetten My NMBS hesabınızda isteyin veya kimlik kartınız ve bir MOBIB kartı ile istasyondaki gişeden isteyin.
right-nmbs-kortingkaart-reason-vt-first = Muhtemelen artırılmış geri ödeme alabilirsiniz. Önce bunu ziekenfonds'unuzdan isteyin. Sonra bu kartı NMBS'den isteyebilirsiniz.
right-nmbs-kortingkaart-otherwise = Bu kart sadece artırılmış geri ödeme alanlar ve aileleri içindir. Ağır bir engeliniz var mı? O zaman size eşlik eden kişi bazen bir Refakatçi Kartı (Kaart voor Begeleider) ile sizinle ücretsiz seyahat edebilir. Bunu NMBS gişesinde sorun.

## Park kartı

right-parkeerkaart = Engelliler için park kartı
right-parkeerkaart-summary = Park kartı ile, sürücü veya yolcu olarak engelliler için ayrılan yerlere park edebilirsiniz.
right-parkeerkaart-counter = Engelliler için park kartına başvurmak istiyorum.
right-parkeerkaart-deadline = Kartınızın bir bitiş tarihi var mı? Kart kendiliğinden uzatılmaz. Bitiş tarihinden 6 ay önce yeni bir kart isteyin.

right-parkeerkaart-reason-abroad = Belçika'da oturmuyorsunuz. Belçika park kartı, Belçika'da oturanlar içindir.
right-parkeerkaart-reason-assessment = Sizin veya ailenizden birinin engeli var. Bu kişinin park kartı alıp almayacağı, Engelliler Genel Müdürlüğü'nün (DG Personen met een handicap) bir doktorunun yaptığı tanımaya bağlıdır; örneğin bu kişinin ne kadar zor yürüyüp hareket edebildiğine. Bu kişinin engeli zaten tanındı mı? O zaman genellikle yeni bir doktor raporu gerekmez. O zaman Genel Müdürlük ile iletişime geçin.
right-parkeerkaart-otherwise = Ailenizde engelli kimse olmadığını söylediniz. Park kartı sadece engelli kişiler içindir.

## Belgeler

document-attest-igo = Sadece IGO alıyorsanız: Federale Pensioendienst'ten bir belge
document-attest-igo-where = Federale Pensioendienst'ten isteyin. Emeklilik hattı 1765'i arayın veya mypension.be sitesine bakın.

document-attest-verhoogde-tegemoetkoming = Artırılmış geri ödemeniz varsa: ziekenfonds'unuzdan, 3 aydan eski olmayan bir belge
document-attest-verhoogde-tegemoetkoming-where = Ziekenfonds'unuzdan isteyin veya ziekenfonds'unuzun internet sitesinden ya da uygulamasından indirin. NMBS'de bu belge sadece gişe artırılmış geri ödemenizi kontrol edemezse gerekir.

document-mobib-kaart = Adınıza bir MOBIB kartı
document-mobib-kaart-where = Bu kartı NMBS gişesinden alırsınız. Yeni bir kart küçük bir ücret tutar.

document-pasfoto = Sadece gişe artırılmış geri ödemenizi kontrol edemezse: yeni çekilmiş bir vesikalık fotoğraf
document-pasfoto-where = Bir fotoğrafçıda veya bir fotoğraf kabininde.

## Kurumlar

office-de-lijn = De Lijn
office-de-lijn-in-person = Bir Lijnwinkel'e (De Lijn satış noktası) gidin.
office-de-lijn-letter = Başvurunuzu postayla da gönderebilirsiniz. Belgenizin bir kopyasını da ekleyin.
office-de-lijn-online = De Lijn'in internet sitesinde abonmanlar ve fiyatlar hakkında bilgi bulursunuz.

office-nmbs = NMBS
office-nmbs-in-person = Bir istasyondaki gişeye gidin. Kimlik kartınızı ve MOBIB kartınızı yanınıza alın.
office-nmbs-online = Kartı internetten, NMBS'nin internet sitesindeki My NMBS hesabınızdan isteyin.

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = Bakıma ihtiyacı olan yaşlılar için bakım bütçesini (zorgbudget voor ouderen) alıyorsunuz. O zaman De Lijn ile ücretsiz seyahat edersiniz. Abonman genellikle kendiliğinden gelir. Gelmezse bir Lijnwinkel'den isteyin ve bakım bütçenizle ilgili mektubu götürün.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = NMBS refakatçi kartı (Kaart voor Begeleider)
right-nmbs-kaart-voor-begeleider-summary = Refakatçi kartıyla, engeliniz varsa biri sizinle trende ücretsiz seyahat eder.
right-nmbs-kaart-voor-begeleider-counter = Refakatçi kartı için başvurmak istiyorum.
right-nmbs-kaart-voor-begeleider-reason-abroad = Belçika'da oturmuyorsunuz. Bu kart Belçika'da oturan kişiler içindir.
right-nmbs-kaart-voor-begeleider-reason-points = Sizin veya hanenizdeki birinin öz bakım için en az 12 puanı var. O zaman bu kişi refakatçi kartı alabilir. Bir refakatçi o zaman trende ücretsiz seyahat eder. Kartı DG Personen met een handicap belgesiyle NMBS'den isteyin.
right-nmbs-kaart-voor-begeleider-reason-check = Refakatçi kartı, öz bakım için en az 12 puanı, % 80 engeli veya bacaklarında en az % 50 engeli olanlar içindir. Bu, DG Personen met een handicap kararında yazar. Bilmiyor musunuz? Ücretsiz 0800 987 99'u arayın.
right-nmbs-kaart-voor-begeleider-otherwise = Refakatçi kartı, öz bakım için en az 12 puan veya % 80 tanınmış engeli olan kişiler içindir. Bunu söylemediniz.
right-nmbs-kaart-voor-begeleider-unverified-criteria = Koşullar NMBS'nin kendisinden değil, OCMW'lerin ve diğer kurumların sayfalarından gelir. Henüz NMBS'de kontrol edilmedi.
