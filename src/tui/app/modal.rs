//! The question put before something that cannot be undone (stop, start over) and the staff PIN
//! of a kiosk: one modal at a time, so no impossible combination can be represented. And what
//! the App does with the answer: stop, start over (the reset that leaves nothing behind), or
//! name the file to save.

use super::{App, Command, Notice, Screen};
use crate::tui::keymap::Action;

/// What the modal asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Modal {
    /// "Stop, and wipe everything?"; `yes` is focused ("no" is the safe default).
    Quit {
        /// Whether "yes" is focused.
        yes: bool,
    },
    /// "Start over, and wipe everything?".
    StartOver {
        /// Whether "yes" is focused.
        yes: bool,
    },
    /// Staff leaving a kiosk type their PIN.
    StaffPin {
        /// The digits typed so far.
        typed: String,
    },
}

/// The longest PIN that can be typed.
pub(super) const PIN_LIMIT: usize = 12;

impl Modal {
    /// Whether "yes" is focused (false for the PIN).
    pub fn yes_focused(&self) -> bool {
        match self {
            Modal::Quit { yes } | Modal::StartOver { yes } => *yes,
            Modal::StaffPin { .. } => false,
        }
    }
}

impl<'a> App<'a> {
    pub(super) fn update_modal(&mut self, action: Action) -> Option<Command> {
        let modal = self.modal.take()?;
        if let Modal::StaffPin { mut typed } = modal {
            match action {
                Action::Digit(digit) if typed.len() < PIN_LIMIT => typed.push(char::from(b'0' + digit.min(9))),
                Action::Erase => {
                    typed.pop();
                }
                Action::Select => {
                    let right = self.kiosk.as_mut().is_some_and(|kiosk| kiosk.try_pin(&typed));
                    if !right {
                        self.notice = Some(Notice { ok: false, message: "ui-staff-wrong" });
                    }
                    return right.then_some(Command::Quit);
                }
                Action::Back | Action::Quit => return None,
                _ => {}
            }
            self.modal = Some(Modal::StaffPin { typed });
            return None;
        }
        let yes = match action {
            Action::Digit(1) => true,
            Action::Select => modal.yes_focused(),
            Action::Quit if matches!(modal, Modal::Quit { .. }) => true,
            Action::Up | Action::Down => {
                self.modal = Some(match modal {
                    Modal::Quit { yes } => Modal::Quit { yes: !yes },
                    Modal::StartOver { yes } => Modal::StartOver { yes: !yes },
                    other @ Modal::StaffPin { .. } => other,
                });
                return None;
            }
            Action::Digit(2) | Action::Back | Action::Erase => false,
            _ => {
                self.modal = Some(modal);
                return None;
            }
        };
        match (yes, modal) {
            (true, Modal::Quit { .. }) => Some(Command::Quit),
            (true, Modal::StartOver { .. }) => Some(self.reset()),
            _ => None,
        }
    }

    /// Wipes the session: every answer gone, back to the welcome screen with the look the
    /// session started with, out of training and the worker view, so the next person finds
    /// nothing of the previous one.
    pub fn reset(&mut self) -> Command {
        self.look = self.start.clone();
        // The worker view shows the previous person's rules and amounts: the next person
        // starts in the client view, whatever the session started with.
        self.look.worker = false;
        self.session.clear();
        self.nav.forget(Screen::Welcome);
        self.modal = None;
        self.training = None;
        self.compare_a = None;
        self.notice = None;
        self.what_if.clear();
        self.show_unlikely = false;
        self.digits = None;
        self.enter();
        if let Some(kiosk) = &mut self.kiosk {
            kiosk.activity();
        }
        Command::Wipe
    }

    pub(super) fn update_save_as(&mut self, action: Action) -> Option<Command> {
        match action {
            Action::Type(c) => {
                self.draft.type_name(c);
                None
            }
            Action::Erase => {
                self.draft.input.pop();
                None
            }
            Action::Select if !self.draft.input.trim().is_empty() => {
                let name = self.draft.input.trim().to_string();
                self.back();
                Some(Command::Save(name))
            }
            Action::Back => self.back(),
            Action::Quit | Action::StaffExit => {
                self.back();
                self.update(action)
            }
            _ => None,
        }
    }
}
