# Income: leefloon, equivalent leefloon, IGO, IVT, IT.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Leefloon

right-leefloon = دخل المعيشة من OCMW (leefloon)
right-leefloon-summary = دخل المعيشة (leefloon) هو مال من OCMW (مركز المساعدة الاجتماعية) إذا كان دخلك قليلًا جدًا ولا يكفي للعيش.
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
right-equivalent-leefloon-summary = المساعدة المعادلة لـ leefloon هي مال من OCMW. وهي للأجانب المسجَّلين في سجل الأجانب. وفقط إذا كان دخلهم قليلًا جدًا ولا يكفي للعيش.
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
right-equivalent-leefloon-unverified-temporary-protection = الحماية المؤقتة للأشخاص القادمين من أوكرانيا مُدِّدت حتى 4 مارس 2027. هذا مكتوب في الأخبار، لكن لم يُتحقق منه بعد لدى مصدر رسمي.

## Inkomensgarantie voor ouderen (IGO)

right-igo = ضمان الدخل لكبار السن (IGO)
right-igo-summary = ضمان الدخل لكبار السن (IGO) هو مال من Federale Pensioendienst (مصلحة المعاشات الفيدرالية) للأشخاص الذين بلغوا سن التقاعد ودخلهم قليل جدًا.
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
right-ivt-summary = التعويض البديل عن الدخل (IVT) هو مال من الدولة للأشخاص ذوي الإعاقة الذين لا يستطيعون بسببها أن يعملوا، أو يستطيعون أن يعملوا أقل بكثير.
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
right-it-summary = تعويض الاندماج (IT) هو مال من الدولة للأشخاص ذوي الإعاقة الذين لديهم مصاريف إضافية، لأنهم يجدون صعوبة في أمور الحياة اليومية.
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

## Documents

document-overzicht-inkomsten-uitgaven = قائمة بمداخيلك ومصاريفك في آخر 3 أشهر
document-overzicht-inkomsten-uitgaven-where = اكتبها بنفسك. كشوف حسابك البنكي تساعدك في ذلك.

document-vdab-inschrijving = إثبات أنك مسجَّل لدى VDAB (مكتب التشغيل الفلمنكي)
document-vdab-inschrijving-where = اطلبه من VDAB.

document-klevertje-ziekenfonds = ملصق من ziekenfonds (صندوق التأمين الصحي) الخاص بك
document-klevertje-ziekenfonds-where = اطلب ملصقات من ziekenfonds الخاص بك.

document-aanslagbiljet-onroerende-voorheffing = فقط إذا كان لديك بيت أو أرض: إشعار ضريبة العقار (onroerende voorheffing)
document-aanslagbiljet-onroerende-voorheffing-where = يصلك كل سنة بالبريد أو رقميًا. ضاع منك؟ اطلب نسخة من مصلحة الضرائب التي أرسلته.

document-volmacht = فقط إذا قدّم شخص آخر الطلب نيابة عنك: توكيل
document-volmacht-where = اكتب على ورقة أن هذا الشخص يجوز له أن يفعل ذلك نيابة عنك، ووقّعها. اطلب المساعدة من الشخص الذي يساعدك.

## Offices

office-federale-pensioendienst = مصلحة المعاشات الفيدرالية (Federale Pensioendienst)
office-federale-pensioendienst-in-person = اذهب إلى مصلحة المعاشات في بلديتك. ويمكنك أيضًا أن تذهب إلى يوم استقبال (zitdag) أو إلى مكتب لـ Federale Pensioendienst. يجوز لشخص آخر أن يفعل ذلك نيابة عنك.
office-federale-pensioendienst-phone = اتصل بخط المعاشات لدى Federale Pensioendienst.
office-federale-pensioendienst-online = اطلبه عبر الإنترنت ببطاقة هويتك أو بـ itsme.

## Parameters

param-leefloon-cat1 = leefloon الفئة 1، شخص يسكن مع آخرين (samenwonend): المبلغ في الشهر
param-leefloon-cat2 = leefloon الفئة 2، شخص يسكن وحده: المبلغ في الشهر
param-leefloon-cat3 = leefloon الفئة 3، مع أسرة يعيلها: المبلغ في الشهر

