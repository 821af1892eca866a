//! Languages: Fluent resources per locale folder, message lookup with per-message fallback to
//! Dutch (the complete reference), and the checks that every needed message exists.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use std::cell::OnceCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::content::MessageRef;
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::source::SourceTree;

/// The reference language: complete, and the fallback for every other.
pub const REFERENCE: &str = "nl";

/// Message ids the program's own code uses (headings, fixed sentences); checked like content's.
pub const CODE_MESSAGES: &[&str] = &[
    "ui-report-title",
    "ui-report-disclaimer",
    "ui-status-automatic",
    "ui-status-proactive",
    "ui-status-request",
    "ui-status-already",
    "ui-status-unknown",
    "ui-status-unlikely",
    "ui-apply-at",
    "ui-reason-missing",
    "ui-reason-possible",
    "ui-reason-missing-parameter",
    "ui-if-missing",
    "ui-deadline",
    "ui-opens",
    "ui-to-confirm",
    "ui-parameter-to-confirm",
    "ui-unreviewed",
    "ui-rtl-notice",
    "ui-with-dutch",
    "ui-amount-euro",
    "ui-amount-euro-month",
    "ui-amount-euro-year",
    "ui-amount-count",
    "ui-amount-years",
    "ui-amount-line",
    "ui-amount-line-to-confirm",
    "ui-compare-title",
    "ui-compare-none",
    "ui-compare-change",
    "ui-compare-stored",
    "ui-compare-screen-title",
    "ui-compare-intro",
    "ui-compare-row",
    "ui-documents-title",
    "ui-documents-none",
    "ui-document-for",
    "ui-document-where",
    "ui-date",
    "ui-month-1",
    "ui-month-2",
    "ui-month-3",
    "ui-month-4",
    "ui-month-5",
    "ui-month-6",
    "ui-month-7",
    "ui-month-8",
    "ui-month-9",
    "ui-month-10",
    "ui-month-11",
    "ui-month-12",
    "ui-app-name",
    "ui-language-name",
    "ui-too-small",
    "ui-welcome-title",
    "ui-welcome-intro",
    "ui-welcome-reassure",
    "ui-welcome-language",
    "ui-welcome-reading",
    "ui-mode-normal",
    "ui-mode-large",
    "ui-mode-contrast",
    "ui-chosen",
    "ui-start",
    "ui-welcome-training",
    "ui-personas-title",
    "ui-personas-intro",
    "ui-training-hidden",
    "ui-question-progress",
    "ui-question-several",
    "ui-question-number",
    "ui-yes",
    "ui-no",
    "ui-dont-know",
    "ui-none-of-these",
    "ui-confirm-choice",
    "ui-number-empty",
    "ui-number-range",
    "ui-error-prefix",
    "ui-overview-title",
    "ui-overview-intro",
    "ui-not-answered",
    "ui-to-results",
    "ui-results-title",
    "ui-group-empty",
    "ui-show-unlikely",
    "ui-hide-unlikely",
    "ui-quit-question",
    "ui-quit-yes",
    "ui-quit-no",
    "ui-start-over-question",
    "ui-start-over-yes",
    "ui-start-over-no",
    "ui-staff-pin",
    "ui-idle-countdown",
    "ui-bank-codes",
    "ui-handout-title",
    "ui-handout-intro",
    "ui-handout-print",
    "ui-handout-save",
    "ui-handout-back",
    "ui-save-as-title",
    "ui-save-as-label",
    "ui-printed",
    "ui-print-no-printer",
    "ui-print-failed",
    "ui-saved",
    "ui-save-exists",
    "ui-save-failed",
    "ui-detail-status",
    "ui-detail-why",
    "ui-detail-based-on",
    "ui-detail-conditions",
    "ui-detail-where",
    "ui-channel-in-person",
    "ui-channel-phone",
    "ui-channel-online",
    "ui-channel-letter",
    "ui-channel-home-visit",
    "ui-detail-counter",
    "ui-detail-counter-dutch",
    "ui-detail-dutch-name",
    "ui-detail-amounts",
    "ui-worker-title",
    "ui-worker-rule",
    "ui-worker-no-rule",
    "ui-worker-facts",
    "ui-worker-parameter",
    "ui-worker-unverified",
    "ui-confidence-verified",
    "ui-confidence-verified-old",
    "ui-confidence-third-party",
    "ui-confidence-unverified",
    "ui-detail-what-if",
    "ui-what-if",
    "ui-change-at-most",
    "ui-change-at-least",
    "ui-change-is",
    "ui-change-adds",
    "ui-change-drops",
    "ui-detail-documents",
    "ui-detail-deadline",
    "ui-detail-if-missing",
    "ui-detail-opens",
    "ui-detail-to-confirm",
    "ui-detail-source",
    "ui-detail-source-text",
    "ui-documents-intro",
    "ui-help-title",
    "ui-help-intro",
    "ui-theme-standard",
    "ui-theme-contrast-dark",
    "ui-theme-contrast-light",
    "ui-theme-terminal",
    "ui-theme-mono",
    "ui-plain-commands",
    "ui-plain-prompt",
    "ui-plain-invalid",
    "ui-plain-number",
    "ui-plain-several",
    "ui-plain-current",
    "ui-plain-overview",
    "ui-plain-results",
    "ui-plain-continue",
    "ui-key-up",
    "ui-key-down",
    "ui-key-page-up",
    "ui-key-page-down",
    "ui-key-select",
    "ui-key-digit",
    "ui-key-erase",
    "ui-key-back",
    "ui-key-forward",
    "ui-key-overview",
    "ui-key-results",
    "ui-key-documents",
    "ui-key-help",
    "ui-key-large",
    "ui-key-theme",
    "ui-key-language",
    "ui-key-bilingual",
    "ui-key-handout",
    "ui-key-start-over",
    "ui-key-staff-exit",
    "ui-key-worker",
    "ui-key-reveal",
    "ui-key-compare",
    "ui-key-quit",
    "ui-action-up",
    "ui-action-down",
    "ui-action-page-up",
    "ui-action-page-down",
    "ui-action-select",
    "ui-action-digit",
    "ui-action-erase",
    "ui-action-back",
    "ui-action-forward",
    "ui-action-overview",
    "ui-action-results",
    "ui-action-documents",
    "ui-action-help",
    "ui-action-large",
    "ui-action-theme",
    "ui-action-language",
    "ui-action-handout",
    "ui-action-start-over",
    "ui-action-compare",
    "ui-action-reveal",
    "ui-action-worker",
    "ui-action-staff-exit",
    "ui-action-bilingual",
    "ui-action-quit",
];

