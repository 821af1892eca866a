# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket: startbedrag

right-groeipakket-startbedrag = مبلغ البداية من Groeipakket
right-groeipakket-startbedrag-summary = مبلغ البداية هو مال من Groeipakket (مال للأطفال) تحصل عليه مرة واحدة عند ولادة طفل أو تبنّيه.
right-groeipakket-startbedrag-counter = أريد أن أطلب مبلغ البداية من Groeipakket.
right-groeipakket-startbedrag-if-missing = لم تحصل على مبلغ البداية بعد تسجيل الولادة؟ تواصل إذن مع جهة دفع Groeipakket الخاصة بك. لم تختر أبدًا جهة دفع؟ تواصل إذن مع FONS.
right-groeipakket-startbedrag-deadline = يمكنك أن تطلب مبلغ البداية ابتداءً من حوالي 4 أشهر قبل موعد الولادة المتوقع، وحتى 5 سنوات بعد الولادة.

right-groeipakket-startbedrag-reason-brussels = أنت تسكن في بروكسل. هناك لا تحصل على Groeipakket الفلمنكي، بل على منحة الأطفال البروكسلية، حتى عند الولادة. تنظّمها Iriscare. تحصل عليها عن طريق جهة دفع بروكسلية، مثلًا Famiris.
right-groeipakket-startbedrag-reason-wallonia = أنت تسكن في والونيا. هناك لا تحصل على Groeipakket الفلمنكي، بل على منحة الأطفال الوالونية، حتى عند الولادة. تنظّمها AVIQ. تحصل عليها عن طريق جهة دفع والونية، مثلًا FAMIWAL. في المجموعة الناطقة بالألمانية، تنظّم هذه المجموعة منحة الأطفال بنفسها.
right-groeipakket-startbedrag-reason-abroad = أنت لا تسكن في بلجيكا. Groeipakket هو للأطفال الذين يسكنون في فلاندرز. هل تعمل أنت أو شريكك في بلجيكا؟ اسأل إذن جهة دفع لـ Groeipakket، مثلًا FONS، هل لك الحق فيه مع ذلك.
right-groeipakket-startbedrag-reason-residence = نظام Groeipakket هو للأطفال الذين يسكنون في فلاندرز. ليس من المؤكد هل لطفلك الحق فيه مع نوع إقامتك. جهة الدفع هي التي تقرّر ذلك. اسأل FONS أو OCMW.
right-groeipakket-startbedrag-reason-expecting = أنت في انتظار مولود. بعد الولادة يُسجَّل المولود في البلدية. بعد ذلك تدفع جهة دفع Groeipakket مبلغ البداية تلقائيًا. هل تريد المال قبل الولادة؟ اطلبه إذن بنفسك، ابتداءً من حوالي 4 أشهر قبل الموعد المتوقع، مع شهادة من طبيبك. في هذه الحالة لن تحصل على المال قبل شهرين من الولادة.
right-groeipakket-startbedrag-otherwise = مبلغ البداية هو لولادة طفل أو لتبنّيه. هل وُلِد طفلك أو تم تبنّيه في آخر 5 سنوات، ولم تحصل بعد على مبلغ البداية؟ اطلبه إذن من جهة دفع Groeipakket الخاصة بك.

right-groeipakket-startbedrag-unverified-amount = يرتفع مبلغ البداية كل سنة في سبتمبر بنسبة 2 بالمئة. المبالغ ابتداءً من سبتمبر 2024 لم نتحقق منها بعد. نعرض مبلغ سبتمبر 2023.

## Groeipakket: basisbedrag

right-groeipakket-basisbedrag = المبلغ الأساسي من Groeipakket
right-groeipakket-basisbedrag-summary = المبلغ الأساسي هو مال تحصل عليه كل شهر من Groeipakket (مال للأطفال) عن كل طفل.
right-groeipakket-basisbedrag-counter = أريد أن أعرف هل أحصل على Groeipakket لأطفالي.
right-groeipakket-basisbedrag-if-missing = لا تحصل على Groeipakket؟ تواصل إذن مع جهة الدفع الخاصة بك. لا تعرف من هي جهة الدفع الخاصة بك، أو لم تختر أبدًا جهة دفع؟ تواصل إذن مع FONS. ويمكنك أيضًا أن تطلب المساعدة في Huis van het Kind (بيت الطفل) أو في OCMW.

