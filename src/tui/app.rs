//! The interview as a model: one `App`, changed only by `update(Action)`. Screens are an enum;
//! the evaluation and the question plan are recomputed from the answers whenever they change,
//! so Back and edits can never leave a stale path.

use std::time::Duration;

use crate::answers::{Answer, Answers, Value};
use crate::content::{Content, FactKind};
use crate::date::Date;
use crate::i18n::Locales;
use crate::interview::Plan;
use crate::rules::{self, Evaluation, Status, value_bit};
use crate::tui::glyphs::GlyphSet;
use crate::tui::keymap::Action;
use crate::tui::theme::ThemeName;
use crate::tui::view;

/// The screens of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Language, reading mode, and the reassurance that nothing is stored.
    Welcome,
    /// One question (index into `Content::questions`).
    Question(usize),
    /// Every answer so far, to jump to any and change it.
    Overview,
    /// Training: the example households to choose from.
    Personas,
    /// The answers kept as A beside the answers now: which rights change status.
    Compare,
    /// Print the results and the checklist, or save them in a file.
    Handout,
    /// Type the name of the file to save the handout in.
    SaveAs,
    /// Rights grouped by status.
    Results,
    /// One right in full (index into `Content::rights`).
    Detail(usize),
    /// The merged checklist of documents, by office.
    Documents,
    /// Every key and what it does.
    Help,
}

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

/// An option of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Yes.
    Yes,
    /// No.
    No,
    /// A value of a choice or set fact (index into its values).
    Value(usize),
    /// For a set: none of these.
    NoneOfThese,
    /// For a set: confirm the ticked values.
    Confirm,
    /// For a number: the field where it is typed.
    Input,
    /// I don't know.
    DontKnow,
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

/// A question the person answers before something that cannot be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Stop, and wipe everything.
    Quit,
    /// Start over, and wipe everything.
    StartOver,
    /// Staff leaving a kiosk: the PIN is typed.
    StaffPin,
}

/// Something the model asks the outside world to do (the terminal owner does it and reports
/// back with `effect_done`): the model itself does no I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Print the handout (through `lp`, from standard input: no file of ours).
    Print,
    /// Save the handout in the file the person named.
    Save(String),
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

/// Settings of a shared computer (`--kiosk`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    /// After this long without a key, the countdown starts.
    pub idle_after: Duration,
    /// How long the countdown lasts (at least 20 seconds); any key stops it.
    pub countdown: Duration,
    /// Staff type this after Ctrl+Alt+Q to leave; without one the chord alone leaves.
    pub staff_pin: Option<String>,
}

impl Default for Kiosk {
    fn default() -> Kiosk {
        Kiosk { idle_after: Duration::from_secs(180), countdown: Duration::from_secs(30), staff_pin: None }
    }
}

/// The settings a new session starts with (restored when a kiosk session is reset).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Start {
    language: String,
    large: bool,
    theme: ThemeName,
    glyphs: GlyphSet,
    second_language: Option<String>,
    bilingual: bool,
    rtl_notice: bool,
}

/// Why a typed number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was typed.
    Empty,
    /// Outside the allowed range.
    OutOfRange,
}

/// The statuses shown first, even when empty: what the person most needs to know.
pub const MAIN_GROUPS: [Status; 3] = [Status::Automatic, Status::Proactive, Status::Request];
/// The statuses shown after them, only when not empty.
pub const OTHER_GROUPS: [Status; 3] = [Status::Already, Status::Unknown, Status::Unlikely];

const MAX_DIGITS: usize = 7;

