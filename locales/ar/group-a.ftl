# Writer group A: dringende medische hulp, maximumfactuur, IGO, IVT, IT, pro deo, schuldhulp,
# parkeerkaart, NMBS-kortingkaart, De Lijn. Rights, documents, offices and parameters.
# No amounts in these messages: amounts live in the parameters.

## Dringende medische hulp

right-dringende-medische-hulp = المساعدة الطبية العاجلة
right-dringende-medische-hulp-summary = مع المساعدة الطبية العاجلة من OCMW تحصل على رعاية من طبيب أو في المستشفى، وعلى أدوية، حتى إذا لم تكن لديك إقامة قانونية.
right-dringende-medische-hulp-counter = أريد أن أطلب المساعدة الطبية العاجلة.

right-dringende-medische-hulp-reason-abroad = أنت لا تسكن في بلجيكا. المساعدة الطبية العاجلة هي للأشخاص الذين يقيمون في بلجيكا.
right-dringende-medische-hulp-reason-no-legal-stay = ليست لديك إقامة قانونية. يمكنك إذن أن تطلب المساعدة الطبية العاجلة من OCMW في البلدية التي تقيم فيها فعلًا. رغم اسمها، هي ليست فقط لحالات الطوارئ: هي أيضًا لزيارة عادية عند الطبيب، وللمستشفى، وللأدوية. يكتب الطبيب شهادة. يقوم OCMW ببحث اجتماعي ويزورك في بيتك. يقرّر OCMW خلال 30 يومًا.
right-dringende-medische-hulp-reason-eu = أنت مواطن من بلد في الاتحاد الأوروبي. في هذه الحالة تذهب عادةً إلى ziekenfonds (صندوق التأمين الصحي) من أجل الرعاية. هل أنت في بلجيكا منذ أقل من 3 أشهر، وليس لديك ziekenfonds؟ اسأل إذن OCMW هل يمكنك أن تحصل على المساعدة الطبية العاجلة.
right-dringende-medische-hulp-reason-asylum-seeker = بصفتك طالب لجوء تحصل على المساعدة الطبية عن طريق مكان استقبالك: Fedasil أو مبادرة استقبال محلية (LOI). اسأل هناك.
right-dringende-medische-hulp-otherwise = لديك إقامة قانونية في بلجيكا. في هذه الحالة تحصل على الرعاية عن طريق ziekenfonds الخاص بك. المساعدة الطبية العاجلة هي للأشخاص الذين ليست لديهم إقامة قانونية.

right-dringende-medische-hulp-unverified-eu = مواطنو الاتحاد الأوروبي في أشهرهم الـ 3 الأولى في بلجيكا يمكنهم أحيانًا أن يحصلوا أيضًا على المساعدة الطبية العاجلة. هذه المعلومة لا تأتي من مصدر رسمي، ولم نتحقق منها بعد.

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

## Inkomensgarantie voor ouderen (IGO)

right-igo = ضمان الدخل لكبار السن (IGO)
right-igo-summary = IGO هو مال من Federale Pensioendienst (مصلحة المعاشات الفيدرالية) للأشخاص الذين بلغوا سن التقاعد ودخلهم قليل جدًا.
right-igo-counter = أريد أن أطلب ضمان الدخل لكبار السن (IGO).

