//! One invalid-content fixture per diagnostic kind (tests/invalid-content/<kind>/): its files
//! are laid over the shipped content and locales, `check` runs, and the rendered diagnostics
//! (colour-free) are snapshot-tested. Each fixture must produce the diagnostic it is named for.

use std::path::Path;

use rechtenwijzer_core::check;
use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::diagnostic;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    /// The diagnostic code this fixture must produce.
    code: String,
    /// `shipped` (default) or `empty`: what the fixture's files are laid over.
    #[serde(default)]
    base: Option<String>,
    /// With `base = "empty"`: shipped files to keep, e.g. `locales/nl/ui.ftl`.
    #[serde(default)]
    keep: Vec<String>,
}

fn overlay(base: &mut SourceTree, folder: &Path) {
    if folder.is_dir() {
        let (tree, problems) = SourceTree::read_dir(folder).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        for file in tree.files {
            base.insert(&file.relative, file.text);
        }
    }
}

fn keep_only(tree: &SourceTree, root: &str, keep: &[String]) -> SourceTree {
    let mut kept = SourceTree { root: tree.root.clone(), files: Vec::new() };
    for file in &tree.files {
        if keep.contains(&format!("{root}/{}", file.relative)) {
            kept.insert(&file.relative, file.text.clone());
        }
    }
    kept
}

#[test]
fn every_fixture_reports_its_diagnostic() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid-content");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 25, "expected a fixture per diagnostic kind, found {}", names.len());
    for name in names {
        let dir = folder.join(&name);
        let fixture: Fixture = toml::from_str(&std::fs::read_to_string(dir.join("fixture.toml")).unwrap()).unwrap();
        let (mut content, mut locales) =
            (rechtenwijzer::builtin::content_sources(), rechtenwijzer::builtin::locale_sources());
        if fixture.base.as_deref() == Some("empty") {
            content = keep_only(&content, "content", &fixture.keep);
            locales = keep_only(&locales, "locales", &fixture.keep);
        }
        overlay(&mut content, &dir.join("content"));
        overlay(&mut locales, &dir.join("locales"));
        let result = check::run(&content, &locales, Vec::new());
        let find = |shown: &str| content.by_shown(shown).or_else(|| locales.by_shown(shown)).map(|f| f.text.as_ref());
        let rendered = diagnostic::render_all(&result.diagnostics, find);
        assert!(
            result.diagnostics.iter().any(|d| d.code == fixture.code),
            "fixture {name} should report `{}`, but reported:\n{rendered}",
            fixture.code
        );
        assert!(!rendered.contains('\u{1b}'), "diagnostics must be colour-free");
        // The snapshot holds what the fixture is about (its code) and every error, not the
        // warnings that carry counts of all messages, which change whenever a message is added.
        let relevant: Vec<_> =
            result.diagnostics.into_iter().filter(|d| d.code == fixture.code || d.is_error()).collect();
        // Counts of all messages change whenever a message is added; they are not the subject.
        let filters = vec![(r"\d+ of \d+ messages", "[n] of [all] messages"), (r"and \d+ more", "and [n] more")];
        insta::with_settings!({ filters => filters }, {
            insta::assert_snapshot!(name, diagnostic::render_all(&relevant, find));
        });
    }
}
