//! Which of our languages to show for what a person or system asks for ("fr_BE.UTF-8",
//! "uk-UA", "ar"), by Fluent's language negotiation: the first request we can serve wins.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The best of `available` for the `requested` languages (most wanted first), or `None` when
/// none of them matches. POSIX forms are understood: `fr_BE.UTF-8@euro` asks for `fr-BE`;
/// `C` and `POSIX` ask for nothing.
pub fn negotiate<'a>(requested: &[&str], available: &[&'a str]) -> Option<&'a str> {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|text| parse(text)).collect();
    let offered: Vec<LanguageIdentifier> = available.iter().filter_map(|id| id.parse().ok()).collect();
    let chosen = negotiate_languages(&requested, &offered, None, NegotiationStrategy::Filtering);
    let first = chosen.first()?.to_string();
    available.iter().copied().find(|id| *id == first)
}

/// A language request as an identifier: `fr_BE.UTF-8` → `fr-BE`; `C`, `POSIX` and empty → none.
fn parse(text: &str) -> Option<LanguageIdentifier> {
    let tag = text.split(['.', '@']).next()?.replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
        return None;
    }
    tag.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OURS: [&str; 8] = ["nl", "ar", "en", "fr", "pl", "ro", "tr", "uk"];

    #[test]
    fn serves_the_first_language_we_have() {
        assert_eq!(negotiate(&["fr_BE.UTF-8"], &OURS), Some("fr"));
        assert_eq!(negotiate(&["de-DE", "uk-UA"], &OURS), Some("uk"));
        assert_eq!(negotiate(&["nl_BE.UTF-8@euro"], &OURS), Some("nl"));
        assert_eq!(negotiate(&["C"], &OURS), None);
        assert_eq!(negotiate(&["POSIX", "ar_EG"], &OURS), Some("ar"));
        assert_eq!(negotiate(&["de"], &OURS), None);
        assert_eq!(negotiate(&[], &OURS), None);
    }
}