right-groeipakket-basisbedrag-reason-brussels = أنت تسكن في بروكسل. هناك لا تحصل على Groeipakket الفلمنكي، بل على منحة الأطفال البروكسلية. تنظّمها Iriscare. تحصل عليها عن طريق جهة دفع بروكسلية، مثلًا Famiris.
right-groeipakket-basisbedrag-reason-wallonia = أنت تسكن في والونيا. هناك لا تحصل على Groeipakket الفلمنكي، بل على منحة الأطفال الوالونية. تنظّمها AVIQ. تحصل عليها عن طريق جهة دفع والونية، مثلًا FAMIWAL. في المجموعة الناطقة بالألمانية، تنظّم هذه المجموعة منحة الأطفال بنفسها.
right-groeipakket-basisbedrag-reason-abroad = أنت لا تسكن في بلجيكا. Groeipakket هو للأطفال الذين يسكنون في فلاندرز. هل تعمل أنت أو شريكك في بلجيكا؟ اسأل إذن جهة دفع لـ Groeipakket، مثلًا FONS، هل لك الحق فيه مع ذلك.
right-groeipakket-basisbedrag-reason-already = أنت تحصل بالفعل على Groeipakket لأطفالك. لا تحتاج إلى فعل أي شيء. كل سنة في أغسطس تحصل أيضًا تلقائيًا على مكافأة مدرسية (schoolbonus).
right-groeipakket-basisbedrag-reason-residence = نظام Groeipakket هو للأطفال الذين يسكنون في فلاندرز. ليس من المؤكد هل لأطفالك الحق فيه مع نوع إقامتك. جهة الدفع هي التي تقرّر ذلك. اسأل FONS أو OCMW.
right-groeipakket-basisbedrag-reason-school-children = أحد أطفالك يذهب إلى المدرسة. عن كل طفل يسكن في فلاندرز تحصل على Groeipakket تلقائيًا. حتى الشهر الذي يبلغ فيه الطفل 18 سنة، لا توجد شروط. للأطفال المولودين قبل 2019 تنطبق المبالغ القديمة. كل سنة في أغسطس تحصل أيضًا تلقائيًا على مكافأة مدرسية (schoolbonus).
right-groeipakket-basisbedrag-reason-children = عن كل طفل يسكن في فلاندرز تحصل على Groeipakket تلقائيًا. حتى الشهر الذي يبلغ فيه الطفل 18 سنة، لا توجد شروط. للأطفال المولودين قبل 2019 تنطبق المبالغ القديمة.
right-groeipakket-basisbedrag-reason-expecting = أنت في انتظار مولود. بعد الولادة تحصل على المبلغ الأساسي تلقائيًا، كل شهر. يبدأ بمجرد أن يُدفَع مبلغ البداية.
right-groeipakket-basisbedrag-otherwise = لا يسكن معك أطفال. Groeipakket هو للأطفال. هل تعتني مع ذلك بطفل يسكن في فلاندرز؟ اسأل إذن FONS.

right-groeipakket-basisbedrag-unverified-amount = يرتفع المبلغ الأساسي كل سنة في سبتمبر بنسبة 2 بالمئة. المبالغ ابتداءً من سبتمبر 2024 لم نتحقق منها بعد. نعرض مبلغ سبتمبر 2023.

## Groeipakket: sociale toeslag

right-groeipakket-sociale-toeslag = العلاوة الاجتماعية من Groeipakket
right-groeipakket-sociale-toeslag-summary = العلاوة الاجتماعية هي مال إضافي من Groeipakket للأسر ذات الدخل المنخفض.
right-groeipakket-sociale-toeslag-counter = أريد أن أعرف هل أحصل على العلاوة الاجتماعية من Groeipakket.
right-groeipakket-sociale-toeslag-if-missing = لا تحصل على العلاوة الاجتماعية، مع أن دخلك منخفض؟ اطلبها إذن من جهة دفع Groeipakket الخاصة بك. هل انخفض دخلك منذ وقت قصير؟ في هذه الحالة يمكنك أن تطلب العلاوة عندما يكون دخلك منخفضًا منذ 6 أشهر متتالية.

