# Energy, water and internet: sociaal tarief voor energie, verwarmingstoelage, energiehulp OCMW,
# sociaal tarief voor water, sociaal internet.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Enerjide sosyal tarife

right-sociaal-tarief-energie = Enerji için sosyal tarife
right-sociaal-tarief-energie-summary = Sosyal tarife ile elektrik, doğal gaz veya ısı için daha düşük bir fiyat ödersiniz.
right-sociaal-tarief-energie-counter = Enerji için sosyal tarifeyi alıp almadığımı öğrenmek istiyorum.
right-sociaal-tarief-energie-if-missing = Sosyal tarifeyi alıp almadığınıza sociaaltarief.economie.fgov.be sitesinden bakın. Orada görünmüyor mu? O zaman ödeneğinizi ödeyen kurumdan (örneğin OCMW'den) bir belge isteyin. Sosyal konutta kiracıysanız belgeyi woonmaatschappij'den (sosyal konut şirketi) de isteyebilirsiniz. Bu belgeyi enerji şirketinize gönderin. Yeni bir sözleşmede bu birkaç ay sürebilir.

right-sociaal-tarief-energie-reason-abroad = Belçika'da oturmuyorsunuz. Sosyal tarife sadece Belçika'daki ev adresiniz için geçerlidir.
right-sociaal-tarief-energie-reason-automatic-benefit = Siz veya ailenizden biri, sosyal tarife hakkı veren bir ödenek alıyor. Sosyal tarife ev adresinize kendiliğinden uygulanır. Hiçbir şey yapmanız gerekmez.
right-sociaal-tarief-energie-reason-automatic-social-tenant = Bütün bina için ortak doğal gaz ısıtması olan bir sosyal konutta kiracısınız. O zaman sosyal tarifeye hakkınız var. Genellikle kendiniz başvurmanız gerekmez.
right-sociaal-tarief-energie-reason-vt-only = 1 Temmuz 2023'ten beri, sadece artırılmış geri ödeme almak enerji için sosyal tarife hakkı vermiyor.
right-sociaal-tarief-energie-otherwise = Sosyal tarife hakkı veren bir ödenek almıyorsunuz. Enerji faturanızı ödemekte zorlanıyor musunuz? O zaman OCMW'den yardım isteyin.

right-sociaal-tarief-energie-unverified-collective-premium = Ortak ısıtması olan bir binada, kendi sözleşmeniz olmadan mı oturuyorsunuz? O zaman 3 Eylül 2024'ten beri bir prim isteyebilirsiniz. Bu primi nereden isteyeceğiniz henüz kontrol edilmedi.
right-sociaal-tarief-energie-unverified-reform = Sosyal tarifeyi gelire göre verme önerisi var. Buna karar verilip verilmediği henüz kontrol edilmedi.

## Isınma yardımı

right-verwarmingstoelage = Isınma yardımı (Sociaal Verwarmingsfonds)
right-verwarmingstoelage-summary = Isınma yardımı, ısınmanız için verilen paradır. Bu parayı OCMW aracılığıyla alırsınız. Kalorifer yakıtı, ısınma gazyağı veya tankta propan fiyatının bir kısmını karşılar.
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

## Enerji faturanız için OCMW yardımı

right-energiehulp-ocmw = Enerji faturanız için OCMW yardımı
right-energiehulp-ocmw-summary = Elektrik veya gaz faturanızı ödemekte zorlanıyor musunuz? O zaman OCMW size para ile, bütçenizle ilgili yardımla veya az enerji harcayan cihazlarla yardım edebilir.
right-energiehulp-ocmw-counter = Enerji faturamı ödemekte zorlanıyorum. Yardım istemek istiyorum.

right-energiehulp-ocmw-reason-abroad = Belçika'da oturmuyorsunuz. Bu yardım sadece Belçika'daki bir OCMW'de vardır.
right-energiehulp-ocmw-reason-arrears = Henüz ödenmemiş faturalarınız var. Bunlar elektrik veya gaz faturanız mı? O zaman OCMW size yardım edebilir. Bunun için daha önce OCMW'den yardım almış olmanız gerekmez. OCMW sizinle konuşur, durumunuza bakar ve hangi yardımı alacağınıza 30 gün içinde karar verir. Flaman Bölgesi'nde elektriğiniz, gazınız veya suyunuz ancak OCMW'nin Yerel Danışma Komisyonu (LAC) görüş verdikten sonra kesilebilir. Oraya gidip kendi durumunuzu anlatabilirsiniz.
right-energiehulp-ocmw-reason-debt-help = Borçlarınız veya bütçeniz için zaten yardım alıyorsunuz. Yine de elektrik veya gaz faturanızı ödemekte zorlanıyor musunuz? O zaman OCMW'ye size yardım edip edemeyeceğini sorun. OCMW durumunuza bakar ve 30 gün içinde karar verir.
right-energiehulp-ocmw-otherwise = Henüz ödenmemiş faturanız yok. İleride ödeyemediğiniz bir enerji faturası gelirse OCMW'ye gidin. Bunun için daha önce OCMW'den yardım almış olmanız gerekmez.

## Suda sosyal tarife

right-sociaal-tarief-water = Su için sosyal tarife
right-sociaal-tarief-water-summary = Su için sosyal tarife ile tüm su faturanızda büyük bir indirim alırsınız.
right-sociaal-tarief-water-counter = Su için sosyal tarifeyi alıp almadığımı öğrenmek istiyorum.
right-sociaal-tarief-water-if-missing = Sosyal tarife su faturanızda görünmüyor mu? O zaman ödeneğinizi ödeyen kurumdan bir belge isteyin: OCMW (leefloon), Federale Pensioendienst (IGO, 1765'i arayın), Engelliler Genel Müdürlüğü (DG Personen met een handicap; IVT veya IT, 0800 987 99'u arayın) veya zorgkas'ınız (yaşlılar için bakım bütçesi). Belgeyi en geç 31 Aralık'a kadar su şirketinize gönderin.
right-sociaal-tarief-water-deadline = Sosyal tarife kendiliğinden gelmiyor mu? O zaman belgeyi en geç bu yılın 31 Aralık gününe kadar su şirketinize gönderin. Geçmiş bir yıl için artık isteyemezsiniz.

right-sociaal-tarief-water-reason-brussels = Brüksel'de oturuyorsunuz. Bu Flaman sosyal tarifesi orada geçerli değildir. Brüksel'de suyu Vivaqua sağlar. Su faturanızı ödemekte zorlanıyor musunuz? Belediyenizin OCMW'sine danışın.
right-sociaal-tarief-water-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Bu Flaman sosyal tarifesi orada geçerli değildir. Su faturanızı ödemekte zorlanıyor musunuz? Belediyenizin OCMW'sine (Fransızca: CPAS) danışın.
right-sociaal-tarief-water-reason-abroad = Belçika'da oturmuyorsunuz. Bu sosyal tarife sadece Flaman Bölgesi'nde geçerlidir.
right-sociaal-tarief-water-reason-homeless = Şu anda kendi eviniz yok, bu yüzden su faturanız da yok. Leefloon, eşdeğer leefloon, IGO, IVT, IT veya yaşlılar için bakım bütçesi alıyor musunuz ve ileride bir ev kiralayacak mısınız? O zaman su için sosyal tarifeyi alabilirsiniz. Taşındığınızda su şirketine sorun.
right-sociaal-tarief-water-reason-care-home = Huzurevinde (woonzorgcentrum) oturuyorsunuz. Orada genellikle herkes için tek bir su faturası vardır. O zaman faturada indirim almazsınız, ama para geri alırsınız: bir tazminat. Bu kendiliğinden olur. Hiçbir şey almadınız mı? Su şirketine veya OCMW'ye sorun.
right-sociaal-tarief-water-reason-automatic = Siz veya ailenizden biri leefloon, eşdeğer leefloon, IGO, IVT, IT veya yaşlılar için bakım bütçesi alıyor. Bu ödeneği bu yılın 1 Ocak tarihinde zaten alıyor muydunuz? O zaman suda sosyal tarifeyi kendiliğinden alırsınız. Hiçbir şey yapmanız gerekmez. Ödeneği yılın ilerleyen bir zamanında mı almaya başladınız? O zaman sosyal tarifeyi ancak bir sonraki yılın 1 Ocak tarihinden itibaren alırsınız. Binanızda herkes için tek bir su sayacı mı var? O zaman faturada indirim almazsınız, ama para geri alırsınız (bir tazminat). Bununla ilgili size bir mektup gelir.
right-sociaal-tarief-water-reason-vt-only = Sadece artırılmış geri ödeme almak, su için sosyal tarife hakkı vermez. Ziekenfonds'tan alınan bir ödenek de bu hakkı vermez.
right-sociaal-tarief-water-otherwise = Su için sosyal tarife; leefloon, eşdeğer leefloon, IGO, IVT, IT veya yaşlılar için bakım bütçesi alan aileler içindir. İleride böyle bir ödenek alırsanız, sosyal tarifeyi de alabilirsiniz. Su faturanızı ödemekte zorlanıyor musunuz? OCMW'ye danışın.


## Sosyal internet

right-sociaal-internet = Sosyal internet (sosyal internet teklifi)
right-sociaal-internet-summary = Sosyal internet ile evdeki internet için düşük ve sabit bir fiyat ödersiniz.
right-sociaal-internet-counter = Sosyal internet teklifini istiyorum.

right-sociaal-internet-reason-abroad = Belçika'da oturmuyorsunuz. Sosyal internet sadece Belçika'da oturanlar içindir.
right-sociaal-internet-reason-benefit = Siz veya ailenizden biri leefloon, eşdeğer leefloon, IGO, IVT, IT veya yaşlılar için bakım bütçesi alıyor. O zaman ailenizin sosyal internete hakkı var. Gelir sınırı yoktur. Hakkı olanlara normalde bir mektup gelmiştir. Ama geçiş yapmak için kimlik kartınızla kendiniz Proximus veya Telenet'e (başka şirketler de sunabilir) gitmeniz gerekir. Her aileden sadece bir kişi sosyal internet alır. Ailenizde biri hâlâ eski sosyal telefon tarifesini mi kullanıyor? O zaman ikisi birden olmaz. Sosyal internete geçen kişi artık eskisine geri dönemez.
right-sociaal-internet-reason-vt-only = Sadece artırılmış geri ödeme almak artık telefon veya internette indirim hakkı vermiyor.
right-sociaal-internet-otherwise = Sosyal internet; leefloon, eşdeğer leefloon, IGO, IVT, IT veya yaşlılar için bakım bütçesi alan aileler içindir. Bazı başka ödenekler de hak verir, örneğin OCMW'nin IGO için veya engellilik ödeneği için verdiği avans. Bu, IGO'yu veya ödeneği beklerken OCMW'den aldığınız paradır. Böyle bir avans mı alıyorsunuz? O zaman OCMW'ye sorun. İleride bu ödeneklerden birini alırsanız, sosyal interneti de alabilirsiniz.


## Belgeler

document-leveringsfactuur = Kalorifer yakıtınızın (mazout) veya propanınızın faturasının ya da teslimat fişinin kopyası
document-leveringsfactuur-where = Bunu teslimatta tedarikçinizden veya benzin istasyonundan alırsınız.

document-attest-aantal-woningen = Sadece apartmanda oturuyorsanız: faturanın kaç konut için olduğunu gösteren bir belge
document-attest-aantal-woningen-where = Binanın sahibinden veya yöneticisinden isteyin.

## Kurumlar

office-fod-economie = FOD Economie (Ekonomi Bakanlığı)
office-fod-economie-phone = Enerji için sosyal tarife ile ilgili sorularınız için FOD Economie'yi arayın.
office-fod-economie-online = Sosyal tarifeyi alıp almadığınıza, hangi sözleşme ve hangi dönem için aldığınıza bu internet sitesinden bakın.

office-watermaatschappij = Su şirketiniz (örneğin De Watergroep, Farys, Pidpa veya water-link)
office-watermaatschappij-phone = Su şirketinizi arayın. Numara, su faturanızda yazar.
office-watermaatschappij-online = Su şirketinizin internet sitesine bakın. Şirketin adı su faturanızda yazar.
office-watermaatschappij-letter = Su şirketinize bir mektup veya e-posta gönderin. Adres, su faturanızda yazar.

office-telecom-operator = Bir internet şirketi: Proximus veya Telenet (başka şirketler de sunabilir)
office-telecom-operator-in-person = Kimlik kartınızla bir Proximus veya Telenet (başka şirketler de sunabilir) mağazasına gidin. Sosyal internet istediğinizi söyleyin.
office-telecom-operator-phone = İnternet şirketinin müşteri hizmetlerini arayın. Numara, şirketin internet sitesinde yazar.

## Parametreler

param-vf-income-limit = Isınma yardımı: ailenin yıllık gelir sınırı (brüt, vergiye tabi)
param-vf-income-limit-extra-person = Isınma yardımı: bakmakla yükümlü olunan her kişi için gelir sınırındaki artış
param-sociaal-internet-price = Sosyal internet: sabit internet için aylık fiyat
param-sociaal-internet-bundle-max = Sosyal internet: bir paket için aylık en yüksek fiyat

# Issue 13: no income check when the whole household has VT
right-verwarmingstoelage-reason-vt-household = Hanenizdeki herkesin artırılmış geri ödemesi var. O zaman OCMW gelirinize bakmaz. Yardımı teslimattan sonraki 60 gün içinde OCMW'den isteyin. Teslimat tarihi faturada yazar.

# Issue 13: sociaal internet for a zorgtoeslag with 4 points on pillar 1
right-sociaal-internet-reason-zorgtoeslag-points = Çocuğunuz birinci sütunda en az 4 puanlı bir bakım eki (zorgtoeslag) alıyor. O zaman hanenizin sosyal internet hakkı vardır. Gelir sınırı yoktur. Hakkı olanlara normalde bir mektup gelmiştir. Geçiş yapmak için kimlik kartınızla internet şirketinize gidin.

# Issue 13: minimale levering via het OCMW
right-minimale-levering-energie = OCMW aracılığıyla asgari gaz ve elektrik teslimi
right-minimale-levering-energie-summary = Bütçe sayacınız var ve yeterince yükleme yapamıyor musunuz? O zaman OCMW kışın yine de gazınız olmasını sağlayabilir. Az miktarda elektrik her zaman kalır.
right-minimale-levering-energie-counter = Bütçe sayacım var ve asgari gaz veya elektrik teslimi istemek istiyorum.
right-minimale-levering-energie-reason-outside-flanders = Flanders'ta oturmuyorsunuz. Bütçe sayacıyla ilgili bu kural Flamandır. Enerji faturanızı ödemekte zorlanıyor musunuz? Belediyenizin OCMW'sinden tavsiye isteyin.
right-minimale-levering-energie-reason-housing = Şu anda kendi enerji sayacınız yok. Bu yardım evinde bütçe sayacı olanlar içindir.
right-minimale-levering-energie-reason-prepaid = Bütçe sayacınız var. Yeterince yükleme yapamıyor musunuz? O zaman OCMW size 1 Kasım'dan 31 Mart'a kadar asgari doğal gaz teslimi verebilir. Elektrik için az bir miktar her zaman kalır. OCMW'ye gidin. Kararı OCMW verir.
right-minimale-levering-energie-otherwise = Bütçe sayacınız yok veya enerjinizi ödemekte zorlanmıyorsunuz. Daha sonra bütçe sayacınız olur ve yükleme yapamazsanız OCMW'ye gidin.
