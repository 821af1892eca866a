# Parameters: what each number is (for the worker view).

param-leefloon-cat1 = leefloon الفئة 1، شخص يسكن مع آخرين (samenwonend): المبلغ في الشهر
param-leefloon-cat2 = leefloon الفئة 2، شخص يسكن وحده: المبلغ في الشهر
param-leefloon-cat3 = leefloon الفئة 3، مع أسرة يعيلها: المبلغ في الشهر
param-vt-income-limit = التعويض المعزَّز: حد دخل الأسرة في السنة (الدخل الإجمالي الخاضع للضريبة)
param-vt-income-limit-extra-person = التعويض المعزَّز: زيادة حد الدخل عن كل فرد إضافي في الأسرة
param-vf-income-limit = منحة التدفئة: حد دخل الأسرة في السنة (الدخل الإجمالي الخاضع للضريبة)
param-vf-income-limit-extra-person = منحة التدفئة: زيادة حد الدخل عن كل شخص تعيله