right-igo-reason-already = أنت تحصل بالفعل على IGO. هل ستسافر إلى الخارج؟ أخبر Federale Pensioendienst بذلك مسبقًا. يُسمَح لك أن تبقى في الخارج مدة قصيرة فقط في السنة. وإلا فقد تفقد IGO.
right-igo-reason-abroad = أنت لا تسكن في بلجيكا. IGO هو فقط لمن يسكن في بلجيكا ويقيم فيها فعلًا.
right-igo-reason-too-young = لم تبلغ بعد سن التقاعد القانونية. IGO هو فقط لمن بلغ هذه السن. هل تحصل على leefloon أو على إعانة بسبب إعاقة؟ في هذه الحالة تدرس Federale Pensioendienst حقك في IGO تلقائيًا عندما تبلغ سن التقاعد.
right-igo-reason-residence = بنوع إقامتك لا يمكنك أن تحصل على IGO. دخلك قليل جدًا؟ اطلب النصيحة إذن من OCMW.
right-igo-reason-examined-by-fpd = لقد بلغت سن التقاعد، وتحصل على leefloon أو على إعانة بسبب إعاقة. في هذه الحالة تدرس Federale Pensioendienst بنفسها هل تحصل على IGO. لا تحتاج إلى طلبه. هل وصلتك رسالة أو أسئلة من Federale Pensioendienst؟ أجب عنها بأسرع ما يمكن. لم يصلك أي خبر؟ اتصل إذن بخط المعاشات 1765.
right-igo-reason-nationality = يبدو أن دخلك منخفض بما يكفي للحصول على IGO. لكن حصولك عليه يتوقف أيضًا على جنسيتك، وإقامتك، والمدة التي عملت فيها في بلجيكا. Federale Pensioendienst هي التي تقرّر ذلك. اطلب IGO، أو اطلب النصيحة من بلديتك أو من OCMW.
right-igo-reason-request-alone = لقد بلغت سن التقاعد، وتسكن وحدك، ويبدو أن دخلك أقل من IGO. اطلب IGO من مصلحة المعاشات في بلديتك، أو عبر الإنترنت، أو عن طريق خط المعاشات. تنظر Federale Pensioendienst في كل مداخيلك، وممتلكاتك، ومدّخراتك.
right-igo-reason-request-couple = لقد بلغت سن التقاعد، وتسكن مع شريكك. يبدو أن دخلكما معًا أقل من IGO لشخصين. اطلب IGO من مصلحة المعاشات في بلديتك، أو عبر الإنترنت، أو عن طريق خط المعاشات. تنظر Federale Pensioendienst في كل مداخيلك، وممتلكاتك، ومدّخراتك، وفي مداخيل شريكك وممتلكاته ومدّخراته أيضًا.
right-igo-reason-request-shared = لقد بلغت سن التقاعد، وتسكن مع بالغين آخرين. يبدو أن دخلك أقل من IGO لشخص لا يسكن وحده. اطلب IGO من مصلحة المعاشات في بلديتك، أو عبر الإنترنت، أو عن طريق خط المعاشات. تنظر Federale Pensioendienst في كل مداخيلك، وممتلكاتك، ومدّخراتك.
right-igo-otherwise = يبدو أن دخلك أعلى من IGO. لست متأكدًا، أو هل انخفض دخلك؟ اسأل إذن مصلحة المعاشات في بلديتك، أو اتصل بخط المعاشات 1765.

right-igo-unverified-amounts = مبالغ IGO بعد نوفمبر 2023 لم نتحقق منها بعد. على الأرجح هي الآن أعلى. هل دخلك أعلى من الحد بقليل فقط؟ اطلب IGO مع ذلك.

## Inkomensvervangende tegemoetkoming (IVT)

right-ivt = التعويض البديل عن الدخل (IVT)
right-ivt-summary = IVT هو مال من الدولة للأشخاص ذوي الإعاقة الذين لا يستطيعون بسببها أن يعملوا، أو يستطيعون أن يعملوا أقل بكثير.
right-ivt-counter = أريد أن أطلب التعويض البديل عن الدخل (IVT).
right-ivt-deadline = يبدأ IVT فقط في اليوم الأول من الشهر الذي يلي طلبك. لذلك اطلبه بأسرع ما يمكن.

right-ivt-reason-already = أنت تحصل بالفعل على IVT.
right-ivt-reason-abroad = أنت لا تسكن في بلجيكا. IVT هو فقط لمن يسكن في بلجيكا.
right-ivt-reason-residence = بنوع إقامتك لا يمكنك أن تحصل على IVT. يجب أن تكون مسجَّلًا في سجل السكان أو في سجل الأجانب.
right-ivt-reason-minor = عمرك أقل من 18 سنة. IVT هو للأشخاص من 18 إلى 65 سنة. هل تحصل على علاوة رعاية في Groeipakket؟ في هذه الحالة يُدرَس حقك في IVT تلقائيًا عندما تبلغ 18 سنة.
right-ivt-reason-65 = عمرك 65 سنة أو أكثر. في هذه الحالة لم يعد يمكنك أن تطلب IVT لنفسك. هل لدى شخص آخر في أسرتك إعاقة، وعمره بين 18 و65 سنة؟ هذا الشخص يمكنه أن يطلب IVT.
right-ivt-reason-turning-18 = عمرك 18 سنة، وفي أسرتك توجد علاوة رعاية لطفل. هل كنت أنت نفسك تحصل على علاوة الرعاية هذه؟ في هذه الحالة تدرس المديرية العامة للأشخاص ذوي الإعاقة تلقائيًا هل تحصل على IVT. ستصلك رسالة. أجب عن هذه الرسالة.
right-ivt-reason-assessment = لديك أنت أو لدى أحد أفراد أسرتك إعاقة. هل عمر هذا الشخص بين 18 و65 سنة، وهل لا يستطيع بسبب الإعاقة أن يعمل، أو يستطيع أن يعمل أقل بكثير؟ في هذه الحالة يمكن لهذا الشخص أن يطلب IVT. يقرّر طبيب من المديرية العامة للأشخاص ذوي الإعاقة كم ما زال هذا الشخص يستطيع أن يكسب. وتنظر المديرية أيضًا في دخل هذا الشخص ودخل شريكه.
right-ivt-otherwise = قلت إنه لا يوجد أحد في أسرتك لديه إعاقة. IVT هو للأشخاص ذوي الإعاقة الذين لا يستطيعون بسببها أن يعملوا، أو يستطيعون أن يعملوا أقل بكثير.

