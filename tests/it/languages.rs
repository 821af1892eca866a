//! Eight languages: every message translated, clean text (no emoji, no isolation marks, NFC,
//! Romanian ș ț), numbers and amounts written each language's way, the Dutch name beside every
//! translated name, a marked fallback, and snapshots of every screen in every language.

use rechtenwijzer::tui::app::Screen;
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer_core::check;
use rechtenwijzer_core::content::Unit;
use rechtenwijzer_core::i18n::format::NumberFormat;
use rechtenwijzer_core::i18n::{self, FALLBACK_MARKER, I18n};
use rechtenwijzer_core::interview::question_text;
use unicode_normalization::UnicodeNormalization;

use crate::support::{app as new_app, draw_text, household, shipped};

const LANGUAGES: [&str; 8] = ["nl", "fr", "en", "uk", "tr", "pl", "ro", "ar"];

#[test]
fn every_language_has_every_message() {
    let result = check::run_with_overlays(
        &rechtenwijzer::builtin::content_sources(),
        &rechtenwijzer::builtin::locale_sources(),
        Vec::new(),
    );
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
    let mut files = rechtenwijzer::builtin::locale_sources().files;
    files.extend(rechtenwijzer::builtin::content_sources().files.into_iter().filter(|f| f.relative.ends_with(".ftl")));
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
    let (locales, problems) = i18n::load(&rechtenwijzer::builtin::locale_sources());
    assert!(problems.is_empty(), "{problems:?}");
    let format = |language: &str| -> &NumberFormat { &locales.get(language).unwrap().numbers };
    assert_eq!(format("nl").format(131_420, 2), "1.314,20");
    assert_eq!(format("fr").format(131_420, 2), "1\u{202F}314,20");
    assert_eq!(format("en").format(2_563_067, 2), "25,630.67");
    assert_eq!(format("pl").format(131_420, 2), "1314,20", "Polish groups from five digits");
    assert_eq!(format("pl").format(2_563_067, 2), "25\u{A0}630,67");
    assert_eq!(format("nl").format(150_000, 0), "1.500");
    assert_eq!(format("nl").format(6_600, 0), "66");
    assert_eq!(format("uk").format(131_420, 2), "1\u{A0}314,20");
    assert_eq!(format("ar").format(131_420, 2), "1,314.20");
    for language in ["tr", "ro"] {
        assert_eq!(format(language).format(131_420, 2), "1.314,20", "{language}");
    }
    let amount = |language: &str| I18n::new(&locales, language).unwrap().amount(131_420, Unit::EuroMonth);
    assert_eq!(amount("nl"), "€\u{A0}1.314,20 per maand", "never broken between the sign and the number");
    assert!(amount("fr").starts_with("1\u{202F}314,20\u{A0}€"), "{}", amount("fr"));
    assert!(amount("en").contains("€1,314.20"), "{}", amount("en"));
    for language in LANGUAGES {
        let text = amount(language);
        assert!(!text.starts_with(FALLBACK_MARKER) && text.contains("314"), "{language}: {text}");
    }
}

#[test]
fn names_carry_their_dutch_name_and_a_missing_message_is_marked() {
    let (locales, _) = i18n::load(&rechtenwijzer::builtin::locale_sources());
    let french = I18n::new(&locales, "fr").unwrap();
    let name = french.with_dutch("right-verhoogde-tegemoetkoming");
    assert!(name.contains("Verhoogde tegemoetkoming") && name != "Verhoogde tegemoetkoming", "{name}");
    let dutch = I18n::new(&locales, "nl").unwrap();
    assert_eq!(dutch.with_dutch("right-leefloon"), "Leefloon");
    // A language that lacks a message shows the Dutch one, marked.
    let mut partial = rechtenwijzer::builtin::locale_sources();
    partial
        .files
        .retain(|f| f.relative.starts_with("nl/") || f.relative == "en/ui.ftl" || f.relative == "en/locale.toml");
    let (locales, _) = i18n::load(&partial);
    let english = I18n::new(&locales, "en").unwrap();
    assert_eq!(
        english.msg("right-leefloon-summary"),
        format!("{FALLBACK_MARKER}{}", dutch.msg("right-leefloon-summary"))
    );
    assert!(!english.msg("ui-yes").starts_with(FALLBACK_MARKER));
}

