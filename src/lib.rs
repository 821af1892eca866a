//! Rechtenwijzer: find the social rights a household in Flanders is entitled to. The library
//! holds everything; the binary only parses the command line and dispatches.

pub mod answers;
pub mod check;
pub mod cli;
pub mod content;
pub mod date;
pub mod diagnostic;
pub mod export;
pub mod handout;
pub mod i18n;
pub mod interview;
pub mod overlay;
pub mod plain;
pub mod report;
pub mod rules;
pub mod source;
pub mod text;
pub mod tui;
pub mod whatif;
