//! Fetching an article JSON safely: allow-listed origins, a timeout, a size cap, abortable,
//! and every failure turned into a message a reader can act on.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

use article::{Article, ArticleError};
use gloo_net::http::Request;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestInit, Url};

use crate::i18n::{fill, Strings, EN};
use crate::json::parse_article;

/// The bundled default article: shown when no `src` is given, with no request at all.
pub const BUNDLED_ARTICLE: &str = include_str!("../articles/paris-summit.json");

/// Origins, besides the widget's own, that `src` may point to: a comma-separated list set at
/// build time, e.g. `EXPLAINER_ALLOWED_ORIGINS=https://data.example.org trunk build --release`.
/// Keep the `connect-src` of the Content-Security-Policy in step with it.
pub const EXTRA_ALLOWED_ORIGINS: &str = match option_env!("EXPLAINER_ALLOWED_ORIGINS") {
    Some(list) => list,
    None => "",
};
/// Largest article accepted, checked on `Content-Length` and on the bytes actually read.
pub const MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;
/// How long a request may take before it is abandoned.
pub const FETCH_TIMEOUT_MS: i32 = 10_000;

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
            LoadError::BadAddress { src } => fill(strings.err_bad_address, &[("src", src)]),
            LoadError::NotAllowed { origin } => {
                fill(strings.err_not_allowed, &[("origin", origin)])
            }
            LoadError::Http {
                url,
                status,
                status_text,
            } => {
                let status = format!("{status} {status_text}");
                fill(
                    strings.err_http,
                    &[("status", status.trim_end()), ("url", url)],
                )
            }
            LoadError::Network { url, reason } => {
                fill(strings.err_network, &[("url", url), ("reason", reason)])
            }
            LoadError::Timeout { url } => {
                fill(strings.err_timeout, &[("url", url), ("seconds", &seconds)])
            }
            LoadError::TooLarge { url } => {
                fill(strings.err_too_large, &[("url", url), ("limit", &limit)])
            }
            LoadError::NotJson { url, content_type } => fill(
                strings.err_not_json,
                &[("url", url), ("type", content_type)],
            ),
            LoadError::NotText { url } => fill(strings.err_not_text, &[("url", url)]),
            LoadError::Article(err) if strings.err_article_lead.is_empty() => err.to_string(),
            LoadError::Article(err) => format!("{}\n{err}", strings.err_article_lead),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(&EN))
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
    let allowed = origin == own || extra_allowed.split(',').map(str::trim).any(|o| o == origin);
    if allowed {
        Ok(url.href())
    } else {
        Err(LoadError::NotAllowed { origin })
    }
}

/// The bundled article, read at once: no request, and no loading state to show first.
pub fn bundled_article() -> Result<Article, LoadError> {
    Ok(parse_article(BUNDLED_ARTICLE)?)
}

/// Fetches the article at `src`. Aborting `controller` cancels the request; the timeout
/// aborts it too.
pub async fn load_article(src: String, controller: &AbortController) -> Result<Article, LoadError> {
    let page_url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let url = checked_url(&src, &page_url, EXTRA_ALLOWED_ORIGINS)?;
    let text = fetch_text(&url, controller).await?;
    Ok(parse_article(&text)?)
}

/// Aborts the request after [`FETCH_TIMEOUT_MS`]; dropping it cancels the timer.
struct Timeout {
    fired: Rc<Cell<bool>>,
    handle: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    fn start(controller: AbortController) -> Option<Timeout> {
        let fired = Rc::new(Cell::new(false));
        let flag = fired.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            flag.set(true);
            controller.abort();
        });
        let handle = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                FETCH_TIMEOUT_MS,
            )
            .ok()?;
        Some(Timeout {
            fired,
            handle,
            _callback: callback,
        })
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
    let failed = |err: gloo_net::Error| {
        if timed_out() {
            LoadError::Timeout {
                url: url.to_owned(),
            }
        } else {
            network(url, &err.to_string())
        }
    };

    // Built from a web_sys request: gloo's builder appends a stray `&` to URLs that carry a query.
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let request = web_sys::Request::new_with_str_and_init(url, &init)
        .map_err(|_| network(url, "the address cannot be requested"))?;
    let response = Request::from(request).send().await.map_err(failed)?;
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