/// Every screen in every language: no message falls back to Dutch, and each screen shows its
/// own title in the language. Full snapshots are kept for Dutch (the reference), French (other
/// separators and spacing) and Arabic (right to left, shaped); the other languages are held by these
/// properties and by the fit tests in reading_modes, so a translator's fix does not rewrite a
/// screen of snapshots.
#[test]
fn every_screen_in_every_language() {
    let result = shipped();
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "alleenstaande-met-leefloon-stookolie").unwrap();
    for language in LANGUAGES {
        let mut app = new_app(&result, "nl");
        app.choose_language(language);
        let shown = I18n::new(&result.locales, app.language()).unwrap();
        let mut screens = vec![("welcome", draw_text(&app, 80, 24), shown.msg("ui-welcome-title"))];
        app.update(Action::Select);
        screens.push(("question", draw_text(&app, 80, 24), shown.msg("question-age")));
        app.load_answers(household.answers.clone());
        for (name, screen, title) in [
            ("results", Screen::Results, "ui-results-title"),
            ("detail", Screen::Detail(content.right_index("verwarmingstoelage").unwrap()), "right-verwarmingstoelage"),
            ("documents", Screen::Documents, "ui-documents-title"),
            ("overview", Screen::Overview, "ui-overview-title"),
            ("help", Screen::Help, "ui-help-title"),
        ] {
            app.go(screen);
            screens.push((name, draw_text(&app, 80, 24), shown.msg(title)));
        }
        for (name, text, title) in screens {
            assert!(!text.contains(FALLBACK_MARKER), "{language} {name}: a message fell back to Dutch");
            let start: String = title.chars().take(12).collect();
            // Right to left, the screen holds the title shaped and in visual order: look for
            // its first two words that way.
            let start = if language == "ar" {
                let words: Vec<&str> = title.split(' ').take(2).collect();
                rechtenwijzer_core::text::rtl::visual_line(&words.join(" "), true)
            } else {
                start
            };
            assert!(text.contains(&start), "{language} {name}: `{start}` is not on the screen:\n{text}");
            if matches!(language, "nl" | "fr" | "ar") {
                insta::assert_snapshot!(format!("{language}_{name}"), text);
            }
        }
    }
}

#[test]
fn arabic_on_the_full_screen_is_arabic() {
    let result = shipped();
    let mut app = new_app(&result, "nl");
    app.choose_language("ar");
    assert_eq!((app.look().language.as_str(), app.look().bilingual), ("ar", false));
    // Shaped (presentation forms), so a terminal without bidi support shows joined letters.
    let screen = draw_text(&app, 80, 24);
    assert!(screen.chars().any(|c| matches!(u32::from(c), 0xFE70..=0xFEFF)), "{screen}");
    assert!(!screen.contains("--plain"), "{screen}");
}

/// Every question and help line, in every language, for every household the words may depend
/// on (partner yes, no or unknown; no, one, several or an unknown number of children): formatted
/// without a Fluent error (`I18n::text` asserts that in debug builds), never empty, never Dutch
/// standing in.
#[test]
fn every_question_is_worded_for_every_household_in_every_language() {
    let result = shipped();
    let content = &result.loaded.content;
    for language in LANGUAGES {
        let i18n = I18n::new(&result.locales, language).unwrap();
        for partner in ["true", "false", "unknown"] {
            for children in ["0", "1", "3", "unknown"] {
                let answers = household(content, &[("partner", partner), ("children", children)]);
                for question in 0..content.questions.len() {
                    let (text, help) = question_text(content, &i18n, &answers, question);
                    for words in [&text, &help] {
                        assert!(!words.trim().is_empty(), "{language} {question}");
                        assert!(!words.starts_with(FALLBACK_MARKER), "{language}: {words}");
                        assert!(!words.contains('{') && !words.contains('$'), "{language}: {words}");
                    }
                }
            }
        }
    }
}
