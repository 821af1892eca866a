//! Right-to-left text for terminals that draw one character per cell from left to right and
//! do neither bidi nor shaping (xterm, the Linux console, most others): a line already wrapped
//! in logical order is shaped (Arabic letters become their contextual presentation forms, lam
//! and alef one ligature) and reordered to visual order with the Unicode bidi algorithm, with
//! numbers (phone numbers, amounts) isolated so that their groups are never swapped, Latin
//! names left to right, brackets mirrored, and combining marks kept after their letter.

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};
use unicode_width::UnicodeWidthChar;

/// Left-to-right isolate: what lies between it and `POP` is laid out on its own, left to right.
const LRI: char = '\u{2066}';
/// Pop directional isolate.
const POP: char = '\u{2069}';

/// How an Arabic letter joins its neighbours (Unicode's Joining_Type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    /// Joins on both sides (beh, seen, lam …).
    Dual,
    /// Joins only the letter before it (alef, dal, reh, waw …).
    Right,
    /// Joins both sides without changing itself (tatweel, zero-width joiner).
    Causing,
    /// Skipped when finding the neighbours (combining marks).
    Transparent,
    /// Joins nothing.
    None,
}

/// The presentation forms of a letter: isolated, final, initial, medial (0 where the letter
/// has no such form).
fn forms(c: char) -> Option<[u32; 4]> {
    let forms = match c {
        '\u{0621}' => [0xFE80, 0, 0, 0],
        '\u{0622}' => [0xFE81, 0xFE82, 0, 0],
        '\u{0623}' => [0xFE83, 0xFE84, 0, 0],
        '\u{0624}' => [0xFE85, 0xFE86, 0, 0],
        '\u{0625}' => [0xFE87, 0xFE88, 0, 0],
        '\u{0626}' => [0xFE89, 0xFE8A, 0xFE8B, 0xFE8C],
        '\u{0627}' => [0xFE8D, 0xFE8E, 0, 0],
        '\u{0628}' => [0xFE8F, 0xFE90, 0xFE91, 0xFE92],
        '\u{0629}' => [0xFE93, 0xFE94, 0, 0],
        '\u{062A}'..='\u{062E}' => four(0xFE95 + 4 * (u32::from(c) - 0x062A)),
        '\u{062F}'..='\u{0632}' => {
            let base = 0xFEA9 + 2 * (u32::from(c) - 0x062F);
            [base, base + 1, 0, 0]
        }
        '\u{0633}'..='\u{063A}' => four(0xFEB1 + 4 * (u32::from(c) - 0x0633)),
        '\u{0641}'..='\u{0647}' => four(0xFED1 + 4 * (u32::from(c) - 0x0641)),
        '\u{0648}' => [0xFEED, 0xFEEE, 0, 0],
        // Alef maksura joins on both sides; its initial and medial forms are in block A.
        '\u{0649}' => [0xFEEF, 0xFEF0, 0xFBE8, 0xFBE9],
        '\u{064A}' => four(0xFEF1),
        _ => return None,
    };
    Some(forms)
}

/// Four forms in a row, as most dual-joining letters have them.
fn four(first: u32) -> [u32; 4] {
    [first, first + 1, first + 2, first + 3]
}

fn joining(c: char) -> Joining {
    match forms(c) {
        Some([_, _, 0, _]) if c == '\u{0621}' => Joining::None,
        Some([_, _, 0, _]) => Joining::Right,
        Some(_) => Joining::Dual,
        None if c == '\u{0640}' || c == '\u{200D}' => Joining::Causing,
        None if is_mark(c) => Joining::Transparent,
        None => Joining::None,
    }
}

/// A combining mark or another character drawn on the cell before it (zero width).
fn is_mark(c: char) -> bool {
    bidi_class(c) == BidiClass::NSM || (c.width() == Some(0) && !c.is_control() && c != LRI && c != POP)
}

