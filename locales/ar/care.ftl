# Care: zorgbudget voor zwaar zorgbehoevenden, zorgbudget voor ouderen, basisondersteuningsbudget.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Zorgbudget voor zwaar zorgbehoevenden

right-zorgbudget-zwaar-zorgbehoevenden = ميزانية الرعاية للأشخاص الذين يحتاجون إلى رعاية كثيرة
right-zorgbudget-zwaar-zorgbehoevenden-summary = ميزانية الرعاية للأشخاص الذين يحتاجون إلى رعاية كثيرة هي مال لمن يحتاج إلى رعاية كثيرة. تحصل عليه كل شهر من صندوق الرعاية الخاص بك (zorgkas). ويمكنك أن تستعمل هذا المال كما تريد.
right-zorgbudget-zwaar-zorgbehoevenden-counter = أريد أن أطلب ميزانية الرعاية للأشخاص الذين يحتاجون إلى رعاية كثيرة.
right-zorgbudget-zwaar-zorgbehoevenden-if-missing = هل تسكن في دار رعاية سكنية (woonzorgcentrum) ولا تحصل على ميزانية الرعاية هذه؟ تواصل إذن مع zorgkas الخاص بك. zorgkas يكون عادةً تابعًا لـ ziekenfonds الخاص بك. يمكن لدار الرعاية أن تساعدك.

right-zorgbudget-zwaar-zorgbehoevenden-reason-outside = أنت لا تسكن في فلاندرز أو بروكسل. ميزانية الرعاية هذه جزء من الحماية الاجتماعية الفلمنكية. اسأل ziekenfonds الخاص بك أو OCMW ما المساعدة الموجودة في المكان الذي تسكن فيه.
right-zorgbudget-zwaar-zorgbehoevenden-reason-brussels = أنت تسكن في بروكسل. هناك الانضمام إلى zorgkas فلمنكي ليس إلزاميًا، لكنه مسموح. هل أنت منضمّ إلى zorgkas؟ اسأل إذن zorgkas الخاص بك هل يمكنك أن تحصل على ميزانية الرعاية هذه. هل تسكن في دار رعاية سكنية في بروكسل؟ في هذه الحالة تُقبَل شهادة من دار الرعاية.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-home = أنت تسكن في دار رعاية سكنية في فلاندرز. في هذه الحالة تحصل على ميزانية الرعاية للأشخاص الذين يحتاجون إلى رعاية كثيرة تلقائيًا، كل شهر. لا تحتاج إلى فعل أي شيء.
right-zorgbudget-zwaar-zorgbehoevenden-reason-points = أنت أو أحد أفراد أسرتك يحصل على تعويض الاندماج (IT)، أو ميزانية الرعاية لكبار السن، أو علاوة الرعاية لطفل. هل قيست عند ذلك حاجة كبيرة إلى الرعاية (15 نقطة على الأقل، أو 18 نقطة لعلاوة الرعاية لطفل)؟ في هذه الحالة تحصل على ميزانية الرعاية هذه تلقائيًا. وإلا يمكنك أن تطلبها من zorgkas الخاص بك، باستمارة وشهادة عن حاجتك إلى الرعاية. لا يوجد شرط يتعلق بدخلك.
right-zorgbudget-zwaar-zorgbehoevenden-reason-care-need = أنت أو أحد أفراد أسرتك يحتاج إلى مساعدة كثيرة كل يوم. حصولك على ميزانية الرعاية هذه يتوقف على قياس للحاجة إلى الرعاية. هذا القياس تقوم به مثلًا خدمة التمريض في البيت أو خدمة المساعدة العائلية. مع شهادة عن هذا القياس تحصل عليها أحيانًا تلقائيًا. وإلا تطلبها من zorgkas الخاص بك، باستمارة والشهادة. ويمكنك أيضًا أن تسلّمهما في OCMW. لا يوجد شرط يتعلق بدخلك.
right-zorgbudget-zwaar-zorgbehoevenden-otherwise = لم تقل إن أحدًا في أسرتك يحتاج إلى مساعدة كثيرة كل يوم. ميزانية الرعاية هذه هي للأشخاص الذين يحتاجون إلى رعاية كثيرة. هل يتغيّر ذلك؟ اطلبها إذن من zorgkas الخاص بك.

right-zorgbudget-zwaar-zorgbehoevenden-unverified-amount = المبلغ لسنتي 2025 و2026 لم نتحقق منه بعد. نعرض مبلغ يناير 2024.

## Zorgbudget voor ouderen met een zorgnood

