//! Every message id the program's code uses is listed in `i18n::CODE_MESSAGES` (so `check`
//! guards it) and exists in Dutch; the families built at run time are complete.

use std::path::Path;

use rechtenwijzer::tui::keymap::Action;
use rechtenwijzer::tui::theme::ThemeName;
use rechtenwijzer_core::content::{ChannelKind, Confidence, Unit};
use rechtenwijzer_core::i18n::{self, CODE_MESSAGES, I18n, ids};
use rechtenwijzer_core::model::status::Status;
use strum::IntoEnumIterator;

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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates/rechtenwijzer-core/src"), &mut files);
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
    // Every family is derived from its enum, so a new variant cannot go without its message.
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Status::iter().map(ids::status));
    ids.extend(ChannelKind::iter().map(ids::channel_kind));
    ids.extend(Confidence::iter().map(ids::confidence));
    ids.extend(Unit::iter().map(ids::amount));
    ids.extend((1..=12).map(ids::month));
    ids.extend(ThemeName::all().map(ThemeName::message));
    // Typing a character in a text field has no key of its own to explain.
    for action in Action::iter().filter(|action| !matches!(action, Action::Type(_))) {
        ids.push(action.message());
        ids.push(action.hint());
    }
    let (locales, problems) = i18n::load(&rechtenwijzer::builtin::locale_sources());
    assert!(problems.is_empty());
    let dutch = I18n::new(&locales, "nl").unwrap();
    for id in ids {
        assert!(CODE_MESSAGES.contains(&id.as_str()), "`{id}` is not in CODE_MESSAGES");
        assert!(dutch.has(&id), "`{id}` is missing in Dutch");
    }
}
