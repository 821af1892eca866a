//! What the program says about a right (`Status`), the statuses an outcome may still take
//! (`StatusSet`), and three-valued truth (`Tri`) for conditions over partial answers.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

/// Three-valued truth: a condition that needs a missing answer is `Unknown` unless the known
/// answers already decide it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tri {
    /// Certainly false.
    No,
    /// Depends on something we do not know.
    Unknown,
    /// Certainly true.
    Yes,
}

impl std::ops::Not for Tri {
    type Output = Tri;

    /// Kleene negation.
    fn not(self) -> Tri {
        match self {
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
            Tri::Yes => Tri::No,
        }
    }
}

impl Tri {
    /// Kleene conjunction.
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }

    /// Kleene disjunction.
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }

    /// `Yes` or `No`.
    pub fn from_bool(value: bool) -> Tri {
        if value { Tri::Yes } else { Tri::No }
    }
}

/// What the program says about one right for one household. The ids (`automatic`, …) are a
/// public interface: content, scenarios and JSON use them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    EnumIter,
    IntoStaticStr,
    EnumString,
    Serialize,
    Deserialize,
)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The household already receives it.
    Already,
    /// It comes without a request.
    Automatic,
    /// An authority will contact the household; they confirm or sign.
    Proactive,
    /// The household has to apply.
    Request,
    /// Not likely, given the answers.
    Unlikely,
    /// An answer is missing, or a person must judge (the OCMW decides in a conversation).
    Unknown,
}

impl Status {
    /// Every status, in the order results are grouped: what the person most needs to know
    /// first.
    pub const ALL: [Status; 6] =
        [Status::Automatic, Status::Proactive, Status::Request, Status::Already, Status::Unknown, Status::Unlikely];

    /// The id used in content, answers, scenarios and JSON.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The status with this id.
    pub fn from_id(id: &str) -> Option<Status> {
        id.parse().ok()
    }

    /// Every id, in grouping order (for "choose one of" messages).
    pub fn ids() -> Vec<&'static str> {
        Status::ALL.iter().map(|status| status.id()).collect()
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A set of statuses: what a right's outcome may still turn out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
pub struct StatusSet(u8);

impl StatusSet {
    /// The set of the given statuses.
    pub fn of(statuses: &[Status]) -> StatusSet {
        StatusSet(statuses.iter().fold(0, |bits, status| bits | status.bit()))
    }

    /// Adds a status.
    pub fn insert(&mut self, status: Status) {
        self.0 |= status.bit();
    }

    /// Whether the status is in the set.
    pub fn contains(self, status: Status) -> bool {
        self.0 & status.bit() != 0
    }

    /// The one status in the set, if there is exactly one.
    pub fn single(self) -> Option<Status> {
        let mut members = self.iter();
        match (members.next(), members.next()) {
            (Some(status), None) => Some(status),
            _ => None,
        }
    }

    /// The statuses in the set, in grouping order.
    pub fn iter(self) -> impl Iterator<Item = Status> {
        Status::ALL.into_iter().filter(move |status| self.contains(*status))
    }

    /// Whether every status of this set is in `other`.
    pub fn is_subset_of(self, other: StatusSet) -> bool {
        self.0 & !other.0 == 0
    }

    /// Whether the two sets share a status.
    pub fn meets(self, other: StatusSet) -> bool {
        self.0 & other.0 != 0
    }
}

/// Statuses in declaration order, for checks that every variant is covered.
pub fn every_status() -> impl Iterator<Item = Status> {
    Status::iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_order_holds_every_status_once() {
        let mut grouped: Vec<Status> = Status::ALL.to_vec();
        grouped.sort();
        assert_eq!(grouped, every_status().collect::<Vec<_>>());
        for status in every_status() {
            assert_eq!(Status::from_id(status.id()), Some(status));
        }
        assert_eq!(Status::Automatic.id(), "automatic");
        assert_eq!(Status::from_id("automatisch"), None);
    }

    #[test]
    fn status_sets() {
        let set = StatusSet::of(&[Status::Request]);
        assert_eq!(set.single(), Some(Status::Request));
        let mut two = set;
        two.insert(Status::Unlikely);
        assert_eq!(two.single(), None);
        assert!(set.is_subset_of(two) && !two.is_subset_of(set));
        assert_eq!(two.iter().collect::<Vec<_>>(), vec![Status::Request, Status::Unlikely]);
    }
}
