# Parametreler: her sayının ne olduğu (sosyal çalışan görünümü için).

param-leefloon-cat1 = Leefloon 1. kategori, birlikte yaşayan: aylık tutar
param-leefloon-cat2 = Leefloon 2. kategori, yalnız yaşayan: aylık tutar
param-leefloon-cat3 = Leefloon 3. kategori, bakmakla yükümlü olduğu bir ailesi olan: aylık tutar
param-vt-income-limit = Artırılmış geri ödeme: ailenin yıllık gelir sınırı (brüt, vergiye tabi)
param-vt-income-limit-extra-person = Artırılmış geri ödeme: her ek aile üyesi için gelir sınırındaki artış
param-vf-income-limit = Isınma yardımı: ailenin yıllık gelir sınırı (brüt, vergiye tabi)
param-vf-income-limit-extra-person = Isınma yardımı: bakmakla yükümlü olunan her kişi için gelir sınırındaki artış
