//! The rule engine: typed conditions over facts, dated parameters and other rights' outcomes,
//! evaluated three-valued (Kleene) into a status with the reasons that decided it. Pure: no I/O.

pub mod expr;

use std::fmt;

use crate::answers::{Answers, Value};
use crate::content::Content;
use crate::date::Date;
pub use expr::{ArithOp, CompareOp};

/// Three-valued truth: a condition that needs a missing answer is `Unknown` unless the known
/// answers already decide it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tri {
    /// Certainly false.
    No,
    /// Depends on something we do not know.
    Unknown,
    /// Certainly true.
    Yes,
}

impl std::ops::Not for Tri {
    type Output = Tri;

    /// Kleene negation.
    fn not(self) -> Tri {
        match self {
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
            Tri::Yes => Tri::No,
        }
    }
}

impl Tri {
    /// Kleene conjunction.
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }

    /// Kleene disjunction.
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }

    fn from_bool(value: bool) -> Tri {
        if value { Tri::Yes } else { Tri::No }
    }
}

/// What the program says about one right for one household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// The household already receives it.
    Already,
    /// It comes without a request.
    Automatic,
    /// An authority will contact the household; they confirm or sign.
    Proactive,
    /// The household has to apply.
    Request,
    /// Not likely, given the answers.
    Unlikely,
    /// An answer is missing, or a person must judge (the OCMW decides in a conversation).
    Unknown,
}

impl Status {
    /// Every status, in the order results are grouped.
    pub const ALL: [Status; 6] =
        [Status::Automatic, Status::Proactive, Status::Request, Status::Already, Status::Unknown, Status::Unlikely];

    /// The id used in content, answers, scenarios and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Status::Already => "already",
            Status::Automatic => "automatic",
            Status::Proactive => "proactive",
            Status::Request => "request",
            Status::Unlikely => "unlikely",
            Status::Unknown => "unknown",
        }
    }

    /// The status with this id.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.id() == id)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A set of statuses: what a right's outcome may still turn out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct StatusSet(u8);

impl StatusSet {
    /// The set of the given statuses.
    pub fn of(statuses: &[Status]) -> StatusSet {
        StatusSet(statuses.iter().fold(0, |bits, status| bits | status.bit()))
    }

    /// Adds a status.
    pub fn insert(&mut self, status: Status) {
        self.0 |= status.bit();
    }

    /// Whether the status is in the set.
    pub fn contains(self, status: Status) -> bool {
        self.0 & status.bit() != 0
    }

    /// The one status in the set, if there is exactly one.
    pub fn single(self) -> Option<Status> {
        let mut members = Status::ALL.into_iter().filter(|status| self.contains(*status));
        match (members.next(), members.next()) {
            (Some(status), None) => Some(status),
            _ => None,
        }
    }

    /// The statuses in the set, in grouping order.
    pub fn iter(self) -> impl Iterator<Item = Status> {
        Status::ALL.into_iter().filter(move |status| self.contains(*status))
    }

    fn is_subset_of(self, other: StatusSet) -> bool {
        self.0 & !other.0 == 0
    }

    fn meets(self, other: StatusSet) -> bool {
        self.0 & other.0 != 0
    }
}

/// A resolved, type-checked condition. Indices point into `Content`'s tables.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// A yes/no fact.
    Flag(usize),
    /// The opposite.
    Not(Box<Cond>),
    /// All must hold.
    All(Vec<Cond>),
    /// At least one must hold.
    Any(Vec<Cond>),
    /// A comparison of two numbers.
    Compare(Num, CompareOp, Num),
    /// A choice fact is one of the values (bit mask of value indices).
    ChoiceIn(usize, u64),
    /// A set fact contains at least one of the values (bit mask of value indices).
    SetHasAny(usize, u64),
    /// Another right's outcome is one of the statuses.
    StatusIn(usize, StatusSet),
}