/// Prefixes of message ids that content owns; a Dutch message with such a prefix that no
/// content refers to is probably a typo.
const CONTENT_PREFIXES: [&str; 7] = ["fact-", "question-", "document-", "office-", "param-", "right-", "scenario-"];

/// One language: its messages and where each is defined.
pub struct Locale {
    /// The folder name, e.g. `nl`.
    pub id: String,
    /// Message id to (file shown, span of the id).
    pub messages: BTreeMap<String, (String, Range<usize>)>,
    /// Whether a native speaker has reviewed the translation (`<lang>/locale.toml`); the
    /// reference language is the original.
    pub reviewed: bool,
    identifier: LanguageIdentifier,
    /// The Fluent files (shown name, text), parsed on first use.
    sources: Vec<(String, String)>,
    bundle: OnceCell<FluentBundle<FluentResource>>,
}

impl Locale {
    /// The messages, parsed the first time they are needed: a start-up parses only the
    /// languages it shows (a parse of all eight costs more than drawing the first screen).
    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| self.parse().0)
    }

    /// Parses every file; returns the bundle and the syntax errors.
    fn parse(&self) -> (FluentBundle<FluentResource>, Vec<Diagnostic>) {
        let mut bundle = FluentBundle::new(vec![self.identifier.clone()]);
        bundle.set_use_isolating(false);
        // AMOUNT($hundredths) and AMOUNT($hundredths, decimals: 0): numbers the way this
        // language writes them; where the euro sign stands is up to each message.
        let number_language = self.id.clone();
        let _ = bundle.add_function("AMOUNT", move |positional, named| {
            let hundredths = match positional.first() {
                Some(FluentValue::Number(number)) => number.value.round() as i64,
                Some(FluentValue::String(text)) => text.parse().unwrap_or(0),
                _ => return FluentValue::Error,
            };
            let decimals = match named.get("decimals") {
                Some(FluentValue::Number(number)) if number.value == 0.0 => 0,
                _ => 2,
            };
            FluentValue::from(format_number(&number_language, hundredths, decimals))
        });
        let mut diagnostics = Vec::new();
        for (shown, text) in &self.sources {
            let resource = match FluentResource::try_new(text.clone()) {
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
                                shown,
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
            // Duplicates were reported by `load` with their place; the first definition wins.
            let _ = bundle.add_resource(resource);
        }
        (bundle, diagnostics)
    }

    /// The language's name in itself ("Français"), read without parsing every message.
    pub fn own_name(&self) -> String {
        self.sources
            .iter()
            .flat_map(|(_, text)| text.lines())
            .find_map(|line| {
                line.strip_prefix("ui-language-name").map(str::trim_start).and_then(|rest| rest.strip_prefix('='))
            })
            .map_or_else(|| self.id.clone(), |name| name.trim().to_string())
    }
}

