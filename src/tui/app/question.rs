//! What is being typed or ticked on the screen shown, before it becomes an answer: the digits
//! of a number (and why they were refused), the ticked values of a set, the name of a file.
//! Reset whenever a screen is entered.

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
