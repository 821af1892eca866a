//! Documents (`documents.toml`, `documents/*.toml`) and offices with their channels
//! (`offices.toml`, `offices/*.toml`).

use std::collections::HashMap;

use super::{Loader, unknown_reference};
use crate::content::raw::{DocumentsFile, OfficesFile};
use crate::content::source::SourceFile;
use crate::content::{Channel, ChannelKind, Document, Office};
use crate::diagnostic::Diagnostic;

impl<'a> Loader<'a> {
    /// A root file (required) followed by the files of its folder (optional), e.g.
    /// `documents.toml` and `documents/*.toml`: large catalogues split by theme.
    fn root_and_folder(&mut self, root: &str, folder: &str) -> Vec<&'a SourceFile> {
        let mut files: Vec<&'a SourceFile> = self.root_file(root).into_iter().collect();
        files.extend(self.files_in(folder));
        files
    }

    pub(super) fn documents(&mut self) {
        for file in self.root_and_folder("documents.toml", "documents/") {
            self.documents_in(file);
        }
    }

    fn documents_in(&mut self, file: &SourceFile) {
        let Some(parsed) = self.parse::<DocumentsFile>(file) else { return };
        for raw in parsed.document {
            if !self.register("document", &raw.id, file) {
                continue;
            }
            let id = raw.id.get_ref().clone();
            self.need_message(format!("document-{id}"), file, raw.id.span());
            self.need_message(format!("document-{id}-where"), file, raw.id.span());
            if raw.when.is_some() || raw.from.is_some() {
                let links = (self.content.documents.len(), file.relative.clone(), raw.when, raw.from);
                self.document_links.push(links);
            }
            self.content.document_index.insert(id.clone(), self.content.documents.len());
            self.content.documents.push(Document { id, when: None, from: None });
        }
    }

    pub(super) fn offices(&mut self) {
        for file in self.root_and_folder("offices.toml", "offices/") {
            self.offices_in(file);
        }
    }

    fn offices_in(&mut self, file: &SourceFile) {
        let Some(parsed) = self.parse::<OfficesFile>(file) else { return };
        for raw in parsed.office {
            if !self.register("office", &raw.id, file) {
                continue;
            }
            let id = raw.id.get_ref().clone();
            let mut channels = Vec::new();
            for channel in raw.channels.get_ref() {
                let kinds: Vec<(ChannelKind, &str)> = ChannelKind::all().map(|k| (k, k.id())).collect();
                let Some(kind) = self.choose(file, &channel.kind, "kind of channel", &kinds) else { continue };
                if let Some(phone) = &channel.phone
                    && kind != ChannelKind::Phone
                {
                    self.error(
                        "bad-value",
                        file,
                        phone.span(),
                        "`phone` belongs on a channel of kind `phone`",
                        "misplaced",
                    );
                }
                if let Some(url) = &channel.url
                    && (kind != ChannelKind::Online || !url.get_ref().starts_with("https://"))
                {
                    self.error(
                        "bad-value",
                        file,
                        url.span(),
                        "`url` must be an https:// address on a channel of kind `online`",
                        "misplaced or not https",
                    );
                }
                if channels.iter().any(|c: &Channel| c.kind == kind) {
                    self.error(
                        "duplicate-id",
                        file,
                        channel.kind.span(),
                        format!("`{id}` has two `{}` channels", kind.id()),
                        "again",
                    );
                    continue;
                }
                self.need_message(format!("office-{id}-{}", kind.id()), file, channel.kind.span());
                channels.push(Channel {
                    kind,
                    phone: channel.phone.as_ref().map(|p| p.get_ref().clone()),
                    url: channel.url.as_ref().map(|u| u.get_ref().clone()),
                });
            }
            if raw.channels.get_ref().is_empty() {
                self.diagnostics.push(
                    Diagnostic::error(
                        "bad-value",
                        &file.shown,
                        Some(raw.channels.span()),
                        format!("the office `{id}` has no channel"),
                    )
                    .with_help(
                        "every office can be reached somehow: in person, by phone, online, by letter or at home",
                    ),
                );
            }
            self.need_message(format!("office-{id}"), file, raw.id.span());
            self.content.office_index.insert(id.clone(), self.content.offices.len());
            self.content.offices.push(Office { id, channels });
        }
    }

    /// Documents' `when` and `from`, resolved once facts, parameters and offices are known.
    pub(super) fn document_links(&mut self, parameter_index: &HashMap<String, usize>) {
        for (document, relative, when, from) in std::mem::take(&mut self.document_links) {
            let Some(file) = self.tree.get(&relative) else { continue };
            let when = when.and_then(|when| self.condition(file, &when, parameter_index).0);
            let from = from.and_then(|office| {
                let found = self.content.office_index(office.get_ref());
                if found.is_none() {
                    let ids = self.content.offices.iter().map(|o| o.id.as_str());
                    self.diagnostics.push(unknown_reference(
                        "unknown-office",
                        "office",
                        file,
                        &office,
                        ids,
                        "offices/",
                    ));
                }
                found
            });
            if let Some(slot) = self.content.documents.get_mut(document) {
                slot.when = when;
                slot.from = from;
            }
        }
    }
}
