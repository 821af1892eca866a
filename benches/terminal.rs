//! What a person waits for, measured: start to first complete frame in a pseudo-terminal,
//! beside a minimal ratatui program that draws one paragraph (the floor, this same executable
//! run with RW_FLOOR=1); key press to frame written (p50, p99 and bytes per key) on the
//! question, results and detail screens at 80x24 and 200x60; the peak memory of a whole
//! session; and the size of the release binary. `cargo bench --bench terminal`; with
//! `-- --test` a quick run that only proves it works (CI).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at the first surprise

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use rechtenwijzer::check;
use rechtenwijzer::date::Date;
use rechtenwijzer::source::SourceTree;
use rechtenwijzer::tui::app::{App, Screen};
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer::tui::view;

fn main() {
    if std::env::var_os("RW_FLOOR").is_some() {
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

struct Pty {
    output: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

fn spawn(program: &str, args: &[&str], floor: bool) -> Pty {
    let pair =
        native_pty_system().openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 }).expect("a pty");
    let mut command = CommandBuilder::new(program);
    command.args(args);
    command.env("TERM", "xterm-256color");
    if floor {
        command.env("RW_FLOOR", "1");
    }
    let child = pair.slave.spawn_command(command).expect("the program starts");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("a reader");
    let writer = pair.master.take_writer().expect("a writer");
    let output = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&output);
    std::thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(count) = reader.read(&mut buffer) {
            if count == 0 {
                break;
            }
            if let Ok(mut shared) = sink.lock() {
                shared.extend_from_slice(&buffer[..count]);
            }
        }
    });
    Pty { output, writer, child, _master: pair.master }
}

fn screen_contains(pty: &Pty, text: &str) -> bool {
    let mut parser = vt100::Parser::new(24, 80, 0);
    if let Ok(bytes) = pty.output.lock() {
        parser.process(&bytes);
    }
    parser.screen().contents().contains(text)
}

/// Time from spawning to the moment `text` (drawn last in the first frame) is on the screen.
fn time_to_frame(program: &str, args: &[&str], floor: bool, text: &str, quit: &[&str]) -> Option<Duration> {
    let started = Instant::now();
    let mut pty = spawn(program, args, floor);
    let deadline = started + Duration::from_secs(20);
    let elapsed = loop {
        if screen_contains(&pty, text) {
            break Some(started.elapsed());
        }
        if Instant::now() > deadline {
            break None;
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    for keys in quit {
        let _ = pty.writer.write_all(keys.as_bytes());
        let _ = pty.writer.flush();
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = pty.child.wait();
    elapsed
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values.get(values.len() / 2).copied().unwrap_or_default()
}

fn startup(quick: bool) {
    let runs = if quick { 2 } else { 15 };
    let me = std::env::current_exe().expect("the bench executable").display().to_string();
    let program = env!("CARGO_BIN_EXE_rechtenwijzer");
    let mut floor = Vec::new();
    let mut ours = Vec::new();
    for _ in 0..runs {
        floor.extend(time_to_frame(&me, &[], true, "floor paragraph ready", &["x"]));
        ours.extend(time_to_frame(program, &["--date", "2026-11-28"], false, "Q stoppen", &["q", "1"]));
    }
    let (floor, ours) = (median(floor), median(ours));
    println!(
        "start to first complete frame (pty, median of {runs}): rechtenwijzer {:.1} ms, floor {:.1} ms, ratio {:.2}",
        ours.as_secs_f64() * 1000.0,
        floor.as_secs_f64() * 1000.0,
        ours.as_secs_f64() / floor.as_secs_f64().max(1e-9)
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
    let result = check::run(&SourceTree::embedded_content(), &SourceTree::embedded_locales(), Vec::new());
    let content = &result.loaded.content;
    let household = content
        .scenarios
        .iter()
        .find(|s| s.id == "alleenstaande-met-leefloon-stookolie")
        .map(|s| s.answers.clone())
        .unwrap_or_default();
    let day = Date::new(2026, 11, 28).unwrap_or(Date { year: 2026, month: 11, day: 28 });
    let presses = if quick { 40 } else { 2000 };
    for (width, height) in [(80u16, 24u16), (200, 60)] {
        for (name, screen) in
            [("question", Screen::Question(1)), ("results", Screen::Results), ("detail", Screen::Detail(0))]
        {
            let mut app = App::new(content, &result.locales, "nl", day);
            app.load_answers(household.clone());
            app.go(screen);
            app.resize(width, height);
            let counter = Counter::default();
            // A fixed viewport: the size is known, so no frame asks the terminal for it.
            let options = ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, width, height)),
            };
            let Ok(mut terminal) = Terminal::with_options(CrosstermBackend::new(counter.clone()), options) else {
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
    let mut pty = spawn(env!("CARGO_BIN_EXE_rechtenwijzer"), &["--date", "2026-11-28"], false);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !screen_contains(&pty, "Q stoppen") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    for keys in ["\r", "4", "5", "\r", "1", "1", "2", "0", "\r", "0", "\r", "r", "\r", "\x1b", "d", "o", "?", "\x1b"] {
        let _ = pty.writer.write_all(keys.as_bytes());
        let _ = pty.writer.flush();
        std::thread::sleep(Duration::from_millis(40));
    }
    let peak = pty
        .child
        .process_id()
        .and_then(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .and_then(|status| {
            status.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        });
    for keys in ["q", "1"] {
        let _ = pty.writer.write_all(keys.as_bytes());
        let _ = pty.writer.flush();
        std::thread::sleep(Duration::from_millis(40));
    }
    let _ = pty.child.wait();
    println!("peak memory of a whole session (VmHWM): {}", peak.unwrap_or_else(|| "not measurable here".to_string()));
}