right-groeipakket-sociale-toeslag-reason-brussels = أنت تسكن في بروكسل. هناك لا تحصل على Groeipakket الفلمنكي. لمنحة الأطفال البروكسلية علاوات خاصة بها للأسر ذات الدخل المنخفض. اسأل عنها جهة الدفع البروكسلية الخاصة بك، مثلًا Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = أنت تسكن في والونيا. هناك لا تحصل على Groeipakket الفلمنكي. لمنحة الأطفال الوالونية علاوات خاصة بها للأسر ذات الدخل المنخفض. اسأل عنها جهة الدفع الوالونية الخاصة بك، مثلًا FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = أنت لا تسكن في بلجيكا. العلاوة الاجتماعية جزء من Groeipakket. و Groeipakket هو للأطفال الذين يسكنون في فلاندرز.
right-groeipakket-sociale-toeslag-reason-residence = العلاوة الاجتماعية جزء من Groeipakket. و Groeipakket هو للأطفال الذين يسكنون في فلاندرز. ليس من المؤكد هل لأطفالك الحق فيه مع نوع إقامتك. جهة الدفع هي التي تقرّر ذلك. اسأل FONS أو OCMW.
right-groeipakket-sociale-toeslag-reason-no-children = لا يسكن معك أطفال. العلاوة الاجتماعية هي مال إضافي مع Groeipakket، من أجل الأطفال.
right-groeipakket-sociale-toeslag-reason-automatic = دخل أسرتك في آخر إشعار ضريبة ليس أعلى من الحد. في هذه الحالة تحصل على العلاوة الاجتماعية تلقائيًا، فوق Groeipakket. جهة الدفع الخاصة بك تتحقق من ذلك بنفسها كل سنة، للفترة من 1 سبتمبر إلى 31 أغسطس.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = لديك 3 أطفال على الأقل، وطفل واحد منهم على الأقل وُلِد في 2019 أو بعدها، أو لم يولد بعد. في هذه الحالة ينطبق حد دخل أعلى. دخل أسرتك في آخر إشعار ضريبة ليس أعلى من هذا الحد. في هذه الحالة تحصل على العلاوة الاجتماعية تلقائيًا، فوق Groeipakket.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = لديك 3 أطفال على الأقل. في هذه الحالة ينطبق حد دخل أعلى، إذا كان طفل واحد على الأقل قد وُلِد في 2019 أو بعدها. دخل أسرتك ليس أعلى من هذا الحد الأعلى. هل وُلِد أحد أطفالك في 2019 أو بعدها؟ في هذه الحالة تحصل على الأرجح على العلاوة الاجتماعية تلقائيًا. اسأل عن ذلك جهة الدفع الخاصة بك.
right-groeipakket-sociale-toeslag-reason-request-income-fell = يُظهِر آخر إشعار ضريبة دخلًا أعلى من الحد، لكن دخلك الآن أقل. هل دخلك منخفض هكذا منذ 6 أشهر متتالية على الأقل؟ في هذه الحالة يمكنك أن تطلب العلاوة الاجتماعية من جهة الدفع الخاصة بك. يجب عليك عندها أن تثبت كم تكسب الآن. جهة الدفع تتحقق من الحساب.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = لديك 3 أطفال على الأقل، وطفل واحد منهم على الأقل وُلِد في 2019 أو بعدها، أو لم يولد بعد. في هذه الحالة ينطبق حد دخل أعلى. يُظهِر آخر إشعار ضريبة دخلًا أعلى من هذا الحد، لكن دخلك الآن أقل. هل دخلك منخفض هكذا منذ 6 أشهر متتالية على الأقل؟ في هذه الحالة يمكنك أن تطلب العلاوة الاجتماعية من جهة الدفع الخاصة بك. يجب عليك عندها أن تثبت كم تكسب الآن.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = لديك 3 أطفال على الأقل. في هذه الحالة ينطبق حد دخل أعلى، إذا كان طفل واحد على الأقل قد وُلِد في 2019 أو بعدها. دخلك الآن ليس أعلى من هذا الحد الأعلى. هل وُلِد أحد أطفالك في 2019 أو بعدها، وهل دخلك منخفض هكذا منذ 6 أشهر متتالية على الأقل؟ في هذه الحالة يمكنك أن تطلب العلاوة الاجتماعية من جهة الدفع الخاصة بك.
right-groeipakket-sociale-toeslag-otherwise = يبدو أن دخل أسرتك أعلى من الحد. هل ينخفض دخلك، مثلًا بسبب البطالة أو المرض؟ وهل يصبح بعد ذلك أقل من الحد لمدة 6 أشهر متتالية؟ في هذه الحالة يمكنك أن تطلب العلاوة الاجتماعية من جهة الدفع الخاصة بك.