right-zorgbudget-ouderen = ميزانية الرعاية لكبار السن الذين يحتاجون إلى رعاية
right-zorgbudget-ouderen-summary = ميزانية الرعاية لكبار السن هي مال للأشخاص الذين عمرهم 65 سنة أو أكثر. وهي لمن يحتاج إلى مساعدة في أمور الحياة اليومية. تحصل عليها كل شهر من صندوق الرعاية الخاص بك (zorgkas).
right-zorgbudget-ouderen-counter = أريد أن أطلب ميزانية الرعاية لكبار السن الذين يحتاجون إلى رعاية.
right-zorgbudget-ouderen-if-missing = هل تسكن في دار رعاية سكنية، وتحصل على IGO، ولا تحصل على ميزانية الرعاية هذه؟ تواصل إذن مع zorgkas الخاص بك. يمكن لدار الرعاية، أو ziekenfonds الخاص بك، أو OCMW أن يساعدك.

right-zorgbudget-ouderen-reason-already = أنت تحصل بالفعل على ميزانية الرعاية لكبار السن الذين يحتاجون إلى رعاية.
right-zorgbudget-ouderen-reason-wallonia = أنت تسكن في والونيا. ميزانية الرعاية الفلمنكية هذه ليست لك. في والونيا يمكنك أن تطلب مساعدة لكبار السن من AVIQ. اطلب النصيحة من ziekenfonds الخاص بك أو من OCMW.
right-zorgbudget-ouderen-reason-abroad = أنت لا تسكن في بلجيكا. ميزانية الرعاية هذه هي للأشخاص الذين يسكنون في فلاندرز أو بروكسل.
right-zorgbudget-ouderen-reason-too-young = ميزانية الرعاية هذه هي للأشخاص ابتداءً من 65 سنة. لا يمكنك أن تطلبها قبل اليوم الذي تبلغ فيه 65 سنة. هل يسكن معك شخص عمره 65 سنة أو أكثر ويحتاج إلى مساعدة كثيرة؟ في هذه الحالة يمكن لهذا الشخص أن يطلبها بنفسه. هل عمرك أقل من 65 سنة ولديك إعاقة؟ في هذه الحالة ربما يمكنك أن تحصل على تعويض الاندماج (IT).
right-zorgbudget-ouderen-reason-brussels = أنت تسكن في بروكسل. هل أنت منضمّ إلى zorgkas فلمنكي؟ اسأل إذن zorgkas الخاص بك هل يمكنك أن تحصل على ميزانية الرعاية هذه. وإلا يمكنك أن تطلب مساعدة لكبار السن من Iriscare، الجهة البروكسلية. اطلب النصيحة من ziekenfonds الخاص بك أو من OCMW.
right-zorgbudget-ouderen-reason-care-home-igo = أنت تسكن في دار رعاية سكنية في فلاندرز، وتحصل على IGO. في هذه الحالة تحصل منذ 1 أبريل 2023 على ميزانية الرعاية لكبار السن تلقائيًا، في أعلى فئة. لا تحتاج إلى فعل أي شيء.
right-zorgbudget-ouderen-reason-care-home = أنت تسكن في دار رعاية سكنية. السكان ذوو الدخل المنخفض يحصلون أحيانًا على ميزانية الرعاية هذه تلقائيًا. وإلا فأنت تطلبها. حصولك عليها ومقدارها يتوقفان على قياس لمقدار المساعدة التي تحتاجها، وعلى دخلك ودخل شريكك. اسأل عن ذلك دار الرعاية أو zorgkas الخاص بك.
right-zorgbudget-ouderen-reason-care-need = أنت أو أحد أفراد أسرتك يحتاج إلى مساعدة كثيرة كل يوم. حصولك على ميزانية الرعاية هذه يتوقف على قياس لمقدار المساعدة التي تحتاجها، وعلى دخلك ودخل شريكك. المدّخرات والممتلكات تُحسَب أيضًا. عادةً يجب أيضًا أن تكون قد سكنت في فلاندرز أو بروكسل 5 سنوات متتالية. تطلب ميزانية الرعاية عبر الإنترنت، ببطاقة هويتك (eID). يمكن لـ zorgkas الخاص بك، أو ziekenfonds الخاص بك، أو البلدية، أو OCMW أن يساعدك في ذلك.
right-zorgbudget-ouderen-otherwise = لم تقل إنك تحتاج إلى مساعدة كثيرة كل يوم. هل تحتاج مع ذلك إلى مساعدة في أمور الحياة اليومية، مثل الاغتسال، أو ارتداء الملابس، أو الأكل، أو أعمال البيت؟ اطلب النصيحة إذن من ziekenfonds الخاص بك أو من OCMW.

