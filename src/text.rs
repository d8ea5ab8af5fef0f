//! Text normalisation shared by the engines: what differs only in how it was typed.

use crate::diagnostic::Span;

/// Folds full-width ASCII (U+FF01–U+FF5E), the ideographic space and the ideographic full stops
/// to ASCII, as UTS #46 mapping and Chinese input methods make necessary.
pub fn fold(s: &str) -> String {
    folded(s).into_owned()
}

/// [`fold`] without a copy of a value that has nothing to fold (ASCII, as most are).
pub fn folded(s: &str) -> std::borrow::Cow<'_, str> {
    // Nothing in ASCII folds.
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\u{3002}' | '\u{ff0e}' | '\u{ff61}' => '.',
                '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
                '\u{3000}' => ' ',
                c => c,
            })
            .collect(),
    )
}

/// The labels of a dotted name, empty ones included: `str::split('.')` scanning bytes, as the
/// dot is ASCII, without the set-up of the standard searcher (which costs more than the scan of
/// a short host).
pub fn split_dots(s: &str) -> SplitDots<'_> {
    SplitDots(Some(s))
}

pub struct SplitDots<'a>(Option<&'a str>);

impl<'a> Iterator for SplitDots<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.0?;
        match s.bytes().position(|b| b == b'.') {
            Some(i) => {
                self.0 = s.get(i + 1..);
                s.get(..i)
            }
            None => {
                self.0 = None;
                Some(s)
            }
        }
    }
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Trims what surrounds a pasted value: white space of any width, and the byte-order mark.
pub fn trim(raw: &str) -> &str {
    // A visible ASCII character at each end, as almost every value has: nothing to trim.
    let b = raw.as_bytes();
    if b.first().is_some_and(u8::is_ascii_graphic) && b.last().is_some_and(u8::is_ascii_graphic) {
        return raw;
    }
    raw.trim_matches(is_blank)
}

/// Where the bytes `at` of `fold(trim(raw))` lie in `raw`, as a [`Span`] of UTF-16 code units.
///
/// Folding maps one character to one character and trimming only drops characters at the ends,
/// so the n-th character of the folded value is the n-th after the leading blanks of `raw`.
/// `None` when `at` is not a range of whole characters of a value folded from `raw`.
pub fn raw_span(raw: &str, folded: &str, at: std::ops::Range<usize>) -> Option<Span> {
    let before = folded.get(..at.start)?.chars().count();
    let inside = folded.get(at.clone())?.chars().count();
    let rest = raw.trim_start_matches(is_blank);
    let lead: usize = raw[..raw.len() - rest.len()].encode_utf16().count();
    let mut chars = rest.chars();
    let units = |chars: &mut std::str::Chars, n: usize| -> Option<usize> {
        (0..n).try_fold(0, |sum, _| Some(sum + chars.next()?.len_utf16()))
    };
    let start = lead + units(&mut chars, before)?;
    let end = start + units(&mut chars, inside)?;
    Some(Span {
        start: u32::try_from(start).ok()?,
        end: u32::try_from(end).ok()?,
    })
}

/// The span of the first `word` in `folded` (`fold(trim(raw))`), in `raw`'s UTF-16 units.
pub fn word_span(raw: &str, folded: &str, word: &str) -> Option<Span> {
    let at = folded.find(word)?;
    raw_span(raw, folded, at..at + word.len())
}

/// An identity or registration number as forms receive it: folded, blanks and hyphens removed,
/// upper case (lower-case `x` check characters are common).
pub fn compact_code(raw: &str) -> String {
    let keep =
        |c: &char| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{feff}');
    // Sized once: collecting a filtered iterator grows the string a few times per number.
    let mut out = String::with_capacity(raw.len());
    out.extend(
        folded(raw)
            .chars()
            .filter(keep)
            .map(|c| c.to_ascii_uppercase()),
    );
    out
}

/// Whether `word` occurs in `text`: `str::contains` for the short names and word lists the
/// checkers scan, without the searcher `str::contains` first builds for each word (most of the
/// cost when the text is a dozen characters and the list has dozens of words).
pub fn has_word(text: &str, word: &str) -> bool {
    find_word(text, word).is_some()
}

