//! 网站名称: length as the filing systems count it, character classes, domains as names,
//! national words, words personal sites may not use, sensitive and finance words.

use super::Checked;
use crate::data::{self, WordList};
use crate::date::Date;
use crate::diagnostic::{Code, Finding, RuleRef, Severity};
use crate::domain::{self, DomainOptions};
use crate::text::{fold, raw_span, trim, word_span};
use crate::vocab::SubjectKind;

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}')
}

fn rule(list: &WordList, id: &'static str) -> RuleRef {
    RuleRef {
        id,
        province: None,
        source: list.source,
        as_of: list.as_of,
    }
}

fn looks_like_domain(name: &str, today: Date) -> bool {
    if !name.contains(['.', '。', '．', '｡']) || name.contains(char::is_whitespace) {
        return false;
    }
    let a = domain::analyse(name, &DomainOptions::new(today), "", "");
    a.registrable.is_some()
        || a.findings
            .iter()
            .any(|f| f.code == Code::DomainUrlNotDomain)
}

pub struct NameContext {
    pub subject_kind: Option<SubjectKind>,
    /// The subject has proof of national-level status (国家级单位).
    pub national_level: bool,
    /// The day the domain engine judges a name that looks like a domain on.
    pub today: Date,
}

pub fn check(raw: &str, ctx: &NameContext, path: &str) -> Checked {
    let name = fold(trim(raw));
    let mut findings = Vec::new();
    let source_rule = RuleRef {
        id: crate::data::base_rule::SITE_NAME_NATIONAL_BASELINE,
        province: None,
        source: data::SITE_NAME_SOURCE,
        as_of: data::SITE_NAME_AS_OF,
    };

    if looks_like_domain(&name, ctx.today) {
        findings.push(Finding::site_name_is_domain(path).rule(source_rule));
        return Checked {
            normalized: Some(name),
            findings,
        };
    }
    // Spans are of the characters as the caller typed them, leading blanks and all.
    let span = |word: &str| word_span(raw, &name, word);
    if let Some((at, c)) = name
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || data::SITE_NAME_ALLOWED_SYMBOLS.contains(*c)))
    {
        findings.push(
            Finding::site_name_symbol(path, c.to_string())
                .span(raw_span(raw, &name, at..at + c.len_utf8()))
                .rule(source_rule),
        );
    }
    let counted: Vec<char> = name.chars().filter(|c| c.is_alphanumeric()).collect();
    if counted.len() < data::SITE_NAME_MIN_CHARS {
        findings.push(
            Finding::site_name_too_short(
                path,
                data::SITE_NAME_MIN_CHARS.to_string(),
                counted.len().to_string(),
            )
            .rule(source_rule),
        );
    }
    if !counted.is_empty()
        && (counted.iter().all(char::is_ascii_digit)
            || counted.iter().all(char::is_ascii_alphabetic))
        && !counted.iter().any(|c| is_cjk(*c))
    {
        findings.push(Finding::site_name_pure_alnum(path).rule(source_rule));
    }
    if let Some(w) = data::SENSITIVE_WORDS.find_in(&name) {
        findings.push(
            Finding::site_name_sensitive(path, w)
                .span(span(w))
                .rule(rule(
                    &data::SENSITIVE_WORDS,
                    crate::data::base_rule::SITE_NAME_SENSITIVE,
                )),
        );
    }
    let national_body =
        ctx.subject_kind.is_some_and(SubjectKind::is_state_body) || ctx.national_level;
    if !national_body {
        if let Some(w) = data::NATIONAL_WORDS
            .words
            .iter()
            .find(|w| name.starts_with(*w))
        {
            findings.push(
                Finding::site_name_national_word(path, *w)
                    .span(raw_span(raw, &name, 0..w.len()))
                    .rule(rule(
                        &data::NATIONAL_WORDS,
                        crate::data::base_rule::SITE_NAME_NATIONAL_WORD,
                    )),
            );
        }
    }
    let personal = ctx.subject_kind == Some(SubjectKind::Personal);
    if !national_body {
        // Inside the name: QingCloud bars the words anywhere for bodies that are not national
        // (the other sources only at the start: a warning) and anywhere for individuals.
        let inside = data::NATIONAL_WORDS.words.iter().find_map(|w| {
            crate::text::find_word(&name, w)
                .filter(|at| *at > 0)
                .map(|at| (*w, raw_span(raw, &name, at..at + w.len())))
        });
        if let Some((w, at)) = inside {
            let f = Finding::site_name_state_word(path, w).span(at).rule(rule(
                &data::NATIONAL_WORDS,
                crate::data::base_rule::SITE_NAME_STATE_WORD,
            ));
            findings.push(if personal {
                f.severity(Severity::Error)
            } else {
                f
            });
        }
    }
    if personal {
        // Place names: the provinces, then the prefecture-level places of the area-code table
        // (counties and towns are not shipped); a warning, since a dictionary match may be part
        // of another word.
        let place = data::PROVINCES
            .iter()
            .map(|p| p.zh)
            .chain(data::PLACE_NAMES.split('|'))
            .find(|p| crate::text::has_word(&name, p));
        if let Some(p) = place {
            findings.push(
                Finding::site_name_personal_forbidden(path, p)
                    .span(span(p))
                    .severity(Severity::Warning)
                    .rule(rule(
                        &data::PERSONAL_FORBIDDEN_WORDS,
                        crate::data::base_rule::SITE_NAME_PLACE_NAME,
                    )),
            );
        }
    }
    match ctx.subject_kind {
        Some(SubjectKind::Personal) => {
            if let Some(w) = data::PERSONAL_FORBIDDEN_WORDS.find_in(&name) {
                // A sensitive word already reported is not reported twice.
                if !findings.iter().any(|f| {
                    f.code == Code::SiteNameSensitive
                        && f.args.iter().any(|(_, v)| v.as_str() == Some(w))
                }) {
                    findings.push(
                        Finding::site_name_personal_forbidden(path, w)
                            .span(span(w))
                            .rule(rule(
                                &data::PERSONAL_FORBIDDEN_WORDS,
                                crate::data::base_rule::SITE_NAME_PERSONAL,
                            )),
                    );
                }
            }
        }
        Some(_) => {
            if let Some(w) = data::FINANCE_KEYWORDS.find_in(&name) {
                findings.push(Finding::finance_keyword(path, w).span(span(w)).rule(rule(
                    &data::FINANCE_KEYWORDS,
                    crate::data::base_rule::FINANCE_KEYWORD,
                )));
            }
        }
        None => {}
    }
    Checked {
        normalized: Some(name),
        findings,
    }
}
