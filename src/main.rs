//! The `rechtenwijzer` binary: parse the command line, load and validate content before
//! anything else, and dispatch. Exit codes: 0 fine, 1 content errors, 2 usage errors.

use std::process::ExitCode;

use clap::Parser;

use rechtenwijzer::answers;
use rechtenwijzer::check;
use rechtenwijzer::cli::{self, CheckArgs, Cli, Command, EvaluateArgs, Format, InterviewArgs, SourceArgs};
use rechtenwijzer::date::Date;
use rechtenwijzer::diagnostic::{self, Diagnostic};
use rechtenwijzer::export;
use rechtenwijzer::i18n::{I18n, REFERENCE};
use rechtenwijzer::overlay;
use rechtenwijzer::plain;
use rechtenwijzer::report::Report;
use rechtenwijzer::rules;
use rechtenwijzer::source::SourceTree;
use rechtenwijzer::tui;
use rechtenwijzer::tui::app::{App, Kiosk};
use rechtenwijzer::tui::glyphs::GlyphSet;
use rechtenwijzer::tui::theme::ThemeName;
use std::io::IsTerminal;

const CONTENT_ERRORS: u8 = 1;
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check(arguments)) => run_check(&arguments),
        Some(Command::Evaluate(arguments)) => run_evaluate(&arguments),
        None => run_interview(&cli.interview),
    }
}

