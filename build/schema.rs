//! The typed shape of every data file under `data/`.
//!
//! Each file has one root struct here, and every struct refuses a member it does not name
//! (`deny_unknown_fields`): a misspelt or new key is an error, not a silently unread value. What
//! a type cannot say (dates, unique ids, ids that must name a row of another file) is checked by
//! [`Data::validate`]. The generators and the `data_schema` test read the files through
//! [`load_all`] (or one file through [`load`]).
// Generators each read a part of these files and the test reads none of most members; the
// structs still name every member so that the files are wholly described.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Why a data file was refused: the file, and what serde or a check said of which member.
#[derive(Debug)]
pub struct Error {
    pub file: String,
    pub detail: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.detail)
    }
}

impl std::error::Error for Error {}

/// Parses the text of a data file named `file` (`.toml` as TOML, anything else as JSON).
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Error> {
    let fail = |detail: String| Error {
        file: file.to_string(),
        detail,
    };
    if file.ends_with(".toml") {
        toml::from_str(text).map_err(|e| fail(e.to_string()))
    } else {
        serde_json::from_str(text).map_err(|e| fail(e.to_string()))
    }
}

/// Reads and parses one data file.
pub fn load<T: DeserializeOwned>(path: &Path) -> Result<T, Error> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Error {
        file: file.clone(),
        detail: e.to_string(),
    })?;
    parse(&file, &text)
}

/// Every data file, typed. Field names follow the file names.
pub struct Data {
    pub codes: CodesFile,
    pub subject_kinds: SubjectKindsFile,
    pub provinces: ProvincesFile,
    pub source_dates: SourceDatesFile,
    pub province_rules: ProvinceRulesFile,
    pub province_engine: ProvinceEngineFile,
    pub province_provider: ProvinceProviderFile,
    pub application: ApplicationFile,
    pub approved_tlds: ApprovedTldsFile,
    pub registry_zones: RegistryZonesFile,
    pub area_codes: AreaCodesFile,
    pub domain_policy: DomainPolicyFile,
    pub fields: FieldsFile,
    pub filing: FilingFile,
    pub operations: OperationsFile,
    pub baseline_rules: BaselineRulesFile,
    pub vocabulary: VocabularyFile,
}

/// `data/vocabulary.json`: the closed vocabularies of document types and content categories.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyFile {
    pub about: String,
    pub document_types: Vec<Term>,
    pub content: Vec<Term>,
}

/// One word of a closed vocabulary with its names for people.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The word the API takes (snake_case, never changed).
    pub id: String,
    pub zh: String,
    pub en: String,
    /// For reviewers: what the word covers, where that is not plain.
    pub note: Option<String>,
}

/// `data/baseline-rules.json`: the ids of the national rules that are tables, not rows.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineRulesFile {
    pub about: String,
    pub rules: Vec<BaselineRule>,
}

/// One national rule that a table states: its id, and the table its source and date come from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineRule {
    /// `BASE.…`, as a diagnostic's `rule` member names it.
    pub id: String,
    /// `file member.member`: the table whose source and date the rule cites.
    pub from: String,
    /// What it checks, for reviewers.
    pub checks: String,
}

/// The data files, relative to the crate root, in the order [`load_all`] reads them.
pub const FILES: &[&str] = &[
    "data/codes.toml",
    "data/subject-kinds.json",
    "data/provinces.json",
    "data/source-dates.json",
    "data/province-rules.json",
    "data/province-engine.json",
    "data/province-provider.json",
    "data/application.json",
    "data/approved-tlds.json",
    "data/registry-zones.json",
    "data/area-codes.json",
    "data/domain-policy.json",
    "data/fields.json",
    "data/filing.json",
    "data/operations.json",
    "data/baseline-rules.json",
    "data/vocabulary.json",
];

/// Loads every data file from the crate root `root`; stops at the first file refused.
pub fn load_all(root: &Path) -> Result<Data, Error> {
    fn at<T: DeserializeOwned>(root: &Path, name: &str) -> Result<T, Error> {
        let text = std::fs::read_to_string(root.join(name)).map_err(|e| Error {
            file: name.to_string(),
            detail: e.to_string(),
        })?;
        parse(name, &text)
    }
    Ok(Data {
        codes: at(root, FILES[0])?,
        subject_kinds: at(root, FILES[1])?,
        provinces: at(root, FILES[2])?,
        source_dates: at(root, FILES[3])?,
        province_rules: at(root, FILES[4])?,
        province_engine: at(root, FILES[5])?,
        province_provider: at(root, FILES[6])?,
        application: at(root, FILES[7])?,
        approved_tlds: at(root, FILES[8])?,
        registry_zones: at(root, FILES[9])?,
        area_codes: at(root, FILES[10])?,
        domain_policy: at(root, FILES[11])?,
        fields: at(root, FILES[12])?,
        filing: at(root, FILES[13])?,
        operations: at(root, FILES[14])?,
        baseline_rules: at(root, FILES[15])?,
        vocabulary: at(root, FILES[16])?,
    })
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary
// ---------------------------------------------------------------------------------------------

/// A calendar date written `YYYY-MM-DD` (month 01–12, day within the month).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct Date(pub String);

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        if is_date(&s) {
            Ok(Date(s))
        } else {
            Err(format!("{s:?} is not a date YYYY-MM-DD"))
        }
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// A JSON object read in file order, whose keys are unique: generators emit tables in the order
/// the data gives them, and a key written twice is refused rather than silently overwritten.
#[derive(Debug)]
pub struct Ordered<T>(pub Vec<(String, T)>);

impl<T> Ordered<T> {
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter().map(|(_, v)| v)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    /// Sets `key`, replacing its value where present (for tests that alter a loaded file).
    pub fn insert(&mut self, key: String, value: T) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }
}

impl<'a, T> IntoIterator for &'a Ordered<T> {
    type Item = (&'a String, &'a T);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, T)>,
        fn(&'a (String, T)) -> (&'a String, &'a T),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Ordered<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = Ordered<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(String, T)> = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, T>()? {
                    if out.iter().any(|(seen, _)| *seen == k) {
                        return Err(serde::de::Error::custom(format!("key {k:?} twice")));
                    }
                    out.push((k, v));
                }
                Ok(Ordered(out))
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}

/// How severe a finding is (the default of a code, or a rule row's own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// How far the sources behind a row agree and can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

/// Which subjects a rule row speaks of: every subject, organisations only, or individuals only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AppliesTo {
    All,
    Entity,
    Personal,
}

/// A Chinese text and its English, as the tables carry them in pairs `[zh, en]`.
#[derive(Debug, Clone, Deserialize)]
pub struct Pair(pub String, pub String);

// ---------------------------------------------------------------------------------------------
// data/codes.toml
// ---------------------------------------------------------------------------------------------

/// `data/codes.toml`: the diagnostic code registry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodesFile {
    /// One `[[code]]` table per code, in the order the registry lists them.
    pub code: Vec<CodeEntry>,
}

