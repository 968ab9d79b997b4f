//! The "what next" section: what is expected to happen, each with its evidence.

use article::Fact;
use leptos::prelude::*;

use crate::view::evidence::FactList;

/// What happens next.
#[component]
pub fn WhatNext(
    /// The expected next steps.
    steps: Vec<Fact>,
) -> impl IntoView {
    view! { <FactList facts=steps /> }
}
