//! The terminal backend: crossterm's, except that a frame's text goes straight into the output
//! buffer (crossterm formats every cell's symbol as a command, `Print`, which cost a full first
//! frame a third of its time), and the cursor commands after it wait in the same buffer for the
//! end of the frame, so that a frame leaves in one write. The bytes are crossterm's.

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::queue;
use crossterm::style::{
    Attribute, Color as CrosstermColor, Colors, SetAttribute, SetBackgroundColor, SetColors, SetForegroundColor,
    SetUnderlineColor,
};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// Crossterm's backend with a faster `draw`.
pub struct FrameBackend<W: Write> {
    writer: W,
}

impl<W: Write> FrameBackend<W> {
    /// A backend writing to `writer` (a buffer, so that a frame leaves in one write).
    pub fn new(writer: W) -> FrameBackend<W> {
        FrameBackend { writer }
    }

    /// Crossterm's backend over the same writer, for everything but drawing.
    fn crossterm(&mut self) -> CrosstermBackend<&mut W> {
        CrosstermBackend::new(&mut self.writer)
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    /// What `CrosstermBackend::draw` does (ratatui-crossterm 0.1, MIT), with the symbols
    /// written as they are.
    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let out = &mut self.writer;
        let mut fg = Color::Reset;
        let mut bg = Color::Reset;
        let mut underline_color = Color::Reset;
        let mut modifier = Modifier::empty();
        let mut last: Option<Position> = None;
        for (x, y, cell) in content {
            if !matches!(last, Some(p) if x == p.x + 1 && y == p.y) {
                queue!(out, MoveTo(x, y))?;
            }
            last = Some(Position { x, y });
            if cell.modifier != modifier {
                queue_modifier_change(out, modifier, cell.modifier)?;
                modifier = cell.modifier;
            }
            if cell.fg != fg || cell.bg != bg {
                queue!(out, SetColors(Colors::new(cell.fg.into_crossterm(), cell.bg.into_crossterm())))?;
                fg = cell.fg;
                bg = cell.bg;
            }
            if cell.underline_color != underline_color {
                queue!(out, SetUnderlineColor(cell.underline_color.into_crossterm()))?;
                underline_color = cell.underline_color;
            }
            out.write_all(cell.symbol().as_bytes())?;
        }
        queue!(
            out,
            SetForegroundColor(CrosstermColor::Reset),
            SetBackgroundColor(CrosstermColor::Reset),
            SetUnderlineColor(CrosstermColor::Reset),
            SetAttribute(Attribute::Reset),
        )
    }

    fn append_lines(&mut self, lines: u16) -> io::Result<()> {
        self.crossterm().append_lines(lines)
    }

    // Ratatui flushes the backend at the end of every frame, after the cursor: these wait for it.
    fn hide_cursor(&mut self) -> io::Result<()> {
        queue!(self.writer, Hide)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        queue!(self.writer, Show)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.crossterm().get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        queue!(self.writer, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.crossterm().clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.crossterm().clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = crossterm::terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.crossterm().window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// The attributes that turn `from` into `to`, in crossterm's backend's order.
fn queue_modifier_change(out: &mut impl Write, from: Modifier, to: Modifier) -> io::Result<()> {
    let removed = from - to;
    if removed.contains(Modifier::REVERSED) {
        queue!(out, SetAttribute(Attribute::NoReverse))?;
    }
    let reset_intensity = removed.contains(Modifier::BOLD) || removed.contains(Modifier::DIM);
    if reset_intensity {
        // Normal intensity ends both bold and dim: the one that stays is set again.
        queue!(out, SetAttribute(Attribute::NormalIntensity))?;
        if to.contains(Modifier::DIM) {
            queue!(out, SetAttribute(Attribute::Dim))?;
        }
        if to.contains(Modifier::BOLD) {
            queue!(out, SetAttribute(Attribute::Bold))?;
        }
    }
    for (modifier, attribute) in [
        (Modifier::ITALIC, Attribute::NoItalic),
        (Modifier::UNDERLINED, Attribute::NoUnderline),
        (Modifier::CROSSED_OUT, Attribute::NotCrossedOut),
        (Modifier::HIDDEN, Attribute::NoHidden),
    ] {
        if removed.contains(modifier) {
            queue!(out, SetAttribute(attribute))?;
        }
    }
    if removed.contains(Modifier::SLOW_BLINK) || removed.contains(Modifier::RAPID_BLINK) {
        queue!(out, SetAttribute(Attribute::NoBlink))?;
    }
    let added = to - from;
    for (modifier, attribute, unless_reset) in [
        (Modifier::REVERSED, Attribute::Reverse, false),
        (Modifier::BOLD, Attribute::Bold, true),
        (Modifier::ITALIC, Attribute::Italic, false),
        (Modifier::UNDERLINED, Attribute::Underlined, false),
        (Modifier::DIM, Attribute::Dim, true),
        (Modifier::CROSSED_OUT, Attribute::CrossedOut, false),
        (Modifier::HIDDEN, Attribute::Hidden, false),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink, false),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink, false),
    ] {
        if added.contains(modifier) && !(unless_reset && reset_intensity) {
            queue!(out, SetAttribute(attribute))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    use super::*;

    /// Every colour, every change between modifiers, wide and combined letters, and gaps.
    #[allow(clippy::disallowed_methods)] // every kind of colour, not the program's palette
    fn busy_buffer() -> Buffer {
        let area = Rect::new(0, 0, 40, 12);
        let mut buffer = Buffer::empty(area);
        let colors =
            [Color::Reset, Color::Black, Color::LightCyan, Color::Indexed(117), Color::Rgb(1, 2, 3), Color::White];
        let modifiers: Vec<Modifier> = Modifier::all().iter().collect();
        for y in 0..area.height {
            for x in 0..area.width {
                if (x + y) % 7 == 3 {
                    continue;
                }
                let i = usize::from(x * 3 + y * 5);
                let modifier = modifiers[i % modifiers.len()] | modifiers[(i / 3) % modifiers.len()];
                let style = Style::default()
                    .fg(colors[i % colors.len()])
                    .bg(colors[(i / 2) % colors.len()])
                    .underline_color(colors[(i / 5) % colors.len()])
                    .add_modifier(if i % 4 == 0 { Modifier::empty() } else { modifier });
                let symbol = ["a", "é", "ت", "e\u{301}", "╭"][i % 5];
                buffer.set_string(x, y, symbol, style);
            }
        }
        buffer.set_string(5, 5, "中文", Style::default().add_modifier(Modifier::BOLD | Modifier::DIM));
        buffer
    }

    fn drawn_by<B: Backend>(backend: &mut B, buffer: &Buffer) {
        let empty = Buffer::empty(buffer.area);
        let updates = empty.diff(buffer);
        assert!(backend.draw(updates.into_iter()).is_ok());
    }

    #[test]
    fn writes_what_crossterms_backend_writes() {
        let buffer = busy_buffer();
        let mut ours = FrameBackend::new(Vec::new());
        let mut their_bytes = Vec::new();
        drawn_by(&mut ours, &buffer);
        drawn_by(&mut CrosstermBackend::new(&mut their_bytes), &buffer);
        assert!(their_bytes.len() > 4000);
        assert_eq!(String::from_utf8_lossy(&ours.writer), String::from_utf8_lossy(&their_bytes));
    }
}
