# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Artırılmış geri ödeme (verhoogde tegemoetkoming)

right-verhoogde-tegemoetkoming = Artırılmış geri ödeme
right-verhoogde-tegemoetkoming-summary = Ziekenfonds'unuzun (sağlık sigortası kurumu) artırılmış geri ödemesi ile doktor ve diğer sağlık hizmetleri için daha az ödersiniz. Başka avantajlar da alırsınız.
right-verhoogde-tegemoetkoming-counter = Artırılmış geri ödeme için başvurmak istiyorum.
right-verhoogde-tegemoetkoming-if-missing = Artırılmış geri ödemeyi kendiliğinden almıyor musunuz? O zaman ödeneğinizi ödeyen kurumdan, örneğin OCMW'den, bir belge isteyin. Bu belgeyi ziekenfonds'unuza verin.

right-verhoogde-tegemoetkoming-reason-already = Zaten artırılmış geri ödeme alıyorsunuz.
right-verhoogde-tegemoetkoming-reason-abroad = Belçika'da oturmuyorsunuz. O zaman bu yardımı bir Belçika ziekenfonds'undan genellikle alamazsınız. Ziekenfonds'unuza sorun.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = Yasal oturumu olmayanlar için OCMW'nin acil tıbbi yardımı vardır. Bu; doktor veya hastane yardımı ve ilaçlardır. OCMW'ye sorun.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = Sığınmacı olarak tıbbi bakımı kabul merkeziniz aracılığıyla alırsınız: Fedasil veya yerel kabul merkezi (LOI). Kabul merkezinizin sosyal servisine sorun. İleride oturum hakkı alırsanız, artırılmış geri ödemeyi bir ziekenfonds'tan isteyebilirsiniz.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = Siz veya ailenizden biri IGO, IVT, IT, yaşlılar için bakım bütçesi veya birinci sütunda en az 4 puanlı bir çocuk için bakım ek ödemesi alıyor. O zaman bütün aileniz artırılmış geri ödemeyi kendiliğinden alır. Hiçbir şey yapmanız gerekmez.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = Leefloon veya eşdeğer leefloon alıyorsunuz. 3 tam ay sonra ziekenfonds'unuzdan artırılmış geri ödemeyi kendiliğinden alırsınız. Hiçbir şey yapmanız gerekmez.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = Muhtemelen leefloon veya eşdeğer leefloon alabilirsiniz. Bunu 3 tam ay alırsanız, artırılmış geri ödeme kendiliğinden gelir. Artırılmış geri ödemeyi şimdiden de ziekenfonds'unuzdan isteyebilirsiniz.
right-verhoogde-tegemoetkoming-reason-request-income = Ailenizin geliri sınırın üstünde değil. Artırılmış geri ödemeyi ziekenfonds'unuzdan isteyin. Bazen ziekenfonds, başvurmanız için size kendisi bir mektup gönderir. Bu mektubu beklemeniz gerekmez.
right-verhoogde-tegemoetkoming-reason-request-current-income = Emeklisiniz, en az 3 aydır iş arıyorsunuz veya çalışamaz durumdasınız, çocuğunu tek başına büyüten bir ebeveynsiniz ya da geçici korumanız var. O zaman son ayın geliri sayılır. Bu gelir sınırın üstünde değil. Artırılmış geri ödemeyi ziekenfonds'unuzdan isteyin.
right-verhoogde-tegemoetkoming-otherwise = Ailenizin geliri sınırdan yüksek görünüyor. Geliriniz şu anda daha mı düşük, örneğin hastalık, işsizlik veya emeklilik yüzünden? O zaman ziekenfonds'unuza danışın.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = 2025 ve 2026 için gelir sınırları henüz kontrol edilmedi. 2024'teki başvurular için geçerli sınırı kullanıyoruz.

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

## Acil tıbbi yardım

right-dringende-medische-hulp = Acil tıbbi yardım
right-dringende-medische-hulp-summary = Acil tıbbi yardım OCMW'den (sosyal yardım merkezi) gelir. O zaman doktor veya hastane bakımı alırsınız. İlaç da alırsınız. Bu, yasal oturumunuz olmasa bile, yani belgesiz olsanız bile mümkündür.
right-dringende-medische-hulp-counter = Acil tıbbi yardım için başvurmak istiyorum.

