//! `#[derive(Format)]`: the article format's decoder and validator traversal, derived from the
//! same struct and serde attributes that give its JSON Schema.
//!
//! A field's JSON name, whether it may be left out, and its default are read from serde's own
//! attributes (`rename_all = "camelCase"`, `rename`, `default`, `Option<…>`), so the decoder
//! cannot spell a field differently from serde or the schema. What each field must satisfy is
//! named beside it with `#[check(rule)]`; every field names one (`none` for no rule), so a new
//! field cannot be added without deciding how it is checked.
//!
//! For a struct this generates `Decode` (read from any `JsonValue`, serde's error words, the
//! JSON path of the first error) and `Walk` (each field's rule, in declaration order, then an
//! optional `#[check(after = path)]` for rules across fields). For an enum of unit variants:
//! `NAMES`, `as_str` and `Decode`. The generated code refers to `crate::decode` and
//! `crate::walk`, so this derive is for the `article` crate only.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::punctuated::Punctuated;
use syn::{
    parse_macro_input, Attribute, Data, DeriveInput, Error, Expr, ExprLit, Fields, Lit, Meta, Path,
    Token, Type,
};

#[proc_macro_derive(Format, attributes(check))]
pub fn derive_format(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let result = match &input.data {
        Data::Struct(_) => derive_struct(&input),
        Data::Enum(_) => derive_enum(&input),
        Data::Union(_) => Err(Error::new_spanned(&input, "Format: unions are not JSON")),
    };
    result.unwrap_or_else(Error::into_compile_error).into()
}

/// The serde settings the decoder must follow, read from `#[serde(...)]`.
#[derive(Default)]
struct Serde {
    rename: Option<String>,
    rename_all_camel_case: bool,
    expecting: Option<String>,
    /// `default` alone: `Default::default`; `default = "path"`: that function.
    default: Option<Option<Path>>,
    /// Any setting this derive does not know how to follow; refused so that the two never differ.
    other: Vec<Meta>,
}

fn string_value(meta: &Meta) -> syn::Result<String> {
    match meta {
        Meta::NameValue(nv) => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Ok(s.value()),
            other => Err(Error::new_spanned(other, "expected a string")),
        },
        other => Err(Error::new_spanned(other, "expected `name = \"value\"`")),
    }
}

fn serde_of(attrs: &[Attribute]) -> syn::Result<Serde> {
    let mut serde = Serde::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let metas = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?;
        for meta in metas {
            let name = meta.path().get_ident().map(|i| i.to_string());
            match name.as_deref() {
                Some("rename") => serde.rename = Some(string_value(&meta)?),
                Some("rename_all") => {
                    if string_value(&meta)? != "camelCase" {
                        return Err(Error::new_spanned(meta, "Format follows camelCase only"));
                    }
                    serde.rename_all_camel_case = true;
                }
                Some("expecting") => serde.expecting = Some(string_value(&meta)?),
                Some("default") => {
                    serde.default = Some(match &meta {
                        Meta::Path(_) => None,
                        _ => Some(syn::parse_str(&string_value(&meta)?)?),
                    })
                }
                // Serialisation only: the decoder reads, it never writes.
                Some("skip_serializing_if") => {}
                _ => serde.other.push(meta),
            }
        }
    }
    match serde.other.first() {
        Some(meta) => Err(Error::new_spanned(
            meta,
            "Format cannot follow this serde setting; teach the derive, or the decoder and serde differ",
        )),
        None => Ok(serde),
    }
}

/// serde's `camelCase` for a snake_case field name.
fn camel_case(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// serde's `camelCase` for a PascalCase variant name.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `Option<T>`, spelled so; serde reads a missing or null `Option` field as `None` only then.
fn is_option(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none()
        && p.path.segments.last().is_some_and(|s| s.ident == "Option"))
}

/// What `#[check(...)]` says: a rule for a field, or `after = path` for a struct.
enum Check {
    None,
    Rule(Path),
}

fn field_check(attrs: &[Attribute], span: Span) -> syn::Result<Check> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("check")) {
        let path: Path = attr.parse_args()?;
        found = Some(if path.is_ident("none") {
            Check::None
        } else if path.get_ident().is_some() {
            // A bare name is one of the format's shared rules.
            let rule = path;
            Check::Rule(syn::parse_quote!(crate::walk::rule::#rule))
        } else {
            Check::Rule(path)
        });
    }
    found.ok_or_else(|| {
        Error::new(
            span,
            "every field names its rule: #[check(text)], #[check(walk)], … or #[check(none)]",
        )
    })
}

fn struct_after(attrs: &[Attribute]) -> syn::Result<Option<Path>> {
    let mut after = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("check")) {
        let meta: Meta = attr.parse_args()?;
        match &meta {
            Meta::NameValue(syn::MetaNameValue {
                path,
                value: Expr::Path(value),
                ..
            }) if path.is_ident("after") => after = Some(value.path.clone()),
            other => return Err(Error::new_spanned(other, "expected #[check(after = path)]")),
        }
    }
    Ok(after)
}

