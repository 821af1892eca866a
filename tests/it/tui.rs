//! The full-screen interview without a terminal: snapshots of every screen (TestBackend),
//! complete interviews driven by key presses, random key sequences, and every terminal size.

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rechtenwijzer::tui::app::{App, AppOptions, Command, Screen};
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer::tui::view;
use rechtenwijzer_core::check::CheckResult;
use rechtenwijzer_core::content::{Content, FactKind, Scenario};
use rechtenwijzer_core::i18n::{FALLBACK_MARKER, I18n, ids};
use rechtenwijzer_core::interview::{Choice, needed_facts, question_text};
use rechtenwijzer_core::model::answers::{Answer, Value};
use rechtenwijzer_core::rules;
use strum::IntoEnumIterator;

use crate::support::{app as new_app, day, draw, draw_text, household, screen_text, shipped};

fn press(app: &mut App, actions: &[Action]) {
    for &action in actions {
        app.update(action);
    }
}

fn scenario<'c>(content: &'c Content, id: &str) -> &'c Scenario {
    content.scenarios.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no scenario {id}"))
}

/// Moves the focus to option `index` of the question shown and chooses it.
fn choose_option(app: &mut App, index: usize) {
    for _ in 0..40 {
        app.update(Action::Up);
    }
    for _ in 0..index {
        app.update(Action::Down);
    }
    app.update(Action::Select);
}

/// Answers the question on screen as the household would, with keys only.
fn answer_question(app: &mut App, question: usize, scenario: &Scenario) {
    let fact = app.content().questions[question].fact;
    let choices = app.choices(question);
    let position = |choice: Choice| choices.iter().position(|c| *c == choice).unwrap();
    match scenario.answers.get(fact) {
        None | Some(Answer::DontKnow) => choose_option(app, position(Choice::DontKnow)),
        Some(Answer::Known(Value::YesNo(yes))) => {
            app.update(Action::Digit(if yes { 1 } else { 2 }));
        }
        Some(Answer::Known(Value::Choice(index))) => choose_option(app, usize::from(index)),
        Some(Answer::Known(Value::Integer(number))) => {
            choose_option(app, 0); // an empty number is refused with a message…
            assert!(app.draft().error.is_some());
            for digit in number.to_string().bytes() {
                app.update(Action::Digit(digit - b'0'));
            }
            app.update(Action::Select);
        }
        Some(Answer::Known(Value::Set(0))) => choose_option(app, position(Choice::NoneOfThese)),
        Some(Answer::Known(Value::Set(mask))) => {
            for (index, choice) in choices.iter().enumerate() {
                if let Choice::Value(value) = choice
                    && mask & (1 << value) != 0
                {
                    choose_option(app, index);
                }
            }
            choose_option(app, position(Choice::Confirm));
        }
    }
}

/// Runs a whole interview for a household and returns the app on the results screen.
fn interview<'a>(result: &'a CheckResult, id: &str) -> App<'a> {
    let content = &result.loaded.content;
    let household = scenario(content, id);
    let options = AppOptions::new("nl", household.date.unwrap_or_else(day));
    let mut app = App::new(content, &result.locales, options);
    app.update(Action::Select); // start
    let mut asked = 0;
    while let Screen::Question(question) = app.screen() {
        answer_question(&mut app, question, household);
        asked += 1;
        assert!(asked <= content.questions.len(), "the interview does not end");
    }
    assert_eq!(app.screen(), Screen::Results);
    app
}

#[test]
fn a_full_interview_by_keys_agrees_with_evaluate() {
    let result = shipped();
    let content = &result.loaded.content;
    for id in [
        "alleenstaande-met-leefloon-stookolie",
        "alleenstaande-moeder-twee-kinderen-met-job",
        "samenwonend-met-huisgenoten-laag-inkomen",
    ] {
        let app = interview(&result, id);
        let household = scenario(content, id);
        let expected = rules::evaluate(content, &household.answers, household.date.unwrap_or_else(day));
        for (index, (got, want)) in app.evaluation().outcomes.iter().zip(&expected.outcomes).enumerate() {
            assert_eq!(got.status, want.status, "{id}: {}", content.rights[index].id);
        }
        for &(right, status) in &household.expect {
            assert_eq!(app.evaluation().outcomes[right].status, status, "{id}: {}", content.rights[right].id);
        }
    }
}

