//! Which question comes next, derived from the answers and the rules: a question is asked only
//! while some right's outcome still depends on its fact. Nothing is stored here, so going back
//! or changing an answer can never leave a stale path ("a checklist, not a flowchart").

use crate::answers::Answers;
use crate::content::Content;
use crate::date::Date;
use crate::rules::{self, Evaluation, Status};

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

    /// The plan for an evaluation already made of these answers.
    pub fn from_evaluation(content: &Content, answers: &Answers, evaluation: &Evaluation) -> Plan {
        let needed = needed_facts(content, evaluation);
        let mut sequence = Vec::new();
        let mut pending = Vec::new();
        for (index, question) in content.questions.iter().enumerate() {
            let answered = answers.get(question.fact).is_some();
            if answered || needed[question.fact] {
                sequence.push(index);
            }
            if !answered && needed[question.fact] {
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
