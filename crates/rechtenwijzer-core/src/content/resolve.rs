//! Turns a parsed `when` condition into a typed `Cond`: names resolved against facts,
//! parameters and rights, types checked, limits that only rise used only where a higher value
//! moves a comparison one way, every problem reported with its place in the file.

use std::collections::HashMap;
use std::ops::Range;

use crate::content::expr::{self, ArithOp, CompareOp, MemberOp, Node, NodeKind, Word};
use crate::content::{Fact, FactKind, Parameter};
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
    /// The parameters, by index (whether they only rise, whether they can be negative).
    pub parameters: &'a [Parameter],
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
            NodeKind::Compare(op, left_node, right_node) => {
                let left = self.num(left_node);
                let right = self.num(right_node);
                let (left, right) = (left?, right?);
                self.rising_use(*op, left_node, right_node).then_some(Cond::Compare(left, *op, right))
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

impl Resolver<'_> {
    /// Whether the parameter with this name only rises (`rises = true`).
    fn rises(&self, name: &str) -> bool {
        self.parameter_index.get(name).and_then(|&index| self.parameters.get(index)).is_some_and(|p| p.rises)
    }

    /// The first `param(…)` of a limit that only rises in a number, if any.
    fn first_rising<'n>(&self, node: &'n Node) -> Option<&'n Word> {
        match &node.kind {
            NodeKind::Param(word) if self.rises(&word.text) => Some(word),
            NodeKind::Arith(_, left, right) => self.first_rising(left).or_else(|| self.first_rising(right)),
            _ => None,
        }
    }

    /// Whether a number can never be negative: a literal (they are never negative), a count, an
    /// integer fact whose `min` is at least 0, a parameter whose values are all at least 0, and
    /// sums and products of those.
    fn non_negative(&self, node: &Node) -> bool {
        match &node.kind {
            NodeKind::Number(value) => *value >= 0,
            NodeKind::Count(_) => true,
            NodeKind::Name(name) => self
                .fact_index
                .get(name)
                .and_then(|&fact| self.facts.get(fact))
                .is_some_and(|fact| matches!(fact.kind, FactKind::Integer { min: Some(min), .. } if min >= 0)),
            NodeKind::Param(word) => self
                .parameter_index
                .get(&word.text)
                .and_then(|&index| self.parameters.get(index))
                .is_some_and(|p| p.values.iter().all(|value| value.amount >= 0)),
            NodeKind::Arith(ArithOp::Add | ArithOp::Mul, left, right) => {
                self.non_negative(left) && self.non_negative(right)
            }
            _ => false,
        }
    }

    /// Where a number stops growing when the limits that only rise in it grow: the first place
    /// such a limit is subtracted, or multiplied by something that may be negative, or by
    /// another such limit. `None`: the number grows with them (or does not read them).
    fn not_rising<'n>(&self, node: &'n Node) -> Option<(&'n Node, &'static str)> {
        let NodeKind::Arith(op, left, right) = &node.kind else { return None };
        let (in_left, in_right) = (self.first_rising(left).is_some(), self.first_rising(right).is_some());
        match op {
            ArithOp::Add => self.not_rising(left).or_else(|| self.not_rising(right)),
            ArithOp::Sub if in_right => Some((right, "subtracted")),
            ArithOp::Sub => self.not_rising(left),
            ArithOp::Mul if in_left && in_right => Some((node, "multiplied by another limit that only rises")),
            ArithOp::Mul if in_left && !self.non_negative(right) => Some((right, "multiplied by what may be negative")),
            ArithOp::Mul if in_right && !self.non_negative(left) => Some((left, "multiplied by what may be negative")),
            ArithOp::Mul if in_left => self.not_rising(left),
            ArithOp::Mul => self.not_rising(right),
        }
    }

    /// A limit that only rises is known, past its last value's `until`, only as "at least that
    /// value"; the engine then compares at that value and far above it (rules.rs). That is sound
    /// only where a higher limit moves the comparison one way: the limits sit on one side, that
    /// side grows with them (added, or multiplied by what cannot be negative), and the
    /// comparison is an order (`<`, `<=`, `>`, `>=`). Reports the first use that is not.
    fn rising_use(&mut self, op: CompareOp, left: &Node, right: &Node) -> bool {
        let (in_left, in_right) = (self.first_rising(left), self.first_rising(right));
        let problem = match (in_left, in_right) {
            (None, None) => return true,
            (Some(_), Some(word)) => Some((word.span.clone(), word.text.clone(), "on both sides of a comparison")),
            (Some(word), None) | (None, Some(word)) if matches!(op, CompareOp::Equal | CompareOp::NotEqual) => {
                Some((word.span.clone(), word.text.clone(), "compared with `==` or `!=`"))
            }
            (Some(word), None) => self.not_rising(left).map(|(at, how)| (at.span.clone(), word.text.clone(), how)),
            (None, Some(word)) => self.not_rising(right).map(|(at, how)| (at.span.clone(), word.text.clone(), how)),
        };
        let Some((span, name, how)) = problem else { return true };
        self.error(
            "bad-parameter-use",
            &span,
            format!("`{name}` only rises (`rises = true`), but here it is {how}"),
            "a higher limit would not move the comparison one way",
        )
        .help = Some(
            "a limit that only rises may be added, or multiplied by a number, a count or a fact that cannot be negative, on one side of `<`, `<=`, `>` or `>=`; or remove `rises = true`".into(),
        );
        false
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
