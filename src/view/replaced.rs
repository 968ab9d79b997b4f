//! Type-erased views that are replaced, not diffed, when they change.
//!
//! `into_any()` compiles tachys's diffing code (`rebuild`) for the whole view tree under it,
//! even where the tree never changes: 44 KB of the wasm for the explainer, its section bodies
//! and headings. The explainer's trees are built once; when one does change (loading → ready)
//! it is swapped whole, exactly as `AnyView` swaps views of different types.

use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

/// Erases a view's type without compiling any code to diff it.
pub fn erase<V: IntoView + 'static>(view: V) -> AnyView {
    Replaced(view).into_any()
}

/// A view whose rebuild builds it afresh and swaps it in.
struct Replaced<V>(V);

impl<V: Render> Render for Replaced<V> {
    type State = V::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut fresh = self.0.build();
        state.insert_before_this(&mut fresh);
        state.unmount();
        *state = fresh;
    }
}

impl<V: AddAnyAttr> AddAnyAttr for Replaced<V> {
    type Output<SomeNewAttr: Attribute> = Replaced<V::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Replaced(self.0.add_any_attr(attr))
    }
}

/// Server rendering and hydration, unused in this client-only widget, pass straight through.
impl<V: RenderHtml> RenderHtml for Replaced<V> {
    type AsyncOutput = V::AsyncOutput;
    type Owned = Replaced<V::Owned>;

    const MIN_LENGTH: usize = V::MIN_LENGTH;
    const EXISTS: bool = V::EXISTS;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    fn resolve(self) -> impl std::future::Future<Output = Self::AsyncOutput> + Send {
        self.0.resolve()
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        Replaced(self.0.into_owned())
    }
}
