//! The Unicode tables of the domain engine's IDNA step (`src/generated/unicode.rs`), written from
//! ICU4X's compiled data: the UTS #46 mapping (non-transitional), the General_Category groups,
//! Bidi_Class and Canonical_Combining_Class IDNA2008 and the Bidi rule ask about, and the
//! canonical decompositions and primary compositions NFC needs.
//!
//! ICU4X ships the same facts as general-purpose tries with more in them than a label needs
//! (DESIGN.md, "Size"). Here each code point has one 32-bit value, found through a two-stage
//! table of 64-code-point blocks where equal blocks are stored once. The crate's tests compare
//! the result with the `idna` crate (which runs on ICU4X) code point by code point and run the
//! Unicode conformance file through it.

use icu_normalizer::properties::{
    CanonicalCombiningClassMapBorrowed, CanonicalCompositionBorrowed,
    CanonicalDecompositionBorrowed, Decomposed,
};
use icu_normalizer::uts46::Uts46MapperBorrowed;
use icu_properties::props::{BidiClass, GeneralCategory};
use icu_properties::CodePointMapData;
use std::collections::HashMap;
use std::fmt::Write;

pub const SHIFT: u32 = 6;

fn gc_group(g: GeneralCategory) -> u32 {
    use GeneralCategory as G;
    match g {
        G::LowercaseLetter | G::UppercaseLetter | G::OtherLetter | G::ModifierLetter => 0,
        G::NonspacingMark => 1,
        G::SpacingMark => 2,
        G::EnclosingMark => 3,
        G::DecimalNumber => 4,
        _ => 5,
    }
}

