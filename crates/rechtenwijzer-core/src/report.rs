//! A session's results: rights grouped by status (key rights first), the merged checklist of
//! documents by office, and each part worded for a person. `ReportView` (report/view.rs) is
//! the localized whole that every renderer reads.

pub mod compare;
pub mod outline;
pub mod plan;
pub mod rule_words;
pub mod view;

use crate::content::{Content, FactKind, Known, Rule};
use crate::i18n::{I18n, ids};
use crate::model::answers::{Answer, Answers, Value};
use crate::model::cond::{parameters_of_all, value_bit};
use crate::model::status::{Status, Tri};
use crate::rules::{self, Evaluation, Outcome, Reason};
use crate::whatif::Change;
pub use view::ReportView;

/// A document and the rights that need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentNeed {
    /// Index into `Content::documents`.
    pub document: usize,
    /// The rights (indices) that need it, in catalogue order.
    pub rights: Vec<usize>,
}

/// The results of one evaluation, ready to word.
pub struct Report<'a> {
    /// The content evaluated.
    pub content: &'a Content,
    /// Every right's outcome.
    pub evaluation: &'a Evaluation,
    /// The merged checklist: every document needed for a right to request, or one that may
    /// have to be requested, without repeats.
    pub documents: Vec<DocumentNeed>,
}

/// The rights with this status. Rights that open others come first ("ask for the verhoogde
/// tegemoetkoming first: it opens these four"), by how many of the rights they open are within
/// reach; otherwise the catalogue's order.
pub fn group(content: &Content, evaluation: &Evaluation, status: Status) -> Vec<usize> {
    let mut rights: Vec<usize> = evaluation
        .outcomes
        .iter()
        .enumerate()
        .filter(|(_, outcome)| outcome.status == status)
        .map(|(index, _)| index)
        .collect();
    let opened = |right: usize| {
        content.rights[right]
            .opens
            .iter()
            .filter(|&&other| evaluation.outcomes.get(other).is_some_and(|o| o.status != Status::Unlikely))
            .count()
    };
    rights.sort_by_key(|&right| std::cmp::Reverse(opened(right)));
    rights
}

/// Orders `items` so that each comes after every item that `precedes` it, keeping the given
/// order otherwise (and wherever the relation goes in a circle).
fn givers_first<T>(mut items: Vec<T>, precedes: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let mut ordered = Vec::with_capacity(items.len());
    while !items.is_empty() {
        let ready = (0..items.len())
            .find(|&candidate| !items.iter().any(|other| precedes(other, &items[candidate])))
            .unwrap_or(0);
        ordered.push(items.remove(ready));
    }
    ordered
}

/// Whether the person may have to act for a right with this outcome (so its documents count).
pub fn needs_action(outcome: &Outcome) -> bool {
    [Status::Request, Status::Proactive, Status::Unknown].into_iter().any(|status| outcome.possible.contains(status))
}

