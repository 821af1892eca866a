//! Reading content files into `Content`: parse each file (syntax, then shape), register ids,
//! resolve every reference, and report every problem with its place.

use std::collections::HashMap;
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::value::Datetime;

use super::raw::{self, DocumentsFile, FactsFile, OfficesFile, ParametersFile, QuestionsFile, RawRight, RawScenario};
use super::resolve::Resolver;
use super::{
    Channel, ChannelKind, Confidence, Content, Document, Fact, FactKind, Level, Loaded, MessageRef, Office, Parameter,
    ParameterValue, Question, Right, Rule, Scenario, Unit, is_kebab,
};
use crate::answers;
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::rules::Status;
use crate::source::{SourceFile, SourceTree};

const ROOT_FILES: [&str; 4] = ["facts.toml", "questions.toml", "documents.toml", "offices.toml"];
const FOLDERS: [&str; 5] = ["documents/", "offices/", "parameters/", "rights/", "scenarios/"];

/// Loads, resolves and lints a content tree.
pub fn load(tree: &SourceTree) -> Loaded {
    let mut loader = Loader { tree, content: Content::default(), diagnostics: Vec::new(), first_seen: HashMap::new() };
    loader.stray_files();
    loader.facts();
    loader.questions();
    loader.documents();
    loader.offices();
    let parameter_index = loader.parameters();
    loader.rights(&parameter_index);
    loader.scenarios();
    Loaded { content: loader.content, diagnostics: loader.diagnostics }
}

struct Loader<'a> {
    tree: &'a SourceTree,
    content: Content,
    diagnostics: Vec<Diagnostic>,
    /// (kind, id) to where it was first defined, for duplicate diagnostics.
    first_seen: HashMap<(&'static str, String), (String, Range<usize>)>,
}