/// The whole state of a session.
pub struct App<'a> {
    /// The content.
    pub content: &'a Content,
    /// The messages.
    pub locales: &'a Locales,
    /// The chosen language.
    pub language: String,
    /// The day the rules are applied for.
    pub date: Date,
    /// The answers: the single source of truth.
    pub answers: Answers,
    /// The screen shown.
    pub screen: Screen,
    /// The focused row of the screen.
    pub focus: usize,
    /// How far the text of the screen is scrolled.
    pub scroll: usize,
    /// The number being typed.
    pub input: String,
    /// Why the last typed number was refused.
    pub error: Option<InputError>,
    /// The ticked values of a set question, before it is confirmed.
    pub draft: u64,
    /// Whether the unlikely rights are shown.
    pub show_unlikely: bool,
    /// Larger text and spacing.
    pub large: bool,
    /// The colour theme.
    pub theme: ThemeName,
    /// The characters the terminal can show.
    pub glyphs: GlyphSet,
    /// The second language of the bilingual view (Dutch unless chosen otherwise).
    pub second_language: Option<String>,
    /// Whether the bilingual view is on.
    pub bilingual: bool,
    /// Whether the social worker's view is on (rules, facts, amounts, sources).
    pub worker: bool,
    /// The training mode, in a workshop.
    pub training: Option<Training>,
    /// Answers kept as A for a comparison, with their evaluation.
    pub compare_a: Option<(Answers, Evaluation)>,
    /// Arabic was chosen: the full screen cannot show right-to-left text well, so Dutch leads
    /// and Arabic stands beside it (plain mode shows Arabic alone).
    pub rtl_notice: bool,
    /// The question shown before something that cannot be undone.
    pub confirm: Option<Confirm>,
    /// Whether "yes" is focused in that question ("no" is the safe default).
    pub confirm_yes: bool,
    /// The staff PIN being typed.
    pub pin: String,
    /// The kiosk settings, when on a shared computer.
    pub kiosk: Option<Kiosk>,
    /// Something for the terminal owner to do (print, save).
    pub effect: Option<Effect>,
    /// The outcome of the last print or save, for the person: success and a message id.
    pub notice: Option<(bool, String)>,
    /// The session was reset: the terminal owner also wipes the scrollback.
    pub wiped: bool,
    /// For the right on the detail screen: the smallest change of answers that would bring it
    /// within reach (computed when the screen opens).
    pub what_if: Option<Vec<crate::whatif::Change>>,
    clock: Duration,
    last_activity: Duration,
    start: Option<Start>,
    /// Whether the session has ended.
    pub quit: bool,
    /// The terminal size (width, height), for scrolling.
    pub size: (u16, u16),
    /// The outcome of every right for the answers (recomputed when they change).
    pub evaluation: Evaluation,
    /// The questions still to ask (recomputed when the answers change).
    pub plan: Plan,
    history: Vec<Screen>,
    future: Vec<Screen>,
}