#[test]
fn questions_that_no_right_needs_are_skipped() {
    let result = shipped();
    let content = &result.loaded.content;
    let mut app = new_app(&result, "nl");
    app.update(Action::Select);
    let all = app.plan().pending.len();
    let region = content.questions.iter().position(|q| content.facts[q.fact].id == "region").unwrap();
    let mut asked = 0;
    while let Screen::Question(question) = app.screen() {
        // Every question asked can still change some right's outcome.
        let fact = content.questions[question].fact;
        assert!(needed_facts(content, app.evaluation())[fact], "{} is asked for nothing", content.facts[fact].id);
        if question == region {
            let FactKind::Choice(values) = &content.facts[fact].kind else { panic!() };
            choose_option(&mut app, values.iter().position(|v| v == "abroad").unwrap());
            // Living abroad settles most rights: most questions are no longer needed.
            assert!(
                app.plan().pending.len() < all / 2,
                "{} of {all} questions still pending",
                app.plan().pending.len()
            );
        } else {
            let dont_know = app.choices(question).len() - 1;
            choose_option(&mut app, dont_know);
        }
        asked += 1;
    }
    assert!(asked < content.questions.len(), "{asked} questions asked");
    assert_eq!(app.screen(), Screen::Results);
}

#[test]
fn back_keeps_later_answers_and_the_overview_changes_any_answer() {
    let result = shipped();
    let mut app = interview(&result, "alleenstaande-met-leefloon-stookolie");
    let answers = app.answers().clone();
    for _ in 0..5 {
        app.update(Action::Back);
    }
    assert!(matches!(app.screen(), Screen::Question(_)));
    assert_eq!(app.answers(), &answers, "going back loses nothing");
    for _ in 0..5 {
        app.update(Action::Forward);
    }
    assert_eq!(app.screen(), Screen::Results);
    app.update(Action::Overview);
    press(&mut app, &[Action::Digit(1), Action::Select]); // the first answer (Enter: the list is long)
    let Screen::Question(first) = app.screen() else { panic!("{:?}", app.screen()) };
    assert!(app.answers().get(app.content().questions[first].fact).is_some());
    let dont_know = app.choices(first).len() - 1;
    choose_option(&mut app, dont_know); // change it to "I don't know"
    assert_eq!(app.screen(), Screen::Overview, "after a change the overview comes back");
    assert_eq!(app.answers().get(app.content().questions[first].fact), Some(Answer::DontKnow));
}

#[test]
fn a_number_out_of_range_is_refused_with_a_message() {
    let result = shipped();
    let mut app = new_app(&result, "nl");
    app.update(Action::Select);
    let Screen::Question(question) = app.screen() else { panic!() };
    assert_eq!(app.choices(question)[0], Choice::Input);
    press(&mut app, &[Action::Digit(9), Action::Digit(9), Action::Digit(9), Action::Select]);
    assert_eq!(app.screen(), Screen::Question(question));
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Dat getal kan niet. Typ een getal van 0 tot 120."), "{screen}");
    press(&mut app, &[Action::Erase, Action::Erase, Action::Digit(4), Action::Select]);
    assert_ne!(app.screen(), Screen::Question(question));
}

#[test]
fn quitting_asks_first() {
    let result = shipped();
    let mut app = new_app(&result, "nl");
    app.update(Action::Quit);
    assert_eq!(app.update(Action::Select), None, "Enter keeps the safe default: go on");
    app.update(Action::Quit);
    assert_eq!(app.update(Action::Back), None);
    assert!(app.modal().is_none());
    app.update(Action::Quit);
    assert_eq!(app.update(Action::Digit(1)), Some(Command::Quit));
}