/// In the order of `Bidi` in src/domain/unicode.rs.
fn bidi_group(b: BidiClass) -> u32 {
    use BidiClass as B;
    match b {
        B::LeftToRight => 0,
        B::RightToLeft => 1,
        B::ArabicLetter => 2,
        B::EuropeanNumber => 3,
        B::EuropeanSeparator => 4,
        B::EuropeanTerminator => 5,
        B::ArabicNumber => 6,
        B::CommonSeparator => 7,
        B::NonspacingMark => 8,
        B::BoundaryNeutral => 9,
        B::OtherNeutral => 10,
        _ => 11,
    }
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// The full canonical decomposition of `c`, Hangul syllables left whole (the runtime decomposes
/// them by formula).
fn full_decomposition(d: &CanonicalDecompositionBorrowed, c: char, out: &mut Vec<char>) {
    if is_hangul_syllable(c) {
        out.push(c);
        return;
    }
    match d.decompose(c) {
        Decomposed::Default => out.push(c),
        Decomposed::Singleton(a) => full_decomposition(d, a, out),
        Decomposed::Expansion(a, b) => {
            full_decomposition(d, a, out);
            full_decomposition(d, b, out);
        }
    }
}

fn array<T: std::fmt::Display>(out: &mut String, name: &str, ty: &str, items: &[T]) {
    writeln!(out, "pub static {name}: [{ty}; {}] = [", items.len()).unwrap();
    for chunk in items.chunks(16) {
        let line: Vec<String> = chunk.iter().map(|v| v.to_string()).collect();
        writeln!(out, "    {},", line.join(", ")).unwrap();
    }
    out.push_str("];\n");
}

pub fn gen() -> String {
    let mapper = Uts46MapperBorrowed::new();
    let gc = CodePointMapData::<GeneralCategory>::new();
    let bc = CodePointMapData::<BidiClass>::new();
    let cc = CanonicalCombiningClassMapBorrowed::new();
    let decomp = CanonicalDecompositionBorrowed::new();
    let comp = CanonicalCompositionBorrowed::new();

    // Primary composites: (trail, lead) -> composite, Hangul left to the formula.
    let mut compositions: Vec<(u32, u32, u32)> = Vec::new();
    for cp in 0..=0x10ffffu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        if is_hangul_syllable(c) {
            continue;
        }
        if let Decomposed::Expansion(a, b) = decomp.decompose(c) {
            if comp.compose(a, b) == Some(c) {
                compositions.push((b as u32, a as u32, cp));
            }
        }
    }
    compositions.sort();
    let trails: std::collections::HashSet<u32> = compositions.iter().map(|t| t.0).collect();

    let mut map_chars: Vec<u32> = Vec::new();
    let mut map_index: HashMap<Vec<char>, usize> = HashMap::new();
    let mut decomp_rows: Vec<(u32, u32)> = Vec::new();
    let mut decomp_chars: Vec<u32> = Vec::new();
    let mut values: Vec<u32> = Vec::new();
    let mut value_index: HashMap<u32, u16> = HashMap::new();
    let mut per_cp: Vec<u16> = Vec::with_capacity(0x110000);
    let mut valid: Vec<bool> = vec![false; 0x110000];
    for cp in 0..=0x10ffffu32 {
        let c = char::from_u32(cp);
        let props = |c: char| {
            let ccc = cc.get_u8(c) as u32;
            let trail = trails.contains(&(c as u32))
                || ('\u{1161}'..='\u{1175}').contains(&c)
                || ('\u{11a8}'..='\u{11c2}').contains(&c);
            gc_group(gc.get(c)) << 2
                | bidi_group(bc.get(c)) << 5
                | ccc << 9
                | u32::from(trail) << 18
        };
        let value = match c {
            None => 3 | 5 << 2 | 11 << 5,
            Some(c) => {
                let out: Vec<char> = mapper.map_normalize(std::iter::once(c)).collect();
                if c == '\u{fffd}' || out == ['\u{fffd}'] {
                    3 | props(c)
                } else if out.is_empty() {
                    2 | props(c)
                } else if out == [c] {
                    valid[cp as usize] = true;
                    let mut full = Vec::new();
                    full_decomposition(&decomp, c, &mut full);
                    let has_decomp = full != [c];
                    if has_decomp {
                        let at = decomp_chars.len() as u32;
                        decomp_chars.extend(full.iter().map(|&x| x as u32));
                        decomp_rows.push((cp, at << 3 | full.len() as u32));
                    }
                    props(c) | u32::from(has_decomp) << 17
                } else if out.len() == 1 {
                    1 | (out[0] as u32) << 8
                } else {
                    let at = *map_index.entry(out.clone()).or_insert_with(|| {
                        let at = map_chars.len();
                        map_chars.extend(out.iter().map(|&x| x as u32));
                        at
                    });
                    assert!(out.len() < 32);
                    1 | 1 << 2 | (out.len() as u32) << 3 | (at as u32) << 8
                }
            }
        };
        let next = values.len() as u16;
        let id = *value_index.entry(value).or_insert_with(|| {
            values.push(value);
            next
        });
        per_cp.push(id);
    }
    // What the runtime relies on: every character a mapping or a decomposition yields is valid
    // (so its value carries its properties), and no decomposition is longer than 4.
    for &m in map_chars.iter().chain(decomp_chars.iter()) {
        assert!(
            valid[m as usize],
            "U+{m:04X} in a mapping or decomposition is not valid"
        );
    }
    assert!(decomp_rows.iter().all(|r| (r.1 & 7) <= 4));

    let block = 1usize << SHIFT;
    let mut stage1: Vec<u16> = Vec::new();
    let mut stage2: Vec<u16> = Vec::new();
    let mut blocks: HashMap<&[u16], u16> = HashMap::new();
    for chunk in per_cp.chunks(block) {
        let next = (stage2.len() / block) as u16;
        let id = *blocks.entry(chunk).or_insert_with(|| {
            stage2.extend_from_slice(chunk);
            next
        });
        stage1.push(id);
    }

    let mut out = String::new();
    writeln!(
        out,
        "// Values: bits 0-1 status (0 valid, 1 mapped, 2 ignored, 3 disallowed)."
    )
    .unwrap();
    writeln!(
        out,
        "// Not mapped: bits 2-4 category group, 5-8 Bidi group, 9-16 combining class,"
    )
    .unwrap();
    writeln!(
        out,
        "// 17 has a canonical decomposition, 18 may compose with what precedes it."
    )
    .unwrap();
    writeln!(
        out,
        "// Mapped: bit 2 clear, bits 8-31 the one character; bit 2 set, bits 3-7 the length"
    )
    .unwrap();
    writeln!(
        out,
        "// and bits 8-31 the offset of the mapping in MAP_CHARS."
    )
    .unwrap();
    writeln!(out, "pub const SHIFT: u32 = {SHIFT};").unwrap();
    array(&mut out, "STAGE1", "u16", &stage1);
    array(&mut out, "STAGE2", "u16", &stage2);
    array(&mut out, "VALUES", "u32", &values);
    array(&mut out, "MAP_CHARS", "u32", &map_chars);
    let rows: Vec<String> = decomp_rows
        .iter()
        .map(|r| format!("({}, {})", r.0, r.1))
        .collect();
    array(&mut out, "DECOMPOSITIONS", "(u32, u32)", &rows);
    array(&mut out, "DECOMPOSITION_CHARS", "u32", &decomp_chars);
    let rows: Vec<String> = compositions
        .iter()
        .map(|r| format!("({}, {}, {})", r.0, r.1, r.2))
        .collect();
    array(&mut out, "COMPOSITIONS", "(u32, u32, u32)", &rows);
    out
}
