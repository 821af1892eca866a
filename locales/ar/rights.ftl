# Rights: right-<id> is the name, right-<id>-summary one plain sentence, right-<id>-counter the
# sentence to say at the counter, right-<id>-if-missing (rights that can come automatically) what
# to do if it does not come. Then every reason, otherwise and unverified message of the right.
# No amounts here: amounts come from the parameters.

## Leefloon

right-leefloon = leefloon (دخل المعيشة من OCMW)
right-leefloon-summary = leefloon هو مال من OCMW (مركز المساعدة الاجتماعية) إذا كان دخلك قليلًا جدًا ولا يكفي للعيش.
right-leefloon-counter = أريد أن أطلب leefloon.

right-leefloon-reason-already = أنت تحصل بالفعل على leefloon.
right-leefloon-reason-has-equivalent = أنت تحصل بالفعل على المساعدة المعادلة لـ leefloon. هذه هي نفس المساعدة من OCMW. لا يمكنك أن تحصل على الاثنين معًا.
right-leefloon-reason-abroad = أنت لا تسكن في بلجيكا. leefloon هو فقط لمن يسكن في بلجيكا.
right-leefloon-reason-foreigners-register = بنوع إقامتك لا يمكنك أن تحصل على leefloon. لكن يمكنك أن تطلب من OCMW المساعدة المعادلة لـ leefloon. وهي نفس المبلغ.
right-leefloon-reason-asylum-seeker = بصفتك طالب لجوء لا تحصل على leefloon. أنت تحصل على الاستقبال من Fedasil أو من مبادرة استقبال محلية (LOI).
right-leefloon-reason-no-legal-stay = بدون إقامة قانونية لا يمكنك أن تحصل على leefloon. لكن OCMW يمكنه أن يعطيك المساعدة الطبية العاجلة. هذه مساعدة من طبيب أو في المستشفى، وأدوية.
right-leefloon-reason-minor = عمرك أقل من 18 سنة. في هذه الحالة لا تحصل عادةً على leefloon. لكن ذلك ممكن إذا كنتِ حاملًا، أو إذا كان لديك طفل، أو إذا كنت متزوجًا.
right-leefloon-reason-request-family = أنت تسكن مع أطفالك، ودخلك أقل من leefloon لأسرة لديها أطفال. يمكنك أن تطلب leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك. يقرّر OCMW خلال 30 يومًا.
right-leefloon-reason-request-single = أنت تسكن وحدك، ودخلك أقل من leefloon لشخص يسكن وحده. يمكنك أن تطلب leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك. يقرّر OCMW خلال 30 يومًا.
right-leefloon-reason-request-couple = أنت تسكن مع شريكك. دخلكما معًا أقل من leefloon لشخصين يسكنان معًا. يمكنك أن تطلب leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك. يقرّر OCMW خلال 30 يومًا.
right-leefloon-reason-request-cohabiting = أنت تسكن مع بالغين آخرين. دخلك أقل من أدنى مبلغ لـ leefloon. يمكنك أن تطلب leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك. يقرّر OCMW خلال 30 يومًا.
right-leefloon-reason-cohabitation = أنت تسكن مع بالغين آخرين. يقرّر OCMW في مقابلة معك هل تُعتبَر "ساكنًا مع آخرين" (samenwonend). يكون الأمر كذلك إذا كنتم تتقاسمون مصاريف البيت في الغالب. على ذلك يتوقف هل تحصل على leefloon، وكم تحصل. اسأل OCMW.
right-leefloon-otherwise = دخلك أعلى من leefloon. هل انخفض دخلك، أو هل لديك مصاريف كبيرة؟ اطلب النصيحة إذن من OCMW.

right-leefloon-unverified-indexation-2026 = يرتفع leefloon عندما ترتفع الأسعار. لم نتحقق بعد هل ارتفع في 2026. نحن نستعمل مبالغ 1 فبراير 2025.
right-leefloon-unverified-reform-2026 = منذ 1 مارس 2026 يمكن لـ OCMW أن يحسب أيضًا دخل أفراد العائلة البالغين الآخرين الذين يسكنون معك، مثل الجد والجدة. ليس واضحًا بعد هل يجب على OCMW أن يفعل ذلك، أم يجوز له فقط.

## Equivalent leefloon

right-equivalent-leefloon = المساعدة المعادلة لـ leefloon
right-equivalent-leefloon-summary = المساعدة المعادلة لـ leefloon هي مال من OCMW للأجانب المسجَّلين في سجل الأجانب الذين دخلهم قليل جدًا ولا يكفي للعيش.
right-equivalent-leefloon-counter = أريد أن أطلب المساعدة المعادلة لـ leefloon.

