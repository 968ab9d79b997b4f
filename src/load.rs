//! Loading the article: known at once (bundled, or a published page's own), or fetched safely
//! (allow-listed origins, a timeout, a size cap, abortable), every failure turned into a
//! message a reader can act on.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use article::{Article, ArticleError};
use gloo_net::http::{Request, Response};
use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, ReadableStreamDefaultReader, RequestInit, Url};

use crate::i18n::{english, fill, Strings};
use crate::json::parse_article;

/// The bundled default article: shown when no `src` is given, with no request at all.
pub const BUNDLED_ARTICLE: &str = include_str!("../articles/paris-summit.json");

/// Origins, besides the widget's own, that `src` may point to (set at build time; the editor
/// loads from the same ones).
pub use article::EXTRA_ALLOWED_ORIGINS;
/// Largest article accepted, checked on `Content-Length` and on the bytes actually read.
pub const MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;
/// How long a request may take before it is abandoned.
pub const FETCH_TIMEOUT_MS: i32 = 10_000;

/// Where the article comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Known before the first render: the bundled article, or a published page's own.
    Known(Result<Arc<Article>, LoadError>),
    /// Fetched from this address (`src`).
    Address(String),
}

/// Where loading is; mirrored on the widget's root element as `data-state`.
#[derive(Debug, Clone)]
pub enum LoadState {
    Loading,
    Ready(Arc<Article>),
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
    let settle = move |result: Result<Arc<Article>, LoadError>| match result {
        Ok(article) => set(LoadState::Ready(article)),
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
    (state, load)
}

/// Why an article could not be shown. Its `Display` is the English message; the view shows
/// [`LoadError::message`] in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    BadAddress {
        src: String,
    },
    NotAllowed {
        origin: String,
    },
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    Network {
        url: String,
        reason: String,
    },
    Timeout {
        url: String,
    },
    TooLarge {
        url: String,
    },
    NotJson {
        url: String,
        content_type: String,
    },
    NotText {
        url: String,
    },
    Article(ArticleError),
}

impl LoadError {
    /// The message for a reader of `strings`' language.
    pub fn message(&self, strings: &Strings) -> String {
        let seconds = (FETCH_TIMEOUT_MS / 1000).to_string();
        let limit = (MAX_ARTICLE_BYTES / (1024 * 1024)).to_string();
        match self {
            LoadError::BadAddress { src } => fill(strings.err_bad_address(), &[("src", src)]),
            LoadError::NotAllowed { origin } => {
                fill(strings.err_not_allowed(), &[("origin", origin)])
            }
            LoadError::Http {
                url,
                status,
                status_text,
            } => {
                let status = format!("{status} {status_text}");
                fill(
                    strings.err_http(),
                    &[("status", status.trim_end()), ("url", url)],
                )
            }
            LoadError::Network { url, reason } => {
                fill(strings.err_network(), &[("url", url), ("reason", reason)])
            }
            LoadError::Timeout { url } => {
                let template = strings
                    .err_timeout()
                    .select(strings.lang(), FETCH_TIMEOUT_MS as u32 / 1000);
                fill(template, &[("url", url), ("seconds", &seconds)])
            }
            LoadError::TooLarge { url } => {
                fill(strings.err_too_large(), &[("url", url), ("limit", &limit)])
            }
            LoadError::NotJson { url, content_type } => fill(
                strings.err_not_json(),
                &[("url", url), ("type", content_type)],
            ),
            LoadError::NotText { url } => fill(strings.err_not_text(), &[("url", url)]),
            LoadError::Article(err) if strings.err_article_lead().is_empty() => err.to_string(),
            LoadError::Article(err) => format!("{}\n{err}", strings.err_article_lead()),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(english()))
    }
}

impl std::error::Error for LoadError {}

impl From<ArticleError> for LoadError {
    fn from(err: ArticleError) -> Self {
        LoadError::Article(err)
    }
}

/// Resolves `src` against the page and checks it against the allow-list, before any request.
pub fn checked_url(src: &str, page_url: &str, extra_allowed: &str) -> Result<String, LoadError> {
    let bad = || LoadError::BadAddress {
        src: src.to_owned(),
    };
    let url = Url::new_with_base(src, page_url).map_err(|_| bad())?;
    if !matches!(url.protocol().as_str(), "http:" | "https:") {
        return Err(bad());
    }
    // The page's origin from its URL: inside a sandboxed iframe `location.origin` is "null",
    // but the address the widget was served from is still its own.
    let own = Url::new(page_url).map(|u| u.origin()).unwrap_or_default();
    let origin = url.origin();
    if article::is_allowed_origin(&origin, &own, extra_allowed) {
        Ok(url.href())
    } else {
        Err(LoadError::NotAllowed { origin })
    }
}

/// `src` checked against this page's allow-list: the address the first load and live updates
/// both request.
pub fn allowed_address(src: &str) -> Result<String, LoadError> {
    checked_url(src, &crate::config::page_address(), EXTRA_ALLOWED_ORIGINS)
}

/// The bundled article, read at once: no request, and no loading state to show first.
pub fn bundled_article() -> Result<Article, LoadError> {
    Ok(parse_article(BUNDLED_ARTICLE)?)
}

/// Fetches the article at `src`. Aborting `controller` cancels the request; the timeout
/// aborts it too.
pub async fn load_article(src: String, controller: &AbortController) -> Result<Article, LoadError> {
    let url = allowed_address(&src)?;
    let text = fetch_text(&url, controller).await?;
    let article = parse_article(&text)?;
    remember_shown_text(text);
    Ok(article)
}

