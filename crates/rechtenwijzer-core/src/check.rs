//! The `check` command: load content and locales, cross-check the messages, and render every
//! diagnostic at once with a summary.

use crate::content::overlay;
use crate::content::source::SourceTree;
use crate::content::{self, Loaded};
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::{self, Coverage, I18n, Locales, REFERENCE};
use crate::model::date::Date;
use crate::text::{self, clean_line};

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
    let mut result = run_for(content_tree, locale_tree, read_problems, None);
    result.diagnostics.extend([content_tree, locale_tree].into_iter().flat_map(unsafe_characters));
    result
}

/// A warning for every line of a file that holds a control character or an invisible
/// character that reorders or hides text: the renderers drop or replace them, so what a
/// maintainer reads in the file is not what a person would see.
fn unsafe_characters(tree: &SourceTree) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for file in &tree.files {
        let mut line_start = 0;
        for line in file.text.split_inclusive('\n') {
            if let Some((offset, c)) = line.char_indices().find(|&(_, c)| text::is_unsafe(c)) {
                let at = line_start + offset;
                found.push(
                    Diagnostic::warning(
                        "unsafe-character",
                        &file.shown,
                        Some(at..at + c.len_utf8()),
                        format!("U+{:04X} is a control or invisible character", u32::from(c)),
                    )
                    .with_label("here")
                    .with_help("remove it: it would be dropped or shown as \u{FFFD} (it can hide or reorder text)"),
                );
            }
            line_start += line.len();
        }
    }
    found
}

/// Like `run`, but parses the messages of only these languages (the interview's start-up: the
/// others are parsed when first shown).
pub fn run_for(
    content_tree: &SourceTree,
    locale_tree: &SourceTree,
    read_problems: Vec<Diagnostic>,
    languages: Option<&[&str]>,
) -> CheckResult {
    let loaded = content::load(content_tree);
    let (locales, mut locale_problems) = i18n::load(locale_tree);
    locale_problems.extend(locales.validate(languages));
    let (coverage_problems, coverage) = locales.check_coverage(&loaded.content.messages, &locale_tree.root);
    let mut diagnostics = read_problems;
    diagnostics.extend(loaded.diagnostics.iter().cloned());
    diagnostics.extend(locale_problems);
    diagnostics.extend(coverage_problems);
    CheckResult { loaded, locales, diagnostics, coverage }
}

/// Checks the common content and, laid over it one at a time, every municipality's overlay;
/// a problem found more than once is reported once.
pub fn run_with_overlays(
    content_tree: &SourceTree,
    locale_tree: &SourceTree,
    read_problems: Vec<Diagnostic>,
) -> CheckResult {
    let mut result = run(content_tree, locale_tree, read_problems);
    for name in overlay::available(content_tree) {
        let Ok((content, locales)) = overlay::apply(content_tree, locale_tree, &name) else { continue };
        for diagnostic in run(&content, &locales, Vec::new()).diagnostics {
            if !result.diagnostics.contains(&diagnostic) {
                result.diagnostics.push(diagnostic);
            }
        }
    }
    result
}

/// Renders the diagnostics (colour-free) and a closing summary.
pub fn render(result: &CheckResult, content_tree: &SourceTree, locale_tree: &SourceTree) -> String {
    let find = |shown: &str| {
        content_tree.by_shown(shown).or_else(|| locale_tree.by_shown(shown)).map(|file| file.text.as_ref())
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

/// What a maintainer should re-check: every right and every dated parameter value by the date
/// it was checked, oldest first, with its source and every fact not yet verified.
pub fn freshness(result: &CheckResult) -> String {
    let content = &result.loaded.content;
    let i18n = I18n::new(&result.locales, REFERENCE);
    let word = |id: &str| i18n.as_ref().map_or_else(|| id.to_string(), |i18n| clean_line(&i18n.msg(id)));
    let mut entries: Vec<(Date, String, Vec<String>)> = Vec::new();
    for right in &content.rights {
        let mut lines = vec![format!("source: {}", clean_line(&right.source))];
        lines.extend(right.unverified.iter().map(|id| format!("not verified: {} ({id})", word(id))));
        entries.push((right.checked, format!("right {}", right.id), lines));
    }
    for parameter in &content.parameters {
        for (index, value) in parameter.values.iter().enumerate() {
            let heading = format!(
                "parameter {} = {} {} from {} ({})",
                parameter.id,
                hundredths(value.amount),
                parameter.unit.id(),
                value.valid_from,
                value.confidence.id()
            );
            let mut lines = vec![format!("source: {}", clean_line(&value.source))];
            if value.confidence.to_confirm() {
                lines.push("not verified: to be confirmed against an official source".to_string());
            }
            // Past its `until`, until a next value starts: what is known of it then.
            let next = parameter.values.get(index + 1).map(|next| next.valid_from);
            if let Some(until) = value.until
                && next.is_none_or(|next| next > until.next_day())
            {
                let after = until.next_day();
                lines.push(if parameter.rises {
                    format!("known only as a lower bound since {after}: the new value is not known yet")
                } else {
                    format!("not known since {after}: the new value is missing (rules that read it are unknown)")
                });
            }
            entries.push((value.checked, heading, lines));
        }
    }
    entries.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut out = String::from("\nfreshness: oldest checked first\n");
    for (checked, heading, lines) in entries {
        out.push_str(&format!("{checked}  {heading}\n"));
        for line in lines {
            out.push_str(&format!("            {line}\n"));
        }
    }
    out
}

/// A value in hundredths as a plain decimal, e.g. `131420` as `1314.20`.
fn hundredths(value: i64) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let value = value.unsigned_abs();
    format!("{sign}{}.{:02}", value / 100, value % 100)
}
