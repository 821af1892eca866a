//! The content and messages built into the program: their files (for `check`, overlays and the
//! messages a screen shows), embedded as text by the compiler, and the compiled form the build
//! checked (see build.rs), decoded at start-up instead of parsed.

use rechtenwijzer_core::compiled::Compiled;
use rechtenwijzer_core::content::Content;
use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::i18n::Locales;

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.postcard"));
include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

/// The built-in content files, as `check` and overlays read them.
pub fn content_sources() -> SourceTree {
    SourceTree::from_static("content", CONTENT_FILES.iter().map(|(path, text)| (path.to_string(), *text)))
}

/// The built-in message files.
pub fn locale_sources() -> SourceTree {
    SourceTree::from_static("locales", LOCALE_FILES.iter().map(|(path, text)| (path.to_string(), *text)))
}

/// A built-in message file by its path inside `locales/`.
fn locale_file(relative: &str) -> Option<&'static str> {
    LOCALE_FILES.iter().find(|(path, _)| *path == relative).map(|(_, text)| *text)
}

/// The built-in content and languages, checked when the program was built.
pub struct Builtin {
    /// The content.
    pub content: Content,
    /// The languages; each is parsed when first shown.
    pub locales: Locales,
}

/// Decodes the compiled content and the languages' manifest (the messages themselves stay in
/// the program's memory, read when a screen needs them).
pub fn load() -> Result<Builtin, String> {
    let compiled: Compiled =
        postcard::from_bytes(COMPILED).map_err(|error| format!("the built-in content cannot be read: {error}"))?;
    let locales = Locales::from_manifest(&compiled.locales, "locales", locale_file);
    Ok(Builtin { content: compiled.content, locales })
}
