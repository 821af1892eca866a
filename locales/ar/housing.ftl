# Housing: huurpremie, huursubsidie, sociale huurwoning.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Vlaamse huurpremie

right-huurpremie = منحة الإيجار الفلمنكية
right-huurpremie-summary = منحة الإيجار هي مال شهري من الحكومة الفلمنكية لمن يستأجر من مالك خاص وينتظر منذ مدة طويلة مسكنًا اجتماعيًا.
right-huurpremie-counter = أنا على قائمة الانتظار لمسكن اجتماعي منذ 4 سنوات. أريد أن أطلب منحة الإيجار.
right-huurpremie-if-missing = أنت على قائمة الانتظار منذ 4 سنوات ولم تصلك استمارة؟ تواصل إذن مع woonmaatschappij (شركة السكن الاجتماعي) الخاصة بك. لا تنتظر طويلًا: منحة الإيجار تُدفَع بأثر رجعي لمدة 6 أشهر فقط.
right-huurpremie-deadline = أرسل الاستمارة بسرعة. منحة الإيجار تُدفَع بأثر رجعي لمدة 6 أشهر فقط. هل ستنتقل إلى مسكن آخر؟ سجّل نفسك إذن خلال 9 أشهر لدى woonmaatschappij في بلديتك الجديدة. وإلا تتوقف منحة الإيجار.

right-huurpremie-reason-brussels = أنت تسكن في بروكسل. منحة الإيجار الفلمنكية لا تنطبق هناك. لمنطقة بروكسل مساعدات خاصة بها للإيجار. اسأل عنها OCMW في بلديتك.
right-huurpremie-reason-wallonia = أنت تسكن في والونيا. منحة الإيجار الفلمنكية لا تنطبق هناك. لمنطقة والونيا قواعد خاصة بها. اطلب النصيحة من OCMW (بالفرنسية: CPAS) في بلديتك.
right-huurpremie-reason-abroad = أنت لا تسكن في بلجيكا. منحة الإيجار هي لمسكن مستأجَر في فلاندرز.
right-huurpremie-reason-social-tenant = أنت تستأجر بالفعل مسكنًا اجتماعيًا. منحة الإيجار هي لمن يستأجر من مالك خاص وينتظر مسكنًا اجتماعيًا.
right-huurpremie-reason-owner = أنت مالك مسكنك. منحة الإيجار هي فقط لمن يستأجر ولا يملك مسكنًا.
right-huurpremie-reason-not-private-tenant = منحة الإيجار هي فقط لمن يستأجر مسكنًا من مؤجِّر خاص، وعقد الإيجار باسمه.
right-huurpremie-reason-waitlist-short = منحة الإيجار لا تأتي إلا عندما تكون على قائمة الانتظار لمسكن اجتماعي منذ 4 سنوات بدون انقطاع. لست على قائمة الانتظار بعد؟ سجّل نفسك إذن لدى woonmaatschappij.
right-huurpremie-reason-income = يبدو أن دخلك أعلى من الحد للمسكن الاجتماعي. هذا الحد ينطبق أيضًا على منحة الإيجار. تنظر Wonen in Vlaanderen في آخر إشعار ضريبة وصلك. لست متأكدًا؟ اتصل بخط المعلومات الفلمنكي 1700.
right-huurpremie-reason-proactive = أنت تستأجر من مالك خاص، وأنت على قائمة الانتظار لمسكن اجتماعي منذ 4 سنوات أو أكثر. في هذه الحالة ترسل لك Wonen in Vlaanderen عادةً استمارة طلب تلقائيًا، عليها ملصق أصفر. املأها وأرسلها مع نسخة من عقد الإيجار. لم تصلك استمارة؟ تواصل إذن مع woonmaatschappij الخاصة بك. لا تنتظر طويلًا: منحة الإيجار تُدفَع بأثر رجعي لمدة 6 أشهر فقط. انتبه: يجب أن يكون عقد الإيجار باسمك، ويجب أن تكون مسجَّلًا في ذلك العنوان. لا يجوز لك أن تستأجر من فرد من عائلتك يسكن في نفس العنوان، مثل والديك، أو جدّك وجدّتك، أو أخيك، أو أختك. تتوقف منحة الإيجار إذا حصلت على مسكن اجتماعي، أو إذا رفضت مسكنًا اجتماعيًا مناسبًا.
right-huurpremie-otherwise = يبدو أنه ليس لك الحق في منحة الإيجار. لست متأكدًا؟ اتصل بخط المعلومات الفلمنكي 1700.

