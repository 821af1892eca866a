//! The pure view: draws an `App` into a frame. It changes nothing but the room it found (how
//! far text can scroll, how many rows a page holds), which the model reads to keep the focus
//! and the scroll on screen. Every word comes from the messages; text is wrapped by display
//! width; the terminal cursor sits on the focused row.

pub mod bilingual;
pub mod hints;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use rechtenwijzer_core::i18n::{I18n, ids};
use rechtenwijzer_core::text::{clean, fit, wrap_within};

use crate::tui::app::{App, Screen};
use crate::tui::screens;
use crate::tui::theme::Theme;
use widgets::{
    Ctx, Row, Scrolling, big_heading, draw_more, draw_rows, paragraph, split_top, split_top_bottom, text_rows, visual,
};

/// Below this size the screen asks for a larger window instead of drawing a broken layout.
pub const MIN_WIDTH: u16 = 40;
/// See `MIN_WIDTH`.
pub const MIN_HEIGHT: u16 = 12;

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let look = app.look();
    let theme = Theme::new(look.theme);
    let glyphs = look.glyphs.glyphs();
    let area = frame.area();
    frame.render_widget(Block::new().style(theme.text), area);
    let Some(i18n) = I18n::new(app.locales(), &look.language) else { return };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let room = usize::from(area.width.max(1));
        let rtl = i18n.is_right_to_left();
        let lines: Vec<Line> = wrap_within(&clean(&i18n.msg("ui-too-small")), room, glyphs.ellipsis)
            .into_iter()
            .map(|line| Line::styled(visual(&line, room, rtl), theme.heading))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let ctx = Ctx::new(i18n, theme, glyphs, usize::from(area.width.saturating_sub(2)), look.large);
    let hints = hints::lines(app, &ctx, usize::from(area.width));
    let hint_height = u16::try_from(hints.len()).unwrap_or(1).min(area.height / 3).max(1);
    let [title_area, body_area, hint_area] = split_top_bottom(area, 1, hint_height);
    let title = fit(&clean(&title(app, &ctx.i18n, glyphs.separator)), usize::from(area.width), glyphs.ellipsis);
    let title = visual(&title, usize::from(area.width), ctx.rtl);
    frame.render_widget(Paragraph::new(Line::styled(title, theme.heading)), title_area);
    frame.render_widget(Paragraph::new(hints), hint_area);
    let body = Rect { x: body_area.x + 1, width: body_area.width.saturating_sub(2), ..body_area };
    // On a kiosk left alone: the countdown comes before anything else.
    let body = match app.countdown() {
        Some(left) => {
            let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
            let text = ctx.i18n.text("ui-idle-countdown", &[("seconds", seconds.into())]);
            let lines: Vec<Line> = paragraph(&text, "! ", ctx.theme.error, &ctx);
            let height = u16::try_from(lines.len()).unwrap_or(1).min(body.height.saturating_sub(1));
            let [warning, rest] = split_top(body, height);
            frame.render_widget(Paragraph::new(lines), warning);
            rest
        }
        None => body,
    };
    if let Some(modal) = app.modal() {
        draw_rows(frame, body, screens::confirm::rows(modal, &ctx), &ctx, Scrolling::default());
        return;
    }
    let screen = app.screen();
    // Notes that must not be missed stay at the top, whatever the list scrolls to. (On the
    // welcome screen they stand in its text, so they never push out what the program is.)
    let notice = app.notice().filter(|_| screen != Screen::Handout);
    let body = if matches!(screen, Screen::Results) || notice.is_some() {
        let mut rows = notes(&ctx);
        if let Some(notice) = notice {
            let (prefix, style) = if notice.ok { ("", ctx.theme.ok) } else { ("! ", ctx.theme.error) };
            rows.extend(text_rows(paragraph(&ctx.i18n.msg(notice.message), prefix, style, &ctx)));
        }
        let lines: Vec<Line> = rows.into_iter().map(|row| row.line).collect();
        let height = u16::try_from(lines.len()).unwrap_or(0).min(body.height / 2);
        let [pinned, rest] = split_top(body, height);
        frame.render_widget(Paragraph::new(lines), pinned);
        rest
    } else {
        body
    };
    // The question stays at the top while its options scroll below it (large mode, long
    // lists); in a workshop the persona's story stands above it.
    let body = match screen {
        Screen::Question(question) => {
            let mut lines = training_story(app, &ctx);
            lines.extend(screens::question::heading(app, question, &ctx));
            let height = u16::try_from(lines.len()).unwrap_or(0).min(body.height / 2);
            let [pinned, rest] = split_top(body, height);
            frame.render_widget(Paragraph::new(lines), pinned);
            rest
        }
        _ => body,
    };
    let room = app.room();
    let scrolling = Scrolling { reveal: app.scroll(), at_end: app.focus() + 1 >= app.focusable() };
    if screen.scrolls() {
        let lines = scroll_lines(app, &ctx);
        let visible = usize::from(body.height);
        let last = lines.len().saturating_sub(visible);
        room.last_scroll.set(Some(last));
        room.page.set(Some(visible));
        let top = app.scroll().min(last);
        let shown: Vec<Line> = lines.into_iter().skip(top).take(visible).collect();
        frame.render_widget(Paragraph::new(shown), body);
        frame.set_cursor_position(Position::new(ctx.marker_x(body), body.y));
        if top < last {
            draw_more(frame, body_area, &ctx);
        }
        return;
    }
    let rows: Vec<Row> = match screen {
        Screen::Welcome => {
            let rows = screens::welcome::rows(app, &ctx);
            let allowed = look.large && look.glyphs.big_text();
            let body = big_heading(frame, body, &ctx.i18n.msg("ui-welcome-title"), allowed, &ctx);
            let (page, hidden) = draw_rows(frame, body, rows, &ctx, scrolling);
            room.page.set(Some(page));
            room.hidden_above.set(Some(hidden));
            return;
        }
        Screen::Question(question) => screens::question::rows(app, question, &ctx),
        Screen::Handout => screens::handout::rows(app, &ctx),
        Screen::Personas => screens::personas::rows(app, &ctx),
        Screen::SaveAs => screens::handout::save_as_rows(app, &ctx),
        Screen::Overview => screens::overview::rows(app, &ctx),
        Screen::Results => screens::results::rows(app, &ctx),
        Screen::Detail(_) | Screen::Documents | Screen::Help | Screen::Compare => Vec::new(),
    };
    let (page, hidden) = draw_rows(frame, body, rows, &ctx, scrolling);
    room.page.set(Some(page));
    room.hidden_above.set(Some(hidden));
}

