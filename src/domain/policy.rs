//! Who may file which suffix: restricted suffixes per subject kind, suffixes a subject kind must
//! use, and the provinces' suffix and label rules, all evaluated from the rule tables.

use super::Ctx;
use crate::data::{self, RuleKind};
use crate::diagnostic::{Finding, Severity};
use crate::rules::{Selector, UnknownKind};
use crate::texts::Text;
use crate::vocab::SubjectKind;

fn kind_names(kinds: &[SubjectKind]) -> Vec<Text> {
    kinds.iter().map(|k| k.name()).collect()
}

fn unicode_suffix(ascii: &str) -> String {
    data::suffix(ascii).map_or_else(|| ascii.to_string(), |e| e.unicode.to_string())
}

/// The suffixes as a user types them, ".cn / “.公益”": a Chinese suffix stands quoted so that it
/// reads as a term to type in the English message too. Suffixes are the same in both languages,
/// so the list is one argument for both.
fn suffix_list(ascii: &[&str]) -> String {
    ascii
        .iter()
        .map(|a| {
            let u = unicode_suffix(a);
            if u.is_ascii() {
                format!(".{u}")
            } else {
                format!("“.{u}”")
            }
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The province whose bureau a rule row speaks for ("The {province_name} bureau"). The rows
/// these messages come from are all a province's; a baseline row would be the filing
/// province's bureau.
fn province_name(province: Option<&str>) -> Text {
    province
        .and_then(data::province)
        .map_or(text!("备案省份", "filing province's"), |p| p.name)
}

/// Restricted suffixes (gov.cn for government bodies …). Without a subject kind the finding is
/// advice: the rule is real but whether it bites is not known yet.
pub fn restricted(ctx: &Ctx, suffix: &str, out: &mut Vec<Finding>) {
    let Some(r) = data::restricted_suffix(suffix) else {
        return;
    };
    let severity = match ctx.subject_kind {
        Some(k) if r.subject_kinds.contains(&k) => return,
        Some(_) => r.severity,
        None => Severity::Info,
    };
    out.push(
        Finding::domain_restricted_suffix(
            ctx.path,
            unicode_suffix(suffix),
            kind_names(r.subject_kinds),
        )
        .severity(severity)
        .rule(crate::diagnostic::RuleRef {
            id: crate::data::base_rule::RESTRICTED_SUFFIX,
            province: None,
            source: r.source,
            as_of: r.as_of,
        }),
    );
}

/// The suffix and label rules of the baseline and the chosen province, province rows first so
/// that where both say the same thing the province's row is the one reported.
/// The registry's own label rules for `.cn`, `.中国`, `.公司`, `.网络` names (warnings: see
/// `domain-policy.json`). Hyphens at the 3rd and 4th positions are the label stage's error.
pub fn cnnic_label(ctx: &Ctx, suffix: &str, label: &str, out: &mut Vec<Finding>) {
    let r = &data::CNNIC_LABELS;
    if !(r.suffixes.contains(&suffix) || suffix.ends_with(".cn")) {
        return;
    }
    let rule = crate::diagnostic::RuleRef {
        id: crate::data::base_rule::CNNIC_LABEL,
        province: None,
        source: r.source,
        as_of: r.as_of,
    };
    let chars: Vec<char> = label.chars().collect();
    let doubled = chars
        .windows(2)
        .enumerate()
        .any(|(i, w)| w == ['-', '-'] && i != 2);
    if doubled {
        out.push(Finding::domain_cn_hyphens(ctx.path, label).rule(rule));
    }
    let han = |c: &char| matches!(*c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}');
    if r.han_required.contains(&suffix) && !chars.iter().any(han) {
        out.push(Finding::domain_cn_no_han(ctx.path, label, unicode_suffix(suffix)).rule(rule));
    }
}

pub fn rules(ctx: &Ctx, suffix: &str, label_unicode: &str, out: &mut Vec<Finding>) {
    // Each row raises a finding of its own: one for some subject kinds only waits until the kind
    // is known rather than refuse a suffix the subject may be allowed.
    for rule in Selector::new(ctx.province, ctx.subject_kind, UnknownKind::Exclude).every() {
        let finding = match &rule.kind {
            RuleKind::TldAllowlist { allow, deny } => {
                let allowed = allow.iter().any(|e| data::suffix_listed(suffix, e));
                let denied = deny.iter().any(|e| data::suffix_listed(suffix, e));
                (!allowed || denied).then(|| {
                    Finding::domain_suffix_not_accepted_in_province(
                        ctx.path,
                        province_name(rule.province),
                        unicode_suffix(suffix),
                    )
                })
            }
            RuleKind::TldDenylist(deny) => deny
                .iter()
                .any(|e| data::suffix_listed(suffix, e))
                .then(|| {
                    Finding::domain_suffix_not_accepted_in_province(
                        ctx.path,
                        province_name(rule.province),
                        unicode_suffix(suffix),
                    )
                }),
            RuleKind::TldAllowlistBySubject(pairs) => {
                let Some(kind) = ctx.subject_kind else {
                    continue;
                };
                let Some((_, allowed)) = pairs.iter().find(|(k, _)| *k == kind) else {
                    continue;
                };
                (!allowed.iter().any(|e| data::suffix_listed(suffix, e))).then(|| {
                    Finding::domain_suffix_required_for_subject(
                        ctx.path,
                        kind.name(),
                        suffix_list(allowed),
                    )
                })
            }
            RuleKind::LabelForbiddenWords(words) => {
                // The rule speaks of non-state units; state bodies and unknown subjects are not judged.
                if ctx.subject_kind.is_none_or(SubjectKind::is_state_body) {
                    continue;
                }
                words
                    .iter()
                    .find(|w| crate::text::has_word(label_unicode, w))
                    .map(|w| {
                        Finding::domain_label_national_word(
                            ctx.path,
                            province_name(rule.province),
                            *w,
                        )
                    })
            }
            _ => None,
        };
        if let Some(f) = finding {
            let f = f.severity(rule.severity).rule(rule.reference());
            if !out.iter().any(|o| o.code == f.code && o.path == f.path) {
                out.push(f);
            }
        }
    }
}
