//! Rows about the submission as a whole: websites and domains per order, materials a
//! situation requires, remarks, and the advisories no field can show.

use super::facts::{has, proof_names};
use super::RowCtx;
use crate::data::{Condition, Proofs};
use crate::diagnostic::Finding;
use crate::texts::Text;

pub fn sites_per_submission(ctx: &RowCtx, max: u32, out: &mut Vec<Finding>) {
    let count = ctx.facts.app.websites.len();
    if count > max as usize {
        out.push(ctx.own(Finding::submission_websites_too_many(
            format!("/websites/{max}"),
            ctx.province(),
            max,
            count,
        )));
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
        out.push(ctx.own(Finding::submission_domains_too_many(
            first_extra.clone(),
            ctx.province(),
            max,
            domains.len(),
        )));
    }
}

pub fn materials(ctx: &RowCtx, proofs: Proofs, when: &Condition, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    if let Condition::Content(_) = when {
        // Content-bound documents belong to the website that carries the content.
        for (i, w) in f.app.websites.iter().enumerate() {
            if f.holds(when, Some(w)) && !has(&f.materials_for(Some(i)), proofs) {
                out.push(ctx.own(Finding::material_required(
                    format!("/websites/{i}/materials"),
                    ctx.province(),
                    proof_names(proofs),
                )));
            }
        }
        return;
    }
    if f.holds(when, None) && !has(&f.all_materials, proofs) {
        out.push(ctx.own(Finding::material_required(
            "/subject/materials",
            ctx.province(),
            proof_names(proofs),
        )));
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|r| r.trim().is_empty())
}

pub fn remark(
    ctx: &RowCtx,
    on_website: bool,
    text: Text,
    when: &Condition,
    out: &mut Vec<Finding>,
) {
    let f = ctx.facts;
    if !on_website {
        if f.holds(when, None) && f.subject().is_some_and(|s| blank(&s.remark)) {
            out.push(ctx.own(Finding::remark_required(
                "/subject/remark",
                ctx.province(),
                text,
            )));
        }
        return;
    }
    for (i, w) in f.app.websites.iter().enumerate() {
        if f.holds(when, Some(w)) && blank(&w.remark) {
            out.push(ctx.own(Finding::remark_required(
                format!("/websites/{i}/remark"),
                ctx.province(),
                text,
            )));
        }
    }
}

/// A rule of `bureau` (a province's, or the national baseline's) no field can show.
pub fn advisory(ctx: &RowCtx, text: Text, bureau: Text, when: &Condition, out: &mut Vec<Finding>) {
    if !ctx.facts.holds(when, None) {
        return;
    }
    out.push(
        ctx.own(Finding::province_advisory("", bureau, text))
            .severity(crate::diagnostic::Severity::Info),
    );
}