/// Every screen at 80x24 in Dutch.
#[test]
fn snapshots_of_every_screen() {
    let result = shipped();
    let content = &result.loaded.content;
    let mut app = new_app(&result, "nl");
    insta::assert_snapshot!("welcome", draw(&app, 80, 24));
    app.update(Action::Select);
    insta::assert_snapshot!("question_number", draw(&app, 80, 24));
    press(&mut app, &[Action::Select]);
    insta::assert_snapshot!("question_number_error", draw(&app, 80, 24));
    press(&mut app, &[Action::Digit(4), Action::Digit(5), Action::Select]);
    insta::assert_snapshot!("question_choice", draw(&app, 80, 24));

    let mut app = interview(&result, "alleenstaande-met-leefloon-stookolie");
    insta::assert_snapshot!("results", draw(&app, 80, 24));
    app.update(Action::Select);
    insta::assert_snapshot!("detail", draw(&app, 80, 24));
    app.update(Action::Back);
    app.update(Action::Documents);
    insta::assert_snapshot!("documents", draw(&app, 80, 24));
    app.update(Action::Overview);
    insta::assert_snapshot!("overview", draw(&app, 80, 24));
    app.update(Action::Help);
    insta::assert_snapshot!("help", draw(&app, 80, 24));
    app.update(Action::Quit);
    insta::assert_snapshot!("quit", draw(&app, 80, 24));

    // An unknown answer, and the set question with ticked values.
    let mut app = interview(&result, "alleen-leeftijd-gekend");
    insta::assert_snapshot!("results_with_unknowns", draw(&app, 80, 24));
    app.update(Action::Overview);
    let receives = content.questions.iter().position(|q| content.facts[q.fact].id == "receives").unwrap();
    let row = app.plan().sequence.iter().position(|&q| q == receives).unwrap();
    for _ in 0..row {
        app.update(Action::Down);
    }
    app.update(Action::Select);
    // Option 1 (Enter: on a list of ten or more, a 1 waits for a second digit), then option 3.
    press(&mut app, &[Action::Digit(1), Action::Select, Action::Digit(3)]);
    insta::assert_snapshot!("question_set", draw(&app, 80, 24));

    let app = new_app(&result, "nl");
    insta::assert_snapshot!("too_small", draw(&app, 30, 8));
}

#[test]
fn no_panic_at_any_size_and_a_message_below_the_minimum() {
    let result = shipped();
    let mut apps = vec![new_app(&result, "nl")];
    let mut question = new_app(&result, "nl");
    question.update(Action::Select);
    apps.push(question);
    let results = interview(&result, "alleenstaande-met-leefloon-stookolie");
    apps.push(results);
    for screen_action in [Action::Select, Action::Documents, Action::Help, Action::Overview, Action::Quit] {
        let mut app = interview(&result, "alleenstaande-met-leefloon-stookolie");
        app.update(screen_action);
        apps.push(app);
    }
    let sizes = (1..=120u16)
        .flat_map(|w| [1u16, 2, 5, 11, 12, 13, 24, 40].map(move |h| (w, h)))
        .chain((1..=40u16).flat_map(|h| [1u16, 2, 39, 40, 41, 80, 120].map(move |w| (w, h))));
    for (width, height) in sizes {
        for app in &mut apps {
            let screen = draw(app, width, height);
            if width < view::MIN_WIDTH || height < view::MIN_HEIGHT {
                let words: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
                if width >= 12 && height >= 6 {
                    assert!(words.contains("Maak het venster groter"), "{width}x{height}: {screen}");
                }
            }
        }
    }
}

/// Every action the keys can give, derived from the action list so a new one is never left
/// out: digits and typed characters with any value.
fn any_action() -> impl Strategy<Value = Action> {
    let plain: Vec<Action> =
        Action::iter().filter(|action| !matches!(action, Action::Digit(_) | Action::Type(_))).collect();
    prop_oneof![(0u8..10).prop_map(Action::Digit), any::<char>().prop_map(Action::Type), prop::sample::select(plain),]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_never_panic_and_only_answering_changes_answers(actions in prop::collection::vec(any_action(), 1..120)) {
        let result = shipped();
        let mut app = new_app(&result, "nl");
        for action in actions {
            let before_answers = app.answers().clone();
            let before_screen = app.screen();
            let on_question = matches!(app.screen(), Screen::Question(_)) && app.modal().is_none();
            let before_modal = app.modal().cloned();
            let command = app.update(action);
            // Only answering changes answers, or choosing a persona in training (its answers
            // are loaded); starting over (after its question) wipes them.
            let choosing = matches!(action, Action::Select | Action::Digit(_));
            let answering = choosing && (on_question || before_screen == Screen::Personas);
            if !answering && before_modal.is_none() {
                prop_assert_eq!(app.answers(), &before_answers, "{:?} on {:?} changed an answer", action, before_screen);
            }
            if command == Some(Command::Quit) {
                break;
            }
            let _ = draw(&app, 80, 24);
            // Back then Forward returns to the same screen.
            if app.modal().is_none() {
                let here = app.screen();
                let depth = app.history().len();
                app.update(Action::Back);
                if app.screen() != here {
                    app.update(Action::Forward);
                    prop_assert_eq!(app.screen(), here);
                    prop_assert_eq!(app.history().len(), depth);
                }
            }
        }
    }
}