right-huurpremie-unverified-amounts = مبالغ منحة الإيجار وأعلى إيجار مسموح به لسنتي 2025 و2026 لم نتحقق منها بعد. نعرف مبالغ 2024، وأعلى إيجار مسموح به لسنة 2023.
right-huurpremie-unverified-conformity = منذ نوفمبر 2023 لم يعد عليك أن تثبت أن مسكنك في حالة جيدة. لا تُرفَض منحة الإيجار إلا إذا أُعلِن أن مسكنك غير صالح، أو غير قابل للسكن، أو مكتظ بالسكان. هذه المعلومة من جريدة، ولم نتحقق منها بعد في مصدر رسمي.

## Vlaamse huursubsidie

right-huursubsidie = إعانة الإيجار الفلمنكية
right-huursubsidie-summary = إعانة الإيجار هي مال شهري من الحكومة الفلمنكية إذا انتقلت إلى مسكن مستأجَر أفضل أو مناسب لك، أو إذا لم يكن لديك مسكن من قبل.
right-huursubsidie-counter = انتقلت إلى مسكن مستأجَر. أريد أن أطلب إعانة الإيجار.
right-huursubsidie-deadline = اطلب إعانة الإيجار في موعد أقصاه 9 أشهر بعد بداية عقد الإيجار الجديد.

right-huursubsidie-reason-brussels = أنت تسكن في بروكسل. إعانة الإيجار الفلمنكية لا تنطبق هناك. لمنطقة بروكسل مساعدات خاصة بها للإيجار. اسأل عنها OCMW في بلديتك.
right-huursubsidie-reason-wallonia = أنت تسكن في والونيا. إعانة الإيجار الفلمنكية لا تنطبق هناك. لمنطقة والونيا قواعد خاصة بها. اطلب النصيحة من OCMW (بالفرنسية: CPAS) في بلديتك.
right-huursubsidie-reason-abroad = أنت لا تسكن في بلجيكا. إعانة الإيجار هي لمسكن مستأجَر في فلاندرز.
right-huursubsidie-reason-owner = أنت مالك مسكن. في هذه الحالة لا تحصل عادةً على إعانة الإيجار. توجد استثناءات. اسأل عن ذلك عن طريق خط المعلومات الفلمنكي 1700.
right-huursubsidie-reason-social-tenant = أنت تستأجر مسكنًا اجتماعيًا. من يستأجر مباشرة من woonmaatschappij، أو من البلدية، أو من OCMW، لا يحصل على إعانة الإيجار. هل تستأجر عن طريق مكتب إيجار اجتماعي (SVK)، والمسكن ملك لمالك خاص؟ هل انتقلت إليه حديثًا؟ اسأل إذن مع ذلك عن إعانة الإيجار لدى woonmaatschappij، أو عن طريق خط المعلومات الفلمنكي 1700.
right-huursubsidie-reason-care-home = أنت تسكن في دار رعاية سكنية. إعانة الإيجار هي لمن يستأجر مسكنًا.
right-huursubsidie-reason-homeless = ليس لديك مكان سكن ثابت، ودخلك ليس أعلى من الحد. هل وجدت مسكنًا للإيجار؟ في هذه الحالة يمكنك أن تطلب إعانة الإيجار من Wonen in Vlaanderen. افعل ذلك في موعد أقصاه 9 أشهر بعد بداية عقد الإيجار. وتحصل أيضًا مرة واحدة على منحة الاستقرار (installatiepremie). هل عمرك أقل من 25 سنة؟ في هذه الحالة تُظهِر دخلك الحالي أنت. Wonen in Vlaanderen هي التي تقرّر.
right-huursubsidie-reason-moved = إعانة الإيجار موجودة فقط إذا انتقلت إلى مسكن آخر، في إحدى هذه الحالات: من مسكن غير صالح، أو غير قابل للسكن، أو صغير جدًا، إلى مسكن جيد؛ من مسكن غير مناسب لعمرك أو لإعاقتك، إلى مسكن مناسب؛ إلى مسكن تابع لمكتب إيجار اجتماعي (SVK)؛ أو بعد أن كنت بدون مكان سكن ثابت. هل هذا وضعك؟ اطلب إذن إعانة الإيجار، في موعد أقصاه 9 أشهر بعد بداية عقد الإيجار الجديد. Wonen in Vlaanderen هي التي تقرّر.
right-huursubsidie-otherwise = يبدو أن دخلك أعلى من الحد لدعم الإيجار. نستعمل حد سنة 2024. ربما هو الآن أعلى قليلًا. هل لديك شك؟ اسأل عبر خط المعلومات الفلمنكي 1700.

