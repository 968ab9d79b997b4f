//! Live updates (`refresh`): while it is read, the explainer follows its article, showing each
//! newer, valid version without costing the reader their place.
//!
//! The part here is what only the widget can do: validate a new version (a broken one never
//! replaces the version shown), and render it with the reader's sections still open. The rest
//! is live.js's, beside this file, loaded by boot.js only when updates are on, so the widget
//! pays nothing for it otherwise: when to check (jitter, back-off, never while hidden, off
//! screen or paused), the conditional request, the "Updated" line with its Pause button, focus
//! and selection kept, what changed marked and announced. Written in Rust, the same cost the
//! wasm about 5 KB of brotli, over the 3 KB the issue allows (docs/performance-log.md).

use std::sync::Arc;

use article::Article;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use crate::browser_json::js_object;
use crate::contract::live::*;
use crate::contract::{LIVE_MODULE_GLOBAL, ROOT_SELECTOR, SHOW_REFUSED, SHOW_REPLACED};
use crate::i18n::Strings;
use crate::load::{self, LoadError, LoadState};

/// The ids of the sections a reader had open when a live update replaced the explainer, for
/// the new one to open (the accordion takes them, once).
#[derive(Debug, Clone, Copy)]
pub struct KeptOpen(pub StoredValue<Option<Vec<String>>>);

/// Where to check for newer versions of the article, and how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Live {
    /// The article's address (`src`, or a published page's `article.json`), checked against
    /// the allow-list before live.js is given it.
    pub url: String,
    /// Seconds between checks while the explainer is in view.
    pub every: u32,
}

/// Starts following `live` once the first article is shown; stops with the widget.
pub(crate) fn follow_when_ready(
    live: Live,
    state: RwSignal<LoadState>,
    kept_open: KeptOpen,
    strings: &'static Strings,
) {
    let running = StoredValue::new_local(None::<(Timer, ShowClosure)>);
    on_cleanup(move || {
        if let Some((timer, _)) = running.try_update_value(Option::take).flatten() {
            timer.stop();
        }
    });
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) {
            return true;
        }
        let Some(shown_text) = state.with(|s| match s {
            LoadState::Ready(shown) => Some(shown.text.clone()),
            _ => None,
        }) else {
            return false;
        };
        let live = live.clone();
        spawn_local(async move {
            let show = show_new_versions(state, kept_open, strings);
            if let Some(timer) = start(&live, &show, shown_text).await {
                running.set_value(Some((timer, show)));
            }
        });
        true
    });
}

/// What live.js calls with each new text and its `keep` function.
type ShowClosure = Closure<dyn FnMut(String, js_sys::Function) -> u32>;

/// Shows a new text if it is a valid article no older than the one on screen, with the same
/// sections open; calls `keep` (live.js noting the reader's place, answering the open sections'
/// ids) just before.
fn show_new_versions(
    state: RwSignal<LoadState>,
    kept_open: KeptOpen,
    strings: &'static Strings,
) -> ShowClosure {
    let refuse = move |why: String| {
        web_sys::console::warn_2(&"news explainer: update refused:".into(), &why.into());
        SHOW_REFUSED
    };
    Closure::new(move |text: String, keep: js_sys::Function| {
        let new = match load::Shown::read(text) {
            Ok(new) => new,
            Err(err) => return refuse(LoadError::from(err).message(strings)),
        };
        // Not ready: the widget is gone, or loading again (Retry) on its own.
        let Some(LoadState::Ready(old)) = state.try_get_untracked() else {
            return refuse("the widget is not showing an article".into());
        };
        if modified(&new.article) < modified(&old.article) {
            return refuse("its dateModified is older than the version shown".into());
        }
        // live.js notes the reader's place and answers the open sections' ids.
        let open = keep.call0(&JsValue::NULL).ok().map(|ids| {
            js_sys::Array::from(&ids)
                .iter()
                .filter_map(|id| id.as_string())
                .collect()
        });
        kept_open.0.set_value(open);
        state.set(LoadState::Ready(new));
        SHOW_REPLACED
    })
}

#[wasm_bindgen]
extern "C" {
    /// src/live/live.js, as boot.js loaded it.
    type LiveModule;
    /// Starts the checks, given their options: see src/live/live.js.
    #[wasm_bindgen(method)]
    fn follow(this: &LiveModule, options: &JsValue) -> Timer;
    /// A running live.js.
    type Timer;
    #[wasm_bindgen(method)]
    fn stop(this: &Timer);
}

/// Starts live.js once boot.js has loaded it, or `None` if it could not be loaded or the
/// address is not allowed (then the widget simply does not update). `shown_text`: the text of
/// the article on screen, if known.
async fn start(live: &Live, show: &ShowClosure, shown_text: Option<Arc<str>>) -> Option<Timer> {
    let url = load::allowed_address(&live.url).ok()?;
    let window = web_sys::window()?;
    let module: js_sys::Promise = js_sys::Reflect::get(&window, &LIVE_MODULE_GLOBAL.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let module: LiveModule = JsFuture::from(module).await.ok()?.unchecked_into();
    // The options as src/live/live.js's `LiveOptions` names them.
    let options = js_object(&[
        (URL, url.into()),
        (EVERY, live.every.into()),
        (SHOW, show.as_ref().clone()),
        (ROOT, document_root()?.into()),
        (
            SHOWN_TEXT,
            shown_text
                .as_deref()
                .map_or(JsValue::UNDEFINED, JsValue::from),
        ),
    ]);
    Some(module.follow(&options))
}

/// When a version says it was last changed, in milliseconds (NaN, never older, when unknown).
fn modified(article: &Article) -> f64 {
    let date = article
        .date_modified
        .as_deref()
        .unwrap_or(&article.date_published);
    js_sys::Date::parse(date)
}

/// The widget's root, which an update does not replace.
fn document_root() -> Option<Element> {
    web_sys::window()?
        .document()?
        .query_selector(ROOT_SELECTOR)
        .ok()
        .flatten()
}
