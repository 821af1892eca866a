//! Shared computers: kiosk keys, the idle reset (with a clock the test controls), printing
//! through `lp` from standard input, and untrusted text that never reaches a terminal as
//! escape sequences.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rechtenwijzer::check::{self, CheckResult};
use rechtenwijzer::date::Date;
use rechtenwijzer::export;
use rechtenwijzer::i18n::I18n;
use rechtenwijzer::report::Report;
use rechtenwijzer::rules;
use rechtenwijzer::source::SourceTree;
use rechtenwijzer::tui::app::{App, Confirm, Kiosk, Screen};
use rechtenwijzer::tui::keymap::{Action, action_for};
use rechtenwijzer::tui::view;

fn shipped() -> CheckResult {
    let result = check::run(&SourceTree::embedded_content(), &SourceTree::embedded_locales(), Vec::new());
    assert!(!result.has_errors());
    result
}

fn day() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

fn kiosk_app<'a>(result: &'a CheckResult, pin: Option<&str>) -> App<'a> {
    let mut app = App::new(&result.loaded.content, &result.locales, "nl", day());
    app.kiosk = Some(Kiosk {
        idle_after: Duration::from_secs(60),
        countdown: Duration::from_secs(20),
        staff_pin: pin.map(str::to_string),
    });
    app.remember_start();
    app
}

/// Starts the interview and answers the first question (the age).
fn answer_something(app: &mut App) {
    app.update(Action::Select);
    for action in [Action::Digit(4), Action::Digit(5), Action::Select] {
        app.update(action);
    }
    assert!(app.answers.answered().count() > 0);
}

#[test]
fn kiosk_keys_do_not_end_the_program() {
    let result = shipped();
    let mut app = kiosk_app(&result, None);
    answer_something(&mut app);
    // Ctrl+Z and Ctrl+\ arrive as keys in raw mode and mean nothing.
    for (code, modifiers) in [(KeyCode::Char('z'), KeyModifiers::CONTROL), (KeyCode::Char('\\'), KeyModifiers::CONTROL)]
    {
        assert_eq!(action_for(KeyEvent::new(code, modifiers)), None);
    }
    // Q and Ctrl+C offer to start over instead of stopping.
    for key in [
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
    ] {
        app.update(action_for(key).unwrap());
        assert_eq!(app.confirm, Some(Confirm::StartOver));
        app.update(Action::Quit);
        assert!(!app.quit, "a kiosk never stops for Q or Ctrl+C");
        app.update(Action::Back);
    }
    app.update(Action::StartOver);
    app.update(Action::Digit(1));
    assert!(!app.quit);
    assert_eq!(app.screen, Screen::Welcome);
    assert_eq!(app.answers.answered().count(), 0, "starting over wipes every answer");
    // Staff leave with Ctrl+Alt+Q.
    app.update(action_for(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL | KeyModifiers::ALT)).unwrap());
    assert!(app.quit);
}

#[test]
fn staff_leave_only_with_the_right_pin() {
    let result = shipped();
    let mut app = kiosk_app(&result, Some("4711"));
    app.update(Action::StaffExit);
    assert_eq!(app.confirm, Some(Confirm::StaffPin));
    for digit in [1, 2, 3, 4] {
        app.update(Action::Digit(digit));
    }
    app.update(Action::Select);
    assert!(!app.quit && app.confirm.is_none(), "a wrong PIN does not stop it");
    app.update(Action::StaffExit);
    for digit in [4, 7, 1, 1] {
        app.update(Action::Digit(digit));
    }
    app.update(Action::Select);
    assert!(app.quit);
}

#[test]
fn an_idle_session_counts_down_any_key_extends_it_then_everything_is_wiped() {
    let result = shipped();
    let mut app = kiosk_app(&result, None);
    app.tick(Duration::from_secs(0));
    answer_something(&mut app);
    app.update(Action::ToggleLarge);
    app.tick(Duration::from_secs(59));
    assert_eq!(app.countdown(), None);
    app.tick(Duration::from_secs(61));
    assert_eq!(app.countdown(), Some(Duration::from_secs(19)), "a countdown of at least 20 seconds");
    let screen = draw(&mut app);
    assert!(screen.contains("Bent u er nog?") && screen.contains("19 seconden"), "{screen}");
    app.update(Action::Down); // someone is there
    assert_eq!(app.countdown(), None);
    assert!(app.answers.answered().count() > 0);
    app.tick(Duration::from_secs(61 + 60 + 20));
    assert_eq!(app.answers.answered().count(), 0, "the next person finds nothing");
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.wiped, "the terminal owner is told to wipe the scrollback too");
    assert!(!app.large, "the session's settings are back to the start");
}

