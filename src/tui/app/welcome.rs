//! The welcome screen's choices: the language (only one the terminal can show), the reading
//! mode, starting the questions, and the example households of a workshop.

use super::{App, Command, Notice, Screen, Training, WelcomeRow};
use crate::tui::keymap::Action;
use crate::tui::theme::ThemeName;

impl<'a> App<'a> {
    pub(super) fn update_welcome(&mut self, action: Action) -> Option<Command> {
        let rows = self.welcome_rows();
        let chosen = match action {
            Action::Select => rows.get(self.nav.focus).copied(),
            _ => {
                self.move_focus(action, rows.len());
                None
            }
        };
        match chosen? {
            WelcomeRow::Language(index) => {
                let id = self.locales.locales.get(index)?.id.clone();
                self.choose_language(&id);
            }
            WelcomeRow::Normal => {
                self.look.large = false;
                self.look.theme = ThemeName::Standard;
            }
            WelcomeRow::Large => self.look.large = !self.look.large,
            WelcomeRow::Contrast => {
                self.look.theme = if self.look.theme == ThemeName::HighContrastDark {
                    ThemeName::Standard
                } else {
                    ThemeName::HighContrastDark
                };
            }
            WelcomeRow::Start => return self.advance(None),
            WelcomeRow::Training => {
                self.training = Some(Training::default());
                return self.go(Screen::Personas);
            }
        }
        None
    }

    /// Switches the language. Right-to-left languages are drawn shaped and in visual order by
    /// the view. A language whose letters the terminal's glyph set cannot show (Arabic on the
    /// Linux console) is not chosen: the person is told why, instead of seeing blocks.
    pub fn choose_language(&mut self, language: &str) {
        if self.can_show(language) {
            self.look.language = language.to_string();
        } else {
            self.notice = Some(Notice { ok: false, message: "ui-language-cannot-show" });
        }
    }

    /// Starts stepping through a persona's answers, with the results hidden.
    pub(super) fn start_persona(&mut self, persona: usize) -> Option<Command> {
        let scenario = self.content().scenarios.get(persona)?;
        self.session.load(scenario.answers.clone());
        self.training = Some(Training { persona: Some(persona), revealed: false });
        match self.plan().sequence.first() {
            Some(&first) => self.go(Screen::Question(first)),
            None => self.go(Screen::Results),
        }
    }
}
