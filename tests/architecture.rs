//! The domain stays free of the terminal: content loading, rules, the interview plan, messages
//! and the report never import ratatui or crossterm, so every renderer shares one model.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::Path;

#[test]
fn the_domain_never_imports_the_terminal() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let domain = [
        "answers.rs",
        "content.rs",
        "content",
        "date.rs",
        "i18n.rs",
        "interview.rs",
        "report.rs",
        "rules.rs",
        "rules",
        "source.rs",
        "text.rs",
    ];
    let mut files = Vec::new();
    for name in domain {
        let path = src.join(name);
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            files.push(path);
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for forbidden in ["ratatui", "crossterm", "crate::tui"] {
            assert!(!text.contains(forbidden), "{} mentions {forbidden}", file.display());
        }
    }
}
