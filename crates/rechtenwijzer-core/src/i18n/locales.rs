//! The languages: one folder of Fluent files per language with a `locale.toml`, read without
//! parsing, indexed for `check`, and each message parsed on its own the first time it is needed
//! (the welcome screen parses the few dozen messages it shows, not the files). A message that
//! refers to another message or a term is read with its whole file, so it may refer only to
//! terms and messages of its own file.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeMap;
use std::ops::Range;

use fluent_bundle::{FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::CharacterDirection;
use unic_langid::LanguageIdentifier;

use super::REFERENCE;
use super::entries::{self, Index};
use super::format::NumberFormat;
use crate::content::source::{SourceFile, SourceTree};
use crate::content::toml_diag::toml_error;
use crate::diagnostic::Diagnostic;

/// Message id to (file shown, span of the id).
pub type MessageIndex = BTreeMap<String, (String, Range<usize>)>;

/// One language: its messages and where each is defined.
pub struct Locale {
    /// The folder name, e.g. `nl`.
    pub id: String,
    /// Whether a native speaker has reviewed the translation (`<lang>/locale.toml`); the
    /// reference language is the original.
    pub reviewed: bool,
    /// How the language writes numbers.
    pub numbers: NumberFormat,
    identifier: LanguageIdentifier,
    /// The Fluent files, each parsed on first use.
    sources: Vec<Source>,
    own_name: OnceCell<String>,
    index: OnceCell<MessageIndex>,
}

/// One Fluent file of a language.
struct Source {
    /// The name shown in diagnostics.
    shown: String,
    /// Its text (borrowed when built into the program).
    text: Cow<'static, str>,
    /// The messages read so far: each added when first needed, or the whole file at once (by
    /// `check`, or for a message that refers to others).
    bundle: RefCell<Option<FluentBundle<FluentResource>>>,
    /// Whether the whole file is in `bundle`.
    whole: Cell<bool>,
    /// Its messages, found the first time one is needed.
    entries: OnceCell<Index>,
    /// Where the file's name without folder and extension (`ui`, `income`) lies in `shown`:
    /// found once, as every message lookup compares it.
    stem: std::ops::Range<usize>,
}

impl Source {
    fn new(shown: String, text: Cow<'static, str>) -> Source {
        let start = shown.rfind('/').map_or(0, |slash| slash + 1);
        let end = if shown.ends_with(".ftl") { shown.len() - ".ftl".len() } else { shown.len() };
        Source {
            stem: start..end.max(start),
            shown,
            text,
            bundle: RefCell::new(None),
            whole: Cell::new(false),
            entries: OnceCell::new(),
        }
    }

    /// The file's name without folder and extension (`ui`, `facts`, `income`).
    fn stem(&self) -> &str {
        self.shown.get(self.stem.clone()).unwrap_or_default()
    }
}

/// Where messages of an id's family live first: the program's words in ui.ftl, facts and
/// questions in their files, stories in personas.ftl; content messages (rights, documents,
/// offices, parameters) in the theme files, which are all the others.
fn home_of(id: &str) -> Option<&'static str> {
    match id.split('-').next().unwrap_or("") {
        "ui" => Some("ui"),
        "fact" => Some("facts"),
        "question" => Some("questions"),
        "scenario" => Some("personas"),
        _ => None,
    }
}

const FAMILY_FILES: [&str; 4] = ["ui", "facts", "questions", "personas"];

/// What a program needs to know of a language without reading its messages: written when the
/// built-in messages are compiled, so a start-up reads no Fluent file it does not show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocaleManifest {
    /// The language id.
    pub id: String,
    /// Whether a native speaker has reviewed it.
    pub reviewed: bool,
    /// How it writes numbers.
    pub numbers: NumberFormat,
    /// Its name in itself ("Français").
    pub own_name: String,
    /// Its Fluent files, relative to the locales root.
    pub files: Vec<String>,
}

