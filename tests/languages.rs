//! Eight languages: every message translated, clean text (no emoji, no isolation marks, NFC,
//! Romanian ș ț), numbers and amounts written each language's way, the Dutch name beside every
//! translated name, a marked fallback, and snapshots of every screen in every language.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rechtenwijzer::check;
use rechtenwijzer::content::Unit;
use rechtenwijzer::date::Date;
use rechtenwijzer::i18n::{self, FALLBACK_MARKER, I18n};
use rechtenwijzer::source::SourceTree;
use rechtenwijzer::tui::app::{App, Screen};
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer::tui::view;
use unicode_normalization::UnicodeNormalization;

const LANGUAGES: [&str; 8] = ["nl", "fr", "en", "uk", "tr", "pl", "ro", "ar"];

#[test]
fn every_language_has_every_message() {
    let result = check::run_with_overlays(&SourceTree::embedded_content(), &SourceTree::embedded_locales(), Vec::new());
    let problems: Vec<String> =
        result.diagnostics.iter().map(|d| format!("{} {}: {}", d.code, d.file, d.message)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for language in LANGUAGES {
        let coverage =
            result.coverage.iter().find(|c| c.language == language).unwrap_or_else(|| panic!("no {language}"));
        assert_eq!((coverage.present, coverage.percent()), (coverage.total, 100), "{language}");
    }
}

#[test]
fn translations_are_clean_text() {
    let forbidden = |c: char| matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F | 0x2066..=0x2069 | 0x200E | 0x200F | 0x061C | 0x202A..=0x202E);
    let mut files = SourceTree::embedded_locales().files;
    files.extend(SourceTree::embedded_content().files.into_iter().filter(|f| f.relative.ends_with(".ftl")));
    for file in files {
        if let Some(c) = file.text.chars().find(|c| forbidden(*c)) {
            panic!("{}: U+{:04X} (emoji or a direction mark)", file.shown, u32::from(c));
        }
        let composed: String = file.text.nfc().collect();
        assert_eq!(composed, file.text, "{} is not NFC", file.shown);
        if file.relative.starts_with("ro/") || file.relative.contains("/ro/") {
            assert!(
                !file.text.contains(['ş', 'ţ', 'Ş', 'Ţ']),
                "{}: Romanian writes ș and ț with a comma below",
                file.shown
            );
        }
    }
}

#[test]
fn numbers_and_amounts_are_written_each_languages_way() {
    assert_eq!(i18n::format_number("nl", 131_420, 2), "1.314,20");
    assert_eq!(i18n::format_number("fr", 131_420, 2), "1\u{202F}314,20");
    assert_eq!(i18n::format_number("en", 2_563_067, 2), "25,630.67");
    assert_eq!(i18n::format_number("pl", 131_420, 2), "1314,20", "Polish groups from five digits");
    assert_eq!(i18n::format_number("pl", 2_563_067, 2), "25\u{A0}630,67");
    assert_eq!(i18n::format_number("nl", 150_000, 0), "1.500");
    assert_eq!(i18n::format_number("nl", 6_600, 0), "66");
    let (locales, _) = i18n::load(&SourceTree::embedded_locales());
    let amount = |language: &str| I18n::new(&locales, language).unwrap().amount(131_420, Unit::EuroMonth);
    assert_eq!(amount("nl"), "€ 1.314,20 per maand");
    assert!(amount("fr").starts_with("1\u{202F}314,20 €"), "{}", amount("fr"));
    assert!(amount("en").contains("€1,314.20"), "{}", amount("en"));
    for language in LANGUAGES {
        let text = amount(language);
        assert!(!text.starts_with(FALLBACK_MARKER) && text.contains("314"), "{language}: {text}");
    }
}

#[test]
fn names_carry_their_dutch_name_and_a_missing_message_is_marked() {
    let (locales, _) = i18n::load(&SourceTree::embedded_locales());
    let french = I18n::new(&locales, "fr").unwrap();
    let name = french.with_dutch("right-verhoogde-tegemoetkoming");
    assert!(name.contains("Verhoogde tegemoetkoming") && name != "Verhoogde tegemoetkoming", "{name}");
    let dutch = I18n::new(&locales, "nl").unwrap();
    assert_eq!(dutch.with_dutch("right-leefloon"), "Leefloon");
    // A language that lacks a message shows the Dutch one, marked.
    let mut partial = SourceTree::embedded_locales();
    partial
        .files
        .retain(|f| f.relative.starts_with("nl/") || f.relative == "en/ui.ftl" || f.relative == "en/locale.toml");
    let (locales, _) = i18n::load(&partial);
    let english = I18n::new(&locales, "en").unwrap();
    assert_eq!(
        english.plain("right-leefloon-summary"),
        format!("{FALLBACK_MARKER}{}", dutch.plain("right-leefloon-summary"))
    );
    assert!(!english.plain("ui-yes").starts_with(FALLBACK_MARKER));
}

fn day() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

fn draw(app: &mut App, width: u16, height: u16) -> String {
    app.resize(width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (0..height)
        .map(|y| {
            (0..width).map(|x| buffer[(x, y)].symbol().to_string()).collect::<String>().trim_end().to_string() + "\n"
        })
        .collect()
}

#[test]
fn every_screen_in_every_language() {
    let result = check::run(&SourceTree::embedded_content(), &SourceTree::embedded_locales(), Vec::new());
    assert!(!result.has_errors());
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "alleenstaande-met-leefloon-stookolie").unwrap();
    for language in LANGUAGES {
        let mut app = App::new(content, &result.locales, "nl", day());
        app.choose_language(language);
        let mut screens = vec![("welcome", draw(&mut app, 80, 24))];
        app.update(Action::Select);
        screens.push(("question", draw(&mut app, 80, 24)));
        app.load_answers(household.answers.clone());
        for (name, screen) in [
            ("results", Screen::Results),
            ("detail", Screen::Detail(content.right_index("verwarmingstoelage").unwrap())),
            ("documents", Screen::Documents),
            ("overview", Screen::Overview),
            ("help", Screen::Help),
        ] {
            app.go(screen);
            screens.push((name, draw(&mut app, 80, 24)));
        }
        for (name, text) in screens {
            assert!(!text.contains(FALLBACK_MARKER), "{language} {name}: a message fell back to Dutch");
            insta::assert_snapshot!(format!("{language}_{name}"), text);
        }
    }
}

#[test]
fn arabic_on_the_full_screen_is_shown_beside_dutch_with_a_notice() {
    let result = check::run(&SourceTree::embedded_content(), &SourceTree::embedded_locales(), Vec::new());
    let mut app = App::new(&result.loaded.content, &result.locales, "nl", day());
    app.choose_language("ar");
    assert_eq!((app.language.as_str(), app.second(), app.bilingual, app.rtl_notice), ("nl", "ar", true, true));
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("--plain"), "{screen}");
}
