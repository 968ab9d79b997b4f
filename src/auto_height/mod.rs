//! Auto-height for host pages: measure the widget and post its height in every protocol hosts speak.
//!
//! Posted with targetOrigin `*`, so only sizes and ids are ever sent:
//! Pym.js v1 (when `childId` is in the URL), AMP `embed-size`, the Embedly/Medium
//! `iframe.resize` JSON string, WordPress `height` (when the fragment carries `secret=`),
//! and our own `news-explainer:height` for `embed.js`.

use crate::browser_json::js_object;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MessageEvent, ResizeObserver, Window};

/// Type of our own message, read by `embed.js`.
pub use crate::contract::HEIGHT_MESSAGE_TYPE as MESSAGE_TYPE;

/// Who the heights go to and in which formats (from `config::Config`).
#[derive(Debug, Clone, Default)]
pub struct EmbedTarget {
    /// Pym.js child id, from the `childId` URL parameter.
    pub pym_child_id: Option<String>,
    /// WordPress embed secret, from `#?secret=` in the URL fragment.
    pub wordpress_secret: Option<String>,
}

/// Starts reporting the height of `content` to the parent window, now and on every change,
/// and answers Pym.js `width` messages from the parent. Does nothing outside an iframe. Both
/// stop when `content` leaves the page (the widget unmounted): its observer hears of it, as a
/// change of size, disconnects itself and removes the listener. Tied to the element rather than
/// to a reactive owner, it costs the wasm no stored handle.
pub fn start_auto_height(content: &Element, target: EmbedTarget) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = parent_window(&window) else {
        return;
    };
    let reporter = HeightReporter {
        parent,
        target,
        last: std::cell::Cell::new(0),
    };
    let reporter = std::rc::Rc::new(reporter);

    // Pym.js parents send `width` on load and on resize, and expect a height back. Both closures
    // are handed to JavaScript, which frees them with the listener and the observer.
    let observed = content.clone();
    let on_message = {
        let reporter = reporter.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if reporter.is_from_parent(&event) && reporter.is_pym_width(&event) {
                reporter.report(&observed, true);
            }
        })
        .into_js_value()
    };
    let _ = window.add_event_listener_with_callback("message", on_message.unchecked_ref());

    let observed = content.clone();
    let on_resize = Closure::<dyn Fn(JsValue, ResizeObserver)>::new(
        move |_: JsValue, observer: ResizeObserver| {
            if !observed.is_connected() {
                observer.disconnect();
                let _ = window
                    .remove_event_listener_with_callback("message", on_message.unchecked_ref());
                return;
            }
            reporter.report(&observed, false);
        },
    )
    .into_js_value();
    if let Ok(observer) = ResizeObserver::new(on_resize.unchecked_ref()) {
        observer.observe(content);
    }
}

/// The parent window, when this page is framed.
fn parent_window(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    let is_top = js_sys::Object::is(parent.as_ref(), window.as_ref());
    (!is_top).then_some(parent)
}

/// The parent's origin as the browser reports it (`location.ancestorOrigins`), else from
/// `document.referrer`. `None` when unknown.
fn expected_parent_origin(window: &Window) -> Option<String> {
    let location = window.location();
    let ancestors = Reflect::get(&location, &"ancestorOrigins".into()).ok();
    if let Some(first) = ancestors
        .filter(|a| !a.is_undefined())
        .and_then(|list| Reflect::get(&list, &0.into()).ok())
        .and_then(|origin| origin.as_string())
    {
        return Some(first);
    }
    let referrer = window.document()?.referrer();
    web_sys::Url::new(&referrer).ok().map(|url| url.origin())
}

struct HeightReporter {
    parent: Window,
    target: EmbedTarget,
    /// The last height posted, so unchanged heights are not posted again.
    last: std::cell::Cell<u32>,
}

impl HeightReporter {
    /// Only the parent window, from its own origin, may ask us for anything.
    fn is_from_parent(&self, event: &MessageEvent) -> bool {
        let from_parent = event
            .source()
            .is_some_and(|source| js_sys::Object::is(source.as_ref(), self.parent.as_ref()));
        let origin_ok = web_sys::window()
            .and_then(|w| expected_parent_origin(&w))
            .is_none_or(|expected| expected == event.origin());
        from_parent && origin_ok
    }

    fn is_pym_width(&self, event: &MessageEvent) -> bool {
        let Some(id) = &self.target.pym_child_id else {
            return false;
        };
        event
            .data()
            .as_string()
            .is_some_and(|text| text.starts_with(&format!("pymxPYMx{id}xPYMxwidthxPYMx")))
    }

    /// Measures `content` and posts its height when it changed (or when `force`d).
    fn report(&self, content: &Element, force: bool) {
        let rect = content.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return; // the frame is hidden (display: none); report once it is shown
        }
        // The content's bottom edge in document coordinates: its height plus anything above it.
        let scroll_y = web_sys::window()
            .and_then(|w| w.scroll_y().ok())
            .unwrap_or(0.0);
        let height = (rect.bottom() + scroll_y).ceil().max(0.0) as u32;
        if !force && height == self.last.get() {
            return;
        }
        self.last.set(height);
        for message in self.messages(height) {
            let _ = self.parent.post_message(&message, "*");
        }
    }

    /// The height in every format, each holding only the size and ids.
    fn messages(&self, height: u32) -> Vec<JsValue> {
        let object = js_object;
        let mut messages = vec![
            object(&[("type", MESSAGE_TYPE.into()), ("height", height.into())]),
            object(&[
                ("sentinel", "amp".into()),
                ("type", "embed-size".into()),
                ("height", height.into()),
            ]),
            self.embedly(height),
        ];
        if let Some(id) = &self.target.pym_child_id {
            messages.push(format!("pymxPYMx{id}xPYMxheightxPYMx{height}").into());
        }
        if let Some(secret) = &self.target.wordpress_secret {
            messages.push(object(&[
                ("message", "height".into()),
                ("value", height.into()),
                ("secret", secret.as_str().into()),
            ]));
        }
        messages
    }

    /// Embedly/Medium: a JSON string naming our own address (without the fragment,
    /// which may hold a WordPress secret).
    fn embedly(&self, height: u32) -> JsValue {
        let src = crate::config::page_address_without_fragment();
        let object = js_object(&[
            ("src", src.into()),
            ("context", "iframe.resize".into()),
            ("height", height.into()),
        ]);
        js_sys::JSON::stringify(&object)
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL)
    }
}
