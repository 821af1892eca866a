//! The rights catalogue as a social worker relies on it: every required right exists with a
//! source, a checked date, documents, an office that can be reached, a Dutch summary and a
//! counter sentence; and the links between rights (the fact sheet's linkage map) hold.

use rechtenwijzer_core::check;
use rechtenwijzer_core::content::{Content, FactKind};
use rechtenwijzer_core::i18n::I18n;
use rechtenwijzer_core::model::answers::{Answer, Answers, Value};
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::rules;

/// The right ids other programs rely on (a public interface).
const REQUIRED: [&str; 31] = [
    "leefloon",
    "equivalent-leefloon",
    "dringende-medische-hulp",
    "verhoogde-tegemoetkoming",
    "maximumfactuur",
    "sociaal-tarief-energie",
    "sociaal-internet",
    "verwarmingstoelage",
    "energiehulp-ocmw",
    "groeipakket-startbedrag",
    "groeipakket-basisbedrag",
    "groeipakket-sociale-toeslag",
    "groeipakket-schooltoeslag",
    "studietoelage",
    "huurpremie",
    "huursubsidie",
    "sociale-huurwoning",
    "igo",
    "ivt",
    "it",
    "zorgbudget-zwaar-zorgbehoevenden",
    "zorgbudget-ouderen",
    "basisondersteuningsbudget",
    "pro-deo",
    "schuldhulp",
    "sociaal-tarief-water",
    "de-lijn-vervoergarantie",
    "nmbs-kortingkaart",
    "uitpas-kansentarief",
    "kinderopvang-inkomenstarief",
    "parkeerkaart",
];

fn checked() -> check::CheckResult {
    let result =
        check::run(&rechtenwijzer::builtin::content_sources(), &rechtenwijzer::builtin::locale_sources(), Vec::new());
    assert!(!result.has_errors(), "the shipped content has errors");
    result
}

#[test]
fn every_required_right_exists_and_is_complete() {
    let result = checked();
    let content = &result.loaded.content;
    let dutch = I18n::new(&result.locales, "nl").unwrap();
    for id in REQUIRED {
        let index = content.right_index(id).unwrap_or_else(|| panic!("the right `{id}` is missing"));
        let right = &content.rights[index];
        assert!(
            right.source.starts_with("https://") || right.source.contains("wet") || right.source.contains("KB"),
            "{id}: source"
        );
        assert!(right.checked >= Date::new(2025, 1, 1).unwrap(), "{id}: checked long ago");
        assert!(!content.offices[right.office].channels.is_empty(), "{id}: office without a channel");
        for suffix in ["", "-summary", "-counter"] {
            let message = format!("right-{id}{suffix}");
            assert!(dutch.has(&message), "{id}: no Dutch message {message}");
        }
        assert!(!right.rules.is_empty(), "{id}: no rules");
    }
    assert!(content.rights.len() >= REQUIRED.len());
}

