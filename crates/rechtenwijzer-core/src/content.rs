//! Rules content: loads the TOML files (facts, questions, documents, offices, parameters,
//! rights, scenarios) with spans, resolves every id, lints, and builds the typed `Content`.

pub mod answers_file;
pub mod expr;
mod load;
pub mod overlay;
pub mod raw;
pub mod resolve;
pub mod source;
pub mod toml_diag;

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

use crate::diagnostic::Diagnostic;
use crate::model::answers::Answers;
use crate::model::cond::Cond;
use crate::model::date::Date;
use crate::model::status::Status;
use source::SourceTree;

/// A fact of the vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// The public id, e.g. `income-monthly-net`.
    pub id: String,
    /// Its type and allowed values.
    pub kind: FactKind,
    /// How the answer can change in life, for "what would change it".
    #[serde(default)]
    pub changes: Changes,
    /// Values of a choice or set never proposed as a change (bit mask of value indices).
    #[serde(default)]
    pub never_proposed: u64,
}

/// How a fact's answer can change in a person's life: "what would change it" proposes only
/// changes a person or a social worker can make.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Changes {
    /// Any change may be proposed.
    #[default]
    Any,
    /// Only upward (an age, years on a waiting list).
    Grows,
    /// Never proposed (nationality and residence, where one lives, having a partner).
    Fixed,
}

/// The type of a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactKind {
    /// A whole number, optionally bounded.
    Integer {
        /// Smallest allowed value.
        min: Option<i64>,
        /// Largest allowed value.
        max: Option<i64>,
    },
    /// Yes or no.
    YesNo,
    /// One of the values.
    Choice(Vec<String>),
    /// Any number of the values (none is a valid answer).
    Set(Vec<String>),
}

/// A question a person answers; it sets one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// The question id (messages `question-<id>` and `question-<id>-help`).
    pub id: String,
    /// The fact it sets.
    pub fact: usize,
    /// When it can apply: it is asked only while this is not known to be false (`None`:
    /// always).
    pub when: Option<Cond>,
}

/// A document a person may need to bring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The id (messages `document-<id>` and `document-<id>-where`).
    pub id: String,
    /// When it is needed at all (`None`: whenever a right asks for it).
    #[serde(default)]
    pub when: Option<Cond>,
    /// The office that gives it (index into offices).
    #[serde(default)]
    pub from: Option<usize>,
}

/// An office and the ways to reach it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    /// The id (messages `office-<id>` and `office-<id>-<channel>`).
    pub id: String,
    /// Every channel, in the order written.
    pub channels: Vec<Channel>,
}

/// One way to reach an office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    /// In person, phone, online, letter or home visit.
    pub kind: ChannelKind,
    /// A national number, for phone channels.
    pub phone: Option<String>,
    /// A web address, for online channels.
    pub url: Option<String>,
}

/// The kinds of channel ("click, call, connect"); the ids are written in content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, EnumString, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// At the office's desk.
    InPerson,
    /// By phone.
    Phone,
    /// On a website.
    Online,
    /// By letter or e-mail.
    Letter,
    /// Someone comes to the person's home.
    HomeVisit,
}

impl ChannelKind {
    /// The id used in content and message ids.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Every kind, in the order they are listed.
    pub fn all() -> impl Iterator<Item = ChannelKind> {
        ChannelKind::iter()
    }
}

/// A number fixed by law, with a value per date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parameter {
    /// The id (message `param-<id>`).
    pub id: String,
    /// What it counts.
    pub unit: Unit,
    /// Whether it is only ever raised (by indexation), never lowered: past the last known
    /// value's `until`, that value is a lower bound.
    pub rises: bool,
    /// Values sorted by `valid_from`.
    pub values: Vec<ParameterValue>,
}

/// What is known of a parameter on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known<'a> {
    /// The value in force.
    Value(&'a ParameterValue),
    /// The newest value is not known yet; the parameter only rises, so it is at least this
    /// one, the last known (the day is past its `until`).
    AtLeast(&'a ParameterValue),
    /// No value: before the first one, or past the last known one's `until` for a parameter
    /// that may also fall.
    Unknown,
}

impl Parameter {
    /// The latest value that started on or before `date`, whether or not it is still known to
    /// be in force.
    pub fn latest_on(&self, date: Date) -> Option<&ParameterValue> {
        self.values.iter().rev().find(|value| value.valid_from <= date)
    }

    /// What is known of the parameter on `date`: the latest value that started on or before
    /// it, unless the day is past that value's `until`; then, for a parameter that only rises,
    /// that value as a lower bound, else nothing.
    pub fn known_on(&self, date: Date) -> Known<'_> {
        match self.latest_on(date) {
            None => Known::Unknown,
            Some(value) if value.until.is_none_or(|until| date <= until) => Known::Value(value),
            Some(value) if self.rises => Known::AtLeast(value),
            Some(_) => Known::Unknown,
        }
    }

    /// The value known to be in force on `date` (none past the last value's `until`).
    pub fn value_on(&self, date: Date) -> Option<&ParameterValue> {
        match self.known_on(date) {
            Known::Value(value) => Some(value),
            Known::AtLeast(_) | Known::Unknown => None,
        }
    }
}

/// The unit of a parameter; the ids are written in content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, EnumString, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Euro, once.
    Euro,
    /// Euro per month.
    EuroMonth,
    /// Euro per year.
    EuroYear,
    /// A count.
    Count,
    /// A number of years.
    Years,
}