/// `<lang>/locale.toml`: facts about a translation.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleInfo {
    /// Whether a native speaker has reviewed it.
    reviewed: bool,
}

/// Marks a message shown in Dutch because the chosen language lacks it.
pub const FALLBACK_MARKER: &str = "[nl] ";

/// How a language writes numbers: the group separator, the decimal sign, and the fewest
/// digits before grouping starts (CLDR's minimum grouping digits plus three).
fn number_format(language: &str) -> (&'static str, &'static str, usize) {
    match language {
        "fr" => ("\u{202F}", ",", 4),
        "uk" => ("\u{A0}", ",", 4),
        "pl" => ("\u{A0}", ",", 5),
        "en" | "ar" => (",", ".", 4),
        // Dutch, Turkish, Romanian and the fallback.
        _ => (".", ",", 4),
    }
}

/// `value` (hundredths) with the language's separators; `decimals` is 0 or 2.
pub fn format_number(language: &str, hundredths: i64, decimals: usize) -> String {
    let (group, decimal, minimum) = number_format(language);
    let negative = hundredths < 0;
    let magnitude = hundredths.unsigned_abs();
    let whole = if decimals == 0 { (magnitude + 50) / 100 } else { magnitude / 100 };
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        let from_end = digits.len() - index;
        if index > 0 && from_end % 3 == 0 && digits.len() >= minimum {
            grouped.push_str(group);
        }
        grouped.push(digit);
    }
    let sign = if negative { "-" } else { "" };
    if decimals == 0 { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{decimal}{:02}", magnitude % 100) }
}

/// Every language found in the locales tree.
pub struct Locales {
    /// Languages sorted by id, the reference language first.
    pub locales: Vec<Locale>,
}

/// Loads every `<lang>/*.ftl`; syntax errors and duplicate ids become diagnostics.
pub fn load(tree: &SourceTree) -> (Locales, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut by_language: BTreeMap<String, Vec<&crate::source::SourceFile>> = BTreeMap::new();
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
        let mut messages: BTreeMap<String, (String, Range<usize>)> = BTreeMap::new();
        let mut sources = Vec::new();
        for file in files {
            for (id, span) in message_ids(&file.text) {
                if let Some((first_file, _)) = messages.get(&id) {
                    diagnostics.push(
                        Diagnostic::error(
                            "duplicate-id",
                            &file.shown,
                            Some(span),
                            format!("the message `{id}` is defined twice"),
                        )
                        .with_label("defined again here")
                        .with_help(format!("it is also defined in {first_file}; keep one")),
                    );
                } else {
                    messages.insert(id, (file.shown.clone(), span));
                }
            }
            sources.push((file.shown.clone(), file.text.clone()));
        }
        let reviewed = language == REFERENCE || info_reviewed(tree, &language, &mut diagnostics);
        locales.push(Locale { id: language, identifier, messages, reviewed, sources, bundle: OnceCell::new() });
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

/// Reads `<lang>/locale.toml`; a translation without one counts as not reviewed.
fn info_reviewed(tree: &SourceTree, language: &str, diagnostics: &mut Vec<Diagnostic>) -> bool {
    let Some(file) = tree.get(&format!("{language}/locale.toml")) else {
        diagnostics.push(
            Diagnostic::warning(
                "missing-file",
                &tree.shown(&format!("{language}/locale.toml")),
                None,
                format!("`{language}` does not say whether a native speaker reviewed it"),
            )
            .with_help("add locale.toml with `reviewed = false` (or true once a native speaker has checked it)"),
        );
        return false;
    };
    match toml::from_str::<LocaleInfo>(&file.text) {
        Ok(info) => info.reviewed,
        Err(error) => {
            diagnostics.push(
                crate::answers::toml_error(&file.shown, &error, "schema")
                    .with_help("write `reviewed = true` or `reviewed = false`"),
            );
            false
        }
    }
}

/// Message (and term) ids defined in a Fluent file, with the span of each id. Fluent requires
/// every entry to start at the beginning of a line, which makes this scan exact.
fn message_ids(text: &str) -> Vec<(String, Range<usize>)> {
    let mut ids = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let id_length = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        if id_length == 0 || !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        if line[id_length..].trim_start_matches([' ', '\t']).starts_with('=') {
            ids.push((line[..id_length].to_string(), start..start + id_length));
        }
    }
    ids
}

