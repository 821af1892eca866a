# Eğitim için kişiler: her örnek hane (content/scenarios) için kısa bir hikâye, atölyeler için.
# Bütün isimler uydurmadır.

scenario-alleenstaande-met-leefloon-stookolie-story = Maria 45 yaşında ve kiralık bir evde yalnız yaşıyor. Altı aydır OCMW'den (sosyal yardım merkezi) leefloon (geçim yardımı) alıyor. Evini kalorifer yakıtıyla (mazout) ısıtıyor. Neleri kendiliğinden alır, neleri kendisi istemesi gerekir?
scenario-gepensioneerde-met-igo-stookolie-story = Jeanne 78 yaşında ve dul. Kendi evinde yalnız yaşıyor. Küçük bir emekli maaşı ve yaşlılar için gelir garantisi (IGO) alıyor. Evini kalorifer yakıtıyla (mazout) ısıtıyor.
scenario-alleenstaande-moeder-twee-kinderen-met-job-story = Sara 38 yaşında ve iki çocuğunu tek başına büyütüyor. Çalışıyor, özel bir ev sahibinden ev kiralıyor ve evini kalorifer yakıtıyla ısıtıyor. Çocuklar anaokuluna ve ilkokula gidiyor.
scenario-zonder-wettig-verblijf-story = Amina 40 yaşında. Belçika'da yasal oturma hakkı yok ve geliri yok. Arkadaşlarının yanında kalıyor ve bir avukatın yardımına ihtiyacı var.
scenario-vreemdelingenregister-alleenstaande-zonder-inkomen-story = Oleg 29 yaşında ve yabancılar kütüğüne (vreemdelingenregister) kayıtlı. Geliri yok ve iş arıyor. Elektrikle ısınan küçük bir stüdyo daire kiralıyor.
scenario-b-wachtlijst-vijf-jaar-prive-huur-story = Rik 45 yaşında ve çalışıyor. Özel bir ev sahibinden kiralıyor ve beş yıldır sosyal konut için bekleme listesinde.
scenario-a-koppel-collectieve-schuldenregeling-story = Tom ve Leen 40 yaş civarında ve iki çocukları var. Toplu borç düzenlemesindeler (collectieve schuldenregeling). Sadece Tom'un maaşı var. Bir alacaklı onları mahkemeye verdi.
scenario-c-student-op-kot-story = Lina 20 yaşında ve Gent'te üniversitede okuyor. Bir öğrenci odasında (kot) kalıyor ve öğrenci işinde çalışıyor. Soruları kendisi yanıtlıyor.
