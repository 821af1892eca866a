# Fapte: o etichetă scurtă (folosită în motive și în lista răspunsurilor) și o etichetă pentru fiecare
# valoare a unui fapt cu alegere. Etichetele încep cu literă mică, în afară de nume.

fact-age = vârsta dumneavoastră

fact-region = unde locuiți
fact-region-flanders = Flandra
fact-region-brussels = Bruxelles
fact-region-wallonia = Valonia
fact-region-abroad = în străinătate

fact-residence = cetățenia sau șederea dumneavoastră
fact-residence-belgian = cetățean belgian
fact-residence-eu = cetățean al altei țări din Uniunea Europeană
fact-residence-refugee = refugiat recunoscut
fact-residence-population-register = străin în registrul populației
fact-residence-foreigners-register = străin în registrul străinilor
fact-residence-temporary-protection = protecție temporară (de exemplu din Ucraina)
fact-residence-asylum-seeker = solicitant de azil
fact-residence-no-legal-stay = fără ședere legală

fact-partner = un partener care locuiește cu dumneavoastră

fact-children = numărul de copii care locuiesc cu dumneavoastră

fact-other-adults = numărul altor adulți care locuiesc cu dumneavoastră

fact-income-monthly-net = venitul dumneavoastră net pe lună

fact-income-yearly-taxable = venitul impozabil al familiei dumneavoastră pe an

fact-receives = ce primiți deja
fact-receives-leefloon = leefloon (venit de integrare)
fact-receives-equivalent-leefloon = echivalent de leefloon de la OCMW
fact-receives-igo = venitul garantat pentru vârstnici (IGO)
fact-receives-ivt = alocația de înlocuire a venitului (IVT)
fact-receives-it = alocația de integrare (IT)
fact-receives-zorgbudget-ouderen = bugetul de îngrijire pentru vârstnici care au nevoie de îngrijire
fact-receives-zorgtoeslag-kind = supliment de îngrijire pentru un copil cu handicap sau boală
fact-receives-vt = intervenția majorată de la ziekenfonds
fact-receives-unemployment = indemnizație de șomaj
fact-receives-sickness-benefit = indemnizație de boală sau de invaliditate
fact-receives-pension = pensie
fact-receives-groeipakket = Groeipakket (bani pentru copii)

fact-work = ce faceți acum
fact-work-employed = salariat
fact-work-self-employed = lucrător independent
fact-work-job-seeker = în căutarea unui loc de muncă
fact-work-unable-to-work = bolnav sau fără capacitate de muncă
fact-work-student = student
fact-work-retired = la pensie
fact-work-none = niciuna dintre acestea

fact-education = la ce școală merge cineva din familia dumneavoastră
fact-education-kleuter = grădiniță
fact-education-lager = școala primară
fact-education-secundair = școala secundară (gimnaziu și liceu)
fact-education-hoger = facultate (hogeschool) sau universitate

fact-housing = cum locuiți
fact-housing-tenant-private = chiriaș la un proprietar privat
fact-housing-tenant-social = chiriaș într-o locuință socială
fact-housing-owner = proprietar al locuinței
fact-housing-homeless = fără locuință stabilă
fact-housing-care-home = într-un cămin de îngrijire pentru vârstnici (woonzorgcentrum)
fact-housing-other = altă situație

fact-waitlist-years = de cât timp sunteți pe lista de așteptare pentru o locuință socială

fact-heating = încălzirea dumneavoastră
fact-heating-heating-oil = motorină de încălzire (mazout) sau petrol de încălzire
fact-heating-bulk-propane = propan într-un rezervor
fact-heating-natural-gas = gaze naturale
fact-heating-collective-gas = încălzire comună pe gaze naturale pentru toată clădirea
fact-heating-electric = electricitate
fact-heating-other = altceva, de exemplu lemne sau butelii de gaz

fact-disability = un handicap în familia dumneavoastră

fact-care-need = nevoie de multă îngrijire în familia dumneavoastră

fact-debt = datorii și ajutor cu banii
fact-debt-collective-settlement = reglementare colectivă a datoriilor (prin judecător)
fact-debt-debt-mediation = mediere a datoriilor
fact-debt-budget-management = îndrumare sau administrare a bugetului
fact-debt-arrears = facturi care nu sunt încă plătite
fact-debt-none = fără datorii

fact-legal-problem = o problemă juridică

fact-childcare = creșă sau altă îngrijire pentru copii

fact-expecting-baby = un copil pe drum

# Facts added for issue 13
fact-other-adults-are = cine sunt ceilalți adulți din casă
fact-other-adults-are-parent = tatăl sau mama dumneavoastră
fact-other-adults-are-adult-child = un copil al dumneavoastră de 18 ani sau mai mare
fact-other-adults-are-other-relative = o altă rudă
fact-other-adults-are-not-family = o persoană care nu este din familie

fact-savings = economiile familiei

fact-children-ages = vârsta copiilor din casă
fact-children-ages-under-3 = sub 3 ani
fact-children-ages-from-3-to-17 = între 3 și 17 ani
fact-children-ages-from-18-to-24 = între 18 și 24 de ani
fact-children-ages-from-25 = 25 de ani sau mai mult

fact-disability-recognition = ce este recunoscut pentru un handicap
fact-disability-recognition-vaph = înscris la VAPH
fact-disability-recognition-adult-12-points = un adult cu cel puțin 12 puncte de autonomie
fact-disability-recognition-adult-66-percent = un adult cu cel puțin 66 % handicap sau incapacitate de muncă
fact-disability-recognition-child-pillar1-4 = un copil cu cel puțin 4 puncte la pilonul 1 (zorgtoeslag)
fact-disability-recognition-child-12-points = un copil cu cel puțin 12 puncte în total (zorgtoeslag)

fact-recent-move = o mutare în ultimele 9 luni
fact-recent-move-unfit-or-too-small = dintr-o locuință proastă, nelocuibilă sau prea mică
fact-recent-move-not-adapted = dintr-o locuință neadaptată vârstei sau handicapului
fact-recent-move-into-svk = într-o locuință a unei agenții sociale de închiriere (SVK)
fact-recent-move-after-homeless = după ce nu ați avut o locuință fixă
fact-recent-move-other-reason = din alt motiv
fact-recent-move-no = nu m-am mutat

fact-prepaid-meter = un contor cu buget (contor digital cu plată în avans)
