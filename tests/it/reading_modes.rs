//! Reading modes: themes (contrast computed, mono without colour codes), large text at 40x12,
//! glyph sets (the console set stays within the Linux console fonts), big letters only where
//! the font covers them, text that fits with a pseudo-locale 40 % longer than Dutch, and the
//! cursor on the focus after every navigation key.

use std::collections::HashSet;

use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use rechtenwijzer::tui::app::{App, AppOptions, Look, Screen};
use rechtenwijzer::tui::glyphs::GlyphSet;
use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer::tui::theme::{Theme, ThemeName, contrast, indexed_rgb};
use rechtenwijzer::tui::view;
use rechtenwijzer::tui::view::widgets::big_text_covers;
use rechtenwijzer_core::check::{self, CheckResult};
use rechtenwijzer_core::content::source::SourceTree;
use unicode_width::UnicodeWidthStr;

use crate::support::day;

/// Draws the same session in another look.
fn restyle(app: &mut App, change: impl FnOnce(&mut Look)) {
    let mut look = app.look().clone();
    change(&mut look);
    app.set_look(look);
}

fn only_dutch() -> SourceTree {
    let mut locales = rechtenwijzer::builtin::locale_sources();
    locales.files.retain(|file| file.relative.starts_with("nl/"));
    locales
}

fn shipped(locales: &SourceTree) -> CheckResult {
    let result = check::run(&rechtenwijzer::builtin::content_sources(), locales, Vec::new());
    assert!(!result.has_errors(), "content errors");
    result
}

fn render(app: &App, width: u16, height: u16) -> (Buffer, (u16, u16)) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    let cursor = terminal.get_cursor_position().unwrap();
    (terminal.backend().buffer().clone(), (cursor.x, cursor.y))
}

fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height).map(|y| (0..area.width).map(|x| buffer[(x, y)].symbol().to_string()).collect::<String>()).collect()
}

fn text(buffer: &Buffer) -> String {
    rows(buffer).iter().map(|row| format!("{}\n", row.trim_end())).collect()
}

/// One app per screen, on a household with answers (results, detail, documents…).
fn screens<'a>(result: &'a CheckResult, language: &str) -> Vec<(String, App<'a>)> {
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "alleenstaande-met-leefloon-stookolie").unwrap();
    let make = |screen: Screen| {
        let mut app = App::new(content, &result.locales, AppOptions::new(language, day()));
        app.load_answers(household.answers.clone());
        app.go(screen);
        app
    };
    let mut apps = vec![("welcome".to_string(), App::new(content, &result.locales, AppOptions::new(language, day())))];
    let mut question = App::new(content, &result.locales, AppOptions::new(language, day()));
    question.update(Action::Select);
    apps.push(("question-number".into(), question));
    let mut choice = App::new(content, &result.locales, AppOptions::new(language, day()));
    choice.go(Screen::Question(1));
    apps.push(("question-choice".into(), choice));
    for (name, screen) in [
        ("results", Screen::Results),
        ("detail", Screen::Detail(0)),
        ("documents", Screen::Documents),
        ("overview", Screen::Overview),
        ("help", Screen::Help),
    ] {
        apps.push((name.into(), make(screen)));
    }
    apps
}

#[test]
fn every_colour_pair_reaches_seven_to_one_and_focus_stands_out() {
    let indexed = |color: Option<Color>| match color {
        Some(Color::Indexed(index)) => indexed_rgb(index).unwrap(),
        other => panic!("themes use indexed colours 16-255, not {other:?}"),
    };
    for name in [ThemeName::Standard, ThemeName::HighContrastDark, ThemeName::HighContrastLight] {
        let theme = Theme::new(name);
        let page = indexed(theme.text.bg);
        for (role, style) in [
            ("text", theme.text),
            ("secondary", theme.secondary),
            ("heading", theme.heading),
            ("error", theme.error),
            ("warning", theme.warning),
            ("ok", theme.ok),
            ("key", theme.key),
            ("focus", theme.focus),
        ] {
            let (mut fg, mut bg) = (indexed(style.fg), indexed(style.bg));
            if style.add_modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let ratio = contrast(fg, bg);
            assert!(ratio >= 7.0, "{name:?} {role}: {ratio:.2}:1");
        }
        let focus_background = indexed(theme.focus.fg);
        assert!(contrast(focus_background, page) >= 3.0, "{name:?}: focus against the page");
        assert!(theme.focus.add_modifier.contains(Modifier::REVERSED), "{name:?}: focus is reverse video");
    }
}

