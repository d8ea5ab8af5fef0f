//! What IDNA2008 asks of a U-label beyond UTS #46 mapping: the derived property of RFC 5892 §2
//! (PVALID, CONTEXTO), the CONTEXTO rules of its Appendix A, the hyphen rule of RFC 5891
//! §4.2.3.1, the leading-mark rule of §4.2.3.2, and the Bidi rule of RFC 5893 §2.
//!
//! Everything here works on a whole label after mapping and NFC, never on a lone code point: a
//! combining mark or an Arabic-Indic digit is valid or not by what stands around it.

use super::unicode::{self, Bidi, Category};

/// RFC 5892 §2 derived property of one code point, as far as a mapped label needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Pvalid,
    /// Valid only where its Appendix A rule holds.
    ContextO,
    Disallowed,
}

/// RFC 5892 §2.6 Exceptions (F): code points whose property is fixed by hand.
fn exception(c: char) -> Option<Class> {
    Some(match c {
        '\u{00df}' | '\u{03c2}' | '\u{06fd}' | '\u{06fe}' | '\u{0f0b}' | '\u{3007}' => {
            Class::Pvalid
        }
        '\u{00b7}' | '\u{0375}' | '\u{05f3}' | '\u{05f4}' | '\u{30fb}' => Class::ContextO,
        '\u{0660}'..='\u{0669}' | '\u{06f0}'..='\u{06f9}' => Class::ContextO,
        '\u{0640}'
        | '\u{07fa}'
        | '\u{302e}'
        | '\u{302f}'
        | '\u{3031}'..='\u{3035}'
        | '\u{303b}' => Class::Disallowed,
        _ => return None,
    })
}

/// RFC 5892 §2.4 IgnorableBlocks and §2.9 OldHangulJamo (Hangul_Syllable_Type L, V, T).
fn ignorable_block_or_old_jamo(c: char) -> bool {
    matches!(c,
        '\u{20d0}'..='\u{20ff}' | '\u{1d100}'..='\u{1d24f}'
        | '\u{1100}'..='\u{11ff}' | '\u{a960}'..='\u{a97f}' | '\u{d7b0}'..='\u{d7ff}')
}

/// Default-ignorable code points (RFC 5892 §2.3 IgnorableProperties), refused rather than
/// dropped so the filed name is the one the user sees.
pub fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}'
        | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

pub fn is_mark(c: char) -> bool {
    unicode::is_mark(c)
}

/// The derived property of a code point of a mapped label.
pub fn class(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
            Class::Pvalid
        } else {
            Class::Disallowed
        };
    }
    if let Some(k) = exception(c) {
        return k;
    }
    if is_default_ignorable(c) || ignorable_block_or_old_jamo(c) {
        return Class::Disallowed;
    }
    // §2.1 LetterDigits. Case-folding stability (§2.2 Unstable) is what UTS #46 mapping and
    // the A-label round trip already guarantee.
    match unicode::category(c) {
        Category::Letter | Category::Mn | Category::Mc | Category::Nd => Class::Pvalid,
        Category::Me | Category::Other => Class::Disallowed,
    }
}

/// RFC 5891 §4.2.3.1, counted in characters: no hyphen first or last, none in both the third
/// and fourth positions.
pub fn hyphen_misplaced(label: &str) -> bool {
    let mut chars = label.chars();
    let third_fourth = chars.nth(2) == Some('-') && chars.next() == Some('-');
    label.starts_with('-') || label.ends_with('-') || third_fourth
}

/// The scripts the CONTEXTO rules ask about, by their blocks: the Unicode Script data would
/// cost the module about 10 KB for three questions about a handful of code points.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Greek,
    Hebrew,
    /// Hiragana, Katakana or Han (A.7).
    Japanese,
    Other,
}

