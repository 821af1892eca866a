//! A program in a pseudo-terminal, read through a terminal emulator (`vt100`) that is fed as
//! the bytes arrive: what only a terminal shows (the alternate screen, the cursor, the wipe at
//! the end, what a signal does). Shared by the tests and the terminal benchmark.

#![allow(dead_code, unreachable_pub, clippy::unwrap_used, clippy::expect_used)] // each user takes what it needs

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A running program in a pseudo-terminal, everything it wrote, and the screen it drew.
pub struct Pty {
    raw: Arc<Mutex<Vec<u8>>>,
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    /// The program.
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Kept open for as long as the program is read (dropping it hangs the terminal up).
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
}

impl Pty {
    /// Starts `program` in a terminal of `cols` x `rows` with `TERM=xterm-256color`, without
    /// the machine's language settings, with `envs` added.
    pub fn start(program: &str, args: &[&str], cols: u16, rows: u16, envs: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        for name in ["LANG", "LC_ALL", "LC_MESSAGES"] {
            command.env_remove(name);
        }
        for (name, value) in envs {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let raw = Arc::new(Mutex::new(Vec::new()));
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let (raw_sink, parser_sink) = (Arc::clone(&raw), Arc::clone(&parser));
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(count) = reader.read(&mut buffer) {
                if count == 0 {
                    break;
                }
                raw_sink.lock().unwrap().extend_from_slice(&buffer[..count]);
                parser_sink.lock().unwrap().process(&buffer[..count]);
            }
        });
        Pty { raw, parser, writer, child, master: Some(pair.master) }
    }

    /// The real `rechtenwijzer` at 80x24.
    pub fn rechtenwijzer(args: &[&str]) -> Pty {
        Pty::start(env!("CARGO_BIN_EXE_rechtenwijzer"), args, 80, 24, &[])
    }

    /// What the screen shows now.
    pub fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Looks at the emulated screen.
    pub fn with_screen<T>(&self, look: impl FnOnce(&vt100::Screen) -> T) -> T {
        look(self.parser.lock().unwrap().screen())
    }

    /// Every byte the program wrote.
    pub fn output(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until `text` is on screen, or `timeout` passes; returns whether it came.
    pub fn shows_within(&self, text: &str, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if self.contents().contains(text) {
                return true;
            }
            if Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    }

    /// Waits until `text` is on screen (at most 20 s, then the test fails showing the screen).
    pub fn wait_for(&self, text: &str) {
        assert!(
            self.shows_within(text, Duration::from_secs(20)),
            "waited for {text:?}; the screen shows:\n{}",
            self.contents()
        );
    }

    /// Types keys as a person does: each arrives on its own.
    pub fn send(&mut self, keys: &str) {
        self.send_bytes(keys.as_bytes());
        std::thread::sleep(Duration::from_millis(120));
    }

    /// Writes bytes at once, as a paste or a burst does.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// From the welcome screen, starts the questions and answers the first (age 45), as a
    /// person types it, until the second question shows.
    pub fn answer_the_age(&mut self) {
        self.send("\r");
        self.wait_for("Hoe oud bent u?");
        self.send("4");
        self.send("5");
        self.send("\r");
        self.wait_for("Waar woont u?");
    }

    /// The program's process id.
    pub fn pid(&self) -> String {
        self.child.process_id().expect("a process id").to_string()
    }

    /// Sends a signal (`TERM`, `HUP`, …) to the program.
    pub fn signal(&self, name: &str) {
        let sent = std::process::Command::new("kill").args([&format!("-{name}"), &self.pid()]).status().unwrap();
        assert!(sent.success(), "kill -{name}");
    }

    /// Closes the terminal's master side, as a terminal window that goes away without a signal.
    pub fn close(&mut self) {
        self.master = None;
    }

    /// Whether the program has stopped.
    pub fn has_stopped(&mut self) -> bool {
        self.child.try_wait().unwrap().is_some()
    }

    /// Waits for the program to stop (at most 20 s) and returns its exit code.
    pub fn wait_for_exit(&mut self) -> u32 {
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

    /// Peak memory (VmHWM) of the running program, as /proc reports it.
    pub fn peak_memory(&self) -> Option<String> {
        let pid = self.child.process_id()?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        status.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
    }
}
