//! The generator: compiles the reviewable data files under `data/` into Rust tables, so that
//! rules live as data with their sources and dates while the shipped `.wasm` carries no JSON
//! parser. It is not a build script: `cargo run -p icp-precheck-gen` writes its output under
//! `src/generated/`, committed, so reviewers see the tables a data change makes.
//!
//! Every table is checked here: a malformed row fails the build instead of silently dropping a rule.

use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

const DATA_FILES: &[&str] = &[
    "data/codes.toml",
    "data/approved-tlds.json",
    "data/registry-zones.json",
    "data/province-rules.json",
    "data/province-provider.json",
    "data/source-dates.json",
    "data/subject-kinds.json",
    "data/provinces.json",
    "data/domain-policy.json",
    "data/fields.json",
    "data/area-codes.json",
    "data/application.json",
    "data/filing.json",
    "data/operations.json",
    "data/baseline-rules.json",
    "data/vocabulary.json",
    "build/filing.rs",
    "build/province.rs",
    "data/province-engine.json",
    "build/texts.rs",
];

#[derive(Deserialize)]
struct CodeFile {
    code: Vec<CodeRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeRow {
    code: String,
    severity: String,
    engine: String,
    zh: String,
    en: String,
    hint_zh: String,
    hint_en: String,
    source: String,
    as_of: String,
}

/// Writes every generated file into `out_dir`, reading `data/` and `src/` from the current
/// directory (the repository's root). `cargo run -p icp-precheck-gen` runs it and commits the
/// result under `src/generated/`; `tests/generated.rs` fails when that has drifted.
pub fn generate(out_dir: &str) {
    for f in DATA_FILES {
        assert!(Path::new(f).exists(), "{f} is missing");
    }
    // Every data file read through its typed schema first: an unknown or missing member, a bad
    // date or a dangling reference stops generation with the file and member named.
    let data = schema::load_all(Path::new(".")).unwrap_or_else(|e| panic!("{e}"));
    let problems = data.validate();
    assert!(
        problems.is_empty(),
        "data/ has problems:\n{}",
        problems.join("\n")
    );
    std::fs::write(
        Path::new(out_dir).join("rule_ids.rs"),
        gen_rule_ids(&data.baseline_rules),
    )
    .expect("write rule_ids.rs");
    let codes = gen_codes();
    std::fs::write(Path::new(out_dir).join("codes.rs"), codes).expect("write codes.rs");
    let tables = gen_tables(out_dir);
    std::fs::write(Path::new(out_dir).join("tables.rs"), tables).expect("write tables.rs");
    let file: CodeFile = toml::from_str(&read("data/codes.toml")).expect("data/codes.toml");
    let names = file.code.iter().map(|c| c.code.clone()).collect();
    std::fs::write(
        Path::new(out_dir).join("filing_tables.rs"),
        filing::gen(&names),
    )
    .expect("write filing_tables.rs");
    texts::literals(out_dir);
    texts::write_pairs(out_dir);
    std::fs::write(Path::new(out_dir).join("unicode.rs"), unicode::gen())
        .expect("write unicode.rs");
}

#[path = "filing.rs"]
mod filing;
#[path = "schema.rs"]
mod schema;
#[path = "texts.rs"]
mod texts;
#[path = "unicode.rs"]
mod unicode;

#[path = "province.rs"]
mod province;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn camel(code: &str) -> String {
    code.split(['_', '-'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lower = p.to_ascii_lowercase();
            let mut c = lower.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn severity_variant(s: &str, ctx: &str) -> &'static str {
    match s {
        "error" => "Severity::Error",
        "warning" => "Severity::Warning",
        "info" => "Severity::Info",
        other => panic!("{ctx}: unknown severity {other:?}"),
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The ids of the national rules that tables state (`data/baseline-rules.json`), as constants
/// the engines cite, each checked against the table it names and against the rule rows.
fn gen_rule_ids(file: &schema::BaselineRulesFile) -> String {
    fn row_ids(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(id)) = m.get("id") {
                    out.insert(id.clone());
                }
                m.values().for_each(|x| row_ids(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| row_ids(x, out)),
            _ => {}
        }
    }
    let mut rows = BTreeSet::new();
    row_ids(&json("data/province-rules.json"), &mut rows);
    let mut seen = BTreeSet::new();
    let mut out = String::from(
        "// Generated by the generator (build/) from data/baseline-rules.json. Do not edit by hand.\n\
         /// The national rules that tables state, by the id a diagnostic's `rule` names them with.\n\
         pub mod base_rule {\n",
    );
    for r in &file.rules {
        let name =
            r.id.strip_prefix("BASE.")
                .unwrap_or_else(|| panic!("baseline rule {}: not BASE.…", r.id));
        assert!(
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            "baseline rule {}: not BASE.SCREAMING_SNAKE",
            r.id
        );
        assert!(
            seen.insert(r.id.clone()),
            "baseline rule {} listed twice",
            r.id
        );
        let (table, path) = r.from.split_once(' ').unwrap_or((r.from.as_str(), ""));
        let mut v = json(&format!("data/{table}"));
        for key in path.split('.').filter(|k| !k.is_empty()) {
            v = v
                .get(key)
                .cloned()
                .unwrap_or_else(|| panic!("baseline rule {}: data/{table} has no {path}", r.id));
        }
        assert_eq!(
            rows.contains(&r.id),
            table == "province-rules.json",
            "baseline rule {}: a row of province-rules.json exactly when it says so",
            r.id
        );
        writeln!(
            out,
            "    /// {} ({})\n    pub const {name}: &str = {:?};",
            r.checks, r.from, r.id
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

/// The `{name}` placeholders of a template, in order of first appearance.
fn placeholders(template: &str, out: &mut Vec<String>) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        assert!(
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "placeholder {{{name}}} is not snake_case"
        );
        if !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
        rest = &after[close + 1..];
    }
}

fn snake(code: &str) -> String {
    code.to_ascii_lowercase()
}

fn rust_ident(name: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
        "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final",
        "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
    ];
    if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

fn gen_codes() -> String {
    let file: CodeFile = toml::from_str(&read("data/codes.toml")).expect("data/codes.toml");
    let mut seen = BTreeSet::new();
    let mut enum_body = String::new();
    let mut table = String::new();
    let mut constructors = String::new();
    for row in &file.code {
        assert!(
            row.code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            "code {:?} is not SCREAMING_SNAKE_CASE",
            row.code
        );
        assert!(
            seen.insert(row.code.clone()),
            "code {} registered twice",
            row.code
        );
        for (name, text) in [
            ("zh", &row.zh),
            ("en", &row.en),
            ("hint_zh", &row.hint_zh),
            ("hint_en", &row.hint_en),
            ("source", &row.source),
        ] {
            assert!(
                !text.trim().is_empty(),
                "code {}: {name} is empty",
                row.code
            );
        }
        assert!(
            is_date(&row.as_of),
            "code {}: as_of {:?} is not YYYY-MM-DD",
            row.code,
            row.as_of
        );
        let variant = camel(&row.code);
        writeln!(enum_body, "    {variant},").unwrap();
        let fields = [row.code.clone(), row.engine.clone(), row.as_of.clone()];
        assert!(
            fields.iter().all(|f| !f.contains('\u{1f}')),
            "code {}: U+001F in a name",
            row.code
        );
        let text: Vec<&str> = fields.iter().map(|f| f.as_str()).collect();
        writeln!(
            table,
            "    CodeInfo {{ code: Code::{variant}, severity: {}, message: {}, hint: {}, source: {}, text: {:?} }},",
            severity_variant(&row.severity, &row.code),
            texts::pair(&row.zh, &row.en),
            texts::pair(&row.hint_zh, &row.hint_en),
            texts::neutral(&row.source),
            text.join("\u{1f}")
        )
        .unwrap();
        // One constructor per code, its parameters the templates' placeholders: a missing or
        // misnamed argument does not compile.
        let mut names = Vec::new();
        for t in [&row.zh, &row.en, &row.hint_zh, &row.hint_en] {
            placeholders(t, &mut names);
        }
        let params: String = names
            .iter()
            .map(|n| format!(", {}: impl Into<Arg>", rust_ident(n)))
            .collect();
        let args: String = names
            .iter()
            .map(|n| format!(".arg({n:?}, {})", rust_ident(n)))
            .collect();
        writeln!(
            constructors,
            "    /// `{}`: {}\n    #[inline(never)]\n    pub fn {}(at: impl Into<String>{params}) -> Finding {{\n        Finding::new(Code::{variant}, at){args}\n    }}",
            row.code,
            row.zh.replace('\n', " "),
            snake(&row.code),
        )
        .unwrap();
    }
    format!(
        "// Generated by the generator (build/) from data/codes.toml. Do not edit by hand.\n\
         /// Every diagnostic code, in registry order. Stable names: add freely, never rename.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         #[non_exhaustive]\n\
         pub enum Code {{\n{enum_body}}}\n\n\
         /// The registry rows, indexed by `Code as usize`.\n\
         pub static CODE_TABLE: &[CodeInfo] = &[\n{table}];\n\n\
         /// One constructor per code, named after it, taking the arguments its templates name.\n\
         // Codes that only rule rows raise (their code is data) build their findings generically, so\n\
         // not every constructor has a caller.\n\
         #[allow(clippy::too_many_arguments, dead_code)]\n\
         impl Finding {{\n{constructors}}}\n"
    )
}

fn str_list(v: &Value, ctx: &str) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("{ctx}: expected a list"))
        .iter()
        .map(|s| {
            s.as_str()
                .unwrap_or_else(|| panic!("{ctx}: expected strings"))
                .to_string()
        })
        .collect()
}

fn s<'a>(v: &'a Value, key: &str, ctx: &str) -> &'a str {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{ctx}: missing string {key}"))
}

fn rust_str_slice(items: &[String]) -> String {
    let mut out = String::from("&[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write!(out, "{item:?}").unwrap();
    }
    out.push(']');
    out
}

/// Maps the suffix spellings used in rule data (".com", ".中国", ".gov.cn", ".中文域名") to the
/// lower-case A-label form the engine compares on. `*idn` stands for "any internationalised TLD".
struct SuffixSpelling {
    unicode_to_ascii: BTreeMap<String, String>,
}

impl SuffixSpelling {
    fn to_ascii(&self, spelled: &str, ctx: &str) -> String {
        let bare = spelled.trim().trim_start_matches('.').to_lowercase();
        if bare == "中文域名" {
            return "*idn".to_string();
        }
        bare.split('.')
            .map(|label| {
                if label.is_ascii() {
                    label.to_string()
                } else {
                    self.unicode_to_ascii
                        .get(label)
                        .unwrap_or_else(|| {
                            panic!("{ctx}: no A-label known for suffix label {label:?}")
                        })
                        .clone()
                }
            })
            .collect::<Vec<_>>()
            .join(".")
    }
}

struct SubjectKinds {
    by_kind: BTreeSet<String>,
    by_alias: BTreeMap<String, String>,
}

impl SubjectKinds {
    fn variant(&self, kind: &str, ctx: &str) -> String {
        assert!(
            self.by_kind.contains(kind),
            "{ctx}: unknown subject kind {kind:?}"
        );
        format!("SubjectKind::{}", camel(kind))
    }
    fn variant_for_alias(&self, alias: &str, ctx: &str) -> String {
        let kind = self
            .by_alias
            .get(alias)
            .unwrap_or_else(|| panic!("{ctx}: unknown subject kind name {alias:?}"));
        self.variant(kind, ctx)
    }
}

/// One closed vocabulary as an enum: its wire words (`as_str`, `parse`, `ALL`, serialised as
/// the same words) and its names for people (`name`), so no second list can drift from the data.
fn gen_vocab_enum(
    doc: &str,
    name: &str,
    derives: &str,
    rows: &[(String, String, Option<String>)],
) -> String {
    let mut out = String::new();
    writeln!(out, "/// {doc}").unwrap();
    writeln!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, {derives}serde::Serialize)]\n#[serde(rename_all = \"snake_case\")]\npub enum {name} {{"
    )
    .unwrap();
    for (word, _, note) in rows {
        if let Some(note) = note {
            writeln!(out, "    /// {note}").unwrap();
        }
        // serde's snake_case of the variant must give the word back.
        assert!(
            word.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                && !word.starts_with('_')
                && !word.ends_with('_')
                && !word.contains("__"),
            "{name}: {word:?} is not snake_case"
        );
        writeln!(out, "    {},", camel(word)).unwrap();
    }
    out.push_str("}\n\n");
    writeln!(out, "impl {name} {{").unwrap();
    writeln!(out, "    pub const ALL: [{name}; {}] = [", rows.len()).unwrap();
    for (word, _, _) in rows {
        writeln!(out, "        {name}::{},", camel(word)).unwrap();
    }
    out.push_str("    ];\n\n");
    out.push_str("    pub fn as_str(self) -> &'static str {\n        match self {\n");
    for (word, _, _) in rows {
        writeln!(out, "            {name}::{} => {word:?},", camel(word)).unwrap();
    }
    out.push_str("        }\n    }\n\n");
    writeln!(
        out,
        "    pub fn parse(s: &str) -> Option<{name}> {{\n        {name}::ALL.into_iter().find(|k| k.as_str() == s)\n    }}\n"
    )
    .unwrap();
    out.push_str("    /// The name for people.\n    pub fn name(self) -> crate::texts::Text {\n        match self {\n");
    for (word, text, _) in rows {
        writeln!(out, "            {name}::{} => {text},", camel(word)).unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    out
}

