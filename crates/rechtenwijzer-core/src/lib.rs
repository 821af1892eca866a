//! Rechtenwijzer's core: the rules content (loading, checking), the three-valued rule engine,
//! the interview plan, one session model, messages in every language, and the localized report
//! that every renderer reads. No terminal, no command line: those live in the `rechtenwijzer`
//! crate, so the compiler keeps the layers apart.

pub mod check;
pub mod content;
pub mod diagnostic;
pub mod i18n;
pub mod interview;
pub mod model;
pub mod report;
pub mod rules;
pub mod session;
pub mod text;
pub mod whatif;

pub use model::answers::{Answer, Answers, Value};
pub use model::date::Date;
pub use model::status::{Status, StatusSet, Tri};
