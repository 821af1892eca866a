//! Plain mode, run as a screen reader user or a script would: the real binary with piped input.
//! Golden transcripts per flow; no cursor movement, no colour, no box drawing.

use std::io::Write;
use std::process::{Command, Stdio};

fn transcript(input: &str, extra: &[&str]) -> (String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rechtenwijzer"));
    command.args(["--plain", "--date", "2026-11-28", "--lang", "nl"]).args(extra);
    command.env_remove("NO_COLOR").env_remove("LANG").env_remove("LC_ALL").env("TERM", "xterm-256color");
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
    (String::from_utf8(output.stdout).unwrap(), output.status.code().unwrap_or(-1))
}

fn assert_plain(text: &str) {
    assert!(!text.contains('\x1b'), "plain mode wrote an escape sequence");
    let boxes = text.chars().filter(|c| ('\u{2500}'..='\u{259F}').contains(c)).count();
    assert_eq!(boxes, 0, "plain mode drew box or block characters");
}

#[test]
fn a_household_answers_every_question_by_number() {
    // 45 years, Flanders, Belgian, alone, no children, no other adults, 1100/month, 13000/year,
    // no savings (0), receives leefloon (1), school none (5), private tenant (1), 0 years waiting,
    // no move (6), heating oil (1), no disability (2), no care need (2), no debts (5), no legal
    // problem (2), no baby (2). The childcare question is not asked without children, nor the
    // budget meter without debts.
    let input = "45\n1\n1\n2\n0\n0\n1100\n13000\n0\n1\n5\n1\n0\n6\n1\n2\n2\n5\n2\n2\nq\n1\n";
    let (text, code) = transcript(input, &[]);
    assert_eq!(code, 0);
    assert_plain(&text);
    insta::assert_snapshot!("plain_full_interview", text);
}

#[test]
fn results_details_and_documents_then_the_input_ends() {
    // Skip to the results at once, open the first right, then the documents; the input ends.
    let (text, code) = transcript("r\n1\n\nd\n", &[]);
    assert_eq!(code, 0);
    assert_plain(&text);
    assert!(text.contains("Wat u misschien kunt krijgen"));
    assert!(text.contains("Documenten om mee te nemen"));
    insta::assert_snapshot!("plain_results_detail_documents", text);
}

#[test]
fn a_wrong_answer_is_explained_and_asked_again() {
    let (text, code) = transcript("veertig\n200\n\n9\n1\nq\n2\nq\n1\n", &[]);
    assert_eq!(code, 0);
    assert_plain(&text);
    assert!(text.contains("Typ een getal en druk op Enter."), "{text}");
    assert!(text.contains("Dat getal kan niet. Typ een getal van 0 tot 120."), "{text}");
    assert!(text.contains("Dat antwoord kan niet. Typ een nummer uit de lijst."), "{text}");
    insta::assert_snapshot!("plain_wrong_answers_and_stop", text);
}

#[test]
fn dumb_terminals_and_screen_readers_get_plain_mode_without_the_flag() {
    for (name, value) in [("TERM", "dumb"), ("ACCESSIBLE", "1")] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rechtenwijzer"))
            .args(["--date", "2026-11-28"])
            .env(name, value)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"q\n1\n").unwrap();
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{name}={value}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stdout).contains("Vraag 1 van ongeveer"), "{name}={value}");
    }
}
