//! The command line: subcommands, flags and the environment. The only module that reads the
//! environment.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::date::Date;

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

/// The options of the full-screen interview.
#[derive(Debug, Args)]
pub struct InterviewArgs {
    /// The language (default: from LC_ALL, LC_MESSAGES or LANG, else nl).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Apply the rules as they stand on this day (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,
    /// Where content and messages come from.
    #[command(flatten)]
    pub sources: SourceArgs,
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

/// The `evaluate` options.
#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// The answers: a TOML file with fact ids as keys (a scenario file works too).
    #[arg(long, value_name = "FILE")]
    pub answers: PathBuf,
    /// Apply the rules as they stand on this day (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,
    /// The language of the output (default: from LC_ALL, LC_MESSAGES or LANG, else nl).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Where content and messages come from.
    #[command(flatten)]
    pub sources: SourceArgs,
}

/// Output formats of `evaluate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text for people.
    Text,
    /// Stable JSON for programs (documented in the README).
    Json,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-28"))
}

/// Language preference from the environment: the language part of LC_ALL, LC_MESSAGES or
/// LANG, in that order (`fr_BE.UTF-8` gives `fr`). `C` and `POSIX` say nothing.
pub fn language_from_environment() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|name| {
        let value = std::env::var(name).ok()?;
        let language = value.split(['_', '.', '@', '-']).next()?.to_ascii_lowercase();
        (!language.is_empty() && language != "c" && language != "posix").then_some(language)
    })
}
