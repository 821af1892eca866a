//! The drawing primitives every screen shares: the render context (`Ctx`), rows of styled text
//! wrapped by display width, numbered options with the focus marker, the "more below" mark, and
//! the big-letter heading of large mode. Right-to-left text leaves here shaped, in visual
//! order and right-aligned (see `visual`), since most terminals do neither.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use rechtenwijzer_core::i18n::I18n;
use rechtenwijzer_core::report::outline::{Block, Role};
use rechtenwijzer_core::text::{clean, rtl, wrap_within};

use crate::tui::glyphs::Glyphs;
use crate::tui::theme::Theme;

/// Everything a screen needs to draw besides the app: words, styles, characters, room.
pub struct Ctx<'a> {
    /// Words in the language drawn.
    pub i18n: I18n<'a>,
    /// Styles by meaning.
    pub theme: Theme,
    /// Markers, bullets, the ellipsis.
    pub glyphs: Glyphs,
    /// Columns for text.
    pub width: usize,
    /// Large mode: more spacing, fewer things.
    pub large: bool,
    /// The language is written right to left: lines are laid out from the right.
    pub rtl: bool,
}

impl<'a> Ctx<'a> {
    /// A context for drawing in `i18n`'s language; its direction comes from the language.
    pub fn new(i18n: I18n<'a>, theme: Theme, glyphs: Glyphs, width: usize, large: bool) -> Ctx<'a> {
        let rtl = i18n.is_right_to_left();
        Ctx { i18n, theme, glyphs, width, large, rtl }
    }

    /// The same, in other words (the second language) or another width.
    pub fn with(&self, i18n: I18n<'a>, width: usize) -> Ctx<'a> {
        Ctx::new(i18n, self.theme, self.glyphs, width, self.large)
    }

    /// A line of text in this language, as the terminal must be given it (see `visual`).
    pub fn line(&self, text: &str, style: Style) -> Line<'static> {
        Line::styled(visual(text, self.width, self.rtl), style)
    }

    /// The column of the focus marker on a row of `area`: the first, or the last in a
    /// right-to-left language (where the marker stands on the right).
    pub fn marker_x(&self, area: Rect) -> u16 {
        if self.rtl { area.right().saturating_sub(1).max(area.x) } else { area.x }
    }

    /// The style of an outline role.
    pub fn style(&self, role: Role) -> Style {
        match role {
            Role::Heading => self.theme.heading,
            Role::Text => self.theme.text,
            Role::Secondary => self.theme.secondary,
            Role::Warning => self.theme.warning,
            Role::Status(status) => self.theme.status(status),
        }
    }
}

/// A line of the body, and whether it is the focused row's first line.
pub struct Row {
    /// The line.
    pub line: Line<'static>,
    /// Whether it is the focused row's first line (the cursor goes there).
    pub focused: bool,
    /// Whether it must be on screen with the focus if there is room (an error message under
    /// the field it is about).
    pub keep: bool,
}

/// Display width.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// One line, wrapped already, as a terminal without bidi support must be given it. In a
/// right-to-left language: shaped, in visual order, and right-aligned in `width` columns (the
/// prefix, such as the focus marker, ends up on the right). Elsewhere a line that holds
/// right-to-left words (the name "العربية" in the language list) has them shaped and in
/// visual order; any other line is unchanged.
pub fn visual(text: &str, width: usize, rtl: bool) -> String {
    if !rtl && !rtl::has_rtl(text) {
        return text.to_string();
    }
    let line = rtl::visual_line(text, rtl);
    if rtl { format!("{}{line}", " ".repeat(width.saturating_sub(rtl::width(&line)))) } else { line }
}

/// Wrapped text lines in one style, each prefixed (the first with `first`, the rest with spaces
/// of the same width); no line runs past the width, and a broken word carries the marker. Text
/// is wrapped in logical order first, then each line is made visual (see `visual`).
pub fn paragraph(text: &str, first: &str, style: Style, ctx: &Ctx) -> Vec<Line<'static>> {
    let indent = " ".repeat(width(first));
    wrap_within(&clean(text), ctx.width.saturating_sub(width(first)).max(1), ctx.glyphs.ellipsis)
        .into_iter()
        .enumerate()
        .map(|(index, line)| ctx.line(&format!("{}{line}", if index == 0 { first } else { &indent }), style))
        .collect()
}

