//! Arabic on the full screen, for terminals without bidi support: shaped and in visual order,
//! right-aligned, the focus marker and the cursor on the right; snapshots at 80x24 and 40x12.
//! And the Linux console, whose font has no Arabic: the language is marked, not drawn as blocks.

use rechtenwijzer::tui::app::{App, AppOptions, Screen};
use rechtenwijzer::tui::glyphs::GlyphSet;
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer_core::check::CheckResult;

use crate::support::{day, draw, draw_text, shipped};

fn arabic_app(result: &CheckResult, large: bool, glyphs: GlyphSet) -> App<'_> {
    let options = AppOptions { large, glyphs, ..AppOptions::new("ar", day()) };
    App::new(&result.loaded.content, &result.locales, options)
}

fn is_arabic(c: char) -> bool {
    matches!(u32::from(c), 0x0600..=0x06FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Welcome, a question with options, the results and a right's detail, at 80x24 and in large
/// mode at 40x12, with the cursor line.
#[test]
fn arabic_screens_at_80x24_and_40x12() {
    let result = shipped();
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "alleenstaande-met-leefloon-stookolie").unwrap();
    let region = content.questions.iter().position(|q| q.id == "region").unwrap();
    for (large, width, height) in [(false, 80u16, 24u16), (true, 40, 12)] {
        let mut app = arabic_app(&result, large, GlyphSet::Unicode);
        let size = format!("{width}x{height}");
        insta::assert_snapshot!(format!("ar_{size}_welcome"), draw(&app, width, height));
        app.go(Screen::Question(region));
        insta::assert_snapshot!(format!("ar_{size}_question"), draw(&app, width, height));
        app.load_answers(household.answers.clone());
        app.go(Screen::Results);
        insta::assert_snapshot!(format!("ar_{size}_results"), draw(&app, width, height));
        app.go(Screen::Detail(content.right_index("verwarmingstoelage").unwrap()));
        insta::assert_snapshot!(format!("ar_{size}_detail"), draw(&app, width, height));
    }
}

#[test]
fn arabic_lines_are_right_aligned_with_the_marker_and_cursor_on_the_right() {
    let result = shipped();
    let content = &result.loaded.content;
    let mut app = arabic_app(&result, false, GlyphSet::Unicode);
    app.go(Screen::Question(content.questions.iter().position(|q| q.id == "region").unwrap()));
    let screen = draw(&app, 80, 24);
    let cursor = screen.lines().last().unwrap().trim_start_matches("cursor: ").to_string();
    let (x, y): (usize, usize) = {
        let (x, y) = cursor.split_once(',').unwrap();
        (x.parse().unwrap(), y.parse().unwrap())
    };
    let row: Vec<char> = screen.lines().nth(y).unwrap().chars().collect();
    assert_eq!(row.get(x), Some(&'◀'), "the cursor is on the marker at the right: {screen}");
    assert!(x >= 70, "{screen}");
    // Shaped letters only: a terminal without shaping gets presentation forms, never the
    // letters of the Arabic block that it would draw unjoined.
    let text = draw_text(&app, 80, 24);
    let letters: Vec<char> = text.chars().filter(|&c| is_arabic(c)).collect();
    assert!(!letters.is_empty());
    assert!(
        letters.iter().all(|&c| matches!(u32::from(c), 0xFE70..=0xFEFF | 0x064B..=0x065F | 0x0640 | 0x060C | 0x061F)),
        "{text}"
    );
}

#[test]
fn every_letter_of_a_long_arabic_text_reaches_the_screen() {
    // The detail scrolls: page through it and count the letters against the text.
    let result = shipped();
    let content = &result.loaded.content;
    let i18n = rechtenwijzer_core::i18n::I18n::new(&result.locales, "ar").unwrap();
    let summary = i18n.msg("right-verwarmingstoelage-summary");
    let mut app = arabic_app(&result, true, GlyphSet::Unicode);
    app.go(Screen::Detail(content.right_index("verwarmingstoelage").unwrap()));
    let text = draw_text(&app, 40, 12);
    // The summary's first words are on the first screen, each whole (shaped as a word).
    for word in summary.split_whitespace().take(3) {
        let shaped = rechtenwijzer_core::text::rtl::visual_line(word, true);
        assert!(text.contains(shaped.trim()), "`{word}` is not whole on screen:\n{text}");
    }
}

#[test]
fn on_the_linux_console_arabic_is_marked_and_not_chosen() {
    let result = shipped();
    // Started in Arabic on the console: the interface stays Dutch, and says why.
    let mut app = arabic_app(&result, false, GlyphSet::Console);
    assert_eq!(app.language(), "nl");
    app.update(Action::End);
    let screen = draw_text(&app, 80, 24);
    assert!(!screen.chars().any(is_arabic), "no Arabic letters reach the console: {screen}");
    assert!(screen.contains("ar: dit scherm kan de letters van deze taal niet tonen"), "{screen}");
    // Ukrainian and Romanian are in the console font the launcher loads.
    assert!(screen.contains("Українська") && screen.contains("Română"), "{screen}");
    // Choosing Arabic leaves the language as it was, with a notice.
    app.choose_language("ar");
    assert_eq!(app.language(), "nl");
    assert_eq!(app.notice().map(|notice| notice.message), Some("ui-language-cannot-show"));
    app.choose_language("uk");
    assert_eq!(app.language(), "uk");
    // In a graphical terminal Arabic is shown.
    let app = arabic_app(&result, false, GlyphSet::Unicode);
    assert_eq!(app.language(), "ar");
}

#[test]
fn the_console_glyphs_are_in_the_console_font() {
    let glyphs = GlyphSet::Console.glyphs();
    for glyph in
        [glyphs.marker, glyphs.bullet, glyphs.ellipsis, glyphs.separator, glyphs.tick, glyphs.more, glyphs.above]
            .into_iter()
            .chain(glyphs.arrows)
    {
        assert!(GlyphSet::Console.shows(glyph), "{glyph}");
    }
    assert!(!GlyphSet::Console.shows("العربية"));
    assert!(GlyphSet::Console.shows("Українська Română Türkçe Polski Français"));
}
