//! Plain mode: the interview as plain numbered lines, for screen readers, dumb terminals and
//! scripts. No alternate screen, no cursor movement, no box drawing, no colour; choices are
//! numbered and answered by typing a number. A renderer of its own over the same `Session` and
//! `ReportView` as the full screen.

use std::io::{self, BufRead, Write};

use rechtenwijzer_core::content::FactKind;
use rechtenwijzer_core::i18n::{I18n, ids};
use rechtenwijzer_core::interview::number::{self, NumberError};
use rechtenwijzer_core::interview::{Choice, answer_of, choice_label, choices, question_text};
use rechtenwijzer_core::model::answers::{Answer, Value};
use rechtenwijzer_core::model::cond::value_bit;
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::report::outline::{self, Block, DetailOptions};
use rechtenwijzer_core::report::view::{ViewOptions, what_would_change, word_changes};
use rechtenwijzer_core::report::{ReportView, answer_text};
use rechtenwijzer_core::session::Session;
use rechtenwijzer_core::text::{clean, wrap, wrap_within};

use std::time::Instant;

use crate::kiosk::{Kiosk, KioskSettings};
use crate::output::{pdf, print};

const WIDTH: usize = 78;
/// What plain mode writes where a word is too long for a line.
const ELLIPSIS: &str = "~";

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

/// How plain mode runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The terminal shows what is typed (so the prompt's line ends by itself).
    pub echoed: bool,
    /// The social worker's view in a right's detail.
    pub worker: bool,
    /// A shared computer: `q` starts over instead of stopping, Ctrl+D does not end it, staff
    /// leave with `staff` and the PIN.
    pub kiosk: Option<KioskSettings>,
    /// Whether the input is still a terminal (after an end of input: Ctrl+D, or a terminal
    /// that is gone).
    pub input_alive: fn() -> bool,
    /// The output is a terminal: starting over wipes it.
    pub wipe: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { echoed: false, worker: false, kiosk: None, input_alive: || false, wipe: false }
    }
}

/// What is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Question(usize),
    Overview,
    Results,
    Detail(usize),
    Documents,
    Help,
}

/// A plain-mode session: the answers and what is shown.
struct Plain<'a, 'c> {
    session: Session<'c>,
    i18n: I18n<'a>,
    screen: Screen,
    /// A question opened from the overview returns there once answered.
    from_overview: bool,
    worker: bool,
    /// On a kiosk, help names `q` as starting over.
    kiosk: bool,
}

/// Runs the interview on lines of `input`, writing to `output`, until the person stops or the
/// input ends (then the results and the checklist are written, so a script gets them).
pub fn run(
    session: Session,
    i18n: I18n,
    options: Options,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> io::Result<()> {
    let mut out = Writer { output, echoed: options.echoed };
    let started = Instant::now();
    let mut kiosk = options.kiosk.map(Kiosk::new);
    welcome(&i18n, kiosk.is_some(), &mut out)?;
    let screen = session.plan().next_after(None).map_or(Screen::Results, Screen::Question);
    let mut plain =
        Plain { session, i18n, screen, from_overview: false, worker: options.worker, kiosk: kiosk.is_some() };
    loop {
        plain.show(&mut out)?;
        let Some(line) = read(input, &mut out, &plain.i18n)? else {
            // On a kiosk's terminal, Ctrl+D (an end of input while the terminal is still there)
            // does not end the program; a terminal that is gone does.
            if kiosk.is_some() && (options.input_alive)() {
                continue;
            }
            if kiosk.is_some() {
                return Ok(());
            }
            // The input ended: finish with what is known.
            if plain.screen != Screen::Results {
                plain.screen = Screen::Results;
                plain.show(&mut out)?;
            }
            out.blank()?;
            plain.screen = Screen::Documents;
            plain.show(&mut out)?;
            return Ok(());
        };
        if let Some(kiosk) = kiosk.as_mut() {
            kiosk.tick(started.elapsed());
            match line.trim() {
                // On a shared computer, stopping is for staff: the person's way out is to
                // start over, with everything wiped.
                "q" | "Q" => {
                    if confirm(input, &mut out, &plain.i18n, START_OVER)? {
                        plain.session.clear();
                        plain.screen = plain.session.plan().next_after(None).map_or(Screen::Results, Screen::Question);
                        if options.wipe {
                            out.raw(crate::tui::terminal::WIPE)?;
                        }
                        welcome(&plain.i18n, true, &mut out)?;
                    }
                    continue;
                }
                STAFF_COMMAND => {
                    if staff_may_leave(kiosk, input, &mut out, &plain.i18n)? {
                        return Ok(());
                    }
                    continue;
                }
                _ => {}
            }
        } else if matches!(command(&line), Some(Command::Quit)) {
            if confirm(input, &mut out, &plain.i18n, QUIT)? {
                return Ok(());
            }
            continue;
        }
        plain.handle(line.trim(), &mut out)?;
    }
}

/// What staff type, on a kiosk in plain mode, to leave (then the PIN, if one is set).
pub const STAFF_COMMAND: &str = "staff";

/// The opening words: what this is, that nothing is stored, how to answer.
fn welcome(i18n: &I18n, kiosk: bool, out: &mut Writer) -> io::Result<()> {
    out.heading(&i18n.msg("ui-app-name"))?;
    out.para(&i18n.msg("ui-welcome-intro"))?;
    out.para(&i18n.msg("ui-welcome-reassure"))?;
    if !i18n.reviewed() {
        out.para(&i18n.msg("ui-unreviewed"))?;
    }
    out.para(&i18n.msg(commands_message(kiosk)))
}

/// The line that names the commands: on a kiosk `q` starts over.
fn commands_message(kiosk: bool) -> &'static str {
    if kiosk { "ui-plain-commands-kiosk" } else { "ui-plain-commands" }
}

