//! The rule engine on small, hand-made content: dated parameters, the order of rules under
//! unknown answers, judgements, dependency chains and cycles.

use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::content::{self, Content};
use rechtenwijzer_core::model::answers::{Answer, Answers, Value};
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::rules::{self, Reason};

const FACTS: &str = r#"
[[fact]]
id = "age"
type = "integer"
min = 0
max = 120

[[fact]]
id = "income"
type = "integer"

[[fact]]
id = "partner"
type = "yes-no"

[[fact]]
id = "region"
type = "choice"
values = ["flanders", "brussels"]

[[fact]]
id = "receives"
type = "set"
values = ["leefloon", "igo"]
"#;

const BASE: [(&str, &str); 4] = [
    ("facts.toml", FACTS),
    ("questions.toml", ""),
    ("documents.toml", "[[document]]\nid = \"id-card\"\n"),
    ("offices.toml", "[[office]]\nid = \"ocmw\"\nchannels = [{ kind = \"in-person\" }]\n"),
];

const LIMIT: &str = r#"
[[parameter]]
id = "limit"
unit = "euro-month"

[[parameter.value]]
valid-from = 2024-01-01
amount = 1000
source = "https://example.org/limit-2024"
checked = 2026-11-28
confidence = "verified"

[[parameter.value]]
valid-from = 2025-01-01
amount = 1200.50
source = "https://example.org/limit-2025"
checked = 2026-11-28
confidence = "third-party"
"#;

/// A right file with the given rules (`(status, when)` pairs).
fn right(id: &str, rules: &[(&str, &str)]) -> String {
    let mut text = format!(
        "id = \"{id}\"\nlevel = \"federal\"\noffice = \"ocmw\"\ndocuments = []\nsource = \"https://example.org\"\nchecked = 2026-11-28\notherwise = \"right-{id}-otherwise\"\n"
    );
    for (index, (status, when)) in rules.iter().enumerate() {
        text.push_str(&format!(
            "\n[[rule]]\nstatus = \"{status}\"\nwhen = \"{when}\"\nreason = \"right-{id}-reason-{index}\"\n"
        ));
    }
    text
}

fn tree(rights: &[(&str, String)]) -> SourceTree {
    let mut tree = SourceTree { root: "content".into(), files: Vec::new() };
    for (path, text) in BASE {
        tree.insert(path, text.to_string());
    }
    tree.insert("parameters/limit.toml", LIMIT.to_string());
    for (id, text) in rights {
        tree.insert(&format!("rights/{id}.toml"), text.clone());
    }
    tree
}

fn load(rights: &[(&str, String)]) -> Content {
    let loaded = content::load(&tree(rights));
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    loaded.content
}

fn answers(content: &Content, given: &[(&str, Value)]) -> Answers {
    let mut answers = Answers::new(content.facts.len());
    for (fact, value) in given {
        answers.set(content.fact_index(fact).unwrap(), Answer::Known(*value));
    }
    answers
}

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn status(content: &Content, answers: &Answers, date: &str, right: &str) -> Status {
    rules::evaluate(content, answers, day(date)).outcomes[content.right_index(right).unwrap()].status
}

#[test]
fn a_parameter_uses_the_value_in_force_on_the_day() {
    let content = load(&[("help", right("help", &[("request", "income <= param(limit)")]))]);
    let income = |euro| answers(&content, &[("income", Value::Integer(euro))]);
    // 1100 is above the 2024 limit (1000) and below the 2025 one (1200.50).
    assert_eq!(status(&content, &income(1100), "2024-12-31", "help"), Status::Unlikely);
    assert_eq!(status(&content, &income(1100), "2025-01-01", "help"), Status::Request);
    // Cents count: 1200 is within 1200.50, 1201 is not.
    assert_eq!(status(&content, &income(1200), "2026-11-28", "help"), Status::Request);
    assert_eq!(status(&content, &income(1201), "2026-11-28", "help"), Status::Unlikely);
    // Before the first value the limit is unknown, and so is the right: never "unlikely".
    let evaluation = rules::evaluate(&content, &income(1100), day("2023-12-31"));
    assert_eq!(evaluation.outcomes[0].status, Status::Unknown);
    assert!(evaluation.outcomes[0].reasons.contains(&Reason::MissingParameter(0)));
}

#[test]
fn a_missing_answer_gives_unknown_never_unlikely() {
    let content = load(&[("help", right("help", &[("request", "age >= 18 and income <= param(limit)")]))]);
    let evaluation = rules::evaluate(&content, &answers(&content, &[("age", Value::Integer(30))]), day("2026-11-28"));
    let outcome = &evaluation.outcomes[0];
    assert_eq!(outcome.status, Status::Unknown);
    assert_eq!(outcome.missing, vec![content.fact_index("income").unwrap()]);
    assert_eq!(outcome.reasons[0], Reason::MissingAnswers);
    // A known answer that already decides the rule makes the missing one irrelevant.
    let minor = answers(&content, &[("age", Value::Integer(15))]);
    let outcome = &rules::evaluate(&content, &minor, day("2026-11-28")).outcomes[0];
    assert_eq!((outcome.status, outcome.missing.is_empty()), (Status::Unlikely, true));
    assert_eq!(outcome.facts, vec![content.fact_index("age").unwrap()]);
}

