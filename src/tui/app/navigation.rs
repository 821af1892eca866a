//! Where the person is: the screen shown, the focused row, how far text is scrolled, and the
//! screens Back and Forward lead to (bounded, so a long session cannot grow without end); and
//! how the App moves: going to a screen, back and forward, focus, scrolling, and what a screen
//! shows first when it is entered.

use rechtenwijzer_core::interview::Choice;
use rechtenwijzer_core::model::answers::{Answer, Value};
use rechtenwijzer_core::report::view::what_would_change;

use super::{App, Command, Draft, Notice, WelcomeRow};
use crate::tui::keymap::Action;

use std::cell::Cell;

/// How many screens Back remembers; older ones are forgotten.
pub const HISTORY_LIMIT: usize = 64;

/// The screens of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Language, reading mode, and the reassurance that nothing is stored.
    Welcome,
    /// One question (index into `Content::questions`).
    Question(usize),
    /// Every answer so far, to jump to any and change it.
    Overview,
    /// Training: the example households to choose from.
    Personas,
    /// The answers kept as A beside the answers now: which rights change status.
    Compare,
    /// Print the results and the checklist, or save them in a file.
    Handout,
    /// Type the name of the file to save the handout in.
    SaveAs,
    /// Rights grouped by status.
    Results,
    /// One right in full (index into `Content::rights`).
    Detail(usize),
    /// The merged checklist of documents, by office.
    Documents,
    /// Every key and what it does.
    Help,
}

impl Screen {
    /// Whether the screen is text that scrolls (rather than rows to choose from).
    pub fn scrolls(self) -> bool {
        matches!(self, Screen::Detail(_) | Screen::Documents | Screen::Help | Screen::Compare)
    }
}

/// The room the last frame gave a scrolling screen: written by the view as it draws (like
/// ratatui's stateful widgets), read by the model to keep scrolling within the text.
#[derive(Debug, Default)]
pub struct Room {
    /// The furthest the text can scroll.
    pub last_scroll: Cell<Option<usize>>,
    /// The rows of text (or of options) on screen: a page.
    pub page: Cell<Option<usize>>,
    /// On a screen of options: how many rows of text above the first option are out of view
    /// (Up on the first option brings them into view).
    pub hidden_above: Cell<Option<usize>>,
}

/// A screen left behind, with where the person was on it, so Back returns to the same place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Visit {
    /// The screen.
    pub(super) screen: Screen,
    /// The focused row.
    pub(super) focus: usize,
    /// How far it was scrolled.
    pub(super) scroll: usize,
}

/// The screen, the focus, the scroll position and the way back.
#[derive(Debug)]
pub(super) struct Navigation {
    /// The screen shown.
    pub(super) screen: Screen,
    /// The focused row of the screen.
    pub(super) focus: usize,
    /// How far the text of the screen is scrolled.
    pub(super) scroll: usize,
    /// What the last frame left room for.
    pub(super) room: Room,
    history: Vec<Visit>,
    future: Vec<Visit>,
}

impl Navigation {
    /// Starts on `screen`.
    pub(super) fn new(screen: Screen) -> Navigation {
        Navigation { screen, focus: 0, scroll: 0, room: Room::default(), history: Vec::new(), future: Vec::new() }
    }

    fn here(&self) -> Visit {
        Visit { screen: self.screen, focus: self.focus, scroll: self.scroll }
    }

    /// Moves to another screen; Back returns here. Returns whether the screen changed.
    pub(super) fn go(&mut self, screen: Screen) -> bool {
        if screen == self.screen {
            return false;
        }
        self.history.push(self.here());
        if self.history.len() > HISTORY_LIMIT {
            self.history.remove(0);
        }
        self.future.clear();
        self.screen = screen;
        true
    }

    /// Back to the previous screen; returns where the person was on it.
    pub(super) fn back(&mut self) -> Option<Visit> {
        let previous = self.history.pop()?;
        self.future.push(self.here());
        self.screen = previous.screen;
        Some(previous)
    }

