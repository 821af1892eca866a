//! The content and messages built into the program: their files (for `check`, overlays and the
//! messages a screen shows), embedded as text by the compiler, and the compiled form the build
//! checked (see build.rs), decoded instead of parsed: the languages' manifest at start-up, the
//! content the first time something needs it.

use std::sync::LazyLock;

use rechtenwijzer_core::content::Content;
use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::i18n::{LocaleManifest, Locales};

static COMPILED_CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-content.postcard"));
static COMPILED_LOCALES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-locales.postcard"));
include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

/// The built-in content, decoded when first needed: the welcome screen needs none of it, so
/// the first frame does not wait for it.
static CONTENT: LazyLock<Content> = LazyLock::new(decode_content);

/// Decodes the compiled content (what the first read of `Builtin::content` does; public for
/// the benchmark).
#[allow(clippy::expect_used)]
pub fn decode_content() -> Content {
    // Invariant: build.rs decoded these very bytes into a `Content` before it wrote them, or
    // the build failed; decoding is deterministic, so this cannot fail.
    postcard::from_bytes(COMPILED_CONTENT).expect("build.rs decoded the compiled content")
}

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
    // build.rs writes the files sorted by path.
    let found = LOCALE_FILES.binary_search_by(|(path, _)| (*path).cmp(relative)).ok()?;
    LOCALE_FILES.get(found).map(|(_, text)| *text)
}

/// The built-in content and languages, checked when the program was built.
pub struct Builtin {
    /// The content, decoded the first time it is read.
    pub content: &'static LazyLock<Content>,
    /// The languages; each is parsed when first shown.
    pub locales: Locales,
}

/// Decodes the languages' manifest (the messages themselves stay in the program's memory,
/// read when a screen needs them); the content is decoded when first read.
pub fn load() -> Result<Builtin, String> {
    let manifest: Vec<LocaleManifest> = postcard::from_bytes(COMPILED_LOCALES)
        .map_err(|error| format!("the built-in languages cannot be read: {error}"))?;
    Ok(Builtin { content: &CONTENT, locales: Locales::from_manifest(&manifest, "locales", locale_file) })
}