right-zorgbudget-ouderen-unverified-amounts = منذ 1 مارس 2026 تتوقف الفئة على قياس جديد اسمه BelRAI-screener. المبالغ الحالية لكل فئة لم نتحقق منها بعد. نعرض مبالغ أبريل 2023.

## Basisondersteuningsbudget

right-basisondersteuningsbudget = ميزانية الدعم الأساسي (ميزانية رعاية للأشخاص ذوي الإعاقة)
right-basisondersteuningsbudget-summary = ميزانية الدعم الأساسي هي مال للأشخاص ذوي الإعاقة. تحصل عليه كل شهر من صندوق الرعاية الخاص بك (zorgkas). لكن يجب أن تكون مسجَّلًا لدى VAPH، الوكالة الفلمنكية للأشخاص ذوي الإعاقة.
right-basisondersteuningsbudget-counter = أريد أن أعرف هل أحصل على ميزانية الدعم الأساسي.

right-basisondersteuningsbudget-reason-outside = أنت لا تسكن في فلاندرز أو بروكسل. ميزانية الرعاية هذه جزء من الحماية الاجتماعية الفلمنكية. اسأل ziekenfonds الخاص بك ما المساعدة الموجودة في المكان الذي تسكن فيه.
right-basisondersteuningsbudget-reason-brussels = أنت تسكن في بروكسل. ميزانية الرعاية هذه جزء من الحماية الاجتماعية الفلمنكية. في بروكسل تكون ممكنة فقط إذا كنت منضمًّا إلى zorgkas فلمنكي. اسأل عن ذلك zorgkas الخاص بك.
right-basisondersteuningsbudget-reason-points = أنت أو أحد أفراد أسرتك يحصل على تعويض الاندماج (IT) أو على علاوة الرعاية لطفل. هل حصلت عليه على أساس 12 نقطة على الأقل؟ في هذه الحالة تحصل على ميزانية الدعم الأساسي تلقائيًا. لا يمكنك أن تطلبها بنفسك: zorgkas أو ziekenfonds الخاص بك يتواصل معك. هل لديك بالفعل ميزانية شخصية (persoonsvolgend budget)؟ في هذه الحالة لا تحصل عليها. لم يصلك أي خبر؟ اسأل إذن zorgkas الخاص بك.
right-basisondersteuningsbudget-reason-vaph = لديك أنت أو لدى أحد أفراد أسرتك إعاقة. ميزانية الدعم الأساسي هي للأشخاص المسجَّلين لدى VAPH في مجموعة أولوية للحصول على ميزانية شخصية (persoonsvolgend budget). الميزانية الشخصية هي مال من VAPH لتختار بنفسك الرعاية والمساعدة. للأطفال والشباب توجد قواعد أخرى أيضًا. لا يمكنك أن تطلبها بنفسك: zorgkas أو ziekenfonds الخاص بك يتواصل معك. هل لديك بالفعل ميزانية شخصية؟ في هذه الحالة لا تحصل عليها. لست مسجَّلًا بعد لدى VAPH؟ اطلب المساعدة من الخدمة الاجتماعية في ziekenfonds الخاص بك أو من OCMW.
right-basisondersteuningsbudget-otherwise = لم تقل إن أحدًا في أسرتك لديه إعاقة. ميزانية الرعاية هذه هي للأشخاص ذوي الإعاقة المسجَّلين لدى VAPH.

right-basisondersteuningsbudget-unverified-amount = المبلغ الحالي لم نتحقق منه بعد. نعرض مبلغًا من سنة 2019. مصدر آخر يذكر مبلغًا أعلى.

## Documents

document-formulier-zorgbudget-zwaar-zorgbehoevenden = استمارة طلب ميزانية الرعاية للأشخاص الذين يحتاجون إلى رعاية كثيرة
document-formulier-zorgbudget-zwaar-zorgbehoevenden-where = تحصل عليها لدى zorgkas (صندوق الرعاية) الخاص بك. ويمكن لـ OCMW أيضًا أن يساعدك.

document-attest-zorgnood = شهادة عن حاجتك إلى الرعاية
document-attest-zorgnood-where = اطلبها من خدمة التمريض في البيت، أو من خدمة المساعدة العائلية التي تأتي إليك. ويمكن أيضًا استعمال قرار خاص بـ IT، أو بميزانية الرعاية لكبار السن، أو بعلاوة الرعاية لطفل. هل تسكن في دار رعاية نفسية (psychiatrisch verzorgingstehuis) أو في دار رعاية سكنية في بروكسل؟ اطلب إذن شهادة بإقامتك هناك.

