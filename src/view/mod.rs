//! The Leptos components: the app shell and one component per part of the explainer.

mod accordion;
mod evidence;
mod header;
mod heading;
mod key_figures;
mod long_list;
mod quotes;
pub mod replaced;
mod sections;
mod status;

use std::sync::Arc;

use article::{Actor, Article};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::config::Config;
use crate::embed::{self, EmbedTarget};
use crate::i18n::{self, Strings, EN};
use crate::load::{load_article, LoadError};
use accordion::Accordion;
use header::Header;
use heading::HeadingBase;
use key_figures::KeyFigures;
use quotes::Quotes;
use replaced::{erase, ErasedView};
use status::{ErrorPanel, LoadingSkeleton};

/// Where the widget is; mirrored on the root element as `data-state`.
#[derive(Debug, Clone)]
enum LoadState {
    Loading,
    Ready(Arc<Article>),
    Failed(LoadError),
}

impl LoadState {
    fn name(&self) -> &'static str {
        match self {
            LoadState::Loading => "loading",
            LoadState::Ready(_) => "ready",
            LoadState::Failed(_) => "error",
        }
    }
}

/// The article being shown, for components that resolve actor and quote ids.
#[derive(Debug, Clone)]
pub(crate) struct ArticleContext(pub Arc<Article>);

impl ArticleContext {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.0.actors.iter().find(|actor| actor.id == id)
    }

    /// The display name of an actor id; validation guarantees it resolves.
    pub fn actor_name(&self, id: &str) -> String {
        self.actor(id)
            .map_or_else(|| id.to_owned(), |actor| actor.name.clone())
    }
}

/// What the polite live region says; components announce by setting it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Announcer(pub RwSignal<String>);

impl Announcer {
    pub fn say(&self, text: impl Into<String>) {
        self.0.set(text.into());
    }
}

/// The interface strings in use, from context.
pub(crate) fn strings() -> &'static Strings {
    use_context::<&'static Strings>().unwrap_or(&EN)
}

/// A translated template as views, in the translation's word order: its text as text, and
/// each `{name}` as what `slot` gives for it (once; a name it does not know stays as written).
pub(crate) fn in_template(
    template: &'static str,
    mut slot: impl FnMut(&str) -> Option<ErasedView>,
) -> Vec<ErasedView> {
    i18n::pieces(template)
        .into_iter()
        .map(|piece| match piece {
            i18n::Piece::Text(text) => erase(text),
            i18n::Piece::Slot(name) => slot(name).unwrap_or_else(|| erase(format!("{{{name}}}"))),
        })
        .collect()
}

/// Where the article comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Known before the first render: the bundled article, or a published page's own.
    Known(Result<Arc<Article>, LoadError>),
    /// Fetched from this address (`src`).
    Address(String),
}

/// The whole widget: loads the article, shows loading, error or explainer. It reads nothing
/// from the browser while it renders, so the publisher renders it to HTML natively; the
/// browser's entry (`crate::mount`) reads the page and hands over what it found.
#[component]
pub fn App(
    /// The embed parameters.
    config: Config,
    /// The interface language's strings.
    strings: &'static Strings,
    /// Where the article comes from.
    source: Source,
) -> impl IntoView {
    provide_context::<&'static Strings>(strings);
    provide_context(HeadingBase(config.heading_level));
    provide_context(config.open.clone());
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);

    let root = NodeRef::<leptos::html::Main>::new();
    let child_id = StoredValue::new(Some(config.child_id.clone()));
    Effect::new(move |_| {
        if let (Some(element), Some(child_id)) = (
            root.get(),
            child_id.try_update_value(Option::take).flatten(),
        ) {
            embed::start_auto_height(&element, EmbedTarget::from_page(child_id));
        }
    });

    let source = StoredValue::new(source);
    let state = RwSignal::new(LoadState::Loading);
    // The request in flight, aborted when a new one starts or the widget goes away; its
    // generation tells a superseded answer from the current one.
    let in_flight = StoredValue::new_local(None::<web_sys::AbortController>);
    let generation = StoredValue::new(0u32);
    let settle = move |result: Result<Arc<Article>, LoadError>| match result {
        Ok(article) => {
            announcer.say(strings.loaded);
            state.set(LoadState::Ready(article));
        }
        Err(err) => {
            announcer.say(format!("{} {}", strings.error_title, err.message(strings)));
            state.set(LoadState::Failed(err));
        }
    };
    let load = move || {
        // A known article is ready before the first render: no skeleton, no async hop.
        let src = match source.get_value() {
            Source::Known(result) => return settle(result),
            Source::Address(src) => src,
        };
        let Ok(controller) = web_sys::AbortController::new() else {
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
        state.set(LoadState::Loading);
        announcer.say(strings.loading);
        spawn_local(async move {
            let result = load_article(src, &controller).await.map(Arc::new);
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

    view! {
        <main
            class="explainer"
            lang=strings.lang
            dir=i18n::direction(strings.lang)
            node_ref=root
            data-state=move || state.with(LoadState::name)
        >
            <p class="visually-hidden" role="status" aria-live="polite">{move || announcer.0.get()}</p>
            {move || match state.get() {
                LoadState::Loading => erase(view! { <LoadingSkeleton /> }),
                LoadState::Failed(error) => {
                    erase(view! { <ErrorPanel error=error on_retry=move || load() /> })
                }
                LoadState::Ready(article) => erase(view! { <Explainer article=article /> }),
            }}
        </main>
    }
}

/// A loaded article: header, key figures, quotes and the sections.
#[component]
pub fn Explainer(
    /// The validated article to show.
    article: Arc<Article>,
) -> impl IntoView {
    provide_context(ArticleContext(article.clone()));
    // The frame's document is named after its article, for the tab, history and assistive
    // technology that announces the framed document (a published page has it in its HTML).
    let headline = article.headline.clone();
    Effect::new(move |_| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&headline);
        }
    });
    view! {
        <article
            class="explainer__article"
            lang=article.in_language.clone()
            dir=i18n::direction(&article.in_language)
        >
            <Header article=article.clone() />
            <KeyFigures figures=article.key_figures.clone() />
            <Quotes quotes=article.quotes.clone() />
            <Accordion sections=article.sections.clone() />
        </article>
    }
}
