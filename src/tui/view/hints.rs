//! The hint bar: the keys the current screen offers, taken from the key table, wrapped to the
//! width; in large mode the first three only, so the hints never take the room of the question.

use ratatui::text::{Line, Span};
use rechtenwijzer_core::interview::Choice;
use rechtenwijzer_core::text::{clean, fit};

use super::widgets::{Ctx, width};
use crate::tui::app::{App, Screen};
use crate::tui::keymap::{Action, keys_for};

/// The actions the hint bar offers on the current screen.
pub fn actions(app: &App) -> Vec<Action> {
    let mut actions = if app.modal().is_some() {
        vec![Action::Digit(1), Action::Back]
    } else {
        let screen = app.screen();
        let integer = matches!(screen, Screen::Question(q) if app.choices(q).contains(&Choice::Input));
        match screen {
            Screen::Welcome => vec![Action::Digit(1), Action::Select, Action::Help, Action::Quit],
            Screen::Question(_) if integer => vec![
                Action::Select,
                Action::Down,
                Action::Back,
                Action::Overview,
                Action::Results,
                Action::Help,
                Action::Quit,
            ],
            Screen::Question(_) => vec![
                Action::Digit(1),
                Action::Select,
                Action::Back,
                Action::Overview,
                Action::Results,
                Action::Help,
                Action::Quit,
            ],
            Screen::Overview => vec![Action::Select, Action::Back, Action::Results, Action::Help, Action::Quit],
            Screen::Results => vec![
                Action::Select,
                Action::Back,
                Action::Documents,
                Action::Handout,
                Action::Overview,
                Action::Help,
                Action::Quit,
            ],
            Screen::Detail(_) | Screen::Documents => {
                vec![Action::Down, Action::Back, Action::Documents, Action::Handout, Action::Help, Action::Quit]
            }
            Screen::Handout | Screen::Personas => vec![Action::Digit(1), Action::Select, Action::Back, Action::Quit],
            Screen::Compare => vec![Action::Down, Action::Back, Action::Compare, Action::Quit],
            Screen::SaveAs => vec![Action::Select, Action::Back],
            Screen::Help => vec![Action::Down, Action::Back, Action::Quit],
        }
    };
    // On a shared computer, starting over and wiping everything is always one key away;
    // Q there means the same.
    if app.is_kiosk() && actions.contains(&Action::Quit) {
        actions.retain(|action| *action != Action::Quit);
        actions.push(Action::StartOver);
    }
    if app.look().large {
        // Few hints, but never without help and the way to stop.
        let keep = |action: &Action| matches!(action, Action::Help | Action::Quit | Action::StartOver);
        let first: Vec<Action> = actions.iter().copied().filter(|a| !keep(a)).take(2).collect();
        let last: Vec<Action> = actions.iter().copied().filter(keep).collect();
        actions = first.into_iter().chain(last).collect();
    }
    actions
}

/// The hint bar: "Enter kiezen · Esc terug · …", wrapped to the width. While a first digit
/// waits for a second, the bar says so instead.
pub fn lines(app: &App, ctx: &Ctx, room: usize) -> Vec<Line<'static>> {
    if let Some(digit) = app.typed_digit() {
        let text = ctx.i18n.text("ui-digit-pending", &[("number", digit.into())]);
        let narrow = ctx.with(ctx.i18n, room);
        return super::widgets::paragraph(&text, "", ctx.theme.key, &narrow);
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut used = 0;
    let separator = format!(" {} ", ctx.glyphs.separator);
    for action in actions(app) {
        let numbers;
        let key = match action {
            // The numbers there are on this screen: "1-12", not "1-9".
            Action::Digit(_) if app.focusable() > 1 => {
                numbers = format!("1-{}", app.focusable());
                numbers.as_str()
            }
            _ => ctx.glyphs.key_name(keys_for(action).first().copied().unwrap_or("")),
        };
        let label = clean(&ctx.i18n.msg(&action.hint()));
        let item = width(key) + 1 + width(&label);
        if used + item + width(&separator) > room && !current.is_empty() {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        if !current.is_empty() {
            current.push(Span::styled(separator.clone(), ctx.theme.secondary));
            used += width(&separator);
        }
        let label = fit(&format!(" {label}"), room.saturating_sub(used + width(key)), ctx.glyphs.ellipsis);
        let label = super::widgets::visual(&label, 0, ctx.rtl);
        used += width(key) + width(&label);
        current.push(Span::styled(key.to_string(), ctx.theme.key));
        current.push(Span::styled(label, ctx.theme.secondary));
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    if ctx.rtl {
        // Right to left: the hints are read from the right, each key to the right of its label.
        for line in &mut lines {
            line.spans.reverse();
            line.spans.insert(0, Span::raw(" ".repeat(room.saturating_sub(line.width()))));
        }
    }
    lines
}
