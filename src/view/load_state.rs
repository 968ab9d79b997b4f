//! The loading skeleton and the error panel with its Retry button.

use leptos::prelude::*;

use super::strings;
use crate::load::LoadError;

/// Grey blocks in the shape of the explainer, so nothing jumps when content arrives.
#[component]
pub fn LoadingSkeleton() -> impl IntoView {
    view! {
        // Hidden from assistive technology: the live region announces loading instead.
        <div class="skeleton" aria-hidden="true">
            <div class="skeleton__line skeleton__line--headline" aria-hidden="true"></div>
            <div class="skeleton__line skeleton__line--dek" aria-hidden="true"></div>
            <div class="skeleton__figures" aria-hidden="true">
                <div class="skeleton__block"></div>
                <div class="skeleton__block"></div>
                <div class="skeleton__block"></div>
            </div>
            <div class="skeleton__bar" aria-hidden="true"></div>
            <div class="skeleton__bar" aria-hidden="true"></div>
            <div class="skeleton__bar" aria-hidden="true"></div>
        </div>
    }
}

/// What went wrong, specifically, and a button to try again.
#[component]
pub fn ErrorPanel(
    /// The failure to explain.
    error: LoadError,
    /// Called when the reader presses Retry.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let strings = strings();
    view! {
        <div class="error-panel">
            <p class="error-panel__title">{strings.error_title()}</p>
            <p class="error-panel__message">{error.message(strings)}</p>
            <button type="button" class="button error-panel__retry" on:click=move |_| on_retry()>
                {strings.retry()}
            </button>
        </div>
    }
}
