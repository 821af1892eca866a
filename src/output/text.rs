//! The report as plain text for people (`evaluate`): first the plan ("Dit eerst": the steps in
//! order), then the rights grouped by status with their reasons and notes, then the merged
//! checklist grouped by office.

use rechtenwijzer_core::i18n::{I18n, ids};
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::report::ReportView;
use rechtenwijzer_core::report::compare::Difference;
use rechtenwijzer_core::report::plan::Plan;
use rechtenwijzer_core::text::{clean, wrap};

const WIDTH: usize = 78;

/// The report as text.
pub fn text(view: &ReportView, i18n: &I18n) -> String {
    let mut out = vec![view.title.clone()];
    out.extend(wrap(&view.disclaimer, WIDTH));
    if let Some(note) = &view.unreviewed {
        out.extend(wrap(note, WIDTH));
    }
    push_plan(&mut out, &Plan::new(view, i18n));
    for group in &view.groups {
        if group.rights.is_empty() {
            continue;
        }
        out.push(String::new());
        push_heading(&mut out, &group.heading);
        for right in group.rights.iter().filter_map(|&right| view.rights.get(right)) {
            out.push(format!("  * {} ({})", right.name_with_dutch, right.apply_at));
            for line in right.reasons.iter().chain(&right.notes) {
                push_wrapped(&mut out, "    ", "    ", line);
            }
        }
    }
    out.push(String::new());
    push_heading(&mut out, &i18n.msg("ui-documents-title"));
    if view.checklist.is_empty() {
        out.push(format!("  {}", i18n.msg("ui-documents-none")));
    }
    for office in &view.checklist {
        out.push(format!("  {}", office.name));
        for channel in &office.channels {
            push_wrapped(&mut out, "    - ", "      ", &channel.line());
        }
        for need in &office.documents {
            push_wrapped(&mut out, "    [ ] ", "        ", &need.document.name);
            for detail in [&need.for_text, &need.where_text] {
                push_wrapped(&mut out, "        ", "        ", detail);
            }
        }
    }
    out.push(String::new());
    out.extend(wrap(&view.bank_codes, WIDTH));
    lines(&out)
}

/// A comparison as text: every right that changes status, from A to B.
pub fn compare(a: &ReportView, changes: &[Difference], i18n: &I18n) -> String {
    let mut out = vec![i18n.text("ui-compare-title", &[("date", i18n.date(a.date).into())])];
    out.extend(wrap(&a.disclaimer, WIDTH));
    out.push(String::new());
    if changes.is_empty() {
        out.push(i18n.msg("ui-compare-none"));
    }
    for &(right, from, to) in changes {
        let Some(name) = a.rights.get(right).map(|r| r.name_with_dutch.clone()) else { continue };
        let status = |status: Status| i18n.msg(&ids::status(status));
        let arguments = [("right", name.into()), ("from", status(from).into()), ("to", status(to).into())];
        push_wrapped(&mut out, "  * ", "    ", &i18n.text("ui-compare-change", &arguments));
    }
    lines(&out)
}

/// "Dit eerst": each step with what to ask, the Dutch sentence and the documents to bring.
fn push_plan(out: &mut Vec<String>, plan: &Plan) {
    out.push(String::new());
    push_heading(out, &plan.heading);
    out.extend(wrap(&plan.intro, WIDTH));
    for step in &plan.steps {
        out.push(String::new());
        push_wrapped(out, "", "", &step.title);
        if let Some(how) = &step.how {
            push_wrapped(out, "    ", "    ", how);
        }
        for ask in &step.asks {
            push_wrapped(out, "  * ", "    ", &ask.text);
            if let Some(say) = &ask.say {
                push_wrapped(out, "    ", "    ", say);
            }
        }
        if !step.bring.is_empty() {
            push_wrapped(out, "    ", "    ", &step.bring_heading);
            for document in &step.bring {
                push_wrapped(out, "    [ ] ", "        ", document);
            }
        }
    }
    for text in plan.nothing_to_do.iter().chain(&plan.undecided) {
        out.push(String::new());
        out.extend(wrap(text, WIDTH));
    }
}

fn lines(out: &[String]) -> String {
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
