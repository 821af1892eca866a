//! The rule engine: each right's ordered granting rules over facts, dated parameters and other
//! rights' outcomes, evaluated three-valued (Kleene) into a status with the reasons and facts
//! that decided it. Pure: no I/O.

use serde::{Deserialize, Serialize};

use crate::content::{Content, Known, Rule};
use crate::model::answers::{Answers, Value};
use crate::model::cond::{Cond, Leaves, Num};
use crate::model::date::Date;
use crate::model::status::{Status, StatusSet, Tri};

/// Why a right got its status; worded for a person by the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// The right's rule with this index held (or, for `unknown`, might hold).
    Rule(usize),
    /// No rule held: the right's `otherwise` reason.
    Otherwise,
    /// Answers are missing; `Outcome::missing` lists them.
    MissingAnswers,
    /// A parameter has no value in force on the evaluation date.
    MissingParameter(usize),
    /// A limit that only rises is known only as a lower bound on the evaluation date (its last
    /// known value is past its `until`), and the answers fall where that matters.
    LimitNotKnown(usize),
    /// The answers leave several statuses open; `Outcome::possible` lists them.
    Possible,
    /// No rule of its own holds, but it follows once this right (index), which the person may
    /// be told to request, is granted: it is one of the rights that right opens.
    FollowsFrom(usize),
}

/// The outcome of one right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The status shown.
    pub status: Status,
    /// Every status the right could still get, given the missing answers.
    pub possible: StatusSet,
    /// The rule that decided it; `None` when no rule held or the answers do not decide it.
    pub decided_by: Option<usize>,
    /// Why, in order of importance.
    pub reasons: Vec<Reason>,
    /// The facts (fact indices) that decided the outcome.
    pub facts: Vec<usize>,
    /// The facts whose answers would decide an `unknown` outcome.
    pub missing: Vec<usize>,
}

/// The outcome of every right in the catalogue, indexed like `Content::rights`.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// The day the rules were applied for.
    pub date: Date,
    /// One outcome per right.
    pub outcomes: Vec<Outcome>,
}

impl Evaluation {
    /// The status of a right.
    pub fn status(&self, right: usize) -> Option<Status> {
        self.outcomes.get(right).map(|outcome| outcome.status)
    }
}

/// Which facts a condition read: the known ones that decided it, and the unknown ones.
#[derive(Debug, Default)]
struct Support {
    used: Vec<usize>,
    missing: Vec<usize>,
    missing_parameters: Vec<usize>,
    /// Limits known only as a lower bound that left a comparison undecided.
    unknown_limits: Vec<usize>,
}

impl Support {
    fn absorb(&mut self, other: Support) {
        self.used.extend(other.used);
        self.missing.extend(other.missing);
        self.missing_parameters.extend(other.missing_parameters);
        self.unknown_limits.extend(other.unknown_limits);
    }
}

/// What the engine knows of a parameter on the day of evaluation, in hundredths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamValue {
    /// The value in force.
    Known(i128),
    /// At least this: the last known value of a limit that only rises, past its `until`.
    AtLeast(i128),
    /// No value.
    Missing,
}

impl ParamValue {
    /// The value to reason with where one number is needed ("what would change it"): the value
    /// in force, or the last known one of a limit that only rises.
    pub fn last_known(self) -> Option<i128> {
        match self {
            ParamValue::Known(value) | ParamValue::AtLeast(value) => Some(value),
            ParamValue::Missing => None,
        }
    }
}

/// How many times its last known value a limit known only as a lower bound is taken to be at
/// most: far above any indexation, so that a comparison that holds (or fails) both at the last
/// known value and at this many times it is decided whatever the new value is.
pub const FAR_ABOVE: i128 = 10;

/// What is known of every parameter on the day of evaluation, in hundredths.
pub fn parameter_values(content: &Content, date: Date) -> Vec<ParamValue> {
    content
        .parameters
        .iter()
        .map(|parameter| match parameter.known_on(date) {
            Known::Value(value) => ParamValue::Known(i128::from(value.amount)),
            Known::AtLeast(value) => ParamValue::AtLeast(i128::from(value.amount)),
            Known::Unknown => ParamValue::Missing,
        })
        .collect()
}

struct Context<'a> {
    answers: &'a Answers,
    parameters: &'a [ParamValue],
    outcomes: Outcomes<'a>,
}

