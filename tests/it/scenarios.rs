//! Data-driven scenarios: every household in content/scenarios gets the statuses it expects.
//! The same files feed the training mode, so a wrong expectation is a wrong lesson.

use rechtenwijzer_core::content::overlay;
use rechtenwijzer_core::content::{self, Content};
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::rules;

#[test]
fn every_scenario_gets_its_expected_statuses() {
    let loaded = content::load(&rechtenwijzer::builtin::content_sources());
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    assert!(loaded.content.scenarios.len() >= 10, "the first slice needs at least 10 scenarios");
    let failures = failures(&loaded.content);
    assert!(failures.is_empty(), "{} scenario expectations failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_overlay_scenario_gets_its_expected_statuses() {
    let (content, locales) = (rechtenwijzer::builtin::content_sources(), rechtenwijzer::builtin::locale_sources());
    for name in overlay::available(&content) {
        let (merged, _) = overlay::apply(&content, &locales, &name).unwrap();
        let loaded = content::load(&merged);
        assert!(!loaded.has_errors(), "{name}: {:#?}", loaded.diagnostics);
        let failures = failures(&loaded.content);
        assert!(failures.is_empty(), "{name}: {}", failures.join("\n"));
    }
}

fn failures(content: &Content) -> Vec<String> {
    let mut failures = Vec::new();
    for scenario in &content.scenarios {
        assert!(!scenario.description.trim().is_empty(), "{} has no description", scenario.id);
        assert!(!scenario.expect.is_empty(), "{} expects nothing", scenario.id);
        let date = scenario.date.or_else(|| Date::new(2026, 11, 28)).unwrap();
        let evaluation = rules::evaluate(content, &scenario.answers, date);
        for &(right, expected) in &scenario.expect {
            let outcome = &evaluation.outcomes[right];
            if outcome.status != expected {
                failures.push(format!(
                    "{} ({}): {} is {}, expected {} (reasons {:?}, missing {:?})",
                    scenario.id,
                    scenario.description,
                    content.rights[right].id,
                    outcome.status,
                    expected,
                    outcome.reasons,
                    outcome.missing.iter().map(|&f| content.facts[f].id.as_str()).collect::<Vec<_>>()
                ));
            }
        }
    }
    failures
}

#[test]
fn every_right_is_shown_as_attainable_by_some_scenario() {
    let loaded = content::load(&rechtenwijzer::builtin::content_sources());
    let content = &loaded.content;
    for (index, right) in content.rights.iter().enumerate() {
        let covered = content.scenarios.iter().any(|s| {
            s.expect
                .iter()
                .any(|&(r, status)| r == index && status != rechtenwijzer_core::model::status::Status::Unlikely)
        });
        assert!(covered, "no scenario shows `{}` with a status other than unlikely", right.id);
    }
}
