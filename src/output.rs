//! What leaves the program besides the screen: the `evaluate` command's text and JSON, and the
//! handout (HTML; PDF for `evaluate --format pdf` and the printer, through `lp`; or saved when the
//! person asks). Each is a renderer over the same `ReportView`.

pub mod html;
pub mod json;
pub mod pdf;
pub mod print;
pub mod text;