#[test]
fn error_warning_and_focus_differ_from_text_even_without_colour() {
    for name in [ThemeName::Mono, ThemeName::Terminal] {
        let theme = Theme::new(name);
        let modifiers = [theme.text, theme.error, theme.warning, theme.focus].map(|s| s.add_modifier);
        for (index, a) in modifiers.iter().enumerate() {
            for b in &modifiers[index + 1..] {
                assert_ne!(a, b, "{name:?}: two states look the same without colour");
            }
        }
        assert!(theme.focus.add_modifier.contains(Modifier::REVERSED));
    }
}

#[test]
fn mono_writes_no_colour_codes_and_keeps_reverse_video_on_the_focus() {
    let result = shipped(&only_dutch());
    for (name, mut app) in screens(&result, "nl") {
        restyle(&mut app, |look| look.theme = ThemeName::Mono);
        let written = Shared::default();
        let mut terminal = Terminal::new(CrosstermBackend::new(written.clone())).unwrap();
        terminal.resize(ratatui::layout::Rect::new(0, 0, 80, 24)).unwrap();
        terminal.draw(|frame| view::render(&app, frame)).unwrap();
        let bytes = String::from_utf8_lossy(&written.0.borrow()).into_owned();
        for code in bytes.split("\x1b[").skip(1) {
            let parameters: String = code.chars().take_while(|c| c.is_ascii_digit() || *c == ';').collect();
            if code[parameters.len()..].starts_with('m') {
                for parameter in parameters.split(';') {
                    let colour =
                        matches!(parameter.parse::<u32>(), Ok(30..=37 | 40..=47 | 90..=97 | 100..=107 | 38 | 48));
                    assert!(!colour, "{name}: colour code ESC[{parameters}m in mono");
                }
            }
        }
        if !matches!(name.as_str(), "detail" | "documents" | "help") {
            assert!(bytes.contains("\x1b[7m"), "{name}: the focus is reverse video");
        }
    }
}

/// Bytes written to a terminal backend, readable after the draw.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn console_glyphs() -> HashSet<char> {
    let list = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/console-glyphs.txt")).unwrap();
    let mut glyphs: HashSet<char> = list.lines().filter(|l| !l.starts_with('#')).flat_map(str::chars).collect();
    glyphs.extend((0x20u8..0x7f).map(char::from));
    glyphs
}

#[test]
fn the_console_glyph_set_stays_within_the_console_fonts() {
    let allowed = console_glyphs();
    let glyphs = GlyphSet::Console.glyphs();
    for glyph in [glyphs.marker, glyphs.bullet, glyphs.ellipsis, glyphs.separator, glyphs.tick, glyphs.more]
        .iter()
        .chain(glyphs.arrows.iter())
    {
        assert!(glyph.chars().all(|c| allowed.contains(&c)), "{glyph:?}");
    }
    let ascii = GlyphSet::Ascii.glyphs();
    for glyph in [ascii.marker, ascii.bullet, ascii.ellipsis, ascii.separator, ascii.tick, ascii.more]
        .iter()
        .chain(ascii.arrows.iter())
    {
        assert!(glyph.is_ascii(), "{glyph:?}");
    }
    // Every character on every Dutch screen, in both layouts.
    let result = shipped(&only_dutch());
    for (name, mut app) in screens(&result, "nl") {
        restyle(&mut app, |look| look.glyphs = GlyphSet::Console);
        for (large, width, height) in [(false, 80, 24), (true, 40, 12)] {
            restyle(&mut app, |look| look.large = large);
            let (buffer, _) = render(&app, width, height);
            for c in text(&buffer).chars().filter(|c| *c != '\n') {
                assert!(
                    allowed.contains(&c),
                    "{name} at {width}x{height}: {c:?} (U+{:04X}) is not in the console fonts",
                    u32::from(c)
                );
            }
        }
    }
}

