# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Belediyenizdeki Sociaal Huis (örnek)
office-voorbeeldgemeente-sociaal-huis-in-person = Belediyenizdeki Sociaal Huis'e gidin. Açılış saatleri belediyenizin internet sitesinde yazar.
office-voorbeeldgemeente-sociaal-huis-phone = Sociaal Huis'i arayın. Numara, belediyenizin internet sitesinde yazar.
office-voorbeeldgemeente-sociaal-huis-online = Belediyenizin internet sitesinde "mantelzorg" (bir yakınınıza bakım) bölümüne bakın.

document-verklaring-mantelzorger = Yakınınıza sizin baktığınızı gösteren beyan
document-verklaring-mantelzorger-where = Formu belediyenizdeki Sociaal Huis'ten alırsınız.

right-mantelzorgpremie = Yakınına bakanlar için prim (örnek)
right-mantelzorgpremie-summary = Bazı belediyeler, evde çok bakıma ihtiyacı olan birine bakan kişilere küçük bir prim verir.
right-mantelzorgpremie-counter = Yakınına bakanlar için prime başvurmak istiyorum.
right-mantelzorgpremie-reason-elsewhere = Flaman Bölgesi'nde yaşamıyorsunuz. Belediyenize, yakınına bakanlar için prim verip vermediğini sorun.
right-mantelzorgpremie-reason-care-need = Evinizde çok bakıma ihtiyacı olan biri var. Her belediye, yakınına bakanlar için prim verip vermeyeceğine ve kime vereceğine kendisi karar verir. Belediyenizdeki Sociaal Huis'e sorun.
right-mantelzorgpremie-otherwise = Yakınına bakanlar için prim, çok bakıma ihtiyacı olan birine bakan kişiler içindir.
right-mantelzorgpremie-unverified-example = Bu bir örnektir. Koşullar ve tutar her belediyede farklıdır.
