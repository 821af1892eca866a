//! Text on the PDF page: the built-in fonts (Noto Sans, Noto Sans Arabic; regular and bold),
//! the choice of font per character, the Unicode bidirectional algorithm (unicode-bidi),
//! line breaking (unicode-linebreak) and shaping (rustybuzz), so that Arabic is joined and
//! laid out right to left, with Dutch names and numbers inside it left to right.

use std::ops::Range;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Face, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{BreakOpportunity, linebreaks};

static LATIN_REGULAR: &[u8] = include_bytes!("../../../fonts/NotoSans-Regular.ttf");
static LATIN_BOLD: &[u8] = include_bytes!("../../../fonts/NotoSans-Bold.ttf");
static ARABIC_REGULAR: &[u8] = include_bytes!("../../../fonts/NotoSansArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../../../fonts/NotoSansArabic-Bold.ttf");

/// Which of the two families a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// Noto Sans: Latin, Cyrillic, punctuation.
    Latin,
    /// Noto Sans Arabic.
    Arabic,
}

/// One font: for the PDF (krilla) and for shaping (rustybuzz).
struct Face2 {
    pdf: Font,
    shaper: Face<'static>,
    units_per_em: f32,
}

impl Face2 {
    fn new(data: &'static [u8]) -> Option<Face2> {
        let shaper = Face::from_slice(data, 0)?;
        let pdf = Font::new(data.into(), 0)?;
        let units_per_em = pdf.units_per_em();
        Some(Face2 { pdf, shaper, units_per_em })
    }

    fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }
}

/// The four built-in fonts.
pub struct Fonts {
    /// Latin regular, Latin bold, Arabic regular, Arabic bold.
    faces: [Face2; 4],
}

impl Fonts {
    /// Reads the built-in fonts; `None` only if a font file in the binary were broken (a test
    /// reads them on every run).
    pub fn load() -> Option<Fonts> {
        Some(Fonts {
            faces: [
                Face2::new(LATIN_REGULAR)?,
                Face2::new(LATIN_BOLD)?,
                Face2::new(ARABIC_REGULAR)?,
                Face2::new(ARABIC_BOLD)?,
            ],
        })
    }

    fn face(&self, family: Family, bold: bool) -> &Face2 {
        let index = match family {
            Family::Latin => 0,
            Family::Arabic => 2,
        } + usize::from(bold);
        &self.faces[index]
    }

    /// The characters of `text` that no built-in font can show (bidi controls and other
    /// invisible characters aside).
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> =
            text.chars().filter(|&c| !is_invisible(c) && !self.faces.iter().any(|face| face.has(c))).collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }
}

/// Characters that are never drawn: they steer direction or joining, or are line ends.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
        || c.is_control()
}

/// Arabic letters and marks; `None` for characters of no script (spaces, digits, punctuation),
/// which take the family of the text around them.
fn family_of(c: char) -> Option<Family> {
    match c {
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Some(Family::Arabic),
        c if c.is_alphabetic() => Some(Family::Latin),
        _ => None,
    }
}

/// A combining mark: never the first character of a line.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Glyphs in one font, in visual order, ready to draw.
#[derive(Clone)]
pub struct Run {
    /// The font to draw them in.
    pub font: Font,
    /// The glyphs, their text ranges relative to `text`.
    pub glyphs: Vec<KrillaGlyph>,
    /// The text they show.
    pub text: String,
    /// Their width at size 1.
    pub width: f32,
}

/// One line: its runs from left to right and its width (at size 1).
#[derive(Clone)]
pub struct Line {
    /// Left to right.
    pub runs: Vec<Run>,
    /// The sum of the runs' widths.
    pub width: f32,
}

/// A paragraph to set: its text, whether its base direction is right to left, its weight.
pub struct Setting<'a> {
    /// The text.
    pub text: &'a str,
    /// Right to left (Arabic) as the paragraph's direction.
    pub right_to_left: bool,
    /// Bold.
    pub bold: bool,
}