/// The content and locale trees (with the chosen municipality's overlay laid over them), and
/// the problems met while reading them.
fn read_sources(sources: &SourceArgs) -> Result<(SourceTree, SourceTree, Vec<Diagnostic>), String> {
    let mut problems = Vec::new();
    let mut read = |dir: &Option<std::path::PathBuf>, embedded: fn() -> SourceTree| -> Result<SourceTree, String> {
        match dir {
            Some(dir) => {
                let (tree, mut found) = SourceTree::read_dir(dir)?;
                problems.append(&mut found);
                Ok(tree)
            }
            None => Ok(embedded()),
        }
    };
    let content = read(&sources.content, SourceTree::embedded_content)?;
    let locales = read(&sources.locales, SourceTree::embedded_locales)?;
    match &sources.municipality {
        Some(name) => {
            let (content, locales) = overlay::apply(&content, &locales, name)?;
            Ok((content, locales, problems))
        }
        None => Ok((content, locales, problems)),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("rechtenwijzer: {}", rechtenwijzer::text::clean(message));
    ExitCode::from(USAGE_ERROR)
}

fn run_check(arguments: &CheckArgs) -> ExitCode {
    let (content_tree, locale_tree, problems) = match read_sources(&arguments.sources) {
        Ok(trees) => trees,
        Err(message) => return usage_error(&message),
    };
    // Without a municipality, every overlay is checked too.
    let result = match arguments.sources.municipality {
        Some(_) => check::run(&content_tree, &locale_tree, problems),
        None => check::run_with_overlays(&content_tree, &locale_tree, problems),
    };
    print!("{}", check::render(&result, &content_tree, &locale_tree));
    if arguments.freshness {
        print!("{}", check::freshness(&result));
    }
    if result.has_errors() { ExitCode::from(CONTENT_ERRORS) } else { ExitCode::SUCCESS }
}

/// Loads and checks content and messages before anything else; content errors are printed
/// and end the program (exit 1) before the terminal is touched.
fn load_checked(sources: &SourceArgs, languages: Option<&[&str]>) -> Result<check::CheckResult, ExitCode> {
    let (content_tree, locale_tree, problems) = read_sources(sources).map_err(|message| usage_error(&message))?;
    let result = check::run_for(&content_tree, &locale_tree, problems, languages);
    if result.has_errors() {
        let errors: Vec<Diagnostic> = result.diagnostics.iter().filter(|d| d.is_error()).cloned().collect();
        let find = |shown: &str| {
            content_tree.by_shown(shown).or_else(|| locale_tree.by_shown(shown)).map(|file| file.text.as_str())
        };
        eprint!("{}", diagnostic::render_all(&errors, find));
        eprintln!("rechtenwijzer: the content has errors; run `rechtenwijzer check` for details");
        return Err(ExitCode::from(CONTENT_ERRORS));
    }
    Ok(result)
}

/// The language asked for, else the environment's when available, else Dutch.
fn choose_language(asked: Option<&String>, result: &check::CheckResult) -> Result<String, ExitCode> {
    let language = match asked {
        Some(language) => language.clone(),
        None => cli::language_from_environment()
            .filter(|l| result.locales.get(l).is_some())
            .unwrap_or_else(|| REFERENCE.to_string()),
    };
    if result.locales.get(&language).is_none() {
        return Err(usage_error(&format!(
            "`{language}` is not an available language; choose one of: {}",
            result.locales.ids().join(", ")
        )));
    }
    Ok(language)
}

fn run_interview(arguments: &InterviewArgs) -> ExitCode {
    // Only the languages shown at the start are parsed now; the others when chosen.
    let wanted =
        arguments.lang.clone().or_else(cli::language_from_environment).unwrap_or_else(|| REFERENCE.to_string());
    let mut languages = vec![wanted.as_str(), REFERENCE];
    languages.extend(arguments.second_lang.as_deref());
    let result = match load_checked(&arguments.sources, Some(&languages)) {
        Ok(result) => result,
        Err(code) => return code,
    };
    let language = match choose_language(arguments.lang.as_ref(), &result) {
        Ok(language) => language,
        Err(code) => return code,
    };
    let environment = cli::Environment::read();
    let date = arguments.date.unwrap_or_else(Date::today);
    let plain_mode = arguments.plain || environment.wants_plain();
    let mut app = App::new(&result.loaded.content, &result.locales, &language, date);
    if !plain_mode {
        // Right-to-left text is shown beside Dutch on the full screen (plain mode shows it alone).
        app.choose_language(&language);
    }
    if let Some(second) = &arguments.second_lang {
        if result.locales.get(second).is_none() {
            return usage_error(&format!(
                "`{second}` is not an available language; choose one of: {}",
                result.locales.ids().join(", ")
            ));
        }
        app.second_language = Some(second.clone());
        app.bilingual = true;
    }
    app.large = arguments.large;
    app.worker = arguments.worker;
    if arguments.training {
        app.training = Some(rechtenwijzer::tui::app::Training::default());
        app.go(rechtenwijzer::tui::app::Screen::Personas);
    }
    if arguments.kiosk || arguments.kiosk_config.is_some() {
        app.kiosk = match kiosk_settings(arguments.kiosk_config.as_deref(), environment.staff_pin.clone()) {
            Ok(kiosk) => Some(kiosk),
            Err(message) => return usage_error(&message),
        };
    }
    app.theme = arguments.theme.unwrap_or(if environment.no_color { ThemeName::Mono } else { ThemeName::Standard });
    app.glyphs = arguments.glyphs.unwrap_or_else(|| GlyphSet::for_term(environment.term.as_deref()));
    let outcome = if plain_mode {
        let stdin = std::io::stdin();
        let echoed = stdin.is_terminal();
        let stdout = std::io::stdout();
        let wipe = stdout.is_terminal();
        let ran = plain::run(&mut app, &mut stdin.lock(), &mut stdout.lock(), echoed);
        if wipe {
            // Plain mode too leaves nothing on a shared screen.
            print!("{}", tui::terminal::WIPE);
        }
        ran
    } else {
        if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
            return usage_error(
                "the interview needs a terminal; use --plain for plain lines, or `rechtenwijzer evaluate --answers FILE`",
            );
        }
        tui::run(&mut app)
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("rechtenwijzer: the terminal failed: {error}");
            ExitCode::from(CONTENT_ERRORS)
        }
    }
}

/// The kiosk file's settings (`idle-seconds`, `countdown-seconds`, `staff-pin`); the
/// environment's PIN wins over the file's.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct KioskFile {
    idle_seconds: Option<u64>,
    countdown_seconds: Option<u64>,
    staff_pin: Option<String>,
}

