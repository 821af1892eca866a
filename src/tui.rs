//! The full-screen interview: an Elm-style model (`app`), one key table (`keymap`), a pure
//! view (`view`, `screens`) with semantic colours (`theme`) and glyph sets (`glyphs`), and one
//! owner of the terminal (`terminal`) that restores and wipes it on every way out.

pub mod app;
pub mod backend;
pub mod glyphs;
pub mod input;
pub mod keymap;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod view;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rechtenwijzer_core::i18n::I18n;

use crate::output::{html, pdf, print};
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
    /// The terminal hung up (SIGHUP, or its input ended): exit code 129.
    HungUp,
}

/// Signals that end the session, through the same wipe as every other way out.
const STOPPING: [i32; 4] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGQUIT,
];
/// Signals that would otherwise stop or kill the program without a wipe, and mean nothing to
/// it: suspending (a kiosk must not hand a shell to the next person) and user signals.
const IGNORED: [i32; 4] = [
    signal_hook::consts::SIGTSTP,
    signal_hook::consts::SIGUSR1,
    signal_hook::consts::SIGUSR2,
    signal_hook::consts::SIGALRM,
];

/// Installs the program's signal handling: the stopping signals set `stop` to their number,
/// the ignored ones are caught and dropped.
pub fn catch_signals(stop: &Arc<AtomicUsize>) -> io::Result<()> {
    for signal in STOPPING {
        signal_hook::flag::register_usize(signal, Arc::clone(stop), usize::try_from(signal).unwrap_or(1))?;
    }
    let ignored = Arc::new(AtomicBool::new(false));
    for signal in IGNORED {
        signal_hook::flag::register(signal, Arc::clone(&ignored))?;
    }
    Ok(())
}

/// Runs the interview until the person (or staff, or a signal) stops it; the terminal is
/// restored and wiped on every way out.
pub fn run(app: &mut App) -> io::Result<Ended> {
    terminal::install_panic_hook();
    let stop = Arc::new(AtomicUsize::new(0));
    catch_signals(&stop)?;
    let mut screen = terminal::enter()?;
    let result = event_loop(&mut screen, app, &stop);
    // The wipe is tried even when the terminal hung up (a `kill -HUP` leaves it open).
    terminal::restore();
    result
}

fn event_loop(screen: &mut terminal::Screen, app: &mut App, stop: &AtomicUsize) -> io::Result<Ended> {
    let started = Instant::now();
    // Keys are read from the first wait on: typed earlier, they wait in the terminal, and the
    // first frame does not wait for the reading thread to start.
    let mut keys: Option<input::Keys> = None;
    let resized = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGWINCH, Arc::clone(&resized))?;
    let mut pending = None;
    let mut printing: Option<print::PrintJob> = None;
    // A frame is drawn when something may have changed: a key, a resize, a command, or a
    // countdown that moves on; not at every quiet tick.
    let mut dirty = true;
    let mut prepared = false;
    loop {
        match stop.load(Ordering::Relaxed) {
            0 => {}
            signal if signal == usize::try_from(signal_hook::consts::SIGHUP).unwrap_or(1) => return Ok(Ended::HungUp),
            _ => return Ok(Ended::Signal),
        }
        if let Some(command) = pending.take().or_else(|| app.tick(started.elapsed())) {
            dirty = true;
            match command {
                Command::Quit => return Ok(Ended::Stopped),
                Command::Wipe => {
                    // A reset: nothing of the previous person stays, not even in the scrollback.
                    // A new frame buffer draws everything again; ratatui's clear() would ask
                    // the terminal where its cursor is, and a terminal that does not answer
                    // must not stop a reset.
                    io::stdout().write_all(terminal::WIPE.as_bytes())?;
                    io::stdout().flush()?;
                    *screen = terminal::screen()?;
                }
                Command::Print => printing = Some(print::PrintJob::start(handout_to_print(app))),
                Command::Save(_) => perform(app, &command),
            }
        }
        if let Some(result) = printing.as_ref().and_then(print::PrintJob::finished) {
            printing = None;
            let (ok, message) = print_outcome(result);
            app.effect_done(ok, message);
            // An `lp` may have written over the screen: draw every cell again.
            *screen = terminal::screen()?;
            dirty = true;
        }
        if dirty || app.countdown().is_some() || resized.swap(false, Ordering::Relaxed) {
            screen.draw(|frame| view::render(app, frame))?;
            dirty = false;
            if !prepared {
                // The first frame is on screen: ready the rest while the person reads it.
                app.prepare();
                prepared = true;
            }
        }
        // Wake in time for a first digit that waits for a second one.
        let wait = app.wake_in().map_or(TICK, |left| left.min(TICK));
        let inputs = match keys.get_or_insert_with(input::Keys::start).wait(wait) {
            input::Wait::Inputs(inputs) => inputs,
            input::Wait::Nothing => continue,
            // The terminal went away without a signal: nobody is there, and nothing can be
            // shown or wiped; stop rather than wait on it.
            input::Wait::Gone => return Ok(Ended::HungUp),
        };
        dirty = true;
        // Everything that arrived is handled before the next frame: a burst of keys or a paste
        // never waits behind frames.
        for received in inputs {
            if pending.is_some() {
                break;
            }
            pending = match received {
                input::Input::Key(key) => {
                    let action = match app.input_mode() {
                        InputMode::Keys => keymap::action_for(key),
                        InputMode::Text => keymap::text_action_for(key),
                        InputMode::Number { typing } => keymap::number_action_for(key, typing),
                    };
                    action.and_then(|action| app.update(action))
                }
                // Pasted text is typed into a text or number field, and means nothing elsewhere.
                input::Input::Paste(text) => paste(app, &text),
            };
        }
    }
}

