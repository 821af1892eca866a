//! One right in full: the outline every renderer shares (what it is, status and why, where to
//! go, what to say, documents, amounts, the worker's view, what would change it, the source),
//! styled by the theme.

use ratatui::text::Line;
use rechtenwijzer_core::report::outline::{self, DetailOptions};
use rechtenwijzer_core::report::view::word_changes;

use crate::tui::app::App;
use crate::tui::view::widgets::{Ctx, outline as styled};

/// The lines of a right's detail in the context's language.
pub fn lines(app: &App, right: usize, ctx: &Ctx) -> Vec<Line<'static>> {
    let Some(view) = app.report(ctx.i18n.language()) else { return Vec::new() };
    let Some(right) = view.rights.get(right) else { return Vec::new() };
    let what_if = word_changes(app.content(), app.what_if(), &ctx.i18n);
    let options = DetailOptions { worker: app.look().worker, what_if: &what_if };
    styled(&outline::detail(right, &ctx.i18n, options), ctx)
}
