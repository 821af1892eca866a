//! The handout's ways out of the program, and only when the person asks: printed as a PDF
//! through `lp` from standard input (no file of ours is left behind; the printer gets the A4
//! page in large type, with Arabic shaped, never a plain-text dump), or saved in a file the
//! person names (never over an existing one). Nothing else is ever written.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rechtenwijzer_core::model::date::Date;

use super::pdf::Handout;

/// The job title printers show: neutral, never a name or an answer.
pub const PRINT_TITLE: &str = "Rechtenwijzer";

/// A file name to start from: the program and the day, nothing personal.
pub fn suggested_name(date: Date) -> String {
    format!("rechtenwijzer-{date}.html")
}

/// How long `lp` may take before printing counts as failed (a printer queue that hangs must
/// not hold the person).
pub const PRINT_TIMEOUT: Duration = Duration::from_secs(30);

/// Prints `document` (a PDF) with `lp -t Rechtenwijzer -`, which reads standard input: it never
/// touches the disk on our side. An `lp` that has not finished after `timeout` is stopped.
/// Returns why it failed, for the person.
pub fn print(document: &[u8], timeout: Duration) -> Result<(), PrintError> {
    let mut child = Command::new("lp")
        .args(["-t", PRINT_TITLE, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| PrintError::NoPrinter)?;
    // Written by a thread of its own: an `lp` that does not read must not block us either.
    let writer = child.stdin.take().map(|mut stdin| {
        let document = document.to_vec();
        std::thread::spawn(move || stdin.write_all(&document).is_ok())
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PrintError::Failed);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => return Err(PrintError::Failed),
        }
    };
    let written = writer.is_some_and(|writer| writer.join().unwrap_or(false));
    if status.success() && written { Ok(()) } else { Err(PrintError::Failed) }
}

/// A print running beside the interview: the screen stays alive while `lp` works.
pub struct PrintJob {
    done: std::sync::mpsc::Receiver<Result<(), PrintError>>,
}

impl PrintJob {
    /// Lays out the handout as PDF and prints it, in a thread of its own (laying out takes a
    /// moment; the screen stays alive meanwhile).
    pub fn start(handout: Handout) -> PrintJob {
        let (sender, done) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let printed = match handout.render() {
                Ok(document) => print(&document, PRINT_TIMEOUT),
                Err(_) => Err(PrintError::Failed),
            };
            let _ = sender.send(printed);
        });
        PrintJob { done }
    }

    /// How it went, once it is done.
    pub fn finished(&self) -> Option<Result<(), PrintError>> {
        match self.done.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Err(PrintError::Failed)),
        }
    }
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
