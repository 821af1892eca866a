//! The localized report: every word of the results, a right's detail and the checklist, decided
//! once for one language, so that the full screen, plain lines, text, HTML, PDF and JSON say the
//! same thing in the same order. Built from a session; renderers only arrange it.

use serde::Serialize;

use super::{DocumentNeed, Report, answer_text, change_text};
use crate::content::{ChannelKind, Content, Level};
use crate::i18n::{I18n, ids};
use crate::model::date::Date;
use crate::model::status::Status;
use crate::session::Session;
use crate::whatif::{self, Change};

/// Everything the report says, in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportView {
    /// The day the rules were applied for.
    pub date: Date,
    /// The language of every text.
    pub language: String,
    /// Whether that language is written right to left.
    pub right_to_left: bool,
    /// "Uw rechten op 28 november 2026".
    pub title: String,
    /// That this is an indication, never a decision.
    pub disclaimer: String,
    /// That the translation is not yet reviewed, when it is not.
    pub unreviewed: Option<String>,
    /// That no office ever asks for bank codes.
    pub bank_codes: String,
    /// Every right, in catalogue order (`RightView::index`).
    pub rights: Vec<RightView>,
    /// The rights by status, in grouping order, key rights first within a group.
    pub groups: Vec<GroupView>,
    /// The merged checklist by office.
    pub checklist: Vec<OfficeView>,
    /// The merged checklist as one list: each document once, with the rights that need it.
    pub documents: Vec<DocumentUse>,
}

/// The rights of one status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupView {
    /// The status.
    pub status: Status,
    /// Its heading ("Komt automatisch").
    pub heading: String,
    /// The rights (indices into `ReportView::rights`), key rights first.
    pub rights: Vec<usize>,
}

/// One right, worded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RightView {
    /// Index into the catalogue.
    pub index: usize,
    /// The right's public id.
    pub id: String,
    /// Federal, Flemish or local.
    pub level: Level,
    /// The status shown.
    pub status: Status,
    /// The status in words.
    pub status_name: String,
    /// Every status still possible.
    pub possible: Vec<Status>,
    /// The name in the language.
    pub name: String,
    /// The Dutch name (what the counter knows it by).
    pub name_nl: String,
    /// The name with the Dutch name beside it when the language is not Dutch.
    pub name_with_dutch: String,
    /// One plain sentence saying what it is.
    pub summary: String,
    /// Why, worded.
    pub reasons: Vec<String>,
    /// The answers the outcome was based on ("uw leeftijd: 67").
    pub based_on: Vec<String>,
    /// When it can be had: the reasons of the granting rules.
    pub conditions: Vec<String>,
    /// The office's id.
    pub office_id: String,
    /// The office's name.
    pub office_name: String,
    /// Where to apply, in a few words ("bij het OCMW").
    pub apply_at: String,
    /// Every way to reach the office.
    pub channels: Vec<ChannelView>,
    /// The sentence to say at the counter, in the language.
    pub counter: Option<String>,
    /// The same sentence in Dutch.
    pub counter_nl: Option<String>,
    /// The documents to bring.
    pub documents: Vec<DocumentView>,
    /// The amounts its rules use, with the date they apply from.
    pub amounts: Vec<String>,
    /// The deadline, when the person may have to act and there is one.
    pub deadline: Option<String>,
    /// For an automatic right: what to do when it does not come.
    pub if_missing: Option<String>,
    /// The rights this one opens, by name.
    pub opens: Vec<String>,
    /// The same, by id.
    pub opens_ids: Vec<String>,
    /// Facts not yet verified that matter for this outcome.
    pub to_confirm: Vec<String>,
    /// The notes a summary adds under the reasons, worded: what to do if an automatic right
    /// does not come, the deadline, what it opens, that something is still to be confirmed.
    pub notes: Vec<String>,
    /// The facts that decided the status (ids).
    pub facts: Vec<String>,
    /// For an unknown status: the facts whose answers would decide it (ids).
    pub missing: Vec<String>,
    /// Where the facts come from.
    pub source: String,
    /// When they were checked.
    pub checked: Date,
    /// Source and checked date in a sentence.
    pub source_text: String,
    /// The rule that decided it (worker view, training).
    pub rule_line: String,
    /// The rule, the answers it read, every amount with its source and confidence, and the
    /// facts not yet verified (worker view).
    pub worker_lines: Vec<String>,
    /// For an unlikely or unknown right, when asked for: the smallest change of answers that
    /// brings it within reach, worded.
    pub what_would_change: Vec<String>,
}

/// One way to reach an office.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChannelView {
    /// In person, phone, online, letter, home visit.
    pub kind: ChannelKind,
    /// The kind in words ("Bellen").
    pub kind_name: String,
    /// How: "1765. Bel de pensioenlijn …", web addresses included.
    pub text: String,
}