impl Locale {
    fn new(id: String, identifier: LanguageIdentifier, files: Vec<(String, Cow<'static, str>)>) -> Locale {
        let sources = files.into_iter().map(|(shown, text)| Source::new(shown, text)).collect();
        Locale {
            id,
            reviewed: false,
            numbers: NumberFormat::default(),
            identifier,
            sources,
            own_name: OnceCell::new(),
            index: OnceCell::new(),
        }
    }

    /// `use_it` applied to the bundle of the file that defines `id`, once `id` is read into it;
    /// `None` if no file of this language defines it. Files are searched the family's own
    /// first (`ui-…` in ui.ftl; content messages in the theme files), and read only as far as
    /// needed.
    pub(super) fn with_message<T>(
        &self,
        id: &str,
        use_it: impl FnOnce(&FluentBundle<FluentResource>) -> T,
    ) -> Option<T> {
        let home = home_of(id);
        let first = self.sources.iter().filter(|source| match home {
            Some(home) => source.stem() == home,
            None => !FAMILY_FILES.contains(&source.stem()),
        });
        let rest = self.sources.iter().filter(|source| match home {
            Some(home) => source.stem() != home,
            None => FAMILY_FILES.contains(&source.stem()),
        });
        let source = first.chain(rest).find(|source| self.read(source, id))?;
        let bundle = source.bundle.borrow();
        bundle.as_ref().map(use_it)
    }

    /// Reads `id` into the bundle of `source`, if the file defines it: the message alone when
    /// it refers to no other, else the whole file. Whether the bundle now holds it.
    fn read(&self, source: &Source, id: &str) -> bool {
        let holds = || source.bundle.borrow().as_ref().is_some_and(|bundle| bundle.has_message(id));
        if holds() {
            return true;
        }
        if source.whole.get() {
            // The whole file is in, and it does not define `id`.
            return false;
        }
        let index = source.entries.get_or_init(|| Index::new(&source.text));
        let Some(entry) = index.find(&source.text, id) else { return false };
        if entry.read.replace(true) {
            return holds();
        }
        if entries::refers_to_nothing(entry.pattern(&source.text)) {
            let text = source.text.get(entry.body.clone()).unwrap_or_default().to_string();
            // A broken message (only in a file `check` would reject) still yields what it can.
            let (Ok(resource) | Err((resource, _))) = FluentResource::try_new(text);
            self.add(source, resource);
            if holds() {
                return true;
            }
        }
        self.read_whole(source, &mut Vec::new());
        holds()
    }

    /// Adds parsed messages to the bundle of `source`. A message read already stays as it is
    /// (`add_resource` keeps the first definition and returns the others as errors), so the
    /// first definition of a duplicate wins, as in the whole file.
    fn add(&self, source: &Source, resource: FluentResource) {
        let mut bundle = source.bundle.borrow_mut();
        let _ = bundle.get_or_insert_with(|| self.new_bundle()).add_resource(resource);
    }

    /// Reads the whole file into its bundle; syntax errors go to `diagnostics`.
    fn read_whole(&self, source: &Source, diagnostics: &mut Vec<Diagnostic>) {
        if !source.whole.replace(true) {
            self.add(source, parse(source, diagnostics));
        }
    }

    /// Every message id with where it is defined (the first definition of a duplicate).
    pub fn messages(&self) -> &MessageIndex {
        self.index.get_or_init(|| index(&self.sources, &mut Vec::new()))
    }

    /// Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu, …).
    pub fn is_right_to_left(&self) -> bool {
        self.identifier.character_direction() == CharacterDirection::RTL
    }

    /// An empty bundle for this language, with the program's functions.
    fn new_bundle(&self) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new(vec![self.identifier.clone()]);
        bundle.set_use_isolating(false);
        // AMOUNT($hundredths) and AMOUNT($hundredths, decimals: 0): numbers the way this
        // language writes them; where the euro sign stands is up to each message.
        let numbers = self.numbers.clone();
        // Adding a function fails only when the name is taken, and the bundle is new.
        let _ = bundle.add_function("AMOUNT", move |positional, named| {
            let hundredths = match positional.first() {
                // Amounts are whole hundredths far below 2^53, so the float is exact.
                #[allow(clippy::cast_possible_truncation)]
                Some(FluentValue::Number(number)) => number.value.round() as i64,
                Some(FluentValue::String(text)) => text.parse().unwrap_or(0),
                _ => return FluentValue::Error,
            };
            let decimals = match named.get("decimals") {
                Some(FluentValue::Number(number)) if number.value == 0.0 => 0,
                _ => 2,
            };
            FluentValue::from(numbers.format(hundredths, decimals))
        });
        bundle
    }

