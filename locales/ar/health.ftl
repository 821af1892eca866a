# Health: verhoogde tegemoetkoming, maximumfactuur, dringende medische hulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Verhoogde tegemoetkoming

right-verhoogde-tegemoetkoming = التعويض المعزَّز
right-verhoogde-tegemoetkoming-summary = مع التعويض المعزَّز من ziekenfonds (صندوق التأمين الصحي) الخاص بك تدفع أقل للطبيب وللرعاية الأخرى، وتحصل أيضًا على مزايا أخرى.
right-verhoogde-tegemoetkoming-counter = أريد أن أطلب التعويض المعزَّز.
right-verhoogde-tegemoetkoming-if-missing = لا تحصل على التعويض المعزَّز تلقائيًا؟ اطلب إذن شهادة من الجهة التي تدفع إعانتك، مثلًا OCMW. أعطِ هذه الشهادة لـ ziekenfonds الخاص بك.

right-verhoogde-tegemoetkoming-reason-already = أنت تحصل بالفعل على التعويض المعزَّز.
right-verhoogde-tegemoetkoming-reason-abroad = أنت لا تسكن في بلجيكا. في هذه الحالة لا تحصل عادةً على هذه المساعدة من ziekenfonds بلجيكي. اسأل ziekenfonds الخاص بك.
right-verhoogde-tegemoetkoming-reason-no-legal-stay = بدون إقامة قانونية توجد المساعدة الطبية العاجلة من OCMW. هذه مساعدة من طبيب أو في المستشفى، وأدوية. اسأل عنها في OCMW.
right-verhoogde-tegemoetkoming-reason-asylum-seeker = بصفتك طالب لجوء تحصل على الرعاية الطبية عن طريق مكان الاستقبال: Fedasil أو مبادرة الاستقبال المحلية (LOI). اسأل الخدمة الاجتماعية في مكان استقبالك. إذا حصلت لاحقًا على حق الإقامة، يمكنك أن تطلب التعويض المعزَّز من ziekenfonds.
right-verhoogde-tegemoetkoming-reason-automatic-benefit = أنت أو أحد أفراد أسرتك يحصل على IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن، أو علاوة الرعاية لطفل لديه 4 نقاط على الأقل في الركيزة الأولى. في هذه الحالة تحصل أسرتك كلها على التعويض المعزَّز تلقائيًا. لا تحتاج إلى فعل أي شيء.
right-verhoogde-tegemoetkoming-reason-automatic-leefloon = أنت تحصل على leefloon أو على المساعدة المعادلة لـ leefloon. بعد 3 أشهر كاملة تحصل تلقائيًا على التعويض المعزَّز من ziekenfonds الخاص بك. لا تحتاج إلى فعل أي شيء.
right-verhoogde-tegemoetkoming-reason-request-via-leefloon = يمكنك على الأرجح أن تحصل على leefloon أو على المساعدة المعادلة لـ leefloon. إذا حصلت عليه 3 أشهر كاملة، يأتي التعويض المعزَّز تلقائيًا. ويمكنك أيضًا أن تطلبه الآن من ziekenfonds الخاص بك.
right-verhoogde-tegemoetkoming-reason-request-income = دخل أسرتك ليس أعلى من الحد. اطلب التعويض المعزَّز من ziekenfonds الخاص بك. أحيانًا يرسل لك ziekenfonds بنفسه رسالة لكي تطلبه. لا تحتاج إلى انتظار هذه الرسالة.
right-verhoogde-tegemoetkoming-reason-request-current-income = أنت متقاعد، أو باحث عن عمل أو غير قادر على العمل منذ 3 أشهر على الأقل، أو أب أو أم يربّي أطفاله وحده، أو لديك حماية مؤقتة. في هذه الحالة يُحسَب دخل الشهر الأخير. هذا الدخل ليس أعلى من الحد. اطلب التعويض المعزَّز من ziekenfonds الخاص بك.
right-verhoogde-tegemoetkoming-otherwise = يبدو أن دخل أسرتك أعلى من الحد. هل دخلك الآن أقل، مثلًا بسبب المرض أو البطالة أو التقاعد؟ اطلب النصيحة إذن من ziekenfonds الخاص بك.