/// An outline (a right's detail, the checklist) as styled lines.
pub fn outline(blocks: &[Block], ctx: &Ctx) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for block in blocks {
        match block {
            Block::Blank => lines.push(Line::default()),
            Block::Para { role, prefix, text } => lines.extend(paragraph(text, prefix, ctx.style(*role), ctx)),
        }
    }
    lines
}

/// Lines that take no focus.
pub fn text_rows(lines: Vec<Line<'static>>) -> Vec<Row> {
    lines.into_iter().map(|line| Row { line, focused: false, keep: false }).collect()
}

/// Lines that must be on screen with the focus (an error message).
pub fn kept_rows(lines: Vec<Line<'static>>) -> Vec<Row> {
    lines.into_iter().map(|line| Row { line, focused: false, keep: true }).collect()
}

/// An empty row.
pub fn blank() -> Row {
    Row { line: Line::default(), focused: false, keep: false }
}

fn marker(focused: bool, ctx: &Ctx) -> String {
    let mark = if focused { ctx.glyphs.marker } else { "" };
    format!("{mark:<width$} ", width = width(ctx.glyphs.marker))
}

/// A numbered option row: marker, number, label; focused rows in the focus style; in large mode
/// a blank line after it.
pub fn option_rows(label: &str, number: Option<usize>, focused: bool, ctx: &Ctx) -> Vec<Row> {
    let number = number.map_or_else(|| "   ".to_string(), |n| format!("{n:>2} "));
    let style = if focused { ctx.theme.focus } else { ctx.theme.text };
    let mut rows: Vec<Row> = paragraph(label, &format!("{}{number}", marker(focused, ctx)), style, ctx)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Row { line, focused: focused && index == 0, keep: false })
        .collect();
    if ctx.large {
        rows.push(blank());
    }
    rows
}

/// A right's name in a list: a bullet, bold, and the focus marker when focused.
pub fn name_rows(name: &str, focused: bool, ctx: &Ctx) -> Vec<Row> {
    let prefix = format!("{}{} ", marker(focused, ctx), ctx.glyphs.bullet);
    let style = if focused { ctx.theme.focus } else { ctx.theme.heading };
    paragraph(name, &prefix, style, ctx)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Row { line, focused: focused && index == 0, keep: false })
        .collect()
}

/// The "more below" glyph in the right margin of the area's last line.
pub fn draw_more(frame: &mut Frame, area: Rect, ctx: &Ctx) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let spot = Rect { x: area.right() - 1, y: area.bottom() - 1, width: 1, height: 1 };
    frame.render_widget(Paragraph::new(Span::styled(ctx.glyphs.more, ctx.theme.heading)), spot);
}

/// The "more above" glyph in the right margin of the area's first line.
pub fn draw_above(frame: &mut Frame, area: Rect, ctx: &Ctx) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let spot = Rect { x: area.right() - 1, y: area.y, width: 1, height: 1 };
    frame.render_widget(Paragraph::new(Span::styled(ctx.glyphs.above, ctx.theme.heading)), spot);
}

/// How a list of rows is scrolled besides following the focus.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scrolling {
    /// Rows more of what lies above to bring into view (Up on the first option).
    pub reveal: usize,
    /// The focus is on the last option: show what follows it too, to the end.
    pub at_end: bool,
}

/// Which row comes first on screen: from the top when the focus fits, else so that the focus
/// (and a kept row after it, such as its error message) is on screen with a row of context;
/// see `Scrolling` for the rest.
pub fn first_row(rows: &[Row], visible: usize, scrolling: Scrolling) -> usize {
    let focused = rows.iter().position(|row| row.focused);
    let last_kept = rows.iter().rposition(|row| row.keep);
    let top = match focused {
        Some(index) if index + 1 > visible => (index + 2).saturating_sub(visible),
        _ => 0,
    };
    // A kept row after the focus comes into view as far as the focus allows.
    let top = match (focused, last_kept) {
        (Some(index), Some(kept)) if kept > index && kept >= top + visible => {
            (kept + 1).saturating_sub(visible).min(index)
        }
        _ => top,
    };
    let end = rows.len().saturating_sub(visible);
    let top = match focused {
        Some(index) if scrolling.at_end => top.max(end.min(index)),
        _ => top,
    };
    top.min(end).saturating_sub(scrolling.reveal)
}