    /// The language's name in itself ("Français"), read without parsing every message.
    pub fn own_name(&self) -> &str {
        self.own_name.get_or_init(|| {
            self.sources
                .iter()
                .flat_map(|source| source.text.lines())
                .find_map(|line| {
                    line.strip_prefix("ui-language-name").map(str::trim_start).and_then(|rest| rest.strip_prefix('='))
                })
                .map_or_else(|| self.id.clone(), |name| name.trim().to_string())
        })
    }

    /// What a program needs to know of this language without reading it again.
    pub fn manifest(&self, root: &str) -> LocaleManifest {
        let prefix = format!("{root}/");
        LocaleManifest {
            id: self.id.clone(),
            reviewed: self.reviewed,
            numbers: self.numbers.clone(),
            own_name: self.own_name().to_string(),
            files: self
                .sources
                .iter()
                .map(|source| source.shown.strip_prefix(&prefix).unwrap_or(&source.shown).to_string())
                .collect(),
        }
    }
}

/// Every language found in the locales tree.
pub struct Locales {
    /// Languages sorted by id, the reference language first.
    pub locales: Vec<Locale>,
}

/// `<lang>/locale.toml`: facts about a translation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleInfo {
    /// Whether a native speaker has reviewed it.
    reviewed: bool,
    /// How the language writes numbers.
    numbers: NumberFormat,
}

/// Loads every `<lang>/*.ftl` and `<lang>/locale.toml`; duplicate ids and a missing or bad
/// `locale.toml` become diagnostics (syntax errors come from `Locales::validate`).
pub fn load(tree: &SourceTree) -> (Locales, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut by_language: BTreeMap<String, Vec<&SourceFile>> = BTreeMap::new();
    for file in &tree.files {
        let Some((language, name)) = file.relative.split_once('/') else {
            if file.relative.ends_with(".ftl") {
                diagnostics.push(
                    Diagnostic::warning("stray-file", &file.shown, None, "this file is not read".into())
                        .with_help("messages live in <language>/<area>.ftl, e.g. nl/ui.ftl"),
                );
            }
            continue;
        };
        if !name.ends_with(".ftl") || name.contains('/') {
            continue;
        }
        by_language.entry(language.to_string()).or_default().push(file);
    }
    let mut locales = Vec::new();
    for (language, files) in by_language {
        let Ok(identifier) = language.parse::<LanguageIdentifier>() else {
            diagnostics.push(
                Diagnostic::error(
                    "bad-id",
                    &tree.shown(&language),
                    None,
                    format!("`{language}` is not a language code"),
                )
                .with_help("name locale folders by language code, e.g. nl, fr, uk"),
            );
            continue;
        };
        let sources: Vec<(String, Cow<'static, str>)> =
            files.into_iter().map(|file| (file.shown.clone(), file.text.clone())).collect();
        let mut locale = Locale::new(language.clone(), identifier, sources);
        let _ = locale.index.set(index(&locale.sources, &mut diagnostics));
        if let Some(info) = read_info(tree, &language, &mut diagnostics) {
            locale.reviewed = info.reviewed || language == REFERENCE;
            locale.numbers = info.numbers;
        }
        locales.push(locale);
    }
    locales.sort_by_key(|locale| (locale.id != REFERENCE, locale.id.clone()));
    if locales.first().is_none_or(|locale| locale.id != REFERENCE) {
        diagnostics.push(
            Diagnostic::error(
                "missing-file",
                &tree.shown(REFERENCE),
                None,
                "the Dutch messages (the reference language) are missing".into(),
            )
            .with_help("add locales/nl/*.ftl"),
        );
    }
    (Locales { locales }, diagnostics)
}

/// Indexes the message ids of a language's files; a second definition is a diagnostic.
fn index(sources: &[Source], diagnostics: &mut Vec<Diagnostic>) -> MessageIndex {
    let mut messages = MessageIndex::new();
    for source in sources {
        let shown = &source.shown;
        for (id, span) in message_ids(&source.text) {
            if let Some((first_file, _)) = messages.get(&id) {
                diagnostics.push(
                    Diagnostic::error(
                        "duplicate-id",
                        shown,
                        Some(span),
                        format!("the message `{id}` is defined twice"),
                    )
                    .with_label("defined again here")
                    .with_help(format!("it is also defined in {first_file}; keep one")),
                );
            } else {
                messages.insert(id, (shown.clone(), span));
            }
        }
    }
    messages
}

/// Parses a whole file; syntax errors go to `diagnostics`.
fn parse(source: &Source, diagnostics: &mut Vec<Diagnostic>) -> FluentResource {
    let text = &source.text;
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                // Point at the start of the broken entry, which is where a person looks.
                let span = error.slice.clone().map_or(error.pos.clone(), |entry| {
                    let first_line = text.get(entry.clone()).and_then(|t| t.find('\n')).unwrap_or(entry.len());
                    entry.start..entry.start + first_line
                });
                diagnostics.push(
                    Diagnostic::error(
                        "fluent-syntax",
                        &source.shown,
                        Some(span),
                        format!("this message cannot be read: {}", error.kind),
                    )
                    .with_label("here")
                    .with_help("see https://projectfluent.org/fluent/guide/ for the syntax"),
                );
            }
            resource
        }
    };
    // Duplicates are reported by `load` with their place.
    resource
}

