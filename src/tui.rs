//! The full-screen interview: an Elm-style model (`app`), one key table (`keymap`), a pure
//! view (`view`, `screens`) with semantic colours (`theme`) and glyph sets (`glyphs`), and one
//! owner of the terminal (`terminal`) that restores and wipes it on every way out.

pub mod app;
pub mod glyphs;
pub mod keymap;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod view;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use rechtenwijzer_core::i18n::I18n;

use crate::output::{html, print, text};
use app::{App, Command, InputMode};

/// How often the loop wakes without a key: for the idle countdown and for signals.
const TICK: Duration = Duration::from_millis(250);

/// How the session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The person or staff stopped it.
    Stopped,
    /// A signal asked it to stop (the screen was wiped all the same).
    Signal,
}

/// Runs the interview until the person (or staff, or a signal) stops it; the terminal is
/// restored and wiped on every way out.
pub fn run(app: &mut App) -> io::Result<Ended> {
    terminal::install_panic_hook();
    // SIGTERM and SIGINT end the session through the same wipe as every other exit.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // SIGHUP means the terminal is gone: there is no screen left to wipe, and waiting for input
    // on a hung-up terminal would spin forever inside crossterm. Stop at once.
    signal_hook::flag::register_conditional_shutdown(
        signal_hook::consts::SIGHUP,
        terminal::HANGUP_EXIT,
        Arc::new(AtomicBool::new(true)),
    )?;
    let mut screen = terminal::enter()?;
    let result = event_loop(&mut screen, app, &stop);
    terminal::restore();
    result
}

fn event_loop(screen: &mut terminal::Screen, app: &mut App, stop: &AtomicBool) -> io::Result<Ended> {
    let started = Instant::now();
    let mut pending = None;
    // A frame is drawn when something may have changed: a key, a resize, a command, or a
    // countdown that moves on; not at every quiet tick.
    let mut dirty = true;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(Ended::Signal);
        }
        if let Some(command) = pending.take().or_else(|| app.tick(started.elapsed())) {
            dirty = true;
            match command {
                Command::Quit => return Ok(Ended::Stopped),
                Command::Wipe => {
                    // A reset: nothing of the previous person stays, not even in the scrollback.
                    screen.clear()?;
                    io::stdout().write_all(terminal::WIPE.as_bytes())?;
                }
                Command::Print | Command::Save(_) => perform(app, &command),
            }
        }
        if dirty || app.countdown().is_some() {
            screen.draw(|frame| view::render(app, frame))?;
            dirty = false;
        }
        // Wake in time for a first digit that waits for a second one.
        let wait = app.wake_in().map_or(TICK, |left| left.min(TICK));
        if !event::poll(wait)? {
            continue;
        }
        dirty = true;
        match event::read()? {
            Event::Key(key) => {
                let action = match app.input_mode() {
                    InputMode::Keys => keymap::action_for(key),
                    InputMode::Text => keymap::text_action_for(key),
                    InputMode::Number { typing } => keymap::number_action_for(key, typing),
                };
                if let Some(action) = action {
                    pending = app.update(action);
                }
            }
            Event::Resize(..) | Event::FocusGained | Event::FocusLost | Event::Mouse(_) | Event::Paste(_) => {}
        }
    }
}

/// Prints or saves the handout, in the person's language (and the second one, if chosen).
fn perform(app: &mut App, command: &Command) {
    let look = app.look();
    let languages: Vec<&str> =
        std::iter::once(look.language.as_str()).chain(look.bilingual.then(|| app.second_language())).collect();
    let parts: Vec<_> = languages
        .iter()
        .filter_map(|language| Some((app.report(language)?, I18n::new(app.locales(), language)?)))
        .collect();
    let (ok, message) = match command {
        Command::Print => {
            let pages: Vec<String> = parts.iter().map(|(view, i18n)| text::text(view, i18n)).collect();
            match print::print(&pages.join("\u{c}")) {
                Ok(()) => (true, "ui-printed"),
                Err(print::PrintError::NoPrinter) => (false, "ui-print-no-printer"),
                Err(print::PrintError::Failed) => (false, "ui-print-failed"),
            }
        }
        Command::Save(name) => {
            let views: Vec<_> = parts.iter().map(|(view, i18n)| (view.as_ref(), i18n)).collect();
            match print::save(std::path::Path::new(name), &html::html(&views)) {
                Ok(()) => (true, "ui-saved"),
                Err(print::SaveError::Exists) => (false, "ui-save-exists"),
                Err(print::SaveError::Failed) => (false, "ui-save-failed"),
            }
        }
        Command::Wipe | Command::Quit => return,
    };
    app.effect_done(ok, message);
}
