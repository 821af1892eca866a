//! The PDF handout (`evaluate --format pdf`, and what the printer gets), read back with poppler's
//! `pdfinfo` and `pdftotext` (poppler-utils; `.ci/run` installs it): a typical household on at
//! most 4 pages that start with the plan, page numbers, no item split over a page, Arabic in
//! logical order with the Dutch beside it, and never a PDF on a terminal.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use rechtenwijzer::builtin;
use rechtenwijzer::output::pdf::Fonts;

use crate::support::pty::Pty;
use crate::support::{Scratch, bin, repo, run_with_input, stderr};

/// A poppler tool, or a clear word on how to get it.
fn poppler(tool: &str) -> Command {
    let found = Command::new(tool).arg("-v").output().is_ok();
    assert!(found, "`{tool}` is missing: apt-get install poppler-utils (.ci/run does)");
    Command::new(tool)
}

/// `evaluate --format pdf` for a scenario, on a fixed day.
fn evaluate(scenario: &str, extra: &[&str]) -> Vec<u8> {
    let answers = repo(&format!("content/scenarios/{scenario}.toml"));
    let mut arguments = vec!["evaluate", "--answers", &answers, "--date", "2026-12-01", "--format", "pdf"];
    arguments.extend(extra);
    let output = bin().args(&arguments).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.starts_with(b"%PDF-"), "a PDF for {scenario}");
    output.stdout
}

/// A PDF in a scratch file, for the poppler tools.
struct Written {
    _scratch: Scratch,
    path: String,
}

fn written(pdf: &[u8], name: &str) -> Written {
    let scratch = Scratch::new(name);
    let path = scratch.path("handout.pdf");
    std::fs::write(&path, pdf).unwrap();
    Written { path: path.display().to_string(), _scratch: scratch }
}

fn pages(file: &Written) -> usize {
    let output = poppler("pdfinfo").arg(&file.path).output().unwrap();
    let info = String::from_utf8_lossy(&output.stdout).to_string();
    let line = info.lines().find(|line| line.starts_with("Pages:")).unwrap_or_else(|| panic!("{info}"));
    line["Pages:".len()..].trim().parse().unwrap()
}

