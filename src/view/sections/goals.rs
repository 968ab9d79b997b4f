//! The summit goals section: a numbered list of goals, each with its evidence.

use article::Fact;
use leptos::prelude::*;

use crate::view::evidence::FactList;

/// What the summit set out to do.
#[component]
pub fn SummitGoals(
    /// The goals, in the article's order.
    goals: Vec<Fact>,
) -> impl IntoView {
    view! { <FactList facts=goals ordered=true /> }
}
