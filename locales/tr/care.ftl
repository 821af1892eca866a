# Care: zorgbudget voor zwaar zorgbehoevenden, zorgbudget voor ouderen, basisondersteuningsbudget.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Ağır bakıma muhtaç kişiler için bakım bütçesi

right-zorgbudget-zwaar-zorgbehoevenden = Ağır bakıma muhtaç kişiler için bakım bütçesi
right-zorgbudget-zwaar-zorgbehoevenden-summary = Ağır bakıma muhtaç kişiler için bakım bütçesi, çok bakıma ihtiyacı olan kişiler için verilen paradır. Bu parayı her ay zorgkas'ınızdan (bakım sigortası kasası) alırsınız. Parayı istediğiniz gibi kullanabilirsiniz.
right-zorgbudget-zwaar-zorgbehoevenden-counter = Ağır bakıma muhtaç kişiler için bakım bütçesine başvurmak istiyorum.
right-zorgbudget-zwaar-zorgbehoevenden-if-missing = Huzurevinde (woonzorgcentrum) mi oturuyorsunuz ve bu bakım bütçesini almıyor musunuz? O zaman zorgkas'ınızla iletişime geçin. Zorgkas'ınız genellikle ziekenfonds'unuza bağlıdır. Huzurevi size yardım edebilir.

right-zorgbudget-zwaar-zorgbehoevenden-reason-outside = Flaman Bölgesi'nde veya Brüksel'de oturmuyorsunuz. Bu bakım bütçesi, Flaman sosyal koruma sisteminin bir parçasıdır. Oturduğunuz yerde hangi yardımların olduğunu ziekenfonds'unuza veya OCMW'ye sorun.
right-zorgbudget-zwaar-zorgbehoevenden-reason-brussels = Brüksel'de oturuyorsunuz. Orada bir Flaman zorgkas'ına üye olmak zorunlu değildir, ama üye olabilirsiniz. Bir zorgkas'a üye misiniz? O zaman bu bakım bütçesini alıp alamayacağınızı zorgkas'ınıza sorun. Brüksel'de bir huzurevinde mi oturuyorsunuz? O zaman huzurevinin vereceği bir belge de geçerlidir.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-home = Flaman Bölgesi'nde bir huzurevinde (woonzorgcentrum) oturuyorsunuz. O zaman ağır bakıma muhtaç kişiler için bakım bütçesini her ay kendiliğinden alırsınız. Hiçbir şey yapmanız gerekmez.
right-zorgbudget-zwaar-zorgbehoevenden-reason-points = Siz veya ailenizden biri entegrasyon ödeneği (IT), yaşlılar için bakım bütçesi veya bir çocuk için bakım ek ödemesi alıyor. Bunun için yüksek bir bakım ihtiyacı ölçüldü mü (en az 15 puan, çocuk için bakım ek ödemesinde 18 puan)? O zaman bu bakım bütçesini kendiliğinden alırsınız. Ölçülmediyse, bir form ve bakım ihtiyacınızla ilgili bir belgeyle zorgkas'ınıza başvurabilirsiniz. Gelirinizle ilgili bir şart yoktur.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-need = Siz veya ailenizden biri her gün çok yardıma ihtiyaç duyuyor. Bu bakım bütçesini alıp almayacağınız, bakım ihtiyacının ölçülmesine bağlıdır. Bu ölçümü örneğin evde hemşirelik hizmeti veya aile bakım hizmeti yapar. Böyle bir ölçümün belgesiyle bakım bütçesini bazen kendiliğinden alırsınız. Yoksa bir form ve bu belgeyle zorgkas'ınıza başvurursunuz. Form ve belgeyi OCMW'ye de verebilirsiniz. Gelirinizle ilgili bir şart yoktur.
right-zorgbudget-zwaar-zorgbehoevenden-otherwise = Ailenizde her gün çok yardıma ihtiyacı olan biri olduğunu söylemediniz. Bu bakım bütçesi, çok bakıma ihtiyacı olan kişiler içindir. Bu durum değişirse, zorgkas'ınıza sorun.

right-zorgbudget-zwaar-zorgbehoevenden-unverified-amount = 2025 ve 2026 tutarı henüz kontrol edilmedi. Ocak 2024 tutarını gösteriyoruz.

