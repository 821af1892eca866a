//! One interview's state: the answers, and the evaluation and question plan derived from them.
//! `Session` is the single source of truth every front end shares (full screen, plain lines,
//! training); its fields are private, so the derived parts can never go stale.

use std::sync::{LazyLock, OnceLock};

use crate::content::Content;
use crate::interview::Plan;
use crate::model::answers::{Answer, Answers};
use crate::model::date::Date;
use crate::report::Report;
use crate::rules::{self, Evaluation};

/// The content a session reads: at hand, or decoded the first time something needs it (the
/// built-in content of the full-screen interview, whose welcome screen needs none of it, so
/// the first frame does not wait for the decoding).
#[derive(Debug, Clone, Copy)]
pub enum ContentRef<'c> {
    /// Loaded already.
    Ready(&'c Content),
    /// Decoded on first use.
    Deferred(&'c LazyLock<Content>),
}

impl<'c> ContentRef<'c> {
    /// The content, decoding it now if it was deferred.
    pub fn get(self) -> &'c Content {
        match self {
            ContentRef::Ready(content) => content,
            ContentRef::Deferred(lazy) => LazyLock::force(lazy),
        }
    }
}

impl<'c> From<&'c Content> for ContentRef<'c> {
    fn from(content: &'c Content) -> ContentRef<'c> {
        ContentRef::Ready(content)
    }
}

impl<'c> From<&'c LazyLock<Content>> for ContentRef<'c> {
    fn from(lazy: &'c LazyLock<Content>) -> ContentRef<'c> {
        ContentRef::Deferred(lazy)
    }
}

/// Answers → evaluation → plan, derived again after every change, when first needed (the
/// welcome screen needs neither, so start-up does not evaluate the empty household).
#[derive(Debug, Clone)]
pub struct Session<'c> {
    content: ContentRef<'c>,
    date: Date,
    answers: Answers,
    derived: OnceLock<(Evaluation, Plan)>,
    generation: u64,
}

impl<'c> Session<'c> {
    /// A session without answers, applying the rules as they stand on `date`. A deferred
    /// content is not decoded until the session is asked for something that needs it.
    pub fn new(content: impl Into<ContentRef<'c>>, date: Date) -> Session<'c> {
        Session::with_answers(content, date, Answers::default())
    }

    /// A session with these answers.
    pub fn with_answers(content: impl Into<ContentRef<'c>>, date: Date, answers: Answers) -> Session<'c> {
        Session { content: content.into(), date, answers, derived: OnceLock::new(), generation: 0 }
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
        self.load(Answers::default());
    }

    fn derive(&mut self) {
        self.derived = OnceLock::new();
        self.generation = self.generation.wrapping_add(1);
    }

    fn derived(&self) -> &(Evaluation, Plan) {
        self.derived.get_or_init(|| {
            let content = self.content();
            let evaluation = rules::evaluate(content, &self.answers, self.date);
            let plan = Plan::from_evaluation(content, &self.answers, &evaluation);
            (evaluation, plan)
        })
    }

    /// The content the rules come from.
    pub fn content(&self) -> &'c Content {
        self.content.get()
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
        Report::new(self.content(), self.evaluation(), &self.answers)
    }
}
