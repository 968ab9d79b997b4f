//! Fetching an article JSON and turning every failure into a message a reader can act on.

use article::{parse_article, Article, ArticleError};
use gloo_net::http::Request;
use thiserror::Error;

/// The bundled default article: shown when no `src` is given, with no request at all.
pub const BUNDLED_ARTICLE: &str = include_str!("../articles/paris-summit.json");

/// Why an article could not be shown.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("The server answered {status}{}{status_text} for {url}.", if status_text.is_empty() { "" } else { " " })]
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    #[error(
        "The article at {url} could not be reached ({reason}). Check the connection and try again."
    )]
    Network { url: String, reason: String },
    #[error(transparent)]
    Article(#[from] ArticleError),
}

/// Loads the article: the bundled one when `src` is `None`, else fetched from `src`.
pub async fn load_article(src: Option<String>) -> Result<Article, LoadError> {
    let Some(url) = src else {
        return Ok(parse_article(BUNDLED_ARTICLE)?);
    };
    let network = |err: gloo_net::Error| LoadError::Network {
        url: url.clone(),
        reason: err.to_string(),
    };
    let response = Request::get(&url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.clone(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = response.text().await.map_err(network)?;
    Ok(parse_article(&text)?)
}
