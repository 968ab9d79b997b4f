//! Embed parameters read from the page URL, parsed and validated in this one place.

use web_sys::UrlSearchParams;

/// What the host asked for in the iframe URL. Unknown parameters are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// Address of the article JSON; `None` shows the bundled default article.
    pub src: Option<String>,
}

impl Config {
    /// Reads the configuration from a query string such as `?src=a.json`.
    pub fn from_query(query: &str) -> Config {
        let Ok(params) = UrlSearchParams::new_with_str(query) else {
            return Config::default();
        };
        let src = params
            .get("src")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        Config { src }
    }

    /// Reads the configuration from the current page's URL.
    pub fn from_page() -> Config {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        Config::from_query(&query)
    }
}