/// Where `word` first occurs in `text`: `str::find` for the same short texts, without its
/// searcher's set-up.
pub fn find_word(text: &str, word: &str) -> Option<usize> {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return Some(0);
    };
    // A window is compared whole only when its first and last bytes match: most windows differ
    // there, and comparing whole slices calls `memcmp` for each.
    t.windows(w.len())
        .position(|win| win[0] == first && win[w.len() - 1] == last && win == w)
}

#[cfg(test)]
mod tests {
    use super::has_word;

    #[test]
    fn split_dots_is_str_split() {
        for s in [
            "",
            ".",
            "a",
            "a.b",
            ".a.",
            "a..b",
            "例子.中国",
            "www.example.com.",
        ] {
            let ours: Vec<&str> = super::split_dots(s).collect();
            assert_eq!(ours, s.split('.').collect::<Vec<_>>(), "{s:?}");
        }
    }

    #[test]
    fn has_word_is_str_contains() {
        for (t, w) in [
            ("示例新闻资讯", "新闻"),
            ("示例新闻", "闻资"),
            ("news", "new"),
            ("", "a"),
            ("a", ""),
            ("中国", "国"),
            ("中", "中国"),
            ("abcabd", "abd"),
        ] {
            assert_eq!(has_word(t, w), t.contains(w), "{t} / {w}");
            assert_eq!(super::find_word(t, w), t.find(w), "{t} / {w}");
        }
    }

    use super::{fold, raw_span, trim, word_span, Span};

    fn span(raw: &str, word: &str) -> Option<(u32, u32)> {
        word_span(raw, &fold(trim(raw)), word).map(|s| (s.start, s.end))
    }

    /// What a browser's `value.slice(start, end)` gives for a span.
    fn js_slice(raw: &str, s: Span) -> String {
        let units: Vec<u16> = raw.encode_utf16().collect();
        String::from_utf16(&units[s.start as usize..s.end as usize]).unwrap()
    }

    #[test]
    fn spans_count_utf16_units_of_the_raw_value() {
        assert_eq!(span("中国旅游网", "中国"), Some((0, 2)));
        assert_eq!(span("我的中国旅游网", "中国"), Some((2, 4)));
        // Leading blanks of any width, and the byte-order mark, are counted though trimmed.
        assert_eq!(span("  中国旅游网", "中国"), Some((2, 4)));
        assert_eq!(span("\u{3000}中国旅游网", "中国"), Some((1, 3)));
        assert_eq!(span("\u{feff}\t中国", "中国"), Some((2, 4)));
        // An astral character is two units in JavaScript, one char in Rust, four bytes in UTF-8.
        assert_eq!(span("𠀀中国", "中国"), Some((2, 4)));
        assert_eq!(span("\u{3000}𠀀𠀀博彩", "博彩"), Some((5, 7)));
        // Full-width letters fold to ASCII; the span covers the letters as typed.
        assert_eq!(span("ｆｏｏ中国ｂｅｔ", "bet"), Some((5, 8)));
        assert_eq!(span("　ａ＠ｂ", "@"), Some((2, 3)));
        // An astral character inside the word itself.
        assert_eq!(span(" 我𠀀爱", "𠀀爱"), Some((2, 5)));
        assert_eq!(span("中国旅游网", "美国"), None);
    }

    #[test]
    fn a_span_slices_out_what_the_user_typed() {
        for (raw, word, typed) in [
            ("\u{3000}𠀀ｂｅｔ网", "bet", "ｂｅｔ"),
            ("  𠀀中国 ", "中国", "中国"),
            ("a。b", ".", "。"),
        ] {
            let s = word_span(raw, &fold(trim(raw)), word).unwrap();
            assert_eq!(js_slice(raw, s), typed, "{raw:?}");
        }
    }

    #[test]
    fn a_range_that_is_not_the_folded_value_has_no_span() {
        // Not on a character boundary, past the end, or a value not folded from this one.
        assert_eq!(raw_span("中国", "中国", 1..3), None);
        assert_eq!(raw_span("中国", "中国", 0..9), None);
        assert_eq!(raw_span("中", "中国", 0..6), None);
    }

    #[test]
    fn compacts_codes() {
        assert_eq!(
            super::compact_code(" 9135 0100 m000-100Y 43 "),
            "91350100M000100Y43"
        );
        assert_eq!(
            super::compact_code("１１０１０５１９４９１２３１００２ｘ"),
            "11010519491231002X"
        );
    }
}
