# Words the program itself uses (headings, fixed sentences). Plain Modern Standard Arabic.

ui-report-title = ملخّصك من Rechtenwijzer بتاريخ { $date }
ui-report-disclaimer = هذه معلومات تقريبية، وليست قرارًا. القرار عند OCMW أو عند الجهة التي تمنح الحق. لم يُقدَّم أي طلب، ولم يُحفَظ أي شيء.

ui-status-automatic = يأتي تلقائيًا
ui-status-proactive = سيُعرَض عليك
ui-status-request = يجب أن تطلبه
ui-status-already = تحصل عليه بالفعل
ui-status-unknown = غير معروف بعد
ui-status-unlikely = غير مرجَّح

ui-apply-at = لدى: { $office }
ui-reason-missing = هذا ما زال يتوقف على: { $facts }.
ui-reason-possible = النتيجة الممكنة: { $statuses }.
ui-reason-missing-parameter = المبلغ لهذا التاريخ غير معروف بعد: { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] ستحصل على هذا تلقائيًا عندما تحصل على "{ $right }". لذلك اطلب أولًا "{ $first }".
       *[no] يمكنك الحصول على هذا عندما تحصل على "{ $right }". لذلك اطلب أولًا "{ $first }".
    }
ui-reason-limit-not-known = الحدّ الحالي غير معروف بعد: { $parameter }. هذا الحدّ لا ينخفض أبدًا. لذلك هو على الأقل { $amount }: وهو آخر حدّ نعرفه (ابتداءً من { $since }).

ui-if-missing = { $text }
ui-deadline = المهلة: { $text }
ui-opens = وهذا يفتح لك أيضًا: { $rights }.
ui-to-confirm = انتبه: جزء من هذه المعلومات لم نتحقق منه بعد في مصدر رسمي. الجهة التي تقرّر تعرف الجواب الأكيد.
ui-parameter-to-confirm = المبلغ "{ $parameter }" لا يأتي من مصدر رسمي، ويجب تأكيده بعد.

ui-unreviewed = لم يراجع هذه الترجمة بعد شخص لغته الأم هي العربية. الأسماء الهولندية هي الأسماء الصحيحة.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = { AMOUNT($value) } €
ui-amount-euro-month = { AMOUNT($value) } € شهريًا
ui-amount-euro-year = { AMOUNT($value) } € سنويًا
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } سنة
ui-amount-line = { $name }: { $amount } (ابتداءً من { $since })
ui-amount-line-to-confirm = { $name }: { $amount } (ابتداءً من { $since }؛ ما زال يحتاج إلى تأكيد)
ui-amount-line-at-least = { $name }: على الأقل { $amount } (آخر مبلغ نعرفه، ابتداءً من { $since }؛ المبلغ الجديد غير معروف بعد)

ui-compare-title = مقارنة من Rechtenwijzer: ما الذي يتغير؟ ({ $date })
ui-compare-none = لا يتغير أي حق.
ui-compare-change = { $right }: «{ $from }» يصبح «{ $to }»
ui-compare-stored = حُفظت إجاباتك باسم A. غيّر الآن بعض الإجابات واضغط F7 مرة أخرى للمقارنة.
ui-compare-screen-title = المقارنة
ui-compare-intro = ما الذي يتغير مقارنة بالإجابات التي حفظتها باسم A؟ يمسح F7 النسخة A.
ui-compare-row = قبل (A): { $a } · الآن: { $now }

