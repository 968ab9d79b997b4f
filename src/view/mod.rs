//! The Leptos components: the app shell and one component per part of the explainer.

mod accordion;
pub mod erased;
mod evidence;
mod header;
mod heading;
mod key_figures;
mod load_state;
mod long_list;
mod quotes;
mod sections;

use std::sync::Arc;

use article::{Actor, Article};
use leptos::prelude::*;

use crate::auto_height::{self, EmbedTarget};
use crate::changes;
use crate::config::Config;
use crate::i18n::{self, Strings};
use crate::live::{follow_when_ready, KeptOpen, Live};
use crate::load::{use_article, LoadState, Source};
use accordion::Accordion;
use erased::{erase, ErasedView};
use header::Header;
use heading::HeadingBase;
use key_figures::KeyFigures;
use load_state::{ErrorPanel, LoadingSkeleton};
use quotes::Quotes;

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
    use_context::<&'static Strings>().unwrap_or_else(i18n::english)
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

/// The whole widget: its article (`load::use_article`) shown loading, failed or as the
/// explainer, its height reported to the host, its changes announced. It reads nothing from
/// the browser while it renders, so the publisher renders it to HTML natively; the browser's
/// entry (`crate::mount`) reads the page and hands over what it found.
#[component]
pub fn App(
    /// The embed parameters.
    config: Config,
    /// The interface language's strings.
    strings: &'static Strings,
    /// Where the article comes from.
    source: Source,
    /// Where to check for newer versions, and how often (`refresh`).
    #[prop(default = None)]
    live: Option<Live>,
) -> impl IntoView {
    provide_context::<&'static Strings>(strings);
    provide_context(HeadingBase(config.heading_level));
    provide_context(config.open.clone());
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);
    let kept_open = KeptOpen(StoredValue::new(None));
    provide_context(kept_open);

    let root = NodeRef::<leptos::html::Main>::new();
    let target = StoredValue::new(Some(EmbedTarget {
        pym_child_id: config.child_id.clone(),
        wordpress_secret: config.wordpress_secret.clone(),
    }));
    Effect::new(move |_| {
        if let (Some(element), Some(target)) =
            (root.get(), target.try_update_value(Option::take).flatten())
        {
            auto_height::start_auto_height(&element, target);
        }
    });

    let (state, load) = use_article(source, move |state: &LoadState| match state {
        LoadState::Loading => announcer.say(strings.loading()),
        LoadState::Ready(shown) => {
            changes::hand_over(shown);
            announcer.say(strings.loaded())
        }
        LoadState::Failed(err) => announcer.say(format!(
            "{} {}",
            strings.error_title(),
            err.message(strings)
        )),
    });

    if let Some(live) = live {
        follow_when_ready(live, state, kept_open, strings);
    }

    view! {
        <main
            class="explainer"
            lang=strings.lang()
            dir=strings.dir()
            node_ref=root
            data-state=move || state.with(LoadState::name)
        >
            <p class="visually-hidden" role="status" aria-live="polite">{move || announcer.0.get()}</p>
            {move || match state.get() {
                LoadState::Loading => erase(view! { <LoadingSkeleton /> }),
                LoadState::Failed(error) => {
                    erase(view! { <ErrorPanel error=error on_retry=move || load() /> })
                }
                LoadState::Ready(shown) => erase(view! { <Explainer article=shown.article /> }),
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
