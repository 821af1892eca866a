//! The command line: subcommands, flags and the environment. The only module that reads the
//! environment.

#![allow(clippy::disallowed_methods)] // the one place that reads the environment

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use rechtenwijzer_core::model::date::Date;

use crate::tui::glyphs::GlyphSet;
use crate::tui::theme::ThemeName;

/// Find the social rights a household in Flanders is entitled to. Without a command, the
/// full-screen interview starts.
#[derive(Debug, Parser)]
#[command(name = "rechtenwijzer", version)]
pub struct Cli {
    /// What to do; without one, the interview starts.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The interview's options.
    #[command(flatten)]
    pub interview: InterviewArgs,
}

/// The language and the day, for every command that shows results.
#[derive(Debug, Args)]
pub struct Common {
    /// The language (default: from LC_ALL, LC_MESSAGES or LANG, else nl).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Apply the rules as they stand on this day (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,
}

/// The options of the full-screen interview.
#[derive(Debug, Args)]
pub struct InterviewArgs {
    /// The language and the day.
    #[command(flatten)]
    pub common: Common,
    /// Show results, rights and the checklist in two languages: LANG beside the person's
    /// (F5 switches the two-language view; without this flag it pairs with Dutch).
    #[arg(long, value_name = "LANG")]
    pub second_lang: Option<String>,
    /// Shared computer: Q, Ctrl+C, Ctrl+Z and Ctrl+\\ do not end the program; after a while
    /// without a key a countdown starts, then everything is wiped; staff leave with Ctrl+Alt+Q
    /// (and the PIN of RECHTENWIJZER_STAFF_PIN or the kiosk file, if set).
    #[arg(long)]
    pub kiosk: bool,
    /// Kiosk settings: a TOML file with `idle-seconds`, `countdown-seconds`, `staff-pin`.
    #[arg(long, value_name = "FILE")]
    pub kiosk_config: Option<PathBuf>,
    /// Workshop: choose an example household, step through its answers, and show the results
    /// only when the trainer presses F6 (so the room can guess first).
    #[arg(long)]
    pub training: bool,
    /// Start in the social worker's view: the rule, the facts and the amounts behind each
    /// outcome (W switches it).
    #[arg(long)]
    pub worker: bool,
    /// Plain lines instead of the full screen: for screen readers, dumb terminals and scripts
    /// (also when TERM=dumb or ACCESSIBLE is set).
    #[arg(long)]
    pub plain: bool,
    /// Large text: more spacing, one thing per screen, made for 40x12 (F2 switches it).
    #[arg(long)]
    pub large: bool,
    /// Colours: standard, contrast-dark, contrast-light, terminal or mono (default: standard,
    /// or mono when NO_COLOR is set; F3 switches).
    #[arg(long, value_name = "THEME", value_parser = parse_theme)]
    pub theme: Option<ThemeName>,
    /// Characters the terminal can show: unicode, console or ascii (default: console when
    /// TERM=linux, else unicode).
    #[arg(long, value_name = "SET", value_parser = parse_glyphs)]
    pub glyphs: Option<GlyphSet>,
    /// Where content and messages come from.
    #[command(flatten)]
    pub sources: SourceArgs,
}

fn parse_theme(text: &str) -> Result<ThemeName, String> {
    ThemeName::from_id(text).ok_or_else(|| {
        let names: Vec<&str> = ThemeName::all().map(ThemeName::id).collect();
        format!("`{text}` is not a theme; choose one of: {}", names.join(", "))
    })
}

fn parse_glyphs(text: &str) -> Result<GlyphSet, String> {
    GlyphSet::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = GlyphSet::all().map(GlyphSet::id).collect();
        format!("`{text}` is not a glyph set; choose one of: {}", names.join(", "))
    })
}

/// What the environment says about the terminal and the person's wishes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// `NO_COLOR` is set (to anything non-empty).
    pub no_color: bool,
    /// `ACCESSIBLE` is set: a screen reader is in use.
    pub accessible: bool,
    /// The `TERM` value.
    pub term: Option<String>,
    /// `RECHTENWIJZER_STAFF_PIN`: the PIN staff type to leave a kiosk.
    pub staff_pin: Option<String>,
    /// The languages the system asks for, most wanted first (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub languages: Vec<String>,
}