ui-documents-title = وثائق تحضرها معك
ui-documents-none = لا تحتاج إلى إحضار أي وثائق.
ui-document-for = مطلوبة من أجل: { $rights }.
ui-document-where = من أين تحصل عليها؟ { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = يناير
ui-month-2 = فبراير
ui-month-3 = مارس
ui-month-4 = أبريل
ui-month-5 = مايو
ui-month-6 = يونيو
ui-month-7 = يوليو
ui-month-8 = أغسطس
ui-month-9 = سبتمبر
ui-month-10 = أكتوبر
ui-month-11 = نوفمبر
ui-month-12 = ديسمبر

# The full-screen interview.
ui-app-name = Rechtenwijzer
ui-language-name = العربية
ui-too-small = كبِّر النافذة لكي تستخدم Rechtenwijzer.
ui-welcome-title = أهلًا وسهلًا
ui-welcome-intro = أهلًا وسهلًا. سنطرح عليك بعض الأسئلة القصيرة. بعد ذلك سترى ما الدعم الذي قد تحصل عليه، وإلى أين تذهب، وماذا تحضر معك.
ui-welcome-reassure = لن يُرسَل أي شيء، ولن يُحفَظ أي شيء. يمكنك أن تغيّر أي إجابة فيما بعد.
ui-welcome-language = اللغة
ui-welcome-reading = كيف تريد أن تقرأ؟
ui-mode-normal = نص عادي
ui-mode-large = نص كبير
ui-mode-contrast = تباين قوي
ui-chosen = مُختار
ui-start = ابدأ الأسئلة
ui-welcome-training = تدرّب مع أسرة مثال (لدورة تدريبية)
ui-personas-title = أسر مثال
ui-personas-intro = اختر أسرة مثالًا. تنقّل بين إجاباتها بالضغط على Enter. تبقى النتائج مخفية حتى تضغط F6، حتى تتمكن المجموعة من التخمين أولًا.
ui-training-hidden = النتائج ما زالت مخفية. دع المجموعة تخمّن أولًا: ما الذي يأتي تلقائيًا، وما الذي يجب أن تطلبه هذه الأسرة؟ اضغط F6 لإظهار النتائج.
ui-training-title = تمرين
ui-worker-on = عرض الأخصائي
ui-question-progress = السؤال { $number } من حوالي { $total }
ui-question-several = يمكنك أن تختار أكثر من إجابة واحدة. ثم اختر "تم".
ui-question-number = اكتب رقمًا واضغط على Enter.
ui-yes = نعم
ui-no = لا
ui-dont-know = لا أعرف
ui-none-of-these = لا شيء من هذه
ui-confirm-choice = تم، هذه إجابتي
ui-number-empty = اكتب رقمًا أولًا، أو اختر "لا أعرف".
ui-number-range = هذا الرقم غير ممكن. اكتب رقمًا من { $min } إلى { $max }.
ui-number-not-a-number = هذا ليس رقمًا. اكتب أرقامًا فقط، بدون حروف.
ui-number-ambiguous = يمكن قراءة هذا الرقم بطريقتين. اكتبه بدون نقطة وبدون فاصلة، مثلًا 1300.
ui-number-read-as = نحسب على أساس { $value }.
ui-error-prefix = انتبه: 
ui-digit-pending = الرقم { $number }… اكتب رقمًا آخر أو اضغط Enter.
ui-no-such-number = لا يوجد خيار بهذا الرقم. انظر إلى الأرقام على الشاشة.
ui-overview-title = إجاباتك
ui-overview-intro = اختر إجابة لكي تغيّرها.
ui-not-answered = لم تُجِب عنه بعد
ui-to-results = إلى النتائج
ui-results-title = ما قد تحصل عليه
ui-group-empty = لا شيء.
ui-show-unlikely = { $count ->
    [zero] اعرض الحقوق غير المرجَّحة ({ $count })
    [one] اعرض حقًّا واحدًا غير مرجَّح
    [two] اعرض حقَّين غير مرجَّحَين
    [few] اعرض { $count } حقوق غير مرجَّحة
    [many] اعرض { $count } حقًّا غير مرجَّح
   *[other] اعرض { $count } حق غير مرجَّح
}
ui-hide-unlikely = أخفِ الحقوق غير المرجَّحة
ui-quit-question = هل تريد أن تتوقف؟ عندها تُمحى كل إجاباتك.
ui-quit-yes = نعم، توقّف وامحُ كل شيء
ui-quit-no = لا، تابِع
ui-start-over-question = هل تريد أن تبدأ من جديد؟ عندها تُمحى كل إجاباتك.
ui-start-over-yes = نعم، امحُ كل شيء وابدأ من جديد
ui-start-over-no = لا، تابِع
ui-staff-pin = للموظفين فقط: اكتب الرمز واضغط على Enter.
ui-staff-wrong = هذا الرمز غير صحيح.
ui-staff-wait = تمت كتابة رمز خاطئ. انتظر قليلًا ثم حاول مرة أخرى.
ui-idle-countdown =
    { $seconds ->
        [zero] هل ما زلت هنا؟ بعد { $seconds } ثانية سيُمحى كل شيء ويبدأ Rechtenwijzer من جديد. اضغط على أي مفتاح لكي تتابع.
        [one] هل ما زلت هنا؟ بعد ثانية واحدة سيُمحى كل شيء ويبدأ Rechtenwijzer من جديد. اضغط على أي مفتاح لكي تتابع.
        [two] هل ما زلت هنا؟ بعد ثانيتين سيُمحى كل شيء ويبدأ Rechtenwijzer من جديد. اضغط على أي مفتاح لكي تتابع.
        [few] هل ما زلت هنا؟ بعد { $seconds } ثوانٍ سيُمحى كل شيء ويبدأ Rechtenwijzer من جديد. اضغط على أي مفتاح لكي تتابع.
        [many] هل ما زلت هنا؟ بعد { $seconds } ثانية سيُمحى كل شيء ويبدأ Rechtenwijzer من جديد. اضغط على أي مفتاح لكي تتابع.
       *[other] هل ما زلت هنا؟ بعد { $seconds } ثانية سيُمحى كل شيء ويبدأ Rechtenwijzer من جديد. اضغط على أي مفتاح لكي تتابع.
    }
ui-bank-codes = انتبه: لن تطلب منك أي جهة أبدًا رموزك البنكية (مثل الرقم السري لبطاقتك). لا بالهاتف، ولا بالبريد الإلكتروني، ولا برسالة.
ui-handout-title = الطباعة أو الحفظ
ui-handout-intro = يمكنك أن تأخذ نتائجك وقائمة الوثائق معك على ورق، أو أن تحفظها في ملف. وإلا فلن يُحفَظ أي شيء.
ui-handout-print = اطبع على الطابعة
ui-handout-save = احفظ في ملف
ui-handout-back = رجوع
ui-save-as-title = الحفظ في ملف
ui-save-as-label = اكتب اسم الملف واضغط على Enter. مفتاح Esc يرجعك إلى الخلف بدون حفظ.
ui-printed = ورقتك تُطبَع الآن. لا تنسَ أن تأخذها معك.
ui-printing = يتم إرسال ورقتك إلى الطابعة…
ui-print-no-printer = لا توجد طابعة هنا. اطلب المساعدة من أحد الموظفين.
ui-print-failed = لم تنجح الطباعة. اطلب المساعدة من أحد الموظفين.
ui-saved = تم حفظ الملف.
ui-save-exists = يوجد ملف بهذا الاسم من قبل. اختر اسمًا آخر.
ui-save-failed = لم ينجح الحفظ. اطلب المساعدة من أحد الموظفين.
ui-detail-status = النتيجة: { $status }
ui-detail-why = لماذا؟
ui-detail-based-on = بناءً على إجاباتك: { $answers }.
ui-detail-conditions = متى يمكنك أن تحصل على هذا؟ بعض الحالات:
ui-detail-where = إلى أين تذهب؟ { $office }
ui-channel-in-person = الذهاب شخصيًا
ui-channel-phone = الاتصال بالهاتف
ui-channel-online = عبر الإنترنت
ui-channel-letter = رسالة أو بريد إلكتروني
ui-channel-home-visit = زيارة إلى البيت
ui-documents-office-channels = طرق التواصل: { $channels }
ui-detail-counter = ماذا تقول عند الشبّاك؟
ui-detail-counter-dutch = بالهولندية: { $sentence }
ui-detail-dutch-name = بالهولندية: { $name }
ui-detail-amounts = المبالغ والحدود
ui-worker-title = للأخصائي الاجتماعي
ui-worker-rule = القاعدة { $number }: { $rule }
ui-rule-and = { $left } و{ $right }
ui-rule-or = { $left } أو { $right }
ui-rule-not = ليس ({ $rule })
ui-rule-less = { $left } أقل من { $right }
ui-rule-less-equal = { $left } على الأكثر { $right }
ui-rule-greater = { $left } أكثر من { $right }
ui-rule-greater-equal = { $left } على الأقل { $right }
ui-rule-equal = { $left } يساوي { $right }
ui-rule-not-equal = { $left } لا يساوي { $right }
ui-rule-one-of = { $fact }: { $values }
ui-rule-or-value = { " أو " }
ui-rule-count = عدد { $fact }
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right }: { $statuses }
ui-worker-no-rule = لا تنطبق أي قاعدة، أو لا تكفي الإجابات بعد لاتخاذ قرار.
ui-worker-facts = الإجابات المقروءة: { $facts }
ui-worker-parameter = { $name } = { $amount } ابتداءً من { $since }؛ المصدر: { $source }؛ تحققنا منه في { $checked }؛ { $confidence }
ui-worker-parameter-at-least = { $name } = على الأقل { $amount }: معروف من { $since } إلى { $until }، وبعد ذلك غير معروف بعد (يرتفع فقط)؛ المصدر: { $source }؛ تحققنا منه في { $checked }؛ { $confidence }
ui-worker-unverified = لم نتحقق منه: { $text }
ui-confidence-verified = تحققنا منه في مصدر رسمي
ui-confidence-verified-old = تحققنا منه، لكنه مبلغ قديم
ui-confidence-third-party = وُجد فقط في مصدر آخر، ويجب تأكيده
ui-confidence-unverified = لم نتحقق منه، ويجب تأكيده
ui-detail-what-if = ما الذي يمكن أن يغير هذا؟
ui-what-if = يصبح هذا الحق ممكنًا إذا: { $changes }.
ui-change-at-most = { $fact } على الأكثر { $value }
ui-change-at-least = { $fact } على الأقل { $value }
ui-change-is = { $fact }: { $value }
ui-change-adds = { $fact }: أيضًا { $value }
ui-change-drops = { $fact }: لم يعد { $value }
ui-detail-documents = ماذا تحضر معك؟
ui-detail-deadline = حتى متى؟
ui-detail-if-missing = ماذا تفعل إذا لم يأتِ تلقائيًا؟
ui-detail-opens = وهذا يفتح لك أيضًا
ui-detail-to-confirm = ما زال يحتاج إلى تحقق
ui-detail-source = المصدر
ui-detail-source-text = { $source } (تحققنا منه في { $checked })
ui-documents-intro = أحضر هذه الوثائق معك. هي مرتّبة حسب الجهة.
ui-help-title = مساعدة
ui-help-intro = أنت تستخدم لوحة المفاتيح فقط. هذا ما تفعله المفاتيح:
ui-theme-standard = ألوان عادية
ui-theme-contrast-dark = تباين قوي، داكن
ui-theme-contrast-light = تباين قوي، فاتح
ui-theme-terminal = ألوان الطرفية (terminal)
ui-theme-mono = بدون ألوان