/// The lam-alef ligature for an alef after lam: isolated and final form.
fn lam_alef(alef: char) -> Option<[u32; 2]> {
    match alef {
        '\u{0622}' => Some([0xFEF5, 0xFEF6]),
        '\u{0623}' => Some([0xFEF7, 0xFEF8]),
        '\u{0625}' => Some([0xFEF9, 0xFEFA]),
        '\u{0627}' => Some([0xFEFB, 0xFEFC]),
        _ => None,
    }
}

/// A code point of the tables above as a character (the tables hold only valid ones).
fn form_char(code: u32, fallback: char) -> char {
    char::from_u32(code).filter(|_| code != 0).unwrap_or(fallback)
}

/// Contextual shaping, in logical order: every Arabic letter becomes the presentation form
/// (U+FE70–U+FEFF) that fits its neighbours (isolated, initial, medial, final), lam followed by
/// alef becomes one ligature, combining marks stay after their letter. Anything else is kept.
pub fn shape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let kinds: Vec<Joining> = chars.iter().map(|&c| joining(c)).collect();
    // The nearest letter before and after `index` that is not a mark.
    let before = |index: usize| (0..index).rev().find(|&i| kinds[i] != Joining::Transparent);
    let after = |index: usize| (index + 1..chars.len()).find(|&i| kinds[i] != Joining::Transparent);
    let joins_back = |index: usize| {
        matches!(kinds[index], Joining::Dual | Joining::Right | Joining::Causing)
            && before(index).is_some_and(|b| matches!(kinds[b], Joining::Dual | Joining::Causing))
    };
    let mut out = String::with_capacity(text.len());
    let mut skip = None;
    for (index, &c) in chars.iter().enumerate() {
        if skip == Some(index) {
            continue;
        }
        let Some(table) = forms(c) else {
            out.push(c);
            continue;
        };
        let back = joins_back(index);
        let next = after(index);
        // Lam and the alef after it (marks may stand between them) are drawn as one.
        if c == '\u{0644}'
            && let Some(alef) = next
            && let Some(ligature) = lam_alef(chars[alef])
        {
            out.push(form_char(ligature[usize::from(back)], c));
            // The marks between lam and alef follow as they come; the alef is consumed.
            skip = Some(alef);
            continue;
        }
        let forward = kinds[index] == Joining::Dual && next.is_some_and(joins_back);
        let form = match (back, forward) {
            (false, false) => table[0],
            (true, false) => table[1],
            (false, true) => table[2],
            (true, true) => table[3],
        };
        out.push(form_char(form, c));
    }
    out
}

/// The character drawn for `c` in a right-to-left run (Unicode rule L4 for the pairs used in
/// our text; the focus marker points the other way too).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '▶' => '◀',
        '◀' => '▶',
        other => other,
    }
}

/// Whether the text holds a right-to-left letter (Hebrew, Arabic and their presentation forms).
pub fn has_rtl(text: &str) -> bool {
    // Every right-to-left letter lies at or above U+0590 (Hebrew): the Latin and Cyrillic text
    // of most screens is answered without a table lookup per character.
    text.chars().any(|c| c >= '\u{0590}' && matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// Whether a character is a European digit (bidi class EN).
fn is_digit(c: char) -> bool {
    bidi_class(c) == BidiClass::EN
}

/// Whether a character has a direction of its own (a letter).
fn is_strong(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::L | BidiClass::R | BidiClass::AL)
}

/// The text with every number isolated (LRI … PDI): from a digit to the last digit before the
/// next letter, across the spaces and punctuation between digit groups, with a currency or
/// percent sign that touches it. "0800 987 99" and "1 314,20" then keep their groups in order
/// in a right-to-left line: without the isolate, the bidi algorithm gives the spaces between
/// digit groups the line's direction and swaps the groups. Runs of Latin words need no help:
/// the spaces between two Latin words resolve left to right.
fn isolate_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let sign = |c: char| bidi_class(c) == BidiClass::ET;
    let mut out = String::with_capacity(text.len() + 8);
    let mut index = 0;
    while index < chars.len() {
        let starts =
            is_digit(chars[index]) || (sign(chars[index]) && chars.get(index + 1).is_some_and(|&c| is_digit(c)));
        if !starts {
            out.push(chars[index]);
            index += 1;
            continue;
        }
        let mut end = index;
        let mut probe = index;
        while probe < chars.len() && !is_strong(chars[probe]) {
            if is_digit(chars[probe]) {
                end = probe;
            }
            probe += 1;
        }
        // A sign or marks right after the last digit belong to the number.
        while end + 1 < chars.len() && (sign(chars[end + 1]) || is_mark(chars[end + 1])) {
            end += 1;
        }
        out.push(LRI);
        out.extend(&chars[index..=end]);
        out.push(POP);
        index = end + 1;
    }
    out
}

