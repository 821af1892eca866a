//! Plain-text helpers shared by every text renderer: strip control characters, and wrap by
//! display width (never by bytes), one pass over the text; `rtl`: right-to-left lines in the
//! order and shapes a terminal without bidi support must be given.

pub mod rtl;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Replaces control characters, so that content or answers never reach a terminal as escape
/// sequences; tabs become spaces; drops the invisible characters that reorder or hide text
/// (see [`is_invisible_trick`]). A line break stays a line break (`\r\n` becomes `\n`): the
/// wrapping functions keep it.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            '\n' => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            c if c.is_control() => out.push('\u{FFFD}'),
            c if is_invisible_trick(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Bidi embeddings, overrides, isolates and marks, and zero-width characters: invisible, yet
/// they reorder or hide the text around them ("Trojan Source"). Content has no use for them
/// (right-to-left text is laid out by the renderers); the joiners U+200C and U+200D stay, as
/// Arabic and Persian spelling needs them.
pub fn is_invisible_trick(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Whether `c` must never reach a terminal or a page as it is: a control character other than
/// a tab or a line break, or an invisible trick. `check` warns about each one in content.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_invisible_trick(c)
}

/// Like `clean`, for text that must stay on one line (a file name, a diagnostic): a line break
/// is replaced too.
pub fn clean_line(text: &str) -> String {
    clean(text).replace('\n', "\u{FFFD}")
}

/// Where a line may break: at white space, but never at a no-break space (between the digits of
/// an amount, or between an amount and its euro sign).
fn breakable(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{202F}' | '\u{2007}')
}

/// The words of a line: what lies between breakable spaces. A space between two digits does
/// not break either: the groups of a phone number ("0800 987 99") stay on one line.
fn words(line: &str) -> impl Iterator<Item = &str> {
    let mut previous = None;
    let mut chars = line.char_indices().peekable();
    let mut cuts = Vec::new();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        let between_digits =
            c == ' ' && previous.is_some_and(|p: char| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
        if breakable(c) && !between_digits {
            cuts.push((at, at + c.len_utf8()));
        }
        previous = Some(c);
    }
    let mut start = 0;
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    for (cut, resume) in cuts {
        pieces.push(&line[start..cut]);
        start = resume;
    }
    pieces.push(&line[start..]);
    pieces.into_iter().filter(|word| !word.is_empty())
}

/// The display width of a character (0 for combining marks and control characters).
fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Lines being filled greedily, word by word.
struct Filler<'a> {
    width: usize,
    lines: &'a mut Vec<String>,
    current: String,
    used: usize,
}

impl Filler<'_> {
    /// Adds a word of `word_width` columns: on this line if it fits, else on a new one (a word
    /// wider than a line stands alone on its line).
    fn word(&mut self, word: &str, word_width: usize) {
        if !self.current.is_empty() && self.used + 1 + word_width > self.width {
            self.lines.push(std::mem::take(&mut self.current));
            self.used = 0;
        }
        if !self.current.is_empty() {
            self.current.push(' ');
            self.used += 1;
        }
        self.current.push_str(word);
        self.used += word_width;
    }

    fn finish(self) {
        self.lines.push(self.current);
    }
}

/// Wraps `text` into lines of at most `width` columns (a longer word stands on its own line,
/// whole, for output that a terminal or printer wraps itself). A `\n` in the text starts a new
/// line; an empty text is one empty line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let mut filler = Filler { width, lines: &mut lines, current: String::new(), used: 0 };
        for word in words(line) {
            filler.word(word, word.width());
        }
        filler.finish();
    }
    lines
}

/// Wraps like `wrap`, but never lets a line run past `width`: a word longer than a line is
/// broken, and every broken piece but the last ends with `marker`, so a cut never goes unseen.
pub fn wrap_within(text: &str, width: usize, marker: &str) -> Vec<String> {
    let width = width.max(1);
    let marker_width = marker.width();
    let room = width.saturating_sub(marker_width).max(1);
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let mut filler = Filler { width, lines: &mut lines, current: String::new(), used: 0 };
        for word in words(line) {
            let word_width = word.width();
            if word_width <= width {
                filler.word(word, word_width);
                continue;
            }
            let mut piece = String::new();
            let mut used = 0;
            for c in word.chars() {
                let c_width = char_width(c);
                if used + c_width > room && !piece.is_empty() {
                    piece.push_str(marker);
                    filler.word(&piece, used + marker_width);
                    piece.clear();
                    used = 0;
                }
                piece.push(c);
                used += c_width;
            }
            filler.word(&piece, used);
        }
        filler.finish();
    }
    lines
}

