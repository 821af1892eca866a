//! Shared computers: kiosk keys, the idle reset (with a clock the test controls), printing
//! through `lp` from standard input, and untrusted text that never reaches a terminal as
//! escape sequences.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rechtenwijzer::kiosk::{self, KioskSettings};
use rechtenwijzer::output::{html, text};
use rechtenwijzer::tui::app::{App, AppOptions, Command, Modal, Screen};
use rechtenwijzer::tui::keymap::{Action, action_for};
use rechtenwijzer_core::check::{self, CheckResult};
use rechtenwijzer_core::i18n::I18n;
use rechtenwijzer_core::report::view::{ReportView, ViewOptions};
use rechtenwijzer_core::session::Session;

use crate::support::{Scratch, bin, day, draw, run_with_input, shipped};

fn kiosk_app<'a>(result: &'a CheckResult, pin: Option<&str>) -> App<'a> {
    let mut options = AppOptions::new("nl", day());
    options.kiosk = Some(KioskSettings {
        idle_after: Duration::from_secs(60),
        countdown: Duration::from_secs(20),
        staff_pin: pin.map(str::to_string),
    });
    App::new(&result.loaded.content, &result.locales, options)
}

/// Starts the interview and answers the first question (the age).
fn answer_something(app: &mut App) {
    app.update(Action::Select);
    for action in [Action::Digit(4), Action::Digit(5), Action::Select] {
        app.update(action);
    }
    assert!(app.answers().answered().count() > 0);
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
        assert!(matches!(app.modal(), Some(Modal::StartOver { .. })));
        assert_ne!(app.update(Action::Quit), Some(Command::Quit), "a kiosk never stops for Q or Ctrl+C");
        app.update(Action::Back);
    }
    app.update(Action::StartOver);
    assert_eq!(app.update(Action::Digit(1)), Some(Command::Wipe));
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(app.answers().answered().count(), 0, "starting over wipes every answer");
    // Staff leave with Ctrl+Alt+Q.
    let chord = action_for(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL | KeyModifiers::ALT)).unwrap();
    assert_eq!(app.update(chord), Some(Command::Quit));
}

#[test]
fn starting_over_also_leaves_training_and_the_worker_view() {
    let result = shipped();
    let mut options = AppOptions::new("nl", day());
    options.training = true;
    let mut app = App::new(&result.loaded.content, &result.locales, options);
    app.update(Action::Worker);
    assert!(app.look().worker && app.training().is_some());
    app.update(Action::StartOver);
    assert_eq!(app.update(Action::Digit(1)), Some(Command::Wipe));
    assert!(!app.look().worker, "the next person does not see the worker view");
    assert!(app.training().is_none(), "nor the exercise");
    assert_eq!(app.screen(), Screen::Welcome);
}

#[test]
fn staff_leave_only_with_the_right_pin() {
    let result = shipped();
    let mut app = kiosk_app(&result, Some("4711"));
    app.update(Action::StaffExit);
    assert!(matches!(app.modal(), Some(Modal::StaffPin { .. })));
    for digit in [1, 2, 3, 4] {
        app.update(Action::Digit(digit));
    }
    assert_eq!(app.update(Action::Select), None, "a wrong PIN does not stop it");
    assert!(app.modal().is_none());
    // Guessing is slowed down: right after a wrong PIN, even the right one is not asked for.
    app.update(Action::StaffExit);
    assert!(!matches!(app.modal(), Some(Modal::StaffPin { .. })), "no second try at once");
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Wacht"), "{screen}");
    app.tick(kiosk::PIN_WAIT);
    app.update(Action::Back);
    app.update(Action::StaffExit);
    for digit in [4, 7, 1, 1] {
        app.update(Action::Digit(digit));
    }
    assert_eq!(app.update(Action::Select), Some(Command::Quit));
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
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Bent u er nog?") && screen.contains("19 seconden"), "{screen}");
    app.update(Action::Down); // someone is there
    assert_eq!(app.countdown(), None);
    assert!(app.answers().answered().count() > 0);
    let reset = app.tick(Duration::from_secs(61 + 60 + 20));
    assert_eq!(app.answers().answered().count(), 0, "the next person finds nothing");
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(reset, Some(Command::Wipe), "the terminal owner is told to wipe the scrollback too");
    assert!(!app.look().large, "the session's settings are back to the start");
}

