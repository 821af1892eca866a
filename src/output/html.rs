//! The handout as one HTML page: printable on A4 in large type, no external resources,
//! right-to-left where the language is; with a second language, a second part in it. Every
//! text is escaped, so content and answers never become markup.

use rechtenwijzer_core::i18n::I18n;
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::report::ReportView;
use rechtenwijzer_core::report::plan::Plan;
use rechtenwijzer_core::text::clean;

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
.check li{list-style:none}.check li::before{content:'\\2610  '}section+section{page-break-before:always}\
.step,li{break-inside:avoid}h2,h3{break-after:avoid}.plan{border:2px solid #000;padding:0 .6em .6em}";

fn direction(view: &ReportView) -> &'static str {
    if view.right_to_left { "rtl" } else { "ltr" }
}

/// The handout: one part per language, each a view of the same results.
pub fn html(parts: &[(&ReportView, &I18n)]) -> String {
    let mut out = String::new();
    let Some((first, first_words)) = parts.first() else { return out };
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{0}\" dir=\"{1}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{2}</title>\n<style>{HANDOUT_STYLE}</style>\n</head>\n<body>\n",
        escape_html(&first.language),
        direction(first),
        escape_html(&first_words.msg("ui-app-name"))
    ));
    for (view, i18n) in parts {
        out.push_str(&format!("<section lang=\"{0}\" dir=\"{1}\">\n", escape_html(&view.language), direction(view)));
        section(&mut out, view, i18n);
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Escaped text; in a right-to-left part, each stretch of Dutch inside it is isolated
/// (`<bdi dir="ltr">`), so its brackets and full stop stay with it.
fn text_html(text: &str, right_to_left: bool) -> String {
    if !right_to_left {
        return escape_html(text);
    }
    let (isolated, _) = super::pdf::isolate_latin(text);
    // Each piece is escaped on its own, so the isolates become tags whatever escaping does
    // with direction controls; a tag is only closed when one is open.
    let mut out = String::with_capacity(isolated.len() + 32);
    let mut open = 0usize;
    let mut piece = String::new();
    for c in isolated.chars() {
        match c {
            '\u{2066}' => {
                out.push_str(&escape_html(&std::mem::take(&mut piece)));
                out.push_str("<bdi dir=\"ltr\">");
                open += 1;
            }
            '\u{2069}' if open > 0 => {
                out.push_str(&escape_html(&std::mem::take(&mut piece)));
                out.push_str("</bdi>");
                open -= 1;
            }
            c => piece.push(c),
        }
    }
    out.push_str(&escape_html(&piece));
    out.push_str(&"</bdi>".repeat(open));
    out
}

fn section(out: &mut String, view: &ReportView, i18n: &I18n) {
    let e = |text: &str| text_html(text, view.right_to_left);
    out.push_str(&format!("<h1>{}</h1>\n", e(&view.title)));
    out.push_str(&format!("<p class=\"note\">{}</p>\n", e(&view.disclaimer)));
    if let Some(note) = &view.unreviewed {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", e(note)));
    }
    plan(out, &Plan::new(view, i18n), view.right_to_left);
    out.push_str(&format!("<h2>{}</h2>\n", e(&i18n.msg("ui-handout-rights"))));
    for group in &view.groups {
        if group.rights.is_empty() || group.status == Status::Unlikely {
            continue;
        }
        out.push_str(&format!("<h3>{}</h3>\n<ul>\n", e(&group.heading)));
        for right in group.rights.iter().filter_map(|&right| view.rights.get(right)) {
            out.push_str(&format!("<li><strong>{}</strong> ({})", e(&right.name_with_dutch), e(&right.apply_at)));
            let mut lines: Vec<String> = right.reasons.iter().chain(&right.notes).cloned().collect();
            if let Some(dutch) = &right.counter_nl
                && !matches!(group.status, Status::Already | Status::Automatic)
            {
                let sentence = format!("\u{201C}{dutch}\u{201D}");
                lines.push(i18n.text("ui-detail-counter-dutch", &[("sentence", sentence.into())]));
            }
            for line in lines {
                out.push_str(&format!("<br>{}", e(&line)));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<h2>{}</h2>\n", e(&i18n.msg("ui-documents-title"))));
    if view.checklist.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", e(&i18n.msg("ui-documents-none"))));
    }
    for office in &view.checklist {
        out.push_str(&format!("<h3>{}</h3>\n<ul>\n", e(&office.name)));
        for channel in &office.channels {
            out.push_str(&format!("<li>{}</li>\n", e(&channel.line())));
        }
        out.push_str("</ul>\n<ul class=\"check\">\n");
        for need in &office.documents {
            out.push_str(&format!(
                "<li><strong>{}</strong><br>{}<br>{}</li>\n",
                e(&need.document.name),
                e(&need.for_text),
                e(&need.where_text)
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<p class=\"warning\">{}</p>\n", e(&view.bank_codes)));
}

/// "Dit eerst": the steps in order, each office with what to ask, what to say and what to bring.
fn plan(out: &mut String, plan: &Plan, right_to_left: bool) {
    let e = |text: &str| text_html(text, right_to_left);
    out.push_str(&format!("<div class=\"plan\">\n<h2>{}</h2>\n<p>{}</p>\n", e(&plan.heading), e(&plan.intro)));
    for step in &plan.steps {
        out.push_str(&format!("<div class=\"step\">\n<h3>{}</h3>\n", e(&step.title)));
        if let Some(how) = &step.how {
            out.push_str(&format!("<p class=\"note\">{}</p>\n", e(how)));
        }
        out.push_str("<ul>\n");
        for ask in &step.asks {
            out.push_str(&format!("<li><strong>{}</strong>", e(&ask.text)));
            if let Some(say) = &ask.say {
                out.push_str(&format!("<br>{}", e(say)));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
        if !step.bring.is_empty() {
            out.push_str(&format!("<p>{}</p>\n<ul class=\"check\">\n", e(&step.bring_heading)));
            for document in &step.bring {
                out.push_str(&format!("<li>{}</li>\n", e(document)));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</div>\n");
    }
    for text in plan.nothing_to_do.iter().chain(&plan.undecided) {
        out.push_str(&format!("<p>{}</p>\n", e(text)));
    }
    out.push_str("</div>\n");
}
