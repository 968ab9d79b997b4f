//! Interface strings: every word the widget itself says, in one table per language.

use article::{Compliance, Lifecycle};

/// The interface strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// BCP 47 tag of this table, also used for `Intl` date formatting.
    pub lang: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    pub retry: &'static str,
    pub loading: &'static str,
    pub error_title: &'static str,
    pub published: &'static str,
    pub updated: &'static str,
    pub source_link: &'static str,
    pub key_figures: &'static str,
    pub quotes: &'static str,
    pub evidence: &'static str,
    pub from_the_article: &'static str,
    pub lead_nations: &'static str,
    pub aim: &'static str,
    pub deployment: &'static str,
    pub if_attacked: &'static str,
    pub would_not: &'static str,
    pub status: &'static str,
    pub positions: &'static str,
    pub parties: &'static str,
    pub mediator: &'static str,
    pub lifecycle: &'static str,
    pub compliance: &'static str,
    pub as_of: &'static str,
    pub disputes: &'static str,
    pub alleged_violations: &'static str,
    pub accuses: &'static str,
    pub developments: &'static str,
}

pub const EN: Strings = Strings {
    lang: "en",
    show_all: "Show all sections",
    hide_all: "Hide all sections",
    retry: "Try again",
    loading: "Loading the explainer…",
    error_title: "The explainer could not be shown",
    published: "Published",
    updated: "Updated",
    source_link: "Read the original article",
    key_figures: "Key figures",
    quotes: "What they said",
    evidence: "Evidence",
    from_the_article: "From the article:",
    lead_nations: "Led by",
    aim: "Aim",
    deployment: "Where forces would deploy",
    if_attacked: "If attacked",
    would_not: "What they would not do",
    status: "Status",
    positions: "Positions",
    parties: "Parties",
    mediator: "Brokered by",
    lifecycle: "Agreement",
    compliance: "Compliance",
    as_of: "as of",
    disputes: "Disputed",
    alleged_violations: "Alleged violations",
    accuses: "accuses",
    developments: "Latest developments",
};

/// Every translation; the first is the fallback.
const ALL: [&Strings; 1] = [&EN];

/// The translation for a BCP 47 tag (`fr-CA` matches `fr`), else for the browser's
/// languages, else English.
pub fn strings_for(lang: Option<&str>) -> &'static Strings {
    let browser = web_sys::window()
        .map(|w| w.navigator().languages().to_vec())
        .unwrap_or_default();
    let wanted = lang
        .map(str::to_owned)
        .into_iter()
        .chain(browser.into_iter().filter_map(|l| l.as_string()));
    for tag in wanted {
        let primary = tag
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if let Some(strings) = ALL.iter().find(|s| s.lang == primary) {
            return strings;
        }
    }
    ALL[0]
}

impl Strings {
    pub fn lifecycle(&self, status: Lifecycle) -> &'static str {
        match status {
            Lifecycle::Proposed => "Proposed",
            Lifecycle::Announced => "Announced",
            Lifecycle::Agreed => "Agreed",
            Lifecycle::InForce => "In force",
            Lifecycle::Suspended => "Suspended",
            Lifecycle::Collapsed => "Collapsed",
        }
    }

    pub fn compliance(&self, status: Compliance) -> &'static str {
        match status {
            Compliance::NoReportedViolations => "No reported violations",
            Compliance::Alleged => "Violations alleged",
            Compliance::MutualAccusations => "Mutual accusations",
            Compliance::Confirmed => "Violations confirmed",
            Compliance::Unknown => "Unknown",
        }
    }
}
