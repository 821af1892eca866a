//! Reading content files into `Content`: parse each file (syntax, then shape), register ids,
//! resolve every reference, and report every problem with its place. One submodule per kind
//! of file; the shared steps (parse, register an id, dates, sources) live here.

mod catalogue;
mod facts;
mod parameters;
mod rights;
mod scenarios;

use std::collections::HashMap;
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::value::Datetime;

use super::resolve::Resolver;
use super::source::{SourceFile, SourceTree};
use super::toml_diag::{shape_error, string_base, toml_error};
use super::{Content, Loaded, MessageRef, is_kebab};
use crate::diagnostic::Diagnostic;
use crate::model::cond::Cond;
use crate::model::date::Date;
use crate::model::status::Status;

const ROOT_FILES: [&str; 4] = ["facts.toml", "questions.toml", "documents.toml", "offices.toml"];
const FOLDERS: [&str; 5] = ["documents/", "offices/", "parameters/", "rights/", "scenarios/"];

/// Loads, resolves and lints a content tree.
pub(super) fn load(tree: &SourceTree) -> Loaded {
    let mut loader = Loader {
        tree,
        content: Content::default(),
        diagnostics: Vec::new(),
        first_seen: HashMap::new(),
        question_conditions: Vec::new(),
        document_links: Vec::new(),
    };
    loader.stray_files();
    loader.facts();
    loader.questions();
    loader.documents();
    loader.offices();
    let parameter_index = loader.parameters();
    loader.rights(&parameter_index);
    // Questions' conditions may read parameters and rights, which are known only now.
    loader.question_conditions(&parameter_index);
    loader.document_links(&parameter_index);
    loader.scenarios();
    Loaded { content: loader.content, diagnostics: loader.diagnostics }
}

struct Loader<'a> {
    tree: &'a SourceTree,
    content: Content,
    diagnostics: Vec<Diagnostic>,
    /// (kind, id) to where it was first defined, for duplicate diagnostics.
    first_seen: HashMap<(&'static str, String), (String, Range<usize>)>,
    /// Questions' `when` conditions (question index, text), resolved once rights are known.
    question_conditions: Vec<(usize, Spanned<String>)>,
    /// Documents' `when` and `from` (document index, file, texts), resolved at the end.
    document_links: Vec<DocumentLinks>,
}

/// A document's index, the file it is written in, and its `when` and `from` as written.
type DocumentLinks = (usize, String, Option<Spanned<String>>, Option<Spanned<String>>);

impl<'a> Loader<'a> {
    /// Records an error at `span` of `file` with a label under the marked text, and returns it
    /// so that a help line can be added.
    fn error(
        &mut self,
        code: &'static str,
        file: &SourceFile,
        span: Range<usize>,
        message: impl Into<String>,
        label: &str,
    ) -> &mut Diagnostic {
        self.diagnostics.push(Diagnostic::error(code, &file.shown, Some(span), message.into()).with_label(label));
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }

    fn stray_files(&mut self) {
        for file in &self.tree.files {
            // Local overlays are read only when a municipality is chosen (crate::overlay).
            let known = ROOT_FILES.contains(&file.relative.as_str())
                || file.relative.starts_with(super::overlay::FOLDER)
                || FOLDERS.iter().any(|folder| {
                    file.relative
                        .strip_prefix(folder)
                        .is_some_and(|rest| rest.ends_with(".toml") && !rest.contains('/'))
                });
            if file.relative.ends_with(".toml") && !known {
                self.diagnostics.push(
                    Diagnostic::warning("stray-file", &file.shown, None, "this file is not read".into())
                        .with_help("content is read from facts.toml, questions.toml, documents.toml, documents/*.toml, offices.toml, offices/*.toml, parameters/*.toml, rights/*.toml and scenarios/*.toml"),
                );
            }
        }
    }

