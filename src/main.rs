//! The `rechtenwijzer` binary: parse the command line, load the content (the compiled built-in
//! form, or folders checked in full) before anything else, and dispatch. Exit codes: 0 fine,
//! 1 content errors, 2 usage errors, 3 the terminal or the output failed, 129 the terminal hung
//! up.

#![allow(clippy::print_stderr)] // the binary talks to the person on standard error

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::LazyLock;

use clap::Parser;
use rechtenwijzer::builtin;
use rechtenwijzer::cli::{
    CheckArgs, Cli, Command, Common, Environment, EvaluateArgs, Format, InterviewArgs, SourceArgs,
};
use rechtenwijzer::kiosk::KioskSettings;
use rechtenwijzer::output::{html, json, pdf, text};
use rechtenwijzer::plain;
use rechtenwijzer::tui::{self, app::App, app::AppOptions, glyphs::GlyphSet, theme::ThemeName};
use rechtenwijzer_core::check;
use rechtenwijzer_core::content::answers_file;
use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::content::{Content, overlay};
use rechtenwijzer_core::diagnostic::{self, Diagnostic};
use rechtenwijzer_core::i18n::negotiate::negotiate;
use rechtenwijzer_core::i18n::{I18n, Locales, REFERENCE};
use rechtenwijzer_core::model::answers::Answers;
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::report::compare::differences;
use rechtenwijzer_core::report::view::{ReportView, ViewOptions};
use rechtenwijzer_core::session::{ContentRef, Session};
use rechtenwijzer_core::text::clean_line;

const CONTENT_ERRORS: u8 = 1;
const USAGE_ERROR: u8 = 2;
const OUTPUT_FAILED: u8 = 3;
/// The conventional exit code after SIGHUP (128 + 1).
const HANGUP_EXIT: u8 = 129;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check(arguments)) => run_check(&arguments),
        Some(Command::Evaluate(arguments)) => run_evaluate(&arguments),
        None => run_interview(&cli.interview),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("rechtenwijzer: {}", clean_line(message));
    ExitCode::from(USAGE_ERROR)
}

/// Writes the output; a closed or full standard output is a message, not a crash.
fn emit(text: &str) -> ExitCode {
    emit_bytes(text.as_bytes())
}

/// Writes bytes to standard output, as `emit`.
fn emit_bytes(bytes: &[u8]) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("rechtenwijzer: cannot write the output: {error}");
            ExitCode::from(OUTPUT_FAILED)
        }
    }
}

/// The content and locale trees (with the chosen municipality's overlay laid over them), and
/// the problems met while reading them.
fn read_sources(sources: &SourceArgs) -> Result<(SourceTree, SourceTree, Vec<Diagnostic>), String> {
    let mut problems = Vec::new();
    let mut read = |dir: &Option<std::path::PathBuf>, built_in: fn() -> SourceTree| -> Result<SourceTree, String> {
        match dir {
            Some(dir) => {
                let (tree, mut found) = SourceTree::read_dir(dir)?;
                problems.append(&mut found);
                Ok(tree)
            }
            None => Ok(built_in()),
        }
    };
    let content = read(&sources.content, builtin::content_sources)?;
    let locales = read(&sources.locales, builtin::locale_sources)?;
    match &sources.municipality {
        Some(name) => {
            let (content, locales) = overlay::apply(&content, &locales, name)?;
            Ok((content, locales, problems))
        }
        None => Ok((content, locales, problems)),
    }
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
    let mut report = check::render(&result, &content_tree, &locale_tree);
    if arguments.freshness {
        report.push_str(&check::freshness(&result));
    }
    match emit(&report) {
        code if code != ExitCode::SUCCESS => code,
        _ if result.has_errors() => ExitCode::from(CONTENT_ERRORS),
        _ => ExitCode::SUCCESS,
    }
}

/// Content and messages ready to use.
struct Loaded {
    content: LoadedContent,
    locales: Locales,
}