/// A resolved number expression, in hundredths (cents).
#[derive(Debug, Clone, PartialEq)]
pub enum Num {
    /// An integer fact.
    Fact(usize),
    /// 1/0 for a yes/no fact; the number of values of a set fact.
    Count(usize),
    /// A dated parameter.
    Param(usize),
    /// A literal.
    Const(i128),
    /// Arithmetic.
    Arith(ArithOp, Box<Num>, Box<Num>),
}

/// Why a right got its status; worded for a person by the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The right's rule with this index held (or, for `unknown`, might hold).
    Rule(usize),
    /// No rule held: the right's `otherwise` reason.
    Otherwise,
    /// Answers are missing; `Outcome::missing` lists them.
    MissingAnswers,
    /// A parameter has no value in force on the evaluation date.
    MissingParameter(usize),
    /// The answers leave several statuses open; `Outcome::possible` lists them.
    Possible,
}

/// The outcome of one right.
#[derive(Debug, Clone, PartialEq)]
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

/// Which facts a condition read: the known ones that decided it, and the unknown ones.
#[derive(Debug, Default)]
struct Support {
    used: Vec<usize>,
    missing: Vec<usize>,
    missing_parameters: Vec<usize>,
}

impl Support {
    fn absorb(&mut self, other: Support) {
        self.used.extend(other.used);
        self.missing.extend(other.missing);
        self.missing_parameters.extend(other.missing_parameters);
    }
}

struct Context<'a> {
    answers: &'a Answers,
    parameters: &'a [Option<i128>],
    outcomes: &'a [Option<Outcome>],
}

/// Evaluates every right for one set of answers on one day.
pub fn evaluate(content: &Content, answers: &Answers, date: Date) -> Evaluation {
    let parameters: Vec<Option<i128>> = content
        .parameters
        .iter()
        .map(|parameter| parameter.value_on(date).map(|value| i128::from(value.amount)))
        .collect();
    let mut outcomes: Vec<Option<Outcome>> = vec![None; content.rights.len()];
    for &index in &content.evaluation_order {
        let context = Context { answers, parameters: &parameters, outcomes: &outcomes };
        let outcome = evaluate_right(&content.rights[index].rules, &context);
        outcomes[index] = Some(outcome);
    }
    // The evaluation order covers every right (content::resolve proves it); a right it missed
    // would show as unknown rather than vanish.
    let outcomes = outcomes
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
    Evaluation { date, outcomes }
}

fn evaluate_right(rules: &[crate::content::Rule], context: &Context) -> Outcome {
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
        Cond::All(parts) => combine(parts, context, Tri::No),
        Cond::Any(parts) => combine(parts, context, Tri::Yes),
        Cond::Compare(left, op, right) => {
            let mut support = Support::default();
            let left = eval_num(left, context, &mut support);
            let right = eval_num(right, context, &mut support);
            let truth = match (left, right) {
                (Some(l), Some(r)) => Tri::from_bool(match op {
                    CompareOp::Less => l < r,
                    CompareOp::LessEqual => l <= r,
                    CompareOp::Greater => l > r,
                    CompareOp::GreaterEqual => l >= r,
                    CompareOp::Equal => l == r,
                    CompareOp::NotEqual => l != r,
                }),
                _ => Tri::Unknown,
            };
            (truth, support)
        }
        Cond::ChoiceIn(fact, mask) => match context.answers.value(*fact) {
            Some(Value::Choice(index)) => (Tri::from_bool(mask & value_bit(usize::from(*index)) != 0), used(*fact)),
            _ => (Tri::Unknown, missing(*fact)),
        },
        Cond::SetHasAny(fact, mask) => match context.answers.value(*fact) {
            Some(Value::Set(values)) => (Tri::from_bool(mask & values != 0), used(*fact)),
            _ => (Tri::Unknown, missing(*fact)),
        },
        Cond::StatusIn(right, wanted) => {
            let Some(Some(outcome)) = context.outcomes.get(*right) else {
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
                Tri::Unknown => Support {
                    used: outcome.facts.clone(),
                    missing: outcome.missing.clone(),
                    missing_parameters: Vec::new(),
                },
                Tri::Yes | Tri::No => Support { used: outcome.facts.clone(), ..Support::default() },
            };
            (truth, support)
        }
    }
}

