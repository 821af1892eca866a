//! The pure view: draws an `App` into a frame and never changes it. Every word comes from the
//! messages; text is wrapped by display width; the terminal cursor sits on the focused row.

use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::content::FactKind;
use crate::i18n::I18n;
use crate::report::{self, Report};
use crate::rules::Status;
use crate::text::{clean, fit, wrap_within};
use crate::tui::app::{App, Choice, Confirm, InputError, ResultRow, Screen, WelcomeRow, is_focusable};
use crate::tui::glyphs::Glyphs;
use crate::tui::keymap::{Action, BINDINGS, keys_for};
use crate::tui::theme::{Theme, ThemeName};

/// Below this size the screen asks for a larger window instead of drawing a broken layout.
pub const MIN_WIDTH: u16 = 40;
/// See `MIN_WIDTH`.
pub const MIN_HEIGHT: u16 = 12;

/// A line of the body, and whether it is the focused row's first line.
struct Row {
    line: Line<'static>,
    focused: bool,
}

/// Everything a view function needs besides the app.
struct Ink<'a> {
    i18n: I18n<'a>,
    theme: Theme,
    glyphs: Glyphs,
    width: usize,
    large: bool,
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let theme = Theme::new(app.theme);
    let glyphs = app.glyphs.glyphs();
    let area = frame.area();
    frame.render_widget(Block::new().style(theme.text), area);
    let Some(i18n) = I18n::new(app.locales, &app.language) else { return };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let lines: Vec<Line> =
            wrap_within(&clean(&i18n.plain("ui-too-small")), usize::from(area.width.max(1)), glyphs.ellipsis)
                .into_iter()
                .map(|line| Line::styled(line, theme.heading))
                .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let ink = Ink { i18n, theme, glyphs, width: usize::from(area.width.saturating_sub(2)), large: app.large };
    let hints = hint_lines(app, &ink, usize::from(area.width));
    let hint_height = u16::try_from(hints.len()).unwrap_or(1).min(area.height / 3).max(1);
    let [title_area, body_area, hint_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(hint_height)]).areas(area);
    let title = fit(&clean(&title(app, &ink.i18n)), usize::from(area.width), glyphs.ellipsis);
    frame.render_widget(Paragraph::new(Line::styled(title, theme.heading)), title_area);
    frame.render_widget(Paragraph::new(hints), hint_area);
    let body = Rect { x: body_area.x + 1, width: body_area.width.saturating_sub(2), ..body_area };
    // On a kiosk left alone: the countdown comes before anything else.
    let body = match app.countdown() {
        Some(left) => {
            let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
            let text = ink.i18n.text("ui-idle-countdown", &[("seconds", seconds.into())]);
            let lines: Vec<Line> = paragraph(&text, "! ", ink.theme.error, &ink);
            let height = u16::try_from(lines.len()).unwrap_or(1).min(body.height.saturating_sub(1));
            let [warning, rest] = Layout::vertical([Constraint::Length(height), Constraint::Min(1)]).areas(body);
            frame.render_widget(Paragraph::new(lines), warning);
            rest
        }
        None => body,
    };
    if app.confirm.is_some() {
        draw_rows(frame, body, confirm_rows(app, &ink), &ink);
        return;
    }
    // Notes that must not be missed stay at the top, whatever the list scrolls to.
    let body = if matches!(app.screen, Screen::Welcome | Screen::Results)
        || (app.notice.is_some() && app.screen != Screen::Handout)
    {
        let mut rows = notes(app, &ink);
        if let (Some((_, message)), true) = (&app.notice, app.screen != Screen::Handout) {
            rows.extend(text_rows(paragraph(&ink.i18n.plain(message), "", ink.theme.ok, &ink)));
        }
        let lines: Vec<Line> = rows.into_iter().map(|row| row.line).collect();
        let height = u16::try_from(lines.len()).unwrap_or(0).min(body.height / 2);
        let [pinned, rest] = Layout::vertical([Constraint::Length(height), Constraint::Min(1)]).areas(body);
        frame.render_widget(Paragraph::new(lines), pinned);
        rest
    } else {
        body
    };
    match app.screen {
        Screen::Detail(_) | Screen::Documents | Screen::Help | Screen::Compare => {
            let lines = screen_lines(app, &ink);
            let visible = usize::from(body.height);
            let top = app.scroll.min(lines.len().saturating_sub(visible));
            let more = top + visible < lines.len();
            let shown: Vec<Line> = lines.into_iter().skip(top).take(visible).collect();
            frame.render_widget(Paragraph::new(shown), body);
            frame.set_cursor_position(Position::new(body.x, body.y));
            if more {
                draw_more(frame, body_area, &ink);
            }
        }
        Screen::Welcome => {
            let rows = welcome_rows(app, &ink);
            let body = big_heading(frame, body, &ink.i18n.plain("ui-welcome-title"), app, &ink);
            draw_rows(frame, body, rows, &ink);
        }
        Screen::Question(question) => draw_rows(frame, body, question_rows(app, question, &ink), &ink),
        Screen::Handout => draw_rows(frame, body, handout_rows(app, &ink), &ink),
        Screen::Personas => draw_rows(frame, body, persona_rows(app, &ink), &ink),
        Screen::SaveAs => draw_rows(frame, body, save_as_rows(app, &ink), &ink),
        Screen::Overview => draw_rows(frame, body, overview_rows(app, &ink), &ink),
        Screen::Results => draw_rows(frame, body, result_rows(app, &ink), &ink),
    }
}

