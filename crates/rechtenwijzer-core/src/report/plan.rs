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
    /// The rights that cannot be judged because answers are missing, in one sentence: they are
    /// no step, since no office can say more than the answers do (none when there are none).
    pub undecided: Option<String>,
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
    /// The documents to bring there for what is asked, by name (with the Dutch name beside it).
    pub bring: Vec<String>,
    /// The same documents, by id.
    pub bring_ids: Vec<String>,
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
        let mut undecided: Vec<String> = Vec::new();
        let mut acts: Vec<(Status, &RightView)> = Vec::new();
        for status in ORDER {
            for right in view.group(status) {
                if status == Status::Unknown && !right.missing.is_empty() {
                    undecided.push(right.name.clone());
                } else {
                    acts.push((status, right));
                }
            }
        }
        // Offices where something is to request come first (then to ask about, then offered);
        // among them, the one where a right that opens the most others is asked leads (the IGO
        // before the VT it brings, both before what follows); then the checklist's order: an
        // office that gives an attest another one needs, then the one with the most to do.
        let first_status = |office: &str| {
            acts.iter()
                .filter(|(_, right)| right.office_id == office)
                .filter_map(|(status, _)| ORDER.iter().position(|s| s == status))
                .min()
                .unwrap_or(ORDER.len())
        };
        let opened_at = |office: &str| {
            acts.iter()
                .filter(|(_, right)| right.office_id == office)
                .map(|(_, right)| right.opens.len())
                .max()
                .unwrap_or(0)
        };
        let rank = |office: &str| view.checklist.iter().position(|o| o.id == office).unwrap_or(usize::MAX);
        let keys: Vec<(usize, std::cmp::Reverse<usize>, usize)> = acts
            .iter()
            .map(|(_, right)| {
                let office = right.office_id.as_str();
                (first_status(office), std::cmp::Reverse(opened_at(office)), rank(office))
            })
            .collect();
        let mut order: Vec<usize> = (0..acts.len()).collect();
        order.sort_by_key(|&index| keys[index]);
        let acts: Vec<(Status, &RightView)> = order.into_iter().map(|index| acts[index]).collect();
        for (status, right) in acts {
            let slot = match steps.iter().position(|step| step.office_id == right.office_id) {
                Some(slot) => slot,
                None => {
                    steps.push(new_step(right, steps.len() + 1, i18n));
                    steps.len() - 1
                }
            };
            steps[slot].asks.push(ask(right, status, i18n));
        }
        // What to bring: the documents of the rights asked for at that office, and no others.
        for step in &mut steps {
            let Some(office) = view.checklist.iter().find(|office| office.id == step.office_id) else { continue };
            for need in &office.documents {
                if need.rights.iter().any(|right| step.asks.iter().any(|ask| &ask.right == right)) {
                    step.bring.push(need.document.name.clone());
                    step.bring_ids.push(need.document.id.clone());
                }
            }
        }
        let separator = i18n.msg("ui-list-separator");
        let by_themselves: Vec<String> = [Status::Automatic, Status::Already]
            .into_iter()
            .flat_map(|status| view.group(status))
            .map(|right| right.name.clone())
            .collect();
        let nothing_to_do = (!by_themselves.is_empty())
            .then(|| i18n.text("ui-plan-by-themselves", &[("rights", by_themselves.join(&separator).into())]));
        let undecided = (!undecided.is_empty())
            .then(|| i18n.text("ui-plan-undecided", &[("rights", undecided.join(&separator).into())]));
        let intro = match (steps.is_empty(), undecided.is_some()) {
            (false, _) => i18n.msg("ui-plan-intro"),
            (true, true) => i18n.msg("ui-plan-answers-first"),
            (true, false) => i18n.msg("ui-plan-no-steps"),
        };
        Plan { heading: i18n.msg("ui-plan-title"), intro, steps, nothing_to_do, undecided }
    }
}

fn new_step(right: &RightView, number: usize, i18n: &I18n) -> Step {
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
        bring: Vec::new(),
        bring_ids: Vec::new(),
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