## Offices

office-zorgkas = صندوق الرعاية الخاص بك (zorgkas)
office-zorgkas-in-person = اذهب إلى مكتب zorgkas الخاص بك. zorgkas يكون عادةً تابعًا لـ ziekenfonds الخاص بك. يمكنك إذن أن تذهب إلى مكتب ziekenfonds الخاص بك.
office-zorgkas-phone = اتصل بـ zorgkas الخاص بك. الرقم موجود في رسائل zorgkas. ويمكنك أيضًا أن تسأل عنه ziekenfonds الخاص بك.
office-zorgkas-online = ميزانية الرعاية لكبار السن تطلبها عبر الإنترنت فقط، في هذا الموقع. تدخل بـ eID الخاصة بك. يمكن لـ zorgkas، أو ziekenfonds، أو البلدية، أو OCMW أن يساعدك.
office-zorgkas-letter = ميزانية الرعاية للأشخاص الذين يحتاجون إلى رعاية كثيرة تطلبها باستمارة وشهادة. أرسلهما إلى zorgkas الخاص بك، أو سلّمهما في OCMW. و OCMW يرسلهما إلى zorgkas.

## Parameters

param-zorgbudget-zwaar-zorgbehoevenden = ميزانية الرعاية للأشخاص الذين يحتاجون إلى رعاية كثيرة: المبلغ في الشهر
param-zorgbudget-ouderen-categorie-4-max = ميزانية الرعاية لكبار السن: أعلى مبلغ في الشهر في الفئة 4 (تلقائي لسكان دار الرعاية السكنية ذوي الدخل المنخفض)
param-zorgbudget-ouderen-categorie-5-max = ميزانية الرعاية لكبار السن: أعلى مبلغ في الشهر في الفئة 5 (تلقائي لسكان دار الرعاية السكنية الذين يحصلون على IGO)
param-basisondersteuningsbudget = ميزانية الدعم الأساسي: المبلغ في الشهر

# Issue 13: children get the ondersteuningstoeslag, not a BOB
right-basisondersteuningsbudget-reason-child = طفلك يحصل على ملحق الرعاية (zorgtoeslag). للأطفال لا توجد ميزانية الدعم الأساسية من zorgkas. هل لطفلك 12 نقطة على الأقل؟ في هذه الحالة يحصل على ملحق الدعم (ondersteuningstoeslag) من Groeipakket، تلقائيًا عبر الجهة التي تدفع لك.

# Issue 13: lagere zorgpremie
right-zorgpremie-vermindering = قسط رعاية مخفض (zorgpremie)
right-zorgpremie-vermindering-summary = في فلاندرن يدفع الجميع كل سنة قسط رعاية (zorgpremie) إلى zorgkas. مع التعويض المعزَّز تدفع أقل.
right-zorgpremie-vermindering-counter = أريد أن أعرف هل أدفع قسط رعاية مخفضًا.
right-zorgpremie-vermindering-if-missing = هل تدفع مع ذلك قسط الرعاية كاملًا؟ اسأل zorgkas الخاصة بك. خذ معك شهادة التعويض المعزَّز.
right-zorgpremie-vermindering-reason-outside = أنت لا تسكن في فلاندرن أو بروكسل. قسط الرعاية فلمنكي.
right-zorgpremie-vermindering-reason-vt = لديك التعويض المعزَّز. هل كان لديك بالفعل في 1 يناير من السنة الماضية، وهل تسكن منذ 5 سنوات في فلاندرن أو بروكسل؟ في هذه الحالة تدفع تلقائيًا قسط رعاية مخفضًا. لا تحتاج إلى فعل أي شيء.
right-zorgpremie-vermindering-otherwise = قسط الرعاية المخفض هو لمن لديه التعويض المعزَّز. إذا حصلت عليه لاحقًا، ستدفع أنت أيضًا أقل لاحقًا.

right-zorgpremie-vermindering-reason-brussels = أنت تسكن في بروكسل. هناك تختار بنفسك هل تنضم إلى zorgkas فلمنكية. هل انضممت ولديك التعويض المعزَّز؟ في هذه الحالة تدفع على الأرجح أنت أيضًا قسط رعاية مخفضًا. اسأل zorgkas الخاصة بك.