impl<'a> App<'a> {
    /// A new session on the welcome screen.
    pub fn new(content: &'a Content, locales: &'a Locales, language: &str, date: Date) -> App<'a> {
        let answers = Answers::new(content.facts.len());
        let evaluation = rules::evaluate(content, &answers, date);
        let plan = Plan::from_evaluation(content, &answers, &evaluation);
        let mut app = App {
            content,
            locales,
            language: language.to_string(),
            date,
            answers,
            screen: Screen::Welcome,
            focus: 0,
            scroll: 0,
            input: String::new(),
            error: None,
            draft: 0,
            show_unlikely: false,
            large: false,
            theme: ThemeName::Standard,
            glyphs: GlyphSet::Unicode,
            second_language: None,
            bilingual: false,
            worker: false,
            training: None,
            compare_a: None,
            rtl_notice: false,
            confirm: None,
            confirm_yes: false,
            pin: String::new(),
            kiosk: None,
            effect: None,
            notice: None,
            wiped: false,
            what_if: None,
            clock: Duration::ZERO,
            last_activity: Duration::ZERO,
            start: None,
            quit: false,
            size: (80, 24),
            evaluation,
            plan,
            history: Vec::new(),
            future: Vec::new(),
        };
        app.enter();
        app
    }

    /// The rows of the welcome screen.
    pub fn welcome_rows(&self) -> Vec<WelcomeRow> {
        let mut rows: Vec<WelcomeRow> = (0..self.locales.locales.len()).map(WelcomeRow::Language).collect();
        rows.extend([
            WelcomeRow::Normal,
            WelcomeRow::Large,
            WelcomeRow::Contrast,
            WelcomeRow::Start,
            WelcomeRow::Training,
        ]);
        rows
    }

    /// The options of a question, in the order they are numbered.
    pub fn choices(&self, question: usize) -> Vec<Choice> {
        let fact = self.content.questions[question].fact;
        let mut choices = match &self.content.facts[fact].kind {
            FactKind::YesNo => vec![Choice::Yes, Choice::No],
            FactKind::Choice(values) => (0..values.len()).map(Choice::Value).collect(),
            FactKind::Set(values) => {
                let mut choices: Vec<Choice> = (0..values.len()).map(Choice::Value).collect();
                choices.extend([Choice::NoneOfThese, Choice::Confirm]);
                choices
            }
            FactKind::Integer { .. } => vec![Choice::Input],
        };
        choices.push(Choice::DontKnow);
        choices
    }

    /// The rows of the results screen.
    pub fn result_rows(&self) -> Vec<ResultRow> {
        let mut rows = Vec::new();
        let group = |status: Status| crate::report::group(self.content, &self.evaluation, status);
        for status in MAIN_GROUPS {
            rows.push(ResultRow::Heading(status));
            let rights = group(status);
            if rights.is_empty() {
                rows.push(ResultRow::Empty);
            }
            rows.extend(rights.into_iter().map(ResultRow::Right));
        }
        for status in OTHER_GROUPS {
            let rights = group(status);
            if rights.is_empty() {
                continue;
            }
            rows.push(ResultRow::Heading(status));
            if status == Status::Unlikely {
                rows.push(ResultRow::ToggleUnlikely(rights.len()));
                if !self.show_unlikely {
                    continue;
                }
            }
            rows.extend(rights.into_iter().map(ResultRow::Right));
        }
        rows
    }

    /// Rows of the current screen that can take the focus, as indices into its rows.
    pub fn focusable(&self) -> usize {
        match self.screen {
            Screen::Welcome => self.welcome_rows().len(),
            Screen::Question(question) => self.choices(question).len(),
            Screen::Overview => self.plan.sequence.len() + 1,
            Screen::Personas => self.personas().len(),
            Screen::Compare => 0,
            Screen::Handout => 3,
            Screen::SaveAs => 0,
            Screen::Results => self.result_rows().iter().filter(|row| is_focusable(row)).count(),
            Screen::Detail(_) | Screen::Documents | Screen::Help => 0,
        }
    }

    /// The one place the state changes.
    pub fn update(&mut self, action: Action) {
        if self.quit {
            return;
        }
        // Any key means someone is there: the idle countdown starts again.
        self.last_activity = self.clock;
        // A passing notice lasts until the next key (the handout's until its screen is left).
        if self.screen != Screen::Handout {
            self.notice = None;
        }
        if self.confirm.is_some() {
            self.update_confirm(action);
            return;
        }
        if self.screen == Screen::SaveAs {
            self.update_save_as(action);
            return;
        }
        match action {
            // On a kiosk, stopping is for staff: the person's way out is to start over.
            Action::Quit => {
                self.ask(if self.kiosk.is_some() { Confirm::StartOver } else { Confirm::Quit });
                return;
            }
            Action::StartOver => {
                self.ask(Confirm::StartOver);
                return;
            }
            Action::StaffExit => {
                match &self.kiosk {
                    Some(Kiosk { staff_pin: Some(_), .. }) => self.ask(Confirm::StaffPin),
                    Some(_) => self.quit = true,
                    None => self.ask(Confirm::Quit),
                }
                return;
            }
            Action::Handout => return self.go(Screen::Handout),
            Action::ToggleLarge => {
                self.large = !self.large;
                return;
            }
            Action::NextTheme => {
                self.theme = self.theme.next();
                return;
            }
            Action::Language => return self.go(Screen::Welcome),
            Action::Bilingual => {
                self.bilingual = !self.bilingual;
                return;
            }
            Action::Worker => {
                self.worker = !self.worker;
                return;
            }
            Action::Reveal => {
                if let Some(training) = &mut self.training {
                    training.revealed = true;
                }
                return;
            }
            Action::Compare => {
                match (&self.compare_a, self.screen) {
                    // On the comparison itself, the key forgets A.
                    (Some(_), Screen::Compare) => {
                        self.compare_a = None;
                        self.back();
                    }
                    (Some(_), _) => self.go(Screen::Compare),
                    (None, _) => {
                        self.compare_a = Some((self.answers.clone(), self.evaluation.clone()));
                        self.notice = Some((true, "ui-compare-stored".to_string()));
                    }
                }
                return;
            }
            Action::Help => return self.go(Screen::Help),
            Action::Overview => return self.go(Screen::Overview),
            Action::Results => return self.go(Screen::Results),
            Action::Documents => return self.go(Screen::Documents),
            Action::Back => return self.back(),
            Action::Forward => return self.forward(),
            _ => {}
        }
        match self.screen {
            Screen::Welcome => self.update_welcome(action),
            Screen::Question(question) => self.update_question(question, action),
            Screen::Overview => self.update_list(action, |app, row| match app.plan.sequence.get(row) {
                Some(&question) => app.go(Screen::Question(question)),
                None => app.go(Screen::Results),
            }),
            Screen::Results => self.update_list(action, |app, row| {
                let rows = app.result_rows();
                match rows.iter().filter(|r| is_focusable(r)).nth(row) {
                    Some(ResultRow::Right(right)) => app.go(Screen::Detail(*right)),
                    Some(ResultRow::ToggleUnlikely(_)) => app.show_unlikely = !app.show_unlikely,
                    _ => {}
                }
            }),
            Screen::Personas => self.update_list(action, |app, row| {
                if let Some(&persona) = app.personas().get(row) {
                    app.start_persona(persona);
                }
            }),
            Screen::Handout => self.update_list(action, |app, row| match row {
                0 => app.effect = Some(Effect::Print),
                1 => app.go(Screen::SaveAs),
                _ => app.back(),
            }),
            Screen::SaveAs => self.update_save_as(action),
            Screen::Detail(_) | Screen::Documents | Screen::Help | Screen::Compare => self.update_scroll(action),
        }
    }

    fn ask(&mut self, confirm: Confirm) {
        self.confirm = Some(confirm);
        self.confirm_yes = false;
        self.pin.clear();
    }

    fn close_question(&mut self) {
        self.confirm = None;
        self.confirm_yes = false;
        self.pin.clear();
    }

    fn update_confirm(&mut self, action: Action) {
        let Some(confirm) = self.confirm else { return };
        if confirm == Confirm::StaffPin {
            match action {
                Action::Digit(digit) if self.pin.len() < 12 => self.pin.push(char::from(b'0' + digit.min(9))),
                Action::Erase => {
                    self.pin.pop();
                }
                Action::Select => {
                    let right = self.kiosk.as_ref().and_then(|k| k.staff_pin.as_deref()) == Some(self.pin.as_str());
                    self.close_question();
                    self.quit = right;
                }
                Action::Back | Action::Quit => self.close_question(),
                _ => {}
            }
            return;
        }
        let yes = match action {
            Action::Digit(1) => true,
            Action::Select => self.confirm_yes,
            Action::Quit if confirm == Confirm::Quit => true,
            Action::Up | Action::Down => {
                self.confirm_yes = !self.confirm_yes;
                return;
            }
            Action::Digit(2) | Action::Back | Action::Erase => false,
            _ => return,
        };
        self.close_question();
        match (yes, confirm) {
            (true, Confirm::Quit) => self.quit = true,
            (true, Confirm::StartOver) => self.reset(),
            _ => {}
        }
    }

    /// Wipes the session: every answer gone, back to the welcome screen with the settings the
    /// session started with, so the next person finds nothing of the previous one.
    pub fn reset(&mut self) {
        let start = self.start.clone().unwrap_or_else(|| self.snapshot());
        self.language = start.language;
        self.large = start.large;
        self.theme = start.theme;
        self.glyphs = start.glyphs;
        self.second_language = start.second_language;
        self.bilingual = start.bilingual;
        self.rtl_notice = start.rtl_notice;
        self.load_answers(Answers::new(self.content.facts.len()));
        self.history.clear();
        self.future.clear();
        self.show_unlikely = false;
        self.compare_a = None;
        self.effect = None;
        self.notice = None;
        self.screen = Screen::Welcome;
        self.enter();
        self.wiped = true;
        self.last_activity = self.clock;
    }

    fn snapshot(&self) -> Start {
        Start {
            language: self.language.clone(),
            large: self.large,
            theme: self.theme,
            glyphs: self.glyphs,
            second_language: self.second_language.clone(),
            bilingual: self.bilingual,
            rtl_notice: self.rtl_notice,
        }
    }

    /// Remembers the current settings as those a reset returns to (call once set up).
    pub fn remember_start(&mut self) {
        self.start = Some(self.snapshot());
    }

    /// The time has moved on (the terminal owner calls this; tests pass any time they like).
    /// On a kiosk, a session left alone long enough is reset.
    pub fn tick(&mut self, now: Duration) {
        self.clock = now;
        if let Some(kiosk) = &self.kiosk
            && now.saturating_sub(self.last_activity) >= kiosk.idle_after + kiosk.countdown
        {
            self.close_question();
            self.reset();
        }
    }

    /// On a kiosk left alone: the time left before everything is wiped.
    pub fn countdown(&self) -> Option<Duration> {
        let kiosk = self.kiosk.as_ref()?;
        let idle = self.clock.saturating_sub(self.last_activity);
        (idle >= kiosk.idle_after).then(|| (kiosk.idle_after + kiosk.countdown).saturating_sub(idle))
    }

    /// Whether the screen has a text field (the file name), where letters are typed.
    pub fn wants_text(&self) -> bool {
        self.screen == Screen::SaveAs && self.confirm.is_none()
    }

    fn update_save_as(&mut self, action: Action) {
        match action {
            Action::Type(c) if self.input.chars().count() < 80 && !c.is_control() && c != '/' && c != '\\' => {
                self.input.push(c)
            }
            Action::Erase => {
                self.input.pop();
            }
            Action::Select if !self.input.trim().is_empty() => {
                self.effect = Some(Effect::Save(self.input.trim().to_string()));
                self.back();
            }
            Action::Back => self.back(),
            Action::Quit | Action::StaffExit => {
                self.back();
                self.update(action);
            }
            _ => {}
        }
    }

    /// The terminal owner reports how a print or save went (a message id for the person).
    pub fn effect_done(&mut self, ok: bool, message: &str) {
        self.notice = Some((ok, message.to_string()));
    }

    fn update_welcome(&mut self, action: Action) {
        let rows = self.welcome_rows();
        let chosen = match action {
            Action::Digit(n) if usize::from(n) >= 1 && usize::from(n) <= rows.len() => {
                self.focus = usize::from(n) - 1;
                rows.get(self.focus).copied()
            }
            Action::Select => rows.get(self.focus).copied(),
            _ => {
                self.move_focus(action, rows.len());
                None
            }
        };
        match chosen {
            Some(WelcomeRow::Language(index)) => {
                if let Some(locale) = self.locales.locales.get(index) {
                    let id = locale.id.clone();
                    self.choose_language(&id);
                }
            }
            Some(WelcomeRow::Normal) => {
                self.large = false;
                self.theme = ThemeName::Standard;
            }
            Some(WelcomeRow::Large) => self.large = !self.large,
            Some(WelcomeRow::Contrast) => {
                self.theme = if self.theme == ThemeName::HighContrastDark {
                    ThemeName::Standard
                } else {
                    ThemeName::HighContrastDark
                };
            }
            Some(WelcomeRow::Start) => self.advance(None),
            Some(WelcomeRow::Training) => {
                self.training = Some(Training::default());
                self.go(Screen::Personas);
            }
            None => {}
        }
    }

    fn update_question(&mut self, question: usize, action: Action) {
        let choices = self.choices(question);
        let integer = choices.contains(&Choice::Input);
        match action {
            Action::Digit(digit) if integer => {
                // A leading zero is replaced, so "07" cannot be typed.
                if self.input == "0" {
                    self.input.clear();
                }
                if self.input.len() < MAX_DIGITS {
                    self.input.push(char::from(b'0' + digit.min(9)));
                }
                self.focus = 0;
                self.error = None;
            }
            Action::Erase if integer && self.focus == 0 && !self.input.is_empty() => {
                self.input.pop();
                self.error = None;
            }
            Action::Erase => self.back(),
            Action::Digit(n) if usize::from(n) >= 1 && usize::from(n) <= choices.len() => {
                self.focus = usize::from(n) - 1;
                self.choose(question, choices[self.focus]);
            }
            Action::Select => {
                if let Some(&choice) = choices.get(self.focus) {
                    self.choose(question, choice);
                }
            }
            _ => self.move_focus(action, choices.len()),
        }
    }

    /// Chooses an option of a question (a set value toggles; a number is checked).
    pub fn choose(&mut self, question: usize, choice: Choice) {
        let fact = self.content.questions[question].fact;
        let answer = match (choice, &self.content.facts[fact].kind) {
            (Choice::Yes, _) => Answer::Known(Value::YesNo(true)),
            (Choice::No, _) => Answer::Known(Value::YesNo(false)),
            (Choice::DontKnow, _) => Answer::DontKnow,
            (Choice::Value(index), FactKind::Set(_)) => {
                self.draft ^= value_bit(index);
                return;
            }
            (Choice::Value(index), _) => match u8::try_from(index) {
                Ok(index) => Answer::Known(Value::Choice(index)),
                Err(_) => return,
            },
            (Choice::NoneOfThese, _) => Answer::Known(Value::Set(0)),
            (Choice::Confirm, _) => Answer::Known(Value::Set(self.draft)),
            (Choice::Input, FactKind::Integer { min, max }) => {
                let Ok(number) = self.input.parse::<i64>() else {
                    self.error = Some(InputError::Empty);
                    return;
                };
                if min.is_some_and(|m| number < m) || max.is_some_and(|m| number > m) {
                    self.error = Some(InputError::OutOfRange);
                    return;
                }
                Answer::Known(Value::Integer(number))
            }
            (Choice::Input, _) => return,
        };
        self.set_answer(fact, answer);
        self.after_answer(question);
    }

    /// Switches the language. A right-to-left language cannot be drawn well on a full screen in
    /// most terminals: Dutch then leads, with that language beside it in the bilingual view.
    pub fn choose_language(&mut self, language: &str) {
        if is_right_to_left(language) {
            self.language = crate::i18n::REFERENCE.to_string();
            self.second_language = Some(language.to_string());
            self.bilingual = true;
            self.rtl_notice = true;
        } else {
            self.language = language.to_string();
            self.rtl_notice = false;
            if self.second_language.as_deref().is_some_and(is_right_to_left) {
                self.second_language = None;
                self.bilingual = false;
            }
        }
    }

    /// The language shown beside the person's in the bilingual view.
    pub fn second(&self) -> &str {
        match &self.second_language {
            Some(language) if *language != self.language => language,
            _ if self.language != crate::i18n::REFERENCE => crate::i18n::REFERENCE,
            // Dutch alone: the bilingual view pairs it with the first other language.
            _ => self
                .locales
                .locales
                .iter()
                .map(|l| l.id.as_str())
                .find(|id| *id != self.language)
                .unwrap_or(crate::i18n::REFERENCE),
        }
    }

    /// Replaces all answers at once (a persona of the training mode, a test household).
    pub fn load_answers(&mut self, answers: Answers) {
        self.answers = answers;
        self.evaluation = rules::evaluate(self.content, &self.answers, self.date);
        self.plan = Plan::from_evaluation(self.content, &self.answers, &self.evaluation);
    }

    fn set_answer(&mut self, fact: usize, answer: Answer) {
        self.answers.set(fact, answer);
        self.evaluation = rules::evaluate(self.content, &self.answers, self.date);
        self.plan = Plan::from_evaluation(self.content, &self.answers, &self.evaluation);
    }

    /// The example households that have a story: the personas of the training mode.
    pub fn personas(&self) -> Vec<usize> {
        let Some(dutch) = crate::i18n::I18n::new(self.locales, crate::i18n::REFERENCE) else { return Vec::new() };
        (0..self.content.scenarios.len())
            .filter(|&i| dutch.has(&format!("scenario-{}-story", self.content.scenarios[i].id)))
            .collect()
    }

    /// Starts stepping through a persona's answers, with the results hidden.
    pub fn start_persona(&mut self, persona: usize) {
        let Some(scenario) = self.content.scenarios.get(persona) else { return };
        self.load_answers(scenario.answers.clone());
        self.training = Some(Training { persona: Some(persona), revealed: false });
        match self.plan.sequence.first() {
            Some(&first) => self.go(Screen::Question(first)),
            None => self.go(Screen::Results),
        }
    }

    /// Whether the results are hidden (training, before the trainer reveals them).
    pub fn results_hidden(&self) -> bool {
        self.training.is_some_and(|t| t.persona.is_some() && !t.revealed)
    }

    /// After an answer: back to the overview if the person came from there, else the next
    /// question still needed, else the results.
    fn after_answer(&mut self, question: usize) {
        if self.training.is_some_and(|t| t.persona.is_some()) {
            // Training steps through every answer of the persona, in order.
            match self.plan.sequence.iter().copied().find(|&q| q > question) {
                Some(next) => self.go(Screen::Question(next)),
                None => self.go(Screen::Results),
            }
            return;
        }
        if self.history.last() == Some(&Screen::Overview) {
            self.history.pop();
            self.future.clear();
            self.screen = Screen::Overview;
            self.enter();
            return;
        }
        self.advance(Some(question));
    }

    fn advance(&mut self, after: Option<usize>) {
        match self.plan.next_after(after) {
            Some(next) => self.go(Screen::Question(next)),
            None => self.go(Screen::Results),
        }
    }

    fn update_list(&mut self, action: Action, open: impl FnOnce(&mut App<'a>, usize)) {
        let count = self.focusable();
        match action {
            Action::Select => open(self, self.focus),
            Action::Digit(n) if usize::from(n) >= 1 && usize::from(n) <= count => {
                self.focus = usize::from(n) - 1;
                open(self, self.focus);
            }
            _ => self.move_focus(action, count),
        }
    }

    fn move_focus(&mut self, action: Action, count: usize) {
        let last = count.saturating_sub(1);
        self.focus = match action {
            Action::Up => self.focus.saturating_sub(1),
            Action::Down => (self.focus + 1).min(last),
            Action::PageUp => self.focus.saturating_sub(self.page()),
            Action::PageDown => (self.focus + self.page()).min(last),
            _ => self.focus.min(last),
        };
    }

    fn update_scroll(&mut self, action: Action) {
        let total = view::scroll_length(self);
        let visible = usize::from(self.size.1).saturating_sub(4).max(1);
        let last = total.saturating_sub(visible);
        self.scroll = match action {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => (self.scroll + 1).min(last),
            Action::PageUp => self.scroll.saturating_sub(self.page()),
            Action::PageDown | Action::Select => (self.scroll + self.page()).min(last),
            Action::Erase => {
                self.back();
                return;
            }
            _ => self.scroll.min(last),
        };
    }

    fn page(&self) -> usize {
        usize::from(self.size.1).saturating_sub(6).max(1)
    }

    /// Shows another screen; Back returns here.
    pub fn go(&mut self, screen: Screen) {
        if screen == self.screen {
            return;
        }
        self.history.push(self.screen);
        self.future.clear();
        self.screen = screen;
        self.enter();
    }

    fn back(&mut self) {
        if let Some(previous) = self.history.pop() {
            self.future.push(self.screen);
            self.screen = previous;
            self.enter();
        }
    }

    fn forward(&mut self) {
        if let Some(next) = self.future.pop() {
            self.history.push(self.screen);
            self.screen = next;
            self.enter();
        }
    }

    /// Sets the focus, scroll and typed text for the screen just entered, from the answers.
    fn enter(&mut self) {
        self.focus = 0;
        self.scroll = 0;
        self.error = None;
        self.input.clear();
        self.draft = 0;
        match self.screen {
            Screen::Welcome => {
                let rows = self.welcome_rows();
                self.focus = rows.iter().position(|row| *row == WelcomeRow::Start).unwrap_or(0);
            }
            Screen::Question(question) => {
                let fact = self.content.questions[question].fact;
                let choices = self.choices(question);
                let current = match self.answers.get(fact) {
                    Some(Answer::DontKnow) => Some(Choice::DontKnow),
                    Some(Answer::Known(Value::YesNo(true))) => Some(Choice::Yes),
                    Some(Answer::Known(Value::YesNo(false))) => Some(Choice::No),
                    Some(Answer::Known(Value::Choice(index))) => Some(Choice::Value(usize::from(index))),
                    Some(Answer::Known(Value::Set(mask))) => {
                        self.draft = mask;
                        Some(Choice::Confirm)
                    }
                    Some(Answer::Known(Value::Integer(number))) => {
                        self.input = number.to_string();
                        Some(Choice::Input)
                    }
                    None => None,
                };
                self.focus = current.and_then(|c| choices.iter().position(|x| *x == c)).unwrap_or(0);
            }
            Screen::SaveAs => self.input = crate::handout::suggested_name(self.date),
            Screen::Detail(right) => {
                let reachable = matches!(
                    self.evaluation.outcomes.get(right).map(|o| o.status),
                    Some(Status::Unlikely | Status::Unknown)
                );
                self.what_if = reachable
                    .then(|| crate::whatif::smallest_change(self.content, &self.answers, self.date, right))
                    .flatten();
            }
            Screen::Handout => self.notice = None,
            Screen::Overview
            | Screen::Results
            | Screen::Documents
            | Screen::Help
            | Screen::Personas
            | Screen::Compare => {}
        }
    }

    /// Records the terminal size (it decides how far text can scroll).
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
    }

    /// The screens Back would return to, oldest first (for tests).
    pub fn history(&self) -> &[Screen] {
        &self.history
    }
}

/// Whether a results row can take the focus.
pub fn is_focusable(row: &ResultRow) -> bool {
    matches!(row, ResultRow::Right(_) | ResultRow::ToggleUnlikely(_))
}

/// Whether a language is written right to left.
pub fn is_right_to_left(language: &str) -> bool {
    matches!(language, "ar" | "fa" | "he" | "ur")
}
