//! The merged checklist of documents for the visit, by office, with where to get each.

use ratatui::text::Line;
use rechtenwijzer_core::report::outline;

use crate::tui::app::App;
use crate::tui::view::widgets::{Ctx, outline as styled};

/// The lines of the checklist in the context's language.
pub fn lines(app: &App, ctx: &Ctx) -> Vec<Line<'static>> {
    let Some(view) = app.report(ctx.i18n.language()) else { return Vec::new() };
    styled(&outline::checklist(&view, &ctx.i18n), ctx)
}
