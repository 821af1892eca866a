# Energy, water and internet: sociaal tarief voor energie, verwarmingstoelage, energiehulp OCMW,
# sociaal tarief voor water, sociaal internet.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

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
right-verwarmingstoelage-summary = منحة التدفئة هي مال لتدفئتك. تحصل عليها عن طريق OCMW. وهي جزء من سعر زيت التدفئة، أو كيروسين التدفئة، أو البروبان في خزان.
right-verwarmingstoelage-counter = أريد أن أطلب منحة التدفئة.
right-verwarmingstoelage-deadline = اطلب المنحة خلال 60 يومًا بعد التسليم. تاريخ التسليم مكتوب على الفاتورة.

right-verwarmingstoelage-reason-abroad = أنت لا تسكن في بلجيكا. المنحة هي فقط للمسكن في بلجيكا الذي تسكن فيه عادةً.
right-verwarmingstoelage-reason-fuel = منحة التدفئة هي فقط لزيت التدفئة (مازوت)، أو لكيروسين التدفئة من محطة الوقود، أو للبروبان في خزان. ليست للغاز الطبيعي، ولا للكهرباء، ولا للغاز في قوارير.
right-verwarmingstoelage-reason-vt-alone = أنت تسكن وحدك ولديك التعويض المعزَّز. في هذه الحالة لا ينظر OCMW إلى دخلك. اطلب المنحة من OCMW خلال 60 يومًا بعد التسليم. تاريخ التسليم مكتوب على الفاتورة.
right-verwarmingstoelage-reason-low-income = دخل أسرتك ليس أعلى من الحد. اطلب المنحة من OCMW خلال 60 يومًا بعد التسليم. تاريخ التسليم مكتوب على الفاتورة.
right-verwarmingstoelage-reason-debt = أنت في وساطة في الديون أو في تسوية جماعية للديون. لا تستطيع أن تدفع فاتورة التدفئة؟ في هذه الحالة يمكنك أن تحصل على المنحة. OCMW هو الذي يقدّر ذلك. اطلب المنحة خلال 60 يومًا بعد التسليم.
right-verwarmingstoelage-otherwise = يبدو أن دخل أسرتك أعلى من الحد. لست متأكدًا؟ اسأل إذن OCMW، خلال 60 يومًا بعد التسليم.

right-verwarmingstoelage-unverified-limit-2025 = حد الدخل ابتداءً من 1 مايو 2025 لم نتحقق منه بعد. نحن نستعمل الحد المعمول به منذ 1 فبراير 2025. هذا الحد لا يأتي من مصدر رسمي.
right-verwarmingstoelage-unverified-ten-laste = من يُحسَب كشخص تعيله يتوقف على دخل هذا الشخص. مصدران يذكران مبلغين مختلفين لذلك. لم نتحقق من ذلك بعد.

## Hulp van het OCMW bij uw energiefactuur

right-energiehulp-ocmw = مساعدة OCMW في فاتورة الطاقة
right-energiehulp-ocmw-summary = تجد صعوبة في دفع فاتورة الكهرباء أو الغاز؟ يمكن لـ OCMW أن يساعدك بالمال، أو بالمساعدة في ميزانيتك، أو بأجهزة موفِّرة للطاقة.
right-energiehulp-ocmw-counter = أجد صعوبة في دفع فاتورة الطاقة. أريد أن أطلب المساعدة.

right-energiehulp-ocmw-reason-abroad = أنت لا تسكن في بلجيكا. هذه المساعدة موجودة فقط لدى OCMW في بلجيكا.
right-energiehulp-ocmw-reason-arrears = لديك فواتير لم تُدفَع بعد. هل يتعلق الأمر بفاتورة الكهرباء أو الغاز؟ في هذه الحالة يمكن لـ OCMW أن يساعدك. لا يُشترَط أن تكون من قبلُ من زبائن OCMW. يتحدث OCMW معك، وينظر في وضعك، ويقرّر خلال 30 يومًا ما المساعدة التي تحصل عليها. في فلاندرز لا يجوز قطع الكهرباء أو الغاز أو الماء عنك إلا بعد رأي اللجنة الاستشارية المحلية (LAC) التابعة لـ OCMW. يحق لك أن تأتي إلى هناك وتشرح وضعك.
right-energiehulp-ocmw-reason-debt-help = أنت تحصل بالفعل على مساعدة في ديونك أو في ميزانيتك. هل ما زلت تجد صعوبة في فاتورة الكهرباء أو الغاز؟ اسأل إذن OCMW هل يمكنه أن يساعدك. ينظر OCMW في وضعك ويقرّر خلال 30 يومًا.
right-energiehulp-ocmw-otherwise = ليست لديك فواتير لم تُدفَع بعد. هل ستصلك لاحقًا فاتورة طاقة لا تستطيع أن تدفعها؟ اذهب إذن إلى OCMW. لا يُشترَط لذلك أن تكون من قبلُ من زبائن OCMW.