# Plain mode: lines for screen readers and scripts.
ui-plain-commands = أجب برقم اختيارك واضغط على Enter. اكتب o لترى إجاباتك، أو r للنتائج، أو d للوثائق، أو h للمساعدة، أو q للتوقف.
ui-plain-commands-kiosk = أجب برقم اختيارك واضغط على Enter. اكتب o لترى إجاباتك، أو r للنتائج، أو d للوثائق، أو h للمساعدة، أو q لتبدأ من جديد. عندها تُمحى إجاباتك.
ui-plain-prompt = اختيارك:
ui-plain-invalid = هذه الإجابة غير ممكنة. اكتب رقمًا من القائمة.
ui-plain-number = اكتب رقمًا واضغط على Enter. لا تعرف؟ اضغط إذن على Enter فقط.
ui-plain-several = اكتب أرقام كل ما ينطبق، مع مسافة بينها، مثلًا: 1 3.
ui-plain-current = إجابتك الآن: { $answer }.
ui-plain-overview = اكتب رقم إجابة لكي تغيّرها، أو r للنتائج.
ui-plain-results = اكتب رقم حق لترى شرحًا أكثر. اضغط على Enter لترى الوثائق. اكتب q للتوقف.
ui-plain-continue = اضغط على Enter لكي تتابع.

