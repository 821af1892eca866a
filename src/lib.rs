//! Rechtenwijzer, the program: the command line, the full-screen interview, plain mode, the
//! outputs and the kiosk, all renderers over `rechtenwijzer_core`. The library holds
//! everything, so tests drive it without a terminal; the binary only parses and dispatches.

pub mod builtin;
pub mod cli;
pub mod kiosk;
pub mod output;
pub mod plain;
pub mod tui;
