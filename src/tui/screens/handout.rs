//! The handout: print the results and the checklist, or save them in a file the person names.

use crate::tui::app::{App, HandoutRow};
use crate::tui::view::widgets::{Ctx, Row, blank, option_rows, paragraph, text_rows};

/// The rows of the handout screen.
pub fn rows(app: &App, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let mut rows = text_rows(paragraph(&i18n.msg("ui-handout-intro"), "", ctx.theme.text, ctx));
    rows.push(blank());
    for (index, row) in app.handout_rows().into_iter().enumerate() {
        let label = match row {
            HandoutRow::Print => "ui-handout-print",
            HandoutRow::Save => "ui-handout-save",
            HandoutRow::Back => "ui-handout-back",
        };
        rows.extend(option_rows(&i18n.msg(label), Some(index + 1), app.focus() == index, ctx));
    }
    if let Some(notice) = app.notice() {
        rows.push(blank());
        let style = if notice.ok { ctx.theme.ok } else { ctx.theme.error };
        rows.extend(text_rows(paragraph(&i18n.msg(notice.message), if notice.ok { "" } else { "! " }, style, ctx)));
    }
    rows
}

/// The rows of the "save as" screen: the file name being typed.
pub fn save_as_rows(app: &App, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let mut rows = text_rows(paragraph(&i18n.msg("ui-save-as-label"), "", ctx.theme.text, ctx));
    rows.push(blank());
    rows.extend(option_rows(&format!("[ {}_ ]", app.draft().input), None, true, ctx));
    rows
}