#[test]
fn rules_apply_in_order_and_an_undecided_rule_only_matters_if_it_would_change_the_status() {
    let rules = [("automatic", "receives has igo"), ("request", "income <= param(limit)"), ("request", "age >= 65")];
    let content = load(&[("help", right("help", &rules))]);
    let on = "2026-11-28";
    // receives unknown, income low: automatic or request, so unknown.
    assert_eq!(status(&content, &answers(&content, &[("income", Value::Integer(500))]), on, "help"), Status::Unknown);
    // receives known without igo: request.
    let known = answers(&content, &[("income", Value::Integer(500)), ("receives", Value::Set(0))]);
    assert_eq!(status(&content, &known, on, "help"), Status::Request);
    // income unknown but age decides the same status as the undecided income rule: request.
    let same = answers(&content, &[("age", Value::Integer(70)), ("receives", Value::Set(0))]);
    assert_eq!(status(&content, &same, on, "help"), Status::Request);
    // The first rule that holds wins over later ones.
    let igo = answers(&content, &[("receives", Value::Set(0b10)), ("income", Value::Integer(500))]);
    let evaluation = rules::evaluate(&content, &igo, day(on));
    assert_eq!((evaluation.outcomes[0].status, evaluation.outcomes[0].decided_by), (Status::Automatic, Some(0)));
    assert_eq!(evaluation.outcomes[0].reasons, vec![Reason::Rule(0)]);
}

#[test]
fn a_judgement_rule_gives_unknown_with_its_reason() {
    let rules = [("request", "income <= param(limit)"), ("unknown", "partner")];
    let content = load(&[("help", right("help", &rules))]);
    let given = answers(&content, &[("income", Value::Integer(5000)), ("partner", Value::YesNo(true))]);
    let outcome = &rules::evaluate(&content, &given, day("2026-11-28")).outcomes[0];
    assert_eq!((outcome.status, outcome.reasons.clone()), (Status::Unknown, vec![Reason::Rule(1)]));
}

#[test]
fn outcomes_flow_along_dependency_chains() {
    // base -> middle -> top, written in files whose names sort the other way round.
    let content = load(&[
        ("a-top", right("a-top", &[("automatic", "status(b-middle) in [already, automatic]")])),
        ("b-middle", right("b-middle", &[("automatic", "status(c-base) is request")])),
        ("c-base", right("c-base", &[("request", "income <= param(limit)")])),
    ]);
    let order: Vec<&str> = content.evaluation_order.iter().map(|&i| content.rights[i].id.as_str()).collect();
    assert_eq!(order, vec!["c-base", "b-middle", "a-top"]);
    let on = "2026-11-28";
    let low = answers(&content, &[("income", Value::Integer(100))]);
    assert_eq!(status(&content, &low, on, "a-top"), Status::Automatic);
    let high = answers(&content, &[("income", Value::Integer(9000))]);
    assert_eq!(status(&content, &high, on, "a-top"), Status::Unlikely);
    // Unknown at the base travels up the chain, with the answer that would decide it.
    let evaluation = rules::evaluate(&content, &answers(&content, &[]), day(on));
    let top = &evaluation.outcomes[content.right_index("a-top").unwrap()];
    assert_eq!(top.status, Status::Unknown);
    assert_eq!(top.missing, vec![content.fact_index("income").unwrap()]);
}

#[test]
fn dependency_cycles_are_content_errors() {
    let loaded = content::load(&tree(&[
        ("one", right("one", &[("request", "status(two) is request")])),
        ("two", right("two", &[("request", "status(three) is request")])),
        ("three", right("three", &[("request", "status(one) is automatic")])),
        ("self", right("self", &[("request", "status(self) is request")])),
    ]));
    let cycles: Vec<&str> =
        loaded.diagnostics.iter().filter(|d| d.code == "dependency-cycle").map(|d| d.message.as_str()).collect();
    assert_eq!(
        cycles,
        vec![
            "rights depend on each other in a circle: one → two → three → one",
            "rights depend on each other in a circle: self → self"
        ]
    );
    // Evaluation of broken content still terminates, and every right gets an outcome.
    let evaluation = rules::evaluate(&loaded.content, &Answers::new(loaded.content.facts.len()), day("2026-11-28"));
    assert_eq!(evaluation.outcomes.len(), 4);
}

#[test]
fn arithmetic_and_counts() {
    let rule = [("request", "income * 12 <= param(limit) * 10 + 500 * count(partner) - 0.50")];
    let content = load(&[("help", right("help", &rule))]);
    let on = "2026-11-28"; // limit 1200.50: 12005.00 + 500 with a partner, minus 0.50
    let case =
        |income, partner| answers(&content, &[("income", Value::Integer(income)), ("partner", Value::YesNo(partner))]);
    assert_eq!(status(&content, &case(1000, false), on, "help"), Status::Request); // 12000 <= 12004.50
    assert_eq!(status(&content, &case(1001, false), on, "help"), Status::Unlikely); // 12012 > 12004.50
    assert_eq!(status(&content, &case(1001, true), on, "help"), Status::Request); // 12012 <= 12504.50
}
