//! Every action the person can take, and the one key table that maps keys to actions. The hint
//! bar and the help screen are generated from this table, so they cannot drift from it.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use strum::{EnumIter, IntoStaticStr};

/// What a key press asks for. Each action has a Fluent label `ui-action-<id>` and a hint
/// `ui-key-<id>`; the ids are derived, so a new action cannot miss one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    /// Move the focus (or the text) up.
    Up,
    /// Move the focus (or the text) down.
    Down,
    /// Scroll a page up.
    PageUp,
    /// Scroll a page down.
    PageDown,
    /// To the first row, or the top of the text.
    Home,
    /// To the last row, or the end of the text.
    End,
    /// Choose the focused option, or open the focused item.
    Select,
    /// Choose option N, or type the digit N in a number.
    Digit(u8),
    /// Delete the last typed digit; elsewhere the same as Back.
    Erase,
    /// Go back to the previous screen; answers are kept.
    Back,
    /// Go forward again after going back.
    Forward,
    /// Show all answers, to change any of them.
    Overview,
    /// Show the results.
    Results,
    /// Show the checklist of documents.
    Documents,
    /// Show every key and what it does.
    Help,
    /// Larger text and spacing, on or off.
    #[strum(serialize = "large")]
    ToggleLarge,
    /// The next colour theme (high contrast, light, the terminal's own, no colour).
    #[strum(serialize = "theme")]
    NextTheme,
    /// Choose another language.
    Language,
    /// Show the results, a right and the checklist in two languages (the person's and Dutch).
    Bilingual,
    /// Print the results and the checklist, or save them in a file.
    Handout,
    /// Start over: every answer is wiped (asks first).
    StartOver,
    /// Staff only, on a kiosk: leave the program (with a PIN when one is set).
    StaffExit,
    /// The social worker's view: the rule, the facts and the amounts behind each outcome.
    Worker,
    /// Training: show the results the group has been guessing.
    Reveal,
    /// Keep the answers as A (first press), then compare A with the answers now.
    Compare,
    /// A typed character, in a text field (a file name).
    Type(char),
    /// Stop (asks first, then wipes the screen).
    Quit,
}

impl Action {
    /// The id used in the action's messages, `ui-action-<id>` and `ui-key-<id>`.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The message id of the action's label.
    pub fn message(self) -> String {
        format!("ui-action-{}", self.id())
    }

    /// The message id of the action's short hint.
    pub fn hint(self) -> String {
        format!("ui-key-{}", self.id())
    }
}

/// One line of the key table: the key, how it is shown, and the action.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The key.
    pub code: KeyCode,
    /// Modifiers that must be held (exactly).
    pub modifiers: KeyModifiers,
    /// How the key is written in hints and help (key names are the same in every language).
    pub shown: &'static str,
    /// What it does.
    pub action: Action,
}

const fn key(code: KeyCode, shown: &'static str, action: Action) -> Binding {
    Binding { code, modifiers: KeyModifiers::NONE, shown, action }
}

/// The key table. Digits are handled by `action_for` (one entry stands for 0–9).
pub const BINDINGS: &[Binding] = &[
    key(KeyCode::Char('1'), "1-9", Action::Digit(1)),
    key(KeyCode::Enter, "Enter", Action::Select),
    key(KeyCode::Up, "↑", Action::Up),
    key(KeyCode::Down, "↓", Action::Down),
    key(KeyCode::Tab, "Tab", Action::Down),
    key(KeyCode::BackTab, "Shift+Tab", Action::Up),
    key(KeyCode::PageUp, "PgUp", Action::PageUp),
    key(KeyCode::PageDown, "PgDn", Action::PageDown),
    key(KeyCode::Home, "Home", Action::Home),
    key(KeyCode::End, "End", Action::End),
    key(KeyCode::Esc, "Esc", Action::Back),
    key(KeyCode::Left, "←", Action::Back),
    key(KeyCode::Right, "→", Action::Forward),
    key(KeyCode::Backspace, "Backspace", Action::Erase),
    key(KeyCode::Char('o'), "O", Action::Overview),
    key(KeyCode::Char('r'), "R", Action::Results),
    key(KeyCode::Char('d'), "D", Action::Documents),
    key(KeyCode::Char('?'), "?", Action::Help),
    key(KeyCode::F(1), "F1", Action::Help),
    key(KeyCode::F(2), "F2", Action::ToggleLarge),
    key(KeyCode::F(3), "F3", Action::NextTheme),
    key(KeyCode::F(4), "F4", Action::Language),
    key(KeyCode::F(5), "F5", Action::Bilingual),
    key(KeyCode::Char('p'), "P", Action::Handout),
    key(KeyCode::F(8), "F8", Action::Handout),
    key(KeyCode::F(9), "F9", Action::StartOver),
    key(KeyCode::Char('w'), "W", Action::Worker),
    key(KeyCode::F(6), "F6", Action::Reveal),
    key(KeyCode::F(7), "F7", Action::Compare),
    key(KeyCode::Char('q'), "Q", Action::Quit),
    Binding { code: KeyCode::Char('c'), modifiers: KeyModifiers::CONTROL, shown: "Ctrl+C", action: Action::Quit },
    Binding {
        code: KeyCode::Char('q'),
        modifiers: KeyModifiers::CONTROL.union(KeyModifiers::ALT),
        shown: "Ctrl+Alt+Q",
        action: Action::StaffExit,
    },
];