right-huursubsidie-unverified-limits = حدود الدخل التي نستعملها هي حدود السكن الاجتماعي في سنة 2024. أن دعم الإيجار له نفس الحدود استُنتج من سنوات سابقة ولم يُتحقق منه بعد. حدود 2025 و2026 لم يُعثر عليها بعد.
right-huursubsidie-unverified-waitlist = في الماضي كان عليك أن تسجّل نفسك خلال 6 أشهر على قائمة الانتظار لمسكن اجتماعي. أُلغِي ذلك في سبتمبر 2023. لم نتحقق بعد منذ متى يسري هذا الإلغاء.

## Inschrijving voor een sociale huurwoning

right-sociale-huurwoning = التسجيل للحصول على مسكن اجتماعي للإيجار
right-sociale-huurwoning-summary = في woonmaatschappij (شركة السكن الاجتماعي) يمكنك أن تسجّل نفسك على قائمة الانتظار لمسكن اجتماعي: مسكن للإيجار بسعر إيجار أقل.
right-sociale-huurwoning-counter = أريد أن أسجّل نفسي للحصول على مسكن اجتماعي.

right-sociale-huurwoning-reason-brussels = أنت تسكن في بروكسل. شركات السكن الفلمنكية (woonmaatschappijen) تؤجّر مساكن في فلاندرز. للمسكن الاجتماعي في بروكسل الجهة المختصة هي شركة السكن الإقليمية في بروكسل (BGHM). اطلب النصيحة من OCMW في بلديتك. هل تريد أن تنتقل إلى فلاندرز؟ اسأل إذن woonmaatschappij هناك هل يمكنك أن تسجّل نفسك.
right-sociale-huurwoning-reason-wallonia = أنت تسكن في والونيا. شركات السكن الفلمنكية (woonmaatschappijen) تؤجّر مساكن في فلاندرز. في والونيا تنطبق قواعد منطقة والونيا. اطلب النصيحة من OCMW (بالفرنسية: CPAS) في بلديتك. هل تريد أن تنتقل إلى فلاندرز؟ اسأل إذن woonmaatschappij هناك هل يمكنك أن تسجّل نفسك.
right-sociale-huurwoning-reason-abroad = أنت لا تسكن في بلجيكا. لكي تسجّل نفسك، يجب أن تكون مسجَّلًا في بلدية بلجيكية، في سجل السكان أو في سجل الأجانب.
right-sociale-huurwoning-reason-already-tenant = أنت تستأجر بالفعل مسكنًا اجتماعيًا.
right-sociale-huurwoning-reason-already-waitlist = أنت بالفعل على قائمة الانتظار لمسكن اجتماعي. هل تستأجر من مالك خاص، وأنت على القائمة منذ 4 سنوات بدون انقطاع؟ في هذه الحالة يمكنك أن تحصل على منحة الإيجار.
right-sociale-huurwoning-reason-owner = أنت مالك مسكن. في هذه الحالة لا يمكنك عادةً أن تسجّل نفسك. توجد استثناءات، مثلًا في حالة إرث، أو مسكن تملكه مع شريك سابق. اسأل عن ذلك woonmaatschappij.
right-sociale-huurwoning-reason-minor = عمرك أقل من 18 سنة. في هذه الحالة لا يمكنك عادةً أن تسجّل نفسك. أحيانًا يكون ذلك ممكنًا، مثلًا إذا كنت تعيش مستقلًا مع مرافقة. اسأل عن ذلك woonmaatschappij.
right-sociale-huurwoning-reason-asylum-seeker = بصفتك طالب لجوء أنت مسجَّل في سجل الانتظار. هذا لا يكفي لكي تسجّل نفسك. يجب أن تكون في سجل السكان أو في سجل الأجانب.
right-sociale-huurwoning-reason-no-legal-stay = بدون إقامة قانونية لا يمكنك أن تسجّل نفسك. يجب أن تكون في سجل السكان أو في سجل الأجانب. اطلب النصيحة من OCMW.
right-sociale-huurwoning-reason-homeless = ليس لديك مكان سكن ثابت، ودخلك ليس أعلى من الحد. يمكنك مع ذلك أن تسجّل نفسك لدى woonmaatschappij. ليس لديك عنوان؟ اطلب إذن عنوانًا مرجعيًا من OCMW. ويجب أيضًا ألا تكون مدّخراتك أعلى من حد الدخل. هل أنت بالفعل على قائمة الانتظار؟ في هذه الحالة لا تحتاج إلى فعل أي شيء.
right-sociale-huurwoning-reason-income = دخلك ليس أعلى من الحد. يمكنك أن تسجّل نفسك لدى woonmaatschappij. ويجب أيضًا ألا تكون مدّخراتك أعلى من حد الدخل. لا يجوز أن تملك مسكنًا أو أرضًا للبناء، ولا حتى في الخارج. هل أنت بالفعل على قائمة الانتظار؟ في هذه الحالة لا تحتاج إلى فعل أي شيء. إذا استأجرت لاحقًا مسكنًا اجتماعيًا، يجب أن تعرف قليلًا من اللغة الهولندية خلال سنتين (المستوى A2). هذا ليس شرطًا للتسجيل.
right-sociale-huurwoning-reason-current-income = دخلك الحالي ليس أعلى من الحد. هل كان دخلك في آخر إشعار ضريبة أعلى؟ في هذه الحالة تنظر woonmaatschappij في دخلك خلال آخر 3 أشهر. أحضر معك إثباتات لذلك. ويجب أيضًا ألا تكون مدّخراتك أعلى من حد الدخل. لا يجوز أن تملك مسكنًا أو أرضًا للبناء، ولا حتى في الخارج. هل أنت بالفعل على قائمة الانتظار؟ في هذه الحالة لا تحتاج إلى فعل أي شيء.
right-sociale-huurwoning-reason-collective-settlement = أنت في تسوية جماعية للديون. في هذه الحالة تنظر woonmaatschappij في المال الذي يبقى لك فعلًا الآن. يمكنك أن تسجّل نفسك. أحضر معك القرار الخاص بتسوية ديونك.
right-sociale-huurwoning-reason-budget-management = أنت تحصل على مرافقة في الميزانية أو إدارة للميزانية. في هذه الحالة تنظر شركة السكن إلى المال الذي يبقى لك فعلًا الآن. يمكنك التسجيل. خذ معك الاتفاق الخاص بمرافقة الميزانية أو إدارتها.
right-sociale-huurwoning-reason-household = أنت لا تسكن مع شريك أو أطفال، لكنك تسكن مع بالغين آخرين. دخلك أعلى من الحد لشخص وحده، وأقل من الحد لأسرة. أيّ حد ينطبق يتوقف على من سينتقل معك. woonmaatschappij هي التي تقرّر ذلك.
right-sociale-huurwoning-otherwise = يبدو أن دخلك أعلى من الحد للمسكن الاجتماعي. هل دخلك الآن أقل؟ في هذه الحالة تنظر woonmaatschappij في دخلك خلال آخر 3 أشهر. اسأل عن ذلك woonmaatschappij.

