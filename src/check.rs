//! The `check` command: load content and locales, cross-check the messages, and render every
//! diagnostic at once with a summary.

use crate::content::{self, Loaded};
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::{self, Coverage, Locales};
use crate::source::SourceTree;

/// Everything `check` found.
pub struct CheckResult {
    /// Content, loaded as far as it could be.
    pub loaded: Loaded,
    /// The locales.
    pub locales: Locales,
    /// Every diagnostic: reading, content, locales, coverage.
    pub diagnostics: Vec<Diagnostic>,
    /// Message coverage per language.
    pub coverage: Vec<Coverage>,
}

impl CheckResult {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Checks a content tree and a locales tree; `read_problems` are those met while reading files.
pub fn run(content_tree: &SourceTree, locale_tree: &SourceTree, read_problems: Vec<Diagnostic>) -> CheckResult {
    let loaded = content::load(content_tree);
    let (locales, locale_problems) = i18n::load(locale_tree);
    let (coverage_problems, coverage) = locales.check_coverage(&loaded.content.messages, &locale_tree.root);
    let mut diagnostics = read_problems;
    diagnostics.extend(loaded.diagnostics.iter().cloned());
    diagnostics.extend(locale_problems);
    diagnostics.extend(coverage_problems);
    CheckResult { loaded, locales, diagnostics, coverage }
}

/// Renders the diagnostics (colour-free) and a closing summary.
pub fn render(result: &CheckResult, content_tree: &SourceTree, locale_tree: &SourceTree) -> String {
    let find = |shown: &str| {
        content_tree.by_shown(shown).or_else(|| locale_tree.by_shown(shown)).map(|file| file.text.as_str())
    };
    let mut out = diagnostic::render_all(&result.diagnostics, find);
    let errors = result.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = result.diagnostics.len() - errors;
    let content = &result.loaded.content;
    out.push_str(&format!(
        "checked {} facts, {} questions, {} documents, {} offices, {} parameters, {} rights, {} scenarios\n",
        content.facts.len(),
        content.questions.len(),
        content.documents.len(),
        content.offices.len(),
        content.parameters.len(),
        content.rights.len(),
        content.scenarios.len()
    ));
    let coverage: Vec<String> = result
        .coverage
        .iter()
        .map(|c| format!("{} {} % ({}/{})", c.language, c.percent(), c.present, c.total))
        .collect();
    out.push_str(&format!(
        "messages: {}\n",
        if coverage.is_empty() { "none".to_string() } else { coverage.join(", ") }
    ));
    out.push_str(&format!(
        "{errors} {}, {warnings} {}\n",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    ));
    out
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 { one } else { many }
}
