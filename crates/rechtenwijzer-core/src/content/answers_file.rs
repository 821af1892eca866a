//! Reading an answers file (`age = 34`, `receives = ["leefloon"]`) against the fact
//! vocabulary, with a clear error for every bad key or value.

use serde::Deserialize;

use crate::content::raw::RawAnswers;
use crate::content::toml_diag::toml_error;
use crate::content::{Content, FactKind};
use crate::diagnostic::Diagnostic;
use crate::model::answers::{Answer, Answers, Value};
use crate::model::cond::value_bit;

/// The word an answers file uses for "I don't know".
pub const DONT_KNOW: &str = "unknown";

#[derive(Deserialize)]
struct ScenarioShape {
    answers: RawAnswers,
}

/// Reads an answers file: fact ids as keys. A scenario file (with an `[answers]` table) is
/// accepted too, and its answers are used.
pub fn parse_file(content: &Content, shown: &str, text: &str) -> Result<Answers, Vec<Diagnostic>> {
    let table: toml::Table = toml::from_str(text).map_err(|error| vec![toml_error(shown, &error, "toml-syntax")])?;
    let raw: RawAnswers = if table.get("answers").is_some_and(toml::Value::is_table) {
        toml::from_str::<ScenarioShape>(text).map_err(|error| vec![toml_error(shown, &error, "schema")])?.answers
    } else {
        toml::from_str(text).map_err(|error| vec![toml_error(shown, &error, "schema")])?
    };
    let (answers, diagnostics) = from_raw(content, &raw, shown);
    if diagnostics.is_empty() { Ok(answers) } else { Err(diagnostics) }
}

/// Checks and converts raw answers; every bad key or value is reported.
pub fn from_raw(content: &Content, raw: &RawAnswers, shown: &str) -> (Answers, Vec<Diagnostic>) {
    let mut answers = Answers::new(content.facts.len());
    let mut diagnostics = Vec::new();
    for (key, value) in raw {
        let Some(fact) = content.fact_index(key.get_ref()) else {
            diagnostics.push(
                Diagnostic::error(
                    "unknown-fact",
                    shown,
                    Some(key.span()),
                    format!("`{}` is not a fact", key.get_ref()),
                )
                .with_label("unknown fact")
                .with_suggestion(key.get_ref(), content.facts.iter().map(|f| f.id.as_str()))
                .with_help_if_none(format!(
                    "the facts are: {}",
                    content.facts.iter().map(|f| f.id.as_str()).collect::<Vec<_>>().join(", ")
                )),
            );
            continue;
        };
        match convert(&content.facts[fact].kind, value.get_ref()) {
            Ok(answer) => answers.set(fact, answer),
            Err(expected) => diagnostics.push(
                Diagnostic::error(
                    "bad-answer",
                    shown,
                    Some(value.span()),
                    format!("`{}` has a value that is not allowed", key.get_ref()),
                )
                .with_label("not allowed here")
                .with_help(format!("{expected}, or \"{DONT_KNOW}\"")),
            ),
        }
    }
    (answers, diagnostics)
}

fn convert(kind: &FactKind, value: &toml::Value) -> Result<Answer, String> {
    if value.as_str() == Some(DONT_KNOW) {
        return Ok(Answer::DontKnow);
    }
    let known = match (kind, value) {
        (FactKind::Integer { min, max }, toml::Value::Integer(number))
            if min.is_none_or(|m| *number >= m) && max.is_none_or(|m| *number <= m) =>
        {
            Some(Value::Integer(*number))
        }
        (FactKind::YesNo, toml::Value::Boolean(flag)) => Some(Value::YesNo(*flag)),
        (FactKind::Choice(values), toml::Value::String(text)) => {
            values.iter().position(|v| v == text).and_then(|i| u8::try_from(i).ok()).map(Value::Choice)
        }
        (FactKind::Set(values), toml::Value::Array(items)) => {
            let mut mask = 0u64;
            let mut ok = true;
            for item in items {
                match item.as_str().and_then(|text| values.iter().position(|v| v == text)) {
                    Some(index) if mask & value_bit(index) == 0 => mask |= value_bit(index),
                    _ => ok = false,
                }
            }
            ok.then_some(Value::Set(mask))
        }
        _ => None,
    };
    known.map(Answer::Known).ok_or_else(|| expected(kind))
}

/// What a fact accepts, for error messages.
pub fn expected(kind: &FactKind) -> String {
    let quoted = |values: &[String]| values.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ");
    match kind {
        FactKind::Integer { min, max } => match (min, max) {
            (Some(min), Some(max)) => format!("expected a whole number from {min} to {max}"),
            (Some(min), None) => format!("expected a whole number of at least {min}"),
            (None, Some(max)) => format!("expected a whole number of at most {max}"),
            (None, None) => "expected a whole number".to_string(),
        },
        FactKind::YesNo => "expected true or false".to_string(),
        FactKind::Choice(values) => format!("expected one of {}", quoted(values)),
        FactKind::Set(values) => {
            format!("expected a list without repeats of {} (an empty list [] means none of these)", quoted(values))
        }
    }
}