right-sociale-huurwoning-unverified-language = في 2024 أُعلِن أن من يستأجر مسكنًا اجتماعيًا يجب أن يعرف الهولندية بشكل أفضل (المستوى B1). لم نتحقق بعد هل هذا مطبَّق الآن.
right-sociale-huurwoning-unverified-policy-2025 = منذ 1 يناير 2025 قد تكون هناك قواعد جديدة: أولوية للمرشحين الذين يعملون، وعقود إيجار جديدة لمدة 9 سنوات. هذه المعلومة من جريدة، ولم نتحقق منها بعد في مصدر رسمي.

## Documents

document-aanvraagformulier-huurpremie = استمارة طلب منحة الإيجار التي وصلتك بالبريد (عليها ملصق أصفر)
document-aanvraagformulier-huurpremie-where = ترسلها لك Wonen in Vlaanderen تلقائيًا. لم تصلك؟ تواصل إذن مع woonmaatschappij (شركة السكن الاجتماعي) الخاصة بك.

document-aanvraagformulier-huursubsidie = استمارة طلب إعانة الإيجار
document-aanvraagformulier-huursubsidie-where = يمكنك أن تطلب إعانة الإيجار عبر الإنترنت. ويمكن أيضًا على الورق: اطلب الاستمارة عن طريق خط المعلومات الفلمنكي 1700، أو اطلب المساعدة في مكتب السكن (woonloket) أو في OCMW في بلديتك.

