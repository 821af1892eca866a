# شخصيات للتدريب: قصة قصيرة لكل أسرة نموذجية (content/scenarios)، لورشات العمل.
# كل الأسماء خيالية.

scenario-alleenstaande-met-leefloon-stookolie-story = تبلغ Maria من العمر 45 سنة، وتعيش وحدها في بيت مستأجر. منذ نصف سنة تحصل على leefloon (دخل المعيشة) من OCMW (المركز العام للمساعدة الاجتماعية). تستعمل زيت التدفئة (مازوت) لتدفئة بيتها. ما الذي تحصل عليه تلقائيًا، وما الذي يجب أن تطلبه بنفسها؟
scenario-gepensioneerde-met-igo-stookolie-story = تبلغ Jeanne من العمر 78 سنة، وهي أرملة. تعيش وحدها في بيتها الخاص، وتحصل على معاش تقاعد صغير مع ضمان الدخل لكبار السن (IGO). تستعمل زيت التدفئة (مازوت) لتدفئة بيتها.
scenario-alleenstaande-moeder-twee-kinderen-met-job-story = تبلغ Sara من العمر 38 سنة، وتربي طفلين وحدها. تعمل، وتستأجر بيتًا من مالك خاص، وتستعمل زيت التدفئة لتدفئته. يذهب الطفلان إلى روضة الأطفال والمدرسة الابتدائية.
scenario-zonder-wettig-verblijf-story = تبلغ Amina من العمر 40 سنة. ليس لها حق الإقامة القانونية في بلجيكا، وليس لها دخل. تقيم عند أصدقاء، وتحتاج إلى مساعدة محامٍ.
scenario-vreemdelingenregister-alleenstaande-zonder-inkomen-story = يبلغ Oleg من العمر 29 سنة، وهو مسجل في سجل الأجانب (vreemdelingenregister). ليس له دخل، ويبحث عن عمل. يستأجر شقة صغيرة من غرفة واحدة (استوديو) بتدفئة كهربائية.
scenario-b-wachtlijst-vijf-jaar-prive-huur-story = يبلغ Rik من العمر 45 سنة، ويعمل. يستأجر مسكنًا من مالك خاص، وهو على قائمة الانتظار لمسكن اجتماعي منذ خمس سنوات.
scenario-a-koppel-collectieve-schuldenregeling-story = يبلغ Tom و Leen من العمر نحو 40 سنة، ولهما طفلان. هما في تسوية جماعية للديون (collectieve schuldenregeling)، وهي إجراء أمام القاضي. لا يتقاضى أجرًا إلا Tom. رفع أحد الدائنين دعوى عليهما أمام المحكمة.
scenario-c-student-op-kot-story = تبلغ Lina من العمر 20 سنة، وتدرس في الجامعة في مدينة غنت (Gent). تسكن في غرفة طلاب (kot)، ولها عمل طلابي. تجيب عن الأسئلة بنفسها.
