//! Property tests: whatever bytes, TOML or conditions the loader is fed, it answers with
//! diagnostics and never panics or hangs; whatever answers the engine is given, it gives every
//! right an outcome, and an outcome decided on partial answers never changes when more answers
//! come (three-valued evaluation is sound).

use proptest::prelude::*;
use rechtenwijzer_core::content::{self, Content, FactKind};
use rechtenwijzer_core::model::answers::{Answer, Answers, Value};
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::rules::{self, Reason};

fn shipped() -> Content {
    let loaded = content::load(&rechtenwijzer::builtin::content_sources());
    assert!(!loaded.has_errors());
    loaded.content
}

fn load_with(relative: &str, text: String) -> content::Loaded {
    let mut tree = rechtenwijzer::builtin::content_sources();
    tree.insert(relative, text);
    content::load(&tree)
}

const RIGHT_HEAD: &str = "id = \"fuzz\"\nlevel = \"federal\"\noffice = \"ocmw\"\ndocuments = []\nsource = \"https://example.org\"\nchecked = 2026-11-28\notherwise = \"right-fuzz-otherwise\"\n";

fn condition_token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "age",
        "partner",
        "region",
        "receives",
        "income-monthly-net",
        "children",
        "and",
        "or",
        "not",
        "is",
        "in",
        "has",
        "has-any",
        "has-none",
        "(",
        ")",
        "[",
        "]",
        ",",
        "<",
        "<=",
        ">=",
        "==",
        "!=",
        "+",
        "-",
        "*",
        "18",
        "1314.20",
        "99999999999999999999",
        "flanders",
        "leefloon",
        "igo",
        "param(leefloon-cat2)",
        "count(partner)",
        "status(leefloon)",
        "status(fuzz)",
        "status(",
        "param(",
        "already",
        "request",
        "=",
        "é",
        "\\u001b",
    ])
}

fn toml_line() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "id",
        "level",
        "office",
        "documents",
        "opens",
        "source",
        "checked",
        "unverified",
        "otherwise",
        "status",
        "when",
        "reason",
        "x",
    ]);
    let value = prop::sample::select(vec![
        "\"fuzz\"",
        "\"federal\"",
        "\"ocmw\"",
        "[]",
        "[\"aanslagbiljet\"]",
        "2026-11-28",
        "2026-13-45",
        "12",
        "-1",
        "true",
        "\"age >= 18\"",
        "\"request\"",
        "{ a = 1 }",
        "\"\"\"\nage >= 18\"\"\"",
        "'receives has igo'",
        "\"\\u001b[2J\"",
    ]);
    prop_oneof![
        (key, value).prop_map(|(k, v)| format!("{k} = {v}")),
        Just("[[rule]]".to_string()),
        Just("[rule]".to_string()),
        Just("= broken".to_string()),
    ]
}

