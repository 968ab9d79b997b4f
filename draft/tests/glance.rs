//! "At a glance" measured: on the test articles whose gold files hold an editor's choice of
//! the 3 to 5 sentences for the box (`glance`), the sentences the drafter ranks highest
//! against the first sentences of the article (the lead, what a hurried editor would take).
//! Prints both (`-- --nocapture`); fails if the ranking does worse than the lead.

mod common;

use serde_json::Value;

/// Whether two sentences are the same one, as two segmenters may cut it.
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && !b.is_empty() && (a.contains(b) || b.contains(a))
}

/// (chosen that the editor chose too, chosen, the editor's).
fn overlap(chosen: &[String], gold: &[String]) -> (usize, usize, usize) {
    let hits = chosen
        .iter()
        .filter(|c| gold.iter().any(|g| same(c, g)))
        .count();
    (hits, chosen.len(), gold.len())
}

#[test]
fn the_ranking_chooses_more_of_an_editor_s_sentences_than_the_lead_does() {
    let mut ranked = (0, 0, 0);
    let mut lead = (0, 0, 0);
    let mut articles = 0;
    for set in common::SETS {
        let (folder, names) = common::articles(set);
        for name in names {
            let gold: Value = serde_json::from_str(
                &std::fs::read_to_string(folder.join(format!("{name}.gold.json"))).expect("gold"),
            )
            .expect("JSON");
            let Some(glance) = gold["glance"].as_array() else {
                continue;
            };
            let glance: Vec<String> = glance
                .iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect();
            let source =
                std::fs::read_to_string(folder.join(format!("{name}.txt"))).expect("source");
            let options = draft::Options {
                published: gold["published"].as_str().map(str::to_owned),
                ..draft::Options::default()
            };
            let drafted: Value =
                serde_json::from_str(&draft::draft(&source, &options).expect("a draft").json())
                    .expect("JSON");
            let chosen: Vec<String> = drafted["sections"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|s| s["type"] == "facts")
                .flat_map(|s| s["facts"].as_array().cloned().unwrap_or_default())
                .filter_map(|f| f["evidence"].as_str().map(str::to_owned))
                .collect();
            // The lead: as many of the first sentences as the ranking chose, those that quote
            // no one, as the drafter would also require.
            let first: Vec<String> =
                draft::sentences_of(&source, gold["language"].as_str().unwrap_or("en"))
                    .into_iter()
                    .filter(|s| {
                        !s.contains(['“', '«', '„', '"', '‘', '»'])
                            && (6..=60).contains(&s.split_whitespace().count())
                    })
                    .take(chosen.len())
                    .collect();
            for (total, (hits, n, g)) in [
                (&mut ranked, overlap(&chosen, &glance)),
                (&mut lead, overlap(&first, &glance)),
            ] {
                *total = (total.0 + hits, total.1 + n, total.2 + g);
            }
            articles += 1;
        }
    }
    assert!(
        articles >= 6,
        "articles with an editor's choice: {articles}"
    );
    let f1 = |(hits, n, g): (usize, usize, usize)| {
        let (p, r) = (hits as f64 / n as f64, hits as f64 / g as f64);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    };
    println!(
        "At a glance on {articles} articles, F1 against an editor's choice: the drafter's ranking {:.3} {ranked:?}, the lead {:.3} {lead:?}",
        f1(ranked),
        f1(lead)
    );
    assert!(
        f1(ranked) >= f1(lead),
        "TextRank {:.3} against the lead {:.3}",
        f1(ranked),
        f1(lead)
    );
}