impl<'a> Report<'a> {
    /// Builds the report for an evaluation of `content` on `answers`. A document the answers
    /// rule out ("only with a disability", and there is none) is left off the checklist.
    pub fn new(content: &'a Content, evaluation: &'a Evaluation, answers: &Answers) -> Report<'a> {
        let mut documents: Vec<DocumentNeed> = Vec::new();
        let ruled_out = |document: usize| {
            content.documents[document]
                .when
                .as_ref()
                .is_some_and(|when| rules::truth(content, when, answers, evaluation) == Tri::No)
        };
        for (right_index, outcome) in evaluation.outcomes.iter().enumerate() {
            if !needs_action(outcome) {
                continue;
            }
            let Some(right) = content.rights.get(right_index) else { continue };
            for &document in right.documents.iter().filter(|&&document| !ruled_out(document)) {
                match documents.iter_mut().find(|need| need.document == document) {
                    Some(need) => need.rights.push(right_index),
                    None => documents.push(DocumentNeed { document, rights: vec![right_index] }),
                }
            }
        }
        Report { content, evaluation, documents }
    }

    /// The rights with this status, key rights first (see `group`).
    pub fn group(&self, status: Status) -> Vec<usize> {
        group(self.content, self.evaluation, status)
    }

    /// The checklist grouped by office: under each office, the documents its rights need,
    /// each with only the rights of that office. A document needed at two offices is listed
    /// under both, since the person brings it to both.
    pub fn documents_by_office(&self) -> Vec<(usize, Vec<DocumentNeed>)> {
        let mut offices: Vec<(usize, Vec<DocumentNeed>)> = Vec::new();
        for need in &self.documents {
            for &right in &need.rights {
                let office = self.content.rights[right].office;
                let slot = match offices.iter().position(|(o, _)| *o == office) {
                    Some(position) => position,
                    None => {
                        offices.push((office, Vec::new()));
                        offices.len() - 1
                    }
                };
                let needs = &mut offices[slot].1;
                match needs.iter_mut().find(|n| n.document == need.document) {
                    Some(existing) => existing.rights.push(right),
                    None => needs.push(DocumentNeed { document: need.document, rights: vec![right] }),
                }
            }
        }
        // The office with the most to do comes first; otherwise the catalogue's order; but an
        // office that gives an attest another one needs comes before it.
        offices.sort_by_key(|(_, needs)| std::cmp::Reverse(needs.iter().map(|n| n.rights.len()).sum::<usize>()));
        let gives_to = |giver: usize, needs: &[DocumentNeed]| {
            needs.iter().any(|need| self.content.documents[need.document].from == Some(giver))
        };
        givers_first(offices, |(giver, _), (taker, needs)| giver != taker && gives_to(*giver, needs))
    }

    /// The reasons of one right, worded in the chosen language.
    pub fn reasons(&self, right: usize, i18n: &I18n) -> Vec<String> {
        let content = self.content;
        let outcome = &self.evaluation.outcomes[right];
        let definition = &content.rights[right];
        outcome
            .reasons
            .iter()
            .map(|reason| match reason {
                Reason::Rule(index) => {
                    definition.rules.get(*index).map_or_else(String::new, |rule| i18n.msg(&rule.reason))
                }
                Reason::Otherwise => i18n.msg(&definition.otherwise),
                Reason::MissingAnswers => {
                    let facts: Vec<String> =
                        outcome.missing.iter().map(|&fact| i18n.msg(&ids::fact(&content.facts[fact].id))).collect();
                    i18n.text("ui-reason-missing", &[("facts", facts.join(&i18n.msg("ui-list-separator")).into())])
                }
                Reason::Possible => {
                    let statuses: Vec<String> = outcome
                        .possible
                        .iter()
                        .filter(|s| *s != Status::Unknown)
                        .map(|s| i18n.msg(&ids::status(s)))
                        .collect();
                    i18n.text("ui-reason-possible", &[("statuses", statuses.join(" / ").into())])
                }
                Reason::MissingParameter(parameter) => {
                    let name = i18n.msg(&ids::parameter(&content.parameters[*parameter].id));
                    i18n.text("ui-reason-missing-parameter", &[("parameter", name.into())])
                }
                Reason::LimitNotKnown(parameter) => {
                    let definition = &content.parameters[*parameter];
                    let name = i18n.msg(&ids::parameter(&definition.id));
                    match definition.latest_on(self.evaluation.date) {
                        Some(value) => {
                            let arguments = [
                                ("parameter", name.into()),
                                ("amount", i18n.amount(value.amount, definition.unit).into()),
                                ("since", i18n.date(value.valid_from).into()),
                                ("until", value.until.map_or_else(String::new, |until| i18n.date(until)).into()),
                            ];
                            i18n.text("ui-reason-limit-not-known", &arguments)
                        }
                        None => i18n.text("ui-reason-missing-parameter", &[("parameter", name.into())]),
                    }
                }
                Reason::FollowsFrom(from) => {
                    let name = |right: usize| i18n.msg(&ids::right(&content.rights[right].id));
                    // "Comes automatically" only for a right its own rules can make automatic;
                    // one that must be requested or is offered "can be had" once the other is.
                    let automatic = definition.rules.iter().any(|rule| rule.status == Status::Automatic);
                    let arguments = [
                        ("right", name(*from).into()),
                        ("first", name(self.first_to_request(*from)).into()),
                        ("automatic", if automatic { "yes" } else { "no" }.into()),
                    ];
                    i18n.text("ui-reason-follows", &arguments)
                }
            })
            .filter(|text| !text.is_empty())
            .collect()
    }

    /// The right to request first for a right that follows from `from`: `from` itself, or, when
    /// `from` follows in turn from another, the right at the start of that chain.
    pub fn first_to_request(&self, from: usize) -> usize {
        let mut first = from;
        // Each step goes to a right that was not lifted before it, so the chain is shorter than
        // the catalogue; the bound only guards against a malformed evaluation.
        for _ in 0..self.content.rights.len() {
            let next = self.evaluation.outcomes.get(first).and_then(|outcome| {
                outcome.reasons.iter().find_map(|reason| match reason {
                    Reason::FollowsFrom(next) => Some(*next),
                    _ => None,
                })
            });
            match next {
                Some(next) if next != first => first = next,
                _ => break,
            }
        }
        first
    }

    /// What to do when an automatic right does not arrive; only for automatic outcomes.
    pub fn if_missing(&self, right: usize, i18n: &I18n) -> Option<String> {
        let id = ids::right_if_missing(&self.content.rights[right].id);
        (self.evaluation.outcomes[right].status == Status::Automatic && i18n.has(&id)).then(|| i18n.msg(&id))
    }

    /// The deadline, when the person may have to act and the right has one.
    pub fn deadline(&self, right: usize, i18n: &I18n) -> Option<String> {
        let id = ids::right_deadline(&self.content.rights[right].id);
        (needs_action(&self.evaluation.outcomes[right]) && i18n.has(&id)).then(|| i18n.msg(&id))
    }

    /// An office's channels as (kind, words): ("Bellen", "1765. Bel de pensioenlijn …"), web
    /// addresses included.
    pub fn channel_parts(&self, office: usize, i18n: &I18n) -> Vec<(String, String)> {
        let office = &self.content.offices[office];
        office
            .channels
            .iter()
            .map(|channel| {
                let mut text = i18n.msg(&ids::office_channel(&office.id, channel.kind));
                if let Some(phone) = &channel.phone {
                    text = format!("{phone}. {text}");
                }
                if let Some(url) = &channel.url {
                    text = format!("{text} {url}");
                }
                (i18n.msg(&ids::channel_kind(channel.kind)), text)
            })
            .collect()
    }

    /// An office's channels in words, one line each: "Bellen: 1765. Bel de pensioenlijn …".
    pub fn channels(&self, office: usize, i18n: &I18n) -> Vec<String> {
        self.channel_parts(office, i18n).into_iter().map(|(kind, text)| format!("{kind}: {text}")).collect()
    }

    /// The rights this one opens, by name.
    pub fn opens(&self, right: usize, i18n: &I18n) -> Vec<String> {
        self.content.rights[right].opens.iter().map(|&r| i18n.msg(&ids::right(&self.content.rights[r].id))).collect()
    }

    /// The amounts a right's rules use, as in force on the evaluation day: "Leefloon voor wie
    /// alleen woont: € 1.314,20 per maand (vanaf 1 februari 2025)", marked when still to be
    /// confirmed, and "minstens" for a limit whose newest value is not known yet.
    pub fn amounts(&self, right: usize, i18n: &I18n) -> Vec<String> {
        parameters_of_all(self.content.rights[right].rules.iter().map(|rule| &rule.when))
            .into_iter()
            .filter_map(|index| {
                let parameter = &self.content.parameters[index];
                let (value, at_least) = match parameter.known_on(self.evaluation.date) {
                    Known::Value(value) => (value, false),
                    Known::AtLeast(value) => (value, true),
                    Known::Unknown => return None,
                };
                let amount = i18n.amount(value.amount, parameter.unit);
                let id = if at_least {
                    "ui-amount-line-at-least"
                } else if value.confidence.to_confirm() {
                    "ui-amount-line-to-confirm"
                } else {
                    "ui-amount-line"
                };
                let arguments = [
                    ("name", i18n.msg(&ids::parameter(&parameter.id)).into()),
                    ("amount", amount.into()),
                    ("since", i18n.date(value.valid_from).into()),
                ];
                Some(i18n.text(id, &arguments))
            })
            .collect()
    }

    /// The rule that decided a right, for the worker view: "Regel 3: receives has igo".
    pub fn rule_line(&self, right: usize, i18n: &I18n) -> String {
        let definition = &self.content.rights[right];
        match self.evaluation.outcomes[right]
            .decided_by
            .and_then(|index| definition.rules.get(index).map(|rule| (index, rule)))
        {
            Some((index, rule)) => {
                let words = rule_words::rule_text(self.content, i18n, self.evaluation.date, &rule.when);
                i18n.text("ui-worker-rule", &[("number", (index + 1).into()), ("rule", words.into())])
            }
            None => i18n.msg("ui-worker-no-rule"),
        }
    }

    /// The worker view of a right: the deciding rule, the answers it read, every amount with
    /// its date, source, checked date and confidence, and every fact not yet verified.
    pub fn worker_lines(&self, right: usize, answers: &Answers, i18n: &I18n) -> Vec<String> {
        let content = self.content;
        let outcome = &self.evaluation.outcomes[right];
        let mut lines = vec![self.rule_line(right, i18n)];
        let facts: Vec<String> = outcome
            .facts
            .iter()
            .chain(&outcome.missing)
            .map(|&fact| {
                let value = answers
                    .get(fact)
                    .map_or_else(|| i18n.msg("ui-not-answered"), |answer| answer_text(content, i18n, fact, answer));
                let label = i18n.msg(&ids::fact(&content.facts[fact].id));
                i18n.text("ui-change-is", &[("fact", label.into()), ("value", value.into())])
            })
            .collect();
        if !facts.is_empty() {
            lines.push(i18n.text("ui-worker-facts", &[("facts", facts.join("; ").into())]));
        }
        for index in parameters_of_all(content.rights[right].rules.iter().map(|rule| &rule.when)) {
            let parameter = &content.parameters[index];
            let (value, id) = match parameter.known_on(self.evaluation.date) {
                Known::Value(value) => (value, "ui-worker-parameter"),
                Known::AtLeast(value) => (value, "ui-worker-parameter-at-least"),
                Known::Unknown => continue,
            };
            let arguments = [
                ("name", parameter.id.clone().into()),
                ("amount", i18n.amount(value.amount, parameter.unit).into()),
                ("since", i18n.date(value.valid_from).into()),
                ("until", value.until.map_or_else(String::new, |until| i18n.date(until)).into()),
                ("source", value.source.clone().into()),
                ("checked", i18n.date(value.checked).into()),
                ("confidence", i18n.msg(&ids::confidence(value.confidence)).into()),
            ];
            lines.push(i18n.text(id, &arguments));
        }
        lines.extend(
            content.rights[right]
                .unverified
                .iter()
                .map(|id| i18n.text("ui-worker-unverified", &[("text", i18n.msg(id).into())])),
        );
        lines
    }

    /// What is not yet verified and matters for this outcome: the right's unverified facts when
    /// its conditions decide (the person may have to apply, or it is unknown), and every
    /// amount the deciding rules use whose value in force is not from an official source.
    pub fn to_confirm(&self, right: usize, i18n: &I18n) -> Vec<String> {
        let definition = &self.content.rights[right];
        let outcome = &self.evaluation.outcomes[right];
        if !needs_action(outcome) {
            return Vec::new();
        }
        let mut notes: Vec<String> = definition.unverified.iter().map(|id| i18n.msg(id)).collect();
        let deciding: Vec<&Rule> = match outcome.decided_by {
            Some(index) => definition.rules.get(index).into_iter().collect(),
            None => definition.rules.iter().collect(),
        };
        for parameter in parameters_of_all(deciding.iter().map(|rule| &rule.when)) {
            let definition = &self.content.parameters[parameter];
            let unconfirmed = match definition.known_on(self.evaluation.date) {
                Known::Value(value) | Known::AtLeast(value) => value.confidence.to_confirm(),
                Known::Unknown => false,
            };
            if unconfirmed {
                let name = i18n.msg(&ids::parameter(&definition.id));
                notes.push(i18n.text("ui-parameter-to-confirm", &[("parameter", name.into())]));
            }
        }
        notes
    }
}