impl<'a> Loader<'a> {
    fn stray_files(&mut self) {
        for file in &self.tree.files {
            // Local overlays are read only when a municipality is chosen (crate::overlay).
            let known = ROOT_FILES.contains(&file.relative.as_str())
                || file.relative.starts_with(crate::overlay::FOLDER)
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
                    Err(syntax) => answers::toml_error(&file.shown, &syntax, "toml-syntax").with_label("here"),
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
            self.diagnostics.push(
                Diagnostic::error(
                    "bad-id",
                    &file.shown,
                    Some(id.span()),
                    format!("`{}` is not a valid {kind} id", id.get_ref()),
                )
                .with_label("not kebab-case")
                .with_help("ids use lower-case letters and digits joined by `-`, e.g. `income-monthly-net`"),
            );
            return false;
        }
        if kind == "fact" && crate::rules::expr::KEYWORDS.contains(&id.get_ref().as_str()) {
            self.diagnostics.push(
                Diagnostic::error(
                    "bad-id",
                    &file.shown,
                    Some(id.span()),
                    format!("`{}` is a word of the condition language", id.get_ref()),
                )
                .with_label("reserved")
                .with_help("choose another id"),
            );
            return false;
        }
        let key = (kind, id.get_ref().clone());
        if let Some((first_file, first_span)) = self.first_seen.get(&key) {
            let (line, _) = self
                .tree
                .by_shown(first_file)
                .map_or((0, 0), |f| crate::diagnostic::line_column(&f.text, first_span.start));
            self.diagnostics.push(
                Diagnostic::error(
                    "duplicate-id",
                    &file.shown,
                    Some(id.span()),
                    format!("the {kind} `{}` is defined twice", id.get_ref()),
                )
                .with_label("defined again here")
                .with_help(format!("it is first defined in {first_file} on line {line}; rename or remove one")),
            );
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

    fn facts(&mut self) {
        let Some(file) = self.root_file("facts.toml") else { return };
        let Some(parsed) = self.parse::<FactsFile>(file) else { return };
        for raw in parsed.fact {
            if !self.register("fact", &raw.id, file) {
                continue;
            }
            let id = raw.id.get_ref().clone();
            let types = [("integer", "integer"), ("yes-no", "yes-no"), ("choice", "choice"), ("set", "set")];
            let Some(type_name) = self.choose(file, &raw.kind, "fact type", &types) else { continue };
            let kind = match type_name {
                "integer" => {
                    if let (Some(min), Some(max)) = (&raw.min, &raw.max)
                        && min.get_ref() > max.get_ref()
                    {
                        self.diagnostics.push(
                            Diagnostic::error(
                                "bad-value",
                                &file.shown,
                                Some(max.span()),
                                format!("`max` of `{id}` is below its `min`"),
                            )
                            .with_label("smaller than min"),
                        );
                    }
                    FactKind::Integer {
                        min: raw.min.as_ref().map(|m| *m.get_ref()),
                        max: raw.max.as_ref().map(|m| *m.get_ref()),
                    }
                }
                "yes-no" => FactKind::YesNo,
                "choice" => FactKind::Choice(self.values(&raw, file)),
                _ => FactKind::Set(self.values(&raw, file)),
            };
            let misplaced = match &kind {
                FactKind::Integer { .. } => raw.values.as_ref().map(|v| ("values", v.span())),
                _ => {
                    raw.min.as_ref().map(|m| ("min", m.span())).or_else(|| raw.max.as_ref().map(|m| ("max", m.span())))
                }
            };
            if let Some((field, span)) = misplaced {
                self.diagnostics.push(
                    Diagnostic::error(
                        "bad-value",
                        &file.shown,
                        Some(span),
                        format!("`{field}` does not apply to a {} fact", raw.kind.get_ref()),
                    )
                    .with_label("remove this"),
                );
            }
            self.need_message(format!("fact-{id}"), file, raw.id.span());
            if let (FactKind::Choice(values) | FactKind::Set(values), Some(spanned)) = (&kind, &raw.values) {
                for (value, written) in values.iter().zip(spanned.get_ref()) {
                    self.need_message(format!("fact-{id}-{value}"), file, written.span());
                }
            }
            self.content.fact_index.insert(id.clone(), self.content.facts.len());
            self.content.facts.push(Fact { id, kind });
        }
    }

    fn values(&mut self, raw: &raw::RawFact, file: &SourceFile) -> Vec<String> {
        let Some(values) = &raw.values else {
            self.diagnostics.push(
                Diagnostic::error(
                    "missing-field",
                    &file.shown,
                    Some(raw.kind.span()),
                    format!("the {} fact `{}` has no `values`", raw.kind.get_ref(), raw.id.get_ref()),
                )
                .with_help("add `values = [\"…\", \"…\"]`"),
            );
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for value in values.get_ref() {
            if !is_kebab(value.get_ref()) || crate::rules::expr::KEYWORDS.contains(&value.get_ref().as_str()) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "bad-id",
                        &file.shown,
                        Some(value.span()),
                        format!("`{}` is not a valid value id", value.get_ref()),
                    )
                    .with_label("not kebab-case")
                    .with_help("values use lower-case letters and digits joined by `-`"),
                );
            } else if out.contains(value.get_ref()) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "duplicate-id",
                        &file.shown,
                        Some(value.span()),
                        format!("the value `{}` is listed twice", value.get_ref()),
                    )
                    .with_label("again"),
                );
            } else {
                out.push(value.get_ref().clone());
            }
        }
        if values.get_ref().is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    "bad-value",
                    &file.shown,
                    Some(values.span()),
                    format!("`{}` has no values", raw.id.get_ref()),
                )
                .with_label("empty"),
            );
        }
        if out.len() > 64 {
            self.diagnostics.push(
                Diagnostic::error(
                    "bad-value",
                    &file.shown,
                    Some(values.span()),
                    format!("`{}` has more than 64 values", raw.id.get_ref()),
                )
                .with_help("split it into several facts; nobody can choose among so many"),
            );
            out.truncate(64);
        }
        out
    }

    fn questions(&mut self) {
        let Some(file) = self.root_file("questions.toml") else { return };
        let Some(parsed) = self.parse::<QuestionsFile>(file) else { return };
        let mut asked: HashMap<usize, String> = HashMap::new();
        for raw in parsed.question {
            if !self.register("question", &raw.id, file) {
                continue;
            }
            let Some(fact) = self.fact_ref(&raw.fact, file) else { continue };
            if let Some(other) = asked.get(&fact) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "duplicate-id",
                        &file.shown,
                        Some(raw.fact.span()),
                        format!("the fact `{}` is already set by question `{other}`", raw.fact.get_ref()),
                    )
                    .with_label("asked twice")
                    .with_help("every fact has at most one question"),
                );
                continue;
            }
            asked.insert(fact, raw.id.get_ref().clone());
            let id = raw.id.get_ref().clone();
            self.need_message(format!("question-{id}"), file, raw.id.span());
            self.need_message(format!("question-{id}-help"), file, raw.id.span());
            self.content.questions.push(Question { id, fact });
        }
    }

    fn fact_ref(&mut self, fact: &Spanned<String>, file: &SourceFile) -> Option<usize> {
        let found = self.content.fact_index(fact.get_ref());
        if found.is_none() {
            let ids = self.content.facts.iter().map(|f| f.id.as_str());
            self.diagnostics.push(unknown_reference("unknown-fact", "fact", file, fact, ids, "facts.toml"));
        }
        found
    }

    /// A root file (required) followed by the files of its folder (optional), e.g.
    /// `documents.toml` and `documents/*.toml`: large catalogues split by theme.
    fn root_and_folder(&mut self, root: &str, folder: &str) -> Vec<&'a SourceFile> {
        let mut files: Vec<&'a SourceFile> = self.root_file(root).into_iter().collect();
        files.extend(self.files_in(folder));
        files
    }

    fn documents(&mut self) {
        for file in self.root_and_folder("documents.toml", "documents/") {
            self.documents_in(file);
        }
    }

    fn documents_in(&mut self, file: &SourceFile) {
        let Some(parsed) = self.parse::<DocumentsFile>(file) else { return };
        for raw in parsed.document {
            if !self.register("document", &raw.id, file) {
                continue;
            }
            let id = raw.id.get_ref().clone();
            self.need_message(format!("document-{id}"), file, raw.id.span());
            self.need_message(format!("document-{id}-where"), file, raw.id.span());
            self.content.document_index.insert(id.clone(), self.content.documents.len());
            self.content.documents.push(Document { id });
        }
    }

    fn offices(&mut self) {
        for file in self.root_and_folder("offices.toml", "offices/") {
            self.offices_in(file);
        }
    }

    fn offices_in(&mut self, file: &SourceFile) {
        let Some(parsed) = self.parse::<OfficesFile>(file) else { return };
        for raw in parsed.office {
            if !self.register("office", &raw.id, file) {
                continue;
            }
            let id = raw.id.get_ref().clone();
            let mut channels = Vec::new();
            for channel in raw.channels.get_ref() {
                let kinds: Vec<(ChannelKind, &str)> = ChannelKind::ALL.iter().map(|k| (*k, k.id())).collect();
                let Some(kind) = self.choose(file, &channel.kind, "kind of channel", &kinds) else { continue };
                if let Some(phone) = &channel.phone
                    && kind != ChannelKind::Phone
                {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "bad-value",
                            &file.shown,
                            Some(phone.span()),
                            "`phone` belongs on a channel of kind `phone`".into(),
                        )
                        .with_label("misplaced"),
                    );
                }
                if let Some(url) = &channel.url
                    && (kind != ChannelKind::Online || !url.get_ref().starts_with("https://"))
                {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "bad-value",
                            &file.shown,
                            Some(url.span()),
                            "`url` must be an https:// address on a channel of kind `online`".into(),
                        )
                        .with_label("misplaced or not https"),
                    );
                }
                if channels.iter().any(|c: &Channel| c.kind == kind) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "duplicate-id",
                            &file.shown,
                            Some(channel.kind.span()),
                            format!("`{id}` has two `{}` channels", kind.id()),
                        )
                        .with_label("again"),
                    );
                    continue;
                }
                self.need_message(format!("office-{id}-{}", kind.id()), file, channel.kind.span());
                channels.push(Channel {
                    kind,
                    phone: channel.phone.as_ref().map(|p| p.get_ref().clone()),
                    url: channel.url.as_ref().map(|u| u.get_ref().clone()),
                });
            }
            if raw.channels.get_ref().is_empty() {
                self.diagnostics.push(
                    Diagnostic::error(
                        "bad-value",
                        &file.shown,
                        Some(raw.channels.span()),
                        format!("the office `{id}` has no channel"),
                    )
                    .with_help(
                        "every office can be reached somehow: in person, by phone, online, by letter or at home",
                    ),
                );
            }
            self.need_message(format!("office-{id}"), file, raw.id.span());
            self.content.office_index.insert(id.clone(), self.content.offices.len());
            self.content.offices.push(Office { id, channels });
        }
    }

    fn parameters(&mut self) -> HashMap<String, usize> {
        let mut index = HashMap::new();
        for file in self.files_in("parameters/") {
            let Some(parsed) = self.parse::<ParametersFile>(file) else { continue };
            for raw in parsed.parameter {
                if !self.register("parameter", &raw.id, file) {
                    continue;
                }
                let id = raw.id.get_ref().clone();
                let Some(unit) = self.choose(file, &raw.unit, "unit", &Unit::ALL) else { continue };
                let mut values: Vec<ParameterValue> = Vec::new();
                for value in &raw.value {
                    let Some(valid_from) = self.date(&value.valid_from, file) else { continue };
                    if let Some(previous) = values.last()
                        && previous.valid_from >= valid_from
                    {
                        self.diagnostics.push(
                            Diagnostic::error(
                                "bad-value",
                                &file.shown,
                                Some(value.valid_from.span()),
                                format!("the values of `{id}` are not in date order"),
                            )
                            .with_label("not after the previous value")
                            .with_help("list the values from old to new, each with a later `valid-from`"),
                        );
                        continue;
                    }
                    let Some(amount) = self.amount(&value.amount, file) else { continue };
                    let source = self.source(value.source.as_ref(), file, value.valid_from.span(), &id);
                    let checked = self.checked(value.checked.as_ref(), file, value.valid_from.span(), &id);
                    let Some(confidence) = self.choose(file, &value.confidence, "confidence", &Confidence::ALL) else {
                        continue;
                    };
                    values.push(ParameterValue {
                        valid_from,
                        amount,
                        source,
                        checked: checked.unwrap_or(valid_from),
                        confidence,
                    });
                }
                if raw.value.is_empty() {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "bad-value",
                            &file.shown,
                            Some(raw.id.span()),
                            format!("the parameter `{id}` has no value"),
                        )
                        .with_help("add a [[parameter.value]] with valid-from, amount, source, checked and confidence"),
                    );
                }
                self.need_message(format!("param-{id}"), file, raw.id.span());
                index.insert(id.clone(), self.content.parameters.len());
                self.content.parameters.push(Parameter { id, unit, values });
            }
        }
        index
    }

    fn date(&mut self, value: &Spanned<Datetime>, file: &SourceFile) -> Option<Date> {
        let datetime = value.get_ref();
        let date = match (datetime.date, datetime.time) {
            (Some(date), None) => Date::new(i32::from(date.year), date.month, date.day),
            _ => None,
        };
        if date.is_none() {
            self.diagnostics.push(
                Diagnostic::error("bad-date", &file.shown, Some(value.span()), "expected a date without a time".into())
                    .with_label("not a plain date")
                    .with_help("write a date such as 2026-11-28"),
            );
        }
        date
    }

    fn amount(&mut self, value: &Spanned<toml::Value>, file: &SourceFile) -> Option<i64> {
        let amount = match value.get_ref() {
            toml::Value::Integer(whole) => whole.checked_mul(100),
            toml::Value::Float(number) => {
                let hundredths = number * 100.0;
                let rounded = hundredths.round();
                // i64 holds up to about 9.2e18; the finite check and bound make the cast exact.
                (number.is_finite() && (hundredths - rounded).abs() < 1e-6 && rounded.abs() < 9.0e15)
                    .then_some(rounded as i64)
            }
            _ => None,
        };
        if amount.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    "bad-value",
                    &file.shown,
                    Some(value.span()),
                    "an amount is a number with at most two decimals".into(),
                )
                .with_label("not an amount")
                .with_help("write e.g. `amount = 1314.20`"),
            );
        }
        amount
    }

    fn source(&mut self, source: Option<&Spanned<String>>, file: &SourceFile, at: Range<usize>, owner: &str) -> String {
        match source {
            Some(source) if !source.get_ref().trim().is_empty() => source.get_ref().clone(),
            other => {
                let span = other.map_or(at, Spanned::span);
                self.diagnostics.push(
                    Diagnostic::error("missing-source", &file.shown, Some(span), format!("`{owner}` has no source"))
                        .with_label("source needed")
                        .with_help("add `source = \"https://…\"` (the official page) or a legal reference"),
                );
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
                self.diagnostics.push(
                    Diagnostic::error(
                        "missing-checked",
                        &file.shown,
                        Some(at),
                        format!("`{owner}` has no checked date"),
                    )
                    .with_label("checked date needed")
                    .with_help("add `checked = YYYY-MM-DD`: the day the facts were compared with the source"),
                );
                None
            }
        }
    }

    fn rights(&mut self, parameter_index: &HashMap<String, usize>) {
        let files = self.files_in("rights/");
        let mut parsed: Vec<(&SourceFile, RawRight)> = Vec::new();
        let mut rejected: Vec<(&SourceFile, RawRight)> = Vec::new();
        for file in files {
            if let Some(raw) = self.parse::<RawRight>(file) {
                if self.register("right", &raw.id, file) {
                    parsed.push((file, raw));
                } else {
                    rejected.push((file, raw));
                }
            }
        }
        parsed.sort_by(|a, b| a.1.id.get_ref().cmp(b.1.id.get_ref()));
        for (index, (_, raw)) in parsed.iter().enumerate() {
            self.content.right_index.insert(raw.id.get_ref().clone(), index);
        }
        let mut dependencies: Vec<Vec<(usize, Range<usize>, String)>> = Vec::new();
        for (file, raw) in &parsed {
            let (right, deps) = self.right(file, raw, parameter_index);
            self.content.rights.push(right);
            dependencies.push(deps.into_iter().map(|(target, span)| (target, span, file.shown.clone())).collect());
        }
        self.content.evaluation_order = self.order(&dependencies);
        // A right with a bad or duplicate id is still checked, so that all of its problems show
        // at once; it does not join the catalogue.
        // The messages of an invalid id are not asked for: nobody could write them.
        for (file, raw) in &rejected {
            let messages = self.content.messages.len();
            let _ = self.right(file, raw, parameter_index);
            if !is_kebab(raw.id.get_ref()) {
                self.content.messages.truncate(messages);
            }
        }
    }

    fn right(
        &mut self,
        file: &SourceFile,
        raw: &RawRight,
        parameter_index: &HashMap<String, usize>,
    ) -> (Right, Vec<(usize, Range<usize>)>) {
        let id = raw.id.get_ref().clone();
        let expected_name = format!("rights/{id}.toml");
        if file.relative != expected_name && is_kebab(&id) {
            self.diagnostics.push(
                Diagnostic::warning(
                    "file-name",
                    &file.shown,
                    Some(raw.id.span()),
                    format!("the right `{id}` is in a file of another name"),
                )
                .with_help(format!("name the file {expected_name}")),
            );
        }
        let levels = [(Level::Federal, "federal"), (Level::Flemish, "flemish"), (Level::Local, "local")];
        let level = self.choose(file, &raw.level, "level", &levels).unwrap_or(Level::Federal);
        let office = self.content.office_index(raw.office.get_ref()).unwrap_or_else(|| {
            let ids = self.content.offices.iter().map(|o| o.id.as_str());
            self.diagnostics.push(unknown_reference(
                "unknown-office",
                "office",
                file,
                &raw.office,
                ids,
                "offices.toml",
            ));
            0
        });
        let mut documents = Vec::new();
        for document in raw.documents.get_ref() {
            match self.content.document_index(document.get_ref()) {
                Some(index) if documents.contains(&index) => {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "duplicate-id",
                            &file.shown,
                            Some(document.span()),
                            format!("the document `{}` is listed twice", document.get_ref()),
                        )
                        .with_label("again"),
                    );
                }
                Some(index) => documents.push(index),
                None => {
                    let ids = self.content.documents.iter().map(|d| d.id.as_str());
                    self.diagnostics.push(unknown_reference(
                        "unknown-document",
                        "document",
                        file,
                        document,
                        ids,
                        "documents.toml",
                    ));
                }
            }
        }
        let mut opens = Vec::new();
        for opened in &raw.opens {
            match self.content.right_index(opened.get_ref()) {
                Some(_) if opened.get_ref() == &id => {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "bad-value",
                            &file.shown,
                            Some(opened.span()),
                            format!("`{id}` cannot open itself"),
                        )
                        .with_label("itself"),
                    );
                }
                Some(index) => opens.push(index),
                None => {
                    let ids = self.content.right_index.keys().map(String::as_str);
                    self.diagnostics.push(unknown_reference("unknown-right", "right", file, opened, ids, "rights/"));
                }
            }
        }
        let source = self.source(raw.source.as_ref(), file, raw.id.span(), &id);
        let checked = self.checked(raw.checked.as_ref(), file, raw.id.span(), &id);
        let mut rules = Vec::new();
        let mut dependencies = Vec::new();
        for rule in &raw.rule {
            let status = self.status(file, &rule.status);
            let mut resolver = Resolver {
                facts: &self.content.facts,
                fact_index: &self.content.fact_index,
                parameter_index,
                right_index: &self.content.right_index,
                file: &file.shown,
                base: string_base(&file.text, &rule.when),
                whole: rule.when.span(),
                diagnostics: Vec::new(),
                dependencies: Vec::new(),
            };
            let when = resolver.resolve(rule.when.get_ref());
            self.diagnostics.append(&mut resolver.diagnostics);
            dependencies.append(&mut resolver.dependencies);
            self.need_message(rule.reason.get_ref().clone(), file, rule.reason.span());
            if let (Some(status), Some(when)) = (status, when) {
                rules.push(Rule {
                    status,
                    when,
                    when_text: rule.when.get_ref().clone(),
                    reason: rule.reason.get_ref().clone(),
                });
            }
        }
        if raw.rule.is_empty() {
            self.diagnostics.push(
                Diagnostic::warning(
                    "no-rules",
                    &file.shown,
                    Some(raw.id.span()),
                    format!("`{id}` has no rules: it is always unlikely"),
                )
                .with_help("add [[rule]] tables"),
            );
        }
        self.need_message(format!("right-{id}"), file, raw.id.span());
        self.need_message(format!("right-{id}-summary"), file, raw.id.span());
        self.need_message(format!("right-{id}-counter"), file, raw.id.span());
        self.allow_message(format!("right-{id}-deadline"), file, raw.id.span());
        // Whoever counts on an automatic right must be told what to do when it does not come.
        match raw.rule.iter().find(|rule| rule.status.get_ref() == Status::Automatic.id()) {
            Some(rule) => self.need_message(format!("right-{id}-if-missing"), file, rule.status.span()),
            None => self.allow_message(format!("right-{id}-if-missing"), file, raw.id.span()),
        }
        self.need_message(raw.otherwise.get_ref().clone(), file, raw.otherwise.span());
        for unverified in &raw.unverified {
            self.need_message(unverified.get_ref().clone(), file, unverified.span());
        }
        let right = Right {
            id,
            level,
            office,
            documents,
            opens,
            source,
            checked: checked.unwrap_or(Date { year: 1970, month: 1, day: 1 }),
            unverified: raw.unverified.iter().map(|u| u.get_ref().clone()).collect(),
            otherwise: raw.otherwise.get_ref().clone(),
            rules,
        };
        (right, dependencies)
    }

    /// A topological order of the rights (dependencies first); cycles are reported.
    fn order(&mut self, dependencies: &[Vec<(usize, Range<usize>, String)>]) -> Vec<usize> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
        }
        let count = dependencies.len();
        let mut marks = vec![Mark::New; count];
        let mut order = Vec::with_capacity(count);
        for start in 0..count {
            if marks[start] != Mark::New {
                continue;
            }
            // Iterative depth-first search: (right, next dependency to visit).
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            marks[start] = Mark::Active;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some((target, span, file)) = dependencies[node].get(*next) {
                    *next += 1;
                    let target = *target;
                    match marks.get(target).copied() {
                        Some(Mark::New) => {
                            marks[target] = Mark::Active;
                            stack.push((target, 0));
                        }
                        Some(Mark::Active) => {
                            // Every edge back into the active path closes one circle.
                            let position = stack.iter().position(|(n, _)| *n == target).unwrap_or(0);
                            let mut path: Vec<&str> =
                                stack[position..].iter().map(|(n, _)| self.content.rights[*n].id.as_str()).collect();
                            path.push(self.content.rights[target].id.as_str());
                            self.diagnostics.push(
                                Diagnostic::error("dependency-cycle", file, Some(span.clone()), format!("rights depend on each other in a circle: {}", path.join(" → ")))
                                    .with_label("closes the circle")
                                    .with_help("a right may only consult rights that do not consult it back; remove one `status(…)`"),
                            );
                        }
                        _ => {}
                    }
                } else {
                    marks[node] = Mark::Done;
                    order.push(node);
                    stack.pop();
                }
            }
        }
        order
    }

    fn scenarios(&mut self) {
        for file in self.files_in("scenarios/") {
            let Some(raw) = self.parse::<RawScenario>(file) else { continue };
            let id = file.relative.trim_start_matches("scenarios/").trim_end_matches(".toml").to_string();
            let date = raw.date.as_ref().and_then(|d| self.date(d, file));
            let (answers, mut problems) = answers::from_raw(&self.content, &raw.answers, &file.shown);
            self.diagnostics.append(&mut problems);
            let mut expect = Vec::new();
            for (right, status) in &raw.expect {
                let Some(index) = self.content.right_index(right.get_ref()) else {
                    let ids = self.content.right_index.keys().map(String::as_str);
                    self.diagnostics.push(unknown_reference("unknown-right", "right", file, right, ids, "rights/"));
                    continue;
                };
                if let Some(status) = self.status(file, status) {
                    expect.push((index, status));
                }
            }
            // A scenario with a story is a persona of the training mode.
            self.allow_message(format!("scenario-{id}-story"), file, raw.description.span());
            self.content.scenarios.push(Scenario {
                id,
                description: raw.description.get_ref().clone(),
                date,
                answers,
                expect,
            });
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

/// Where the text of a TOML string value starts in the file, when every character of the value
/// stands in the file as written (no escapes), so that positions inside it map one to one.
fn string_base(text: &str, value: &Spanned<String>) -> Option<usize> {
    let span = value.span();
    let raw = text.get(span.clone())?;
    let quote = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|q| raw.starts_with(q) && raw.ends_with(q) && raw.len() >= 2 * q.len())?;
    let mut inner_start = span.start + quote.len();
    let mut inner = &raw[quote.len()..raw.len() - quote.len()];
    if quote.len() == 3 && inner.starts_with('\n') {
        inner = &inner[1..];
        inner_start += 1;
    }
    (inner == value.get_ref()).then_some(inner_start)
}

/// A shape error (unknown or missing field, wrong type) with a "did you mean" for fields.
fn shape_error(shown: &str, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().to_string();
    let quoted = |text: &str| -> Vec<String> { text.split('`').skip(1).step_by(2).map(str::to_string).collect() };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let words = quoted(rest);
        let (wrong, expected) =
            words.split_first().map_or((String::new(), Vec::new()), |(w, e)| (w.clone(), e.to_vec()));
        let diagnostic = Diagnostic::error("unknown-field", shown, error.span(), format!("unknown field `{wrong}`"))
            .with_label("not a field here");
        return diagnostic
            .with_suggestion(&wrong, expected.iter().map(String::as_str))
            .with_help_if_none(format!("the fields here are: {}", expected.join(", ")));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = quoted(rest).into_iter().next().unwrap_or_default();
        return Diagnostic::error("missing-field", shown, error.span(), format!("the field `{field}` is missing"))
            .with_label("in this table")
            .with_help(format!("add `{field} = …`; see content/README.md for the fields of each table"));
    }
    let help = if message.contains("expected a sequence") {
        "write a list, e.g. [\"a\", \"b\"]"
    } else if message.contains("expected a string") {
        "write text in quotes, e.g. \"…\""
    } else {
        "see content/README.md for the fields of each table and their types"
    };
    Diagnostic::error("schema", shown, error.span(), message).with_label("here").with_help(help)
}
