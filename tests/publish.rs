//! The publisher, `explainer-publish`, run as editors run it: pages, oEmbed answers, exit codes.

#![cfg(feature = "ssr")]

mod publisher;
use publisher::{publish, read, workspace, BASE, PARIS, TEMPLATE};

/// The Paris article with a change to its JSON text.
fn paris_with(from: &str, to: &str) -> String {
    assert!(PARIS.contains(from), "the article contains {from:?}");
    PARIS.replacen(from, to, 1)
}

#[test]
fn a_page_carries_the_explainer_its_article_and_its_names() {
    let dir = workspace("page");
    std::fs::write(dir.join("paris.json"), PARIS).expect("article");
    let out = publish(
        &dir,
        &["--base", BASE, "--provider", "The Daily", "paris.json"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let folder = dir.join("dist/paris-summit-2025");
    let page = read(folder.join("index.html"));
    let article: serde_json::Value = serde_json::from_str(PARIS).expect("JSON");
    let headline = article["headline"].as_str().expect("headline");
    // Names: title, description, Open Graph, language, oEmbed discovery; no canonical without a url.
    assert!(
        page.contains(&format!("<title>{headline}</title>")),
        "{page}"
    );
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"));
    // The wasm has English: no language data block.
    assert!(!page.contains("explainer-strings"));
    let dek = article["description"].as_str().expect("dek");
    assert!(page.contains(&format!("<meta name=\"description\" content=\"{dek}\" />")));
    assert!(page.contains(&format!(
        "<meta property=\"og:title\" content=\"{headline}\" />"
    )));
    assert!(page.contains(&format!(
        "<meta property=\"og:description\" content=\"{dek}\" />"
    )));
    assert!(page.contains(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/explainers/paris-summit-2025/oembed.json\""
    ));
    assert!(!page.contains("rel=\"canonical\""));
    // The widget's files, one folder up; the no-script line replaced by the explainer itself.
    assert!(page.contains("src=\"../explainer-0123.js\" data-wasm=\"../explainer-4567_bg.wasm\""));
    assert!(page.contains("href=\"../main-89ab.css\""));
    assert!(page.contains("<noscript><link rel=\"stylesheet\" href=\"../nojs.css\" /></noscript>"));
    assert!(!page.contains("needs JavaScript"));
    assert!(page.contains("<div id=\"explainer-root\"><main"));
    for section in article["sections"].as_array().expect("sections") {
        let title = section["title"].as_str().expect("title");
        assert!(
            page.contains(&format!("<span class=\"accordion__title\">{title}</span>")),
            "{title}"
        );
    }
    // The data block holds the article without its layout, members in their order, and the
    // article.json beside it is the same text, byte for byte.
    let start = page.find("id=\"explainer-article\">").expect("data block") + 23;
    let end = start + page[start..].find("</script>").expect("data block end");
    let block = &page[start..end];
    assert_eq!(read(folder.join("article.json")), block);
    assert!(!block.contains('\n') && !block.contains("\": "), "{block}");
    let as_written: serde_json::Value = serde_json::from_str(PARIS).expect("JSON");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(block).expect("JSON"),
        as_written
    );
    assert!(block.starts_with("{\"schemaVersion\":\"1.0\",\"id\":"));

    let oembed: serde_json::Value =
        serde_json::from_str(&read(folder.join("oembed.json"))).expect("oEmbed JSON");
    assert_eq!(oembed["version"], "1.0");
    assert_eq!(oembed["type"], "rich");
    assert_eq!(oembed["title"], headline);
    assert_eq!(oembed["provider_name"], "The Daily");
    assert_eq!(oembed["provider_url"], BASE);
    assert_eq!(oembed["width"], 640);
    assert_eq!(oembed["height"], 800);
    assert!(oembed["cache_age"].as_u64().is_some_and(|age| age > 0));
    let html = oembed["html"].as_str().expect("html");
    // The frame's id, unique per article, is what links to its sections name.
    assert!(html.starts_with(
        "<iframe data-news-explainer id=\"explainer-paris-summit-2025\" src=\"https://news.example/explainers/paris-summit-2025/\""
    ));
    assert!(html.contains("allow=\"clipboard-write\""));
    assert!(html.contains("sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\""));
    assert!(html.contains(&format!("title=\"Explainer: {headline}\"")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_page_speaks_its_articles_language_and_carries_that_languages_file() {
    let dir = workspace("languages");
    std::fs::write(
        dir.join("de.json"),
        paris_with("\"inLanguage\": \"en\"", "\"inLanguage\": \"de-AT\""),
    )
    .expect("article");
    let arabic = paris_with("\"inLanguage\": \"en\"", "\"inLanguage\": \"ar\"").replacen(
        "\"id\": \"paris-summit-2025\"",
        "\"id\": \"paris-ar\"",
        1,
    );
    std::fs::write(dir.join("ar.json"), arabic).expect("article");
    let out = publish(&dir, &["de.json", "ar.json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let page = read(dir.join("dist/paris-summit-2025/index.html"));
    assert!(page.contains("<html lang=\"de-AT\" dir=\"ltr\">"), "{page}");
    assert!(page.contains("<main lang=\"de\" dir=\"ltr\""), "{page}");
    assert!(page.contains("Alle Abschnitte einblenden"));
    assert!(page.contains("Veröffentlicht am"));
    // Its language file travels in the page, without its layout, so the wasm needs no request.
    let start = page
        .find("id=\"explainer-strings\">")
        .expect("strings block")
        + 23;
    let end = start + page[start..].find("</script>").expect("block end");
    let file: serde_json::Value = serde_json::from_str(&page[start..end]).expect("JSON");
    assert_eq!(file["lang"], "de");
    assert!(!page[start..end].contains('\n'));

    let page = read(dir.join("dist/paris-ar/index.html"));
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("<main lang=\"ar\" dir=\"rtl\""));
    assert!(page.contains("إظهار كل الأقسام"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_article_written_in_archieml_is_published_and_a_broken_one_refused_at_its_line() {
    let dir = workspace("archieml");
    let aml = include_str!("../article/tests/fixtures/river-talks.aml");
    std::fs::write(dir.join("river.aml"), aml).expect("article");
    let out = publish(&dir, &["river.aml"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let folder = dir.join("dist/river-talks-2025");
    let published: serde_json::Value =
        serde_json::from_str(&read(folder.join("article.json"))).expect("JSON");
    let expected: serde_json::Value =
        serde_json::from_str(include_str!("../article/tests/fixtures/river-talks.json"))
            .expect("JSON");
    assert_eq!(published, expected);
    assert!(read(folder.join("index.html")).contains("River talks end with a truce, not a treaty"));

    let broken = aml.replacen(
        "headline: River talks end with a truce, not a treaty",
        "headline:",
        1,
    );
    let line = broken[..broken.find("headline:").expect("there")]
        .matches('\n')
        .count()
        + 1;
    std::fs::write(dir.join("broken.aml"), broken).expect("article");
    let out = publish(&dir, &["broken.aml"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "broken.aml:{line}:10: headline: must not be empty"
        )),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn text_of_the_article_cannot_break_out_of_the_page() {
    let dir = workspace("escape");
    let hostile = paris_with(
        "\"headline\": \"",
        "\"headline\": \"</script><script>alert(1)</script> & \\\"quotes\\\" ",
    );
    let hostile = hostile.replacen(
        "\"inLanguage\": \"en\",",
        "\"inLanguage\": \"en\",\n  \"url\": \"https://news.example/a?b=1&c=\\\"2\\\"\",",
        1,
    );
    std::fs::write(dir.join("hostile.json"), &hostile).expect("article");
    let out = publish(&dir, &["--base", BASE, "hostile.json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = read(dir.join("dist/paris-summit-2025/index.html"));
    // One script element of the page's own, the data block and the structured data: nothing the
    // article wrote.
    assert_eq!(page.matches("<script").count(), 3, "{page}");
    assert_eq!(page.matches("</script>").count(), 3, "{page}");
    assert!(page.contains(
        "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; "
    ));
    assert!(page.contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"));
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://news.example/a?b=1&amp;c=&quot;2&quot;\" />"
    ));
    let oembed: serde_json::Value =
        serde_json::from_str(&read(dir.join("dist/paris-summit-2025/oembed.json"))).expect("JSON");
    assert!(oembed["html"]
        .as_str()
        .is_some_and(|html| html.contains("title=\"Explainer: &lt;/script&gt;")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_invalid_article_stops_everything_with_the_validators_message() {
    let dir = workspace("invalid");
    std::fs::write(dir.join("good.json"), PARIS).expect("article");
    std::fs::write(
        dir.join("bad.json"),
        paris_with("\"id\": \"paris-summit-2025\"", "\"id\": \"Not An Id\""),
    )
    .expect("article");
    let out = publish(&dir, &["--base", BASE, "good.json", "bad.json"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("bad.json: "), "{stderr}");
    // The validator's own report: the count, then each rule broken on a line of its own.
    assert!(
        stderr.contains("bad.json: 1 problem(s)\n  id: id \"Not An Id\" must be 1 to 64"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("explainer-publish: nothing written\n"),
        "{stderr}"
    );
    // Not even the valid article: a batch publishes whole or not at all.
    assert!(!dir.join("dist/paris-summit-2025").exists());

    std::fs::write(dir.join("broken.json"), "{\"schemaVersion\": ").expect("article");
    let out = publish(&dir, &["broken.json"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "not JSON: a file problem, as the validator says"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_and_a_missing_build_are_named() {
    let dir = workspace("args");
    std::fs::write(dir.join("paris.json"), PARIS).expect("article");
    let out = publish(&dir, &["--base", "news.example/explainers", "paris.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--base must be an absolute http(s) address")
    );
    assert_eq!(publish(&dir, &[]).status.code(), Some(2));
    let out = publish(&dir, &["--dist", "nowhere", "paris.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("run `make build` first"));
    // Without --base there is no public address to give: no oEmbed answer, no discovery link.
    let out = publish(&dir, &["paris.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!dir.join("dist/paris-summit-2025/oembed.json").exists());
    assert!(!read(dir.join("dist/paris-summit-2025/index.html")).contains("json+oembed"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_article_whose_source_sits_beside_it_is_held_to_it_word_for_word() {
    const SOURCE: &str = include_str!("../articles/paris-summit.source.txt");
    let dir = workspace("source");
    std::fs::write(dir.join("paris.source.txt"), SOURCE).expect("source");
    std::fs::write(dir.join("paris.json"), PARIS).expect("article");
    let out = publish(&dir, &["paris.json"]);
    assert!(out.status.success(), "{out:?}");

    let out_dir = dir.join("out");
    let changed = paris_with("Coalition of the Willing.", "Coalition of the Wiling.");
    std::fs::write(dir.join("paris.json"), changed).expect("article");
    let out = publish(&dir, &["--out", "out", "paris.json"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "paris.json: 1 of its quotes and evidence are not word for word in paris.source.txt:"
        ) && stderr.contains("Wiling.")
            && stderr.contains("nearest passage: ")
            && stderr.contains("Willing."),
        "{stderr}"
    );
    assert!(!out_dir.exists(), "nothing is written");
}

/// Each edit of trunk's page fails loudly when its pattern is missing: nothing is written, and
/// the message names what trunk's output lacks. (`make build` publishes against trunk's real
/// output, so a trunk that writes its page differently fails there.)
#[test]
fn a_template_without_what_the_publisher_edits_stops_it_naming_the_part() {
    for (missing, named) in [
        ("<html lang=\"en\">", "<html lang=\\\"en\\\">"),
        (
            "<title>News explainer</title>",
            "<title>News explainer</title>",
        ),
        ("</head>", "</head>"),
        ("<link rel=\"preload\"", "preload"),
        ("<noscript>", "<noscript>"),
    ] {
        let dir = workspace("template");
        std::fs::write(dir.join("dist/index.html"), TEMPLATE.replace(missing, ""))
            .expect("template");
        std::fs::write(dir.join("paris.json"), PARIS).expect("article");
        let out = publish(&dir, &["paris.json"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "without {missing:?}: {stderr}");
        assert!(
            stderr.contains(named),
            "without {missing:?}, the message names it: {stderr}"
        );
        assert!(stderr.contains("nothing written"), "{stderr}");
        assert!(
            !dir.join("dist/paris-summit-2025").exists(),
            "without {missing:?}, nothing is written"
        );
    }
}