impl Fonts {
    /// Breaks a paragraph into lines no wider than `width` (in units of the font size) and
    /// shapes each line, in visual order.
    pub fn lines(&self, setting: &Setting<'_>, width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        for paragraph in setting.text.split('\n') {
            self.paragraph_lines(paragraph, setting, width, &mut lines);
        }
        lines
    }

    fn paragraph_lines(&self, text: &str, setting: &Setting<'_>, width: f32, out: &mut Vec<Line>) {
        // In a right-to-left paragraph, Dutch names and sentences are isolated (and kept on one
        // line when they fit), so their words, brackets and full stop stay in their order.
        let (text, keep) = if setting.right_to_left { isolate_latin(text) } else { (text.to_string(), Vec::new()) };
        let text = text.as_str();
        let base = if setting.right_to_left { Level::rtl() } else { Level::ltr() };
        let bidi = BidiInfo::new(text, Some(base));
        let Some(paragraph) = bidi.paragraphs.first() else {
            out.push(Line { runs: Vec::new(), width: 0.0 });
            return;
        };
        let families = families(text, &bidi.levels, setting.right_to_left, |c| self.face(Family::Arabic, false).has(c));
        let measure = |range: Range<usize>| -> f32 {
            self.logical_runs(text, range, &bidi.levels, &families)
                .map(|(range, level, family)| self.shape(&text[range], level, family, setting.bold).1)
                .sum()
        };
        // The pieces between break opportunities, then greedily as many as fit on a line.
        let mut pieces: Vec<Range<usize>> = Vec::new();
        let mut start = 0;
        let keep: Vec<Range<usize>> = keep.into_iter().filter(|span| measure(span.clone()) <= width).collect();
        for (at, opportunity) in linebreaks(text) {
            if opportunity == BreakOpportunity::Allowed && keep.iter().any(|span| span.start < at && at < span.end) {
                continue;
            }
            if at > start {
                pieces.extend(self.split_long(text, start..at, width, &measure));
            }
            start = at;
            if opportunity == BreakOpportunity::Mandatory && at < text.len() {
                pieces.push(at..at);
            }
        }
        let mut line_start: Option<usize> = None;
        let mut line_end = 0;
        let mut used = 0.0;
        for piece in pieces {
            let trimmed = trim_end(text, piece.clone());
            let piece_width = measure(piece.clone());
            let visible = measure(trimmed.clone());
            match line_start {
                Some(from) if used + visible > width => {
                    out.push(self.line(
                        text,
                        &bidi,
                        paragraph,
                        from..trim_end(text, from..line_end).end,
                        &families,
                        setting,
                    ));
                    line_start = Some(piece.start);
                    used = piece_width;
                }
                Some(_) => used += piece_width,
                None => {
                    line_start = Some(piece.start);
                    used = piece_width;
                }
            }
            line_end = piece.end;
        }
        let from = line_start.unwrap_or(0);
        out.push(self.line(text, &bidi, paragraph, from..trim_end(text, from..line_end).end, &families, setting));
    }

    /// A piece wider than a line (a long web address) is cut between characters, never before
    /// a combining mark.
    fn split_long(
        &self,
        text: &str,
        piece: Range<usize>,
        width: f32,
        measure: &dyn Fn(Range<usize>) -> f32,
    ) -> Vec<Range<usize>> {
        if measure(trim_end(text, piece.clone())) <= width {
            return vec![piece];
        }
        let mut parts = Vec::new();
        let mut start = piece.start;
        let mut last_fit = start;
        for (offset, c) in text[piece.clone()].char_indices() {
            let at = piece.start + offset;
            if at == start || is_mark(c) {
                continue;
            }
            if measure(start..at) > width && last_fit > start {
                parts.push(start..last_fit);
                start = last_fit;
            }
            last_fit = at;
        }
        parts.push(start..piece.end);
        parts
    }

    /// The runs of a logical range with one level and one family each, in logical order.
    fn logical_runs<'t>(
        &self,
        text: &'t str,
        range: Range<usize>,
        levels: &'t [Level],
        families: &'t [Family],
    ) -> impl Iterator<Item = (Range<usize>, Level, Family)> + 't {
        let mut start = range.start;
        let end = range.end;
        std::iter::from_fn(move || {
            if start >= end {
                return None;
            }
            let (level, family) = (levels[start], families[start]);
            let mut stop = start;
            for (offset, _) in text[start..end].char_indices() {
                let at = start + offset;
                if levels[at] != level || families[at] != family {
                    break;
                }
                stop = at;
            }
            let stop = text[stop..end].chars().next().map_or(end, |c| stop + c.len_utf8());
            let run = (start..stop, level, family);
            start = stop;
            Some(run)
        })
    }

    /// One line, reordered for display and shaped.
    fn line(
        &self,
        text: &str,
        bidi: &BidiInfo<'_>,
        paragraph: &unicode_bidi::ParagraphInfo,
        range: Range<usize>,
        families: &[Family],
        setting: &Setting<'_>,
    ) -> Line {
        if range.is_empty() {
            return Line { runs: Vec::new(), width: 0.0 };
        }
        let (levels, visual) = bidi.visual_runs(paragraph, range);
        let mut runs = Vec::new();
        for level_run in visual {
            let mut pieces: Vec<(Range<usize>, Level, Family)> =
                self.logical_runs(text, level_run, &levels, families).collect();
            if pieces.first().is_some_and(|(_, level, _)| level.is_rtl()) {
                pieces.reverse();
            }
            for (range, level, family) in pieces {
                if text[range.clone()].chars().all(is_invisible) {
                    continue;
                }
                let (glyphs, width) = self.shape(&text[range.clone()], level, family, setting.bold);
                runs.push(Run {
                    font: self.face(family, setting.bold).pdf.clone(),
                    glyphs,
                    text: text[range].to_string(),
                    width,
                });
            }
        }
        let width = runs.iter().map(|run| run.width).sum();
        Line { runs, width }
    }

    /// Shapes a piece of one level and one family: glyphs in visual order and their width
    /// (both at size 1).
    fn shape(&self, text: &str, level: Level, family: Family, bold: bool) -> (Vec<KrillaGlyph>, f32) {
        let face = self.face(family, bold);
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if level.is_rtl() { Direction::RightToLeft } else { Direction::LeftToRight });
        let output = rustybuzz::shape(&face.shaper, &[], buffer);
        let scale = face.units_per_em;
        let mut clusters: Vec<usize> = output.glyph_infos().iter().map(|info| info.cluster as usize).collect();
        clusters.sort_unstable();
        clusters.dedup();
        let mut width = 0.0;
        let glyphs = output
            .glyph_infos()
            .iter()
            .zip(output.glyph_positions())
            // Direction marks and isolates steer the layout; they are not drawn.
            .filter(|(info, _)| {
                let start = info.cluster as usize;
                let end = clusters.iter().copied().find(|&c| c > start).unwrap_or(text.len());
                !text.get(start..end).is_some_and(|cluster| cluster.chars().all(is_invisible))
            })
            .map(|(info, position)| {
                let start = info.cluster as usize;
                let end = clusters.iter().copied().find(|&c| c > start).unwrap_or(text.len());
                let advance = units(position.x_advance) / scale;
                width += advance;
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    advance,
                    units(position.x_offset) / scale,
                    units(position.y_offset) / scale,
                    units(position.y_advance) / scale,
                    start..end,
                    None,
                )
            })
            .collect();
        (glyphs, width)
    }
}