#[test]
fn the_worker_view_shows_the_rule_the_facts_and_the_amounts() {
    let result = shipped();
    let content = &result.loaded.content;
    let mut app = interview(&result, "alleenstaande-zonder-inkomen-prive-huur");
    app.update(Action::Worker);
    app.go(Screen::Detail(content.right_index("leefloon").unwrap()));
    let mut terminal = Terminal::new(TestBackend::new(100, 120)).unwrap();
    terminal.draw(|frame| view::render(&app, frame)).unwrap();
    let text = screen_text(terminal.backend().buffer(), 100, 120);
    assert!(text.contains("Voor de maatschappelijk werker"), "{text}");
    // The rule in words, not as code.
    assert!(text.contains("Regel 13: een partner bij u thuis: Nee en het aantal andere volwassenen"), "{text}");
    assert!(text.contains("alleenstaand: bedrag per maand (€\u{A0}1.314,20 per maand)"), "{text}");
    assert!(!text.contains("other-adults =="), "{text}");
    assert!(text.contains("leefloon-cat2 = €\u{A0}1.314,20 per maand vanaf 1 februari 2025"), "{text}");
    insta::assert_snapshot!("worker_detail", text.trim_end_matches('\n'));
    app.go(Screen::Results);
    insta::assert_snapshot!("worker_results", draw(&app, 80, 24));
    app.go(Screen::Detail(content.right_index("leefloon").unwrap()));
    app.update(Action::Worker);
    terminal.draw(|frame| view::render(&app, frame)).unwrap();
    let plain = screen_text(terminal.backend().buffer(), 100, 120);
    assert!(!plain.contains("Voor de maatschappelijk werker"), "the client view stays plain");
}

#[test]
fn training_steps_through_a_persona_and_hides_the_results_until_revealed() {
    let result = shipped();
    let content = &result.loaded.content;
    let mut app = new_app(&result, "nl");
    // The welcome screen's last row starts the training mode.
    let training_row = app.welcome_rows().len() - 1;
    for _ in 0..training_row {
        app.update(Action::Down);
    }
    app.update(Action::Select);
    assert_eq!(app.screen(), Screen::Personas);
    let personas = app.personas();
    assert!(personas.len() >= 8, "at least eight personas with a story");
    for language in ["nl", "fr", "en", "uk", "tr", "pl", "ro", "ar"] {
        let words = I18n::new(&result.locales, language).unwrap();
        for &persona in &personas {
            let story = words.msg(&ids::scenario_story(&content.scenarios[persona].id));
            assert!(!story.starts_with(FALLBACK_MARKER), "{language}: no story for {}", content.scenarios[persona].id);
        }
    }
    insta::assert_snapshot!("training_personas", draw(&app, 80, 24));
    app.update(Action::Digit(1));
    let persona = &content.scenarios[personas[0]];
    // Enter steps through the persona's answers without changing them.
    let mut steps = 0;
    while let Screen::Question(_) = app.screen() {
        app.update(Action::Select);
        steps += 1;
        assert!(steps <= content.questions.len());
    }
    assert_eq!(app.answers(), &persona.answers, "stepping through changes no answer");
    assert_eq!(app.screen(), Screen::Results);
    let hidden = draw(&app, 80, 24);
    assert!(hidden.contains("De resultaten zijn nog verborgen"), "{hidden}");
    insta::assert_snapshot!("training_results_hidden", hidden);
    app.update(Action::Reveal);
    let shown = draw(&app, 80, 24);
    assert!(shown.contains("Regel "), "the rule that fired is shown: {shown}");
    insta::assert_snapshot!("training_results_revealed", shown);
}

