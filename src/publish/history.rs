//! The publisher's history of each article (feature `ssr`, native): what changed between the
//! versions it published, in `OUT/<id>/changes.json`, and the JSON Feed and Atom feed made from
//! it. What changed is src/changes/changes.js's comparison, the one the widget and live updates
//! make, run in Node (which the build already needs) so that all three say the same.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use article::Article;
use serde::{Deserialize, Serialize};

use super::page::escape;
use crate::i18n::{self, dates::long_date, fill};

/// The history's file in an article's folder.
pub const HISTORY_FILE: &str = "changes.json";
/// The feeds' files, in an article's folder and at the top of the output folder.
pub const JSON_FEED_FILE: &str = "feed.json";
pub const ATOM_FEED_FILE: &str = "feed.atom";

/// The comparison, and what runs it on the versions given on standard input.
const COMPARE_SCRIPT: &str = concat!(
    include_str!("../changes/changes.js"),
    r#"
const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
}));
process.stdout.write(JSON.stringify(compare(input.old, input.now).map((change) => describe(change, input.words))));
"#
);

/// One published change: its stable id, when it was published (RFC 3339), its title and what it
/// changed, a line each, in the article's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub date: String,
    pub title: String,
    pub lines: Vec<String>,
}

/// An article's published changes, newest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub entries: Vec<Entry>,
}

impl History {
    /// The history kept in `folder`, empty when there is none yet.
    pub fn read(folder: &Path) -> Result<History, String> {
        let path = folder.join(HISTORY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text)
                .map_err(|err| format!("{}: not a history of changes: {err}", path.display())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(History::default()),
            Err(err) => Err(format!("{}: cannot read: {err}", path.display())),
        }
    }

    /// The history as its file holds it.
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Adds the entry for publishing `text` (the article `article`) where `previous` was the
    /// text last published, if it changed anything a reader sees: "First published" for the
    /// first version, else the changes as src/changes/changes.js words them. `now`: RFC 3339.
    pub fn record(
        &mut self,
        article: &Article,
        text: &str,
        previous: Option<&str>,
        now: &str,
    ) -> Result<bool, String> {
        let words = Words::of(&article.in_language);
        let (title, lines) = match previous {
            Some(previous) if previous == text => return Ok(false),
            Some(previous) => {
                let lines = changes_between(previous, text, &words)?;
                if lines.is_empty() {
                    return Ok(false);
                }
                let (strings, _) = i18n::for_content(&article.in_language);
                let date = long_date(day_of(now), strings);
                (fill(strings.updated(), &[("date", &date)]), lines)
            }
            None => (
                words.get("change_first"),
                vec![article.description.clone()]
                    .into_iter()
                    .filter(|line| !line.is_empty())
                    .collect(),
            ),
        };
        let id = format!(
            "urn:news-explainer:{}:{}",
            article.id,
            self.entries.len() + 1
        );
        self.entries.insert(
            0,
            Entry {
                id,
                date: now.to_owned(),
                title,
                lines,
            },
        );
        Ok(true)
    }
}

