//! The real binary in a pseudo-terminal, read through a terminal emulator (`vt100`): what only a
//! terminal shows — the alternate screen, the cursor, and the wipe when the session ends.

use std::time::{Duration, Instant};

use crate::support::pty::Pty;

#[test]
fn an_interview_in_a_real_terminal_ends_with_the_terminal_restored_and_wiped() {
    let mut session = Pty::rechtenwijzer(&["--date", "2026-11-28"]);
    session.wait_for("Beginnen met de vragen");
    assert!(session.with_screen(vt100::Screen::alternate_screen), "the interview uses the alternate screen");
    session.answer_the_age();
    // The cursor sits on the focused option (magnifiers follow it).
    session.with_screen(|screen| {
        let (row, _) = screen.cursor_position();
        assert!(screen.contents_between(row, 0, row, 80).contains('▶'), "{}", screen.contents());
    });
    session.send("1");
    session.wait_for("nationaliteit");
    session.send("r");
    session.wait_for("Wat u misschien kunt krijgen");
    session.send("q");
    session.wait_for("Wilt u stoppen?");
    session.send("1");
    assert_eq!(session.wait_for_exit(), 0);

    assert_restored_and_wiped(&session);
}

/// The session ended by leaving the alternate screen, showing the cursor, and wiping screen and
/// scrollback with `3J` last.
pub fn assert_restored_and_wiped(session: &Pty) {
    let output = session.output();
    assert!(String::from_utf8_lossy(&output).ends_with("\x1b[H\x1b[2J\x1b[3J"), "the wipe comes last, 3J after 2J");
    // The terminal was asked not to reorder right-to-left text (BDSM explicit), and given its
    // default (implicit) back on the way out.
    let text = String::from_utf8_lossy(&output);
    let (explicit, implicit) = (text.find("\x1b[8l"), text.rfind("\x1b[8h"));
    assert!(explicit.is_some() && implicit > explicit, "CSI 8 l at the start, CSI 8 h at the end");
    session.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "the alternate screen was left");
        assert!(!screen.hide_cursor(), "the cursor is shown again");
        assert_eq!(screen.contents().trim(), "", "nothing of the session stays on screen");
    });
}

#[test]
fn sigterm_restores_and_wipes_the_terminal() {
    let mut session = Pty::rechtenwijzer(&["--date", "2026-11-28", "--kiosk"]);
    session.wait_for("Beginnen met de vragen");
    session.send("\r");
    session.wait_for("Hoe oud bent u?");
    session.send("4");
    session.send("5");
    session.signal("TERM");
    assert_eq!(session.wait_for_exit(), 0);
    assert_restored_and_wiped(&session);
}

#[test]
fn a_whole_session_writes_no_file_in_the_home_or_temp_folder() {
    let base = std::env::temp_dir().join(format!("rechtenwijzer-pty-files-{}", std::process::id()));
    let (home, temp) = (base.join("home"), base.join("tmp"));
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&temp).unwrap();
    let envs = [("HOME", home.to_str().unwrap()), ("TMPDIR", temp.to_str().unwrap())];
    let mut session = Pty::start(env!("CARGO_BIN_EXE_rechtenwijzer"), &["--date", "2026-11-28"], 80, 24, &envs);
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
    let mut session = Pty::rechtenwijzer(&["--date", "2026-11-28", "--kiosk"]);
    session.wait_for("Beginnen met de vragen");
    // Closing the terminal window sends SIGHUP; the program must not stay behind, spinning on
    // a terminal that no longer answers (kiosk mode ignores every key, not this).
    session.signal("HUP");
    let deadline = Instant::now() + Duration::from_secs(10);
    while session.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the program outlived its terminal");
        std::thread::sleep(Duration::from_millis(50));
    }
}