fn draw(app: &mut App) -> String {
    app.resize(80, 24);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (0..24).map(|y| (0..80).map(|x| buffer[(x, y)].symbol().to_string()).collect::<String>() + "\n").collect()
}

#[test]
fn hostile_text_in_content_reaches_no_terminal_and_no_page_as_code() {
    let mut locales = SourceTree::embedded_locales();
    let hostile = "Leefloon \u{1b}]0;gekaapt\u{7}\u{1b}[2J <script>alert(1)</script> & \"x\"";
    let file = locales.get("nl/rights.ftl").unwrap().text.clone();
    let line = file.lines().find(|l| l.starts_with("right-leefloon = ")).unwrap().to_string();
    locales.insert("nl/rights.ftl", file.replace(&line, &format!("right-leefloon = {hostile}")));
    let result = check::run(&SourceTree::embedded_content(), &locales, Vec::new());
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "alleenstaande-zonder-inkomen-prive-huur").unwrap();
    let mut app = App::new(content, &result.locales, "nl", day());
    app.load_answers(household.answers.clone());
    for screen in [Screen::Results, Screen::Detail(content.right_index("leefloon").unwrap()), Screen::Documents] {
        app.go(screen);
        let shown = draw(&mut app);
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}'), "{shown}");
        if matches!(screen, Screen::Detail(_)) {
            assert!(shown.contains("Leefloon"), "{shown}");
        }
    }
    let report = Report::new(content, rules::evaluate(content, &household.answers, day()));
    let i18n = I18n::new(&result.locales, "nl").unwrap();
    let text = export::text(&report, &i18n);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
    let html = export::html(&report, &i18n, None);
    assert!(!html.contains('\u{1b}') && !html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
}

/// A scratch folder removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let path = std::env::temp_dir().join(format!("rechtenwijzer-kiosk-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Scratch(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn is_empty(dir: &PathBuf) -> bool {
    std::fs::read_dir(dir).unwrap().next().is_none()
}

#[test]
fn printing_goes_through_lp_from_standard_input_and_leaves_no_file() {
    let scratch = Scratch::new("print");
    let (bin, home, temp) = (scratch.0.join("bin"), scratch.0.join("home"), scratch.0.join("tmp"));
    for dir in [&bin, &home, &temp] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let received = scratch.0.join("received");
    std::fs::write(bin.join("lp"), format!("#!/bin/sh\necho \"$@\" > '{0}.args'\ncat > '{0}'\n", received.display()))
        .unwrap();
    std::fs::set_permissions(bin.join("lp"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut child = Command::new(env!("CARGO_BIN_EXE_rechtenwijzer"))
        .args(["--plain", "--date", "2026-11-28", "--lang", "nl"])
        .env("PATH", path)
        .env("HOME", &home)
        .env("TMPDIR", &temp)
        .current_dir(&temp)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"45\n1\n1\nr\np\nq\n1\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Uw blad wordt afgedrukt."));
    assert_eq!(std::fs::read_to_string(format!("{}.args", received.display())).unwrap().trim(), "-t Rechtenwijzer -");
    let printed = std::fs::read_to_string(&received).unwrap();
    assert!(printed.contains("Documenten om mee te nemen") && printed.contains("bankcodes"), "{printed}");
    assert!(is_empty(&home) && is_empty(&temp), "nothing of ours is left in the home or temp folder");
}

#[test]
fn without_a_printer_the_person_is_told_so() {
    let scratch = Scratch::new("no-printer");
    let mut child = Command::new(env!("CARGO_BIN_EXE_rechtenwijzer"))
        .args(["--plain", "--date", "2026-11-28", "--lang", "nl"])
        .env("PATH", scratch.0.display().to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"r\np\nq\n1\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("Er is hier geen printer."));
}

#[test]
fn the_html_handout_is_self_contained_printable_and_right_to_left_in_arabic() {
    let result = shipped();
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "gepensioneerde-met-igo-stookolie").unwrap();
    let report = Report::new(content, rules::evaluate(content, &household.answers, day()));
    let arabic = I18n::new(&result.locales, "ar").unwrap();
    let dutch = I18n::new(&result.locales, "nl").unwrap();
    let html = export::html(&report, &arabic, Some(&dutch));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<section lang=\"nl\" dir=\"ltr\">"));
    assert!(html.contains("@page{size:A4"));
    for external in ["http://", "<link", "<script", "src=", "@import", "url("] {
        let outside_text = html.split("<body>").next().unwrap();
        assert!(!outside_text.contains(external), "the page needs nothing from outside: {external}");
    }
    assert!(html.contains("1765"), "phone numbers are on the handout");
}
