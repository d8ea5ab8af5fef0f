//! UTS #46 processing of one label (non-transitional, STD3 ASCII rules, hyphens and DNS length
//! left to the caller), NFC, and the character properties IDNA2008 and the Bidi rule ask about,
//! all from the generated tables in `src/generated/unicode.rs`.
//!
//! This replaces the `idna` crate's UTS #46 step and ICU4X's data in the module: those tries
//! carry more than a label needs and were a third of the module (DESIGN.md, "Size"). The
//! behaviour is the crate's, step for step (its `process` with `AsciiDenyList::STD3`,
//! `Hyphens::Allow`, `DnsLength::Ignore`), and the tests compare the two on every code point
//! alone and in the contexts the engine asks about, and on the Unicode conformance file. One
//! difference is deliberate: ZERO WIDTH JOINER and NON-JOINER are always refused, where UTS #46
//! admits them in a joining context; the engine refuses default-ignorable characters before it
//! asks (RFC 5892 §2.3), so that context, and the Joining_Type data it needs, never arise.

mod t {
    include!("../generated/unicode.rs");
}

/// Bidi_Class, as far as RFC 5893 tells the classes apart, by the Unicode short names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::upper_case_acronyms)]
pub enum Bidi {
    L,
    R,
    AL,
    EN,
    ES,
    ET,
    AN,
    CS,
    NSM,
    BN,
    ON,
    Other,
}

const BIDI: [Bidi; 12] = [
    Bidi::L,
    Bidi::R,
    Bidi::AL,
    Bidi::EN,
    Bidi::ES,
    Bidi::ET,
    Bidi::AN,
    Bidi::CS,
    Bidi::NSM,
    Bidi::BN,
    Bidi::ON,
    Bidi::Other,
];

/// General_Category, as far as IDNA2008 tells the categories apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Ll, Lu, Lo or Lm (not Lt).
    Letter,
    Mn,
    Mc,
    Me,
    Nd,
    Other,
}

const CATEGORY: [Category; 6] = [
    Category::Letter,
    Category::Mn,
    Category::Mc,
    Category::Me,
    Category::Nd,
    Category::Other,
];

const VALID: u32 = 0;
const MAPPED: u32 = 1;
const IGNORED: u32 = 2;

#[inline]
fn value(c: char) -> u32 {
    let cp = c as usize;
    let block = t::STAGE1[cp >> t::SHIFT] as usize;
    let id = t::STAGE2[(block << t::SHIFT) | (cp & ((1 << t::SHIFT) - 1))];
    t::VALUES[id as usize]
}

/// What a mapped character maps to.
enum Mapping {
    One(char),
    Many(&'static [u32]),
}

fn mapping(c: char, v: u32) -> Mapping {
    if v & 4 == 0 {
        return Mapping::One(as_char((c as u32 + (v >> 8)).wrapping_sub(1 << 23)));
    }
    let cp = c as u32;
    let run = t::EXCEPTION_RUN_STARTS
        .partition_point(|&s| s <= cp)
        .saturating_sub(1);
    let (start, first) = (t::EXCEPTION_RUN_STARTS[run], t::EXCEPTION_RUN_ROWS[run]);
    let row = (first as u32 + cp.wrapping_sub(start)) as usize;
    if row >= t::EXCEPTION_RUN_ROWS[run + 1] as usize {
        return Mapping::One('\u{fffd}');
    }
    let target = t::EXCEPTION_TARGET_0[row] as usize
        | (t::EXCEPTION_TARGET_1[row] as usize) << 8
        | (t::EXCEPTION_TARGET_2[row] as usize) << 16;
    match t::EXCEPTION_LEN[row] as usize {
        0 => Mapping::One(as_char(target as u32)),
        len => Mapping::Many(t::MAP_CHARS.get(target..target + len).unwrap_or_default()),
    }
}

/// The properties of `c`; a mapped character has those of the first character it maps to,
/// since the tables keep properties only for characters that stand in a mapped label.
fn props(c: char) -> u32 {
    let v = value(c);
    if v & 3 != MAPPED {
        return v;
    }
    let first = match mapping(c, v) {
        Mapping::One(x) => x,
        Mapping::Many(s) => as_char(s.first().copied().unwrap_or(0xfffd)),
    };
    value(first)
}

pub fn category(c: char) -> Category {
    CATEGORY[((props(c) >> 2) & 7) as usize]
}

pub fn bidi(c: char) -> Bidi {
    BIDI[((props(c) >> 5) & 15) as usize]
}

/// The combining class in a value; a character that is not valid has none recorded (its bits
/// hold its mapping), and is treated as a starter.
fn ccc_of(v: u32) -> u8 {
    if v & 3 == VALID {
        (v >> 9) as u8
    } else {
        0
    }
}

fn as_char(u: u32) -> char {
    char::from_u32(u).unwrap_or('\u{fffd}')
}

const S_BASE: u32 = 0xac00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11a7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn decompose_into(c: char, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(as_char(L_BASE + s / N_COUNT));
        out.push(as_char(V_BASE + (s % N_COUNT) / T_COUNT));
        if s % T_COUNT != 0 {
            out.push(as_char(T_BASE + s % T_COUNT));
        }
        return;
    }
    if value(c) & (1 << 17) != 0 {
        if let Ok(i) = t::DECOMPOSED.binary_search(&cp) {
            let r = t::DECOMPOSITION_AT[i];
            let at = (r >> 3) as usize;
            out.extend(
                t::DECOMPOSITION_CHARS[at..at + (r & 7) as usize]
                    .iter()
                    .map(|&u| as_char(u)),
            );
            return;
        }
    }
    out.push(c);
}

