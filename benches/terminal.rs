//! What a person waits for, measured: start to first complete frame in a pseudo-terminal,
//! beside a minimal ratatui program that draws one paragraph (the floor, this same executable
//! run with RW_FLOOR=1); key press to frame written (p50, p99 and bytes per key) on the
//! question, results and detail screens at 80x24 and 200x60; the peak memory of a whole
//! session; and the size of the release binary. `cargo bench --bench terminal`; with
//! `-- --test` a quick run that only proves it works (CI).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // a benchmark reports and may stop
#![allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)] // figures for people

#[path = "../tests/it/support/pty.rs"]
mod pty;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pty::Pty;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use rechtenwijzer::builtin;
use rechtenwijzer::tui::app::{App, AppOptions, Screen};
use rechtenwijzer::tui::backend::FrameBackend;
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer::tui::view;
use rechtenwijzer_core::model::date::Date;

fn main() {
    #[allow(clippy::disallowed_methods)] // the floor is this executable with a flag
    let floor_run = std::env::var_os("RW_FLOOR").is_some();
    if floor_run {
        floor();
        return;
    }
    let quick = std::env::args().any(|a| a == "--test");
    println!("rechtenwijzer terminal benchmarks{}", if quick { " (quick check, numbers not meaningful)" } else { "" });
    startup(quick);
    keys(quick);
    memory();
    let size = std::fs::metadata(env!("CARGO_BIN_EXE_rechtenwijzer")).map(|m| m.len()).unwrap_or(0);
    println!("release binary size: {:.1} MiB ({size} bytes)", size as f64 / 1_048_576.0);
}

/// The floor: the least a ratatui program does to show a frame.
fn floor() {
    let _ = crossterm::terminal::enable_raw_mode();
    let mut out = std::io::stdout();
    let _ = crossterm::execute!(out, crossterm::terminal::EnterAlternateScreen);
    if let Ok(mut terminal) = Terminal::new(CrosstermBackend::new(std::io::stdout())) {
        let _ = terminal
            .draw(|frame| frame.render_widget(ratatui::widgets::Paragraph::new("floor paragraph ready"), frame.area()));
    }
    let _ = crossterm::event::read();
    let _ = crossterm::execute!(std::io::stdout(), crossterm::terminal::LeaveAlternateScreen);
    let _ = crossterm::terminal::disable_raw_mode();
}

/// Time from spawning to the moment `text` (drawn last in the first frame) is on the screen.
fn time_to_frame(program: &str, args: &[&str], envs: &[(&str, &str)], text: &str, quit: &[&str]) -> Option<Duration> {
    let started = Instant::now();
    let mut pty = Pty::start(program, args, 80, 24, envs);
    let shown = pty.shows_within(text, Duration::from_secs(20)).then(|| started.elapsed());
    for keys in quit {
        pty.send_bytes(keys.as_bytes());
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = pty.wait_for_exit();
    shown
}

/// The quarter, the middle and the three quarters of the values.
fn quartiles(mut values: Vec<Duration>) -> [Duration; 3] {
    values.sort();
    let at = |q: usize| values.get(values.len() * q / 4).copied().unwrap_or_default();
    [at(1), at(2), at(3)]
}

fn startup(quick: bool) {
    let runs = if quick { 2 } else { 41 };
    let me = std::env::current_exe().expect("the bench executable").display().to_string();
    let program = env!("CARGO_BIN_EXE_rechtenwijzer");
    let floor_run = || time_to_frame(&me, &[], &[("RW_FLOOR", "1")], "floor paragraph ready", &["x"]);
    let our_run = || time_to_frame(program, &["--date", "2026-11-28"], &[], "Q stoppen", &["q", "1"]);
    // Unmeasured first runs: both executables read from disk into memory, as on a kiosk that
    // has run the program before.
    for _ in 0..if quick { 0 } else { 3 } {
        let _ = (floor_run(), our_run());
    }
    let mut floor = Vec::new();
    let mut ours = Vec::new();
    for _ in 0..runs {
        floor.extend(floor_run());
        ours.extend(our_run());
    }
    let ([floor_low, floor, floor_high], [ours_low, ours, ours_high]) = (quartiles(floor), quartiles(ours));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "start to first complete frame (pty, median of {runs}): rechtenwijzer {:.1} ms, floor {:.1} ms, ratio {:.2} (target <= 1.5); quartiles {:.1}-{:.1} and {:.1}-{:.1} ms",
        ms(ours),
        ms(floor),
        ours.as_secs_f64() / floor.as_secs_f64().max(1e-9),
        ms(ours_low),
        ms(ours_high),
        ms(floor_low),
        ms(floor_high),
    );
}

