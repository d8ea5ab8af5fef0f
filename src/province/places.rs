//! Rows about addresses and website names.

use super::RowCtx;
use crate::data;
use crate::diagnostic::{Code, Finding};

/// The city of a written address: after the province name, up to the first 市, 州, 盟 or 地区
/// (`河北省石家庄市长安区…` → `石家庄市`). `None` when the address does not say.
pub fn city(address: &str) -> Option<&str> {
    let mut rest = address.trim();
    for p in data::PROVINCES {
        if let Some(r) = rest.strip_prefix(p.zh) {
            rest = [
                "省",
                "市",
                "壮族自治区",
                "回族自治区",
                "维吾尔自治区",
                "自治区",
            ]
            .iter()
            .find_map(|s| r.strip_prefix(s))
            .unwrap_or(r);
            break;
        }
    }
    // A city name is short: a marker further in belongs to a street or a building.
    let end = ["市", "州", "盟", "地区"]
        .iter()
        .filter_map(|m| rest.find(m).map(|i| i + m.len()))
        .filter(|&i| rest[..i].chars().count() <= 8 && rest[..i].chars().count() >= 2)
        .min()?;
    Some(&rest[..end])
}

pub fn same_city(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let Some(s) = ctx.facts.subject() else {
        return;
    };
    let (Some(a), Some(d)) = (
        s.address.as_deref().and_then(city),
        s.document_address.as_deref().and_then(city),
    ) else {
        return;
    };
    if a != d {
        out.push(ctx.own(Finding::address_city_mismatch(
            "/subject/address",
            a,
            d,
            ctx.province(),
        )));
    }
}

/// The province an address starts with (`河北省石家庄市…` → 河北).
pub fn province_named(address: &str) -> Option<&'static data::ProvinceInfo> {
    let a = address.trim();
    data::PROVINCES.iter().find(|p| a.starts_with(p.zh))
}

pub fn in_province(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let (Some(s), Some(here)) = (ctx.facts.subject(), ctx.facts.province) else {
        return;
    };
    let Some(mail) = s.address.as_deref().and_then(province_named) else {
        return;
    };
    if mail.code != here.code {
        out.push(ctx.own(Finding::address_not_in_province(
            "/subject/address",
            mail.name,
            ctx.province(),
        )));
        return;
    }
    // Alibaba's guide lets the certificate's address differ from the region; WeChat's and the
    // reviewers' returns do not: a warning, for organisations (an individual's ID address is
    // the non-local rules' concern).
    let doc = s.document_address.as_deref().and_then(province_named);
    if let Some(d) = doc.filter(|d| d.code != mail.code && ctx.facts.is_entity()) {
        out.push(
            ctx.own(Finding::address_province_mismatch(
                "/subject/document_address",
                mail.name,
                d.name,
            ))
            .severity(crate::diagnostic::Severity::Warning),
        );
    }
}

pub fn no_symbols(ctx: &RowCtx, symbols: &str, out: &mut Vec<Finding>) {
    let Some(address) = ctx.facts.subject().and_then(|s| s.address.as_deref()) else {
        return;
    };
    if let Some(c) = address.chars().find(|c| symbols.contains(*c)) {
        out.push(ctx.own(Finding::address_has_symbols(
            "/subject/address",
            c.to_string(),
        )));
    }
}

pub fn district(ctx: &RowCtx, trigger: &str, districts: &[&str], out: &mut Vec<Finding>) {
    let Some(address) = ctx.facts.subject().and_then(|s| s.address.as_deref()) else {
        return;
    };
    if address.contains(trigger) && !districts.iter().any(|d| address.contains(d)) {
        out.push(ctx.own(Finding::address_district_unclear(
            "/subject/address",
            trigger,
            districts.join("、"),
        )));
    }
}

/// Words a website name may add to the organisation's name and still be its name.
const NAME_ENDINGS: &[&str] = &["官方网站", "官网", "网站", "网"];