/// The "more below" glyph in the right margin of the body's last line.
fn draw_more(frame: &mut Frame, body_area: Rect, ink: &Ink) {
    if body_area.width == 0 || body_area.height == 0 {
        return;
    }
    let spot = Rect { x: body_area.right() - 1, y: body_area.bottom() - 1, width: 1, height: 1 };
    frame.render_widget(Paragraph::new(Span::styled(ink.glyphs.more, ink.theme.heading)), spot);
}

/// In large mode, a short heading in big letters when the font covers every character, the
/// glyph set has block characters and it fits; returns the area left below it.
fn big_heading(frame: &mut Frame, body: Rect, heading: &str, app: &App, ink: &Ink) -> Rect {
    let heading = clean(heading);
    let rows_needed = 4u16;
    let fits = heading.chars().count() * 4 <= usize::from(body.width) && body.height > rows_needed + 6;
    if !(app.large && app.glyphs.big_text() && big_text_covers(&heading) && fits) {
        return body;
    }
    let big = tui_big_text::BigText::builder()
        .pixel_size(tui_big_text::PixelSize::Quadrant)
        .style(ink.theme.heading)
        .lines(vec![Line::from(heading)])
        .build();
    let [top, rest] = Layout::vertical([Constraint::Length(rows_needed), Constraint::Min(1)]).areas(body);
    frame.render_widget(big, top);
    rest
}

/// Whether the big-letter font (font8x8 in tui-big-text) draws every character: printable
/// ASCII and Latin-1, composed (NFC). Anything else falls back to bold text.
pub fn big_text_covers(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(u32::from(c), 0x20..=0x7E | 0xA1..=0xFF))
}

/// Draws rows, scrolled so the focused row is visible, with the cursor on its marker.
fn draw_rows(frame: &mut Frame, area: Rect, rows: Vec<Row>, ink: &Ink) {
    let visible = usize::from(area.height);
    let focused = rows.iter().position(|row| row.focused);
    let top = match focused {
        // Keep a little context above the focus, and the focus on screen.
        Some(index) if index + 1 > visible => {
            (index + 2).saturating_sub(visible).min(rows.len().saturating_sub(visible))
        }
        _ => 0,
    };
    if let Some(index) = focused {
        let y = area.y + u16::try_from(index - top.min(index)).unwrap_or(0);
        if y < area.y + area.height {
            frame.set_cursor_position(Position::new(area.x, y));
        }
    }
    let more = top + visible < rows.len();
    let lines: Vec<Line> = rows.into_iter().skip(top).take(visible).map(|row| row.line).collect();
    frame.render_widget(Paragraph::new(lines), area);
    if more {
        let margin = Rect { x: area.x.saturating_sub(1), width: area.width + 2, ..area };
        draw_more(frame, margin, ink);
    }
}

fn title(app: &App, i18n: &I18n) -> String {
    let name = i18n.plain("ui-app-name");
    let screen = match app.screen {
        Screen::Welcome => i18n.plain("ui-welcome-title"),
        Screen::Question(question) => {
            let (number, total) = app.plan.progress(question);
            i18n.text("ui-question-progress", &[("number", number.into()), ("total", total.into())])
        }
        Screen::Overview => i18n.plain("ui-overview-title"),
        Screen::Results => i18n.plain("ui-results-title"),
        Screen::Detail(right) => i18n.plain(&format!("right-{}", app.content.rights[right].id)),
        Screen::Documents => i18n.plain("ui-documents-title"),
        Screen::Help => i18n.plain("ui-help-title"),
        Screen::Handout => i18n.plain("ui-handout-title"),
        Screen::Personas => i18n.plain("ui-personas-title"),
        Screen::Compare => i18n.plain("ui-compare-screen-title"),
        Screen::SaveAs => i18n.plain("ui-save-as-title"),
    };
    format!("{name} · {screen}")
}

