//! Facts (`facts.toml`) and questions (`questions.toml`).

use toml::Spanned;

use super::{Loader, unknown_reference};
use crate::content::raw::{self, FactsFile, QuestionsFile};
use crate::content::source::SourceFile;
use crate::content::{Changes, Fact, FactKind, Question, is_kebab};
use crate::diagnostic::Diagnostic;
use crate::model::cond::value_bit;
use std::collections::HashMap;

impl<'a> Loader<'a> {
    pub(super) fn facts(&mut self) {
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
                        self.error(
                            "bad-value",
                            file,
                            max.span(),
                            format!("`max` of `{id}` is below its `min`"),
                            "smaller than min",
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
                self.error(
                    "bad-value",
                    file,
                    span,
                    format!("`{field}` does not apply to a {} fact", raw.kind.get_ref()),
                    "remove this",
                );
            }
            self.need_message(format!("fact-{id}"), file, raw.id.span());
            if let (FactKind::Choice(values) | FactKind::Set(values), Some(spanned)) = (&kind, &raw.values) {
                for (value, written) in values.iter().zip(spanned.get_ref()) {
                    self.need_message(format!("fact-{id}-{value}"), file, written.span());
                }
            }
            let kinds = [(Changes::Any, "any"), (Changes::Grows, "grows"), (Changes::Fixed, "fixed")];
            let changes = match &raw.changes {
                Some(written) => self.choose(file, written, "way of changing", &kinds).unwrap_or_default(),
                None => Changes::Any,
            };
            if changes == Changes::Grows && !matches!(kind, FactKind::Integer { .. }) {
                let span = raw.changes.as_ref().map_or_else(|| raw.id.span(), Spanned::span);
                self.error(
                    "bad-value",
                    file,
                    span,
                    format!("only a number can grow; `{id}` is not one"),
                    "not a number",
                );
            }
            let never_proposed = self.never_proposed(&raw, &kind, file);
            self.content.fact_index.insert(id.clone(), self.content.facts.len());
            self.content.facts.push(Fact { id, kind, changes, never_proposed });
        }
    }

    /// The mask of `never-proposed` values; each must be one of the fact's values.
    fn never_proposed(&mut self, raw: &raw::RawFact, kind: &FactKind, file: &SourceFile) -> u64 {
        let Some(written) = &raw.never_proposed else { return 0 };
        let values = match kind {
            FactKind::Choice(values) | FactKind::Set(values) => values,
            FactKind::Integer { .. } | FactKind::YesNo => {
                self.error(
                    "bad-value",
                    file,
                    written.span(),
                    format!("`never-proposed` needs a choice or set fact; `{}` is not one", raw.id.get_ref()),
                    "remove this",
                );
                return 0;
            }
        };
        let mut mask = 0;
        for value in written.get_ref() {
            match values.iter().position(|v| v == value.get_ref()) {
                Some(index) => mask |= value_bit(index),
                None => self.diagnostics.push(
                    Diagnostic::error(
                        "unknown-value",
                        &file.shown,
                        Some(value.span()),
                        format!("`{}` is not a value of `{}`", value.get_ref(), raw.id.get_ref()),
                    )
                    .with_label("no such value")
                    .with_suggestion(value.get_ref(), values.iter().map(String::as_str)),
                ),
            }
        }
        mask
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
            if !is_kebab(value.get_ref()) || crate::content::expr::KEYWORDS.contains(&value.get_ref().as_str()) {
                self.error(
                    "bad-id",
                    file,
                    value.span(),
                    format!("`{}` is not a valid value id", value.get_ref()),
                    "not kebab-case",
                )
                .set_help("values use lower-case letters and digits joined by `-`");
            } else if out.contains(value.get_ref()) {
                self.error(
                    "duplicate-id",
                    file,
                    value.span(),
                    format!("the value `{}` is listed twice", value.get_ref()),
                    "again",
                );
            } else {
                out.push(value.get_ref().clone());
            }
        }
        if values.get_ref().is_empty() {
            self.error("bad-value", file, values.span(), format!("`{}` has no values", raw.id.get_ref()), "empty");
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

    pub(super) fn questions(&mut self) {
        let Some(file) = self.root_file("questions.toml") else { return };
        let Some(parsed) = self.parse::<QuestionsFile>(file) else { return };
        let mut asked: HashMap<usize, String> = HashMap::new();
        for raw in parsed.question {
            if !self.register("question", &raw.id, file) {
                continue;
            }
            let Some(fact) = self.fact_ref(&raw.fact, file) else { continue };
            if let Some(other) = asked.get(&fact) {
                self.error(
                    "duplicate-id",
                    file,
                    raw.fact.span(),
                    format!("the fact `{}` is already set by question `{other}`", raw.fact.get_ref()),
                    "asked twice",
                )
                .set_help("every fact has at most one question");
                continue;
            }
            asked.insert(fact, raw.id.get_ref().clone());
            let id = raw.id.get_ref().clone();
            self.need_message(format!("question-{id}"), file, raw.id.span());
            self.need_message(format!("question-{id}-help"), file, raw.id.span());
            if let Some(when) = raw.when {
                self.question_conditions.push((self.content.questions.len(), when));
            }
            self.content.questions.push(Question { id, fact, when: None });
        }
    }

    /// Resolves the `when` of every question, with the same condition language as rules.
    pub(super) fn question_conditions(&mut self, parameter_index: &HashMap<String, usize>) {
        let Some(file) = self.tree.get("questions.toml") else { return };
        for (question, when) in std::mem::take(&mut self.question_conditions) {
            // A question's condition may consult rights (`status(…)`): no right consults a
            // question, so no circle can close through one.
            let (cond, _) = self.condition(file, &when, parameter_index);
            if let Some(slot) = self.content.questions.get_mut(question) {
                slot.when = cond;
            }
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
}
