//! Type-erased views that are replaced, not diffed, when they change.
//!
//! Leptos's own erasure, `into_any()`, keeps a table of functions for every erased type: a
//! diffing `rebuild` for the whole tree under it (44 KB of the wasm when the widget rendered on
//! the client only), and with hydration on, an asynchronous hydration the widget never uses
//! (about 1.3 KB of brotli). The explainer's trees are built once; when one does change
//! (loading → ready) it is swapped whole, as `AnyView` swaps views of different types. So an
//! [`ErasedView`] keeps only what runs: build, hydrate, and (for the publisher) render to HTML.
//! About 1 KB of brotli less than `AnyView` with hydration on (`make bench`, wasm by crate).
//!
//! It implements tachys's traits by hand, so `tests/erased_view.rs` builds, replaces and
//! hydrates one in a browser, and the test below renders one to HTML: an upgrade of Leptos that
//! changes what these rely on fails there.

use leptos::children::{ChildrenOptContainer, ToChildren};
use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

/// Erases a view's type, keeping no code to diff it.
pub fn erase<V: IntoView + 'static>(view: V) -> ErasedView
where
    V::State: 'static,
{
    // A view that renders nothing has a placeholder node to keep its place, which only
    // `AnyView` handles; none is erased here (an absent view is an `Option`).
    const {
        assert!(
            V::EXISTS,
            "erase a view that exists; use an Option for none"
        )
    };
    ErasedView(Box::new(view))
}

/// A view of any type, built or hydrated through one pointer, replaced whole when it changes.
pub struct ErasedView(Box<dyn Erasable + Send>);

/// What an erased view can still do: the methods of tachys's traits that the widget runs.
trait Erasable {
    fn build(self: Box<Self>) -> ErasedState;
    #[cfg(feature = "hydrate")]
    fn hydrate(self: Box<Self>, cursor: &Cursor, position: &PositionState) -> ErasedState;
    #[cfg(feature = "ssr")]
    fn html_len(&self) -> usize;
    #[cfg(feature = "ssr")]
    fn to_html(
        self: Box<Self>,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    );
}

impl<V: RenderHtml> Erasable for V
where
    V::State: 'static,
{
    fn build(self: Box<Self>) -> ErasedState {
        ErasedState(Box::new(Render::build(*self)))
    }

    #[cfg(feature = "hydrate")]
    fn hydrate(self: Box<Self>, cursor: &Cursor, position: &PositionState) -> ErasedState {
        ErasedState(Box::new(RenderHtml::hydrate::<true>(
            *self, cursor, position,
        )))
    }

    #[cfg(feature = "ssr")]
    fn html_len(&self) -> usize {
        RenderHtml::html_len(self)
    }

    #[cfg(feature = "ssr")]
    fn to_html(
        self: Box<Self>,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        (*self).to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }
}

/// The mounted nodes of an erased view.
pub struct ErasedState(Box<dyn Mountable>);

impl Mountable for ErasedState {
    fn unmount(&mut self) {
        self.0.unmount();
    }

    fn mount(
        &mut self,
        parent: &leptos::tachys::renderer::types::Element,
        marker: Option<&leptos::tachys::renderer::types::Node>,
    ) {
        self.0.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.0.insert_before_this(child)
    }

    fn elements(&self) -> Vec<leptos::tachys::renderer::types::Element> {
        self.0.elements()
    }
}

impl Render for ErasedView {
    type State = ErasedState;

    fn build(self) -> ErasedState {
        self.0.build()
    }

    /// The new view is built afresh and put in the old one's place.
    fn rebuild(self, state: &mut ErasedState) {
        let mut fresh = self.build();
        state.insert_before_this(&mut fresh);
        state.unmount();
        *state = fresh;
    }
}

/// Attributes spread onto a component (`<Component {..} attr:x=… />`) reach the elements of
/// its view; the widget spreads none onto an erased one, and this drops them.
impl AddAnyAttr for ErasedView {
    type Output<SomeNewAttr: Attribute> = ErasedView;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self
    }
}

impl RenderHtml for ErasedView {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    /// The widget's views hold no asynchronous resources to run ahead.
    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn html_len(&self) -> usize {
        #[cfg(feature = "ssr")]
        return self.0.html_len();
        #[cfg(not(feature = "ssr"))]
        0
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        #[cfg(feature = "ssr")]
        self.0
            .to_html(buf, position, escape, mark_branches, extra_attrs);
        #[cfg(not(feature = "ssr"))]
        {
            let _ = (buf, position, escape, mark_branches, extra_attrs);
            unreachable!("HTML is rendered by the publisher, built with `ssr`");
        }
    }

    /// Hydrates what the publisher rendered. Tachys hydrates "not from the server" only the
    /// templates of `ViewTemplate`, which the widget does not use.
    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        #[cfg(feature = "hydrate")]
        return self.0.hydrate(cursor, position);
        #[cfg(not(feature = "hydrate"))]
        {
            let _ = (cursor, position);
            unreachable!("the browser build hydrates, with `hydrate`");
        }
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

/// Children passed as an erased view (`children: ErasedView` in a component), so that a
/// component's children cost no `AnyView` either.
impl<F, C> ToChildren<F> for ErasedView
where
    F: FnOnce() -> C + Send + 'static,
    C: IntoView + 'static,
    C::State: 'static,
{
    fn to_children(f: F) -> Self {
        erase(f())
    }
}

/// The same, for children the view macro passes as they are.
impl<C> ToChildren<ChildrenOptContainer<C>> for ErasedView
where
    C: IntoView + 'static,
    C::State: 'static,
{
    fn to_children(children: ChildrenOptContainer<C>) -> Self {
        erase(children.0)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn an_erased_view_renders_the_html_of_the_view_it_holds() {
        let view = || {
            view! {
                <section id="s">
                    <h3>"Title"</h3>
                    {"text"}
                    {"beside text"}
                    <ul>{vec!["a", "b"].into_iter().map(|x| view! { <li>{x}</li> }).collect::<Vec<_>>()}</ul>
                </section>
            }
        };
        let owner = Owner::new();
        owner.with(|| assert_eq!(erase(view()).to_html(), view().to_html()));
    }
}
