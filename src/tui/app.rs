//! The full-screen interview as a model: a `Session` (the answers and what follows from them)
//! plus where the person is and how the screen looks. `update(Action)` is the only thing that
//! changes it, and returns what the terminal owner must do (print, save, wipe, stop); the view
//! reads it through the accessors below and never changes it.

mod modal;
mod navigation;
mod question;
mod welcome;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use rechtenwijzer_core::content::Content;
use rechtenwijzer_core::i18n::{I18n, Locales, REFERENCE, ids};
use rechtenwijzer_core::interview::{self, Choice, Plan};
use rechtenwijzer_core::model::answers::Answers;
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::report::ReportView;
use rechtenwijzer_core::report::view::ViewOptions;
use rechtenwijzer_core::rules::Evaluation;
use rechtenwijzer_core::session::{ContentRef, Session};
use rechtenwijzer_core::whatif::Change;

use crate::kiosk::{Kiosk, KioskSettings};
use crate::tui::glyphs::GlyphSet;
use crate::tui::keymap::Action;
use crate::tui::theme::ThemeName;
pub use modal::Modal;
use navigation::Navigation;
pub use navigation::{HISTORY_LIMIT, Room, Screen};
pub use question::{Draft, InputError};

/// A row of the welcome screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeRow {
    /// A language (index into `Locales::locales`).
    Language(usize),
    /// Normal reading mode: standard theme, normal text.
    Normal,
    /// Larger text and spacing.
    Large,
    /// High contrast.
    Contrast,
    /// Practise with an example household (training mode).
    Training,
    /// Begin the questions.
    Start,
}

/// A choice of the handout screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoutRow {
    /// Print through `lp`.
    Print,
    /// Save in a file the person names (not on a kiosk: a file would stay behind).
    Save,
    /// Back, without a handout.
    Back,
}

/// A row of the results screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultRow {
    /// The heading of a group.
    Heading(Status),
    /// A right in its group.
    Right(usize),
    /// A group without rights.
    Empty,
    /// Show or hide the unlikely rights (with their number).
    ToggleUnlikely(usize),
}

impl ResultRow {
    /// Whether the row can take the focus.
    pub fn is_focusable(&self) -> bool {
        matches!(self, ResultRow::Right(_) | ResultRow::ToggleUnlikely(_))
    }
}

/// How the keys of the screen are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputMode {
    /// Keys are commands (digits choose, letters are hotkeys).
    Keys,
    /// A text field: printable characters are typed.
    Text,
    /// A number field: digits and `,` `.` `€` and spaces are typed; once something is typed,
    /// letters are too (so "1300 euro" does not jump to another screen).
    Number {
        /// Whether something has been typed already.
        typing: bool,
    },
}

/// Something the model asks the terminal owner to do: the model itself does no I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Print the handout (through `lp`, from standard input: no file of ours).
    Print,
    /// Save the handout in the file the person named.
    Save(String),
    /// The session was reset: wipe the screen and the scrollback too.
    Wipe,
    /// The session has ended.
    Quit,
}

/// The outcome of a print or save, for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Whether it went well.
    pub ok: bool,
    /// The message id that says so.
    pub message: &'static str,
}

/// A workshop: an example household (persona) is stepped through, and the results stay
/// hidden until the trainer reveals them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Training {
    /// The persona (index into `Content::scenarios`), once chosen.
    pub persona: Option<usize>,
    /// Whether the trainer has shown the results.
    pub revealed: bool,
}

/// How the screen looks: language, reading mode, views. A reset returns to the look the
/// session started with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Look {
    /// The chosen language.
    pub language: String,
    /// The second language of the bilingual view (Dutch unless chosen otherwise).
    pub second_language: Option<String>,
    /// Whether the bilingual view is on.
    pub bilingual: bool,
    /// Larger text and spacing.
    pub large: bool,
    /// The colour theme.
    pub theme: ThemeName,
    /// The characters the terminal can show.
    pub glyphs: GlyphSet,
    /// Whether the social worker's view is on (rules, facts, amounts, sources).
    pub worker: bool,
}

/// How a session starts.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// The language (one whose letters the glyph set cannot show gives way to Dutch, see
    /// `App::choose_language`).
    pub language: String,
    /// The second language of the bilingual view; when given, the bilingual view is on.
    pub second_language: Option<String>,
    /// The day the rules are applied for.
    pub date: Date,
    /// Larger text and spacing.
    pub large: bool,
    /// The colour theme.
    pub theme: ThemeName,
    /// The characters the terminal can show.
    pub glyphs: GlyphSet,
    /// Start in the social worker's view.
    pub worker: bool,
    /// Start in training mode, on the list of personas.
    pub training: bool,
    /// A shared computer's settings.
    pub kiosk: Option<KioskSettings>,
}

