//! The welcome screen: what this is, that nothing is stored, the warning about bank codes, then
//! the languages (each named in itself), the reading modes, and Start; notes about the
//! translation come last, so they never push what the program is out of view.

use crate::tui::app::{App, WelcomeRow};
use crate::tui::theme::ThemeName;
use crate::tui::view::widgets::{Ctx, Row, blank, option_rows, paragraph, text_rows};

/// The rows of the welcome screen.
pub fn rows(app: &App, ctx: &Ctx) -> Vec<Row> {
    let i18n = &ctx.i18n;
    let look = app.look();
    let mut rows = text_rows(paragraph(&i18n.msg("ui-welcome-intro"), "", ctx.theme.text, ctx));
    rows.extend(text_rows(paragraph(&i18n.msg("ui-welcome-reassure"), "", ctx.theme.ok, ctx)));
    rows.extend(text_rows(paragraph(&i18n.msg("ui-bank-codes"), "", ctx.theme.text, ctx)));
    let chosen = format!("{} {}", ctx.glyphs.tick, i18n.msg("ui-chosen"));
    let mut section = None;
    for (index, row) in app.welcome_rows().into_iter().enumerate() {
        let heading = match row {
            WelcomeRow::Language(_) => Some("ui-welcome-language"),
            WelcomeRow::Normal | WelcomeRow::Large | WelcomeRow::Contrast => Some("ui-welcome-reading"),
            WelcomeRow::Start | WelcomeRow::Training => None,
        };
        if heading != section {
            if let Some(heading) = heading {
                rows.extend(text_rows(paragraph(&i18n.msg(heading), "", ctx.theme.heading, ctx)));
            }
            section = heading;
        }
        let (label, active) = match row {
            WelcomeRow::Language(locale) => {
                let locale = &app.locales().locales[locale];
                // Each language is named in itself, so a person finds their own; one whose
                // letters this terminal cannot show is named by its code and marked.
                let name = if app.can_show(&locale.id) {
                    locale.own_name().to_string()
                } else {
                    i18n.text("ui-language-not-shown", &[("language", locale.id.clone().into())])
                };
                (name, locale.id == look.language)
            }
            WelcomeRow::Normal => (i18n.msg("ui-mode-normal"), !look.large && look.theme == ThemeName::Standard),
            WelcomeRow::Large => (i18n.msg("ui-mode-large"), look.large),
            WelcomeRow::Contrast => (i18n.msg("ui-mode-contrast"), look.theme == ThemeName::HighContrastDark),
            WelcomeRow::Start => (i18n.msg("ui-start"), false),
            WelcomeRow::Training => (i18n.msg("ui-welcome-training"), false),
        };
        let label = if active { format!("{label} ({chosen})") } else { label };
        let mut option = option_rows(&label, Some(index + 1), app.focus() == index, ctx);
        if ctx.large && !matches!(row, WelcomeRow::Start) {
            option.pop(); // the welcome list stays compact: the choices are short
        }
        rows.extend(option);
    }
    let notes = crate::tui::view::notes(ctx);
    if !notes.is_empty() {
        rows.push(blank());
        rows.extend(notes);
    }
    rows
}