/// The built-in content (decoded when first read) or content read from folders.
enum LoadedContent {
    BuiltIn(&'static LazyLock<Content>),
    Read(Box<Content>),
}

impl Loaded {
    fn content(&self) -> ContentRef<'_> {
        match &self.content {
            LoadedContent::BuiltIn(lazy) => ContentRef::Deferred(lazy),
            LoadedContent::Read(content) => ContentRef::Ready(content),
        }
    }
}

/// The built-in content in its compiled form (checked when the program was built), or the
/// given folders checked in full; content errors are printed and end the program (exit 1)
/// before the terminal is touched. `languages`: the only languages to parse now.
fn load(sources: &SourceArgs, languages: Option<&[&str]>) -> Result<Loaded, ExitCode> {
    if sources.built_in() {
        return match builtin::load() {
            Ok(built_in) => Ok(Loaded { content: LoadedContent::BuiltIn(built_in.content), locales: built_in.locales }),
            Err(message) => {
                eprintln!("rechtenwijzer: {message}");
                Err(ExitCode::from(CONTENT_ERRORS))
            }
        };
    }
    let (content_tree, locale_tree, problems) = read_sources(sources).map_err(|message| usage_error(&message))?;
    let result = check::run_for(&content_tree, &locale_tree, problems, languages);
    if result.has_errors() {
        let errors: Vec<Diagnostic> = result.diagnostics.iter().filter(|d| d.is_error()).cloned().collect();
        let find = |shown: &str| {
            content_tree.by_shown(shown).or_else(|| locale_tree.by_shown(shown)).map(|file| file.text.as_ref())
        };
        eprint!("{}", diagnostic::render_all(&errors, find));
        eprintln!("rechtenwijzer: the content has errors; run `rechtenwijzer check` for details");
        return Err(ExitCode::from(CONTENT_ERRORS));
    }
    Ok(Loaded { content: LoadedContent::Read(Box::new(result.loaded.content)), locales: result.locales })
}

/// A language that exists, or a usage error listing those that do.
fn existing(language: &str, locales: &Locales) -> Result<String, ExitCode> {
    if locales.get(language).is_some() {
        return Ok(language.to_string());
    }
    Err(usage_error(&format!("`{language}` is not an available language; choose one of: {}", locales.ids().join(", "))))
}

/// The language asked for, else the best the environment asks for, else Dutch.
fn choose_language(common: &Common, environment: &Environment, locales: &Locales) -> Result<String, ExitCode> {
    match &common.lang {
        Some(language) => existing(language, locales),
        None => {
            let requested: Vec<&str> = environment.languages.iter().map(String::as_str).collect();
            Ok(negotiate(&requested, &locales.ids()).unwrap_or(REFERENCE).to_string())
        }
    }
}

/// The language to parse at start-up, before the locales are known (the others are parsed
/// when first shown).
fn wanted_language(common: &Common, environment: &Environment) -> String {
    common.lang.clone().or_else(|| environment.languages.first().cloned()).map_or_else(
        || REFERENCE.to_string(),
        |language| language.split(['_', '.', '@', '-']).next().unwrap_or(REFERENCE).to_ascii_lowercase(),
    )
}

