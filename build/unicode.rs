//! The Unicode tables of the domain engine's IDNA step (`src/generated/unicode.rs`), written from
//! ICU4X's compiled data: the UTS #46 mapping (non-transitional), the General_Category groups,
//! Bidi_Class and Canonical_Combining_Class IDNA2008 and the Bidi rule ask about, and the
//! canonical decompositions and primary compositions NFC needs.
//!
//! ICU4X ships the same facts as general-purpose tries with more in them than a label needs
//! (DESIGN.md, "Size"). Here each code point has one 32-bit value, found through a two-stage
//! table of 256-code-point blocks where equal blocks are stored once. The crate's tests compare
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

pub const SHIFT: u32 = 8;

/// The value of a mapped code point found in the exception list.
const EXCEPTION: u32 = 1 | 1 << 2;

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
    // Each code point's value and, for a mapped one, its row in the exception list should its
    // value not earn a place among the 256.
    let mut raw: Vec<(u32, Option<u32>)> = Vec::with_capacity(0x110000);
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
        let value: (u32, Option<u32>) = match c {
            None => (3 | 5 << 2 | 11 << 5, None),
            Some(c) => {
                let out: Vec<char> = mapper.map_normalize(std::iter::once(c)).collect();
                if c == '\u{fffd}' || out == ['\u{fffd}'] {
                    (3 | props(c), None)
                } else if out.is_empty() {
                    (2 | props(c), None)
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
                    (props(c) | u32::from(has_decomp) << 17, None)
                } else if out.len() == 1 {
                    // As a distance, so that the many characters mapped to a neighbour (upper
                    // case to lower case) share one value and their blocks repeat.
                    let delta = out[0] as i64 - cp as i64 + (1 << 23);
                    assert!((0..1 << 24).contains(&delta));
                    (1 | (delta as u32) << 8, Some((out[0] as u32) << 8))
                } else {
                    let at = *map_index.entry(out.clone()).or_insert_with(|| {
                        let at = map_chars.len();
                        map_chars.extend(out.iter().map(|&x| x as u32));
                        at
                    });
                    assert!(out.len() < 32);
                    (
                        EXCEPTION,
                        Some(1 | (out.len() as u32) << 1 | (at as u32) << 8),
                    )
                }
            }
        };
        raw.push(value);
    }
    // One byte per code point: the values not mapped, then the distances most characters share;
    // a character mapped otherwise is looked up in the exception list.
    let mut count: HashMap<u32, usize> = HashMap::new();
    for &(v, _) in &raw {
        *count.entry(v).or_default() += 1;
    }
    let mut values: Vec<u32> = vec![EXCEPTION];
    values.extend(count.keys().filter(|&&v| v & 3 != 1).copied());
    values[1..].sort();
    let mut deltas: Vec<(usize, u32)> = count
        .iter()
        .filter(|&(&v, _)| v & 3 == 1 && v != EXCEPTION)
        .map(|(&v, &n)| (n, v))
        .collect();
    deltas.sort_by(|a, b| b.cmp(a));
    let room = 256 - values.len();
    values.extend(deltas.iter().take(room).map(|d| d.1));
    let index: HashMap<u32, u8> = values
        .iter()
        .enumerate()
        .map(|(i, &v)| (v, i as u8))
        .collect();
    let mut per_cp: Vec<u8> = Vec::with_capacity(raw.len());
    let mut exception_cps: Vec<u32> = Vec::new();
    let mut exception_values: Vec<u32> = Vec::new();
    for (cp, &(v, exc)) in raw.iter().enumerate() {
        match index.get(&v) {
            Some(&i) if v != EXCEPTION => per_cp.push(i),
            _ => {
                per_cp.push(0);
                exception_cps.push(cp as u32);
                exception_values.push(exc.expect("a mapped code point"));
            }
        }
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
    let mut stage2: Vec<u8> = Vec::new();
    let mut blocks: HashMap<&[u8], u16> = HashMap::new();
    for chunk in per_cp.chunks(block) {
        let next = (stage2.len() / block) as u16;
        let id = *blocks.entry(chunk).or_insert_with(|| {
            stage2.extend_from_slice(chunk);
            next
        });
        stage1.push(id);
    }

    let mut out = String::new();
    out.push_str(
        "// VALUES: bits 0-1 the status (0 valid, 1 mapped, 2 ignored, 3 disallowed).
// Not mapped: bits 2-4 the category group, 5-8 the Bidi group, 9-16 the combining class, 17 set
// when the character has a canonical decomposition, 18 when it may compose with what precedes it.
// Mapped: bit 2 clear, bits 8-31 the distance to the one character it maps to, plus 2^23; bit 2
// set, the code point's place in the runs of EXCEPTION_RUN_STARTS gives its exception row: a
// length (EXCEPTION_LEN) and the offset of its mapping in MAP_CHARS, or length 0 and the one
// character, in three bytes (EXCEPTION_TARGET_0 to _2, low to high).
",
    );
    writeln!(out, "pub const SHIFT: u32 = {SHIFT};").unwrap();
    // 256 blocks of 256 code points or fewer, so the first stage is a byte too.
    assert!(stage2.len() / block <= 256, "more than 256 distinct blocks");
    array(&mut out, "STAGE1", "u8", &stage1);
    array(&mut out, "STAGE2", "u8", &stage2);
    array(&mut out, "VALUES", "u32", &values);
    array(&mut out, "MAP_CHARS", "u32", &map_chars);
    // The exception list's code points as runs of consecutive ones: where each run starts, and
    // the row of its first (one more row closes the last run).
    let mut run_starts: Vec<u32> = Vec::new();
    let mut run_rows: Vec<u32> = Vec::new();
    for (row, &cp) in exception_cps.iter().enumerate() {
        if row == 0 || exception_cps[row - 1] + 1 != cp {
            run_starts.push(cp);
            run_rows.push(row as u32);
        }
    }
    run_rows.push(exception_cps.len() as u32);
    array(&mut out, "EXCEPTION_RUN_STARTS", "u32", &run_starts);
    array(&mut out, "EXCEPTION_RUN_ROWS", "u16", &run_rows);
    // A row's length (0 for one character), and its target (the character, or the offset in
    // MAP_CHARS) as three arrays of bytes, low to high: a byte plane compresses better than the
    // targets, which have no pattern, written whole.
    let lens: Vec<u32> = exception_values
        .iter()
        .map(|&v| if v & 1 == 1 { (v >> 1) & 31 } else { 0 })
        .collect();
    array(&mut out, "EXCEPTION_LEN", "u8", &lens);
    for k in 0..3 {
        let plane: Vec<u32> = exception_values
            .iter()
            .map(|&v| (v >> (8 + 8 * k)) & 0xff)
            .collect();
        array(&mut out, &format!("EXCEPTION_TARGET_{k}"), "u8", &plane);
    }
    // Tables of rows are written as one array per column: a column of like numbers compresses
    // better than rows that interleave them.
    let column = |f: &dyn Fn(usize) -> u32, n: usize| (0..n).map(f).collect::<Vec<u32>>();
    let n = decomp_rows.len();
    array(
        &mut out,
        "DECOMPOSED",
        "u32",
        &column(&|i| decomp_rows[i].0, n),
    );
    array(
        &mut out,
        "DECOMPOSITION_AT",
        "u32",
        &column(&|i| decomp_rows[i].1, n),
    );
    array(&mut out, "DECOMPOSITION_CHARS", "u32", &decomp_chars);
    let n = compositions.len();
    array(
        &mut out,
        "COMPOSE_TRAIL",
        "u32",
        &column(&|i| compositions[i].0, n),
    );
    array(
        &mut out,
        "COMPOSE_LEAD",
        "u32",
        &column(&|i| compositions[i].1, n),
    );
    array(
        &mut out,
        "COMPOSED",
        "u32",
        &column(&|i| compositions[i].2, n),
    );
    out
}
