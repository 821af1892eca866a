//! Colours and text styles by meaning (text, secondary, accent, focus, error, warning, ok);
//! the only place with raw colours. Palettes from the accessibility note, every text pair at
//! 7:1 or more. Meaning is never carried by colour alone: views add words and markers.

#![allow(clippy::disallowed_methods)] // the one place with raw colours

use ratatui::style::{Color, Modifier, Style};
use rechtenwijzer_core::model::status::Status;
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

/// The available themes; the ids are what `--theme` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, EnumString)]
#[strum(serialize_all = "kebab-case")]
pub enum ThemeName {
    /// Light grey on near-black.
    Standard,
    /// White on black, yellow focus.
    #[strum(serialize = "contrast-dark")]
    HighContrastDark,
    /// Black on white, for projectors in lit rooms.
    #[strum(serialize = "contrast-light")]
    HighContrastLight,
    /// The terminal's own colours (16-colour terminals, the Linux console); colour only as an
    /// extra cue next to a word.
    Terminal,
    /// No colour codes at all: bold, underline and reverse only (`NO_COLOR`).
    Mono,
}

impl ThemeName {
    /// Every theme, in the order the switch key cycles through them.
    pub fn all() -> impl Iterator<Item = ThemeName> {
        ThemeName::iter()
    }

    /// The theme after this one.
    pub fn next(self) -> ThemeName {
        let all: Vec<ThemeName> = ThemeName::all().collect();
        let position = all.iter().position(|t| *t == self).unwrap_or(0);
        all[(position + 1) % all.len()]
    }

    /// The message id of the theme's name.
    pub fn message(self) -> String {
        format!("ui-theme-{}", self.id())
    }

    /// The name used by `--theme`.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The theme with this `--theme` name.
    pub fn from_id(id: &str) -> Option<ThemeName> {
        id.parse().ok()
    }
}

/// Styles by meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Which theme this is.
    pub name: ThemeName,
    /// Body text.
    pub text: Style,
    /// Less important text (hints, sources).
    pub secondary: Style,
    /// Headings and titles.
    pub heading: Style,
    /// The focused row: reverse video in every theme (with the colours chosen so that the
    /// reversed pair is the palette's focus pair), so it survives any palette.
    pub focus: Style,
    /// Errors (a number out of range).
    pub error: Style,
    /// Warnings ("to be confirmed").
    pub warning: Style,
    /// Good news (comes automatically).
    pub ok: Style,
    /// Key names in the hint bar.
    pub key: Style,
}

impl Theme {
    /// The theme with this name.
    pub fn new(name: ThemeName) -> Theme {
        let pair = |fg: u8, bg: u8| Style::new().fg(Color::Indexed(fg)).bg(Color::Indexed(bg));
        match name {
            ThemeName::Standard => Theme {
                name,
                text: pair(254, 234),
                secondary: pair(249, 234),
                heading: pair(117, 234).add_modifier(Modifier::BOLD),
                focus: pair(221, 234).add_modifier(Modifier::REVERSED | Modifier::BOLD),
                error: pair(210, 234).add_modifier(Modifier::BOLD),
                warning: pair(221, 234),
                ok: pair(120, 234),
                key: pair(117, 234).add_modifier(Modifier::BOLD),
            },
            ThemeName::HighContrastDark => Theme {
                name,
                text: pair(231, 16),
                secondary: pair(250, 16),
                heading: pair(51, 16).add_modifier(Modifier::BOLD),
                focus: pair(226, 16).add_modifier(Modifier::REVERSED | Modifier::BOLD),
                error: pair(210, 16).add_modifier(Modifier::BOLD),
                warning: pair(221, 16),
                ok: pair(120, 16),
                key: pair(51, 16).add_modifier(Modifier::BOLD),
            },
            ThemeName::HighContrastLight => Theme {
                name,
                text: pair(16, 231),
                secondary: pair(238, 231),
                heading: pair(18, 231).add_modifier(Modifier::BOLD),
                focus: pair(18, 231).add_modifier(Modifier::REVERSED | Modifier::BOLD),
                error: pair(124, 231).add_modifier(Modifier::BOLD),
                warning: pair(16, 221),
                ok: pair(22, 231),
                key: pair(18, 231).add_modifier(Modifier::BOLD),
            },
            ThemeName::Terminal => Theme {
                name,
                text: Style::new(),
                secondary: Style::new(),
                heading: Style::new().add_modifier(Modifier::BOLD),
                focus: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                warning: Style::new().fg(Color::Yellow).add_modifier(Modifier::UNDERLINED),
                ok: Style::new().fg(Color::Green),
                key: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            },
            ThemeName::Mono => Theme {
                name,
                text: Style::new(),
                secondary: Style::new(),
                heading: Style::new().add_modifier(Modifier::BOLD),
                focus: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                error: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                warning: Style::new().add_modifier(Modifier::UNDERLINED),
                ok: Style::new(),
                key: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            },
        }
    }
}

impl Theme {
    /// The style of a status (a heading of the results, the status line of a right).
    pub fn status(&self, status: Status) -> Style {
        match status {
            Status::Automatic | Status::Already => self.ok,
            Status::Unknown => self.warning,
            Status::Proactive | Status::Request | Status::Unlikely => self.heading,
        }
    }
}

/// The sRGB colour of an xterm 256-colour index (16 to 255; the first 16 vary per terminal).
pub fn indexed_rgb(index: u8) -> Option<(u8, u8, u8)> {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match index {
        0..=15 => None,
        16..=231 => {
            let cube = index - 16;
            Some((LEVELS[usize::from(cube / 36)], LEVELS[usize::from(cube / 6 % 6)], LEVELS[usize::from(cube % 6)]))
        }
        232..=255 => {
            let grey = 8 + 10 * (index - 232);
            Some((grey, grey, grey))
        }
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