/// Random answers: `seeds` choose a valid value per fact, `known` which facts are answered.
fn answers_from(content: &Content, seeds: &[u64], known: &[bool]) -> Answers {
    let mut answers = Answers::new(content.facts.len());
    for (index, fact) in content.facts.iter().enumerate() {
        let seed = seeds[index % seeds.len()];
        if !known[index % known.len()] {
            continue;
        }
        let value = match &fact.kind {
            FactKind::Integer { min, max } => {
                let low = min.unwrap_or(0);
                let high = max.unwrap_or(100_000).max(low);
                let span = u64::try_from(high - low).unwrap() + 1;
                Value::Integer(low + i64::try_from(seed % span).unwrap())
            }
            FactKind::YesNo => Value::YesNo(seed.is_multiple_of(2)),
            FactKind::Choice(values) => Value::Choice(u8::try_from(seed % values.len() as u64).unwrap()),
            FactKind::Set(values) => Value::Set(seed & ((1u64 << values.len()) - 1)),
        };
        answers.set(index, Answer::Known(value));
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_in_a_content_file_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), which in 0usize..4) {
        let file = ["rights/fuzz.toml", "facts.toml", "parameters/fuzz.toml", "scenarios/fuzz.toml"][which];
        let loaded = load_with(file, String::from_utf8_lossy(&bytes).into_owned());
        let _ = loaded.has_errors();
    }

    #[test]
    fn arbitrary_toml_never_panics(lines in prop::collection::vec(toml_line(), 0..20)) {
        let loaded = load_with("rights/fuzz.toml", lines.join("\n"));
        let _ = loaded.has_errors();
    }

    #[test]
    fn arbitrary_conditions_give_diagnostics_or_evaluate(tokens in prop::collection::vec(condition_token(), 1..16), seeds in prop::collection::vec(any::<u64>(), 1..8)) {
        let when = tokens.join(" ").replace('"', "'");
        let text = format!("{RIGHT_HEAD}\n[[rule]]\nstatus = \"request\"\nwhen = \"{when}\"\nreason = \"right-fuzz-reason\"\n");
        let loaded = load_with("rights/fuzz.toml", text);
        let content = &loaded.content;
        let answers = answers_from(content, &seeds, &[true, false, true]);
        let evaluation = rules::evaluate(content, &answers, Date::new(2026, 11, 28).unwrap());
        prop_assert_eq!(evaluation.outcomes.len(), content.rights.len());
    }

    #[test]
    fn any_answers_give_every_right_a_consistent_outcome(seeds in prop::collection::vec(any::<u64>(), 1..30), known in prop::collection::vec(any::<bool>(), 1..30), day in 0i64..30_000) {
        let content = shipped();
        let answers = answers_from(&content, &seeds, &known);
        let evaluation = rules::evaluate(&content, &answers, Date::from_days_since_epoch(day));
        prop_assert_eq!(evaluation.outcomes.len(), content.rights.len());
        for outcome in &evaluation.outcomes {
            match outcome.possible.single() {
                Some(status) => prop_assert_eq!(outcome.status, status),
                None => prop_assert_eq!(outcome.status, Status::Unknown),
            }
            prop_assert!(!outcome.reasons.is_empty());
        }
    }

    #[test]
    fn out_of_range_values_never_panic(raw in prop::collection::vec((any::<u8>(), any::<u64>(), any::<i64>()), 0..40)) {
        let content = shipped();
        let mut answers = Answers::new(content.facts.len());
        for (fact, bits, number) in raw {
            let value = match bits % 4 {
                0 => Value::Integer(number),
                1 => Value::YesNo(number % 2 == 0),
                2 => Value::Choice(u8::try_from(bits % 256).unwrap()),
                _ => Value::Set(bits),
            };
            answers.set(usize::from(fact) % (content.facts.len() + 3), Answer::Known(value));
        }
        let evaluation = rules::evaluate(&content, &answers, Date::new(2026, 11, 28).unwrap());
        prop_assert_eq!(evaluation.outcomes.len(), content.rights.len());
    }

    /// The heart of three-valued evaluation: what is decided on partial answers stays decided
    /// whatever the missing answers turn out to be, and an unknown outcome lands on one of the
    /// statuses it said were possible. A right that follows from a right to request stays
    /// unknown with every answer given, like a judgement: the grant of that other right
    /// decides it. Its own rules found it unlikely, which the partial answers must have allowed.
    #[test]
    fn more_answers_never_overturn_a_decided_outcome(seeds in prop::collection::vec(any::<u64>(), 1..30), known in prop::collection::vec(any::<bool>(), 1..30)) {
        let content = shipped();
        let date = Date::new(2026, 11, 28).unwrap();
        let full = rules::evaluate(&content, &answers_from(&content, &seeds, &[true]), date);
        let partial = rules::evaluate(&content, &answers_from(&content, &seeds, &known), date);
        for (index, (before, after)) in partial.outcomes.iter().zip(&full.outcomes).enumerate() {
            let id = &content.rights[index].id;
            if after.reasons.iter().any(|reason| matches!(reason, Reason::FollowsFrom(_))) {
                prop_assert!(before.status == Status::Unknown && before.possible.contains(Status::Unlikely), "{} follows, but was {:?} {:?}", id, before.status, before.possible);
            } else if before.status != Status::Unknown {
                prop_assert_eq!(before.status, after.status, "{} was decided on partial answers", id);
            } else if !before.possible.contains(Status::Unknown) {
                // With every answer given a right can still be unknown between statuses (a limit
                // known only as a lower bound leaves it open): those statuses were possible before.
                if after.status == Status::Unknown {
                    prop_assert!(after.possible.is_subset_of(before.possible), "{}: {:?} not within {:?}", id, after.possible, before.possible);
                } else {
                    prop_assert!(before.possible.contains(after.status), "{}: {:?} not in {:?}", id, after.status, before.possible);
                }
            }
        }
    }
}