right-verhoogde-tegemoetkoming-unverified-limits-2025-2026 = حدود الدخل لسنتي 2025 و2026 لم نتحقق منها بعد. نحن نستعمل الحد المعمول به للطلبات في 2024.

## Maximumfactuur

right-maximumfactuur = الحد الأقصى للمصاريف الطبية
right-maximumfactuur-summary = مع الحد الأقصى للمصاريف الطبية لا تدفع أسرتك في السنة أكثر من مبلغ محدد كمساهمة شخصية. المساهمة الشخصية (remgeld) هي جزء سعر الطبيب أو المستشفى الذي تدفعه أنت بنفسك.
right-maximumfactuur-counter = أريد أن أعرف هل أسترجع مالًا بفضل الحد الأقصى للمصاريف الطبية.
right-maximumfactuur-if-missing = الحد الأقصى للمصاريف الطبية يأتي تلقائيًا. أول المبالغ المسترجعة تأتي عادةً في بداية الصيف فقط، لأن ziekenfonds يجب أن يحصل أولًا على المعلومات عن دخلك. هل تظن أنك دفعت مساهمة شخصية أكثر من اللازم؟ اسأل ziekenfonds الخاص بك. هل انخفض دخلك كثيرًا، مثلًا بسبب المرض أو البطالة؟ اطلب إذن من ziekenfonds أن ينظر إلى دخلك الحالي.

right-maximumfactuur-reason-abroad = أنت لا تسكن في بلجيكا. في هذه الحالة لا تحصل عادةً على الحد الأقصى للمصاريف الطبية من ziekenfonds بلجيكي. اسأل ziekenfonds الخاص بك.
right-maximumfactuur-reason-no-legal-stay = بدون إقامة قانونية لا تكون عادةً مسجَّلًا في ziekenfonds (صندوق التأمين الصحي). لكن OCMW يمكنه أن يعطيك المساعدة الطبية العاجلة. هذه مساعدة من طبيب أو في المستشفى، وأدوية.
right-maximumfactuur-reason-asylum-seeker = بصفتك طالب لجوء تحصل على المساعدة الطبية عن طريق مكان استقبالك: Fedasil أو مبادرة استقبال محلية (LOI). هل أنت مع ذلك مسجَّل في ziekenfonds؟ في هذه الحالة ينطبق عليك الحد الأقصى للمصاريف الطبية أيضًا.
right-maximumfactuur-reason-it-partner = أنت تحصل على IT وتسكن مع شريك. هل لشريكك دخل؟ في هذه الحالة لا يعطي IT الحق في الحد الأقصى الاجتماعي الأقل. لكن الحد الأقصى العادي ينطبق. وهو يتوقف على دخل أسرتك. يطبّقه ziekenfonds الخاص بك تلقائيًا. لا تحتاج إلى فعل أي شيء.
right-maximumfactuur-reason-social = أسرتك لديها التعويض المعزَّز. في هذه الحالة ينطبق الحد الأقصى الاجتماعي. وهو حد منخفض. هل تدفع أسرتك في سنة واحدة مساهمة شخصية أكثر من هذا الحد؟ في هذه الحالة يردّ لك ziekenfonds الزيادة تلقائيًا. لا تحتاج إلى فعل أي شيء.
right-maximumfactuur-reason-income-vt-pending = كل شخص لديه ziekenfonds لديه حد أقصى للمصاريف الطبية. يطبّقه ziekenfonds الخاص بك تلقائيًا. يمكنك على الأرجح أن تحصل أيضًا على التعويض المعزَّز. في هذه الحالة ينطبق حد أقل: الحد الأقصى الاجتماعي. لذلك اطلب أولًا التعويض المعزَّز.
right-maximumfactuur-reason-income = كل شخص لديه ziekenfonds لديه حد أقصى للمصاريف الطبية. هل تدفع أسرتك في سنة واحدة مساهمة شخصية أكثر من حد معيّن؟ في هذه الحالة يردّ لك ziekenfonds الزيادة تلقائيًا. مقدار الحد يتوقف على دخل أسرتك. أسرتك هي كل الأشخاص الذين كانوا يسكنون في عنوانك في 1 يناير. لا تحتاج إلى فعل أي شيء.
right-maximumfactuur-otherwise = ليس لديك ziekenfonds في بلجيكا. في هذه الحالة لا ينطبق عليك الحد الأقصى للمصاريف الطبية.

