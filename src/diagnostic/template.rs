//! Fills `{name}` placeholders of registry messages: the native renderer. The npm package's
//! `js/render.js` is the same algorithm over the same catalog, and a test holds them equal.

use super::Lang;
#[cfg(not(target_arch = "wasm32"))]
use super::{Arg, Args};

/// The list separator of each language: “、” between Chinese terms, “, ” between English ones.
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "、",
        Lang::En => ", ",
    }
}

/// How each language joins alternatives and the parts of one alternative.
pub fn alternatives(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::ZhCn => ("、", "和"),
        Lang::En => (" or ", " and "),
    }
}

/// Writes one argument in `lang`.
pub fn render_arg(arg: &Arg, lang: Lang, out: &mut String) {
    match arg {
        Arg::Str(s) => isolate(s, out),
        Arg::Num(n) => out.push_str(&n.to_string()),
        Arg::Text(t) => out.push_str(t.get(lang)),
        Arg::Texts(ts) => {
            for (i, t) in ts.iter().enumerate() {
                if i > 0 {
                    out.push_str(list_separator(lang));
                }
                out.push_str(t.get(lang));
            }
        }
        Arg::Phrase(t, args) => out.push_str(&fill(t.get(lang), args, lang)),
        Arg::AnyOf(groups) => {
            let (or, and) = alternatives(lang);
            for (i, g) in groups.iter().enumerate() {
                if i > 0 {
                    out.push_str(or);
                }
                for (j, t) in g.iter().enumerate() {
                    if j > 0 {
                        out.push_str(and);
                    }
                    out.push_str(t.get(lang));
                }
            }
        }
    }
}

/// Replaces each `{name}` with its argument. An unknown name is left as written, so a missing
/// argument shows up in tests instead of silently vanishing. Arguments echo user text, so their
/// bidirectional controls are named ([`isolate`]) rather than left to reorder the message.
pub fn fill(template: &str, args: &Args, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.get(name) {
                    Some(v) => render_arg(v, lang, &mut out),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The bidirectional formatting characters (Unicode 15, UAX #9 table 4, plus ALM): inside a
/// message they could make quoted user text display in another order than it was written.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Appends `text` with every bidirectional control written as its name (`U+202E`), as the
/// domain engine names the characters it refuses. `js/render.js` does the same.
pub fn isolate(text: &str, out: &mut String) {
    for c in text.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("U+{:04X}", c as u32));
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{fill, Arg, Args, Lang};

    #[test]
    fn names_bidi_controls_in_arguments() {
        let args = Args(vec![("name", Arg::Str("ab\u{202e}cd\u{2066}".into()))]);
        assert_eq!(fill("“{name}”", &args, Lang::ZhCn), "“abU+202EcdU+2066”");
        // The template's own text is data, not user text, and stays as written.
        assert_eq!(
            fill("\u{200f}{x}", &Args::default(), Lang::En),
            "\u{200f}{x}"
        );
    }

    #[test]
    fn fills_known_and_keeps_unknown() {
        let args = Args(vec![("tld", Arg::Str("io".into())), ("n", Arg::Num(3))]);
        assert_eq!(
            fill("“.{tld}”不可备案 {x} {n}", &args, Lang::ZhCn),
            "“.io”不可备案 {x} 3"
        );
        assert_eq!(fill("open { only", &args, Lang::En), "open { only");
    }

    #[test]
    fn user_text_is_never_read_as_a_reference() {
        let args = Args(vec![("v", Arg::Str("\u{1}\u{e000}{v}".into()))]);
        assert_eq!(fill("{v}", &args, Lang::En), "\u{1}\u{e000}{v}");
    }
}