/// The actions the hint bar offers on the current screen; in large mode only the first three,
/// so that the hints never take the room of the question.
fn hint_actions(app: &App) -> Vec<Action> {
    let mut actions = if app.confirm.is_some() {
        vec![Action::Digit(1), Action::Back]
    } else {
        let integer = matches!(app.screen, Screen::Question(q) if app.choices(q).contains(&Choice::Input));
        match app.screen {
            Screen::Welcome => vec![Action::Digit(1), Action::Select, Action::Help, Action::Quit],
            Screen::Question(_) if integer => {
                vec![
                    Action::Select,
                    Action::Down,
                    Action::Back,
                    Action::Overview,
                    Action::Results,
                    Action::Help,
                    Action::Quit,
                ]
            }
            Screen::Question(_) => {
                vec![
                    Action::Digit(1),
                    Action::Select,
                    Action::Back,
                    Action::Overview,
                    Action::Results,
                    Action::Help,
                    Action::Quit,
                ]
            }
            Screen::Overview => vec![Action::Select, Action::Back, Action::Results, Action::Help, Action::Quit],
            Screen::Results => {
                vec![
                    Action::Select,
                    Action::Back,
                    Action::Documents,
                    Action::Handout,
                    Action::Overview,
                    Action::Help,
                    Action::Quit,
                ]
            }
            Screen::Detail(_) | Screen::Documents => {
                vec![Action::Down, Action::Back, Action::Documents, Action::Handout, Action::Help, Action::Quit]
            }
            Screen::Handout => vec![Action::Digit(1), Action::Select, Action::Back, Action::Quit],
            Screen::Personas => vec![Action::Digit(1), Action::Select, Action::Back, Action::Quit],
            Screen::Compare => vec![Action::Down, Action::Back, Action::Compare, Action::Quit],
            Screen::SaveAs => vec![Action::Select, Action::Back],
            Screen::Help => vec![Action::Down, Action::Back, Action::Quit],
        }
    };
    // On a shared computer, starting over and wiping everything is always one key away;
    // Q there means the same.
    if app.kiosk.is_some() {
        actions.retain(|action| *action != Action::Quit);
        actions.insert(actions.len().min(2), Action::StartOver);
    }
    if app.large {
        actions.truncate(3);
    }
    actions
}

/// The hint bar: "Enter kiezen · Esc terug · …", wrapped to the width.
fn hint_lines(app: &App, ink: &Ink, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut used = 0;
    let separator = format!(" {} ", ink.glyphs.separator);
    for action in hint_actions(app) {
        let key = ink.glyphs.key_name(keys_for(action).first().copied().unwrap_or(""));
        let label = clean(&ink.i18n.plain(&format!("ui-key-{}", action.id())));
        let item = unicode_width(key) + 1 + unicode_width(&label);
        if used + item + unicode_width(&separator) > width && !current.is_empty() {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        if !current.is_empty() {
            current.push(Span::styled(separator.clone(), ink.theme.secondary));
            used += unicode_width(&separator);
        }
        let label = fit(&format!(" {label}"), width.saturating_sub(used + unicode_width(key)), ink.glyphs.ellipsis);
        used += unicode_width(key) + unicode_width(&label);
        current.push(Span::styled(key.to_string(), ink.theme.key));
        current.push(Span::styled(label, ink.theme.secondary));
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    lines
}

fn unicode_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// Wrapped text lines in one style, each prefixed (the first with `first`, the rest with spaces
/// of the same width); no line runs past the width, and a broken word carries the marker.
fn paragraph(text: &str, first: &str, style: Style, ink: &Ink) -> Vec<Line<'static>> {
    let indent = " ".repeat(unicode_width(first));
    wrap_within(&clean(text), ink.width.saturating_sub(unicode_width(first)).max(1), ink.glyphs.ellipsis)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Line::styled(format!("{}{line}", if index == 0 { first } else { &indent }), style))
        .collect()
}

fn text_rows(lines: Vec<Line<'static>>) -> Vec<Row> {
    lines.into_iter().map(|line| Row { line, focused: false }).collect()
}

fn marker(focused: bool, ink: &Ink) -> String {
    let mark = if focused { ink.glyphs.marker } else { "" };
    format!("{mark:<width$} ", width = unicode_width(ink.glyphs.marker))
}

/// A numbered option row: marker, number, label; focused rows in the focus style; in large mode
/// a blank line after it.
fn option_rows(label: &str, number: Option<usize>, focused: bool, ink: &Ink) -> Vec<Row> {
    let number = number.map_or_else(|| "   ".to_string(), |n| format!("{n:>2} "));
    let style = if focused { ink.theme.focus } else { ink.theme.text };
    let mut rows: Vec<Row> = paragraph(label, &format!("{}{number}", marker(focused, ink)), style, ink)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Row { line, focused: focused && index == 0 })
        .collect();
    if ink.large {
        rows.push(blank());
    }
    rows
}

/// A right's name in a list: a bullet, bold, and the focus marker when focused.
fn name_rows(name: &str, focused: bool, ink: &Ink) -> Vec<Row> {
    let prefix = format!("{}{} ", marker(focused, ink), ink.glyphs.bullet);
    let style = if focused { ink.theme.focus } else { ink.theme.heading };
    paragraph(name, &prefix, style, ink)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Row { line, focused: focused && index == 0 })
        .collect()
}

fn blank() -> Row {
    Row { line: Line::default(), focused: false }
}

/// One-line notes that must not be missed: a translation not yet checked by a native speaker,
/// and, when Arabic was chosen, that the full screen shows it beside Dutch.
fn notes(app: &App, ink: &Ink) -> Vec<Row> {
    let mut rows = Vec::new();
    if !ink.i18n.reviewed() {
        rows.extend(text_rows(paragraph(&ink.i18n.plain("ui-unreviewed"), "! ", ink.theme.warning, ink)));
    }
    if app.rtl_notice {
        rows.extend(text_rows(paragraph(&ink.i18n.plain("ui-rtl-notice"), "! ", ink.theme.warning, ink)));
        if let Some(other) = I18n::new(app.locales, app.second()) {
            rows.extend(text_rows(paragraph(&other.plain("ui-rtl-notice"), "! ", ink.theme.warning, ink)));
        }
    }
    rows
}

