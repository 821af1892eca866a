//! The content and messages built into the program: their files (for `check`, overlays and the
//! messages a screen shows) and the compiled form the build checked (see build.rs), decoded at
//! start-up instead of parsed.

use include_dir::{Dir, include_dir};
use rechtenwijzer_core::compiled::Compiled;
use rechtenwijzer_core::content::Content;
use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::i18n::Locales;

static CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.postcard"));

/// The built-in content files, as `check` and overlays read them.
pub fn content_sources() -> SourceTree {
    SourceTree::from_static("content", texts(&CONTENT))
}

/// The built-in message files.
pub fn locale_sources() -> SourceTree {
    SourceTree::from_static("locales", texts(&LOCALES))
}

fn texts(dir: &'static Dir<'static>) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    collect(dir, &mut out);
    out
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static str)>) {
    for file in dir.files() {
        // The build read every file as UTF-8 text; anything else failed it.
        if let Some(text) = file.contents_utf8() {
            out.push((relative(file.path()), text));
        }
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

fn relative(path: &std::path::Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
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
    let locales = Locales::from_manifest(&compiled.locales, "locales", |file| {
        LOCALES.get_file(file).and_then(include_dir::File::contents_utf8)
    });
    Ok(Builtin { content: compiled.content, locales })
}
