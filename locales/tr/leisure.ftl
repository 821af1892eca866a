# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Kansentarief ile UiTPAS

right-uitpas-kansentarief = İndirimli tarifeli UiTPAS (kansentarief)
right-uitpas-kansentarief-summary = İndirimli tarifeli (kansentarief) bir UiTPAS ile belediyenizde veya bölgenizde spor, kültür ve diğer boş zaman etkinliklerinde büyük bir indirim alırsınız.
right-uitpas-kansentarief-counter = İndirimli tarifeli (kansentarief) bir UiTPAS istiyorum.

right-uitpas-kansentarief-reason-outside = UiTPAS, Flaman belediyelerinin bir boş zaman kartıdır. Oturduğunuz yerde genellikle UiTPAS yoktur. Boş zaman etkinlikleri için indirim olup olmadığını belediyenize veya OCMW'ye sorun.
right-uitpas-kansentarief-reason-brussels = Brüksel'de oturuyorsunuz. Her belediyenin veya bölgenin kendi kuralları vardır. Bir UiTPAS veya indirimli başka bir boş zaman kartı olup olmadığını belediyenize veya OCMW'ye sorun.
right-uitpas-kansentarief-reason-benefit = Siz veya ailenizden biri artırılmış geri ödeme, leefloon, eşdeğer leefloon, IGO, IVT, IT veya yaşlılar için bakım bütçesi alıyor. Çoğu belediyede bu, indirimli tarife (kansentarief) hakkı verir. Ama her belediyenin veya bölgenin kendi kuralları vardır. Belediyenizdeki UiTPAS gişesine veya Sociaal Huis'e sorun. Kimlik kartınızı ve ödeneğinizle ilgili bir belgeyi yanınıza alın. Aynı adreste oturan ve bakmakla yükümlü olduğunuz aile üyeleriniz de (örneğin çocuklarınız) bunu alabilir. İndirimli tarife bir yıl geçerlidir.
right-uitpas-kansentarief-reason-vt-automatic = Artırılmış geri ödemeyi kendiliğinden alıyorsunuz. Çoğu belediyede bu, indirimli tarife (kansentarief) hakkı verir. Ama her belediyenin veya bölgenin kendi kuralları vardır. Belediyenizdeki UiTPAS gişesine veya Sociaal Huis'e sorun. Kimlik kartınızı ve ziekenfonds'unuzdan bir belgeyi yanınıza alın.
right-uitpas-kansentarief-reason-debt = Borçlarınız veya bütçeniz için yardım alıyorsunuz: bütçe danışmanlığı, bütçe yönetimi, borç arabuluculuğu veya toplu borç düzenlemesi. Çoğu belediyede bu, indirimli tarife (kansentarief) hakkı verir. Ama her belediyenin veya bölgenin kendi kuralları vardır. Belediyenizdeki UiTPAS gişesine veya Sociaal Huis'e sorun. Kimlik kartınızı ve OCMW'den, CAW'den veya borç arabulucunuzdan bir belgeyi yanınıza alın.
right-uitpas-kansentarief-reason-asylum-seeker = Sığınmacı olarak bir kabul merkezinde mi kalıyorsunuz? O zaman birçok belediyede indirimli tarife (kansentarief) alabilirsiniz. Ama her belediyenin veya bölgenin kendi kuralları vardır. Belediyenizdeki UiTPAS gişesine, Sociaal Huis'e veya kabul merkezinize sorun.
right-uitpas-kansentarief-reason-no-legal-stay = OCMW'den acil tıbbi yardım mı alıyorsunuz? O zaman birçok belediyede, yasal oturumunuz olmasa bile, indirimli tarife (kansentarief) alabilirsiniz. Ama her belediyenin veya bölgenin kendi kuralları vardır. Belediyenizdeki OCMW'ye veya Sociaal Huis'e sorun.
right-uitpas-kansentarief-reason-vt-first = Muhtemelen artırılmış geri ödeme alabilirsiniz. Önce bunu ziekenfonds'unuzdan isteyin. Bununla ilgili belgeyle çoğu belediyede indirimli tarife (kansentarief) isteyebilirsiniz. Bazı belediyeler gelirinize kendileri de bakar. Her belediyenin veya bölgenin kendi kuralları vardır. Belediyenizdeki UiTPAS gişesine veya Sociaal Huis'e sorun.
right-uitpas-kansentarief-otherwise = Cevaplarınıza göre indirimli tarifeye (kansentarief) hakkınız yok gibi görünüyor. Ama her belediyenin veya bölgenin kendi kuralları vardır. Bazı belediyelerde Groeipakket'in sosyal ek ödemesi, kira yardımı, okul veya öğrenim bursu ya da bir maatwerkbedrijf'te (özel istihdam şirketi; eskiden korumalı veya sosyal atölye) çalışmak da indirimli tarife hakkı verir. Belediyenize veya Sociaal Huis'e sorun.

## Kurumlar

office-gemeente = Belediyeniz (UiTPAS gişesi veya Sociaal Huis)
office-gemeente-in-person = Belediyenizdeki bir UiTPAS gişesine, Sociaal Huis'e veya bir buluşma merkezine gidin. Belediyenizde hangi kuralların geçerli olduğunu orada sorun.
office-gemeente-phone = Belediyenizi veya Sociaal Huis'i arayın. Numara, belediyenizin internet sitesinde yazar.
office-gemeente-online = Belediyenizin internet sitesine bakın. Orada UiTPAS'ı arayın.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = Ucuz tatil ve geziler (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = Geliriniz düşükse Iedereen Verdient Vakantie ile ucuza tatile veya geziye gidebilirsiniz.
right-vakantieparticipatie-counter = Iedereen Verdient Vakantie aracılığıyla ucuz bir tatil veya gezi ayırtmak istiyorum.
right-vakantieparticipatie-reason-outside = Flanders'ta veya Brüksel'de oturmuyorsunuz. Iedereen Verdient Vakantie bir Flaman hizmetidir.
right-vakantieparticipatie-reason-vt = Artırılmış geri ödemeniz var. O zaman Iedereen Verdient Vakantie aracılığıyla ucuz tatiller ve geziler ayırtabilirsiniz. OCMW'ye veya CAW'ye sorun.
right-vakantieparticipatie-reason-debt = Bütçeniz için yardım alıyorsunuz veya toplu borç düzenlemesindesiniz. O zaman genellikle Iedereen Verdient Vakantie aracılığıyla ucuz tatiller ve geziler ayırtabilirsiniz. OCMW'ye veya CAW'ye sorun.
right-vakantieparticipatie-reason-vt-first = Muhtemelen artırılmış geri ödeme alabilirsiniz. Önce bunu ziekenfonds'unuzdan isteyin. Sonra OCMW veya CAW aracılığıyla ucuz tatiller ve geziler ayırtabilirsiniz.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie, örneğin artırılmış geri ödemesi olan, düşük gelirli kişiler içindir. Hakkınız olduğunu mu düşünüyorsunuz? OCMW'ye veya CAW'ye sorun.

right-vakantieparticipatie-reason-brussels = Brüksel'de oturuyorsunuz. Iedereen Verdient Vakantie bir Flaman hizmetidir. Brüksel'deki bazı Hollandaca konuşan kuruluşlar buna katılır. OCMW'ye veya CAW'ye sorun.
