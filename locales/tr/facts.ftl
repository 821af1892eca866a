# Bilgiler: kısa bir etiket (gerekçelerde ve cevap özetinde kullanılır) ve seçmeli bilgilerin her
# değeri için bir etiket. Etiketler küçük harfle başlar; özel isimler hariç.

fact-age = yaşınız

fact-region = nerede oturduğunuz
fact-region-flanders = Flaman Bölgesi (Vlaanderen)
fact-region-brussels = Brüksel
fact-region-wallonia = Valon Bölgesi (Wallonië)
fact-region-abroad = yurt dışında

fact-residence = vatandaşlığınız veya oturum durumunuz
fact-residence-belgian = Belçika vatandaşı
fact-residence-eu = başka bir Avrupa Birliği ülkesinin vatandaşı
fact-residence-refugee = tanınmış mülteci
fact-residence-population-register = nüfus kütüğüne (bevolkingsregister) kayıtlı yabancı
fact-residence-foreigners-register = yabancılar kütüğüne (vreemdelingenregister) kayıtlı yabancı
fact-residence-temporary-protection = geçici koruma (örneğin Ukrayna'dan gelenler)
fact-residence-asylum-seeker = sığınmacı (iltica başvurusu yapmış kişi)
fact-residence-no-legal-stay = yasal oturumu olmayan

fact-partner = sizinle yaşayan bir partner

fact-children = sizinle yaşayan çocuk sayısı

fact-other-adults = sizinle yaşayan diğer yetişkinlerin sayısı

fact-income-monthly-net = aylık net geliriniz

fact-income-yearly-taxable = ailenizin yıllık vergiye tabi geliri

fact-receives = zaten aldıklarınız
fact-receives-leefloon = leefloon (geçim yardımı)
fact-receives-equivalent-leefloon = OCMW'den eşdeğer leefloon
fact-receives-igo = yaşlılar için gelir garantisi (IGO)
fact-receives-ivt = gelir yerine geçen ödenek (IVT)
fact-receives-it = entegrasyon ödeneği (IT)
fact-receives-zorgbudget-ouderen = bakıma ihtiyacı olan yaşlılar için bakım bütçesi
fact-receives-zorgtoeslag-kind = engelli veya hasta bir çocuk için bakım ek ödemesi
fact-receives-vt = ziekenfonds'tan artırılmış geri ödeme (verhoogde tegemoetkoming)
fact-receives-unemployment = işsizlik ödeneği
fact-receives-sickness-benefit = hastalık veya malullük ödeneği
fact-receives-pension = emekli maaşı
fact-receives-groeipakket = Groeipakket (çocuklar için para)

fact-work = şu anda ne yaptığınız
fact-work-employed = maaşlı çalışan
fact-work-self-employed = serbest meslek sahibi
fact-work-job-seeker = iş arayan
fact-work-unable-to-work = hasta veya çalışamaz durumda
fact-work-student = öğrenci
fact-work-retired = emekli
fact-work-none = bunların hiçbiri

fact-education = ailenizden birinin gittiği okul
fact-education-kleuter = anaokulu
fact-education-lager = ilkokul
fact-education-secundair = ortaokul veya lise (secundair onderwijs)
fact-education-hoger = yüksekokul veya üniversite

fact-housing = nasıl oturduğunuz
fact-housing-tenant-private = özel bir ev sahibinin kiracısı
fact-housing-tenant-social = sosyal konutta kiracı
fact-housing-owner = oturduğunuz evin sahibi
fact-housing-homeless = sabit bir adresi yok
fact-housing-care-home = huzurevinde (woonzorgcentrum)
fact-housing-other = başka

fact-waitlist-years = sosyal konut bekleme listesinde ne kadar süredir olduğunuz

fact-heating = ısınma şekliniz
fact-heating-heating-oil = kalorifer yakıtı (mazout) veya ısınma gazyağı
fact-heating-bulk-propane = tankta propan gazı
fact-heating-natural-gas = doğal gaz
fact-heating-collective-gas = bütün bina için ortak doğal gaz ısıtması
fact-heating-electric = elektrik
fact-heating-other = başka bir şey, örneğin odun veya tüp gaz

fact-disability = ailenizde engelli biri

fact-care-need = ailenizde çok bakıma ihtiyacı olan biri

fact-debt = borçlar ve para konusunda yardım
fact-debt-collective-settlement = toplu borç düzenlemesi (collectieve schuldenregeling)
fact-debt-debt-mediation = borç arabuluculuğu (schuldbemiddeling)
fact-debt-budget-management = bütçe danışmanlığı veya bütçe yönetimi
fact-debt-arrears = henüz ödenmemiş faturalar
fact-debt-none = borç yok

fact-legal-problem = hukuki bir sorun

fact-childcare = çocuk bakımı (kreş)

fact-expecting-baby = beklenen bir bebek

# Facts added for issue 13
fact-other-adults-are = evinizdeki diğer yetişkinlerin kim olduğu
fact-other-adults-are-parent = babanız veya anneniz
fact-other-adults-are-adult-child = 18 yaşında veya daha büyük bir çocuğunuz
fact-other-adults-are-other-relative = başka bir akraba
fact-other-adults-are-not-family = aileden olmayan biri

fact-savings = hanenizin birikimleri

fact-children-ages = evinizdeki çocukların yaşı
fact-children-ages-under-3 = 3 yaşından küçük
fact-children-ages-from-3-to-17 = 3 ile 17 yaş arası
fact-children-ages-from-18-to-24 = 18 ile 24 yaş arası
fact-children-ages-from-25 = 25 yaş veya daha büyük

fact-disability-recognition = bir engel için tanınan durum
fact-disability-recognition-vaph = VAPH'a kayıtlı
fact-disability-recognition-adult-12-points = öz bakım için en az 12 puanı olan bir yetişkin
fact-disability-recognition-adult-66-percent = en az % 66 engelli veya çalışamaz durumda olan bir yetişkin
fact-disability-recognition-child-pillar1-4 = 1. sütunda en az 4 puanı olan bir çocuk (zorgtoeslag)
fact-disability-recognition-child-12-points = toplamda en az 12 puanı olan bir çocuk (zorgtoeslag)

fact-recent-move = son 9 ayda bir taşınma
fact-recent-move-unfit-or-too-small = kötü, oturulamaz veya çok küçük bir evden
fact-recent-move-not-adapted = yaşınıza veya engelinize uygun olmayan bir evden
fact-recent-move-into-svk = bir sosyal kiralama ajansının (SVK) evine
fact-recent-move-after-homeless = sabit bir eviniz olmadıktan sonra
fact-recent-move-other-reason = başka bir nedenle
fact-recent-move-no = taşınmadım

fact-prepaid-meter = bütçe sayacı (önceden ödemeli dijital sayaç)