/// The engine that emits a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeEngine {
    Input,
    Domain,
    Fields,
    Application,
    Province,
    Classify,
}

/// One diagnostic code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeEntry {
    /// The stable public name (`SCREAMING_SNAKE`); never renamed or removed.
    pub code: String,
    /// The default severity; a rule row may raise or lower it.
    pub severity: Severity,
    /// The engine that emits the code.
    pub engine: CodeEngine,
    /// The Chinese message; `{name}` placeholders are the code's arguments.
    pub zh: String,
    /// The English message, with the same placeholders.
    pub en: String,
    /// What to do about it, in Chinese.
    pub hint_zh: String,
    /// What to do about it, in English.
    pub hint_en: String,
    /// Where the rule behind the code comes from.
    pub source: String,
    /// The date of that source.
    pub as_of: Date,
}

// ---------------------------------------------------------------------------------------------
// data/subject-kinds.json
// ---------------------------------------------------------------------------------------------

/// `data/subject-kinds.json`: the subject kinds of the spec (主办单位性质).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectKindsFile {
    /// Where the list comes from.
    pub source: String,
    pub as_of: Date,
    pub kinds: Vec<SubjectKind>,
}

/// One subject kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectKind {
    /// The spec's name (`personal`, `enterprise` …); every other file names kinds by it.
    pub kind: String,
    /// The filing systems' Chinese name.
    pub zh: String,
    /// The English name shown to people.
    pub en: String,
    /// The Chinese names rule data uses for the kind (事业单位 → institution).
    pub aliases: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// data/provinces.json
// ---------------------------------------------------------------------------------------------

/// `data/provinces.json`: the 31 mainland provincial divisions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvincesFile {
    pub source: String,
    pub as_of: Date,
    pub provinces: Vec<Province>,
}

/// One province.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Province {
    /// The two-digit GB/T 2260 code (`11` Beijing); the key every other file uses.
    pub code: String,
    /// The Chinese name, as `province-rules.json` keys its provinces.
    pub zh: String,
    pub en: String,
    /// The one-character abbreviation filing numbers start with (京, 粤 …).
    pub abbr: String,
}

// ---------------------------------------------------------------------------------------------
// data/source-dates.json
// ---------------------------------------------------------------------------------------------

/// `data/source-dates.json`: the date each source key of the rule rows speaks for.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDatesFile {
    pub note: String,
    pub as_of: Date,
    /// By source key (`JD`, `HWT` …).
    pub dates: Ordered<SourceDate>,
}

/// Whether a source's date is its own or an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Exact,
    Approx,
}

/// The date of one source key.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDate {
    pub date: Date,
    pub precision: Precision,
    /// How the date was arrived at; required for an `approx` date.
    pub why: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Rule rows (province-rules.json and the files that add rows in its schema)
// ---------------------------------------------------------------------------------------------

/// The `value` of a rule row; its shape depends on the row's `kind` (the research's
/// `schema_note` lists which).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RuleValue {
    /// A rule that holds or not (`phone_local: true`).
    Flag(bool),
    /// A number: days, years, a count.
    Number(u64),
    /// A word of the kind's own vocabulary (`reject`, `subject_only` …) or a text.
    Text(String),
    /// Suffixes, words or documents.
    List(Vec<String>),
    /// A rule with parts (`{min, proof_until, proof}`, `{when, doc}` …).
    Parts(Box<RuleParts>),
    /// Suffix lists by the Chinese name of a subject kind (`tld_allowlist_by_subject_type`).
    BySubject(Ordered<Vec<String>>),
}

/// The parts a structured rule value may carry; each kind uses a few.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleParts {
    /// The condition, in the research's words (`province-engine.json` maps it).
    pub when: Option<String>,
    /// The document or proof asked for, in the research's words.
    pub doc: Option<String>,
    /// The application members that must name the same person.
    pub fields: Option<Vec<String>>,
    /// A lower bound (an age); `null` where the row names none.
    pub min: Option<u64>,
    /// An upper bound (a count).
    pub max: Option<u64>,
    /// Below this age a proof is asked for.
    pub proof_until: Option<u64>,
    /// The proof asked for below `proof_until`.
    pub proof: Option<String>,
    /// Who is exempt from the age rule.
    pub except: Option<String>,
    /// Minimum age of the legal representative.
    pub legal_rep: Option<u64>,
    /// Below this age the legal representative needs a proof.
    pub legal_rep_proof_until: Option<u64>,
    /// Minimum age of the website leader.
    pub website_leader: Option<u64>,
    /// The ID-number prefix a local document starts with.
    pub prefix: Option<String>,
    /// What is asked for when the prefix does not match.
    #[serde(rename = "else")]
    pub otherwise: Option<String>,
    /// Pre-approval types asked for.
    pub types: Option<Vec<String>>,
    /// Who asks for them.
    pub by: Option<String>,
    /// An individual with more than this many filed websites is limited to `max`.
    pub personal_existing_gt: Option<u64>,
    /// An organisation with more than this many filed websites is limited to `max`.
    pub entity_existing_gt: Option<u64>,
    /// The remark's prescribed text.
    pub text: Option<String>,
    /// The content category the rule concerns.
    pub content: Option<String>,
}

/// Declares a rule-row struct: the members every row has, then the file's own.
macro_rules! rule_row {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// The rule id (`BASE.…`, `P44.…`), unique over every file; users see it.
            pub id: String,
            /// Which subjects the row speaks of.
            pub applies_to: AppliesTo,
            /// What the row asks; its `value` is read by this kind.
            pub kind: String,
            pub value: RuleValue,
            /// The research's wording in Chinese.
            pub note_zh: String,
            /// The research's summary in English.
            pub summary_en: String,
            /// The source's address or name.
            pub source: String,
            /// The source key; its date is in `source-dates.json`.
            pub source_key: String,
            pub severity: Severity,
            pub confidence: Confidence,
            $($(#[$fmeta])* pub $field: $ty,)*
        }
    };
}

rule_row! {
    /// A row of `province-rules.json`.
    RuleRow {
        /// The member of the application the row reads (`leader.mobile`, `domain.tld` …).
        field: String,
        /// Other sources that state the same rule.
        #[serde(default)]
        also_sources: Vec<String>,
        /// What another source says against it.
        conflicts: Option<String>,
        /// Suffixes refused even where `value` allows them (`tld_allowlist`).
        denylist: Option<Vec<String>>,
        /// The value an older source gives.
        alt_value: Option<String>,
        /// The residence proofs the bureau accepts, in the research's words.
        #[serde(default)]
        accepted_proofs: Vec<String>,
        /// The day the rule took effect.
        since: Option<Date>,
    }
}

rule_row! {
    /// A row of `province-provider.json`: a rule row with its province.
    ProviderRule {
        /// The province code; `null` for a national row.
        province: Option<String>,
        field: String,
        #[serde(default)]
        also_sources: Vec<String>,
        conflicts: Option<String>,
    }
}