right-dringende-medische-hulp-reason-abroad = Belçika'da oturmuyorsunuz. Acil tıbbi yardım, Belçika'da kalan kişiler içindir.
right-dringende-medische-hulp-reason-no-legal-stay = Yasal oturumunuz yok. O zaman gerçekten kaldığınız belediyenin OCMW'sinden acil tıbbi yardım isteyebilirsiniz. Adına rağmen bu yardım sadece acil durumlar için değildir: normal bir doktor ziyareti, hastane ve ilaçlar için de geçerlidir. Bir doktor bir belge yazar. OCMW bir sosyal inceleme yapar: durumunuza bakar ve evinize gelir. OCMW 30 gün içinde karar verir.
right-dringende-medische-hulp-reason-eu = Bir Avrupa Birliği ülkesinin vatandaşısınız. O zaman sağlık hizmeti için genellikle bir ziekenfonds'a (sağlık sigortası kurumu) gidersiniz. 3 aydan kısa bir süredir mi Belçika'dasınız ve ziekenfonds'unuz yok mu? O zaman acil tıbbi yardım alıp alamayacağınızı OCMW'ye sorun.
right-dringende-medische-hulp-reason-asylum-seeker = Sığınmacı olarak tıbbi yardımı kabul merkeziniz aracılığıyla alırsınız: Fedasil veya yerel bir kabul merkezi (LOI). Oraya sorun.
right-dringende-medische-hulp-otherwise = Belçika'da yasal oturumunuz var. O zaman sağlık hizmetini ziekenfonds'unuz aracılığıyla alırsınız. Acil tıbbi yardım, yasal oturumu olmayan kişiler içindir.

right-dringende-medische-hulp-unverified-eu = Belçika'daki ilk 3 aylarında olan Avrupa Birliği vatandaşları da bazen acil tıbbi yardım alabilir. Bu bilgi resmi bir kaynaktan gelmiyor ve henüz kontrol edilmedi.

## Belgeler

document-verklaring-op-erewoord = Ailenizdeki tüm yetişkinlerin imzaladığı yazılı beyan (şeref sözü ile beyan)
document-verklaring-op-erewoord-where = Formu ziekenfonds'unuzdan alırsınız.

document-attest-dringende-medische-hulp = Bir doktordan acil tıbbi yardım belgesi
document-attest-dringende-medische-hulp-where = Sizi muayene eden doktor bu belgeyi yazar. Belgeyi kendiniz isteyin.

document-identiteitsbewijs = Pasaportunuz veya kim olduğunuzu gösteren başka bir belge, varsa
document-identiteitsbewijs-where = Neyiniz varsa yanınıza alın. Hiçbir şeyiniz yok mu? Yine de OCMW'ye gidin.

document-bewijs-financiele-toestand = Paranızla ilgili belgeler, varsa: ne aldığınız ve neyiniz olduğu
document-bewijs-financiele-toestand-where = Örneğin bankanızdan hesap dökümleri. Belgeniz yok mu? O zaman OCMW görüşmede bunları sorar.

## Kurumlar

office-ziekenfonds = Ziekenfonds'unuz (sağlık sigortası kurumunuz)
office-ziekenfonds-in-person = Ziekenfonds'unuzun bir bürosuna gidin.
office-ziekenfonds-phone = Ziekenfonds'unuzu arayın. Numara, ziekenfonds'unuzun mektuplarında ve internet sitesinde yazar.
office-ziekenfonds-online = Ziekenfonds'unuzun internet sitesine veya uygulamasına giriş yapın, örneğin MyCM veya Mijn Helan.

## Parametreler

param-vt-income-limit = Artırılmış geri ödeme: ailenin yıllık gelir sınırı (brüt, vergiye tabi)
param-vt-income-limit-extra-person = Artırılmış geri ödeme: her ek aile üyesi için gelir sınırındaki artış
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

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = Muhtemelen IGO alabilirsiniz. Alırsanız, artırılmış geri ödeme kendiliğinden gelir. Geliriniz düşük: bunu şimdiden ziekenfonds'unuzdan da isteyebilirsiniz.
