# Family: Groeipakket (startbedrag, basisbedrag, sociale toeslag, schooltoeslag), studietoelage,
# kinderopvang inkomenstarief.
# The messages of these rights (right-<id>, -summary, -counter, -if-missing, -deadline and every
# reason, otherwise and unverified message), then the documents (document-<id>, -where), offices
# (office-<id>, office-<id>-<kind>) and parameters (param-<id>) that only these rights use.
# Documents and offices of several themes are in shared.ftl. No amounts here: amounts come from
# the parameters.

## Groeipakket: birth grant (startbedrag)

right-groeipakket-startbedrag = Birth grant of the Groeipakket (startbedrag)
right-groeipakket-startbedrag-summary = The birth grant is money from the Groeipakket (Flemish money for children) that you get once at the birth or adoption of a child.
right-groeipakket-startbedrag-counter = I would like to apply for the birth grant of the Groeipakket.
right-groeipakket-startbedrag-if-missing = If you did not get the birth grant after the birth was registered, contact your Groeipakket payment agency. Have you never chosen a payment agency? Then contact FONS.
right-groeipakket-startbedrag-deadline = You can ask for the birth grant from about 4 months before the expected birth, until 5 years after the birth.

right-groeipakket-startbedrag-reason-brussels = You live in Brussels. There you do not get the Flemish Groeipakket, but Brussels family allowance, also at a birth. Iriscare manages it. You get it through a Brussels payment agency, for example Famiris.
right-groeipakket-startbedrag-reason-wallonia = You live in Wallonia. There you do not get the Flemish Groeipakket, but Walloon family allowance, also at a birth. AVIQ manages it. You get it through a Walloon payment agency, for example FAMIWAL. In the German-speaking Community, that community manages the family allowance itself.
right-groeipakket-startbedrag-reason-abroad = You do not live in Belgium. The Groeipakket is for children who live in Flanders. Do you or your partner work in Belgium? Then ask a Groeipakket payment agency, for example FONS, if you have a right anyway.
right-groeipakket-startbedrag-reason-residence = The Groeipakket is for children who live in Flanders. It is not certain if your child has a right to it with your residence status. The payment agency decides this. Ask FONS or the OCMW.
right-groeipakket-startbedrag-reason-expecting = You are expecting a baby. After the birth, the baby is registered at the municipality. After that, the Groeipakket payment agency pays the birth grant automatically. Do you want the money before the birth? Then apply for it yourself, from about 4 months before the expected date, with a certificate from your doctor. You then get the money at the earliest 2 months before the birth.
right-groeipakket-startbedrag-otherwise = The birth grant is for the birth or adoption of a child. Was your child born or adopted in the last 5 years, and did you not get a birth grant yet? Then ask your Groeipakket payment agency for it.

right-groeipakket-startbedrag-unverified-amount = The birth grant goes up by 2 percent every year in September. The amounts from September 2024 have not been checked yet. We show the amount of September 2023.

## Groeipakket: basic amount

right-groeipakket-basisbedrag = Basic amount of the Groeipakket
right-groeipakket-basisbedrag-summary = The basic amount is money that you get every month from the Groeipakket (Flemish money for children) for each child.
right-groeipakket-basisbedrag-counter = I would like to check if I get the Groeipakket for my children.
right-groeipakket-basisbedrag-if-missing = If you do not get the Groeipakket, contact your payment agency. If you do not know who your payment agency is, or if you have never chosen one, contact FONS. You can also ask for help at the Huis van het Kind (family support centre) or at the OCMW.

