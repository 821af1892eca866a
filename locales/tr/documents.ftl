# Belgeler: document-<id> belgenin adıdır, document-<id>-where belgeyi nereden alacağınızı söyler.

document-identiteitskaart = Kimlik kartı veya oturma kartı
document-identiteitskaart-where = Bu kart sizde zaten var. Kaybettiniz mi? Belediyenizden yenisini isteyin.

document-overzicht-inkomsten-uitgaven = Son 3 aydaki gelir ve giderlerinizin listesi
document-overzicht-inkomsten-uitgaven-where = Kendiniz yazın. Banka hesap dökümleriniz size bu konuda yardımcı olur.

document-rekeninguittreksels = Son aylara ait banka hesap dökümleri
document-rekeninguittreksels-where = Bunları bankanızdan alırsınız: kâğıt olarak veya bankanızın uygulamasında.

document-huurcontract = Kira sözleşmesi
document-huurcontract-where = Kiralamaya başladığınızda almıştınız. Kaybettiniz mi? Ev sahibinizden bir kopya isteyin.

document-bewijs-inkomen = Gelirinizin belgeleri: maaş bordroları veya ödenek belgeleri
document-bewijs-inkomen-where = Bunları işvereninizden veya ödeneğinizi ya da emekli maaşınızı ödeyen kurumdan alırsınız.

document-vdab-inschrijving = VDAB'ye (iş bulma kurumu) kayıtlı olduğunuzu gösteren belge
document-vdab-inschrijving-where = VDAB'den isteyin.

document-aanslagbiljet = Vergi hesap belgesi (kişisel gelir vergisi)
document-aanslagbiljet-where = Bu belgeyi MyMinfin'de bulursunuz. FOD Financiën'in (Maliye) bir bürosundan da isteyebilirsiniz.

document-verklaring-op-erewoord = Ailenizdeki tüm yetişkinlerin imzaladığı yazılı beyan (şeref sözü ile beyan)
document-verklaring-op-erewoord-where = Formu ziekenfonds'unuzdan alırsınız.

document-leveringsfactuur = Kalorifer yakıtınızın (mazout) veya propanınızın faturasının ya da teslimat fişinin kopyası
document-leveringsfactuur-where = Bunu teslimatta tedarikçinizden veya benzin istasyonundan alırsınız.

document-attest-aantal-woningen = Sadece apartmanda oturuyorsanız: faturanın kaç konut için olduğunu gösteren bir belge
document-attest-aantal-woningen-where = Binanın sahibinden veya yöneticisinden isteyin.

document-attest-schuldbemiddeling = Sadece borç arabuluculuğunda: borç arabulucunuzdan bir belge veya toplu borç düzenlemenizle ilgili karar
document-attest-schuldbemiddeling-where = Borç arabulucunuzdan isteyin.
