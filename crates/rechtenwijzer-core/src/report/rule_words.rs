//! A rule in words, for the worker view: "het belastbaar inkomen van uw gezin ten hoogste
//! leefloon alleenstaande (€ 1.314,20) en een partner bij u thuis: nee" instead of the rule's
//! code. Every word is a message, so the worker reads the rule in the session's language.

use strum::IntoEnumIterator;

use crate::content::{Content, FactKind, Known};
use crate::i18n::{I18n, ids};
use crate::model::answers::{Answer, Value};
use crate::model::cond::{ArithOp, CompareOp, Cond, Num, value_bit};
use crate::model::date::Date;
use crate::model::status::Status;

use super::answer_text;

/// `cond` in words, with each amount as in force on `date`.
pub fn rule_text(content: &Content, i18n: &I18n, date: Date, cond: &Cond) -> String {
    Words { content, i18n, date }.cond(cond)
}

struct Words<'a> {
    content: &'a Content,
    i18n: &'a I18n<'a>,
    date: Date,
}

impl Words<'_> {
    fn cond(&self, cond: &Cond) -> String {
        match cond {
            Cond::Flag(fact) => self.fact_is(*fact, Value::YesNo(true)),
            Cond::Not(inner) => match inner.as_ref() {
                Cond::Flag(fact) => self.fact_is(*fact, Value::YesNo(false)),
                other => self.i18n.text("ui-rule-not", &[("rule", self.cond(other).into())]),
            },
            Cond::All(parts) => self.join(parts, "ui-rule-and", |part| matches!(part, Cond::Any(_))),
            Cond::Any(parts) => self.join(parts, "ui-rule-or", |part| matches!(part, Cond::All(_))),
            Cond::Compare(left, op, right) => {
                let id = match op {
                    CompareOp::Less => "ui-rule-less",
                    CompareOp::LessEqual => "ui-rule-less-equal",
                    CompareOp::Greater => "ui-rule-greater",
                    CompareOp::GreaterEqual => "ui-rule-greater-equal",
                    CompareOp::Equal => "ui-rule-equal",
                    CompareOp::NotEqual => "ui-rule-not-equal",
                };
                self.i18n.text(id, &[("left", self.num(left).into()), ("right", self.num(right).into())])
            }
            Cond::ChoiceIn(fact, mask) | Cond::SetHasAny(fact, mask) => {
                let values = self.values(*fact, *mask);
                self.i18n.text("ui-rule-one-of", &[("fact", self.label(*fact).into()), ("values", values.into())])
            }
            Cond::StatusIn(right, set) => {
                let statuses: Vec<String> = Status::iter()
                    .filter(|status| set.contains(*status))
                    .map(|s| self.i18n.msg(&ids::status(s)))
                    .collect();
                let name = self.i18n.msg(&ids::right(&self.content.rights[*right].id));
                self.i18n.text(
                    "ui-rule-status",
                    &[("right", name.into()), ("statuses", statuses.join(&self.i18n.msg("ui-rule-or-value")).into())],
                )
            }
        }
    }

    /// Parts joined by "en" or "of"; a part of the other kind is put between brackets.
    fn join(&self, parts: &[Cond], id: &str, needs_brackets: impl Fn(&Cond) -> bool) -> String {
        let words = parts.iter().map(|part| {
            let text = self.cond(part);
            if needs_brackets(part) { format!("({text})") } else { text }
        });
        words
            .reduce(|left, right| self.i18n.text(id, &[("left", left.into()), ("right", right.into())]))
            .unwrap_or_default()
    }

    fn num(&self, num: &Num) -> String {
        match num {
            Num::Fact(fact) => self.label(*fact),
            Num::Count(fact) => self.i18n.text("ui-rule-count", &[("fact", self.label(*fact).into())]),
            Num::Param(index) => {
                let parameter = &self.content.parameters[*index];
                let name = self.i18n.msg(&ids::parameter(&parameter.id));
                match parameter.known_on(self.date) {
                    Known::Value(value) | Known::AtLeast(value) => self.i18n.text(
                        "ui-rule-parameter",
                        &[("name", name.into()), ("amount", self.i18n.amount(value.amount, parameter.unit).into())],
                    ),
                    Known::Unknown => name,
                }
            }
            Num::Const(hundredths) => {
                let value = i64::try_from(*hundredths).unwrap_or(i64::MAX);
                self.i18n.number(value, if value % 100 == 0 { 0 } else { 2 })
            }
            Num::Arith(op, left, right) => {
                let id = match op {
                    ArithOp::Add => "ui-rule-plus",
                    ArithOp::Sub => "ui-rule-minus",
                    ArithOp::Mul => "ui-rule-times",
                };
                let side = |num: &Num| match num {
                    Num::Arith(..) => format!("({})", self.num(num)),
                    _ => self.num(num),
                };
                self.i18n.text(id, &[("left", side(left).into()), ("right", side(right).into())])
            }
        }
    }

    fn label(&self, fact: usize) -> String {
        self.i18n.msg(&ids::fact(&self.content.facts[fact].id))
    }

    fn fact_is(&self, fact: usize, value: Value) -> String {
        let shown = answer_text(self.content, self.i18n, fact, Answer::Known(value));
        self.i18n.text("ui-change-is", &[("fact", self.label(fact).into()), ("value", shown.into())])
    }

    /// The values of a choice or set in a mask, joined by "of".
    fn values(&self, fact: usize, mask: u64) -> String {
        let id = &self.content.facts[fact].id;
        match &self.content.facts[fact].kind {
            FactKind::Choice(values) | FactKind::Set(values) => values
                .iter()
                .enumerate()
                .filter(|(index, _)| mask & value_bit(*index) != 0)
                .map(|(_, value)| self.i18n.msg(&ids::fact_value(id, value)))
                .collect::<Vec<_>>()
                .join(&self.i18n.msg("ui-rule-or-value")),
            FactKind::Integer { .. } | FactKind::YesNo => String::new(),
        }
    }
}