right-groeipakket-sociale-toeslag-unverified-limit-date = حد الدخل مأخوذ من موقع FONS. لا يذكر الموقع لأي سنة ينطبق هذا الحد. على الأرجح هو حد 2024-2025. الحد الحالي لم نتحقق منه بعد.
right-groeipakket-sociale-toeslag-unverified-amounts = المبالغ الحالية للعلاوة الاجتماعية لم نتحقق منها بعد. نعرض مبالغ 2022-2023.

## Groeipakket: schooltoeslag

right-groeipakket-schooltoeslag = العلاوة المدرسية من Groeipakket
right-groeipakket-schooltoeslag-summary = العلاوة المدرسية هي مال إضافي من Groeipakket للأطفال الذين يذهبون إلى المدرسة. وهي لروضة الأطفال، والمدرسة الابتدائية، والمدرسة الثانوية. تحصل عليها إذا كان دخل أسرتك منخفضًا بما يكفي.
right-groeipakket-schooltoeslag-counter = أريد أن أعرف هل أحصل على العلاوة المدرسية لأطفالي.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = أنت لا تسكن في فلاندرز. هل يذهب طفلك إلى مدرسة معترف بها من فلاندرز، مثلًا مدرسة ناطقة بالهولندية في بروكسل؟ في هذه الحالة يمكنك أن تطلب العلاوة المدرسية من FONS، عبر الإنترنت أو باستمارة. حصولك عليها يتوقف على دخل أسرتك.
right-groeipakket-schooltoeslag-reason-outside-flanders = أنت لا تسكن في فلاندرز. العلاوة المدرسية هي للأطفال الذين يسكنون في فلاندرز، أو الذين يذهبون إلى مدرسة معترف بها من فلاندرز.
right-groeipakket-schooltoeslag-reason-residence = العلاوة المدرسية جزء من Groeipakket. ليس من المؤكد هل لأطفالك الحق فيها مع نوع إقامتك. جهة الدفع هي التي تقرّر ذلك. اسأل FONS أو OCMW.
right-groeipakket-schooltoeslag-reason-no-pupil = لا أحد في أسرتك يذهب إلى روضة الأطفال، أو المدرسة الابتدائية، أو المدرسة الثانوية. هل يتابع أحدهم تكوين التمريض HBO5؟ في هذه الحالة يمكنه أن يحصل على العلاوة المدرسية. اسأل جهة الدفع الخاصة بك.
right-groeipakket-schooltoeslag-reason-income-check = طفلك يذهب إلى المدرسة. جهة دفع Groeipakket تتحقق بنفسها هل تحصل على العلاوة المدرسية. لا تحتاج إلى طلب أي شيء. ذلك يتوقف على دخل أسرتك، ووضع أسرتك، ونوع المدرسة، وهل يذهب طفلك إلى المدرسة بما يكفي. لا نستطيع أن نقول هل دخلك منخفض بما يكفي. إذا كان لك الحق، تحصل على المال بين نهاية أغسطس وديسمبر.
right-groeipakket-schooltoeslag-otherwise = لا أحد في أسرتك يذهب إلى روضة الأطفال، أو المدرسة الابتدائية، أو المدرسة الثانوية.

right-groeipakket-schooltoeslag-unverified-limits = حدود الدخل التي نستعملها هي حدود السنة الدراسية 2020-2021. لقد ارتفعت منذ ذلك الوقت. هل دخلك أعلى من ذلك الحد القديم؟ في هذه الحالة لا نستطيع أن نقول هل ستحصل على منحة المدرسة.

## Studietoelage

