# Факти: коротка назва (у поясненнях і в огляді відповідей) і назва для кожного значення
# факту з вибором або з кількома значеннями. Назви починаються з малої літери, крім власних назв.

fact-age = ваш вік

fact-region = де ви живете
fact-region-flanders = Фландрія
fact-region-brussels = Брюссель
fact-region-wallonia = Валлонія
fact-region-abroad = за кордоном

fact-residence = ваше громадянство або дозвіл на проживання
fact-residence-belgian = громадянин Бельгії
fact-residence-eu = громадянин іншої країни Європейського Союзу
fact-residence-refugee = визнаний біженець
fact-residence-population-register = іноземець у реєстрі населення (bevolkingsregister)
fact-residence-foreigners-register = іноземець у реєстрі іноземців (vreemdelingenregister)
fact-residence-temporary-protection = тимчасовий захист (наприклад, з України)
fact-residence-asylum-seeker = шукач притулку
fact-residence-no-legal-stay = без законного права на проживання

fact-partner = партнер, який живе з вами

fact-children = кількість дітей, які живуть з вами

fact-other-adults = кількість інших дорослих, які живуть з вами

fact-income-monthly-net = ваш чистий дохід за місяць

fact-income-yearly-taxable = оподатковуваний дохід вашої сім'ї за рік

fact-receives = що ви вже отримуєте
fact-receives-leefloon = leefloon (мінімальний дохід від OCMW)
fact-receives-equivalent-leefloon = еквівалент leefloon від OCMW
fact-receives-igo = гарантований дохід для літніх людей (IGO)
fact-receives-ivt = допомога замість доходу (IVT)
fact-receives-it = інтеграційна допомога (IT)
fact-receives-zorgbudget-ouderen = бюджет на догляд для літніх людей, які потребують догляду
fact-receives-zorgtoeslag-kind = надбавка на догляд за дитиною з інвалідністю або хворобою
fact-receives-vt = підвищене відшкодування від ziekenfonds
fact-receives-unemployment = допомога по безробіттю
fact-receives-sickness-benefit = допомога у зв'язку з хворобою або інвалідністю
fact-receives-pension = пенсія
fact-receives-groeipakket = Groeipakket (гроші на дітей)

fact-work = чим ви зараз займаєтеся
fact-work-employed = найманий працівник
fact-work-self-employed = самозайнята особа (zelfstandige)
fact-work-job-seeker = шукаю роботу
fact-work-unable-to-work = хворий або непрацездатний
fact-work-student = студент
fact-work-retired = на пенсії
fact-work-none = нічого з цього

fact-education = до якої школи ходить хтось у вашій сім'ї
fact-education-kleuter = дитячий садок (kleuterschool)
fact-education-lager = початкова школа
fact-education-secundair = середня школа (secundair onderwijs)
fact-education-hoger = вищий навчальний заклад (hogeschool) або університет

fact-housing = як ви живете
fact-housing-tenant-private = орендую житло у приватного власника
fact-housing-tenant-social = орендую соціальне житло
fact-housing-owner = власник свого житла
fact-housing-homeless = без постійного місця проживання
fact-housing-care-home = у будинку для літніх людей з доглядом (woonzorgcentrum)
fact-housing-other = інше

fact-waitlist-years = скільки часу ви в черзі на соціальне житло

fact-heating = ваше опалення
fact-heating-heating-oil = пічне паливо (мазут, stookolie) або гас для опалення
fact-heating-bulk-propane = пропан у резервуарі
fact-heating-natural-gas = природний газ
fact-heating-collective-gas = спільне опалення на природному газі для всього будинку
fact-heating-electric = електрика
fact-heating-other = щось інше, наприклад дрова або газ у балонах

fact-disability = інвалідність у вашій сім'ї

fact-care-need = потреба в значному догляді у вашій сім'ї

fact-debt = борги і допомога з вашими грошима
fact-debt-collective-settlement = колективне врегулювання боргів (collectieve schuldenregeling)
fact-debt-debt-mediation = посередництво з боргів (schuldbemiddeling)
fact-debt-budget-management = допомога з бюджетом або керування бюджетом
fact-debt-arrears = неоплачені рахунки
fact-debt-none = боргів немає

fact-legal-problem = юридична проблема

fact-childcare = догляд за дітьми (kinderopvang)

fact-expecting-baby = очікування дитини

# Facts added for issue 13
fact-other-adults-are = хто інші дорослі у вас вдома
fact-other-adults-are-parent = ваш батько або мати
fact-other-adults-are-adult-child = ваша дитина віком від 18 років
fact-other-adults-are-other-relative = інший родич
fact-other-adults-are-not-family = людина, яка не є родичем

fact-savings = заощадження вашої сім'ї

fact-children-ages = вік дітей, які живуть з вами
fact-children-ages-under-3 = молодше 3 років
fact-children-ages-from-3-to-17 = від 3 до 17 років
fact-children-ages-from-18-to-24 = від 18 до 24 років
fact-children-ages-from-25 = 25 років або старше

fact-disability-recognition = що визнано щодо інвалідності
fact-disability-recognition-vaph = зареєстрований у VAPH
fact-disability-recognition-adult-12-points = дорослий щонайменше з 12 балами самостійності
fact-disability-recognition-adult-66-percent = дорослий щонайменше з 66 % інвалідності або непрацездатності
fact-disability-recognition-child-pillar1-4 = дитина щонайменше з 4 балами за стовпом 1 (zorgtoeslag)
fact-disability-recognition-child-12-points = дитина щонайменше з 12 балами загалом (zorgtoeslag)

fact-recent-move = переїзд за останні 9 місяців
fact-recent-move-unfit-or-too-small = з житла, яке було поганим, непридатним або замалим
fact-recent-move-not-adapted = з житла, не пристосованого до вашого віку чи інвалідності
fact-recent-move-into-svk = у житло соціального агентства з оренди (SVK)
fact-recent-move-after-homeless = після того, як ви не мали постійного житла
fact-recent-move-other-reason = з іншої причини
fact-recent-move-no = не переїжджали

fact-prepaid-meter = бюджетний лічильник (цифровий лічильник з передоплатою)