fn welcome_rows(app: &App, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    let mut rows = text_rows(paragraph(&i18n.plain("ui-welcome-intro"), "", ink.theme.text, ink));
    rows.extend(text_rows(paragraph(&i18n.plain("ui-welcome-reassure"), "", ink.theme.ok, ink)));
    rows.extend(text_rows(paragraph(&i18n.plain("ui-bank-codes"), "", ink.theme.text, ink)));
    let chosen = format!("{} {}", ink.glyphs.tick, i18n.plain("ui-chosen"));
    let mut section = None;
    for (index, row) in app.welcome_rows().into_iter().enumerate() {
        let heading = match row {
            WelcomeRow::Language(_) => Some("ui-welcome-language"),
            WelcomeRow::Normal | WelcomeRow::Large | WelcomeRow::Contrast => Some("ui-welcome-reading"),
            WelcomeRow::Start | WelcomeRow::Training => None,
        };
        if heading != section {
            rows.push(blank());
            if let Some(heading) = heading {
                rows.extend(text_rows(paragraph(&i18n.plain(heading), "", ink.theme.heading, ink)));
            }
            section = heading;
        }
        let (label, active) = match row {
            WelcomeRow::Language(locale) => {
                let locale = &app.locales.locales[locale];
                // Each language is named in itself, so a person finds their own.
                let name = locale.own_name();
                (name, locale.id == app.language)
            }
            WelcomeRow::Normal => (i18n.plain("ui-mode-normal"), !app.large && app.theme == ThemeName::Standard),
            WelcomeRow::Large => (i18n.plain("ui-mode-large"), app.large),
            WelcomeRow::Contrast => (i18n.plain("ui-mode-contrast"), app.theme == ThemeName::HighContrastDark),
            WelcomeRow::Start => (i18n.plain("ui-start"), false),
            WelcomeRow::Training => (i18n.plain("ui-welcome-training"), false),
        };
        let label = if active { format!("{label} ({chosen})") } else { label };
        let mut option = option_rows(&label, Some(index + 1), app.focus == index, ink);
        if ink.large && !matches!(row, WelcomeRow::Start) {
            option.pop(); // the welcome list stays compact: the choices are short
        }
        rows.extend(option);
    }
    rows
}

fn question_rows(app: &App, question: usize, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    let definition = &app.content.questions[question];
    let fact = &app.content.facts[definition.fact];
    let mut rows =
        text_rows(paragraph(&i18n.plain(&format!("question-{}", definition.id)), "", ink.theme.heading, ink));
    rows.extend(text_rows(paragraph(
        &i18n.plain(&format!("question-{}-help", definition.id)),
        "",
        ink.theme.secondary,
        ink,
    )));
    let instruction = match &fact.kind {
        FactKind::Set(_) => Some("ui-question-several"),
        FactKind::Integer { .. } => Some("ui-question-number"),
        FactKind::YesNo | FactKind::Choice(_) => None,
    };
    if let Some(instruction) = instruction {
        rows.extend(text_rows(paragraph(&i18n.plain(instruction), "", ink.theme.secondary, ink)));
    }
    rows.push(blank());
    let integer = matches!(fact.kind, FactKind::Integer { .. });
    for (index, choice) in app.choices(question).into_iter().enumerate() {
        let focused = app.focus == index;
        let number = (!integer).then_some(index + 1);
        let label = match choice {
            Choice::Yes => i18n.plain("ui-yes"),
            Choice::No => i18n.plain("ui-no"),
            Choice::DontKnow => i18n.plain("ui-dont-know"),
            Choice::NoneOfThese => i18n.plain("ui-none-of-these"),
            Choice::Confirm => i18n.plain("ui-confirm-choice"),
            Choice::Input => format!("[ {}_ ]", app.input),
            Choice::Value(value) => {
                let values = match &fact.kind {
                    FactKind::Choice(values) | FactKind::Set(values) => values.as_slice(),
                    FactKind::Integer { .. } | FactKind::YesNo => &[],
                };
                let name = values.get(value).map_or_else(String::new, |v| i18n.plain(&format!("fact-{}-{v}", fact.id)));
                match fact.kind {
                    FactKind::Set(_) => {
                        let ticked = app.draft & crate::rules::value_bit(value) != 0;
                        format!("[{}] {name}", if ticked { "x" } else { " " })
                    }
                    _ => name,
                }
            }
        };
        rows.extend(option_rows(&label, number, focused, ink));
    }
    if let Some(error) = app.error {
        let (min, max) = match fact.kind {
            FactKind::Integer { min, max } => (min.unwrap_or(0), max.unwrap_or(i64::MAX)),
            _ => (0, 0),
        };
        let text = match error {
            InputError::Empty => i18n.plain("ui-number-empty"),
            InputError::OutOfRange => {
                i18n.text("ui-number-range", &[("min", min.to_string().into()), ("max", max.to_string().into())])
            }
        };
        rows.push(blank());
        rows.extend(text_rows(paragraph(&text, &format!("{} ", i18n.plain("ui-error-prefix")), ink.theme.error, ink)));
    }
    rows
}