right-equivalent-leefloon-reason-already = أنت تحصل بالفعل على المساعدة المعادلة لـ leefloon.
right-equivalent-leefloon-reason-has-leefloon = أنت تحصل بالفعل على leefloon. المساعدة المعادلة لـ leefloon هي نفس المساعدة، للأشخاص المسجَّلين في سجل الأجانب. لا يمكنك أن تحصل على الاثنين معًا.
right-equivalent-leefloon-reason-abroad = أنت لا تسكن في بلجيكا. المساعدة المعادلة لـ leefloon هي فقط لمن يسكن في بلجيكا.
right-equivalent-leefloon-reason-leefloon-instead = المساعدة المعادلة لـ leefloon هي للأجانب المسجَّلين في سجل الأجانب. بجنسيتك أو بإقامتك، حقّك هو leefloon العادي.
right-equivalent-leefloon-reason-asylum-seeker = بصفتك طالب لجوء لا تحصل عادةً على المساعدة المعادلة لـ leefloon. أنت تحصل على الاستقبال من Fedasil أو من مبادرة استقبال محلية (LOI).
right-equivalent-leefloon-reason-no-legal-stay = بدون إقامة قانونية لا يمكنك أن تحصل على المساعدة المعادلة لـ leefloon. لكن OCMW يمكنه أن يعطيك المساعدة الطبية العاجلة. هذه مساعدة من طبيب أو في المستشفى، وأدوية.
right-equivalent-leefloon-reason-minor = عمرك أقل من 18 سنة. في هذه الحالة لا تحصل عادةً على المساعدة المعادلة لـ leefloon. لكن ذلك ممكن إذا كنتِ حاملًا، أو إذا كان لديك طفل.
right-equivalent-leefloon-reason-request-family = أنت تسكن مع أطفالك، ودخلك أقل من المبلغ المحدد لأسرة لديها أطفال. يمكنك أن تطلب المساعدة المعادلة لـ leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك.
right-equivalent-leefloon-reason-request-single = أنت تسكن وحدك، ودخلك أقل من المبلغ المحدد لشخص يسكن وحده. يمكنك أن تطلب المساعدة المعادلة لـ leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك.
right-equivalent-leefloon-reason-request-couple = أنت تسكن مع شريكك. دخلكما معًا أقل من المبلغ المحدد لشخصين يسكنان معًا. يمكنك أن تطلب المساعدة المعادلة لـ leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك.
right-equivalent-leefloon-reason-request-cohabiting = أنت تسكن مع بالغين آخرين. دخلك أقل من أدنى مبلغ. يمكنك أن تطلب المساعدة المعادلة لـ leefloon من OCMW. يقوم OCMW أولًا ببحث اجتماعي: ينظر في كل مداخيلك، ويزورك في بيتك. وينظر أيضًا هل أنت مستعد للعمل، إذا كانت صحتك تسمح بذلك.
right-equivalent-leefloon-reason-cohabitation = أنت تسكن مع بالغين آخرين. يقرّر OCMW في مقابلة معك هل تُعتبَر "ساكنًا مع آخرين" (samenwonend). يكون الأمر كذلك إذا كنتم تتقاسمون مصاريف البيت في الغالب. على ذلك يتوقف هل تحصل على المساعدة المعادلة لـ leefloon، وكم تحصل. اسأل OCMW.
right-equivalent-leefloon-otherwise = دخلك أعلى من المساعدة المعادلة لـ leefloon. هل انخفض دخلك، أو هل لديك مصاريف كبيرة؟ اطلب النصيحة إذن من OCMW.

right-equivalent-leefloon-unverified-indexation-2026 = المساعدة المعادلة لـ leefloon لها نفس مبلغ leefloon. لم نتحقق بعد هل ارتفعت في 2026. نحن نستعمل مبالغ 1 فبراير 2025.
right-equivalent-leefloon-unverified-waiting-register = إحدى البلديات تكتب أن الأشخاص المسجَّلين في سجل الانتظار يمكنهم أيضًا أن يحصلوا على المساعدة المعادلة لـ leefloon. لم نتحقق من ذلك بعد.
right-equivalent-leefloon-unverified-temporary-protection = الحماية المؤقتة للأشخاص القادمين من أوكرانيا مُدِّدت حتى 4 مارس 2026. لم نتحقق بعد هل مُدِّدت مرة أخرى بعد ذلك.

## Verhoogde tegemoetkoming