fn derive_struct(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let serde = serde_of(&input.attrs)?;
    let expecting = serde.expecting.clone().ok_or_else(|| {
        Error::new_spanned(
            name,
            "Format needs #[serde(expecting = \"…\")]: the decoder's words for a wrong type",
        )
    })?;
    let Data::Struct(data) = &input.data else {
        unreachable!("derive_struct is called for structs")
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(Error::new_spanned(name, "Format: fields must be named"));
    };

    let mut reads = Vec::new();
    let mut checks = Vec::new();
    for field in &fields.named {
        let ident = field.ident.as_ref().expect("named fields have names");
        let field_serde = serde_of(&field.attrs)?;
        let key = match field_serde.rename {
            Some(key) => key,
            None if serde.rename_all_camel_case => camel_case(&ident.to_string()),
            None => ident.to_string(),
        };
        let read = if is_option(&field.ty) {
            quote!(object.optional(#key))
        } else {
            match field_serde.default {
                None => quote!(object.required(#key)),
                Some(None) => quote!(object.defaulted(#key).unwrap_or_default()),
                Some(Some(default)) => quote!(object.defaulted(#key).unwrap_or_else(#default)),
            }
        };
        reads.push(quote!(#ident: #read));
        if let Check::Rule(rule) = field_check(&field.attrs, ident.span())? {
            checks.push(quote!(#rule(rules, &self.#ident, crate::walk::At(path, #key));));
        }
    }
    if let Some(after) = struct_after(&input.attrs)? {
        checks.push(quote!(#after(self, rules, path);));
    }

    let params: Vec<_> = input.generics.type_params().map(|p| &p.ident).collect();
    let (_, type_generics, _) = input.generics.split_for_impl();
    Ok(quote! {
        impl<#(#params: crate::decode::Decode),*> crate::decode::Decode for #name #type_generics {
            fn decode<J: crate::decode::JsonValue>(
                decoder: &crate::decode::Decoder,
                value: Option<&J>,
                at: &crate::decode::Path,
            ) -> Self {
                let object = crate::decode::Object::new(decoder, value, at, #expecting);
                #name { #(#reads),* }
            }
        }

        impl<'a, #(#params: 'a),*> crate::walk::Walk<'a> for #name #type_generics {
            fn walk<R: crate::walk::Rules<'a>>(&'a self, rules: &mut R, path: &str) {
                #(#checks)*
            }
        }
    })
}

fn derive_enum(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let serde = serde_of(&input.attrs)?;
    let Data::Enum(data) = &input.data else {
        unreachable!("derive_enum is called for enums")
    };
    let mut names = Vec::new();
    for variant in &data.variants {
        if !matches!(variant.fields, Fields::Unit) {
            return Err(Error::new_spanned(variant, "Format: unit variants only"));
        }
        let ident = &variant.ident;
        let json = match serde_of(&variant.attrs)?.rename {
            Some(json) => json,
            None if serde.rename_all_camel_case => lower_first(&ident.to_string()),
            None => ident.to_string(),
        };
        names.push(quote!((#name::#ident, #json)));
    }
    let count = names.len();
    Ok(quote! {
        impl #name {
            /// Every variant with its JSON name, in declaration order.
            pub const NAMES: [(#name, &'static str); #count] = [#(#names),*];

            /// The JSON name.
            pub fn as_str(self) -> &'static str {
                Self::NAMES[self as usize].1
            }
        }

        impl crate::decode::Decode for #name {
            fn decode<J: crate::decode::JsonValue>(
                decoder: &crate::decode::Decoder,
                value: Option<&J>,
                at: &crate::decode::Path,
            ) -> Self {
                crate::decode::variant(decoder, value, at, &Self::NAMES)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_camel_cased_as_serde_does() {
        assert_eq!(camel_case("alleged_violations"), "allegedViolations");
        assert_eq!(camel_case("id"), "id");
        assert_eq!(lower_first("NoReportedViolations"), "noReportedViolations");
    }

    #[test]
    fn serde_settings_the_decoder_cannot_follow_are_refused() {
        let flatten: syn::Field = syn::parse_quote!(#[serde(flatten)] pub inner: Inner);
        assert!(serde_of(&flatten.attrs).is_err());
        let kept: syn::Field = syn::parse_quote!(
            #[serde(default = "en", skip_serializing_if = "Vec::is_empty")] pub x: Vec<u8>
        );
        let serde = serde_of(&kept.attrs).expect("known settings");
        assert!(matches!(serde.default, Some(Some(_))));
    }

    #[test]
    fn a_field_without_a_rule_is_refused() {
        let field: syn::Field = syn::parse_quote!(pub x: String);
        assert!(field_check(&field.attrs, Span::call_site()).is_err());
    }
}