## Sociaal tarief voor water

right-sociaal-tarief-water = التعرفة الاجتماعية للماء
right-sociaal-tarief-water-summary = مع التعرفة الاجتماعية للماء تحصل على تخفيض كبير على فاتورة الماء كلها.
right-sociaal-tarief-water-counter = أريد أن أعرف هل أحصل على التعرفة الاجتماعية للماء.
right-sociaal-tarief-water-if-missing = التعرفة الاجتماعية غير مذكورة على فاتورة الماء؟ اطلب إذن شهادة من الجهة التي تدفع إعانتك: OCMW (leefloon)، أو Federale Pensioendienst (IGO، اتصل بـ 1765)، أو المديرية العامة للأشخاص ذوي الإعاقة (IVT أو IT، اتصل بـ 0800-987-99)، أو zorgkas الخاص بك (ميزانية الرعاية لكبار السن). أرسل الشهادة إلى شركة الماء في موعد أقصاه 31 ديسمبر.
right-sociaal-tarief-water-deadline = لا تأتي التعرفة الاجتماعية تلقائيًا؟ أرسل الشهادة إذن إلى شركة الماء في موعد أقصاه 31 ديسمبر من هذه السنة. لسنة انتهت لم يعد يمكنك أن تطلبها.

right-sociaal-tarief-water-reason-brussels = أنت تسكن في بروكسل. هذه التعرفة الاجتماعية الفلمنكية لا تنطبق هناك. في بروكسل توفّر Vivaqua الماء. تجد صعوبة في دفع فاتورة الماء؟ اطلب النصيحة من OCMW في بلديتك.
right-sociaal-tarief-water-reason-wallonia = أنت تسكن في والونيا. هذه التعرفة الاجتماعية الفلمنكية لا تنطبق هناك. تجد صعوبة في دفع فاتورة الماء؟ اطلب النصيحة من OCMW (بالفرنسية: CPAS) في بلديتك.
right-sociaal-tarief-water-reason-abroad = أنت لا تسكن في بلجيكا. هذه التعرفة الاجتماعية تنطبق فقط في فلاندرز.
right-sociaal-tarief-water-reason-homeless = ليس لديك الآن مسكن خاص بك، ولذلك ليست لديك فاتورة ماء. هل تحصل على leefloon، أو المساعدة المعادلة لـ leefloon، أو IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن، وهل ستستأجر لاحقًا مسكنًا؟ في هذه الحالة يمكنك أن تحصل على التعرفة الاجتماعية للماء. اسأل عن ذلك شركة الماء عندما تنتقل إلى مسكن.
right-sociaal-tarief-water-reason-care-home = أنت تسكن في دار رعاية سكنية (woonzorgcentrum). هناك عادةً فاتورة ماء واحدة للجميع. في هذه الحالة لا تحصل على تخفيض على فاتورة، بل تسترجع مالًا: تعويض. هذا يحدث تلقائيًا. لم يصلك شيء؟ اسأل عن ذلك شركة الماء أو OCMW.
right-sociaal-tarief-water-reason-automatic = أنت أو أحد أفراد أسرتك يحصل على leefloon، أو المساعدة المعادلة لـ leefloon، أو IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن. هل كانت لديك هذه الإعانة بالفعل في 1 يناير من هذه السنة؟ في هذه الحالة تحصل على التعرفة الاجتماعية للماء تلقائيًا. لا تحتاج إلى فعل أي شيء. هل حصلت على الإعانة لاحقًا في السنة فقط؟ في هذه الحالة تحصل على التعرفة الاجتماعية ابتداءً من 1 يناير من السنة التالية فقط. هل في مبناك عدّاد ماء واحد للجميع؟ في هذه الحالة لا تحصل على تخفيض على الفاتورة، بل تسترجع مالًا (تعويض). ستصلك رسالة عن ذلك.
right-sociaal-tarief-water-reason-vt-only = التعويض المعزَّز وحده لا يعطي الحق في التعرفة الاجتماعية للماء. ولا الإعانة من ziekenfonds أيضًا.
right-sociaal-tarief-water-otherwise = التعرفة الاجتماعية للماء هي للأسر التي لديها leefloon، أو المساعدة المعادلة لـ leefloon، أو IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن. هل ستحصل لاحقًا على إعانة كهذه؟ في هذه الحالة يمكنك أن تحصل عليها أيضًا. تجد صعوبة في دفع فاتورة الماء؟ اطلب النصيحة من OCMW.