fn kiosk_settings(file: Option<&std::path::Path>, pin_from_environment: Option<String>) -> Result<Kiosk, String> {
    let settings: KioskFile = match file {
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            toml::from_str(&text).map_err(|error| format!("{}: {}", path.display(), error.message()))?
        }
        None => KioskFile::default(),
    };
    let defaults = Kiosk::default();
    let countdown = settings.countdown_seconds.map_or(defaults.countdown, std::time::Duration::from_secs);
    if countdown < std::time::Duration::from_secs(20) {
        return Err("the countdown must last at least 20 seconds, so that a person can react".to_string());
    }
    let staff_pin = pin_from_environment.or(settings.staff_pin).filter(|pin| !pin.is_empty());
    if staff_pin.as_ref().is_some_and(|pin| !pin.chars().all(|c| c.is_ascii_digit())) {
        return Err("the staff PIN must be digits only".to_string());
    }
    Ok(Kiosk {
        idle_after: settings.idle_seconds.map_or(defaults.idle_after, std::time::Duration::from_secs),
        countdown,
        staff_pin,
    })
}

fn run_evaluate(arguments: &EvaluateArgs) -> ExitCode {
    let result = match load_checked(&arguments.sources, None) {
        Ok(result) => result,
        Err(code) => return code,
    };
    let content = &result.loaded.content;
    let language = match choose_language(arguments.lang.as_ref(), &result) {
        Ok(language) => language,
        Err(code) => return code,
    };
    let Some(i18n) = I18n::new(&result.locales, &language) else {
        return usage_error(&format!("`{language}` is not an available language"));
    };
    let shown = arguments.answers.display().to_string();
    let text = match std::fs::read_to_string(&arguments.answers) {
        Ok(text) => text,
        Err(error) => return usage_error(&format!("cannot read {shown}: {error}")),
    };
    let answers = match answers::parse_file(content, &shown, &text) {
        Ok(answers) => answers,
        Err(problems) => {
            eprint!("{}", diagnostic::render_all(&problems, |_| Some(text.as_str())));
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let date = arguments.date.unwrap_or_else(Date::today);
    let mut report = Report::new(content, rules::evaluate(content, &answers, date));
    if let Some(other) = &arguments.compare {
        let shown = other.display().to_string();
        let text = match std::fs::read_to_string(other) {
            Ok(text) => text,
            Err(error) => return usage_error(&format!("cannot read {shown}: {error}")),
        };
        let other_answers = match answers::parse_file(content, &shown, &text) {
            Ok(answers) => answers,
            Err(problems) => {
                eprint!("{}", diagnostic::render_all(&problems, |_| Some(text.as_str())));
                return ExitCode::from(USAGE_ERROR);
            }
        };
        let other_report = Report::new(content, rules::evaluate(content, &other_answers, date));
        match arguments.format {
            Format::Json => match serde_json::to_string_pretty(&export::compare_json(&report, &other_report, &i18n)) {
                Ok(json) => println!("{json}"),
                Err(error) => return usage_error(&format!("cannot write JSON: {error}")),
            },
            Format::Text | Format::Html => print!("{}", export::compare_text(&report, &other_report, &i18n)),
        }
        return ExitCode::SUCCESS;
    }
    if arguments.what_if {
        report = report.with_answers(answers);
    }
    match arguments.format {
        Format::Text => print!("{}", export::text(&report, &i18n)),
        Format::Html => {
            let second = match &arguments.second_lang {
                Some(language) => match I18n::new(&result.locales, language) {
                    Some(second) => Some(second),
                    None => {
                        return usage_error(&format!(
                            "`{language}` is not an available language; choose one of: {}",
                            result.locales.ids().join(", ")
                        ));
                    }
                },
                None => None,
            };
            print!("{}", export::html(&report, &i18n, second.as_ref()));
        }
        Format::Json => match serde_json::to_string_pretty(&export::json(&report, &i18n)) {
            Ok(json) => println!("{json}"),
            Err(error) => return usage_error(&format!("cannot write JSON: {error}")),
        },
    }
    ExitCode::SUCCESS
}