    /// Forward again after Back; returns where the person was on it.
    pub(super) fn forward(&mut self) -> Option<Visit> {
        let next = self.future.pop()?;
        self.history.push(self.here());
        self.screen = next.screen;
        Some(next)
    }

    /// Returns to the screen Back would show without remembering this one (after changing an
    /// answer from the overview); returns where the person was on it.
    pub(super) fn return_to_previous(&mut self) -> Option<Visit> {
        let previous = self.history.pop()?;
        self.future.clear();
        self.screen = previous.screen;
        Some(previous)
    }

    /// The screen Back would return to.
    pub(super) fn previous(&self) -> Option<Screen> {
        self.history.last().map(|visit| visit.screen)
    }

    /// Forgets the way back and forward (a reset).
    pub(super) fn forget(&mut self, screen: Screen) {
        self.history.clear();
        self.future.clear();
        self.screen = screen;
    }

    /// The screens Back would return to, oldest first.
    pub(super) fn history(&self) -> Vec<Screen> {
        self.history.iter().map(|visit| visit.screen).collect()
    }

    /// Rows per page, from the last frame (a guess before the first).
    pub(super) fn page(&self) -> usize {
        self.room.page.get().unwrap_or(18).saturating_sub(2).max(1)
    }

    /// Scrolls the text; `by` rows down (negative: up), within the text the last frame drew.
    pub(super) fn scroll_by(&mut self, by: isize) {
        let last = self.room.last_scroll.get().unwrap_or(usize::MAX);
        self.scroll = self.scroll.min(last).saturating_add_signed(by).min(last);
    }
}

impl<'a> App<'a> {
    /// Shows another screen; Back returns here. In a workshop, nothing of the results opens
    /// before the trainer shows them (F6).
    pub fn go(&mut self, screen: Screen) -> Option<Command> {
        let reveals = matches!(screen, Screen::Detail(_) | Screen::Documents | Screen::Handout | Screen::Compare);
        if reveals && self.results_hidden() {
            self.notice = Some(Notice { ok: false, message: "ui-training-hidden" });
            return None;
        }
        if self.nav.go(screen) {
            self.enter();
        }
        None
    }

    pub(super) fn back(&mut self) -> Option<Command> {
        if let Some(visit) = self.nav.back() {
            self.enter();
            self.restore(visit);
        }
        None
    }

    pub(super) fn forward(&mut self) -> Option<Command> {
        if let Some(visit) = self.nav.forward() {
            self.enter();
            self.restore(visit);
        }
        None
    }

    /// Puts the focus and the scroll back where the person left them on this screen (reading
    /// the rights one by one, Back returns to the one just read).
    pub(super) fn restore(&mut self, visit: Visit) {
        if visit.screen == self.nav.screen {
            self.nav.focus = visit.focus.min(self.focusable().saturating_sub(1));
            self.nav.scroll = visit.scroll;
        }
    }

    pub(super) fn move_focus(&mut self, action: Action, count: usize) {
        let last = count.saturating_sub(1);
        let page = self.nav.page();
        let focus = self.nav.focus;
        // On the first option, Up, PgUp and Home bring the text above it into view (the
        // welcome sentences, a long question); any other move shows the focus again.
        let hidden = self.nav.room.hidden_above.get().unwrap_or(0);
        self.nav.scroll = match action {
            Action::Up if focus == 0 => (self.nav.scroll + 1).min(hidden),
            Action::PageUp if focus == 0 => (self.nav.scroll + page).min(hidden),
            Action::Home => hidden,
            _ => 0,
        };
        self.nav.focus = match action {
            Action::Up => focus.saturating_sub(1),
            Action::Down => (focus + 1).min(last),
            Action::PageUp => focus.saturating_sub(page),
            Action::PageDown => (focus + page).min(last),
            Action::Home => 0,
            Action::End => last,
            _ => focus.min(last),
        };
    }

