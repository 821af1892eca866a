# Programın kendi kullandığı sözcükler (başlıklar, sabit cümleler). Sade Türkçe, "siz" hitabı.

ui-report-title = Rechtenwijzer: { $date } tarihli özetiniz
ui-report-disclaimer = Bu sadece bir ön bilgidir, karar değildir. Kararı OCMW (sosyal yardım merkezi) veya hakkı veren kurum verir. Hiçbir başvuru yapılmadı ve hiçbir bilgi kaydedilmedi.

ui-status-automatic = Kendiliğinden verilir
ui-status-proactive = Size teklif edilir
ui-status-request = Başvurmanız gerekir
ui-status-already = Zaten alıyorsunuz
ui-status-unknown = Henüz belli değil
ui-status-unlikely = Olası değil

ui-apply-at = kurum: { $office }
ui-reason-missing = Bu henüz şunlara bağlı: { $facts }.
ui-reason-possible = Olası sonuç: { $statuses }.
ui-reason-missing-parameter = Bu tarih için tutar henüz bilinmiyor: { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] Bunu, "{ $right }" hakkını aldığınız anda kendiliğinden alırsınız. Bu yüzden önce "{ $first }" için başvurun.
       *[no] Bunu, "{ $right }" hakkını aldığınız anda alabilirsiniz. Bu yüzden önce "{ $first }" için başvurun.
    }
ui-reason-limit-not-known = Şu anki sınır henüz bilinmiyor: { $parameter }. Bu sınır hiçbir zaman düşmez. Yani en az { $amount }: bildiğimiz son sınır budur ({ $since } tarihinden itibaren).

ui-if-missing = { $text }
ui-deadline = Süre: { $text }
ui-opens = Bu hak şunların da yolunu açar: { $rights }.
ui-to-confirm = Dikkat: bu bilgilerin bir kısmı henüz resmi bir kaynaktan kontrol edilmedi. Kesin bilgiyi karar veren kurum verir.
ui-parameter-to-confirm = "{ $parameter }" tutarı resmi bir kaynaktan gelmiyor. Bu tutarın henüz doğrulanması gerekiyor.

ui-unreviewed = Bu çeviriyi henüz ana dili Türkçe olan biri kontrol etmedi. Doğru adlar Hollandaca olanlardır.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = { AMOUNT($value) } €
ui-amount-euro-month = aylık { AMOUNT($value) } €
ui-amount-euro-year = yıllık { AMOUNT($value) } €
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } yıl
ui-amount-line = { $name }: { $amount } ({ $since } tarihinden itibaren)
ui-amount-line-to-confirm = { $name }: { $amount } ({ $since } tarihinden itibaren; henüz doğrulanması gerekiyor)
ui-amount-line-at-least = { $name }: en az { $amount } (bildiğimiz son tutar, { $since } tarihinden itibaren; yenisi henüz bilinmiyor)

ui-compare-title = Rechtenwijzer: ne değişiyor? ({ $date })
ui-compare-none = Hiçbir hak değişmiyor.
ui-compare-change = { $right }: «{ $from }» yerine «{ $to }»
ui-compare-stored = Cevaplarınız A olarak saklandı. Şimdi cevapları değiştirin ve karşılaştırmak için yeniden F7'ye basın.
ui-compare-screen-title = Karşılaştır
ui-compare-intro = A olarak sakladığınız cevaplara göre ne değişiyor? F7, A'yı unutur.
ui-compare-row = önce (A): { $a } · şimdi: { $now }