/// Answers built from (fact, value) pairs, with choice and set values by name.
fn answers(content: &Content, given: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new(content.facts.len());
    for (fact, value) in given {
        let index = content.fact_index(fact).unwrap_or_else(|| panic!("no fact {fact}"));
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

fn status(content: &Content, answers: &Answers, right: &str) -> Status {
    let evaluation = rules::evaluate(content, answers, Date::new(2026, 11, 28).unwrap());
    evaluation.outcomes[content.right_index(right).unwrap()].status
}

const HOUSEHOLD: [(&str, &str); 19] = [
    ("age", "45"),
    ("region", "flanders"),
    ("residence", "belgian"),
    ("partner", "no"),
    ("children", "0"),
    ("other-adults", "0"),
    ("income-monthly-net", "1100"),
    ("income-yearly-taxable", "13000"),
    ("work", "none"),
    ("housing", "tenant-private"),
    ("heating", "natural-gas"),
    ("debt", "none"),
    ("education", ""),
    ("disability", "no"),
    ("care-need", "no"),
    ("legal-problem", "no"),
    ("childcare", "no"),
    ("expecting-baby", "no"),
    ("waitlist-years", "0"),
];

#[test]
fn leefloon_opens_vt_which_opens_the_social_maf() {
    let result = checked();
    let content = &result.loaded.content;
    let mut given = HOUSEHOLD.to_vec();
    given.push(("receives", "leefloon"));
    let household = answers(content, &given);
    assert_eq!(status(content, &household, "verhoogde-tegemoetkoming"), Status::Automatic);
    assert_eq!(status(content, &household, "sociaal-tarief-energie"), Status::Automatic);
    assert_eq!(status(content, &household, "maximumfactuur"), Status::Automatic);
    let leefloon = &content.rights[content.right_index("leefloon").unwrap()];
    let opens: Vec<&str> = leefloon.opens.iter().map(|&r| content.rights[r].id.as_str()).collect();
    for linked in ["verhoogde-tegemoetkoming", "sociaal-tarief-energie"] {
        assert!(opens.contains(&linked), "leefloon should open {linked}: {opens:?}");
    }
    let vt = &content.rights[content.right_index("verhoogde-tegemoetkoming").unwrap()];
    let opens: Vec<&str> = vt.opens.iter().map(|&r| content.rights[r].id.as_str()).collect();
    for linked in ["maximumfactuur", "verwarmingstoelage", "nmbs-kortingkaart"] {
        assert!(opens.contains(&linked), "VT should open {linked}: {opens:?}");
    }
}

#[test]
fn vt_alone_gives_no_social_energy_or_water_tariff() {
    let result = checked();
    let content = &result.loaded.content;
    let mut given = HOUSEHOLD.to_vec();
    given.push(("receives", "vt"));
    let household = answers(content, &given);
    assert_eq!(status(content, &household, "verhoogde-tegemoetkoming"), Status::Already);
    assert_eq!(status(content, &household, "sociaal-tarief-energie"), Status::Unlikely);
    assert_eq!(status(content, &household, "sociaal-tarief-water"), Status::Unlikely);
}

#[test]
fn igo_and_handicap_allowances_give_vt_energy_and_water_automatically() {
    let result = checked();
    let content = &result.loaded.content;
    for benefit in ["igo", "ivt", "it", "zorgbudget-ouderen"] {
        let mut given = HOUSEHOLD.to_vec();
        given.push(("receives", benefit));
        let household = answers(content, &given);
        for right in ["verhoogde-tegemoetkoming", "sociaal-tarief-energie", "sociaal-tarief-water"] {
            assert_eq!(status(content, &household, right), Status::Automatic, "{benefit} → {right}");
        }
    }
}

#[test]
fn flemish_rights_do_not_apply_outside_flanders() {
    let result = checked();
    let content = &result.loaded.content;
    for region in ["brussels", "wallonia", "abroad"] {
        let mut given: Vec<(&str, &str)> = HOUSEHOLD.iter().copied().filter(|(fact, _)| *fact != "region").collect();
        given.push(("region", region));
        given.push(("receives", "leefloon"));
        let household = answers(content, &given);
        for right in content.rights.iter().filter(|r| r.level == rechtenwijzer_core::content::Level::Flemish) {
            let got = status(content, &household, &right.id);
            // In Brussels some Flemish (community) rights can still apply: Dutch-language
            // schools and childcare, a zorgkas joined by choice. They are never promised there.
            let allowed: &[Status] =
                if region == "brussels" { &[Status::Unlikely, Status::Unknown] } else { &[Status::Unlikely] };
            assert!(allowed.contains(&got), "{} in {region} is {got}", right.id);
        }
        for id in
            ["groeipakket-basisbedrag", "huurpremie", "huursubsidie", "sociaal-tarief-water", "de-lijn-vervoergarantie"]
        {
            assert_eq!(status(content, &household, id), Status::Unlikely, "{id} in {region}");
        }
    }
}

#[test]
fn four_years_on_the_waiting_list_brings_the_huurpremie_form() {
    let result = checked();
    let content = &result.loaded.content;
    let mut given: Vec<(&str, &str)> =
        HOUSEHOLD.iter().copied().filter(|(fact, _)| *fact != "waitlist-years").collect();
    given.push(("waitlist-years", "5"));
    given.push(("receives", ""));
    let household = answers(content, &given);
    assert_eq!(status(content, &household, "huurpremie"), Status::Proactive);
    let mut given: Vec<(&str, &str)> =
        HOUSEHOLD.iter().copied().filter(|(fact, _)| *fact != "waitlist-years").collect();
    given.push(("waitlist-years", "2"));
    given.push(("receives", ""));
    assert_ne!(status(content, &answers(content, &given), "huurpremie"), Status::Proactive);
}

#[test]
fn rights_that_open_others_are_asked_for_first() {
    let result = checked();
    let content = &result.loaded.content;
    let household = content.scenarios.iter().find(|s| s.id == "alleenstaande-zonder-inkomen-prive-huur").unwrap();
    let evaluation = rules::evaluate(content, &household.answers, Date::new(2026, 11, 28).unwrap());
    let requests = rechtenwijzer_core::report::group(content, &evaluation, Status::Request);
    assert!(requests.len() >= 2);
    let opened = |right: usize| {
        content.rights[right].opens.iter().filter(|&&o| evaluation.outcomes[o].status != Status::Unlikely).count()
    };
    let counts: Vec<usize> = requests.iter().map(|&r| opened(r)).collect();
    assert!(counts.windows(2).all(|pair| pair[0] >= pair[1]), "{counts:?}");
    assert!(counts[0] > 0, "a key right comes first");
}

#[test]
fn the_checklist_leaves_out_what_the_answers_rule_out_and_puts_the_attest_giver_first() {
    use rechtenwijzer_core::report::Report;
    let result = crate::support::shipped();
    let content = &result.loaded.content;
    let base = [
        ("age", "70"),
        ("region", "flanders"),
        ("residence", "belgian"),
        ("partner", "no"),
        ("other-adults", "0"),
        ("income-monthly-net", "1100"),
        ("income-yearly-taxable", "13000"),
        ("work", "retired"),
        ("housing", "tenant-private"),
        ("heating", "heating-oil"),
        ("debt", "none"),
        ("legal-problem", "yes"),
    ];
    let listed = |given: &[(&str, &str)]| {
        let answers = crate::support::household(content, given);
        let evaluation = rules::evaluate(content, &answers, crate::support::day());
        let report = Report::new(content, &evaluation, &answers);
        let documents: Vec<String> =
            report.documents.iter().map(|need| content.documents[need.document].id.clone()).collect();
        let offices: Vec<String> =
            report.documents_by_office().iter().map(|(office, _)| content.offices[*office].id.clone()).collect();
        (documents, offices)
    };
    let without = [&base[..], &[("children", "0"), ("disability", "no"), ("receives", "pension")]].concat();
    let (documents, _) = listed(&without);
    for ruled_out in ["vonnis-verblijfsregeling-kinderen", "attest-handicap", "attest-schuldbemiddeling", "attest-igo"]
    {
        assert!(!documents.iter().any(|d| d == ruled_out), "{ruled_out} is listed: {documents:?}");
    }
    // Unanswered, a conditional document stays: the person reads its "only if".
    let unknown = [&base[..], &[("receives", "pension")]].concat();
    let (documents, _) = listed(&unknown);
    assert!(documents.iter().any(|d| d == "attest-handicap"), "{documents:?}");
    // With the IGO, its attest is needed.
    let with_igo = [&base[..], &[("children", "0"), ("disability", "no"), ("receives", "pension,igo")]].concat();
    let (documents, _) = listed(&with_igo);
    assert!(documents.iter().any(|d| d == "attest-igo"), "{documents:?}");
    // The VT is to request at the ziekenfonds, and NMBS and De Lijn ask for its attest: the
    // ziekenfonds comes before them.
    let vt_to_request = [
        &base[..],
        &[("age", "45"), ("children", "0"), ("disability", "no"), ("receives", "unemployment"), ("work", "job-seeker")],
    ]
    .concat();
    let (_, offices) = listed(&vt_to_request);
    let position = |id: &str| offices.iter().position(|o| o == id).unwrap_or_else(|| panic!("{id} not in {offices:?}"));
    assert!(position("ziekenfonds") < position("nmbs"), "{offices:?}");
}
