//! The article's load state: known at once (bundled, or a published page's own), or fetched
//! (`fetch`), every failure a `LoadError` a reader can act on.
//!
//! - `address`: which addresses may be loaded (the allow-list);
//! - `fetch`: the request, its timeout and size cap, and the early request src/start/boot.js starts;
//! - `error`: why an article could not be shown, in the reader's language.

mod address;
mod error;
mod fetch;

use std::sync::Arc;

use article::{Article, ArticleError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::AbortController;

use crate::browser_json::parse_article;

pub use address::{allowed_address, checked_url, EXTRA_ALLOWED_ORIGINS};
pub use error::LoadError;
pub use fetch::load_article;

/// The bundled default article: shown when no `src` is given, with no request at all.
pub const BUNDLED_ARTICLE: &str = include_str!("../../articles/paris-summit.json");

/// An article on screen, with the text it was read from when that is known: a live update's
/// first check that reads the same text again then needs no parse and no render.
#[derive(Debug, Clone)]
pub struct Shown {
    pub article: Arc<Article>,
    pub text: Option<Arc<str>>,
}

impl Shown {
    /// An article whose text is not kept (the publisher's, the bundled one: neither is followed).
    pub fn new(article: Article) -> Shown {
        Shown {
            article: Arc::new(article),
            text: None,
        }
    }

    /// The article `text` holds, with its text kept.
    pub fn read(text: String) -> Result<Shown, ArticleError> {
        let article = parse_article(&text)?;
        Ok(Shown {
            article: Arc::new(article),
            text: Some(text.into()),
        })
    }
}

/// Where the article comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Known before the first render: the bundled article, or a published page's own.
    Known(Result<Shown, LoadError>),
    /// Fetched from this address (`src`).
    Address(String),
}

/// Where loading is; mirrored on the widget's root element as `data-state`.
#[derive(Debug, Clone)]
pub enum LoadState {
    Loading,
    Ready(Shown),
    Failed(LoadError),
}

impl LoadState {
    /// The state's name, as `data-state` says it.
    pub fn name(&self) -> &'static str {
        match self {
            LoadState::Loading => "loading",
            LoadState::Ready(_) => "ready",
            LoadState::Failed(_) => "error",
        }
    }
}

/// The article of `source` as a signal (which live updates set to a newer version), and the
/// function that loads it again (Retry). A known article is ready before the first render: no
/// skeleton, no async hop. A newer load aborts the request in flight, as the widget going away
/// does, and the answer to a superseded request is dropped. `told` hears each state as it is set (the live region's announcements).
pub fn use_article(
    source: Source,
    told: impl Fn(&LoadState) + Copy + Send + Sync + 'static,
) -> (
    RwSignal<LoadState>,
    impl Fn() + Copy + Send + Sync + 'static,
) {
    let source = StoredValue::new(source);
    let state = RwSignal::new(LoadState::Loading);
    let set = move |new: LoadState| {
        told(&new);
        state.set(new);
    };
    let settle = move |result: Result<Shown, LoadError>| match result {
        Ok(shown) => set(LoadState::Ready(shown)),
        Err(err) => set(LoadState::Failed(err)),
    };
    // The request in flight, and its generation, which tells a superseded answer.
    let in_flight = StoredValue::new_local(None::<AbortController>);
    let generation = StoredValue::new(0u32);
    let load = move || {
        let src = match source.get_value() {
            Source::Known(result) => return settle(result),
            Source::Address(src) => src,
        };
        let Ok(controller) = AbortController::new() else {
            return;
        };
        if let Some(previous) = in_flight
            .try_update_value(|c| c.replace(controller.clone()))
            .flatten()
        {
            previous.abort();
        }
        generation.update_value(|g| *g += 1);
        let this_generation = generation.get_value();
        set(LoadState::Loading);
        spawn_local(async move {
            let result = load_article(src, &controller).await;
            if generation.try_get_value() != Some(this_generation) {
                return; // superseded by a newer request, or the widget is gone
            }
            settle(result);
        });
    };
    load();
    #[cfg(feature = "test-hooks")]
    crate::test_hooks::expose_reload(load);
    on_cleanup(move || {
        if let Some(controller) = in_flight.try_update_value(Option::take).flatten() {
            controller.abort();
        }
    });
    (state, load)
}

/// The bundled article, read at once: no request, and no loading state to show first.
pub fn bundled_article() -> Result<Shown, LoadError> {
    Ok(Shown::new(parse_article(BUNDLED_ARTICLE)?))
}
