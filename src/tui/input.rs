//! Keys from the terminal: a thread reads whatever bytes arrive (a burst or a paste is read at
//! once, never left in the queue), and a small decoder turns them into key events — printable
//! characters, control keys, Alt chords, arrows, Home/End, PgUp/PgDn, F1–F12 in the xterm,
//! VT and Linux console forms, and kitty's `CSI u`. A bracketed paste ends when its closing mark
//! arrives or after a pause, so a paste that never ends cannot swallow the staff's keys. A
//! terminal that goes away (the read ends or fails) is reported, so the program stops instead
//! of waiting on a dead terminal.

use std::io::Read;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// How long a lone ESC waits for the rest of a sequence before it counts as the Esc key.
const ESCAPE_WAIT: Duration = Duration::from_millis(40);
/// How long a paste may pause before it counts as ended (a real paste arrives at once).
const PASTE_PAUSE: Duration = Duration::from_millis(300);
/// The longest sequence kept while waiting for its end; anything longer is dropped.
const MAX_SEQUENCE: usize = 256;
/// The most text a paste keeps.
const MAX_PASTE: usize = 64 * 1024;

/// What the terminal said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key.
    Key(KeyEvent),
    /// Text pasted in one go (bracketed paste).
    Paste(String),
}

/// What waiting for input gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wait {
    /// Keys or pastes, in order.
    Inputs(Vec<Input>),
    /// Nothing came in time.
    Nothing,
    /// The terminal is gone: the input ended or failed.
    Gone,
}

/// The keys of the terminal, read by a thread of their own.
pub struct Keys {
    bytes: Receiver<Vec<u8>>,
    decoder: Decoder,
}

