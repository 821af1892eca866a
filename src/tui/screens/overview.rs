//! Every answer so far, numbered, to jump to any and change it; the last row leads to the
//! results.

use rechtenwijzer_core::i18n::ids;
use rechtenwijzer_core::report::answer_text;

use crate::tui::app::App;
use crate::tui::view::widgets::{Ctx, Row, blank, option_rows, paragraph, text_rows};

/// The rows of the overview.
pub fn rows(app: &App, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let content = app.content();
    let mut rows = text_rows(paragraph(&i18n.msg("ui-overview-intro"), "", ctx.theme.secondary, ctx));
    rows.push(blank());
    let sequence = &app.plan().sequence;
    for (index, &question) in sequence.iter().enumerate() {
        let fact = content.questions[question].fact;
        let answer = app
            .answers()
            .get(fact)
            .map_or_else(|| i18n.msg("ui-not-answered"), |answer| answer_text(content, i18n, fact, answer));
        let label = format!("{}: {answer}", i18n.msg(&ids::fact(&content.facts[fact].id)));
        rows.extend(option_rows(&label, Some(index + 1), app.focus() == index, ctx));
    }
    let last = sequence.len();
    rows.extend(option_rows(&i18n.msg("ui-to-results"), Some(last + 1), app.focus() == last, ctx));
    rows
}
