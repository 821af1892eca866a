//! Plain mode: the same interview as the full-screen one, over the same `App` model, written as
//! plain lines for screen readers, dumb terminals and scripts. No alternate screen, no cursor
//! movement, no box drawing, no colour; choices are numbered and answered by typing a number.

use std::io::{self, BufRead, Write};

use crate::content::FactKind;
use crate::i18n::I18n;
use crate::report::{self, Report};
use crate::rules::{Status, value_bit};
use crate::text::{clean, wrap};
use crate::tui::app::{App, Choice, InputError, Screen};
use crate::tui::glyphs::GlyphSet;
use crate::tui::view;

const WIDTH: usize = 78;

/// What a typed line asks for, besides an answer.
enum Command {
    Print,
    Overview,
    Results,
    Documents,
    Help,
    Quit,
}

fn command(line: &str) -> Option<Command> {
    match line.trim().to_lowercase().as_str() {
        "p" => Some(Command::Print),
        "o" => Some(Command::Overview),
        "r" => Some(Command::Results),
        "d" => Some(Command::Documents),
        "?" | "h" => Some(Command::Help),
        "q" => Some(Command::Quit),
        _ => None,
    }
}

/// Runs the interview on lines of `input`, writing to `output`, until the person stops or the
/// input ends (then the results and the checklist are written, so a script gets them).
/// `echoed`: the terminal shows what is typed (so the prompt's line ends by itself).
pub fn run(app: &mut App, input: &mut dyn BufRead, output: &mut dyn Write, echoed: bool) -> io::Result<()> {
    app.glyphs = GlyphSet::Ascii;
    let Some(i18n) = I18n::new(app.locales, &app.language) else { return Ok(()) };
    let mut out = Writer { output, echoed };
    out.heading(&i18n.plain("ui-app-name"))?;
    out.para(&i18n.plain("ui-welcome-intro"))?;
    out.para(&i18n.plain("ui-welcome-reassure"))?;
    if !i18n.reviewed() {
        out.para(&i18n.plain("ui-unreviewed"))?;
    }
    out.para(&i18n.plain("ui-plain-commands"))?;
    app.go(first_screen(app));
    loop {
        show(app, &i18n, &mut out)?;
        out.prompt(&i18n.plain("ui-plain-prompt"))?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            // The input ended: finish with what is known.
            if !matches!(app.screen, Screen::Results) {
                app.go(Screen::Results);
                show(app, &i18n, &mut out)?;
            }
            out.blank()?;
            app.go(Screen::Documents);
            show(app, &i18n, &mut out)?;
            return Ok(());
        }
        out.end_prompt(&line)?;
        if matches!(command(&line), Some(Command::Quit)) {
            out.para(&i18n.plain("ui-quit-question"))?;
            out.item(1, &i18n.plain("ui-quit-yes"))?;
            out.item(2, &i18n.plain("ui-quit-no"))?;
            out.prompt(&i18n.plain("ui-plain-prompt"))?;
            let mut confirm = String::new();
            let read = input.read_line(&mut confirm)?;
            out.end_prompt(&confirm)?;
            if read == 0 || confirm.trim() == "1" {
                return Ok(());
            }
            continue;
        }
        handle(app, &i18n, line.trim(), &mut out)?;
    }
}

fn first_screen(app: &App) -> Screen {
    app.plan.next_after(None).map_or(Screen::Results, Screen::Question)
}

/// Acts on one typed line (not the stop command, which `run` asks about).
fn handle(app: &mut App, i18n: &I18n, line: &str, out: &mut Writer) -> io::Result<()> {
    if let Some(command) = command(line) {
        match command {
            Command::Overview => app.go(Screen::Overview),
            Command::Results => app.go(Screen::Results),
            Command::Documents => app.go(Screen::Documents),
            Command::Help => app.go(Screen::Help),
            Command::Print => {
                let report = Report::new(app.content, app.evaluation.clone());
                let message = match crate::handout::print(&crate::export::text(&report, i18n)) {
                    Ok(()) => "ui-printed",
                    Err(crate::handout::PrintError::NoPrinter) => "ui-print-no-printer",
                    Err(crate::handout::PrintError::Failed) => "ui-print-failed",
                };
                out.para(&i18n.plain(message))?;
            }
            Command::Quit => {}
        }
        return Ok(());
    }
    match app.screen {
        Screen::Question(question) => answer(app, i18n, question, line, out)?,
        Screen::Overview => match number(line) {
            Some(n) if n >= 1 && n <= app.plan.sequence.len() => app.go(Screen::Question(app.plan.sequence[n - 1])),
            _ => out.para(&i18n.plain("ui-plain-invalid"))?,
        },
        Screen::Results => match number(line).and_then(|n| rights_in_order(app).get(n.wrapping_sub(1)).copied()) {
            Some(right) => app.go(Screen::Detail(right)),
            None if line.is_empty() => app.go(Screen::Documents),
            None => out.para(&i18n.plain("ui-plain-invalid"))?,
        },
        Screen::Detail(_)
        | Screen::Documents
        | Screen::Help
        | Screen::Welcome
        | Screen::Handout
        | Screen::SaveAs
        | Screen::Personas
        | Screen::Compare => app.go(Screen::Results),
    }
    Ok(())
}

