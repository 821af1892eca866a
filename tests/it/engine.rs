//! The rule engine on small, hand-made content: dated parameters, the order of rules under
//! unknown answers, judgements, dependency chains and cycles, rights that follow from a right
//! the person is told to request, questions asked only when they can apply, and limits whose
//! newest value is not known yet.

use rechtenwijzer_core::check;
use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::content::{self, Content};
use rechtenwijzer_core::i18n::{self, I18n};
use rechtenwijzer_core::interview::Plan;
use rechtenwijzer_core::model::answers::{Answer, Answers, Value};
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::model::status::{Status, StatusSet};
use rechtenwijzer_core::report::{Report, needs_action};
use rechtenwijzer_core::rules::{self, Reason};
use rechtenwijzer_core::whatif::{self, Change};

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

[[fact]]
id = "children"
type = "integer"
min = 0
max = 20

[[fact]]
id = "childcare"
type = "yes-no"
"#;

const QUESTIONS: &str = r#"
[[question]]
id = "age"
fact = "age"

[[question]]
id = "income"
fact = "income"

[[question]]
id = "partner"
fact = "partner"

[[question]]
id = "region"
fact = "region"

[[question]]
id = "receives"
fact = "receives"
"#;

const BASE: [(&str, &str); 4] = [
    ("facts.toml", FACTS),
    ("questions.toml", QUESTIONS),
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

/// A right file like `right`, that opens the rights `opens` and needs the document `id-card`.
fn right_opening(id: &str, opens: &[&str], rules: &[(&str, &str)]) -> String {
    let opens: Vec<String> = opens.iter().map(|id| format!("\"{id}\"")).collect();
    right(id, rules).replace("documents = []", &format!("documents = [\"id-card\"]\nopens = [{}]", opens.join(", ")))
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

/// Pensioners: the IGO is to request when the income is low, automatic for `receives has
/// leefloon` (a stand-in for "granted without a request"), and the water tariff comes
/// automatically with the IGO. The ids are those of the shipped catalogue, so that the shipped
/// messages name them.
fn pensioners(igo_opens: &[&str], extra: &[(&str, String)]) -> Content {
    let mut rights = vec![
        (
            "igo",
            right_opening(
                "igo",
                igo_opens,
                &[("automatic", "receives has leefloon"), ("request", "age >= 65 and income <= param(limit)")],
            ),
        ),
        ("sociaal-tarief-water", right_opening("sociaal-tarief-water", &[], &[("automatic", "receives has igo")])),
    ];
    rights.extend(extra.iter().cloned());
    load(&rights)
}

fn pensioner(content: &Content, income: i64, receives: u64) -> Answers {
    answers(
        content,
        &[("age", Value::Integer(70)), ("income", Value::Integer(income)), ("receives", Value::Set(receives))],
    )
}

fn dutch() -> i18n::Locales {
    let (locales, problems) = i18n::load(&rechtenwijzer::builtin::locale_sources());
    assert!(problems.is_empty(), "{problems:?}");
    locales
}

#[test]
fn a_right_opened_by_one_to_request_follows_from_it() {
    let content = pensioners(&["sociaal-tarief-water"], &[]);
    let (igo, water) = (content.right_index("igo").unwrap(), content.right_index("sociaal-tarief-water").unwrap());
    let on = day("2026-11-28");
    let evaluation = rules::evaluate(&content, &pensioner(&content, 900, 0), on);
    assert_eq!(evaluation.outcomes[igo].status, Status::Request);
    let outcome = &evaluation.outcomes[water];
    assert_eq!(outcome.status, Status::Unknown);
    assert_eq!(outcome.possible, StatusSet::of(&[Status::Automatic, Status::Unlikely]));
    assert_eq!((outcome.decided_by, outcome.reasons.clone()), (None, vec![Reason::FollowsFrom(igo)]));
    assert!(outcome.missing.is_empty(), "nothing more to ask: {:?}", outcome.missing);
    // The reason is worded with the right to request; nothing of the water tariff is to bring.
    let locales = dutch();
    let nl = I18n::new(&locales, "nl").unwrap();
    let report = Report::new(&content, &evaluation, &pensioner(&content, 900, 0));
    assert_eq!(
        report.reasons(water, &nl),
        vec![
            "Dit komt vanzelf zodra u Inkomensgarantie voor ouderen (IGO) krijgt. Vraag dus eerst Inkomensgarantie \
             voor ouderen (IGO) aan."
        ]
    );
    assert!(!needs_action(outcome));
    assert!(report.documents.iter().all(|need| !need.rights.contains(&water)), "{:?}", report.documents);
    assert!(report.documents.iter().any(|need| need.rights.contains(&igo)));
    // A right that its own rules never make automatic "can be had" once the other is.
    let request_only = pensioners(
        &["sociaal-tarief-water", "uitpas-kansentarief"],
        &[("uitpas-kansentarief", right_opening("uitpas-kansentarief", &[], &[("request", "receives has igo")]))],
    );
    let evaluation = rules::evaluate(&request_only, &pensioner(&request_only, 900, 0), on);
    let uitpas = request_only.right_index("uitpas-kansentarief").unwrap();
    assert_eq!(
        Report::new(&request_only, &evaluation, &pensioner(&request_only, 900, 0)).reasons(uitpas, &nl),
        vec![
            "Dit kunt u krijgen zodra u Inkomensgarantie voor ouderen (IGO) krijgt. Vraag dus eerst \
             Inkomensgarantie voor ouderen (IGO) aan."
        ]
    );
    // The interview asks what it asked without the link: the water tariff adds no question.
    let unlinked = pensioners(&[], &[]);
    let partial = answers(&content, &[("age", Value::Integer(70)), ("receives", Value::Set(0))]);
    assert_eq!(Plan::new(&content, &partial, on), Plan::new(&unlinked, &partial, on));
    assert!(rules::evaluate(&content, &partial, on).outcomes[water].missing.is_empty());
}

#[test]
fn only_a_right_that_may_be_requested_lifts_what_it_opens() {
    let content = pensioners(&["sociaal-tarief-water"], &[]);
    let water = content.right_index("sociaal-tarief-water").unwrap();
    let on = "2026-11-28";
    // The IGO comes automatically: the water tariff's own rules decide (here: unlikely, since
    // the answers do not say the IGO is received).
    let automatic = pensioner(&content, 900, 0b1);
    let evaluation = rules::evaluate(&content, &automatic, day(on));
    assert_eq!(evaluation.outcomes[content.right_index("igo").unwrap()].status, Status::Automatic);
    assert_eq!(
        (evaluation.outcomes[water].status, evaluation.outcomes[water].reasons.clone()),
        (Status::Unlikely, vec![Reason::Otherwise])
    );
    // The IGO is unlikely (income too high): so is the water tariff.
    let evaluation = rules::evaluate(&content, &pensioner(&content, 5000, 0), day(on));
    assert_eq!(evaluation.outcomes[content.right_index("igo").unwrap()].status, Status::Unlikely);
    assert_eq!(
        (evaluation.outcomes[water].status, evaluation.outcomes[water].reasons.clone()),
        (Status::Unlikely, vec![Reason::Otherwise])
    );
    // The IGO may still be to request (the income is not known): the water tariff follows.
    let unknown = answers(&content, &[("age", Value::Integer(70)), ("receives", Value::Set(0))]);
    let evaluation = rules::evaluate(&content, &unknown, day(on));
    assert_eq!(evaluation.outcomes[content.right_index("igo").unwrap()].status, Status::Unknown);
    assert_eq!(evaluation.outcomes[water].reasons, vec![Reason::FollowsFrom(content.right_index("igo").unwrap())]);
    assert_eq!(status(&content, &unknown, on, "sociaal-tarief-water"), Status::Unknown);
}

#[test]
fn a_right_that_its_own_rules_decide_is_not_lifted() {
    // Its own rule gives `request` (a partner): that stays. An explicit `unlikely` rule (it
    // lives in Brussels) is a decision too, and stays.
    let water = right_opening(
        "sociaal-tarief-water",
        &[],
        &[("unlikely", "region is brussels"), ("automatic", "receives has igo"), ("request", "partner")],
    );
    let content = load(&[
        ("igo", right_opening("igo", &["sociaal-tarief-water"], &[("request", "income <= param(limit)")])),
        ("sociaal-tarief-water", water),
    ]);
    let index = content.right_index("sociaal-tarief-water").unwrap();
    let base = [("income", Value::Integer(900)), ("receives", Value::Set(0)), ("region", Value::Choice(0))];
    let with = |extra: (&str, Value)| {
        let mut given = base.to_vec();
        given.push(extra);
        let answers = answers(&content, &given);
        rules::evaluate(&content, &answers, day("2026-11-28")).outcomes[index].clone()
    };
    let partner = with(("partner", Value::YesNo(true)));
    assert_eq!((partner.status, partner.reasons), (Status::Request, vec![Reason::Rule(2)]));
    let alone = with(("partner", Value::YesNo(false)));
    assert_eq!(alone.reasons, vec![Reason::FollowsFrom(content.right_index("igo").unwrap())]);
    let mut brussels = base.to_vec();
    brussels[2] = ("region", Value::Choice(1));
    let outcome = &rules::evaluate(&content, &answers(&content, &brussels), day("2026-11-28")).outcomes[index];
    assert_eq!((outcome.status, outcome.reasons.clone()), (Status::Unlikely, vec![Reason::Rule(0)]));
}

#[test]
fn rights_follow_along_a_chain_and_name_the_right_to_request_first() {
    // igo (request) opens verhoogde-tegemoetkoming, which opens maximumfactuur.
    let content = pensioners(
        &["verhoogde-tegemoetkoming"],
        &[
            (
                "verhoogde-tegemoetkoming",
                right_opening("verhoogde-tegemoetkoming", &["maximumfactuur"], &[("automatic", "receives has igo")]),
            ),
            (
                "maximumfactuur",
                right_opening("maximumfactuur", &[], &[("automatic", "status(verhoogde-tegemoetkoming) is automatic")]),
            ),
        ],
    );
    let index = |id| content.right_index(id).unwrap();
    let evaluation = rules::evaluate(&content, &pensioner(&content, 900, 0), day("2026-11-28"));
    let vt = &evaluation.outcomes[index("verhoogde-tegemoetkoming")];
    let maf = &evaluation.outcomes[index("maximumfactuur")];
    assert_eq!((vt.status, vt.reasons.clone()), (Status::Unknown, vec![Reason::FollowsFrom(index("igo"))]));
    assert_eq!(
        (maf.status, maf.reasons.clone()),
        (Status::Unknown, vec![Reason::FollowsFrom(index("verhoogde-tegemoetkoming"))])
    );
    let locales = dutch();
    let nl = I18n::new(&locales, "nl").unwrap();
    let report = Report::new(&content, &evaluation, &pensioner(&content, 900, 0));
    assert_eq!(report.first_to_request(index("verhoogde-tegemoetkoming")), index("igo"));
    assert_eq!(
        report.reasons(index("maximumfactuur"), &nl),
        vec![
            "Dit komt vanzelf zodra u Verhoogde tegemoetkoming krijgt. Vraag dus eerst Inkomensgarantie voor \
             ouderen (IGO) aan."
        ]
    );
    assert!(report.documents.iter().all(|need| need.rights == vec![index("igo")]), "{:?}", report.documents);
    // The water tariff is opened by nothing here: it stays unlikely.
    assert_eq!(evaluation.outcomes[index("sociaal-tarief-water")].status, Status::Unlikely);
}

#[test]
fn the_right_named_is_one_decided_to_request_before_one_that_only_might_be() {
    // Two rights open the water tariff: `a-unknown` (its income rule cannot be decided) comes
    // first in the catalogue, the IGO (decided: request) after it.
    let content = pensioners(
        &["sociaal-tarief-water"],
        &[("a-unknown", right_opening("a-unknown", &["sociaal-tarief-water"], &[("request", "partner")]))],
    );
    let index = |id| content.right_index(id).unwrap();
    assert!(index("a-unknown") < index("igo"));
    let evaluation = rules::evaluate(&content, &pensioner(&content, 900, 0), day("2026-11-28"));
    assert_eq!(evaluation.outcomes[index("a-unknown")].status, Status::Unknown);
    assert_eq!(evaluation.outcomes[index("sociaal-tarief-water")].reasons, vec![Reason::FollowsFrom(index("igo"))]);
    // Without the IGO to request, the one that might be is named.
    let evaluation = rules::evaluate(&content, &pensioner(&content, 5000, 0), day("2026-11-28"));
    assert_eq!(
        evaluation.outcomes[index("sociaal-tarief-water")].reasons,
        vec![Reason::FollowsFrom(index("a-unknown"))]
    );
}

/// Children, then whether a child goes to childcare (only when there are children); a right
/// that needs both the childcare answer and the income.
fn childcare_content(when: &str) -> (SourceTree, Content) {
    let mut tree = tree(&[("care", right("care", &[("request", "childcare and income <= param(limit)")]))]);
    let questions = format!(
        "[[question]]\nid = \"children\"\nfact = \"children\"\n\n[[question]]\nid = \"childcare\"\nfact = \"childcare\"\nwhen = \"{when}\"\n"
    );
    tree.insert("questions.toml", questions);
    let loaded = content::load(&tree);
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    (tree, loaded.content)
}

#[test]
fn a_question_is_asked_only_while_its_condition_is_not_known_to_be_false() {
    let (_, content) = childcare_content("children >= 1");
    let childcare = content.questions.iter().position(|q| q.id == "childcare").unwrap();
    let plan = |given: &[(&str, Value)]| Plan::new(&content, &answers(&content, given), day("2026-11-28"));
    let income = ("income", Value::Integer(500));
    // No children: the childcare question cannot apply and is not asked, though the right
    // still needs its answer.
    let none = plan(&[income, ("children", Value::Integer(0))]);
    assert!(!none.pending.contains(&childcare) && !none.sequence.contains(&childcare), "{none:?}");
    // Unknown (not yet answered, or "I don't know"): asked. One child or more: asked.
    assert!(plan(&[income]).pending.contains(&childcare));
    let mut dont_know = answers(&content, &[income]);
    dont_know.set(content.fact_index("children").unwrap(), Answer::DontKnow);
    assert!(Plan::new(&content, &dont_know, day("2026-11-28")).pending.contains(&childcare));
    for count in [1, 3] {
        assert!(plan(&[income, ("children", Value::Integer(count))]).pending.contains(&childcare), "{count}");
    }
    // An answer already given stays in the sequence (to be seen and changed), but is not
    // asked again.
    let answered = plan(&[income, ("children", Value::Integer(0)), ("childcare", Value::YesNo(true))]);
    assert!(answered.sequence.contains(&childcare) && !answered.pending.contains(&childcare));
    // Kleene: a condition that is unknown for one part and true for another is true.
    let (_, content) = childcare_content("children >= 1 or partner");
    let childcare = content.questions.iter().position(|q| q.id == "childcare").unwrap();
    let given = answers(&content, &[income, ("children", Value::Integer(0)), ("partner", Value::YesNo(true))]);
    assert!(Plan::new(&content, &given, day("2026-11-28")).pending.contains(&childcare));
    let given = answers(&content, &[income, ("children", Value::Integer(0))]);
    assert!(Plan::new(&content, &given, day("2026-11-28")).pending.contains(&childcare), "partner unknown");
}

#[test]
fn a_question_condition_with_an_error_is_reported_where_it_is_written() {
    let mut tree = tree(&[]);
    tree.insert(
        "questions.toml",
        "[[question]]\nid = \"childcare\"\nfact = \"childcare\"\nwhen = \"childern >= 1 and param(limit) > 0\"\n"
            .to_string(),
    );
    let loaded = content::load(&tree);
    let problems: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!((problems[0].code, problems[0].file.as_str()), ("unknown-fact", "content/questions.toml"));
    let text = &tree.get("questions.toml").unwrap().text;
    let span = problems[0].span.clone().unwrap();
    assert_eq!(&text[span.clone()], "childern");
    assert_eq!(rechtenwijzer_core::diagnostic::line_column(text, span.start), (4, 9));
    assert_eq!(problems[0].help.as_deref(), Some("did you mean `children`?"));
}

/// A schooltoeslag-like limit found only for 2020-21, which only rises, and an amount known
/// only for 2020 that may also fall.
const OLD_LIMITS: &str = r#"
[[parameter]]
id = "school-limit"
unit = "euro-year"
rises = true

[[parameter.value]]
valid-from = 2020-09-01
until = 2021-08-31
amount = 20000
source = "https://example.org/school-2020"
checked = 2026-11-28
confidence = "verified-old"

[[parameter]]
id = "old-amount"
unit = "euro-month"

[[parameter.value]]
valid-from = 2020-01-01
until = 2020-12-31
amount = 500
source = "https://example.org/old-2020"
checked = 2026-11-28
confidence = "verified"
"#;

fn old_limits_tree(rights: &[(&str, String)]) -> SourceTree {
    let mut tree = tree(rights);
    tree.insert("parameters/old.toml", OLD_LIMITS.to_string());
    tree
}

fn load_old_limits(rights: &[(&str, String)]) -> Content {
    let loaded = content::load(&old_limits_tree(rights));
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    loaded.content
}

#[test]
fn a_limit_known_only_as_a_lower_bound_decides_far_from_it_and_says_so_near_it() {
    let content = load_old_limits(&[("school", right("school", &[("request", "income <= param(school-limit)")]))]);
    let limit = content.parameters.iter().position(|p| p.id == "school-limit").unwrap();
    let outcome = |income: i64, date: &str| {
        rules::evaluate(&content, &answers(&content, &[("income", Value::Integer(income))]), day(date)).outcomes[0]
            .clone()
    };
    // While the value is known, it decides as any other.
    assert_eq!(outcome(25_000, "2021-06-01").status, Status::Unlikely);
    assert_eq!(outcome(15_000, "2021-08-31").status, Status::Request);
    // Later it is at least 20000: far below is decided…
    let far_below = outcome(5_000, "2026-11-28");
    assert_eq!((far_below.status, far_below.reasons), (Status::Request, vec![Reason::Rule(0)]));
    // …and so is far above (more than ten times the last known limit)…
    assert_eq!(outcome(500_000, "2026-11-28").status, Status::Unlikely);
    // …but above the old limit, the new one decides: unknown, with no answer to ask for.
    let above = outcome(25_000, "2026-11-28");
    assert_eq!(above.status, Status::Unknown);
    assert_eq!(above.possible, StatusSet::of(&[Status::Request, Status::Unlikely]));
    assert_eq!(above.reasons, vec![Reason::LimitNotKnown(limit), Reason::Possible]);
    assert!(above.missing.is_empty());
    // Worded for the person and for the social worker.
    let locales = dutch();
    let nl = I18n::new(&locales, "nl").unwrap();
    let answers = answers(&content, &[("income", Value::Integer(25_000))]);
    let evaluation = rules::evaluate(&content, &answers, day("2026-11-28"));
    let report = Report::new(&content, &evaluation, &answers);
    let reasons = report.reasons(0, &nl);
    assert!(reasons[0].starts_with("De grens van nu is nog niet bekend: "), "{reasons:?}");
    assert!(
        reasons[0].contains("minstens €\u{a0}20.000,00 per jaar") && reasons[0].contains("1 september 2020"),
        "{reasons:?}"
    );
    let amounts = report.amounts(0, &nl);
    assert!(amounts.len() == 1 && amounts[0].contains(": minstens €\u{a0}20.000,00 per jaar"), "{amounts:?}");
    let worker = report.worker_lines(0, &answers, &nl).join("\n");
    assert!(
        worker.contains("school-limit = minstens €\u{a0}20.000,00 per jaar") && worker.contains("31 augustus 2021"),
        "{worker}"
    );
    // "What would change it" reasons with the last known value.
    let change = whatif::smallest_change(&content, &answers, day("2026-11-28"), 0);
    assert_eq!(change, Some(vec![Change::AtMost(content.fact_index("income").unwrap(), 20_000)]));
}

#[test]
fn a_limit_that_only_rises_may_be_added_to_and_multiplied_by_what_is_never_negative() {
    let rules = [("request", "income * 12 <= param(school-limit) * children + param(limit) - 100")];
    let content = load_old_limits(&[("school", right("school", &rules))]);
    let case = |income, children| {
        let given = answers(&content, &[("income", Value::Integer(income)), ("children", Value::Integer(children))]);
        rules::evaluate(&content, &given, day("2026-11-28")).outcomes[0].clone()
    };
    // 12 * 3000 = 36000 <= 2 * 20000 + 1200.50 - 100: decided whatever the new limit.
    assert_eq!(case(3_000, 2).status, Status::Request);
    // 12 * 3500 = 42000 > 41100.50 at the old limit, but not at a higher one.
    assert_eq!(case(3_500, 2).status, Status::Unknown);
    // No children: the limit counts for nothing, so nothing is unknown.
    assert_eq!(case(3_500, 0).status, Status::Unlikely);
}

#[test]
fn a_value_that_may_fall_is_missing_past_its_until() {
    let content = load_old_limits(&[("help", right("help", &[("request", "income <= param(old-amount)")]))]);
    let amount = content.parameters.iter().position(|p| p.id == "old-amount").unwrap();
    let given = answers(&content, &[("income", Value::Integer(100))]);
    assert_eq!(status(&content, &given, "2020-12-31", "help"), Status::Request);
    let outcome = &rules::evaluate(&content, &given, day("2021-01-01")).outcomes[0];
    assert_eq!(outcome.status, Status::Unknown);
    assert_eq!(outcome.reasons, vec![Reason::MissingParameter(amount), Reason::Possible]);
    assert_eq!(content.parameters[amount].value_on(day("2021-01-01")), None);
}

#[test]
fn a_limit_that_only_rises_is_refused_where_a_higher_value_would_not_move_the_comparison_one_way() {
    let refused = [
        ("income <= 50000 - param(school-limit)", "param(school-limit)"),
        ("income == param(school-limit)", "school-limit"),
        ("not income != param(school-limit) * 2", "school-limit"),
        ("income <= param(school-limit) * income", "income"),
        ("income <= param(school-limit) * (children - 1)", "(children - 1)"),
        ("param(school-limit) <= param(school-limit) + income", "school-limit"),
        ("income <= param(school-limit) * param(school-limit)", "param(school-limit) * param(school-limit)"),
    ];
    for (when, marked) in refused {
        let loaded = content::load(&old_limits_tree(&[("school", right("school", &[("request", when)]))]));
        let problems: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert_eq!(problems.len(), 1, "{when}: {problems:#?}");
        assert_eq!(problems[0].code, "bad-parameter-use", "{when}");
        assert_eq!(problems[0].file, "content/rights/school.toml");
        let file = right("school", &[("request", when)]);
        assert_eq!(&file[problems[0].span.clone().unwrap()], marked, "{when}");
        assert!(loaded.content.rights[0].rules.is_empty(), "{when}: a refused rule is not used");
    }
    let accepted = [
        "income > param(school-limit)",
        "not (income <= param(school-limit) * 2)",
        "income <= param(school-limit) - 100 and income >= param(limit) - param(limit)",
        "income * 12 <= (param(school-limit) + 500) * count(partner) + param(school-limit) * age",
    ];
    for when in accepted {
        let loaded = content::load(&old_limits_tree(&[("school", right("school", &[("request", when)]))]));
        assert!(!loaded.has_errors(), "{when}: {:#?}", loaded.diagnostics);
    }
    // A question's condition is held to the same.
    let mut tree = old_limits_tree(&[]);
    tree.insert(
        "questions.toml",
        "[[question]]\nid = \"income\"\nfact = \"income\"\nwhen = \"age == param(school-limit)\"\n".to_string(),
    );
    let loaded = content::load(&tree);
    assert!(loaded.diagnostics.iter().any(|d| d.code == "bad-parameter-use" && d.file == "content/questions.toml"));
}

#[test]
fn freshness_lists_values_past_their_until() {
    let tree = old_limits_tree(&[]);
    let result = check::run(&tree, &rechtenwijzer::builtin::locale_sources(), Vec::new());
    let text = check::freshness(&result);
    let school = text.find("parameter school-limit = 20000.00 euro-year from 2020-09-01").unwrap();
    assert!(text[school..].contains("known only as a lower bound since 2021-09-01"), "{text}");
    let old = text.find("parameter old-amount = 500.00 euro-month from 2020-01-01").unwrap();
    assert!(text[old..].contains("not known since 2021-01-01"), "{text}");
    // A value without `until` lasts until the next one: nothing to say.
    let limit = text.find("parameter limit = 1000.00").unwrap();
    let next = text[limit..].find("\n2026").map_or(text.len(), |at| limit + at);
    assert!(!text[limit..next].contains("since"), "{}", &text[limit..next]);
}

#[test]
fn until_before_valid_from_is_refused() {
    let mut tree = tree(&[]);
    tree.insert("parameters/old.toml", OLD_LIMITS.replace("until = 2021-08-31", "until = 2019-08-31"));
    let loaded = content::load(&tree);
    assert!(loaded.diagnostics.iter().any(|d| d.code == "bad-value" && d.message.contains("ends before it starts")));
}
