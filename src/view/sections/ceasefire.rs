//! The ceasefire section: per agreement, lifecycle and compliance as two labelled badges, and attributed claims.

use article::{Agreement, AllegedViolation, Fact};
use leptos::prelude::*;

use crate::i18n::dates::long_date;
use crate::view::erased::erase;
use crate::view::evidence::{actors_entry, list_entry, Evidence, FactList};
use crate::view::heading::Heading;
use crate::view::long_list::long_list;
use crate::view::{in_template, strings, ArticleContext};

/// Every agreement as a card, then the latest developments.
#[component]
pub fn CeasefireStatus(
    /// The agreements, in order.
    agreements: Vec<Agreement>,
    /// What happened since, each with its evidence.
    developments: Vec<Fact>,
) -> impl IntoView {
    let strings = strings();
    let cards = agreements
        .into_iter()
        .map(|agreement| view! { <AgreementCard agreement=agreement /> })
        .collect_view();
    let developments = (!developments.is_empty()).then(|| {
        view! {
            <div class="developments">
                <Heading depth=2 class="card__title">{strings.developments()}</Heading>
                <FactList facts=developments />
            </div>
        }
    });
    view! { {cards} {developments} }
}

/// One agreement: its two statuses, parties, mediator, disputes and alleged violations.
#[component]
fn AgreementCard(
    /// The agreement to show.
    agreement: Agreement,
) -> impl IntoView {
    let strings = strings();
    let lifecycle = &agreement.lifecycle;
    let compliance = &agreement.compliance;
    let lifecycle_class = format!("badge badge--lifecycle-{}", lifecycle.status.as_str());
    let compliance_class = format!("badge badge--compliance-{}", compliance.status.as_str());
    let violations = (!agreement.alleged_violations.is_empty()).then(|| {
        let items = agreement
            .alleged_violations
            .into_iter()
            .map(|claim| erase(view! { <li class="claim"><Claim claim=claim /></li> }))
            .collect();
        view! { <dt>{strings.alleged_violations()}</dt> <dd>{long_list(items, false, "fact-list")}</dd> }
    });
    view! {
        <div class="card" data-key=agreement.id>
            <Heading depth=2 class="card__title">{agreement.name}</Heading>
            <ul class="badges">
                <StatusBadge
                    class=lifecycle_class
                    axis=strings.lifecycle_axis()
                    value=strings.lifecycle_label(lifecycle.status)
                    as_of=lifecycle.as_of.clone()
                    evidence=lifecycle.evidence.clone()
                />
                <StatusBadge
                    class=compliance_class
                    axis=strings.compliance_axis()
                    value=strings.compliance_label(compliance.status)
                    as_of=compliance.as_of.clone()
                    evidence=compliance.evidence.clone()
                />
            </ul>
            <dl class="card__details">
                {actors_entry(strings.parties(), agreement.parties)}
                {actors_entry(strings.mediator(), agreement.mediator)}
                {list_entry(strings.covers(), agreement.covers)}
                {list_entry(strings.disputes(), agreement.disputes)}
                {violations}
            </dl>
        </div>
    }
}

/// A status as text, never colour alone: "Agreement: Agreed (as of 27 March 2025)", in the
/// translation's word order.
#[component]
fn StatusBadge(
    /// CSS classes, including the status modifier for colour.
    class: String,
    /// Which axis: lifecycle or compliance.
    axis: &'static str,
    /// The status label.
    value: &'static str,
    /// ISO date the status was reported.
    as_of: String,
    /// The source words behind the status.
    evidence: String,
) -> impl IntoView {
    let strings = strings();
    let date = long_date(&as_of, strings);
    let mut time = Some(view! { <time datetime=as_of>{date}</time> });
    let when = in_template(strings.as_of(), |slot| match slot {
        "date" => time.take().map(erase),
        _ => None,
    });
    let mut parts = (
        Some(view! { <span class="badge__axis">{axis}</span> }),
        Some(view! { <strong class="badge__value">{value}</strong> }),
        Some(view! { <span class="badge__as-of">{when}</span> }),
    );
    view! {
        <li class=class>
            {in_template(strings.status_badge(), |slot| match slot {
                "axis" => parts.0.take().map(erase),
                "value" => parts.1.take().map(erase),
                "as_of" => parts.2.take().map(erase),
                _ => None,
            })}
            <Evidence text=evidence />
        </li>
    }
}

/// "Russia accuses Ukraine: …", always attributed, in the translation's word order.
#[component]
fn Claim(
    /// The attributed claim.
    claim: AllegedViolation,
) -> impl IntoView {
    let context = expect_context::<ArticleContext>();
    let strings = strings();
    let mut parts = (
        Some(view! { <span class="claim__actor">{context.actor_name(&claim.claimant)}</span> }),
        Some(view! { <span class="claim__actor">{context.actor_name(&claim.accused)}</span> }),
        Some(claim.claim),
    );
    view! {
        <span class="fact__text">
            {in_template(strings.claim(), |slot| match slot {
                "claimant" => parts.0.take().map(erase),
                "accused" => parts.1.take().map(erase),
                "claim" => parts.2.take().map(erase),
                _ => None,
            })}
        </span>
        <Evidence text=claim.evidence />
    }
}
