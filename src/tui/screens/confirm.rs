//! The question before something that cannot be undone (stop, start over: "no" is focused
//! first), and the staff PIN of a kiosk, shown as stars.

use crate::tui::app::Modal;
use crate::tui::view::widgets::{Ctx, Row, blank, option_rows, paragraph, text_rows};

/// The rows of a modal question.
pub fn rows(modal: &Modal, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let (question, yes, no) = match modal {
        Modal::StartOver { .. } => ("ui-start-over-question", "ui-start-over-yes", "ui-start-over-no"),
        Modal::StaffPin { typed } => {
            let mut rows = text_rows(paragraph(&i18n.msg("ui-staff-pin"), "", ctx.theme.heading, ctx));
            rows.push(blank());
            let masked = "*".repeat(typed.chars().count());
            rows.extend(option_rows(&format!("[ {masked}_ ]"), None, true, ctx));
            return rows;
        }
        Modal::Quit { .. } => ("ui-quit-question", "ui-quit-yes", "ui-quit-no"),
    };
    let mut rows = text_rows(paragraph(&i18n.msg(question), "", ctx.theme.heading, ctx));
    rows.push(blank());
    rows.extend(option_rows(&i18n.msg(yes), Some(1), modal.yes_focused(), ctx));
    rows.extend(option_rows(&i18n.msg(no), Some(2), !modal.yes_focused(), ctx));
    rows
}
