//! Texts for people as types.
//!
//! Every message, hint, name, reason and source the generated tables hold is a [`Text`]: an
//! index into one catalog of (zh-CN, en) pairs that the generator (`build/`) writes from `data/` and from the
//! `text!` pairs written in `src/`. Native builds compile the catalog in and render at the
//! edge ([`Text::get`]). The `.wasm` does not carry it: what the module returns names each text
//! by its index in a typed JSON member (`{"$t": 12, "l": "en"}`), and the npm package renders
//! those members from its per-language catalog files. A user's string is a JSON string and is
//! never looked into, on any surface.

use crate::diagnostic::{Arg, Args, Lang};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::cell::Cell;

/// One text for people in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(pub(crate) u16);

#[cfg(not(target_arch = "wasm32"))]
mod table {
    include!("generated/text_table.rs");
}

impl Text {
    /// The catalog index: entry `index` of the package's `texts.<lang>.json`.
    pub fn index(self) -> u16 {
        self.0
    }

    /// The text in `lang`. Only native builds carry the catalog.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn get(self, lang: Lang) -> &'static str {
        match table::TEXTS.get(usize::from(self.0)) {
            Some((zh, _)) if lang == Lang::ZhCn => zh,
            Some((_, en)) => en,
            None => "",
        }
    }

    /// Every text of the catalog, in index order.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn all() -> impl Iterator<Item = Text> {
        (0..table::TEXTS.len()).map(|i| Text(i as u16))
    }

    /// The text in `lang`, for a person to read.
    pub fn said(self, lang: Lang) -> Said {
        Said {
            text: self,
            lang,
            args: Args::default(),
        }
    }
}

thread_local! {
    static WIRE: Cell<bool> = const { Cell::new(false) };
}

/// True while values are serialised for the package's renderer (always in the `.wasm`, which
/// has no texts to write): texts go out as typed references and diagnostics with their
/// arguments instead of rendered messages.
pub fn wire() -> bool {
    cfg!(target_arch = "wasm32") || WIRE.with(Cell::get)
}

/// Runs `f` with serialisation in wire form, as the `.wasm` serialises; native tests use it to
/// hand the package's renderer exactly what the module would.
pub fn as_wire<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            WIRE.with(|w| w.set(self.0));
        }
    }
    let _reset = Reset(WIRE.with(|w| w.replace(true)));
    f()
}

/// A text chosen for one language: what a report member holds where a person reads it. A
/// text with `{name}` placeholders carries its arguments, filled as a diagnostic's are.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub text: Text,
    pub lang: Lang,
    pub args: Args,
}

impl Said {
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Said {
        self.args.0.push((name, value.into()));
        self
    }

    /// The text rendered (native builds carry the catalog).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn render(&self) -> String {
        crate::diagnostic::template::fill(self.text.get(self.lang), &self.args, self.lang)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

/// The wire form of a text reference: `{"$t": index, "l": "zh-CN" | "en"}`.
pub(crate) fn serialize_ref<S: Serializer>(
    text: Text,
    lang: Option<Lang>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(Some(if lang.is_some() { 2 } else { 1 }))?;
    m.serialize_entry("$t", &text.0)?;
    if let Some(lang) = lang {
        m.serialize_entry("l", &lang)?;
    }
    m.end()
}

impl Serialize for Said {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[cfg(not(target_arch = "wasm32"))]
        if !wire() {
            return s.serialize_str(&self.render());
        }
        let mut m = s.serialize_map(Some(if self.args.0.is_empty() { 2 } else { 3 }))?;
        m.serialize_entry("$t", &self.text.0)?;
        m.serialize_entry("l", &self.lang)?;
        if !self.args.0.is_empty() {
            m.serialize_entry("a", &self.args)?;
        }
        m.end()
    }
}