#[test]
fn big_letters_only_when_the_font_covers_every_character() {
    for covered in ["Welkom", "Bienvenue", "Welcome", "Witamy", "Bun venit", "Ça va"] {
        assert!(big_text_covers(covered), "{covered}");
    }
    for not_covered in ["Ласкаво просимо", "Hoş geldiniz", "Zażółć", "Bun venit în ț", "أهلا", "€ 5", "e\u{301}", ""]
    {
        assert!(!big_text_covers(not_covered), "{not_covered}");
    }
    let result = shipped(&only_dutch());
    let mut app = App::new(&result.loaded.content, &result.locales, AppOptions::new("nl", day()));
    restyle(&mut app, |look| look.large = true);
    let quadrants = |buffer: &Buffer| {
        text(buffer).chars().any(|c| ('\u{2596}'..='\u{259F}').contains(&c) || c == '▀' || c == '▄' || c == '█')
    };
    let (big, _) = render(&app, 40, 24);
    assert!(quadrants(&big), "large mode draws the welcome heading in big letters:\n{}", text(&big));
    restyle(&mut app, |look| look.glyphs = GlyphSet::Console);
    let (fallback, _) = render(&app, 40, 24);
    assert!(!quadrants(&fallback) && text(&fallback).contains("Welkom"), "the console falls back to bold text");
}

/// A pseudo-locale: every Dutch message 40 % longer (vowels doubled, then padding letters),
/// placeables untouched; each variant of a select expression (`[no] …`) too.
fn pseudo_locale() -> SourceTree {
    let mut locales = only_dutch();
    let dutch: Vec<_> = locales.files.clone();
    for file in dutch.into_iter().filter(|file| file.relative.ends_with(".ftl")) {
        let mut out = String::new();
        for line in file.text.lines() {
            let trimmed = line.trim_start();
            let variant = (trimmed.starts_with('[') || trimmed.starts_with("*["))
                .then(|| line.find("] "))
                .flatten()
                .map(|at| at + 2);
            let (head, value) = match (line.find(" = "), variant) {
                (_, Some(at)) => (&line[..at], &line[at..]),
                (Some(at), None) if !line.starts_with(' ') && !line.starts_with('#') => {
                    (&line[..at + 3], &line[at + 3..])
                }
                _ => {
                    out.push_str(line);
                    out.push('\n');
                    continue;
                }
            };
            let mut longer = String::new();
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                longer.push(c);
                if depth == 0 && "aeiou".contains(c) {
                    longer.push(c);
                }
            }
            while longer.chars().count() * 10 < value.chars().count() * 14 {
                longer.push_str(" xx");
            }
            out.push_str(head);
            out.push_str(&longer);
            out.push('\n');
        }
        let relative = file.relative.replacen("nl/", "qps/", 1);
        locales.insert(&relative, out);
    }
    if let Some(info) = locales.get("nl/locale.toml").map(|file| file.text.clone()) {
        locales.insert("qps/locale.toml", info);
    }
    locales
}

#[test]
fn text_fits_with_a_pseudo_locale_forty_percent_longer_than_dutch() {
    let locales = pseudo_locale();
    let words = words_of(&locales);
    let result = shipped(&locales);
    assert_fits(&result, "qps", &words);
}

#[test]
fn text_fits_in_every_language() {
    let locales = rechtenwijzer::builtin::locale_sources();
    let words = words_of(&locales);
    let result = shipped(&locales);
    for language in ["nl", "fr", "en", "uk", "tr", "pl", "ro", "ar"] {
        assert_fits(&result, language, &words);
    }
}

/// Every whole word the screens can show: a line at the right edge must end on one of them.
fn words_of(locales: &SourceTree) -> HashSet<String> {
    locales
        .files
        .iter()
        .chain(rechtenwijzer::builtin::content_sources().files.iter())
        .flat_map(|file| {
            file.text.split(|c: char| c.is_whitespace() || c == '"').map(str::to_string).collect::<Vec<_>>()
        })
        // Right-to-left words as a terminal is given them: shaped, in visual order.
        .flat_map(|word| [rechtenwijzer_core::text::rtl::visual_line(&word, true), word])
        .collect()
}