right-groeipakket-basisbedrag-reason-brussels = You live in Brussels. There you do not get the Flemish Groeipakket, but Brussels family allowance. Iriscare manages it. You get it through a Brussels payment agency, for example Famiris.
right-groeipakket-basisbedrag-reason-wallonia = You live in Wallonia. There you do not get the Flemish Groeipakket, but Walloon family allowance. AVIQ manages it. You get it through a Walloon payment agency, for example FAMIWAL. In the German-speaking Community, that community manages the family allowance itself.
right-groeipakket-basisbedrag-reason-abroad = You do not live in Belgium. The Groeipakket is for children who live in Flanders. Do you or your partner work in Belgium? Then ask a Groeipakket payment agency, for example FONS, if you have a right anyway.
right-groeipakket-basisbedrag-reason-already = You already get the Groeipakket for your children. You do not have to do anything. Every year in August you also get a school bonus automatically.
right-groeipakket-basisbedrag-reason-residence = The Groeipakket is for children who live in Flanders. It is not certain if your children have a right to it with your residence status. The payment agency decides this. Ask FONS or the OCMW.
right-groeipakket-basisbedrag-reason-school-children = A child of yours goes to school. For every child who lives in Flanders, you get the Groeipakket automatically. Until the month in which the child turns 18, there are no conditions. For children born before 2019, the old amounts apply. Every year in August you also get a school bonus automatically.
right-groeipakket-basisbedrag-reason-children = For every child who lives in Flanders, you get the Groeipakket automatically. Until the month in which the child turns 18, there are no conditions. For children born before 2019, the old amounts apply.
right-groeipakket-basisbedrag-reason-expecting = You are expecting a baby. After the birth, you get the basic amount automatically, every month. It starts as soon as the birth grant has been paid.
right-groeipakket-basisbedrag-otherwise = No children live with you. The Groeipakket is for children. Do you take care of a child who lives in Flanders anyway? Then ask FONS.

right-groeipakket-basisbedrag-unverified-amount = The basic amount goes up by 2 percent every year in September. The amounts from September 2024 have not been checked yet. We show the amount of September 2023.

## Groeipakket: social supplement

right-groeipakket-sociale-toeslag = Social supplement of the Groeipakket
right-groeipakket-sociale-toeslag-summary = The social supplement is extra money from the Groeipakket for families with a low income.
right-groeipakket-sociale-toeslag-counter = I would like to check if I get the social supplement of the Groeipakket.
right-groeipakket-sociale-toeslag-if-missing = If you do not get the social supplement while your income is low, ask your Groeipakket payment agency. Has your income only just gone down? Then you can ask for the supplement when your income has been low for 6 months in a row.

right-groeipakket-sociale-toeslag-reason-brussels = You live in Brussels. There you do not get the Flemish Groeipakket. The Brussels family allowance has its own supplements for families with a low income. Ask your Brussels payment agency about it, for example Famiris.
right-groeipakket-sociale-toeslag-reason-wallonia = You live in Wallonia. There you do not get the Flemish Groeipakket. The Walloon family allowance has its own supplements for families with a low income. Ask your Walloon payment agency about it, for example FAMIWAL.
right-groeipakket-sociale-toeslag-reason-abroad = You do not live in Belgium. The social supplement is part of the Groeipakket. That is for children who live in Flanders.
right-groeipakket-sociale-toeslag-reason-residence = The social supplement is part of the Groeipakket. That is for children who live in Flanders. It is not certain if your children have a right to it with your residence status. The payment agency decides this. Ask FONS or the OCMW.
right-groeipakket-sociale-toeslag-reason-no-children = No children live with you. The social supplement is extra money on top of the Groeipakket for children.
right-groeipakket-sociale-toeslag-reason-automatic = The income of your household on the last tax assessment notice is not higher than the limit. Then you get the social supplement automatically, on top of the Groeipakket. Your payment agency checks this on its own every year, for the period from 1 September to 31 August.
right-groeipakket-sociale-toeslag-reason-automatic-large-family = You have at least 3 children, and at least one child was born in 2019 or later or is still to be born. Then a higher income limit applies. The income of your household on the last tax assessment notice is not higher than that limit. Then you get the social supplement automatically, on top of the Groeipakket.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year = You have at least 3 children. Then a higher income limit applies, if at least one child was born in 2019 or later. The income of your household is not higher than that higher limit. Was one of your children born in 2019 or later? Then you probably get the social supplement automatically. Ask your payment agency.
right-groeipakket-sociale-toeslag-reason-request-income-fell = Your last tax assessment notice shows an income higher than the limit, but your income now is lower. Has your income been this low for at least 6 months in a row? Then you can ask your payment agency for the social supplement. You must then prove how much you earn now. The payment agency checks the calculation.
right-groeipakket-sociale-toeslag-reason-request-income-fell-large-family = You have at least 3 children, and at least one child was born in 2019 or later or is still to be born. Then a higher income limit applies. Your last tax assessment notice shows an income higher than that limit, but your income now is lower. Has your income been this low for at least 6 months in a row? Then you can ask your payment agency for the social supplement. You must then prove how much you earn now.
right-groeipakket-sociale-toeslag-reason-large-family-birth-year-income-fell = You have at least 3 children. Then a higher income limit applies, if at least one child was born in 2019 or later. Your income now is not higher than that higher limit. Was one of your children born in 2019 or later, and has your income been this low for at least 6 months in a row? Then you can ask your payment agency for the social supplement.
right-groeipakket-sociale-toeslag-otherwise = The income of your household seems higher than the limit. Does your income go down, for example because of unemployment or illness? Is it then lower than the limit for 6 months in a row? Then you can ask your payment agency for the social supplement.