impl AppOptions {
    /// Dutch, today's rules, the standard look.
    pub fn new(language: &str, date: Date) -> AppOptions {
        AppOptions {
            language: language.to_string(),
            second_language: None,
            date,
            large: false,
            theme: ThemeName::Standard,
            glyphs: GlyphSet::Unicode,
            worker: false,
            training: false,
            kiosk: None,
        }
    }
}

/// The reports shown, kept between frames and rebuilt only when the answers or the language
/// change (a frame of the results must not word 31 rights again).
#[derive(Default)]
struct ReportCache {
    entries: RefCell<Vec<(u64, String, Rc<ReportView>)>>,
}

/// The whole state of a full-screen session.
pub struct App<'a> {
    session: Session<'a>,
    locales: &'a Locales,
    look: Look,
    start: Look,
    nav: Navigation,
    draft: Draft,
    modal: Option<Modal>,
    kiosk: Option<Kiosk>,
    training: Option<Training>,
    compare_a: Option<Answers>,
    notice: Option<Notice>,
    what_if: Vec<Change>,
    show_unlikely: bool,
    reports: ReportCache,
    /// The time now, as the terminal owner last told it (`tick`).
    clock: Duration,
    /// A first digit waiting for a second one (a list of ten options or more), and when it
    /// was typed.
    digits: Option<(usize, Duration)>,
}

/// How long a first digit waits for a second one, when the list has ten options or more and a
/// two-digit number could start with it ("1" then "2" chooses 12; "1" alone chooses 1).
pub const DIGIT_WAIT: Duration = Duration::from_millis(1000);

