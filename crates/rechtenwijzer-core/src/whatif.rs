//! What would change an outcome: the smallest change of answers that turns an `unlikely` or
//! `unknown` right into one to request, offered, or automatic — found by the engine, trying the
//! values the rules themselves name (every number and amount in the catalogue, every choice).

use serde::Serialize;

use crate::content::{Changes, Content, FactKind};
use crate::model::answers::{Answer, Answers, Value};
use crate::model::cond::{ArithOp, Cond, Num, value_bit};
use crate::model::date::Date;
use crate::model::status::Status;
use crate::rules::{self, Looking, ParamValue};

/// One changed answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Change {
    /// A number at most this ("if the taxable income were at most € 25.630").
    AtMost(usize, i64),
    /// A number at least this ("after 4 years on the waiting list").
    AtLeast(usize, i64),
    /// A choice or yes/no answer that would be this value.
    Is(usize, Value),
    /// A set that would also hold this value (index into its values).
    Adds(usize, usize),
    /// A set that would no longer hold this value.
    Drops(usize, usize),
}

impl Change {
    /// The fact the change is about.
    pub fn fact(self) -> usize {
        match self {
            Change::AtMost(fact, _)
            | Change::AtLeast(fact, _)
            | Change::Is(fact, _)
            | Change::Adds(fact, _)
            | Change::Drops(fact, _) => fact,
        }
    }
}

/// The statuses that count as "the right comes within reach" (already receiving it is no
/// change the person can make).
fn reached(status: Status) -> bool {
    matches!(status, Status::Automatic | Status::Proactive | Status::Request)
}

/// The smallest change that brings `right` within reach: one changed answer if one is enough,
/// else two; `None` when no such change exists among the values the rules name.
pub fn smallest_change(content: &Content, answers: &Answers, date: Date, right: usize) -> Option<Vec<Change>> {
    let bounds = thresholds(content, answers, date);
    let now = rules::evaluate(content, answers, date);
    let candidates: Vec<Vec<(Answers, Change)>> = (0..content.facts.len())
        .map(|fact| {
            let mut options = candidates(content, answers, fact, &bounds[fact]);
            options.retain(|(_, change)| proposable(content, answers, &now, *change));
            options
        })
        .collect();
    let status_with = |answers: &Answers| rules::evaluate(content, answers, date).outcomes.get(right).map(|o| o.status);
    let outcome = now.outcomes.get(right).cloned()?;
    if reached(outcome.status) {
        return None;
    }
    // One answer changed: for numbers, the bound closest to the present answer.
    let mut best: Option<(Change, f64)> = None;
    for options in &candidates {
        for (changed, change) in options {
            if status_with(changed).is_some_and(reached) {
                let distance = distance(content, answers, &now, *change);
                if best.is_none_or(|(_, d)| distance < d) {
                    best = Some((*change, distance));
                }
            }
        }
    }
    if let Some((change, _)) = best {
        return Some(vec![widest(content, answers, date, right, change, &candidates)]);
    }
    // Two answers changed, among the facts this right reads — only when every answer it needs
    // is given: with answers missing, answering them is the change (the reasons name them), and
    // searching pairs over unknowns costs a noticeable pause for nothing.
    if !outcome.missing.is_empty() {
        return None;
    }
    let mut read: Vec<usize> = outcome.facts.iter().chain(&outcome.missing).copied().collect();
    read.extend(facts_of_right(content, right));
    read.sort_unstable();
    read.dedup();
    for (position, &first) in read.iter().enumerate() {
        for &second in &read[position + 1..] {
            for (changed, change) in &candidates[first] {
                for (_, other) in &candidates[second] {
                    let mut both = changed.clone();
                    apply(&mut both, *other);
                    if status_with(&both).is_some_and(reached) {
                        // Name each bound at its limit, given the other change.
                        let mut with_other = answers.clone();
                        apply(&mut with_other, *other);
                        let first_change = widest(content, &with_other, date, right, *change, &candidates);
                        let mut with_first = answers.clone();
                        apply(&mut with_first, first_change);
                        let second_change = widest(content, &with_first, date, right, *other, &candidates);
                        return Some(vec![first_change, second_change]);
                    }
                }
            }
        }
    }
    None
}

