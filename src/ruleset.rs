//! What rules are loaded: versions and dates, so a server can tell which data a browser ran.

use crate::data;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProvinceSummary {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub abbr: String,
    /// Rule rows of this province that the loaded engines evaluate.
    pub rules: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuffixSummary {
    pub count: usize,
    pub as_of: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}

pub fn ruleset_info() -> RulesetInfo {
    let dates = data::RULES.iter().map(|r| r.as_of).chain([
        data::SUFFIX_LIST_AS_OF,
        data::EPP_STATUS_AS_OF,
        data::REALNAME_SYNC_AS_OF,
    ]);
    let newest = dates.clone().max().unwrap_or_default();
    let oldest = dates.min().unwrap_or_default();
    RulesetInfo {
        version: crate::VERSION.to_string(),
        as_of: newest.to_string(),
        oldest_source: oldest.to_string(),
        provinces: data::PROVINCES
            .iter()
            .map(|p| ProvinceSummary {
                code: p.code.to_string(),
                name_zh: p.zh.to_string(),
                name_en: p.en.to_string(),
                abbr: p.abbr.to_string(),
                rules: data::RULES
                    .iter()
                    .filter(|r| r.province == Some(p.code))
                    .count(),
            })
            .collect(),
        suffixes: SuffixSummary {
            count: data::SUFFIXES.len(),
            as_of: data::SUFFIX_LIST_AS_OF.to_string(),
            source: data::SUFFIX_LIST_SOURCE.to_string(),
        },
        baseline_rules: data::RULES.iter().filter(|r| r.province.is_none()).count(),
        codes: crate::diagnostic::Code::all().count(),
        engines: vec!["domain".to_string()],
    }
}