right-ivt-unverified-amounts = مبالغ IVT لسنتي 2025 و2026 لا تأتي من مصدر رسمي. لم نتحقق منها بعد.

## Integratietegemoetkoming (IT)

right-it = تعويض الاندماج (IT)
right-it-summary = IT هو مال من الدولة للأشخاص ذوي الإعاقة الذين لديهم مصاريف إضافية، لأنهم يجدون صعوبة في أمور الحياة اليومية.
right-it-counter = أريد أن أطلب تعويض الاندماج (IT).
right-it-deadline = يبدأ IT فقط في اليوم الأول من الشهر الذي يلي طلبك. لذلك اطلبه بأسرع ما يمكن.

right-it-reason-already = أنت تحصل بالفعل على IT.
right-it-reason-abroad = أنت لا تسكن في بلجيكا. IT هو فقط لمن يسكن في بلجيكا.
right-it-reason-residence = بنوع إقامتك لا يمكنك أن تحصل على IT. يجب أن تكون مسجَّلًا في سجل السكان أو في سجل الأجانب.
right-it-reason-minor = عمرك أقل من 18 سنة. IT هو للأشخاص من 18 إلى 65 سنة. هل تحصل على علاوة رعاية في Groeipakket؟ في هذه الحالة يُدرَس حقك في IT تلقائيًا عندما تبلغ 18 سنة.
right-it-reason-65 = عمرك 65 سنة أو أكثر. في هذه الحالة لم يعد يمكنك أن تطلب IT لنفسك. لكبار السن الذين يحتاجون إلى رعاية توجد ميزانية الرعاية لكبار السن، لدى zorgkas (صندوق الرعاية) الخاص بك. هل لدى شخص آخر في أسرتك إعاقة، وعمره بين 18 و65 سنة؟ هذا الشخص يمكنه أن يطلب IT.
right-it-reason-turning-18 = عمرك 18 سنة، وفي أسرتك توجد علاوة رعاية لطفل. هل كنت أنت نفسك تحصل على علاوة الرعاية هذه؟ في هذه الحالة تدرس المديرية العامة للأشخاص ذوي الإعاقة تلقائيًا هل تحصل على IT. ستصلك رسالة. أجب عن هذه الرسالة.
right-it-reason-assessment = لديك أنت أو لدى أحد أفراد أسرتك إعاقة، أو يحتاج إلى مساعدة كثيرة كل يوم. هل عمر هذا الشخص بين 18 و65 سنة؟ في هذه الحالة يمكن لهذا الشخص أن يطلب IT. يقيّم طبيب من المديرية العامة للأشخاص ذوي الإعاقة بالنقاط مدى الصعوبة التي يجدها هذا الشخص في أمور الحياة اليومية، مثل الأكل، أو الاغتسال، أو التنقّل. على ذلك يتوقف هل يحصل هذا الشخص على IT. وتنظر المديرية أيضًا في دخل هذا الشخص ودخل شريكه.
right-it-otherwise = قلت إنه لا يوجد أحد في أسرتك لديه إعاقة أو يحتاج إلى مساعدة كثيرة كل يوم. IT هو للأشخاص ذوي الإعاقة الذين يجدون صعوبة في أمور الحياة اليومية.

right-it-unverified-amounts = مبالغ IT لا تأتي من مصدر رسمي. لم نتحقق منها بعد.

## Pro-deoadvocaat

right-pro-deo = محامٍ مجاني أو شبه مجاني (pro deo)
right-pro-deo-summary = إذا كان دخلك منخفضًا تحصل على محامٍ لا يكلّفك شيئًا، أو يكلّفك مبلغًا صغيرًا فقط.
right-pro-deo-counter = أريد أن أطلب محاميًا مجانيًا (pro deo).