fn compose(lead: char, trail: char) -> Option<char> {
    let (l, tr) = (lead as u32, trail as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&l) && (V_BASE..V_BASE + V_COUNT).contains(&tr) {
        return char::from_u32(S_BASE + ((l - L_BASE) * V_COUNT + (tr - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&l)
        && (l - S_BASE) % T_COUNT == 0
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&tr)
    {
        return char::from_u32(l + tr - T_BASE);
    }
    // The rows are sorted by trail, then lead.
    let from = t::COMPOSE_TRAIL.partition_point(|&x| x < tr);
    let to = from + t::COMPOSE_TRAIL[from..].partition_point(|&x| x == tr);
    let leads = &t::COMPOSE_LEAD[from..to];
    let i = leads.binary_search(&l).ok()?;
    char::from_u32(t::COMPOSED[from + i])
}

/// NFC of characters that are all valid under UTS #46 (so the tables hold their classes).
pub fn nfc(chars: &mut Vec<char>) {
    // Nothing to do unless a character has a combining class or may compose with the one before.
    if !chars
        .iter()
        .any(|&c| !c.is_ascii() && value(c) & (0xff << 9 | 1 << 18) != 0)
    {
        return;
    }
    let mut d = Vec::with_capacity(chars.len() + 4);
    for &c in chars.iter() {
        decompose_into(c, &mut d);
    }
    // Canonical order: a stable sort of each run of non-starters by class.
    let ccc: Vec<u8> = d.iter().map(|&c| ccc_of(value(c))).collect();
    let mut pairs: Vec<(u8, char)> = ccc.into_iter().zip(d).collect();
    let mut i = 0;
    while i < pairs.len() {
        if pairs[i].0 == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < pairs.len() && pairs[i].0 != 0 {
            i += 1;
        }
        pairs[start..i].sort_by_key(|p| p.0);
    }
    // Canonical composition (UAX #15 §3.11 D117).
    chars.clear();
    let mut starter: Option<usize> = None;
    let mut last_ccc: Option<u8> = None;
    for (cc, c) in pairs {
        if let Some(s) = starter {
            let blocked = match last_ccc {
                None => false,
                Some(l) => l == 0 || l >= cc,
            };
            if !blocked {
                if let Some(x) = compose(chars[s], c) {
                    chars[s] = x;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(chars.len());
            last_ccc = None;
        } else {
            last_ccc = Some(cc);
        }
        chars.push(c);
    }
}

/// What UTS #46 limits labels to before Punycode, against quadratic work (the `idna` crate's
/// bounds, after whatwg/url#824).
const PUNYCODE_DECODE_MAX: usize = 2000;
const PUNYCODE_ENCODE_MAX: usize = 1000;

fn is_ldh(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}

/// Valid, or ASCII letters, digits and hyphens (STD3).
fn is_valid_char(c: char) -> bool {
    if c.is_ascii() {
        is_ldh(c)
    } else {
        value(c) & 3 == VALID && !matches!(c, '\u{200c}' | '\u{200d}')
    }
}

pub fn is_mark(c: char) -> bool {
    matches!(category(c), Category::Mn | Category::Mc | Category::Me)
}

fn is_rtl(c: char) -> bool {
    !c.is_ascii() && matches!(bidi(c), Bidi::R | Bidi::AL | Bidi::AN)
}

/// UTS #46 ToASCII of what the user typed as one label: mapped, normalised and validated, then
/// each resulting label (a mapped full stop splits it) in A-label form, joined by dots. `None`
/// when UTS #46 records an error.
pub fn to_ascii(label: &str) -> Option<String> {
    let mut mapped: Vec<char> = Vec::with_capacity(label.len());
    for c in label.chars() {
        if c.is_ascii() {
            mapped.push(c.to_ascii_lowercase());
            continue;
        }
        let v = value(c);
        match v & 3 {
            VALID => mapped.push(c),
            MAPPED => match mapping(c, v) {
                Mapping::One(x) => mapped.push(x),
                Mapping::Many(s) => mapped.extend(s.iter().map(|&u| as_char(u))),
            },
            IGNORED => {}
            _ => return None,
        }
    }
    nfc(&mut mapped);
    let mut labels: Vec<Vec<char>> = Vec::new();
    for piece in mapped.split(|&c| c == '.') {
        if piece.starts_with(&['x', 'n', '-', '-']) {
            let rest = &piece[4..];
            if !piece.iter().all(|&c| is_ldh(c))
                || piece.last() == Some(&'-')
                || rest.len() > PUNYCODE_DECODE_MAX
            {
                return None;
            }
            let encoded: String = rest.iter().collect();
            let decoded = idna::punycode::decode(&encoded)?;
            let mut normal = decoded.clone();
            if !decoded.iter().all(|&c| is_valid_char(c)) {
                return None;
            }
            nfc(&mut normal);
            if normal != decoded {
                return None;
            }
            labels.push(decoded);
        } else {
            if !piece.iter().all(|&c| is_valid_char(c)) {
                return None;
            }
            labels.push(piece.to_vec());
        }
    }
    for l in &labels {
        if l.first().is_some_and(|&c| is_mark(c)) {
            return None;
        }
        if !l.iter().all(char::is_ascii) && l.len() > PUNYCODE_ENCODE_MAX {
            return None;
        }
    }
    if labels.iter().flatten().any(|&c| is_rtl(c)) {
        for l in &labels {
            if !passes_bidi_rule(l) {
                return None;
            }
        }
    }
    let mut out = String::with_capacity(label.len() + 8);
    for (i, (l, piece)) in labels.iter().zip(mapped.split(|&c| c == '.')).enumerate() {
        if i > 0 {
            out.push('.');
        }
        if piece.iter().all(char::is_ascii) {
            out.extend(piece.iter());
        } else {
            out.push_str("xn--");
            out.push_str(&idna::punycode::encode(l)?);
        }
    }
    Some(out)
}

/// RFC 5893 §2, the six conditions, for one label of a Bidi domain name.
pub fn passes_bidi_rule(label: &[char]) -> bool {
    use Bidi as B;
    let Some(&first) = label.first() else {
        return true;
    };
    let first = bidi(first);
    let last = label
        .iter()
        .rev()
        .map(|&c| bidi(c))
        .find(|&b| b != B::NSM)
        .unwrap_or(first);
    let classes = || label.iter().map(|&c| bidi(c));
    match first {
        B::R | B::AL => {
            let allowed = classes().all(|b| {
                matches!(
                    b,
                    B::R | B::AL | B::AN | B::EN | B::ES | B::CS | B::ET | B::ON | B::BN | B::NSM
                )
            });
            let end = matches!(last, B::R | B::AL | B::EN | B::AN);
            let mixed = classes().any(|b| b == B::EN) && classes().any(|b| b == B::AN);
            allowed && end && !mixed
        }
        B::L => {
            let allowed = classes().all(|b| {
                matches!(
                    b,
                    B::L | B::EN | B::ES | B::CS | B::ET | B::ON | B::BN | B::NSM
                )
            });
            allowed && matches!(last, B::L | B::EN)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

    fn crate_to_ascii(label: &str) -> Option<String> {
        Uts46::new()
            .to_ascii(
                label.as_bytes(),
                AsciiDenyList::STD3,
                Hyphens::Allow,
                DnsLength::Ignore,
            )
            .ok()
            .map(|c| c.into_owned())
    }

    /// Every code point alone and in the two contexts the engine asks about (after a Latin
    /// letter, after a Hebrew one), and after each of a few bases marks compose with, gives the
    /// `idna` crate's answer.
    #[test]
    fn every_code_point_as_the_idna_crate() {
        let mut differ = Vec::new();
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let s = c.to_string();
            for t in [
                s.clone(),
                format!("a{s}"),
                format!("\u{5d0}{s}"),
                format!("{s}\u{301}"),
                format!("\u{1100}{s}"),
            ] {
                if to_ascii(&t) != crate_to_ascii(&t) && !matches!(c, '\u{200c}' | '\u{200d}') {
                    differ.push(format!(
                        "{t:?}: {:?} / {:?}",
                        to_ascii(&t),
                        crate_to_ascii(&t)
                    ));
                }
            }
        }
        assert!(
            differ.is_empty(),
            "{} differ, first: {:#?}",
            differ.len(),
            &differ[..differ.len().min(20)]
        );
    }

    /// Characters where NFC and the mapping meet: marks of several combining classes, letters
    /// that decompose, Hangul jamo and syllables, mappings to several characters, full stops,
    /// right-to-left letters and digits; and any character at all.
    #[cfg(not(target_arch = "wasm32"))]
    fn tricky() -> impl proptest::strategy::Strategy<Value = char> {
        use proptest::prelude::*;
        const POOL: &[char] = &[
            'a',
            'e',
            'o',
            'u',
            'l',
            'A',
            '1',
            '-',
            '.',
            '\u{300}',
            '\u{301}',
            '\u{308}',
            '\u{316}',
            '\u{323}',
            '\u{327}',
            '\u{338}',
            '\u{345}',
            '\u{5b0}',
            '\u{610}',
            '\u{93c}',
            '\u{94d}',
            '\u{f71}',
            '\u{f72}',
            '\u{f74}',
            '\u{1dce}',
            '\u{e0}',
            '\u{1d6}',
            '\u{1e69}',
            '\u{1ec7}',
            '\u{c5}',
            '\u{1edf}',
            '\u{212b}',
            '\u{1100}',
            '\u{1161}',
            '\u{11a8}',
            '\u{ac00}',
            '\u{ac01}',
            '\u{1175}',
            '\u{5d0}',
            '\u{627}',
            '\u{661}',
            '\u{6f1}',
            '\u{c1}',
            '\u{ff21}',
            '\u{2474}',
            '\u{1c6}',
            '\u{fb00}',
            '\u{337f}',
            '\u{ad}',
            '\u{3002}',
            '\u{4e2d}',
            '\u{6587}',
            '\u{f900}',
            '\u{f73}',
            '\u{3c2}',
            '\u{df}',
            '\u{1f1}',
            '\u{2488}',
            '\u{fdfa}',
            '\u{309a}',
            '\u{304b}',
            '\u{30fb}',
            '\u{b7}',
            '\u{1d15e}',
            '\u{11099}',
            '\u{110ba}',
        ];
        prop_oneof![
            4 => proptest::sample::select(POOL),
            1 => any::<char>(),
        ]
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 20_000, ..Default::default() })]
        /// Strings of those characters give the `idna` crate's answer, and what `nfc` makes of
        /// valid characters is NFC as ICU4X computes it.
        #[test]
        fn strings_as_the_idna_crate(chars in proptest::collection::vec(tricky(), 0..9)) {
            let s: String = chars.iter().collect();
            if !s.contains(['\u{200c}', '\u{200d}']) {
                proptest::prop_assert_eq!(to_ascii(&s), crate_to_ascii(&s), "{:?}", s);
            }
            let mut valid: Vec<char> = chars.into_iter().filter(|&c| is_ldh(c) || c == '.' || !c.is_ascii() && value(c) & 3 == VALID).collect();
            let expected: String = icu_normalizer::ComposingNormalizerBorrowed::new_nfc()
                .normalize(&valid.iter().collect::<String>())
                .into_owned();
            nfc(&mut valid);
            proptest::prop_assert_eq!(valid.iter().collect::<String>(), expected);
        }
    }
}