right-verhoogde-tegemoetkoming = التعويض المعزَّز
right-verhoogde-tegemoetkoming-summary = مع التعويض المعزَّز من ziekenfonds (صندوق التأمين الصحي) الخاص بك تدفع أقل للطبيب وللرعاية الأخرى، وتحصل أيضًا على مزايا أخرى.
right-verhoogde-tegemoetkoming-counter = أريد أن أطلب التعويض المعزَّز.
right-verhoogde-tegemoetkoming-if-missing = لا تحصل على التعويض المعزَّز تلقائيًا؟ اطلب إذن شهادة من الجهة التي تدفع إعانتك، مثلًا OCMW. أعطِ هذه الشهادة لـ ziekenfonds الخاص بك.

right-verhoogde-tegemoetkoming-reason-already = أنت تحصل بالفعل على التعويض المعزَّز.
right-verhoogde-tegemoetkoming-reason-abroad = أنت لا تسكن في بلجيكا. في هذه الحالة لا تحصل عادةً على هذه المساعدة من ziekenfonds بلجيكي. اسأل ziekenfonds الخاص بك.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = بدون إقامة قانونية توجد المساعدة الطبية العاجلة من OCMW. هذه مساعدة من طبيب أو في المستشفى، وأدوية. اسأل عنها في OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = بصفتك طالب لجوء تحصل على الرعاية الطبية عن طريق مكان الاستقبال: Fedasil أو مبادرة الاستقبال المحلية (LOI). اسأل الخدمة الاجتماعية في مكان استقبالك. إذا حصلت لاحقًا على حق الإقامة، يمكنك أن تطلب التعويض المعزَّز من ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = أنت أو أحد أفراد أسرتك يحصل على IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن، أو علاوة الرعاية لطفل. في هذه الحالة تحصل أسرتك كلها على التعويض المعزَّز تلقائيًا. لا تحتاج إلى فعل أي شيء.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = أنت تحصل على leefloon أو على المساعدة المعادلة لـ leefloon. بعد 3 أشهر كاملة تحصل تلقائيًا على التعويض المعزَّز من ziekenfonds الخاص بك. لا تحتاج إلى فعل أي شيء.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = يمكنك على الأرجح أن تحصل على leefloon أو على المساعدة المعادلة لـ leefloon. إذا حصلت عليه 3 أشهر كاملة، يأتي التعويض المعزَّز تلقائيًا. ويمكنك أيضًا أن تطلبه الآن من ziekenfonds الخاص بك.
right-verhoogde-tegemoetkoming-reason-request-income = دخل أسرتك ليس أعلى من الحد. اطلب التعويض المعزَّز من ziekenfonds الخاص بك. أحيانًا يرسل لك ziekenfonds بنفسه رسالة لكي تطلبه. لا تحتاج إلى انتظار هذه الرسالة.
right-verhoogde-tegemoetkoming-reason-request-current-income = أنت متقاعد، أو باحث عن عمل أو غير قادر على العمل منذ 3 أشهر على الأقل، أو أب أو أم يربّي أطفاله وحده، أو لديك حماية مؤقتة. في هذه الحالة يُحسَب دخل الشهر الأخير. هذا الدخل ليس أعلى من الحد. اطلب التعويض المعزَّز من ziekenfonds الخاص بك.
right-verhoogde-tegemoetkoming-otherwise = يبدو أن دخل أسرتك أعلى من الحد. هل دخلك الآن أقل، مثلًا بسبب المرض أو البطالة أو التقاعد؟ اطلب النصيحة إذن من ziekenfonds الخاص بك.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = حدود الدخل لسنتي 2025 و2026 لم نتحقق منها بعد. نحن نستعمل الحد المعمول به للطلبات في 2024.

## Sociaal tarief voor energie

right-sociaal-tarief-energie = التعرفة الاجتماعية للطاقة
right-sociaal-tarief-energie-summary = مع التعرفة الاجتماعية تدفع سعرًا أقل للكهرباء، أو للغاز الطبيعي، أو للتدفئة.
right-sociaal-tarief-energie-counter = أريد أن أعرف هل أحصل على التعرفة الاجتماعية للطاقة.
right-sociaal-tarief-energie-if-missing = انظر في sociaaltarief.economie.fgov.be هل تحصل على التعرفة الاجتماعية. ليست مذكورة هناك؟ اطلب إذن شهادة من الجهة التي تدفع إعانتك، مثلًا OCMW، أو من woonmaatschappij (شركة السكن الاجتماعي) إذا كنت تستأجر مسكنًا اجتماعيًا. أرسل هذه الشهادة إلى مورِّد الطاقة. مع عقد جديد قد يستغرق الأمر بضعة أشهر.