right-maximumfactuur-unverified-amounts-2025-2026 = حدود الحد الأقصى للمصاريف الطبية لسنتي 2025 و2026 لم نتحقق منها بعد. نعرف فقط حدود 2024.

## Dringende medische hulp

right-dringende-medische-hulp = المساعدة الطبية العاجلة
right-dringende-medische-hulp-summary = المساعدة الطبية العاجلة تأتي من OCMW. تحصل بها على رعاية من طبيب أو في المستشفى. وتحصل أيضًا على أدوية. وهذا ممكن حتى بدون إقامة قانونية (بدون أوراق).
right-dringende-medische-hulp-counter = أريد أن أطلب المساعدة الطبية العاجلة.

right-dringende-medische-hulp-reason-abroad = أنت لا تسكن في بلجيكا. المساعدة الطبية العاجلة هي للأشخاص الذين يقيمون في بلجيكا.
right-dringende-medische-hulp-reason-no-legal-stay = ليست لديك إقامة قانونية. يمكنك إذن أن تطلب المساعدة الطبية العاجلة من OCMW في البلدية التي تقيم فيها فعلًا. رغم اسمها، هي ليست فقط لحالات الطوارئ: هي أيضًا لزيارة عادية عند الطبيب، وللمستشفى، وللأدوية. يكتب الطبيب شهادة. يقوم OCMW ببحث اجتماعي: ينظر في وضعك ويزورك في بيتك. يقرّر OCMW خلال 30 يومًا.
right-dringende-medische-hulp-reason-eu = أنت مواطن من بلد في الاتحاد الأوروبي. في هذه الحالة تذهب عادةً إلى ziekenfonds (صندوق التأمين الصحي) من أجل الرعاية. هل أنت في بلجيكا منذ أقل من 3 أشهر، وليس لديك ziekenfonds؟ اسأل إذن OCMW هل يمكنك أن تحصل على المساعدة الطبية العاجلة.
right-dringende-medische-hulp-reason-asylum-seeker = بصفتك طالب لجوء تحصل على المساعدة الطبية عن طريق مكان استقبالك: Fedasil أو مبادرة استقبال محلية (LOI). اسأل هناك.
right-dringende-medische-hulp-otherwise = لديك إقامة قانونية في بلجيكا. في هذه الحالة تحصل على الرعاية عن طريق ziekenfonds الخاص بك. المساعدة الطبية العاجلة هي للأشخاص الذين ليست لديهم إقامة قانونية.

right-dringende-medische-hulp-unverified-eu = مواطنو الاتحاد الأوروبي في أشهرهم الـ 3 الأولى في بلجيكا يمكنهم أحيانًا أن يحصلوا أيضًا على المساعدة الطبية العاجلة. هذه المعلومة لا تأتي من مصدر رسمي، ولم نتحقق منها بعد.

## Documents

document-verklaring-op-erewoord = تصريح على الشرف، يوقّعه كل البالغين في أسرتك
document-verklaring-op-erewoord-where = تحصل على الاستمارة من ziekenfonds (صندوق التأمين الصحي) الخاص بك.

document-attest-dringende-medische-hulp = شهادة من طبيب للمساعدة الطبية العاجلة
document-attest-dringende-medische-hulp-where = يكتبها الطبيب الذي يفحصك. اطلبها أنت منه.

