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
use crate::text::{clean, wrap};
use crate::tui::app::{App, Choice, InputError, ResultRow, Screen, WelcomeRow, is_focusable};
use crate::tui::keymap::{Action, BINDINGS, keys_for};
use crate::tui::theme::Theme;

/// Below this size the screen asks for a larger window instead of drawing a broken layout.
pub const MIN_WIDTH: u16 = 40;
/// See `MIN_WIDTH`.
pub const MIN_HEIGHT: u16 = 12;

const MARKER: &str = "> ";

/// A line of the body, and whether it is the focused row's first line.
struct Row {
    line: Line<'static>,
    focused: bool,
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let theme = Theme::new(app.theme);
    let area = frame.area();
    frame.render_widget(Block::new().style(theme.text), area);
    let Some(i18n) = I18n::new(app.locales, &app.language) else { return };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let lines: Vec<Line> = wrap(&i18n.plain("ui-too-small"), usize::from(area.width.max(1)))
            .into_iter()
            .map(|line| Line::styled(clean(&line), theme.heading))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let hints = hint_lines(app, &i18n, &theme, usize::from(area.width));
    let hint_height = u16::try_from(hints.len()).unwrap_or(1).min(area.height / 3).max(1);
    let [title_area, body_area, hint_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(hint_height)]).areas(area);
    frame.render_widget(Paragraph::new(Line::styled(clean(&title(app, &i18n)), theme.heading)), title_area);
    frame.render_widget(Paragraph::new(hints), hint_area);
    let body = Rect { x: body_area.x + 1, width: body_area.width.saturating_sub(2), ..body_area };
    if app.confirm_quit {
        draw_rows(frame, body, confirm_rows(app, &i18n, &theme, usize::from(body.width)));
        return;
    }
    let width = usize::from(body.width);
    match app.screen {
        Screen::Detail(_) | Screen::Documents | Screen::Help => {
            let lines = scroll_lines(app, &i18n, &theme, width);
            let visible = usize::from(body.height);
            let top = app.scroll.min(lines.len().saturating_sub(visible));
            let shown: Vec<Line> = lines.into_iter().skip(top).take(visible).collect();
            frame.render_widget(Paragraph::new(shown), body);
            frame.set_cursor_position(Position::new(body.x, body.y));
        }
        Screen::Welcome => draw_rows(frame, body, welcome_rows(app, &i18n, &theme, width)),
        Screen::Question(question) => draw_rows(frame, body, question_rows(app, question, &i18n, &theme, width)),
        Screen::Overview => draw_rows(frame, body, overview_rows(app, &i18n, &theme, width)),
        Screen::Results => draw_rows(frame, body, result_rows(app, &i18n, &theme, width)),
    }
}

/// Draws rows, scrolled so the focused row is visible, with the cursor on its marker.
fn draw_rows(frame: &mut Frame, area: Rect, rows: Vec<Row>) {
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
    let lines: Vec<Line> = rows.into_iter().skip(top).take(visible).map(|row| row.line).collect();
    frame.render_widget(Paragraph::new(lines), area);
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
    };
    format!("{name} · {screen}")
}

/// The actions the hint bar offers on the current screen.
fn hint_actions(app: &App) -> Vec<Action> {
    if app.confirm_quit {
        return vec![Action::Digit(1), Action::Back];
    }
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
            vec![Action::Select, Action::Documents, Action::Overview, Action::Back, Action::Help, Action::Quit]
        }
        Screen::Detail(_) | Screen::Documents => {
            vec![Action::Down, Action::Back, Action::Documents, Action::Help, Action::Quit]
        }
        Screen::Help => vec![Action::Down, Action::Back, Action::Quit],
    }
}

