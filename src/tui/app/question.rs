//! What is being typed or ticked on the screen shown, before it becomes an answer: the digits
//! of a number (and why they were refused), the ticked values of a set, the name of a file.
//! Reset whenever a screen is entered. And how the App turns keys on a question into an answer
//! (numbers of one or two digits) and goes on to the next question.

use rechtenwijzer_core::content::FactKind;
use rechtenwijzer_core::interview::{self, Choice, number};
use rechtenwijzer_core::model::answers::{Answer, Value};
use rechtenwijzer_core::model::cond::value_bit;

use super::{App, Command, Notice, Screen};
use crate::tui::keymap::Action;

use rechtenwijzer_core::interview::number::NumberError;

/// Why a typed number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was typed.
    Empty,
    /// Outside the allowed range.
    OutOfRange,
    /// Letters or signs that are not part of a number.
    NotANumber,
    /// A number that could be read two ways (`1,300`).
    Ambiguous,
}

impl From<NumberError> for InputError {
    fn from(error: NumberError) -> InputError {
        match error {
            NumberError::Empty => InputError::Empty,
            NumberError::NotANumber => InputError::NotANumber,
            NumberError::Ambiguous => InputError::Ambiguous,
            NumberError::TooLarge => InputError::OutOfRange,
        }
    }
}

/// The most characters a typed number can have (`€ 1.234.567,89`).
const MAX_TYPED: usize = 16;

/// The longest file name that can be typed.
const NAME_LIMIT: usize = 80;

/// The screen's unfinished input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The number being typed, or the file name.
    pub input: String,
    /// Why the last typed number was refused.
    pub error: Option<InputError>,
    /// The ticked values of a set question, before it is confirmed.
    pub ticked: u64,
}

impl Draft {
    /// Adds a digit to the number (a leading zero is replaced, so "07" cannot be typed).
    pub fn type_digit(&mut self, digit: u8) {
        if self.input == "0" {
            self.input.clear();
        }
        self.type_in_number(char::from(b'0' + digit.min(9)));
    }

    /// Adds any other character to the number being typed (a comma, a euro sign, a letter by
    /// mistake): it is kept, shown, and judged when the person presses Enter, never dropped.
    pub fn type_in_number(&mut self, c: char) {
        if self.input.chars().count() < MAX_TYPED && !c.is_control() {
            self.input.push(c);
        }
        self.error = None;
    }

    /// Adds a character to a file name: no control characters and no folder separators, so the
    /// file lands where the program runs and nowhere else.
    pub fn type_name(&mut self, c: char) {
        if self.input.chars().count() < NAME_LIMIT && !c.is_control() && c != '/' && c != '\\' {
            self.input.push(c);
        }
    }
}

impl<'a> App<'a> {
    /// Whether digits on this screen choose a numbered row (rather than type a number).
    pub(super) fn takes_numbers(&self) -> bool {
        match self.nav.screen {
            Screen::Question(question) => !self.choices(question).contains(&Choice::Input),
            Screen::Welcome | Screen::Overview | Screen::Results | Screen::Personas | Screen::Handout => true,
            Screen::Compare | Screen::SaveAs | Screen::Detail(_) | Screen::Documents | Screen::Help => false,
        }
    }

    /// A digit typed on a numbered list. With ten options or more, a digit that can start a
    /// two-digit number waits for the next one (`DIGIT_WAIT`, or Enter): "1" "2" is 12.
    pub(super) fn number_key(&mut self, digit: usize) -> Option<Command> {
        let count = self.focusable();
        let number = match self.digits.take() {
            Some((first, _)) => first * 10 + digit,
            None if digit >= 1 && digit * 10 <= count => {
                // Show which option the first digit alone would be, while waiting.
                self.digits = Some((digit, self.clock));
                self.nav.focus = digit - 1;
                return None;
            }
            None => digit,
        };
        if number == 0 || number > count {
            self.notice = Some(Notice { ok: false, message: "ui-no-such-number" });
            return None;
        }
        self.choose_number(number)
    }

    /// Chooses the row with this number, as if it were focused and Enter pressed.
    pub(super) fn choose_number(&mut self, number: usize) -> Option<Command> {
        self.nav.focus = number.saturating_sub(1);
        match self.nav.screen {
            Screen::Welcome => self.update_welcome(Action::Select),
            Screen::Question(question) => self.update_question(question, Action::Select),
            Screen::Overview | Screen::Results | Screen::Personas | Screen::Handout => {
                self.update_screen(Action::Select)
            }
            Screen::Compare | Screen::SaveAs | Screen::Detail(_) | Screen::Documents | Screen::Help => None,
        }
    }

    pub(super) fn update_question(&mut self, question: usize, action: Action) -> Option<Command> {
        let choices = self.choices(question);
        let integer = choices.contains(&Choice::Input);
        match action {
            Action::Digit(digit) if integer => {
                self.draft.type_digit(digit);
                self.nav.focus = 0;
                None
            }
            Action::Type(c) if integer => {
                self.draft.type_in_number(c);
                self.nav.focus = 0;
                None
            }
            Action::Erase if integer && self.nav.focus == 0 && !self.draft.input.is_empty() => {
                self.draft.input.pop();
                self.draft.error = None;
                None
            }
            Action::Erase => self.back(),
            Action::Select => {
                let choice = choices.get(self.nav.focus).copied()?;
                self.choose(question, choice)
            }
            _ => {
                self.move_focus(action, choices.len());
                None
            }
        }
    }

    /// Chooses an option of a question (a set value toggles; a number is checked).
    pub fn choose(&mut self, question: usize, choice: Choice) -> Option<Command> {
        let fact = self.content().questions[question].fact;
        let answer = match (choice, &self.content().facts[fact].kind) {
            (Choice::Value(index), FactKind::Set(_)) => {
                self.draft.ticked ^= value_bit(index);
                return None;
            }
            (Choice::Value(index), _) => Answer::Known(Value::Choice(u8::try_from(index).ok()?)),
            (Choice::Input, FactKind::Integer { min, max }) => {
                let number = match number::read(&self.draft.input) {
                    Ok(reading) => reading.value,
                    Err(error) => {
                        self.draft.error = Some(error.into());
                        return None;
                    }
                };
                if min.is_some_and(|m| number < m) || max.is_some_and(|m| number > m) {
                    self.draft.error = Some(InputError::OutOfRange);
                    return None;
                }
                Answer::Known(Value::Integer(number))
            }
            (Choice::Input, _) => return None,
            (other, _) => interview::answer_of(other, self.draft.ticked)?,
        };
        self.session.answer(fact, answer);
        self.after_answer(question)
    }

    /// After an answer: back to the overview if the person came from there, else the next
    /// question still needed, else the results.
    pub(super) fn after_answer(&mut self, question: usize) -> Option<Command> {
        if self.training.is_some_and(|t| t.persona.is_some()) {
            // Training steps through every answer of the persona, in order.
            return match self.plan().sequence.iter().copied().find(|&q| q > question) {
                Some(next) => self.go(Screen::Question(next)),
                None => self.go(Screen::Results),
            };
        }
        if self.nav.previous() == Some(Screen::Overview) {
            if let Some(visit) = self.nav.return_to_previous() {
                self.enter();
                self.restore(visit);
            }
            return None;
        }
        self.advance(Some(question))
    }

    pub(super) fn advance(&mut self, after: Option<usize>) -> Option<Command> {
        match self.plan().next_after(after) {
            Some(next) => self.go(Screen::Question(next)),
            None => self.go(Screen::Results),
        }
    }
}
