//! The domain stays free of the terminal: `rechtenwijzer-core` (content, rules, interview,
//! session, messages, report) depends on no terminal, command-line or signal crate, so the
//! compiler keeps every renderer on the same model; and no core file even names them.

use std::path::Path;

const FORBIDDEN: [&str; 5] = ["ratatui", "crossterm", "clap", "signal-hook", "signal_hook"];

#[test]
fn the_core_crate_depends_on_no_terminal_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/rechtenwijzer-core");
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let dependencies: Vec<&str> = manifest
        .lines()
        .skip_while(|line| !line.starts_with("[dependencies]"))
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .filter_map(|line| line.split([' ', '=']).next())
        .filter(|name| !name.is_empty())
        .collect();
    assert!(!dependencies.is_empty(), "the core's dependencies were not found");
    for forbidden in FORBIDDEN {
        assert!(!dependencies.contains(&forbidden), "the core depends on {forbidden}");
    }
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 20, "the core's sources were not found");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for forbidden in FORBIDDEN {
            assert!(!text.contains(forbidden), "{} mentions {forbidden}", file.display());
        }
    }
}

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