/// The text of a scrolling screen, in two languages when the bilingual view is on (the detail
/// and the checklist).
fn scroll_lines(app: &App, ctx: &Ctx) -> Vec<Line<'static>> {
    let screen = app.screen();
    let draw = |ctx: &Ctx| match screen {
        Screen::Detail(right) => screens::detail::lines(app, right, ctx),
        Screen::Documents => screens::documents::lines(app, ctx),
        Screen::Help => screens::help::lines(ctx),
        Screen::Compare => screens::compare::lines(app, ctx),
        Screen::Welcome
        | Screen::Question(_)
        | Screen::Overview
        | Screen::Results
        | Screen::Handout
        | Screen::SaveAs
        | Screen::Personas => Vec::new(),
    };
    let look = app.look();
    let second = app.second_language();
    let bilingual =
        look.bilingual && matches!(screen, Screen::Detail(_) | Screen::Documents) && second != look.language;
    match bilingual.then(|| I18n::new(app.locales(), second)).flatten() {
        Some(other) => bilingual::pair(ctx, &ctx.with(other, ctx.width), draw),
        None => draw(ctx),
    }
}

/// The title line: what this screen is, and what mode the session is in (a workshop, the worker
/// view). In large mode the program's name gives way to the screen's.
fn title(app: &App, i18n: &I18n, separator: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !app.look().large {
        parts.push(i18n.msg("ui-app-name"));
    }
    if app.training().is_some() {
        parts.push(i18n.msg("ui-training-title"));
    }
    if app.look().worker {
        parts.push(i18n.msg("ui-worker-on"));
    }
    let screen = match app.screen() {
        Screen::Welcome => i18n.msg("ui-welcome-title"),
        Screen::Question(question) => {
            let (number, total) = app.plan().progress(question);
            i18n.text("ui-question-progress", &[("number", number.into()), ("total", total.into())])
        }
        Screen::Overview => i18n.msg("ui-overview-title"),
        Screen::Results => i18n.msg("ui-results-title"),
        Screen::Detail(right) => i18n.msg(&ids::right(&app.content().rights[right].id)),
        Screen::Documents => i18n.msg("ui-documents-title"),
        Screen::Help => i18n.msg("ui-help-title"),
        Screen::Handout => i18n.msg("ui-handout-title"),
        Screen::Personas => i18n.msg("ui-personas-title"),
        Screen::Compare => i18n.msg("ui-compare-screen-title"),
        Screen::SaveAs => i18n.msg("ui-save-as-title"),
    };
    parts.push(screen);
    parts.join(&format!(" {separator} "))
}

/// In a workshop, the persona's story above each of its questions, so the room knows whose
/// answers these are.
fn training_story(app: &App, ctx: &Ctx) -> Vec<Line<'static>> {
    let Some(persona) = app.training().and_then(|training| training.persona) else { return Vec::new() };
    let Some(scenario) = app.content().scenarios.get(persona) else { return Vec::new() };
    let mut lines = paragraph(&ctx.i18n.msg(&ids::scenario_story(&scenario.id)), "", ctx.theme.secondary, ctx);
    lines.push(Line::default());
    lines
}

/// One-line notes that must not be missed: a translation not yet checked by a native speaker.
pub fn notes(ctx: &Ctx) -> Vec<Row> {
    let mut rows = Vec::new();
    if !ctx.i18n.reviewed() {
        rows.extend(text_rows(paragraph(&ctx.i18n.msg("ui-unreviewed"), "! ", ctx.theme.warning, ctx)));
    }
    rows
}