fn run_interview(arguments: &InterviewArgs) -> ExitCode {
    let environment = Environment::read();
    let wanted = wanted_language(&arguments.common, &environment);
    let mut languages = vec![wanted.as_str(), REFERENCE];
    languages.extend(arguments.second_lang.as_deref());
    let loaded = match load(&arguments.sources, Some(&languages)) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let language = match choose_language(&arguments.common, &environment, &loaded.locales) {
        Ok(language) => language,
        Err(code) => return code,
    };
    let second_language = match arguments.second_lang.as_deref().map(|l| existing(l, &loaded.locales)).transpose() {
        Ok(second) => second,
        Err(code) => return code,
    };
    let kiosk = match (arguments.kiosk || arguments.kiosk_config.is_some())
        .then(|| KioskSettings::read(arguments.kiosk_config.as_deref(), environment.staff_pin.clone()))
        .transpose()
    {
        Ok(kiosk) => kiosk,
        Err(message) => return usage_error(&message),
    };
    let date = arguments.common.date.unwrap_or_else(Date::today);
    if arguments.plain || environment.wants_plain() {
        return run_plain(&loaded, &language, date, arguments.worker, kiosk);
    }
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return usage_error(
            "the interview needs a terminal; use --plain for plain lines, or `rechtenwijzer evaluate --answers FILE`",
        );
    }
    let options = AppOptions {
        language,
        second_language,
        date,
        large: arguments.large,
        theme: arguments.theme.unwrap_or(if environment.no_color { ThemeName::Mono } else { ThemeName::Standard }),
        glyphs: arguments.glyphs.unwrap_or_else(|| GlyphSet::for_term(environment.term.as_deref())),
        worker: arguments.worker,
        training: arguments.training,
        kiosk,
    };
    let mut app = App::new(loaded.content(), &loaded.locales, options);
    match tui::run(&mut app) {
        Ok(tui::Ended::HungUp) => ExitCode::from(HANGUP_EXIT),
        Ok(tui::Ended::Stopped | tui::Ended::Signal) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("rechtenwijzer: the terminal failed: {error}");
            ExitCode::from(OUTPUT_FAILED)
        }
    }
}

/// Plain lines (a screen reader, a dumb terminal, a script); right-to-left languages are shown
/// alone here, since the terminal or the reader shapes them.
fn run_plain(loaded: &Loaded, language: &str, date: Date, worker: bool, kiosk: Option<KioskSettings>) -> ExitCode {
    let Some(i18n) = I18n::new(&loaded.locales, language) else {
        return usage_error(&format!("`{language}` is not an available language"));
    };
    let stdin = io::stdin();
    let stdout = io::stdout();
    let wipe = stdout.is_terminal();
    if let Err(error) = plain_signals(kiosk.is_some(), wipe) {
        eprintln!("rechtenwijzer: {error}");
        return ExitCode::from(OUTPUT_FAILED);
    }
    let options =
        plain::Options { echoed: stdin.is_terminal(), worker, kiosk, input_alive: || io::stdin().is_terminal(), wipe };
    let ran = plain::run(Session::new(loaded.content(), date), i18n, options, &mut stdin.lock(), &mut stdout.lock());
    if wipe {
        // Plain mode too leaves nothing on a shared screen.
        let _ = emit(tui::terminal::WIPE);
    }
    match ran {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("rechtenwijzer: cannot write the output: {error}");
            ExitCode::from(OUTPUT_FAILED)
        }
    }
}

/// Signals in plain mode, where the terminal is not in raw mode (Ctrl+C, Ctrl+\\ and Ctrl+Z are
/// signals): stopping ones wipe the screen and end the program; on a kiosk, Ctrl+C, Ctrl+\\ and
/// Ctrl+Z do nothing at all, and neither do the user signals.
fn plain_signals(kiosk: bool, wipe: bool) -> io::Result<()> {
    use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2};
    let (stopping, ignored): (Vec<i32>, Vec<i32>) = if kiosk {
        (vec![SIGTERM, SIGHUP], vec![SIGINT, SIGQUIT, SIGTSTP, SIGUSR1, SIGUSR2, SIGALRM])
    } else {
        (vec![SIGTERM, SIGHUP, SIGINT, SIGQUIT], vec![SIGUSR1, SIGUSR2, SIGALRM])
    };
    let dropped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    for signal in ignored {
        signal_hook::flag::register(signal, std::sync::Arc::clone(&dropped))?;
    }
    let mut signals = signal_hook::iterator::Signals::new(stopping)?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            if wipe {
                // The interview holds the stdout lock while it waits for a line: write the
                // wipe to a copy of the descriptor, past the lock, or the exit would wait forever.
                use std::os::fd::AsFd;
                if let Ok(descriptor) = io::stdout().as_fd().try_clone_to_owned() {
                    let _ = std::fs::File::from(descriptor).write_all(tui::terminal::WIPE.as_bytes());
                }
            }
            std::process::exit(if signal == SIGHUP { i32::from(HANGUP_EXIT) } else { 0 });
        }
    });
    Ok(())
}

