//! Example households (`scenarios/*.toml`): their answers and the statuses expected.

use super::{Loader, unknown_reference};
use crate::content::Scenario;
use crate::content::answers_file;
use crate::content::raw::RawScenario;

impl<'a> Loader<'a> {
    pub(super) fn scenarios(&mut self) {
        for file in self.files_in("scenarios/") {
            let Some(raw) = self.parse::<RawScenario>(file) else { continue };
            let id = file.relative.trim_start_matches("scenarios/").trim_end_matches(".toml").to_string();
            let date = raw.date.as_ref().and_then(|d| self.date(d, file));
            let (answers, mut problems) = answers_file::from_raw(&self.content, &raw.answers, &file.shown);
            self.diagnostics.append(&mut problems);
            let mut expect = Vec::new();
            for (right, status) in &raw.expect {
                let Some(index) = self.content.right_index(right.get_ref()) else {
                    let ids = self.content.right_index.keys().map(String::as_str);
                    self.diagnostics.push(unknown_reference("unknown-right", "right", file, right, ids, "rights/"));
                    continue;
                };
                if let Some(status) = self.status(file, status) {
                    expect.push((index, status));
                }
            }
            // A scenario with a story is a persona of the training mode.
            self.allow_message(format!("scenario-{id}-story"), file, raw.description.span());
            self.content.scenarios.push(Scenario {
                id,
                description: raw.description.get_ref().clone(),
                date,
                answers,
                expect,
            });
        }
    }
}