document-identiteitsbewijs = جواز سفرك أو إثبات آخر لهويتك، إذا كان لديك
document-identiteitsbewijs-where = أحضر ما لديك. ليس لديك أي شيء؟ اذهب إلى OCMW مع ذلك.

document-bewijs-financiele-toestand = أوراق عن وضعك المالي، إذا كانت لديك: ما تحصل عليه وما تملكه
document-bewijs-financiele-toestand-where = مثلًا كشوف حسابك من البنك. ليست لديك أوراق؟ في هذه الحالة يسألك OCMW عن ذلك في المقابلة.

## Offices

office-ziekenfonds = صندوق التأمين الصحي الخاص بك (ziekenfonds)
office-ziekenfonds-in-person = اذهب إلى أحد مكاتب ziekenfonds الخاص بك.
office-ziekenfonds-phone = اتصل بـ ziekenfonds الخاص بك. الرقم موجود في رسائل ziekenfonds وعلى موقعه.
office-ziekenfonds-online = ادخل إلى موقع ziekenfonds الخاص بك أو إلى تطبيقه، مثلًا MyCM أو Mijn Helan.

## Parameters

param-vt-income-limit = التعويض المعزَّز: حد دخل الأسرة في السنة (الدخل الإجمالي الخاضع للضريبة)
param-vt-income-limit-extra-person = التعويض المعزَّز: زيادة حد الدخل عن كل فرد إضافي في الأسرة
param-maf-income-bracket-1 = الحد الأقصى للمصاريف الطبية: الحد الأعلى لشريحة الدخل 1 (دخل الأسرة الصافي الخاضع للضريبة في السنة)
param-maf-income-bracket-2 = الحد الأقصى للمصاريف الطبية: الحد الأعلى لشريحة الدخل 2 (دخل الأسرة الصافي الخاضع للضريبة في السنة)
param-maf-income-bracket-3 = الحد الأقصى للمصاريف الطبية: الحد الأعلى لشريحة الدخل 3 (دخل الأسرة الصافي الخاضع للضريبة في السنة)
param-maf-income-bracket-4 = الحد الأقصى للمصاريف الطبية: الحد الأعلى لشريحة الدخل 4 (دخل الأسرة الصافي الخاضع للضريبة في السنة)
param-maf-income-bracket-5 = الحد الأقصى للمصاريف الطبية: الحد الأعلى لشريحة الدخل 5 (دخل الأسرة الصافي الخاضع للضريبة في السنة)
param-maf-ceiling-1 = الحد الأقصى للمصاريف الطبية: حد المساهمة الشخصية في السنة في شريحة الدخل 1
param-maf-ceiling-2 = الحد الأقصى للمصاريف الطبية: حد المساهمة الشخصية في السنة في شريحة الدخل 2
param-maf-ceiling-3 = الحد الأقصى للمصاريف الطبية: حد المساهمة الشخصية في السنة في شريحة الدخل 3
param-maf-ceiling-4 = الحد الأقصى للمصاريف الطبية: حد المساهمة الشخصية في السنة في شريحة الدخل 4
param-maf-ceiling-5 = الحد الأقصى للمصاريف الطبية: حد المساهمة الشخصية في السنة في شريحة الدخل 5
param-maf-ceiling-6 = الحد الأقصى للمصاريف الطبية: حد المساهمة الشخصية في السنة فوق شريحة الدخل 5
param-maf-ceiling-social = الحد الأقصى الاجتماعي للمصاريف الطبية (الأسر التي لديها التعويض المعزَّز): حد المساهمة الشخصية في السنة
param-maf-chronic-reduction = الحد الأقصى للمصاريف الطبية: تخفيض الحد في حالة مرض مزمن

# Issue 13: VT for a likely IGO
right-verhoogde-tegemoetkoming-reason-request-via-igo = يمكنك على الأرجح أن تحصل على IGO. إذا حصلت عليه، يأتي التعويض المعزَّز تلقائيًا. دخلك منخفض: يمكنك أيضًا أن تطلبه الآن من ziekenfonds الخاص بك.
