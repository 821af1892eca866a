# Sorular: her bilgi için bir soru. question-<id> sorudur, question-<id>-help neden sorduğumuzu
# veya cevabı nerede bulacağınızı söyleyen sade bir cümledir.

question-age = Kaç yaşındasınız?
question-age-help = Bazı haklar yaşınıza bağlıdır.

question-region = Nerede oturuyorsunuz?
question-region-help = Genellikle oturduğunuz yeri seçin.

question-residence = Vatandaşlığınız veya Belçika'daki oturum durumunuz nedir?
question-residence-help = Bu bilgi kimlik kartınızda veya oturma kartınızda yazar.

question-partner = Bir partnerle birlikte mi yaşıyorsunuz?
question-partner-help = Partner; kocanız, karınız veya çift olarak birlikte yaşadığınız kişidir.

question-children = Sizinle kaç çocuk yaşıyor?
question-children-help = Sizinle yaşayan ve bakımını üstlendiğiniz çocukları sayın.

question-other-adults = Sizinle başka kaç yetişkin yaşıyor?
question-other-adults-help = Partnerinizi saymayın. Ama örneğin yetişkin bir çocuğu, annenizi veya babanızı ya da bir ev arkadaşını sayın.

question-income-monthly-net =
    { $partner ->
        [yes] Siz ve partneriniz için toplam her ay ne kadar para geliyor?
        [no] Her ay ne kadar para geliyor?
       *[other] Her ay ne kadar para geliyor? Bir partnerle mi yaşıyorsunuz? O zaman partnerinizin parasını da sayın.
    }
question-income-monthly-net-help = Hesabınıza gelen her şeyi sayın: maaş, ödenek ve emekli maaşı. Groeipakket'i (çocuk parası) ve çocuklarınız için nafakayı saymayın. Tahmini bir rakam yeterlidir.

question-income-yearly-taxable =
    { $partner ->
        [yes] Siz ve partnerinizin geçen yıl toplam vergiye tabi geliri ne kadardı, yıllık euro olarak?
       *[other] Geçen yıl vergiye tabi geliriniz ne kadardı, yıllık euro olarak?
    }
question-income-yearly-taxable-help = Bu, vergi hesap belgesinde (aanslagbiljet, FOD Financiën'in mektubu) "gezamenlijk belastbaar inkomen" (toplam vergiye tabi gelir) satırında yazar. Bir çift için iki tutar vardır: bunları toplayın. Vergi hesap belgeniz yok mu? O zaman "Bilmiyorum"u seçin.

question-receives = Siz veya ailenizden biri bu ödeneklerden veya haklardan hangilerini zaten alıyor?
question-receives-help = Uygun olanların hepsini seçin. Bu bilgi, size ödeme yapan kurumun mektuplarında yazar.

question-work = Şu anda ne yapıyorsunuz?
question-work-help = Size en uygun olanı seçin.

question-education = Ailenizden biri okula gidiyor mu? Hangi okula?
question-education-help = Uygun olanların hepsini seçin. Okul için bazı yardımlar buna bağlıdır.

question-housing = Nasıl bir evde oturuyorsunuz?
question-housing-help = Size en uygun olanı seçin.

question-waitlist-years = Kaç yıldır sosyal konut bekleme listesindesiniz?
question-waitlist-years-help = Bekleme listesinde değil misiniz? O zaman 0 seçin.

question-heating = Evinizi neyle ısıtıyorsunuz?
question-heating-help = Bu, ısınma faturanızda yazar.

question-disability = Sizin veya ailenizden birinin engeli var mı?
question-disability-help = Engel bedensel, zihinsel veya ruhsal olabilir.

question-care-need = Sizin veya ailenizden birinin her gün çok yardıma ihtiyacı var mı?
question-care-need-help = Örneğin yıkanırken, giyinirken veya yemek yerken yardım.

question-debt = Borçlarınız var mı veya paranızla ilgili yardım alıyor musunuz?
question-debt-help = Örneğin zamanında ödeyemediğiniz faturalar veya bir borç arabulucusundan alınan yardım.

question-legal-problem = Avukata ihtiyaç duyabileceğiniz bir sorununuz var mı?
question-legal-problem-help = Örneğin ev sahibinizle veya işvereninizle bir anlaşmazlık ya da bir boşanma.

question-childcare =
    { $children ->
        [1] Çocuğunuz çocuk bakımına (kreşe) gidiyor mu?
       *[other] Çocuklarınızdan biri çocuk bakımına (kreşe) gidiyor mu?
    }
question-childcare-help = Çocuk bakımı, örneğin bir kreş veya evinde çocuk bakan bir bakıcıdır (onthaalouder).

question-expecting-baby =
    { $partner ->
        [no] Hamile misiniz?
       *[other] Siz veya partneriniz hamile misiniz?
    }
question-expecting-baby-help = Bazı haklar doğumdan önce başlar.

# Questions added for issue 13
question-other-adults-are = Sizinle yaşayan diğer yetişkinler kim?
question-other-adults-are-help = Uyan her şeyi seçin. Bazı yardımlarda anne babanızın veya çocuklarınızın geliri de sayılır.

question-children-ages = Sizinle yaşayan çocuklar kaç yaşında?
question-children-ages-help = Uyan her şeyi seçin. Bazı yardımlar yalnızca 18 yaşından küçük çocuklar içindir.

question-disability-recognition = Engel için ne tanındı?
question-disability-recognition-help = Uyan her şeyi seçin. Bu, FOD Sociale Zekerheid, VAPH veya Groeipakket mektubunda yazar. Bilmiyor musunuz? O zaman "Bilmiyorum"u seçin.

question-recent-move = Son 9 ayda taşındınız mı, yoksa yakında taşınacak mısınız? Neden?
question-recent-move-help = Kira desteği (huursubsidie) için taşınmanın nedeni önemlidir.

question-savings =
    { $partner ->
        [yes] Siz ve partnerinizin toplam ne kadar birikimi var?
       *[other] Ne kadar birikiminiz var?
    }
question-savings-help = Tasarruf hesabınızdaki ve vadesiz hesabınızdaki parayı, ayrıca hisse senetlerini veya fonları sayın. Euro olarak. Tahmini bir rakam yeterlidir.

question-prepaid-meter = Gaz veya elektrik için bütçe sayacınız var mı?
question-prepaid-meter-help = Bütçe sayacıyla enerjinizi önceden ödersiniz. Bu, önceden ödemeli dijital bir sayaçtır, genellikle Fluvius'tan.
