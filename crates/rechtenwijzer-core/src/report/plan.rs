//! "Dit eerst": the handout's plan — the steps in order, one per office (which office, what to
//! ask there, the Dutch sentence to say, the documents to bring), then what comes by itself.
//! Built from the localized `ReportView`, so the HTML, text and PDF handouts say the same.

use serde::Serialize;

use super::view::{ReportView, RightView};
use crate::i18n::I18n;
use crate::model::status::Status;

/// The plan, in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// "Dit eerst".
    pub heading: String,
    /// "Doe deze stappen in deze volgorde."; or, with no step, that there is nothing to ask.
    pub intro: String,
    /// The steps, in the order to take them.
    pub steps: Vec<Step>,
    /// The rights that come by themselves or are already received, in one sentence (none when
    /// there are none).
    pub nothing_to_do: Option<String>,
}

/// One step: one office and everything to do there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// 1, 2, 3 …
    pub number: usize,
    /// The office's id.
    pub office_id: String,
    /// "Stap 1: OCMW".
    pub title: String,
    /// "Stap 1: OCMW (vervolg)", atop a page the step goes on to.
    pub continued: String,
    /// How to reach the office first (the first of its channels), when it has one.
    pub how: Option<String>,
    /// What to ask there, one line per right, each with the Dutch sentence for the counter when
    /// the right has one.
    pub asks: Vec<Ask>,
    /// "Neem mee:" and the documents to bring (none: no line).
    pub bring_heading: String,
    /// The documents to bring there, by name (with the Dutch name beside it).
    pub bring: Vec<String>,
}

/// One thing to ask at an office.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ask {
    /// The right's id.
    pub right: String,
    /// "Vraag aan: leefloon".
    pub text: String,
    /// "Zeg aan het loket: “Ik wil een leefloon aanvragen.”" (always the Dutch sentence).
    pub say: Option<String>,
}

/// The statuses a person acts on, in the order the plan takes them: first what to request,
/// then what to ask about, then what an office offers.
const ORDER: [Status; 3] = [Status::Request, Status::Unknown, Status::Proactive];

impl Plan {
    /// The plan of a report.
    pub fn new(view: &ReportView, i18n: &I18n) -> Plan {
        let mut steps: Vec<Step> = Vec::new();
        for status in ORDER {
            for right in view.group(status) {
                let slot = match steps.iter().position(|step| step.office_id == right.office_id) {
                    Some(slot) => slot,
                    None => {
                        steps.push(new_step(view, right, steps.len() + 1, i18n));
                        steps.len() - 1
                    }
                };
                steps[slot].asks.push(ask(right, status, i18n));
            }
        }
        let by_themselves: Vec<String> = [Status::Automatic, Status::Already]
            .into_iter()
            .flat_map(|status| view.group(status))
            .map(|right| right.name.clone())
            .collect();
        let nothing_to_do = (!by_themselves.is_empty()).then(|| {
            i18n.text(
                "ui-plan-by-themselves",
                &[("rights", by_themselves.join(&i18n.msg("ui-plan-list-separator")).into())],
            )
        });
        let intro = if steps.is_empty() { i18n.msg("ui-plan-no-steps") } else { i18n.msg("ui-plan-intro") };
        Plan { heading: i18n.msg("ui-plan-title"), intro, steps, nothing_to_do }
    }
}

fn new_step(view: &ReportView, right: &RightView, number: usize, i18n: &I18n) -> Step {
    let office = view.checklist.iter().find(|office| office.id == right.office_id);
    let arguments = [("number", number.to_string().into()), ("office", right.office_name.clone().into())];
    let title = i18n.text("ui-plan-step", &arguments);
    Step {
        number,
        office_id: right.office_id.clone(),
        continued: i18n.text("ui-plan-step-continued", &arguments),
        title,
        how: right.channels.first().map(|channel| channel.line()),
        asks: Vec::new(),
        bring_heading: i18n.msg("ui-plan-bring"),
        bring: office
            .map(|office| office.documents.iter().map(|need| need.document.name.clone()).collect())
            .unwrap_or_default(),
    }
}

fn ask(right: &RightView, status: Status, i18n: &I18n) -> Ask {
    let id = match status {
        Status::Unknown => "ui-plan-ask-unknown",
        Status::Proactive => "ui-plan-ask-proactive",
        _ => "ui-plan-ask-request",
    };
    Ask {
        right: right.id.clone(),
        text: i18n.text(id, &[("right", right.name_with_dutch.clone().into())]),
        say: right
            .counter_nl
            .as_ref()
            .map(|sentence| i18n.text("ui-plan-say", &[("sentence", format!("\u{201C}{sentence}\u{201D}").into())])),
    }
}
