//! Every key and what it does, generated from the key table so it cannot drift from it.

use ratatui::text::Line;

use crate::tui::keymap::{BINDINGS, keys_for};
use crate::tui::view::widgets::{Ctx, paragraph, width};

/// The lines of the help screen.
pub fn lines(ctx: &Ctx) -> Vec<Line<'static>> {
    let mut lines = paragraph(&ctx.i18n.msg("ui-help-intro"), "", ctx.theme.secondary, ctx);
    lines.push(Line::default());
    let mut seen: Vec<&str> = Vec::new();
    for binding in BINDINGS {
        let id = binding.action.id();
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let keys: Vec<&str> = keys_for(binding.action).into_iter().map(|k| ctx.glyphs.key_name(k)).collect();
        let keys = keys.join(", ");
        let description = ctx.i18n.msg(&binding.action.message());
        // Keys in a column when there is room; on a narrow screen, above their description.
        if ctx.width >= 60 && width(&keys) < 16 {
            let padded = format!("{keys}{}", " ".repeat(16 - width(&keys)));
            lines.extend(paragraph(&description, &padded, ctx.theme.text, ctx));
        } else {
            lines.extend(paragraph(&keys, "", ctx.theme.key, ctx));
            lines.extend(paragraph(&description, "  ", ctx.theme.text, ctx));
        }
    }
    lines
}