right-studietoelage = المنحة الدراسية للتعليم العالي
right-studietoelage-summary = المنحة الدراسية هي مال من الحكومة الفلمنكية لطلاب المعاهد العليا أو الجامعات من أسرة ذات دخل منخفض.
right-studietoelage-counter = أريد أن أطلب منحة دراسية.
right-studietoelage-deadline = يمكنك أن تطلب المنحة الدراسية لسنة دراسية حتى 1 يونيو. ابتداءً من 2 يونيو يمكنك أن تبدأ الطلب للسنة الدراسية التالية.

right-studietoelage-reason-no-student = لا أحد في أسرتك يذهب إلى معهد عالٍ أو جامعة. لروضة الأطفال والمدرسة الابتدائية والمدرسة الثانوية توجد العلاوة المدرسية من Groeipakket.
right-studietoelage-reason-outside-flanders = أنت لا تسكن في فلاندرز. هل تدرس في معهد عالٍ أو جامعة معترف بها من فلاندرز، مثلًا معهد أو جامعة ناطقة بالهولندية في بروكسل؟ في هذه الحالة ربما يمكنك مع ذلك أن تحصل على منحة دراسية فلمنكية. اسأل عن ذلك قسم المنح الدراسية (afdeling Studietoelagen). هل تدرس في معهد عالٍ أو جامعة ناطقة بالفرنسية؟ اسأل إذن عن منحة دراسية لدى المجموعة الفرنسية (Fédération Wallonie-Bruxelles).
right-studietoelage-reason-abroad = أنت لا تسكن في بلجيكا. حصولك على منحة دراسية فلمنكية يتوقف على جنسيتك وعلى دراستك. اسأل عن ذلك قسم المنح الدراسية.
right-studietoelage-reason-nationality = للمنحة الدراسية شروط تتعلق بجنسية الطالب أو بإقامته. قسم المنح الدراسية يتحقق من ذلك. اطلب المنحة الدراسية، أو اطلب النصيحة أولًا من OCMW أو من مصلحة الطلاب في المدرسة.
right-studietoelage-reason-low-income = أحد أفراد أسرتك يدرس في معهد عالٍ أو جامعة، ودخل أسرتك منخفض. اطلب المنحة الدراسية بالتأكيد. الطالب يطلبها بنفسه، عبر الإنترنت ببطاقة الهوية (eID) أو itsme، أو على الورق. مع المنحة الدراسية يدفع الطالب أيضًا رسوم تسجيل أقل، وتحصل الأسرة على مبلغ إضافي من Groeipakket. هل حصل الطالب في السنة الماضية على منحة دراسية؟ في هذه الحالة يرسل قسم المنح الدراسية بنفسه استمارة مملوءة، بين أكتوبر وفبراير. على الطالب عندها فقط أن يؤكّدها.
right-studietoelage-reason-income-check = أحد أفراد أسرتك يدرس في معهد عالٍ أو جامعة. حصول الطالب على منحة دراسية يتوقف على الدخل وعلى وضع الأسرة. قسم المنح الدراسية يحسب ذلك. لست متأكدًا؟ اطلب المنحة الدراسية مع ذلك، قبل 1 يونيو. مع دخل أعلى قليلًا يمكن للطالب أحيانًا أن يدفع رسوم تسجيل أقل.
right-studietoelage-otherwise = لا أحد في أسرتك يذهب إلى معهد عالٍ أو جامعة.

right-studietoelage-unverified-limits = حدود الدخل والمبالغ لسنة 2025-2026 لم نتحقق منها بعد.

## Kinderopvang: inkomenstarief

right-kinderopvang-inkomenstarief = السعر حسب الدخل في حضانة الأطفال
right-kinderopvang-inkomenstarief-summary = مع السعر حسب الدخل تدفع لحضانة الأطفال سعرًا يوميًا يناسب دخل أسرتك.
right-kinderopvang-inkomenstarief-counter = أريد أن أطلب شهادة السعر حسب الدخل لحضانة الأطفال.
right-kinderopvang-inkomenstarief-deadline = اطلب الشهادة في الشهر الذي يسبق بداية الحضانة. لا يمكن ذلك قبل شهرين من البداية. أعطِ الشهادة للحضانة قبل اليوم الأول.