# Keys: a short word for the hint bar (ui-key-…) and a sentence for the help screen (ui-action-…).
ui-key-up = إلى الأعلى
ui-key-down = إلى الأسفل
ui-key-page-up = صفحة إلى الأعلى
ui-key-page-down = صفحة إلى الأسفل
ui-key-home = البداية
ui-key-end = النهاية
ui-key-select = اختيار
ui-key-digit = اختر رقمًا
ui-key-erase = مسح
ui-key-back = رجوع
ui-key-forward = تقدُّم
ui-key-overview = الإجابات
ui-key-results = النتائج
ui-key-documents = الوثائق
ui-key-help = مساعدة
ui-key-large = نص كبير
ui-key-theme = الألوان
ui-key-language = اللغة
ui-key-bilingual = لغتان
ui-key-handout = طباعة
ui-key-start-over = من جديد (مسح الكل)
ui-key-staff-exit = للموظفين
ui-key-worker = الأخصائي
ui-key-reveal = إظهار
ui-key-compare = مقارنة
ui-key-quit = توقُّف
ui-action-up = اصعد سطرًا واحدًا.
ui-action-down = انزل سطرًا واحدًا.
ui-action-page-up = اصعد جزءًا من الصفحة.
ui-action-page-down = انزل جزءًا من الصفحة.
ui-action-home = اذهب إلى البداية: إلى الخيار الأول أو إلى أعلى النص.
ui-action-end = اذهب إلى النهاية: إلى الخيار الأخير أو إلى أسفل النص.
ui-action-select = اختر ما هو محدَّد، أو افتحه.
ui-action-digit = اختر الجواب الذي يحمل هذا الرقم، أو اكتب رقمًا. للرقم 10 وما فوق اكتب الرقمين واحدًا بعد الآخر، مثلًا 1 ثم 2 للرقم 12.
ui-action-erase = امسح آخر رقم كتبته.
ui-action-back = ارجع إلى الخلف. إجاباتك لا تضيع.
ui-action-forward = تقدّم مرة أخرى بعد أن رجعت.
ui-action-overview = شاهد كل إجاباتك، وغيّر واحدة منها.
ui-action-results = شاهد النتائج.
ui-action-documents = شاهد الوثائق التي تحضرها معك.
ui-action-help = اعرض هذه المساعدة.
ui-action-large = شغّل النص الكبير أو أوقفه.
ui-action-theme = اختر ألوانًا أخرى، مثلًا تباينًا قويًا.
ui-action-language = اختر لغة أخرى.
ui-action-handout = اطبع نتائجك ووثائقك، أو احفظها في ملف.
ui-action-start-over = ابدأ من جديد. تُمحى كل إجاباتك.
ui-action-compare = احفظ إجاباتك باسم A، ثم اضغط مرة أخرى لاحقًا لمقارنة A بإجاباتك الحالية.
ui-action-reveal = التدريب: أظهر نتائج الأسرة المثال.
ui-action-worker = أظهر أو أخفِ للأخصائي الاجتماعي القاعدة والإجابات والمبالغ وراء كل نتيجة.
ui-action-staff-exit = للموظفين فقط: أوقف البرنامج على حاسوب مشترك.
ui-action-bilingual = اعرض النتائج وصفحة الحق والوثائق بلغتين: لغتك والهولندية.
ui-action-quit = توقّف. عندها يُمحى كل شيء.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { "، " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language }: لا تستطيع هذه الشاشة عرض حروف هذه اللغة
ui-language-cannot-show = لا تستطيع هذه الشاشة عرض حروف هذه اللغة. اطلب من أحد الموظفين أن يفتح Rechtenwijzer في نافذة بخط آخر.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = ابدأ بهذا
ui-plan-intro = اتبع هذه الخطوات بهذا الترتيب. خذ هذه الورقة معك إلى كل شبّاك.
ui-plan-no-steps = لا تحتاج الآن إلى طلب أي شيء.
ui-plan-step = الخطوة { $number }: { $office }
ui-plan-step-continued = الخطوة { $number } (تتمة): { $office }
ui-plan-ask-request = اطلب: { $right }
ui-plan-ask-unknown = اسأل هل يحق لك: { $right }
ui-plan-ask-proactive = سيُعرَض عليك: { $right }. ردّ على رسالتهم.
ui-plan-say = قل عند الشبّاك: { $sentence }
ui-plan-bring = خذ معك:
ui-plan-by-themselves = لا تحتاج إلى فعل أي شيء من أجل: { $rights }.
ui-plan-undecided = لا يمكن الحكم بعد، لأن بعض الإجابات ناقصة: { $rights }. أجب عن الأسئلة التي تخطّيتها، أو اطلب النصيحة من OCMW.
ui-plan-answers-first = أجب أولًا عن مزيد من الأسئلة. عندها يستطيع Rechtenwijzer أن يقول لك ما الذي يجب أن تطلبه.
ui-handout-rights = حقوقك
ui-handout-page = الصفحة { $page } من { $pages }
