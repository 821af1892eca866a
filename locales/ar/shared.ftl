# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Documents

document-identiteitskaart = بطاقة الهوية أو بطاقة الإقامة
document-identiteitskaart-where = هذه البطاقة عندك. ضاعت منك؟ اطلب بطاقة جديدة من بلديتك.

document-rekeninguittreksels = كشوف الحساب البنكي للأشهر الأخيرة
document-rekeninguittreksels-where = تحصل عليها من بنكك، على الورق أو في تطبيق البنك.

document-huurcontract = عقد الإيجار
document-huurcontract-where = حصلت عليه عندما بدأت الإيجار. ضاع منك؟ اطلب نسخة من المؤجِّر.

document-bewijs-inkomen = إثباتات دخلك: قسائم الأجر أو شهادات الإعانة
document-bewijs-inkomen-where = تحصل عليها من صاحب العمل، أو من الجهة التي تدفع إعانتك أو معاشك.

document-aanslagbiljet = إشعار الضريبة (ضريبة الدخل الشخصي)
document-aanslagbiljet-where = تجده في MyMinfin. ويمكنك أيضًا أن تطلبه من مكتب FOD Financiën (وزارة المالية).

document-attest-schuldbemiddeling = فقط في حالة الوساطة في الديون: شهادة من وسيط الديون، أو قرار التسوية الجماعية لديونك
document-attest-schuldbemiddeling-where = اطلبها من وسيط الديون.

document-gegevens-behandelende-arts = اسم طبيبك وعنوانه
document-gegevens-behandelende-arts-where = اكتبهما. تجدهما على رسالة أو وصفة طبية من طبيبك.

document-rekeningnummer = رقم حسابك البنكي
document-rekeningnummer-where = هو مكتوب على بطاقتك البنكية أو على كشوف حسابك. لا تعطِ أبدًا الرموز السرية لبنكك: لا توجد أي جهة تطلبها منك.

document-energiefacturen = فواتير الكهرباء أو الغاز أو الماء
document-energiefacturen-where = تصلك من المورِّد، بالبريد أو في حسابك على موقع المورِّد.

document-attest-uitkering = شهادة من الجهة التي تدفع إعانتك أو مساعدتك
document-attest-uitkering-where = اطلبها من هذه الجهة. مثلًا: OCMW، أو ziekenfonds الخاص بك، أو Federale Pensioendienst (اتصل بـ 1765)، أو المديرية العامة للأشخاص ذوي الإعاقة (اتصل بـ 0800-987-99)، أو zorgkas (صندوق الرعاية) الخاص بك، أو CAW.

## Offices

office-ocmw = مركز المساعدة الاجتماعية في بلديتك (OCMW، Sociaal Huis)
office-ocmw-in-person = اذهب إلى OCMW أو إلى Sociaal Huis في بلديتك. أحيانًا يجب أن تأخذ موعدًا أولًا.
office-ocmw-phone = اتصل بـ OCMW لتأخذ موعدًا. الرقم موجود على موقع بلديتك.
office-ocmw-letter = يمكنك أيضًا أن ترسل رسالة أو بريدًا إلكترونيًا. يجوز لشخص آخر أن يفعل ذلك نيابة عنك. أعطِ هذا الشخص إذن موافقتك مكتوبة على ورق.
office-ocmw-home-visit = لا تستطيع أن تذهب إلى OCMW؟ اطلب إذن أن يأتي أحد إلى بيتك.

office-dg-personen-met-handicap = المديرية العامة للأشخاص ذوي الإعاقة (DG Personen met een handicap)، FOD Sociale Zekerheid
office-dg-personen-met-handicap-online = اطلبه عبر الإنترنت في MyHandicap، ببطاقة هويتك ورمزها السري (pincode)، أو بـ itsme.
office-dg-personen-met-handicap-phone = اتصل بالمديرية العامة للأشخاص ذوي الإعاقة. هذا الرقم مجاني.
office-dg-personen-met-handicap-in-person = لم تنجح في الطلب عبر الإنترنت؟ الخدمة الاجتماعية في ziekenfonds الخاص بك، أو في بلديتك، أو في OCMW (Sociaal Huis) تساعدك وتقدّم الطلب نيابة عنك. ويوجد أيضًا مساعدون اجتماعيون تابعون للمديرية العامة.
