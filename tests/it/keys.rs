//! Keys as people press them on real kiosks: numbers of two digits on long lists, the Belgian
//! AZERTY top row, Home and End, and the place kept on the results after reading a right.

use std::time::Duration;

use rechtenwijzer::tui::app::{App, DIGIT_WAIT, Screen, WelcomeRow};
use rechtenwijzer::tui::keymap::{Action, action_for};
use rechtenwijzer_core::check::CheckResult;
use rechtenwijzer_core::content::FactKind;
use rechtenwijzer_core::interview::Choice;
use rechtenwijzer_core::model::answers::{Answer, Value};

use crate::support::pty::Pty;
use crate::support::{app as new_app, draw, household, shipped};

fn press(app: &mut App, actions: &[Action]) {
    for &action in actions {
        app.update(action);
    }
}

fn question_of(result: &CheckResult, fact: &str) -> usize {
    let content = &result.loaded.content;
    content.questions.iter().position(|q| content.facts[q.fact].id == fact).unwrap()
}

#[test]
fn two_digits_choose_rows_ten_and_up_on_the_welcome_screen() {
    let result = shipped();
    let mut app = new_app(&result, "nl");
    let start = app.welcome_rows().iter().position(|row| *row == WelcomeRow::Start).unwrap() + 1;
    assert!(start >= 10, "the welcome list is long enough to need two digits");
    let (tens, ones) = (u8::try_from(start / 10).unwrap(), u8::try_from(start % 10).unwrap());
    press(&mut app, &[Action::Digit(tens)]);
    assert_eq!(app.screen(), Screen::Welcome, "the first digit waits for the second");
    assert_eq!(app.typed_digit(), Some(usize::from(tens)));
    assert!(draw(&app, 80, 24).contains("Typ nog een cijfer"), "the hint says a digit is awaited");
    press(&mut app, &[Action::Digit(ones)]);
    assert!(matches!(app.screen(), Screen::Question(_)), "{start} starts the questions");
    assert_eq!(app.language(), "nl", "and no language was chosen on the way");
}

#[test]
fn a_first_digit_alone_is_chosen_after_a_short_wait_or_with_enter() {
    let result = shipped();
    let mut app = new_app(&result, "fr");
    app.tick(Duration::from_secs(1));
    press(&mut app, &[Action::Digit(1)]);
    app.tick(Duration::from_secs(1) + DIGIT_WAIT / 2);
    assert_eq!(app.language(), "fr", "still waiting");
    app.tick(Duration::from_secs(1) + DIGIT_WAIT);
    assert_eq!(app.language(), "nl", "1 alone is the first language, Nederlands");
    press(&mut app, &[Action::Digit(1), Action::Select]);
    assert_eq!(app.typed_digit(), None, "Enter takes the digit at once");
}

#[test]
fn eleven_ticks_option_eleven_of_a_set_question() {
    let result = shipped();
    let content = &result.loaded.content;
    let receives = question_of(&result, "receives");
    let mut app = new_app(&result, "nl");
    app.go(Screen::Question(receives));
    let FactKind::Set(values) = &content.facts[content.questions[receives].fact].kind else { panic!() };
    assert!(values.len() >= 11);
    press(&mut app, &[Action::Digit(1), Action::Digit(1)]);
    assert_eq!(app.draft().ticked, 1 << 10, "option 11 ticked, option 1 untouched");
    // The number of "Klaar" confirms.
    let confirm = app.choices(receives).iter().position(|c| *c == Choice::Confirm).unwrap() + 1;
    for digit in confirm.to_string().bytes() {
        app.update(Action::Digit(digit - b'0'));
    }
    let fact = content.questions[receives].fact;
    assert_eq!(app.answers().get(fact), Some(Answer::Known(Value::Set(1 << 10))));
}

#[test]
fn a_number_that_is_not_on_the_list_is_refused_with_a_message() {
    let result = shipped();
    let mut app = new_app(&result, "nl");
    let rows = app.welcome_rows().len();
    assert!(rows < 19);
    press(&mut app, &[Action::Digit(1), Action::Digit(9)]);
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(app.language(), "nl");
    assert!(draw(&app, 80, 24).contains("Er is geen keuze met dat nummer"));
}

#[test]
fn the_azerty_top_row_answers_like_the_digits() {
    let result = shipped();
    let mut app = new_app(&result, "nl");
    let partner = question_of(&result, "partner");
    app.go(Screen::Question(partner));
    // `é` is the unshifted "2" key on a Belgian keyboard: "Nee".
    let key =
        crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char('é'), crossterm::event::KeyModifiers::NONE);
    app.update(action_for(key).unwrap());
    let fact = result.loaded.content.questions[partner].fact;
    assert_eq!(app.answers().get(fact), Some(Answer::Known(Value::YesNo(false))));
}