impl<'a> App<'a> {
    /// A new session on the welcome screen (or the personas, in training mode).
    pub fn new(content: impl Into<ContentRef<'a>>, locales: &'a Locales, options: AppOptions) -> App<'a> {
        let look = Look {
            // Until `choose_language` below has seen that the terminal can show it.
            language: REFERENCE.to_string(),
            second_language: None,
            bilingual: false,
            large: options.large,
            theme: options.theme,
            glyphs: options.glyphs,
            worker: options.worker,
        };
        let mut app = App {
            session: Session::new(content, options.date),
            locales,
            start: look.clone(),
            look,
            nav: Navigation::new(Screen::Welcome),
            draft: Draft::default(),
            modal: None,
            kiosk: options.kiosk.map(Kiosk::new),
            training: None,
            compare_a: None,
            notice: None,
            what_if: Vec::new(),
            show_unlikely: false,
            reports: ReportCache::default(),
            clock: Duration::ZERO,
            digits: None,
        };
        app.choose_language(&options.language);
        if let Some(second) = options.second_language {
            app.look.second_language = Some(second);
            app.look.bilingual = true;
        }
        app.start = app.look.clone();
        app.enter();
        if options.training {
            app.training = Some(Training::default());
            app.go(Screen::Personas);
        }
        app
    }

    /// Readies what the screens after the first one read (the content, when its decoding was
    /// deferred), so that no key press waits for it; the terminal owner calls this once the
    /// first frame is on screen.
    pub fn prepare(&self) {
        let _ = self.content();
    }

    // ----- What the view reads -----

    /// The content.
    pub fn content(&self) -> &'a Content {
        self.session.content()
    }

    /// The messages.
    pub fn locales(&self) -> &'a Locales {
        self.locales
    }

    /// The answers, evaluation and plan.
    pub fn session(&self) -> &Session<'a> {
        &self.session
    }

    /// The answers.
    pub fn answers(&self) -> &Answers {
        self.session.answers()
    }

    /// Every right's outcome.
    pub fn evaluation(&self) -> &Evaluation {
        self.session.evaluation()
    }

    /// The questions asked and still to ask.
    pub fn plan(&self) -> &Plan {
        self.session.plan()
    }

    /// How the screen looks.
    pub fn look(&self) -> &Look {
        &self.look
    }

    /// The chosen language.
    pub fn language(&self) -> &str {
        &self.look.language
    }

    /// The screen shown.
    pub fn screen(&self) -> Screen {
        self.nav.screen
    }

    /// The focused row.
    pub fn focus(&self) -> usize {
        self.nav.focus
    }

    /// How far the text is scrolled.
    pub fn scroll(&self) -> usize {
        self.nav.scroll
    }

    /// Where the view tells the model how much room the last frame had.
    pub fn room(&self) -> &Room {
        &self.nav.room
    }

    /// The screens Back would return to, oldest first.
    pub fn history(&self) -> Vec<Screen> {
        self.nav.history()
    }

    /// What is being typed or ticked.
    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    /// The question shown before something that cannot be undone.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// Whether this is a shared computer.
    pub fn is_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// The training mode, in a workshop.
    pub fn training(&self) -> Option<Training> {
        self.training
    }

    /// The first digit of a number being typed, while it waits for a second one.
    pub fn typed_digit(&self) -> Option<usize> {
        self.digits.map(|(digit, _)| digit)
    }

    /// How long until the model needs the time again (a digit waiting for a second one), so
    /// the terminal owner can wake up in time.
    pub fn wake_in(&self) -> Option<Duration> {
        self.digits.map(|(_, since)| (since + DIGIT_WAIT).saturating_sub(self.clock))
    }

    /// The outcome of the last print or save.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Whether the unlikely rights are shown.
    pub fn shows_unlikely(&self) -> bool {
        self.show_unlikely
    }

    /// The answers kept as A, with their evaluation, for the comparison.
    pub fn compare_a(&self) -> Option<Evaluation> {
        self.compare_a.as_ref().map(|answers| {
            Session::with_answers(self.content(), self.session.date(), answers.clone()).evaluation().clone()
        })
    }

    /// For the right on the detail screen: the smallest change of answers that would bring it
    /// within reach (computed when the screen opens, not per frame).
    pub fn what_if(&self) -> &[Change] {
        &self.what_if
    }

    /// Whether the terminal's glyph set can show a language's letters (the Linux console's font
    /// has no Arabic). Judged by the language's own name, which is written in its script.
    pub fn can_show(&self, language: &str) -> bool {
        self.locales.get(language).is_none_or(|locale| self.look.glyphs.shows(locale.own_name()))
    }

    /// The options of a question, in the order they are numbered.
    pub fn choices(&self, question: usize) -> Vec<Choice> {
        interview::choices(self.content(), question)
    }

    /// The report in a language, from the cache when the answers have not changed.
    pub fn report(&self, language: &str) -> Option<Rc<ReportView>> {
        let generation = self.session.generation();
        let mut entries = self.reports.entries.borrow_mut();
        if let Some((_, _, view)) = entries.iter().find(|(g, l, _)| *g == generation && l == language) {
            return Some(Rc::clone(view));
        }
        let i18n = I18n::new(self.locales, language)?;
        let view = Rc::new(ReportView::new(&self.session, &i18n, ViewOptions::default()));
        entries.retain(|(g, _, _)| *g == generation);
        entries.truncate(1);
        entries.push((generation, language.to_string(), Rc::clone(&view)));
        Some(view)
    }

    /// The rows of the welcome screen.
    pub fn welcome_rows(&self) -> Vec<WelcomeRow> {
        let mut rows: Vec<WelcomeRow> = (0..self.locales.locales.len()).map(WelcomeRow::Language).collect();
        rows.extend([WelcomeRow::Normal, WelcomeRow::Large, WelcomeRow::Contrast, WelcomeRow::Start]);
        // A kiosk's visitor cannot start a workshop that the next visitor would inherit.
        if self.kiosk.is_none() {
            rows.push(WelcomeRow::Training);
        }
        rows
    }

    /// The choices of the handout screen: on a kiosk nothing is saved, since a file would
    /// stay behind for the next person.
    pub fn handout_rows(&self) -> Vec<HandoutRow> {
        if self.kiosk.is_some() {
            vec![HandoutRow::Print, HandoutRow::Back]
        } else {
            vec![HandoutRow::Print, HandoutRow::Save, HandoutRow::Back]
        }
    }

    /// The rows of the results screen.
    pub fn result_rows(&self) -> Vec<ResultRow> {
        let Some(view) = self.report(&self.look.language) else { return Vec::new() };
        let mut rows = Vec::new();
        for group in &view.groups {
            let main = matches!(group.status, Status::Automatic | Status::Proactive | Status::Request);
            if group.rights.is_empty() && !main {
                continue;
            }
            rows.push(ResultRow::Heading(group.status));
            if group.rights.is_empty() {
                rows.push(ResultRow::Empty);
            }
            if group.status == Status::Unlikely {
                rows.push(ResultRow::ToggleUnlikely(group.rights.len()));
                if !self.show_unlikely {
                    continue;
                }
            }
            rows.extend(group.rights.iter().copied().map(ResultRow::Right));
        }
        rows
    }

    /// The example households that have a story: the personas of the training mode.
    pub fn personas(&self) -> Vec<usize> {
        let Some(dutch) = I18n::new(self.locales, REFERENCE) else { return Vec::new() };
        let scenarios = &self.content().scenarios;
        (0..scenarios.len()).filter(|&i| dutch.has(&ids::scenario_story(&scenarios[i].id))).collect()
    }

    /// Whether the results are hidden (training, before the trainer reveals them).
    pub fn results_hidden(&self) -> bool {
        self.training.is_some_and(|t| t.persona.is_some() && !t.revealed)
    }

    /// The language shown beside the person's in the bilingual view.
    pub fn second_language(&self) -> &str {
        match &self.look.second_language {
            Some(language) if *language != self.look.language => language,
            _ if self.look.language != REFERENCE => REFERENCE,
            // Dutch alone: the bilingual view pairs it with the first other language.
            _ => self
                .locales
                .locales
                .iter()
                .map(|l| l.id.as_str())
                .find(|id| *id != self.look.language)
                .unwrap_or(REFERENCE),
        }
    }

    /// On a kiosk left alone: the time left before everything is wiped.
    pub fn countdown(&self) -> Option<Duration> {
        self.kiosk.as_ref()?.countdown()
    }

    /// How keys are read on this screen: as commands, as text (a file name), or as a number
    /// being typed (where `,` `.` `€` are kept, and letters too once typing has started).
    pub fn input_mode(&self) -> InputMode {
        if self.modal.is_some() {
            return InputMode::Keys;
        }
        match self.nav.screen {
            Screen::SaveAs => InputMode::Text,
            Screen::Question(question) if self.choices(question).contains(&Choice::Input) => {
                InputMode::Number { typing: !self.draft.input.is_empty() && self.nav.focus == 0 }
            }
            _ => InputMode::Keys,
        }
    }

    /// Rows of the current screen that can take the focus.
    pub fn focusable(&self) -> usize {
        match self.nav.screen {
            Screen::Welcome => self.welcome_rows().len(),
            Screen::Question(question) => self.choices(question).len(),
            Screen::Overview => self.plan().sequence.len() + 1,
            Screen::Personas => self.personas().len(),
            Screen::Handout => self.handout_rows().len(),
            Screen::Results => self.result_rows().iter().filter(|row| row.is_focusable()).count(),
            Screen::Compare | Screen::SaveAs | Screen::Detail(_) | Screen::Documents | Screen::Help => 0,
        }
    }

    // ----- The one mutator -----

    /// The one place the state changes; returns what the terminal owner must do.
    pub fn update(&mut self, action: Action) -> Option<Command> {
        // Any key means someone is there: the idle countdown starts again. The key that stops
        // a running countdown does nothing else (it was pressed to say "I am here").
        if let Some(kiosk) = &mut self.kiosk {
            let counting_down = kiosk.countdown().is_some();
            kiosk.activity();
            if counting_down {
                return None;
            }
        }
        // A passing notice lasts until the next key (the handout's until its screen is left).
        if self.nav.screen != Screen::Handout {
            self.notice = None;
        }
        if self.modal.is_some() {
            return self.update_modal(action);
        }
        if self.nav.screen == Screen::SaveAs {
            return self.update_save_as(action);
        }
        if let Some((digit, _)) = self.digits {
            match action {
                Action::Digit(_) => {}
                // Enter takes the number typed so far.
                Action::Select => {
                    self.digits = None;
                    return self.choose_number(digit);
                }
                _ => self.digits = None,
            }
        }
        match action {
            // On a kiosk, stopping is for staff: the person's way out is to start over.
            Action::Quit => {
                self.modal = Some(if self.kiosk.is_some() {
                    Modal::StartOver { yes: false }
                } else {
                    Modal::Quit { yes: false }
                });
                None
            }
            Action::StartOver => {
                self.modal = Some(Modal::StartOver { yes: false });
                None
            }
            Action::StaffExit => match &self.kiosk {
                Some(kiosk) if kiosk.pin_locked() => {
                    self.notice = Some(Notice { ok: false, message: "ui-staff-wait" });
                    None
                }
                Some(kiosk) if kiosk.needs_pin() => {
                    self.modal = Some(Modal::StaffPin { typed: String::new() });
                    None
                }
                Some(_) => Some(Command::Quit),
                None => {
                    self.modal = Some(Modal::Quit { yes: false });
                    None
                }
            },
            Action::Handout => self.go(Screen::Handout),
            Action::ToggleLarge => {
                self.look.large = !self.look.large;
                None
            }
            Action::NextTheme => {
                self.look.theme = self.look.theme.next();
                None
            }
            Action::Language => self.go(Screen::Welcome),
            Action::Bilingual => {
                self.look.bilingual = !self.look.bilingual;
                None
            }
            Action::Worker => {
                self.look.worker = !self.look.worker;
                None
            }
            Action::Reveal => {
                if let Some(training) = &mut self.training {
                    training.revealed = true;
                }
                None
            }
            Action::Compare => self.compare(),
            Action::Help => self.go(Screen::Help),
            Action::Overview => self.go(Screen::Overview),
            Action::Results => self.go(Screen::Results),
            Action::Documents => self.go(Screen::Documents),
            Action::Back => self.back(),
            Action::Forward => self.forward(),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End
            | Action::Select
            | Action::Digit(_)
            | Action::Erase
            | Action::Type(_) => self.update_screen(action),
        }
    }

    /// The time has moved on (the terminal owner calls this; tests pass any time they like).
    /// On a kiosk, a session left alone long enough is reset.
    pub fn tick(&mut self, now: Duration) -> Option<Command> {
        self.clock = now;
        let reset = self.kiosk.as_mut().is_some_and(|kiosk| kiosk.tick(now));
        if reset {
            return Some(self.reset());
        }
        // A first digit that waited long enough for a second one stands alone.
        if let Some((digit, since)) = self.digits
            && now.saturating_sub(since) >= DIGIT_WAIT
        {
            self.digits = None;
            return self.choose_number(digit);
        }
        None
    }

    /// The terminal owner reports how a print or save went (a message id for the person).
    pub fn effect_done(&mut self, ok: bool, message: &'static str) {
        self.notice = Some(Notice { ok, message });
    }

    /// Changes how the screen looks (presentation only: language, reading mode, views); what
    /// renderers and their tests use to draw the same session in another look.
    pub fn set_look(&mut self, look: Look) {
        self.look = look;
    }

    /// Replaces all answers at once (a test household).
    pub fn load_answers(&mut self, answers: Answers) {
        self.session.load(answers);
    }

    fn compare(&mut self) -> Option<Command> {
        match (&self.compare_a, self.nav.screen) {
            // On the comparison itself, the key forgets A.
            (Some(_), Screen::Compare) => {
                self.compare_a = None;
                self.back()
            }
            (Some(_), _) => self.go(Screen::Compare),
            (None, _) => {
                self.compare_a = Some(self.session.answers().clone());
                self.notice = Some(Notice { ok: true, message: "ui-compare-stored" });
                None
            }
        }
    }

    fn update_screen(&mut self, action: Action) -> Option<Command> {
        if let Action::Digit(digit) = action
            && self.takes_numbers()
        {
            return self.number_key(usize::from(digit));
        }
        match self.nav.screen {
            Screen::Welcome => self.update_welcome(action),
            Screen::Question(question) => self.update_question(question, action),
            Screen::Overview => self.update_list(action, |app, row| match app.plan().sequence.get(row) {
                Some(&question) => app.go(Screen::Question(question)),
                None => app.go(Screen::Results),
            }),
            Screen::Results => self.update_list(action, |app, row| {
                let rows = app.result_rows();
                match rows.iter().filter(|r| r.is_focusable()).nth(row) {
                    Some(ResultRow::Right(right)) => app.go(Screen::Detail(*right)),
                    Some(ResultRow::ToggleUnlikely(_)) => {
                        app.show_unlikely = !app.show_unlikely;
                        None
                    }
                    _ => None,
                }
            }),
            Screen::Personas => self.update_list(action, |app, row| {
                let persona = app.personas().get(row).copied();
                persona.and_then(|persona| app.start_persona(persona))
            }),
            Screen::Handout => self.update_list(action, |app, row| match app.handout_rows().get(row) {
                Some(HandoutRow::Print) => {
                    app.notice = Some(Notice { ok: true, message: "ui-printing" });
                    Some(Command::Print)
                }
                Some(HandoutRow::Save) => app.go(Screen::SaveAs),
                Some(HandoutRow::Back) | None => app.back(),
            }),
            Screen::SaveAs => self.update_save_as(action),
            Screen::Detail(_) | Screen::Documents | Screen::Help | Screen::Compare => self.update_scroll(action),
        }
    }
}