/// No text cut at the right edge without the marker, and the cursor on the focus, on every
/// screen at 80x24 (normal) and 40x12 (large).
fn assert_fits(result: &CheckResult, language: &str, words: &HashSet<String>) {
    let marker = GlyphSet::Unicode.glyphs().ellipsis;
    for (name, mut app) in screens(result, "nl") {
        app.choose_language(language);
        for (large, width, height) in [(false, 80u16, 24u16), (true, 40, 12)] {
            restyle(&mut app, |look| look.large = large);
            let (buffer, (_, cursor_y)) = render(&app, width, height);
            let lines = rows(&buffer);
            for (y, row) in lines.iter().enumerate() {
                assert!(row.width() <= usize::from(width));
                let trimmed = row.trim_end();
                // The "more below" glyph stands in the margin, outside the text.
                let more = trimmed.ends_with(GlyphSet::Unicode.glyphs().more);
                if !more && trimmed.width() == usize::from(width) && y != usize::from(height) - 1 {
                    // Right to left, a line ends at its left edge (where a broken word's
                    // marker stands too).
                    let (last, cut) = if language == "ar" {
                        let first = trimmed.split_whitespace().next().unwrap_or("");
                        (first, first.starts_with(marker))
                    } else {
                        let last = trimmed.split_whitespace().last().unwrap_or("");
                        (last, last.ends_with(marker))
                    };
                    let bare = last.trim_matches(|c: char| !c.is_alphanumeric());
                    // A number is never broken (the wrapper keeps digits together).
                    let whole = cut
                        || bare.is_empty()
                        || bare.chars().all(|c| c.is_ascii_digit())
                        || words.iter().any(|word| word.trim_matches(|c: char| !c.is_alphanumeric()) == bare);
                    assert!(whole, "{language} {name} at {width}x{height}, line {y} is cut: {trimmed:?}");
                }
            }
            if !matches!(name.as_str(), "detail" | "documents" | "help") {
                let marker_glyph = GlyphSet::Unicode.glyphs().marker;
                // Right to left the marker stands on the right, pointing left.
                let marker_glyph = if language == "ar" { "◀" } else { marker_glyph };
                assert!(
                    lines[usize::from(cursor_y)].contains(marker_glyph),
                    "{language} {name} at {width}x{height}: the cursor is not on the focus"
                );
            }
        }
    }
}

#[test]
fn the_cursor_follows_the_focus_after_every_navigation_key() {
    let result = shipped(&only_dutch());
    let marker = GlyphSet::Unicode.glyphs().marker;
    for (name, mut app) in screens(&result, "nl") {
        if matches!(name.as_str(), "detail" | "documents" | "help") {
            continue;
        }
        for action in [Action::Down, Action::Down, Action::PageDown, Action::Up, Action::PageUp, Action::Down] {
            app.update(action);
            for (width, height) in [(80, 24), (40, 12)] {
                let (buffer, (_, y)) = render(&app, width, height);
                assert!(
                    rows(&buffer)[usize::from(y)].contains(marker),
                    "{name} after {action:?} at {width}x{height}:\n{}",
                    text(&buffer)
                );
            }
        }
    }
}

#[test]
fn snapshots_of_large_text_and_every_theme() {
    let result = shipped(&only_dutch());
    for (name, mut app) in screens(&result, "nl") {
        restyle(&mut app, |look| look.large = true);
        let (buffer, _) = render(&app, 40, 12);
        insta::assert_snapshot!(format!("large_40x12_{name}"), text(&buffer));
    }
    for theme in ThemeName::all() {
        let mut app = App::new(&result.loaded.content, &result.locales, AppOptions::new("nl", day()));
        restyle(&mut app, |look| look.theme = theme);
        let (buffer, _) = render(&app, 80, 24);
        insta::assert_snapshot!(format!("theme_{}", theme.id()), format!("{buffer:?}"));
    }
}

#[test]
fn no_panic_in_any_mode_at_any_size() {
    let result = shipped(&only_dutch());
    for (_, mut app) in screens(&result, "nl") {
        for (theme, glyphs, large) in
            [(ThemeName::Mono, GlyphSet::Ascii, true), (ThemeName::HighContrastLight, GlyphSet::Console, false)]
        {
            restyle(&mut app, |look| {
                look.theme = theme;
                look.glyphs = glyphs;
                look.large = large;
            });
            for width in [1u16, 2, 10, 39, 40, 41, 60, 120] {
                for height in [1u16, 2, 5, 11, 12, 13, 40] {
                    let _ = render(&app, width, height);
                }
            }
        }
    }
}
