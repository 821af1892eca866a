# Questions: one per fact. question-<id> is the question, question-<id>-help one plain sentence
# that says why we ask or how to find the answer.

question-age = كم عمرك؟
question-age-help = بعض الحقوق تتوقف على عمرك.

question-region = أين تسكن؟
question-region-help = اختر المكان الذي تسكن فيه عادةً.

question-residence = ما جنسيتك، أو ما نوع إقامتك في بلجيكا؟
question-residence-help = هذا مكتوب على بطاقة هويتك أو بطاقة إقامتك.

question-partner = هل تسكن مع شريك أو شريكة؟
question-partner-help = الشريك هو زوجك أو زوجتك، أو الشخص الذي تعيش معه كزوجين.

question-children = كم طفلًا يسكن معك؟
question-children-help = احسب الأطفال الذين يسكنون معك والذين تعتني بهم.

question-other-adults = كم شخصًا بالغًا آخر يسكن معك؟
question-other-adults-help = لا تحسب شريكك. لكن احسب مثلًا ابنًا بالغًا أو ابنة بالغة، أو أحد والديك، أو شخصًا يسكن معك في نفس البيت.

question-income-monthly-net =
    { $partner ->
        [yes] كم من المال يدخل كل شهر، لك ولشريكك معًا؟
        [no] كم من المال يدخل كل شهر؟
       *[other] كم من المال يدخل كل شهر؟ هل تعيش مع شريك؟ إذن احسب مال شريكك أيضًا.
    }
question-income-monthly-net-help = احسب كل ما يصل إلى حسابك البنكي: الأجر والإعانة والمعاش. لا تحسب Groeipakket (مخصصات الأطفال) ولا النفقة التي تصل لأطفالك. التقدير يكفي.

question-income-yearly-taxable =
    { $partner ->
        [yes] كم كان الدخل الخاضع للضريبة لك ولشريكك معًا في السنة الماضية، باليورو في السنة؟
       *[other] كم كان دخلك الخاضع للضريبة في السنة الماضية، باليورو في السنة؟
    }
question-income-yearly-taxable-help = هذا مكتوب على إشعار الضريبة (aanslagbiljet، رسالة FOD Financiën)، في سطر «gezamenlijk belastbaar inkomen» (مجموع الدخل الخاضع للضريبة). للزوجين يوجد مبلغان: اجمعهما. ليس لديك إشعار ضريبة؟ اختر إذن «لا أعرف».

question-receives = أيّ هذه الإعانات أو الحقوق تحصل عليها أنت أو أحد أفراد أسرتك بالفعل؟
question-receives-help = اختر كل ما ينطبق. هذا مكتوب في رسائل الجهة التي تدفع لك.

question-work = ماذا تعمل الآن؟
question-work-help = اختر ما يناسب حالتك أكثر.

question-education = هل يذهب أحد أفراد أسرتك إلى المدرسة؟ إلى أي مدرسة؟
question-education-help = اختر كل ما ينطبق. بعض المساعدات للمدرسة تتوقف على ذلك.

question-housing = ما نوع سكنك؟
question-housing-help = اختر ما يناسب حالتك أكثر.

question-waitlist-years = منذ كم سنة أنت على قائمة الانتظار لمسكن اجتماعي؟
question-waitlist-years-help = لست على قائمة الانتظار؟ اختر إذن 0.

question-heating = بماذا تدفّئ مسكنك؟
question-heating-help = هذا مكتوب على فاتورة التدفئة.

question-disability = هل لديك أنت أو لدى أحد أفراد أسرتك إعاقة؟
question-disability-help = الإعاقة يمكن أن تكون جسدية أو ذهنية أو نفسية.

question-care-need = هل تحتاج أنت أو أحد أفراد أسرتك إلى مساعدة كثيرة كل يوم؟
question-care-need-help = مثلًا مساعدة في الاغتسال، أو في ارتداء الملابس، أو في الأكل.

question-debt = هل عليك ديون، أو هل تحصل على مساعدة في أمور المال؟
question-debt-help = مثلًا فواتير لم تستطع أن تدفعها في وقتها، أو مساعدة من وسيط ديون.

question-legal-problem = هل لديك مشكلة قد تحتاج فيها إلى محامٍ؟
question-legal-problem-help = مثلًا خلاف مع المؤجِّر أو مع صاحب العمل، أو طلاق.

question-childcare =
    { $children ->
        [1] هل يذهب طفلك إلى حضانة الأطفال؟
       *[other] هل يذهب أحد أطفالك إلى حضانة الأطفال؟
    }
question-childcare-help = حضانة الأطفال هي مثلًا دار حضانة (crèche) أو مربية أطفال في بيتها (onthaalouder).

question-expecting-baby =
    { $partner ->
        [no] هل أنتِ حامل؟
       *[other] هل أنتِ حامل، أو هل شريكتك حامل؟
    }
question-expecting-baby-help = بعض الحقوق تبدأ قبل الولادة.

# Questions added for issue 13
question-other-adults-are = من هم البالغون الآخرون الذين يعيشون معك؟
question-other-adults-are-help = اختر كل ما ينطبق. في بعض المساعدات يُحسب أيضًا دخل والديك أو أولادك.

question-children-ages = كم عمر الأطفال الذين يعيشون معك؟
question-children-ages-help = اختر كل ما ينطبق. بعض المساعدات هي فقط للأطفال الذين عمرهم أقل من 18 سنة.

question-disability-recognition = ما الذي تم الاعتراف به بخصوص الإعاقة؟
question-disability-recognition-help = اختر كل ما ينطبق. هذا مكتوب في رسالة FOD Sociale Zekerheid أو VAPH أو Groeipakket. لا تعرف؟ اختر إذن «لا أعرف».

question-recent-move = هل انتقلت إلى سكن آخر في آخر 9 أشهر، أو ستنتقل قريبًا؟ لماذا؟
question-recent-move-help = بالنسبة لدعم الإيجار (huursubsidie) سبب الانتقال مهم.

question-savings =
    { $partner ->
        [yes] كم لديك أنت وشريكك معًا من المدخرات؟
       *[other] كم لديك من المدخرات؟
    }
question-savings-help = احسب المال في حساب التوفير والحساب الجاري، وأيضًا الأسهم أو الصناديق. باليورو. التقدير يكفي.

question-prepaid-meter = هل لديك عداد ميزانية للغاز أو الكهرباء؟
question-prepaid-meter-help = مع عداد الميزانية تدفع ثمن الطاقة مسبقًا. هو عداد رقمي بالدفع المسبق، غالبًا من Fluvius.
