//! Plain-text helpers shared by every text renderer: strip control characters, and wrap by
//! display width (never by bytes).

use unicode_width::UnicodeWidthStr;

/// Replaces control characters, so that content or answers never reach a terminal as escape
/// sequences; tabs become spaces.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Wraps `text` into lines of at most `width` columns (a longer word stands on its own line).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() { word.width() } else { line.width() + 1 + word.width() };
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
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
    fn strips_escape_sequences() {
        assert_eq!(clean("a\u{1b}[2Jb\tc"), "a\u{FFFD}[2Jb c");
    }
}