## Sociaal internet

right-sociaal-internet = الإنترنت الاجتماعي (عرض الإنترنت الاجتماعي)
right-sociaal-internet-summary = مع الإنترنت الاجتماعي تدفع سعرًا منخفضًا وثابتًا للإنترنت في البيت.
right-sociaal-internet-counter = أريد عرض الإنترنت الاجتماعي.

right-sociaal-internet-reason-abroad = أنت لا تسكن في بلجيكا. الإنترنت الاجتماعي هو فقط لمن يسكن في بلجيكا.
right-sociaal-internet-reason-benefit = أنت أو أحد أفراد أسرتك يحصل على leefloon، أو المساعدة المعادلة لـ leefloon، أو IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن. في هذه الحالة لأسرتك الحق في الإنترنت الاجتماعي. لا يوجد حد للدخل. من له الحق وصلته عادةً رسالة. لكن يجب أن تذهب بنفسك ببطاقة هويتك إلى Proximus أو Telenet (ويمكن لشركات أخرى أن تقدمه أيضًا) لكي تنتقل إليه. في كل أسرة يحصل شخص واحد فقط على الإنترنت الاجتماعي. هل لدى أحد أفراد أسرتك التعرفة الاجتماعية القديمة للهاتف؟ في هذه الحالة لا يمكن الجمع بين الاثنين. من ينتقل إلى الإنترنت الاجتماعي لا يمكنه أن يرجع.
right-sociaal-internet-reason-vt-only = التعويض المعزَّز وحده لم يعد يعطي الحق في تخفيض للهاتف أو للإنترنت.
right-sociaal-internet-otherwise = الإنترنت الاجتماعي هو للأسر التي لديها leefloon، أو المساعدة المعادلة لـ leefloon، أو IGO، أو IVT، أو IT، أو ميزانية الرعاية لكبار السن. وبعض الإعانات الأخرى تعطي الحق أيضًا، مثلًا دفعة مسبقة من OCMW على IGO أو على تعويض بسبب إعاقة. وهي مال من OCMW أثناء انتظارك لـ IGO أو للتعويض. هل تحصل على دفعة مسبقة كهذه؟ اسأل عن ذلك OCMW. هل ستحصل لاحقًا على إحدى هذه الإعانات؟ في هذه الحالة يمكنك أيضًا أن تحصل على الإنترنت الاجتماعي.


## Documents

document-leveringsfactuur = نسخة من الفاتورة أو من وصل التسليم لزيت التدفئة أو البروبان
document-leveringsfactuur-where = تحصل عليها من المورِّد عند التسليم، أو من محطة الوقود.

document-attest-aantal-woningen = فقط إذا كنت تسكن في عمارة شقق: شهادة بعدد المساكن التي تخصّها الفاتورة
document-attest-aantal-woningen-where = اطلبها من مالك العمارة أو من المسؤول عن إدارتها.

## Offices

office-fod-economie = وزارة الاقتصاد الفيدرالية (FOD Economie)
office-fod-economie-phone = اتصل بـ FOD Economie إذا كانت لديك أسئلة عن التعرفة الاجتماعية للطاقة.
office-fod-economie-online = انظر في هذا الموقع هل تحصل على التعرفة الاجتماعية، ولأي عقد، ولأي فترة.

