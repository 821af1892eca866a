//! The real binary in a pseudo-terminal, read through a terminal emulator (`vt100`): what only a
//! terminal shows — the alternate screen, the cursor, and the wipe when the session ends.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A running program in a pseudo-terminal and everything it wrote.
struct Session {
    output: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Kept open for as long as the session is read.
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::start_with(args, cols, rows, &[])
    }

    fn start_with(args: &[&str], cols: u16, rows: u16, envs: &[(&str, &std::path::Path)]) -> Session {
        let pair = native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_rechtenwijzer"));
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env_remove("LANG");
        command.env_remove("LC_ALL");
        command.env_remove("LC_MESSAGES");
        for (name, value) in envs {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(count) = reader.read(&mut buffer) {
                if count == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buffer[..count]);
            }
        });
        Session { output, writer, child, _master: pair.master }
    }

    fn screen(&self) -> vt100::Parser {
        let mut parser = vt100::Parser::new(24, 80, 0);
        parser.process(&self.output.lock().unwrap());
        parser
    }

    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let contents = self.screen().screen().contents();
            if contents.contains(text) {
                return;
            }
            assert!(Instant::now() < deadline, "waited for {text:?}; the screen shows:\n{contents}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let each key arrive on its own, as a person types.
        std::thread::sleep(Duration::from_millis(120));
    }

    fn wait_for_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Give the reader a moment to collect the last bytes.
                std::thread::sleep(Duration::from_millis(300));
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "the program did not stop");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[test]
fn an_interview_in_a_real_terminal_ends_with_the_terminal_restored_and_wiped() {
    let mut session = Session::start(&["--date", "2026-11-28"], 80, 24);
    session.wait_for("Beginnen met de vragen");
    assert!(session.screen().screen().alternate_screen(), "the interview uses the alternate screen");
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    session.send("4");
    session.send("5");
    session.send("\r");
    session.wait_for("Waar woont u?");
    // The cursor sits on the focused option (magnifiers follow it).
    let parser = session.screen();
    let (row, _) = parser.screen().cursor_position();
    assert!(parser.screen().contents_between(row, 0, row, 80).contains('▶'), "{}", parser.screen().contents());
    session.send("1");
    session.wait_for("nationaliteit");
    session.send("r");
    session.wait_for("Wat u misschien kunt krijgen");
    session.send("q");
    session.wait_for("Wilt u stoppen?");
    session.send("1");
    assert_eq!(session.wait_for_exit(), 0);

    let output = session.output.lock().unwrap().clone();
    let text = String::from_utf8_lossy(&output);
    assert!(text.ends_with("\x1b[H\x1b[2J\x1b[3J"), "the session ends by wiping screen and scrollback");
    let parser = session.screen();
    let screen = parser.screen();
    assert!(!screen.alternate_screen(), "the alternate screen was left");
    assert!(!screen.hide_cursor(), "the cursor is shown again");
    assert_eq!(screen.contents().trim(), "", "nothing of the session stays on screen");
}

fn assert_restored_and_wiped(session: &Session) {
    let output = session.output.lock().unwrap().clone();
    assert!(String::from_utf8_lossy(&output).ends_with("\x1b[H\x1b[2J\x1b[3J"), "the wipe comes last, 3J after 2J");
    let parser = session.screen();
    assert!(!parser.screen().alternate_screen(), "the alternate screen was left");
    assert!(!parser.screen().hide_cursor(), "the cursor is shown again");
    assert_eq!(parser.screen().contents().trim(), "", "nothing of the session stays on screen");
}

#[test]
fn sigterm_restores_and_wipes_the_terminal() {
    let mut session = Session::start(&["--date", "2026-11-28", "--kiosk"], 80, 24);
    session.wait_for("Beginnen met de vragen");
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    session.send("4");
    session.send("5");
    let pid = session.child.process_id().expect("a process id").to_string();
    let killed = std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    assert_eq!(session.wait_for_exit(), 0);
    assert_restored_and_wiped(&session);
}

#[test]
fn a_whole_session_writes_no_file_in_the_home_or_temp_folder() {
    let base = std::env::temp_dir().join(format!("rechtenwijzer-pty-files-{}", std::process::id()));
    let (home, temp) = (base.join("home"), base.join("tmp"));
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&temp).unwrap();
    let mut session = Session::start_with(&["--date", "2026-11-28"], 80, 24, &[("HOME", &home), ("TMPDIR", &temp)]);
    session.wait_for("Beginnen met de vragen");
    for keys in ["\r", "6", "7", "\r", "1", "1", "2", "r", "\r", "d", "o", "?"] {
        session.send(keys);
    }
    session.send("q");
    session.wait_for("Wilt u stoppen?");
    session.send("1");
    assert_eq!(session.wait_for_exit(), 0);
    let left: Vec<_> = std::fs::read_dir(&home).unwrap().chain(std::fs::read_dir(&temp).unwrap()).collect();
    let _ = std::fs::remove_dir_all(&base);
    assert!(left.is_empty(), "files left behind: {left:?}");
    assert_restored_and_wiped(&session);
}

#[test]
fn a_terminal_that_goes_away_ends_the_program() {
    let mut session = Session::start(&["--date", "2026-11-28", "--kiosk"], 80, 24);
    session.wait_for("Beginnen met de vragen");
    // Closing the terminal window sends SIGHUP; the program must not stay behind, spinning on
    // a terminal that no longer answers (kiosk mode ignores every key, not this).
    let pid = session.child.process_id().expect("a process id").to_string();
    assert!(std::process::Command::new("kill").args(["-HUP", &pid]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while session.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the program outlived its terminal");
        std::thread::sleep(Duration::from_millis(50));
    }
}