/// Other rights' outcomes, for `status(…)`: those evaluated so far, or a finished evaluation.
#[derive(Clone, Copy)]
enum Outcomes<'a> {
    /// During an evaluation: the rights evaluated so far.
    Evaluating(&'a [Option<Outcome>]),
    /// A finished evaluation.
    Done(&'a [Outcome]),
}

impl<'a> Outcomes<'a> {
    fn get(self, right: usize) -> Option<&'a Outcome> {
        match self {
            Outcomes::Evaluating(outcomes) => outcomes.get(right).and_then(Option::as_ref),
            Outcomes::Done(outcomes) => outcomes.get(right),
        }
    }
}

/// Whether a condition holds for these answers, three-valued, reading parameters as `evaluate`
/// does on the evaluation's day and other rights' outcomes from the evaluation (for a
/// question's `when`).
pub fn truth(content: &Content, cond: &Cond, answers: &Answers, evaluation: &Evaluation) -> Tri {
    let parameters = parameter_values(content, evaluation.date);
    let context = Context { answers, parameters: &parameters, outcomes: Outcomes::Done(&evaluation.outcomes) };
    eval_cond(cond, &context).0
}

/// Evaluates every right for one set of answers on one day.
pub fn evaluate(content: &Content, answers: &Answers, date: Date) -> Evaluation {
    let parameters = parameter_values(content, date);
    let mut outcomes: Vec<Option<Outcome>> = vec![None; content.rights.len()];
    for &index in &content.evaluation_order {
        let context = Context { answers, parameters: &parameters, outcomes: Outcomes::Evaluating(&outcomes) };
        let outcome = evaluate_right(&content.rights[index].rules, &context);
        outcomes[index] = Some(outcome);
    }
    debug_assert!(outcomes.iter().all(Option::is_some), "the evaluation order must cover every right");
    // The loader's topological sort (content/load/rights.rs) covers every right; a right it
    // missed would show as unknown rather than vanish.
    let mut outcomes: Vec<Outcome> = outcomes
        .into_iter()
        .map(|outcome| {
            outcome.unwrap_or(Outcome {
                status: Status::Unknown,
                possible: StatusSet::of(&[Status::Unknown]),
                decided_by: None,
                reasons: vec![Reason::MissingAnswers],
                facts: Vec::new(),
                missing: Vec::new(),
            })
        })
        .collect();
    follow_opened_rights(content, &mut outcomes);
    Evaluation { date, outcomes }
}

/// Whether a right may still turn out to be one the person requests or is offered: once it is
/// granted, the rights it opens follow.
fn may_be_granted(outcome: &Outcome) -> bool {
    outcome.possible.contains(Status::Request) || outcome.possible.contains(Status::Proactive)
}