impl Locales {
    /// Parses the messages of the given languages (all when `None`) and returns their syntax
    /// errors; a parsed language is kept for use.
    pub fn validate(&self, languages: Option<&[&str]>) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        for locale in &self.locales {
            if languages.is_some_and(|wanted| !wanted.contains(&locale.id.as_str())) {
                continue;
            }
            let (bundle, mut problems) = locale.parse();
            diagnostics.append(&mut problems);
            let _ = locale.bundle.set(bundle);
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

    /// Checks that content and code find every message they need: missing in Dutch is an
    /// error at the place that needs it; missing elsewhere is a warning with a coverage count.
    pub fn check_coverage(&self, needed: &[MessageRef], shown_root: &str) -> (Vec<Diagnostic>, Vec<Coverage>) {
        let mut diagnostics = Vec::new();
        let Some(reference) = self.get(REFERENCE) else { return (diagnostics, Vec::new()) };
        let mut reported = BTreeSet::new();
        for need in needed.iter().filter(|need| need.required) {
            if reference.messages.contains_key(&need.id) || !reported.insert(need.id.clone()) {
                continue;
            }
            let file = suggested_file(&need.id);
            diagnostics.push(
                Diagnostic::error(
                    "missing-message",
                    &need.file,
                    need.span.clone(),
                    format!("the message `{}` is missing from the Dutch messages", need.id),
                )
                .with_label("needs this message")
                .with_suggestion(&need.id, reference.messages.keys().map(String::as_str))
                .with_help_if_none(format!("add `{} = …` to {shown_root}/{REFERENCE}/{file}", need.id)),
            );
        }
        for id in CODE_MESSAGES {
            if !reference.messages.contains_key(*id) {
                diagnostics.push(
                    Diagnostic::error(
                        "missing-message",
                        &format!("{shown_root}/{REFERENCE}/ui.ftl"),
                        None,
                        format!("the message `{id}` used by the program is missing from the Dutch messages"),
                    )
                    .with_help(format!("add `{id} = …` to {shown_root}/{REFERENCE}/ui.ftl")),
                );
            }
        }
        let known: BTreeSet<&str> =
            needed.iter().map(|need| need.id.as_str()).chain(CODE_MESSAGES.iter().copied()).collect();
        for (id, (file, span)) in &reference.messages {
            if CONTENT_PREFIXES.iter().any(|prefix| id.starts_with(prefix)) && !known.contains(id.as_str()) {
                diagnostics.push(
                    Diagnostic::warning(
                        "unused-message",
                        file,
                        Some(span.clone()),
                        format!("no content uses the message `{id}`"),
                    )
                    .with_label("unused")
                    .with_suggestion(id, known.iter().copied())
                    .with_help_if_none("remove it, or refer to it from content"),
                );
            }
        }
        let mut coverage = Vec::new();
        let total = reference.messages.len();
        for locale in &self.locales {
            let missing: Vec<&str> =
                reference.messages.keys().filter(|id| !locale.messages.contains_key(*id)).map(String::as_str).collect();
            coverage.push(Coverage { language: locale.id.clone(), present: total - missing.len(), total });
            if locale.id == REFERENCE {
                continue;
            }
            if !missing.is_empty() {
                let shown: Vec<&str> = missing.iter().take(5).copied().collect();
                let more = if missing.len() > shown.len() {
                    format!(" and {} more", missing.len() - shown.len())
                } else {
                    String::new()
                };
                diagnostics.push(
                    Diagnostic::warning(
                        "missing-translation",
                        &format!("{shown_root}/{}", locale.id),
                        None,
                        format!("{} of {total} messages are not translated into `{}`", missing.len(), locale.id),
                    )
                    .with_help(format!("missing: {}{more}; Dutch is shown for them", shown.join(", "))),
                );
            }
            for (id, (file, span)) in &locale.messages {
                if !reference.messages.contains_key(id) {
                    diagnostics.push(
                        Diagnostic::warning(
                            "extra-message",
                            file,
                            Some(span.clone()),
                            format!("`{id}` is not a Dutch message"),
                        )
                        .with_label("not in nl")
                        .with_suggestion(id, reference.messages.keys().map(String::as_str)),
                    );
                }
            }
        }
        (diagnostics, coverage)
    }
}

fn suggested_file(id: &str) -> &'static str {
    match id.split('-').next().unwrap_or("") {
        "fact" => "facts.ftl",
        "question" => "questions.ftl",
        "document" => "documents.ftl",
        "office" => "offices.ftl",
        "param" => "parameters.ftl",
        "right" => "rights.ftl",
        _ => "ui.ftl",
    }
}

