//! The plain data every other part shares and none of them owns: answers, dates, statuses and
//! three-valued truth, and resolved conditions. No module here imports another part of the
//! crate, so content, rules and reports can all build on it without an import circle.

pub mod answers;
pub mod cond;
pub mod date;
pub mod status;
