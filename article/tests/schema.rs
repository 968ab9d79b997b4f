//! The checked-in JSON Schema matches the serde types; regenerate it when this fails.
#![cfg(feature = "schema")]

#[test]
fn checked_in_schema_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(article::schema::SCHEMA_FILE);
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == article::schema::json_schema(),
        "{} is out of date; regenerate it with\n  make schema",
        path.display()
    );
}

#[test]
fn schema_names_the_required_fields() {
    let schema: serde_json::Value =
        serde_json::from_str(&article::schema::json_schema()).expect("schema is JSON");
    let required = schema["required"].as_array().cloned().unwrap_or_default();
    for field in ["schemaVersion", "id", "headline", "datePublished"] {
        assert!(
            required.contains(&serde_json::json!(field)),
            "{field} must be required"
        );
    }
}
