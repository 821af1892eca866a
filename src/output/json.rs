//! The documented JSON of `evaluate --format json` (README, "JSON output"): a public interface.
//! Typed structs, so that a field cannot disappear or be renamed without the compiler noticing;
//! fields may be added, never removed.

use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::report::ReportView;
use rechtenwijzer_core::report::compare::Difference;
use serde::Serialize;

/// `evaluate --format json`.
#[derive(Debug, Serialize)]
pub struct Results<'a> {
    /// The day the rules were applied for.
    pub date: String,
    /// The language of `reasons` and `name`.
    pub language: &'a str,
    /// Every right of the catalogue exactly once, in catalogue (id) order.
    pub results: Vec<RightResult<'a>>,
    /// The merged checklist: each document once, with the rights that need it.
    pub documents: Vec<DocumentResult<'a>>,
}

/// One right's outcome.
#[derive(Debug, Serialize)]
pub struct RightResult<'a> {
    /// The right's id.
    pub right: &'a str,
    /// `automatic`, `proactive`, `request`, `already`, `unknown` or `unlikely`.
    pub status: Status,
    /// Why, worded for a person.
    pub reasons: &'a [String],
    /// The id of the office where one applies.
    pub office: &'a str,
    /// The ids of the documents this right needs.
    pub documents: Vec<&'a str>,
    /// The right's name in `language`.
    pub name: &'a str,
    /// Its Dutch name.
    pub name_nl: &'a str,
    /// `federal`, `flemish` or `local`.
    pub level: &'a str,
    /// Every status it could still get.
    pub possible: &'a [Status],
    /// The facts that decided the status.
    pub facts: &'a [String],
    /// For `unknown`: the facts whose answers would decide it.
    pub missing: &'a [String],
    /// The rights this one opens.
    pub opens: &'a [String],
    /// Where the facts come from.
    pub source: &'a str,
    /// When they were checked.
    pub checked: String,
    /// For `automatic`: what to do if it does not arrive.
    pub if_missing: Option<&'a str>,
    /// The deadline, when the person may have to act and there is one.
    pub deadline: Option<&'a str>,
    /// Facts not yet verified that matter for this outcome.
    pub to_confirm: &'a [String],
    /// With `--what-if`: the smallest change of answers that brings it within reach.
    pub what_would_change: &'a [String],
}

/// A document of the merged checklist.
#[derive(Debug, Serialize)]
pub struct DocumentResult<'a> {
    /// The document's id.
    pub document: &'a str,
    /// The rights that need it.
    #[serde(rename = "for")]
    pub rights: &'a [String],
}

/// `evaluate --compare B --format json`.
#[derive(Debug, Serialize)]
pub struct Comparison<'a> {
    /// The results of A.
    pub a: Results<'a>,
    /// The results of B.
    pub b: Results<'a>,
    /// The rights that change status.
    pub changes: Vec<Change<'a>>,
}

/// A right whose status differs between A and B.
#[derive(Debug, Serialize)]
pub struct Change<'a> {
    /// The right's id.
    pub right: &'a str,
    /// Its status in A.
    pub a: Status,
    /// Its status in B.
    pub b: Status,
}

/// The results as the documented JSON.
pub fn results(view: &ReportView) -> Results<'_> {
    Results {
        date: view.date.to_string(),
        language: &view.language,
        results: view
            .rights
            .iter()
            .map(|right| RightResult {
                right: &right.id,
                status: right.status,
                reasons: &right.reasons,
                office: &right.office_id,
                documents: right.documents.iter().map(|document| document.id.as_str()).collect(),
                name: &right.name,
                name_nl: &right.name_nl,
                level: right.level.id(),
                possible: &right.possible,
                facts: &right.facts,
                missing: &right.missing,
                opens: &right.opens_ids,
                source: &right.source,
                checked: right.checked.to_string(),
                if_missing: right.if_missing.as_deref(),
                deadline: right.deadline.as_deref(),
                to_confirm: &right.to_confirm,
                what_would_change: &right.what_would_change,
            })
            .collect(),
        documents: view
            .documents
            .iter()
            .map(|document| DocumentResult { document: &document.document, rights: &document.rights })
            .collect(),
    }
}

/// A comparison as the documented JSON: both results in full, and the rights that change.
pub fn comparison<'a>(a: &'a ReportView, b: &'a ReportView, changes: &[Difference]) -> Comparison<'a> {
    Comparison {
        a: results(a),
        b: results(b),
        changes: changes
            .iter()
            .filter_map(|&(right, from, to)| a.rights.get(right).map(|view| Change { right: &view.id, a: from, b: to }))
            .collect(),
    }
}

/// Serializes `value` as pretty JSON, one document ending in a line break. Characters that a
/// terminal would obey or that reorder text (C1 controls such as U+009B, bidi controls) can
/// only stand inside strings, where they are written as `\uXXXX` escapes: the same JSON value,
/// harmless when printed.
pub fn to_json(value: &impl serde::Serialize) -> serde_json::Result<String> {
    let json = serde_json::to_string_pretty(value)?;
    let mut out = String::with_capacity(json.len() + 1);
    for c in json.chars() {
        if c != '\n' && rechtenwijzer_core::text::is_unsafe(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    Ok(out)
}
