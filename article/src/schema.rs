//! The JSON Schema of the article format, generated from the serde types (feature `schema`).

use crate::model::Article;

/// Where the checked-in copy lives, relative to the crate.
pub const SCHEMA_FILE: &str = "schema/article.schema.json";

/// The JSON Schema of an article, pretty-printed, ending with a newline.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Article);
    schema.insert(
        "description".into(),
        "A news explainer article (schemaVersion 1.x). Rules beyond this schema (unique ids, references, dates, evidence) are checked by explainer-validate.".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
