# Questions: one per fact. question-<id> is the question, question-<id>-help one plain sentence
# that says why we ask or how to find the answer.

question-age = How old are you?
question-age-help = Some rights depend on your age.

question-region = Where do you live?
question-region-help = Choose the place where you usually live.

question-residence = What is your nationality or your residence status in Belgium?
question-residence-help = You can find this on your identity card or residence card.

question-partner = Do you live with a partner?
question-partner-help = A partner is your husband, your wife or the person you live with as a couple.

question-children = How many children live with you?
question-children-help = Count the children who live with you and whom you take care of.

question-other-adults = How many other adults live with you?
question-other-adults-help = Do not count your partner. Do count, for example, an adult child, a parent or a housemate.

question-income-monthly-net =
    { $partner ->
        [yes] How much money comes in every month, for you and your partner together?
        [no] How much money comes in every month?
       *[other] How much money comes in every month? Do you live with a partner? Then count your partner's money too.
    }
question-income-monthly-net-help = Count everything that comes into your bank account: wages, benefits and pension. Do not count the Groeipakket (child benefit) or maintenance paid for your children. An estimate is fine.

question-income-yearly-taxable =
    { $partner ->
        [yes] How much taxable income did you and your partner have together last year, in euros per year?
       *[other] How much taxable income did you have last year, in euros per year?
    }
question-income-yearly-taxable-help = You find this on the tax assessment notice (aanslagbiljet, the letter from the FPS Finance), at "gezamenlijk belastbaar inkomen" (total taxable income). For a couple there are two amounts: add them up. No tax assessment notice? Then choose "I don't know".

question-receives = Which of these benefits or rights do you or someone in your household already get?
question-receives-help = Choose everything that fits. You can find this on the letters from the service that pays you.

question-work = What do you do now?
question-work-help = Choose what fits you best.

question-education = Does someone in your household go to school? To which school?
question-education-help = Choose everything that fits. Some help for school depends on this.

question-housing = What kind of home do you live in?
question-housing-help = Choose what fits you best.

question-waitlist-years = For how many years have you been on the waiting list for a social home?
question-waitlist-years-help = If you are not on the waiting list, choose 0.

question-heating = How do you heat your home?
question-heating-help = You can find this on the bill for your heating.

question-disability = Do you or does someone in your household have a disability?
question-disability-help = A disability can be physical, intellectual or mental.

question-care-need = Do you or does someone in your household need a lot of help every day?
question-care-need-help = For example help with washing, getting dressed or eating.

question-debt = Do you have debts, or do you get help with your money?
question-debt-help = For example bills you could not pay on time, or help from a debt mediator.

question-legal-problem = Do you have a problem for which you may need a lawyer?
question-legal-problem-help = For example a conflict with your landlord or your employer, or a divorce.

question-childcare =
    { $children ->
        [1] Does your child go to childcare?
       *[other] Does a child of yours go to childcare?
    }
question-childcare-help = Childcare is for example a crèche (day nursery) or a childminder.

question-expecting-baby =
    { $partner ->
        [no] Are you pregnant?
       *[other] Are you or your partner pregnant?
    }
question-expecting-baby-help = Some rights already start before the birth.

# Questions added for issue 13
question-other-adults-are = Who are the other adults who live with you?
question-other-adults-are-help = Choose all that apply. For some help, the income of your parents or your children counts too.

question-children-ages = How old are the children who live with you?
question-children-ages-help = Choose all that apply. Some help is only for children under 18.

question-disability-recognition = What has been recognised for the disability?
question-disability-recognition-help = Choose all that apply. This is in the letter from the FPS Social Security, VAPH or the Groeipakket. Don't know? Then choose "I don't know".

question-recent-move = Have you moved in the last 9 months, or will you move soon? Why?
question-recent-move-help = For the rent subsidy (huursubsidie), the reason for the move matters.

question-savings =
    { $partner ->
        [yes] How much savings do you and your partner have together?
       *[other] How much savings do you have?
    }
question-savings-help = Count the money in your savings and current accounts, and also shares or funds. In euros. An estimate is fine.

question-prepaid-meter = Do you have a budget meter for gas or electricity?
question-prepaid-meter-help = With a budget meter you pay for your energy in advance. It is a digital meter with prepayment, usually from Fluvius.