fn overview_rows(app: &App, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    let mut rows = text_rows(paragraph(&i18n.plain("ui-overview-intro"), "", ink.theme.secondary, ink));
    rows.push(blank());
    for (index, &question) in app.plan.sequence.iter().enumerate() {
        let definition = &app.content.questions[question];
        let answer = app.answers.get(definition.fact).map_or_else(
            || i18n.plain("ui-not-answered"),
            |answer| report::answer_text(app.content, i18n, definition.fact, answer),
        );
        let label = format!("{}: {answer}", i18n.plain(&format!("fact-{}", app.content.facts[definition.fact].id)));
        rows.extend(option_rows(&label, Some(index + 1), app.focus == index, ink));
    }
    let last = app.plan.sequence.len();
    rows.extend(option_rows(&i18n.plain("ui-to-results"), Some(last + 1), app.focus == last, ink));
    rows
}

fn status_style(status: Status, theme: &Theme) -> Style {
    match status {
        Status::Automatic | Status::Already => theme.ok,
        Status::Unknown => theme.warning,
        Status::Proactive | Status::Request | Status::Unlikely => theme.heading,
    }
}

/// The results; in large mode only the names (one thing at a time: Enter shows the rest).
fn result_rows(app: &App, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    if app.results_hidden() {
        // The group guesses first; the trainer shows the results.
        return text_rows(paragraph(&i18n.plain("ui-training-hidden"), "", ink.theme.heading, ink));
    }
    let report = Report::new(app.content, app.evaluation.clone());
    let mut rows = Vec::new();
    if !ink.large {
        rows.extend(text_rows(paragraph(&i18n.plain("ui-report-disclaimer"), "", ink.theme.secondary, ink)));
    }
    let second =
        (app.bilingual && app.second() != app.language).then(|| I18n::new(app.locales, app.second())).flatten();
    let mut focus_index = 0;
    for row in app.result_rows() {
        let focused = is_focusable(&row) && focus_index == app.focus;
        if is_focusable(&row) {
            focus_index += 1;
        }
        match row {
            ResultRow::Heading(status) => {
                rows.push(blank());
                // Bold, not capitals: capitals are harder to read, and Turkish needs İ for i.
                let heading = i18n.plain(&format!("ui-status-{}", status.id()));
                rows.extend(text_rows(paragraph(&heading, "", status_style(status, &ink.theme), ink)));
            }
            ResultRow::Empty => {
                rows.extend(text_rows(paragraph(&i18n.plain("ui-group-empty"), "   ", ink.theme.secondary, ink)))
            }
            ResultRow::ToggleUnlikely(count) => {
                let id = if app.show_unlikely { "ui-hide-unlikely" } else { "ui-show-unlikely" };
                rows.extend(option_rows(&i18n.text(id, &[("count", count.into())]), None, focused, ink));
            }
            ResultRow::Right(right) => {
                let id = &app.content.rights[right].id;
                rows.extend(name_rows(&i18n.with_dutch(&format!("right-{id}")), focused, ink));
                if ink.large {
                    continue;
                }
                rows.extend(text_rows(paragraph(
                    &i18n.plain(&format!("right-{id}-summary")),
                    "      ",
                    ink.theme.text,
                    ink,
                )));
                if let Some(other) = second.as_ref() {
                    rows.extend(text_rows(paragraph(
                        &other.plain(&format!("right-{id}-summary")),
                        "      ",
                        ink.theme.secondary,
                        ink,
                    )));
                }
                if let Some(reason) = report.reasons(right, i18n).first() {
                    rows.extend(text_rows(paragraph(reason, "      ", ink.theme.secondary, ink)));
                }
                // In a workshop the rule that fired is part of the lesson.
                if app.worker || app.training.is_some() {
                    rows.extend(text_rows(paragraph(&report.rule_line(right, i18n), "      ", ink.theme.key, ink)));
                }
            }
        }
    }
    rows
}

fn confirm_rows(app: &App, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    let (question, yes, no) = match app.confirm {
        Some(Confirm::StartOver) => ("ui-start-over-question", "ui-start-over-yes", "ui-start-over-no"),
        Some(Confirm::StaffPin) => {
            let mut rows = text_rows(paragraph(&i18n.plain("ui-staff-pin"), "", ink.theme.heading, ink));
            rows.push(blank());
            let masked = "*".repeat(app.pin.chars().count());
            rows.extend(option_rows(&format!("[ {masked}_ ]"), None, true, ink));
            return rows;
        }
        Some(Confirm::Quit) | None => ("ui-quit-question", "ui-quit-yes", "ui-quit-no"),
    };
    let mut rows = text_rows(paragraph(&i18n.plain(question), "", ink.theme.heading, ink));
    rows.push(blank());
    rows.extend(option_rows(&i18n.plain(yes), Some(1), app.confirm_yes, ink));
    rows.extend(option_rows(&i18n.plain(no), Some(2), !app.confirm_yes, ink));
    rows
}