right-groeipakket-sociale-toeslag-unverified-limit-date = The income limit comes from the FONS website. It does not say for which year it applies. It is probably the limit for 2024-2025. The current limit has not been checked yet.
right-groeipakket-sociale-toeslag-unverified-amounts = The current amounts of the social supplement have not been checked yet. We show the amounts of 2022-2023.

## Groeipakket: school supplement

right-groeipakket-schooltoeslag = School supplement of the Groeipakket
right-groeipakket-schooltoeslag-summary = The school supplement is extra money from the Groeipakket for children who go to school. It is for nursery school, primary school and secondary school. You get it if the income of your family is low enough.
right-groeipakket-schooltoeslag-counter = I would like to check if I get the school supplement for my children.

right-groeipakket-schooltoeslag-reason-outside-flanders-school = You do not live in Flanders. Does your child go to a school that is recognised by Flanders, for example a Dutch-speaking school in Brussels? Then you can apply for the school supplement at FONS, online or with a form. Whether you get it depends on the income of your household.
right-groeipakket-schooltoeslag-reason-outside-flanders = You do not live in Flanders. The school supplement is for children who live in Flanders, or who go to a school that is recognised by Flanders.
right-groeipakket-schooltoeslag-reason-residence = The school supplement is part of the Groeipakket. It is not certain if your children have a right to it with your residence status. The payment agency decides this. Ask FONS or the OCMW.
right-groeipakket-schooltoeslag-reason-no-pupil = Nobody in your household goes to nursery school, primary school or secondary school. Does someone follow the HBO5 nursing course? Then that person can get a school supplement. Ask your payment agency.
right-groeipakket-schooltoeslag-reason-income-check = Your child goes to school. The Groeipakket payment agency checks on its own if you get the school supplement. You do not have to apply for anything. It depends on the income of your household, your family situation, the type of school and whether your child goes to school often enough. We cannot say if your income is low enough. If you have a right, you get the money between the end of August and December.
right-groeipakket-schooltoeslag-otherwise = Nobody in your household goes to nursery school, primary school or secondary school.

right-groeipakket-schooltoeslag-unverified-limits = The income limits we use are those of school year 2020-2021. They have gone up since. Is your income above that old limit? Then we cannot say whether you get the school allowance.

## Study grant

right-studietoelage = Study grant for higher education
right-studietoelage-summary = The study grant is money from the Flemish government for students at a university college or university from a family with a low income.
right-studietoelage-counter = I would like to apply for a study grant.
right-studietoelage-deadline = You can apply for the study grant for an academic year until 1 June. From 2 June you can start the application for the next academic year.