/// The hint bar: "Enter kiezen · Esc terug · …", wrapped to the width.
fn hint_lines(app: &App, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut used = 0;
    for action in hint_actions(app) {
        let key = keys_for(action).first().copied().unwrap_or("");
        let label = clean(&i18n.plain(&format!("ui-key-{}", action.id())));
        let needed = unicode_width(key) + 1 + unicode_width(&label) + if current.is_empty() { 0 } else { 3 };
        if used + needed > width && !current.is_empty() {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        if !current.is_empty() {
            current.push(Span::styled(" · ", theme.secondary));
            used += 3;
        }
        current.push(Span::styled(key.to_string(), theme.key));
        current.push(Span::styled(format!(" {label}"), theme.secondary));
        used += unicode_width(key) + 1 + unicode_width(&label);
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
/// of the same width).
fn paragraph(text: &str, first: &str, style: Style, width: usize) -> Vec<Line<'static>> {
    let indent = " ".repeat(unicode_width(first));
    wrap(&clean(text), width.saturating_sub(unicode_width(first)).max(1))
        .into_iter()
        .enumerate()
        .map(|(index, line)| Line::styled(format!("{}{line}", if index == 0 { first } else { &indent }), style))
        .collect()
}

fn text_rows(lines: Vec<Line<'static>>) -> Vec<Row> {
    lines.into_iter().map(|line| Row { line, focused: false }).collect()
}

/// A numbered option row: marker, number, label; focused rows in the focus style.
fn option_rows(
    label: &str,
    number: Option<usize>,
    focused: bool,
    theme: &Theme,
    width: usize,
    large: bool,
) -> Vec<Row> {
    let marker = if focused { MARKER } else { "  " };
    let number = number.map_or_else(|| "   ".to_string(), |n| format!("{n:>2} "));
    let style = if focused { theme.focus } else { theme.text };
    let mut rows: Vec<Row> = paragraph(label, &format!("{marker}{number}"), style, width)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Row { line, focused: focused && index == 0 })
        .collect();
    if large {
        rows.push(Row { line: Line::default(), focused: false });
    }
    rows
}

/// A right's name in a list: a bullet, bold, and the focus marker when focused.
fn name_rows(name: &str, focused: bool, theme: &Theme, width: usize) -> Vec<Row> {
    let prefix = if focused { format!("{MARKER}*  ") } else { "   *  ".to_string() };
    let style = if focused { theme.focus } else { theme.heading };
    paragraph(name, &prefix, style, width)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Row { line, focused: focused && index == 0 })
        .collect()
}

fn blank() -> Row {
    Row { line: Line::default(), focused: false }
}