right-kinderopvang-inkomenstarief-reason-no-children = لا يسكن معك أطفال، ولا تنتظر مولودًا.
right-kinderopvang-inkomenstarief-reason-no-childcare = طفلك لا يذهب إلى حضانة الأطفال.
right-kinderopvang-inkomenstarief-reason-brussels = أنت تسكن في بروكسل. هل يذهب طفلك إلى حضانة ناطقة بالهولندية في بروكسل؟ في هذه الحالة تطلب شهادة السعر حسب الدخل أيضًا من Kind en Gezin. هل يذهب إلى حضانة ناطقة بالفرنسية؟ اسأل إذن الحضانة كيف يُحسَب السعر.
right-kinderopvang-inkomenstarief-reason-outside = أنت لا تسكن في فلاندرز أو بروكسل. هل يذهب طفلك مع ذلك إلى حضانة في فلاندرز؟ اسأل إذن Kind en Gezin هل تحتاج إلى شهادة السعر حسب الدخل. وإلا فاسأل الحضانة كيف يُحسَب السعر.
right-kinderopvang-inkomenstarief-reason-leefloon = أنت تحصل على leefloon. اطلب شهادة السعر حسب الدخل من Kind en Gezin، عن طريق Mijn Kind en Gezin أو خط Kind en Gezin (Kind en Gezin-lijn). بيّن في الطلب أنك تحصل على leefloon. في هذه الحالة تدفع النصف فقط: هذا اسمه السعر المخفَّض الفردي. هل السعر مع ذلك مرتفع أكثر من اللازم؟ اسأل إذن OCMW هل يمكنك أن تدفع أقل. يقرّر OCMW بعد بحث اجتماعي.
right-kinderopvang-inkomenstarief-reason-childcare = طفلك يذهب إلى حضانة الأطفال. اطلب شهادة السعر حسب الدخل من Kind en Gezin، عن طريق Mijn Kind en Gezin أو خط Kind en Gezin (Kind en Gezin-lijn)، وأعطها للحضانة. حتى إذا كنت لا تريد أن تُظهِر دخلك، تحتاج إلى شهادة. في هذه الحالة تدفع أعلى سعر. هل دخلك أقل بـ 20 بالمئة على الأقل مما كان عليه، منذ 3 أشهر؟ في هذه الحالة يمكنك أن تطلب أن تدفع النصف فقط. لا تستطيع أن تدفع السعر؟ في هذه الحالة يمكن لـ OCMW أن يسمح بسعر أقل. ينظر OCMW أولًا في وضعك. وهذا يسمى البحث الاجتماعي.
right-kinderopvang-inkomenstarief-reason-expecting = أنت في انتظار مولود. هل سيذهب طفلك لاحقًا إلى حضانة الأطفال؟ اطلب إذن شهادة السعر حسب الدخل من Kind en Gezin، في الشهر الذي يسبق بداية الحضانة. في هذه الحالة تدفع سعرًا يناسب دخل أسرتك.
right-kinderopvang-inkomenstarief-otherwise = هل سيذهب طفلك لاحقًا إلى حضانة الأطفال؟ اطلب إذن شهادة السعر حسب الدخل من Kind en Gezin، في الشهر الذي يسبق بداية الحضانة.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = أدنى سعر يمكن أن يسمح به OCMW تحققنا منه لسنة 2024. المبلغ لسنتي 2025 و2026 لم نتحقق منه بعد.

## Documents

document-attest-verwachte-bevalling = شهادة من الطبيب بالتاريخ المتوقع للولادة
document-attest-verwachte-bevalling-where = اطلبها من طبيبك أو من طبيبة النساء والتوليد.

document-adoptiebeslissing = فقط في حالة التبنّي: طلب التبنّي أو قرار التبنّي
document-adoptiebeslissing-where = حصلت عليه من محكمة الأسرة. ضاع منك؟ اطلب نسخة من قلم كتّاب المحكمة (griffie).

document-bewijs-kosten = فقط إذا طلبت من OCMW سعرًا أقل: إثباتات مصاريفك، مثل الإيجار، والطاقة، والقروض، والديون
document-bewijs-kosten-where = أحضر معك فواتيرك والرسائل المتعلقة بقروضك وديونك. كشوف حسابك البنكي تساعد أيضًا.

## Offices

