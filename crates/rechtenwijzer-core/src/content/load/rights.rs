//! Rights (`rights/*.toml`): office, documents, what they open, the granting rules (resolved
//! conditions), and the evaluation order with circles reported.

use std::collections::HashMap;
use std::ops::Range;

use super::{Loader, unknown_reference};
use crate::content::raw::RawRight;
use crate::content::source::SourceFile;
use crate::content::{Level, Right, Rule, is_kebab};
use crate::diagnostic::Diagnostic;
use crate::model::date::Date;
use crate::model::status::Status;

impl<'a> Loader<'a> {
    pub(super) fn rights(&mut self, parameter_index: &HashMap<String, usize>) {
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
                "offices.toml and offices/*.toml",
            ));
            0
        });
        let mut documents = Vec::new();
        for document in raw.documents.get_ref() {
            match self.content.document_index(document.get_ref()) {
                Some(index) if documents.contains(&index) => {
                    self.error(
                        "duplicate-id",
                        file,
                        document.span(),
                        format!("the document `{}` is listed twice", document.get_ref()),
                        "again",
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
                        "documents.toml and documents/*.toml",
                    ));
                }
            }
        }
        let mut opens = Vec::new();
        for opened in &raw.opens {
            match self.content.right_index(opened.get_ref()) {
                Some(_) if opened.get_ref() == &id => {
                    self.error("bad-value", file, opened.span(), format!("`{id}` cannot open itself"), "itself");
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
            let (when, mut consulted) = self.condition(file, &rule.when, parameter_index);
            dependencies.append(&mut consulted);
            self.need_message(rule.reason.get_ref().clone(), file, rule.reason.span());
            if let (Some(status), Some(when)) = (status, when) {
                rules.push(Rule { status, when, reason: rule.reason.get_ref().clone() });
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
}
