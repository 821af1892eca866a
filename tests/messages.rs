//! Every message id the program's code uses is listed in `i18n::CODE_MESSAGES` (so `check`
//! guards it) and exists in Dutch; the families built at run time are complete.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::Path;

use rechtenwijzer::content::ChannelKind;
use rechtenwijzer::i18n::{self, CODE_MESSAGES, I18n};
use rechtenwijzer::rules::Status;
use rechtenwijzer::source::SourceTree;
use rechtenwijzer::tui::keymap::BINDINGS;
use rechtenwijzer::tui::theme::ThemeName;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_literal_message_id_in_the_code_is_listed() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests may name made-up ids.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for piece in code.split('"').skip(1).step_by(2) {
            let is_id = piece.starts_with("ui-")
                && piece.len() > 3
                && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id && piece != "ui-" {
                assert!(
                    CODE_MESSAGES.contains(&piece),
                    "{} uses `{piece}`, which is not in CODE_MESSAGES",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn message_families_built_at_run_time_are_complete() {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Status::ALL.iter().map(|s| format!("ui-status-{}", s.id())));
    ids.extend(ChannelKind::ALL.iter().map(|k| format!("ui-channel-{}", k.id())));
    ids.extend((1..=12).map(|m| format!("ui-month-{m}")));
    ids.extend(ThemeName::ALL.iter().map(|t| t.message().to_string()));
    ids.extend(["verified", "verified-old", "third-party", "unverified"].map(|c| format!("ui-confidence-{c}")));
    for binding in BINDINGS {
        ids.push(binding.action.message());
        ids.push(format!("ui-key-{}", binding.action.id()));
    }
    let (locales, problems) = i18n::load(&SourceTree::embedded_locales());
    assert!(problems.is_empty());
    let dutch = I18n::new(&locales, "nl").unwrap();
    for id in ids {
        assert!(CODE_MESSAGES.contains(&id.as_str()), "`{id}` is not in CODE_MESSAGES");
        assert!(dutch.has(&id), "`{id}` is missing in Dutch");
    }
}
