//! The one owner of the terminal: raw mode and the alternate screen on the way in, and on every
//! way out (normal exit, error, panic) the same restore: leave the alternate screen, show the
//! cursor, and wipe the screen and the scrollback so the next person finds nothing. While it
//! runs the terminal is asked not to reorder right-to-left text (the program does).

use std::io::{self, BufWriter, Stdout, Write};

use crossterm::cursor::Show;
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::execute;
use crossterm::style::Print;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::Terminal;

use super::backend::FrameBackend;

/// Home, clear the screen, then clear the scrollback: some terminals copy the screen into the
/// scrollback on `2J`, so `3J` must come last.
pub const WIPE: &str = "\x1b[H\x1b[2J\x1b[3J";

/// Bi-directional support mode (ECMA-48 BDSM, mode 8), as the "BiDi in Terminal Emulators"
/// recommendation (terminal-wg) uses it: reset (`CSI 8 l`) is explicit mode, in which the
/// terminal shows the cells in the order given and reorders nothing, since the program already
/// gives right-to-left lines in visual order; set (`CSI 8 h`) is the terminal's default,
/// implicit mode, restored on the way out. Terminals that do no bidi (xterm, the Linux console)
/// ignore both; a terminal that does (VTE) would otherwise reverse Arabic a second time.
pub const BIDI_EXPLICIT: &str = "\x1b[8l";
/// See `BIDI_EXPLICIT`.
pub const BIDI_IMPLICIT: &str = "\x1b[8h";

/// The terminal in full-screen mode. Frames go through one buffer that ratatui flushes at the
/// end of each draw: a frame is one write, not a write per styled run through the standard
/// output's line buffer (a full first frame is thousands of small pieces).
pub type Screen = Terminal<FrameBackend<BufWriter<Stdout>>>;

/// Room for most frames whole (a full 80x24 screen is about 3 KB); a larger one leaves in a
/// few writes.
const FRAME_BUFFER: usize = 16 * 1024;

fn backend() -> FrameBackend<BufWriter<Stdout>> {
    FrameBackend::new(BufWriter::with_capacity(FRAME_BUFFER, io::stdout()))
}

/// Enters raw mode and the alternate screen. If that fails half-way, what was done is undone.
pub fn enter() -> io::Result<Screen> {
    enable_raw_mode()?;
    // Bracketed paste: a paste arrives marked as one, not as hundreds of key presses.
    let entered = execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste, Print(BIDI_EXPLICIT))
        .and_then(|()| Terminal::new(backend()));
    if entered.is_err() {
        restore();
    }
    entered
}

/// A fresh full-screen terminal: the next frame draws every cell.
pub fn screen() -> io::Result<Screen> {
    Terminal::new(backend())
}

/// Restores the terminal and wipes it. Safe to call more than once and after a failure: every
/// step is tried even when an earlier one fails.
pub fn restore() {
    // Keys typed ahead and not read would reach the shell or the next person once raw mode
    // is off (echoed after the wipe, a Ctrl+\ among them a signal): drop them first.
    let _ = rustix::termios::tcflush(io::stdin(), rustix::termios::QueueSelector::IFlush);
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, DisableBracketedPaste, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = out.write_all(BIDI_IMPLICIT.as_bytes());
    let _ = out.write_all(WIPE.as_bytes());
    let _ = out.flush();
}

/// Restores the terminal before a panic message is printed, and prints a message that holds
/// no answers: only where the program stopped. The default hook is not chained on purpose: it
/// would print the panic's payload, which could hold an answer.
#[allow(clippy::print_stderr)]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        restore();
        let place = info.location().map_or_else(String::new, |l| format!(" ({}:{})", l.file(), l.line()));
        eprintln!("rechtenwijzer stopped because of an internal error{place}. Nothing was saved.");
    }));
}
