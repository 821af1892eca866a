//! A right's detail and the documents checklist as a sequence of paragraphs with a meaning
//! (heading, text, secondary, warning, a status), in reading order: the full screen styles them
//! by its theme, plain mode writes them as lines, so both show the same text in the same order.

use super::view::{ReportView, RightView};
use crate::i18n::I18n;
use crate::model::status::Status;

/// What a paragraph is, for the renderer's styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A section heading.
    Heading,
    /// Body text.
    Text,
    /// Less important text (where to get a document, the source).
    Secondary,
    /// Something to be careful about ("to be confirmed").
    Warning,
    /// The status line, styled like the status.
    Status(Status),
}

/// One piece of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// An empty line.
    Blank,
    /// A paragraph: wrapped by the renderer, the first line after `prefix`, the others indented
    /// to line up with it.
    Para {
        /// What it is.
        role: Role,
        /// Put before the first line ("- ", "[ ] ", "! ").
        prefix: String,
        /// The text.
        text: String,
    },
}

fn para(role: Role, prefix: &str, text: impl Into<String>) -> Block {
    Block::Para { role, prefix: prefix.to_string(), text: text.into() }
}

fn section(blocks: &mut Vec<Block>, heading: String) {
    blocks.push(Block::Blank);
    blocks.push(para(Role::Heading, "", heading));
}

/// What the detail adds beyond the person's view.
#[derive(Debug, Clone, Copy, Default)]
pub struct DetailOptions<'a> {
    /// The social worker's view: the rule, the answers, the amounts with their sources.
    pub worker: bool,
    /// "What would change it", worded (computed when the detail opens).
    pub what_if: &'a [String],
}

/// A right's detail: what it is, its status and why, where to go with every channel, what to
/// say at the counter, documents, amounts, deadline, what it opens, then the conditions in
/// general (long: after what the person needs to act), the worker's view, what would change
/// it, what is still to be confirmed, and the source.
pub fn detail(right: &RightView, i18n: &I18n, options: DetailOptions) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !i18n.is_reference() {
        blocks.push(para(
            Role::Heading,
            "",
            i18n.text("ui-detail-dutch-name", &[("name", right.name_nl.clone().into())]),
        ));
    }
    blocks.push(para(Role::Text, "", right.summary.clone()));
    blocks.push(Block::Blank);
    blocks.push(para(
        Role::Status(right.status),
        "",
        i18n.text("ui-detail-status", &[("status", right.status_name.clone().into())]),
    ));

    section(&mut blocks, i18n.msg("ui-detail-why"));
    blocks.extend(right.reasons.iter().map(|reason| para(Role::Text, "  ", reason.clone())));
    if !right.based_on.is_empty() {
        let answers = right.based_on.join("; ");
        blocks.push(para(Role::Secondary, "  ", i18n.text("ui-detail-based-on", &[("answers", answers.into())])));
    }

    section(&mut blocks, i18n.text("ui-detail-where", &[("office", right.office_name.clone().into())]));
    for channel in &right.channels {
        blocks.push(para(Role::Text, &format!("- {}: ", channel.kind_name), channel.text.clone()));
    }
    if let (Some(counter), Some(dutch)) = (&right.counter, &right.counter_nl) {
        section(&mut blocks, i18n.msg("ui-detail-counter"));
        blocks.push(para(Role::Text, "  ", format!("\"{counter}\"")));
        if !i18n.is_reference() {
            // What to say is Dutch: the counter speaks Dutch.
            let sentence = format!("\"{dutch}\"");
            blocks.push(para(
                Role::Heading,
                "  ",
                i18n.text("ui-detail-counter-dutch", &[("sentence", sentence.into())]),
            ));
        }
    }

    section(&mut blocks, i18n.msg("ui-detail-documents"));
    if right.documents.is_empty() {
        blocks.push(para(Role::Text, "  ", i18n.msg("ui-documents-none")));
    }
    for document in &right.documents {
        blocks.push(para(Role::Text, "- ", document.name.clone()));
        blocks.push(para(Role::Secondary, "  ", document.place.clone()));
    }
    if !right.amounts.is_empty() {
        section(&mut blocks, i18n.msg("ui-detail-amounts"));
        blocks.extend(right.amounts.iter().map(|amount| para(Role::Text, "- ", amount.clone())));
    }
    let opens = Some(right.opens.join(&i18n.msg("ui-list-separator"))).filter(|text| !text.is_empty());
    let extras = [
        (right.deadline.clone(), "ui-detail-deadline"),
        (right.if_missing.clone(), "ui-detail-if-missing"),
        (opens, "ui-detail-opens"),
    ];
    for (text, heading) in extras {
        if let Some(text) = text {
            section(&mut blocks, i18n.msg(heading));
            blocks.push(para(Role::Text, "  ", text));
        }
    }
    if !right.conditions.is_empty() {
        section(&mut blocks, i18n.msg("ui-detail-conditions"));
        blocks.extend(right.conditions.iter().map(|condition| para(Role::Text, "- ", condition.clone())));
    }
    if options.worker {
        section(&mut blocks, i18n.msg("ui-worker-title"));
        blocks.extend(right.worker_lines.iter().map(|line| para(Role::Secondary, "- ", line.clone())));
    }
    if !options.what_if.is_empty() {
        section(&mut blocks, i18n.msg("ui-detail-what-if"));
        let changes = options.what_if.join("; ");
        blocks.push(para(Role::Text, "  ", i18n.text("ui-what-if", &[("changes", changes.into())])));
    }
    if !right.to_confirm.is_empty() {
        section(&mut blocks, i18n.msg("ui-detail-to-confirm"));
        blocks.extend(right.to_confirm.iter().map(|note| para(Role::Warning, "! ", note.clone())));
    }
    section(&mut blocks, i18n.msg("ui-detail-source"));
    blocks.push(para(Role::Secondary, "  ", right.source_text.clone()));
    blocks
}

/// The documents checklist for the visit, by office: each document with the rights that need
/// it and where to get it.
pub fn checklist(view: &ReportView, i18n: &I18n) -> Vec<Block> {
    let mut blocks = vec![para(Role::Secondary, "", i18n.msg("ui-documents-intro"))];
    if view.checklist.is_empty() {
        blocks.push(Block::Blank);
        blocks.push(para(Role::Text, "", i18n.msg("ui-documents-none")));
    }
    for office in &view.checklist {
        section(&mut blocks, office.name.clone());
        let ways: Vec<&str> = office.channels.iter().map(|channel| channel.kind_name.as_str()).collect();
        if !ways.is_empty() {
            let ways = ways.join(&i18n.msg("ui-list-separator"));
            blocks.push(para(
                Role::Secondary,
                "",
                i18n.text("ui-documents-office-channels", &[("channels", ways.into())]),
            ));
        }
        for need in &office.documents {
            blocks.push(para(Role::Text, "[ ] ", need.document.name.clone()));
            blocks.push(para(Role::Secondary, "    ", need.for_text.clone()));
            blocks.push(para(Role::Secondary, "    ", need.where_text.clone()));
        }
    }
    blocks
}
