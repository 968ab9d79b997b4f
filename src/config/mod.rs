//! Embed parameters read from the page URL, its query and its fragment, parsed and validated
//! in this one place; the rest of the widget asks here for the page's address and fragment.
//!
//! Unknown parameters are ignored; invalid values are ignored with a console warning, so a
//! mistyped embed code never breaks the widget (query.rs reads each one).

mod query;

/// Colour theme asked for by the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows `prefers-color-scheme`.
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Which sections start open.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum OpenSections {
    #[default]
    None,
    All,
    /// These section ids (ids not in the article are ignored).
    Ids(Vec<String>),
}

impl OpenSections {
    pub fn includes(&self, id: &str) -> bool {
        match self {
            OpenSections::None => false,
            OpenSections::All => true,
            OpenSections::Ids(ids) => ids.iter().any(|open| open == id),
        }
    }
}

/// What the host asked for in the iframe URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Address of the article JSON; `None` shows the bundled default article.
    pub src: Option<String>,
    pub theme: Theme,
    /// Accent colour as `#rrggbb`.
    pub accent: Option<String>,
    pub open: OpenSections,
    /// No background of its own, so the host page shows through.
    pub transparent: bool,
    /// Interface language asked for (BCP 47), before matching it to a translation.
    pub lang: Option<String>,
    /// Heading level of the widget's top heading, 1 to 6 (default 2).
    pub heading_level: u8,
    /// Pym.js child id: when present, heights are also posted in Pym's format.
    pub child_id: Option<String>,
    /// WordPress embed secret, from `#?secret=` in the fragment: when present, heights are
    /// also posted in WordPress's format.
    pub wordpress_secret: Option<String>,
    /// Seconds between checks for a newer version of the article (`refresh`, at least
    /// [`MIN_REFRESH_SECONDS`]); `None` when off (absent or `0`).
    pub refresh: Option<u32>,
    /// Every parameter that was present but invalid, as a message for the console.
    pub warnings: Vec<String>,
}

/// The shortest `refresh` accepted: a shorter one is raised to this, so that a million readers
/// never poll a newsroom's server faster than every ten seconds each.
pub const MIN_REFRESH_SECONDS: u32 = 10;
/// The longest `refresh` accepted: one day.
pub const MAX_REFRESH_SECONDS: u32 = 86_400;

/// Nothing asked for: the defaults every parameter falls back to.
impl Default for Config {
    fn default() -> Config {
        Config {
            src: None,
            theme: Theme::default(),
            accent: None,
            open: OpenSections::default(),
            transparent: false,
            lang: None,
            heading_level: 2,
            child_id: None,
            wordpress_secret: None,
            refresh: None,
            warnings: Vec::new(),
        }
    }
}

impl Config {
    /// Reads the configuration from the current page's URL.
    pub fn from_page() -> Config {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        Config {
            wordpress_secret: fragment().as_deref().and_then(wordpress_secret),
            ..Config::from_query(&query)
        }
    }
}

/// The page's address, in full.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment, which may hold a WordPress secret.
pub fn page_address_without_fragment() -> String {
    let address = page_address();
    match address.split_once('#') {
        Some((before, _)) => before.to_owned(),
        None => address,
    }
}

/// The URL fragment without `#`, if any: a section to open (read again on `hashchange`), or
/// WordPress's `?secret=`.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#')?;
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// `?secret=abc123` or `secret=abc123&x` → `abc123`. WordPress writes 10 characters of
/// `[A-Za-z0-9]` and its wp-embed.js checks only the characters, so up to 64 are taken.
pub fn wordpress_secret(fragment: &str) -> Option<String> {
    fragment
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("secret="))
        .filter(|s| !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric()))
        .map(str::to_owned)
}

/// `0b5cad`, `#0b5cad` or `#abc` → `Some("#0b5cad")`; anything else → `None`.
pub fn normalize_hex_colour(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#').unwrap_or(value);
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match hex.len() {
        6 => Some(format!("#{}", hex.to_ascii_lowercase())),
        3 => Some(hex.chars().fold(String::from("#"), |mut out, c| {
            out.push(c.to_ascii_lowercase());
            out.push(c.to_ascii_lowercase());
            out
        })),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::wordpress_secret;

    #[test]
    fn the_wordpress_secret_is_read_from_the_fragment() {
        assert_eq!(
            wordpress_secret("?secret=Ab12Cd34Ef").as_deref(),
            Some("Ab12Cd34Ef")
        );
        assert_eq!(wordpress_secret("secret=abc&x=1").as_deref(), Some("abc"));
        assert_eq!(wordpress_secret("x=1&secret=abc").as_deref(), Some("abc"));
        for refused in ["secret=", "secret=a-b", "ceasefire", "?secret=<x>"] {
            assert_eq!(wordpress_secret(refused), None, "{refused}");
        }
        assert_eq!(
            wordpress_secret(&format!("secret={}", "a".repeat(65))),
            None
        );
    }
}