/// The family of every byte of `text`: Arabic letters in Noto Sans Arabic, other letters in
/// Noto Sans; spaces, digits and punctuation follow the letter before them in the same
/// direction run (else the one after, else the paragraph's own).
fn families(text: &str, levels: &[Level], right_to_left: bool, arabic_has: impl Fn(char) -> bool) -> Vec<Family> {
    let base = if right_to_left { Family::Arabic } else { Family::Latin };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut chosen: Vec<Option<Family>> = chars.iter().map(|&(_, c)| family_of(c)).collect();
    for index in 0..chars.len() {
        if chosen[index].is_some() {
            continue;
        }
        let level = levels[chars[index].0];
        let before = (0..index).rev().take_while(|&i| levels[chars[i].0] == level).find_map(|i| family_of(chars[i].1));
        let after = || {
            (index + 1..chars.len()).take_while(|&i| levels[chars[i].0] == level).find_map(|i| family_of(chars[i].1))
        };
        chosen[index] = Some(before.or_else(after).unwrap_or(base));
    }
    let mut out = vec![base; text.len()];
    for (index, &(at, c)) in chars.iter().enumerate() {
        // The Arabic font lacks some punctuation (the euro sign, some quotes): Noto Sans has it.
        let family = match chosen[index].unwrap_or(base) {
            Family::Arabic if family_of(c).is_none() && !arabic_has(c) => Family::Latin,
            family => family,
        };
        out[at..at + c.len_utf8()].fill(family);
    }
    out
}

/// A distance in font units as a float: font units stay far below 2^24, where every integer is
/// exact in an `f32`.
#[allow(clippy::cast_precision_loss)]
fn units(value: i32) -> f32 {
    value as f32
}

/// The range without the white space at its end.
fn trim_end(text: &str, range: Range<usize>) -> Range<usize> {
    let kept = text[range.clone()].trim_end().len();
    range.start..range.start + kept
}