impl ChannelView {
    /// "Bellen: 1765. Bel de pensioenlijn …".
    pub fn line(&self) -> String {
        format!("{}: {}", self.kind_name, self.text)
    }
}

/// A document a right needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentView {
    /// The document's id.
    pub id: String,
    /// Its name, with the Dutch name beside it when the language is not Dutch.
    pub name: String,
    /// Where to obtain it.
    pub place: String,
}

/// An office of the checklist and what to bring there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfficeView {
    /// The office's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Every way to reach it.
    pub channels: Vec<ChannelView>,
    /// The documents to bring there.
    pub documents: Vec<NeedView>,
}

/// A document of the checklist, at one office.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedView {
    /// The document.
    pub document: DocumentView,
    /// The rights (ids) at this office that need it.
    pub rights: Vec<String>,
    /// "Voor: leefloon, verhoogde tegemoetkoming".
    pub for_text: String,
    /// "Waar: bij uw bank …".
    pub where_text: String,
}

/// A document of the merged checklist and the rights (ids) that need it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentUse {
    /// The document's id.
    pub document: String,
    /// The rights that need it.
    pub rights: Vec<String>,
}

/// What to add beyond the person's view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ViewOptions {
    /// "What would change it" for every unlikely or unknown right (costly: the rules are
    /// evaluated many times over).
    pub what_if: bool,
}

impl ReportView {
    /// The report of a session in one language.
    pub fn new(session: &Session, i18n: &I18n, options: ViewOptions) -> ReportView {
        let report = session.report();
        let content = session.content();
        let offices: Vec<(String, Vec<ChannelView>)> = (0..content.offices.len())
            .map(|office| (i18n.msg(&ids::office(&content.offices[office].id)), channels(&report, office, i18n)))
            .collect();
        let rights: Vec<RightView> = (0..content.rights.len())
            .map(|right| right_view(session, &report, right, &offices, i18n, options))
            .collect();
        let groups = Status::ALL
            .into_iter()
            .map(|status| GroupView { status, heading: i18n.msg(&ids::status(status)), rights: report.group(status) })
            .collect();
        let checklist = report
            .documents_by_office()
            .into_iter()
            .map(|(office, needs)| OfficeView {
                id: content.offices[office].id.clone(),
                name: offices[office].0.clone(),
                channels: offices[office].1.clone(),
                documents: needs.iter().map(|need| need_view(&report, need, i18n)).collect(),
            })
            .collect();
        let documents = report
            .documents
            .iter()
            .map(|need| DocumentUse {
                document: content.documents[need.document].id.clone(),
                rights: need.rights.iter().map(|&r| content.rights[r].id.clone()).collect(),
            })
            .collect();
        let date = session.date();
        ReportView {
            date,
            language: i18n.language().to_string(),
            right_to_left: i18n.is_right_to_left(),
            title: i18n.text("ui-report-title", &[("date", i18n.date(date).into())]),
            disclaimer: i18n.msg("ui-report-disclaimer"),
            unreviewed: (!i18n.reviewed()).then(|| i18n.msg("ui-unreviewed")),
            bank_codes: i18n.msg("ui-bank-codes"),
            rights,
            groups,
            checklist,
            documents,
        }
    }

    /// The rights of a group, in order.
    pub fn group(&self, status: Status) -> impl Iterator<Item = &RightView> {
        self.groups
            .iter()
            .filter(move |group| group.status == status)
            .flat_map(|group| group.rights.iter())
            .filter_map(|&right| self.rights.get(right))
    }

    /// Every right in the order the results list them (by group).
    pub fn in_result_order(&self) -> impl Iterator<Item = &RightView> {
        self.groups.iter().flat_map(|group| group.rights.iter()).filter_map(|&right| self.rights.get(right))
    }
}

/// "What would change it" for one right of a session: the smallest change of answers that
/// brings it within reach (empty when it is within reach, or when no change among the values
/// the rules name would bring it there).
pub fn what_would_change(session: &Session, right: usize) -> Vec<Change> {
    let status = session.evaluation().status(right);
    if !matches!(status, Some(Status::Unlikely | Status::Unknown)) {
        return Vec::new();
    }
    whatif::smallest_change(session.content(), session.answers(), session.date(), right).unwrap_or_default()
}

/// Changes of answers in words.
pub fn word_changes(content: &Content, changes: &[Change], i18n: &I18n) -> Vec<String> {
    changes.iter().map(|change| change_text(content, i18n, *change)).collect()
}

fn channels(report: &Report, office: usize, i18n: &I18n) -> Vec<ChannelView> {
    let kinds = report.content.offices[office].channels.iter().map(|channel| channel.kind);
    kinds
        .zip(report.channel_parts(office, i18n))
        .map(|(kind, (kind_name, text))| ChannelView { kind, kind_name, text })
        .collect()
}