right-pro-deo-reason-no-problem = قلت إنه ليست لديك الآن مشكلة تحتاج فيها إلى محامٍ. هل تحتاج لاحقًا إلى محامٍ؟ ارجع إذن إلى هنا. كل شخص يمكنه أن يحصل على استشارة قانونية أولى مجانية، مثلًا في OCMW، أو في CAW (مركز المساعدة الاجتماعية العامة)، أو في دار العدالة (justitiehuis).
right-pro-deo-reason-minor = عمرك أقل من 18 سنة. في هذه الحالة لك دائمًا الحق في محامٍ مجاني.
right-pro-deo-reason-presumed-benefit = أنت تحصل على leefloon، أو على مساعدة من OCMW، أو على IGO، أو على IVT. في هذه الحالة يعتبر مكتب المساعدة القانونية أن دخلك منخفض بما يكفي للحصول على محامٍ مجاني. أحضر معك شهادة بإعانتك.
right-pro-deo-reason-free = يبدو أن دخلك ليس أعلى من الحد للحصول على محامٍ مجاني بالكامل. اطلب محاميًا مجانيًا (pro deo) من مكتب المساعدة القانونية. هل لديك محامٍ بالفعل؟ يمكنه هو أيضًا أن يطلب ذلك من أجلك.
right-pro-deo-reason-partial = يبدو أن دخلك أعلى بقليل من الحد للحصول على محامٍ مجاني بالكامل، لكنه ليس أعلى من الحد الثاني. في هذه الحالة يكون المحامي مجانيًا جزئيًا: تدفع مساهمة صغيرة. اطلب ذلك من مكتب المساعدة القانونية.
right-pro-deo-reason-children = دخلك أعلى من الحد العادي. لكن الحد يرتفع عن كل شخص تعيله، مثل طفل. مكتب المساعدة القانونية يحسب ذلك لك. اسأل هناك.
right-pro-deo-reason-social-tenant = أنت تستأجر مسكنًا اجتماعيًا. هل تدفع نصف الإيجار الأساسي فقط؟ في هذه الحالة تحصل على الأرجح على محامٍ مجاني. اطلب شهادة من woonmaatschappij (شركة السكن الاجتماعي) الخاصة بك، واذهب إلى مكتب المساعدة القانونية.
right-pro-deo-reason-stay-procedure = هل تتعلق مشكلتك بإقامتك في بلجيكا، مثلًا طلب تسوية وضع الإقامة أو طعن في قرار؟ في هذه الحالة تحصل على الأرجح على محامٍ مجاني. مكتب المساعدة القانونية هو الذي يقرّر. اسأل هناك، أو اطلب النصيحة من OCMW أو من CAW.
right-pro-deo-otherwise = يبدو أن دخلك أعلى من الحدود للحصول على محامٍ مجاني. لست متأكدًا؟ اسأل مكتب المساعدة القانونية. كل شخص يمكنه أن يحصل على استشارة قانونية أولى مجانية، مثلًا في OCMW، أو في CAW، أو في دار العدالة (justitiehuis).

right-pro-deo-unverified-limits-2026 = حدود الدخل تتغيّر كل سنة في 1 سبتمبر. الحدود ابتداءً من 1 سبتمبر 2026 لم نتحقق منها بعد. نحن نستعمل حدود 1 سبتمبر 2025.
right-pro-deo-unverified-presumptions = لم نتحقق بعد هل الأشخاص في التسوية الجماعية للديون وكل طالبي اللجوء يحصلون تلقائيًا على محامٍ مجاني. وكذلك ليس مذكورًا في كل المصادر أن IVT يُحسَب لهذا الغرض.
right-pro-deo-unverified-contribution = لم نتحقق بعد في القانون كم تدفع بنفسك عندما يكون المحامي مجانيًا جزئيًا. مكتب المساعدة القانونية سيخبرك بذلك.

## Hulp bij schulden

right-schuldhulp = مساعدة في الديون وفي الميزانية
right-schuldhulp-summary = يساعدك OCMW أو CAW إذا لم تعد تستطيع أن تدفع فواتيرك: بالنصيحة، أو بالمساعدة في ميزانيتك، أو بالوساطة في الديون.
right-schuldhulp-counter = عليّ ديون، وأريد مساعدة.

right-schuldhulp-reason-already-collective = أنت في تسوية جماعية للديون. عيّن القاضي وسيط ديون ينظّم خطة سداد ديونك. هل لديك أسئلة، أو فواتير جديدة لا تستطيع أن تدفعها؟ تحدّث فورًا مع وسيط الديون.
right-schuldhulp-reason-already-mediation = أنت تحصل بالفعل على وساطة في الديون. هل لديك أسئلة، أو فواتير جديدة لا تستطيع أن تدفعها؟ تحدّث فورًا مع وسيط الديون.
right-schuldhulp-reason-already-budget = أنت تحصل بالفعل على مرافقة في الميزانية أو على إدارة الميزانية. هل لديك فواتير جديدة لا تستطيع أن تدفعها؟ تحدّث فورًا مع الشخص الذي يرافقك.
right-schuldhulp-reason-abroad = أنت لا تسكن في بلجيكا. هذه المساعدة موجودة لمن يسكن في بلجيكا.
right-schuldhulp-reason-arrears = لديك فواتير لم تستطع أن تدفعها في وقتها. يمكن لـ OCMW أو CAW أن يساعدك. مثلًا بالنصيحة، أو باتفاق مع الجهات التي تطلب منك مالًا، أو بمرافقة في الميزانية أو إدارة الميزانية، أو بالوساطة في الديون. في مقابلة تنظرون معًا ما يناسبك. لا تنتظر طويلًا: كلما أسرعت، كان ذلك أفضل.
right-schuldhulp-otherwise = قلت إنه ليست عليك ديون. هل تجد لاحقًا صعوبة في دفع فواتيرك؟ اطلب المساعدة إذن في الوقت المناسب من OCMW أو CAW.

