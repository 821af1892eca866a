# Facts: a short label (used in reasons and in the overview of answers) and a label for every
# value of a choice or set fact.

fact-age = عمرك

fact-region = مكان سكنك
fact-region-flanders = فلاندرز
fact-region-brussels = بروكسل
fact-region-wallonia = والونيا
fact-region-abroad = في الخارج

fact-residence = جنسيتك أو إقامتك
fact-residence-belgian = بلجيكي
fact-residence-eu = مواطن من بلد آخر في الاتحاد الأوروبي
fact-residence-refugee = لاجئ معترف به
fact-residence-population-register = أجنبي مسجَّل في سجل السكان
fact-residence-foreigners-register = أجنبي مسجَّل في سجل الأجانب
fact-residence-temporary-protection = حماية مؤقتة (مثلًا من أوكرانيا)
fact-residence-asylum-seeker = طالب لجوء
fact-residence-no-legal-stay = بدون إقامة قانونية

fact-partner = شريك أو شريكة يسكن معك

fact-children = عدد الأطفال الذين يسكنون معك

fact-other-adults = عدد البالغين الآخرين الذين يسكنون معك

fact-income-monthly-net = دخلك الصافي في الشهر

fact-income-yearly-taxable = الدخل الخاضع للضريبة لأسرتك في السنة

fact-receives = ما تحصل عليه بالفعل
fact-receives-leefloon = دخل المعيشة من OCMW (leefloon)
fact-receives-equivalent-leefloon = المساعدة المعادلة لـ leefloon من OCMW
fact-receives-igo = ضمان الدخل لكبار السن (IGO)
fact-receives-ivt = التعويض البديل عن الدخل (IVT)
fact-receives-it = تعويض الاندماج (IT)
fact-receives-zorgbudget-ouderen = ميزانية الرعاية لكبار السن الذين يحتاجون إلى رعاية
fact-receives-zorgtoeslag-kind = علاوة الرعاية لطفل ذي إعاقة أو مرض
fact-receives-vt = التعويض المعزَّز من ziekenfonds (صندوق التأمين الصحي)
fact-receives-unemployment = إعانة البطالة
fact-receives-sickness-benefit = إعانة المرض أو العجز
fact-receives-pension = معاش التقاعد
fact-receives-groeipakket = مال للأطفال (Groeipakket)

fact-work = ما تعمله الآن
fact-work-employed = عامل أو موظف بأجر
fact-work-self-employed = تعمل لحسابك الخاص
fact-work-job-seeker = باحث عن عمل
fact-work-unable-to-work = مريض أو غير قادر على العمل
fact-work-student = طالب
fact-work-retired = متقاعد
fact-work-none = لا شيء من هذه

fact-education = المدرسة التي يذهب إليها أحد أفراد أسرتك
fact-education-kleuter = روضة الأطفال
fact-education-lager = المدرسة الابتدائية
fact-education-secundair = المدرسة الثانوية (التعليم الثانوي)
fact-education-hoger = معهد عالٍ أو جامعة

fact-housing = كيف تسكن
fact-housing-tenant-private = مستأجر عند مؤجِّر خاص
fact-housing-tenant-social = مستأجر لمسكن اجتماعي
fact-housing-owner = مالك مسكنك
fact-housing-homeless = بدون مكان سكن ثابت
fact-housing-care-home = في دار رعاية سكنية (woonzorgcentrum)
fact-housing-other = غير ذلك

fact-waitlist-years = منذ متى أنت على قائمة الانتظار لمسكن اجتماعي

fact-heating = التدفئة عندك
fact-heating-heating-oil = زيت التدفئة (مازوت) أو كيروسين التدفئة
fact-heating-bulk-propane = غاز البروبان في خزان
fact-heating-natural-gas = الغاز الطبيعي
fact-heating-collective-gas = تدفئة مشتركة بالغاز الطبيعي للمبنى كله
fact-heating-electric = الكهرباء
fact-heating-other = شيء آخر، مثلًا الخشب أو قوارير الغاز

fact-disability = إعاقة في أسرتك

fact-care-need = حاجة كبيرة إلى الرعاية في أسرتك

fact-debt = الديون والمساعدة في أمور المال
fact-debt-collective-settlement = التسوية الجماعية للديون
fact-debt-debt-mediation = الوساطة في الديون
fact-debt-budget-management = مرافقة في الميزانية أو إدارة الميزانية
fact-debt-arrears = فواتير لم تُدفَع بعد
fact-debt-none = لا ديون

fact-legal-problem = مشكلة قانونية

fact-childcare = حضانة الأطفال

fact-expecting-baby = مولود في الطريق

# Facts added for issue 13
fact-other-adults-are = من هم البالغون الآخرون في بيتك
fact-other-adults-are-parent = أبوك أو أمك
fact-other-adults-are-adult-child = ولد لك عمره 18 سنة أو أكثر
fact-other-adults-are-other-relative = قريب آخر من العائلة
fact-other-adults-are-not-family = شخص ليس من العائلة

fact-savings = مدخرات أسرتك

fact-children-ages = أعمار الأطفال في بيتك
fact-children-ages-under-3 = أقل من 3 سنوات
fact-children-ages-from-3-to-17 = من 3 إلى 17 سنة
fact-children-ages-from-18-to-24 = من 18 إلى 24 سنة
fact-children-ages-from-25 = 25 سنة أو أكثر

fact-disability-recognition = ما هو معترف به بخصوص الإعاقة
fact-disability-recognition-vaph = مسجل لدى VAPH
fact-disability-recognition-adult-12-points = شخص بالغ لديه 12 نقطة على الأقل في الاعتماد على النفس
fact-disability-recognition-adult-66-percent = شخص بالغ لديه إعاقة أو عجز عن العمل بنسبة 66 % على الأقل
fact-disability-recognition-child-pillar1-4 = طفل لديه 4 نقاط على الأقل في الركيزة 1 (zorgtoeslag)
fact-disability-recognition-child-12-points = طفل لديه 12 نقطة على الأقل في المجموع (zorgtoeslag)

fact-recent-move = انتقال إلى سكن جديد في آخر 9 أشهر
fact-recent-move-unfit-or-too-small = من سكن سيئ أو غير صالح للسكن أو صغير جدًا
fact-recent-move-not-adapted = من سكن غير مناسب لعمرك أو لإعاقتك
fact-recent-move-into-svk = إلى سكن تابع لوكالة إيجار اجتماعية (SVK)
fact-recent-move-after-homeless = بعد أن لم يكن لديك سكن ثابت
fact-recent-move-other-reason = لسبب آخر
fact-recent-move-no = لم أنتقل

fact-prepaid-meter = عداد الميزانية (عداد رقمي تدفع فيه مسبقًا)