office-groeipakket-uitbetaler = جهة دفع Groeipakket الخاصة بك (FONS أو Infino أو KidsLife أو MyFamily أو Parentia)
office-groeipakket-uitbetaler-in-person = اذهب إلى مكتب جهة الدفع الخاصة بك. ويمكنك أيضًا أن تطلب المساعدة في Huis van het Kind (بيت الطفل). بعض مراكز OCMW فيها أيام استقبال لجهة دفع.
office-groeipakket-uitbetaler-phone = اتصل بجهة الدفع الخاصة بك. الرقم موجود في رسائلها وعلى موقعها. لم تختر أبدًا جهة دفع؟ في هذه الحالة جهة الدفع هي FONS.
office-groeipakket-uitbetaler-online = ادخل إلى موقع جهة الدفع الخاصة بك. في الرسائل المتعلقة بـ Groeipakket ترى من هي جهة الدفع الخاصة بك.

office-studietoelagen = قسم المنح الدراسية في الحكومة الفلمنكية (afdeling Studietoelagen)
office-studietoelagen-online = اطلب المنحة الدراسية عبر الإنترنت من خلال الشبّاك الرقمي في هذا الموقع. تدخل بـ eID أو itsme.
office-studietoelagen-phone = اتصل بخط المعلومات الفلمنكي إذا كانت لديك أسئلة عن المنحة الدراسية.
office-studietoelagen-letter = يمكنك أيضًا أن تطلب المنحة الدراسية على الورق، باستمارة.
office-studietoelagen-in-person = تحتاج إلى مساعدة؟ اذهب إلى OCMW، أو إلى Loket Onderwijs (شبّاك التعليم)، أو إلى مصلحة الطلاب في المعهد العالي أو الجامعة. يجب أن يأتي الطالب بنفسه لكي يعطي موافقته.

office-kinderopvang = الوكالة الفلمنكية للأطفال الصغار والأسر Kind en Gezin (Opgroeien)
office-kinderopvang-online = اطلب شهادة السعر حسب الدخل في Mijn Kind en Gezin، على موقع Kind en Gezin. تدخل بـ eID أو itsme.
office-kinderopvang-phone = اتصل بخط Kind en Gezin (Kind en Gezin-lijn). هناك يساعدونك أيضًا على طلب الشهادة.
office-kinderopvang-in-person = تحتاج إلى مساعدة؟ اسأل حضانة الأطفال، أو OCMW، أو Lokaal Loket Kinderopvang (الشبّاك المحلي لحضانة الأطفال).

## Parameters

param-groeipakket-startbedrag = Groeipakket: مبلغ البداية عند الولادة أو التبنّي (مرة واحدة)
param-groeipakket-basisbedrag = Groeipakket: المبلغ الأساسي عن كل طفل في الشهر، للأطفال المولودين ابتداءً من 2019
param-groeipakket-sociale-toeslag-grens = Groeipakket، العلاوة الاجتماعية: حد دخل الأسرة في السنة (الدخل الخاضع للضريبة، آخر إشعار ضريبة)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket، العلاوة الاجتماعية: حد دخل أعلى في السنة للأسر التي لديها 3 أطفال أو أكثر، واحد منهم على الأقل مولود ابتداءً من 2019
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket، العلاوة الاجتماعية عن كل طفل في الشهر، أسرة لديها 1 أو 2 من الأطفال
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket، العلاوة الاجتماعية عن كل طفل في الشهر، أسرة لديها 1 أو 2 من الأطفال، شريحة الدخل المتوسطة
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket، العلاوة الاجتماعية عن كل طفل في الشهر، أسرة لديها أكثر من 2 من الأطفال
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket، العلاوة الاجتماعية عن كل طفل في الشهر، أسرة لديها أكثر من 2 من الأطفال، شريحة الدخل المتوسطة
param-kinderopvang-minimumtarief-ocmw = حضانة الأطفال: أدنى سعر في اليوم يمكن أن يسمح به OCMW

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = ملحق الرعاية من Groeipakket (zorgtoeslag)
right-groeipakket-zorgtoeslag-summary = ملحق الرعاية هو مال إضافي من Groeipakket لطفل لديه إعاقة أو مرض طويل الأمد.
right-groeipakket-zorgtoeslag-counter = أريد أن أطلب ملحق الرعاية (zorgtoeslag) لطفلي.
right-groeipakket-zorgtoeslag-reason-already = طفلك يحصل بالفعل على ملحق الرعاية. هل تتغير صحة طفلك؟ اطلب إذن فحصًا جديدًا من الجهة التي تدفع Groeipakket.
right-groeipakket-zorgtoeslag-reason-outside-flanders = أنت لا تسكن في فلاندرن. ملحق الرعاية جزء من Groeipakket الفلمنكي. في بروكسل ووالونيا توجد مخصصات أطفال خاصة بهما. اسأل هناك.
right-groeipakket-zorgtoeslag-reason-no-children = لا يسكن معك أطفال. ملحق الرعاية هو للأطفال.
right-groeipakket-zorgtoeslag-reason-request = هل لدى طفل في أسرتك إعاقة أو مرض طويل الأمد؟ اطلب إذن ملحق الرعاية من الجهة التي تدفع Groeipakket. يفحص طبيب من Opgroeien طفلك. أعطِ بيانات طبيب طفلك.
right-groeipakket-zorgtoeslag-otherwise = لم تقل إن أحدًا في أسرتك لديه إعاقة. هل لدى طفل إعاقة أو مرض طويل الأمد؟ اطلب إذن ملحق الرعاية من الجهة التي تدفع Groeipakket.