/// Shortens `text` to at most `width` columns, ending with `marker` when something was cut. A
/// line break counts as a space: this is one line.
pub fn fit(text: &str, width: usize, marker: &str) -> String {
    let text = text.replace('\n', " ");
    if text.width() <= width {
        return text;
    }
    let room = width.saturating_sub(marker.width());
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let c_width = char_width(c);
        if used + c_width > room {
            break;
        }
        out.push(c);
        used += c_width;
    }
    if width >= marker.width() {
        out.push_str(marker);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_display_width() {
        assert_eq!(wrap("een twee drie vier", 9), vec!["een twee", "drie vier"]);
        assert_eq!(wrap("", 10), vec![""]);
        assert_eq!(wrap("verhoogdetegemoetkoming x", 5), vec!["verhoogdetegemoetkoming", "x"]);
        // Wide characters count for two columns.
        assert_eq!(wrap("日本 語", 4), vec!["日本", "語"]);
    }

    #[test]
    fn never_breaks_at_a_no_break_space() {
        let amount = "1\u{202F}314,20\u{A0}€";
        let lines = wrap(&format!("Het bedrag is {amount} per maand"), 14);
        assert!(lines.iter().any(|line| line.contains(amount)), "{lines:?}");
        let lines = wrap_within(&format!("bedrag {amount}"), 10, "…");
        assert!(lines.iter().all(|line| !line.starts_with('€') && !line.starts_with("314")), "{lines:?}");
    }

    #[test]
    fn a_phone_number_is_never_broken_between_its_groups() {
        let lines = wrap("Bel gratis naar 0800 987 99 of ga langs", 20);
        assert!(lines.iter().any(|line| line.contains("0800 987 99")), "{lines:?}");
        assert_eq!(wrap("Vraag 1 van 20", 7), vec!["Vraag 1", "van 20"]);
    }

    #[test]
    fn a_line_break_in_a_message_stays_a_line_break() {
        assert_eq!(wrap("Eerst dit.\nDan dat.", 40), vec!["Eerst dit.", "Dan dat."]);
        assert_eq!(wrap_within("a\n\nb", 10, "…"), vec!["a", "", "b"]);
        assert_eq!(clean("regel één\r\nregel twee\u{1b}"), "regel één\nregel twee\u{FFFD}");
        assert_eq!(fit("een\ntwee", 20, "…"), "een twee");
    }

    #[test]
    fn long_words_are_broken_with_a_marker_and_never_overflow() {
        let url = "https://mc.be/en-marche/vos-droits/soins-de-sante";
        let lines = wrap_within(&format!("Zie {url} voor meer"), 20, "…");
        assert!(lines.iter().all(|line| line.width() <= 20), "{lines:?}");
        assert_eq!(lines.concat().replace(['…', ' '], ""), format!("Zie{url}voormeer"));
        assert!(lines[1].ends_with('…'));
        assert_eq!(fit("Verwarmingstoelage", 8, "…"), "Verwarm…");
        assert_eq!(fit("kort", 8, "…"), "kort");
        assert_eq!(fit("abc", 0, "…"), "");
    }

    #[test]
    fn drops_characters_that_reorder_or_hide_text() {
        assert_eq!(clean("abc\u{202E}fed\u{202C} \u{2066}x\u{2069}\u{200B}y"), "abcfed xy");
        assert_eq!(clean("\u{9B}31m"), "\u{FFFD}31m", "a C1 control sequence introducer");
        assert_eq!(clean("نون\u{200C}ها"), "نون\u{200C}ها", "a joiner Arabic spelling needs stays");
    }

    #[test]
    fn strips_escape_sequences() {
        assert_eq!(clean("a\u{1b}[2Jb\tc"), "a\u{FFFD}[2Jb c");
    }
}
