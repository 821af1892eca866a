//! Which question comes next, derived from the answers and the rules: a question is asked only
//! while some right's outcome still depends on its fact, and while its own condition (`when`)
//! is not known to be false. Nothing is stored here, so going back or changing an answer can
//! never leave a stale path ("a checklist, not a flowchart"). Also the words and options of a
//! question, shared by every front end.

pub mod number;

use crate::content::{Content, FactKind};
use crate::i18n::{I18n, ids};
use crate::model::answers::{Answer, Answers, Value};
use crate::model::date::Date;
use crate::model::status::{Status, Tri};
use crate::rules::{self, Evaluation};

/// The questions of one moment of an interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Questions (indices into `Content::questions`) in asking order: every answered one, and
    /// every unanswered one that could still change a right's outcome.
    pub sequence: Vec<usize>,
    /// The unanswered questions of `sequence` that could still change an outcome.
    pub pending: Vec<usize>,
}

impl Plan {
    /// The plan for these answers on this day.
    pub fn new(content: &Content, answers: &Answers, date: Date) -> Plan {
        Plan::from_evaluation(content, answers, &rules::evaluate(content, answers, date))
    }

    /// The plan for an evaluation already made of these answers. An unanswered question is
    /// asked when some right still needs its fact and its `when` is not known to be false
    /// (Kleene: asked when it holds or is unknown, skipped when it does not). An answered
    /// question stays in the sequence, so that its answer can still be seen and changed.
    pub fn from_evaluation(content: &Content, answers: &Answers, evaluation: &Evaluation) -> Plan {
        let needed = needed_facts(content, evaluation);
        let mut sequence = Vec::new();
        let mut pending = Vec::new();
        for (index, question) in content.questions.iter().enumerate() {
            let answered = answers.get(question.fact).is_some();
            let asked = !answered
                && needed[question.fact]
                && question
                    .when
                    .as_ref()
                    .is_none_or(|when| rules::truth(content, when, answers, evaluation) != Tri::No);
            if answered || asked {
                sequence.push(index);
            }
            if asked {
                pending.push(index);
            }
        }
        Plan { sequence, pending }
    }

    /// The question to ask after `current` (or first): the next pending one after it in asking
    /// order, else the first pending one; `None` when nothing is left to ask.
    pub fn next_after(&self, current: Option<usize>) -> Option<usize> {
        let after = current.and_then(|current| self.pending.iter().copied().find(|&q| q > current));
        after.or_else(|| self.pending.first().copied())
    }

    /// The question before `current` in the sequence (for Back), if any.
    pub fn previous(&self, current: Option<usize>) -> Option<usize> {
        match current {
            Some(current) => self.sequence.iter().copied().rev().find(|&q| q < current),
            None => self.sequence.last().copied(),
        }
    }

    /// "Question `number` of about `total`" for the question `current`.
    pub fn progress(&self, current: usize) -> (usize, usize) {
        let number = self.sequence.iter().position(|&q| q == current).map_or(self.sequence.len() + 1, |p| p + 1);
        (number, self.sequence.len().max(number))
    }
}

/// Facts whose answer could still change some right's outcome: those missing from an outcome
/// that the answers do not decide yet.
pub fn needed_facts(content: &Content, evaluation: &Evaluation) -> Vec<bool> {
    let mut needed = vec![false; content.facts.len()];
    for outcome in evaluation.outcomes.iter().filter(|outcome| outcome.status == Status::Unknown) {
        for &fact in &outcome.missing {
            if let Some(slot) = needed.get_mut(fact) {
                *slot = true;
            }
        }
    }
    needed
}

/// A question and its help line in words, fitted to the household: every question message is
/// formatted with `$partner` (`yes`, `no` or `unknown`) and `$children` (the number of children,
/// or -1 when not known), so that a message can choose its words with a select expression
/// ("voor u en uw partner samen" only with a partner). Every front end words questions here,
/// so that they cannot differ.
pub fn question_text(content: &Content, i18n: &I18n, answers: &Answers, question: usize) -> (String, String) {
    let Some(definition) = content.questions.get(question) else { return (String::new(), String::new()) };
    let partner = match content.fact_index("partner").and_then(|fact| answers.value(fact)) {
        Some(Value::YesNo(true)) => "yes",
        Some(Value::YesNo(false)) => "no",
        _ => "unknown",
    };
    let children = match content.fact_index("children").and_then(|fact| answers.value(fact)) {
        Some(Value::Integer(count)) => *count,
        _ => -1,
    };
    let arguments = [("partner", partner.into()), ("children", children.into())];
    (i18n.text(&ids::question(&definition.id), &arguments), i18n.text(&ids::question_help(&definition.id), &arguments))
}

/// An option of a question, in the order options are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Yes.
    Yes,
    /// No.
    No,
    /// A value of a choice or set fact (index into its values).
    Value(usize),
    /// For a set: none of these.
    NoneOfThese,
    /// For a set: confirm the ticked values.
    Confirm,
    /// For a number: the field where it is typed.
    Input,
    /// I don't know.
    DontKnow,
}

/// The options of a question, in the order they are numbered; "I don't know" is always last.
pub fn choices(content: &Content, question: usize) -> Vec<Choice> {
    let fact = content.questions[question].fact;
    let mut choices = match &content.facts[fact].kind {
        FactKind::YesNo => vec![Choice::Yes, Choice::No],
        FactKind::Choice(values) => (0..values.len()).map(Choice::Value).collect(),
        FactKind::Set(values) => {
            let mut choices: Vec<Choice> = (0..values.len()).map(Choice::Value).collect();
            choices.extend([Choice::NoneOfThese, Choice::Confirm]);
            choices
        }
        FactKind::Integer { .. } => vec![Choice::Input],
    };
    choices.push(Choice::DontKnow);
    choices
}

/// An option in words; the number field and the confirmation of a set have their own words
/// where they are drawn, so they have none here.
pub fn choice_label(content: &Content, i18n: &I18n, question: usize, choice: Choice) -> String {
    let fact = &content.facts[content.questions[question].fact];
    match choice {
        Choice::Yes => i18n.msg("ui-yes"),
        Choice::No => i18n.msg("ui-no"),
        Choice::DontKnow => i18n.msg("ui-dont-know"),
        Choice::NoneOfThese => i18n.msg("ui-none-of-these"),
        Choice::Confirm => i18n.msg("ui-confirm-choice"),
        Choice::Input => String::new(),
        Choice::Value(value) => match &fact.kind {
            FactKind::Choice(values) | FactKind::Set(values) => {
                values.get(value).map_or_else(String::new, |v| i18n.msg(&ids::fact_value(&fact.id, v)))
            }
            FactKind::Integer { .. } | FactKind::YesNo => String::new(),
        },
    }
}

/// The answer a choice stands for (a set value only toggles the draft; a number is read from
/// what was typed, so neither has one here).
pub fn answer_of(choice: Choice, ticked: u64) -> Option<Answer> {
    match choice {
        Choice::Yes => Some(Answer::Known(Value::YesNo(true))),
        Choice::No => Some(Answer::Known(Value::YesNo(false))),
        Choice::DontKnow => Some(Answer::DontKnow),
        Choice::NoneOfThese => Some(Answer::Known(Value::Set(0))),
        Choice::Confirm => Some(Answer::Known(Value::Set(ticked))),
        Choice::Value(_) | Choice::Input => None,
    }
}
