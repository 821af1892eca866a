//! Content diagnostics: what went wrong, where (file, line, column), and a help line; rendered
//! as colour-free text in the style of compiler errors.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};

use crate::text::clean_line;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The content cannot be used until this is fixed.
    Error,
    /// The content works, but something is missing or suspicious.
    Warning,
}

/// One problem found in content, locales or an answers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A short stable kind, e.g. `unknown-fact`; fixtures and tests key on it.
    pub code: &'static str,
    /// One sentence saying what is wrong.
    pub message: String,
    /// The file as shown to the maintainer, e.g. `content/rights/leefloon.toml`.
    pub file: String,
    /// Byte range of the offending text in the file, when there is one.
    pub span: Option<Range<usize>>,
    /// A few words under the marked text.
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span` of `file`.
    pub fn error(code: &'static str, file: &str, span: Option<Range<usize>>, message: String) -> Self {
        Diagnostic { severity: Severity::Error, code, message, file: file.to_string(), span, label: None, help: None }
    }

    /// A warning at `span` of `file`.
    pub fn warning(code: &'static str, file: &str, span: Option<Range<usize>>, message: String) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, file, span, message) }
    }

    /// Adds a label under the marked text.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds "did you mean" help when a candidate is close to `wrong`.
    pub fn with_suggestion<'a>(self, wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Self {
        match did_you_mean(wrong, candidates) {
            Some(best) => self.with_help(format!("did you mean `{best}`?")),
            None => self,
        }
    }

    /// Sets the help line (for a diagnostic already recorded).
    pub fn set_help(&mut self, help: impl Into<String>) {
        self.help = Some(help.into());
    }

    /// Adds a help line unless there is one already.
    pub fn with_help_if_none(self, help: impl Into<String>) -> Self {
        if self.help.is_some() { self } else { self.with_help(help) }
    }

    /// Whether this is an error rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Renders diagnostics as plain text; `source` finds a file's text by its shown name.
pub fn render_all<'a>(diagnostics: &[Diagnostic], source: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render(diagnostic, source(&diagnostic.file)));
        out.push('\n');
    }
    out
}

/// Renders one diagnostic in the style of compiler errors (annotate-snippets, without colour):
/// the offending line with the marked text when the file's text is known, and the help line.
/// Everything that came from a file (names included) is cleaned of control characters first.
pub fn render(diagnostic: &Diagnostic, text: Option<&str>) -> String {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let message = clean_line(&diagnostic.message);
    let file = clean_line(&diagnostic.file);
    let label = diagnostic.label.as_deref().map(clean_line);
    let help = diagnostic.help.as_deref().map(clean_line);
    let located = diagnostic.span.clone().zip(text);
    let title = level.primary_title(message.as_str()).id(diagnostic.code);
    let mut group = match located {
        Some((span, text)) => {
            // One line of context, cleaned (a control character in content never reaches a
            // terminal); the marked span is measured again on the cleaned line.
            let start = floor_char_boundary(text, span.start.min(text.len()));
            let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
            let (line, _) = line_column(text, start);
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let raw_line = text[line_start..line_end].trim_end_matches('\r');
            let source = clean_line(raw_line);
            let lead_end = (start - line_start).min(raw_line.len());
            let marked_end = (end.min(line_end) - line_start).min(raw_line.len()).max(lead_end);
            let lead = clean_line(&raw_line[..lead_end]).len();
            let marked = clean_line(&raw_line[lead_end..marked_end]).len();
            let mut annotation = AnnotationKind::Primary.span(lead..lead + marked);
            if let Some(label) = &label {
                annotation = annotation.label(label.as_str());
            }
            let snippet = Snippet::source(source).line_start(line).path(file.as_str()).annotation(annotation);
            title.element(snippet)
        }
        None => title.element(Origin::path(file.as_str())),
    };
    if let Some(help) = &help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    let mut out = Renderer::plain().render(&[group]);
    out.push('\n');
    out
}

/// The candidate closest to `wrong`, if it is close enough to be a plausible typo.
///
/// Content with thousands of problems asks this thousands of times against every id, so a
/// candidate is measured only as far as it could still qualify: its length alone rules most
/// out, and the edit distance stops as soon as it passes the limit.
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_chars: Vec<char> = wrong.chars().collect();
    let length = wrong_chars.len();
    // A prefix may lack a third of the word (`income-monthly` finds `income-monthly-net`);
    // other typos may change a quarter of it: two or three characters.
    let prefix_limit = length / 3;
    let typo_limit = (length / 4).clamp(2, 3);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        // Characters are at most 4 bytes: a byte length this far off cannot be close.
        if candidate.len() > 4 * (length + prefix_limit.max(typo_limit)) {
            continue;
        }
        let candidate_length = candidate.chars().count();
        let distance = if candidate.starts_with(wrong) || wrong.starts_with(candidate) {
            Some(candidate_length.abs_diff(length)).filter(|d| *d <= prefix_limit)
        } else if candidate_length.abs_diff(length) > typo_limit {
            None
        } else {
            edit_distance_within(&wrong_chars, candidate, typo_limit)
        };
        if let Some(distance) = distance
            && best.is_none_or(|(d, c)| (distance, candidate) < (d, c))
        {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Levenshtein distance in characters, or `None` once it must exceed `limit`.
fn edit_distance_within(a: &[char], b: &str, limit: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        // Every later row is at least this row's smallest value.
        if current.iter().min().is_some_and(|least| *least > limit) {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|distance| *distance <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounded_distance_agrees_with_the_full_one_within_the_limit() {
        let words = ["", "a", "age", "agee", "income", "incoem", "kinderopvang", "kinder-opvang", "naïve", "naive"];
        for a in words {
            for b in words {
                let a_chars: Vec<char> = a.chars().collect();
                // The full table, for comparison.
                let b_chars: Vec<char> = b.chars().collect();
                let mut table = vec![vec![0usize; b_chars.len() + 1]; a_chars.len() + 1];
                for (i, row) in table.iter_mut().enumerate() {
                    row[0] = i;
                }
                for (j, cell) in table[0].iter_mut().enumerate() {
                    *cell = j;
                }
                for i in 1..=a_chars.len() {
                    for j in 1..=b_chars.len() {
                        let cost = usize::from(a_chars[i - 1] != b_chars[j - 1]);
                        table[i][j] = (table[i - 1][j - 1] + cost).min(table[i - 1][j] + 1).min(table[i][j - 1] + 1);
                    }
                }
                let full = table[a_chars.len()][b_chars.len()];
                for limit in 0..4 {
                    let expected = (full <= limit).then_some(full);
                    assert_eq!(edit_distance_within(&a_chars, b, limit), expected, "{a} / {b} within {limit}");
                }
            }
        }
    }

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "a = 1\nnaïve = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        let offset = text.find("= \"x").unwrap();
        assert_eq!(line_column(text, offset), (2, 7));
    }

    #[test]
    fn suggests_close_ids_only() {
        let ids = ["income-monthly-net", "income-yearly-taxable", "age"];
        assert_eq!(did_you_mean("income-monthly", ids), Some("income-monthly-net"));
        assert_eq!(did_you_mean("agee", ids), Some("age"));
        assert_eq!(did_you_mean("heating", ids), None);
        // Ties go to the first in alphabetical order, whatever order the candidates come in.
        assert_eq!(did_you_mean("agx", ["agy", "agz", "ag"]), Some("ag"));
        assert_eq!(did_you_mean("abcd", ["abxx", "abcx"]), Some("abcx"));
    }

    #[test]
    fn renders_the_offending_line_with_a_marker() {
        let text = "id = \"x\"\nwhen = \"agee >= 18\"\n";
        let start = text.find("agee").unwrap();
        let diagnostic = Diagnostic::error(
            "unknown-fact",
            "content/rights/x.toml",
            Some(start..start + 4),
            "unknown fact `agee`".into(),
        )
        .with_label("not a fact")
        .with_suggestion("agee", ["age"]);
        let shown = render(&diagnostic, Some(text));
        assert_eq!(
            shown,
            "error[unknown-fact]: unknown fact `agee`\n --> content/rights/x.toml:2:9\n  |\n2 | when = \"agee >= 18\"\n  |         ^^^^ not a fact\n  |\n  = help: did you mean `age`?\n"
        );
    }

    #[test]
    fn control_characters_never_reach_the_output() {
        let diagnostic = Diagnostic::error("x", "f", None, "bad \u{1b}]0;title\u{7}".into());
        assert!(!render(&diagnostic, None).contains('\u{1b}'));
        // Not from a file name either, nor from the line shown; the marker still sits under
        // the marked word.
        let text = "a = \"\u{1b}[2J\"\nwhen = \"agee\"\n";
        let start = text.find("agee").unwrap();
        let diagnostic =
            Diagnostic::error("x", "content/\u{1b}[2Jx.toml", Some(start..start + 4), "bad".into()).with_label("here");
        let shown = render(&diagnostic, Some(text));
        assert!(!shown.contains('\u{1b}'), "{shown}");
        let line = "x = \"\u{1b}[2Jagee\"";
        let at = line.find("agee").unwrap();
        let diagnostic = Diagnostic::error("x", "f", Some(at..at + 4), "bad".into()).with_label("here");
        let shown = render(&diagnostic, Some(line));
        let rows: Vec<&str> = shown.lines().collect();
        let source = rows.iter().position(|row| row.contains("agee")).unwrap();
        assert_eq!(
            rows[source].chars().position(|c| c == 'a').map(|p| p + 2),
            rows[source + 1].chars().position(|c| c == '^').map(|p| p + 2),
            "{shown}"
        );
    }
}