impl Keys {
    /// Starts reading standard input (the terminal, in raw mode).
    pub fn start() -> Keys {
        let (sender, bytes) = mpsc::channel();
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin();
            let mut buffer = [0u8; 16 * 1024];
            loop {
                match stdin.read(&mut buffer) {
                    // The end, or an error such as EIO from a hung-up terminal: say so by
                    // hanging up the channel.
                    Ok(0) | Err(_) => return,
                    Ok(count) => {
                        if sender.send(buffer[..count].to_vec()).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        Keys { bytes, decoder: Decoder::default() }
    }

    /// Waits up to `timeout` for input, then takes everything that has arrived.
    pub fn wait(&mut self, timeout: Duration) -> Wait {
        let first = match self.bytes.recv_timeout(timeout) {
            Ok(bytes) => bytes,
            Err(RecvTimeoutError::Timeout) => return self.flush_after_pause(),
            Err(RecvTimeoutError::Disconnected) => return Wait::Gone,
        };
        self.decoder.feed(&first);
        let mut gone = false;
        loop {
            match self.bytes.try_recv() {
                Ok(bytes) => self.decoder.feed(&bytes),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    gone = true;
                    break;
                }
            }
        }
        // A sequence cut between two reads: give its end a moment to arrive.
        while self.decoder.waiting() {
            let pause = if self.decoder.in_paste() { PASTE_PAUSE } else { ESCAPE_WAIT };
            match self.bytes.recv_timeout(pause) {
                Ok(bytes) => self.decoder.feed(&bytes),
                Err(RecvTimeoutError::Timeout) => {
                    self.decoder.finish();
                    break;
                }
                Err(RecvTimeoutError::Disconnected) => {
                    gone = true;
                    self.decoder.finish();
                    break;
                }
            }
        }
        let inputs = self.decoder.take();
        match (inputs.is_empty(), gone) {
            (true, true) => Wait::Gone,
            (true, false) => Wait::Nothing,
            (false, _) => Wait::Inputs(inputs),
        }
    }

    fn flush_after_pause(&mut self) -> Wait {
        if self.decoder.waiting() {
            self.decoder.finish();
        }
        let inputs = self.decoder.take();
        if inputs.is_empty() { Wait::Nothing } else { Wait::Inputs(inputs) }
    }
}

/// Turns bytes into keys; keeps an unfinished sequence until more bytes come or `finish`.
#[derive(Debug, Default)]
pub struct Decoder {
    pending: Vec<u8>,
    paste: Option<Vec<u8>>,
    /// The rest of an over-long sequence is being dropped, up to its final byte.
    discarding: bool,
    out: Vec<Input>,
}

impl Decoder {
    /// Whether an unfinished sequence or paste waits for more bytes.
    pub fn waiting(&self) -> bool {
        !self.pending.is_empty() || self.paste.is_some()
    }

    /// Whether a paste is open.
    pub fn in_paste(&self) -> bool {
        self.paste.is_some()
    }

    /// The inputs decoded so far.
    pub fn take(&mut self) -> Vec<Input> {
        std::mem::take(&mut self.out)
    }

    /// No more bytes are coming for now: a lone ESC is the Esc key, an open paste ends, an
    /// unfinished sequence is dropped.
    pub fn finish(&mut self) {
        if let Some(paste) = self.paste.take() {
            self.out.push(Input::Paste(String::from_utf8_lossy(&paste).into_owned()));
        }
        let pending = std::mem::take(&mut self.pending);
        if pending.as_slice() == [0x1b] {
            self.key(KeyCode::Esc, KeyModifiers::NONE);
        } else if pending.first() != Some(&0x1b) {
            // An unfinished character: the bytes that came are shown as what they are.
            self.out.extend(String::from_utf8_lossy(&pending).chars().map(|c| key(KeyCode::Char(c))));
        }
    }

    /// Decodes bytes.
    pub fn feed(&mut self, bytes: &[u8]) {
        self.pending.extend_from_slice(bytes);
        let mut start = 0;
        while start < self.pending.len() {
            if self.discarding {
                // Parameters and intermediates run up to 0x3f; the final byte ends the sequence.
                match self.pending[start..].iter().position(|b| (0x40..=0x7e).contains(b)) {
                    Some(end) => {
                        self.discarding = false;
                        start += end + 1;
                        continue;
                    }
                    None => {
                        start = self.pending.len();
                        break;
                    }
                }
            }
            if let Some(paste) = &mut self.paste {
                let rest = &self.pending[start..];
                match find(rest, b"\x1b[201~") {
                    Some(end) => {
                        paste.extend_from_slice(&rest[..end]);
                        paste.truncate(MAX_PASTE);
                        let text = String::from_utf8_lossy(paste).into_owned();
                        self.paste = None;
                        self.out.push(Input::Paste(text));
                        start += end + 6;
                        continue;
                    }
                    None => {
                        // Keep a possible start of the closing mark for the next bytes.
                        let keep = (1..6).rev().find(|&n| rest.ends_with(&b"\x1b[201~"[..n])).unwrap_or(0);
                        if paste.len() < MAX_PASTE {
                            paste.extend_from_slice(&rest[..rest.len() - keep]);
                        }
                        start = self.pending.len() - keep;
                        break;
                    }
                }
            }
            match decode(&self.pending[start..]) {
                Step::Key(code, modifiers, used) => {
                    self.key(code, modifiers);
                    start += used;
                }
                Step::Skip(used) => start += used,
                Step::PasteStart(used) => {
                    self.paste = Some(Vec::new());
                    start += used;
                }
                Step::Incomplete => {
                    if self.pending.len() - start > MAX_SEQUENCE {
                        // Not a sequence any terminal sends: drop it, to its end.
                        self.discarding = true;
                        start = self.pending.len();
                    }
                    break;
                }
            }
        }
        self.pending.drain(..start);
    }

    fn key(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        self.out.push(Input::Key(KeyEvent::new(code, modifiers)));
    }
}

/// What the bytes at the start of a buffer are.
enum Step {
    /// A key, and how many bytes it took.
    Key(KeyCode, KeyModifiers, usize),
    /// Bytes that mean nothing here (a mouse report, a cursor report, an unknown sequence).
    Skip(usize),
    /// The start of a bracketed paste.
    PasteStart(usize),
    /// The start of something that needs more bytes.
    Incomplete,
}

fn key(code: KeyCode) -> Input {
    Input::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn decode(bytes: &[u8]) -> Step {
    let Some(&first) = bytes.first() else { return Step::Incomplete };
    match first {
        0x1b => escape(bytes),
        _ => match single(bytes) {
            Some((code, modifiers, used)) => Step::Key(code, modifiers, used),
            None if bytes.len() < 4 && utf8_length(first) > bytes.len() => Step::Incomplete,
            None => Step::Skip(1),
        },
    }
}

/// A key that is not an escape sequence: a control character or a UTF-8 character.
fn single(bytes: &[u8]) -> Option<(KeyCode, KeyModifiers, usize)> {
    let first = *bytes.first()?;
    let plain = |code| Some((code, KeyModifiers::NONE, 1));
    match first {
        b'\r' | b'\n' => plain(KeyCode::Enter),
        b'\t' => plain(KeyCode::Tab),
        0x7f | 0x08 => plain(KeyCode::Backspace),
        0x00 => Some((KeyCode::Char(' '), KeyModifiers::CONTROL, 1)),
        0x01..=0x1a => Some((KeyCode::Char(char::from(b'a' + first - 1)), KeyModifiers::CONTROL, 1)),
        0x1c => Some((KeyCode::Char('\\'), KeyModifiers::CONTROL, 1)),
        0x1d => Some((KeyCode::Char(']'), KeyModifiers::CONTROL, 1)),
        0x1e => Some((KeyCode::Char('^'), KeyModifiers::CONTROL, 1)),
        0x1f => Some((KeyCode::Char('_'), KeyModifiers::CONTROL, 1)),
        _ => {
            let length = utf8_length(first);
            let text = std::str::from_utf8(bytes.get(..length)?).ok()?;
            let c = text.chars().next()?;
            Some((KeyCode::Char(c), KeyModifiers::NONE, length))
        }
    }
}

fn utf8_length(first: u8) -> usize {
    match first {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// A sequence that starts with ESC.
fn escape(bytes: &[u8]) -> Step {
    let Some(&second) = bytes.get(1) else { return Step::Incomplete };
    match second {
        b'[' => csi(bytes),
        b'O' => match bytes.get(2) {
            None => Step::Incomplete,
            Some(&third) => match ss3(third) {
                Some(code) => Step::Key(code, KeyModifiers::NONE, 3),
                None => Step::Skip(3),
            },
        },
        // OSC, DCS and the like: skip to their end (BEL or ESC \).
        b']' | b'P' | b'_' | b'^' | b'X' => {
            let body = &bytes[2..];
            match body.iter().position(|&b| b == 0x07).map(|p| p + 3).or_else(|| find(body, b"\x1b\\").map(|p| p + 4)) {
                Some(end) => Step::Skip(end),
                None => Step::Incomplete,
            }
        }
        // ESC ESC: the first one is the Esc key.
        0x1b => Step::Key(KeyCode::Esc, KeyModifiers::NONE, 1),
        // Alt with a key: ESC then the key (Ctrl+Alt+Q is ESC 0x11).
        _ => match single(&bytes[1..]) {
            Some((code, modifiers, used)) => Step::Key(code, modifiers | KeyModifiers::ALT, used + 1),
            None if bytes.len() < 5 && utf8_length(second) > bytes.len() - 1 => Step::Incomplete,
            None => Step::Skip(2),
        },
    }
}

fn ss3(third: u8) -> Option<KeyCode> {
    Some(match third {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// `ESC [ parameters final`.
fn csi(bytes: &[u8]) -> Step {
    // The Linux console's F1–F5: ESC [ [ A … E.
    if bytes.get(2) == Some(&b'[') {
        return match bytes.get(3) {
            None => Step::Incomplete,
            Some(&letter @ b'A'..=b'E') => Step::Key(KeyCode::F(letter - b'A' + 1), KeyModifiers::NONE, 4),
            Some(_) => Step::Skip(4),
        };
    }
    let Some(offset) = bytes[2..].iter().position(|&b| (0x40..=0x7e).contains(&b)) else {
        return Step::Incomplete;
    };
    let end = offset + 2;
    let used = end + 1;
    let parameters = &bytes[2..end];
    let final_byte = bytes[end];
    // Mouse reports, cursor position reports and focus events are not keys.
    if parameters.first().is_some_and(|b| matches!(b, b'<' | b'?' | b'>')) || final_byte == b'M' {
        return Step::Skip(used);
    }
    let numbers: Vec<u32> = std::str::from_utf8(parameters)
        .unwrap_or("")
        .split(';')
        .map(|part| part.split(':').next().unwrap_or("").parse().unwrap_or(0))
        .collect();
    let number = |index: usize| numbers.get(index).copied().unwrap_or(0);
    let modifiers = modifiers_of(number(1));
    let code = match final_byte {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'Z' => return Step::Key(KeyCode::BackTab, KeyModifiers::SHIFT, used),
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' if numbers.len() > 1 && number(0) != 1 => return Step::Skip(used),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        b'u' => match char::from_u32(number(0)) {
            Some('\r') => KeyCode::Enter,
            Some('\t') => KeyCode::Tab,
            Some('\u{1b}') => KeyCode::Esc,
            Some('\u{7f}') => KeyCode::Backspace,
            Some(c) if !c.is_control() => KeyCode::Char(c),
            _ => return Step::Skip(used),
        },
        b'~' => match number(0) {
            1 | 7 => KeyCode::Home,
            4 | 8 => KeyCode::End,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            11..=15 => KeyCode::F(u8::try_from(number(0) - 10).unwrap_or(1)),
            17..=21 => KeyCode::F(u8::try_from(number(0) - 11).unwrap_or(6)),
            23 | 24 => KeyCode::F(u8::try_from(number(0) - 12).unwrap_or(11)),
            200 => return Step::PasteStart(used),
            _ => return Step::Skip(used),
        },
        _ => return Step::Skip(used),
    };
    Step::Key(code, modifiers, used)
}

/// The xterm modifier parameter: 1 + (Shift 1, Alt 2, Ctrl 4).
fn modifiers_of(parameter: u32) -> KeyModifiers {
    let bits = parameter.saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    if bits & 1 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    modifiers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Input> {
        let mut decoder = Decoder::default();
        decoder.feed(bytes);
        decoder.finish();
        decoder.take()
    }

    fn k(code: KeyCode, modifiers: KeyModifiers) -> Input {
        Input::Key(KeyEvent::new(code, modifiers))
    }

    const NONE: KeyModifiers = KeyModifiers::NONE;

    #[test]
    fn decodes_the_keys_terminals_send() {
        assert_eq!(
            keys(b"a1\r"),
            vec![k(KeyCode::Char('a'), NONE), k(KeyCode::Char('1'), NONE), k(KeyCode::Enter, NONE)]
        );
        assert_eq!(keys("é".as_bytes()), vec![k(KeyCode::Char('é'), NONE)]);
        assert_eq!(keys(b"\x1b"), vec![k(KeyCode::Esc, NONE)]);
        assert_eq!(keys(b"\x1b[A\x1bOB"), vec![k(KeyCode::Up, NONE), k(KeyCode::Down, NONE)]);
        assert_eq!(
            keys(b"\x1b[5~\x1b[6~\x1b[H\x1b[4~"),
            vec![k(KeyCode::PageUp, NONE), k(KeyCode::PageDown, NONE), k(KeyCode::Home, NONE), k(KeyCode::End, NONE)]
        );
        assert_eq!(
            keys(b"\x1bOP\x1b[[B\x1b[17~\x1b[20~\x1b[24~"),
            vec![
                k(KeyCode::F(1), NONE),
                k(KeyCode::F(2), NONE),
                k(KeyCode::F(6), NONE),
                k(KeyCode::F(9), NONE),
                k(KeyCode::F(12), NONE)
            ]
        );
        assert_eq!(
            keys(b"\x03\x7f\t\x1b[Z"),
            vec![
                k(KeyCode::Char('c'), KeyModifiers::CONTROL),
                k(KeyCode::Backspace, NONE),
                k(KeyCode::Tab, NONE),
                k(KeyCode::BackTab, KeyModifiers::SHIFT)
            ]
        );
        // The staff chord in its two forms: ESC Ctrl+Q, and kitty's CSI u.
        let chord = k(KeyCode::Char('q'), KeyModifiers::CONTROL | KeyModifiers::ALT);
        assert_eq!(keys(b"\x1b\x11"), vec![chord.clone()]);
        assert_eq!(keys(b"\x1b[113;7u"), vec![chord]);
        assert_eq!(keys(b"\x1b[1;5A"), vec![k(KeyCode::Up, KeyModifiers::CONTROL)]);
    }

    #[test]
    fn skips_what_is_not_a_key() {
        // Mouse, cursor position and focus reports, an OSC, an unknown sequence.
        let noise = b"\x1b[<0;10;5M\x1b[12;40R\x1b[I\x1b]0;title\x07\x1b[99x";
        assert_eq!(keys(noise), Vec::new());
        assert_eq!(keys(b"\x1b[12;40Rx"), vec![k(KeyCode::Char('x'), NONE)]);
    }

    #[test]
    fn a_sequence_split_between_reads_is_joined() {
        let mut decoder = Decoder::default();
        decoder.feed(b"\x1b[");
        assert!(decoder.waiting() && decoder.take().is_empty());
        decoder.feed(b"B");
        assert_eq!(decoder.take(), vec![k(KeyCode::Down, NONE)]);
        decoder.feed(&"é".as_bytes()[..1]);
        decoder.feed(&"é".as_bytes()[1..]);
        assert_eq!(decoder.take(), vec![k(KeyCode::Char('é'), NONE)]);
    }

    #[test]
    fn a_paste_is_one_input_and_one_that_never_ends_swallows_nothing_after_a_pause() {
        assert_eq!(
            keys(b"\x1b[200~12 en 13\x1b[201~x"),
            vec![Input::Paste("12 en 13".into()), k(KeyCode::Char('x'), NONE)]
        );
        let mut decoder = Decoder::default();
        decoder.feed(b"\x1b[200~no end");
        assert!(decoder.in_paste());
        // The pause: the paste ends, and the staff chord typed afterwards is a key again.
        decoder.finish();
        decoder.feed(b"\x1b\x11");
        let inputs = decoder.take();
        assert_eq!(inputs.last(), Some(&k(KeyCode::Char('q'), KeyModifiers::CONTROL | KeyModifiers::ALT)));
    }

    #[test]
    fn a_huge_burst_is_decoded_at_once() {
        let burst = vec![b'x'; 100_000];
        assert_eq!(keys(&burst).len(), 100_000);
        let huge_csi = [b"\x1b[".as_slice(), &[b'9'; 10_000], b"A"].concat();
        assert_eq!(keys(&huge_csi), vec![k(KeyCode::Up, NONE)], "a long parameter is still one key, not a hang");
        // The same arriving in pieces: dropped whole, not read as thousands of digits.
        let mut decoder = Decoder::default();
        for piece in huge_csi.chunks(1000) {
            decoder.feed(piece);
        }
        decoder.feed(b"x");
        assert_eq!(decoder.take(), vec![k(KeyCode::Char('x'), NONE)]);
    }
}
