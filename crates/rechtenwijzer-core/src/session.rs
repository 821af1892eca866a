//! One interview's state: the answers, and the evaluation and question plan derived from them.
//! `Session` is the single source of truth every front end shares (full screen, plain lines,
//! training); its fields are private, so the derived parts can never go stale.

use std::sync::OnceLock;

use crate::content::Content;
use crate::interview::Plan;
use crate::model::answers::{Answer, Answers};
use crate::model::date::Date;
use crate::report::Report;
use crate::rules::{self, Evaluation};

/// Answers → evaluation → plan, derived again after every change, when first needed (the
/// welcome screen needs neither, so start-up does not evaluate the empty household).
#[derive(Debug, Clone)]
pub struct Session<'c> {
    content: &'c Content,
    date: Date,
    answers: Answers,
    derived: OnceLock<(Evaluation, Plan)>,
    generation: u64,
}

impl<'c> Session<'c> {
    /// A session without answers, applying the rules as they stand on `date`.
    pub fn new(content: &'c Content, date: Date) -> Session<'c> {
        Session::with_answers(content, date, Answers::new(content.facts.len()))
    }

    /// A session with these answers.
    pub fn with_answers(content: &'c Content, date: Date, answers: Answers) -> Session<'c> {
        Session { content, date, answers, derived: OnceLock::new(), generation: 0 }
    }

    /// Records one answer (the only way a single answer changes).
    pub fn answer(&mut self, fact: usize, answer: Answer) {
        self.answers.set(fact, answer);
        self.derive();
    }

    /// Replaces every answer at once (a persona of the training mode, a file of answers).
    pub fn load(&mut self, answers: Answers) {
        self.answers = answers;
        self.derive();
    }

    /// Forgets every answer.
    pub fn clear(&mut self) {
        self.load(Answers::new(self.content.facts.len()));
    }

    fn derive(&mut self) {
        self.derived = OnceLock::new();
        self.generation = self.generation.wrapping_add(1);
    }

    fn derived(&self) -> &(Evaluation, Plan) {
        self.derived.get_or_init(|| {
            let evaluation = rules::evaluate(self.content, &self.answers, self.date);
            let plan = Plan::from_evaluation(self.content, &self.answers, &evaluation);
            (evaluation, plan)
        })
    }

    /// The content the rules come from.
    pub fn content(&self) -> &'c Content {
        self.content
    }

    /// The day the rules are applied for.
    pub fn date(&self) -> Date {
        self.date
    }

    /// The answers.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Every right's outcome for the answers.
    pub fn evaluation(&self) -> &Evaluation {
        &self.derived().0
    }

    /// The questions asked and still to ask.
    pub fn plan(&self) -> &Plan {
        &self.derived().1
    }

    /// Changes with every change of the answers: a cache built from the session keeps this to
    /// know when it is stale.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The results, grouped and with the merged checklist.
    pub fn report(&self) -> Report<'_> {
        Report::new(self.content, self.evaluation(), &self.answers)
    }
}
