//! The TOML shapes of content files, exactly as written (with spans); `content` resolves them.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

/// `facts.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsFile {
    /// The facts, in order.
    #[serde(default)]
    pub fact: Vec<RawFact>,
}

/// One `[[fact]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    /// The fact id.
    pub id: Spanned<String>,
    /// `integer`, `yes-no`, `choice` or `set`.
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    /// The values of a choice or set fact.
    pub values: Option<Spanned<Vec<Spanned<String>>>>,
    /// Smallest allowed integer.
    pub min: Option<Spanned<i64>>,
    /// Largest allowed integer.
    pub max: Option<Spanned<i64>>,
    /// How the answer can change, for "what would change it": `any` (the default), `grows`
    /// (an age, years on a waiting list) or `fixed` (nationality, having a partner).
    pub changes: Option<Spanned<String>>,
    /// Values of a choice or set that "what would change it" never proposes (nobody is
    /// advised to become homeless).
    #[serde(rename = "never-proposed")]
    pub never_proposed: Option<Spanned<Vec<Spanned<String>>>>,
}

/// `questions.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    /// The questions, in the order they are asked.
    #[serde(default)]
    pub question: Vec<RawQuestion>,
}

/// One `[[question]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// The question id.
    pub id: Spanned<String>,
    /// The fact it sets.
    pub fact: Spanned<String>,
    /// When it can apply (a condition, as in rules): asked only while not known to be false.
    pub when: Option<Spanned<String>>,
}

/// `documents.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsFile {
    /// The documents.
    #[serde(default)]
    pub document: Vec<RawDocument>,
}

/// One `[[document]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    /// The document id.
    pub id: Spanned<String>,
    /// When it is needed at all ("only with a disability"): left off the checklist when the
    /// answers say no.
    pub when: Option<Spanned<String>>,
    /// The office that gives it (an attest): that office comes first in the checklist.
    pub from: Option<Spanned<String>>,
}

/// `offices.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficesFile {
    /// The offices.
    #[serde(default)]
    pub office: Vec<RawOffice>,
}

/// One `[[office]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOffice {
    /// The office id.
    pub id: Spanned<String>,
    /// Its channels.
    pub channels: Spanned<Vec<RawChannel>>,
}

/// One channel of an office.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChannel {
    /// `in-person`, `phone`, `online`, `letter` or `home-visit`.
    pub kind: Spanned<String>,
    /// A national phone number.
    pub phone: Option<Spanned<String>>,
    /// A web address.
    pub url: Option<Spanned<String>>,
}

/// `parameters/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParametersFile {
    /// The parameters.
    #[serde(default)]
    pub parameter: Vec<RawParameter>,
}

/// One `[[parameter]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParameter {
    /// The parameter id.
    pub id: Spanned<String>,
    /// What the number counts.
    pub unit: Spanned<String>,
    /// Whether it only rises (indexation): past the last value's `until`, that value is a
    /// lower bound.
    pub rises: Option<Spanned<bool>>,
    /// Its dated values.
    #[serde(default)]
    pub value: Vec<RawParameterValue>,
}

/// One `[[parameter.value]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawParameterValue {
    /// The first day this value is in force.
    pub valid_from: Spanned<Datetime>,
    /// The last day it is known to be in force (a newer value may exist, not known yet).
    pub until: Option<Spanned<Datetime>>,
    /// The value (integer or decimal with at most two decimals).
    pub amount: Spanned<toml::Value>,
    /// Where the value was found.
    pub source: Option<Spanned<String>>,
    /// When it was last checked.
    pub checked: Option<Spanned<Datetime>>,
    /// `verified`, `verified-old`, `third-party` or `unverified`.
    pub confidence: Spanned<String>,
}

/// `rights/<id>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRight {
    /// The right id.
    pub id: Spanned<String>,
    /// `federal`, `flemish` or `local`.
    pub level: Spanned<String>,
    /// The office where one applies.
    pub office: Spanned<String>,
    /// The documents to bring; an empty list means none are needed.
    pub documents: Spanned<Vec<Spanned<String>>>,
    /// The rights this one opens.
    #[serde(default)]
    pub opens: Vec<Spanned<String>>,
    /// A URL or legal reference.
    pub source: Option<Spanned<String>>,
    /// When the facts were checked.
    pub checked: Option<Spanned<Datetime>>,
    /// Message ids of facts not yet verified.
    #[serde(default)]
    pub unverified: Vec<Spanned<String>>,
    /// The reason when no rule holds.
    pub otherwise: Spanned<String>,
    /// The granting rules, in order.
    #[serde(default)]
    pub rule: Vec<RawRule>,
}

/// One `[[rule]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    /// The status this rule gives.
    pub status: Spanned<String>,
    /// The condition.
    pub when: Spanned<String>,
    /// The reason message id.
    pub reason: Spanned<String>,
}

/// An answers map: fact id to value, with spans for diagnostics.
pub type RawAnswers = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

/// `scenarios/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    /// One line describing the household.
    pub description: Spanned<String>,
    /// The day to evaluate on.
    pub date: Option<Spanned<Datetime>>,
    /// The answers.
    #[serde(default)]
    pub answers: RawAnswers,
    /// Right id to expected status.
    #[serde(default)]
    pub expect: BTreeMap<Spanned<String>, Spanned<String>>,
}
