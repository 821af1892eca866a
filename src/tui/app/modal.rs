//! The question put before something that cannot be undone (stop, start over) and the staff PIN
//! of a kiosk: one modal at a time, so no impossible combination can be represented.

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