/// Asks for a line; `None` when the input ends.
fn read(input: &mut dyn BufRead, out: &mut Writer, i18n: &I18n) -> io::Result<Option<String>> {
    out.prompt(&i18n.msg("ui-plain-prompt"))?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    out.end_prompt(&line)?;
    Ok(Some(line))
}

/// The question, yes and no of a confirmation.
type Confirmation = [&'static str; 3];
const START_OVER: Confirmation = ["ui-start-over-question", "ui-start-over-yes", "ui-start-over-no"];
const QUIT: Confirmation = ["ui-quit-question", "ui-quit-yes", "ui-quit-no"];

/// Asks a yes/no question before something that cannot be undone; only "1" is yes.
fn confirm(
    input: &mut dyn BufRead,
    out: &mut Writer,
    i18n: &I18n,
    [question, yes, no]: Confirmation,
) -> io::Result<bool> {
    out.para(&i18n.msg(question))?;
    out.item(1, &i18n.msg(yes))?;
    out.item(2, &i18n.msg(no))?;
    Ok(read(input, out, i18n)?.is_some_and(|answer| answer.trim() == "1"))
}

/// Staff leaving a kiosk in plain mode: the PIN, if one is set, with the same wait after a
/// wrong one as on the full screen.
fn staff_may_leave(kiosk: &mut Kiosk, input: &mut dyn BufRead, out: &mut Writer, i18n: &I18n) -> io::Result<bool> {
    if !kiosk.needs_pin() {
        return Ok(true);
    }
    if kiosk.pin_locked() {
        out.para(&i18n.msg("ui-staff-wait"))?;
        return Ok(false);
    }
    out.para(&i18n.msg("ui-staff-pin"))?;
    let pin = read(input, out, i18n)?.unwrap_or_default();
    if kiosk.try_pin(pin.trim()) {
        return Ok(true);
    }
    out.para(&i18n.msg("ui-staff-wrong"))?;
    Ok(false)
}

impl Plain<'_, '_> {
    fn report(&self) -> ReportView {
        ReportView::new(&self.session, &self.i18n, ViewOptions::default())
    }

    /// Acts on one typed line (not the stop command, which `run` asks about).
    fn handle(&mut self, line: &str, out: &mut Writer) -> io::Result<()> {
        if let Some(command) = command(line) {
            self.from_overview = false;
            match command {
                Command::Overview => self.screen = Screen::Overview,
                Command::Results => self.screen = Screen::Results,
                Command::Documents => self.screen = Screen::Documents,
                Command::Help => self.screen = Screen::Help,
                Command::Print => {
                    out.para(&self.i18n.msg("ui-printing"))?;
                    // The printer gets the PDF handout, as from the full screen.
                    let view = self.report();
                    let printed = pdf::pdf(&[(&view, &self.i18n)])
                        .map_err(|_| print::PrintError::Failed)
                        .and_then(|document| print::print(&document, print::PRINT_TIMEOUT));
                    let (_, message) = crate::tui::print_outcome(printed);
                    out.para(&self.i18n.msg(message))?;
                }
                Command::Quit => {}
            }
            return Ok(());
        }
        match self.screen {
            Screen::Question(question) => self.answer(question, line, out)?,
            Screen::Overview => {
                let sequence = &self.session.plan().sequence;
                match number(line) {
                    Some(n) if n >= 1 && n <= sequence.len() => {
                        self.screen = Screen::Question(sequence[n - 1]);
                        self.from_overview = true;
                    }
                    _ => out.para(&self.i18n.msg("ui-plain-invalid"))?,
                }
            }
            Screen::Results => {
                let view = self.report();
                let right = number(line).and_then(|n| view.in_result_order().nth(n.wrapping_sub(1)));
                match right {
                    Some(right) => self.screen = Screen::Detail(right.index),
                    None if line.is_empty() => self.screen = Screen::Documents,
                    None => out.para(&self.i18n.msg("ui-plain-invalid"))?,
                }
            }
            Screen::Detail(_) | Screen::Documents | Screen::Help => self.screen = Screen::Results,
        }
        Ok(())
    }

    /// Answers a question from a typed line; a wrong line is explained and the question stays.
    fn answer(&mut self, question: usize, line: &str, out: &mut Writer) -> io::Result<()> {
        let content = self.session.content();
        let fact = content.questions[question].fact;
        let options = plain_choices(&self.session, question);
        let answer = match &content.facts[fact].kind {
            FactKind::Integer { min, max } => {
                if line.is_empty() {
                    Some(Answer::DontKnow)
                } else {
                    match number::read(line) {
                        Ok(reading)
                            if min.is_some_and(|m| reading.value < m) || max.is_some_and(|m| reading.value > m) =>
                        {
                            let (low, high) = (min.unwrap_or(0), max.unwrap_or(i64::MAX));
                            let arguments = [("min", low.to_string().into()), ("max", high.to_string().into())];
                            out.para(&self.i18n.text("ui-number-range", &arguments))?;
                            None
                        }
                        Ok(reading) => {
                            if reading.normalized {
                                let value = self.i18n.number(reading.value.saturating_mul(100), 0);
                                out.para(&self.i18n.text("ui-number-read-as", &[("value", value.into())]))?;
                            }
                            Some(Answer::Known(Value::Integer(reading.value)))
                        }
                        Err(NumberError::Ambiguous) => {
                            out.para(&self.i18n.msg("ui-number-ambiguous"))?;
                            None
                        }
                        Err(NumberError::NotANumber) => {
                            out.para(&self.i18n.msg("ui-number-not-a-number"))?;
                            None
                        }
                        Err(NumberError::Empty | NumberError::TooLarge) => {
                            out.para(&self.i18n.msg("ui-plain-number"))?;
                            None
                        }
                    }
                }
            }
            FactKind::Set(_) => {
                let picked: Option<Vec<Choice>> = line
                    .split([' ', ','])
                    .filter(|p| !p.is_empty())
                    .map(|p| number(p).and_then(|n| options.get(n.wrapping_sub(1)).copied()))
                    .collect();
                match picked.as_deref() {
                    Some([Choice::NoneOfThese]) => answer_of(Choice::NoneOfThese, 0),
                    Some([Choice::DontKnow]) => Some(Answer::DontKnow),
                    Some(values) if !values.is_empty() && values.iter().all(|c| matches!(c, Choice::Value(_))) => {
                        let mask = values
                            .iter()
                            .fold(0, |mask, c| if let Choice::Value(v) = c { mask | value_bit(*v) } else { mask });
                        answer_of(Choice::Confirm, mask)
                    }
                    _ => {
                        out.para(&self.i18n.msg("ui-plain-invalid"))?;
                        None
                    }
                }
            }
            FactKind::YesNo | FactKind::Choice(_) => {
                match number(line).and_then(|n| options.get(n.wrapping_sub(1)).copied()) {
                    Some(Choice::Value(index)) => u8::try_from(index).ok().map(|i| Answer::Known(Value::Choice(i))),
                    Some(choice) => answer_of(choice, 0),
                    None => {
                        out.para(&self.i18n.msg("ui-plain-invalid"))?;
                        None
                    }
                }
            }
        };
        if let Some(answer) = answer {
            self.session.answer(fact, answer);
            self.screen = if std::mem::take(&mut self.from_overview) {
                Screen::Overview
            } else {
                self.session.plan().next_after(Some(question)).map_or(Screen::Results, Screen::Question)
            };
        }
        Ok(())
    }

    fn show(&self, out: &mut Writer) -> io::Result<()> {
        out.blank()?;
        let i18n = &self.i18n;
        let content = self.session.content();
        match self.screen {
            Screen::Question(question) => self.show_question(question, out),
            Screen::Overview => {
                out.heading(&i18n.msg("ui-overview-title"))?;
                for (index, &question) in self.session.plan().sequence.iter().enumerate() {
                    let fact = content.questions[question].fact;
                    let answer = self
                        .session
                        .answers()
                        .get(fact)
                        .map_or_else(|| i18n.msg("ui-not-answered"), |a| answer_text(content, i18n, fact, a));
                    out.item(index + 1, &format!("{}: {answer}", i18n.msg(&ids::fact(&content.facts[fact].id))))?;
                }
                out.para(&i18n.msg("ui-plain-overview"))
            }
            Screen::Results => self.show_results(out),
            Screen::Detail(right) => {
                let view = self.report();
                let Some(right_view) = view.rights.get(right) else { return Ok(()) };
                out.heading(&right_view.name)?;
                let what_if = word_changes(content, &what_would_change(&self.session, right), i18n);
                let options = DetailOptions { worker: self.worker, what_if: &what_if };
                out.blocks(&outline::detail(right_view, i18n, options))?;
                out.para(&i18n.msg("ui-plain-continue"))
            }
            Screen::Documents => {
                out.heading(&i18n.msg("ui-documents-title"))?;
                out.blocks(&outline::checklist(&self.report(), i18n))?;
                out.para(&i18n.msg("ui-plain-continue"))
            }
            Screen::Help => {
                out.heading(&i18n.msg("ui-help-title"))?;
                out.para(&i18n.msg(commands_message(self.kiosk)))?;
                out.para(&i18n.msg("ui-plain-continue"))
            }
        }
    }

    fn show_question(&self, question: usize, out: &mut Writer) -> io::Result<()> {
        let i18n = &self.i18n;
        let content = self.session.content();
        let definition = &content.questions[question];
        let fact = &content.facts[definition.fact];
        let (number, total) = self.session.plan().progress(question);
        out.line(&i18n.text("ui-question-progress", &[("number", number.into()), ("total", total.into())]))?;
        let (text, help) = question_text(content, i18n, self.session.answers(), question);
        out.heading(&text)?;
        out.para(&help)?;
        if let Some(answer) = self.session.answers().get(definition.fact) {
            let shown = answer_text(content, i18n, definition.fact, answer);
            out.para(&i18n.text("ui-plain-current", &[("answer", shown.into())]))?;
        }
        if let FactKind::Integer { .. } = fact.kind {
            return out.para(&i18n.msg("ui-plain-number"));
        }
        for (index, choice) in plain_choices(&self.session, question).into_iter().enumerate() {
            out.item(index + 1, &choice_label(content, i18n, question, choice))?;
        }
        if let FactKind::Set(_) = fact.kind {
            out.para(&i18n.msg("ui-plain-several"))?;
        }
        Ok(())
    }

    fn show_results(&self, out: &mut Writer) -> io::Result<()> {
        let view = self.report();
        let i18n = &self.i18n;
        out.heading(&i18n.msg("ui-results-title"))?;
        out.para(&view.disclaimer)?;
        let mut number = 0;
        for group in &view.groups {
            out.blank()?;
            out.heading(&group.heading)?;
            if group.rights.is_empty() {
                out.para(&i18n.msg("ui-group-empty"))?;
            }
            for right in group.rights.iter().filter_map(|&right| view.rights.get(right)) {
                number += 1;
                out.item(number, &right.name_with_dutch)?;
                if group.status != Status::Unlikely {
                    out.indented(&right.summary)?;
                    if let Some(reason) = right.reasons.first() {
                        out.indented(reason)?;
                    }
                }
            }
        }
        out.blank()?;
        out.para(&i18n.msg("ui-plain-results"))
    }
}

fn number(line: &str) -> Option<usize> {
    line.trim().parse().ok()
}

/// The options of a question as plain mode numbers them: no "confirm" for sets (the typed
/// line is the confirmation), and no option for a number (it is typed).
fn plain_choices(session: &Session, question: usize) -> Vec<Choice> {
    choices(session.content(), question).into_iter().filter(|c| !matches!(c, Choice::Confirm | Choice::Input)).collect()
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

    /// An outline (a right's detail, the checklist): each paragraph wrapped after its prefix,
    /// a long word broken with a visible mark.
    fn blocks(&mut self, blocks: &[Block]) -> io::Result<()> {
        for block in blocks {
            match block {
                Block::Blank => self.blank()?,
                Block::Para { prefix, text, .. } => {
                    let prefix_width = unicode_width::UnicodeWidthStr::width(prefix.as_str());
                    let room = WIDTH.saturating_sub(prefix_width).max(1);
                    let indent = " ".repeat(prefix_width);
                    for (index, line) in wrap_within(&clean(text), room, ELLIPSIS).into_iter().enumerate() {
                        let lead = if index == 0 { prefix } else { &indent };
                        writeln!(self.output, "{}", format!("{lead}{line}").trim_end())?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Control bytes of our own (the wipe), written as they are.
    fn raw(&mut self, bytes: &str) -> io::Result<()> {
        self.output.write_all(bytes.as_bytes())?;
        self.output.flush()
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
