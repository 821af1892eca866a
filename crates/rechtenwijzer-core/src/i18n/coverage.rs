//! Whether content and code find every message they need: missing in Dutch is an error at the
//! place that needs it; missing in another language a warning with a coverage count; a Dutch
//! message of content's families that nothing uses, a warning.

use std::collections::BTreeSet;

use super::locales::{Locales, MessageIndex};
use super::{REFERENCE, ids};
use crate::content::MessageRef;
use crate::diagnostic::Diagnostic;

impl Locales {
    /// Checks that content and code find every message they need: missing in Dutch is an
    /// error at the place that needs it; missing elsewhere is a warning with a coverage count.
    pub fn check_coverage(&self, needed: &[MessageRef], shown_root: &str) -> (Vec<Diagnostic>, Vec<Coverage>) {
        let mut diagnostics = Vec::new();
        let Some(reference) = self.get(REFERENCE) else { return (diagnostics, Vec::new()) };
        let mut reported = BTreeSet::new();
        for need in needed.iter().filter(|need| need.required) {
            if reference.messages().contains_key(&need.id) || !reported.insert(need.id.clone()) {
                continue;
            }
            let file = suggested_file(&need.id, reference.messages());
            diagnostics.push(
                Diagnostic::error(
                    "missing-message",
                    &need.file,
                    need.span.clone(),
                    format!("the message `{}` is missing from the Dutch messages", need.id),
                )
                .with_label("needs this message")
                .with_suggestion(&need.id, reference.messages().keys().map(String::as_str))
                .with_help_if_none(format!("add `{} = …` to {file}", need.id)),
            );
        }
        for id in ids::CODE_MESSAGES {
            if !reference.messages().contains_key(*id) {
                diagnostics.push(
                    Diagnostic::error(
                        "missing-message",
                        &format!("{shown_root}/{REFERENCE}/ui.ftl"),
                        None,
                        format!("the message `{id}` used by the program is missing from the Dutch messages"),
                    )
                    .with_help(format!("add `{id} = …` to {shown_root}/{REFERENCE}/ui.ftl")),
                );
            }
        }
        let known: BTreeSet<&str> =
            needed.iter().map(|need| need.id.as_str()).chain(ids::CODE_MESSAGES.iter().copied()).collect();
        for (id, (file, span)) in reference.messages() {
            if ids::CONTENT_PREFIXES.iter().any(|prefix| id.starts_with(prefix)) && !known.contains(id.as_str()) {
                diagnostics.push(
                    Diagnostic::warning(
                        "unused-message",
                        file,
                        Some(span.clone()),
                        format!("no content uses the message `{id}`"),
                    )
                    .with_label("unused")
                    .with_suggestion(id, known.iter().copied())
                    .with_help_if_none("remove it, or refer to it from content"),
                );
            }
        }
        let mut coverage = Vec::new();
        let total = reference.messages().len();
        for locale in &self.locales {
            let missing: Vec<&str> = reference
                .messages()
                .keys()
                .filter(|id| !locale.messages().contains_key(*id))
                .map(String::as_str)
                .collect();
            coverage.push(Coverage { language: locale.id.clone(), present: total - missing.len(), total });
            if locale.id == REFERENCE {
                continue;
            }
            if !missing.is_empty() {
                let shown: Vec<&str> = missing.iter().take(5).copied().collect();
                let more = if missing.len() > shown.len() {
                    format!(" and {} more", missing.len() - shown.len())
                } else {
                    String::new()
                };
                diagnostics.push(
                    Diagnostic::warning(
                        "missing-translation",
                        &format!("{shown_root}/{}", locale.id),
                        None,
                        format!("{} of {total} messages are not translated into `{}`", missing.len(), locale.id),
                    )
                    .with_help(format!("missing: {}{more}; Dutch is shown for them", shown.join(", "))),
                );
            }
            for (id, (file, span)) in locale.messages() {
                if !reference.messages().contains_key(id) {
                    diagnostics.push(
                        Diagnostic::warning(
                            "extra-message",
                            file,
                            Some(span.clone()),
                            format!("`{id}` is not a Dutch message"),
                        )
                        .with_label("not in nl")
                        .with_suggestion(id, reference.messages().keys().map(String::as_str)),
                    );
                }
            }
        }
        (diagnostics, coverage)
    }
}

/// Where a missing message belongs: beside the messages of the same right, document, office…
/// (the longest shared id prefix), else the file of its family.
fn suggested_file(id: &str, reference: &MessageIndex) -> String {
    let parts: Vec<&str> = id.split('-').collect();
    for length in (2..parts.len()).rev() {
        let prefix = format!("{}-", parts[..length].join("-"));
        let exact = parts[..length].join("-");
        let near = reference.get(&exact).or_else(|| {
            reference.range(prefix.clone()..).next().filter(|(other, _)| other.starts_with(&prefix)).map(|(_, at)| at)
        });
        if let Some((file, _)) = near {
            return file.clone();
        }
    }
    let family = ids::suggested_file(id);
    let folder = reference.values().next().map_or_else(String::new, |(file, _)| {
        file.rsplit_once('/').map_or_else(String::new, |(folder, _)| format!("{folder}/"))
    });
    format!("{folder}{family}")
}

/// How many of the Dutch messages a language has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The language id.
    pub language: String,
    /// Messages present.
    pub present: usize,
    /// Messages in Dutch.
    pub total: usize,
}

impl Coverage {
    /// Whole percent, rounded down (so 99.9 % never shows as 100 %).
    pub fn percent(&self) -> usize {
        (self.present * 100).checked_div(self.total).unwrap_or(100)
    }
}
