//! Compiles the built-in content and messages: reads `content/` and `locales/`, checks them
//! exactly as `rechtenwijzer check` does (every municipality's overlay too), stops the build on
//! any error, and writes the checked content and the languages' manifest in a compact binary
//! form that the program decodes instead of parsing and checking again: the manifest at
//! start-up, the content the first time a screen needs it (written apart for that). Each is
//! decoded back here before it is written, so the program decodes it without a failure path.

use std::path::Path;
use std::process::ExitCode;

use rechtenwijzer_core::check;
use rechtenwijzer_core::content::source::SourceTree;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |folder: &str| SourceTree::read_dir_shown(&root.join(folder), folder);
    let ((content, mut problems), (locales, more)) = match (read("content"), read("locales")) {
        (Ok(content), Ok(locales)) => (content, locales),
        (Err(message), _) | (_, Err(message)) => {
            eprintln!("rechtenwijzer build: {message}");
            return ExitCode::FAILURE;
        }
    };
    problems.extend(more);
    let result = check::run_with_overlays(&content, &locales, problems);
    if result.has_errors() {
        eprint!("{}", check::render(&result, &content, &locales));
        eprintln!("rechtenwijzer build: the built-in content has errors (above); fix them to build");
        return ExitCode::FAILURE;
    }
    #[allow(clippy::disallowed_methods)] // cargo tells a build script where to write
    let out = std::env::var_os("OUT_DIR");
    let Some(out) = out else {
        eprintln!("rechtenwijzer build: cargo did not set OUT_DIR");
        return ExitCode::FAILURE;
    };
    let manifest = result.locales.manifest(&locales.root);
    for (file, written) in [
        (
            "builtin-content.postcard",
            write_proven(&Path::new(&out).join("builtin-content.postcard"), &result.loaded.content),
        ),
        ("builtin-locales.postcard", write_proven(&Path::new(&out).join("builtin-locales.postcard"), &manifest)),
    ] {
        if let Err(error) = written {
            eprintln!("rechtenwijzer build: {file}: {error}");
            return ExitCode::FAILURE;
        }
    }
    // Every file as a `&'static str` the compiler embeds (`include_str!`): nothing to look up
    // or to check for UTF-8 at start-up, and a language's messages are read only when shown.
    let mut files = String::from("// Written by build.rs: the built-in content and message files.\n");
    for (name, tree) in [("CONTENT_FILES", &content), ("LOCALE_FILES", &locales)] {
        files.push_str(&format!("static {name}: &[(&str, &str)] = &[\n"));
        // Sorted by path, so the program finds a file by binary search.
        let mut sorted: Vec<_> = tree.files.iter().collect();
        sorted.sort_by(|a, b| a.relative.cmp(&b.relative));
        for file in sorted {
            let path = root.join(&tree.root).join(&file.relative);
            files.push_str(&format!("    ({:?}, include_str!({:?})),\n", file.relative, path.display().to_string()));
        }
        files.push_str("];\n");
    }
    if let Err(error) = std::fs::write(Path::new(&out).join("builtin_files.rs"), files) {
        eprintln!("rechtenwijzer build: cannot write the list of built-in files: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Encodes a compiled part and writes it once these very bytes decode back into the same type:
/// decoding is deterministic, so the program that embeds them decodes them without a failure
/// path, as the build proved.
fn write_proven<T: Serialize + DeserializeOwned>(path: &Path, value: &T) -> Result<(), String> {
    let bytes = postcard::to_stdvec(value).map_err(|error| format!("cannot encode: {error}"))?;
    postcard::from_bytes::<T>(&bytes).map_err(|error| format!("cannot decode what was encoded: {error}"))?;
    std::fs::write(path, bytes).map_err(|error| format!("cannot write: {error}"))
}
