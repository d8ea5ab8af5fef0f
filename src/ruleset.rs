//! What rules are loaded: versions and dates, so a server can tell which data a browser ran.

use crate::data;
use crate::texts::Said;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProvinceSummary {
    pub code: String,
    pub name_zh: Said,
    pub name_en: Said,
    pub abbr: String,
    /// Rule rows of this province (checked, advisory or listed; `rules --list` says which).
    pub rules: usize,
    /// The newest and oldest dates of the sources behind the province's rows.
    pub newest_source: String,
    pub oldest_source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SuffixSummary {
    pub count: usize,
    pub as_of: String,
    pub source: crate::texts::Said,
}

/// One entry of a closed vocabulary, named in both languages, so a form can build its choices.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    pub id: String,
    pub zh: crate::texts::Said,
    pub en: crate::texts::Said,
}

/// A content category and what it needs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContentTerm {
    pub id: String,
    pub zh: crate::texts::Said,
    pub en: crate::texts::Said,
    /// `required` nationally, `abolished` (some bureaux still ask), or null when none is needed.
    pub preapproval: Option<String>,
    pub licence_zh: Option<crate::texts::Said>,
    pub licence_en: Option<crate::texts::Said>,
}

/// A document type and who may file with it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentTerm {
    pub id: String,
    pub zh: crate::texts::Said,
    pub en: crate::texts::Said,
    /// Identifies a person (a leader's document must).
    pub personal: bool,
    /// Subject kinds that may file with it as their own document.
    pub subject_kinds: Vec<String>,
}

/// A fact the filing-type classifier may ask, with its question.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FactTerm {
    pub path: String,
    /// `bool`, `enum`, `list`, `count`, `number` (a filing number) or `province`.
    pub kind: String,
    pub values: Vec<String>,
    /// The question, in each language.
    pub zh: Said,
    pub en: Said,
}