#[test]
fn hostile_text_in_content_reaches_no_terminal_and_no_page_as_code() {
    let mut locales = rechtenwijzer::builtin::locale_sources();
    let hostile = "Leefloon \u{1b}]0;gekaapt\u{7}\u{1b}[2J \u{9b}31m \u{202e}nimda\u{202c}\u{2066}\u{200b} <script>alert(1)</script> & \"x\"";
    let holder = locales
        .files
        .iter()
        .find(|file| file.relative.starts_with("nl/") && file.text.contains("\nright-leefloon = "))
        .unwrap()
        .clone();
    let line = holder.text.lines().find(|l| l.starts_with("right-leefloon = ")).unwrap().to_string();
    locales.insert(&holder.relative, holder.text.replace(&line, &format!("right-leefloon = {hostile}")));
    let result = check::run(&rechtenwijzer::builtin::content_sources(), &locales, Vec::new());
    let warned: Vec<_> = result.diagnostics.iter().filter(|d| d.code == "unsafe-character").collect();
    assert_eq!(warned.len(), 1, "check warns once for the line: {warned:?}");
    assert!(warned[0].file.ends_with(&holder.relative) && !warned[0].is_error());
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "alleenstaande-zonder-inkomen-prive-huur").unwrap();
    let mut app = App::new(content, &result.locales, AppOptions::new("nl", day()));
    app.load_answers(household.answers.clone());
    for screen in [Screen::Results, Screen::Detail(content.right_index("leefloon").unwrap()), Screen::Documents] {
        app.go(screen);
        let shown = draw(&app, 80, 24);
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}'), "{shown}");
        if matches!(screen, Screen::Detail(_)) {
            assert!(shown.contains("Leefloon"), "{shown}");
        }
    }
    let session = Session::with_answers(content, day(), household.answers.clone());
    let i18n = I18n::new(&result.locales, "nl").unwrap();
    let view = ReportView::new(&session, &i18n, ViewOptions::default());
    let text = text::text(&view, &i18n);
    let tricks = ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{200b}'];
    assert!(!text.contains(tricks), "{text}");
    let html = html::html(&[(&view, &i18n)]);
    assert!(!html.contains(tricks) && !html.contains("<script>"));
    let json = rechtenwijzer::output::json::to_json(&rechtenwijzer::output::json::results(&view)).unwrap();
    assert!(!json.contains(tricks), "JSON escapes what a terminal would obey");
    assert!(json.contains("\\u009b31m \\u202enimda"), "the same value, escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
}

#[test]
fn printing_goes_through_lp_from_standard_input_and_leaves_no_file() {
    let scratch = Scratch::new("print");
    let (tools, home, temp) = (scratch.0.join("bin"), scratch.0.join("home"), scratch.0.join("tmp"));
    for dir in [&tools, &home, &temp] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let received = scratch.0.join("received");
    std::fs::write(tools.join("lp"), format!("#!/bin/sh\necho \"$@\" > '{0}.args'\ncat > '{0}'\n", received.display()))
        .unwrap();
    std::fs::set_permissions(tools.join("lp"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", tools.display(), std::env::var("PATH").unwrap_or_default());
    let mut command = bin();
    command.args(["--plain", "--date", "2026-11-28", "--lang", "nl"]);
    command.env("PATH", path).env("HOME", &home).env("TMPDIR", &temp).current_dir(&temp);
    let output = run_with_input(&mut command, b"45\n1\n1\nr\np\nq\n1\n");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Uw blad wordt afgedrukt."));
    assert_eq!(std::fs::read_to_string(format!("{}.args", received.display())).unwrap().trim(), "-t Rechtenwijzer -");
    // The printer gets the PDF handout (its words are checked in pdf.rs).
    let printed = std::fs::read(&received).unwrap();
    assert!(printed.starts_with(b"%PDF-"), "the printer gets a PDF");
    assert!(Scratch::is_empty(&home) && Scratch::is_empty(&temp), "nothing of ours is left in the home or temp folder");
}

#[test]
fn without_a_printer_the_person_is_told_so() {
    let scratch = Scratch::new("no-printer");
    let mut command = bin();
    command.args(["--plain", "--date", "2026-11-28", "--lang", "nl"]).env("PATH", scratch.0.display().to_string());
    let output = run_with_input(&mut command, b"r\np\nq\n1\n");
    assert!(String::from_utf8_lossy(&output.stdout).contains("Er is hier geen printer."));
}

#[test]
fn the_html_handout_is_self_contained_printable_and_right_to_left_in_arabic() {
    let result = shipped();
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "gepensioneerde-met-igo-stookolie").unwrap();
    let session = Session::with_answers(content, day(), household.answers.clone());
    let arabic = I18n::new(&result.locales, "ar").unwrap();
    let dutch = I18n::new(&result.locales, "nl").unwrap();
    let (in_arabic, in_dutch) = (
        ReportView::new(&session, &arabic, ViewOptions::default()),
        ReportView::new(&session, &dutch, ViewOptions::default()),
    );
    let html = html::html(&[(&in_arabic, &arabic), (&in_dutch, &dutch)]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<section lang=\"nl\" dir=\"ltr\">"));
    assert!(html.contains("@page{size:A4"));
    for external in ["http://", "<link", "<script", "src=", "@import", "url("] {
        let outside_text = html.split("<body>").next().unwrap();
        assert!(!outside_text.contains(external), "the page needs nothing from outside: {external}");
    }
    assert!(html.contains("1765"), "phone numbers are on the handout");
}
