//! Why an article could not be shown, as a message a reader can act on, in their language.

use std::fmt;

use article::ArticleError;

use crate::contract::{FETCH_TIMEOUT_MS, MAX_ARTICLE_BYTES};
use crate::i18n::{english, fill, Strings};

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
        // The numbers in the reader's digits (Persian `۱۰`); addresses keep theirs.
        let seconds = strings.digits_in((FETCH_TIMEOUT_MS / 1000).to_string());
        let limit = strings.digits_in((MAX_ARTICLE_BYTES / (1024 * 1024)).to_string());
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
                let status = format!("{} {status_text}", strings.digits_in(status.to_string()));
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

// Natively: the language files are read with serde_json there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::LoadError;
    use crate::i18n::{for_content, parse, LANGUAGE_FILES};

    #[test]
    fn numbers_are_in_the_readers_digits_and_addresses_keep_theirs() {
        let (persian, _) = for_content("fa");
        assert_eq!(persian.lang(), "fa");
        let url = "https://news.example/2026/article.json".to_owned();
        let timeout = LoadError::Timeout { url: url.clone() }.message(persian);
        assert!(
            timeout.contains("۱۰") && !timeout.contains("10 "),
            "{timeout}"
        );
        assert!(timeout.contains(&url), "{timeout}");
        let large = LoadError::TooLarge { url: url.clone() }.message(persian);
        assert!(large.contains('۲') && !large.contains(" 2 "), "{large}");
        let http = LoadError::Http {
            url: url.clone(),
            status: 404,
            status_text: "Not Found".into(),
        }
        .message(persian);
        assert!(
            http.contains("۴۰۴ Not Found") && http.contains(&url),
            "{http}"
        );
    }

    #[test]
    fn every_language_writes_its_numbers_in_its_digits() {
        for (tag, text) in LANGUAGE_FILES {
            let strings = parse(text).unwrap_or_else(|err| panic!("{tag}: {err}"));
            let message = LoadError::Timeout { url: "u".into() }.message(&strings);
            let ten: String = strings
                .digits()
                .chars()
                .skip(1)
                .take(1)
                .chain(strings.digits().chars().take(1))
                .collect();
            assert!(message.contains(&ten), "{tag}: {message}");
        }
    }
}