right-studietoelage-reason-no-student = Nobody in your household goes to a university college or university. For nursery school, primary school and secondary school there is the school supplement of the Groeipakket.
right-studietoelage-reason-outside-flanders = You do not live in Flanders. Do you study at a university college or university that is recognised by Flanders, for example a Dutch-speaking one in Brussels? Then you may still be able to get a Flemish study grant. Ask the afdeling Studietoelagen (Study Grants department). Do you study at a French-speaking college or university? Then ask about a study grant at the French Community (Fédération Wallonie-Bruxelles).
right-studietoelage-reason-abroad = You do not live in Belgium. Whether you can get a Flemish study grant depends on your nationality and your studies. Ask the afdeling Studietoelagen (Study Grants department).
right-studietoelage-reason-nationality = For the study grant there are conditions about the nationality or the residence status of the student. The afdeling Studietoelagen (Study Grants department) checks this. Apply for the study grant, or first ask the OCMW or the student service of the school for advice.
right-studietoelage-reason-low-income = Someone in your household studies at a university college or university, and your household has a low income. Be sure to apply for the study grant. The student applies for it themselves, online with the eID (electronic identity card) or itsme, or on paper. With a study grant the student also pays a lower registration fee, and the family gets an extra amount from the Groeipakket. Did the student already get a study grant last year? Then the afdeling Studietoelagen (Study Grants department) sends a completed form on its own, between October and February. The student then only has to confirm it.
right-studietoelage-reason-income-check = Someone in your household studies at a university college or university. Whether the student gets a study grant depends on the income and the family situation. The afdeling Studietoelagen (Study Grants department) calculates this. Not sure? Then apply for the study grant anyway, before 1 June. With a slightly higher income the student can sometimes still pay a lower registration fee.
right-studietoelage-otherwise = Nobody in your household goes to a university college or university.

right-studietoelage-unverified-limits = The income limits and the amounts for 2025-2026 have not been checked yet.

## Childcare: income-related rate

right-kinderopvang-inkomenstarief = Income-related rate for childcare
right-kinderopvang-inkomenstarief-summary = With the income-related rate you pay a price per day for childcare that fits the income of your household.
right-kinderopvang-inkomenstarief-counter = I would like to apply for an income-related rate certificate for childcare.
right-kinderopvang-inkomenstarief-deadline = Apply for the certificate in the month before the childcare starts. You can do this at the earliest 2 months before the start. Give the certificate to the childcare before the first day.

right-kinderopvang-inkomenstarief-reason-no-children = No children live with you and you are not expecting a baby.
right-kinderopvang-inkomenstarief-reason-no-childcare = Your child does not go to childcare.
right-kinderopvang-inkomenstarief-reason-brussels = You live in Brussels. Does your child go to a Dutch-speaking childcare in Brussels? Then you also ask Kind en Gezin for the income-related rate certificate. Does it go to a French-speaking childcare? Then ask the childcare how the price is calculated.
right-kinderopvang-inkomenstarief-reason-outside = You do not live in Flanders or Brussels. Does your child go to a childcare in Flanders anyway? Then ask Kind en Gezin if you need an income-related rate certificate. Otherwise ask the childcare how the price is calculated.
right-kinderopvang-inkomenstarief-reason-leefloon = You get a leefloon. Apply for the income-related rate certificate at Kind en Gezin, through Mijn Kind en Gezin or the Kind en Gezin line. Mark that you get a leefloon. Then you only pay half: this is called the individual reduced rate. Is the price still too high? Then ask the OCMW if you can pay less. The OCMW decides after a social inquiry.
right-kinderopvang-inkomenstarief-reason-childcare = Your child goes to childcare. Apply for an income-related rate certificate at Kind en Gezin, through Mijn Kind en Gezin or the Kind en Gezin line, and give it to the childcare. Even if you do not want to show your income, you need a certificate. Then you pay the highest rate. Has your income been at least 20 percent lower than before for 3 months already? Then you can ask to pay only half. If you cannot pay the price, the OCMW can allow a lower price. The OCMW first looks at your situation. This is called a social inquiry.
right-kinderopvang-inkomenstarief-reason-expecting = You are expecting a baby. Will your baby go to childcare later? Then apply for an income-related rate certificate at Kind en Gezin, in the month before the childcare starts. Then you pay a price that fits the income of your household.
right-kinderopvang-inkomenstarief-otherwise = Will your child go to childcare later? Then apply for an income-related rate certificate at Kind en Gezin, in the month before the childcare starts.

