# Mobility: De Lijn, NMBS-kortingkaart, parkeerkaart.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## De Lijn

right-de-lijn-vervoergarantie = سفر أرخص مع De Lijn (Vervoergarantie)
right-de-lijn-vervoergarantie-summary = إذا كان دخلك منخفضًا أو كانت لديك إعاقة، تحصل على اشتراك من De Lijn للحافلة والترام بسعر منخفض أو مجانًا.
right-de-lijn-vervoergarantie-counter = أريد اشتراكًا من De Lijn بالتعرفة الاجتماعية.
right-de-lijn-vervoergarantie-if-missing = لا تحصل على الاشتراك المجاني تلقائيًا؟ اطلبه إذن في متجر De Lijn (Lijnwinkel). أحضر معك شهادة بإعانتك. تحصل على هذه الشهادة من المديرية العامة للأشخاص ذوي الإعاقة، على الرقم المجاني 0800-987-99.
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
right-de-lijn-vervoergarantie-reason-vt = لديك التعويض المعزَّز. في هذه الحالة تحصل على اشتراك أرخص من De Lijn. اطلبه في متجر De Lijn (Lijnwinkel). أحضر معك شهادة من ziekenfonds الخاص بك، لا يزيد عمرها عن 3 أشهر.
right-de-lijn-vervoergarantie-reason-vt-first = يمكنك على الأرجح أن تحصل على التعويض المعزَّز. اطلبه أولًا من ziekenfonds الخاص بك. بعد ذلك تحصل على اشتراك أرخص من De Lijn.
right-de-lijn-vervoergarantie-reason-vaph = لديك أنت أو لدى أحد أفراد أسرتك إعاقة. هل هذا الشخص مسجَّل لدى VAPH (الوكالة الفلمنكية للأشخاص ذوي الإعاقة)؟ في هذه الحالة يسافر هذا الشخص عادةً مجانًا مع De Lijn. اسأل De Lijn عن ذلك.
right-de-lijn-vervoergarantie-otherwise = ليس لديك leefloon، ولا IGO، ولا التعويض المعزَّز، ولا إعانة بسبب إعاقة. في هذه الحالة لا توجد تعرفة أقل لدى De Lijn. لكن الأطفال الذين عمرهم أقل من 6 سنوات يسافرون مجانًا. بعض البلديات تردّ جزءًا من ثمن اشتراكك. اسأل بلديتك.

right-de-lijn-vervoergarantie-unverified-prices = أسعار De Lijn تتغيّر. لم نتحقق بعد من سعر الاشتراك مع التعويض المعزَّز.

## NMBS-kortingkaart

right-nmbs-kortingkaart = بطاقة التخفيض من NMBS (للتعويض المعزَّز)
right-nmbs-kortingkaart-summary = مع هذه البطاقة المجانية تشتري تذاكر القطار في الدرجة الثانية بنصف السعر.
right-nmbs-kortingkaart-counter = أريد بطاقة التخفيض الخاصة بالتعويض المعزَّز.
right-nmbs-kortingkaart-deadline = البطاقة صالحة لمدة سنة واحدة، أو 5 سنوات إذا كان عمرك 65 سنة أو أكثر. اطلب بطاقة جديدة في الوقت المناسب.

right-nmbs-kortingkaart-reason-abroad = أنت لا تسكن في بلجيكا. هذه البطاقة هي لمن لديه التعويض المعزَّز من ziekenfonds بلجيكي.
right-nmbs-kortingkaart-reason-vt = لديك التعويض المعزَّز. في هذه الحالة يمكنك أنت وشريكك وأطفالك الذين تعيلهم أن تحصلوا على هذه البطاقة. اطلبها عبر الإنترنت في حسابك My NMBS، أو عند الشبّاك في المحطة مع بطاقة هويتك وبطاقة MOBIB.
right-nmbs-kortingkaart-reason-vt-first = يمكنك على الأرجح أن تحصل على التعويض المعزَّز. اطلبه أولًا من ziekenfonds الخاص بك. بعد ذلك يمكنك أن تطلب هذه البطاقة من NMBS.
right-nmbs-kortingkaart-otherwise = هذه البطاقة هي فقط لمن لديه التعويض المعزَّز، ولأسرته. هل لديك إعاقة شديدة؟ في هذه الحالة يمكن أحيانًا لمن يرافقك أن يسافر معك مجانًا، ببطاقة المرافق (Kaart voor Begeleider). اسأل عنها عند شبّاك NMBS.

## Parkeerkaart

right-parkeerkaart = بطاقة الوقوف للأشخاص ذوي الإعاقة
right-parkeerkaart-summary = مع بطاقة الوقوف يحق لك أن توقف السيارة في الأماكن المخصّصة للأشخاص ذوي الإعاقة، سواء كنت السائق أو الراكب.
right-parkeerkaart-counter = أريد أن أطلب بطاقة وقوف للأشخاص ذوي الإعاقة.
right-parkeerkaart-deadline = هل لديك بطاقة لها تاريخ انتهاء؟ هذه البطاقة لا تُجدَّد تلقائيًا. اطلب بطاقة جديدة قبل تاريخ الانتهاء بـ 6 أشهر.

