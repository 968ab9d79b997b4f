//! The publisher's history: publishing a new version into the same output folder records what
//! changed, in the article's feeds and the hub's, read back with a feed parser; publishing the
//! same version again adds nothing; the page's structured data is the article's.

#![cfg(feature = "ssr")]

use std::path::{Path, PathBuf};
use std::process::Command;

mod publisher;
use publisher::{read, workspace, BASE, PARIS, TEMPLATE};

/// 2025-03-28T11:15:30Z and a day later, as the publisher's clock.
const FIRST: &str = "1743160530";
const SECOND: &str = "1743246930";

/// Publishes `files` into `dir/out` at the clock's `seconds`.
fn publish_at(dir: &Path, seconds: &str, files: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_explainer-publish"))
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", seconds)
        .args(["--out", "out", "--base", BASE])
        .args(files)
        .output()
        .expect("the publisher runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn json(path: PathBuf) -> serde_json::Value {
    serde_json::from_str(&read(path)).expect("JSON")
}

/// The Paris article a day later: a figure, a status and an editors' note changed.
fn second_version() -> String {
    let mut article: serde_json::Value = serde_json::from_str(PARIS).expect("JSON");
    article["dateModified"] = "2025-03-28T11:00:00Z".into();
    article["updates"] =
        serde_json::json!([{ "date": "2025-03-28", "text": "Added the count of 31." }]);
    article["keyFigures"][0]["value"] = "31".into();
    article["keyFigures"][0]
        .as_object_mut()
        .expect("figure")
        .remove("qualifier");
    article["sections"][2]["agreements"][0]["compliance"]["status"] = "confirmed".into();
    serde_json::to_string_pretty(&article).expect("JSON")
}

/// A feed as a feed reader reads it (JSON Feed or Atom).
fn parsed(path: PathBuf) -> feed_rs::model::Feed {
    let text = read(path.clone());
    feed_rs::parser::parse(text.as_bytes())
        .unwrap_or_else(|err| panic!("{}: {err}\n{text}", path.display()))
}

#[test]
fn a_new_version_adds_one_entry_to_each_feed_and_the_same_version_none() {
    let dir = workspace("versions");
    std::fs::write(dir.join("paris.json"), PARIS).expect("article");
    std::fs::write(dir.join("paris-2.json"), second_version()).expect("article");
    let folder = dir.join("out/paris-summit-2025");

    publish_at(&dir, FIRST, &["paris.json"]);
    let feed = json(folder.join("feed.json"));
    assert_eq!(feed["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(feed["items"][0]["title"], "First published");
    assert_eq!(feed["items"][0]["date_published"], "2025-03-28T11:15:30Z");
    let first_id = feed["items"][0]["id"].clone();

    publish_at(&dir, SECOND, &["paris-2.json"]);
    let feed = json(folder.join("feed.json"));
    let items = feed["items"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    // Newest first, the first entry's id unchanged.
    assert_eq!(items[1]["id"], first_id);
    assert_ne!(items[0]["id"], first_id);
    assert_eq!(items[0]["title"], "Updated March 29, 2025");
    assert_eq!(items[0]["date_published"], "2025-03-29T11:15:30Z");
    assert_eq!(
        items[0]["content_text"],
        // Each value isolated (U+2068 … U+2069), in its own direction (src/changes/changes.js).
        "\u{2068}countries’ leaders met in Paris, with NATO and EU chiefs\u{2069}: \
         \u{2068}nearly 30\u{2069} → \u{2068}31\u{2069}\n\
         \u{2068}The US-brokered agreements on Black Sea shipping and energy strikes, \
         Compliance\u{2069}: \u{2068}Mutual accusations\u{2069} → \
         \u{2068}Violations confirmed\u{2069}\n\
         Editors’ note: \u{2068}Added the count of 31.\u{2069}"
    );
    assert_eq!(items[0]["url"], format!("{BASE}paris-summit-2025/"));
    // JSON Feed 1.1's required members and the ones a reader follows.
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(
        feed["title"],
        "Paris summit: Europe’s “Coalition of the Willing” weighs troops for Ukraine"
    );
    assert_eq!(feed["home_page_url"], format!("{BASE}paris-summit-2025/"));
    assert_eq!(
        feed["feed_url"],
        format!("{BASE}paris-summit-2025/feed.json")
    );
    assert_eq!(feed["language"], "en");
    for item in items {
        assert!(item["id"].is_string() && item["content_html"].is_string());
    }

    // Read by a feed parser, both formats agree.
    for file in ["feed.json", "feed.atom"] {
        let feed = parsed(folder.join(file));
        assert_eq!(feed.entries.len(), 2, "{file}");
        assert_eq!(feed.entries[1].id, first_id.as_str().expect("id"), "{file}");
        let content = feed.entries[0]
            .content
            .as_ref()
            .and_then(|c| c.body.clone());
        assert!(
            content.is_some_and(|body| body.contains("\u{2068}nearly 30\u{2069} → \u{2068}31\u{2069}")),
            "{file}"
        );
    }
    // The hub's feed has the change too, titled with the headline.
    let hub = parsed(dir.join("out/feed.atom"));
    assert_eq!(hub.entries.len(), 2);
    assert!(hub.entries[0]
        .title
        .as_ref()
        .is_some_and(|title| title.content.ends_with(": Updated March 29, 2025")));
    assert_eq!(parsed(dir.join("out/feed.json")).entries.len(), 2);

    // The same version again: nothing added, the feeds as they were.
    let before = [
        read(folder.join("feed.json")),
        read(folder.join("feed.atom")),
        read(dir.join("out/feed.json")),
    ];
    publish_at(&dir, "1743333330", &["paris-2.json"]);
    let after = [
        read(folder.join("feed.json")),
        read(folder.join("feed.atom")),
        read(dir.join("out/feed.json")),
    ];
    assert_eq!(before, after);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_hub_lists_every_explainer_with_its_last_change_and_ceasefire() {
    let dir = workspace("hub");
    std::fs::write(dir.join("paris.json"), PARIS).expect("article");
    std::fs::write(dir.join("paris-2.json"), second_version()).expect("article");
    publish_at(&dir, FIRST, &["paris.json"]);
    publish_at(&dir, SECOND, &["paris-2.json"]);
    let hub = read(dir.join("out/index.html"));
    assert!(hub.contains("<html lang=\"en\" dir=\"ltr\">"), "{hub}");
    assert!(hub.contains("<title>Explainers</title>"));
    assert!(hub.contains(
        "<a href=\"paris-summit-2025/\">Paris summit: Europe’s “Coalition of the Willing” weighs troops for Ukraine</a>"
    ));
    assert!(
        hub.contains("<span lang=\"en\">English</span> · Last changed March 29, 2025"),
        "{hub}"
    );
    assert!(hub.contains(
        "The US-brokered agreements on Black Sea shipping and energy strikes: Agreed, Violations confirmed"
    ));
    assert!(hub.contains("<a href=\"feed.json\">JSON Feed</a>"));
    assert!(hub.contains("<link rel=\"stylesheet\" href=\"./main-89ab.css\" />"));
    // Read without JavaScript: there is none.
    assert!(!hub.contains("<script"));
    // Published into the widget's own folder, the hub leaves the widget's page alone.
    let alone = workspace("hub-in-dist");
    std::fs::write(alone.join("paris.json"), PARIS).expect("article");
    let out = Command::new(env!("CARGO_BIN_EXE_explainer-publish"))
        .current_dir(&alone)
        .arg("paris.json")
        .output()
        .expect("the publisher runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(read(alone.join("dist/index.html")), TEMPLATE);
    assert!(read(alone.join("dist/hub.html")).contains("paris-summit-2025/"));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&alone);
}

#[test]
fn the_structured_data_is_the_articles() {
    let dir = workspace("json-ld");
    let mut article: serde_json::Value = serde_json::from_str(&second_version()).expect("JSON");
    article["author"] = serde_json::json!([{ "name": "A. Reporter" }]);
    article["publisher"] =
        serde_json::json!({ "name": "News Example", "url": "https://news.example/" });
    article["url"] = "https://news.example/paris-summit".into();
    std::fs::write(dir.join("paris.json"), article.to_string()).expect("article");
    publish_at(&dir, FIRST, &["paris.json"]);
    let page = read(dir.join("out/paris-summit-2025/index.html"));
    let start = page
        .find("<script type=\"application/ld+json\">")
        .expect("structured data")
        + "<script type=\"application/ld+json\">".len();
    let end = start + page[start..].find("</script>").expect("its end");
    let data: serde_json::Value = serde_json::from_str(&page[start..end]).expect("JSON-LD");
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "NewsArticle");
    for (field, value) in [
        ("headline", &article["headline"]),
        ("description", &article["description"]),
        ("datePublished", &article["datePublished"]),
        ("dateModified", &article["dateModified"]),
        ("inLanguage", &article["inLanguage"]),
        ("url", &article["url"]),
    ] {
        assert_eq!(&data[field], value, "{field}");
    }
    assert_eq!(data["author"][0]["name"], "A. Reporter");
    assert_eq!(data["publisher"]["@type"], "Organization");
    assert_eq!(data["publisher"]["name"], "News Example");
    assert_eq!(data["publisher"]["url"], "https://news.example/");
    assert_eq!(
        data["mainEntityOfPage"],
        format!("{BASE}paris-summit-2025/")
    );
    // And the page links to its feeds.
    assert!(
        page.contains("<link rel=\"alternate\" type=\"application/feed+json\" href=\"feed.json\"")
    );
    assert!(
        page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\"")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