/// For a number bound, the loosest bound that still works (the threshold itself), so the
/// sentence names the limit rather than one value that happens to pass.
fn widest(
    content: &Content,
    answers: &Answers,
    date: Date,
    right: usize,
    change: Change,
    candidates: &[Vec<(Answers, Change)>],
) -> Change {
    let works = |candidate: Change| {
        let mut changed = answers.clone();
        apply(&mut changed, candidate);
        rules::evaluate(content, &changed, date).outcomes.get(right).is_some_and(|o| reached(o.status))
    };
    match change {
        Change::AtMost(fact, _) | Change::AtLeast(fact, _) => {
            let passing: Vec<i64> = candidates[fact]
                .iter()
                .filter_map(|(_, c)| match c {
                    Change::AtMost(_, v) | Change::AtLeast(_, v) => Some(*v),
                    _ => None,
                })
                .filter(|v| works(Change::AtMost(fact, *v)))
                .collect();
            match change {
                Change::AtMost(..) => passing.iter().max().map_or(change, |v| Change::AtMost(fact, *v)),
                _ => passing.iter().min().map_or(change, |v| Change::AtLeast(fact, *v)),
            }
        }
        other => other,
    }
}

/// Whether a social worker could propose this change: not one the facts say cannot happen
/// (a younger age, another nationality, a partner, becoming homeless), and, where a value of
/// a set names a right ("also receives the IGO"), only a right the person may get now —
/// requesting it is the route — and never giving one up.
fn proposable(content: &Content, answers: &Answers, now: &rules::Evaluation, change: Change) -> bool {
    let fact = &content.facts[change.fact()];
    let answered = answers.value(change.fact()).is_some();
    let allowed_by_life = match fact.changes {
        Changes::Any => true,
        // An unanswered fact: answering it is no change of life.
        Changes::Fixed => !answered,
        Changes::Grows => !answered || matches!(change, Change::AtLeast(..)),
    };
    allowed_by_life
        && match change {
            Change::Is(_, Value::Choice(index)) => fact.never_proposed & value_bit(usize::from(index)) == 0,
            Change::Adds(_, index) => {
                fact.never_proposed & value_bit(index) == 0
                    && named_right(content, change).is_none_or(|right| reached(now.outcomes[right].status))
            }
            Change::Drops(..) => named_right(content, change).is_none(),
            Change::AtMost(..) | Change::AtLeast(..) | Change::Is(..) => true,
        }
}

/// The right a set value added or dropped by `change` names ("receives: also the IGO").
fn named_right(content: &Content, change: Change) -> Option<usize> {
    let (Change::Adds(fact, index) | Change::Drops(fact, index)) = change else { return None };
    match &content.facts[fact].kind {
        FactKind::Set(values) => values.get(index).and_then(|value| content.right_index(value)),
        FactKind::Choice(_) | FactKind::Integer { .. } | FactKind::YesNo => None,
    }
}

/// How big a change is for the person: a number moved by a small part of itself is smaller
/// than a different situation (a partner, another region), which counts as a whole step;
/// asking for a right within reach is the route a social worker takes first.
#[allow(clippy::cast_precision_loss)] // a ratio to rank changes: a rounded float ranks the same
fn distance(content: &Content, answers: &Answers, now: &rules::Evaluation, change: Change) -> f64 {
    match change {
        Change::AtMost(fact, value) | Change::AtLeast(fact, value) => match answers.value(fact) {
            Some(Value::Integer(current)) => (current - value).abs() as f64 / (current.abs().max(1) as f64),
            // An unanswered number: answering it is half a step.
            _ => 0.5,
        },
        Change::Adds(..) => {
            if named_right(content, change).is_some_and(|right| reached(now.outcomes[right].status)) {
                0.25
            } else {
                1.0
            }
        }
        Change::Is(..) | Change::Drops(..) => 1.0,
    }
}

fn apply(answers: &mut Answers, change: Change) {
    let value = match change {
        Change::AtMost(_, v) | Change::AtLeast(_, v) => Value::Integer(v),
        Change::Is(_, value) => value,
        Change::Adds(fact, index) | Change::Drops(fact, index) => {
            let current = match answers.value(fact) {
                Some(Value::Set(mask)) => *mask,
                _ => 0,
            };
            let bit = value_bit(index);
            Value::Set(if matches!(change, Change::Adds(..)) { current | bit } else { current & !bit })
        }
    };
    answers.set(change.fact(), Answer::Known(value));
}

