//! Screens as people meet them: large mode at 40x12 keeps the question, the error and the
//! focus in view and always offers help and a way to stop; the welcome screen starts at the
//! top; a workshop shows the persona's story and hides the results until F6; the title says
//! when the worker view is on.

use rechtenwijzer::tui::app::{App, AppOptions, Look, Screen};
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer_core::check::CheckResult;

use crate::support::{app as new_app, day, draw_text, shipped};

fn large<'a>(result: &'a CheckResult, language: &str) -> App<'a> {
    let mut options = AppOptions::new(language, day());
    options.large = true;
    App::new(&result.loaded.content, &result.locales, options)
}

fn question_of(result: &CheckResult, fact: &str) -> usize {
    let content = &result.loaded.content;
    content.questions.iter().position(|q| content.facts[q.fact].id == fact).unwrap()
}

#[test]
fn large_mode_keeps_the_refused_number_and_its_reason_in_view() {
    let result = shipped();
    let mut app = large(&result, "nl");
    app.go(Screen::Question(question_of(&result, "age")));
    for action in [Action::Digit(1), Action::Digit(5), Action::Digit(0), Action::Select] {
        app.update(action);
    }
    let screen = draw_text(&app, 40, 12);
    assert!(screen.contains("Hoe oud bent u?"), "the question stays in view:\n{screen}");
    assert!(
        screen.contains("[ 150_ ]") && screen.contains("Dat getal kan"),
        "the reason is under the field:\n{screen}"
    );
}

#[test]
fn large_mode_keeps_the_question_in_view_while_the_focus_moves_down() {
    let result = shipped();
    let mut app = large(&result, "nl");
    app.go(Screen::Question(question_of(&result, "residence")));
    for _ in 0..20 {
        app.update(Action::Down);
        let screen = draw_text(&app, 40, 12);
        assert!(screen.contains("Wat is uw nationaliteit"), "{screen}");
        assert!(screen.contains('▶'), "the focus is in view:\n{screen}");
    }
}

#[test]
fn large_mode_always_offers_help_and_a_way_to_stop() {
    let result = shipped();
    let mut app = large(&result, "nl");
    for screen in [Screen::Question(0), Screen::Results, Screen::Overview, Screen::Detail(0), Screen::Documents] {
        app.go(screen);
        let text = draw_text(&app, 40, 12);
        let hints: String = text.lines().rev().take(3).collect::<Vec<_>>().join(" ");
        assert!(hints.contains("hulp") && hints.contains("stoppen"), "{screen:?}:\n{text}");
    }
    let mut kiosk = AppOptions::new("nl", day());
    kiosk.large = true;
    kiosk.kiosk = Some(rechtenwijzer::kiosk::KioskSettings::default());
    let app = App::new(&result.loaded.content, &result.locales, kiosk);
    let text = draw_text(&app, 40, 12);
    assert!(text.contains("opnieuw"), "on a kiosk the way out is to start over:\n{text}");
}

#[test]
fn the_welcome_screen_starts_at_the_top_in_every_language() {
    let result = shipped();
    for language in ["nl", "fr", "uk", "en", "tr", "pl", "ro"] {
        let app = new_app(&result, language);
        let words = rechtenwijzer_core::i18n::I18n::new(&result.locales, language).unwrap();
        let screen = draw_text(&app, 80, 24);
        let intro: String = words.msg("ui-welcome-intro").chars().take(20).collect();
        let privacy: String = words.msg("ui-welcome-reassure").chars().take(20).collect();
        assert!(screen.contains(&intro), "{language}: what the program is, first:\n{screen}");
        assert!(screen.contains(&privacy), "{language}: that nothing is stored:\n{screen}");
        assert!(screen.contains('▶'), "{language}: the focus is in view");
    }
}

#[test]
fn in_large_mode_the_welcome_text_is_reachable_and_marked() {
    let result = shipped();
    let mut app = large(&result, "nl");
    let screen = draw_text(&app, 40, 12);
    assert!(screen.contains('▲'), "text above is marked:\n{screen}");
    app.update(Action::Home);
    let screen = draw_text(&app, 40, 12);
    assert!(screen.contains("Welkom. We stellen"), "Home shows the first sentence:\n{screen}");
    for _ in 0..30 {
        app.update(Action::Up);
    }
    let _ = draw_text(&app, 40, 12);
    app.update(Action::Down);
    assert_eq!(app.focus(), 1, "Down moves the focus again");
}

#[test]
fn a_workshop_shows_the_story_and_opens_nothing_of_the_results_before_f6() {
    let result = shipped();
    let mut options = AppOptions::new("nl", day());
    options.training = true;
    let mut app = App::new(&result.loaded.content, &result.locales, options);
    app.update(Action::Digit(1));
    assert!(matches!(app.screen(), Screen::Question(_)));
    let screen = draw_text(&app, 80, 24);
    let persona = app.training().and_then(|t| t.persona).unwrap();
    let words = rechtenwijzer_core::i18n::I18n::new(&result.locales, "nl").unwrap();
    let story = words.msg(&format!("scenario-{}-story", result.loaded.content.scenarios[persona].id));
    assert!(screen.contains(&story.chars().take(25).collect::<String>()), "the story is on screen:\n{screen}");
    assert!(screen.lines().next().unwrap().contains("Oefening"), "the title says it is an exercise");
    app.go(Screen::Results);
    for action in [Action::Select, Action::Documents, Action::Handout, Action::Digit(1)] {
        app.update(action);
        assert_eq!(app.screen(), Screen::Results, "{action:?} opens nothing before F6");
    }
    app.update(Action::Reveal);
    app.update(Action::Documents);
    assert_eq!(app.screen(), Screen::Documents);
}

#[test]
fn the_title_says_when_the_worker_view_is_on() {
    let result = shipped();
    let mut app = new_app(&result, "nl");
    app.go(Screen::Results);
    assert!(!draw_text(&app, 80, 24).lines().next().unwrap().contains("werker"));
    app.update(Action::Worker);
    assert!(draw_text(&app, 80, 24).lines().next().unwrap().contains("Voor de werker"));
    let look = Look { worker: false, ..app.look().clone() };
    app.set_look(look);
    assert!(!draw_text(&app, 80, 24).lines().next().unwrap().contains("werker"));
}
