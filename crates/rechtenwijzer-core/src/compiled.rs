//! The built-in content and messages in compiled form: the content resolved and checked when
//! the program was built, and what is known of each language without reading its messages.
//! A start-up decodes this instead of parsing and checking TOML and Fluent files.

use serde::{Deserialize, Serialize};

use crate::content::Content;
use crate::i18n::LocaleManifest;

/// What the build writes and the program reads at start-up.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Compiled {
    /// The content, checked without errors.
    pub content: Content,
    /// Every language, the reference first.
    pub locales: Vec<LocaleManifest>,
}
