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

/// Wraps `text` into lines of at most `width` columns (a longer word stands on its own line,
/// whole, for output that a terminal or printer wraps itself).
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

/// Wraps like `wrap`, but never lets a line run past `width`: a word longer than a line is
/// broken, and every broken piece but the last ends with `marker`, so a cut never goes unseen.
pub fn wrap_within(text: &str, width: usize, marker: &str) -> Vec<String> {
    let width = width.max(1);
    let room = width.saturating_sub(marker.width()).max(1);
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        if word.width() <= width {
            words.push(word.to_string());
            continue;
        }
        let mut piece = String::new();
        for c in word.chars() {
            if piece.width() + c.to_string().width() > room && !piece.is_empty() {
                words.push(format!("{piece}{marker}"));
                piece.clear();
            }
            piece.push(c);
        }
        words.push(piece);
    }
    wrap(&words.join(" "), width)
}

/// Shortens `text` to at most `width` columns, ending with `marker` when something was cut.
pub fn fit(text: &str, width: usize, marker: &str) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(marker.width());
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.to_string().width() > room {
            break;
        }
        out.push(c);
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
    fn strips_escape_sequences() {
        assert_eq!(clean("a\u{1b}[2Jb\tc"), "a\u{FFFD}[2Jb c");
    }
}
