//! Articles written in ArchieML (`.aml`, the plain text newsrooms write in Google Docs): read as
//! the article JSON they stand for, every problem placed at its line and column in the .aml text
//! with its JSON path as for JSON. ArchieML values are text, as every value of the format is.

use crate::error::{ArticleError, Problem};
use crate::model::Article;
use crate::parse::{parse_article, read_article};
use crate::verbatim::{report as verbatim_report, NotVerbatim};

/// An article file as the tools read it: JSON, or ArchieML when its name ends in `.aml`.
pub fn is_archieml(name: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("aml"))
}

/// An ArchieML text, read.
#[derive(Debug, Clone)]
pub struct AmlArticle {
    value: archieml::Value,
    /// Every value's JSON path and place.
    places: Vec<(String, archieml::Place)>,
}

/// Reads an ArchieML text; an error says where ArchieML itself could not go on.
pub fn read_aml(text: &str) -> Result<AmlArticle, archieml::Error> {
    let value = archieml::parse(text)?;
    let places = value.places();
    Ok(AmlArticle { value, places })
}

impl AmlArticle {
    /// The article JSON it reads as, keys in the order written.
    pub fn json(&self) -> String {
        let mut text = self.value.to_json_text();
        text.push('\n');
        text
    }

    /// Line and column in the .aml text of the value at `path` (as the validator writes paths);
    /// of the nearest value around it when it has none (a missing key: the object that lacks it).
    pub fn place(&self, path: &str) -> (usize, usize) {
        let mut path = path;
        loop {
            if let Some((_, place)) = self.places.iter().find(|(known, _)| known == path) {
                return (place.line, place.column);
            }
            if path == "." {
                return (1, 1);
            }
            path = match path.rfind(['.', '[']) {
                Some(at) if at > 0 => &path[..at],
                _ => ".",
            };
        }
    }

    /// The article, validated; a value of the wrong shape is placed in the .aml text.
    pub fn article(&self) -> Result<Article, ArticleError> {
        parse_article(&self.json()).map_err(|err| self.placed(err))
    }

    /// The article, every value of the format's shape, not validated (for the editor, which holds
    /// quotes to the source while a rule is still broken).
    pub fn read(&self) -> Result<Article, ArticleError> {
        read_article(&self.json()).map_err(|err| self.placed(err))
    }

    fn placed(&self, err: ArticleError) -> ArticleError {
        match err {
            ArticleError::Shape { path, message, .. } => {
                let (line, column) = self.place(&path);
                ArticleError::Shape {
                    path,
                    message,
                    line,
                    column,
                }
            }
            other => other,
        }
    }

    /// How the tools report `err` for the .aml file `name`: `file:line:column: path: message`
    /// for every problem, as editors read it.
    pub fn report(&self, name: &str, err: &ArticleError) -> String {
        match err {
            ArticleError::Invalid(problems) => {
                let mut text = format!("{name}: {} problem(s)", problems.len());
                for Problem { path, message } in problems {
                    let (line, column) = self.place(path);
                    text.push_str(&format!("\n  {name}:{line}:{column}: {path}: {message}"));
                }
                text
            }
            other => other.report(name),
        }
    }

    /// The editors' report of quotes and evidence not word for word in the source, each with its
    /// place in the .aml text.
    pub fn verbatim_report(&self, name: &str, source_name: &str, found: &[NotVerbatim]) -> String {
        let placed: Vec<NotVerbatim> = found
            .iter()
            .map(|item| {
                let (line, column) = self.place(&item.path);
                NotVerbatim {
                    path: format!("{name}:{line}:{column}: {}", item.path),
                    ..item.clone()
                }
            })
            .collect();
        verbatim_report(name, source_name, &placed)
    }
}

/// An article file, read as the tools read one (`explainer-validate`, `explainer-publish`).
#[derive(Debug, Clone)]
pub struct ArticleFile {
    pub article: Article,
    /// The article's JSON: the file's own text, or what an .aml file reads as.
    pub json: String,
    /// The .aml reading, for placing problems found later (the source check).
    pub aml: Option<AmlArticle>,
}

/// Reads and validates the article file `name` (its text `text`): ArchieML when the name ends
/// in `.aml`, else JSON. An error is the report to print and the exit code it calls for (1: it
/// breaks the format; 2: it is no article at all).
pub fn read_article_file(name: &str, text: &str) -> Result<ArticleFile, (String, u8)> {
    if !is_archieml(name) {
        return match parse_article(text) {
            Ok(article) => Ok(ArticleFile {
                article,
                json: text.to_owned(),
                aml: None,
            }),
            Err(err) => Err((err.report(name), err.exit_code())),
        };
    }
    let aml = read_aml(text).map_err(|err| {
        let archieml::Place { line, column } = err.place;
        (
            format!("{name}:{line}:{column}: not ArchieML: {}", err.message),
            2,
        )
    })?;
    match aml.article() {
        Ok(article) => Ok(ArticleFile {
            article,
            json: aml.json(),
            aml: Some(aml),
        }),
        Err(err) => Err((aml.report(name, &err), err.exit_code())),
    }
}

impl ArticleFile {
    /// The report of strings not word for word in the source, placed in an .aml file.
    pub fn verbatim_report(&self, name: &str, source_name: &str, found: &[NotVerbatim]) -> String {
        match &self.aml {
            Some(aml) => aml.verbatim_report(name, source_name, found),
            None => verbatim_report(name, source_name, found),
        }
    }
}