/// The text of one page (or all, with `None`), without the direction marks pdftotext adds
/// around right-to-left lines.
fn text(file: &Written, page: Option<usize>) -> String {
    let mut command = poppler("pdftotext");
    if let Some(page) = page {
        command.args(["-f", &page.to_string(), "-l", &page.to_string()]);
    }
    let output = command.args([&file.path, "-"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap().chars().filter(|c| !matches!(c, '\u{202A}'..='\u{202E}')).collect()
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty()).collect()
}

#[test]
fn a_typical_household_fits_four_pages_that_start_with_the_plan() {
    for scenario in [
        "gepensioneerde-met-igo-stookolie",
        "koppel-twee-kinderen-met-vt-aardgas",
        "a-gepensioneerde-met-igo-geschil-verhuurder",
    ] {
        let file = written(&evaluate(scenario, &["--lang", "nl"]), scenario);
        let count = pages(&file);
        assert!(count <= 4, "{scenario}: {count} pages");
        let first = text(&file, Some(1));
        assert!(first.contains("Dit eerst") && first.contains("Stap 1:"), "{scenario}: {first}");
        assert!(first.contains("Vraag: ") && first.contains("Zeg aan het loket: “"), "{scenario}: {first}");
        let all = text(&file, None);
        let at = |heading: &str| all.find(heading).unwrap_or_else(|| panic!("{scenario}: no {heading}"));
        assert!(at("Dit eerst") < at("Uw rechten") && at("Uw rechten") < at("Documenten om mee te nemen"));
        for page in 1..=count {
            assert!(text(&file, Some(page)).contains(&format!("Blad {page} van {count}")), "{scenario}: page {page}");
        }
    }
}

#[test]
fn no_item_is_split_across_pages() {
    // A large household, so that there are page breaks to look at.
    let file = written(&evaluate("alleenstaande-zonder-inkomen-prive-huur", &["--lang", "nl"]), "split");
    let count = pages(&file);
    assert!(count > 1);
    for page in 1..=count {
        let page_text = text(&file, Some(page));
        let lines = lines(&page_text);
        let (first, last) = (lines[0], lines[lines.len() - 2]);
        assert_eq!(lines[lines.len() - 1], format!("Blad {page} van {count}"));
        // A document's "where" line and a right's sentence never start a page without it.
        for continuation in ["Waar krijgt u het?", "Zeg aan het loket"] {
            assert!(!first.starts_with(continuation), "page {page} starts with the rest of an item: {first}");
        }
        // A heading never ends a page without what it announces.
        for heading in ["Neem mee:", "Stap ", "Uw rechten", "Moet u aanvragen", "Documenten om mee te nemen"] {
            assert!(!last.starts_with(heading), "page {page} ends with a heading: {last}");
        }
    }
}

#[test]
fn arabic_is_shaped_in_logical_order_with_the_dutch_beside_it_not_printed_twice() {
    let scenario = "moeder-met-tijdelijke-bescherming-en-kind";
    let arabic = written(&evaluate(scenario, &["--lang", "ar"]), "ar");
    let dutch = written(&evaluate(scenario, &["--lang", "nl"]), "nl");
    let both = written(&evaluate(scenario, &["--lang", "ar", "--second-lang", "nl"]), "ar-nl");
    let alone = text(&arabic, None);
    // The plan's words, read back in the order they are written (not reversed for display).
    for words in ["ابدأ بهذا", "اتبع هذه الخطوات بهذا الترتيب", "الخطوة", "خذ معك"]
    {
        assert!(alone.contains(words), "{words} is not in the Arabic handout:\n{alone}");
        let reversed: String = words.chars().rev().collect();
        assert!(!alone.contains(&reversed), "{words} came out reversed");
    }
    // The Dutch names beside the Arabic, whole and left to right.
    for dutch_name in
        ["Identiteitskaart of verblijfskaart", "Huurcontract", "Ik wil een equivalent leefloon aanvragen."]
    {
        assert!(alone.contains(dutch_name), "{dutch_name} is not beside the Arabic:\n{alone}");
    }
    // Side by side: both languages on the first page, in fewer pages than the two one after
    // the other.
    let first = text(&both, Some(1));
    for words in ["ابدأ بهذا", "الخطوة", "Dit eerst", "Stap 1:", "Blad 1 van"] {
        assert!(first.contains(words), "{words} is not on the first page:\n{first}");
    }
    let (together, apart) = (pages(&both), pages(&arabic) + pages(&dutch));
    assert!(together < apart, "two languages take {together} pages, {apart} one after the other");
}

#[test]
fn every_letter_of_every_message_has_a_glyph_in_the_built_in_fonts() {
    let fonts = Fonts::load().expect("the built-in fonts read");
    let (locales, content) = (builtin::locale_sources(), builtin::content_sources());
    // The messages, and those of the municipalities' overlays.
    let overlays = content.files.iter().filter(|file| file.relative.ends_with(".ftl"));
    for file in locales.files.iter().chain(overlays) {
        let missing = fonts.missing(&file.text);
        assert!(missing.is_empty(), "{}: no glyph for {missing:?}; add them in scripts/subset-fonts.sh", file.relative);
    }
}

#[test]
fn a_pdf_is_never_written_to_a_terminal() {
    let answers = repo("content/scenarios/gepensioneerde-met-igo-stookolie.toml");
    let mut terminal = Pty::rechtenwijzer(&["evaluate", "--answers", &answers, "--format", "pdf"]);
    let code = terminal.wait_for_exit();
    assert_eq!(code, 2);
    let shown = terminal.contents();
    assert!(shown.contains("--format pdf writes a PDF") && !shown.contains("%PDF"), "{shown}");
}

#[test]
fn the_printer_gets_the_pdf_handout_with_the_plan() {
    let scratch = Scratch::new("print-pdf");
    let tools = scratch.path("bin");
    std::fs::create_dir_all(&tools).unwrap();
    let received = scratch.path("received.pdf");
    std::fs::write(tools.join("lp"), format!("#!/bin/sh\ncat > '{}'\n", received.display())).unwrap();
    std::fs::set_permissions(tools.join("lp"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", tools.display(), std::env::var("PATH").unwrap_or_default());
    let mut command = bin();
    command.args(["--plain", "--date", "2026-11-28", "--lang", "nl"]).env("PATH", path);
    let output = run_with_input(&mut command, b"45\n1\n1\nr\np\nq\n1\n");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = std::fs::read(&received).unwrap();
    let file = written(&printed, "printed");
    let words = text(&file, None);
    assert!(words.contains("Dit eerst") && words.contains("bankcodes") && words.contains("Blad 1 van"), "{words}");
}

#[test]
fn the_full_screen_prints_the_pdf_without_holding_up_the_screen() {
    let scratch = Scratch::new("print-tui");
    let tools = scratch.path("bin");
    std::fs::create_dir_all(&tools).unwrap();
    let received = scratch.path("received.pdf");
    std::fs::write(
        tools.join("lp"),
        format!("#!/bin/sh\ncat > '{0}.part' && mv '{0}.part' '{0}'\n", received.display()),
    )
    .unwrap();
    std::fs::set_permissions(tools.join("lp"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", tools.display(), std::env::var("PATH").unwrap_or_default());
    let arguments = ["--date", "2026-11-28", "--lang", "ar", "--second-lang", "nl"];
    let mut session = Pty::start(env!("CARGO_BIN_EXE_rechtenwijzer"), &arguments, 100, 30, &[("PATH", &path)]);
    session.wait_for("Rechtenwijzer");
    session.send("\r");
    session.send("4");
    session.send("5");
    session.send("\r");
    session.send("r");
    session.send("p");
    session.send("1");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !received.exists() {
        assert!(std::time::Instant::now() < deadline, "nothing was printed:\n{}", session.contents());
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    session.close();
    let file = written(&std::fs::read(&received).unwrap(), "printed-tui");
    let words = text(&file, None);
    // The person's language and Dutch beside it, as on the screen.
    assert!(words.contains("ابدأ بهذا") && words.contains("Dit eerst"), "{words}");
}

#[test]
fn the_html_handout_starts_with_the_plan_and_isolates_dutch_inside_arabic() {
    let answers = repo("content/scenarios/gepensioneerde-met-igo-stookolie.toml");
    let output = bin().args(["evaluate", "--answers", &answers, "--lang", "ar", "--format", "html"]).output().unwrap();
    let html = String::from_utf8(output.stdout).unwrap();
    let (plan, rights) = (html.find("<div class=\"plan\">").unwrap(), html.find("حقوقك").unwrap());
    assert!(plan < rights, "the plan comes first");
    // The Dutch name in brackets stays whole and in its place (walkthrough §22).
    assert!(html.contains("<bdi dir=\"ltr\">(Identiteitskaart of verblijfskaart)</bdi>"), "{html}");
}

#[test]
fn the_plan_takes_each_office_once_asks_only_what_to_act_on_and_brings_only_what_it_needs() {
    use rechtenwijzer_core::i18n::I18n;
    use rechtenwijzer_core::model::status::Status;
    use rechtenwijzer_core::report::plan::Plan;
    use rechtenwijzer_core::report::view::{ReportView, ViewOptions};
    use rechtenwijzer_core::session::Session;

    let result = crate::support::shipped();
    let content = &result.loaded.content;
    let dutch = I18n::new(&result.locales, "nl").unwrap();
    for household in &content.scenarios {
        let session = Session::with_answers(content, crate::support::day(), household.answers.clone());
        let view = ReportView::new(&session, &dutch, ViewOptions::default());
        let plan = Plan::new(&view, &dutch);
        let right = |id: &str| view.rights.iter().find(|r| r.id == id).unwrap();
        let mut offices: Vec<&str> = Vec::new();
        for (index, step) in plan.steps.iter().enumerate() {
            assert_eq!(step.number, index + 1);
            assert!(!offices.contains(&step.office_id.as_str()), "{}: an office twice", household.id);
            offices.push(&step.office_id);
            assert!(step.title.starts_with(&format!("Stap {}: ", step.number)));
            for ask in &step.asks {
                let asked = right(&ask.right);
                assert_eq!(asked.office_id, step.office_id);
                assert!(matches!(asked.status, Status::Request | Status::Proactive | Status::Unknown));
                // Undecided for want of answers is a sentence, not a step.
                assert!(asked.status != Status::Unknown || asked.missing.is_empty(), "{}", household.id);
            }
            // Every document to bring is needed by something asked there.
            let Some(office) = view.checklist.iter().find(|office| office.id == step.office_id) else {
                assert!(step.bring_ids.is_empty());
                continue;
            };
            for document in &step.bring_ids {
                let need = office.documents.iter().find(|need| &need.document.id == document).unwrap();
                assert!(need.rights.iter().any(|r| step.asks.iter().any(|ask| &ask.right == r)), "{}", household.id);
            }
        }
        // What to request comes before what to ask about, and that before what is offered.
        let first_of = |status: Status| {
            plan.steps.iter().position(|step| step.asks.iter().any(|ask| right(&ask.right).status == status))
        };
        if let (Some(request), Some(unknown)) = (first_of(Status::Request), first_of(Status::Unknown)) {
            assert!(request <= unknown, "{}", household.id);
        }
        assert!(plan.steps.is_empty() || plan.intro == dutch.msg("ui-plan-intro"));
    }
}
