//! A person's answers: one optional value per fact, indexed like the fact vocabulary. Unanswered
//! and "I don't know" are both unknown to the rules.

use serde::{Deserialize, Serialize};

/// A known value of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Value {
    /// An integer fact.
    Integer(i64),
    /// A yes/no fact.
    YesNo(bool),
    /// A choice fact: the index of the chosen value.
    Choice(u8),
    /// A set fact: a bit per value index; zero is "none of these".
    Set(u64),
}

/// The answer to one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    /// The person gave this value.
    Known(Value),
    /// The person said "I don't know".
    DontKnow,
}

/// All answers of one session, indexed like `Content::facts`. A fact with no entry is
/// unanswered; both unanswered and "I don't know" are unknown to the rules. Two sets of answers
/// are equal when they answer the same facts alike, however many unanswered slots they hold
/// (a session starts with none and grows as it is answered).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Answers {
    answers: Vec<Option<Answer>>,
}

impl Answers {
    /// No answers yet, for a vocabulary of `fact_count` facts.
    pub fn new(fact_count: usize) -> Answers {
        Answers { answers: vec![None; fact_count] }
    }

    /// Records an answer.
    pub fn set(&mut self, fact: usize, answer: Answer) {
        if fact >= self.answers.len() {
            self.answers.resize(fact + 1, None);
        }
        self.answers[fact] = Some(answer);
    }

    /// Forgets an answer.
    pub fn clear(&mut self, fact: usize) {
        if let Some(slot) = self.answers.get_mut(fact) {
            *slot = None;
        }
    }

    /// The answer to a fact, if any.
    pub fn get(&self, fact: usize) -> Option<Answer> {
        self.answers.get(fact).copied().flatten()
    }

    /// The known value of a fact.
    pub fn value(&self, fact: usize) -> Option<&Value> {
        match self.answers.get(fact) {
            Some(Some(Answer::Known(value))) => Some(value),
            _ => None,
        }
    }

    /// Facts with an answer (known or "I don't know"), in vocabulary order.
    pub fn answered(&self) -> impl Iterator<Item = (usize, Answer)> + '_ {
        self.answers.iter().enumerate().filter_map(|(fact, answer)| answer.map(|answer| (fact, answer)))
    }
}

impl PartialEq for Answers {
    fn eq(&self, other: &Answers) -> bool {
        self.answered().eq(other.answered())
    }
}

impl Eq for Answers {}

impl std::hash::Hash for Answers {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for entry in self.answered() {
            entry.hash(state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Answer, Answers, Value};

    #[test]
    fn answers_are_equal_when_they_answer_alike_whatever_their_room() {
        let mut grown = Answers::default();
        let mut sized = Answers::new(26);
        assert_eq!(grown, sized, "two empty sessions are the same household");
        grown.set(3, Answer::Known(Value::YesNo(true)));
        assert_ne!(grown, sized);
        sized.set(3, Answer::Known(Value::YesNo(true)));
        assert_eq!(grown, sized);
        sized.set(4, Answer::DontKnow);
        sized.clear(4);
        assert_eq!(grown, sized, "an answer taken back leaves the same household");
    }
}