right-schuldhulp-unverified-pro-deo = لم نتحقق بعد هل التسوية الجماعية للديون أو الوساطة في الديون تعطي الحق تلقائيًا في محامٍ مجاني.

## Parkeerkaart

right-parkeerkaart = بطاقة الوقوف للأشخاص ذوي الإعاقة
right-parkeerkaart-summary = مع بطاقة الوقوف يحق لك أن توقف السيارة في الأماكن المخصّصة للأشخاص ذوي الإعاقة، سواء كنت السائق أو الراكب.
right-parkeerkaart-counter = أريد أن أطلب بطاقة وقوف للأشخاص ذوي الإعاقة.
right-parkeerkaart-deadline = هل لديك بطاقة لها تاريخ انتهاء؟ هذه البطاقة لا تُجدَّد تلقائيًا. اطلب بطاقة جديدة قبل تاريخ الانتهاء بـ 6 أشهر.

right-parkeerkaart-reason-abroad = أنت لا تسكن في بلجيكا. بطاقة الوقوف البلجيكية هي لمن يسكن في بلجيكا.
right-parkeerkaart-reason-assessment = لديك أنت أو لدى أحد أفراد أسرتك إعاقة. حصول هذا الشخص على بطاقة الوقوف يتوقف على الاعتراف الذي يقرّره طبيب من المديرية العامة للأشخاص ذوي الإعاقة، مثلًا مدى صعوبة تنقّل هذا الشخص. هل لدى هذا الشخص اعتراف بالفعل؟ في هذه الحالة لا يلزم عادةً تقرير طبي جديد. تواصل إذن مع المديرية العامة.
right-parkeerkaart-otherwise = قلت إنه لا يوجد أحد في أسرتك لديه إعاقة. بطاقة الوقوف هي فقط للأشخاص ذوي الإعاقة.

## NMBS-kortingkaart

right-nmbs-kortingkaart = بطاقة التخفيض من NMBS (للتعويض المعزَّز)
right-nmbs-kortingkaart-summary = مع هذه البطاقة المجانية تشتري تذاكر القطار في الدرجة الثانية بنصف السعر.
right-nmbs-kortingkaart-counter = أريد بطاقة التخفيض الخاصة بالتعويض المعزَّز.
right-nmbs-kortingkaart-deadline = البطاقة صالحة لمدة 1 سنة، أو 5 سنوات إذا كان عمرك 65 سنة أو أكثر. اطلب بطاقة جديدة في الوقت المناسب.

right-nmbs-kortingkaart-reason-abroad = أنت لا تسكن في بلجيكا. هذه البطاقة هي لمن لديه التعويض المعزَّز من ziekenfonds بلجيكي.
right-nmbs-kortingkaart-reason-vt = لديك التعويض المعزَّز. في هذه الحالة يمكنك أنت وشريكك وأطفالك الذين تعيلهم أن تحصلوا على هذه البطاقة. اطلبها عبر الإنترنت في حسابك My NMBS، أو عند الشبّاك في المحطة مع بطاقة هويتك وبطاقة MOBIB.
right-nmbs-kortingkaart-reason-vt-first = يمكنك على الأرجح أن تحصل على التعويض المعزَّز. اطلبه أولًا من ziekenfonds الخاص بك. بعد ذلك يمكنك أن تطلب هذه البطاقة من NMBS.
right-nmbs-kortingkaart-otherwise = هذه البطاقة هي فقط لمن لديه التعويض المعزَّز، ولأسرته. هل لديك إعاقة شديدة؟ في هذه الحالة يمكن أحيانًا لمن يرافقك أن يسافر معك مجانًا، ببطاقة المرافق (Kaart voor Begeleider). اسأل عنها عند شبّاك NMBS.

## De Lijn

right-de-lijn-vervoergarantie = سفر أرخص مع De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = إذا كان دخلك منخفضًا أو كانت لديك إعاقة، تحصل على اشتراك من De Lijn للحافلة والترام بسعر منخفض أو مجانًا.
right-de-lijn-vervoergarantie-counter = أريد اشتراكًا من De Lijn بالتعرفة الاجتماعية.
right-de-lijn-vervoergarantie-if-missing = لا تحصل على الاشتراك المجاني تلقائيًا؟ اطلبه إذن في متجر De Lijn (Lijnwinkel). أحضر معك شهادة بإعانتك. تحصل على هذه الشهادة من المديرية العامة للأشخاص ذوي الإعاقة، على الرقم المجاني 0800 987 99.
right-de-lijn-vervoergarantie-deadline = الاشتراك صالح لمدة 12 شهرًا. اطلب اشتراكًا جديدًا في الوقت المناسب. إذا أوقفت الاشتراك، لن تسترجع أي مال.

