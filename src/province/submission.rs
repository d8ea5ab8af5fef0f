//! Rows about the submission as a whole: websites and domains per order, materials a
//! situation requires, remarks, and the advisories no field can show.

use super::facts::has;
use super::RowCtx;
use crate::data::{Condition, Proofs};
use crate::diagnostic::{Code, Finding};

pub fn sites_per_submission(ctx: &RowCtx, max: u32, out: &mut Vec<Finding>) {
    let count = ctx.facts.app.websites.len();
    if count > max as usize {
        out.push(
            ctx.finding(Code::SubmissionWebsitesTooMany, format!("/websites/{max}"))
                .arg("max", max.to_string())
                .arg("count", count.to_string()),
        );
    }
}

pub fn domains_per_submission(ctx: &RowCtx, max: u32, when: &Condition, out: &mut Vec<Finding>) {
    if !ctx.facts.holds(when, None) {
        return;
    }
    let domains: Vec<String> = ctx
        .facts
        .app
        .websites
        .iter()
        .enumerate()
        .flat_map(|(i, w)| (0..w.domains.len()).map(move |j| format!("/websites/{i}/domains/{j}")))
        .collect();
    if let Some(first_extra) = domains.get(max as usize) {
        out.push(
            ctx.finding(Code::SubmissionDomainsTooMany, first_extra.clone())
                .arg("max", max.to_string())
                .arg("count", domains.len().to_string()),
        );
    }
}

pub fn materials(ctx: &RowCtx, proofs: Proofs, when: &Condition, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    if let Condition::Content(_) = when {
        // Content-bound documents belong to the website that carries the content.
        for (i, w) in f.app.websites.iter().enumerate() {
            if f.holds(when, Some(w)) && !has(&f.materials_for(Some(i)), proofs) {
                out.push(ctx.with_proofs(
                    Code::MaterialRequired,
                    format!("/websites/{i}/materials"),
                    proofs,
                ));
            }
        }
        return;
    }
    if f.holds(when, None) && !has(&f.all_materials, proofs) {
        out.push(ctx.with_proofs(Code::MaterialRequired, "/subject/materials", proofs));
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|r| r.trim().is_empty())
}

pub fn remark(
    ctx: &RowCtx,
    on_website: bool,
    text: [&str; 2],
    when: &Condition,
    out: &mut Vec<Finding>,
) {
    let f = ctx.facts;
    if !on_website {
        if f.holds(when, None) && f.subject().is_some_and(|s| blank(&s.remark)) {
            out.push(
                ctx.finding(Code::RemarkRequired, "/subject/remark")
                    .arg("text", text[0])
                    .arg("text_en", text[1]),
            );
        }
        return;
    }
    for (i, w) in f.app.websites.iter().enumerate() {
        if f.holds(when, Some(w)) && blank(&w.remark) {
            out.push(
                ctx.finding(Code::RemarkRequired, format!("/websites/{i}/remark"))
                    .arg("text", text[0])
                    .arg("text_en", text[1]),
            );
        }
    }
}

pub fn advisory(ctx: &RowCtx, zh: &str, en: &str, when: &Condition, out: &mut Vec<Finding>) {
    if !ctx.facts.holds(when, None) {
        return;
    }
    let (where_zh, where_en) = match (ctx.rule.province, ctx.facts.province) {
        (Some(_), Some(p)) => (format!("{}管局", p.zh), p.en.to_string()),
        _ => ("全国".to_string(), "the national baseline".to_string()),
    };
    out.push(
        ctx.finding(Code::ProvinceAdvisory, "")
            .severity(crate::diagnostic::Severity::Info)
            .arg("text_zh", zh)
            .arg("text_en", en)
            .arg("where_zh", where_zh)
            .arg("where_en", where_en),
    );
}
