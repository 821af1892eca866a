//! Local overlays: a municipality's own rights, offices, documents, parameters and messages in
//! `content/local/<name>/`, laid over the common catalogue when that municipality is chosen.
//!
//! An overlay is one folder a municipality can copy and edit:
//! `rights/*.toml` (a right with the id of a common right replaces it; others are added),
//! `offices.toml`, `documents.toml`, `parameters/*.toml`, `scenarios/*.toml` and
//! `locales/<lang>/*.ftl`. Diagnostics name the overlay's own files.

use crate::content::source::SourceTree;

/// The folder of overlays inside the content tree.
pub const FOLDER: &str = "local/";

/// The municipalities that have an overlay, sorted.
pub fn available(content: &SourceTree) -> Vec<String> {
    let mut names: Vec<String> = content
        .files
        .iter()
        .filter_map(|file| file.relative.strip_prefix(FOLDER)?.split_once('/').map(|(name, _)| name.to_string()))
        .collect();
    names.dedup();
    names
}

/// The content and locale trees with the overlay of `municipality` laid over them, or an error
/// naming the overlays that exist.
pub fn apply(
    content: &SourceTree,
    locales: &SourceTree,
    municipality: &str,
) -> Result<(SourceTree, SourceTree), String> {
    let names = available(content);
    if !names.iter().any(|name| name == municipality) {
        let known = if names.is_empty() {
            "there are none".to_string()
        } else {
            format!("choose one of: {}", names.join(", "))
        };
        return Err(format!("there is no local content for `{municipality}` in {}/{FOLDER}; {known}", content.root));
    }
    let prefix = format!("{FOLDER}{municipality}/");
    let mut merged_content = content.clone();
    let mut merged_locales = locales.clone();
    for file in &content.files {
        let Some(inside) = file.relative.strip_prefix(&prefix) else { continue };
        if let Some(locale_file) = inside.strip_prefix("locales/") {
            // `nl/x.ftl` becomes `nl/local-<name>-x.ftl`, beside the common messages.
            if let Some((language, name)) = locale_file.split_once('/') {
                let relative = format!("{language}/local-{municipality}-{name}");
                merged_locales.insert_shown(&relative, file.shown.clone(), file.text.clone());
            }
            continue;
        }
        let relative = match inside {
            "offices.toml" => format!("offices/local-{municipality}.toml"),
            "documents.toml" => format!("documents/local-{municipality}.toml"),
            other => match other.split_once('/') {
                Some(("rights", name)) => format!("rights/{name}"),
                Some((folder @ ("parameters" | "scenarios"), name)) => format!("{folder}/local-{municipality}-{name}"),
                // Anything else is kept where the stray-file check will see it.
                _ => format!("local-{municipality}-{}", other.replace('/', "-")),
            },
        };
        merged_content.insert_shown(&relative, file.shown.clone(), file.text.clone());
    }
    Ok((merged_content, merged_locales))
}
