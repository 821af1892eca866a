//! Comparing two households ("if she moves in with her partner…"): the rights whose status
//! differs between two evaluations of the same content.

use crate::model::status::Status;
use crate::rules::Evaluation;

/// A right whose status differs: (right index, status in A, status in B).
pub type Difference = (usize, Status, Status);

/// The rights whose status differs between A and B, in catalogue order.
pub fn differences(a: &Evaluation, b: &Evaluation) -> Vec<Difference> {
    a.outcomes
        .iter()
        .zip(&b.outcomes)
        .enumerate()
        .filter(|(_, (x, y))| x.status != y.status)
        .map(|(index, (x, y))| (index, x.status, y.status))
        .collect()
}
