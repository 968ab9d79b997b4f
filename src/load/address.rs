//! Which addresses an article may be loaded from: http(s) only, the widget's own origin or one
//! listed at build time.

use web_sys::Url;

use super::LoadError;

/// Origins, besides the widget's own, that `src` may point to (set at build time; the editor
/// loads from the same ones).
pub use article::EXTRA_ALLOWED_ORIGINS;

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
