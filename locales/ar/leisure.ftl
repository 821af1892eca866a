# Leisure: UiTPAS met kansentarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## UiTPAS met kansentarief

right-uitpas-kansentarief = بطاقة UiTPAS بالسعر المخفَّض (kansentarief)
right-uitpas-kansentarief-summary = مع UiTPAS بالسعر المخفَّض تحصل على تخفيض كبير على الرياضة والثقافة وأنشطة أوقات الفراغ الأخرى في بلديتك أو منطقتك.
right-uitpas-kansentarief-counter = أريد UiTPAS بالسعر المخفَّض (kansentarief).

right-uitpas-kansentarief-reason-outside = بطاقة UiTPAS هي بطاقة لأوقات الفراغ من البلديات الفلمنكية. في المكان الذي تسكن فيه لا توجد عادةً UiTPAS. اسأل بلديتك أو OCMW هل يوجد تخفيض لأنشطة أوقات الفراغ.
right-uitpas-kansentarief-reason-brussels = أنت تسكن في بروكسل. لكل بلدية أو منطقة قواعدها الخاصة. اسأل بلديتك أو OCMW هل توجد UiTPAS أو بطاقة أخرى لأوقات الفراغ مع تخفيض.
right-uitpas-kansentarief-reason-benefit = أنت أو أحد أفراد أسرتك يحصل على التعويض المعزَّز، أو leefloon، أو المساعدة المعادلة لـ leefloon، أو IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن. في أغلب البلديات يعطي ذلك الحق في السعر المخفَّض. لكن لكل بلدية أو منطقة قواعدها الخاصة. اسأل في شبّاك UiTPAS أو في Sociaal Huis في بلديتك. أحضر معك بطاقة هويتك وشهادة بإعانتك. أفراد أسرتك الذين تعيلهم ويسكنون في نفس العنوان، مثل أطفالك، يمكنهم أيضًا أن يحصلوا عليه. السعر المخفَّض صالح لمدة سنة.
right-uitpas-kansentarief-reason-vt-automatic = أنت تحصل على التعويض المعزَّز تلقائيًا. في أغلب البلديات يعطي ذلك الحق في السعر المخفَّض. لكن لكل بلدية أو منطقة قواعدها الخاصة. اسأل في شبّاك UiTPAS أو في Sociaal Huis في بلديتك. أحضر معك بطاقة هويتك وشهادة من ziekenfonds الخاص بك.
right-uitpas-kansentarief-reason-debt = أنت تحصل على مساعدة في ديونك أو في ميزانيتك: مرافقة في الميزانية، أو إدارة الميزانية، أو وساطة في الديون، أو تسوية جماعية للديون. في أغلب البلديات يعطي ذلك الحق في السعر المخفَّض. لكن لكل بلدية أو منطقة قواعدها الخاصة. اسأل في شبّاك UiTPAS أو في Sociaal Huis في بلديتك. أحضر معك بطاقة هويتك وشهادة من OCMW، أو CAW (مركز الرعاية الاجتماعية العامة)، أو وسيط الديون.
right-uitpas-kansentarief-reason-asylum-seeker = هل تحصل على الاستقبال بصفتك طالب لجوء؟ في هذه الحالة يمكنك في كثير من البلديات أن تحصل على السعر المخفَّض. لكن لكل بلدية أو منطقة قواعدها الخاصة. اسأل في شبّاك UiTPAS أو في Sociaal Huis في بلديتك، أو في مكان استقبالك.
right-uitpas-kansentarief-reason-no-legal-stay = هل تحصل على المساعدة الطبية العاجلة من OCMW؟ في هذه الحالة يمكنك في كثير من البلديات أن تحصل على السعر المخفَّض، حتى بدون إقامة قانونية. لكن لكل بلدية أو منطقة قواعدها الخاصة. اسأل OCMW أو Sociaal Huis في بلديتك.
right-uitpas-kansentarief-reason-vt-first = يمكنك على الأرجح أن تحصل على التعويض المعزَّز. اطلبه أولًا من ziekenfonds الخاص بك. بالشهادة الخاصة به يمكنك في أغلب البلديات أن تطلب السعر المخفَّض. بعض البلديات تنظر أيضًا بنفسها في دخلك. لكل بلدية أو منطقة قواعدها الخاصة. اسأل في شبّاك UiTPAS أو في Sociaal Huis في بلديتك.
right-uitpas-kansentarief-otherwise = حسب إجاباتك، يبدو أنه ليس لك الحق في السعر المخفَّض. لكن لكل بلدية أو منطقة قواعدها الخاصة. في بعض البلديات تعطي أيضًا هذه الأشياء الحق في السعر المخفَّض: العلاوة الاجتماعية من Groeipakket، أو إعانة الإيجار، أو منحة مدرسية أو منحة دراسية، أو عمل في شركة عمل مُكيَّف (maatwerkbedrijf، سابقًا: ورشة محمية أو اجتماعية). اسأل عن ذلك بلديتك أو Sociaal Huis.

## Offices

office-gemeente = بلديتك (شبّاك UiTPAS أو Sociaal Huis)
office-gemeente-in-person = اذهب إلى شبّاك UiTPAS، أو إلى Sociaal Huis، أو إلى مركز لقاء (ontmoetingscentrum) في بلديتك. اسأل هناك ما القواعد المعمول بها في بلديتك.
office-gemeente-phone = اتصل ببلديتك أو بـ Sociaal Huis. الرقم موجود على موقع بلديتك.
office-gemeente-online = انظر في موقع بلديتك. ابحث هناك عن UiTPAS.

# Issue 13: vakantieparticipatie
right-vakantieparticipatie = عطلات ورحلات رخيصة (Iedereen Verdient Vakantie)
right-vakantieparticipatie-summary = مع Iedereen Verdient Vakantie يمكنك أن تذهب في عطلة أو رحلة بسعر رخيص إذا كان دخلك منخفضًا.
right-vakantieparticipatie-counter = أريد أن أحجز عطلة أو رحلة رخيصة عبر Iedereen Verdient Vakantie.
right-vakantieparticipatie-reason-outside = أنت لا تسكن في فلاندرن أو بروكسل. Iedereen Verdient Vakantie خدمة فلمنكية.
right-vakantieparticipatie-reason-vt = لديك التعويض المعزَّز. في هذه الحالة يمكنك حجز عطلات ورحلات رخيصة عبر Iedereen Verdient Vakantie. اسأل OCMW أو CAW.
right-vakantieparticipatie-reason-debt = أنت تحصل على مساعدة في ميزانيتك أو أنت في تسوية جماعية للديون. في هذه الحالة يمكنك عادةً حجز عطلات ورحلات رخيصة عبر Iedereen Verdient Vakantie. اسأل OCMW أو CAW.
right-vakantieparticipatie-reason-vt-first = يمكنك على الأرجح أن تحصل على التعويض المعزَّز. اطلبه أولًا من ziekenfonds الخاص بك. بعد ذلك يمكنك حجز عطلات ورحلات رخيصة عبر OCMW أو CAW.
right-vakantieparticipatie-otherwise = Iedereen Verdient Vakantie هي للأشخاص ذوي الدخل المنخفض، مثلًا مع التعويض المعزَّز. هل تعتقد أن لك الحق فيها؟ اسأل OCMW أو CAW.

right-vakantieparticipatie-reason-brussels = أنت تسكن في بروكسل. Iedereen Verdient Vakantie خدمة فلمنكية. بعض المنظمات الناطقة بالهولندية في بروكسل تشارك فيها. اسأل OCMW أو CAW.