## Bakıma ihtiyacı olan yaşlılar için bakım bütçesi

right-zorgbudget-ouderen = Bakıma ihtiyacı olan yaşlılar için bakım bütçesi
right-zorgbudget-ouderen-summary = Yaşlılar için bakım bütçesi, 65 yaşında veya daha büyük kişiler için verilen paradır. Günlük işlerde yardıma ihtiyacı olanlar içindir. Bu parayı her ay zorgkas'ınızdan (bakım sigortası kasası) alırsınız.
right-zorgbudget-ouderen-counter = Bakıma ihtiyacı olan yaşlılar için bakım bütçesine başvurmak istiyorum.
right-zorgbudget-ouderen-if-missing = Huzurevinde (woonzorgcentrum) mi oturuyorsunuz, IGO mu alıyorsunuz ve bu bakım bütçesini almıyor musunuz? O zaman zorgkas'ınızla iletişime geçin. Huzurevi, ziekenfonds'unuz veya OCMW size yardım edebilir.

right-zorgbudget-ouderen-reason-already = Zaten bakıma ihtiyacı olan yaşlılar için bakım bütçesi alıyorsunuz.
right-zorgbudget-ouderen-reason-wallonia = Valon Bölgesi'nde oturuyorsunuz. Bu Flaman bakım bütçesi sizin için değildir. Valon Bölgesi'nde yaşlılar için yardımı AVIQ'tan isteyebilirsiniz. Ziekenfonds'unuza veya OCMW'ye danışın.
right-zorgbudget-ouderen-reason-abroad = Belçika'da oturmuyorsunuz. Bu bakım bütçesi, Flaman Bölgesi'nde veya Brüksel'de oturan kişiler içindir.
right-zorgbudget-ouderen-reason-too-young = Bu bakım bütçesi 65 yaşından itibaren olan kişiler içindir. En erken 65 yaşına girdiğiniz gün isteyebilirsiniz. Sizinle 65 yaşında veya daha büyük, çok yardıma ihtiyacı olan biri mi yaşıyor? O zaman bu kişi kendisi isteyebilir. 65 yaşından küçük müsünüz ve engeliniz var mı? O zaman belki entegrasyon ödeneği (IT) alabilirsiniz.
right-zorgbudget-ouderen-reason-brussels = Brüksel'de oturuyorsunuz. Bir Flaman zorgkas'ına üye misiniz? O zaman bu bakım bütçesini alıp alamayacağınızı zorgkas'ınıza sorun. Değilseniz, yaşlılar için yardımı Brüksel kurumu olan Iriscare'den isteyebilirsiniz. Ziekenfonds'unuza veya OCMW'ye danışın.
right-zorgbudget-ouderen-reason-care-home-igo = Flaman Bölgesi'nde bir huzurevinde (woonzorgcentrum) oturuyorsunuz ve IGO alıyorsunuz. O zaman 1 Nisan 2023'ten beri yaşlılar için bakım bütçesini en yüksek kategoride kendiliğinden alırsınız. Hiçbir şey yapmanız gerekmez.
right-zorgbudget-ouderen-reason-care-home = Huzurevinde (woonzorgcentrum) oturuyorsunuz. Geliri düşük olan sakinler bu bakım bütçesini bazen kendiliğinden alır. Yoksa başvurursunuz. Alıp almayacağınız ve ne kadar alacağınız; ne kadar yardıma ihtiyacınız olduğunun ölçülmesine, sizin ve partnerinizin gelirine bağlıdır. Huzurevine veya zorgkas'ınıza sorun.
right-zorgbudget-ouderen-reason-care-need = Siz veya ailenizden biri her gün çok yardıma ihtiyaç duyuyor. Bu bakım bütçesini alıp almayacağınız; ne kadar yardıma ihtiyacınız olduğunun ölçülmesine, sizin ve partnerinizin gelirine bağlıdır. Birikimler ve mülkler de hesaba katılır. Genellikle 5 yıldır art arda Flaman Bölgesi'nde veya Brüksel'de oturuyor olmanız da gerekir. Bakım bütçesi için internetten kimlik kartınızla (eID) başvurursunuz. Zorgkas'ınız, ziekenfonds'unuz, belediye veya OCMW bu konuda size yardım edebilir.
right-zorgbudget-ouderen-otherwise = Her gün çok yardıma ihtiyacınız olduğunu söylemediniz. Yine de yıkanma, giyinme, yemek yeme veya ev işleri gibi günlük işlerde yardıma ihtiyacınız var mı? O zaman ziekenfonds'unuza veya OCMW'ye danışın.

