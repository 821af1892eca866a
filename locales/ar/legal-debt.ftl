# Legal aid and debt: pro-deoadvocaat, schuldhulp.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-schuldhulp-summary = لم تعد تستطيع أن تدفع فواتيرك؟ في هذه الحالة يساعدك OCMW أو CAW. يقدّمان النصيحة، أو يساعدانك في ميزانيتك، أو يقومان بالوساطة في الديون. في الوساطة في الديون يضع شخص خطة سداد مع الجهات التي تدين لها بالمال.
right-schuldhulp-counter = عليّ ديون، وأريد مساعدة.

right-schuldhulp-reason-already-collective = أنت في تسوية جماعية للديون. عيّن القاضي وسيط ديون ينظّم خطة سداد ديونك. هل لديك أسئلة، أو فواتير جديدة لا تستطيع أن تدفعها؟ تحدّث فورًا مع وسيط الديون.
right-schuldhulp-reason-already-mediation = أنت تحصل بالفعل على وساطة في الديون. هل لديك أسئلة، أو فواتير جديدة لا تستطيع أن تدفعها؟ تحدّث فورًا مع وسيط الديون.
right-schuldhulp-reason-already-budget = أنت تحصل بالفعل على مرافقة في الميزانية أو على إدارة الميزانية. هل لديك فواتير جديدة لا تستطيع أن تدفعها؟ تحدّث فورًا مع الشخص الذي يرافقك.
right-schuldhulp-reason-abroad = أنت لا تسكن في بلجيكا. هذه المساعدة موجودة لمن يسكن في بلجيكا.
right-schuldhulp-reason-arrears = لديك فواتير لم تستطع أن تدفعها في وقتها. يمكن لـ OCMW أو CAW أن يساعدك. مثلًا بالنصيحة، أو باتفاق مع الجهات التي تطلب منك مالًا، أو بمرافقة في الميزانية أو إدارة الميزانية، أو بالوساطة في الديون. في مقابلة تنظرون معًا ما يناسبك. لا تنتظر طويلًا: كلما أسرعت، كان ذلك أفضل.
right-schuldhulp-otherwise = قلت إنه ليست عليك ديون. هل تجد لاحقًا صعوبة في دفع فواتيرك؟ اطلب المساعدة إذن في الوقت المناسب من OCMW أو CAW.

right-schuldhulp-unverified-pro-deo = لم نتحقق بعد هل التسوية الجماعية للديون أو الوساطة في الديون تعطي الحق تلقائيًا في محامٍ مجاني.

## Documents

document-gezinssamenstelling = إثبات تكوين الأسرة
document-gezinssamenstelling-where = اطلبه من بلديتك، أو حمِّله من Mijn Burgerprofiel.

document-attest-categorie-pro-deo = فقط إذا كنت تحصل على leefloon أو IGO أو IVT، أو إذا كنت تستأجر مسكنًا اجتماعيًا: شهادة بذلك
document-attest-categorie-pro-deo-where = اطلبها من الجهة التي تدفع لك: OCMW، أو Federale Pensioendienst، أو المديرية العامة للأشخاص ذوي الإعاقة. إذا كنت مستأجرًا لمسكن اجتماعي، اطلب شهادة إيجار من woonmaatschappij الخاصة بك.

document-documenten-zaak = كل الأوراق المتعلقة بمشكلتك: الرسائل، والعقود، والقرارات
document-documenten-zaak-where = اجمع كل ما لديك. لا ترمِ أي شيء.

document-lijst-schulden = قائمة بديونك، مع رسائل الجهات التي تطلب منك مالًا
document-lijst-schulden-where = اجمع كل الفواتير والإنذارات والرسائل. يساعدك OCMW أو CAW على إعداد القائمة.

## Offices

office-bureau-juridische-bijstand = مكتب المساعدة القانونية (BJB) التابع للمحامين
office-bureau-juridische-bijstand-in-person = اذهب إلى مكتب المساعدة القانونية. يكون عادةً في مبنى المحكمة في منطقتك. هل لديك محامٍ بالفعل؟ يمكنه هو أيضًا أن يطلب ذلك من أجلك.
office-bureau-juridische-bijstand-phone = اتصل بمكتب المساعدة القانونية. الرقم موجود على موقع نقابة المحامين (de balie) في منطقتك. ويمكنك أيضًا أن تسأل عنه OCMW أو CAW.

## Parameters

param-pro-deo-limit-single-full = محامٍ مجاني (pro deo)، شخص يسكن وحده: مجاني بالكامل حتى هذا الدخل الصافي في الشهر
param-pro-deo-limit-single-partial = محامٍ مجاني (pro deo)، شخص يسكن وحده: مجاني جزئيًا حتى هذا الدخل الصافي في الشهر
param-pro-deo-limit-family-full = محامٍ مجاني (pro deo)، مع أشخاص يعيلهم أو يسكن مع آخرين: مجاني بالكامل حتى هذا الدخل الصافي في الشهر
param-pro-deo-limit-family-partial = محامٍ مجاني (pro deo)، مع أشخاص يعيلهم أو يسكن مع آخرين: مجاني جزئيًا حتى هذا الدخل الصافي في الشهر