/// Draws rows, scrolled so the focused row is visible (see `first_row`), with the cursor on
/// its marker, and marks for text above and below. Returns the rows the area holds (a page,
/// for PgUp and PgDn) and how far up text could still be revealed.
pub fn draw_rows(frame: &mut Frame, area: Rect, rows: Vec<Row>, ctx: &Ctx, scrolling: Scrolling) -> (usize, usize) {
    let visible = usize::from(area.height);
    let focused = rows.iter().position(|row| row.focused);
    let top = first_row(&rows, visible, scrolling);
    let unrevealed = first_row(&rows, visible, Scrolling { reveal: 0, ..scrolling });
    if let Some(index) = focused
        && index >= top
    {
        let y = area.y + u16::try_from(index - top).unwrap_or(0);
        if y < area.y + area.height {
            frame.set_cursor_position(Position::new(ctx.marker_x(area), y));
        }
    }
    let more = top + visible < rows.len();
    // Each row is already wrapped to the width: set it straight into the buffer, without a
    // Paragraph's reflow over every grapheme again.
    let buffer = frame.buffer_mut();
    for (y, row) in (area.y..area.y + area.height).zip(rows.into_iter().skip(top).take(visible)) {
        buffer.set_line(area.x, y, &row.line, area.width);
    }
    let margin = Rect { x: area.x.saturating_sub(1), width: area.width + 2, ..area };
    if more {
        draw_more(frame, margin, ctx);
    }
    if top > 0 {
        draw_above(frame, margin, ctx);
    }
    (visible, unrevealed)
}

/// Whether the big-letter font (font8x8 in tui-big-text) draws every character: printable
/// ASCII and Latin-1, composed (NFC). Anything else falls back to bold text.
pub fn big_text_covers(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(u32::from(c), 0x20..=0x7E | 0xA1..=0xFF))
}

/// In large mode, a short heading in big letters when the font covers every character, the
/// glyph set has block characters and it fits; returns the area left below it.
pub fn big_heading(frame: &mut Frame, body: Rect, heading: &str, allowed: bool, ctx: &Ctx) -> Rect {
    let heading = clean(heading);
    let rows_needed = 4u16;
    let fits = heading.chars().count() * 4 <= usize::from(body.width) && body.height > rows_needed + 6;
    if !(allowed && big_text_covers(&heading) && fits) {
        return body;
    }
    let big = tui_big_text::BigText::builder()
        .pixel_size(tui_big_text::PixelSize::Quadrant)
        .style(ctx.theme.heading)
        .lines(vec![Line::from(heading)])
        .build();
    let [top, rest] = split_top(body, rows_needed);
    frame.render_widget(big, top);
    rest
}

/// `area` cut into its first `top` rows and the rest, as `Layout::vertical([Length(top),
/// Min(1)])` cuts it. Cut by hand when both fit, which is how every screen uses it: the first
/// layout would otherwise start ratatui's constraint solver, which costs the first frame a
/// fifth of its drawing.
pub fn split_top(area: Rect, top: u16) -> [Rect; 2] {
    if top < area.height {
        return [Rect { height: top, ..area }, Rect { y: area.y + top, height: area.height - top, ..area }];
    }
    Layout::vertical([Constraint::Length(top), Constraint::Min(1)]).areas(area)
}

/// `area` cut into `top` rows, the middle and `bottom` rows, as `Layout::vertical([Length(top),
/// Min(1), Length(bottom)])` cuts it; by hand when all fit (see `split_top`).
pub fn split_top_bottom(area: Rect, top: u16, bottom: u16) -> [Rect; 3] {
    match area.height.checked_sub(top).and_then(|rest| rest.checked_sub(bottom)) {
        Some(middle) if middle >= 1 => [
            Rect { height: top, ..area },
            Rect { y: area.y + top, height: middle, ..area },
            Rect { y: area.y + top + middle, height: bottom, ..area },
        ],
        _ => Layout::vertical([Constraint::Length(top), Constraint::Min(1), Constraint::Length(bottom)]).areas(area),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutting_by_hand_gives_the_layouts_areas() {
        for height in [0, 1, 2, 3, 4, 7, 12, 24, 60] {
            let area = Rect::new(3, 2, 50, height);
            for top in 0..=height + 2 {
                assert_eq!(
                    split_top(area, top),
                    Layout::vertical([Constraint::Length(top), Constraint::Min(1)]).areas(area),
                    "{top} of {height}"
                );
                for bottom in [0, 1, 2, 5, height.saturating_sub(top), height] {
                    let by_layout =
                        Layout::vertical([Constraint::Length(top), Constraint::Min(1), Constraint::Length(bottom)])
                            .areas(area);
                    assert_eq!(split_top_bottom(area, top, bottom), by_layout, "{top} and {bottom} of {height}");
                }
            }
        }
    }
}