/// One line, already wrapped, from logical to visual order, for a terminal that draws it from
/// left to right as given: shaped, reordered by the bidi algorithm with the line's direction
/// (`rtl`: right to left, as in Arabic text; else left to right, for an Arabic word inside
/// Dutch), with numbers kept in their order (Latin words keep theirs by the algorithm), brackets mirrored where they stand
/// right to left, and combining marks after their letter. Direction marks and isolates are
/// not in the result. A line without right-to-left letters in a left-to-right line comes back
/// unchanged.
pub fn visual_line(line: &str, rtl: bool) -> String {
    if !rtl && !has_rtl(line) {
        return line.to_string();
    }
    let shaped = shape(line);
    let isolated = isolate_numbers(&shaped);
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(&isolated, Some(base));
    let levels = info.reordered_levels_per_char(0..isolated.len());
    // Clusters: a character and the marks after it move together and keep their order, so a
    // terminal draws the marks on their letter.
    let mut clusters: Vec<(Level, String)> = Vec::new();
    for (c, level) in isolated.chars().zip(levels) {
        if matches!(c, LRI | POP) || is_direction_mark(c) {
            continue;
        }
        match clusters.last_mut() {
            Some((_, cluster)) if is_mark(c) => cluster.push(c),
            _ => clusters.push((level, c.to_string())),
        }
    }
    let cluster_levels: Vec<Level> = clusters.iter().map(|(level, _)| *level).collect();
    let mut out = String::with_capacity(line.len());
    for index in ParagraphBidiInfo::reorder_visual(&cluster_levels) {
        let (level, cluster) = &clusters[index];
        let mut chars = cluster.chars();
        if let Some(first) = chars.next() {
            out.push(if level.is_rtl() { mirror(first) } else { first });
            out.extend(chars);
        }
    }
    out
}