fn welcome_rows(app: &App, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Row> {
    let mut rows = text_rows(paragraph(&i18n.plain("ui-welcome-intro"), "", theme.text, width));
    rows.extend(text_rows(paragraph(&i18n.plain("ui-welcome-reassure"), "", theme.ok, width)));
    let chosen = i18n.plain("ui-chosen");
    let mut section = None;
    for (index, row) in app.welcome_rows().into_iter().enumerate() {
        let heading = match row {
            WelcomeRow::Language(_) => Some("ui-welcome-language"),
            WelcomeRow::Normal | WelcomeRow::Large | WelcomeRow::Contrast => Some("ui-welcome-reading"),
            WelcomeRow::Start => None,
        };
        if heading != section {
            rows.push(blank());
            if let Some(heading) = heading {
                rows.extend(text_rows(paragraph(&i18n.plain(heading), "", theme.heading, width)));
            }
            section = heading;
        }
        let (label, active) = match row {
            WelcomeRow::Language(locale) => {
                let locale = &app.locales.locales[locale];
                // Each language is named in itself, so a person finds their own.
                let name = I18n::new(app.locales, &locale.id)
                    .map_or_else(|| locale.id.clone(), |own| own.plain("ui-language-name"));
                (name, locale.id == app.language)
            }
            WelcomeRow::Normal => {
                (i18n.plain("ui-mode-normal"), !app.large && app.theme == crate::tui::theme::ThemeName::Standard)
            }
            WelcomeRow::Large => (i18n.plain("ui-mode-large"), app.large),
            WelcomeRow::Contrast => {
                (i18n.plain("ui-mode-contrast"), app.theme == crate::tui::theme::ThemeName::HighContrastDark)
            }
            WelcomeRow::Start => (i18n.plain("ui-start"), false),
        };
        let label = if active { format!("{label} ({chosen})") } else { label };
        rows.extend(option_rows(&label, Some(index + 1), app.focus == index, theme, width, false));
    }
    rows
}

fn question_rows(app: &App, question: usize, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Row> {
    let definition = &app.content.questions[question];
    let fact = &app.content.facts[definition.fact];
    let mut rows = text_rows(paragraph(&i18n.plain(&format!("question-{}", definition.id)), "", theme.heading, width));
    rows.extend(text_rows(paragraph(
        &i18n.plain(&format!("question-{}-help", definition.id)),
        "",
        theme.secondary,
        width,
    )));
    let instruction = match &fact.kind {
        FactKind::Set(_) => Some("ui-question-several"),
        FactKind::Integer { .. } => Some("ui-question-number"),
        FactKind::YesNo | FactKind::Choice(_) => None,
    };
    if let Some(instruction) = instruction {
        rows.extend(text_rows(paragraph(&i18n.plain(instruction), "", theme.secondary, width)));
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
        rows.extend(option_rows(&label, number, focused, theme, width, app.large));
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
        rows.extend(text_rows(paragraph(&text, &format!("{} ", i18n.plain("ui-error-prefix")), theme.error, width)));
    }
    rows
}

fn overview_rows(app: &App, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Row> {
    let mut rows = text_rows(paragraph(&i18n.plain("ui-overview-intro"), "", theme.secondary, width));
    rows.push(blank());
    for (index, &question) in app.plan.sequence.iter().enumerate() {
        let definition = &app.content.questions[question];
        let answer = app.answers.get(definition.fact).map_or_else(
            || i18n.plain("ui-not-answered"),
            |answer| report::answer_text(app.content, i18n, definition.fact, answer),
        );
        let label = format!("{}: {answer}", i18n.plain(&format!("fact-{}", app.content.facts[definition.fact].id)));
        rows.extend(option_rows(&label, Some(index + 1), app.focus == index, theme, width, app.large));
    }
    let last = app.plan.sequence.len();
    rows.extend(option_rows(&i18n.plain("ui-to-results"), Some(last + 1), app.focus == last, theme, width, app.large));
    rows
}

fn status_style(status: Status, theme: &Theme) -> Style {
    match status {
        Status::Automatic | Status::Already => theme.ok,
        Status::Unknown => theme.warning,
        Status::Proactive | Status::Request | Status::Unlikely => theme.heading,
    }
}

fn result_rows(app: &App, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Row> {
    let report = Report::new(app.content, app.evaluation.clone());
    let mut rows = text_rows(paragraph(&i18n.plain("ui-report-disclaimer"), "", theme.secondary, width));
    let mut focus_index = 0;
    for row in app.result_rows() {
        let focused = is_focusable(&row) && focus_index == app.focus;
        if is_focusable(&row) {
            focus_index += 1;
        }
        match row {
            ResultRow::Heading(status) => {
                rows.push(blank());
                let heading = i18n.plain(&format!("ui-status-{}", status.id())).to_uppercase();
                rows.extend(text_rows(paragraph(&heading, "", status_style(status, theme), width)));
            }
            ResultRow::Empty => {
                rows.extend(text_rows(paragraph(&i18n.plain("ui-group-empty"), "   ", theme.secondary, width)))
            }
            ResultRow::ToggleUnlikely(count) => {
                let id = if app.show_unlikely { "ui-hide-unlikely" } else { "ui-show-unlikely" };
                rows.extend(option_rows(
                    &i18n.text(id, &[("count", count.into())]),
                    None,
                    focused,
                    theme,
                    width,
                    false,
                ));
            }
            ResultRow::Right(right) => {
                let name = i18n.plain(&format!("right-{}", app.content.rights[right].id));
                rows.extend(name_rows(&name, focused, theme, width));
                let summary = i18n.plain(&format!("right-{}-summary", app.content.rights[right].id));
                rows.extend(text_rows(paragraph(&summary, "      ", theme.text, width)));
                if let Some(reason) = report.reasons(right, i18n).first() {
                    rows.extend(text_rows(paragraph(reason, "      ", theme.secondary, width)));
                }
                if app.large {
                    rows.push(blank());
                }
            }
        }
    }
    rows
}

fn confirm_rows(app: &App, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Row> {
    let mut rows = text_rows(paragraph(&i18n.plain("ui-quit-question"), "", theme.heading, width));
    rows.push(blank());
    rows.extend(option_rows(&i18n.plain("ui-quit-yes"), Some(1), app.quit_focus_yes, theme, width, false));
    rows.extend(option_rows(&i18n.plain("ui-quit-no"), Some(2), !app.quit_focus_yes, theme, width, false));
    rows
}

/// How many lines the scrolling screen (detail, documents, help) has at the current size.
pub fn scroll_length(app: &App) -> usize {
    let Some(i18n) = I18n::new(app.locales, &app.language) else { return 0 };
    let theme = Theme::new(app.theme);
    scroll_lines(app, &i18n, &theme, usize::from(app.size.0.saturating_sub(2)).max(1)).len()
}

fn scroll_lines(app: &App, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    match app.screen {
        Screen::Detail(right) => detail_lines(app, right, i18n, theme, width),
        Screen::Documents => document_lines(app, i18n, theme, width),
        Screen::Help => help_lines(i18n, theme, width),
        Screen::Welcome | Screen::Question(_) | Screen::Overview | Screen::Results => Vec::new(),
    }
}

fn section(lines: &mut Vec<Line<'static>>, heading: &str, theme: &Theme, width: usize) {
    lines.push(Line::default());
    lines.extend(paragraph(heading, "", theme.heading, width));
}

fn detail_lines(app: &App, right: usize, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let content = app.content;
    let definition = &content.rights[right];
    let report = Report::new(content, app.evaluation.clone());
    let outcome = &app.evaluation.outcomes[right];
    let id = &definition.id;
    let mut lines = paragraph(&i18n.plain(&format!("right-{id}-summary")), "", theme.text, width);
    let status = i18n.plain(&format!("ui-status-{}", outcome.status.id()));
    lines.push(Line::default());
    lines.extend(paragraph(
        &i18n.text("ui-detail-status", &[("status", status.into())]),
        "",
        status_style(outcome.status, theme),
        width,
    ));

    section(&mut lines, &i18n.plain("ui-detail-why"), theme, width);
    for reason in report.reasons(right, i18n) {
        lines.extend(paragraph(&reason, "  ", theme.text, width));
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
            width,
        ));
    }

    let conditions: Vec<String> = definition
        .rules
        .iter()
        .filter(|rule| matches!(rule.status, Status::Automatic | Status::Proactive | Status::Request))
        .map(|rule| i18n.plain(&rule.reason))
        .collect();
    if !conditions.is_empty() {
        section(&mut lines, &i18n.plain("ui-detail-conditions"), theme, width);
        for condition in conditions {
            lines.extend(paragraph(&condition, "- ", theme.text, width));
        }
    }

    let office = &content.offices[definition.office];
    section(
        &mut lines,
        &i18n.text("ui-detail-where", &[("office", i18n.plain(&format!("office-{}", office.id)).into())]),
        theme,
        width,
    );
    for channel in &office.channels {
        let mut text = i18n.plain(&format!("office-{}-{}", office.id, channel.kind.id()));
        if let Some(phone) = &channel.phone {
            text = format!("{phone}. {text}");
        }
        if let Some(url) = &channel.url {
            text = format!("{text} {url}");
        }
        let label = format!("{}: ", i18n.plain(&format!("ui-channel-{}", channel.kind.id())));
        lines.extend(paragraph(&text, &format!("- {label}"), theme.text, width));
    }
    let counter = format!("right-{id}-counter");
    if i18n.has(&counter) {
        section(&mut lines, &i18n.plain("ui-detail-counter"), theme, width);
        lines.extend(paragraph(&format!("\"{}\"", i18n.plain(&counter)), "  ", theme.text, width));
    }

    section(&mut lines, &i18n.plain("ui-detail-documents"), theme, width);
    if definition.documents.is_empty() {
        lines.extend(paragraph(&i18n.plain("ui-documents-none"), "  ", theme.text, width));
    }
    for &document in &definition.documents {
        let document = &content.documents[document].id;
        lines.extend(paragraph(&i18n.plain(&format!("document-{document}")), "- ", theme.text, width));
        lines.extend(paragraph(&i18n.plain(&format!("document-{document}-where")), "  ", theme.secondary, width));
    }

    let extras: [(Option<String>, &str); 3] = [
        (report.deadline(right, i18n), "ui-detail-deadline"),
        (report.if_missing(right, i18n), "ui-detail-if-missing"),
        (Some(report.opens(right, i18n).join(", ")).filter(|t| !t.is_empty()), "ui-detail-opens"),
    ];
    for (text, heading) in extras {
        if let Some(text) = text {
            section(&mut lines, &i18n.plain(heading), theme, width);
            lines.extend(paragraph(&text, "  ", theme.text, width));
        }
    }
    let to_confirm = report.to_confirm(right, i18n);
    if !to_confirm.is_empty() {
        section(&mut lines, &i18n.plain("ui-detail-to-confirm"), theme, width);
        for note in to_confirm {
            lines.extend(paragraph(&note, "! ", theme.warning, width));
        }
    }
    section(&mut lines, &i18n.plain("ui-detail-source"), theme, width);
    let checked = i18n.date(definition.checked);
    let source: [(&str, FluentValue); 2] = [("source", definition.source.clone().into()), ("checked", checked.into())];
    lines.extend(paragraph(&i18n.text("ui-detail-source-text", &source), "  ", theme.secondary, width));
    lines
}

fn document_lines(app: &App, i18n: &I18n, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let content = app.content;
    let report = Report::new(content, app.evaluation.clone());
    let mut lines = paragraph(&i18n.plain("ui-documents-intro"), "", theme.secondary, width);
    let by_office = report.documents_by_office();
    if by_office.is_empty() {
        lines.push(Line::default());
        lines.extend(paragraph(&i18n.plain("ui-documents-none"), "", theme.text, width));
    }
    for (office, needs) in by_office {
        section(&mut lines, &i18n.plain(&format!("office-{}", content.offices[office].id)), theme, width);
        for need in needs {
            let document = &content.documents[need.document].id;
            lines.extend(paragraph(&i18n.plain(&format!("document-{document}")), "[ ] ", theme.text, width));
            let rights: Vec<String> =
                need.rights.iter().map(|&r| i18n.plain(&format!("right-{}", content.rights[r].id))).collect();
            lines.extend(paragraph(
                &i18n.text("ui-document-for", &[("rights", rights.join(", ").into())]),
                "    ",
                theme.secondary,
                width,
            ));
            let place = i18n.plain(&format!("document-{document}-where"));
            lines.extend(paragraph(
                &i18n.text("ui-document-where", &[("where", place.into())]),
                "    ",
                theme.secondary,
                width,
            ));
        }
    }
    lines
}

/// The help screen, generated from the key table.
fn help_lines(i18n: &I18n, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = paragraph(&i18n.plain("ui-help-intro"), "", theme.secondary, width);
    lines.push(Line::default());
    let mut seen: Vec<&str> = Vec::new();
    for binding in BINDINGS {
        let id = binding.action.id();
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let keys = keys_for(binding.action).join(", ");
        lines.extend(paragraph(&i18n.plain(&binding.action.message()), &format!("{keys:<16}"), theme.text, width));
    }
    lines
}
