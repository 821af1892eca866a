//! What is being typed or ticked on the screen shown, before it becomes an answer: the digits
//! of a number (and why they were refused), the ticked values of a set, the name of a file.
//! Reset whenever a screen is entered.

/// Why a typed number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was typed.
    Empty,
    /// Outside the allowed range.
    OutOfRange,
}

/// The most digits a number can have.
const MAX_DIGITS: usize = 7;

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
        if self.input.len() < MAX_DIGITS {
            self.input.push(char::from(b'0' + digit.min(9)));
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