fn number(line: &str) -> Option<usize> {
    line.trim().parse().ok()
}

/// Answers a question from a typed line; a wrong line is explained and the question stays.
fn answer(app: &mut App, i18n: &I18n, question: usize, line: &str, out: &mut Writer) -> io::Result<()> {
    let fact = app.content.questions[question].fact;
    let choices = plain_choices(app, question);
    match &app.content.facts[fact].kind {
        FactKind::Integer { .. } => {
            if line.is_empty() {
                app.choose(question, Choice::DontKnow);
                return Ok(());
            }
            app.input = line.chars().filter(|c| !c.is_whitespace()).collect();
            if !app.input.chars().all(|c| c.is_ascii_digit()) {
                app.error = Some(InputError::Empty);
            } else {
                app.choose(question, Choice::Input);
            }
            if app.screen == Screen::Question(question) {
                out.para(&error_text(app, i18n, question))?;
            }
        }
        FactKind::Set(_) => {
            let picked: Option<Vec<Choice>> = line
                .split([' ', ','])
                .filter(|p| !p.is_empty())
                .map(|p| number(p).and_then(|n| choices.get(n.wrapping_sub(1)).copied()))
                .collect();
            match picked.as_deref() {
                Some([Choice::NoneOfThese]) => app.choose(question, Choice::NoneOfThese),
                Some([Choice::DontKnow]) => app.choose(question, Choice::DontKnow),
                Some(values) if !values.is_empty() && values.iter().all(|c| matches!(c, Choice::Value(_))) => {
                    app.draft = values
                        .iter()
                        .fold(0, |mask, c| if let Choice::Value(v) = c { mask | value_bit(*v) } else { mask });
                    app.choose(question, Choice::Confirm);
                }
                _ => out.para(&i18n.plain("ui-plain-invalid"))?,
            }
        }
        FactKind::YesNo | FactKind::Choice(_) => {
            match number(line).and_then(|n| choices.get(n.wrapping_sub(1)).copied()) {
                Some(choice) => app.choose(question, choice),
                None => out.para(&i18n.plain("ui-plain-invalid"))?,
            }
        }
    }
    Ok(())
}

fn error_text(app: &App, i18n: &I18n, question: usize) -> String {
    let fact = app.content.questions[question].fact;
    let (min, max) = match app.content.facts[fact].kind {
        FactKind::Integer { min, max } => (min.unwrap_or(0), max.unwrap_or(i64::MAX)),
        _ => (0, 0),
    };
    match app.error {
        Some(InputError::OutOfRange) => {
            i18n.text("ui-number-range", &[("min", min.to_string().into()), ("max", max.to_string().into())])
        }
        Some(InputError::Empty) | None => i18n.plain("ui-plain-number"),
    }
}

/// The options of a question as plain mode numbers them: no "confirm" for sets (the typed
/// line is the confirmation), and no option for a number (it is typed).
fn plain_choices(app: &App, question: usize) -> Vec<Choice> {
    app.choices(question).into_iter().filter(|c| !matches!(c, Choice::Confirm | Choice::Input)).collect()
}

/// Every right in the order the results list numbers them.
fn rights_in_order(app: &App) -> Vec<usize> {
    let mut rights = Vec::new();
    for status in Status::ALL {
        rights.extend(crate::report::group(app.content, &app.evaluation, status));
    }
    rights
}

fn show(app: &App, i18n: &I18n, out: &mut Writer) -> io::Result<()> {
    out.blank()?;
    match app.screen {
        Screen::Question(question) => show_question(app, i18n, question, out),
        Screen::Overview => {
            out.heading(&i18n.plain("ui-overview-title"))?;
            for (index, &question) in app.plan.sequence.iter().enumerate() {
                let fact = app.content.questions[question].fact;
                let answer = app
                    .answers
                    .get(fact)
                    .map_or_else(|| i18n.plain("ui-not-answered"), |a| report::answer_text(app.content, i18n, fact, a));
                out.item(
                    index + 1,
                    &format!("{}: {answer}", i18n.plain(&format!("fact-{}", app.content.facts[fact].id))),
                )?;
            }
            out.para(&i18n.plain("ui-plain-overview"))
        }
        Screen::Results => show_results(app, i18n, out),
        Screen::Detail(right) => {
            out.heading(&i18n.plain(&format!("right-{}", app.content.rights[right].id)))?;
            show_text(app, out)?;
            out.para(&i18n.plain("ui-plain-continue"))
        }
        Screen::Documents => {
            out.heading(&i18n.plain("ui-documents-title"))?;
            show_text(app, out)?;
            out.para(&i18n.plain("ui-plain-continue"))
        }
        Screen::Help => {
            out.heading(&i18n.plain("ui-help-title"))?;
            out.para(&i18n.plain("ui-plain-commands"))?;
            out.para(&i18n.plain("ui-plain-continue"))
        }
        Screen::Welcome | Screen::Handout | Screen::SaveAs | Screen::Personas | Screen::Compare => Ok(()),
    }
}