document-medisch-attest-huursubsidie = فقط إذا كان عمرك 65 سنة أو أكثر أو كانت لديك إعاقة: شهادة طبية
document-medisch-attest-huursubsidie-where = اسأل عن طريق خط المعلومات الفلمنكي 1700 ما الشهادة التي تحتاجها Wonen in Vlaanderen، ومن يجب أن يملأها.

document-attest-handicap = فقط في حالة إعاقة: شهادة بأن إعاقتك معترف بها
document-attest-handicap-where = تطلبها عادةً من المديرية العامة للأشخاص ذوي الإعاقة في FOD Sociale Zekerheid (اتصل بـ 0800-987-99). اسأل الجهة التي تسلّمها إليها ما الشهادة التي تقبلها.

document-attest-groeipakket-volwassen-kind = فقط إذا كان يسكن معك ابن أو ابنة بالغ ما زلت تحصل له على Groeipakket: شهادة بذلك
document-attest-groeipakket-volwassen-kind-where = اطلبها من جهة دفع Groeipakket الخاصة بك، مثلًا FONS أو Infino أو KidsLife أو MyFamily أو Parentia.

document-vonnis-verblijfsregeling-kinderen = فقط إذا كان أطفالك يسكنون أيضًا عند الوالد الآخر: الحكم أو الاتفاق حول مكان سكن الأطفال (الحضانة المشتركة أو حق الزيارة)
document-vonnis-verblijfsregeling-kinderen-where = حصلت عليه من المحكمة أو من محاميك. ضاع منك؟ اطلب نسخة من محاميك أو من المحكمة.

document-inschrijvingsformulier-woonmaatschappij = استمارة التسجيل لدى woonmaatschappij
document-inschrijvingsformulier-woonmaatschappij-where = تحصل عليها في woonmaatschappij. هل تسكن مع شريك؟ في هذه الحالة يوقّع شريكك أيضًا.

document-verklaring-geen-eigendom = تصريح على الشرف بأنك لا تملك مسكنًا ولا أرضًا للبناء
document-verklaring-geen-eigendom-where = اطلب الاستمارة من woonmaatschappij.

document-overeenkomst-budgetbeheer = فقط في حالة إدارة الميزانية: الاتفاق أو القرار المتعلق بإدارة ميزانيتك
document-overeenkomst-budgetbeheer-where = اطلب نسخة من OCMW أو CAW الذي يدير ميزانيتك.

document-ongeschiktheidsverklaring = فقط إذا أُعلِن أن مسكنك غير صالح أو غير قابل للسكن: القرار الخاص بذلك
document-ongeschiktheidsverklaring-where = حصلت عليه من بلديتك. ضاع منك؟ اطلب نسخة من بلديتك.

## Offices

office-woonmaatschappij = شركة السكن الاجتماعي في بلديتك (woonmaatschappij)
office-woonmaatschappij-in-person = اذهب إلى woonmaatschappij. التسجيل يكون غالبًا في أوقات محدّدة فقط. بلديتك أو OCMW يعرف أيّ woonmaatschappij تعمل في بلديتك.
office-woonmaatschappij-phone = اتصل بـ woonmaatschappij. الرقم موجود على موقع woonmaatschappij أو على موقع بلديتك.
office-woonmaatschappij-letter = يمكنك أيضًا أن تسجّل نفسك برسالة أو ببريد إلكتروني.

