//! Key figures: big numbers with their qualifier kept beside them.

use article::KeyFigure;
use leptos::prelude::*;

use super::evidence::Evidence;
use super::heading::Heading;
use super::strings;

/// The article's key figures as a list of cards; nothing when there are none.
#[component]
pub fn KeyFigures(
    /// The figures, in display order.
    figures: Vec<KeyFigure>,
) -> impl IntoView {
    (!figures.is_empty()).then(|| {
        let cards = figures
            .into_iter()
            .map(|figure| {
                let qualifier = figure
                    .qualifier
                    .map(|q| view! { <span class="figure__qualifier">{q}</span> " " });
                view! {
                    <li class="figure" data-key=figure.id>
                        <p class="figure__value">{qualifier}{figure.value}</p>
                        <p class="figure__label">{figure.label}</p>
                        <Evidence text=figure.evidence />
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="figures" aria-labelledby="explainer-figures-heading">
                <Heading depth=1 class="block-heading" id="explainer-figures-heading">{strings().key_figures()}</Heading>
                <ul class="figures__list">{cards}</ul>
            </section>
        }
    })
}