fn persona_rows(app: &App, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    let mut rows = text_rows(paragraph(&i18n.plain("ui-personas-intro"), "", ink.theme.secondary, ink));
    rows.push(blank());
    for (index, persona) in app.personas().into_iter().enumerate() {
        let story = i18n.plain(&format!("scenario-{}-story", app.content.scenarios[persona].id));
        let mut option = option_rows(&story, Some(index + 1), app.focus == index, ink);
        if !ink.large {
            option.push(blank());
        }
        rows.extend(option);
    }
    rows
}

fn handout_rows(app: &App, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    let mut rows = text_rows(paragraph(&i18n.plain("ui-handout-intro"), "", ink.theme.text, ink));
    rows.push(blank());
    for (index, label) in ["ui-handout-print", "ui-handout-save", "ui-handout-back"].into_iter().enumerate() {
        rows.extend(option_rows(&i18n.plain(label), Some(index + 1), app.focus == index, ink));
    }
    if let Some((ok, message)) = &app.notice {
        rows.push(blank());
        let style = if *ok { ink.theme.ok } else { ink.theme.error };
        rows.extend(text_rows(paragraph(&i18n.plain(message), if *ok { "" } else { "! " }, style, ink)));
    }
    rows
}

fn save_as_rows(app: &App, ink: &Ink) -> Vec<Row> {
    let i18n = &ink.i18n;
    let mut rows = text_rows(paragraph(&i18n.plain("ui-save-as-label"), "", ink.theme.text, ink));
    rows.push(blank());
    rows.extend(option_rows(&format!("[ {}_ ]", app.input), None, true, ink));
    rows
}

/// How many lines the scrolling screen (detail, documents, help) has at the current size.
pub fn scroll_length(app: &App) -> usize {
    let Some(i18n) = I18n::new(app.locales, &app.language) else { return 0 };
    let ink = Ink {
        i18n,
        theme: Theme::new(app.theme),
        glyphs: app.glyphs.glyphs(),
        width: usize::from(app.size.0.saturating_sub(2)).max(1),
        large: app.large,
    };
    screen_lines(app, &ink).len()
}

/// The text of the detail, documents or help screen as plain lines (for plain mode), wrapped
/// to `width`, in the app's glyph set and without styles.
pub fn scroll_text(app: &App, width: usize) -> Vec<String> {
    let Some(i18n) = I18n::new(app.locales, &app.language) else { return Vec::new() };
    let ink =
        Ink { i18n, theme: Theme::new(app.theme), glyphs: app.glyphs.glyphs(), width: width.max(1), large: false };
    scroll_lines(app, &ink)
        .into_iter()
        .map(|line| line.spans.iter().map(|span| span.content.as_ref()).collect())
        .collect()
}

/// The text of a scrolling screen, in two languages when the bilingual view is on: side by
/// side when there is room, else the second language below the first.
fn screen_lines(app: &App, ink: &Ink) -> Vec<Line<'static>> {
    let second = app.second();
    let bilingual =
        app.bilingual && matches!(app.screen, Screen::Detail(_) | Screen::Documents) && second != app.language;
    let Some(other) = bilingual.then(|| I18n::new(app.locales, second)).flatten() else {
        return scroll_lines(app, ink);
    };
    let divider =
        Line::styled(format!("{} {}", ink.glyphs.separator, other.plain("ui-language-name")), ink.theme.heading);
    if ink.width < 70 {
        let mut lines = scroll_lines(app, ink);
        lines.push(Line::default());
        lines.push(divider);
        let second_ink = Ink { i18n: other, theme: ink.theme, glyphs: ink.glyphs, width: ink.width, large: ink.large };
        lines.extend(scroll_lines(app, &second_ink));
        return lines;
    }
    let half = (ink.width - 2) / 2;
    let Some(first) = I18n::new(app.locales, &app.language) else { return scroll_lines(app, ink) };
    let left_ink = Ink { i18n: first, theme: ink.theme, glyphs: ink.glyphs, width: half, large: ink.large };
    let right_ink = Ink { i18n: other, theme: ink.theme, glyphs: ink.glyphs, width: half, large: ink.large };
    let left = scroll_lines(app, &left_ink);
    let right = scroll_lines(app, &right_ink);
    let blank = Line::default();
    (0..left.len().max(right.len()))
        .map(|index| {
            let a = left.get(index).unwrap_or(&blank);
            let b = right.get(index).unwrap_or(&blank);
            let pad = half.saturating_sub(a.width()) + 2;
            let mut spans: Vec<Span<'static>> =
                a.spans.iter().map(|span| Span::styled(span.content.to_string(), span.style.patch(a.style))).collect();
            spans.push(Span::raw(" ".repeat(pad)));
            spans.extend(b.spans.iter().map(|span| Span::styled(span.content.to_string(), span.style.patch(b.style))));
            Line::from(spans)
        })
        .collect()
}

fn scroll_lines(app: &App, ink: &Ink) -> Vec<Line<'static>> {
    match app.screen {
        Screen::Detail(right) => detail_lines(app, right, ink),
        Screen::Documents => document_lines(app, ink),
        Screen::Help => help_lines(ink),
        Screen::Welcome
        | Screen::Question(_)
        | Screen::Overview
        | Screen::Results
        | Screen::Handout
        | Screen::SaveAs
        | Screen::Personas => Vec::new(),
        Screen::Compare => compare_lines(app, ink),
    }
}