/// An answer in words: "45", "Ja", "Vlaanderen", "Leefloon, IGO", "Geen van deze", "Ik weet het
/// niet".
pub fn answer_text(content: &Content, i18n: &I18n, fact: usize, answer: Answer) -> String {
    let definition = &content.facts[fact];
    let value_name = |values: &[String], index: usize| {
        values.get(index).map_or_else(String::new, |value| i18n.msg(&ids::fact_value(&definition.id, value)))
    };
    match (answer, &definition.kind) {
        (Answer::DontKnow, _) => i18n.msg("ui-dont-know"),
        (Answer::Known(Value::Integer(number)), _) => number.to_string(),
        (Answer::Known(Value::YesNo(true)), _) => i18n.msg("ui-yes"),
        (Answer::Known(Value::YesNo(false)), _) => i18n.msg("ui-no"),
        (Answer::Known(Value::Choice(index)), FactKind::Choice(values)) => value_name(values, usize::from(index)),
        (Answer::Known(Value::Set(0)), FactKind::Set(_)) => i18n.msg("ui-none-of-these"),
        (Answer::Known(Value::Set(mask)), FactKind::Set(values)) => (0..values.len())
            .filter(|&index| mask & value_bit(index) != 0)
            .map(|index| value_name(values, index))
            .collect::<Vec<_>>()
            .join(&i18n.msg("ui-list-separator")),
        (Answer::Known(_), _) => String::new(),
    }
}