fn gen_tables(out_dir: &str) -> String {
    let mut out = String::from(
        "// Generated by the generator (build/) from data/*.json. Do not edit by hand.\n\n",
    );

    // Subject kinds.
    let kinds_json = json("data/subject-kinds.json");
    let mut kinds = SubjectKinds {
        by_kind: BTreeSet::new(),
        by_alias: BTreeMap::new(),
    };
    let mut vocab_kinds = Vec::new();
    for k in kinds_json["kinds"].as_array().expect("kinds") {
        let kind = s(k, "kind", "subject-kinds").to_string();
        assert!(
            kinds.by_kind.insert(kind.clone()),
            "subject kind {kind} listed twice"
        );
        for alias in str_list(&k["aliases"], "subject-kinds aliases") {
            kinds.by_alias.insert(alias, kind.clone());
        }
        let name = texts::pair(s(k, "zh", "subject-kinds"), s(k, "en", "subject-kinds"));
        vocab_kinds.push((kind, name, None));
    }
    // Document types and content categories, from data/vocabulary.json.
    let vocabulary = json("data/vocabulary.json");
    let rows = |key: &str| -> Vec<(String, String, Option<String>)> {
        vocabulary[key]
            .as_array()
            .unwrap_or_else(|| panic!("vocabulary.json: {key}"))
            .iter()
            .map(|r| {
                (
                    s(r, "id", key).to_string(),
                    texts::pair(s(r, "zh", key), s(r, "en", key)),
                    r.get("note").and_then(Value::as_str).map(str::to_string),
                )
            })
            .collect()
    };
    let documents = rows("document_types");
    let personal = str_list(
        &json("data/application.json")["person_documents"],
        "person_documents",
    );
    for p in &personal {
        assert!(
            documents.iter().any(|(d, _, _)| d == p),
            "person_documents: {p} is not a document type of vocabulary.json"
        );
    }
    let mut vocab = gen_vocab_enum(
        "Subject kinds (主办单位性质), in the order of `data/subject-kinds.json`.",
        "SubjectKind",
        "Hash, serde::Deserialize, ",
        &vocab_kinds,
    );
    vocab.push('\n');
    vocab.push_str(&gen_vocab_enum(
        "Identity and registration documents (证件类型), in the order of `data/vocabulary.json`.",
        "DocumentType",
        "",
        &documents,
    ));
    writeln!(
        vocab,
        "\nimpl DocumentType {{\n    /// Documents that identify a person (`data/application.json`, `person_documents`).\n    pub fn is_personal(self) -> bool {{\n        matches!(self, {})\n    }}\n}}\n",
        personal
            .iter()
            .map(|p| format!("DocumentType::{}", camel(p)))
            .collect::<Vec<_>>()
            .join(" | ")
    )
    .unwrap();
    vocab.push_str(&gen_vocab_enum(
        "Website content categories (网站服务内容 / 前置审批类别), in the order of `data/vocabulary.json`.",
        "Content",
        "",
        &rows("content"),
    ));
    std::fs::write(Path::new(out_dir).join("vocab.rs"), vocab).expect("write vocab.rs");

    // Provinces.
    let provinces = json("data/provinces.json");
    let mut province_codes = BTreeSet::new();
    out.push_str("pub static PROVINCES: &[ProvinceInfo] = &[\n");
    // Province names are kept as written too: the engines look for them in what a user typed
    // (a mobile's home province, the province at the head of an address).
    for p in provinces["provinces"].as_array().expect("provinces") {
        let code = s(p, "code", "provinces");
        province_codes.insert(code.to_string());
        writeln!(
            out,
            "    ProvinceInfo {{ code: {code:?}, name: {}, zh: {:?}, en: {:?}, abbr: {:?} }},",
            texts::pair(s(p, "zh", "provinces"), s(p, "en", "provinces")),
            s(p, "zh", "provinces"),
            s(p, "en", "provinces"),
            s(p, "abbr", "provinces")
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    assert_eq!(
        province_codes.len(),
        31,
        "provinces.json must list the 31 mainland provinces"
    );

    // Approved suffixes.
    let tlds = json("data/approved-tlds.json");
    // A source link shows the page itself where the research found a copy of it.
    let copies = json("data/domain-policy.json")["primary_sources"]["copies"].clone();
    let primary = |url: &str| -> String {
        copies
            .get(url)
            .and_then(Value::as_str)
            .unwrap_or(url)
            .to_string()
    };
    let mut spelling = SuffixSpelling {
        unicode_to_ascii: BTreeMap::new(),
    };
    let mut suffixes: BTreeMap<String, (String, String, String)> = BTreeMap::new();
    for (list, ctx) in [
        (&tlds["suffixes"], "suffixes"),
        (&tlds["cn_second_level"], "cn_second_level"),
    ] {
        for e in list.as_array().expect(ctx) {
            let ascii = s(e, "suffix", ctx).to_ascii_lowercase();
            assert!(
                ascii.is_ascii() && !ascii.is_empty(),
                "{ctx}: suffix {ascii:?} must be an A-label"
            );
            let unicode = e
                .get("unicode")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            if !unicode.is_empty() && !unicode.contains('.') {
                spelling
                    .unicode_to_ascii
                    .insert(unicode.clone(), ascii.clone());
            }
            let kind = s(e, "kind", ctx).to_string();
            let source = str_list(&e["sources"], ctx)
                .into_iter()
                .next()
                .map(|u| primary(&u))
                .unwrap_or_default();
            assert!(
                suffixes
                    .insert(ascii.clone(), (unicode, kind, source))
                    .is_none(),
                "{ctx}: {ascii} twice"
            );
        }
    }
    // Zones a registry runs under an approved suffix (the PSL's ICANN section): suffixes too, so
    // `com.co` is never taken for a domain to file.
    let zones = json("data/registry-zones.json");
    for z in zones["zones"].as_array().expect("registry zones") {
        let zone = s(z, "zone", "registry zones").to_string();
        let parent = s(z, "parent", "registry zones");
        assert!(
            suffixes.contains_key(parent) && zone.ends_with(&format!(".{parent}")),
            "registry zone {zone}: {parent} is not an approved suffix"
        );
        let unicode = s(z, "unicode", "registry zones");
        let unicode = if unicode == zone { "" } else { unicode };
        suffixes.entry(zone).or_insert_with(|| {
            (
                unicode.to_string(),
                "registry_zone".to_string(),
                String::new(),
            )
        });
    }
    // Unicode forms of second-level zones such as 政务.cn: derive from their labels.
    let second_level_unicode: Vec<(String, String)> = suffixes
        .iter()
        .filter(|(a, (u, _, _))| {
            a.contains('.') && u.is_empty() && a.split('.').any(|l| l.starts_with("xn--"))
        })
        .map(|(a, _)| {
            let u = a
                .split('.')
                .map(|l| {
                    spelling
                        .unicode_to_ascii
                        .iter()
                        .find(|(_, v)| v.as_str() == l)
                        .map(|(k, _)| k.clone())
                        .unwrap_or_else(|| l.to_string())
                })
                .collect::<Vec<_>>()
                .join(".");
            (a.clone(), u)
        })
        .collect();
    for (a, u) in second_level_unicode {
        suffixes.get_mut(&a).unwrap().0 = u;
    }
    writeln!(
        out,
        "pub static SUFFIX_LIST_AS_OF: &str = {:?};",
        s(&tlds, "as_of", "approved-tlds")
    )
    .unwrap();
    writeln!(
        out,
        "pub static SUFFIX_LIST_SOURCE: crate::texts::Text = {};",
        texts::neutral(&primary(
            &str_list(&tlds["source"], "approved-tlds source")[0]
        ))
    )
    .unwrap();
    out.push_str(
        "/// Sorted by `ascii`, for binary search.\npub static SUFFIXES: &[SuffixEntry] = &[\n",
    );
    // Each row's kind and source stay in the data file (DATA.md); the engine reads neither, so
    // the compiled table carries only the two forms of the name.
    for (ascii, (unicode, _kind, _source)) in &suffixes {
        let unicode = if unicode.is_empty() { ascii } else { unicode };
        writeln!(
            out,
            "    SuffixEntry {{ ascii: {ascii:?}, unicode: {unicode:?} }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Restricted suffixes.
    let suffix_date = s(&tlds, "as_of", "approved-tlds").to_string();
    out.push_str("pub static RESTRICTED_SUFFIXES: &[RestrictedSuffix] = &[\n");
    for r in tlds["restricted"].as_array().expect("restricted") {
        let suffix = s(r, "suffix", "restricted").to_ascii_lowercase();
        assert!(
            suffixes.contains_key(&suffix),
            "restricted suffix {suffix} is not an approved suffix"
        );
        let kinds_list: Vec<String> = str_list(&r["subject_kinds"], "restricted subject_kinds")
            .iter()
            .map(|k| kinds.variant(k, "restricted"))
            .collect();
        let severity = r.get("severity").and_then(Value::as_str).unwrap_or("error");
        let source = texts::neutral(
            &str_list(&r["source"], "restricted source")
                .into_iter()
                .next()
                .unwrap_or_default(),
        );
        writeln!(
            out,
            "    RestrictedSuffix {{ suffix: {suffix:?}, subject_kinds: &[{}], severity: {}, source: {source}, as_of: {suffix_date:?}, sub_names_fileable: {} }},",
            kinds_list.join(", "),
            severity_variant(severity, "restricted"),
            r.get("note").and_then(Value::as_str).is_some_and(|n| n.contains("deeper names under gov.cn are fileable"))
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Source dates and rules.
    let dates = json("data/source-dates.json");
    let prov = json("data/province-rules.json");
    let date_of = |key: &str, ctx: &str| -> String {
        let d = dates["dates"].get(key).unwrap_or_else(|| {
            panic!("{ctx}: source key {key:?} has no date in data/source-dates.json")
        });
        let date = s(d, "date", ctx).to_string();
        assert!(is_date(&date), "{ctx}: bad date {date}");
        date
    };
    for key in prov["sources"].as_object().expect("sources").keys() {
        date_of(key, "province-rules.json sources");
    }

    let mut rows: Vec<(Option<String>, Value)> = prov["baseline"]
        .as_array()
        .expect("baseline")
        .iter()
        .map(|r| (None, r.clone()))
        .collect();
    for (name, p) in prov["provinces"].as_object().expect("provinces") {
        let code = s(p, "code", name).to_string();
        assert!(
            province_codes.contains(&code),
            "province {name}: unknown code {code}"
        );
        for r in p["rules"].as_array().expect("rules") {
            rows.push((Some(code.clone()), r.clone()));
        }
    }
    let app = json("data/application.json");
    for r in app["extra_baseline_rules"]
        .as_array()
        .expect("extra_baseline_rules")
    {
        rows.push((None, r.clone()));
    }
    let policy = json("data/domain-policy.json");
    for r in policy["extra_rules"].as_array().expect("extra_rules") {
        rows.push((
            r.get("province")
                .and_then(Value::as_str)
                .map(str::to_string),
            r.clone(),
        ));
    }

    // Rows providers' guides state and the research lacks; where they disagree with a research
    // row, that row is softened (`softened`) or narrowed to the subject kinds it binds (`exempt`).
    let provider = json("data/province-provider.json");
    for r in provider["rules"]
        .as_array()
        .expect("province-provider rules")
    {
        let province = r
            .get("province")
            .and_then(Value::as_str)
            .map(str::to_string);
        if let Some(code) = &province {
            assert!(
                province_codes.contains(code),
                "province-provider: unknown province {code}"
            );
        }
        rows.push((province, r.clone()));
    }
    let mut exempt: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in provider["exempt"].as_array().expect("exempt") {
        let id = s(e, "id", "exempt");
        assert!(!s(e, "why", id).is_empty() && !s(e, "source", id).is_empty());
        exempt.insert(id.to_string(), str_list(&e["kinds"], id));
    }

    let mut overrides: BTreeMap<String, String> = BTreeMap::new();
    for o in provider["softened"].as_array().expect("softened") {
        let id = s(o, "id", "softened");
        assert!(!s(o, "why", id).is_empty() && !s(o, "source", id).is_empty());
        overrides.insert(id.to_string(), s(o, "severity", id).to_string());
    }
    for o in policy["severity_overrides"]
        .as_array()
        .expect("severity_overrides")
    {
        assert!(!s(o, "why", "severity_overrides").is_empty());
        overrides.insert(
            s(o, "rule", "severity_overrides").to_string(),
            s(o, "severity", "severity_overrides").to_string(),
        );
    }
    let materials: BTreeSet<String> = app["materials"]["items"]
        .as_array()
        .expect("materials items")
        .iter()
        .map(|m| s(m, "id", "materials").to_string())
        .collect();
    let engine = province::Engine::new(json("data/province-engine.json"), materials);
    // Whose rule an advisory row states: the province's bureau (河北管局), or the baseline's.
    let bureau = |code: Option<&str>| -> String {
        let Some(code) = code else {
            return texts::pair("全国", "the national baseline");
        };
        let p = provinces["provinces"]
            .as_array()
            .expect("provinces")
            .iter()
            .find(|p| s(p, "code", "provinces") == code)
            .unwrap_or_else(|| panic!("unknown province {code}"));
        texts::pair(
            &format!("{}管局", s(p, "zh", "provinces")),
            s(p, "en", "provinces"),
        )
    };
    // The baseline first, then each province's rows together, in the order the files give them:
    // the selector reads one province as one slice (`RULE_RANGES`) instead of scanning the table.
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut ranges: Vec<(Option<String>, usize, usize)> = Vec::new();
    for (i, (province, _)) in rows.iter().enumerate() {
        match ranges.last_mut() {
            Some((p, _, end)) if p == province => *end = i + 1,
            _ => ranges.push((province.clone(), i, i + 1)),
        }
    }
    let mut texts = String::from("pub static RULE_TEXTS: &[RuleText] = &[\n");
    out.push_str("pub static RULES: &[Rule] = &[\n");
    let mut ids = BTreeSet::new();
    for (province, r) in &rows {
        let id = s(r, "id", "rule");
        assert!(ids.insert(id.to_string()), "rule id {id} twice");
        let kind = s(r, "kind", id);
        let value = &r["value"];
        let kind_code = match kind {
            "tld_allowlist" => {
                let allow: Vec<String> = str_list(value, id)
                    .iter()
                    .map(|x| spelling.to_ascii(x, id))
                    .collect();
                let deny: Vec<String> = r
                    .get("denylist")
                    .map(|d| {
                        str_list(d, id)
                            .iter()
                            .map(|x| spelling.to_ascii(x, id))
                            .collect()
                    })
                    .unwrap_or_default();
                format!(
                    "RuleKind::TldAllowlist {{ allow: {}, deny: {} }}",
                    rust_str_slice(&allow),
                    rust_str_slice(&deny)
                )
            }
            "tld_denylist" => {
                let deny: Vec<String> = str_list(value, id)
                    .iter()
                    .map(|x| spelling.to_ascii(x, id))
                    .collect();
                format!("RuleKind::TldDenylist({})", rust_str_slice(&deny))
            }
            "tld_allowlist_by_subject_type" => {
                let mut parts = Vec::new();
                for (alias, list) in value
                    .as_object()
                    .unwrap_or_else(|| panic!("{id}: expected an object"))
                {
                    let allowed: Vec<String> = str_list(list, id)
                        .iter()
                        .map(|x| spelling.to_ascii(x, id))
                        .collect();
                    parts.push(format!(
                        "({}, {})",
                        kinds.variant_for_alias(alias, id),
                        rust_str_slice(&allowed)
                    ));
                }
                format!("RuleKind::TldAllowlistBySubject(&[{}])", parts.join(", "))
            }
            "domain_label_forbidden_words" => format!(
                "RuleKind::LabelForbiddenWords({})",
                rust_str_slice(&str_list(value, id))
            ),
            "domain_min_remaining_days" => {
                format!(
                    "RuleKind::DomainMinRemainingDays({})",
                    value.as_u64().unwrap_or_else(|| panic!("{id}: days"))
                )
            }
            "max_domains_per_site" => {
                format!(
                    "RuleKind::MaxDomainsPerSite({})",
                    value.as_u64().unwrap_or_else(|| panic!("{id}: max"))
                )
            }
            "domain_owner_match" => match value.as_str() {
                Some("subject_only") => {
                    "RuleKind::DomainOwnerMatch(OwnerMatch::SubjectOnly)".to_string()
                }
                Some("subject_or_legal_rep") => {
                    "RuleKind::DomainOwnerMatch(OwnerMatch::SubjectOrLegalRep)".to_string()
                }
                other => panic!("{id}: unknown domain_owner_match {other:?}"),
            },
            "domestic_registrar_only" => "RuleKind::DomesticRegistrarOnly".to_string(),
            "id_min_remaining_days" => {
                format!(
                    "RuleKind::IdMinRemainingDays({})",
                    value.as_u64().unwrap_or_else(|| panic!("{id}: days"))
                )
            }
            "cross_province_org" => "RuleKind::CrossProvinceOrg".to_string(),
            "max_sites_total" => format!(
                "RuleKind::MaxSitesTotal({})",
                value.as_u64().unwrap_or_else(|| panic!("{id}: max"))
            ),
            _ if engine.is_not_evaluated(id) => "RuleKind::NotEvaluated".to_string(),
            _ => engine.kind_code(kind, r, id, &kinds, &bureau(province.as_deref())).unwrap_or_else(|| {
                panic!("{id}: rule kind {kind:?} is neither evaluated nor listed in province-engine.json")
            }),
        };
        let applies_to = match (s(r, "applies_to", id), exempt.remove(id)) {
            ("entity", Some(kinds_out)) => {
                let v: Vec<String> = kinds_out.iter().map(|k| kinds.variant(k, id)).collect();
                format!("AppliesTo::EntityExcept(&[{}])", v.join(", "))
            }
            (_, Some(_)) => panic!("{id}: only entity rows take exemptions"),
            ("all", None) => "AppliesTo::All".to_string(),
            ("entity", None) => "AppliesTo::Entity".to_string(),
            ("personal", None) => "AppliesTo::Personal".to_string(),
            (other, None) => panic!("{id}: unknown applies_to {other}"),
        };
        let confidence = match s(r, "confidence", id) {
            "high" => "Confidence::High",
            "medium" => "Confidence::Medium",
            "low" => "Confidence::Low",
            other => panic!("{id}: unknown confidence {other}"),
        };
        let as_of = date_of(s(r, "source_key", id), id);
        // The rule's own wording stays out of the `.wasm` (the engines render the code's
        // message with the rule's values); the native crate lists it (`icp-precheck rules`).
        let how = if engine.is_not_evaluated(id) {
            "listed"
        } else if engine.is_advisory(kind) {
            "advisory"
        } else {
            "checked"
        };
        writeln!(
            texts,
            "    RuleText {{ id: {id:?}, kind: {kind:?}, how: {how:?}, text: {}, conflicts: {:?} }},",
            texts::native_pair(&legal_rep_words(s(r, "note_zh", id)), s(r, "summary_en", id)),
            r.get("conflicts").and_then(Value::as_str),
        )
        .unwrap();
        writeln!(
            out,
            "    Rule {{ id: {id:?}, province: {:?}, applies_to: {applies_to}, kind: {kind_code}, severity: {}, confidence: {confidence}, source: {}, as_of: {as_of:?} }},",
            province.as_deref(),
            severity_variant(overrides.remove(id).as_deref().unwrap_or(s(r, "severity", id)), id),
            texts::neutral(s(r, "source", id)),
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Where each province's rows are in `RULES` (`None`: the baseline), by province code.\n",
    );
    out.push_str("pub static RULE_RANGES: &[(Option<&str>, usize, usize)] = &[\n");
    for (province, start, end) in &ranges {
        writeln!(out, "    ({:?}, {start}, {end}),", province.as_deref()).unwrap();
    }
    out.push_str("];\n\n");
    texts.push_str("];\n");
    std::fs::write(Path::new(out_dir).join("rule_texts.rs"), texts).expect("write rule_texts.rs");
    assert!(
        overrides.is_empty(),
        "severity_overrides or softened name unknown rules: {overrides:?}"
    );
    assert!(exempt.is_empty(), "exempt names unknown rules: {exempt:?}");

    // EPP statuses.
    let epp = &policy["epp_statuses"];
    writeln!(
        out,
        "pub static EPP_STATUS_SOURCE: crate::texts::Text = {};",
        texts::neutral(s(epp, "source", "epp"))
    )
    .unwrap();
    writeln!(
        out,
        "pub static EPP_STATUS_AS_OF: &str = {:?};",
        s(epp, "as_of", "epp")
    )
    .unwrap();
    out.push_str("pub static EPP_STATUSES: &[EppStatus] = &[\n");
    for st in epp["statuses"].as_array().expect("statuses") {
        writeln!(
            out,
            "    EppStatus {{ status: {:?}, severity: {}, meaning: {} }},",
            s(st, "status", "epp"),
            severity_variant(s(st, "severity", "epp"), "epp"),
            texts::pair(s(st, "zh", "epp"), s(st, "en", "epp"))
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    let cnnic = &policy["cnnic_labels"];
    writeln!(
        out,
        "pub static CNNIC_LABELS: CnnicLabels = CnnicLabels {{ suffixes: {}, han_required: {}, source: {}, as_of: {:?} }};",
        rust_str_slice(&str_list(&cnnic["suffixes"], "cnnic_labels")),
        rust_str_slice(&str_list(&cnnic["han_required"], "cnnic_labels")),
        texts::neutral(s(cnnic, "source", "cnnic_labels")),
        s(cnnic, "as_of", "cnnic_labels")
    )
    .unwrap();
    let max_chars = policy["max_input_chars"]["value"]
        .as_u64()
        .expect("max_input_chars");
    writeln!(
        out,
        "pub const MAX_DOMAIN_INPUT_CHARS: usize = {max_chars};"
    )
    .unwrap();
    let sync = policy["realname_sync_working_days"]["value"]
        .as_u64()
        .expect("sync days");
    writeln!(out, "pub const REALNAME_SYNC_WORKING_DAYS: u32 = {sync};").unwrap();
    writeln!(
        out,
        "pub static REALNAME_SYNC_SOURCE: crate::texts::Text = {};\npub static REALNAME_SYNC_AS_OF: &str = {:?};",
        texts::neutral(s(&policy["realname_sync_working_days"], "source", "sync")),
        s(&policy["realname_sync_working_days"], "as_of", "sync")
    )
    .unwrap();
    out.push_str("/// Zones that count as their family's suffix (政务.cn with .政务).\npub static SUFFIX_FAMILIES: &[(&str, &[&str])] = &[\n");
    for (family, members) in policy["suffix_families"]["families"]
        .as_object()
        .expect("suffix_families")
    {
        let members = str_list(members, "suffix_families");
        for m in &members {
            assert!(
                suffixes.contains_key(m),
                "suffix family member {m} is not an approved suffix"
            );
        }
        writeln!(out, "    ({family:?}, {}),", rust_str_slice(&members)).unwrap();
    }
    out.push_str("];\n");
    gen_field_tables(&mut out, &kinds);
    gen_application_tables(&mut out, &kinds, &app);
    out
}

/// Word lists, code categories and number segments of the field checkers (`data/fields.json`).
fn gen_field_tables(out: &mut String, kinds: &SubjectKinds) {
    let f = json("data/fields.json");
    let cats = &f["uscc_categories"];
    writeln!(
        out,
        "pub static USCC_CATEGORY_SOURCE: crate::texts::Text = {};",
        texts::neutral(s(cats, "source", "uscc"))
    )
    .unwrap();
    writeln!(
        out,
        "pub static USCC_CATEGORY_AS_OF: &str = {:?};",
        s(cats, "as_of", "uscc")
    )
    .unwrap();
    out.push_str("pub static USCC_CATEGORIES: &[UsccCategory] = &[\n");
    for row in cats["rows"].as_array().expect("uscc rows") {
        let prefix = s(row, "prefix", "uscc");
        assert!(prefix.len() == 2, "uscc prefix {prefix}");
        let ks: Vec<String> = str_list(&row["kinds"], "uscc kinds")
            .iter()
            .map(|k| kinds.variant(k, "uscc"))
            .collect();
        writeln!(
            out,
            "    UsccCategory {{ prefix: {prefix:?}, name: {}, kinds: &[{}] }},",
            texts::pair(s(row, "zh", "uscc"), s(row, "en", "uscc")),
            ks.join(", ")
        )
        .unwrap();
    }
    out.push_str("];\n");

    let m = &f["mobile_segments"];
    // Sorted longest prefix first, so the first match is the most specific row.
    let mut segs: Vec<(String, String, String)> = Vec::new();
    for row in m["segments"].as_array().expect("mobile segments") {
        let prefix = s(row, "prefix", "mobile segment").to_string();
        assert!(
            (3..=5).contains(&prefix.len())
                && prefix.starts_with('1')
                && prefix.bytes().all(|b| b.is_ascii_digit()),
            "segment {prefix}"
        );
        let kind = match s(row, "kind", "mobile segment") {
            "personal" => "Personal",
            "data_only" => "DataOnly",
            "iot" => "Iot",
            "satellite" => "Satellite",
            k => panic!("segment {prefix}: kind {k:?}"),
        };
        let severity = match row
            .get("severity")
            .and_then(Value::as_str)
            .unwrap_or("error")
        {
            "error" => "Error",
            "warning" => "Warning",
            v => panic!("segment {prefix}: severity {v:?}"),
        };
        assert!(
            !segs.iter().any(|(p, _, _)| *p == prefix),
            "segment {prefix} twice"
        );
        segs.push((prefix, kind.to_string(), severity.to_string()));
    }
    segs.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    out.push_str("pub static MOBILE_SEGMENTS: &[MobileSegment] = &[\n");
    for (prefix, kind, severity) in &segs {
        writeln!(
            out,
            "    MobileSegment {{ prefix: {prefix:?}, kind: SegmentKind::{kind}, severity: Severity::{severity} }},"
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "pub static MOBILE_SEGMENT_SOURCE: crate::texts::Text = {};",
        texts::neutral(s(m, "source", "mobile"))
    )
    .unwrap();
    writeln!(
        out,
        "pub static MOBILE_SEGMENT_AS_OF: &str = {:?};",
        s(m, "as_of", "mobile")
    )
    .unwrap();

    let a = json("data/area-codes.json");
    writeln!(
        out,
        "pub static AREA_CODE_SOURCE: crate::texts::Text = {};\npub static AREA_CODE_AS_OF: &str = {:?};",
        texts::neutral(s(&a, "source", "area codes")),
        s(&a, "as_of", "area codes")
    )
    .unwrap();
    // One string instead of a table of rows: seven characters a code (the code padded to four,
    // then its lengths as a digit: bit 0 seven digits, bit 1 eight, then the code of the
    // province its place starts with, `00` where the place names none). A row of pointers per
    // code, with the place names as texts, cost the module 4 KB gzip; the places stay in the
    // data file.
    let provinces = json("data/provinces.json");
    let province_names: Vec<(&str, &str)> = provinces["provinces"]
        .as_array()
        .expect("provinces")
        .iter()
        .map(|p| (s(p, "zh", "provinces"), s(p, "code", "provinces")))
        .collect();
    let mut rows = String::new();
    let mut last = String::new();
    let mut places = BTreeSet::new();
    for row in a["rows"].as_array().expect("area code rows") {
        for place in place_names(s(row, "zh", "area code"), &province_names) {
            places.insert(place);
        }
        let code = s(row, "code", "area code");
        assert!(
            (3..=4).contains(&code.len())
                && code.starts_with('0')
                && !code[1..].starts_with('0')
                && code.bytes().all(|b| b.is_ascii_digit())
                && *code > *last.as_str(),
            "area code {code}: 0 and two or three digits, sorted, once"
        );
        assert!(
            !s(row, "zh", "area code").is_empty() && !s(row, "en", "area code").is_empty(),
            "area code {code}: its place in zh and en"
        );
        last = code.to_string();
        let mut mask = 0u8;
        for l in row["lengths"].as_array().expect("lengths") {
            mask |= match l.as_u64() {
                Some(7) => 1,
                Some(8) => 2,
                other => panic!("area code {code}: length {other:?}"),
            };
        }
        assert!(mask != 0, "area code {code}: no length");
        let place = s(row, "zh", "area code");
        let named: Vec<&str> = province_names
            .iter()
            .filter(|(zh, _)| place.starts_with(zh))
            .map(|(_, c)| *c)
            .collect();
        assert!(
            named.len() <= 1,
            "area code {code}: {place} starts with two province names"
        );
        let province = named.first().copied().unwrap_or("00");
        write!(rows, "{code:<4}{mask}{province}").unwrap();
    }
    writeln!(
        out,
        "/// Sorted by code.\npub static AREA_CODE_ROWS: &str = {rows:?};"
    )
    .unwrap();
    // Longest first, so a name inside a longer one (none today) is not found in its place.
    let mut places: Vec<String> = places.into_iter().collect();
    places.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    // One string, the names separated by `|`: a table of string slices would cost eight bytes a
    // name in the module besides the names themselves.
    assert!(places.iter().all(|p| !p.contains('|')));
    writeln!(
        out,
        "/// The prefecture-level places of the area-code table, by their short names (沈阳, 延边),\n/// longest first, separated by `|`.\npub static PLACE_NAMES: &str = {:?};",
        places.join("|")
    )
    .unwrap();

    let n = &f["site_names"];
    writeln!(
        out,
        "pub const SITE_NAME_MIN_CHARS: usize = {};",
        n["min_chars"].as_u64().expect("min_chars")
    )
    .unwrap();
    writeln!(
        out,
        "pub static SITE_NAME_ALLOWED_SYMBOLS: &str = {:?};",
        s(n, "allowed_symbols", "site_names")
    )
    .unwrap();
    writeln!(
        out,
        "pub static SITE_NAME_SOURCE: crate::texts::Text = {};",
        texts::neutral(s(n, "source", "site_names"))
    )
    .unwrap();
    writeln!(
        out,
        "pub static SITE_NAME_AS_OF: &str = {:?};",
        s(n, "as_of", "site_names")
    )
    .unwrap();
    for (key, name) in [
        ("national_words", "NATIONAL_WORDS"),
        ("personal_forbidden", "PERSONAL_FORBIDDEN_WORDS"),
        ("sensitive", "SENSITIVE_WORDS"),
        ("finance_keywords", "FINANCE_KEYWORDS"),
    ] {
        let t = &n[key];
        writeln!(
            out,
            "pub static {name}: WordList = WordList {{ words: {}, source: {}, as_of: {:?} }};",
            rust_str_slice(&str_list(&t["words"], key)),
            texts::neutral(s(t, "source", key)),
            s(t, "as_of", key)
        )
        .unwrap();
    }
    // Words that imply a licensed category (`src/validate/licensed.rs`).
    let l = &n["licensed"];
    out.push_str("pub static LICENSED_WORDS: &[LicensedWords] = &[\n");
    for c in l["categories"].as_array().expect("licensed categories") {
        writeln!(
            out,
            "    LicensedWords {{ content: Content::{}, words: {}, labels: {} }},",
            camel(s(c, "content", "licensed")),
            rust_str_slice(&str_list(&c["words"], "licensed")),
            rust_str_slice(&str_list(&c["labels"], "licensed"))
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "pub static LICENSED_SOURCE: crate::texts::Text = {};\npub static LICENSED_AS_OF: &str = {:?};",
        texts::neutral(s(l, "source", "licensed")),
        s(l, "as_of", "licensed")
    )
    .unwrap();
    let a = &f["address"];
    writeln!(
        out,
        "pub static ADDRESS_RULE: AddressRule = AddressRule {{ house_number_markers: {}, remark_explains: {}, source: {}, as_of: {:?} }};",
        rust_str_slice(&str_list(&a["house_number_markers"], "address")),
        rust_str_slice(&str_list(&a["remark_explains"], "address")),
        texts::neutral(s(a, "source", "address")),
        s(a, "as_of", "address")
    )
    .unwrap();
}

/// Documents per subject kind and the pre-approval table (`data/application.json`).
fn gen_application_tables(out: &mut String, kinds: &SubjectKinds, app: &Value) {
    let doc_variant = |d: &str| -> String {
        const DOCS: &[&str] = &[
            "resident_id",
            "temporary_resident_id",
            "hmt_residence_permit",
            "passport",
            "hk_mo_permit",
            "tw_permit",
            "foreign_permanent_id",
            "uscc",
            "org_code",
            "business_registration",
            "military_code",
            "other",
        ];
        assert!(DOCS.contains(&d), "unknown document type {d}");
        format!("DocumentType::{}", camel(d))
    };
    let d = &app["documents_by_subject"];
    writeln!(
        out,
        "pub static DOCUMENTS_SOURCE: crate::texts::Text = {};",
        texts::neutral(s(d, "source", "documents"))
    )
    .unwrap();
    writeln!(
        out,
        "pub static DOCUMENTS_AS_OF: &str = {:?};",
        s(d, "as_of", "documents")
    )
    .unwrap();
    out.push_str("pub static DOCUMENTS_BY_SUBJECT: &[(SubjectKind, &[DocumentType])] = &[\n");
    let map = d["kinds"].as_object().expect("documents kinds");
    for k in &kinds.by_kind {
        let docs = map
            .get(k.as_str())
            .unwrap_or_else(|| panic!("documents_by_subject lacks {k}"));
        let list: Vec<String> = str_list(docs, "documents")
            .iter()
            .map(|x| doc_variant(x))
            .collect();
        writeln!(
            out,
            "    ({}, &[{}]),",
            kinds.variant(k, "documents"),
            list.join(", ")
        )
        .unwrap();
    }
    out.push_str("];\n");
    let person: Vec<String> = str_list(&app["person_documents"], "person_documents")
        .iter()
        .map(|x| doc_variant(x))
        .collect();
    writeln!(
        out,
        "pub static PERSON_DOCUMENTS: &[DocumentType] = &[{}];",
        person.join(", ")
    )
    .unwrap();

    let p = &app["preapprovals"];
    writeln!(
        out,
        "pub static PREAPPROVAL_SOURCE: crate::texts::Text = {};",
        texts::neutral(s(p, "source", "preapprovals"))
    )
    .unwrap();
    writeln!(
        out,
        "pub static PREAPPROVAL_AS_OF: &str = {:?};",
        s(p, "as_of", "preapprovals")
    )
    .unwrap();
    out.push_str("pub static PREAPPROVALS: &[PreapprovalRule] = &[\n");
    for c in p["categories"].as_array().expect("categories") {
        let status = match s(c, "status", "preapprovals") {
            "required" => "true",
            "abolished" => "false",
            other => panic!("preapproval status {other}"),
        };
        writeln!(
            out,
            "    PreapprovalRule {{ content: Content::{}, required: {status}, licence: {} }},",
            camel(s(c, "content", "preapprovals")),
            texts::pair(s(c, "zh", "preapprovals"), s(c, "en", "preapprovals"))
        )
        .unwrap();
    }
    out.push_str("];\n");

    out.push_str("pub static MATERIALS: &[Material] = &[\n");
    let mut ids = std::collections::BTreeSet::new();
    for item in app["materials"]["items"]
        .as_array()
        .expect("materials items")
    {
        let id = s(item, "id", "materials");
        assert!(ids.insert(id.to_string()), "material {id} listed twice");
        writeln!(
            out,
            "    Material {{ id: {id:?}, name: {} }},",
            texts::pair(s(item, "zh", "materials"), s(item, "en", "materials"))
        )
        .unwrap();
    }
    out.push_str("];\n");
}

/// The research's notes say 法人 (a legal person) where they mean the legal representative
/// (法定代表人), the word the filing systems and the licences use: shown texts say what is meant.
pub fn legal_rep_words(zh: &str) -> String {
    zh.replace("法人", "法定代表人")
}

/// The places an area-code row names, by the short names people write: the province's name and
/// its 省 / 自治区 taken off the front, then the kind of place off the end (市, 地区, 县, and an
/// autonomous prefecture's peoples with 自治州: 延边朝鲜族自治州 → 延边). The provinces themselves
/// are a table of their own; "中国", where the table names no place, is none.
fn place_names(place: &str, provinces: &[(&str, &str)]) -> Vec<String> {
    const PEOPLES: &[&str] = &[
        "朝鲜族",
        "土家族",
        "布依族",
        "回族",
        "藏族",
        "彝族",
        "白族",
        "壮族",
        "苗族",
        "蒙古",
        "哈萨克",
        "柯尔克孜",
        "傣族",
        "景颇族",
        "傈僳族",
        "哈尼族",
        "羌族",
    ];
    let mut out = Vec::new();
    for part in place.split(['、', '/']) {
        let mut p = part.trim();
        if let Some((zh, _)) = provinces.iter().find(|(zh, _)| p.starts_with(zh)) {
            p = &p[zh.len()..];
        }
        for head in [
            "壮族自治区",
            "回族自治区",
            "维吾尔自治区",
            "自治区",
            "省",
            "市",
        ] {
            if let Some(rest) = p.strip_prefix(head) {
                p = rest;
                break;
            }
        }
        if let Some(at) = PEOPLES.iter().filter_map(|w| p.find(w)).min() {
            p = &p[..at];
        }
        for tail in ["自治州", "地区", "市", "县"] {
            if let Some(rest) = p.strip_suffix(tail) {
                p = rest;
                break;
            }
        }
        if p.chars().count() >= 2 && p != "中国" {
            out.push(p.to_string());
        }
    }
    out
}
