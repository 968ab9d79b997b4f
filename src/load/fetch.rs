//! Fetching an article safely: the allow-list first, a timeout, a size cap on the bytes read,
//! abortable, and the request src/start/boot.js may have started early taken over.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Request, Response};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, ReadableStreamDefaultReader, RequestInit};

use super::{allowed_address, LoadError, Shown};
use crate::contract::{EARLY_ARTICLE_GLOBAL, FETCH_TIMEOUT_MS, MAX_ARTICLE_BYTES};

/// Fetches the article at `src`, with the text it was read from. Aborting `controller` cancels
/// the request; the timeout aborts it too.
pub async fn load_article(src: String, controller: &AbortController) -> Result<Shown, LoadError> {
    let url = allowed_address(&src)?;
    let text = fetch_text(&url, controller).await?;
    Ok(Shown::read(text)?)
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

/// The response of the request src/start/boot.js started for `url`, if it did: taken once (a
/// later load, Retry, makes a request of its own), and aborted when `signal` aborts.
fn take_early_request(url: &str, signal: &AbortSignal) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(EARLY_ARTICLE_GLOBAL);
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