param-pension-age = سن التقاعد القانونية، وهي أيضًا السن المطلوبة لـ IGO (بالسنوات)
param-igo-amount-shared = IGO المبلغ الأساسي، لمن يتقاسم المسكن: المبلغ في الشهر
param-igo-amount-alone = IGO المبلغ المرتفع، لمن يسكن وحده: المبلغ في الشهر
param-ivt-max-cat-a = IVT الفئة A: أعلى مبلغ في السنة
param-ivt-max-cat-b = IVT الفئة B: أعلى مبلغ في السنة
param-ivt-max-cat-c = IVT الفئة C: أعلى مبلغ في السنة
param-it-max-cat-1 = IT الفئة 1 (من 7 إلى 8 نقاط): أعلى مبلغ في الشهر
param-it-max-cat-2 = IT الفئة 2 (من 9 إلى 11 نقطة): أعلى مبلغ في الشهر
param-it-max-cat-3 = IT الفئة 3 (من 12 إلى 14 نقطة): أعلى مبلغ في الشهر
param-it-max-cat-4 = IT الفئة 4 (من 15 إلى 16 نقطة): أعلى مبلغ في الشهر
param-it-max-cat-5 = IT الفئة 5 (من 17 إلى 18 نقطة): أعلى مبلغ في الشهر

# Issue 13: IGO with one's children, IGO before leefloon, parents or adult children at home
right-igo-reason-request-with-children = لقد بلغت سن التقاعد وتعيش مع أولادك فقط. في هذه الحالة ينطبق مبلغ IGO الأعلى، كما لشخص يعيش وحده. دخل أولادك لا يُحسب. يبدو أن دخلك أقل من IGO. اطلب IGO من مصلحة المعاشات في بلديتك، أو عبر الإنترنت، أو عبر خط المعاشات 1765.
right-leefloon-reason-igo-first = لقد بلغت سن التقاعد. اطلب إذن أولًا ضمان الدخل لكبار السن (IGO). مبلغ IGO أعلى من leefloon. إذا لم تحصل على IGO، أو بقي دخلك منخفضًا جدًا، اذهب إلى OCMW.
right-leefloon-reason-maintenance-debtors = أنت تعيش مع والديك أو مع ولد بالغ. في هذه الحالة ينظر OCMW أيضًا إلى دخلهم. يقرر OCMW بعد محادثة هل يمكنك الحصول على leefloon وكم. لا تتردد في السؤال: سيدرس OCMW وضعك.

# Issue 13: OCMW aanvullende financiële steun
right-ocmw-aanvullende-steun = مساعدة مالية إضافية من OCMW
right-ocmw-aanvullende-steun-summary = يمكن لـ OCMW أن يساعدك بالمال، مثلًا للإيجار أو الطاقة أو تكاليف الطبيب والصيدلية أو فاتورة المستشفى، حتى إذا لم تكن تحصل على leefloon.
right-ocmw-aanvullende-steun-counter = أريد أن أطلب مساعدة مالية إضافية من OCMW.
right-ocmw-aanvullende-steun-reason-abroad = أنت لا تسكن في بلجيكا. يساعد OCMW الأشخاص الذين يسكنون في البلدية.
right-ocmw-aanvullende-steun-reason-residence = بوضع إقامتك لا تحصل على هذه المساعدة من OCMW. طالبو اللجوء يحصلون على المساعدة في شبكة الاستقبال. بدون إقامة قانونية يمكنك أن تطلب من OCMW المساعدة الطبية العاجلة.
right-ocmw-aanvullende-steun-reason-leefloon = أنت تحصل على leefloon، أو يمكنك على الأرجح أن تحصل عليه. هل لديك بالإضافة إلى ذلك تكاليف عالية، مثل الإيجار أو الطاقة أو التكاليف الطبية؟ في هذه الحالة يمكن لـ OCMW أن يعطي مساعدة إضافية. اسأل المرشد الاجتماعي الخاص بك. يقرر OCMW بعد بحث اجتماعي.
right-ocmw-aanvullende-steun-reason-low-income = دخلك منخفض، أو تجد صعوبة في دفع فواتيرك. يمكن لـ OCMW أن يساعدك بالمال، مثلًا للإيجار أو الطاقة أو التكاليف الطبية، حتى بدون leefloon. اسأل OCMW في بلديتك. يقرر OCMW بعد بحث اجتماعي.
right-ocmw-aanvullende-steun-otherwise = لا يبدو أن دخلك منخفض. هل لديك مع ذلك تكاليف لا تستطيع دفعها؟ اذهب إذن إلى OCMW. يحق للجميع طلب المساعدة.

right-leefloon-reason-has-igo = أنت تحصل بالفعل على ضمان الدخل لكبار السن (IGO). مبلغ IGO أعلى من leefloon. هل لا يكفيك المال مع ذلك، مثلًا بسبب تكاليف عالية؟ اطلب إذن مساعدة إضافية من OCMW.
