//! One question per screen: the question, a plain help line, how to answer, the numbered
//! options (ticks for a set, a field for a number), and why a typed number was refused.

use rechtenwijzer_core::content::FactKind;
use rechtenwijzer_core::interview::{Choice, choice_label, question_text};
use rechtenwijzer_core::model::cond::value_bit;

use crate::tui::app::{App, InputError};
use crate::tui::view::widgets::{Ctx, Row, blank, option_rows, paragraph, text_rows};

/// The rows of a question.
pub fn rows(app: &App, question: usize, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let content = app.content();
    let definition = &content.questions[question];
    let fact = &content.facts[definition.fact];
    let (text, help) = question_text(content, i18n, app.answers(), question);
    let mut rows = text_rows(paragraph(&text, "", ctx.theme.heading, ctx));
    rows.extend(text_rows(paragraph(&help, "", ctx.theme.secondary, ctx)));
    let instruction = match &fact.kind {
        FactKind::Set(_) => Some("ui-question-several"),
        FactKind::Integer { .. } => Some("ui-question-number"),
        FactKind::YesNo | FactKind::Choice(_) => None,
    };
    if let Some(instruction) = instruction {
        rows.extend(text_rows(paragraph(&i18n.msg(instruction), "", ctx.theme.secondary, ctx)));
    }
    rows.push(blank());
    let integer = matches!(fact.kind, FactKind::Integer { .. });
    let draft = app.draft();
    for (index, choice) in app.choices(question).into_iter().enumerate() {
        let number = (!integer).then_some(index + 1);
        let label = match (choice, &fact.kind) {
            (Choice::Input, _) => format!("[ {}_ ]", draft.input),
            (Choice::Value(value), FactKind::Set(_)) => {
                let ticked = draft.ticked & value_bit(value) != 0;
                format!("[{}] {}", if ticked { "x" } else { " " }, choice_label(content, i18n, question, choice))
            }
            _ => choice_label(content, i18n, question, choice),
        };
        rows.extend(option_rows(&label, number, app.focus() == index, ctx));
    }
    if let Some(error) = draft.error {
        let (min, max) = match fact.kind {
            FactKind::Integer { min, max } => (min.unwrap_or(0), max.unwrap_or(i64::MAX)),
            _ => (0, 0),
        };
        let text = match error {
            InputError::Empty => i18n.msg("ui-number-empty"),
            InputError::OutOfRange => {
                i18n.text("ui-number-range", &[("min", min.to_string().into()), ("max", max.to_string().into())])
            }
        };
        rows.push(blank());
        rows.extend(text_rows(paragraph(&text, &format!("{} ", i18n.msg("ui-error-prefix")), ctx.theme.error, ctx)));
    }
    rows
}