/// Isolates every stretch of Latin text in a right-to-left paragraph (a Dutch name, a Dutch
/// sentence in quotes, "OCMW (Sociaal Huis)") with LRI … PDI, taking in the quotes and the
/// full stop around it, a closing bracket it opened, and the brackets around it. Returns the new
/// text and, per stretch, its range, which should not be broken across lines.
pub(crate) fn isolate_latin(text: &str) -> (String, Vec<Range<usize>>) {
    const LRI: char = '\u{2066}';
    const PDI: char = '\u{2069}';
    let chars: Vec<char> = text.chars().collect();
    let latin = |c: char| family_of(c) == Some(Family::Latin);
    let mut stretches: Vec<(usize, usize)> = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if !latin(chars[index]) {
            index += 1;
            continue;
        }
        let mut end = index + 1;
        let mut next = index + 1;
        while next < chars.len() && family_of(chars[next]) != Some(Family::Arabic) {
            if latin(chars[next]) || chars[next].is_ascii_digit() {
                end = next + 1;
            }
            next += 1;
        }
        let mut start = index;
        while start > 0 && matches!(chars[start - 1], '\u{201C}' | '\u{2018}' | '\u{201E}' | '"') {
            start -= 1;
        }
        loop {
            let opened = chars[start..end].iter().filter(|&&c| c == '(').count();
            let closed = chars[start..end].iter().filter(|&&c| c == ')').count();
            match chars.get(end) {
                Some('.' | ',' | '!' | '?' | '\u{2026}' | '\u{201D}' | '\u{2019}' | '"') => end += 1,
                Some(')') if opened > closed => end += 1,
                _ => break,
            }
        }
        // A bracket opened here and closed after Arabic text ("OCMW (Sociaal Huis، …)") belongs
        // to the Arabic: the stretch ends before it.
        let mut depth = 0usize;
        for &c in &chars[index..end] {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if depth > 0 {
            let mut open = 0usize;
            let mut unmatched = end;
            for (at, &c) in chars.iter().enumerate().take(end).skip(index).rev() {
                match c {
                    ')' => open += 1,
                    '(' if open == 0 => unmatched = at,
                    '(' => open -= 1,
                    _ => {}
                }
            }
            end = (index..unmatched)
                .rev()
                .find(|&at| latin(chars[at]) || chars[at].is_ascii_digit())
                .map_or(index + 1, |at| at + 1);
        }
        // Brackets around the Dutch go inside the isolate: they then read left to right with
        // it, also when a long name breaks over lines.
        let (start, end) = if start > 0 && chars[start - 1] == '(' && chars.get(end) == Some(&')') {
            (start - 1, end + 1)
        } else {
            (start, end)
        };
        stretches.push((start, end));
        index = end.max(index + 1);
    }
    let mut out = String::with_capacity(text.len() + 6 * stretches.len());
    let mut keep = Vec::new();
    let mut stretch = stretches.iter().peekable();
    let mut kept_from = 0;
    for (index, &c) in chars.iter().enumerate() {
        if let Some(&&(start, end)) = stretch.peek() {
            if index == start {
                kept_from = out.len();
                out.push(LRI);
            }
            if index + 1 == end {
                out.push(c);
                out.push(PDI);
                keep.push(kept_from..out.len());
                stretch.next();
                continue;
            }
        }
        out.push(c);
    }
    (out, keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_inside_arabic_is_isolated_with_its_brackets_and_full_stop() {
        let (text, _) = isolate_latin("OCMW (Sociaal Huis، مركز المساعدة) في بلديتك");
        assert_eq!(text, "\u{2066}OCMW\u{2069} (\u{2066}Sociaal Huis\u{2069}، مركز المساعدة) في بلديتك");
        let (text, keep) = isolate_latin("عقد الإيجار (Huurcontract) و “Ik wil het.” لدى OCMW (Sociaal Huis)");
        assert_eq!(
            text,
            "عقد الإيجار \u{2066}(Huurcontract)\u{2069} و \u{2066}“Ik wil het.”\u{2069} لدى \u{2066}OCMW (Sociaal Huis)\u{2069}"
        );
        assert_eq!(&text[keep[0].clone()], "\u{2066}(Huurcontract)\u{2069}");
        assert_eq!(&text[keep[1].clone()], "\u{2066}“Ik wil het.”\u{2069}");
    }

    #[test]
    fn arabic_is_shaped_and_reversed_for_display() {
        let fonts = Fonts::load().unwrap();
        let setting = Setting { text: "مرحبا Rechtenwijzer", right_to_left: true, bold: false };
        let lines = fonts.lines(&setting, 100.0);
        assert_eq!(lines.len(), 1);
        // Visual order: the Dutch word on the left, the Arabic to its right.
        let texts: Vec<&str> = lines[0].runs.iter().map(|run| run.text.as_str()).collect();
        assert!(texts.first().is_some_and(|t| t.contains("Rechtenwijzer")), "{texts:?}");
        assert!(texts.last().is_some_and(|t| t.contains("مرحبا")), "{texts:?}");
    }

    #[test]
    fn long_text_wraps_within_the_width() {
        let fonts = Fonts::load().unwrap();
        let text = "Vraag het aan uw ziekenfonds, of download het op de website of in de app van uw ziekenfonds.";
        let lines = fonts.lines(&Setting { text, right_to_left: false, bold: false }, 20.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|line| line.width <= 20.0));
    }
}