    fn files_in(&self, folder: &str) -> Vec<&'a SourceFile> {
        self.tree
            .files
            .iter()
            .filter(|f| {
                f.relative.strip_prefix(folder).is_some_and(|rest| rest.ends_with(".toml") && !rest.contains('/'))
            })
            .collect()
    }

    fn root_file(&mut self, name: &str) -> Option<&'a SourceFile> {
        let file = self.tree.get(name);
        if file.is_none() {
            self.diagnostics.push(
                Diagnostic::error("missing-file", &self.tree.shown(name), None, format!("{name} is missing"))
                    .with_help("see content/README.md for what it contains"),
            );
        }
        file
    }

    /// Parses a file: TOML syntax first, then its shape (unknown or missing fields, types).
    fn parse<T: DeserializeOwned>(&mut self, file: &SourceFile) -> Option<T> {
        // The typed parse alone is enough for good content; only a failure needs the second,
        // untyped parse to tell a TOML syntax error from a shape error.
        match toml::from_str::<T>(&file.text) {
            Ok(value) => Some(value),
            Err(error) => {
                let diagnostic = match toml::from_str::<toml::Table>(&file.text) {
                    Err(syntax) => toml_error(&file.shown, &syntax, "toml-syntax").with_label("here"),
                    Ok(_) => shape_error(&file.shown, &error),
                };
                self.diagnostics.push(diagnostic);
                None
            }
        }
    }

    /// Records an id; reports a bad or duplicate id. Returns whether it is new and valid.
    fn register(&mut self, kind: &'static str, id: &Spanned<String>, file: &SourceFile) -> bool {
        if !is_kebab(id.get_ref()) {
            self.error(
                "bad-id",
                file,
                id.span(),
                format!("`{}` is not a valid {kind} id", id.get_ref()),
                "not kebab-case",
            )
            .set_help("ids use lower-case letters and digits joined by `-`, e.g. `income-monthly-net`");
            return false;
        }
        if kind == "fact" && super::expr::KEYWORDS.contains(&id.get_ref().as_str()) {
            self.error(
                "bad-id",
                file,
                id.span(),
                format!("`{}` is a word of the condition language", id.get_ref()),
                "reserved",
            )
            .set_help("choose another id");
            return false;
        }
        let key = (kind, id.get_ref().clone());
        if let Some((first_file, first_span)) = self.first_seen.get(&key) {
            let (line, _) = self
                .tree
                .by_shown(first_file)
                .map_or((0, 0), |f| crate::diagnostic::line_column(&f.text, first_span.start));
            let help = format!("it is first defined in {first_file} on line {line}; rename or remove one");
            self.error(
                "duplicate-id",
                file,
                id.span(),
                format!("the {kind} `{}` is defined twice", id.get_ref()),
                "defined again here",
            )
            .set_help(help);
            return false;
        }
        self.first_seen.insert(key, (file.shown.clone(), id.span()));
        true
    }

    fn need_message(&mut self, id: String, file: &SourceFile, span: Range<usize>) {
        self.content.messages.push(MessageRef { id, file: file.shown.clone(), span: Some(span), required: true });
    }

    fn allow_message(&mut self, id: String, file: &SourceFile, span: Range<usize>) {
        self.content.messages.push(MessageRef { id, file: file.shown.clone(), span: Some(span), required: false });
    }

    /// Picks the option written in `written`, or reports it with the list of options.
    fn choose<T: Copy>(
        &mut self,
        file: &SourceFile,
        written: &Spanned<String>,
        noun: &str,
        options: &[(T, &str)],
    ) -> Option<T> {
        let found = options.iter().find(|(_, name)| *name == written.get_ref()).map(|(value, _)| *value);
        if found.is_none() {
            let names: Vec<&str> = options.iter().map(|(_, name)| *name).collect();
            self.diagnostics.push(
                Diagnostic::error(
                    "unknown-value",
                    &file.shown,
                    Some(written.span()),
                    format!("`{}` is not a {noun}", written.get_ref()),
                )
                .with_label(format!("unknown {noun}"))
                .with_suggestion(written.get_ref(), names.iter().copied())
                .with_help_if_none(format!("write one of: {}", names.join(", "))),
            );
        }
        found
    }

    /// The status written in `written`, or a diagnostic listing the statuses.
    fn status(&mut self, file: &SourceFile, written: &Spanned<String>) -> Option<Status> {
        let status = Status::from_id(written.get_ref());
        if status.is_none() {
            let ids: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
            self.diagnostics.push(
                Diagnostic::error(
                    "unknown-status",
                    &file.shown,
                    Some(written.span()),
                    format!("`{}` is not a status", written.get_ref()),
                )
                .with_label("unknown status")
                .with_suggestion(written.get_ref(), ids.iter().copied())
                .with_help_if_none(format!("the statuses are: {}", ids.join(", "))),
            );
        }
        status
    }

    /// Resolves a `when` condition written in `file`; every problem is reported with its place.
    /// Returns the condition (if it has no errors) and the rights it consults, with where.
    fn condition(
        &mut self,
        file: &SourceFile,
        when: &Spanned<String>,
        parameter_index: &HashMap<String, usize>,
    ) -> (Option<Cond>, Vec<(usize, Range<usize>)>) {
        let mut resolver = Resolver {
            facts: &self.content.facts,
            fact_index: &self.content.fact_index,
            parameter_index,
            parameters: &self.content.parameters,
            right_index: &self.content.right_index,
            file: &file.shown,
            base: string_base(&file.text, when),
            whole: when.span(),
            diagnostics: Vec::new(),
            dependencies: Vec::new(),
        };
        let cond = resolver.resolve(when.get_ref());
        self.diagnostics.append(&mut resolver.diagnostics);
        (cond, resolver.dependencies)
    }

    fn date(&mut self, value: &Spanned<Datetime>, file: &SourceFile) -> Option<Date> {
        let datetime = value.get_ref();
        let date = match (datetime.date, datetime.time) {
            (Some(date), None) => Date::new(i32::from(date.year), date.month, date.day),
            _ => None,
        };
        if date.is_none() {
            self.error("bad-date", file, value.span(), "expected a date without a time", "not a plain date")
                .set_help("write a date such as 2026-11-28");
        }
        date
    }

    fn source(&mut self, source: Option<&Spanned<String>>, file: &SourceFile, at: Range<usize>, owner: &str) -> String {
        match source {
            Some(source) if !source.get_ref().trim().is_empty() => source.get_ref().clone(),
            other => {
                let span = other.map_or(at, Spanned::span);
                self.error("missing-source", file, span, format!("`{owner}` has no source"), "source needed")
                    .set_help("add `source = \"https://…\"` (the official page) or a legal reference");
                String::new()
            }
        }
    }

    fn checked(
        &mut self,
        checked: Option<&Spanned<Datetime>>,
        file: &SourceFile,
        at: Range<usize>,
        owner: &str,
    ) -> Option<Date> {
        match checked {
            Some(checked) => self.date(checked, file),
            None => {
                self.error(
                    "missing-checked",
                    file,
                    at,
                    format!("`{owner}` has no checked date"),
                    "checked date needed",
                )
                .set_help("add `checked = YYYY-MM-DD`: the day the facts were compared with the source");
                None
            }
        }
    }
}

/// A reference to an id that does not exist, with a "did you mean".
fn unknown_reference<'c>(
    code: &'static str,
    noun: &str,
    file: &SourceFile,
    written: &Spanned<String>,
    candidates: impl IntoIterator<Item = &'c str>,
    listed_in: &str,
) -> Diagnostic {
    Diagnostic::error(code, &file.shown, Some(written.span()), format!("unknown {noun} `{}`", written.get_ref()))
        .with_label(format!("no such {noun}"))
        .with_suggestion(written.get_ref(), candidates)
        .with_help_if_none(format!("{noun}s are listed in {listed_in}"))
}
