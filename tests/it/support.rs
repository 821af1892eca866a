//! What the integration tests share: the shipped content checked in full, a fixed day, the
//! screen drawn as text, households from a few answers, the real binary, scratch folders, and
//! the pseudo-terminal harness (support/pty.rs, shared with the terminal benchmark).

#![allow(dead_code)] // each test module uses its part

pub mod pty;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rechtenwijzer::builtin;
use rechtenwijzer::tui::app::{App, AppOptions};
use rechtenwijzer::tui::view;
use rechtenwijzer_core::check::{self, CheckResult};
use rechtenwijzer_core::content::{Content, FactKind};
use rechtenwijzer_core::model::answers::{Answer, Answers, Value};
use rechtenwijzer_core::model::date::Date;

/// The shipped content and messages, checked in full as `rechtenwijzer check` does.
pub fn shipped() -> CheckResult {
    let result = check::run(&builtin::content_sources(), &builtin::locale_sources(), Vec::new());
    assert!(!result.has_errors(), "the shipped content has errors");
    result
}

/// The day every test evaluates on, unless it says otherwise.
pub fn day() -> Date {
    date("2026-11-28")
}

/// A date from `YYYY-MM-DD`.
pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("{text} is not a date"))
}

/// A session on the welcome screen, in a language, on the test day.
pub fn app<'a>(result: &'a CheckResult, language: &str) -> App<'a> {
    App::new(&result.loaded.content, &result.locales, AppOptions::new(language, day()))
}

/// The screen as text, one line per row, and where the cursor is (colours are checked
/// elsewhere).
pub fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    let mut out = screen_text(terminal.backend().buffer(), width, height);
    let cursor = terminal.get_cursor_position().unwrap();
    out.push_str(&format!("cursor: {},{}\n", cursor.x, cursor.y));
    out
}

/// The screen as text without the cursor line.
pub fn draw_text(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    screen_text(terminal.backend().buffer(), width, height)
}

/// A buffer's text, one line per row, trailing spaces removed.
pub fn screen_text(buffer: &ratatui::buffer::Buffer, width: u16, height: u16) -> String {
    let mut out = String::new();
    for y in 0..height {
        let line: String = (0..width).map(|x| buffer[(x, y)].symbol().to_string()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Answers for a few facts, written as in an answers file: `"67"`, `"true"` (or `"yes"`),
/// `"flanders"`,
/// `"leefloon,igo"` for a set (`""` for none), `"unknown"` for "I don't know".
pub fn household(content: &Content, given: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new(content.facts.len());
    for (id, text) in given {
        let fact = content.fact_index(id).unwrap_or_else(|| panic!("no fact {id}"));
        let answer = if *text == "unknown" {
            Answer::DontKnow
        } else {
            Answer::Known(match &content.facts[fact].kind {
                FactKind::Integer { .. } => Value::Integer(text.parse().unwrap()),
                FactKind::YesNo => Value::YesNo(matches!(*text, "true" | "yes")),
                FactKind::Choice(values) => {
                    Value::Choice(u8::try_from(values.iter().position(|v| v == text).unwrap()).unwrap())
                }
                FactKind::Set(values) => Value::Set(
                    text.split(',')
                        .filter(|v| !v.is_empty())
                        .map(|v| 1u64 << values.iter().position(|x| x == v).unwrap_or_else(|| panic!("{v}")))
                        .sum(),
                ),
            })
        };
        answers.set(fact, answer);
    }
    answers
}

/// The real binary, without the language of the machine it runs on.
pub fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rechtenwijzer"));
    command.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    command
}

/// Runs the binary and waits for it.
pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

/// Runs the binary with `input` on standard input.
pub fn run_with_input(command: &mut Command, input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A path inside the repository.
pub fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path).display().to_string()
}

/// A scratch folder removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// An empty folder of its own.
    pub fn new(name: &str) -> Scratch {
        let path = std::env::temp_dir().join(format!("rechtenwijzer-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Scratch(path)
    }

    /// A copy of the shipped content in `<scratch>/content`.
    pub fn with_content(name: &str) -> Scratch {
        let scratch = Scratch::new(name);
        for file in builtin::content_sources().files {
            let target = scratch.0.join("content").join(&file.relative);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, file.text.as_bytes()).unwrap();
        }
        scratch
    }

    /// A path inside the folder.
    pub fn path(&self, relative: &str) -> PathBuf {
        self.0.join(relative)
    }

    /// Whether the folder (or one inside it) holds nothing.
    pub fn is_empty(dir: &Path) -> bool {
        std::fs::read_dir(dir).unwrap().next().is_none()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
