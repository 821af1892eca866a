//! Turns a parsed `when` condition into a typed `Cond`: names resolved against facts,
//! parameters and rights, types checked, every problem reported with its place in the file.

use std::collections::HashMap;
use std::ops::Range;

use crate::content::expr::{self, MemberOp, Node, NodeKind, Word};
use crate::content::{Fact, FactKind};
use crate::diagnostic::Diagnostic;
use crate::model::cond::{Cond, Num, value_bit};
use crate::model::status::{Status, StatusSet};

/// What a condition may refer to, and where its diagnostics go.
pub struct Resolver<'a> {
    /// The fact vocabulary.
    pub facts: &'a [Fact],
    /// Fact id to index.
    pub fact_index: &'a HashMap<String, usize>,
    /// Parameter id to index.
    pub parameter_index: &'a HashMap<String, usize>,
    /// Right id to index.
    pub right_index: &'a HashMap<String, usize>,
    /// The file shown in diagnostics.
    pub file: &'a str,
    /// Where the condition text starts in the file, when positions map one to one.
    pub base: Option<usize>,
    /// Where the whole condition string stands in the file.
    pub whole: Range<usize>,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
    /// `status(x)` references: right index and where it is written.
    pub dependencies: Vec<(usize, Range<usize>)>,
}