office-watermaatschappij = شركة الماء الخاصة بك (مثلًا De Watergroep أو Farys أو Pidpa أو water-link)
office-watermaatschappij-phone = اتصل بشركة الماء. الرقم مكتوب على فاتورة الماء.
office-watermaatschappij-online = انظر في موقع شركة الماء. اسمها مكتوب على فاتورة الماء.
office-watermaatschappij-letter = أرسل رسالة أو بريدًا إلكترونيًا إلى شركة الماء. العنوان مكتوب على فاتورة الماء.

office-telecom-operator = شركة إنترنت: Proximus أو Telenet (ويمكن لشركات أخرى أن تقدمه أيضًا)
office-telecom-operator-in-person = اذهب ببطاقة هويتك إلى متجر Proximus أو Telenet (ويمكن لشركات أخرى أن تقدمه أيضًا). قل إنك تريد الإنترنت الاجتماعي.
office-telecom-operator-phone = اتصل بخدمة الزبائن لدى شركة الإنترنت. الرقم موجود على موقع الشركة.

## Parameters

param-vf-income-limit = منحة التدفئة: حد دخل الأسرة في السنة (الدخل الإجمالي الخاضع للضريبة)
param-vf-income-limit-extra-person = منحة التدفئة: زيادة حد الدخل عن كل شخص تعيله
param-sociaal-internet-price = الإنترنت الاجتماعي: السعر في الشهر للإنترنت الثابت
param-sociaal-internet-bundle-max = الإنترنت الاجتماعي: أعلى سعر في الشهر لباقة

# Issue 13: no income check when the whole household has VT
right-verwarmingstoelage-reason-vt-household = كل أفراد أسرتك لديهم التعويض المعزَّز. في هذه الحالة لا ينظر OCMW إلى دخلك. اطلب المنحة من OCMW خلال 60 يومًا بعد التسليم. تاريخ التسليم مكتوب على الفاتورة.

# Issue 13: sociaal internet for a zorgtoeslag with 4 points on pillar 1
right-sociaal-internet-reason-zorgtoeslag-points = طفلك يحصل على ملحق الرعاية (zorgtoeslag) بـ 4 نقاط على الأقل في الركيزة الأولى. في هذه الحالة لأسرتك الحق في الإنترنت الاجتماعي. لا يوجد حد للدخل. من لهم الحق وصلتهم عادةً رسالة. اذهب ببطاقة هويتك إلى شركة الإنترنت لكي تنتقل إليه.

# Issue 13: minimale levering via het OCMW
right-minimale-levering-energie = الحد الأدنى من توريد الغاز والكهرباء عبر OCMW
right-minimale-levering-energie-summary = هل لديك عداد ميزانية ولا تستطيع شحنه بما يكفي؟ في هذه الحالة يمكن لـ OCMW أن يضمن أن يكون لديك غاز في الشتاء. وتبقى دائمًا كمية صغيرة من الكهرباء.
right-minimale-levering-energie-counter = لدي عداد ميزانية وأريد أن أطلب الحد الأدنى من توريد الغاز أو الكهرباء.
right-minimale-levering-energie-reason-outside-flanders = أنت لا تسكن في فلاندرن. هذا النظام مع عداد الميزانية فلمنكي. هل تجد صعوبة في دفع فاتورة الطاقة؟ اطلب النصيحة من OCMW في بلديتك.
right-minimale-levering-energie-reason-housing = ليس لديك الآن عداد طاقة خاص بك. هذه المساعدة لمن لديه عداد ميزانية في البيت.
right-minimale-levering-energie-reason-prepaid = لديك عداد ميزانية. لا تستطيع شحنه بما يكفي؟ في هذه الحالة يمكن لـ OCMW أن يعطيك حدًا أدنى من الغاز الطبيعي من 1 نوفمبر إلى 31 مارس. بالنسبة للكهرباء تبقى دائمًا كمية صغيرة. اذهب إلى OCMW. OCMW هو الذي يقرر.
right-minimale-levering-energie-otherwise = ليس لديك عداد ميزانية، أو ليست لديك صعوبة في دفع ثمن الطاقة. إذا صار لديك لاحقًا عداد ميزانية ولم تستطع شحنه، اذهب إلى OCMW.