pub fn site_name_entity(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    let Some(entity) = f.subject().and_then(|s| s.name.as_deref()).map(str::trim) else {
        return;
    };
    for (i, w) in f.app.websites.iter().enumerate() {
        let Some(name) = w.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        let core = NAME_ENDINGS
            .iter()
            .find_map(|e| name.strip_suffix(e))
            .unwrap_or(name);
        // A short name is a part of the full name (哈尔滨某某科技有限公司 → 某某科技).
        let is_name = name == entity || (core.chars().count() >= 2 && entity.contains(core));
        if !is_name {
            out.push(ctx.own(Finding::site_name_not_entity_name(
                format!("/websites/{i}/name"),
                ctx.province(),
                entity,
            )));
        }
    }
}

pub fn site_names_unique(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let sites = &ctx.facts.app.websites;
    for (i, w) in sites.iter().enumerate() {
        let Some(name) = w.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        let earlier = sites[..i]
            .iter()
            .any(|o| o.name.as_deref().map(str::trim) == Some(name));
        if earlier {
            out.push(ctx.own(Finding::site_name_duplicate(
                format!("/websites/{i}/name"),
                name,
            )));
        }
    }
}

/// A name of a form the province prescribes (`*的个人博客`, the `*` a non-empty name) keeps the
/// national finding on a word of the form's fixed part, as a warning: the form is the province's
/// (2017, low confidence), the word ban the national guidance's.
pub fn site_name_form(ctx: &RowCtx, forms: &[&str], out: &mut [Finding]) {
    for (i, w) in ctx.facts.app.websites.iter().enumerate() {
        let Some(name) = w.name.as_deref().map(str::trim) else {
            continue;
        };
        let Some(fixed) = forms.iter().find_map(|f| {
            let fixed = f.strip_prefix('*')?;
            name.strip_suffix(fixed)
                .is_some_and(|who| !who.is_empty())
                .then_some(fixed)
        }) else {
            continue;
        };
        let path = format!("/websites/{i}/name");
        for f in out.iter_mut().filter(|f| {
            f.code == Code::SiteNamePersonalForbidden
                && f.path == path
                && f.args
                    .iter()
                    .any(|(k, v)| *k == "word" && v.as_str().is_some_and(|w| fixed.contains(w)))
        }) {
            f.severity = f.severity.min(crate::diagnostic::Severity::Warning);
        }
    }
}

pub fn site_name_forbidden(ctx: &RowCtx, words: &[&str], out: &mut Vec<Finding>) {
    for (i, w) in ctx.facts.app.websites.iter().enumerate() {
        let Some(name) = w.name.as_deref() else {
            continue;
        };
        if let Some(word) = words.iter().find(|word| name.contains(*word)) {
            // `name` is the folded one; its span is in the name as given.
            let span =
                ctx.facts.given.websites.get(i).and_then(|g| {
                    crate::text::word_span(g.name.as_deref().unwrap_or(""), name, word)
                });
            out.push(
                ctx.own(
                    Finding::site_name_personal_forbidden(format!("/websites/{i}/name"), *word)
                        .span(span),
                ),
            );
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::city;
    use proptest::prelude::*;

    #[test]
    fn reads_the_city_after_the_province() {
        assert_eq!(city("河北省石家庄市长安区中山路1号"), Some("石家庄市"));
        assert_eq!(city("保定市竞秀区"), Some("保定市"));
        assert_eq!(city("新疆维吾尔自治区乌鲁木齐市天山区"), Some("乌鲁木齐市"));
        // A municipality is its own city: nothing after the name says 市.
        assert_eq!(city("天津市和平区"), None);
        assert_eq!(city("中山路90号"), None);
    }

    proptest! {
        #[test]
        fn city_is_a_short_piece_of_the_address(s in "[河北省石家庄市州盟地区a-z0-9 ]{0,40}|\\PC{0,40}") {
            if let Some(c) = city(&s) {
                prop_assert!(s.contains(c));
                prop_assert!((2..=8).contains(&c.chars().count()));
            }
        }
    }
}
