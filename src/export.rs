//! The `evaluate` command's outputs and the handout: plain text and printable HTML for people,
//! stable JSON for programs, all rendered from the same `Report`.

use serde_json::{Value, json};

use crate::i18n::I18n;
use crate::report::Report;
use crate::rules::Status;
use crate::text::{clean, wrap};

const WIDTH: usize = 78;

/// The report as plain text: rights grouped by status with their reasons, then the merged
/// document checklist grouped by office.
pub fn text(report: &Report, i18n: &I18n) -> String {
    let content = report.content;
    let mut out = Vec::new();
    out.push(i18n.text("ui-report-title", &[("date", i18n.date(report.evaluation.date).into())]));
    out.extend(wrap(&i18n.plain("ui-report-disclaimer"), WIDTH));
    if !i18n.reviewed() {
        out.extend(wrap(&i18n.plain("ui-unreviewed"), WIDTH));
    }
    for status in Status::ALL {
        let rights = report.group(status);
        if rights.is_empty() {
            continue;
        }
        out.push(String::new());
        push_heading(&mut out, &i18n.plain(&format!("ui-status-{}", status.id())));
        for right in rights {
            let definition = &content.rights[right];
            let office = i18n.plain(&format!("office-{}", content.offices[definition.office].id));
            out.push(format!(
                "  * {} ({})",
                i18n.with_dutch(&format!("right-{}", definition.id)),
                i18n.text("ui-apply-at", &[("office", office.into())])
            ));
            for reason in report.reasons(right, i18n) {
                push_wrapped(&mut out, "    ", "    ", &reason);
            }
            let extras = [
                report.if_missing(right, i18n).map(|text| i18n.text("ui-if-missing", &[("text", text.into())])),
                report.deadline(right, i18n).map(|text| i18n.text("ui-deadline", &[("text", text.into())])),
                Some(report.opens(right, i18n))
                    .filter(|opens| !opens.is_empty() && status != Status::Unlikely)
                    .map(|opens| i18n.text("ui-opens", &[("rights", opens.join(", ").into())])),
                Some(report.to_confirm(right, i18n))
                    .filter(|notes| !notes.is_empty())
                    .map(|_| i18n.plain("ui-to-confirm")),
            ];
            for extra in extras.into_iter().flatten() {
                push_wrapped(&mut out, "    ", "    ", &extra);
            }
        }
    }
    out.push(String::new());
    push_heading(&mut out, &i18n.plain("ui-documents-title"));
    let by_office = report.documents_by_office();
    if by_office.is_empty() {
        out.push(format!("  {}", i18n.plain("ui-documents-none")));
    }
    for (office, needs) in by_office {
        out.push(format!("  {}", i18n.plain(&format!("office-{}", content.offices[office].id))));
        for channel in report.channels(office, i18n) {
            push_wrapped(&mut out, "    - ", "      ", &channel);
        }
        for need in needs {
            let document = &content.documents[need.document].id;
            push_wrapped(&mut out, "    [ ] ", "        ", &i18n.with_dutch(&format!("document-{document}")));
            let rights: Vec<String> =
                need.rights.iter().map(|&r| i18n.plain(&format!("right-{}", content.rights[r].id))).collect();
            let details = [
                i18n.text("ui-document-for", &[("rights", rights.join(", ").into())]),
                i18n.text("ui-document-where", &[("where", i18n.plain(&format!("document-{document}-where")).into())]),
            ];
            for detail in details {
                push_wrapped(&mut out, "        ", "        ", &detail);
            }
        }
    }
    out.push(String::new());
    out.extend(wrap(&i18n.plain("ui-bank-codes"), WIDTH));
    let mut text = out.iter().map(|line| clean(line)).collect::<Vec<_>>().join("\n");
    text.push('\n');
    text
}

/// A heading underlined to its width (capitals would be harder to read, and wrong in Turkish).
fn push_heading(out: &mut Vec<String>, heading: &str) {
    out.push(heading.to_string());
    out.push("-".repeat(unicode_width::UnicodeWidthStr::width(heading)));
}

/// Adds `text` wrapped to the page width: the first line after `first`, the rest after `rest`
/// (both prefixes have the same width, so the text lines up).
fn push_wrapped(out: &mut Vec<String>, first: &str, rest: &str, text: &str) {
    for (index, line) in wrap(text, WIDTH - first.len()).into_iter().enumerate() {
        out.push(format!("{}{line}", if index == 0 { first } else { rest }));
    }
}

