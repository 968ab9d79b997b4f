//! The Leptos components: the app shell and one component per part of the explainer.

mod accordion;
mod evidence;
mod header;
mod heading;
mod key_figures;
mod quotes;
mod sections;
mod status;

use std::sync::Arc;

use article::{Actor, Article};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::config::Config;
use crate::i18n::{Strings, EN};
use crate::load::{load_article, LoadError};
use accordion::Accordion;
use header::Header;
use heading::HeadingBase;
use key_figures::KeyFigures;
use quotes::Quotes;
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

/// The interface strings in use, from context.
pub(crate) fn strings() -> &'static Strings {
    use_context::<&'static Strings>().unwrap_or(&EN)
}

/// The whole widget: reads the URL config, loads the article, shows loading, error or explainer.
#[component]
pub fn App() -> impl IntoView {
    let config = Config::from_page();
    provide_context::<&'static Strings>(&EN);
    provide_context(HeadingBase(2));

    let src = StoredValue::new(config.src);
    let state = RwSignal::new(LoadState::Loading);
    let load = move || {
        state.set(LoadState::Loading);
        let src = src.get_value();
        spawn_local(async move {
            state.set(match load_article(src).await {
                Ok(article) => LoadState::Ready(Arc::new(article)),
                Err(err) => LoadState::Failed(err),
            });
        });
    };
    load();

    view! {
        <div class="explainer" data-state=move || state.with(LoadState::name)>
            {move || match state.get() {
                LoadState::Loading => view! { <LoadingSkeleton /> }.into_any(),
                LoadState::Failed(error) => {
                    view! { <ErrorPanel error=error on_retry=move || load() /> }.into_any()
                }
                LoadState::Ready(article) => view! { <Explainer article=article /> }.into_any(),
            }}
        </div>
    }
}

/// A loaded article: header, key figures, quotes and the sections.
#[component]
pub fn Explainer(
    /// The validated article to show.
    article: Arc<Article>,
) -> impl IntoView {
    provide_context(ArticleContext(article.clone()));
    view! {
        <article class="explainer__article" lang=article.in_language.clone()>
            <Header article=article.clone() />
            <KeyFigures figures=article.key_figures.clone() />
            <Quotes quotes=article.quotes.clone() />
            <Accordion sections=article.sections.clone() />
        </article>
    }
}
