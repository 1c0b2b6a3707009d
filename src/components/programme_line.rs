//! Strike days announced without their dates (a programme): where it stands, what was announced,
//! and the sources of both (issue #20). It words nothing itself (that is `strings`).

use leptos::prelude::*;

use super::source_links::SourceLinks;
use crate::explain::ProgrammeAnswer;
use crate::model::SourceId;
use crate::strings;

/// One programme in the answer card: its sentence (left out where the headline already says
/// it), what was announced and the latest change's note, with every known entry's sources.
#[component]
pub fn ProgrammeLine(
    /// The programme as known on the reader's date.
    programme: ProgrammeAnswer<'static>,
    /// Whether to say where it stands; false when the headline says it.
    sentence: bool,
) -> impl IntoView {
    let w = super::words();
    let lang = w.lang();
    let mut sources: Vec<SourceId> = Vec::new();
    for h in programme.history {
        for &s in &h.sources {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    let last = programme.status();
    let mut text = if sentence {
        strings::programme(w, &programme)
    } else {
        String::new()
    };
    for said in std::iter::once(&programme.programme.text).chain(last.note.as_ref()) {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(said.get(lang));
    }
    view! {
        <p class="se-programme" data-status=last.status.as_str()>
            {text}" "
            <SourceLinks sources />
        </p>
    }
}