/// A change of answers in words: "het belastbaar inkomen van uw gezin per jaar: ten hoogste
/// 25.630".
pub fn change_text(content: &Content, i18n: &I18n, change: Change) -> String {
    let fact = change.fact();
    let label = i18n.msg(&ids::fact(&content.facts[fact].id));
    let number = |value: i64| i18n.number(value.saturating_mul(100), 0);
    let value_name = |index: usize| match &content.facts[fact].kind {
        FactKind::Choice(values) | FactKind::Set(values) => {
            values.get(index).map_or_else(String::new, |v| i18n.msg(&ids::fact_value(&content.facts[fact].id, v)))
        }
        FactKind::Integer { .. } | FactKind::YesNo => String::new(),
    };
    match change {
        Change::AtMost(_, value) => {
            i18n.text("ui-change-at-most", &[("fact", label.into()), ("value", number(value).into())])
        }
        Change::AtLeast(_, value) => {
            i18n.text("ui-change-at-least", &[("fact", label.into()), ("value", number(value).into())])
        }
        Change::Is(_, value) => {
            let shown = answer_text(content, i18n, fact, Answer::Known(value));
            i18n.text("ui-change-is", &[("fact", label.into()), ("value", shown.into())])
        }
        Change::Adds(_, index) => {
            i18n.text("ui-change-adds", &[("fact", label.into()), ("value", value_name(index).into())])
        }
        Change::Drops(_, index) => {
            i18n.text("ui-change-drops", &[("fact", label.into()), ("value", value_name(index).into())])
        }
    }
}