/// The answers kept as A beside the answers now: every right whose status differs.
fn compare_lines(app: &App, ink: &Ink) -> Vec<Line<'static>> {
    let (i18n, theme) = (&ink.i18n, &ink.theme);
    let mut lines = paragraph(&i18n.plain("ui-compare-intro"), "", theme.secondary, ink);
    let Some((_, before)) = &app.compare_a else { return lines };
    lines.push(Line::default());
    let mut any = false;
    for (right, (a, now)) in before.outcomes.iter().zip(&app.evaluation.outcomes).enumerate() {
        if a.status == now.status {
            continue;
        }
        any = true;
        lines.extend(paragraph(
            &i18n.with_dutch(&format!("right-{}", app.content.rights[right].id)),
            &format!("{} ", ink.glyphs.bullet),
            theme.heading,
            ink,
        ));
        let arguments = [
            ("a", i18n.plain(&format!("ui-status-{}", a.status.id())).into()),
            ("now", i18n.plain(&format!("ui-status-{}", now.status.id())).into()),
        ];
        lines.extend(paragraph(&i18n.text("ui-compare-row", &arguments), "  ", theme.text, ink));
    }
    if !any {
        lines.extend(paragraph(&i18n.plain("ui-compare-none"), "", theme.text, ink));
    }
    lines
}

fn section(lines: &mut Vec<Line<'static>>, heading: &str, ink: &Ink) {
    lines.push(Line::default());
    lines.extend(paragraph(heading, "", ink.theme.heading, ink));
}

fn detail_lines(app: &App, right: usize, ink: &Ink) -> Vec<Line<'static>> {
    let (i18n, theme) = (&ink.i18n, &ink.theme);
    let content = app.content;
    let definition = &content.rights[right];
    let report = Report::new(content, app.evaluation.clone());
    let outcome = &app.evaluation.outcomes[right];
    let id = &definition.id;
    let mut lines = Vec::new();
    if !i18n.is_reference() {
        let dutch = i18n.dutch(&format!("right-{id}"));
        lines.extend(paragraph(&i18n.text("ui-detail-dutch-name", &[("name", dutch.into())]), "", theme.heading, ink));
    }
    lines.extend(paragraph(&i18n.plain(&format!("right-{id}-summary")), "", theme.text, ink));
    let status = i18n.plain(&format!("ui-status-{}", outcome.status.id()));
    lines.push(Line::default());
    lines.extend(paragraph(
        &i18n.text("ui-detail-status", &[("status", status.into())]),
        "",
        status_style(outcome.status, theme),
        ink,
    ));

    section(&mut lines, &i18n.plain("ui-detail-why"), ink);
    for reason in report.reasons(right, i18n) {
        lines.extend(paragraph(&reason, "  ", theme.text, ink));
    }
    let used: Vec<String> = outcome
        .facts
        .iter()
        .filter_map(|&fact| {
            let answer = app.answers.get(fact)?;
            let label = i18n.plain(&format!("fact-{}", content.facts[fact].id));
            Some(format!("{label}: {}", report::answer_text(content, i18n, fact, answer)))
        })
        .collect();
    if !used.is_empty() {
        lines.extend(paragraph(
            &i18n.text("ui-detail-based-on", &[("answers", used.join("; ").into())]),
            "  ",
            theme.secondary,
            ink,
        ));
    }

    let conditions: Vec<String> = definition
        .rules
        .iter()
        .filter(|rule| matches!(rule.status, Status::Automatic | Status::Proactive | Status::Request))
        .map(|rule| i18n.plain(&rule.reason))
        .collect();
    if !conditions.is_empty() {
        section(&mut lines, &i18n.plain("ui-detail-conditions"), ink);
        for condition in conditions {
            lines.extend(paragraph(&condition, "- ", theme.text, ink));
        }
    }

    let office = &content.offices[definition.office];
    let office_name = i18n.plain(&format!("office-{}", office.id));
    section(&mut lines, &i18n.text("ui-detail-where", &[("office", office_name.into())]), ink);
    for (kind, text) in report.channel_parts(definition.office, i18n) {
        lines.extend(paragraph(&text, &format!("- {kind}: "), theme.text, ink));
    }
    let counter = format!("right-{id}-counter");
    if i18n.has(&counter) {
        section(&mut lines, &i18n.plain("ui-detail-counter"), ink);
        lines.extend(paragraph(&format!("\"{}\"", i18n.plain(&counter)), "  ", theme.text, ink));
        if !i18n.is_reference() {
            // What to say is Dutch: the counter speaks Dutch.
            let dutch = format!("\"{}\"", i18n.dutch(&counter));
            lines.extend(paragraph(
                &i18n.text("ui-detail-counter-dutch", &[("sentence", dutch.into())]),
                "  ",
                theme.heading,
                ink,
            ));
        }
    }

    section(&mut lines, &i18n.plain("ui-detail-documents"), ink);
    if definition.documents.is_empty() {
        lines.extend(paragraph(&i18n.plain("ui-documents-none"), "  ", theme.text, ink));
    }
    for &document in &definition.documents {
        let document = &content.documents[document].id;
        lines.extend(paragraph(&i18n.with_dutch(&format!("document-{document}")), "- ", theme.text, ink));
        lines.extend(paragraph(&i18n.plain(&format!("document-{document}-where")), "  ", theme.secondary, ink));
    }
    let amounts = report.amounts(right, i18n);
    if !amounts.is_empty() {
        section(&mut lines, &i18n.plain("ui-detail-amounts"), ink);
        for amount in amounts {
            lines.extend(paragraph(&amount, "- ", theme.text, ink));
        }
    }

    let extras: [(Option<String>, &str); 3] = [
        (report.deadline(right, i18n), "ui-detail-deadline"),
        (report.if_missing(right, i18n), "ui-detail-if-missing"),
        (Some(report.opens(right, i18n).join(", ")).filter(|t| !t.is_empty()), "ui-detail-opens"),
    ];
    for (text, heading) in extras {
        if let Some(text) = text {
            section(&mut lines, &i18n.plain(heading), ink);
            lines.extend(paragraph(&text, "  ", theme.text, ink));
        }
    }
    if app.worker {
        section(&mut lines, &i18n.plain("ui-worker-title"), ink);
        for line in report.worker_lines(right, &app.answers, i18n) {
            lines.extend(paragraph(&line, "- ", theme.secondary, ink));
        }
    }
    if let Some(changes) = &app.what_if {
        section(&mut lines, &i18n.plain("ui-detail-what-if"), ink);
        let changes: Vec<String> = changes.iter().map(|change| report::change_text(content, i18n, *change)).collect();
        lines.extend(paragraph(
            &i18n.text("ui-what-if", &[("changes", changes.join("; ").into())]),
            "  ",
            theme.text,
            ink,
        ));
    }
    let to_confirm = report.to_confirm(right, i18n);
    if !to_confirm.is_empty() {
        section(&mut lines, &i18n.plain("ui-detail-to-confirm"), ink);
        for note in to_confirm {
            lines.extend(paragraph(&note, "! ", theme.warning, ink));
        }
    }
    section(&mut lines, &i18n.plain("ui-detail-source"), ink);
    let checked = i18n.date(definition.checked);
    let source: [(&str, FluentValue); 2] = [("source", definition.source.clone().into()), ("checked", checked.into())];
    lines.extend(paragraph(&i18n.text("ui-detail-source-text", &source), "  ", theme.secondary, ink));
    lines
}