#[test]
fn compare_keeps_answers_as_a_and_shows_what_changes() {
    let result = shipped();
    let content = &result.loaded.content;
    let mut app = interview(&result, "alleenstaande-zonder-inkomen-prive-huur");
    app.update(Action::Compare);
    assert!(app.compare_a().is_some());
    assert!(draw(&app, 80, 24).contains("bewaard als A"));
    // "If he found a job paying 3000 a month…"
    app.update(Action::Overview);
    let income = content.questions.iter().position(|q| content.facts[q.fact].id == "income-monthly-net").unwrap();
    let row = app.plan().sequence.iter().position(|&q| q == income).unwrap();
    for digit in (row + 1).to_string().bytes() {
        app.update(Action::Digit(digit - b'0'));
    }
    if app.typed_digit().is_some() {
        app.update(Action::Select); // a first digit that could start a longer number waits
    }
    assert_eq!(app.screen(), Screen::Question(income));
    press(
        &mut app,
        &[Action::Erase, Action::Digit(3), Action::Digit(0), Action::Digit(0), Action::Digit(0), Action::Select],
    );
    assert_eq!(app.screen(), Screen::Overview);
    app.update(Action::Compare);
    assert_eq!(app.screen(), Screen::Compare);
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("eerst (A):") && screen.contains("nu:"), "{screen}");
    insta::assert_snapshot!("compare", screen);
    app.update(Action::Compare);
    assert!(app.compare_a().is_none(), "F7 on the comparison forgets A");
}

/// A question's words fit the household: "voor u en uw partner samen" only with a partner, the
/// same words from the core function and on the screen.
#[test]
fn question_wording_follows_the_partner_and_the_children() {
    let result = shipped();
    let content = &result.loaded.content;
    let nl = I18n::new(&result.locales, "nl").unwrap();
    let question = |id: &str| content.questions.iter().position(|q| q.id == id).unwrap();
    let income = question("income-monthly-net");
    let words = |given: &[(&str, &str)], q: usize| question_text(content, &nl, &household(content, given), q).0;
    assert_eq!(
        words(&[("partner", "true")], income),
        "Hoeveel geld komt er elke maand binnen, voor u en uw partner samen?"
    );
    assert_eq!(words(&[("partner", "false")], income), "Hoeveel geld komt er elke maand binnen?");
    let unknown = words(&[("partner", "unknown")], income);
    assert!(unknown.starts_with("Hoeveel geld komt er elke maand binnen? Woont u samen met een partner?"), "{unknown}");
    assert_eq!(words(&[], income), unknown, "not answered is unknown too");
    assert_eq!(words(&[("partner", "false")], question("expecting-baby")), "Bent u zwanger?");
    assert_eq!(words(&[("partner", "true")], question("expecting-baby")), "Bent u of uw partner zwanger?");
    assert_eq!(words(&[("children", "1")], question("childcare")), "Gaat uw kind naar de kinderopvang?");
    assert_eq!(words(&[("children", "2")], question("childcare")), "Gaat een kind van u naar de kinderopvang?");
    // The full screen shows the same words.
    for (partner, expected) in
        [("true", "voor u en uw partner samen?"), ("false", "Hoeveel geld komt er elke maand binnen?")]
    {
        let mut app = new_app(&result, "nl");
        app.update(Action::Select);
        app.load_answers(household(content, &[("partner", partner)]));
        app.go(Screen::Question(income));
        let screen = draw_text(&app, 80, 24);
        assert!(screen.contains(expected), "{screen}");
        assert_eq!(screen.contains("partner samen"), partner == "true", "{screen}");
    }
}

/// The childcare question is asked only with children (`when = "children >= 1"`), so an
/// interview without children never shows it.
#[test]
fn the_childcare_question_is_not_asked_without_children() {
    let result = shipped();
    let content = &result.loaded.content;
    let childcare = content.questions.iter().position(|q| q.id == "childcare").unwrap();
    let mut app = new_app(&result, "nl");
    app.load_answers(household(content, &[("age", "30"), ("children", "0"), ("income-monthly-net", "1200")]));
    assert!(!app.plan().sequence.contains(&childcare), "{:?}", app.plan());
    app.load_answers(household(content, &[("age", "30"), ("children", "2"), ("income-monthly-net", "1200")]));
    assert!(app.plan().pending.contains(&childcare), "{:?}", app.plan());
}