/// Reads `<lang>/locale.toml`: whether it was reviewed and how it writes numbers. A language
/// without one cannot show an amount: that is an error.
fn read_info(tree: &SourceTree, language: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<LocaleInfo> {
    let help = "write `reviewed = false` (true once a native speaker has checked it) and a \
                `[numbers]` table with `group`, `decimal` and `min-grouping`, e.g. `group = \".\"`, \
                `decimal = \",\"`, `min-grouping = 4`";
    let Some(file) = tree.get(&format!("{language}/locale.toml")) else {
        diagnostics.push(
            Diagnostic::error(
                "missing-file",
                &tree.shown(&format!("{language}/locale.toml")),
                None,
                format!(
                    "`{language}` has no locale.toml: whether a native speaker reviewed it, and how it writes numbers"
                ),
            )
            .with_help(help),
        );
        return None;
    };
    match toml::from_str::<LocaleInfo>(&file.text) {
        Ok(info) => Some(info),
        Err(error) => {
            diagnostics.push(toml_error(&file.shown, &error, "schema").with_help(help));
            None
        }
    }
}

/// Message ids defined in a Fluent file, with the span of each id (the entries' line scan).
fn message_ids(text: &str) -> Vec<(String, Range<usize>)> {
    entries::scan(text)
        .into_iter()
        .map(|entry| (text.get(entry.id.clone()).unwrap_or_default().to_string(), entry.id))
        .collect()
}

impl Locales {
    /// The languages of a manifest, their texts found by `text` (relative path to the text
    /// built into the program). Nothing is read or parsed until a message is needed.
    pub fn from_manifest(
        manifest: &[LocaleManifest],
        root: &str,
        text: impl Fn(&str) -> Option<&'static str>,
    ) -> Locales {
        let locales = manifest
            .iter()
            .filter_map(|entry| {
                let identifier = entry.id.parse::<LanguageIdentifier>().ok()?;
                let sources = entry
                    .files
                    .iter()
                    .filter_map(|file| Some(([root, "/", file].concat(), Cow::Borrowed(text(file)?))))
                    .collect();
                let mut locale = Locale::new(entry.id.clone(), identifier, sources);
                locale.reviewed = entry.reviewed;
                locale.numbers = entry.numbers.clone();
                let _ = locale.own_name.set(entry.own_name.clone());
                Some(locale)
            })
            .collect();
        Locales { locales }
    }

    /// Parses the messages of the given languages (all when `None`) and returns their syntax
    /// errors; a parsed language is kept for use.
    pub fn validate(&self, languages: Option<&[&str]>) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        for locale in &self.locales {
            if languages.is_some_and(|wanted| !wanted.contains(&locale.id.as_str())) {
                continue;
            }
            for source in &locale.sources {
                locale.read_whole(source, &mut diagnostics);
            }
        }
        diagnostics
    }

    /// The language with this id.
    pub fn get(&self, id: &str) -> Option<&Locale> {
        self.locales.iter().find(|locale| locale.id == id)
    }

    /// The ids of every language, the reference first.
    pub fn ids(&self) -> Vec<&str> {
        self.locales.iter().map(|locale| locale.id.as_str()).collect()
    }

    /// What a program needs to know of every language, to be built into it.
    pub fn manifest(&self, root: &str) -> Vec<LocaleManifest> {
        self.locales.iter().map(|locale| locale.manifest(root)).collect()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn finds_message_ids_with_their_spans() {
        let text = "# comment\nui-title = Hallo\n    .attr = x\n-term = y\nmulti =\n    line\nnot an entry\n";
        let ids = message_ids(text);
        let names: Vec<&str> = ids.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(names, vec!["ui-title", "multi"]);
        assert_eq!(&text[ids[0].1.clone()], "ui-title");
    }

    /// Every message's value and attributes as formatted by `bundle`, with the errors' count.
    fn formatted(bundle: &FluentBundle<FluentResource>, id: &str) -> Vec<(String, usize)> {
        let Some(message) = bundle.get_message(id) else { return Vec::new() };
        message
            .value()
            .into_iter()
            .chain(message.attributes().map(|attribute| attribute.value()))
            .map(|pattern| {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
                (text, errors.len())
            })
            .collect()
    }

    #[test]
    fn a_message_read_alone_reads_as_in_its_whole_file() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let (tree, _) = SourceTree::read_dir_shown(&root, "locales").unwrap();
        let (by_message, _) = load(&tree);
        let (by_file, _) = load(&tree);
        assert!(by_file.validate(None).is_empty());
        let mut compared = 0;
        for (one, all) in by_message.locales.iter().zip(&by_file.locales) {
            for id in all.messages().keys() {
                let alone = one.with_message(id, |bundle| formatted(bundle, id));
                assert!(alone.as_ref().is_some_and(|texts| !texts.is_empty()), "{id} in {} is not read alone", one.id);
                assert_eq!(alone, all.with_message(id, |bundle| formatted(bundle, id)), "{id} in {}", one.id);
                compared += 1;
            }
        }
        assert!(compared > 8 * 1000, "only {compared} messages compared");
        let whole_files =
            by_message.locales.iter().flat_map(|locale| &locale.sources).filter(|s| s.whole.get()).count();
        assert_eq!(whole_files, 0, "no shipped message needs its whole file");
    }

    #[test]
    fn a_message_that_names_another_is_read_with_its_whole_file() {
        let files = [("nl/ui.ftl", "ui-a = { ui-b } en meer\nui-b = B\nui-c = C { $n }\n")];
        let (locales, _) =
            load(&SourceTree::from_static("locales", files.into_iter().map(|(p, t)| (p.to_string(), t))));
        let dutch = locales.get("nl").unwrap();
        let source = &dutch.sources[0];
        let text = |id: &str| dutch.with_message(id, |bundle| formatted(bundle, id)).unwrap();
        assert_eq!(text("ui-c"), vec![("C {$n}".to_string(), 1)]);
        assert!(!source.whole.get(), "a message with a variable alone is read alone");
        assert_eq!(text("ui-a"), vec![("B en meer".to_string(), 0)]);
        assert!(source.whole.get());
        assert!(dutch.with_message("ui-d", |_| ()).is_none());
    }
}