/// Reads an answers file; a bad key or value is a usage error with its place.
fn read_answers(content: &Content, path: &std::path::Path) -> Result<Answers, ExitCode> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| usage_error(&format!("cannot read {shown}: {error}")))?;
    answers_file::parse_file(content, &shown, &text).map_err(|problems| {
        eprint!("{}", diagnostic::render_all(&problems, |_| Some(text.as_str())));
        ExitCode::from(USAGE_ERROR)
    })
}

fn run_evaluate(arguments: &EvaluateArgs) -> ExitCode {
    if let Some(message) = arguments.mismatch() {
        return usage_error(&message);
    }
    // A PDF is bytes for a file or a printer: on a terminal it would only garble the screen.
    if arguments.format == Format::Pdf && io::stdout().is_terminal() {
        return usage_error(
            "--format pdf writes a PDF, which a terminal cannot show; send it to a file (> handout.pdf) or to a printer (| lp -)",
        );
    }
    let loaded = match load(&arguments.sources, None) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let content = loaded.content().get();
    let language = match choose_language(&arguments.common, &Environment::read(), &loaded.locales) {
        Ok(language) => language,
        Err(code) => return code,
    };
    let Some(i18n) = I18n::new(&loaded.locales, &language) else {
        return usage_error(&format!("`{language}` is not an available language"));
    };
    let second = match arguments.second_lang.as_deref().map(|l| existing(l, &loaded.locales)).transpose() {
        Ok(second) => second,
        Err(code) => return code,
    };
    let answers = match read_answers(content, &arguments.answers) {
        Ok(answers) => answers,
        Err(code) => return code,
    };
    let date = arguments.common.date.unwrap_or_else(Date::today);
    let session = Session::with_answers(content, date, answers);
    let view = ReportView::new(&session, &i18n, ViewOptions { what_if: arguments.what_if });
    if let Some(other) = &arguments.compare {
        let other = match read_answers(content, other) {
            Ok(answers) => Session::with_answers(content, date, answers),
            Err(code) => return code,
        };
        let other_view = ReportView::new(&other, &i18n, ViewOptions::default());
        let changes = differences(session.evaluation(), other.evaluation());
        return match arguments.format {
            Format::Json => json_output(&json::comparison(&view, &other_view, &changes)),
            Format::Text | Format::Html | Format::Pdf => emit(&text::compare(&view, &changes, &i18n)),
        };
    }
    match arguments.format {
        Format::Text => emit(&text::text(&view, &i18n)),
        Format::Json => json_output(&json::results(&view)),
        Format::Html | Format::Pdf => {
            let second = second.as_deref().and_then(|l| I18n::new(&loaded.locales, l));
            let second_view = second.as_ref().map(|words| ReportView::new(&session, words, ViewOptions::default()));
            let mut parts = vec![(&view, &i18n)];
            if let (Some(second_view), Some(words)) = (&second_view, &second) {
                parts.push((second_view, words));
            }
            if arguments.format == Format::Html {
                return emit(&html::html(&parts));
            }
            match pdf::pdf(&parts) {
                Ok(bytes) => emit_bytes(&bytes),
                Err(error) => {
                    eprintln!("rechtenwijzer: {error}");
                    ExitCode::from(OUTPUT_FAILED)
                }
            }
        }
    }
}

fn json_output(value: &impl serde::Serialize) -> ExitCode {
    match json::to_json(value) {
        Ok(json) => emit(&json),
        Err(error) => usage_error(&format!("cannot write JSON: {error}")),
    }
}
