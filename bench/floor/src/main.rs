//! The floor of `make bench`: one element marked ready, nothing fetched, parsed or laid out.
//! Built and loaded exactly as the widget is, it shows what time to ready no client-rendered
//! widget can beat on the same machine, in the same run.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <main data-state="ready">"Floor"</main> });
}
