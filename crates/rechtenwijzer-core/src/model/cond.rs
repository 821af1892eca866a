//! Resolved, type-checked conditions (`Cond`) and number expressions (`Num`) over facts, dated
//! parameters and other rights' outcomes, with the one walker and the one arithmetic that the
//! engine, the report and "what would change it" share.

use serde::{Deserialize, Serialize};

use crate::model::status::StatusSet;

/// `+`, `-`, `*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArithOp {
    /// Addition.
    Add,
    /// Subtraction.
    Sub,
    /// Multiplication.
    Mul,
}

/// `<`, `<=`, `>`, `>=`, `==`, `!=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompareOp {
    /// Less than.
    Less,
    /// Less than or equal.
    LessEqual,
    /// Greater than.
    Greater,
    /// Greater than or equal.
    GreaterEqual,
    /// Equal.
    Equal,
    /// Not equal.
    NotEqual,
}

impl CompareOp {
    /// Whether `left op right` holds.
    pub fn holds(self, left: i128, right: i128) -> bool {
        match self {
            CompareOp::Less => left < right,
            CompareOp::LessEqual => left <= right,
            CompareOp::Greater => left > right,
            CompareOp::GreaterEqual => left >= right,
            CompareOp::Equal => left == right,
            CompareOp::NotEqual => left != right,
        }
    }
}

/// A resolved, type-checked condition. Indices point into `Content`'s tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// Something a condition reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    /// A fact (index into `Content::facts`).
    Fact(usize),
    /// A parameter (index into `Content::parameters`).
    Param(usize),
    /// Another right's outcome (index into `Content::rights`).
    Right(usize),
}

/// Where the leaves of a number expression get their values (in hundredths); `None` is
/// unknown. The engine records what it read; "what would change it" only looks.
pub trait Leaves {
    /// An integer fact's value.
    fn fact(&mut self, fact: usize) -> Option<i128>;
    /// `count(fact)`: 1/0 for yes/no, the number of values of a set.
    fn count(&mut self, fact: usize) -> Option<i128>;
    /// A parameter's value on the day of evaluation.
    fn param(&mut self, parameter: usize) -> Option<i128>;
}

impl Num {
    /// The value in hundredths, or `None` when a leaf is unknown. Both sides of arithmetic are
    /// always read, so that every missing leaf is reported, not only the first.
    pub fn eval(&self, leaves: &mut impl Leaves) -> Option<i128> {
        match self {
            Num::Const(value) => Some(*value),
            Num::Fact(fact) => leaves.fact(*fact),
            Num::Count(fact) => leaves.count(*fact),
            Num::Param(parameter) => leaves.param(*parameter),
            Num::Arith(op, left, right) => {
                let left = left.eval(leaves);
                let right = right.eval(leaves);
                Some(arith(*op, left?, right?))
            }
        }
    }

    /// Calls `visit` for every fact and parameter the expression reads, in order.
    pub fn for_each_ref(&self, visit: &mut impl FnMut(Ref)) {
        match self {
            Num::Fact(fact) | Num::Count(fact) => visit(Ref::Fact(*fact)),
            Num::Param(parameter) => visit(Ref::Param(*parameter)),
            Num::Const(_) => {}
            Num::Arith(_, left, right) => {
                left.for_each_ref(visit);
                right.for_each_ref(visit);
            }
        }
    }
}

/// Arithmetic in hundredths: saturating, and a product scaled back to hundredths.
pub fn arith(op: ArithOp, left: i128, right: i128) -> i128 {
    match op {
        ArithOp::Add => left.saturating_add(right),
        ArithOp::Sub => left.saturating_sub(right),
        ArithOp::Mul => left.saturating_mul(right) / 100,
    }
}

impl Cond {
    /// Calls `visit` for every fact, parameter and right the condition reads, in order.
    pub fn for_each_ref(&self, visit: &mut impl FnMut(Ref)) {
        match self {
            Cond::Flag(fact) | Cond::ChoiceIn(fact, _) | Cond::SetHasAny(fact, _) => visit(Ref::Fact(*fact)),
            Cond::Not(inner) => inner.for_each_ref(visit),
            Cond::All(parts) | Cond::Any(parts) => parts.iter().for_each(|part| part.for_each_ref(visit)),
            Cond::Compare(left, _, right) => {
                left.for_each_ref(visit);
                right.for_each_ref(visit);
            }
            Cond::StatusIn(right, _) => visit(Ref::Right(*right)),
        }
    }

    /// The parameters the condition reads, in order of first use, without repeats.
    pub fn parameters(&self) -> Vec<usize> {
        let mut out = Vec::new();
        self.for_each_ref(&mut |reference| {
            if let Ref::Param(parameter) = reference
                && !out.contains(&parameter)
            {
                out.push(parameter);
            }
        });
        out
    }

    /// The facts the condition reads, in order of first use, without repeats.
    pub fn facts(&self) -> Vec<usize> {
        let mut out = Vec::new();
        self.for_each_ref(&mut |reference| {
            if let Ref::Fact(fact) = reference
                && !out.contains(&fact)
            {
                out.push(fact);
            }
        });
        out
    }
}

/// The parameters any of these conditions read, in order of first use, without repeats.
pub fn parameters_of_all<'c>(conditions: impl IntoIterator<Item = &'c Cond>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for cond in conditions {
        for parameter in cond.parameters() {
            if !out.contains(&parameter) {
                out.push(parameter);
            }
        }
    }
    out
}

/// The bit of a choice or set value in a mask; values past 64 (refused by `check`) have none.
pub fn value_bit(index: usize) -> u64 {
    u32::try_from(index).ok().and_then(|shift| 1u64.checked_shl(shift)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_every_reference_once_in_order() {
        let cond = Cond::All(vec![
            Cond::Flag(3),
            Cond::Compare(
                Num::Arith(ArithOp::Mul, Box::new(Num::Fact(1)), Box::new(Num::Const(1200))),
                CompareOp::LessEqual,
                Num::Arith(ArithOp::Add, Box::new(Num::Param(7)), Box::new(Num::Param(2))),
            ),
            Cond::Not(Box::new(Cond::Compare(Num::Param(7), CompareOp::Less, Num::Count(3)))),
            Cond::StatusIn(4, StatusSet::default()),
        ]);
        assert_eq!(cond.parameters(), vec![7, 2]);
        assert_eq!(cond.facts(), vec![3, 1]);
    }

    #[test]
    fn arithmetic_saturates_and_scales_products() {
        assert_eq!(arith(ArithOp::Mul, 1200, 131_420), 1_577_040);
        assert_eq!(arith(ArithOp::Add, i128::MAX, 1), i128::MAX);
        assert_eq!(value_bit(64), 0);
        assert_eq!(value_bit(3), 8);
    }
}