right-groeipakket-ondersteuningstoeslag = ملحق الدعم من Groeipakket (ondersteuningstoeslag)
right-groeipakket-ondersteuningstoeslag-summary = ملحق الدعم هو مال إضافي من Groeipakket لطفل لديه ملحق رعاية بـ 12 نقطة على الأقل.
right-groeipakket-ondersteuningstoeslag-counter = أريد أن أعرف هل أحصل على ملحق الدعم (ondersteuningstoeslag) لطفلي.
right-groeipakket-ondersteuningstoeslag-if-missing = لا تحصل على ملحق الدعم؟ اسأل الجهة التي تدفع Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = أنت لا تسكن في فلاندرن. ملحق الدعم جزء من Groeipakket الفلمنكي.
right-groeipakket-ondersteuningstoeslag-reason-automatic = طفلك يحصل على ملحق رعاية بـ 12 نقطة على الأقل. في هذه الحالة يحصل أيضًا على ملحق الدعم. هذا يحدث تلقائيًا عبر الجهة التي تدفع Groeipakket. هذه ليست ميزانية رعاية من zorgkas.
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = لدى طفلك أقل من 12 نقطة لملحق الرعاية. ملحق الدعم هو للأطفال الذين لديهم 12 نقطة على الأقل. إذا حصل طفلك لاحقًا على نقاط أكثر، يأتي تلقائيًا.
right-groeipakket-ondersteuningstoeslag-otherwise = لا أحد في أسرتك يحصل على ملحق الرعاية. ملحق الدعم هو للأطفال الذين لديهم ملحق رعاية بـ 12 نقطة على الأقل.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = طفلك يذهب إلى المدرسة ودخل أسرتك أقل من الحد لمنحة المدرسة. في هذه الحالة تحصل على منحة المدرسة تلقائيًا من الجهة التي تدفع Groeipakket، بين نهاية أغسطس وديسمبر. لا تحتاج إلى تقديم طلب. لكن يجب أن يذهب طفلك إلى المدرسة بما يكفي.
right-groeipakket-schooltoeslag-if-missing = لم تحصل على منحة المدرسة حتى ديسمبر؟ اسأل الجهة التي تدفع Groeipakket.
param-schooltoeslag-max-2-points = منحة المدرسة: أعلى دخل لأسرة لديها نقطتان
param-schooltoeslag-max-3-points = منحة المدرسة: أعلى دخل لأسرة لديها 3 نقاط
param-schooltoeslag-max-4-points = منحة المدرسة: أعلى دخل لأسرة لديها 4 نقاط
param-schooltoeslag-max-5-points = منحة المدرسة: أعلى دخل لأسرة لديها 5 نقاط
param-schooltoeslag-max-6-points = منحة المدرسة: أعلى دخل لأسرة لديها 6 نقاط
param-studietoelage-max-3-points = منحة الدراسة للتعليم العالي: أعلى دخل للأسرة مع 3 نقاط