/// The action of a key press on a number field: digits (also the AZERTY top row) are digits;
/// `,` `.` `€` and spaces are typed into the number; letters are typed once typing has started
/// (`typing`), else they keep their meaning as keys; Q (stop) and ? (help) always do.
pub fn number_action_for(event: KeyEvent, typing: bool) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    if let KeyCode::Char(c) = event.code
        && event.modifiers.difference(KeyModifiers::SHIFT).is_empty()
        && digit_of(c).is_none()
        && (matches!(c, ',' | '.' | '€' | ' ') || (typing && !c.is_control() && !matches!(c, '?' | 'q' | 'Q')))
    {
        return Some(Action::Type(c));
    }
    action_for(event)
}

/// The action of a key press while a text field is open: printable characters are typed.
pub fn text_action_for(event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    match event.code {
        KeyCode::Char(c) if event.modifiers.difference(KeyModifiers::SHIFT).is_empty() && !c.is_control() => {
            Some(Action::Type(c))
        }
        KeyCode::Backspace => Some(Action::Erase),
        KeyCode::Enter => Some(Action::Select),
        KeyCode::Esc => Some(Action::Back),
        _ => action_for(event).filter(|action| matches!(action, Action::Quit | Action::StaffExit)),
    }
}

/// The unshifted top row of a Belgian AZERTY keyboard: what the digit keys type without
/// Shift, in the order 1 to 9, then 0.
pub const AZERTY_TOP_ROW: [char; 10] = ['&', 'é', '"', '\'', '(', '§', 'è', '!', 'ç', 'à'];

/// The digit a character stands for: a digit, or the AZERTY top-row character of that key (on
/// Belgian public computers the digit keys type these unless Shift is held).
pub fn digit_of(c: char) -> Option<u8> {
    if let Some(digit) = c.to_digit(10) {
        return u8::try_from(digit).ok();
    }
    let position = AZERTY_TOP_ROW.iter().position(|&key| key == c)?;
    u8::try_from((position + 1) % 10).ok()
}

/// The action a key press asks for, if any. Key releases and repeats of modifiers are ignored.
pub fn action_for(event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    if let KeyCode::Char(c) = event.code
        && let Some(digit) = digit_of(c)
        && event.modifiers.difference(KeyModifiers::SHIFT).is_empty()
    {
        return Some(Action::Digit(digit));
    }
    let code = match event.code {
        // Letters work in either case (Caps Lock on a shared computer).
        KeyCode::Char(c) if event.modifiers.difference(KeyModifiers::SHIFT).is_empty() => {
            KeyCode::Char(c.to_ascii_lowercase())
        }
        other => other,
    };
    let modifiers = match event.code {
        KeyCode::Char(_) | KeyCode::BackTab => event.modifiers.difference(KeyModifiers::SHIFT),
        _ => event.modifiers,
    };
    BINDINGS.iter().find(|binding| binding.code == code && binding.modifiers == modifiers).map(|binding| binding.action)
}

/// The keys shown for an action, e.g. `["Esc", "←"]`.
pub fn keys_for(action: Action) -> Vec<&'static str> {
    let same = |a: Action| match (a, action) {
        (Action::Digit(_), Action::Digit(_)) => true,
        (a, b) => a == b,
    };
    BINDINGS.iter().filter(|binding| same(binding.action)).map(|binding| binding.shown).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action_for(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(press(KeyCode::Char('7'), KeyModifiers::NONE), Some(Action::Digit(7)));
        assert_eq!(press(KeyCode::Char('Q'), KeyModifiers::SHIFT), Some(Action::Quit));
        assert_eq!(press(KeyCode::Char('c'), KeyModifiers::CONTROL), Some(Action::Quit));
        assert_eq!(press(KeyCode::Char('x'), KeyModifiers::NONE), None);
        assert_eq!(press(KeyCode::Esc, KeyModifiers::NONE), Some(Action::Back));
        assert_eq!(press(KeyCode::Char('o'), KeyModifiers::ALT), None);
        assert_eq!(press(KeyCode::Home, KeyModifiers::NONE), Some(Action::Home));
    }

    #[test]
    fn the_azerty_top_row_types_digits() {
        let typed: Vec<Option<Action>> =
            AZERTY_TOP_ROW.iter().map(|&c| press(KeyCode::Char(c), KeyModifiers::NONE)).collect();
        let digits: Vec<Option<Action>> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0].map(|d| Some(Action::Digit(d))).to_vec();
        assert_eq!(typed, digits);
        // With Shift the same keys give the digits themselves.
        assert_eq!(press(KeyCode::Char('1'), KeyModifiers::SHIFT), Some(Action::Digit(1)));
    }

    #[test]
    fn every_binding_is_reachable_and_shown() {
        for binding in BINDINGS {
            let found = press(binding.code, binding.modifiers);
            let expected = match binding.action {
                Action::Digit(_) => Some(Action::Digit(1)),
                other => Some(other),
            };
            assert_eq!(found, expected, "{}", binding.shown);
        }
    }

    #[test]
    fn action_ids_are_kebab_case_words() {
        use strum::IntoEnumIterator;
        for action in Action::iter() {
            let id = action.id();
            assert!(!id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{id}");
        }
        assert_eq!(Action::ToggleLarge.id(), "large");
        assert_eq!(Action::PageDown.id(), "page-down");
    }
}
