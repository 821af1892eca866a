//! The real binary, run as a maintainer or a script would: `check` and `evaluate`, their exit
//! codes (0 fine, 1 content errors, 2 usage errors) and their output.

use rechtenwijzer_core::content;

use crate::support::{Scratch, bin, repo, run, run_with_input, stderr, stdout};

#[test]
fn check_passes_on_the_shipped_content() {
    let output = run(&["check"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.ends_with("0 errors, 0 warnings\n"), "{text}");
    assert!(text.contains("messages: nl 100 %"), "{text}");
    // The same from disk, as a municipality would run it.
    let output = run(&["check", "--content", &repo("content"), "--locales", &repo("locales")]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn check_reports_every_content_error_with_file_line_and_column() {
    let scratch = Scratch::with_content("errors");
    let right = scratch.path("content/rights/leefloon.toml");
    let text = std::fs::read_to_string(&right).unwrap();
    std::fs::write(
        &right,
        text.replacen("receives has leefloon", "receives has leeflon", 1).replacen(
            "office = \"ocmw\"",
            "office = \"ocwm\"",
            1,
        ),
    )
    .unwrap();
    std::fs::write(scratch.path("content/rights/broken.toml"), b"id = \"broken\"\nlevel = \xff\n").unwrap();
    let output = run(&["check", "--content", &scratch.path("content").display().to_string()]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let shown = scratch.path("content/rights/leefloon.toml").display().to_string();
    assert!(
        text.contains(&format!("error[unknown-value]: `leeflon` is not a value of `receives`\n  --> {shown}:")),
        "{text}"
    );
    assert!(text.contains("did you mean `leefloon`?"), "{text}");
    assert!(text.contains("error[unknown-office]: unknown office `ocwm`"), "{text}");
    assert!(text.contains("error[not-utf8]"), "{text}");
    assert!(text.contains("3 errors, 0 warnings"), "{text}");
}

#[test]
fn usage_errors_exit_2_with_a_clear_message() {
    let missing = run(&["check", "--content", "/no/such/folder"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("cannot read /no/such/folder"), "{}", stderr(&missing));
    let answers = repo("content/scenarios/alleenstaande-zonder-inkomen-prive-huur.toml");
    let cases: [(&[&str], &str); 5] = [
        (&["evaluate", "--answers", &answers, "--date", "2026-02-30"], "is not a date"),
        (&["evaluate", "--answers", &answers, "--lang", "xx"], "choose one of: nl"),
        (&["evaluate", "--answers", &answers, "--format", "yaml"], "invalid value 'yaml'"),
        (&["evaluate", "--answers", "/no/such/answers.toml"], "cannot read /no/such/answers.toml"),
        (&["evaluate"], "--answers <FILE>"),
    ];
    for (args, expected) in cases {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains(expected), "{args:?}: {}", stderr(&output));
    }
    let bare = run(&[]);
    assert_eq!(bare.status.code(), Some(2));
    assert!(stderr(&bare).contains("evaluate"), "{}", stderr(&bare));
}

#[test]
fn bad_answers_name_the_allowed_values() {
    let scratch = Scratch::new("answers");
    let file = scratch.path("answers.toml");
    std::fs::write(&file, "age = 34\nheating = \"mazout\"\nincome-montly-net = 900\nreceives = [\"leefloon\"]\n")
        .unwrap();
    let output = run(&["evaluate", "--answers", &file.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output).replace(&file.display().to_string(), "answers.toml");
    insta::assert_snapshot!("bad_answers", text);
}

#[test]
fn json_for_every_scenario_has_every_right_exactly_once_with_the_expected_status() {
    let loaded = content::load(&rechtenwijzer::builtin::content_sources());
    let content = &loaded.content;
    for scenario in &content.scenarios {
        let path = repo(&format!("content/scenarios/{}.toml", scenario.id));
        let output = run(&["evaluate", "--answers", &path, "--date", "2026-11-28", "--format", "json"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(json["date"], "2026-11-28");
        assert_eq!(json["language"], "nl");
        let results = json["results"].as_array().unwrap();
        let mut ids: Vec<&str> = results.iter().map(|r| r["right"].as_str().unwrap()).collect();
        ids.sort_unstable();
        let mut expected: Vec<&str> = content.rights.iter().map(|r| r.id.as_str()).collect();
        expected.sort_unstable();
        assert_eq!(ids, expected, "{}", scenario.id);
        for &(right, status) in &scenario.expect {
            let result = results.iter().find(|r| r["right"] == content.rights[right].id.as_str()).unwrap();
            assert_eq!(result["status"], status.id(), "{} / {}", scenario.id, content.rights[right].id);
            assert!(!result["reasons"].as_array().unwrap().is_empty(), "{} has no reasons", result["right"]);
        }
        for document in json["documents"].as_array().unwrap() {
            assert!(content.document_index(document["document"].as_str().unwrap()).is_some());
            assert!(!document["for"].as_array().unwrap().is_empty());
        }
    }
}

#[test]
fn text_output_groups_rights_and_merges_documents() {
    let path = repo("content/scenarios/alleenstaande-met-leefloon-stookolie.toml");
    let output = run(&["evaluate", "--answers", &path, "--date", "2026-11-28"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    insta::assert_snapshot!("text_leefloon_heating_oil", stdout(&output));
}

#[test]
fn the_language_comes_from_the_environment_when_available() {
    let path = repo("content/scenarios/alleen-leeftijd-gekend.toml");
    let language_for = |lang: &str| {
        let output =
            bin().args(["evaluate", "--answers", &path, "--format", "json"]).env("LANG", lang).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        json["language"].as_str().unwrap().to_string()
    };
    assert_eq!(language_for("fr_BE.UTF-8"), "fr");
    assert_eq!(language_for("uk_UA.UTF-8"), "uk");
    // There is no German: Dutch, the reference, is used.
    assert_eq!(language_for("de_DE.UTF-8"), "nl");
    assert_eq!(language_for("C"), "nl");
}

#[test]
fn freshness_lists_the_oldest_checked_first_with_unverified_facts() {
    let scratch = Scratch::with_content("freshness");
    let right = scratch.path("content/rights/verwarmingstoelage.toml");
    let text = std::fs::read_to_string(&right).unwrap();
    std::fs::write(&right, text.replacen("checked = 2026-11-28", "checked = 2025-01-15", 1)).unwrap();
    let output = run(&["check", "--freshness", "--content", &scratch.path("content").display().to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = stdout(&output);
    let listing = text.split("freshness: oldest checked first\n").nth(1).expect("a freshness listing");
    assert!(listing.starts_with("2025-01-15  right verwarmingstoelage\n"), "{listing}");
    assert!(listing.contains("not verified: De inkomensgrens vanaf 1 mei 2025"), "{listing}");
    assert!(
        listing.contains(
            "(third-party)\n            source: https://cpasconnect.be/actualites/actualite/720858527752530596\n            not verified: to be confirmed"
        ),
        "{listing}"
    );
}

#[test]
fn a_municipality_overlay_adds_its_own_rights() {
    let scenario = repo("content/local/voorbeeldgemeente/scenarios/mantelzorger.toml");
    let with = run(&["evaluate", "--municipality", "voorbeeldgemeente", "--answers", &scenario, "--format", "json"]);
    assert_eq!(with.status.code(), Some(0), "{}", stderr(&with));
    let json: serde_json::Value = serde_json::from_slice(&with.stdout).unwrap();
    let local =
        json["results"].as_array().unwrap().iter().find(|r| r["right"] == "mantelzorgpremie").expect("the local right");
    assert_eq!((local["status"].as_str(), local["level"].as_str()), (Some("unknown"), Some("local")));
    let without = run(&["evaluate", "--answers", &scenario, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&without.stdout).unwrap();
    assert!(json["results"].as_array().unwrap().iter().all(|r| r["right"] != "mantelzorgpremie"));
    let unknown = run(&["evaluate", "--municipality", "nergenshuizen", "--answers", &scenario]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("choose one of: voorbeeldgemeente"), "{}", stderr(&unknown));
}

#[test]
fn check_validates_every_overlay_and_names_its_files() {
    let scratch = Scratch::with_content("overlay");
    let right = scratch.path("content/local/voorbeeldgemeente/rights/mantelzorgpremie.toml");
    let text = std::fs::read_to_string(&right).unwrap();
    std::fs::write(&right, text.replacen("when = \"care-need\"", "when = \"care-needs\"", 1)).unwrap();
    let output = run(&["check", "--content", &scratch.path("content").display().to_string()]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let shown = right.display().to_string();
    assert!(
        stdout(&output).contains(&format!("error[unknown-fact]: unknown fact `care-needs`\n  --> {shown}:")),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("did you mean `care-need`?"), "{}", stdout(&output));
}

#[test]
fn compare_lists_the_rights_that_change_status() {
    let scratch = Scratch::new("compare");
    let a = scratch.path("a.toml");
    let b = scratch.path("b.toml");
    let base =
        "age = 34\nregion = \"flanders\"\nresidence = \"belgian\"\nchildren = 0\nother-adults = 0\nreceives = []\n";
    std::fs::write(&a, format!("{base}partner = false\nincome-monthly-net = 900\nincome-yearly-taxable = 11000\n"))
        .unwrap();
    std::fs::write(&b, format!("{base}partner = true\nincome-monthly-net = 2600\nincome-yearly-taxable = 30000\n"))
        .unwrap();
    let (a, b) = (a.display().to_string(), b.display().to_string());
    let text = run(&["evaluate", "--answers", &a, "--compare", &b, "--date", "2026-11-28"]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    assert!(stdout(&text).contains("Leefloon: Moet u aanvragen wordt Niet waarschijnlijk"), "{}", stdout(&text));
    let json = run(&["evaluate", "--answers", &a, "--compare", &b, "--date", "2026-11-28", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let changes = json["changes"].as_array().unwrap();
    assert!(
        changes.iter().any(|c| c["right"] == "leefloon" && c["a"] == "request" && c["b"] == "unlikely"),
        "{changes:?}"
    );
    assert_eq!(json["a"]["results"].as_array().unwrap().len(), json["b"]["results"].as_array().unwrap().len());
    // Comparing a household with itself changes nothing.
    let same = run(&["evaluate", "--answers", &a, "--compare", &a, "--date", "2026-11-28"]);
    assert!(stdout(&same).contains("Geen enkel recht verandert."));
}

#[test]
fn json_can_say_what_would_change_an_outcome() {
    let path = repo("content/scenarios/koppel-met-hoog-inkomen-stookolie.toml");
    let output = run(&["evaluate", "--answers", &path, "--date", "2026-11-28", "--format", "json", "--what-if"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let results = json["results"].as_array().unwrap();
    let start = results.iter().find(|r| r["right"] == "groeipakket-startbedrag").unwrap();
    assert_eq!(start["what_would_change"], serde_json::json!(["een baby op komst: Ja"]));
    let within_reach = results
        .iter()
        .filter(|r| r["status"] == "automatic")
        .all(|r| r["what_would_change"].as_array().unwrap().is_empty());
    assert!(within_reach);
}

#[test]
fn a_full_or_closed_output_is_a_message_and_exit_3_not_a_panic() {
    let answers = repo("content/scenarios/alleenstaande-zonder-inkomen-prive-huur.toml");
    let commands: [&[&str]; 4] = [
        &["check"],
        &["evaluate", "--answers", &answers],
        &["evaluate", "--answers", &answers, "--format", "json"],
        &["evaluate", "--answers", &answers, "--format", "html"],
    ];
    for args in commands {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let output = bin().args(args).stdout(full).stderr(std::process::Stdio::piped()).output().unwrap();
        assert_eq!(output.status.code(), Some(3), "{args:?} to a full disk: {}", stderr(&output));
        assert!(stderr(&output).contains("cannot write the output"), "{args:?}: {}", stderr(&output));

        let mut child =
            bin().args(args).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
        // The reader goes away at once; on a busy machine the program may have written all
        // of it into the pipe's buffer first, and then it rightly succeeds.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert!(matches!(output.status.code(), Some(0 | 3)), "{args:?} to a closed pipe: {}", stderr(&output));
        assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    }
}

#[test]
fn the_terminal_theme_is_offered_and_accepted() {
    let help = run(&["--help"]);
    assert!(stdout(&help).contains("terminal"), "--help names the terminal theme: {}", stdout(&help));
    let mut command = bin();
    command.args(["--theme", "terminal", "--plain", "--date", "2026-11-28"]);
    let output = run_with_input(&mut command, b"");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("Welkom"));
}

#[test]
fn a_rule_of_twenty_thousand_terms_is_a_diagnostic_not_a_crash() {
    let scratch = Scratch::with_content("long-rule");
    let file = scratch.path("content/rights/basisondersteuningsbudget.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let sum = vec!["age"; 20_000].join(" + ");
    let text = text.replacen("when = \"region in [wallonia, abroad]\"", &format!("when = \"{sum} > 1\""), 1);
    std::fs::write(&file, text).unwrap();
    let output = run(&["check", "--content", scratch.path("content").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = format!("{}{}", stdout(&output), stderr(&output));
    assert!(report.contains("more than 256"), "{report}");
    assert!(report.contains("basisondersteuningsbudget.toml:19:"), "{report}");
}

#[test]
fn a_pensioner_without_the_igo_is_sent_to_the_pension_service_first() {
    let answers = repo("content/scenarios/a-man-70-klein-pensioen-zonder-igo.toml");
    let output = run(&["evaluate", "--answers", &answers, "--date", "2026-11-28"]);
    let text = stdout(&output);
    let first = text.lines().find(|line| line.trim_start().starts_with("Stap 1:")).unwrap_or_default();
    assert!(first.contains("Federale Pensioendienst"), "the plan starts with the IGO: {first}");
}