rule_row! {
    /// A baseline row of `application.json` (`extra_baseline_rules`).
    ExtraRule {}
}

rule_row! {
    /// A row of `domain-policy.json` (`extra_rules`).
    PolicyRule {
        /// The province code.
        province: String,
        conflicts: String,
    }
}

// ---------------------------------------------------------------------------------------------
// data/province-rules.json
// ---------------------------------------------------------------------------------------------

/// `data/province-rules.json`: the national baseline and the provinces' rule rows (research).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceRulesFile {
    /// How the research produced the file.
    pub generated: String,
    /// The research's description of the `kind` vocabulary and its values.
    pub schema_note: String,
    /// By source key.
    pub sources: Ordered<RuleSource>,
    /// The `BASE.…` rows.
    pub baseline: Vec<RuleRow>,
    /// By the province's Chinese name.
    pub provinces: Ordered<ProvinceRules>,
}

/// A source the research read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSource {
    pub title: String,
    pub url: String,
}

/// One province's rows.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceRules {
    /// The province code; must agree with the Chinese name in `provinces.json`.
    pub code: String,
    pub rules: Vec<RuleRow>,
}

// ---------------------------------------------------------------------------------------------
// data/province-engine.json
// ---------------------------------------------------------------------------------------------

/// `data/province-engine.json`: how the research's words meet the application.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceEngineFile {
    pub note: String,
    pub as_of: Date,
    pub materials: EngineMaterials,
    pub age_proof: AgeProof,
    pub conditions: Conditions,
    /// The place names behind Beijing's 地名.
    pub place_names: PlaceNames,
    /// Jiangxi's address symbols.
    pub address_symbols: AddressSymbols,
    /// Tianjin's 华苑 districts.
    pub district_rule: DistrictRule,
    /// The sole-proprietor credit-code prefix.
    pub sole_proprietor: SoleProprietor,
    /// Kinds shown as advisories, since no field of the application can show them.
    pub advisory_kinds: NotedMap<String>,
    /// Rows listed but not evaluated, each with why.
    pub not_evaluated: NotedRows<String>,
    /// The emergency-contact remark.
    pub emergency_remark: EmergencyRemark,
    /// The English of every prescribed remark, by its Chinese text.
    pub remark_en: NotedTexts,
    /// Advisory rows shown in other words, by rule id.
    pub advisory_texts: NotedRows<AdvisoryText>,
}

/// The research's names of documents and proofs, mapped to materials.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EngineMaterials {
    pub note: String,
    /// By the research's Chinese name: the materials (ids of `application.json`) that satisfy
    /// it, any one of them; an entry `a+b` needs both.
    pub names: Ordered<Vec<String>>,
    /// Why some names map to more than one material.
    pub combined_note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeProof {
    pub note: String,
    /// The proof a young legal representative gives where the row names none (a key of
    /// `materials.names`).
    pub legal_rep_proof: String,
}

/// The research's `when` texts, mapped to conditions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    pub note: String,
    /// By Chinese name: the subject kinds it means.
    pub subject_kinds: Ordered<Vec<String>>,
    /// By the research's text (`websites>=30`): the count it bounds.
    pub counts: Ordered<CountCondition>,
    /// By Chinese name: the content category it means.
    pub content: Ordered<String>,
}

/// A condition on a count of the application.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountCondition {
    /// What is counted (`websites`, `domains` …).
    pub count: String,
    pub min: Option<u64>,
    pub max: Option<u64>,
    /// How the sources disagree on the bound.
    pub conflict: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceNames {
    pub note: String,
    pub source: String,
    pub words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressSymbols {
    pub note: String,
    /// The characters an address may not carry, as one string.
    pub symbols: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistrictRule {
    pub note: String,
    /// The word of an address that brings the rule in.
    pub trigger: String,
    /// The districts the address must then name one of.
    pub districts: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SoleProprietor {
    pub note: String,
    /// The first two characters of a sole proprietor's credit code (`92`).
    pub uscc_prefix: String,
}

/// A note and a table of the member `kinds`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotedMap<T> {
    pub note: String,
    /// By rule kind: why it is an advisory.
    pub kinds: Ordered<T>,
}

/// A note and a table of the member `rows`, by rule id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotedRows<T> {
    pub note: String,
    pub rows: Ordered<T>,
}

/// A note and a table of the member `texts`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotedTexts {
    pub note: String,
    /// By the remark's Chinese text: its English.
    pub texts: Ordered<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyRemark {
    pub note: String,
    /// The remark's words where the contact is not family.
    pub third_person: String,
    /// The remark's words where the contact is family.
    pub family_member: String,
}

/// An advisory row's wording in place of the research's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdvisoryText {
    pub zh: String,
    pub en: String,
    /// Why the research's wording is not shown.
    pub why: String,
}

// ---------------------------------------------------------------------------------------------
// data/province-provider.json
// ---------------------------------------------------------------------------------------------