right-de-lijn-vervoergarantie-reason-brussels = أنت تسكن في بروكسل. De Lijn تعمل أساسًا في فلاندرز. في بروكسل توجد MIVB. اسأل هناك عن تعرفة أقل، أو اطلب النصيحة من OCMW.
right-de-lijn-vervoergarantie-reason-wallonia = أنت تسكن في والونيا. De Lijn تعمل أساسًا في فلاندرز. في والونيا توجد TEC. اسأل هناك عن تعرفة أقل، أو اطلب النصيحة من OCMW.
right-de-lijn-vervoergarantie-reason-abroad = أنت لا تسكن في بلجيكا. هذه التعرفات من De Lijn هي لمن يسكن في فلاندرز.
right-de-lijn-vervoergarantie-reason-free-handicap = في أسرتك شخص يحصل على IVT أو IT. هذا الشخص يسافر مجانًا مع De Lijn. الاشتراك يأتي عادةً تلقائيًا.
right-de-lijn-vervoergarantie-reason-leefloon = أنت تحصل على leefloon أو على المساعدة المعادلة لـ leefloon. في هذه الحالة تحصل على Vervoergarantie (ضمان التنقّل): اشتراك لمدة 12 شهرًا بسعر منخفض. ترسل لك De Lijn بنفسها استمارة تحويل بنكي. ادفع المبلغ، وعندها تحصل على الاشتراك.
right-de-lijn-vervoergarantie-reason-igo = أنت تحصل على IGO. في هذه الحالة تحصل على Vervoergarantie (ضمان التنقّل): اشتراك لمدة 12 شهرًا بسعر منخفض. اطلبه في متجر De Lijn (Lijnwinkel)، أو برسالة إلى De Lijn. أحضر معك الشهادة من Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-asylum-seeker = بصفتك طالب لجوء يمكنك أن تحصل على Vervoergarantie (ضمان التنقّل): اشتراك لمدة 12 شهرًا بسعر منخفض. تطلبه عن طريق Fedasil أو الصليب الأحمر. اسأل الأشخاص في مكان استقبالك.
right-de-lijn-vervoergarantie-reason-igo-pending = يمكنك على الأرجح أن تحصل على IGO. إذا حصلت عليه، يمكنك أن تطلب Vervoergarantie (ضمان التنقّل): اشتراك لمدة 12 شهرًا بسعر منخفض. اطلبه في متجر De Lijn (Lijnwinkel)، أو برسالة إلى De Lijn، مع الشهادة من Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-igo-maybe = ربما يمكنك أن تحصل على IGO. Federale Pensioendienst هي التي تقرّر ذلك. إذا حصلت على IGO، يمكنك أن تطلب Vervoergarantie (ضمان التنقّل): اشتراك لمدة 12 شهرًا بسعر منخفض. اطلبه في متجر De Lijn (Lijnwinkel)، أو برسالة إلى De Lijn، مع الشهادة من Federale Pensioendienst.
right-de-lijn-vervoergarantie-reason-leefloon-pending = يمكنك على الأرجح أن تحصل على leefloon أو على المساعدة المعادلة لـ leefloon. إذا حصلت عليه، ترسل لك De Lijn بنفسها استمارة لـ Vervoergarantie (ضمان التنقّل): اشتراك لمدة 12 شهرًا بسعر منخفض.
right-de-lijn-vervoergarantie-reason-vt = لديك التعويض المعزَّز. في هذه الحالة تحصل على اشتراك أرخص من De Lijn. اطلبه في متجر De Lijn (Lijnwinkel). أحضر معك شهادة من ziekenfonds الخاص بك، لا يزيد عمرها عن 3 أشهر.
right-de-lijn-vervoergarantie-reason-vt-first = يمكنك على الأرجح أن تحصل على التعويض المعزَّز. اطلبه أولًا من ziekenfonds الخاص بك. بعد ذلك تحصل على اشتراك أرخص من De Lijn.
right-de-lijn-vervoergarantie-reason-vaph = لديك أنت أو لدى أحد أفراد أسرتك إعاقة. هل هذا الشخص مسجَّل لدى VAPH (الوكالة الفلمنكية للأشخاص ذوي الإعاقة)؟ في هذه الحالة يسافر هذا الشخص عادةً مجانًا مع De Lijn. اسأل De Lijn عن ذلك.
right-de-lijn-vervoergarantie-otherwise = ليس لديك leefloon، ولا IGO، ولا التعويض المعزَّز، ولا إعانة بسبب إعاقة. في هذه الحالة لا توجد تعرفة أقل لدى De Lijn. لكن الأطفال الذين عمرهم أقل من 6 سنوات يسافرون مجانًا. بعض البلديات تردّ جزءًا من ثمن اشتراكك. اسأل بلديتك.

right-de-lijn-vervoergarantie-unverified-prices = أسعار De Lijn تتغيّر. لم نتحقق بعد من سعر الاشتراك مع التعويض المعزَّز.

## Documents