ui-documents-title = Yanınıza almanız gereken belgeler
ui-documents-none = Yanınıza belge almanız gerekmiyor.
ui-document-for = Şunun için gerekli: { $rights }.
ui-document-where = Nereden alırsınız? { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = Ocak
ui-month-2 = Şubat
ui-month-3 = Mart
ui-month-4 = Nisan
ui-month-5 = Mayıs
ui-month-6 = Haziran
ui-month-7 = Temmuz
ui-month-8 = Ağustos
ui-month-9 = Eylül
ui-month-10 = Ekim
ui-month-11 = Kasım
ui-month-12 = Aralık

# Tam ekran soru-cevap bölümü.
ui-app-name = Rechtenwijzer
ui-language-name = Türkçe
ui-too-small = Rechtenwijzer'i kullanmak için pencereyi büyütün.
ui-welcome-title = Hoş geldiniz
ui-welcome-intro = Hoş geldiniz. Size birkaç kısa soru soracağız. Sonra hangi desteği belki alabileceğinizi, nereye gideceğinizi ve yanınıza ne alacağınızı göreceksiniz.
ui-welcome-reassure = Hiçbir şey gönderilmez ve hiçbir şey kaydedilmez. Her cevabınızı sonra değiştirebilirsiniz.
ui-welcome-language = Dil
ui-welcome-reading = Nasıl okumak istersiniz?
ui-mode-normal = Normal yazı
ui-mode-large = Büyük yazı
ui-mode-contrast = Yüksek kontrast
ui-chosen = seçildi
ui-start = Sorulara başla
ui-welcome-training = Örnek bir aileyle alıştırma yapın (eğitim için)
ui-personas-title = Örnek aileler
ui-personas-intro = Bir örnek aile seçin. Cevaplarını Enter ile tek tek görün. Sonuçlar, siz F6'ya basana kadar gizli kalır; böylece grup önce tahmin edebilir.
ui-training-hidden = Sonuçlar hâlâ gizli. Önce grup tahmin etsin: ne kendiliğinden verilir, bu ailenin neye başvurması gerekir? Sonuçları göstermek için F6'ya basın.
ui-training-title = Alıştırma
ui-worker-on = Sosyal çalışan görünümü
ui-question-progress = Soru { $number } / yaklaşık { $total }
ui-question-several = Birden fazla cevap seçebilirsiniz. Sonra "Tamam" seçeneğini seçin.
ui-question-number = Bir sayı yazın ve Enter tuşuna basın.
ui-yes = Evet
ui-no = Hayır
ui-dont-know = Bilmiyorum
ui-none-of-these = Hiçbiri
ui-confirm-choice = Tamam, cevabım bu
ui-number-empty = Önce bir sayı yazın veya "Bilmiyorum" seçeneğini seçin.
ui-number-range = Bu sayı olmaz. { $min } ile { $max } arasında bir sayı yazın.
ui-number-not-a-number = Bu bir sayı değil. Harf kullanmadan sadece rakam yazın.
ui-number-ambiguous = Bu sayı iki şekilde okunabilir. Noktasız ve virgülsüz yazın, örneğin 1300.
ui-number-read-as = { $value } olarak hesaplıyoruz.
ui-error-prefix = Dikkat: 
ui-digit-pending = Numara { $number }… Bir rakam daha yazın ya da Enter’a basın.
ui-no-such-number = Bu numarada bir seçenek yok. Ekrandaki numaralara bakın.
ui-overview-title = Cevaplarınız
ui-overview-intro = Değiştirmek istediğiniz cevabı seçin.
ui-not-answered = henüz cevaplanmadı
ui-to-results = Sonuçlara git
ui-results-title = Belki alabileceğiniz destekler
ui-group-empty = Yok.
ui-show-unlikely =
    { $count ->
        [one] Olası olmayan { $count } hakkı göster
       *[other] Olası olmayan { $count } hakkı göster
    }
ui-hide-unlikely = Olası olmayan hakları gizle
ui-quit-question = Bitirmek istiyor musunuz? O zaman tüm cevaplarınız silinir.
ui-quit-yes = Evet, bitir ve her şeyi sil
ui-quit-no = Hayır, devam et
ui-start-over-question = Baştan başlamak istiyor musunuz? O zaman tüm cevaplarınız silinir.
ui-start-over-yes = Evet, her şeyi sil ve baştan başla
ui-start-over-no = Hayır, devam et
ui-staff-pin = Yalnızca personel için: kodu yazın ve Enter tuşuna basın.
ui-staff-wrong = Bu kod doğru değil.
ui-staff-wait = Yanlış bir kod yazıldı. Biraz bekleyin, sonra tekrar deneyin.
ui-idle-countdown = Hâlâ burada mısınız? { $seconds } saniye sonra her şey silinecek ve Rechtenwijzer baştan başlayacak. Devam etmek için bir tuşa basın.
ui-bank-codes = Dikkat: hiçbir kurum sizden asla banka şifrelerinizi (örneğin PIN kodunuzu) istemez. Ne telefonla, ne e-postayla, ne de mesajla.
ui-handout-title = Yazdır veya kaydet
ui-handout-intro = Sonuçlarınızı ve belge listesini kâğıt üzerinde yanınıza alabilir veya bir dosyaya kaydedebilirsiniz. Bunu yapmazsanız hiçbir şey kaydedilmez.
ui-handout-print = Yazıcıdan yazdır
ui-handout-save = Bir dosyaya kaydet
ui-handout-back = Geri
ui-save-as-title = Bir dosyaya kaydet
ui-save-as-label = Dosyanın adını yazın ve Enter tuşuna basın. Esc tuşu kaydetmeden geri döner.
ui-printed = Kâğıdınız yazdırılıyor. Yanınıza almayı unutmayın.
ui-printing = Sayfanız yazıcıya gönderiliyor…
ui-print-no-printer = Burada yazıcı yok. Bir görevliden yardım isteyin.
ui-print-failed = Yazdırılamadı. Bir görevliden yardım isteyin.
ui-saved = Dosya kaydedildi.
ui-save-exists = Bu adla bir dosya zaten var. Başka bir ad seçin.
ui-save-failed = Kaydedilemedi. Bir görevliden yardım isteyin.
ui-detail-status = Sonuç: { $status }
ui-detail-why = Neden?
ui-detail-based-on = Cevaplarınıza göre: { $answers }.
ui-detail-conditions = Bunu ne zaman alabilirsiniz? Bazı durumlar:
ui-detail-where = Nereye gidersiniz? { $office }
ui-channel-in-person = Gidip görüşmek
ui-channel-phone = Telefon etmek
ui-channel-online = İnternetten
ui-channel-letter = Mektup veya e-posta
ui-channel-home-visit = Ev ziyareti
ui-documents-office-channels = Nasıl ulaşılır: { $channels }
ui-detail-counter = Gişede ne söylersiniz?
ui-detail-counter-dutch = Hollandaca: { $sentence }
ui-detail-dutch-name = Hollandaca: { $name }
ui-detail-amounts = Tutarlar ve sınırlar
ui-worker-title = Sosyal hizmet uzmanı için
ui-worker-rule = Kural { $number }: { $rule }
ui-rule-and = { $left } ve { $right }
ui-rule-or = { $left } veya { $right }
ui-rule-not = değil ({ $rule })
ui-rule-less = { $left }, { $right } değerinden az
ui-rule-less-equal = { $left } en fazla { $right }
ui-rule-greater = { $left }, { $right } değerinden fazla
ui-rule-greater-equal = { $left } en az { $right }
ui-rule-equal = { $left }, { $right } değerine eşit
ui-rule-not-equal = { $left }, { $right } değerine eşit değil
ui-rule-one-of = { $fact }: { $values }
ui-rule-or-value = { " veya " }
ui-rule-count = { $fact } sayısı
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right }: { $statuses }
ui-worker-no-rule = Hiçbir kural geçerli değil veya cevaplar henüz karar vermeye yetmiyor.
ui-worker-facts = Okunan cevaplar: { $facts }
ui-worker-parameter = { $name } = { $amount }, { $since } tarihinden itibaren; kaynak: { $source }; { $checked } tarihinde kontrol edildi; { $confidence }
ui-worker-parameter-at-least = { $name } = en az { $amount }: { $since } ile { $until } arasında biliniyor, sonrası henüz bilinmiyor (yalnızca artar); kaynak: { $source }; { $checked } tarihinde kontrol edildi; { $confidence }
ui-worker-unverified = Kontrol edilmedi: { $text }
ui-confidence-verified = resmi bir kaynakta kontrol edildi
ui-confidence-verified-old = kontrol edildi, ama eski bir tutar
ui-confidence-third-party = yalnızca başka bir kaynakta bulundu, henüz doğrulanmalı
ui-confidence-unverified = kontrol edilmedi, henüz doğrulanmalı
ui-detail-what-if = Bunu ne değiştirebilir?
ui-what-if = Bu hak şu durumda mümkün olur: { $changes }.
ui-change-at-most = { $fact } en fazla { $value }
ui-change-at-least = { $fact } en az { $value }
ui-change-is = { $fact }: { $value }
ui-change-adds = { $fact }: ayrıca { $value }
ui-change-drops = { $fact }: artık { $value } değil
ui-detail-documents = Yanınıza ne alırsınız?
ui-detail-deadline = Ne zamana kadar?
ui-detail-if-missing = Kendiliğinden gelmezse?
ui-detail-opens = Bu hak şunların da yolunu açar
ui-detail-to-confirm = Henüz kontrol edilmesi gerekenler
ui-detail-source = Kaynak
ui-detail-source-text = { $source } ({ $checked } tarihinde kontrol edildi)
ui-documents-intro = Bu belgeleri yanınıza alın. Belgeler kurumlara göre sıralanmıştır.
ui-help-title = Yardım
ui-help-intro = Sadece klavyeyi kullanırsınız. Tuşlar şunları yapar:
ui-theme-standard = Normal renkler
ui-theme-contrast-dark = Yüksek kontrast, koyu
ui-theme-contrast-light = Yüksek kontrast, açık
ui-theme-terminal = Terminalin renkleri
ui-theme-mono = Renksiz

