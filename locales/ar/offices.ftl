# Offices: office-<id> is the name, office-<id>-<kind> says how to use that channel.

office-ocmw = OCMW (Sociaal Huis، مركز المساعدة الاجتماعية) في بلديتك
office-ocmw-in-person = اذهب إلى OCMW أو إلى Sociaal Huis في بلديتك. أحيانًا يجب أن تأخذ موعدًا أولًا.
office-ocmw-phone = اتصل بـ OCMW لتأخذ موعدًا. الرقم موجود على موقع بلديتك.
office-ocmw-letter = يمكنك أيضًا أن ترسل رسالة أو بريدًا إلكترونيًا. يجوز لشخص آخر أن يفعل ذلك نيابة عنك. أعطِ هذا الشخص إذن موافقتك مكتوبة على ورق.
office-ocmw-home-visit = لا تستطيع أن تذهب إلى OCMW؟ اطلب إذن أن يأتي أحد إلى بيتك.

office-ziekenfonds = ziekenfonds الخاص بك (صندوق التأمين الصحي)
office-ziekenfonds-in-person = اذهب إلى أحد مكاتب ziekenfonds الخاص بك.
office-ziekenfonds-phone = اتصل بـ ziekenfonds الخاص بك. الرقم موجود في رسائل ziekenfonds وعلى موقعه.
office-ziekenfonds-online = ادخل إلى موقع ziekenfonds الخاص بك أو إلى تطبيقه، مثلًا MyCM أو Mijn Helan.

office-fod-economie = FOD Economie (وزارة الاقتصاد الفيدرالية)
office-fod-economie-phone = اتصل بـ FOD Economie إذا كانت لديك أسئلة عن التعرفة الاجتماعية للطاقة.
office-fod-economie-online = انظر في هذا الموقع هل تحصل على التعرفة الاجتماعية، ولأي عقد، ولأي فترة.