office-wonen-in-vlaanderen = الحكومة الفلمنكية (Wonen in Vlaanderen)
office-wonen-in-vlaanderen-letter = أرسل الاستمارة بعد ملئها بالبريد إلى Wonen in Vlaanderen.
office-wonen-in-vlaanderen-online = في هذا الموقع تجد شرحًا أكثر. ويمكنك أيضًا أن تطلب إعانة الإيجار عبر الإنترنت.
office-wonen-in-vlaanderen-phone = اتصل بخط المعلومات الفلمنكي إذا كانت لديك أسئلة عن منحة الإيجار أو إعانة الإيجار.
office-wonen-in-vlaanderen-in-person = تحتاج إلى مساعدة في الاستمارة؟ اذهب إلى مكتب السكن (woonloket) في بلديتك، أو إلى OCMW.

## Parameters

param-sh-income-limit-single = المسكن الاجتماعي ومنحة الإيجار: حد الدخل في السنة (الخاضع للضريبة) لشخص يسكن وحده
param-sh-income-limit-single-handicap = المسكن الاجتماعي ومنحة الإيجار: حد الدخل في السنة (الخاضع للضريبة) لشخص يسكن وحده ولديه إعاقة
param-sh-income-limit-family = المسكن الاجتماعي ومنحة الإيجار: حد الدخل في السنة (الخاضع للضريبة) لغيرهم، بدون أشخاص يعيلهم
param-sh-income-limit-extra-person = المسكن الاجتماعي ومنحة الإيجار: زيادة حد الدخل عن كل شخص تعيله
param-hs-income-limit-single = إعانة الإيجار: حد الدخل في السنة (الخاضع للضريبة) لشخص يسكن وحده
param-hs-income-limit-single-handicap = إعانة الإيجار: حد الدخل في السنة (الخاضع للضريبة) لشخص يسكن وحده ولديه إعاقة
param-hs-income-limit-family = إعانة الإيجار: حد الدخل في السنة (الخاضع للضريبة) لغيرهم، بدون أشخاص يعيلهم
param-hs-income-limit-extra-person = إعانة الإيجار: زيادة حد الدخل عن كل شخص تعيله
param-huurpremie-max = منحة الإيجار وإعانة الإيجار: أعلى مبلغ في الشهر
param-huurpremie-max-extra-person = منحة الإيجار وإعانة الإيجار: زيادة أعلى مبلغ عن كل شخص تعيله (لـ 4 أشخاص على الأكثر)
param-huurpremie-max-certain-municipalities = منحة الإيجار وإعانة الإيجار: أعلى مبلغ في الشهر في بلديات معيّنة
param-huurpremie-max-extra-person-certain-municipalities = منحة الإيجار وإعانة الإيجار: زيادة أعلى مبلغ عن كل شخص تعيله في بلديات معيّنة
param-huurpremie-max-rent = منحة الإيجار: أعلى إيجار مسموح به في الشهر لمسكن مستقل (أعلى عن كل شخص تعيله)
param-huurpremie-max-rent-certain-municipalities = منحة الإيجار: أعلى إيجار مسموح به في الشهر لمسكن مستقل في بلديات معيّنة
param-huurpremie-max-rent-room = منحة الإيجار: أعلى إيجار مسموح به في الشهر لغرفة

# Issue 13: the middelentoets with the savings fact
right-sociale-huurwoning-reason-savings = مدخراتك أعلى من حد الدخل للسكن الاجتماعي. في هذه الحالة لا يمكنك التسجيل. هذه هي القاعدة منذ 1 يناير 2024. هل نقصت مدخراتك؟ اسأل إذن شركة السكن (woonmaatschappij) من جديد.

# Issue 13: huursubsidie decided by the recent-move fact
right-huursubsidie-reason-moved-request = لقد انتقلت، أو ستنتقل، إلى سكن آخر لسبب يعطي الحق في دعم الإيجار (huursubsidie). دخلك ليس أعلى من الحد. اطلب دعم الإيجار من Wonen in Vlaanderen، في موعد أقصاه 9 أشهر بعد بداية عقد الإيجار الجديد. ستحصل حينها أيضًا مرة واحدة على منحة الاستقرار. Wonen in Vlaanderen هي التي تقرر.
right-huursubsidie-reason-no-move = دعم الإيجار يُعطى فقط بعد الانتقال لأحد هذه الأسباب: من سكن سيئ أو صغير جدًا، أو من سكن غير مناسب لعمرك أو لإعاقتك، أو إلى سكن تابع لوكالة إيجار اجتماعية (SVK)، أو بعد أن لم يكن لديك سكن ثابت. إذا انتقلت لاحقًا لسبب كهذا، يمكنك أن تطلبه.

