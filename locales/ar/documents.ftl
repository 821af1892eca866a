# Documents: document-<id> is the name, document-<id>-where says where to get it.

document-identiteitskaart = بطاقة الهوية أو بطاقة الإقامة
document-identiteitskaart-where = هذه البطاقة عندك. ضاعت منك؟ اطلب بطاقة جديدة من بلديتك.

document-overzicht-inkomsten-uitgaven = قائمة بمداخيلك ومصاريفك في آخر 3 أشهر
document-overzicht-inkomsten-uitgaven-where = اكتبها بنفسك. كشوف حسابك البنكي تساعدك في ذلك.

document-rekeninguittreksels = كشوف الحساب البنكي للأشهر الأخيرة
document-rekeninguittreksels-where = تحصل عليها من بنكك، على الورق أو في تطبيق البنك.

document-huurcontract = عقد الإيجار
document-huurcontract-where = حصلت عليه عندما بدأت الإيجار. ضاع منك؟ اطلب نسخة من المؤجِّر.

document-bewijs-inkomen = إثباتات دخلك: قسائم الأجر أو شهادات الإعانة
document-bewijs-inkomen-where = تحصل عليها من صاحب العمل، أو من الجهة التي تدفع إعانتك أو معاشك.

document-vdab-inschrijving = إثبات أنك مسجَّل لدى VDAB (مكتب التشغيل الفلمنكي)
document-vdab-inschrijving-where = اطلبه من VDAB.

document-aanslagbiljet = إشعار الضريبة (ضريبة الدخل الشخصي)
document-aanslagbiljet-where = تجده في MyMinfin. ويمكنك أيضًا أن تطلبه من مكتب FOD Financiën (وزارة المالية).

document-verklaring-op-erewoord = تصريح على الشرف، يوقّعه كل البالغين في أسرتك
document-verklaring-op-erewoord-where = تحصل على الاستمارة من ziekenfonds (صندوق التأمين الصحي) الخاص بك.

document-leveringsfactuur = نسخة من الفاتورة أو من وصل التسليم لزيت التدفئة أو البروبان
document-leveringsfactuur-where = تحصل عليها من المورِّد عند التسليم، أو من محطة الوقود.

document-attest-aantal-woningen = فقط إذا كنت تسكن في عمارة شقق: شهادة بعدد المساكن التي تخصّها الفاتورة
document-attest-aantal-woningen-where = اطلبها من مالك العمارة أو من المسؤول عن إدارتها.

document-attest-schuldbemiddeling = فقط في حالة الوساطة في الديون: شهادة من وسيط الديون، أو قرار التسوية الجماعية لديونك
document-attest-schuldbemiddeling-where = اطلبها من وسيط الديون.