/// `data/province-provider.json`: rows the providers' guides state and the research lacks.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceProviderFile {
    pub note: String,
    pub as_of: Date,
    pub rules: Vec<ProviderRule>,
    /// Research rows a newer provider page contradicts, shown at a lower severity.
    pub softened: Vec<Softened>,
    /// Subject kinds a province exempts from a row.
    pub exempt: Vec<Exempt>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Softened {
    /// The rule id softened.
    pub id: String,
    pub severity: Severity,
    pub source: String,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exempt {
    /// The rule id (an `entity` row).
    pub id: String,
    /// The subject kinds exempt from it.
    pub kinds: Vec<String>,
    pub source: String,
    pub why: String,
}

// ---------------------------------------------------------------------------------------------
// data/application.json
// ---------------------------------------------------------------------------------------------

/// `data/application.json`: national tables of the whole-application validator.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationFile {
    pub note: String,
    pub as_of: Date,
    pub documents_by_subject: DocumentsBySubject,
    /// The document types that identify a person (each one of `documents_by_subject`).
    pub person_documents: Vec<String>,
    pub preapprovals: Preapprovals,
    /// Baseline rows the research states outside `province-rules.json`.
    pub extra_baseline_rules: Vec<ExtraRule>,
    /// The closed vocabulary of materials.
    pub materials: Materials,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsBySubject {
    pub source: String,
    pub also_sources: Vec<String>,
    pub as_of: Date,
    /// By subject kind (every kind): the document types it files with.
    pub kinds: Ordered<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preapprovals {
    pub source: String,
    pub as_of: Date,
    pub categories: Vec<PreapprovalCategory>,
}

/// Whether a content category's pre-approval is required nationally or abolished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PreapprovalStatus {
    Required,
    /// Abolished nationally but still asked by some bureaux.
    Abolished,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreapprovalCategory {
    /// The content category (`news`, `games` …); unique.
    pub content: String,
    pub status: PreapprovalStatus,
    /// The licence's Chinese name.
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Materials {
    pub note: String,
    pub source: String,
    pub as_of: Date,
    pub items: Vec<Material>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// The material id other files name; unique.
    pub id: String,
    pub zh: String,
    pub en: String,
}

// ---------------------------------------------------------------------------------------------
// data/approved-tlds.json
// ---------------------------------------------------------------------------------------------

/// `data/approved-tlds.json`: the suffixes MIIT approved for filing (research).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovedTldsFile {
    /// The sources of the list; the first is the list itself.
    pub source: Vec<String>,
    /// The date of the newest complete list.
    pub as_of: Date,
    pub as_of_note: String,
    /// Where the live list is.
    pub authoritative_live_source: String,
    pub normalisation: Normalisation,
    /// The approved top-level suffixes.
    pub suffixes: Vec<Suffix>,
    /// The approved zones under `.cn`.
    pub cn_second_level: Vec<CnZone>,
    /// Suffixes only some subject kinds may use.
    pub restricted: Vec<Restricted>,
    /// Suffixes a subject kind must use.
    pub subject_requires_suffix: Vec<SubjectRequiresSuffix>,
    pub not_approved_examples: NotApprovedExamples,
    /// Suffixes said to be approved by no primary source.
    pub unverified_candidates: Vec<UnverifiedCandidate>,
    /// By province code: where a province's own suffix rule is.
    pub province_overrides: Ordered<ProvinceOverride>,
}

/// How the research says a domain is written (prose, for people).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Normalisation {
    pub separators: Vec<String>,
    pub case: String,
    pub label_chars: String,
}

/// What kind of top-level suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SuffixKind {
    Gtld,
    Cctld,
    Idn,
    /// `.cn` itself.
    National,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suffix {
    /// The suffix without a dot, in A-labels for an IDN; unique.
    pub suffix: String,
    /// The Unicode form of an IDN suffix.
    pub unicode: Option<String>,
    /// The A-label form of an IDN suffix.
    pub punycode: Option<String>,
    pub registry: String,
    pub registry_source: String,
    pub kind: SuffixKind,
    pub sources: Vec<String>,
    pub notes: String,
}

/// What kind of `.cn` zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CnZoneKind {
    /// A category zone (`gov.cn`, `edu.cn` …).
    Category,
    /// A province's zone (`bj.cn` …).
    Province,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CnZone {
    pub suffix: String,
    pub unicode: Option<String>,
    pub punycode: Option<String>,
    pub kind: CnZoneKind,
    /// Who the zone is for, in the registry's words.
    pub intended_for: String,
    /// The kind of registrant a category zone asks for.
    pub requires: Option<String>,
    /// How the restriction is enforced (`hard`, `advisory`, or prose for none).
    pub enforcement: String,
    pub registry: String,
    pub registry_source: Option<String>,
    pub sources: Vec<String>,
    /// A province zone's Chinese province name.
    pub province: Option<String>,
    /// A province zone's GB/T 2260 code.
    pub gb2260: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Restricted {
    pub suffix: String,
    /// The kind of registrant it asks for.
    pub requires: String,
    /// The subject kinds that may use it.
    pub subject_kinds: Vec<String>,
    pub source: Vec<String>,
    pub note: Option<String>,
    pub unicode: Option<String>,
    /// The severity of using it otherwise; an error where absent.
    pub severity: Option<Severity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectRequiresSuffix {
    pub subject_kind: String,
    /// The suffixes (A-labels) the kind must use one of.
    pub allowed_suffixes: Vec<String>,
    pub also_allowed_note: Option<String>,
    pub source: Vec<String>,
    pub rule: String,
    /// The rule row that carries it.
    pub province_rule_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotApprovedExamples {
    /// The date of the list the examples are absent from, with a qualification in words
    /// (`2020-07-24 (absent from Tencent list) unless noted`), so not a bare date.
    pub as_of: String,
    pub list: Vec<String>,
    pub notes: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnverifiedCandidate {
    pub suffix: String,
    pub claim: String,
    pub source: String,
    /// The research's confidence, in words (`low`, `very low; …`).
    pub confidence: String,
    pub unicode: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceOverride {
    pub rule_id: String,
    pub see: String,
    pub notes: String,
}

// ---------------------------------------------------------------------------------------------
// data/registry-zones.json
// ---------------------------------------------------------------------------------------------

/// `data/registry-zones.json`: zones a registry runs under an approved suffix (generated).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryZonesFile {
    pub note: String,
    pub source: String,
    /// The Public Suffix List's version string.
    pub psl_version: String,
    pub psl_commit: String,
    pub as_of: Date,
    pub zones: Vec<RegistryZone>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryZone {
    /// The zone in A-labels; unique.
    pub zone: String,
    pub unicode: String,
    /// The approved suffix it sits under.
    pub parent: String,
}

// ---------------------------------------------------------------------------------------------
// data/area-codes.json
// ---------------------------------------------------------------------------------------------

/// `data/area-codes.json`: mainland long-distance area codes (generated).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaCodesFile {
    pub note: String,
    pub source: String,
    pub as_of: Date,
    pub rows: Vec<AreaCode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaCode {
    /// The code with its leading 0; unique.
    pub code: String,
    pub zh: String,
    pub en: String,
    /// The local-number lengths it admits (7, 8).
    pub lengths: Vec<u8>,
}

// ---------------------------------------------------------------------------------------------
// data/domain-policy.json
// ---------------------------------------------------------------------------------------------

/// `data/domain-policy.json`: the project's domain decisions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainPolicyFile {
    pub note: String,
    pub as_of: Date,
    /// The bound on a domain input, in characters.
    pub max_input_chars: Bound,
    /// Working days a registrar takes to sync real-name data.
    pub realname_sync_working_days: SyncDelay,
    /// Which EPP statuses block filing.
    pub epp_statuses: EppStatuses,
    pub extra_rules: Vec<PolicyRule>,
    pub suffix_families: SuffixFamilies,
    /// Rule rows shown at another severity, each with why.
    pub severity_overrides: Vec<SeverityOverride>,
    pub primary_sources: PrimarySources,
    /// The label rules of the names CNNIC registers.
    pub cnnic_labels: CnnicLabels,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bound {
    pub value: u64,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncDelay {
    pub value: u64,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EppStatuses {
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    pub why: String,
    pub statuses: Vec<EppStatus>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EppStatus {
    /// The EPP status name (`serverHold`); unique.
    pub status: String,
    pub severity: Severity,
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuffixFamilies {
    pub why: String,
    pub source: String,
    /// By suffix: the suffixes that count as the same category.
    pub families: Ordered<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeverityOverride {
    /// The rule id.
    pub rule: String,
    pub severity: Severity,
    pub why: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrimarySources {
    pub note: String,
    pub as_of: Date,
    /// By the address of the copy: the primary source it copies.
    pub copies: Ordered<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CnnicLabels {
    pub note: String,
    /// Suffixes under which no label has two hyphens in a row.
    pub suffixes: Vec<String>,
    /// Suffixes whose labels need a Chinese character.
    pub han_required: Vec<String>,
    pub source: String,
    pub source_note: String,
    pub conflict_source: String,
    pub as_of: Date,
}

// ---------------------------------------------------------------------------------------------
// data/fields.json
// ---------------------------------------------------------------------------------------------

/// `data/fields.json`: the field checkers' tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldsFile {
    pub note: String,
    pub as_of: Date,
    /// GB 32100 registration authority and category pairs.
    pub uscc_categories: UsccCategories,
    pub mobile_segments: MobileSegments,
    pub site_names: SiteNames,
    pub address: Address,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsccCategories {
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    pub rows: Vec<UsccCategory>,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsccCategory {
    /// The code's first two characters; unique.
    pub prefix: String,
    pub zh: String,
    pub en: String,
    /// The subject kinds it fits.
    pub kinds: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MobileSegments {
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    pub why: String,
    pub segments: Vec<MobileSegment>,
}

/// What a mobile number segment is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Personal,
    DataOnly,
    Iot,
    Satellite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MobileSegment {
    /// The leading digits; unique (the longest prefix wins).
    pub prefix: String,
    pub kind: SegmentKind,
    pub note: Option<String>,
    /// The severity for a segment that sometimes takes calls; the kind's default where absent.
    pub severity: Option<Severity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteNames {
    /// The fewest characters a website name has.
    pub min_chars: u64,
    /// How characters are counted, in words.
    pub counting: String,
    /// The symbols a name may carry, as one string.
    pub allowed_symbols: String,
    pub source: String,
    pub as_of: Date,
    pub national_words: WordList,
    pub personal_forbidden: WordList,
    pub sensitive: WordList,
    pub finance_keywords: WordList,
    pub licensed: Licensed,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordList {
    pub words: Vec<String>,
    pub rule: String,
    pub source: String,
    pub as_of: Date,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Licensed {
    pub rule: String,
    pub source: String,
    pub as_of: Date,
    pub does_not_cover: String,
    pub categories: Vec<LicensedCategory>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LicensedCategory {
    /// The content category (one of `application.json`'s pre-approvals).
    pub content: String,
    /// Words of a website name that imply it.
    pub words: Vec<String>,
    /// Words of a domain's label that imply it.
    pub labels: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub house_number_markers: Vec<String>,
    /// Words of a remark that explain an address without a house number.
    pub remark_explains: Vec<String>,
    pub rule: String,
    pub source: String,
    pub as_of: Date,
}

// ---------------------------------------------------------------------------------------------
// data/filing.json
// ---------------------------------------------------------------------------------------------

/// `data/filing.json`: the filing-type classifier.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilingFile {
    pub note: String,
    pub as_of: Date,
    /// By source key (`S1` …).
    pub sources: Ordered<DatedSource>,
    /// The facts the classifier asks about.
    pub facts: Vec<Fact>,
    pub filing_types: Vec<FilingType>,
    /// The decision table, in order: the first row whose conditions hold decides.
    pub decisions: Vec<Decision>,
    /// Product pre-conditions.
    pub products: Products,
    pub filing_number_abbreviations: FilingNumberAbbreviations,
    /// How each bureau takes what no provider can submit.
    pub offline_ways: OfflineWays,
    pub materials_note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedSource {
    pub url: String,
    pub as_of: Date,
}

/// The type of a fact's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactType {
    Bool,
    /// One of `values`.
    Enum,
    Count,
    Number,
    List,
    Province,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The fact's JSON pointer in the classifier's input (`/subject/filed`); unique.
    pub path: String,
    #[serde(rename = "type")]
    pub kind: FactType,
    /// The answers of an `enum` fact, or the items a `list` fact may hold.
    pub values: Option<Vec<String>>,
    /// The question, in Chinese.
    pub zh: String,
    pub en: String,
}

/// Which subjects a material is for, where not every subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Entity,
    Personal,
}

/// A material: `[zh, en]`, or `[zh, en, audience]` for one audience only.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum FilingMaterial {
    For(String, String, Audience),
    All(String, String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilingType {
    /// The filing type id (the same ids as `operations.json`); unique.
    pub id: String,
    pub zh: String,
    pub en: String,
    pub materials: Vec<FilingMaterial>,
    /// What follows, `[zh, en]` per step.
    pub next_steps: Vec<Pair>,
    /// Codes shown as advisories with the type.
    pub advisories: Vec<String>,
}

/// A condition on one fact.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Condition {
    Is(bool),
    Equals(String),
    Test(Test),
}

/// A test of a fact's answer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Test {
    pub eq: Option<String>,
    /// The answer taken where the fact is unknown.
    pub assume: Option<String>,
    /// The fact (a list) holds any of these.
    pub any: Option<Vec<String>>,
    #[serde(rename = "in")]
    pub one_of: Option<Vec<String>>,
    pub min: Option<u64>,
    pub max: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// `D1` …; unique.
    pub id: String,
    /// By fact path: the condition on it; all must hold.
    pub when: Ordered<Condition>,
    pub reason_zh: String,
    pub reason_en: String,
    /// A source key of `sources`.
    pub source: String,
    pub confidence: Confidence,
    /// The filing type decided (exactly one of `filing_type` and `block`).
    pub filing_type: Option<String>,
    /// The code that blocks the order.
    pub block: Option<String>,
    /// Why the row reads as it does (for maintainers).
    pub note: Option<String>,
    pub detail_zh: Option<String>,
    pub detail_en: Option<String>,
    /// The filing type that follows once the block is resolved.
    pub then: Option<String>,
    pub what_zh: Option<String>,
    pub what_en: Option<String>,
    /// Codes shown as advisories with the outcome.
    pub advisories: Option<Vec<String>>,
    /// The operation an `OPERATION_OFFLINE` block names.
    pub offline: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Products {
    pub source: String,
    pub also: Vec<String>,
    pub as_of: Date,
    pub rows: Vec<Product>,
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// `ecs` …; unique.
    pub id: String,
    pub zh: String,
    pub en: String,
    pub subscription_only: bool,
    /// The fewest months bought.
    pub min_months: u64,
    pub public_ip: bool,
    /// Service numbers per instance.
    pub quota: u64,
    /// The smallest order, in yuan (IoT).
    pub min_order_cny: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilingNumberAbbreviations {
    pub source: String,
    pub confidence: Confidence,
    pub as_of: Date,
    /// By abbreviation not in use: the province code it is mistaken for.
    pub not_used: Ordered<String>,
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineWays {
    pub note: String,
    /// A source key of `sources`.
    pub source: String,
    pub rows: Vec<OfflineWay>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineWay {
    /// Unique.
    pub id: String,
    /// The province code, or `*` for the national way.
    pub province: String,
    /// The filing type it is the way for.
    pub operation: String,
    pub zh: String,
    pub en: String,
}

// ---------------------------------------------------------------------------------------------
// data/operations.json
// ---------------------------------------------------------------------------------------------

/// `data/operations.json`: what each operation's order carries and refuses.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationsFile {
    pub note: String,
    pub as_of: Date,
    pub sources: Ordered<DatedSource>,
    pub operations: Vec<Operation>,
    pub change_paths: ChangePaths,
}

/// What an order does with one of its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberLevel {
    Required,
    /// Required, and read as the changed values.
    Changed,
    /// Checked where given, never required.
    Checked,
    Ignored,
}

/// What an order does with a filing number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberLevel {
    Required,
    Refused,
    Optional,
}

/// What an operation says of the subject's filed websites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExistingWebsites {
    Some,
    None,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// The operation (a filing type id); unique.
    pub id: String,
    pub province: MemberLevel,
    pub subject: MemberLevel,
    pub websites: MemberLevel,
    pub subject_number: NumberLevel,
    pub website_numbers: NumberLevel,
    /// `null` where the operation says nothing of them.
    pub existing_websites: Option<ExistingWebsites>,
    /// A source key of `sources`.
    pub source: String,
    pub confidence: Confidence,
    /// Why the row reads as it does.
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangePaths {
    pub note: String,
    /// By `changes` value: the JSON pointers of the members it names.
    pub paths: Ordered<Vec<String>>,
}

// ---------------------------------------------------------------------------------------------
// Checks across members and files
// ---------------------------------------------------------------------------------------------

fn set(it: Vec<&str>) -> BTreeSet<&str> {
    it.into_iter().collect()
}

/// Collects the problems of one file.
struct Problems<'a> {
    file: &'a str,
    out: &'a mut Vec<String>,
}

impl Problems<'_> {
    fn add(&mut self, member: &str, what: String) {
        self.out.push(format!("{}: {member}: {what}", self.file));
    }
    /// Each of `ids` must be new.
    fn unique<'i>(&mut self, member: &str, ids: impl IntoIterator<Item = &'i str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.add(member, format!("{id:?} twice"));
            }
        }
    }
    /// `id` must be one of `known` (named `what`).
    fn known(&mut self, member: &str, id: &str, known: &BTreeSet<&str>, what: &str) {
        if !known.contains(id) {
            self.add(member, format!("{id:?} is not {what}"));
        }
    }
}

impl Data {
    /// Every problem no type can catch: duplicate ids and references to ids that do not exist.
    /// Empty when the data is sound.
    pub fn validate(&self) -> Vec<String> {
        let mut out = Vec::new();
        macro_rules! problems {
            ($name:expr) => {
                Problems {
                    file: $name,
                    out: &mut out,
                }
            };
        }

        let codes = set(self.codes.code.iter().map(|c| c.code.as_str()).collect());
        let kinds = set(self
            .subject_kinds
            .kinds
            .iter()
            .map(|k| k.kind.as_str())
            .collect());
        let aliases = set(self
            .subject_kinds
            .kinds
            .iter()
            .flat_map(|k| k.aliases.iter().map(String::as_str))
            .collect());
        let provinces = set(self
            .provinces
            .provinces
            .iter()
            .map(|p| p.code.as_str())
            .collect());
        let source_keys = set(self.source_dates.dates.keys().map(String::as_str).collect());
        let materials = set(self
            .application
            .materials
            .items
            .iter()
            .map(|m| m.id.as_str())
            .collect());
        let contents = set(self
            .application
            .preapprovals
            .categories
            .iter()
            .map(|c| c.content.as_str())
            .collect());
        let filing_types = set(self
            .filing
            .filing_types
            .iter()
            .map(|t| t.id.as_str())
            .collect());
        let suffixes = set(self
            .approved_tlds
            .suffixes
            .iter()
            .map(|s| s.suffix.as_str())
            .chain(
                self.approved_tlds
                    .cn_second_level
                    .iter()
                    .map(|s| s.suffix.as_str()),
            )
            .collect());

        // codes.toml
        {
            let mut p = problems!("data/codes.toml");
            p.unique(
                "code[].code",
                self.codes.code.iter().map(|c| c.code.as_str()),
            );
        }

        // subject-kinds.json
        {
            let mut p = problems!("data/subject-kinds.json");
            let k = &self.subject_kinds.kinds;
            p.unique("kinds[].kind", k.iter().map(|k| k.kind.as_str()));
            p.unique(
                "kinds[].aliases",
                k.iter().flat_map(|k| k.aliases.iter().map(String::as_str)),
            );
        }

        // provinces.json
        {
            let mut p = problems!("data/provinces.json");
            let rows = &self.provinces.provinces;
            p.unique("provinces[].code", rows.iter().map(|r| r.code.as_str()));
            p.unique("provinces[].zh", rows.iter().map(|r| r.zh.as_str()));
            p.unique("provinces[].abbr", rows.iter().map(|r| r.abbr.as_str()));
            if rows.len() != 31 {
                p.add("provinces", format!("{} provinces, not 31", rows.len()));
            }
        }

        // source-dates.json
        {
            let mut p = problems!("data/source-dates.json");
            for (key, d) in &self.source_dates.dates {
                if d.precision == Precision::Approx && d.why.is_none() {
                    p.add(
                        &format!("dates.{key}.why"),
                        "an approx date needs why".into(),
                    );
                }
            }
        }

        // Rule rows of every file: ids unique over all of them, source keys dated.
        let mut rule_ids: Vec<(&str, &str)> = Vec::new();
        {
            let r = &self.province_rules;
            let mut p = problems!("data/province-rules.json");
            let zh_to_code: BTreeMap<&str, &str> = self
                .provinces
                .provinces
                .iter()
                .map(|x| (x.zh.as_str(), x.code.as_str()))
                .collect();
            for (name, prov) in &r.provinces {
                match zh_to_code.get(name.as_str()) {
                    Some(code) if *code == prov.code => {}
                    Some(code) => p.add(
                        &format!("provinces.{name}.code"),
                        format!("{:?}, but provinces.json gives {code:?}", prov.code),
                    ),
                    None => p.add(
                        &format!("provinces.{name}"),
                        "is not a province name of provinces.json".into(),
                    ),
                }
            }
            for key in r.sources.keys() {
                p.known("sources", key, &source_keys, "a key of source-dates.json");
            }
            let rows = r
                .baseline
                .iter()
                .chain(r.provinces.values().flat_map(|x| x.rules.iter()));
            for row in rows {
                rule_ids.push(("data/province-rules.json", &row.id));
                p.known(
                    &format!("{}.source_key", row.id),
                    &row.source_key,
                    &source_keys,
                    "a key of source-dates.json",
                );
                if let RuleValue::BySubject(map) = &row.value {
                    for alias in map.keys() {
                        p.known(
                            &format!("{}.value", row.id),
                            alias,
                            &aliases,
                            "a subject kind alias of subject-kinds.json",
                        );
                    }
                }
            }
        }
        {
            let mut p = problems!("data/province-provider.json");
            for row in &self.province_provider.rules {
                rule_ids.push(("data/province-provider.json", &row.id));
                p.known(
                    &format!("{}.source_key", row.id),
                    &row.source_key,
                    &source_keys,
                    "a key of source-dates.json",
                );
                if let Some(code) = &row.province {
                    p.known(
                        &format!("{}.province", row.id),
                        code,
                        &provinces,
                        "a province code",
                    );
                }
            }
        }
        for row in &self.application.extra_baseline_rules {
            rule_ids.push(("data/application.json", &row.id));
            problems!("data/application.json").known(
                &format!("{}.source_key", row.id),
                &row.source_key,
                &source_keys,
                "a key of source-dates.json",
            );
        }
        for row in &self.domain_policy.extra_rules {
            rule_ids.push(("data/domain-policy.json", &row.id));
            let mut p = problems!("data/domain-policy.json");
            p.known(
                &format!("{}.source_key", row.id),
                &row.source_key,
                &source_keys,
                "a key of source-dates.json",
            );
            p.known(
                &format!("{}.province", row.id),
                &row.province,
                &provinces,
                "a province code",
            );
        }
        let mut seen = BTreeSet::new();
        for (f, id) in &rule_ids {
            if !seen.insert(*id) {
                out.push(format!("{f}: rule id {id:?} twice over the rule files"));
            }
        }
        let rules: BTreeSet<&str> = seen;

        // province-provider.json: softened and exempt name rows; exempt kinds exist.
        {
            let pp = &self.province_provider;
            let mut p = problems!("data/province-provider.json");
            for s in &pp.softened {
                p.known("softened[].id", &s.id, &rules, "a rule id");
            }
            for e in &pp.exempt {
                p.known("exempt[].id", &e.id, &rules, "a rule id");
                for k in &e.kinds {
                    p.known("exempt[].kinds", k, &kinds, "a subject kind");
                }
            }
        }

        // province-engine.json
        {
            let e = &self.province_engine;
            let mut p = problems!("data/province-engine.json");
            for (name, ids) in &e.materials.names {
                for id in ids.iter().flat_map(|all| all.split('+')) {
                    p.known(
                        &format!("materials.names.{name}"),
                        id,
                        &materials,
                        "a material of application.json",
                    );
                }
            }
            if !e.materials.names.contains_key(&e.age_proof.legal_rep_proof) {
                p.add(
                    "age_proof.legal_rep_proof",
                    format!(
                        "{:?} is not a name of materials.names",
                        e.age_proof.legal_rep_proof
                    ),
                );
            }
            for (name, ks) in &e.conditions.subject_kinds {
                for k in ks {
                    p.known(
                        &format!("conditions.subject_kinds.{name}"),
                        k,
                        &kinds,
                        "a subject kind",
                    );
                }
            }
            for (name, c) in &e.conditions.content {
                p.known(
                    &format!("conditions.content.{name}"),
                    c,
                    &contents,
                    "a content category of application.json",
                );
            }
            for id in e.not_evaluated.rows.keys() {
                p.known("not_evaluated.rows", id, &rules, "a rule id");
            }
            for id in e.advisory_texts.rows.keys() {
                p.known("advisory_texts.rows", id, &rules, "a rule id");
            }
        }

        // application.json
        {
            let a = &self.application;
            let mut p = problems!("data/application.json");
            p.unique(
                "materials.items[].id",
                a.materials.items.iter().map(|m| m.id.as_str()),
            );
            p.unique(
                "preapprovals.categories[].content",
                a.preapprovals.categories.iter().map(|c| c.content.as_str()),
            );
            let doc_kinds = set(a
                .documents_by_subject
                .kinds
                .keys()
                .map(String::as_str)
                .collect());
            if doc_kinds != kinds {
                p.add(
                    "documents_by_subject.kinds",
                    format!("names {doc_kinds:?}, the subject kinds are {kinds:?}"),
                );
            }
            let docs = set(a
                .documents_by_subject
                .kinds
                .values()
                .flatten()
                .map(String::as_str)
                .collect());
            for d in &a.person_documents {
                p.known(
                    "person_documents",
                    d,
                    &docs,
                    "a document of documents_by_subject",
                );
            }
        }

        // approved-tlds.json
        {
            let t = &self.approved_tlds;
            let mut p = problems!("data/approved-tlds.json");
            p.unique(
                "suffixes[].suffix + cn_second_level[].suffix",
                t.suffixes
                    .iter()
                    .map(|s| s.suffix.as_str())
                    .chain(t.cn_second_level.iter().map(|s| s.suffix.as_str())),
            );
            for z in &t.cn_second_level {
                // Taiwan, Hong Kong and Macao have GB/T 2260 codes and `.cn` zones but no
                // filing bureau, so they are not among the 31 provinces.
                let regions = set(vec!["71", "81", "82"]);
                if let Some(code) = z.gb2260.as_deref().filter(|c| !regions.contains(c)) {
                    p.known(
                        &format!("cn_second_level.{}.gb2260", z.suffix),
                        code,
                        &provinces,
                        "a GB/T 2260 province code",
                    );
                }
                if (z.kind == CnZoneKind::Province) != z.gb2260.is_some() {
                    p.add(
                        &format!("cn_second_level.{}", z.suffix),
                        "a province zone, and only it, has gb2260".into(),
                    );
                }
            }
            for r in &t.restricted {
                for k in &r.subject_kinds {
                    p.known(
                        &format!("restricted.{}.subject_kinds", r.suffix),
                        k,
                        &kinds,
                        "a subject kind",
                    );
                }
            }
            for s in &t.subject_requires_suffix {
                p.known(
                    "subject_requires_suffix[].subject_kind",
                    &s.subject_kind,
                    &kinds,
                    "a subject kind",
                );
                p.known(
                    "subject_requires_suffix[].province_rule_id",
                    &s.province_rule_id,
                    &rules,
                    "a rule id",
                );
            }
            for (code, o) in &t.province_overrides {
                p.known("province_overrides", code, &provinces, "a province code");
                p.known(
                    &format!("province_overrides.{code}.rule_id"),
                    &o.rule_id,
                    &rules,
                    "a rule id",
                );
            }
        }

        // registry-zones.json
        {
            let z = &self.registry_zones;
            let mut p = problems!("data/registry-zones.json");
            p.unique("zones[].zone", z.zones.iter().map(|z| z.zone.as_str()));
            for zone in &z.zones {
                p.known(
                    &format!("zones.{}.parent", zone.zone),
                    &zone.parent,
                    &suffixes,
                    "an approved suffix of approved-tlds.json",
                );
            }
        }

        // area-codes.json
        {
            let a = &self.area_codes;
            let mut p = problems!("data/area-codes.json");
            p.unique("rows[].code", a.rows.iter().map(|r| r.code.as_str()));
            for r in &a.rows {
                if r.lengths.is_empty() || r.lengths.iter().any(|l| !(7..=8).contains(l)) {
                    p.add(
                        &format!("rows.{}.lengths", r.code),
                        format!("{:?}: local numbers have 7 or 8 digits", r.lengths),
                    );
                }
            }
        }

        // domain-policy.json
        {
            let d = &self.domain_policy;
            let mut p = problems!("data/domain-policy.json");
            p.unique(
                "epp_statuses.statuses[].status",
                d.epp_statuses.statuses.iter().map(|s| s.status.as_str()),
            );
            for o in &d.severity_overrides {
                p.known("severity_overrides[].rule", &o.rule, &rules, "a rule id");
            }
            for (family, members) in &d.suffix_families.families {
                p.known(
                    "suffix_families.families",
                    family,
                    &suffixes,
                    "an approved suffix",
                );
                for m in members {
                    p.known(
                        &format!("suffix_families.families.{family}"),
                        m,
                        &suffixes,
                        "an approved suffix",
                    );
                }
            }
        }

        // fields.json
        {
            let f = &self.fields;
            let mut p = problems!("data/fields.json");
            p.unique(
                "uscc_categories.rows[].prefix",
                f.uscc_categories.rows.iter().map(|r| r.prefix.as_str()),
            );
            for r in &f.uscc_categories.rows {
                for k in &r.kinds {
                    p.known(
                        &format!("uscc_categories.rows.{}.kinds", r.prefix),
                        k,
                        &kinds,
                        "a subject kind",
                    );
                }
            }
            p.unique(
                "mobile_segments.segments[].prefix",
                f.mobile_segments.segments.iter().map(|s| s.prefix.as_str()),
            );
            for c in &f.site_names.licensed.categories {
                p.known(
                    "site_names.licensed.categories[].content",
                    &c.content,
                    &contents,
                    "a content category of application.json",
                );
            }
        }

        // filing.json
        {
            let f = &self.filing;
            let mut p = problems!("data/filing.json");
            let fact_paths = set(f.facts.iter().map(|x| x.path.as_str()).collect());
            let sources = set(f.sources.keys().map(String::as_str).collect());
            p.unique("facts[].path", f.facts.iter().map(|x| x.path.as_str()));
            p.unique(
                "filing_types[].id",
                f.filing_types.iter().map(|x| x.id.as_str()),
            );
            p.unique("decisions[].id", f.decisions.iter().map(|x| x.id.as_str()));
            p.unique(
                "products.rows[].id",
                f.products.rows.iter().map(|x| x.id.as_str()),
            );
            p.unique(
                "offline_ways.rows[].id",
                f.offline_ways.rows.iter().map(|x| x.id.as_str()),
            );
            for fact in &f.facts {
                let listed = matches!(fact.kind, FactType::Enum | FactType::List);
                if (fact.kind == FactType::Enum && fact.values.is_none())
                    || (!listed && fact.values.is_some())
                {
                    p.add(
                        &format!("facts.{}.values", fact.path),
                        "an enum fact lists values, a list fact may, no other does".into(),
                    );
                }
            }
            for t in &f.filing_types {
                for c in &t.advisories {
                    p.known(
                        &format!("filing_types.{}.advisories", t.id),
                        c,
                        &codes,
                        "a code of codes.toml",
                    );
                }
            }
            for d in &f.decisions {
                let at = |m: &str| format!("decisions.{}.{m}", d.id);
                for (path, cond) in &d.when {
                    p.known(&at("when"), path, &fact_paths, "a fact path");
                    let values = f
                        .facts
                        .iter()
                        .find(|x| &x.path == path)
                        .and_then(|x| x.values.as_ref());
                    let named: Vec<&String> = match cond {
                        Condition::Is(_) => Vec::new(),
                        Condition::Equals(v) => vec![v],
                        Condition::Test(t) => {
                            t.eq.iter()
                                .chain(t.any.iter().flatten())
                                .chain(t.one_of.iter().flatten())
                                .collect()
                        }
                    };
                    for v in named.into_iter().filter(|_| values.is_some()) {
                        if !values.is_some_and(|vs| vs.contains(v)) {
                            p.add(&at("when"), format!("{v:?} is not a value of {path}"));
                        }
                    }
                }
                p.known(&at("source"), &d.source, &sources, "a source key");
                match (&d.filing_type, &d.block) {
                    (Some(t), None) => {
                        p.known(&at("filing_type"), t, &filing_types, "a filing type")
                    }
                    (None, Some(c)) => p.known(&at("block"), c, &codes, "a code of codes.toml"),
                    _ => p.add(
                        &at("filing_type"),
                        "exactly one of filing_type and block".into(),
                    ),
                }
                for t in d.then.iter().chain(&d.offline) {
                    p.known(&at("then/offline"), t, &filing_types, "a filing type");
                }
                for c in d.advisories.iter().flatten() {
                    p.known(&at("advisories"), c, &codes, "a code of codes.toml");
                }
            }
            for code in f.filing_number_abbreviations.not_used.values() {
                p.known(
                    "filing_number_abbreviations.not_used",
                    code,
                    &provinces,
                    "a province code",
                );
            }
            p.known(
                "offline_ways.source",
                &f.offline_ways.source,
                &sources,
                "a source key",
            );
            for w in &f.offline_ways.rows {
                if w.province != "*" {
                    p.known(
                        &format!("offline_ways.{}.province", w.id),
                        &w.province,
                        &provinces,
                        "a province code or *",
                    );
                }
                p.known(
                    &format!("offline_ways.{}.operation", w.id),
                    &w.operation,
                    &filing_types,
                    "a filing type",
                );
            }
        }

        // operations.json
        {
            let o = &self.operations;
            let mut p = problems!("data/operations.json");
            let sources = set(o.sources.keys().map(String::as_str).collect());
            p.unique(
                "operations[].id",
                o.operations.iter().map(|x| x.id.as_str()),
            );
            let ops = set(o.operations.iter().map(|x| x.id.as_str()).collect());
            if ops != filing_types {
                p.add(
                    "operations[].id",
                    format!("{ops:?}, the filing types of filing.json are {filing_types:?}"),
                );
            }
            for op in &o.operations {
                p.known(
                    &format!("operations.{}.source", op.id),
                    &op.source,
                    &sources,
                    "a source key",
                );
            }
            let changes = set(self
                .filing
                .decisions
                .iter()
                .flat_map(|d| d.when.get("/changes"))
                .flat_map(|c| match c {
                    Condition::Test(t) => t.any.iter().flatten().map(String::as_str).collect(),
                    _ => Vec::new(),
                })
                .collect());
            for c in &changes {
                if !o.change_paths.paths.contains_key(c) {
                    p.add(
                        "change_paths.paths",
                        format!("{c:?}, named by a decision of filing.json, has no paths"),
                    );
                }
            }
        }
        out
    }
}
