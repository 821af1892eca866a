//! Languages: Fluent messages per locale folder, lookup with per-message fallback to Dutch (the
//! complete reference), numbers and dates per language, negotiation, and the checks that every
//! needed message exists.

pub mod coverage;
mod entries;
pub mod format;
pub mod ids;
pub mod locales;
pub mod negotiate;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::model::date::Date;
pub use coverage::Coverage;
pub use ids::CODE_MESSAGES;
pub use locales::{Locale, LocaleManifest, Locales, load};

/// The reference language: complete, and the fallback for every other.
pub const REFERENCE: &str = "nl";

/// Marks a message shown in Dutch because the chosen language lacks it.
pub const FALLBACK_MARKER: &str = "[nl] ";

/// Words for one chosen language, falling back to Dutch message by message.
#[derive(Clone, Copy)]
pub struct I18n<'a> {
    chosen: &'a Locale,
    reference: Option<&'a Locale>,
}

impl<'a> I18n<'a> {
    /// Words in `language`; `None` if there is no such locale.
    pub fn new(locales: &'a Locales, language: &str) -> Option<I18n<'a>> {
        let chosen = locales.get(language)?;
        Some(I18n { chosen, reference: locales.get(REFERENCE) })
    }

    /// The chosen language's id.
    pub fn language(&self) -> &str {
        &self.chosen.id
    }

    /// Whether the message exists in the chosen language or in Dutch.
    pub fn has(&self, id: &str) -> bool {
        self.chosen.with_message(id, |_| ()).is_some()
            || self.reference.is_some_and(|r| r.with_message(id, |_| ()).is_some())
    }

    /// The message text; Dutch when the chosen language lacks it; the id itself when even Dutch
    /// lacks it (`check` prevents that for shipped content).
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut arguments = FluentArgs::new();
        for (name, value) in args {
            arguments.set(*name, value.clone());
        }
        let arguments = (!args.is_empty()).then_some(&arguments);
        let format = |locale: &Locale| {
            locale
                .with_message(id, |bundle| {
                    let pattern = bundle.get_message(id)?.value()?;
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, arguments, &mut errors).into_owned();
                    // A misspelled variable would show as `{$x}`: a bug in the message or the code.
                    debug_assert!(errors.is_empty(), "message `{id}` in `{}`: {errors:?}", locale.id);
                    Some(text)
                })
                .flatten()
        };
        if let Some(text) = format(self.chosen) {
            return text;
        }
        match self.reference.and_then(format) {
            // Dutch stands in, marked, so nobody mistakes it for a translation.
            Some(text) if self.chosen.id != REFERENCE => format!("{FALLBACK_MARKER}{text}"),
            Some(text) => text,
            None => id.to_string(),
        }
    }

    /// Whether a native speaker has reviewed the chosen language.
    pub fn reviewed(&self) -> bool {
        self.chosen.reviewed
    }

    /// Whether the chosen language is the reference (Dutch).
    pub fn is_reference(&self) -> bool {
        self.chosen.id == REFERENCE
    }

    /// The Dutch text of a message (what the counter clerk reads), without fallback marks.
    pub fn dutch(&self, id: &str) -> String {
        let Some(reference) = self.reference else { return id.to_string() };
        let text = reference.with_message(id, |bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            debug_assert!(errors.is_empty(), "message `{id}` in nl: {errors:?}");
            Some(text)
        });
        text.flatten().unwrap_or_else(|| id.to_string())
    }

    /// A name with its Dutch name beside it when the language is not Dutch: the counter speaks
    /// Dutch, so the person must be able to show the Dutch word.
    pub fn with_dutch(&self, id: &str) -> String {
        let text = self.msg(id);
        let dutch = self.dutch(id);
        // A translation that already names the Dutch term needs it no second time.
        if self.is_reference() || text.to_lowercase().contains(&dutch.to_lowercase()) {
            return text;
        }
        self.text("ui-with-dutch", &[("text", text.into()), ("dutch", dutch.into())])
    }

    /// An amount in this language's way (`value` in hundredths, with its unit).
    pub fn amount(&self, hundredths: i64, unit: crate::content::Unit) -> String {
        // Amounts are hundredths far below 2^53: the float Fluent wants is exact.
        #[allow(clippy::cast_precision_loss)]
        let value = FluentValue::from(hundredths as f64);
        self.text(&ids::amount(unit), &[("value", value)])
    }

    /// A whole number (`hundredths` rounded to units when `decimals` is 0) in this language's way.
    pub fn number(&self, hundredths: i64, decimals: usize) -> String {
        self.chosen.numbers.format(hundredths, decimals)
    }

    /// Whether the chosen language is written right to left.
    pub fn is_right_to_left(&self) -> bool {
        self.chosen.is_right_to_left()
    }

    /// A message without arguments.
    pub fn msg(&self, id: &str) -> String {
        self.text(id, &[])
    }

    /// A date in words, e.g. "28 november 2026".
    pub fn date(&self, date: Date) -> String {
        let month = self.msg(&ids::month(date.month));
        self.text(
            "ui-date",
            &[("day", date.day.to_string().into()), ("month", month.into()), ("year", date.year.to_string().into())],
        )
    }
}
