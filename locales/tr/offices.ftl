# Kurumlar: office-<id> kurumun adıdır, office-<id>-<kind> o yolun nasıl kullanılacağını söyler.

office-ocmw = Belediyenizdeki OCMW (Sociaal Huis, sosyal yardım merkezi)
office-ocmw-in-person = Belediyenizdeki OCMW'ye veya Sociaal Huis'e gidin. Bazen önce randevu almanız gerekir.
office-ocmw-phone = Randevu için OCMW'yi arayın. Numara, belediyenizin internet sitesinde yazar.
office-ocmw-letter = Mektup veya e-posta da gönderebilirsiniz. Bunu sizin yerinize başka biri de yapabilir. O zaman bu kişiye kâğıt üzerinde yazılı izin verin.
office-ocmw-home-visit = OCMW'ye gidemiyor musunuz? O zaman birinin evinize gelmesini isteyin.

office-ziekenfonds = Ziekenfonds'unuz (sağlık sigortası kurumunuz)
office-ziekenfonds-in-person = Ziekenfonds'unuzun bir bürosuna gidin.
office-ziekenfonds-phone = Ziekenfonds'unuzu arayın. Numara, ziekenfonds'unuzun mektuplarında ve internet sitesinde yazar.
office-ziekenfonds-online = Ziekenfonds'unuzun internet sitesine veya uygulamasına giriş yapın, örneğin MyCM veya Mijn Helan.

office-fod-economie = FOD Economie (Ekonomi Bakanlığı)
office-fod-economie-phone = Enerjide sosyal tarife ile ilgili sorularınız için FOD Economie'yi arayın.
office-fod-economie-online = Sosyal tarifeyi alıp almadığınıza, hangi sözleşme ve hangi dönem için aldığınıza bu internet sitesinden bakın.