#[test]
fn the_results_keep_the_place_after_reading_a_right_and_home_and_end_work() {
    let result = shipped();
    let content = &result.loaded.content;
    let mut app = new_app(&result, "nl");
    app.load_answers(household(content, &[("age", "70"), ("region", "flanders"), ("residence", "belgian")]));
    app.go(Screen::Results);
    press(&mut app, &[Action::Down, Action::Down, Action::Down]);
    let place = app.focus();
    press(&mut app, &[Action::Select]);
    assert!(matches!(app.screen(), Screen::Detail(_)));
    press(&mut app, &[Action::Back]);
    assert_eq!((app.screen(), app.focus()), (Screen::Results, place), "back on the right just read");
    press(&mut app, &[Action::End]);
    assert_eq!(app.focus(), app.focusable() - 1);
    press(&mut app, &[Action::Home]);
    assert_eq!(app.focus(), 0);
    // In a right's text, End goes to the bottom and Home back to the top.
    press(&mut app, &[Action::Select]);
    let _ = draw(&app, 80, 24);
    press(&mut app, &[Action::End]);
    let _ = draw(&app, 80, 24);
    assert!(app.scroll() > 0);
    press(&mut app, &[Action::Home]);
    assert_eq!(app.scroll(), 0);
}

#[test]
fn in_a_real_terminal_one_then_two_starts_the_questions() {
    let mut session = Pty::rechtenwijzer(&["--date", "2026-11-28", "--lang", "nl"]);
    session.wait_for("Beginnen met de vragen");
    session.send("1");
    session.send("2");
    session.wait_for("Hoe oud bent u?");
    session.send("q");
    session.wait_for("Wilt u stoppen?");
    session.send("1");
    assert_eq!(session.wait_for_exit(), 0);
}

/// Types a text into the number field of the question shown, key by key as the keyboard gives
/// it.
fn type_number(app: &mut App, text: &str) {
    use rechtenwijzer::tui::app::InputMode;
    for c in text.chars() {
        let key =
            crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char(c), crossterm::event::KeyModifiers::NONE);
        let InputMode::Number { typing } = app.input_mode() else { panic!("not a number field") };
        if let Some(action) = rechtenwijzer::tui::keymap::number_action_for(key, typing) {
            app.update(action);
        }
    }
}

#[test]
fn amounts_are_read_as_belgians_write_them_and_nothing_is_dropped_silently() {
    let result = shipped();
    let content = &result.loaded.content;
    let income = question_of(&result, "income-monthly-net");
    let fact = content.questions[income].fact;
    for (typed, expected) in [("1300,50", 1300), ("1.300", 1300), ("€ 1300", 1300), ("1300 euro", 1300)] {
        let mut app = new_app(&result, "nl");
        app.go(Screen::Question(income));
        type_number(&mut app, typed);
        let screen = draw(&app, 80, 24);
        assert!(screen.contains("Wij rekenen met 1.300."), "{typed}: the number read is shown\n{screen}");
        assert_eq!(app.screen(), Screen::Question(income), "{typed}: typing `euro` stays on the question");
        app.update(Action::Select);
        assert_eq!(app.answers().get(fact), Some(Answer::Known(Value::Integer(expected))), "{typed}");
    }
    for (typed, message) in [("1,300", "op twee manieren"), ("13oo", "Dat is geen getal")] {
        let mut app = new_app(&result, "nl");
        app.go(Screen::Question(income));
        type_number(&mut app, typed);
        app.update(Action::Select);
        assert_eq!(app.screen(), Screen::Question(income), "{typed} is refused");
        assert!(draw(&app, 80, 24).contains(message), "{typed}: the person is told what to type");
        assert_eq!(app.answers().get(fact), None);
    }
}

#[test]
fn plain_mode_reads_amounts_the_same_way() {
    let mut command = crate::support::bin();
    command.args(["--plain", "--date", "2026-11-28", "--lang", "nl"]);
    let output = crate::support::run_with_input(&mut command, b"45,5\n1,5\nq\n1\n");
    let text = crate::support::stdout(&output);
    assert!(text.contains("Wij rekenen met 45."), "{text}");
    assert!(text.contains("Vraag 2 van"), "45,5 was accepted as 45: {text}");
}
