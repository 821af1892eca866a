//! Dated parameters (`parameters/*.toml`): values in date order, each with a source, a checked
//! date, a confidence and optionally the last day it is known to be in force (`until`); a
//! parameter may say it only rises (`rises = true`).

use std::collections::HashMap;

use toml::Spanned;

use super::Loader;
use crate::content::raw::ParametersFile;
use crate::content::source::SourceFile;
use crate::content::{Confidence, Parameter, ParameterValue, Unit};
use crate::diagnostic::Diagnostic;

impl<'a> Loader<'a> {
    pub(super) fn parameters(&mut self) -> HashMap<String, usize> {
        let mut index = HashMap::new();
        for file in self.files_in("parameters/") {
            let Some(parsed) = self.parse::<ParametersFile>(file) else { continue };
            for raw in parsed.parameter {
                if !self.register("parameter", &raw.id, file) {
                    continue;
                }
                let id = raw.id.get_ref().clone();
                let units: Vec<(Unit, &str)> = Unit::all().map(|u| (u, u.id())).collect();
                let Some(unit) = self.choose(file, &raw.unit, "unit", &units) else { continue };
                let mut values: Vec<ParameterValue> = Vec::new();
                let confidences: Vec<(Confidence, &str)> = Confidence::all().map(|c| (c, c.id())).collect();
                for value in &raw.value {
                    let Some(valid_from) = self.date(&value.valid_from, file) else { continue };
                    if let Some(previous) = values.last()
                        && previous.valid_from >= valid_from
                    {
                        self.error(
                            "bad-value",
                            file,
                            value.valid_from.span(),
                            format!("the values of `{id}` are not in date order"),
                            "not after the previous value",
                        )
                        .set_help("list the values from old to new, each with a later `valid-from`");
                        continue;
                    }
                    let until = match &value.until {
                        Some(written) => match self.date(written, file) {
                            Some(until) if until < valid_from => {
                                self.error(
                                    "bad-value",
                                    file,
                                    written.span(),
                                    format!("a value of `{id}` ends before it starts"),
                                    "before valid-from",
                                )
                                .set_help("`until` is the last day the value is known to be in force, on or after `valid-from`");
                                continue;
                            }
                            until => until,
                        },
                        None => None,
                    };
                    let Some(amount) = self.amount(&value.amount, file) else { continue };
                    let source = self.source(value.source.as_ref(), file, value.valid_from.span(), &id);
                    let checked = self.checked(value.checked.as_ref(), file, value.valid_from.span(), &id);
                    let Some(confidence) = self.choose(file, &value.confidence, "confidence", &confidences) else {
                        continue;
                    };
                    values.push(ParameterValue {
                        valid_from,
                        until,
                        amount,
                        source,
                        checked: checked.unwrap_or(valid_from),
                        confidence,
                    });
                }
                if raw.value.is_empty() {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "bad-value",
                            &file.shown,
                            Some(raw.id.span()),
                            format!("the parameter `{id}` has no value"),
                        )
                        .with_help("add a [[parameter.value]] with valid-from, amount, source, checked and confidence"),
                    );
                }
                self.need_message(format!("param-{id}"), file, raw.id.span());
                index.insert(id.clone(), self.content.parameters.len());
                let rises = raw.rises.as_ref().is_some_and(|rises| *rises.get_ref());
                self.content.parameters.push(Parameter { id, unit, rises, values });
            }
        }
        index
    }

    fn amount(&mut self, value: &Spanned<toml::Value>, file: &SourceFile) -> Option<i64> {
        let amount = match value.get_ref() {
            toml::Value::Integer(whole) => whole.checked_mul(100),
            toml::Value::Float(number) => {
                let hundredths = number * 100.0;
                let rounded = hundredths.round();
                // i64 holds up to about 9.2e18; the finite check and bound make the cast exact.
                #[allow(clippy::cast_possible_truncation)]
                (number.is_finite() && (hundredths - rounded).abs() < 1e-6 && rounded.abs() < 9.0e15)
                    .then_some(rounded as i64)
            }
            _ => None,
        };
        if amount.is_none() {
            self.error(
                "bad-value",
                file,
                value.span(),
                "an amount is a number with at most two decimals",
                "not an amount",
            )
            .set_help("write e.g. `amount = 1314.20`");
        }
        amount
    }
}