/// Counts the bytes a frame writes.
#[derive(Clone, Default)]
struct Counter(Arc<Mutex<usize>>);

impl Write for Counter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut count) = self.0.lock() {
            *count += bytes.len();
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn keys(quick: bool) {
    let built_in = builtin::load().expect("the built-in content");
    let content = &**built_in.content;
    let household = content
        .scenarios
        .iter()
        .find(|s| s.id == "alleenstaande-met-leefloon-stookolie")
        .map(|s| s.answers.clone())
        .unwrap_or_default();
    let day = Date::new(2026, 11, 28).expect("a day");
    let presses = if quick { 40 } else { 2000 };
    for (width, height) in [(80u16, 24u16), (200, 60)] {
        for (name, screen) in
            [("question", Screen::Question(1)), ("results", Screen::Results), ("detail", Screen::Detail(0))]
        {
            let mut app = App::new(content, &built_in.locales, AppOptions::new("nl", day));
            app.load_answers(household.clone());
            app.go(screen);
            let counter = Counter::default();
            // A fixed viewport: the size is known, so no frame asks the terminal for it.
            let options = ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, width, height)),
            };
            let Ok(mut terminal) = Terminal::with_options(FrameBackend::new(counter.clone()), options) else {
                return;
            };
            let _ = terminal.draw(|frame| view::render(&app, frame));
            let mut times = Vec::with_capacity(presses);
            let before = counter.0.lock().map(|c| *c).unwrap_or(0);
            for press in 0..presses {
                let action = if press % 2 == 0 { Action::Down } else { Action::Up };
                let started = Instant::now();
                app.update(action);
                let _ = terminal.draw(|frame| view::render(&app, frame));
                times.push(started.elapsed());
            }
            let bytes = counter.0.lock().map(|c| *c).unwrap_or(0) - before;
            times.sort();
            let p = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1000.0;
            println!(
                "key to frame, {name} at {width}x{height}: p50 {:.3} ms, p99 {:.3} ms, {} bytes per key ({} cells on screen)",
                p(0.5),
                p(0.99),
                bytes / presses,
                usize::from(width) * usize::from(height)
            );
        }
    }
}

/// The peak memory (VmHWM) of the real binary through a whole session.
fn memory() {
    let mut pty = Pty::rechtenwijzer(&["--date", "2026-11-28"]);
    let _ = pty.shows_within("Q stoppen", Duration::from_secs(20));
    for keys in ["\r", "4", "5", "\r", "1", "1", "2", "0", "\r", "0", "\r", "r", "\r", "\x1b", "d", "o", "?", "\x1b"] {
        pty.send_bytes(keys.as_bytes());
        std::thread::sleep(Duration::from_millis(40));
    }
    let peak = pty.peak_memory();
    // Wait past the time a lone Esc waits for the rest of a sequence, or the `q` after it
    // would read as Alt+Q.
    std::thread::sleep(Duration::from_millis(200));
    pty.send_bytes(b"q");
    let _ = pty.shows_within("Wilt u stoppen?", Duration::from_secs(20));
    pty.send_bytes(b"1");
    let _ = pty.wait_for_exit();
    println!(
        "peak memory of a whole session (VmHWM): {} (target < 10 MB)",
        peak.unwrap_or_else(|| "not measurable here".to_string())
    );
}