/// What one operation's order carries (`data/operations.json`), so a form shows only that.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OperationTerm {
    pub id: String,
    /// `required`, `changed`, `checked` or `ignored`, for the province, the subject and the
    /// websites.
    pub province: String,
    pub subject: String,
    pub websites: String,
    /// `required`, `refused` or `optional`.
    pub subject_number: String,
    pub website_numbers: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Vocabulary {
    pub subject_kinds: Vec<Term>,
    pub documents: Vec<DocumentTerm>,
    pub content: Vec<ContentTerm>,
    pub materials: Vec<Term>,
    pub filing_facts: Vec<FactTerm>,
    pub operations: Vec<OperationTerm>,
    /// The members each `changes` value names (JSON Pointers, `*` for any website).
    pub change_paths: Vec<(String, Vec<String>)>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RulesetInfo {
    pub version: String,
    /// The newest source date among the loaded rules.
    pub as_of: String,
    pub oldest_source: String,
    pub provinces: Vec<ProvinceSummary>,
    pub suffixes: SuffixSummary,
    pub baseline_rules: usize,
    pub codes: usize,
    pub engines: Vec<String>,
    pub vocabulary: Vocabulary,
}

fn term_of(id: &str, name: crate::texts::Text) -> Term {
    Term {
        id: id.to_string(),
        zh: name.said(crate::Lang::ZhCn),
        en: name.said(crate::Lang::En),
    }
}

fn vocabulary() -> Vocabulary {
    use crate::vocab::SubjectKind;
    use crate::vocab::{Content, DocumentType};
    Vocabulary {
        subject_kinds: SubjectKind::ALL
            .iter()
            .map(|k| term_of(k.as_str(), k.name()))
            .collect(),
        documents: DocumentType::ALL
            .iter()
            .map(|d| DocumentTerm {
                id: d.as_str().to_string(),
                zh: d.name().said(crate::Lang::ZhCn),
                en: d.name().said(crate::Lang::En),
                personal: d.is_personal(),
                subject_kinds: SubjectKind::ALL
                    .iter()
                    .filter(|k| data::documents_for(**k).contains(d))
                    .map(|k| k.as_str().to_string())
                    .collect(),
            })
            .collect(),
        content: Content::ALL
            .iter()
            .map(|c| {
                let p = data::preapproval(*c);
                ContentTerm {
                    id: c.as_str().to_string(),
                    zh: c.name().said(crate::Lang::ZhCn),
                    en: c.name().said(crate::Lang::En),
                    preapproval: p
                        .map(|p| if p.required { "required" } else { "abolished" }.to_string()),
                    licence_zh: p.map(|p| p.licence.said(crate::Lang::ZhCn)),
                    licence_en: p.map(|p| p.licence.said(crate::Lang::En)),
                }
            })
            .collect(),
        materials: data::MATERIALS
            .iter()
            .map(|m| term_of(m.id, m.name))
            .collect(),
        operations: crate::classify::table::OPERATIONS
            .iter()
            .map(|o| {
                use crate::classify::table::{Level, NumberRule};
                let level = |l: Level| {
                    match l {
                        Level::Required => "required",
                        Level::Changed => "changed",
                        Level::Checked => "checked",
                        Level::Ignored => "ignored",
                    }
                    .to_string()
                };
                let number = |n: NumberRule| {
                    match n {
                        NumberRule::Required => "required",
                        NumberRule::Refused => "refused",
                        NumberRule::Optional => "optional",
                    }
                    .to_string()
                };
                OperationTerm {
                    id: o.id.to_string(),
                    province: level(o.province),
                    subject: level(o.subject),
                    websites: level(o.websites),
                    subject_number: number(o.subject_number),
                    website_numbers: number(o.website_numbers),
                }
            })
            .collect(),
        change_paths: crate::classify::table::CHANGE_PATHS
            .iter()
            .map(|(c, p)| (c.to_string(), p.iter().map(|x| x.to_string()).collect()))
            .collect(),
        filing_facts: crate::classify::table::FACTS
            .iter()
            .map(|f| {
                use crate::classify::table::FactKind;
                let kind = match f.kind {
                    FactKind::Bool => "bool",
                    FactKind::Enum => "enum",
                    FactKind::List => "list",
                    FactKind::Count => "count",
                    FactKind::FilingNumber => "number",
                    FactKind::Province => "province",
                };
                FactTerm {
                    path: f.path.to_string(),
                    kind: kind.to_string(),
                    values: f.values.iter().map(|v| v.to_string()).collect(),
                    zh: f.question.said(crate::Lang::ZhCn),
                    en: f.question.said(crate::Lang::En),
                }
            })
            .collect(),
    }
}

fn province_dates(code: &'static str) -> impl Iterator<Item = &'static str> {
    data::RULES
        .iter()
        .filter(move |r| r.province == Some(code))
        .map(|r| r.as_of)
}

/// One rule row in plain words, as `icp-precheck rules --list` prints it (and the package's
/// `rules.json`): what a form shows before the user starts.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleEntry {
    pub id: &'static str,
    pub province: Option<&'static str>,
    pub applies_to: &'static str,
    pub kind: &'static str,
    /// `checked` (a diagnostic when broken), `advisory` (in the report's advisories) or
    /// `listed` (not evaluated; DATA.md says why).
    pub how: &'static str,
    /// As the engines report it: a low-confidence row is a warning at most.
    pub severity: &'static str,
    pub confidence: &'static str,
    pub zh: Said,
    pub en: Said,
    pub conflicts: Option<&'static str>,
    pub source: crate::texts::Said,
    pub as_of: &'static str,
}

#[cfg(not(target_arch = "wasm32"))]
pub fn rule_list() -> Vec<RuleEntry> {
    use crate::data::{AppliesTo, Confidence};
    use crate::diagnostic::Severity;
    data::RULES
        .iter()
        .filter_map(|r| {
            let t = data::RULE_TEXTS.iter().find(|t| t.id == r.id)?;
            let severity = match (r.confidence, t.how) {
                (_, "advisory") => Severity::Info,
                (Confidence::Low, _) => r.severity.min(Severity::Warning),
                _ => r.severity,
            };
            Some(RuleEntry {
                id: r.id,
                province: r.province,
                applies_to: match r.applies_to {
                    AppliesTo::All => "all",
                    // The exempted kinds are in `data/province-provider.json` (`exempt`).
                    AppliesTo::Entity | AppliesTo::EntityExcept(_) => "entity",
                    AppliesTo::Personal => "personal",
                },
                kind: t.kind,
                how: t.how,
                severity: severity.as_str(),
                confidence: match r.confidence {
                    Confidence::High => "high",
                    Confidence::Medium => "medium",
                    Confidence::Low => "low",
                },
                zh: t.text.said(crate::Lang::ZhCn),
                en: t.text.said(crate::Lang::En),
                conflicts: t.conflicts,
                source: r.source.said(crate::Lang::ZhCn),
                as_of: r.as_of,
            })
        })
        .collect()
}

fn source_dates() -> impl Iterator<Item = &'static str> + Clone {
    data::RULES.iter().map(|r| r.as_of).chain([
        data::SUFFIX_LIST_AS_OF,
        data::EPP_STATUS_AS_OF,
        data::REALNAME_SYNC_AS_OF,
    ])
}

/// The newest source date among the loaded rules: what a report names as its data's date.
pub fn ruleset_as_of() -> &'static str {
    source_dates().max().unwrap_or_default()
}

pub fn ruleset_info() -> RulesetInfo {
    let newest = ruleset_as_of();
    let oldest = source_dates().min().unwrap_or_default();
    RulesetInfo {
        version: crate::VERSION.to_string(),
        as_of: newest.to_string(),
        oldest_source: oldest.to_string(),
        provinces: data::PROVINCES
            .iter()
            .map(|p| ProvinceSummary {
                code: p.code.to_string(),
                name_zh: p.name.said(crate::Lang::ZhCn),
                name_en: p.name.said(crate::Lang::En),
                abbr: p.abbr.to_string(),
                rules: data::RULES
                    .iter()
                    .filter(|r| r.province == Some(p.code))
                    .count(),
                newest_source: province_dates(p.code).max().unwrap_or_default().to_string(),
                oldest_source: province_dates(p.code).min().unwrap_or_default().to_string(),
            })
            .collect(),
        suffixes: SuffixSummary {
            count: data::SUFFIXES.len(),
            as_of: data::SUFFIX_LIST_AS_OF.to_string(),
            source: data::SUFFIX_LIST_SOURCE.said(crate::Lang::ZhCn),
        },
        baseline_rules: data::RULES.iter().filter(|r| r.province.is_none()).count(),
        codes: crate::diagnostic::Code::all().count(),
        engines: ["domain", "fields", "application", "province", "filing"]
            .map(str::to_string)
            .to_vec(),
        vocabulary: vocabulary(),
    }
}