/// How many of the Dutch messages a language has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The language id.
    pub language: String,
    /// Messages present.
    pub present: usize,
    /// Messages in Dutch.
    pub total: usize,
}

impl Coverage {
    /// Whole percent, rounded down (so 99.9 % never shows as 100 %).
    pub fn percent(&self) -> usize {
        (self.present * 100).checked_div(self.total).unwrap_or(100)
    }
}

/// Words for one chosen language, falling back to Dutch message by message.
pub struct I18n<'a> {
    chosen: &'a Locale,
    reference: Option<&'a Locale>,
}

impl<'a> I18n<'a> {
    /// Words in `language`; `None` if there is no such locale.
    pub fn new(locales: &'a Locales, language: &str) -> Option<I18n<'a>> {
        let chosen = locales.get(language)?;
        Some(I18n { chosen, reference: locales.get(REFERENCE) })
    }

    /// The chosen language's id.
    pub fn language(&self) -> &str {
        &self.chosen.id
    }

    /// Whether the message exists in the chosen language or in Dutch.
    pub fn has(&self, id: &str) -> bool {
        self.chosen.bundle().has_message(id) || self.reference.is_some_and(|r| r.bundle().has_message(id))
    }

    /// The message text; Dutch when the chosen language lacks it; the id itself when even Dutch
    /// lacks it (`check` prevents that for shipped content).
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut arguments = FluentArgs::new();
        for (name, value) in args {
            arguments.set(*name, value.clone());
        }
        let arguments = (!args.is_empty()).then_some(&arguments);
        let format = |locale: &Locale| {
            let bundle = locale.bundle();
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, arguments, &mut errors).into_owned())
        };
        if let Some(text) = format(self.chosen) {
            return text;
        }
        match self.reference.and_then(format) {
            // Dutch stands in, marked, so nobody mistakes it for a translation.
            Some(text) if self.chosen.id != REFERENCE => format!("{FALLBACK_MARKER}{text}"),
            Some(text) => text,
            None => id.to_string(),
        }
    }

    /// Whether a native speaker has reviewed the chosen language.
    pub fn reviewed(&self) -> bool {
        self.chosen.reviewed
    }

    /// Whether the chosen language is the reference (Dutch).
    pub fn is_reference(&self) -> bool {
        self.chosen.id == REFERENCE
    }

    /// The Dutch text of a message (what the counter clerk reads), without fallback marks.
    pub fn dutch(&self, id: &str) -> String {
        let Some(reference) = self.reference else { return id.to_string() };
        let bundle = reference.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return id.to_string() };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, None, &mut errors).into_owned()
    }

    /// A name with its Dutch name beside it when the language is not Dutch: the counter speaks
    /// Dutch, so the person must be able to show the Dutch word.
    pub fn with_dutch(&self, id: &str) -> String {
        let text = self.plain(id);
        let dutch = self.dutch(id);
        // A translation that already names the Dutch term needs it no second time.
        if self.is_reference() || text.to_lowercase().contains(&dutch.to_lowercase()) {
            return text;
        }
        self.text("ui-with-dutch", &[("text", text.into()), ("dutch", dutch.into())])
    }

    /// An amount in this language's way (`value` in hundredths, with its unit).
    pub fn amount(&self, hundredths: i64, unit: crate::content::Unit) -> String {
        let id = format!("ui-amount-{}", unit.id());
        self.text(&id, &[("value", FluentValue::from(hundredths as f64))])
    }

    /// A message without arguments.
    pub fn plain(&self, id: &str) -> String {
        self.text(id, &[])
    }

    /// A date in words, e.g. "28 november 2026".
    pub fn date(&self, date: Date) -> String {
        let month = self.plain(&format!("ui-month-{}", date.month));
        self.text(
            "ui-date",
            &[("day", date.day.to_string().into()), ("month", month.into()), ("year", date.year.to_string().into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_message_ids_with_their_spans() {
        let text = "# comment\nui-title = Hallo\n    .attr = x\n-term = y\nmulti =\n    line\nnot an entry\n";
        let ids = message_ids(text);
        let names: Vec<&str> = ids.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(names, vec!["ui-title", "multi"]);
        assert_eq!(&text[ids[0].1.clone()], "ui-title");
    }
}