/// Every answer a fact could be changed to, with the change it stands for.
fn candidates(content: &Content, answers: &Answers, fact: usize, numbers: &[i64]) -> Vec<(Answers, Change)> {
    let changed = |value: Value| {
        let mut changed = answers.clone();
        changed.set(fact, Answer::Known(value));
        changed
    };
    let current = answers.value(fact).copied();
    match &content.facts[fact].kind {
        FactKind::YesNo => [true, false]
            .into_iter()
            .filter(|v| current != Some(Value::YesNo(*v)))
            .map(|v| (changed(Value::YesNo(v)), Change::Is(fact, Value::YesNo(v))))
            .collect(),
        FactKind::Choice(values) => (0..values.len())
            .filter_map(|index| u8::try_from(index).ok())
            .filter(|index| current != Some(Value::Choice(*index)))
            .map(|index| (changed(Value::Choice(index)), Change::Is(fact, Value::Choice(index))))
            .collect(),
        FactKind::Set(values) => {
            let mask = match current {
                Some(Value::Set(mask)) => mask,
                _ => 0,
            };
            (0..values.len())
                .map(|index| {
                    let bit = value_bit(index);
                    if mask & bit == 0 {
                        (changed(Value::Set(mask | bit)), Change::Adds(fact, index))
                    } else {
                        (changed(Value::Set(mask & !bit)), Change::Drops(fact, index))
                    }
                })
                .collect()
        }
        FactKind::Integer { min, max } => {
            let low = min.unwrap_or(0);
            let high = max.unwrap_or(i64::MAX);
            let present = match current {
                Some(Value::Integer(value)) => Some(value),
                _ => None,
            };
            let mut values: Vec<i64> =
                numbers.iter().copied().chain([low, 0, 1]).filter(|v| *v >= low && *v <= high).collect();
            values.sort_unstable();
            values.dedup();
            values
                .into_iter()
                .filter(|v| Some(*v) != present)
                .map(|v| {
                    let change = match present {
                        Some(p) if v > p => Change::AtLeast(fact, v),
                        Some(_) => Change::AtMost(fact, v),
                        // Unanswered: a number below the rules' bounds reads as "at most".
                        None => Change::AtMost(fact, v),
                    };
                    (changed(Value::Integer(v)), change)
                })
                .collect()
        }
    }
}

/// For every integer fact, the bounds the rules compare it with, solved for that fact under
/// the present answers (`income-monthly-net * 12 <= param(vt) + param(extra) * children` gives
/// the monthly income that just passes), in whole units, as in force on `date` (a limit known
/// only as a lower bound at its last known value).
fn thresholds(content: &Content, answers: &Answers, date: Date) -> Vec<Vec<i64>> {
    let parameters = rules::parameter_values(content, date);
    let mut out = vec![Vec::new(); content.facts.len()];
    for right in &content.rights {
        for rule in &right.rules {
            solve(&rule.when, answers, &parameters, &mut out);
        }
    }
    for bounds in &mut out {
        bounds.sort_unstable();
        bounds.dedup();
    }
    out
}

fn solve(cond: &Cond, answers: &Answers, parameters: &[ParamValue], out: &mut [Vec<i64>]) {
    match cond {
        Cond::Compare(left, _, right) => {
            for (side, other) in [(left, right), (right, left)] {
                let Some((fact, scale)) = linear_fact(side) else { continue };
                let Some(bound) = other.eval(&mut Looking { answers, parameters }) else { continue };
                if scale == 0 {
                    continue;
                }
                // Both in hundredths: the fact's whole units are bound / scale.
                let whole = bound / scale;
                if let (Some(slot), Ok(whole)) = (out.get_mut(fact), i64::try_from(whole)) {
                    slot.extend([whole - 1, whole, whole + 1]);
                }
            }
        }
        Cond::Not(inner) => solve(inner, answers, parameters, out),
        Cond::All(parts) | Cond::Any(parts) => parts.iter().for_each(|part| solve(part, answers, parameters, out)),
        Cond::Flag(_) | Cond::ChoiceIn(..) | Cond::SetHasAny(..) | Cond::StatusIn(..) => {}
    }
}

/// `fact` or `fact * k` (k a constant): the fact and k in hundredths (`fact` alone is 100).
fn linear_fact(num: &Num) -> Option<(usize, i128)> {
    match num {
        Num::Fact(fact) => Some((*fact, 100)),
        Num::Arith(ArithOp::Mul, a, b) => match (a.as_ref(), b.as_ref()) {
            (Num::Fact(fact), Num::Const(k)) | (Num::Const(k), Num::Fact(fact)) => Some((*fact, *k)),
            _ => None,
        },
        _ => None,
    }
}

/// The facts a right's own conditions read.
fn facts_of_right(content: &Content, right: usize) -> Vec<usize> {
    content.rights[right].rules.iter().flat_map(|rule| rule.when.facts()).collect()
}
