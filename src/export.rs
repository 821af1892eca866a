//! The `evaluate` command's outputs: plain text for people and stable JSON for programs, both
//! rendered from the same `Report`.

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