/// `All` stops at the first `No`, `Any` at the first `Yes` (`decisive`); the support is that
/// of the parts that decided the result.
fn combine(parts: &[Cond], context: &Context, decisive: Tri) -> (Tri, Support) {
    let mut undecided = Support::default();
    let mut settled = Support::default();
    let mut any_unknown = false;
    for part in parts {
        let (truth, support) = eval_cond(part, context);
        if truth == decisive {
            return (decisive, support);
        }
        if truth == Tri::Unknown {
            any_unknown = true;
            undecided.absorb(support);
        } else {
            settled.absorb(support);
        }
    }
    if any_unknown {
        undecided.used.extend(settled.used);
        (Tri::Unknown, undecided)
    } else {
        (!decisive, settled)
    }
}

fn eval_num(num: &Num, context: &Context, support: &mut Support) -> Option<i128> {
    match num {
        Num::Const(value) => Some(*value),
        Num::Fact(fact) => match context.answers.value(*fact) {
            Some(Value::Integer(value)) => {
                support.used.push(*fact);
                Some(i128::from(*value) * 100)
            }
            _ => {
                support.missing.push(*fact);
                None
            }
        },
        Num::Count(fact) => match context.answers.value(*fact) {
            Some(Value::YesNo(value)) => {
                support.used.push(*fact);
                Some(if *value { 100 } else { 0 })
            }
            Some(Value::Set(values)) => {
                support.used.push(*fact);
                Some(i128::from(values.count_ones()) * 100)
            }
            _ => {
                support.missing.push(*fact);
                None
            }
        },
        Num::Param(parameter) => {
            let value = context.parameters.get(*parameter).copied().flatten();
            if value.is_none() {
                support.missing_parameters.push(*parameter);
            }
            value
        }
        Num::Arith(op, left, right) => {
            let left = eval_num(left, context, support);
            let right = eval_num(right, context, support);
            let (left, right) = (left?, right?);
            Some(match op {
                ArithOp::Add => left.saturating_add(right),
                ArithOp::Sub => left.saturating_sub(right),
                ArithOp::Mul => left.saturating_mul(right) / 100,
            })
        }
    }
}

/// The parameters (indices) a condition reads, in order of first use, without repeats.
pub fn parameters_of(cond: &Cond) -> Vec<usize> {
    fn walk_num(num: &Num, out: &mut Vec<usize>) {
        match num {
            Num::Param(index) if !out.contains(index) => out.push(*index),
            Num::Arith(_, left, right) => {
                walk_num(left, out);
                walk_num(right, out);
            }
            Num::Param(_) | Num::Fact(_) | Num::Count(_) | Num::Const(_) => {}
        }
    }
    fn walk(cond: &Cond, out: &mut Vec<usize>) {
        match cond {
            Cond::Not(inner) => walk(inner, out),
            Cond::All(parts) | Cond::Any(parts) => parts.iter().for_each(|part| walk(part, out)),
            Cond::Compare(left, _, right) => {
                walk_num(left, out);
                walk_num(right, out);
            }
            Cond::Flag(_) | Cond::ChoiceIn(..) | Cond::SetHasAny(..) | Cond::StatusIn(..) => {}
        }
    }
    let mut out = Vec::new();
    walk(cond, &mut out);
    out
}

/// The bit of a choice or set value in a mask; values past 64 (refused by `check`) have none.
pub fn value_bit(index: usize) -> u64 {
    u32::try_from(index).ok().and_then(|shift| 1u64.checked_shl(shift)).unwrap_or(0)
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

    #[test]
    fn status_sets() {
        let set = StatusSet::of(&[Status::Request]);
        assert_eq!(set.single(), Some(Status::Request));
        let mut two = set;
        two.insert(Status::Unlikely);
        assert_eq!(two.single(), None);
        assert!(set.is_subset_of(two) && !two.is_subset_of(set));
        assert_eq!(two.iter().collect::<Vec<_>>(), vec![Status::Request, Status::Unlikely]);
        for status in Status::ALL {
            assert_eq!(Status::from_id(status.id()), Some(status));
        }
    }
}