right-kinderopvang-inkomenstarief-unverified-minimum-tariff = The lowest rate that the OCMW can allow has been checked for 2024. The amount for 2025 and 2026 has not been checked yet.

## Documents

document-attest-verwachte-bevalling = Certificate from the doctor with the expected date of birth
document-attest-verwachte-bevalling-where = Ask your doctor or your gynaecologist for it.

document-adoptiebeslissing = Only for adoption: the request or the decision about the adoption
document-adoptiebeslissing-where = You got it from the family court. Lost it? Ask the court registry (griffie) for a copy.

document-bewijs-kosten = Only if you ask the OCMW for a lower price: proof of your costs, such as rent, energy, loans and debts
document-bewijs-kosten-where = Bring your bills and the letters about your loans and debts. Your bank statements also help.

## Offices

office-groeipakket-uitbetaler = Your Groeipakket payment agency (FONS, Infino, KidsLife, MyFamily or Parentia)
office-groeipakket-uitbetaler-in-person = Go to an office of your payment agency. You can also ask for help at the Huis van het Kind (family support centre). Some OCMWs have consultation days of a payment agency.
office-groeipakket-uitbetaler-phone = Call your payment agency. The number is on the letters and the website of your payment agency. Have you never chosen a payment agency? Then it is FONS.
office-groeipakket-uitbetaler-online = Log in on the website of your payment agency. On the letters about the Groeipakket you can see who your payment agency is.

office-studietoelagen = Afdeling Studietoelagen (Study Grants department) of the Flemish government
office-studietoelagen-online = Apply for the study grant online through the digital counter on this website. You log in with your eID or itsme.
office-studietoelagen-phone = Call the Flemish information line (Vlaamse infolijn) with your questions about the study grant.
office-studietoelagen-letter = You can also apply for the study grant on paper, with a form.
office-studietoelagen-in-person = Do you need help? Go to the OCMW, the Loket Onderwijs (education help desk) or the student service of the university college or university. The student must come along to give permission.

office-kinderopvang = Kind en Gezin (Opgroeien, the Flemish agency for young children and families)
office-kinderopvang-online = Apply for the income-related rate certificate in Mijn Kind en Gezin, on the Kind en Gezin website. You log in with your eID or itsme.
office-kinderopvang-phone = Call the Kind en Gezin line. They also help you there to apply for the certificate.
office-kinderopvang-in-person = Do you need help? Ask your childcare, the OCMW or the Lokaal Loket Kinderopvang (local childcare help desk).

## Parameters

param-groeipakket-startbedrag = Groeipakket: birth grant at a birth or adoption (once)
param-groeipakket-basisbedrag = Groeipakket: basic amount per child per month, for children born from 2019
param-groeipakket-sociale-toeslag-grens = Groeipakket, social supplement: income limit of the household per year (taxable income, last tax assessment notice)
param-groeipakket-sociale-toeslag-grens-groot-gezin = Groeipakket, social supplement: higher income limit per year for families with 3 or more children, of whom at least one was born from 2019
param-groeipakket-sociale-toeslag-1-2-kinderen = Groeipakket, social supplement per child per month, family with 1 or 2 children
param-groeipakket-sociale-toeslag-1-2-kinderen-middeninkomen = Groeipakket, social supplement per child per month, family with 1 or 2 children, middle income bracket
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen = Groeipakket, social supplement per child per month, family with more than 2 children
param-groeipakket-sociale-toeslag-meer-dan-2-kinderen-middeninkomen = Groeipakket, social supplement per child per month, family with more than 2 children, middle income bracket
param-kinderopvang-minimumtarief-ocmw = Childcare: minimum rate per day that the OCMW can allow