    pub(super) fn update_list(
        &mut self,
        action: Action,
        open: impl FnOnce(&mut App<'a>, usize) -> Option<Command>,
    ) -> Option<Command> {
        let count = self.focusable();
        match action {
            Action::Select => open(self, self.nav.focus),
            _ => {
                self.move_focus(action, count);
                None
            }
        }
    }

    pub(super) fn update_scroll(&mut self, action: Action) -> Option<Command> {
        let page = isize::try_from(self.nav.page()).unwrap_or(isize::MAX);
        match action {
            Action::Up => self.nav.scroll_by(-1),
            Action::Down => self.nav.scroll_by(1),
            Action::PageUp => self.nav.scroll_by(-page),
            Action::PageDown | Action::Select => self.nav.scroll_by(page),
            Action::Home => self.nav.scroll = 0,
            Action::End => self.nav.scroll_by(isize::MAX),
            Action::Erase => return self.back(),
            _ => self.nav.scroll_by(0),
        }
        None
    }

    /// Sets the focus, scroll and draft for the screen just entered, from the answers.
    pub(super) fn enter(&mut self) {
        self.nav.focus = 0;
        self.nav.scroll = 0;
        self.nav.room = Room::default();
        self.draft = Draft::default();
        self.what_if.clear();
        match self.nav.screen {
            Screen::Welcome => {
                let rows = self.welcome_rows();
                self.nav.focus = rows.iter().position(|row| *row == WelcomeRow::Start).unwrap_or(0);
            }
            Screen::Question(question) => {
                let fact = self.content().questions[question].fact;
                let choices = self.choices(question);
                let current = match self.answers().get(fact) {
                    Some(Answer::DontKnow) => Some(Choice::DontKnow),
                    Some(Answer::Known(Value::YesNo(true))) => Some(Choice::Yes),
                    Some(Answer::Known(Value::YesNo(false))) => Some(Choice::No),
                    Some(Answer::Known(Value::Choice(index))) => Some(Choice::Value(usize::from(index))),
                    Some(Answer::Known(Value::Set(mask))) => {
                        self.draft.ticked = mask;
                        Some(Choice::Confirm)
                    }
                    Some(Answer::Known(Value::Integer(number))) => {
                        self.draft.input = number.to_string();
                        Some(Choice::Input)
                    }
                    None => None,
                };
                self.nav.focus = current.and_then(|c| choices.iter().position(|x| *x == c)).unwrap_or(0);
            }
            Screen::SaveAs => self.draft.input = crate::output::print::suggested_name(self.session.date()),
            Screen::Detail(right) => self.what_if = what_would_change(&self.session, right),
            Screen::Handout => self.notice = None,
            Screen::Overview
            | Screen::Results
            | Screen::Documents
            | Screen::Help
            | Screen::Personas
            | Screen::Compare => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_and_forward_return_and_the_history_is_bounded() {
        let mut nav = Navigation::new(Screen::Welcome);
        nav.go(Screen::Results);
        nav.go(Screen::Documents);
        assert!(nav.back().is_some());
        assert_eq!(nav.screen, Screen::Results);
        assert!(nav.forward().is_some());
        assert_eq!(nav.screen, Screen::Documents);
        for _ in 0..10_000 {
            nav.go(Screen::Results);
            nav.go(Screen::Documents);
        }
        assert_eq!(nav.history().len(), HISTORY_LIMIT);
    }

    #[test]
    fn scrolling_stays_within_the_text_drawn() {
        let mut nav = Navigation::new(Screen::Help);
        nav.room.last_scroll.set(Some(5));
        nav.scroll_by(3);
        nav.scroll_by(3);
        assert_eq!(nav.scroll, 5);
        nav.scroll_by(-2);
        assert_eq!(nav.scroll, 3);
        nav.scroll_by(-10);
        assert_eq!(nav.scroll, 0);
    }
}