impl Unit {
    /// The id used in content.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Every unit.
    pub fn all() -> impl Iterator<Item = Unit> {
        Unit::iter()
    }
}

/// How sure we are of a fact (the tags of rights-facts.md); the ids are written in content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, EnumString, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Found on an authoritative page.
    Verified,
    /// Verified, but the figure is older than 2024.
    VerifiedOld,
    /// Only found in a third-party source.
    ThirdParty,
    /// Not confirmed by any source: shown as "to be confirmed".
    Unverified,
}

impl Confidence {
    /// The id used in content.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Every confidence.
    pub fn all() -> impl Iterator<Item = Confidence> {
        Confidence::iter()
    }

    /// Whether a value with this confidence is still to be confirmed against an official source.
    pub fn to_confirm(self) -> bool {
        matches!(self, Confidence::ThirdParty | Confidence::Unverified)
    }
}

/// One dated value of a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParameterValue {
    /// First day in force.
    pub valid_from: Date,
    /// The last day it is known to be in force, when a newer value may exist that is not known
    /// yet; `None`: in force until the next value.
    pub until: Option<Date>,
    /// The value in hundredths (cents for euro).
    pub amount: i64,
    /// Where it was found.
    pub source: String,
    /// When it was checked.
    pub checked: Date,
    /// How sure we are.
    pub confidence: Confidence,
}

/// Which government a right belongs to; the ids are written in content and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, EnumString, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Belgian federal.
    Federal,
    /// Flemish.
    Flemish,
    /// The municipality or its OCMW.
    Local,
}

impl Level {
    /// The id used in content.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Every level.
    pub fn all() -> impl Iterator<Item = Level> {
        Level::iter()
    }
}

/// A right and its granting rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Right {
    /// The public id, e.g. `verhoogde-tegemoetkoming`.
    pub id: String,
    /// Federal, Flemish or local.
    pub level: Level,
    /// Where one applies (index into offices).
    pub office: usize,
    /// Documents to bring (indices into documents); empty means none are needed.
    pub documents: Vec<usize>,
    /// Rights this one opens (indices into rights).
    pub opens: Vec<usize>,
    /// A URL or legal reference.
    pub source: String,
    /// When the facts were checked.
    pub checked: Date,
    /// Message ids of facts not yet verified.
    pub unverified: Vec<String>,
    /// Reason message when no rule holds.
    pub otherwise: String,
    /// Ordered granting rules.
    pub rules: Vec<Rule>,
}

/// A granting rule: if `when` holds, the right gets `status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// The status given.
    pub status: Status,
    /// The condition.
    pub when: Cond,
    /// Reason message id.
    pub reason: String,
}

/// An example household with expected outcomes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// The file name without `.toml`.
    pub id: String,
    /// One line describing the household.
    pub description: String,
    /// The day to evaluate on, if fixed.
    pub date: Option<Date>,
    /// The household's answers.
    pub answers: Answers,
    /// Expected status per right index.
    pub expect: Vec<(usize, Status)>,
}

/// A message id that content needs (or may use), and where the need comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageRef {
    /// The Fluent message id.
    pub id: String,
    /// The file that needs it.
    pub file: String,
    /// Where in that file.
    pub span: Option<Range<usize>>,
    /// Whether a missing Dutch message is an error (optional ones are looked up if present).
    pub required: bool,
}

/// The typed, resolved content.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Content {
    /// The fact vocabulary.
    pub facts: Vec<Fact>,
    /// Questions, in asking order.
    pub questions: Vec<Question>,
    /// Documents.
    pub documents: Vec<Document>,
    /// Offices.
    pub offices: Vec<Office>,
    /// Parameters.
    pub parameters: Vec<Parameter>,
    /// Rights, sorted by id.
    pub rights: Vec<Right>,
    /// Example households.
    pub scenarios: Vec<Scenario>,
    /// Rights in an order where every right comes after those its rules consult.
    pub evaluation_order: Vec<usize>,
    /// Every message id the content needs or may use (for `check`; not kept in the compiled
    /// form, whose messages were checked when it was built).
    #[serde(skip)]
    pub messages: Vec<MessageRef>,
    fact_index: HashMap<String, usize>,
    right_index: HashMap<String, usize>,
    document_index: HashMap<String, usize>,
    office_index: HashMap<String, usize>,
}

impl Content {
    /// The index of a fact id.
    pub fn fact_index(&self, id: &str) -> Option<usize> {
        self.fact_index.get(id).copied()
    }

    /// The index of a right id.
    pub fn right_index(&self, id: &str) -> Option<usize> {
        self.right_index.get(id).copied()
    }

    /// The index of a document id.
    pub fn document_index(&self, id: &str) -> Option<usize> {
        self.document_index.get(id).copied()
    }

    /// The index of an office id.
    pub fn office_index(&self, id: &str) -> Option<usize> {
        self.office_index.get(id).copied()
    }
}

/// Content and every problem found while loading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The content; usable for evaluation only when `diagnostics` has no error.
    pub content: Content,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Loads, resolves and lints a content tree. Never panics, whatever the bytes.
pub fn load(tree: &SourceTree) -> Loaded {
    load::load(tree)
}

/// Whether an id is kebab-case: lower-case letters and digits in words joined by `-`.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .split('-')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids() {
        assert!(is_kebab("income-monthly-net"));
        assert!(is_kebab("a1-b2"));
        for bad in ["", "Age", "-a", "a-", "a--b", "a_b", "1a", "é"] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }
}
