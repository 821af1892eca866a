# Training personas: a short story for each example household (content/scenarios), for workshops.
# Every name is made up.

scenario-alleenstaande-met-leefloon-stookolie-story = Maria is 45 and lives alone in a rented house. For the last six months she has been getting a leefloon (basic income) from the OCMW (public social welfare centre). She heats her home with heating oil. What does she get automatically, and what must she ask for herself?
scenario-gepensioneerde-met-igo-stookolie-story = Jeanne is 78 and a widow. She lives alone in her own house and gets a small pension with an income guarantee for older people (IGO). She heats her home with heating oil.
scenario-alleenstaande-moeder-twee-kinderen-met-job-story = Sara is 38 and is raising two children on her own. She works, rents a house from a private landlord and heats it with heating oil. The children go to nursery school and primary school.
scenario-zonder-wettig-verblijf-story = Amina is 40. She has no legal right to stay in Belgium and no income. She is staying with friends and needs help from a lawyer.
scenario-vreemdelingenregister-alleenstaande-zonder-inkomen-story = Oleg is 29 and is registered in the foreigners' register. He has no income and is looking for work. He rents a small studio flat with electric heating.
scenario-b-wachtlijst-vijf-jaar-prive-huur-story = Rik is 45 and has a job. He rents from a private landlord and has been on the waiting list for social housing for five years.
scenario-a-koppel-collectieve-schuldenregeling-story = Tom and Leen are around 40 and have two children. They are in a collective debt settlement (a court procedure). Only Tom earns a wage. A creditor has taken them to court.
scenario-c-student-op-kot-story = Lina is 20 and studies at the university in Ghent. She lives in a student room (a "kot") and has a student job. She answers the questions herself.
