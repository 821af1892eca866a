//! One question per screen: the question, a plain help line, how to answer, the numbered
//! options (ticks for a set, a field for a number), and why a typed number was refused.

use rechtenwijzer_core::content::FactKind;
use rechtenwijzer_core::i18n::I18n;
use rechtenwijzer_core::interview::{Choice, choice_label, number, question_text};
use rechtenwijzer_core::model::cond::value_bit;

use crate::tui::app::{App, Draft, InputError};
use ratatui::text::Line;

use crate::tui::view::widgets::{Ctx, Row, blank, kept_rows, option_rows, paragraph, text_rows};

/// The question itself: it stays on screen while the options below it scroll.
pub fn heading(app: &App, question: usize, ctx: &Ctx) -> Vec<Line<'static>> {
    let (text, _) = question_text(app.content(), &ctx.i18n, app.answers(), question);
    paragraph(&text, "", ctx.theme.heading, ctx)
}

/// The rows under the question: help, how to answer, the options, and a refused number's
/// reason right under its field.
pub fn rows(app: &App, question: usize, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let content = app.content();
    let definition = &content.questions[question];
    let fact = &content.facts[definition.fact];
    let (_, help) = question_text(content, i18n, app.answers(), question);
    let mut rows = text_rows(paragraph(&help, "", ctx.theme.secondary, ctx));
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
        let mut option = option_rows(&label, number, app.focus() == index, ctx);
        if choice == Choice::Input {
            // Under the field: why the number was refused, or which number it is read as, on
            // screen with the field whatever the size.
            let spacing = if ctx.large { option.pop() } else { None };
            rows.extend(option);
            rows.extend(field_note(draft, &fact.kind, ctx));
            rows.extend(spacing);
        } else {
            rows.extend(option);
        }
    }
    rows
}

/// The line under a number field: the reason a number was refused, or what a number with
/// separators or cents is read as.
fn field_note(draft: &Draft, kind: &FactKind, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    if let Some(error) = draft.error {
        let text = input_error_text(error, kind, i18n);
        let prefix = format!("      {} ", i18n.msg("ui-error-prefix"));
        return kept_rows(paragraph(&text, &prefix, ctx.theme.error, ctx));
    }
    match number::read(&draft.input) {
        Ok(reading) if reading.normalized => {
            let value = i18n.number(reading.value.saturating_mul(100), 0);
            let text = i18n.text("ui-number-read-as", &[("value", value.into())]);
            kept_rows(paragraph(&text, "      ", ctx.theme.secondary, ctx))
        }
        Ok(_) | Err(_) => Vec::new(),
    }
}

/// Why a typed number was refused, in words.
pub fn input_error_text(error: InputError, kind: &FactKind, i18n: &I18n) -> String {
    let (min, max) = match kind {
        FactKind::Integer { min, max } => (min.unwrap_or(0), max.unwrap_or(i64::MAX)),
        FactKind::YesNo | FactKind::Choice(_) | FactKind::Set(_) => (0, 0),
    };
    match error {
        InputError::Empty => i18n.msg("ui-number-empty"),
        InputError::NotANumber => i18n.msg("ui-number-not-a-number"),
        InputError::Ambiguous => i18n.msg("ui-number-ambiguous"),
        InputError::OutOfRange => {
            i18n.text("ui-number-range", &[("min", min.to_string().into()), ("max", max.to_string().into())])
        }
    }
}
