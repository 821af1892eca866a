//! The full-screen interview: an Elm-style model (`app`), one key table (`keymap`), a pure
//! view (`view`) with semantic colours (`theme`) and glyph sets (`glyphs`), and one owner of
//! the terminal (`terminal`) that restores and wipes it on every way out.

pub mod app;
pub mod glyphs;
pub mod keymap;
pub mod terminal;
pub mod theme;
pub mod view;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

use crate::export;
use crate::handout;
use crate::i18n::I18n;
use crate::report::Report;
use app::{App, Effect};

/// How often the loop wakes without a key: for the idle countdown and for signals.
const TICK: Duration = Duration::from_millis(250);

/// Runs the interview until the person (or staff, or a signal) stops it; the terminal is
/// restored and wiped on every way out.
pub fn run(app: &mut App) -> io::Result<()> {
    terminal::install_panic_hook();
    // SIGTERM and SIGINT end the session through the same wipe as every other exit.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // SIGHUP means the terminal is gone: there is no screen left to wipe, and waiting for input
    // on a hung-up terminal would spin forever inside crossterm. Stop at once.
    signal_hook::flag::register_conditional_shutdown(signal_hook::consts::SIGHUP, 1, Arc::new(AtomicBool::new(true)))?;
    let mut screen = terminal::enter()?;
    let result = event_loop(&mut screen, app, &stop);
    terminal::restore();
    result
}

fn event_loop(screen: &mut terminal::Screen, app: &mut App, stop: &AtomicBool) -> io::Result<()> {
    let started = Instant::now();
    app.remember_start();
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        app.tick(started.elapsed());
        if std::mem::take(&mut app.wiped) {
            // A reset: nothing of the previous person stays, not even in the scrollback.
            screen.clear()?;
            io::stdout().write_all(terminal::WIPE.as_bytes())?;
        }
        if let Some(effect) = app.effect.take() {
            perform(app, effect);
        }
        let size = screen.size()?;
        app.resize(size.width, size.height);
        screen.draw(|frame| view::render(app, frame))?;
        if app.quit {
            return Ok(());
        }
        if !event::poll(TICK)? {
            continue;
        }
        match event::read()? {
            Event::Key(key) => {
                let action = if app.wants_text() { keymap::text_action_for(key) } else { keymap::action_for(key) };
                if let Some(action) = action {
                    app.update(action);
                }
            }
            Event::Resize(width, height) => app.resize(width, height),
            _ => {}
        }
    }
}

/// Prints or saves the handout, in the person's language (and the second one, if chosen).
fn perform(app: &mut App, effect: Effect) {
    let Some(i18n) = I18n::new(app.locales, &app.language) else { return };
    let second = app.bilingual.then(|| I18n::new(app.locales, app.second())).flatten();
    let report = Report::new(app.content, app.evaluation.clone());
    let message = match effect {
        Effect::Print => {
            let mut text = export::text(&report, &i18n);
            if let Some(second) = &second {
                text.push('\u{c}');
                text.push_str(&export::text(&report, second));
            }
            match handout::print(&text) {
                Ok(()) => (true, "ui-printed"),
                Err(handout::PrintError::NoPrinter) => (false, "ui-print-no-printer"),
                Err(handout::PrintError::Failed) => (false, "ui-print-failed"),
            }
        }
        Effect::Save(name) => {
            match handout::save(std::path::Path::new(&name), &export::html(&report, &i18n, second.as_ref())) {
                Ok(()) => (true, "ui-saved"),
                Err(handout::SaveError::Exists) => (false, "ui-save-exists"),
                Err(handout::SaveError::Failed) => (false, "ui-save-failed"),
            }
        }
    };
    app.effect_done(message.0, message.1);
}