right-zorgbudget-ouderen-unverified-amounts = 1 Mart 2026'dan beri kategori, yeni bir ölçüme, BelRAI-screener'a bağlıdır. Kategorilere göre şu anki tutarlar henüz kontrol edilmedi. Nisan 2023 tutarlarını gösteriyoruz.

## Temel destek bütçesi

right-basisondersteuningsbudget = Temel destek bütçesi (engelli kişiler için bakım bütçesi)
right-basisondersteuningsbudget-summary = Temel destek bütçesi, engelli kişiler için verilen paradır. Bu parayı her ay zorgkas'ınızdan alırsınız. Ancak VAPH'ye (Flaman Engelliler Ajansı, Vlaams Agentschap voor Personen met een Handicap) kayıtlı olmanız gerekir.
right-basisondersteuningsbudget-counter = Temel destek bütçesi alıp almadığımı öğrenmek istiyorum.

right-basisondersteuningsbudget-reason-outside = Flaman Bölgesi'nde veya Brüksel'de oturmuyorsunuz. Bu bakım bütçesi, Flaman sosyal koruma sisteminin bir parçasıdır. Oturduğunuz yerde hangi yardımların olduğunu ziekenfonds'unuza sorun.
right-basisondersteuningsbudget-reason-brussels = Brüksel'de oturuyorsunuz. Bu bakım bütçesi, Flaman sosyal koruma sisteminin bir parçasıdır. Brüksel'de bu sadece bir Flaman zorgkas'ına üyeyseniz mümkündür. Zorgkas'ınıza sorun.
right-basisondersteuningsbudget-reason-points = Siz veya ailenizden biri entegrasyon ödeneği (IT) veya bir çocuk için bakım ek ödemesi alıyor. Bunu en az 12 puana göre mi aldınız? O zaman temel destek bütçesini kendiliğinden alırsınız. Kendiniz başvuramazsınız: zorgkas'ınız veya ziekenfonds'unuz sizinle iletişime geçer. Zaten kişiye bağlı bir bütçeniz (persoonsvolgend budget) var mı? O zaman bunu alamazsınız. Hiçbir haber almadınız mı? O zaman zorgkas'ınıza sorun.
right-basisondersteuningsbudget-reason-vaph = Sizin veya ailenizden birinin engeli var. Temel destek bütçesi, kişiye bağlı bütçe (persoonsvolgend budget) için VAPH'de bir öncelik grubuna kayıtlı olan kişiler içindir. Kişiye bağlı bütçe, bakımı ve yardımı kendiniz seçmeniz için VAPH'nin verdiği paradır. Çocuklar ve gençler için başka kurallar da vardır. Kendiniz başvuramazsınız: zorgkas'ınız veya ziekenfonds'unuz sizinle iletişime geçer. Zaten kişiye bağlı bir bütçeniz var mı? O zaman bunu alamazsınız. Henüz VAPH'ye kayıtlı değil misiniz? Ziekenfonds'unuzun sosyal hizmet servisinden veya OCMW'den yardım isteyin.
right-basisondersteuningsbudget-otherwise = Ailenizde engelli biri olduğunu söylemediniz. Bu bakım bütçesi, VAPH'ye kayıtlı engelli kişiler içindir.

right-basisondersteuningsbudget-unverified-amount = Şu anki tutar henüz kontrol edilmedi. 2019'dan bir tutar gösteriyoruz. Başka bir kaynak daha yüksek bir tutar veriyor.

## Belgeler

document-formulier-zorgbudget-zwaar-zorgbehoevenden = Ağır bakıma muhtaç kişiler için bakım bütçesi başvuru formu
document-formulier-zorgbudget-zwaar-zorgbehoevenden-where = Bu formu zorgkas'ınızdan alırsınız. OCMW de size yardım edebilir.

