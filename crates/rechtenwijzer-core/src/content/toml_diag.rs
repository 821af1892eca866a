//! TOML problems as diagnostics: syntax errors, shape errors (an unknown or missing field, a
//! wrong type) with a "did you mean" for fields, and where a string's text starts in its file.

use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// A TOML error as a diagnostic.
pub fn toml_error(shown: &str, error: &toml::de::Error, code: &'static str) -> Diagnostic {
    Diagnostic::error(code, shown, error.span(), error.message().trim().to_string())
}

/// Where the text of a TOML string value starts in the file, when every character of the value
/// stands in the file as written (no escapes), so that positions inside it map one to one.
pub fn string_base(text: &str, value: &Spanned<String>) -> Option<usize> {
    let span = value.span();
    let raw = text.get(span.clone())?;
    let quote = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|q| raw.starts_with(q) && raw.ends_with(q) && raw.len() >= 2 * q.len())?;
    let mut inner_start = span.start + quote.len();
    let mut inner = &raw[quote.len()..raw.len() - quote.len()];
    if quote.len() == 3 && inner.starts_with('\n') {
        inner = &inner[1..];
        inner_start += 1;
    }
    (inner == value.get_ref()).then_some(inner_start)
}

/// A shape error (unknown or missing field, wrong type) with a "did you mean" for fields.
pub fn shape_error(shown: &str, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().to_string();
    let quoted = |text: &str| -> Vec<String> { text.split('`').skip(1).step_by(2).map(str::to_string).collect() };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let words = quoted(rest);
        let (wrong, expected) =
            words.split_first().map_or((String::new(), Vec::new()), |(w, e)| (w.clone(), e.to_vec()));
        let diagnostic = Diagnostic::error("unknown-field", shown, error.span(), format!("unknown field `{wrong}`"))
            .with_label("not a field here");
        return diagnostic
            .with_suggestion(&wrong, expected.iter().map(String::as_str))
            .with_help_if_none(format!("the fields here are: {}", expected.join(", ")));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = quoted(rest).into_iter().next().unwrap_or_default();
        return Diagnostic::error("missing-field", shown, error.span(), format!("the field `{field}` is missing"))
            .with_label("in this table")
            .with_help(format!("add `{field} = …`; see content/README.md for the fields of each table"));
    }
    let help = if message.contains("expected a sequence") {
        "write a list, e.g. [\"a\", \"b\"]"
    } else if message.contains("expected a string") {
        "write text in quotes, e.g. \"…\""
    } else {
        "see content/README.md for the fields of each table and their types"
    };
    Diagnostic::error("schema", shown, error.span(), message).with_label("here").with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // only the errors are read
    struct Shape {
        id: String,
        documents: Vec<String>,
    }

    fn problem(text: &str) -> Diagnostic {
        match toml::from_str::<Shape>(text) {
            Ok(_) => panic!("{text} should not parse"),
            Err(error) => shape_error("f.toml", &error),
        }
    }

    // `shape_error` reads serde's wording; these pin it, so that an upgrade that rewords a
    // message fails here instead of quietly worsening the diagnostics.
    #[test]
    fn unknown_fields_get_a_suggestion() {
        let diagnostic = problem("id = \"x\"\ndocumnets = []\n");
        assert_eq!(diagnostic.code, "unknown-field");
        assert_eq!(diagnostic.message, "unknown field `documnets`");
        assert_eq!(diagnostic.help.as_deref(), Some("did you mean `documents`?"));
    }

    #[test]
    fn missing_fields_are_named() {
        let diagnostic = problem("id = \"x\"\n");
        assert_eq!(diagnostic.code, "missing-field");
        assert_eq!(diagnostic.message, "the field `documents` is missing");
    }

    #[test]
    fn wrong_types_say_what_to_write() {
        let diagnostic = problem("id = \"x\"\ndocuments = \"a\"\n");
        assert_eq!(diagnostic.code, "schema");
        assert_eq!(diagnostic.help.as_deref(), Some("write a list, e.g. [\"a\", \"b\"]"));
        let diagnostic = problem("id = 3\ndocuments = []\n");
        assert_eq!(diagnostic.help.as_deref(), Some("write text in quotes, e.g. \"…\""));
    }
}