/// The day of an RFC 3339 date-time (the date itself when it has no time).
pub fn day_of(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

/// A language file's words, read once, for the texts the wasm does not carry (the feeds', the
/// hub's, the changes'): the file of the interface language `i18n::for_content` picks.
pub struct Words(serde_json::Value);

impl Words {
    /// The words of the interface language for content in `language` (English when the widget
    /// does not speak it).
    pub fn of(language: &str) -> Words {
        let english = || {
            i18n::LANGUAGE_FILES
                .iter()
                .find(|(tag, _)| *tag == "en")
                .map_or("{}", |(_, text)| text)
        };
        let file = i18n::for_content(language).1.unwrap_or_else(english);
        Words(serde_json::from_str(file).unwrap_or_default())
    }

    /// One text, empty if the file lacks it (tests/i18n.rs holds every file to English's keys).
    pub fn get(&self, key: &str) -> String {
        self.0[key].as_str().unwrap_or_default().to_owned()
    }
}

/// The changes from `old` to `now` (article texts), a line each in `words`' language.
fn changes_between(old: &str, now: &str, words: &Words) -> Result<Vec<String>, String> {
    let parse = |text: &str| serde_json::from_str::<serde_json::Value>(text);
    let input = serde_json::json!({
        "old": parse(old).map_err(|err| format!("the version published before is not JSON: {err}"))?,
        "now": parse(now).map_err(|err| format!("the article is not JSON: {err}"))?,
        "words": words.0,
    });
    let mut node = Command::new("node")
        .args(["--input-type=module", "-e", COMPARE_SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| {
            format!("comparing versions needs Node.js, as building does (`node` on PATH): {err}")
        })?;
    if let Some(mut stdin) = node.stdin.take() {
        stdin
            .write_all(input.to_string().as_bytes())
            .map_err(|err| format!("cannot give Node.js the versions: {err}"))?;
    }
    let output = node
        .wait_with_output()
        .map_err(|err| format!("Node.js did not finish comparing the versions: {err}"))?;
    if !output.status.success() {
        return Err(format!(
            "Node.js could not compare the versions: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    serde_json::from_slice(&output.stdout)
        .map_err(|err| format!("the comparison answered something other than lines: {err}"))
}

/// Now, as RFC 3339 in UTC to the second; `SOURCE_DATE_EPOCH` (seconds), when set, stands for
/// the clock, as reproducible builds use it.
pub fn now() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| value.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_secs())
        });
    rfc3339(seconds)
}

/// Seconds since 1970 as `YYYY-MM-DDThh:mm:ssZ` (the civil calendar from a day count, after
/// Howard Hinnant's `civil_from_days`).
fn rfc3339(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// A feed of changes: its title, language, where it and its page are (when the public address
/// is known), who publishes it, and its entries, newest first, each with its page and a title
/// of its own.
pub struct Feed<'a> {
    pub id: String,
    pub title: String,
    pub language: String,
    pub page: Option<String>,
    pub address: Option<String>,
    pub author: String,
    pub entries: Vec<FeedEntry<'a>>,
}

/// An entry of a feed: the history's entry, its title in this feed, and its page.
pub struct FeedEntry<'a> {
    pub entry: &'a Entry,
    pub title: String,
    pub page: Option<String>,
}

impl Feed<'_> {
    /// The feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
    pub fn json(&self) -> String {
        let items: Vec<serde_json::Value> = self
            .entries
            .iter()
            .map(|item| {
                let mut value = serde_json::json!({
                    "id": item.entry.id,
                    "title": item.title,
                    "content_text": item.entry.lines.join("\n"),
                    "content_html": lines_html(&item.entry.lines),
                    "date_published": item.entry.date,
                });
                if let Some(page) = &item.page {
                    value["url"] = page.clone().into();
                }
                value
            })
            .collect();
        let mut feed = serde_json::json!({
            "version": "https://jsonfeed.org/version/1.1",
            "title": self.title,
            "language": self.language,
            "authors": [{ "name": self.author }],
            "items": items,
        });
        if let Some(page) = &self.page {
            feed["home_page_url"] = page.clone().into();
        }
        if let Some(address) = &self.address {
            feed["feed_url"] = format!("{address}{JSON_FEED_FILE}").into();
        }
        let mut text = serde_json::to_string_pretty(&feed).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The feed as Atom (RFC 4287).
    pub fn atom(&self) -> String {
        let updated = self
            .entries
            .iter()
            .map(|item| item.entry.date.as_str())
            .max()
            .map_or_else(now, str::to_owned);
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <id>{}</id>\n  <title>{}</title>\n  <updated>{updated}</updated>\n  <author><name>{}</name></author>\n",
            escape(&self.language),
            escape(&self.id),
            escape(&self.title),
            escape(&self.author),
        );
        if let Some(page) = &self.page {
            xml.push_str(&format!(
                "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
                escape(page)
            ));
        }
        if let Some(address) = &self.address {
            xml.push_str(&format!(
                "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
                escape(&format!("{address}{ATOM_FEED_FILE}"))
            ));
        }
        for item in &self.entries {
            xml.push_str(&format!(
                "  <entry>\n    <id>{}</id>\n    <title>{}</title>\n    <updated>{}</updated>\n",
                escape(&item.entry.id),
                escape(&item.title),
                escape(&item.entry.date),
            ));
            if let Some(page) = &item.page {
                xml.push_str(&format!(
                    "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
                    escape(page)
                ));
            }
            xml.push_str(&format!(
                "    <content type=\"html\">{}</content>\n  </entry>\n",
                escape(&lines_html(&item.entry.lines))
            ));
        }
        xml.push_str("</feed>\n");
        xml
    }
}

/// Lines as an HTML list, their text escaped.
fn lines_html(lines: &[String]) -> String {
    let items: String = lines
        .iter()
        .map(|line| format!("<li>{}</li>", escape(line)))
        .collect();
    format!("<ul>{items}</ul>")
}

#[cfg(test)]
mod tests {
    use super::rfc3339;

    #[test]
    fn seconds_are_written_as_the_civil_date_and_time() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_743_160_530), "2025-03-28T11:15:30Z");
        assert_eq!(rfc3339(4_107_542_399), "2100-02-28T23:59:59Z");
    }
}