document-attest-dringende-medische-hulp = شهادة من طبيب للمساعدة الطبية العاجلة
document-attest-dringende-medische-hulp-where = يكتبها الطبيب الذي يفحصك. اطلبها أنت منه.

document-identiteitsbewijs = جواز سفرك أو إثبات آخر لهويتك، إذا كان لديك
document-identiteitsbewijs-where = أحضر ما لديك. ليس لديك أي شيء؟ اذهب إلى OCMW مع ذلك.

document-bewijs-financiele-toestand = أوراق عن وضعك المالي، إذا كانت لديك: ما تحصل عليه وما تملكه
document-bewijs-financiele-toestand-where = مثلًا كشوف حسابك من البنك. ليست لديك أوراق؟ في هذه الحالة يسألك OCMW عن ذلك في المقابلة.

document-gegevens-behandelende-arts = اسم طبيبك وعنوانه
document-gegevens-behandelende-arts-where = اكتبهما. تجدهما على رسالة أو وصفة طبية من طبيبك.

document-rekeningnummer = رقم حسابك البنكي
document-rekeningnummer-where = هو مكتوب على بطاقتك البنكية أو على كشوف حسابك. لا تعطِ أبدًا الرموز السرية لبنكك: لا توجد أي جهة تطلبها منك.

document-klevertje-ziekenfonds = ملصق من ziekenfonds (صندوق التأمين الصحي) الخاص بك
document-klevertje-ziekenfonds-where = اطلب ملصقات من ziekenfonds الخاص بك.

