//! "What would change it": the smallest change of answers, computed by the engine from the
//! rules — an income threshold, waiting-list years, a received benefit, the age — and never a
//! change that life does not allow (a younger age, another region, a partner, no home).

use rechtenwijzer_core::content::{self, Content, FactKind};
use rechtenwijzer_core::model::answers::{Answer, Answers, Value};
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::rules;
use rechtenwijzer_core::whatif::{Change, smallest_change};

fn shipped() -> Content {
    let loaded = content::load(&rechtenwijzer::builtin::content_sources());
    assert!(!loaded.has_errors());
    loaded.content
}

fn day() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

fn household(content: &Content, given: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new(content.facts.len());
    for (fact, value) in given {
        let index = content.fact_index(fact).unwrap();
        let value = match &content.facts[index].kind {
            FactKind::Integer { .. } => Value::Integer(value.parse().unwrap()),
            FactKind::YesNo => Value::YesNo(*value == "yes"),
            FactKind::Choice(values) => Value::Choice(values.iter().position(|v| v == value).unwrap() as u8),
            FactKind::Set(values) => Value::Set(
                value
                    .split(',')
                    .filter(|v| !v.is_empty())
                    .map(|v| 1u64 << values.iter().position(|x| x == v).unwrap())
                    .sum(),
            ),
        };
        answers.set(index, Answer::Known(value));
    }
    answers
}

const BASE: [(&str, &str); 14] = [
    ("age", "45"),
    ("residence", "belgian"),
    ("partner", "no"),
    ("children", "0"),
    ("other-adults", "0"),
    ("work", "employed"),
    ("housing", "tenant-private"),
    ("heating", "natural-gas"),
    ("debt", "none"),
    ("disability", "no"),
    ("care-need", "no"),
    ("legal-problem", "no"),
    ("childcare", "no"),
    ("expecting-baby", "no"),
];

fn with(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let names: Vec<&str> = extra.iter().map(|(f, _)| *f).collect();
    BASE.iter().copied().filter(|(f, _)| !names.contains(f)).chain(extra.iter().copied()).collect()
}

fn change_for(content: &Content, given: &[(&str, &str)], right: &str) -> Vec<Change> {
    let answers = household(content, given);
    let index = content.right_index(right).unwrap();
    let before = rules::evaluate(content, &answers, day()).outcomes[index].status;
    assert!(matches!(before, Status::Unlikely | Status::Unknown), "{right} is {before} already");
    smallest_change(content, &answers, day(), index).unwrap_or_else(|| panic!("no change found for {right}"))
}

#[test]
fn an_income_just_above_the_vt_limit_names_the_limit() {
    let content = shipped();
    let given = with(&[
        ("region", "flanders"),
        ("income-monthly-net", "2400"),
        ("income-yearly-taxable", "26000"),
        ("receives", ""),
    ]);
    let changes = change_for(&content, &given, "verhoogde-tegemoetkoming");
    let taxable = content.fact_index("income-yearly-taxable").unwrap();
    // 2024 limit for one person: € 25.630,67 → at most € 25.630 in whole euro.
    assert_eq!(changes, vec![Change::AtMost(taxable, 25_630)]);
}

#[test]
fn two_years_on_the_waiting_list_needs_four() {
    let content = shipped();
    let given = with(&[
        ("region", "flanders"),
        ("income-monthly-net", "1500"),
        ("income-yearly-taxable", "18000"),
        ("receives", ""),
        ("waitlist-years", "2"),
    ]);
    let changes = change_for(&content, &given, "huurpremie");
    assert_eq!(changes, vec![Change::AtLeast(content.fact_index("waitlist-years").unwrap(), 4)]);
}

#[test]
fn vt_alone_needs_a_benefit_for_the_social_energy_tariff() {
    let content = shipped();
    let given = with(&[
        ("region", "flanders"),
        ("income-monthly-net", "1500"),
        ("income-yearly-taxable", "18000"),
        ("receives", "vt"),
    ]);
    let changes = change_for(&content, &given, "sociaal-tarief-energie");
    let receives = content.fact_index("receives").unwrap();
    assert_eq!(changes.len(), 1);
    assert!(matches!(changes[0], Change::Adds(fact, _) if fact == receives), "{changes:?}");
}

