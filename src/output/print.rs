//! The handout's ways out of the program, and only when the person asks: printed through `lp`
//! from standard input (no file of ours is left behind), or saved in a file the person names
//! (never over an existing one). Nothing else is ever written.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use rechtenwijzer_core::model::date::Date;

/// The job title printers show: neutral, never a name or an answer.
pub const PRINT_TITLE: &str = "Rechtenwijzer";

/// A file name to start from: the program and the day, nothing personal.
pub fn suggested_name(date: Date) -> String {
    format!("rechtenwijzer-{date}.html")
}

/// Prints `text` with `lp -t Rechtenwijzer -`, which reads standard input: the text never
/// touches the disk on our side. Returns why it failed, for the person.
pub fn print(text: &str) -> Result<(), PrintError> {
    let mut child = Command::new("lp")
        .args(["-t", PRINT_TITLE, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| PrintError::NoPrinter)?;
    let written = child
        .stdin
        .take()
        .ok_or(PrintError::Failed)
        .and_then(|mut stdin| stdin.write_all(text.as_bytes()).map_err(|_| PrintError::Failed));
    let status = child.wait().map_err(|_| PrintError::Failed)?;
    written?;
    if status.success() { Ok(()) } else { Err(PrintError::Failed) }
}

/// Why printing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintError {
    /// There is no `lp` (no printing system).
    NoPrinter,
    /// `lp` refused or the printer is not there.
    Failed,
}

/// Saves the handout in a new file; an existing file is never overwritten.
pub fn save(path: &Path, html: &str) -> Result<(), SaveError> {
    let mut file =
        std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|error| match error.kind() {
            std::io::ErrorKind::AlreadyExists => SaveError::Exists,
            _ => SaveError::Failed,
        })?;
    file.write_all(html.as_bytes()).map_err(|_| SaveError::Failed)
}

/// Why saving failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// A file of that name exists already.
    Exists,
    /// The folder cannot be written.
    Failed,
}