document-attest-zorgnood = Bakım ihtiyacınızla ilgili belge
document-attest-zorgnood-where = Evinize gelen evde hemşirelik hizmetinden veya aile bakım hizmetinden isteyin. IT, yaşlılar için bakım bütçesi veya bir çocuk için bakım ek ödemesi ile ilgili bir karar da kullanılabilir. Bir psikiyatrik bakım evinde veya Brüksel'de bir huzurevinde mi oturuyorsunuz? O zaman orada kaldığınızı gösteren bir belge isteyin.

## Kurumlar

office-zorgkas = Zorgkas'ınız (bakım sigortası kasası)
office-zorgkas-in-person = Zorgkas'ınızın bir bürosuna gidin. Zorgkas'ınız genellikle ziekenfonds'unuza bağlıdır. O zaman ziekenfonds'unuzun bürosuna gidebilirsiniz.
office-zorgkas-phone = Zorgkas'ınızı arayın. Numara, zorgkas'ınızın mektuplarında yazar. Numarayı ziekenfonds'unuza da sorabilirsiniz.
office-zorgkas-online = Yaşlılar için bakım bütçesine sadece internetten, bu internet sitesinde başvurursunuz. eID'nizle giriş yaparsınız. Zorgkas'ınız, ziekenfonds'unuz, belediyeniz veya OCMW size yardım edebilir.
office-zorgkas-letter = Ağır bakıma muhtaç kişiler için bakım bütçesine bir form ve bir belgeyle başvurursunuz. Bunları zorgkas'ınıza gönderin veya OCMW'ye verin. OCMW bunları iletir.

## Parametreler

param-zorgbudget-zwaar-zorgbehoevenden = Ağır bakıma muhtaç kişiler için bakım bütçesi: aylık tutar
param-zorgbudget-ouderen-categorie-4-max = Yaşlılar için bakım bütçesi: 4. kategoride aylık en yüksek tutar (geliri düşük huzurevi sakinleri için kendiliğinden)
param-zorgbudget-ouderen-categorie-5-max = Yaşlılar için bakım bütçesi: 5. kategoride aylık en yüksek tutar (IGO alan huzurevi sakinleri için kendiliğinden)
param-basisondersteuningsbudget = Temel destek bütçesi: aylık tutar

# Issue 13: children get the ondersteuningstoeslag, not a BOB
right-basisondersteuningsbudget-reason-child = Çocuğunuz bir bakım eki (zorgtoeslag) alıyor. Çocuklar için zorgkas'tan temel destek bütçesi yoktur. Çocuğunuzun en az 12 puanı var mı? O zaman Groeipakket'in destek ekini (ondersteuningstoeslag) ödeme kurumunuz aracılığıyla kendiliğinden alır.

# Issue 13: lagere zorgpremie
right-zorgpremie-vermindering = Düşük bakım primi (zorgpremie)
right-zorgpremie-vermindering-summary = Flanders'ta herkes her yıl bir zorgkas'a bakım primi (zorgpremie) öder. Artırılmış geri ödemeyle daha az ödersiniz.
right-zorgpremie-vermindering-counter = Daha düşük bir bakım primi ödeyip ödemediğimi öğrenmek istiyorum.
right-zorgpremie-vermindering-if-missing = Yine de tam bakım primini mi ödüyorsunuz? Zorgkas'ınıza sorun. Artırılmış geri ödeme belgenizi götürün.
right-zorgpremie-vermindering-reason-outside = Flanders'ta veya Brüksel'de oturmuyorsunuz. Bakım primi Flamandır.
right-zorgpremie-vermindering-reason-vt = Artırılmış geri ödemeniz var. Bunu geçen yılın 1 Ocak tarihinde de alıyor muydunuz ve 5 yıldır Flanders'ta veya Brüksel'de mi oturuyorsunuz? O zaman kendiliğinden daha düşük bir bakım primi ödersiniz. Hiçbir şey yapmanız gerekmez.
right-zorgpremie-vermindering-otherwise = Düşük bakım primi, artırılmış geri ödemesi olanlar içindir. Bunu daha sonra alırsanız, daha sonra siz de daha az ödersiniz.

right-zorgpremie-vermindering-reason-brussels = Brüksel'de oturuyorsunuz. Orada bir Flaman zorgkas'ına katılıp katılmayacağınızı kendiniz seçersiniz. Katıldınız mı ve artırılmış geri ödemeniz var mı? O zaman muhtemelen siz de daha düşük bir bakım primi ödersiniz. Zorgkas'ınıza sorun.
