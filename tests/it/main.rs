//! Rechtenwijzer's integration tests, in one binary (one link instead of sixteen): the domain
//! on the shipped content, the real binary, the full screen without a terminal, and the real
//! binary in a pseudo-terminal. Shared helpers live in `support`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise
#![allow(unreachable_pub)] // the modules share helpers inside this one binary
#![allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)] // small test numbers
#![allow(clippy::disallowed_methods)] // tests set up environments and read PATH

mod support;

mod arabic;
mod architecture;
mod catalogue;
mod cli;
mod engine;
mod invalid_content;
mod keys;
mod kiosk;
mod languages;
mod launcher;
mod messages;
mod pdf;
mod plain;
mod pty;
mod reading_modes;
mod robustness;
mod scenarios;
mod screens;
mod terminal_safety;
mod tui;
mod whatif;
