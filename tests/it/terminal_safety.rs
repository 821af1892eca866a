//! The real binary on a shared computer, in a pseudo-terminal: signals, a terminal that goes
//! away, pastes and bursts, a hanging printer, and the kiosk's own keys — what a reliability
//! probe found and only a terminal shows.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use crate::pty::assert_restored_and_wiped;
use crate::support::Scratch;
use crate::support::pty::Pty;

const BIN: &str = env!("CARGO_BIN_EXE_rechtenwijzer");
const F1: &str = "\x1bOP";
const F9: &str = "\x1b[20~";
/// Ctrl+Alt+Q as terminals send it: Escape, then Ctrl+Q.
const STAFF_CHORD: &str = "\x1b\x11";

fn kiosk(envs: &[(&str, &str)]) -> Pty {
    let session = Pty::start(BIN, &["--date", "2026-11-28", "--kiosk"], 80, 24, envs);
    session.wait_for("Beginnen met de vragen");
    session
}

/// Waits a little and says whether the program is still running.
fn still_running_after(session: &mut Pty, wait: Duration) -> bool {
    std::thread::sleep(wait);
    !session.has_stopped()
}

#[test]
fn user_and_suspend_signals_change_nothing_and_quit_wipes_the_screen() {
    let mut session = kiosk(&[]);
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    for signal in ["USR1", "USR2", "ALRM", "TSTP"] {
        session.signal(signal);
    }
    assert!(
        still_running_after(&mut session, Duration::from_millis(500)),
        "a user or suspend signal ended the program"
    );
    session.send("4");
    session.send("5");
    session.send("\r");
    session.wait_for("Waar woont u?");
    session.signal("QUIT");
    assert_eq!(session.wait_for_exit(), 0);
    assert_restored_and_wiped(&session);
}

#[test]
fn a_hang_up_wipes_the_screen_and_exits_129() {
    let mut session = kiosk(&[]);
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    session.signal("HUP");
    assert_eq!(session.wait_for_exit(), 129);
    assert_restored_and_wiped(&session);
}

#[test]
fn a_terminal_closed_without_a_hang_up_signal_ends_the_program_without_spinning() {
    // `script` holds the terminal; `setsid` puts the program in a session without a
    // controlling terminal, so when `script` is killed the program gets no SIGHUP: its reads
    // only start failing. (The harness's own terminal keeps a reader open, so it cannot close.)
    let scratch = Scratch::new("closed-terminal");
    let pid_file = scratch.0.join("pid");
    let inner = format!("echo $$ > '{}'; exec setsid -w '{BIN}' --date 2026-11-28 --kiosk", pid_file.display());
    let mut holder = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &inner, "/dev/null"])
        .env("TERM", "xterm-256color")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let pid = loop {
        if let Some(pid) = std::fs::read_to_string(&pid_file).ok().filter(|text| text.ends_with('\n')) {
            break pid.trim().to_string();
        }
        assert!(Instant::now() < deadline, "the program did not start");
        std::thread::sleep(Duration::from_millis(50));
    };
    std::thread::sleep(Duration::from_millis(800));
    assert!(std::path::Path::new(&format!("/proc/{pid}")).exists(), "the program runs in its terminal");
    holder.kill().unwrap();
    holder.wait().unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| !stat.contains(") Z ")) {
        assert!(Instant::now() < deadline, "the program outlived its terminal");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_64_kilobyte_paste_and_a_burst_of_keys_leave_the_screen_responsive() {
    let mut session = kiosk(&[]);
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend(std::iter::repeat_n(b'7', 64 * 1024));
    paste.extend_from_slice(b"\x1b[201~");
    session.send_bytes(&paste);
    session.send_bytes(&b"\x1b[B\x1b[A".repeat(2_000));
    let pressed = Instant::now();
    session.send_bytes(F1.as_bytes());
    assert!(session.shows_within("Hulp", Duration::from_secs(3)), "F1 after a paste: {}", session.contents());
    assert!(pressed.elapsed() < Duration::from_secs(3));
}

#[test]
fn an_unterminated_paste_does_not_swallow_the_staff_chord() {
    let mut session = kiosk(&[("RECHTENWIJZER_STAFF_PIN", "4711")]);
    session.send("\x1b[200~12");
    std::thread::sleep(Duration::from_millis(300));
    session.send(STAFF_CHORD);
    session.wait_for("Alleen voor personeel");
    session.send("4711\r");
    assert_eq!(session.wait_for_exit(), 0);
    assert_restored_and_wiped(&session);
}

#[test]
fn a_hanging_printer_leaves_the_screen_working_and_says_it_is_busy() {
    let scratch = Scratch::new("hanging-lp");
    let tools = scratch.0.join("bin");
    std::fs::create_dir_all(&tools).unwrap();
    std::fs::write(tools.join("lp"), "#!/bin/sh\nexec sleep 600\n").unwrap();
    std::fs::set_permissions(tools.join("lp"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", tools.display(), std::env::var("PATH").unwrap_or_default());
    let mut session = kiosk(&[("PATH", &path)]);
    session.send("r");
    session.wait_for("Wat u misschien kunt krijgen");
    session.send("p");
    session.wait_for("Afdrukken op de printer");
    assert!(!session.contents().contains("Bewaren in een bestand"), "a kiosk offers no saving to a file");
    session.send("\r");
    session.wait_for("Uw blad wordt naar de printer gestuurd");
    session.send(F1);
    session.wait_for("Hulp");
    session.signal("TERM");
    assert_eq!(session.wait_for_exit(), 0);
}

#[test]
fn start_over_works_in_a_terminal_that_never_answers_a_cursor_query() {
    // The emulator here answers no query: a reset that waited for one would hang.
    let mut session = kiosk(&[]);
    session.answer_the_age();
    session.send(F9);
    session.wait_for("Wilt u opnieuw beginnen?");
    session.send("1");
    session.wait_for("Beginnen met de vragen");
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    assert!(!session.contents().contains("45"), "the previous person's answer is gone");
}

#[test]
fn the_key_that_stops_the_idle_countdown_does_nothing_else() {
    let scratch = Scratch::new("idle");
    let config = scratch.0.join("kiosk.toml");
    std::fs::write(&config, "idle-seconds = 1\ncountdown-seconds = 20\n").unwrap();
    let mut session =
        Pty::start(BIN, &["--date", "2026-11-28", "--kiosk", "--kiosk-config", config.to_str().unwrap()], 80, 24, &[]);
    session.wait_for("Beginnen met de vragen");
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    let before = session.contents();
    session.wait_for("Bent u er nog?");
    session.send("\r");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(session.contents(), before, "Enter only stopped the countdown");
}

#[test]
fn plain_mode_on_a_kiosk_starts_over_on_q_and_ignores_ctrl_d_and_ctrl_c() {
    let mut session = Pty::start(BIN, &["--date", "2026-11-28", "--kiosk", "--plain"], 80, 24, &[]);
    session.wait_for("Hoe oud bent u?");
    session.send("\x03");
    session.send("\x04");
    assert!(still_running_after(&mut session, Duration::from_millis(300)), "Ctrl+C or Ctrl+D ended a kiosk");
    session.send("q\r");
    session.wait_for("Wilt u opnieuw beginnen?");
    assert!(!session.has_stopped());
    session.signal("TERM");
    assert_eq!(session.wait_for_exit(), 0, "a stop signal ends plain mode while it waits for a line");
    assert!(String::from_utf8_lossy(&session.output()).ends_with("\x1b[3J"), "and wipes the screen");
}
