//! A Fluent file's messages found by a line scan, without parsing: where each one lies and
//! whether it stands alone (refers to no other message or term), so a screen parses only the
//! messages it shows, one by one, instead of the whole file.

use std::cell::Cell;
use std::ops::Range;

/// One message of a file.
pub(super) struct Entry {
    /// Where its id lies in the file.
    pub(super) id: Range<usize>,
    /// The whole entry: from its id to the next entry or comment.
    pub(super) body: Range<usize>,
    /// Whether it was read into its file's bundle.
    pub(super) read: Cell<bool>,
}

impl Entry {
    /// The message's pattern and attributes: everything after the id.
    pub(super) fn pattern<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.id.end..self.body.end).unwrap_or_default()
    }
}

/// The messages of a Fluent file, in the file's order.
///
/// Fluent starts every entry at the beginning of a line with its id (a message), `-` (a term) or
/// `#` (a comment), and nothing else may start there but the lines of an entry's own select
/// expressions and attributes (`[`, `*`, `.`, `}`); so the lines from a message's id up to the
/// next line that starts with a letter, `-` or `#` are the whole message.
pub(super) fn scan(text: &str) -> Vec<Entry> {
    // Bytes, not chars: every character that matters here is ASCII, and the file is scanned
    // on the first frame.
    let bytes = text.as_bytes();
    let is_id_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_';
    let mut entries = Vec::new();
    let mut open: Option<Range<usize>> = None;
    let line_starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|newline| newline + 1));
    for start in line_starts {
        let line = bytes.get(start..).unwrap_or_default();
        let Some(&first) = line.first() else { continue };
        if !(first.is_ascii_alphabetic() || first == b'-' || first == b'#') {
            continue;
        }
        if let Some(id) = open.take() {
            entries.push(Entry { body: id.start..start, id, read: Cell::new(false) });
        }
        let id_length = line.iter().position(|b| !is_id_byte(b)).unwrap_or(line.len());
        let after_id = line.get(id_length..).unwrap_or_default();
        let is_message =
            first.is_ascii_alphabetic() && after_id.iter().find(|b| **b != b' ' && **b != b'\t') == Some(&b'=');
        if is_message {
            open = Some(start..start + id_length);
        }
    }
    if let Some(id) = open {
        entries.push(Entry { body: id.start..text.len(), id, read: Cell::new(false) });
    }
    entries
}

/// A file's messages with a way to find one by id in a few steps: a screen looks up hundreds of
/// ids per frame, most of them in files that do not define them.
pub(super) struct Index {
    entries: Vec<Entry>,
    /// (hash of the id, position in `entries`), sorted.
    by_id: Vec<(u64, usize)>,
}

impl Index {
    /// The messages of a Fluent file, indexed.
    pub(super) fn new(text: &str) -> Index {
        let entries = scan(text);
        let mut by_id: Vec<(u64, usize)> = entries
            .iter()
            .enumerate()
            .map(|(position, entry)| (hash(text.as_bytes().get(entry.id.clone()).unwrap_or_default()), position))
            .collect();
        by_id.sort_unstable();
        Index { entries, by_id }
    }

    /// The first entry with this id (a later duplicate is not read, as in the whole file).
    pub(super) fn find(&self, text: &str, id: &str) -> Option<&Entry> {
        let wanted = hash(id.as_bytes());
        let first = self.by_id.partition_point(|(hash, _)| *hash < wanted);
        // Equal hashes are in file order, so the first that matches is the first definition.
        self.by_id
            .get(first..)
            .unwrap_or_default()
            .iter()
            .take_while(|(hash, _)| *hash == wanted)
            .filter_map(|(_, position)| self.entries.get(*position))
            .find(|entry| text.as_bytes().get(entry.id.clone()) == Some(id.as_bytes()))
    }
}

/// FNV-1a: short ids, no need for a keyed hash.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Whether a message's pattern only holds placeables that need nothing else from its file: a
/// variable (`{ $n }`, also as a selector), a string or number literal, or a function call
/// (`{ AMOUNT($value) }`). Anything else might name a message or a term: then the message is
/// not parsed on its own. Errs on the safe side; a false "no" only costs a whole-file parse.
pub(super) fn refers_to_nothing(pattern: &str) -> bool {
    pattern.match_indices('{').all(|(at, _)| {
        let inside = pattern.get(at + 1..).unwrap_or_default().trim_start();
        match inside.chars().next() {
            Some('$' | '"' | '0'..='9') => true,
            Some(c) if c.is_ascii_uppercase() => {
                let name_length =
                    inside.find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == '-'));
                name_length
                    .and_then(|length| inside.get(length..))
                    .is_some_and(|rest| rest.trim_start().starts_with('('))
            }
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<(&str, &str, bool)> {
        scan(text)
            .iter()
            .map(|entry| (&text[entry.id.clone()], &text[entry.body.clone()], refers_to_nothing(entry.pattern(text))))
            .collect()
    }

    #[test]
    fn a_message_runs_to_the_next_entry_or_comment_with_its_variants_and_attributes() {
        let text =
            "# Comment\nb = { $n ->\n[one] one day\n   *[other] { $n } days\n}\n.title = T\n\n-term = x\na = A\n";
        assert_eq!(
            ids(text),
            vec![
                ("b", "b = { $n ->\n[one] one day\n   *[other] { $n } days\n}\n.title = T\n\n", true),
                ("a", "a = A\n", true)
            ]
        );
    }

    #[test]
    fn a_message_that_may_name_another_is_not_alone() {
        let text = "a = { other }\nb = { -term }\nc = { AMOUNT($v, decimals: 0) } and { \"{\" } { 5 }\nd = { other.attr }\ne = { FUNC }\n";
        let alone: Vec<_> = ids(text).into_iter().map(|(id, _, alone)| (id, alone)).collect();
        assert_eq!(alone, vec![("a", false), ("b", false), ("c", true), ("d", false), ("e", false)]);
    }

    #[test]
    fn finds_the_first_definition_of_an_id() {
        let text = "b = first\na = A\nb = second\nc = C\n";
        let index = Index::new(text);
        assert_eq!(index.find(text, "b").map(|entry| &text[entry.body.clone()]), Some("b = first\n"));
        assert_eq!(index.find(text, "c").map(|entry| &text[entry.body.clone()]), Some("c = C\n"));
        assert!(index.find(text, "d").is_none());
        assert!(index.find(text, "").is_none());
    }
}
