//! Two languages on one screen: side by side when there is room (70 columns or more), else the
//! second language below the first, under its name. A right-to-left language stands on the
//! right.

use ratatui::text::{Line, Span};

use super::widgets::Ctx;

/// Lays out the same text in two languages: `draw` gives the lines of one language at a width.
pub fn pair(ctx: &Ctx, other: &Ctx, draw: impl Fn(&Ctx) -> Vec<Line<'static>>) -> Vec<Line<'static>> {
    let divider =
        other.line(&format!("{} {}", ctx.glyphs.separator, other.i18n.msg("ui-language-name")), ctx.theme.heading);
    if ctx.width < 70 {
        let mut lines = draw(ctx);
        lines.push(Line::default());
        lines.push(divider);
        lines.extend(draw(&other.with(other.i18n, ctx.width)));
        return lines;
    }
    let half = (ctx.width - 2) / 2;
    // A right-to-left language is read from the right: it takes the right-hand column.
    let (first, second) = if ctx.rtl && !other.rtl { (other, ctx) } else { (ctx, other) };
    let left = draw(&first.with(first.i18n, half));
    let right = draw(&second.with(second.i18n, half));
    let blank = Line::default();
    (0..left.len().max(right.len()))
        .map(|index| {
            let a = left.get(index).unwrap_or(&blank);
            let b = right.get(index).unwrap_or(&blank);
            let pad = half.saturating_sub(a.width()) + 2;
            let mut spans: Vec<Span<'static>> = a.spans.iter().map(|span| span.clone().patch_style(a.style)).collect();
            spans.push(Span::raw(" ".repeat(pad)));
            spans.extend(b.spans.iter().map(|span| span.clone().patch_style(b.style)));
            Line::from(spans)
        })
        .collect()
}