fn script(c: char) -> Script {
    match c {
        '\u{0370}'..='\u{03e1}' | '\u{03f0}'..='\u{03ff}' | '\u{1f00}'..='\u{1fff}' => {
            Script::Greek
        }
        '\u{0591}'..='\u{05f4}' | '\u{fb1d}'..='\u{fb4f}' => Script::Hebrew,
        '\u{3005}'
        | '\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303b}'
        | '\u{3041}'..='\u{309f}'
        | '\u{30a0}'..='\u{30fa}'
        | '\u{30fd}'..='\u{30ff}'
        | '\u{31f0}'..='\u{31ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff66}'..='\u{ff9d}'
        | '\u{1aff0}'..='\u{1b16f}'
        | '\u{20000}'..='\u{323af}' => Script::Japanese,
        _ => Script::Other,
    }
}

/// The first CONTEXTO code point of `label` whose RFC 5892 Appendix A rule fails.
pub fn context_o_failure(label: &[char]) -> Option<char> {
    let has = |lo: char, hi: char| label.iter().any(|&c| (lo..=hi).contains(&c));
    for (i, &c) in label.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| label[j]);
        let after = label.get(i + 1).copied();
        let ok = match c {
            // A.3 MIDDLE DOT: between two `l` (Catalan ela geminada).
            '\u{00b7}' => before == Some('l') && after == Some('l'),
            // A.4 GREEK LOWER NUMERAL SIGN: followed by a Greek character.
            '\u{0375}' => after.is_some_and(|a| script(a) == Script::Greek),
            // A.5, A.6 HEBREW GERESH, GERSHAYIM: preceded by a Hebrew character.
            '\u{05f3}' | '\u{05f4}' => before.is_some_and(|b| script(b) == Script::Hebrew),
            // A.7 KATAKANA MIDDLE DOT: the label has Hiragana, Katakana or Han.
            '\u{30fb}' => label
                .iter()
                .any(|&x| x != '\u{30fb}' && script(x) == Script::Japanese),
            // A.8, A.9: Arabic-Indic and Extended Arabic-Indic digits do not mix.
            '\u{0660}'..='\u{0669}' => !has('\u{06f0}', '\u{06f9}'),
            '\u{06f0}'..='\u{06f9}' => !has('\u{0660}', '\u{0669}'),
            _ => true,
        };
        if !ok {
            return Some(c);
        }
    }
    None
}

/// RFC 5893 §1.4: an RTL label has a character of class R, AL or AN; a domain name with one
/// is a Bidi domain name, and then every label, ASCII ones included, must pass the Bidi rule.
pub fn is_rtl_label(label: &str) -> bool {
    label
        .chars()
        .any(|c| !c.is_ascii() && matches!(unicode::bidi(c), Bidi::R | Bidi::AL | Bidi::AN))
}

/// RFC 5893 §2, the six conditions, for one label of a Bidi domain name.
pub fn passes_bidi_rule(label: &str) -> bool {
    unicode::passes_bidi_rule(&label.chars().collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphens_count_characters() {
        assert!(hyphen_misplaced("中文--x"));
        assert!(!hyphen_misplaced("中--文"));
        assert!(!hyphen_misplaced("ü-x--y"));
        assert!(hyphen_misplaced("ab--c"));
        assert!(hyphen_misplaced("-a") && hyphen_misplaced("a-"));
    }

    #[test]
    fn context_rules() {
        let v = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(context_o_failure(&v("l·l")), None);
        assert_eq!(context_o_failure(&v("a·l")), Some('·'));
        assert_eq!(context_o_failure(&v("ア・カ")), None);
        assert_eq!(context_o_failure(&v("a・b")), Some('・'));
        assert_eq!(context_o_failure(&v("\u{0661}\u{06f1}")), Some('\u{0661}'));
    }

    #[test]
    fn bidi_rule() {
        assert!(is_rtl_label("עברית") && !is_rtl_label("abc"));
        assert!(passes_bidi_rule("עברית") && passes_bidi_rule("abc"));
        assert!(!passes_bidi_rule("1abc"), "an LTR label must start with L");
        assert!(!passes_bidi_rule("אabc"), "an RTL label admits no L");
        assert!(
            !passes_bidi_rule("\u{0661}"),
            "an RTL label must start with R or AL"
        );
        assert!(passes_bidi_rule("א\u{0661}"));
    }
}
