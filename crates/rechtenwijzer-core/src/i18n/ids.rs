//! Message ids: the ones the program's own code uses (checked like content's), and one
//! constructor per family of ids that content defines, used both by the loader (to ask for the
//! message) and by every renderer (to show it), so the two can never spell an id differently.

use crate::content::{ChannelKind, Confidence, Unit};
use crate::model::status::Status;

/// Message ids the program's own code uses (headings, fixed sentences); checked like content's.
pub const CODE_MESSAGES: &[&str] = &[
    "ui-rule-and",
    "ui-rule-or",
    "ui-rule-not",
    "ui-rule-less",
    "ui-rule-less-equal",
    "ui-rule-greater",
    "ui-rule-greater-equal",
    "ui-rule-equal",
    "ui-rule-not-equal",
    "ui-rule-one-of",
    "ui-rule-or-value",
    "ui-rule-count",
    "ui-rule-plus",
    "ui-rule-minus",
    "ui-rule-times",
    "ui-rule-parameter",
    "ui-rule-status",
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
    "ui-reason-follows",
    "ui-reason-limit-not-known",
    "ui-if-missing",
    "ui-deadline",
    "ui-opens",
    "ui-to-confirm",
    "ui-parameter-to-confirm",
    "ui-unreviewed",
    "ui-list-separator",
    "ui-documents-office-channels",
    "ui-language-not-shown",
    "ui-language-cannot-show",
    "ui-with-dutch",
    "ui-amount-euro",
    "ui-amount-euro-month",
    "ui-amount-euro-year",
    "ui-amount-count",
    "ui-amount-years",
    "ui-amount-line",
    "ui-amount-line-to-confirm",
    "ui-amount-line-at-least",
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
    "ui-training-title",
    "ui-worker-on",
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
    "ui-number-not-a-number",
    "ui-number-ambiguous",
    "ui-number-read-as",
    "ui-error-prefix",
    "ui-digit-pending",
    "ui-no-such-number",
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
    "ui-staff-wrong",
    "ui-staff-wait",
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
    "ui-printing",
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
    "ui-worker-parameter-at-least",
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
    "ui-plain-commands-kiosk",
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
    "ui-key-home",
    "ui-key-end",
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
    "ui-action-home",
    "ui-action-end",
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
    // The handout's plan ("Dit eerst") and its pages.
    "ui-plan-title",
    "ui-plan-intro",
    "ui-plan-no-steps",
    "ui-plan-step",
    "ui-plan-step-continued",
    "ui-plan-ask-request",
    "ui-plan-ask-unknown",
    "ui-plan-ask-proactive",
    "ui-plan-say",
    "ui-plan-bring",
    "ui-plan-by-themselves",
    "ui-plan-undecided",
    "ui-plan-answers-first",
    "ui-handout-rights",
    "ui-handout-page",
];

/// Prefixes of message ids that content owns; a Dutch message with such a prefix that no
/// content refers to is probably a typo.
pub const CONTENT_PREFIXES: [&str; 7] = ["fact-", "question-", "document-", "office-", "param-", "right-", "scenario-"];

/// A right's name.
pub fn right(id: &str) -> String {
    format!("right-{id}")
}

/// One plain sentence saying what a right is.
pub fn right_summary(id: &str) -> String {
    format!("right-{id}-summary")
}

/// The sentence to say at the counter.
pub fn right_counter(id: &str) -> String {
    format!("right-{id}-counter")
}

/// What to do when an automatic right does not come.
pub fn right_if_missing(id: &str) -> String {
    format!("right-{id}-if-missing")
}

/// A right's deadline, when it has one.
pub fn right_deadline(id: &str) -> String {
    format!("right-{id}-deadline")
}

/// A fact's short label in reasons ("uw leeftijd").
pub fn fact(id: &str) -> String {
    format!("fact-{id}")
}

/// A value of a choice or set fact.
pub fn fact_value(id: &str, value: &str) -> String {
    format!("fact-{id}-{value}")
}

/// A question.
pub fn question(id: &str) -> String {
    format!("question-{id}")
}

/// The help line under a question.
pub fn question_help(id: &str) -> String {
    format!("question-{id}-help")
}

/// A document's name.
pub fn document(id: &str) -> String {
    format!("document-{id}")
}

/// Where to obtain a document.
pub fn document_where(id: &str) -> String {
    format!("document-{id}-where")
}

/// An office's name.
pub fn office(id: &str) -> String {
    format!("office-{id}")
}

/// How to use one channel of an office.
pub fn office_channel(id: &str, kind: ChannelKind) -> String {
    format!("office-{id}-{}", kind.id())
}

/// A parameter's description (worker view).
pub fn parameter(id: &str) -> String {
    format!("param-{id}")
}

/// A persona's story (training mode).
pub fn scenario_story(id: &str) -> String {
    format!("scenario-{id}-story")
}

/// A status in words ("Komt automatisch").
pub fn status(status: Status) -> String {
    format!("ui-status-{}", status.id())
}

/// The name of a kind of channel ("Bellen").
pub fn channel_kind(kind: ChannelKind) -> String {
    format!("ui-channel-{}", kind.id())
}

/// A confidence in words (worker view).
pub fn confidence(confidence: Confidence) -> String {
    format!("ui-confidence-{}", confidence.id())
}

/// An amount with its unit ("€ 1.314,20 per maand").
pub fn amount(unit: Unit) -> String {
    format!("ui-amount-{}", unit.id())
}

/// A month's name, 1 to 12.
pub fn month(month: u8) -> String {
    format!("ui-month-{month}")
}

/// The file a missing message of this id belongs in, for the help line of `check`, when no
/// message of the same right, document or office exists yet to stand beside.
pub fn suggested_file(id: &str) -> &'static str {
    match id.split('-').next().unwrap_or("") {
        "fact" => "facts.ftl",
        "question" => "questions.ftl",
        "scenario" => "personas.ftl",
        // Content messages live in the file of their theme (content/README.md, "Themes").
        "document" | "office" | "param" | "right" => "<theme>.ftl",
        _ => "ui.ftl",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_family_built_at_run_time_is_listed() {
        let mut ids: Vec<String> = Vec::new();
        ids.extend(Status::iter().map(status));
        ids.extend(ChannelKind::iter().map(channel_kind));
        ids.extend(Confidence::iter().map(confidence));
        ids.extend(Unit::iter().map(amount));
        ids.extend((1..=12).map(month));
        for id in ids {
            assert!(CODE_MESSAGES.contains(&id.as_str()), "`{id}` is not in CODE_MESSAGES");
        }
    }
}