/// The report as the documented JSON: every right exactly once in `results`, in catalogue
/// order, and the merged `documents` list.
pub fn json(report: &Report, i18n: &I18n) -> Value {
    let content = report.content;
    let results: Vec<Value> = report
        .evaluation
        .outcomes
        .iter()
        .enumerate()
        .map(|(index, outcome)| {
            let right = &content.rights[index];
            json!({
                "right": right.id,
                "status": outcome.status.id(),
                "reasons": report.reasons(index, i18n),
                "office": content.offices[right.office].id,
                "documents": right.documents.iter().map(|&d| content.documents[d].id.as_str()).collect::<Vec<_>>(),
                "name": i18n.plain(&format!("right-{}", right.id)),
                "name_nl": i18n.dutch(&format!("right-{}", right.id)),
                "level": right.level.id(),
                "possible": outcome.possible.iter().map(Status::id).collect::<Vec<_>>(),
                "facts": outcome.facts.iter().map(|&f| content.facts[f].id.as_str()).collect::<Vec<_>>(),
                "missing": outcome.missing.iter().map(|&f| content.facts[f].id.as_str()).collect::<Vec<_>>(),
                "opens": right.opens.iter().map(|&r| content.rights[r].id.as_str()).collect::<Vec<_>>(),
                "source": right.source,
                "checked": right.checked.to_string(),
                "if_missing": report.if_missing(index, i18n),
                "deadline": report.deadline(index, i18n),
                "to_confirm": report.to_confirm(index, i18n),
                "what_would_change": what_would_change(report, index, i18n),

            })
        })
        .collect();
    let documents: Vec<Value> = report
        .documents
        .iter()
        .map(|need| {
            json!({
                "document": content.documents[need.document].id,
                "for": need.rights.iter().map(|&r| content.rights[r].id.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "date": report.evaluation.date.to_string(),
        "language": i18n.language(),
        "results": results,
        "documents": documents,
    })
}

/// Escapes text for HTML: content and answers never become markup.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const HANDOUT_STYLE: &str = "@page{size:A4;margin:15mm}\
body{font-family:sans-serif;font-size:16pt;line-height:1.45;color:#000;background:#fff;max-width:48em;margin:0 auto}\
h1{font-size:22pt}h2{font-size:19pt;border-bottom:2px solid #000;margin-top:1.2em}h3{font-size:17pt}\
ul{padding-left:1.2em}li{margin:.4em 0}.note{font-style:italic}.warning{border:2px solid #000;padding:.5em}\
.check li{list-style:none}.check li::before{content:'\\2610  '}section+section{page-break-before:always}";

/// The handout as one HTML page: printable on A4 in large type, no external resources,
/// right-to-left where the language is; with a second language, a second part in it.
pub fn html(report: &Report, i18n: &I18n, second: Option<&I18n>) -> String {
    let mut out = String::new();
    let direction = |language: &str| if crate::tui::app::is_right_to_left(language) { "rtl" } else { "ltr" };
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{0}\" dir=\"{1}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{2}</title>\n<style>{HANDOUT_STYLE}</style>\n</head>\n<body>\n",
        escape_html(i18n.language()),
        direction(i18n.language()),
        escape_html(&i18n.plain("ui-app-name"))
    ));
    for words in std::iter::once(i18n).chain(second) {
        out.push_str(&format!(
            "<section lang=\"{0}\" dir=\"{1}\">\n",
            escape_html(words.language()),
            direction(words.language())
        ));
        html_section(&mut out, report, words);
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn html_section(out: &mut String, report: &Report, i18n: &I18n) {
    let content = report.content;
    let e = escape_html;
    out.push_str(&format!(
        "<h1>{}</h1>\n",
        e(&i18n.text("ui-report-title", &[("date", i18n.date(report.evaluation.date).into())]))
    ));
    out.push_str(&format!("<p class=\"note\">{}</p>\n", e(&i18n.plain("ui-report-disclaimer"))));
    if !i18n.reviewed() {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", e(&i18n.plain("ui-unreviewed"))));
    }
    for status in Status::ALL {
        let rights = report.group(status);
        if rights.is_empty() || status == Status::Unlikely {
            continue;
        }
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", e(&i18n.plain(&format!("ui-status-{}", status.id())))));
        for right in rights {
            let definition = &content.rights[right];
            let office = i18n.plain(&format!("office-{}", content.offices[definition.office].id));
            out.push_str(&format!(
                "<li><strong>{}</strong> ({})",
                e(&i18n.with_dutch(&format!("right-{}", definition.id))),
                e(&i18n.text("ui-apply-at", &[("office", office.into())]))
            ));
            let mut lines = report.reasons(right, i18n);
            lines.extend(report.if_missing(right, i18n));
            lines.extend(report.deadline(right, i18n).map(|text| i18n.text("ui-deadline", &[("text", text.into())])));
            let counter = format!("right-{}-counter", definition.id);
            if i18n.has(&counter) && !matches!(status, Status::Already | Status::Automatic) {
                lines.push(i18n.text(
                    "ui-detail-counter-dutch",
                    &[("sentence", format!("\u{201C}{}\u{201D}", i18n.dutch(&counter)).into())],
                ));
            }
            for line in lines {
                out.push_str(&format!("<br>{}", e(&line)));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<h2>{}</h2>\n", e(&i18n.plain("ui-documents-title"))));
    let by_office = report.documents_by_office();
    if by_office.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", e(&i18n.plain("ui-documents-none"))));
    }
    for (office, needs) in by_office {
        out.push_str(&format!(
            "<h3>{}</h3>\n<ul>\n",
            e(&i18n.plain(&format!("office-{}", content.offices[office].id)))
        ));
        for channel in report.channels(office, i18n) {
            out.push_str(&format!("<li>{}</li>\n", e(&channel)));
        }
        out.push_str("</ul>\n<ul class=\"check\">\n");
        for need in needs {
            let document = &content.documents[need.document].id;
            let rights: Vec<String> =
                need.rights.iter().map(|&r| i18n.plain(&format!("right-{}", content.rights[r].id))).collect();
            out.push_str(&format!(
                "<li><strong>{}</strong><br>{}<br>{}</li>\n",
                e(&i18n.with_dutch(&format!("document-{document}"))),
                e(&i18n.text("ui-document-for", &[("rights", rights.join(", ").into())])),
                e(&i18n
                    .text("ui-document-where", &[("where", i18n.plain(&format!("document-{document}-where")).into())]))
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<p class=\"warning\">{}</p>\n", e(&i18n.plain("ui-bank-codes"))));
}

/// For an `unlikely` or `unknown` right: the smallest change of answers that brings it within
/// reach, worded (empty when there is none, or when the right is within reach already).
fn what_would_change(report: &Report, right: usize, i18n: &I18n) -> Vec<String> {
    let status = report.evaluation.outcomes[right].status;
    if !matches!(status, Status::Unlikely | Status::Unknown) {
        return Vec::new();
    }
    // Only when asked for (`evaluate --what-if`): it evaluates the rules many times over.
    let Some(answers) = &report.answers else { return Vec::new() };
    crate::whatif::smallest_change(report.content, answers, report.evaluation.date, right)
        .unwrap_or_default()
        .into_iter()
        .map(|change| crate::report::change_text(report.content, i18n, change))
        .collect()
}

/// The rights whose status differs between two evaluations of the same content: (right, A, B).
pub fn differences(a: &Report, b: &Report) -> Vec<(usize, Status, Status)> {
    a.evaluation
        .outcomes
        .iter()
        .zip(&b.evaluation.outcomes)
        .enumerate()
        .filter(|(_, (x, y))| x.status != y.status)
        .map(|(index, (x, y))| (index, x.status, y.status))
        .collect()
}

/// A comparison as text: every right that changes status, from A to B.
pub fn compare_text(a: &Report, b: &Report, i18n: &I18n) -> String {
    let mut out = vec![i18n.text("ui-compare-title", &[("date", i18n.date(a.evaluation.date).into())])];
    out.extend(wrap(&i18n.plain("ui-report-disclaimer"), WIDTH));
    out.push(String::new());
    let changes = differences(a, b);
    if changes.is_empty() {
        out.push(i18n.plain("ui-compare-none"));
    }
    for (right, from, to) in changes {
        let name = i18n.with_dutch(&format!("right-{}", a.content.rights[right].id));
        let from = i18n.plain(&format!("ui-status-{}", from.id()));
        let to = i18n.plain(&format!("ui-status-{}", to.id()));
        push_wrapped(
            &mut out,
            "  * ",
            "    ",
            &i18n.text("ui-compare-change", &[("right", name.into()), ("from", from.into()), ("to", to.into())]),
        );
    }
    let mut text = out.iter().map(|line| clean(line)).collect::<Vec<_>>().join("\n");
    text.push('\n');
    text
}

/// A comparison as JSON: both results in full, and the rights that change status.
pub fn compare_json(a: &Report, b: &Report, i18n: &I18n) -> Value {
    let changes: Vec<Value> = differences(a, b)
        .into_iter()
        .map(|(right, from, to)| json!({ "right": a.content.rights[right].id, "a": from.id(), "b": to.id() }))
        .collect();
    json!({ "a": json(a, i18n), "b": json(b, i18n), "changes": changes })
}