thread_local! {
    /// The text of the article last shown, for live updates (src/live.rs).
    static SHOWN_TEXT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the text of the article about to be shown: a live update's first check that reads
/// the same text again needs no parse and no render.
pub fn remember_shown_text(text: String) {
    SHOWN_TEXT.with(|shown| *shown.borrow_mut() = Some(text));
}

/// The text of the article shown, once.
pub fn take_shown_text() -> Option<String> {
    SHOWN_TEXT.with(|shown| shown.borrow_mut().take())
}

/// Aborts the request after [`FETCH_TIMEOUT_MS`]; dropping it cancels the timer.
struct Timeout {
    fired: Rc<Cell<bool>>,
    handle: i32,
}

impl Timeout {
    fn start(controller: AbortController) -> Option<Timeout> {
        let fired = Rc::new(Cell::new(false));
        let flag = fired.clone();
        // Owned by the JavaScript function, so that a timer that fires after all (a handle
        // that did not clear: fake clocks hand out ids past i32) finds it still there.
        let callback = Closure::once_into_js(move || {
            flag.set(true);
            controller.abort();
        });
        let handle = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                FETCH_TIMEOUT_MS,
            )
            .ok()?;
        Some(Timeout { fired, handle })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.handle);
        }
    }
}

async fn fetch_text(url: &str, controller: &AbortController) -> Result<String, LoadError> {
    let timeout = Timeout::start(controller.clone());
    let timed_out = || timeout.as_ref().is_some_and(|t| t.fired.get());
    let failed = |reason: String| {
        if timed_out() {
            LoadError::Timeout {
                url: url.to_owned(),
            }
        } else {
            network(url, &reason)
        }
    };

    let signal = controller.signal();
    let sent = match take_early_request(url, &signal) {
        Some(early) => JsFuture::from(early)
            .await
            .map(|response| Response::from(response.unchecked_into::<web_sys::Response>()))
            .map_err(|error| error_text(&error)),
        None => {
            // Built from a web_sys request: gloo's builder appends a stray `&` to URLs that
            // carry a query.
            let init = RequestInit::new();
            init.set_signal(Some(&signal));
            let request = web_sys::Request::new_with_str_and_init(url, &init)
                .map_err(|_| network(url, "the address cannot be requested"))?;
            Request::from(request)
                .send()
                .await
                .map_err(|err| err.to_string())
        }
    };
    let response = sent.map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|length| length.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > MAX_ARTICLE_BYTES) {
        controller.abort();
        return Err(LoadError::TooLarge {
            url: url.to_owned(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    let bytes = match response.body() {
        Some(body) => read_capped(body, url).await.map_err(|err| match err {
            LoadError::Network { .. } if timed_out() => LoadError::Timeout {
                url: url.to_owned(),
            },
            other => other,
        })?,
        None => Vec::new(),
    };
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotText {
        url: url.to_owned(),
    })?;
    // Servers mislabel JSON often; a wrong type is only an error when the body is not JSON.
    let labelled_json = content_type.contains("json");
    if !labelled_json && !content_type.is_empty() && !looks_like_json(&text) {
        let content_type = content_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        return Err(LoadError::NotJson {
            url: url.to_owned(),
            content_type,
        });
    }
    Ok(text)
}

/// Where host/boot.js leaves the article request it starts with the page, beside the wasm
/// download: `{url, response, abort}`.
pub const EARLY_REQUEST: &str = "__explainerEarlyArticle";

/// The response of the request host/boot.js started for `url`, if it did: taken once (a
/// later load, Retry, makes a request of its own), and aborted when `signal` aborts.
fn take_early_request(url: &str, signal: &AbortSignal) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(EARLY_REQUEST);
    let early = Reflect::get(&window, &key)
        .ok()
        .filter(JsValue::is_object)?;
    if Reflect::get(&early, &"url".into()).ok()?.as_string()? != url {
        return None;
    }
    let _ = Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &key);
    let abort: js_sys::Function = Reflect::get(&early, &"abort".into())
        .ok()?
        .dyn_into()
        .ok()?;
    if signal.aborted() {
        let _ = abort.call0(&JsValue::NULL);
    } else {
        let _ = signal.add_event_listener_with_callback("abort", &abort);
    }
    Reflect::get(&early, &"response".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// A JavaScript error as text, as `String(error)` gives it: "TypeError: Failed to fetch".
fn error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.to_string()))
        .or_else(|| error.as_string())
        .unwrap_or_default()
}

/// Reads a response body chunk by chunk, stopping as soon as it passes the size cap.
async fn read_capped(body: web_sys::ReadableStream, url: &str) -> Result<Vec<u8>, LoadError> {
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| network(url, "the connection closed while reading"))?;
        let done = Reflect::get(&chunk, &"done".into()).is_ok_and(|d| d.is_truthy());
        if done {
            return Ok(bytes);
        }
        let value = Reflect::get(&chunk, &"value".into()).unwrap_or(JsValue::UNDEFINED);
        let Some(array) = value.dyn_ref::<Uint8Array>() else {
            return Ok(bytes);
        };
        if bytes.len() + array.length() as usize > MAX_ARTICLE_BYTES {
            let _ = reader.cancel();
            return Err(LoadError::TooLarge {
                url: url.to_owned(),
            });
        }
        bytes.extend_from_slice(&array.to_vec());
    }
}

/// An object or array after optional whitespace: worth handing to the JSON parser.
fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with(['{', '['])
}

fn network(url: &str, reason: &str) -> LoadError {
    LoadError::Network {
        url: url.to_owned(),
        reason: reason.to_owned(),
    }
}