# Sade mod: ekran okuyucular ve betikler için satırlar.
ui-plain-commands = Seçiminizin numarasını yazarak cevap verin ve Enter tuşuna basın. Cevaplarınızı görmek için o, sonuçlar için r, belgeler için d, yardım için h yazın; bitirmek için q yazın.
ui-plain-commands-kiosk = Seçiminizin numarasını yazarak cevap verin ve Enter tuşuna basın. Cevaplarınızı görmek için o, sonuçlar için r, belgeler için d, yardım için h yazın; baştan başlamak için q yazın. Cevaplarınız o zaman silinir.
ui-plain-prompt = Seçiminiz:
ui-plain-invalid = Bu cevap olmaz. Listeden bir numara yazın.
ui-plain-number = Bir sayı yazın ve Enter tuşuna basın. Bilmiyor musunuz? O zaman sadece Enter tuşuna basın.
ui-plain-several = Uygun olan her şeyin numarasını, aralarında bir boşluk bırakarak yazın, örneğin: 1 3.
ui-plain-current = Şu anki cevabınız: { $answer }.
ui-plain-overview = Değiştirmek istediğiniz cevabın numarasını yazın veya sonuçlar için r yazın.
ui-plain-results = Daha fazla bilgi için bir hakkın numarasını yazın. Belgeler için Enter tuşuna basın. Bitirmek için q yazın.
ui-plain-continue = Devam etmek için Enter tuşuna basın.

