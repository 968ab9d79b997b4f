//! One component per section type, chosen by `type`; an unknown type shows only its summary.

mod ceasefire;
mod goals;
mod peacekeeping;
mod sources;
mod timeline;
mod what_next;

use article::{Section, SectionKind};
use leptos::prelude::*;

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
    match section.kind() {
        SectionKind::SummitGoals => view! { <SummitGoals goals=section.goals /> }.into_any(),
        SectionKind::PeacekeepingProposals => {
            view! { <PeacekeepingProposals proposals=section.proposals /> }.into_any()
        }
        SectionKind::CeasefireStatus => view! {
            <CeasefireStatus agreements=section.agreements developments=section.developments />
        }
        .into_any(),
        SectionKind::Timeline => view! { <Timeline events=section.events /> }.into_any(),
        SectionKind::WhatNext => view! { <WhatNext steps=section.steps /> }.into_any(),
        SectionKind::Sources => view! { <Sources citations=section.citations /> }.into_any(),
        // A type from a newer minor version: its title and summary are all we can show.
        SectionKind::Unknown => ().into_any(),
    }
}