/// Types pasted text into the field on screen, if there is one.
fn paste(app: &mut App, text: &str) -> Option<Command> {
    for c in text.chars().filter(|c| !c.is_control()) {
        let action = match app.input_mode() {
            InputMode::Keys => return None,
            InputMode::Text => keymap::Action::Type(c),
            InputMode::Number { .. } => keymap::digit_of(c).map_or(keymap::Action::Type(c), keymap::Action::Digit),
        };
        if let Some(command) = app.update(action) {
            return Some(command);
        }
    }
    None
}

/// The handout for the printer (laid out as PDF by the print job), in the person's language and
/// the second one beside it, if chosen.
fn handout_to_print(app: &App) -> pdf::Handout {
    let parts: Vec<_> = handout_languages(app)
        .iter()
        .filter_map(|language| Some((app.report(language)?, I18n::new(app.locales(), language)?)))
        .collect();
    let views: Vec<_> = parts.iter().map(|(view, i18n)| (view.as_ref(), i18n)).collect();
    pdf::handout(&views)
}

fn handout_languages<'a>(app: &'a App) -> Vec<&'a str> {
    let look = app.look();
    std::iter::once(look.language.as_str()).chain(look.bilingual.then(|| app.second_language())).collect()
}

/// A print's outcome for the person: success and a message id.
pub fn print_outcome(result: Result<(), print::PrintError>) -> (bool, &'static str) {
    match result {
        Ok(()) => (true, "ui-printed"),
        Err(print::PrintError::NoPrinter) => (false, "ui-print-no-printer"),
        Err(print::PrintError::Failed) => (false, "ui-print-failed"),
    }
}

/// Saves the handout as HTML, in the person's language (and the second one, if chosen).
fn perform(app: &mut App, command: &Command) {
    let Command::Save(name) = command else { return };
    let parts: Vec<_> = handout_languages(app)
        .iter()
        .filter_map(|language| Some((app.report(language)?, I18n::new(app.locales(), language)?)))
        .collect();
    let views: Vec<_> = parts.iter().map(|(view, i18n)| (view.as_ref(), i18n)).collect();
    let (ok, message) = match print::save(std::path::Path::new(name), &html::html(&views)) {
        Ok(()) => (true, "ui-saved"),
        Err(print::SaveError::Exists) => (false, "ui-save-exists"),
        Err(print::SaveError::Failed) => (false, "ui-save-failed"),
    };
    app.effect_done(ok, message);
}