document-aanslagbiljet-onroerende-voorheffing = فقط إذا كان لديك بيت أو أرض: إشعار ضريبة العقار (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = يصلك كل سنة بالبريد أو رقميًا. ضاع منك؟ اطلب نسخة من مصلحة الضرائب التي أرسلته.

document-volmacht = فقط إذا قدّم شخص آخر الطلب نيابة عنك: توكيل
document-volmacht-where = اكتب على ورقة أن هذا الشخص يجوز له أن يفعل ذلك نيابة عنك، ووقّعها. اطلب المساعدة من الشخص الذي يساعدك.

document-gezinssamenstelling = إثبات تكوين الأسرة
document-gezinssamenstelling-where = اطلبه من بلديتك، أو حمِّله من Mijn Burgerprofiel.

document-attest-categorie-pro-deo = فقط إذا كنت تحصل على leefloon أو IGO أو IVT، أو إذا كنت تستأجر مسكنًا اجتماعيًا: شهادة بذلك
document-attest-categorie-pro-deo-where = اطلبها من الجهة التي تدفع لك: OCMW، أو Federale Pensioendienst، أو المديرية العامة للأشخاص ذوي الإعاقة. إذا كنت مستأجرًا لمسكن اجتماعي، اطلب شهادة إيجار من woonmaatschappij الخاصة بك.

document-documenten-zaak = كل الأوراق المتعلقة بمشكلتك: الرسائل، والعقود، والقرارات
document-documenten-zaak-where = اجمع كل ما لديك. لا ترمِ أي شيء.

document-lijst-schulden = قائمة بديونك، مع رسائل الجهات التي تطلب منك مالًا
document-lijst-schulden-where = اجمع كل الفواتير والإنذارات والرسائل. يساعدك OCMW أو CAW على إعداد القائمة.

document-energiefacturen = فواتير الكهرباء أو الغاز أو الماء
document-energiefacturen-where = تصلك من المورِّد، بالبريد أو في حسابك على موقع المورِّد.

document-attest-igo = فقط إذا كنت تحصل على IGO: شهادة من Federale Pensioendienst
document-attest-igo-where = اطلبها من Federale Pensioendienst. اتصل بخط المعاشات 1765، أو انظر في mypension.be.

document-attest-verhoogde-tegemoetkoming = إذا كان لديك التعويض المعزَّز: شهادة من ziekenfonds الخاص بك، لا يزيد عمرها عن 3 أشهر
document-attest-verhoogde-tegemoetkoming-where = اطلبها من ziekenfonds الخاص بك، أو حمِّلها من موقع ziekenfonds أو من تطبيقه. في NMBS لا تحتاج إليها إلا إذا لم يستطع الموظف عند الشبّاك أن يتحقق من التعويض المعزَّز الخاص بك.

document-mobib-kaart = بطاقة MOBIB باسمك
document-mobib-kaart-where = تحصل عليها عند شبّاك NMBS. البطاقة الجديدة تكلّف مبلغًا صغيرًا.

document-pasfoto = فقط إذا لم يستطع الموظف عند الشبّاك أن يتحقق من التعويض المعزَّز الخاص بك: صورة شخصية حديثة (صورة جواز)
document-pasfoto-where = عند مصوِّر، أو في كشك صور آلي.

## Offices

office-federale-pensioendienst = Federale Pensioendienst (مصلحة المعاشات الفيدرالية)
office-federale-pensioendienst-in-person = اذهب إلى مصلحة المعاشات في بلديتك. ويمكنك أيضًا أن تذهب إلى يوم استقبال (zitdag) أو إلى مكتب لـ Federale Pensioendienst. يجوز لشخص آخر أن يفعل ذلك نيابة عنك.
office-federale-pensioendienst-phone = اتصل بخط المعاشات لدى Federale Pensioendienst.
office-federale-pensioendienst-online = اطلبه عبر الإنترنت ببطاقة هويتك أو بـ itsme.

office-dg-personen-met-handicap = المديرية العامة للأشخاص ذوي الإعاقة (DG Personen met een handicap)، FOD Sociale Zekerheid
office-dg-personen-met-handicap-online = اطلبه عبر الإنترنت في MyHandicap، ببطاقة هويتك ورمزها السري (pincode)، أو بـ itsme.
office-dg-personen-met-handicap-phone = اتصل بالمديرية العامة للأشخاص ذوي الإعاقة. هذا الرقم مجاني.
office-dg-personen-met-handicap-in-person = لم تنجح في الطلب عبر الإنترنت؟ الخدمة الاجتماعية في ziekenfonds الخاص بك، أو في بلديتك، أو في OCMW (Sociaal Huis) تساعدك وتقدّم الطلب نيابة عنك. ويوجد أيضًا مساعدون اجتماعيون تابعون للمديرية العامة.

office-bureau-juridische-bijstand = مكتب المساعدة القانونية (BJB) التابع للمحامين
office-bureau-juridische-bijstand-in-person = اذهب إلى مكتب المساعدة القانونية. يكون عادةً في مبنى المحكمة في منطقتك. هل لديك محامٍ بالفعل؟ يمكنه هو أيضًا أن يطلب ذلك من أجلك.
office-bureau-juridische-bijstand-phone = اتصل بمكتب المساعدة القانونية. الرقم موجود على موقع نقابة المحامين (de balie) في منطقتك. ويمكنك أيضًا أن تسأل عنه OCMW أو CAW.

office-de-lijn = De Lijn
office-de-lijn-in-person = اذهب إلى متجر De Lijn (Lijnwinkel).
office-de-lijn-letter = يمكنك أيضًا أن ترسل طلبك بالبريد. أرسل معه نسخة من شهادتك.
office-de-lijn-online = على موقع De Lijn تجد شرحًا عن الاشتراكات والأسعار.

office-nmbs = NMBS (السكك الحديدية البلجيكية)
office-nmbs-in-person = اذهب إلى الشبّاك في محطة القطار. أحضر معك بطاقة هويتك وبطاقة MOBIB.
office-nmbs-online = اطلب البطاقة عبر الإنترنت في حسابك My NMBS، على موقع NMBS.

## Parameters

param-pension-age = سن التقاعد القانونية، وهي أيضًا السن المطلوبة لـ IGO (بالسنوات)
param-igo-amount-shared = IGO المبلغ الأساسي، لمن يتقاسم المسكن: المبلغ في الشهر
param-igo-amount-alone = IGO المبلغ المرتفع، لمن يسكن وحده: المبلغ في الشهر
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
param-ivt-max-cat-a = IVT الفئة A: أعلى مبلغ في السنة
param-ivt-max-cat-b = IVT الفئة B: أعلى مبلغ في السنة
param-ivt-max-cat-c = IVT الفئة C: أعلى مبلغ في السنة
param-it-max-cat-1 = IT الفئة 1 (من 7 إلى 8 نقاط): أعلى مبلغ في الشهر
param-it-max-cat-2 = IT الفئة 2 (من 9 إلى 11 نقطة): أعلى مبلغ في الشهر
param-it-max-cat-3 = IT الفئة 3 (من 12 إلى 14 نقطة): أعلى مبلغ في الشهر
param-it-max-cat-4 = IT الفئة 4 (من 15 إلى 16 نقطة): أعلى مبلغ في الشهر
param-it-max-cat-5 = IT الفئة 5 (من 17 إلى 18 نقطة): أعلى مبلغ في الشهر
param-pro-deo-limit-single-full = محامٍ مجاني (pro deo)، شخص يسكن وحده: مجاني بالكامل حتى هذا الدخل الصافي في الشهر
param-pro-deo-limit-single-partial = محامٍ مجاني (pro deo)، شخص يسكن وحده: مجاني جزئيًا حتى هذا الدخل الصافي في الشهر
param-pro-deo-limit-family-full = محامٍ مجاني (pro deo)، مع أشخاص يعيلهم أو يسكن مع آخرين: مجاني بالكامل حتى هذا الدخل الصافي في الشهر
param-pro-deo-limit-family-partial = محامٍ مجاني (pro deo)، مع أشخاص يعيلهم أو يسكن مع آخرين: مجاني جزئيًا حتى هذا الدخل الصافي في الشهر