#[test]
fn a_family_in_brussels_is_not_told_to_move_to_flanders() {
    // Where one lives, one's nationality and having a partner are no lever a social worker
    // can use: the search leaves them out rather than propose them.
    let content = shipped();
    let given = with(&[
        ("region", "brussels"),
        ("children", "2"),
        ("income-monthly-net", "3000"),
        ("income-yearly-taxable", "40000"),
        ("receives", ""),
        ("education", "lager"),
    ]);
    let answers = household(&content, &given);
    let right = content.right_index("groeipakket-basisbedrag").unwrap();
    assert_eq!(smallest_change(&content, &answers, day(), right), None);
}

#[test]
fn a_pensioner_is_never_told_to_be_younger_a_partner_or_homeless() {
    let content = shipped();
    let given = with(&[
        ("region", "flanders"),
        ("age", "70"),
        ("income-monthly-net", "1100"),
        ("income-yearly-taxable", "14000"),
        ("receives", "pension"),
        ("work", "retired"),
    ]);
    let answers = household(&content, &given);
    let fixed =
        ["age", "region", "residence", "partner", "children", "other-adults"].map(|id| content.fact_index(id).unwrap());
    let housing = content.fact_index("housing").unwrap();
    let mut found = 0;
    for (right, outcome) in rules::evaluate(&content, &answers, day()).outcomes.iter().enumerate() {
        if !matches!(outcome.status, Status::Unlikely | Status::Unknown) {
            continue;
        }
        for change in smallest_change(&content, &answers, day(), right).unwrap_or_default() {
            found += 1;
            let id = &content.rights[right].id;
            assert!(!fixed.contains(&change.fact()), "{id}: {change:?} changes what cannot change");
            assert!(!matches!(change, Change::Is(fact, Value::Choice(3 | 4)) if fact == housing), "{id}: {change:?}");
        }
    }
    assert!(found > 0, "some change is still proposed");
}

#[test]
fn the_route_a_worker_takes_comes_first_requesting_the_igo() {
    // A pensioner with a small pension and VT: the social energy tariff follows from the IGO,
    // which the person may get now — asking for it is the change, not "also the leefloon".
    let content = shipped();
    let given = with(&[
        ("region", "flanders"),
        ("age", "70"),
        ("income-monthly-net", "1100"),
        ("income-yearly-taxable", "13000"),
        ("receives", "pension,vt"),
        ("work", "retired"),
    ]);
    let answers = household(&content, &given);
    let igo = content.right_index("igo").unwrap();
    let now = rules::evaluate(&content, &answers, day());
    assert!(matches!(now.outcomes[igo].status, Status::Request | Status::Proactive), "{:?}", now.outcomes[igo].status);
    let tariff = content.right_index("sociaal-tarief-energie").unwrap();
    if matches!(now.outcomes[tariff].status, Status::Unlikely | Status::Unknown) {
        let changes = smallest_change(&content, &answers, day(), tariff).unwrap();
        let receives = content.fact_index("receives").unwrap();
        let FactKind::Set(values) = &content.facts[receives].kind else { panic!("receives is a set") };
        let named: Vec<&str> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Adds(fact, index) if *fact == receives => Some(values[*index].as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(named, ["igo"], "{changes:?}");
    }
}

#[test]
fn igo_comes_at_the_pension_age() {
    let content = shipped();
    let given = with(&[
        ("region", "flanders"),
        ("age", "60"),
        ("income-monthly-net", "900"),
        ("income-yearly-taxable", "11000"),
        ("receives", "pension"),
        ("work", "retired"),
    ]);
    let changes = change_for(&content, &given, "igo");
    let age = content.fact_index("age").unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert!(
        matches!(changes[0], Change::AtLeast(fact, years) if fact == age && (65..=67).contains(&years)),
        "{changes:?}"
    );
}
