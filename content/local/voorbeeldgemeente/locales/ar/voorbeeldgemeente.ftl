# EXAMPLE overlay: Voorbeeldgemeente does not exist. No contact data.

office-voorbeeldgemeente-sociaal-huis = Sociaal Huis في بلديتك (مثال)
office-voorbeeldgemeente-sociaal-huis-in-person = اذهب إلى Sociaal Huis في بلديتك. مواعيد العمل موجودة على موقع بلديتك.
office-voorbeeldgemeente-sociaal-huis-phone = اتصل بـ Sociaal Huis. الرقم موجود على موقع بلديتك.
office-voorbeeldgemeente-sociaal-huis-online = انظر في موقع بلديتك تحت كلمة "mantelzorg" (رعاية شخص قريب منك).

document-verklaring-mantelzorger = إقرار بأنك ترعى شخصًا قريبًا منك
document-verklaring-mantelzorger-where = تحصل على الاستمارة من Sociaal Huis في بلديتك.

right-mantelzorgpremie = منحة لمن يرعى شخصًا قريبًا (مثال)
right-mantelzorgpremie-summary = بعض البلديات تعطي منحة صغيرة لمن يرعى في البيت شخصًا يحتاج إلى رعاية كثيرة.
right-mantelzorgpremie-counter = أريد أن أطلب منحة لمن يرعى شخصًا قريبًا.
right-mantelzorgpremie-reason-elsewhere = أنت لا تسكن في فلاندرز. اسأل بلديتك هل تعطي منحة لمن يرعى شخصًا قريبًا.
right-mantelzorgpremie-reason-care-need = شخص في بيتك يحتاج إلى رعاية كثيرة. كل بلدية تختار بنفسها هل تعطي منحة لمن يرعى شخصًا قريبًا، ولمن تعطيها. اسأل في Sociaal Huis في بلديتك.
right-mantelzorgpremie-otherwise = هذه المنحة لمن يرعى شخصًا يحتاج إلى رعاية كثيرة.
right-mantelzorgpremie-unverified-example = هذا مثال. الشروط والمبلغ تختلف من بلدية إلى أخرى.
