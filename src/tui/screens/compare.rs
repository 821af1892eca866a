//! The answers kept as A beside the answers now: every right whose status differs.

use ratatui::text::Line;
use rechtenwijzer_core::i18n::ids;
use rechtenwijzer_core::report::compare::differences;

use crate::tui::app::App;
use crate::tui::view::widgets::{Ctx, paragraph};

/// The lines of the comparison.
pub fn lines(app: &App, ctx: &Ctx) -> Vec<Line<'static>> {
    let i18n = &ctx.i18n;
    let mut lines = paragraph(&i18n.msg("ui-compare-intro"), "", ctx.theme.secondary, ctx);
    let Some(before) = app.compare_a() else { return lines };
    let Some(view) = app.report(i18n.language()) else { return lines };
    lines.push(Line::default());
    let changes = differences(&before, app.evaluation());
    if changes.is_empty() {
        lines.extend(paragraph(&i18n.msg("ui-compare-none"), "", ctx.theme.text, ctx));
    }
    for (right, a, now) in changes {
        let Some(right) = view.rights.get(right) else { continue };
        lines.extend(paragraph(&right.name_with_dutch, &format!("{} ", ctx.glyphs.bullet), ctx.theme.heading, ctx));
        let arguments = [("a", i18n.msg(&ids::status(a)).into()), ("now", i18n.msg(&ids::status(now)).into())];
        lines.extend(paragraph(&i18n.text("ui-compare-row", &arguments), "  ", ctx.theme.text, ctx));
    }
    lines
}
