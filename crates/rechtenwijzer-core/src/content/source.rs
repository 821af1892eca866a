//! Where content and locale files come from: texts built into a program (borrowed, never
//! copied), or read from a folder (`--content DIR`, `--locales DIR`). Either way the loader sees
//! the same list of files.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// One text file of content or locales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path inside its root with `/` separators, e.g. `rights/leefloon.toml`.
    pub relative: String,
    /// The name shown in diagnostics, e.g. `content/rights/leefloon.toml`.
    pub shown: String,
    /// The file's text: borrowed when it is built into the program.
    pub text: Cow<'static, str>,
}

/// A tree of files (content or locales) with the name it is shown under.
#[derive(Debug, Clone, Default)]
pub struct SourceTree {
    /// The root as shown in diagnostics: `content`, `locales`, or the folder given.
    pub root: String,
    /// Every UTF-8 file below the root, sorted by relative path.
    pub files: Vec<SourceFile>,
}

impl SourceTree {
    /// A tree of texts built into the program (`relative path`, text), shown under `root`.
    pub fn from_static(root: &str, files: impl IntoIterator<Item = (String, &'static str)>) -> SourceTree {
        let mut tree = SourceTree { root: root.to_string(), files: Vec::new() };
        for (relative, text) in files {
            tree.insert(&relative, Cow::Borrowed(text));
        }
        tree
    }

    /// A tree read from the folder of a source checkout (for tests and build scripts), with
    /// the problems met while reading it.
    pub fn read_dir_shown(dir: &Path, root: &str) -> Result<(SourceTree, Vec<Diagnostic>), String> {
        let (mut tree, mut diagnostics) = SourceTree::read_dir(dir)?;
        let shown_before = tree.root.clone();
        tree.root = root.to_string();
        for file in &mut tree.files {
            file.shown = format!("{root}/{}", file.relative);
        }
        for diagnostic in &mut diagnostics {
            if let Some(rest) = diagnostic.file.strip_prefix(&shown_before) {
                diagnostic.file = format!("{root}{rest}");
            }
        }
        Ok((tree, diagnostics))
    }

    /// Reads every file below `dir`. Unreadable or non-UTF-8 files become diagnostics; a
    /// folder that cannot be read at all is an `Err` (a usage error, not a content error).
    pub fn read_dir(dir: &Path) -> Result<(SourceTree, Vec<Diagnostic>), String> {
        let metadata = std::fs::metadata(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
        if !metadata.is_dir() {
            return Err(format!("{} is not a folder", dir.display()));
        }
        // The root itself unreadable is the flag's fault, not the content's: a usage error
        // (exit 2) rather than a diagnostic for every file that then seems to be missing.
        std::fs::read_dir(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
        let mut tree =
            SourceTree { root: dir.display().to_string().trim_end_matches('/').to_string(), files: Vec::new() };
        let mut diagnostics = Vec::new();
        let mut paths = Vec::new();
        walk(dir, dir, &mut paths, &mut diagnostics);
        for (relative, path) in paths {
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => tree.insert(&relative, Cow::Owned(text)),
                    Err(error) => diagnostics.push(Diagnostic::error(
                        "not-utf8",
                        &tree.shown(&relative),
                        None,
                        format!(
                            "the file is not UTF-8 text (invalid byte at offset {})",
                            error.utf8_error().valid_up_to()
                        ),
                    )),
                },
                Err(error) => diagnostics.push(Diagnostic::error(
                    "unreadable",
                    &tree.shown(&relative),
                    None,
                    format!("cannot read the file: {error}"),
                )),
            }
        }
        Ok((tree, diagnostics))
    }

    /// Adds or replaces a file (used for fixtures and local overlays).
    pub fn insert(&mut self, relative: &str, text: impl Into<Cow<'static, str>>) {
        let text = text.into();
        let shown = self.shown(relative);
        self.insert_shown(relative, shown, text);
    }

    /// Adds or replaces a file that is shown under another name (an overlay's own path).
    pub fn insert_shown(&mut self, relative: &str, shown: String, text: Cow<'static, str>) {
        let file = SourceFile { relative: relative.to_string(), shown, text };
        match self.files.binary_search_by(|f| f.relative.as_str().cmp(relative)) {
            Ok(i) => self.files[i] = file,
            Err(i) => self.files.insert(i, file),
        }
    }

    /// Removes a file, if present.
    pub fn remove(&mut self, relative: &str) {
        self.files.retain(|f| f.relative != relative);
    }

    /// The file at a relative path.
    pub fn get(&self, relative: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.relative == relative)
    }

    /// The file shown under `shown`.
    pub fn by_shown(&self, shown: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.shown == shown)
    }

    /// The shown name of a relative path.
    pub fn shown(&self, relative: &str) -> String {
        format!("{}/{relative}", self.root)
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>, diagnostics: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                "unreadable",
                &dir.display().to_string(),
                None,
                format!("cannot read the folder: {error}"),
            ));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else { continue };
        // Linked folders are not followed (no loops); linked files are read like plain files.
        if file_type.is_dir() {
            walk(root, &path, out, diagnostics);
        } else if std::fs::metadata(&path).is_ok_and(|metadata| metadata.is_file()) {
            let relative = path.strip_prefix(root).map(path_to_relative).unwrap_or_else(|_| path.display().to_string());
            out.push((relative, path));
        }
    }
}

fn path_to_relative(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}