/// After every right is evaluated: a right that no rule of its own grants (`unlikely`, decided
/// by no rule) but that a right the person may request opens is not unlikely. It follows once
/// that right is granted, so it becomes `unknown` between `automatic` and `unlikely`, with the
/// right it follows from as its reason, and no answer to ask for (the report words it as coming
/// automatically only when one of its own rules can make it so). Rights that follow open others
/// in turn (a chain); the loop ends within one pass per right.
fn follow_opened_rights(content: &Content, outcomes: &mut [Outcome]) {
    let count = outcomes.len().min(content.rights.len());
    let liftable: Vec<bool> =
        outcomes.iter().map(|outcome| outcome.status == Status::Unlikely && outcome.decided_by.is_none()).collect();
    let granted: Vec<bool> = outcomes.iter().map(may_be_granted).collect();
    let mut follows = vec![false; count];
    for _ in 0..count {
        let mut changed = false;
        for (right, definition) in content.rights.iter().enumerate().take(count) {
            if !(granted[right] || follows[right]) {
                continue;
            }
            for &opened in &definition.opens {
                if opened < count && liftable[opened] && !follows[opened] {
                    follows[opened] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    for right in (0..count).filter(|&right| follows[right]) {
        // Name the most likely right first: one decided to request or offered, then one that
        // might be, then one that follows itself; in catalogue order among equals.
        let rank = |from: usize| match outcomes[from].status {
            Status::Request | Status::Proactive => 0,
            _ if granted[from] => 1,
            _ => 2,
        };
        let from = (0..count)
            .filter(|&from| (granted[from] || follows[from]) && content.rights[from].opens.contains(&right))
            .min_by_key(|&from| (rank(from), from));
        let Some(from) = from else { continue };
        let mut facts = outcomes[right].facts.clone();
        facts.extend(outcomes[from].facts.iter().copied());
        sort_unique(&mut facts);
        outcomes[right] = Outcome {
            status: Status::Unknown,
            possible: StatusSet::of(&[Status::Automatic, Status::Unlikely]),
            decided_by: None,
            reasons: vec![Reason::FollowsFrom(from)],
            facts,
            missing: Vec::new(),
        };
    }
}

fn evaluate_right(rules: &[Rule], context: &Context) -> Outcome {
    let mut possible = StatusSet::default();
    let mut decided_by = None;
    let mut support = Support::default();
    let mut refuted = Vec::new();
    for (index, rule) in rules.iter().enumerate() {
        let (truth, rule_support) = eval_cond(&rule.when, context);
        match truth {
            Tri::Yes => {
                possible.insert(rule.status);
                decided_by = Some(index);
                support.absorb(rule_support);
                break;
            }
            Tri::Unknown => {
                possible.insert(rule.status);
                support.absorb(rule_support);
            }
            Tri::No => refuted.extend(rule_support.used),
        }
    }
    if decided_by.is_none() {
        possible.insert(Status::Unlikely);
    }
    let status = possible.single().unwrap_or(Status::Unknown);
    let mut reasons = Vec::new();
    let mut facts = support.used;
    let mut missing = Vec::new();
    if possible.single().is_some() {
        match decided_by {
            Some(index) => reasons.push(Reason::Rule(index)),
            None => {
                reasons.push(Reason::Otherwise);
                facts.extend(refuted);
            }
        }
    } else {
        missing = support.missing;
        sort_unique(&mut missing);
        if !missing.is_empty() {
            reasons.push(Reason::MissingAnswers);
        }
        sort_unique(&mut support.missing_parameters);
        reasons.extend(support.missing_parameters.iter().map(|&p| Reason::MissingParameter(p)));
        sort_unique(&mut support.unknown_limits);
        reasons.extend(support.unknown_limits.iter().map(|&p| Reason::LimitNotKnown(p)));
        // A rule's reason is worded as if it held, so it is not shown while it only might;
        // the statuses still possible are.
        reasons.push(Reason::Possible);
    }
    sort_unique(&mut facts);
    Outcome {
        status,
        possible,
        decided_by: decided_by.filter(|_| possible.single().is_some()),
        reasons,
        facts,
        missing,
    }
}

fn sort_unique(values: &mut Vec<usize>) {
    values.sort_unstable();
    values.dedup();
}

/// The engine's leaves: answers and parameter values, recording what was read. A limit known
/// only as a lower bound reads as its last known value, or, with `far_above`, as far above it;
/// either way it is noted in `bounded`.
struct Reading<'a, 'b> {
    context: &'a Context<'b>,
    support: &'a mut Support,
    far_above: bool,
    bounded: Vec<usize>,
}

impl Leaves for Reading<'_, '_> {
    fn fact(&mut self, fact: usize) -> Option<i128> {
        match self.context.answers.value(fact) {
            Some(Value::Integer(value)) => {
                self.support.used.push(fact);
                Some(i128::from(*value) * 100)
            }
            _ => {
                self.support.missing.push(fact);
                None
            }
        }
    }

    fn count(&mut self, fact: usize) -> Option<i128> {
        match count_of(self.context.answers, fact) {
            Some(value) => {
                self.support.used.push(fact);
                Some(value)
            }
            None => {
                self.support.missing.push(fact);
                None
            }
        }
    }

    fn param(&mut self, parameter: usize) -> Option<i128> {
        match self.context.parameters.get(parameter).copied().unwrap_or(ParamValue::Missing) {
            ParamValue::Known(value) => Some(value),
            ParamValue::AtLeast(value) => {
                self.bounded.push(parameter);
                Some(if self.far_above { value.saturating_mul(FAR_ABOVE) } else { value })
            }
            ParamValue::Missing => {
                self.support.missing_parameters.push(parameter);
                None
            }
        }
    }
}

/// `count(fact)` under these answers, in hundredths: 1/0 for yes/no, the number of values of a
/// set.
pub fn count_of(answers: &Answers, fact: usize) -> Option<i128> {
    match answers.value(fact) {
        Some(Value::YesNo(value)) => Some(if *value { 100 } else { 0 }),
        Some(Value::Set(values)) => Some(i128::from(values.count_ones()) * 100),
        _ => None,
    }
}

/// Leaves that only look (for "what would change it"): answers and parameters (a limit known
/// only as a lower bound at its last known value), nothing recorded.
pub struct Looking<'a> {
    /// The answers.
    pub answers: &'a Answers,
    /// What is known of the parameters on the day, in hundredths.
    pub parameters: &'a [ParamValue],
}

impl Leaves for Looking<'_> {
    fn fact(&mut self, fact: usize) -> Option<i128> {
        match self.answers.value(fact) {
            Some(Value::Integer(value)) => Some(i128::from(*value) * 100),
            _ => None,
        }
    }

    fn count(&mut self, fact: usize) -> Option<i128> {
        count_of(self.answers, fact)
    }

    fn param(&mut self, parameter: usize) -> Option<i128> {
        self.parameters.get(parameter).and_then(|value| value.last_known())
    }
}

/// Both sides of a comparison: their values, and the limits known only as a lower bound they
/// read.
fn eval_sides(
    left: &Num,
    right: &Num,
    context: &Context,
    support: &mut Support,
    far_above: bool,
) -> (Option<i128>, Option<i128>, Vec<usize>) {
    let mut reading = Reading { context, support, far_above, bounded: Vec::new() };
    let left = left.eval(&mut reading);
    let right = right.eval(&mut reading);
    (left, right, reading.bounded)
}

fn eval_cond(cond: &Cond, context: &Context) -> (Tri, Support) {
    match cond {
        Cond::Flag(fact) => match context.answers.value(*fact) {
            Some(Value::YesNo(value)) => (Tri::from_bool(*value), used(*fact)),
            _ => (Tri::Unknown, missing(*fact)),
        },
        Cond::Not(inner) => {
            let (truth, support) = eval_cond(inner, context);
            (!truth, support)
        }
        Cond::All(parts) => combine(parts, context, Tri::and, Tri::No),
        Cond::Any(parts) => combine(parts, context, Tri::or, Tri::Yes),
        Cond::Compare(left, op, right) => {
            let mut support = Support::default();
            let holds = |values: (Option<i128>, Option<i128>)| match values {
                (Some(l), Some(r)) => Tri::from_bool(op.holds(l, r)),
                _ => Tri::Unknown,
            };
            let (l, r, bounded) = eval_sides(left, right, context, &mut support, false);
            let mut truth = holds((l, r));
            // A limit known only as a lower bound: the loader lets it be used only where a
            // higher value can move the comparison one way (content::resolve), so if it holds
            // (or fails) both at the last known value and far above it, it does for every value
            // in between; else the new limit decides, which is not known yet.
            if !bounded.is_empty() && truth != Tri::Unknown {
                let (l, r, _) = eval_sides(left, right, context, &mut Support::default(), true);
                if holds((l, r)) != truth {
                    truth = Tri::Unknown;
                    support.unknown_limits = bounded;
                }
            }
            (truth, support)
        }
        Cond::ChoiceIn(fact, mask) => match context.answers.value(*fact) {
            Some(Value::Choice(index)) => {
                (Tri::from_bool(mask & crate::model::cond::value_bit(usize::from(*index)) != 0), used(*fact))
            }
            _ => (Tri::Unknown, missing(*fact)),
        },
        Cond::SetHasAny(fact, mask) => match context.answers.value(*fact) {
            Some(Value::Set(values)) => (Tri::from_bool(mask & values != 0), used(*fact)),
            _ => (Tri::Unknown, missing(*fact)),
        },
        Cond::StatusIn(right, wanted) => {
            let Some(outcome) = context.outcomes.get(*right) else {
                return (Tri::Unknown, Support::default());
            };
            let possible = outcome.possible;
            // A right that needs a person's judgement could still turn out any way.
            let truth = if possible.contains(Status::Unknown) && !wanted.contains(Status::Unknown) {
                Tri::Unknown
            } else if possible.is_subset_of(*wanted) {
                Tri::Yes
            } else if !possible.meets(*wanted) {
                Tri::No
            } else {
                Tri::Unknown
            };
            let support = match truth {
                // A limit not known yet that leaves the other right open leaves this one open
                // too: its reason travels along.
                Tri::Unknown => Support {
                    used: outcome.facts.clone(),
                    missing: outcome.missing.clone(),
                    missing_parameters: Vec::new(),
                    unknown_limits: outcome
                        .reasons
                        .iter()
                        .filter_map(|reason| match reason {
                            Reason::LimitNotKnown(parameter) => Some(*parameter),
                            _ => None,
                        })
                        .collect(),
                },
                Tri::Yes | Tri::No => Support { used: outcome.facts.clone(), ..Support::default() },
            };
            (truth, support)
        }
    }
}

/// `All` folds its parts with Kleene `and`, `Any` with `or`; both stop at the first part that
/// decides the whole (`decisive`: `No` for `and`, `Yes` for `or`). The support is that of the
/// parts that decided the result: the decisive part alone, or every part when undecided.
fn combine(parts: &[Cond], context: &Context, fold: fn(Tri, Tri) -> Tri, decisive: Tri) -> (Tri, Support) {
    let mut truth = !decisive;
    let mut undecided = Support::default();
    let mut settled = Support::default();
    for part in parts {
        let (part_truth, support) = eval_cond(part, context);
        truth = fold(truth, part_truth);
        if truth == decisive {
            return (decisive, support);
        }
        if part_truth == Tri::Unknown {
            undecided.absorb(support);
        } else {
            settled.absorb(support);
        }
    }
    if truth == Tri::Unknown {
        undecided.used.extend(settled.used);
        (Tri::Unknown, undecided)
    } else {
        (truth, settled)
    }
}

fn used(fact: usize) -> Support {
    Support { used: vec![fact], ..Support::default() }
}

fn missing(fact: usize) -> Support {
    Support { missing: vec![fact], ..Support::default() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer;

    const ALL_TRI: [Tri; 3] = [Tri::No, Tri::Unknown, Tri::Yes];

    #[test]
    fn kleene_truth_tables() {
        use Tri::*;
        let and = [[No, No, No], [No, Unknown, Unknown], [No, Unknown, Yes]];
        let or = [[No, Unknown, Yes], [Unknown, Unknown, Yes], [Yes, Yes, Yes]];
        for (i, a) in ALL_TRI.into_iter().enumerate() {
            for (j, b) in ALL_TRI.into_iter().enumerate() {
                assert_eq!(a.and(b), and[i][j], "{a:?} and {b:?}");
                assert_eq!(a.or(b), or[i][j], "{a:?} or {b:?}");
                // De Morgan holds in Kleene logic too.
                assert_eq!(!a.and(b), (!a).or(!b));
            }
        }
        assert_eq!([!No, !Unknown, !Yes], [Yes, Unknown, No]);
    }

    /// Three yes/no facts, each answered yes, no or not at all: `All` and `Any` in the engine
    /// agree with the truth tables for every combination (the code that decides statuses, not
    /// only `Tri::and`/`Tri::or`).
    #[test]
    fn the_engine_combines_conditions_by_the_kleene_tables() {
        let values = [Some(false), None, Some(true)];
        let truth = |value: Option<bool>| value.map_or(Tri::Unknown, Tri::from_bool);
        let parameters: Vec<ParamValue> = Vec::new();
        for a in values {
            for b in values {
                for c in values {
                    let mut answers = Answers::new(3);
                    for (fact, value) in [a, b, c].into_iter().enumerate() {
                        if let Some(value) = value {
                            answers.set(fact, Answer::Known(Value::YesNo(value)));
                        }
                    }
                    let context =
                        Context { answers: &answers, parameters: &parameters, outcomes: Outcomes::Evaluating(&[]) };
                    let flags = || vec![Cond::Flag(0), Cond::Flag(1), Cond::Flag(2)];
                    let expected_all = truth(a).and(truth(b)).and(truth(c));
                    let expected_any = truth(a).or(truth(b)).or(truth(c));
                    assert_eq!(eval_cond(&Cond::All(flags()), &context).0, expected_all, "{a:?} {b:?} {c:?}");
                    assert_eq!(eval_cond(&Cond::Any(flags()), &context).0, expected_any, "{a:?} {b:?} {c:?}");
                    let negated = Cond::Not(Box::new(Cond::All(flags())));
                    assert_eq!(eval_cond(&negated, &context).0, !expected_all);
                }
            }
        }
    }

    #[test]
    fn an_undecided_combination_names_every_missing_fact_and_a_decided_one_only_its_cause() {
        let parameters: Vec<ParamValue> = Vec::new();
        let mut answers = Answers::new(3);
        answers.set(0, Answer::Known(Value::YesNo(true)));
        let context = Context { answers: &answers, parameters: &parameters, outcomes: Outcomes::Evaluating(&[]) };
        let (truth, support) = eval_cond(&Cond::All(vec![Cond::Flag(0), Cond::Flag(1), Cond::Flag(2)]), &context);
        assert_eq!(truth, Tri::Unknown);
        assert_eq!(support.missing, vec![1, 2]);
        assert_eq!(support.used, vec![0]);
        answers.set(2, Answer::Known(Value::YesNo(false)));
        let context = Context { answers: &answers, parameters: &parameters, outcomes: Outcomes::Evaluating(&[]) };
        let (truth, support) = eval_cond(&Cond::All(vec![Cond::Flag(0), Cond::Flag(1), Cond::Flag(2)]), &context);
        assert_eq!(truth, Tri::No);
        assert_eq!((support.used, support.missing), (vec![2], Vec::new()));
    }
}