fn document_view(report: &Report, document: usize, i18n: &I18n) -> DocumentView {
    let id = &report.content.documents[document].id;
    DocumentView {
        id: id.clone(),
        name: i18n.with_dutch(&ids::document(id)),
        place: i18n.msg(&ids::document_where(id)),
    }
}

fn need_view(report: &Report, need: &DocumentNeed, i18n: &I18n) -> NeedView {
    let content = report.content;
    let document = document_view(report, need.document, i18n);
    let names: Vec<String> = need.rights.iter().map(|&r| i18n.msg(&ids::right(&content.rights[r].id))).collect();
    NeedView {
        rights: need.rights.iter().map(|&r| content.rights[r].id.clone()).collect(),
        for_text: i18n.text("ui-document-for", &[("rights", names.join(&i18n.msg("ui-list-separator")).into())]),
        where_text: i18n.text("ui-document-where", &[("where", document.place.clone().into())]),
        document,
    }
}

fn right_view(
    session: &Session,
    report: &Report,
    right: usize,
    offices: &[(String, Vec<ChannelView>)],
    i18n: &I18n,
    options: ViewOptions,
) -> RightView {
    let content = session.content();
    let definition = &content.rights[right];
    let outcome = &session.evaluation().outcomes[right];
    let id = &definition.id;
    let answers = session.answers();
    let based_on = outcome
        .facts
        .iter()
        .filter_map(|&fact| {
            let answer = answers.get(fact)?;
            let label = i18n.msg(&ids::fact(&content.facts[fact].id));
            Some(format!("{label}: {}", answer_text(content, i18n, fact, answer)))
        })
        .collect();
    let conditions = definition
        .rules
        .iter()
        .filter(|rule| matches!(rule.status, Status::Automatic | Status::Proactive | Status::Request))
        .map(|rule| i18n.msg(&rule.reason))
        .collect();
    let counter_id = ids::right_counter(id);
    let has_counter = i18n.has(&counter_id);
    let (office_name, channels) = offices[definition.office].clone();
    let checked = definition.checked;
    let if_missing = report.if_missing(right, i18n);
    let deadline = report.deadline(right, i18n);
    let opens = report.opens(right, i18n);
    let to_confirm = report.to_confirm(right, i18n);
    let notes = [
        if_missing.as_ref().map(|text| i18n.text("ui-if-missing", &[("text", text.clone().into())])),
        deadline.as_ref().map(|text| i18n.text("ui-deadline", &[("text", text.clone().into())])),
        Some(&opens)
            .filter(|opens| !opens.is_empty() && outcome.status != Status::Unlikely)
            .map(|opens| i18n.text("ui-opens", &[("rights", opens.join(&i18n.msg("ui-list-separator")).into())])),
        (!to_confirm.is_empty()).then(|| i18n.msg("ui-to-confirm")),
    ]
    .into_iter()
    .flatten()
    .collect();
    RightView {
        index: right,
        id: id.clone(),
        level: definition.level,
        status: outcome.status,
        status_name: i18n.msg(&ids::status(outcome.status)),
        possible: outcome.possible.iter().collect(),
        name: i18n.msg(&ids::right(id)),
        name_nl: i18n.dutch(&ids::right(id)),
        name_with_dutch: i18n.with_dutch(&ids::right(id)),
        summary: i18n.msg(&ids::right_summary(id)),
        reasons: report.reasons(right, i18n),
        based_on,
        conditions,
        office_id: content.offices[definition.office].id.clone(),
        apply_at: i18n.text("ui-apply-at", &[("office", office_name.clone().into())]),
        office_name,
        channels,
        counter: has_counter.then(|| i18n.msg(&counter_id)),
        counter_nl: has_counter.then(|| i18n.dutch(&counter_id)),
        documents: definition.documents.iter().map(|&document| document_view(report, document, i18n)).collect(),
        amounts: report.amounts(right, i18n),
        deadline,
        if_missing,
        opens,
        opens_ids: definition.opens.iter().map(|&r| content.rights[r].id.clone()).collect(),
        to_confirm,
        notes,
        facts: outcome.facts.iter().map(|&f| content.facts[f].id.clone()).collect(),
        missing: outcome.missing.iter().map(|&f| content.facts[f].id.clone()).collect(),
        source: definition.source.clone(),
        checked,
        source_text: i18n.text(
            "ui-detail-source-text",
            &[("source", definition.source.clone().into()), ("checked", i18n.date(checked).into())],
        ),
        rule_line: report.rule_line(right, i18n),
        worker_lines: report.worker_lines(right, answers, i18n),
        what_would_change: if options.what_if {
            word_changes(content, &what_would_change(session, right), i18n)
        } else {
            Vec::new()
        },
    }
}
