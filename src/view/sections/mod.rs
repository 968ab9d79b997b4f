//! One component per section type, chosen by `type`; an unknown type shows only its summary.

mod ceasefire;
mod goals;
mod peacekeeping;
mod sources;
mod timeline;
mod what_next;

use article::{Section, SectionKind};
use leptos::prelude::*;

use crate::view::erased::erase;
use crate::view::evidence::FactList;

use ceasefire::CeasefireStatus;
use goals::SummitGoals;
use peacekeeping::PeacekeepingProposals;
use sources::Sources;
use timeline::Timeline;
use what_next::WhatNext;

/// The body of a section's panel, by type. The accordion shows the summary above it.
#[component]
pub fn SectionBody(
    /// The section whose content to show.
    section: Section,
) -> impl IntoView {
    let body = match section.kind() {
        SectionKind::SummitGoals => erase(view! { <SummitGoals goals=section.goals /> }),
        SectionKind::PeacekeepingProposals => {
            erase(view! { <PeacekeepingProposals proposals=section.proposals /> })
        }
        SectionKind::CeasefireStatus => erase(view! {
            <CeasefireStatus agreements=section.agreements developments=section.developments />
        }),
        SectionKind::Timeline => erase(view! { <Timeline events=section.events /> }),
        SectionKind::WhatNext => erase(view! { <WhatNext steps=section.steps /> }),
        SectionKind::Sources => erase(view! { <Sources citations=section.citations /> }),
        // Key facts, "what we know": the goals' list, unnumbered.
        SectionKind::Facts => erase(view! { <FactList facts=section.facts /> }),
        // A type from a newer minor version: its title and summary are all we can show.
        SectionKind::Unknown => return None,
    };
    Some(body)
}