right-parkeerkaart-reason-abroad = أنت لا تسكن في بلجيكا. بطاقة الوقوف البلجيكية هي لمن يسكن في بلجيكا.
right-parkeerkaart-reason-assessment = لديك أنت أو لدى أحد أفراد أسرتك إعاقة. حصول هذا الشخص على بطاقة الوقوف يتوقف على الاعتراف الذي يقرّره طبيب من المديرية العامة للأشخاص ذوي الإعاقة، مثلًا مدى صعوبة تنقّل هذا الشخص. هل لدى هذا الشخص اعتراف بالفعل؟ في هذه الحالة لا يلزم عادةً تقرير طبي جديد. تواصل إذن مع المديرية العامة.
right-parkeerkaart-otherwise = قلت إنه لا يوجد أحد في أسرتك لديه إعاقة. بطاقة الوقوف هي فقط للأشخاص ذوي الإعاقة.

## Documents

document-attest-igo = فقط إذا كنت تحصل على IGO: شهادة من Federale Pensioendienst
document-attest-igo-where = اطلبها من Federale Pensioendienst. اتصل بخط المعاشات 1765، أو انظر في mypension.be.

document-attest-verhoogde-tegemoetkoming = إذا كان لديك التعويض المعزَّز: شهادة من ziekenfonds الخاص بك، لا يزيد عمرها عن 3 أشهر
document-attest-verhoogde-tegemoetkoming-where = اطلبها من ziekenfonds الخاص بك، أو حمِّلها من موقع ziekenfonds أو من تطبيقه. في NMBS لا تحتاج إليها إلا إذا لم يستطع الموظف عند الشبّاك أن يتحقق من التعويض المعزَّز الخاص بك.

document-mobib-kaart = بطاقة MOBIB باسمك
document-mobib-kaart-where = تحصل عليها عند شبّاك NMBS. البطاقة الجديدة تكلّف مبلغًا صغيرًا.

document-pasfoto = فقط إذا لم يستطع الموظف عند الشبّاك أن يتحقق من التعويض المعزَّز الخاص بك: صورة شخصية حديثة (صورة جواز)
document-pasfoto-where = عند مصوِّر، أو في كشك صور آلي.

## Offices

office-de-lijn = شركة النقل الفلمنكية De Lijn
office-de-lijn-in-person = اذهب إلى متجر De Lijn (Lijnwinkel).
office-de-lijn-letter = يمكنك أيضًا أن ترسل طلبك بالبريد. أرسل معه نسخة من شهادتك.
office-de-lijn-online = على موقع De Lijn تجد شرحًا عن الاشتراكات والأسعار.

office-nmbs = السكك الحديدية البلجيكية (NMBS)
office-nmbs-in-person = اذهب إلى الشبّاك في محطة القطار. أحضر معك بطاقة هويتك وبطاقة MOBIB.
office-nmbs-online = اطلب البطاقة عبر الإنترنت في حسابك My NMBS، على موقع NMBS.

# Issue 13: free De Lijn pass with the zorgbudget voor ouderen
right-de-lijn-vervoergarantie-reason-free-zorgbudget-ouderen = أنت تحصل على ميزانية الرعاية لكبار السن المحتاجين للرعاية (zorgbudget voor ouderen). في هذه الحالة تسافر مجانًا مع De Lijn. الاشتراك يأتي غالبًا تلقائيًا. إذا لم يأتِ، اطلبه في Lijnwinkel وخذ معك الرسالة الخاصة بميزانية الرعاية.

# Issue 13: NMBS Kaart voor Begeleider
right-nmbs-kaart-voor-begeleider = بطاقة المرافق من NMBS (Kaart voor Begeleider)
right-nmbs-kaart-voor-begeleider-summary = مع بطاقة المرافق يسافر شخص معك في القطار مجانًا إذا كانت لديك إعاقة.
right-nmbs-kaart-voor-begeleider-counter = أريد أن أطلب بطاقة المرافق.
right-nmbs-kaart-voor-begeleider-reason-abroad = أنت لا تسكن في بلجيكا. هذه البطاقة للأشخاص الذين يسكنون في بلجيكا.
right-nmbs-kaart-voor-begeleider-reason-points = أنت أو أحد أفراد أسرتك لديه 12 نقطة على الأقل في الاعتماد على النفس. في هذه الحالة يمكن لهذا الشخص أن يحصل على بطاقة المرافق. عندها يسافر المرافق في القطار مجانًا. اطلب البطاقة من NMBS، مع شهادة DG Personen met een handicap.
right-nmbs-kaart-voor-begeleider-reason-check = بطاقة المرافق هي لمن لديه 12 نقطة على الأقل في الاعتماد على النفس، أو إعاقة بنسبة 80 %، أو إعاقة في الساقين بنسبة 50 % على الأقل. هذا مكتوب في قرار DG Personen met een handicap. لا تعرف؟ اتصل مجانًا بالرقم 0800 987 99.
right-nmbs-kaart-voor-begeleider-otherwise = بطاقة المرافق هي للأشخاص الذين لديهم إعاقة معترف بها بـ 12 نقطة على الأقل في الاعتماد على النفس، أو 80 %. لم تقل ذلك.
right-nmbs-kaart-voor-begeleider-unverified-criteria = الشروط مأخوذة من صفحات OCMW وجهات أخرى، وليس من NMBS نفسها. لم يُتحقق منها بعد لدى NMBS.