# Issue 13: OCMW hulp bij de huurwaarborg
right-ocmw-huurwaarborg = مساعدة OCMW في ضمان الإيجار
right-ocmw-huurwaarborg-summary = يمكن لـ OCMW أن يساعدك في ضمان الإيجار (huurwaarborg) لسكن جديد تستأجره، مثلًا برسالة إلى المؤجر يَعِد فيها OCMW بالضمان.
right-ocmw-huurwaarborg-counter = أريد أن أطلب مساعدة OCMW في ضمان الإيجار.
right-ocmw-huurwaarborg-reason-housing = المساعدة في ضمان الإيجار هي لمن سيستأجر سكنًا من مؤجر خاص. في وضع سكنك ليست ضرورية.
right-ocmw-huurwaarborg-reason-moving = أنت تبحث عن سكن أو ستنتقل، ودخلك منخفض. يمكن لـ OCMW أن يساعدك في ضمان الإيجار: برسالة ضمان إلى المؤجر، أو ضمان بنكي، أو سلفة تُرجعها. اذهب إلى OCMW قبل أن توقّع عقد الإيجار، إن أمكن. OCMW هو الذي يقرر.
right-ocmw-huurwaarborg-reason-no-move = أنت لا تنتقل. المساعدة في ضمان الإيجار موجودة عندما تستأجر سكنًا جديدًا. هل ستنتقل لاحقًا؟ اسأل إذن OCMW.
right-ocmw-huurwaarborg-otherwise = لا يبدو أن دخلك منخفض. ألا تستطيع مع ذلك دفع ضمان الإيجار؟ اطلب النصيحة من OCMW.

# Issue 13: Mijn VerbouwPremie
right-mijn-verbouwpremie = Mijn VerbouwPremie (أعلى منحة ترميم لأصحاب الدخل المنخفض)
right-mijn-verbouwpremie-summary = Mijn VerbouwPremie هو مال من الحكومة الفلمنكية عندما ترمم مسكنك. مع دخل منخفض تحصل على أعلى منحة.
right-mijn-verbouwpremie-counter = أريد أن أطلب Mijn VerbouwPremie.
right-mijn-verbouwpremie-reason-outside-flanders = أنت لا تسكن في فلاندرن. Mijn VerbouwPremie هي للمساكن في فلاندرن.
right-mijn-verbouwpremie-reason-not-owner = Mijn VerbouwPremie هي أساسًا للمالكين الذين يسكنون بأنفسهم في مسكنهم. هل أنت مستأجر؟ اسأل إذن المؤجر هل سيقوم بأعمال.
right-mijn-verbouwpremie-reason-low-income = أنت تسكن في مسكنك الخاص ودخلك منخفض. هل سترمم مسكنك، مثلًا السقف أو النوافذ أو التدفئة؟ في هذه الحالة تحصل على الأرجح على أعلى منحة. اطلب الشرح من شباك السكن (woonloket) في بلديتك أو من خط المعلومات الفلمنكي 1700.
right-mijn-verbouwpremie-reason-near-limit = دخلك قريب من الحد لأعلى منحة. هذا الحد يتوقف على عدد الأشخاص الذين تعيلهم. اسأل عبر خط المعلومات الفلمنكي 1700.
right-mijn-verbouwpremie-otherwise = يبدو أن دخلك أعلى من الحد لأعلى منحة. يمكنك مع ذلك أن تحصل على منحة أقل. اسأل عبر خط المعلومات الفلمنكي 1700.
right-mijn-verbouwpremie-unverified-limits = حدود الدخل مأخوذة من صفحة من أكتوبر 2022، وليس من الحكومة الفلمنكية نفسها. هي الآن على الأرجح أعلى.
param-mvp-income-limit-single = Mijn VerbouwPremie، أدنى فئة دخل: الحد لشخص وحيد
param-mvp-income-limit-family = Mijn VerbouwPremie، أدنى فئة دخل: الحد لزوجين أو لشخص وحيد يعيل شخصًا واحدًا
param-mvp-income-limit-extra-person = Mijn VerbouwPremie، أدنى فئة دخل: الزيادة عن كل شخص إضافي يعيله
