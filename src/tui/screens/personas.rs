//! Training: the example households to step through, each by its story.

use rechtenwijzer_core::i18n::ids;

use crate::tui::app::App;
use crate::tui::view::widgets::{Ctx, Row, blank, option_rows, paragraph, text_rows};

/// The rows of the personas screen.
pub fn rows(app: &App, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let mut rows = text_rows(paragraph(&i18n.msg("ui-personas-intro"), "", ctx.theme.secondary, ctx));
    rows.push(blank());
    for (index, persona) in app.personas().into_iter().enumerate() {
        let story = i18n.msg(&ids::scenario_story(&app.content().scenarios[persona].id));
        let mut option = option_rows(&story, Some(index + 1), app.focus() == index, ctx);
        if !ctx.large {
            option.push(blank());
        }
        rows.extend(option);
    }
    rows
}