right-sociaal-tarief-energie-reason-abroad = أنت لا تسكن في بلجيكا. التعرفة الاجتماعية تنطبق فقط على عنوان سكنك في بلجيكا.
right-sociaal-tarief-energie-reason-automatic-benefit = أنت أو أحد أفراد أسرتك يحصل على إعانة تعطي الحق في التعرفة الاجتماعية. تُطبَّق التعرفة تلقائيًا على عنوان سكنك. لا تحتاج إلى فعل أي شيء.
right-sociaal-tarief-energie-reason-automatic-social-tenant = أنت تستأجر مسكنًا اجتماعيًا فيه تدفئة مشتركة بالغاز الطبيعي. في هذه الحالة لك الحق في التعرفة الاجتماعية. عادةً لا تحتاج إلى أن تطلبها بنفسك.
right-sociaal-tarief-energie-reason-vt-only = منذ 1 يوليو 2023، التعويض المعزَّز وحده لم يعد يعطي الحق في التعرفة الاجتماعية للطاقة.
right-sociaal-tarief-energie-otherwise = أنت لا تحصل على إعانة تعطي الحق في التعرفة الاجتماعية. هل تجد صعوبة في دفع فاتورة الطاقة؟ اطلب المساعدة إذن من OCMW.

right-sociaal-tarief-energie-unverified-collective-premium = هل تسكن في مبنى فيه تدفئة مشتركة، بدون عقد خاص بك؟ منذ 3 سبتمبر 2024 يمكنك في هذه الحالة أن تطلب منحة. لم نتحقق بعد أين تطلبها.
right-sociaal-tarief-energie-unverified-reform = يوجد اقتراح لإعطاء التعرفة الاجتماعية حسب الدخل. لم نتحقق بعد هل تقرّر ذلك.

## Verwarmingstoelage

right-verwarmingstoelage = منحة التدفئة (صندوق التدفئة الاجتماعي)
right-verwarmingstoelage-summary = منحة التدفئة هي مال تحصل عليه عن طريق OCMW لجزء من سعر زيت التدفئة، أو كيروسين التدفئة، أو البروبان في خزان.
right-verwarmingstoelage-counter = أريد أن أطلب منحة التدفئة.
right-verwarmingstoelage-deadline = اطلب المنحة خلال 60 يومًا بعد التسليم. تاريخ التسليم مكتوب على الفاتورة.

right-verwarmingstoelage-reason-abroad = أنت لا تسكن في بلجيكا. المنحة هي فقط للمسكن في بلجيكا الذي تسكن فيه عادةً.
right-verwarmingstoelage-reason-fuel = منحة التدفئة هي فقط لزيت التدفئة (مازوت)، أو لكيروسين التدفئة من محطة الوقود، أو للبروبان في خزان. ليست للغاز الطبيعي، ولا للكهرباء، ولا للغاز في قوارير.
right-verwarmingstoelage-reason-vt-alone = أنت تسكن وحدك ولديك التعويض المعزَّز. في هذه الحالة لا ينظر OCMW إلى دخلك. اطلب المنحة من OCMW خلال 60 يومًا بعد التسليم. تاريخ التسليم مكتوب على الفاتورة.
right-verwarmingstoelage-reason-low-income = دخل أسرتك ليس أعلى من الحد. اطلب المنحة من OCMW خلال 60 يومًا بعد التسليم. تاريخ التسليم مكتوب على الفاتورة.
right-verwarmingstoelage-reason-debt = أنت في وساطة ديون أو في تسوية جماعية للديون. لا تستطيع أن تدفع فاتورة التدفئة؟ في هذه الحالة يمكنك أن تحصل على المنحة. OCMW هو الذي يقدّر ذلك. اطلب المنحة خلال 60 يومًا بعد التسليم.
right-verwarmingstoelage-otherwise = يبدو أن دخل أسرتك أعلى من الحد. لست متأكدًا؟ اسأل إذن OCMW، خلال 60 يومًا بعد التسليم.

right-verwarmingstoelage-unverified-limit-2025 = حد الدخل ابتداءً من 1 مايو 2025 لم نتحقق منه بعد. نحن نستعمل الحد المعمول به منذ 1 فبراير 2025. هذا الحد لا يأتي من مصدر رسمي.
right-verwarmingstoelage-unverified-ten-laste = من يُحسَب كشخص تعيله يتوقف على دخل هذا الشخص. مصدران يذكران مبلغين مختلفين لذلك. لم نتحقق من ذلك بعد.