impl Resolver<'_> {
    /// Parses and resolves a condition text; `None` if it has errors (all reported).
    pub fn resolve(&mut self, text: &str) -> Option<Cond> {
        match expr::parse(text) {
            Ok(node) => self.cond(&node),
            Err(error) => {
                let diagnostic = Diagnostic::error(
                    "syntax",
                    self.file,
                    Some(self.span(&error.span)),
                    format!("this condition cannot be read: {}", error.message),
                )
                .with_label("here");
                self.diagnostics.push(match error.help {
                    Some(help) => diagnostic.with_help(help),
                    None => diagnostic.with_help("see content/README.md for the condition language"),
                });
                None
            }
        }
    }

    fn span(&self, span: &Range<usize>) -> Range<usize> {
        match self.base {
            Some(base) => base + span.start..base + span.end,
            None => self.whole.clone(),
        }
    }

    fn error(&mut self, code: &'static str, span: &Range<usize>, message: String, label: &str) -> &mut Diagnostic {
        let diagnostic = Diagnostic::error(code, self.file, Some(self.span(span)), message).with_label(label);
        self.diagnostics.push(diagnostic);
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }

    fn fact(&mut self, name: &str, span: &Range<usize>) -> Option<usize> {
        if let Some(&index) = self.fact_index.get(name) {
            return Some(index);
        }
        let help = crate::diagnostic::did_you_mean(name, self.facts.iter().map(|f| f.id.as_str()))
            .map(|best| format!("did you mean `{best}`?"))
            .or_else(|| {
                self.parameter_index
                    .contains_key(name)
                    .then(|| format!("`{name}` is a parameter: write `param({name})`"))
            })
            .unwrap_or_else(|| "facts are listed in facts.toml".to_string());
        self.error("unknown-fact", span, format!("unknown fact `{name}`"), "not a fact").help = Some(help);
        None
    }

    fn cond(&mut self, node: &Node) -> Option<Cond> {
        match &node.kind {
            NodeKind::And(parts) => self.all(parts).map(Cond::All),
            NodeKind::Or(parts) => self.all(parts).map(Cond::Any),
            NodeKind::Not(inner) => self.cond(inner).map(|c| Cond::Not(Box::new(c))),
            NodeKind::Compare(op, left, right) => {
                let left = self.num(left);
                let right = self.num(right);
                Some(Cond::Compare(left?, *op, right?))
            }
            NodeKind::Name(name) => {
                let fact = self.fact(name, &node.span)?;
                match &self.facts[fact].kind {
                    FactKind::YesNo => Some(Cond::Flag(fact)),
                    FactKind::Integer { .. } => {
                        self.error(
                            "type-mismatch",
                            &node.span,
                            format!("`{name}` is a number, not a yes/no fact"),
                            "a number",
                        )
                        .help = Some(format!("compare it, e.g. `{name} >= 1`"));
                        None
                    }
                    FactKind::Choice(values) | FactKind::Set(values) => {
                        let (op, first) = if matches!(self.facts[fact].kind, FactKind::Choice(_)) {
                            ("is", values.first())
                        } else {
                            ("has", values.first())
                        };
                        let example = format!("`{name} {op} {}`", first.map_or("…", String::as_str));
                        self.error(
                            "type-mismatch",
                            &node.span,
                            format!("`{name}` is a {}, not a yes/no fact", kind_name(&self.facts[fact].kind)),
                            "not yes/no",
                        )
                        .help = Some(format!("test a value, e.g. {example}"));
                        None
                    }
                }
            }
            NodeKind::Member(op, subject, words) => self.member(*op, subject, words),
            NodeKind::Number(_) | NodeKind::Param(_) | NodeKind::Count(_) | NodeKind::Arith(..) => {
                self.error(
                    "type-mismatch",
                    &node.span,
                    "a number cannot stand alone as a condition".into(),
                    "a number",
                )
                .help = Some("compare it, e.g. `… >= 1`".into());
                None
            }
            NodeKind::Status(word) => {
                self.error(
                    "type-mismatch",
                    &node.span,
                    format!("`status({})` must be tested", word.text),
                    "not a condition",
                )
                .help = Some(format!("e.g. `status({}) in [already, automatic]`", word.text));
                None
            }
        }
    }

    fn all(&mut self, parts: &[Node]) -> Option<Vec<Cond>> {
        let resolved: Vec<Option<Cond>> = parts.iter().map(|part| self.cond(part)).collect();
        resolved.into_iter().collect()
    }

    fn member(&mut self, op: MemberOp, subject: &Node, words: &[Word]) -> Option<Cond> {
        if let NodeKind::Status(right_word) = &subject.kind {
            let right = self.right(right_word);
            let statuses = self.statuses(words);
            let (right, statuses) = (right?, statuses?);
            if !matches!(op, MemberOp::Is | MemberOp::In) {
                self.error("type-mismatch", &subject.span, "a status is tested with `is` or `in`".into(), "a status");
                return None;
            }
            self.dependencies.push((right, self.span(&right_word.span)));
            return Some(Cond::StatusIn(right, statuses));
        }
        let NodeKind::Name(name) = &subject.kind else {
            self.error(
                "type-mismatch",
                &subject.span,
                "only a choice fact, a set fact or `status(…)` can be tested for values".into(),
                "not a choice or set",
            );
            return None;
        };
        let fact = self.fact(name, &subject.span)?;
        let kind = self.facts[fact].kind.clone();
        let (values, wants_set) = match &kind {
            FactKind::Choice(values) => (values, false),
            FactKind::Set(values) => (values, true),
            FactKind::Integer { .. } | FactKind::YesNo => {
                self.error(
                    "type-mismatch",
                    &subject.span,
                    format!("`{name}` is a {}; it has no values to test", kind_name(&kind)),
                    "no values",
                )
                .help = Some(if matches!(kind, FactKind::YesNo) {
                    format!("write `{name}` or `not {name}`")
                } else {
                    format!("compare it, e.g. `{name} >= 1`")
                });
                return None;
            }
        };
        let op_is_for_sets = matches!(op, MemberOp::Has | MemberOp::HasAny | MemberOp::HasNone);
        if op_is_for_sets != wants_set {
            let help = if wants_set {
                format!("`{name}` is a set: use `has`, `has-any` or `has-none`")
            } else {
                format!("`{name}` is a choice: use `is` or `in`")
            };
            self.error("type-mismatch", &subject.span, format!("`{name}` is a {}", kind_name(&kind)), "wrong test")
                .help = Some(help);
            return None;
        }
        let mut mask = 0u64;
        let mut ok = true;
        for word in words {
            match values.iter().position(|v| *v == word.text) {
                Some(index) => mask |= value_bit(index),
                None => {
                    ok = false;
                    let help = crate::diagnostic::did_you_mean(&word.text, values.iter().map(String::as_str))
                        .map_or_else(
                            || format!("the values of `{name}` are: {}", values.join(", ")),
                            |best| format!("did you mean `{best}`? The values of `{name}` are: {}", values.join(", ")),
                        );
                    self.error(
                        "unknown-value",
                        &word.span,
                        format!("`{}` is not a value of `{name}`", word.text),
                        "not a value",
                    )
                    .help = Some(help);
                }
            }
        }
        if !ok {
            return None;
        }
        Some(match op {
            MemberOp::Is | MemberOp::In => Cond::ChoiceIn(fact, mask),
            MemberOp::Has | MemberOp::HasAny => Cond::SetHasAny(fact, mask),
            MemberOp::HasNone => Cond::Not(Box::new(Cond::SetHasAny(fact, mask))),
        })
    }

    fn right(&mut self, word: &Word) -> Option<usize> {
        if let Some(&index) = self.right_index.get(&word.text) {
            return Some(index);
        }
        let help = crate::diagnostic::did_you_mean(&word.text, self.right_index.keys().map(String::as_str))
            .map_or_else(|| "rights are the files in rights/".to_string(), |best| format!("did you mean `{best}`?"));
        self.error("unknown-right", &word.span, format!("unknown right `{}`", word.text), "not a right").help =
            Some(help);
        None
    }

    fn statuses(&mut self, words: &[Word]) -> Option<StatusSet> {
        let mut set = StatusSet::default();
        let mut ok = true;
        for word in words {
            match Status::from_id(&word.text) {
                Some(status) => set.insert(status),
                None => {
                    ok = false;
                    let ids: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
                    self.error(
                        "unknown-value",
                        &word.span,
                        format!("`{}` is not a status", word.text),
                        "not a status",
                    )
                    .help = Some(format!("the statuses are: {}", ids.join(", ")));
                }
            }
        }
        ok.then_some(set)
    }

    fn num(&mut self, node: &Node) -> Option<Num> {
        match &node.kind {
            NodeKind::Number(value) => Some(Num::Const(*value)),
            NodeKind::Arith(op, left, right) => {
                let left = self.num(left);
                let right = self.num(right);
                Some(Num::Arith(*op, Box::new(left?), Box::new(right?)))
            }
            NodeKind::Param(word) => match self.parameter_index.get(&word.text) {
                Some(&index) => Some(Num::Param(index)),
                None => {
                    let help =
                        crate::diagnostic::did_you_mean(&word.text, self.parameter_index.keys().map(String::as_str))
                            .map_or_else(
                                || "parameters are defined in parameters/*.toml".to_string(),
                                |best| format!("did you mean `{best}`?"),
                            );
                    self.error(
                        "unknown-parameter",
                        &word.span,
                        format!("unknown parameter `{}`", word.text),
                        "not a parameter",
                    )
                    .help = Some(help);
                    None
                }
            },
            NodeKind::Count(word) => {
                let fact = self.fact(&word.text, &word.span)?;
                match &self.facts[fact].kind {
                    FactKind::YesNo | FactKind::Set(_) => Some(Num::Count(fact)),
                    kind => {
                        let kind = kind_name(kind);
                        self.error(
                            "type-mismatch",
                            &word.span,
                            format!("`count` takes a yes/no or set fact; `{}` is a {kind}", word.text),
                            "cannot be counted",
                        );
                        None
                    }
                }
            }
            NodeKind::Name(name) => {
                let fact = self.fact(name, &node.span)?;
                match &self.facts[fact].kind {
                    FactKind::Integer { .. } => Some(Num::Fact(fact)),
                    FactKind::YesNo => {
                        self.error(
                            "type-mismatch",
                            &node.span,
                            format!("`{name}` is yes/no, not a number"),
                            "not a number",
                        )
                        .help = Some(format!("use `count({name})` for 1 or 0"));
                        None
                    }
                    kind => {
                        let kind = kind_name(kind);
                        self.error(
                            "type-mismatch",
                            &node.span,
                            format!("a number is compared with `{name}`, which is a {kind}"),
                            "not a number",
                        )
                        .help = Some(format!("test its values with `{}`", if kind == "set" { "has" } else { "is" }));
                        None
                    }
                }
            }
            NodeKind::Status(word) => {
                self.error(
                    "type-mismatch",
                    &node.span,
                    format!("`status({})` is not a number", word.text),
                    "not a number",
                );
                None
            }
            NodeKind::Compare(..) | NodeKind::Member(..) | NodeKind::And(_) | NodeKind::Or(_) | NodeKind::Not(_) => {
                self.error(
                    "type-mismatch",
                    &node.span,
                    "a condition stands where a number is expected".into(),
                    "not a number",
                );
                None
            }
        }
    }
}

/// The name of a fact type as written in facts.toml.
pub fn kind_name(kind: &FactKind) -> &'static str {
    match kind {
        FactKind::Integer { .. } => "number",
        FactKind::YesNo => "yes/no fact",
        FactKind::Choice(_) => "choice",
        FactKind::Set(_) => "set",
    }
}