fn show_text(app: &App, out: &mut Writer) -> io::Result<()> {
    for line in view::scroll_text(app, WIDTH) {
        out.line(line.trim_end())?;
    }
    Ok(())
}

fn show_question(app: &App, i18n: &I18n, question: usize, out: &mut Writer) -> io::Result<()> {
    let definition = &app.content.questions[question];
    let fact = &app.content.facts[definition.fact];
    let (number, total) = app.plan.progress(question);
    out.line(&i18n.text("ui-question-progress", &[("number", number.into()), ("total", total.into())]))?;
    out.heading(&i18n.plain(&format!("question-{}", definition.id)))?;
    out.para(&i18n.plain(&format!("question-{}-help", definition.id)))?;
    if let Some(answer) = app.answers.get(definition.fact) {
        out.para(&i18n.text(
            "ui-plain-current",
            &[("answer", report::answer_text(app.content, i18n, definition.fact, answer).into())],
        ))?;
    }
    if let FactKind::Integer { .. } = fact.kind {
        return out.para(&i18n.plain("ui-plain-number"));
    }
    for (index, choice) in plain_choices(app, question).into_iter().enumerate() {
        let label = match choice {
            Choice::Yes => i18n.plain("ui-yes"),
            Choice::No => i18n.plain("ui-no"),
            Choice::DontKnow => i18n.plain("ui-dont-know"),
            Choice::NoneOfThese => i18n.plain("ui-none-of-these"),
            Choice::Value(value) => match &fact.kind {
                FactKind::Choice(values) | FactKind::Set(values) => {
                    values.get(value).map_or_else(String::new, |v| i18n.plain(&format!("fact-{}-{v}", fact.id)))
                }
                FactKind::Integer { .. } | FactKind::YesNo => String::new(),
            },
            Choice::Confirm | Choice::Input => continue,
        };
        out.item(index + 1, &label)?;
    }
    if let FactKind::Set(_) = fact.kind {
        out.para(&i18n.plain("ui-plain-several"))?;
    }
    Ok(())
}

fn show_results(app: &App, i18n: &I18n, out: &mut Writer) -> io::Result<()> {
    let report = Report::new(app.content, app.evaluation.clone());
    out.heading(&i18n.plain("ui-results-title"))?;
    out.para(&i18n.plain("ui-report-disclaimer"))?;
    let mut number = 0;
    for status in Status::ALL {
        let rights: Vec<usize> = report.group(status);
        out.blank()?;
        out.heading(&i18n.plain(&format!("ui-status-{}", status.id())))?;
        if rights.is_empty() {
            out.para(&i18n.plain("ui-group-empty"))?;
        }
        for right in rights {
            number += 1;
            let id = &app.content.rights[right].id;
            out.item(number, &i18n.with_dutch(&format!("right-{id}")))?;
            if status != Status::Unlikely {
                out.indented(&i18n.plain(&format!("right-{id}-summary")))?;
                if let Some(reason) = report.reasons(right, i18n).first() {
                    out.indented(reason)?;
                }
            }
        }
    }
    out.blank()?;
    out.para(&i18n.plain("ui-plain-results"))
}

/// Plain lines, wrapped, with control characters removed.
struct Writer<'a> {
    output: &'a mut dyn Write,
    echoed: bool,
}

impl Writer<'_> {
    fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.output, "{}", clean(text))
    }

    fn blank(&mut self) -> io::Result<()> {
        writeln!(self.output)
    }

    fn heading(&mut self, text: &str) -> io::Result<()> {
        self.para(text)
    }

    fn para(&mut self, text: &str) -> io::Result<()> {
        for line in wrap(&clean(text), WIDTH) {
            writeln!(self.output, "{line}")?;
        }
        Ok(())
    }

    fn indented(&mut self, text: &str) -> io::Result<()> {
        for line in wrap(&clean(text), WIDTH - 4) {
            writeln!(self.output, "    {line}")?;
        }
        Ok(())
    }

    fn item(&mut self, number: usize, text: &str) -> io::Result<()> {
        let prefix = format!("{number}. ");
        for (index, line) in wrap(&clean(text), WIDTH - prefix.len()).into_iter().enumerate() {
            let lead = if index == 0 { prefix.clone() } else { " ".repeat(prefix.len()) };
            writeln!(self.output, "{lead}{line}")?;
        }
        Ok(())
    }

    fn prompt(&mut self, text: &str) -> io::Result<()> {
        write!(self.output, "{} ", clean(text))?;
        self.output.flush()
    }

    /// Ends the prompt's line: a terminal echoed the typed line already; with piped input (a
    /// script, a transcript) the line is written after the prompt, so the transcript reads as
    /// a conversation.
    fn end_prompt(&mut self, typed: &str) -> io::Result<()> {
        if self.echoed { Ok(()) } else { writeln!(self.output, "{}", clean(typed.trim_end())) }
    }
}