/// Invisible direction controls (marks, embeddings, overrides, isolates), which the visual
/// line must not hand to a terminal.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The columns a terminal gives a visual line: one per character, two for wide ones, none for
/// combining marks (a shaped line holds no lam-alef pair that a terminal could draw in one).
pub fn width(line: &str) -> usize {
    line.chars().map(|c| c.width().unwrap_or(0)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<u32> {
        text.chars().map(u32::from).collect()
    }

    #[test]
    fn letters_take_their_isolated_initial_medial_and_final_forms() {
        // beh alone, then beh-beh-beh: initial, medial, final.
        assert_eq!(codes(&shape("ب")), [0xFE8F]);
        assert_eq!(codes(&shape("ببب")), [0xFE91, 0xFE92, 0xFE90]);
        // Alef joins only the letter before it: the beh after it starts again.
        assert_eq!(codes(&shape("باب")), [0xFE91, 0xFE8E, 0xFE8F]);
        // Hamza joins nothing; a space breaks the joining.
        assert_eq!(codes(&shape("بء ب")), [0xFE8F, 0xFE80, 0x20, 0xFE8F]);
        // "مرحبا": meem initial, reh final, hah initial, beh medial, alef final.
        assert_eq!(codes(&shape("مرحبا")), [0xFEE3, 0xFEAE, 0xFEA3, 0xFE92, 0xFE8E]);
        // Tatweel makes the letters around it join.
        assert_eq!(codes(&shape("لـ")), [0xFEDF, 0x0640]);
    }

    #[test]
    fn combining_marks_are_transparent_and_stay_after_their_letter() {
        // beh, shadda, beh: the mark does not break the joining.
        assert_eq!(codes(&shape("ب\u{0651}ب")), [0xFE91, 0x0651, 0xFE90]);
        assert_eq!(width(&visual_line("ب\u{0651}ب", true)), 2);
        // In visual order the mark still follows its letter.
        let visual = visual_line("ب\u{0651}ت", true);
        assert_eq!(codes(&visual), [0xFE96, 0xFE91, 0x0651]);
    }

    #[test]
    fn lam_alef_is_one_ligature() {
        // "لا" alone: the isolated ligature; after a joining letter: the final one.
        assert_eq!(codes(&shape("لا")), [0xFEFB]);
        assert_eq!(codes(&shape("كلا")), [0xFEDB, 0xFEFC]);
        assert_eq!(codes(&shape("لأ")), [0xFEF7]);
        assert_eq!(codes(&shape("لإ")), [0xFEF9]);
        assert_eq!(codes(&shape("لآ")), [0xFEF5]);
        // "أولًا": the tanween on the lam stays, the alef becomes part of the ligature.
        assert_eq!(codes(&shape("أولًا")), [0xFE83, 0xFEED, 0xFEFB, 0x064B]);
        assert_eq!(width(&visual_line("أولًا", true)), 3);
    }

    #[test]
    fn arabic_is_reversed_and_latin_and_digits_keep_their_order() {
        // "من OCMW" (from OCMW): the Latin name is not reversed and stands on the left.
        let visual = visual_line("من OCMW", true);
        assert_eq!(visual, format!("OCMW {}", shape("من").chars().rev().collect::<String>()));
        // A phone number with spaces keeps its groups in order.
        let visual = visual_line("اتصل بـ 0800 987 99 مجانًا", true);
        assert!(visual.contains("0800 987 99"), "{visual}");
        // An amount and a year.
        assert!(visual_line("المبلغ 1,314.20 في 2026", true).contains("1,314.20"));
        // A Dutch name of several words in brackets: in order, and the brackets mirrored.
        let visual = visual_line("شهادة (Bewijs van inkomen)", true);
        assert!(visual.starts_with("(Bewijs van inkomen) "), "{visual}");
        // A line that starts with a Latin word is still laid out right to left.
        let visual = visual_line("leefloon هو مال", true);
        assert!(visual.ends_with(" leefloon"), "{visual}");
        // A number before a Latin name: each in its place, read from the right.
        assert_eq!(visual_line("  1 Nederlands", true), "Nederlands 1  ");
        // A percentage, a range and a hyphenated number stay whole.
        for number in ["50%", "1-9", "0800-987-99"] {
            assert!(visual_line(&format!("اتصل {number} الآن"), true).contains(number), "{number}");
        }
    }

    #[test]
    fn an_arabic_word_in_a_left_to_right_line_is_shaped_and_reversed() {
        let visual = visual_line("8 العربية", false);
        assert!(visual.starts_with("8 "), "{visual}");
        assert_eq!(codes(&visual[2..]), codes(&shape("العربية").chars().rev().collect::<String>()));
        assert_eq!(visual_line("Nederlands (gekozen)", false), "Nederlands (gekozen)");
    }

    #[test]
    fn the_width_is_the_cells_a_terminal_uses() {
        for text in ["لا تظهر العربية جيدًا", "أولًا ببحث اجتماعي", "OCMW من 0800 987 99"]
        {
            let visual = visual_line(text, true);
            assert_eq!(width(&visual), unicode_width::UnicodeWidthStr::width(visual.as_str()), "{text}");
            assert!(!visual.chars().any(is_direction_mark), "{text}");
            // Every letter is kept: only lam-alef pairs become one.
            let letters = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
            let ligatures = text.matches("لا").count() + text.matches("لًا").count();
            assert_eq!(letters(&visual), letters(text) - ligatures, "{text}");
        }
    }
}
