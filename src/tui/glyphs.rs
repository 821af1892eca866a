//! The characters the interface draws itself (markers, bullets, arrows, the ellipsis), in three
//! sets: full Unicode, what the Linux console fonts can show, and plain ASCII.

use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

/// Which characters the terminal can show; the ids are what `--glyphs` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, EnumString)]
#[strum(serialize_all = "kebab-case")]
pub enum GlyphSet {
    /// Any Unicode character (graphical terminals).
    Unicode,
    /// Only characters in the Linux console's fonts (`TERM=linux`): the interface's own glyphs
    /// are in every Lat15 and Uni3 font; languages whose letters the launcher's Uni3 font
    /// lacks are marked (see `shows`).
    Console,
    /// Only ASCII (anything else, e.g. a serial terminal).
    Ascii,
}

/// The glyphs of one set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    /// Before the focused row.
    pub marker: &'static str,
    /// Before a right in a list.
    pub bullet: &'static str,
    /// Where text is shortened or a word is broken.
    pub ellipsis: &'static str,
    /// Between hints in the hint bar.
    pub separator: &'static str,
    /// Beside a chosen option.
    pub tick: &'static str,
    /// Shown when more text follows below.
    pub more: &'static str,
    /// Shown when text lies above what is on screen.
    pub above: &'static str,
    /// Key names of the four arrows: up, down, left, right.
    pub arrows: [&'static str; 4],
}

impl GlyphSet {
    /// Every set.
    pub fn all() -> impl Iterator<Item = GlyphSet> {
        GlyphSet::iter()
    }

    /// The name used by `--glyphs`.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The set for a terminal type: the Linux console gets its fonts' characters.
    pub fn for_term(term: Option<&str>) -> GlyphSet {
        match term {
            Some("linux") => GlyphSet::Console,
            Some("vt100" | "vt102" | "vt220" | "ansi") => GlyphSet::Ascii,
            _ => GlyphSet::Unicode,
        }
    }

    /// The set with this flag name.
    pub fn from_name(name: &str) -> Option<GlyphSet> {
        name.parse().ok()
    }

    /// The glyphs of this set.
    pub fn glyphs(self) -> Glyphs {
        match self {
            GlyphSet::Unicode => Glyphs {
                marker: "▶",
                bullet: "•",
                ellipsis: "…",
                separator: "·",
                tick: "✓",
                more: "▼",
                above: "▲",
                arrows: ["↑", "↓", "←", "→"],
            },
            GlyphSet::Console => Glyphs {
                marker: "▶",
                bullet: "•",
                ellipsis: "…",
                separator: "·",
                tick: "☑",
                more: "▼",
                above: "▲",
                arrows: ["↑", "↓", "←", "→"],
            },
            GlyphSet::Ascii => Glyphs {
                marker: ">",
                bullet: "*",
                ellipsis: "~",
                separator: "|",
                tick: "(x)",
                more: "v",
                above: "^",
                arrows: ["Up", "Down", "Left", "Right"],
            },
        }
    }

    /// Whether the terminal can show every character of `text`. On the Linux console only
    /// what the console font has (the Uni3 Terminus font of the kiosk launcher: Latin,
    /// Cyrillic, Romanian; no Arabic); other terminals are trusted to have a font for it.
    pub fn shows(self, text: &str) -> bool {
        match self {
            GlyphSet::Console => text.chars().all(|c| matches!(c, ' '..='~') || CONSOLE_FONT.contains(c)),
            GlyphSet::Unicode | GlyphSet::Ascii => true,
        }
    }

    /// Whether big letters (tui-big-text) can be drawn: they need block characters that the
    /// console fonts only have at full size, and ASCII has none.
    pub fn big_text(self) -> bool {
        self == GlyphSet::Unicode
    }
}

/// The characters beyond ASCII that the Linux console shows with the font the kiosk launcher
/// loads: the Unicode table shared by Debian console-setup's Uni3-Terminus24x12,
/// Uni3-Terminus32x16 and Uni3-TerminusBold32x16 (Latin with the Romanian, Polish and Turkish
/// letters, Cyrillic, some Greek; no Arabic), read from the fonts' PSF unicode tables.
const CONSOLE_FONT: &str = "\
    \u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîï\
    ðñòóôõö÷øùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĪīĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŐőŒœŔŕŖŗŘř\
    ŚśŜŝŞşŠšŢţŤťŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƒȘșȚțˆˇˉ˘˙˛˜˝ΑΒΓΔΕΖΗΙΚΜΝΟΠΡΤΦΧΩμπЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗ\
    ИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџҐґҒғҔҕҖҗҘҙҚқҜҝҠҡҢң\
    ҤҥҪҫҮүҲҳҶҷҸҹҺһӐӑӒӓӖӗӘәӢӣӦӧӨөӮӯӰӱӲӳӸӹṀṁ\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\
    \u{2006}\u{2007}\u{2008}\u{2009}\u{200A}‐‑‒–—―‖‗‘’‚“”„†‡•…\u{202F}‰′″‹›‼ⁿ₧€₮№™ΩKÅ←↑→↓↔↕↨↵⇐\
    ⇑⇒⇓⇔⇕∅∆∈−∙√∞∟∧∨∩∪≈≠≡≤≥≪≫⊕⊖⊘⊙⊛⊜⌂⌐⌠⌡①②③④⑤⑥⑦⑧⑨ⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃⓄⓅⓆⓇⓈⓉⓊⓋⓌⓍⓎⓏⓐⓑⓒⓓⓔⓕⓖⓗⓘⓙⓚⓛⓜⓝⓞⓟⓠⓡⓢⓣⓤ\
    ⓥⓦⓧⓨⓩ⓪─━│┃┄┅┆┇┈┉┊┋┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╌╍╎╏═║╒╓\
    ╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬╭╮╯╰╱╲╳╴╵╶╷╸╹╺╻╼╽╾╿█░▒■▮▲▴▶▸▼▾◀◂◈●☐☑☒☺☻☼♀♂♠♣♦✗✘⮽\u{FFFD}";

impl Glyphs {
    /// A key name in this set (arrows differ; other names are ASCII already).
    pub fn key_name(&self, shown: &'static str) -> &'static str {
        match shown {
            "↑" => self.arrows[0],
            "↓" => self.arrows[1],
            "←" => self.arrows[2],
            "→" => self.arrows[3],
            other => other,
        }
    }
}
