//! The results: the three main groups first (even when empty), then already received, unknown,
//! and the unlikely rights behind a toggle; each right with its summary and first reason. In
//! large mode only the names (one thing at a time: Enter shows the rest).

use rechtenwijzer_core::i18n::I18n;

use crate::tui::app::{App, ResultRow};
use crate::tui::view::widgets::{Ctx, Row, blank, name_rows, option_rows, paragraph, text_rows};

/// The rows of the results screen.
pub fn rows(app: &App, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    if app.results_hidden() {
        // The group guesses first; the trainer shows the results.
        return text_rows(paragraph(&i18n.msg("ui-training-hidden"), "", ctx.theme.heading, ctx));
    }
    let Some(view) = app.report(i18n.language()) else { return Vec::new() };
    let look = app.look();
    let second = (look.bilingual && app.second_language() != look.language)
        .then(|| I18n::new(app.locales(), app.second_language()))
        .flatten()
        .and_then(|other| app.report(other.language()));
    let mut rows = Vec::new();
    if !ctx.large {
        rows.extend(text_rows(paragraph(&view.disclaimer, "", ctx.theme.secondary, ctx)));
    }
    let mut focus_index = 0;
    for row in app.result_rows() {
        let focused = row.is_focusable() && focus_index == app.focus();
        if row.is_focusable() {
            focus_index += 1;
        }
        match row {
            ResultRow::Heading(status) => {
                rows.push(blank());
                // Bold, not capitals: capitals are harder to read, and Turkish needs İ for i.
                let heading = view.groups.iter().find(|g| g.status == status).map_or("", |g| g.heading.as_str());
                rows.extend(text_rows(paragraph(heading, "", ctx.theme.status(status), ctx)));
            }
            ResultRow::Empty => {
                rows.extend(text_rows(paragraph(&i18n.msg("ui-group-empty"), "   ", ctx.theme.secondary, ctx)))
            }
            ResultRow::ToggleUnlikely(count) => {
                let id = if app.shows_unlikely() { "ui-hide-unlikely" } else { "ui-show-unlikely" };
                rows.extend(option_rows(&i18n.text(id, &[("count", count.into())]), None, focused, ctx));
            }
            ResultRow::Right(right) => {
                let Some(right) = view.rights.get(right) else { continue };
                rows.extend(name_rows(&right.name_with_dutch, focused, ctx));
                if ctx.large {
                    continue;
                }
                rows.extend(text_rows(paragraph(&right.summary, "      ", ctx.theme.text, ctx)));
                if let Some(other) = second.as_ref().and_then(|other| other.rights.get(right.index)) {
                    rows.extend(text_rows(paragraph(&other.summary, "      ", ctx.theme.secondary, ctx)));
                }
                if let Some(reason) = right.reasons.first() {
                    rows.extend(text_rows(paragraph(reason, "      ", ctx.theme.secondary, ctx)));
                }
                // In a workshop the rule that fired is part of the lesson.
                if look.worker || app.training().is_some() {
                    rows.extend(text_rows(paragraph(&right.rule_line, "      ", ctx.theme.key, ctx)));
                }
            }
        }
    }
    rows
}