fn document_lines(app: &App, ink: &Ink) -> Vec<Line<'static>> {
    let (i18n, theme) = (&ink.i18n, &ink.theme);
    let content = app.content;
    let report = Report::new(content, app.evaluation.clone());
    let mut lines = paragraph(&i18n.plain("ui-documents-intro"), "", theme.secondary, ink);
    let by_office = report.documents_by_office();
    if by_office.is_empty() {
        lines.push(Line::default());
        lines.extend(paragraph(&i18n.plain("ui-documents-none"), "", theme.text, ink));
    }
    for (office, needs) in by_office {
        section(&mut lines, &i18n.plain(&format!("office-{}", content.offices[office].id)), ink);
        for need in needs {
            let document = &content.documents[need.document].id;
            lines.extend(paragraph(&i18n.with_dutch(&format!("document-{document}")), "[ ] ", theme.text, ink));
            let rights: Vec<String> =
                need.rights.iter().map(|&r| i18n.plain(&format!("right-{}", content.rights[r].id))).collect();
            lines.extend(paragraph(
                &i18n.text("ui-document-for", &[("rights", rights.join(", ").into())]),
                "    ",
                theme.secondary,
                ink,
            ));
            let place = i18n.plain(&format!("document-{document}-where"));
            lines.extend(paragraph(
                &i18n.text("ui-document-where", &[("where", place.into())]),
                "    ",
                theme.secondary,
                ink,
            ));
        }
    }
    lines
}

/// The help screen, generated from the key table.
fn help_lines(ink: &Ink) -> Vec<Line<'static>> {
    let mut lines = paragraph(&ink.i18n.plain("ui-help-intro"), "", ink.theme.secondary, ink);
    lines.push(Line::default());
    let mut seen: Vec<&str> = Vec::new();
    for binding in BINDINGS {
        let id = binding.action.id();
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let keys: Vec<&str> = keys_for(binding.action).into_iter().map(|k| ink.glyphs.key_name(k)).collect();
        let keys = keys.join(", ");
        let description = ink.i18n.plain(&binding.action.message());
        // Keys in a column when there is room; on a narrow screen, above their description.
        if ink.width >= 60 && unicode_width(&keys) < 16 {
            let padded = format!("{keys}{}", " ".repeat(16 - unicode_width(&keys)));
            lines.extend(paragraph(&description, &padded, ink.theme.text, ink));
        } else {
            lines.extend(paragraph(&keys, "", ink.theme.key, ink));
            lines.extend(paragraph(&description, "  ", ink.theme.text, ink));
        }
    }
    lines
}