# Tuşlar: ipucu çubuğu için kısa bir sözcük (ui-key-…) ve yardım ekranı için bir cümle (ui-action-…).
ui-key-up = yukarı
ui-key-down = aşağı
ui-key-page-up = sayfa yukarı
ui-key-page-down = sayfa aşağı
ui-key-home = başa
ui-key-end = sona
ui-key-select = seç
ui-key-digit = numara seç
ui-key-erase = sil
ui-key-back = geri
ui-key-forward = ileri
ui-key-overview = cevaplar
ui-key-results = sonuçlar
ui-key-documents = belgeler
ui-key-help = yardım
ui-key-large = büyük yazı
ui-key-theme = renkler
ui-key-language = dil
ui-key-bilingual = iki dil
ui-key-handout = yazdır
ui-key-start-over = baştan (her şeyi sil)
ui-key-staff-exit = personel
ui-key-worker = uzman
ui-key-reveal = göster
ui-key-compare = karşılaştır
ui-key-quit = bitir
ui-action-up = Bir satır yukarı gidin.
ui-action-down = Bir satır aşağı gidin.
ui-action-page-up = Bir sayfa yukarı gidin.
ui-action-page-down = Bir sayfa aşağı gidin.
ui-action-home = Başa gidin: ilk seçeneğe ya da metnin en üstüne.
ui-action-end = Sona gidin: son seçeneğe ya da metnin en altına.
ui-action-select = İşaretli olanı seçin veya açın.
ui-action-digit = O numaralı cevabı seçin ya da bir sayı yazın. 10 ve üstü için iki rakamı arka arkaya yazın, örneğin 12 için önce 1 sonra 2.
ui-action-erase = Yazdığınız son rakamı silin.
ui-action-back = Geri gidin. Cevaplarınız kaybolmaz.
ui-action-forward = Geri gittikten sonra yeniden ileri gidin.
ui-action-overview = Tüm cevaplarınızı görün ve birini değiştirin.
ui-action-results = Sonuçları görün.
ui-action-documents = Yanınıza hangi belgeleri alacağınızı görün.
ui-action-help = Bu yardım ekranını açın.
ui-action-large = Büyük yazıyı açın veya kapatın.
ui-action-theme = Başka renkler seçin, örneğin yüksek kontrast.
ui-action-language = Başka bir dil seçin.
ui-action-handout = Sonuçlarınızı ve belgelerinizi yazdırın veya bir dosyaya kaydedin.
ui-action-start-over = Baştan başlayın. Tüm cevaplarınız silinir.
ui-action-compare = Cevaplarınızı A olarak saklayın; A'yı şimdiki cevaplarınızla karşılaştırmak için sonra yeniden basın.
ui-action-reveal = Eğitim: örnek ailenin sonuçlarını gösterin.
ui-action-worker = Sosyal hizmet uzmanı için her sonucun arkasındaki kuralı, cevapları ve tutarları gösterin veya gizleyin.
ui-action-staff-exit = Yalnızca personel için: ortak bilgisayarda programı kapatın.
ui-action-bilingual = Sonuçları, bir hakkı ve belgeleri iki dilde gösterin: kendi dilinizde ve Hollandaca.
ui-action-quit = Bitirin. O zaman her şey silinir.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { ", " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language }: bu ekran bu dilin harflerini gösteremez
ui-language-cannot-show = Bu ekran bu dilin harflerini gösteremez. Bir görevliden Rechtenwijzer'i başka bir yazı tipiyle bir pencerede açmasını isteyin.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = Önce bunu yapın
ui-plan-intro = Bu adımları bu sırayla yapın. Bu kâğıdı her gişeye götürün.
ui-plan-no-steps = Şu anda hiçbir şey için başvurmanız gerekmiyor.
ui-plan-step = Adım { $number }: { $office }
ui-plan-step-continued = Adım { $number } (devamı): { $office }
ui-plan-ask-request = İsteyin: { $right }
ui-plan-ask-unknown = Hakkınız olup olmadığını sorun: { $right }
ui-plan-ask-proactive = Bu size teklif edilecek: { $right }. Mektuplarına cevap verin.
ui-plan-say = Gişede şunu söyleyin: { $sentence }
ui-plan-bring = Yanınıza alın:
ui-plan-by-themselves = Bunlar için bir şey yapmanız gerekmiyor: { $rights }.
ui-plan-undecided = Cevaplar eksik olduğu için henüz söylenemiyor: { $rights }. Atladığınız soruları cevaplayın veya OCMW'den tavsiye isteyin.
ui-plan-answers-first = Önce daha fazla soruyu cevaplayın. O zaman Rechtenwijzer neye başvurmanız gerektiğini söyleyebilir.
ui-handout-rights = Haklarınız
ui-handout-page = Sayfa { $page } / { $pages }