# Issue 13: Groeipakket zorgtoeslag and ondersteuningstoeslag
right-groeipakket-zorgtoeslag = Care supplement of the Groeipakket (zorgtoeslag)
right-groeipakket-zorgtoeslag-summary = The care supplement is extra money from the Groeipakket for a child with a disability or a long-term illness.
right-groeipakket-zorgtoeslag-counter = I would like to apply for a care supplement (zorgtoeslag) for my child.
right-groeipakket-zorgtoeslag-reason-already = Your child already gets a care supplement. Does your child's health change? Then ask the payer of your Groeipakket for a new assessment.
right-groeipakket-zorgtoeslag-reason-outside-flanders = You do not live in Flanders. The care supplement is part of the Flemish Groeipakket. Brussels and Wallonia have their own child benefit. Ask there.
right-groeipakket-zorgtoeslag-reason-no-children = No children live with you. The care supplement is for children.
right-groeipakket-zorgtoeslag-reason-request = Does a child in your household have a disability or a long-term illness? Then apply for the care supplement at the payer of your Groeipakket. A doctor of Opgroeien assesses your child. Give the details of your child's doctor.
right-groeipakket-zorgtoeslag-otherwise = You did not say that anyone in your household has a disability. Does a child have a disability or a long-term illness? Then apply for the care supplement at the payer of your Groeipakket.

right-groeipakket-ondersteuningstoeslag = Support supplement of the Groeipakket (ondersteuningstoeslag)
right-groeipakket-ondersteuningstoeslag-summary = The support supplement is extra money from the Groeipakket for a child with a care supplement of at least 12 points.
right-groeipakket-ondersteuningstoeslag-counter = I would like to check whether I get the support supplement (ondersteuningstoeslag) for my child.
right-groeipakket-ondersteuningstoeslag-if-missing = If you do not get the support supplement, ask the payer of your Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-outside-flanders = You do not live in Flanders. The support supplement is part of the Flemish Groeipakket.
right-groeipakket-ondersteuningstoeslag-reason-automatic = Your child gets a care supplement with at least 12 points. Then it also gets the support supplement. This happens automatically, through the payer of your Groeipakket. It is not a care budget from the zorgkas.
right-groeipakket-ondersteuningstoeslag-reason-fewer-points = Your child has fewer than 12 points for the care supplement. The support supplement is for children with at least 12 points. If your child gets more points later, it comes automatically.
right-groeipakket-ondersteuningstoeslag-otherwise = No one in your household gets a care supplement. The support supplement is for children with a care supplement of at least 12 points.

# Issue 13: schooltoeslag limits of 2020-21 as a lower bound
right-groeipakket-schooltoeslag-reason-automatic-income = Your child goes to school and your household income is below the limit for the school allowance. Then you get the school allowance automatically from the payer of your Groeipakket, between the end of August and December. You do not have to apply. Your child must go to school enough, though.
right-groeipakket-schooltoeslag-if-missing = Have you not had a school allowance by December? Ask the payer of your Groeipakket.
param-schooltoeslag-max-2-points = School allowance: highest income for a family with 2 points
param-schooltoeslag-max-3-points = School allowance: highest income for a family with 3 points
param-schooltoeslag-max-4-points = School allowance: highest income for a family with 4 points
param-schooltoeslag-max-5-points = School allowance: highest income for a family with 5 points
param-schooltoeslag-max-6-points = School allowance: highest income for a family with 6 points
param-studietoelage-max-3-points = Study grant for higher education: highest family income with 3 points
