//! Licensed categories implied by a website's name or its domain's label (`新闻`, `论坛`,
//! `news`, `bbs` …): the same pre-approval as declared content, asked for as a warning, since
//! a word is a weaker sign than a declaration (`data/fields.json`, `site_names.licensed`).

use crate::application::Website;
use crate::data;
use crate::diagnostic::{pointer_push, Finding, RuleRef, Span};
use crate::vocab::Content;

fn rule() -> RuleRef {
    RuleRef {
        id: crate::data::base_rule::PREAPPROVAL_IMPLIED,
        province: None,
        source: data::LICENSED_SOURCE,
        as_of: data::LICENSED_AS_OF,
    }
}

/// The first word of a category in `text` (the whole name, or a domain's first label).
fn implied(text: &str, label: bool) -> Option<(Content, &'static str)> {
    data::LICENSED_WORDS.iter().find_map(|c| {
        let words = if label { c.labels } else { c.words };
        words
            .iter()
            .find(|w| crate::text::has_word(text, w))
            .map(|w| (c.content, *w))
    })
}

/// `w` is the normalised website (registrable domains, folded name), `raw_name` its name as
/// given; findings for categories it neither declares nor holds an approval for.
pub fn check(w: &Website, raw_name: Option<&str>, base: &str, out: &mut Vec<Finding>) {
    let mut found: Vec<(Content, &str, String, bool, Option<Span>)> = Vec::new();
    if let Some(name) = &w.name {
        if let Some((c, word)) = implied(name, false) {
            let span = raw_name.and_then(|raw| crate::text::word_span(raw, name, word));
            found.push((c, word, pointer_push(base, "name"), false, span));
        }
    }
    let domains = pointer_push(base, "domains");
    for (j, d) in w.domains.iter().enumerate() {
        let unicode = w.domains_unicode.get(j).unwrap_or(d);
        let first = |s: &str| s.split('.').next().unwrap_or("").to_ascii_lowercase();
        let hit = implied(&first(d), true).or_else(|| implied(&first(unicode), false));
        if let Some((c, word)) = hit {
            // A word of a domain has no span: the label is the domain's normalised form, whose
            // characters need not be those typed.
            found.push((c, word, pointer_push(&domains, &j.to_string()), true, None));
        }
    }
    for (c, word, path, in_domain, span) in found {
        let declared =
            w.content.contains(&c) || w.preapprovals.iter().any(|p| p.category == Some(c));
        let Some(approval) = data::preapproval(c).filter(|_| !declared) else {
            continue;
        };
        let state = if approval.required {
            Vec::new()
        } else {
            vec![text!(
                "（全国已取消，部分管局仍要求）",
                " (abolished nationally; some bureaux still ask)"
            )]
        };
        let at = if in_domain {
            text!("域名", "domain")
        } else {
            text!("名称", "name")
        };
        out.push(
            Finding::preapproval_implied(path, at, word, c.name(), approval.licence, state)
                .span(span)
                .rule(rule()),
        );
    }
}