impl Environment {
    /// Reads the environment.
    pub fn read() -> Environment {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Environment {
            no_color: set("NO_COLOR"),
            accessible: set("ACCESSIBLE"),
            term: std::env::var("TERM").ok(),
            staff_pin: std::env::var("RECHTENWIJZER_STAFF_PIN").ok().filter(|pin| !pin.is_empty()),
            languages: system_languages(),
        }
    }

    /// Whether plain mode is asked for by the environment.
    pub fn wants_plain(&self) -> bool {
        self.accessible || self.term.as_deref() == Some("dumb")
    }
}

/// The languages the system asks for, most wanted first: `LC_ALL`, `LC_MESSAGES`, `LANG` (a
/// `C` among them asks for nothing and the next one is heard), else what sys-locale finds.
fn system_languages() -> Vec<String> {
    let posix: Vec<String> = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
        .collect();
    if posix.is_empty() { sys_locale::get_locales().collect() } else { posix }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the content and the messages; report every problem with file, line and column.
    Check(CheckArgs),
    /// Evaluate every right for the answers in a file, and print the result.
    Evaluate(EvaluateArgs),
}

/// The `check` options.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Also list rights and parameters by the date they were checked, oldest first, with every
    /// fact not yet verified: what a maintainer should re-check.
    #[arg(long)]
    pub freshness: bool,
    /// Where content and messages come from.
    #[command(flatten)]
    pub sources: SourceArgs,
}

/// Where content and messages come from.
#[derive(Debug, Args)]
pub struct SourceArgs {
    /// Read the content from this folder instead of the built-in content.
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Read the messages from this folder instead of the built-in messages.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Add the local rights, offices and messages of this municipality (content/local/NAME).
    #[arg(long, value_name = "NAME")]
    pub municipality: Option<String>,
}

impl SourceArgs {
    /// Whether the built-in content and messages are used as they are (no folder, no
    /// municipality): then the compiled form checked at build time serves.
    pub fn built_in(&self) -> bool {
        self.content.is_none() && self.locales.is_none() && self.municipality.is_none()
    }
}

/// The `evaluate` options.
#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// The answers: a TOML file with fact ids as keys (a scenario file works too).
    #[arg(long, value_name = "FILE")]
    pub answers: PathBuf,
    /// The language and the day.
    #[command(flatten)]
    pub common: Common,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Compare with the answers in this file: which rights change status ("if she moves in
    /// with her partner…"), as text or JSON.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["what_if", "second_lang"])]
    pub compare: Option<PathBuf>,
    /// With `--format json`: for each unlikely or unknown right, the smallest change of answers
    /// that would bring it within reach (`what_would_change`).
    #[arg(long)]
    pub what_if: bool,
    /// With `--format html` or `pdf`: a second language beside the person's (e.g. nl).
    #[arg(long, value_name = "LANG")]
    pub second_lang: Option<String>,
    /// Where content and messages come from.
    #[command(flatten)]
    pub sources: SourceArgs,
}

impl EvaluateArgs {
    /// Flags that only work together, as a usage error naming them (clap cannot say "only with
    /// this value of --format").
    pub fn mismatch(&self) -> Option<String> {
        if self.what_if && self.format != Format::Json {
            return Some("--what-if works with --format json only".to_string());
        }
        if self.second_lang.is_some() && !matches!(self.format, Format::Html | Format::Pdf) {
            return Some("--second-lang works with --format html or pdf only".to_string());
        }
        if self.compare.is_some() && matches!(self.format, Format::Html | Format::Pdf) {
            return Some(format!(
                "--compare writes text or json, not {}",
                if self.format == Format::Pdf { "pdf" } else { "html" }
            ));
        }
        None
    }
}

/// Output formats of `evaluate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text for people.
    Text,
    /// Stable JSON for programs (documented in the README).
    Json,
    /// The handout as one HTML page, printable on A4 in large type.
    Html,
    /// The handout as PDF on A4 (the printed page); never written to a terminal.
    Pdf,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-28"))
}
