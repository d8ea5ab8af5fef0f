//! Rows about the people: age, where their ID was issued, legal representative and letters,
//! document types, phones.

use super::facts::{has, issued_in, proof_names, province_of, Leader};
use super::RowCtx;
use crate::data::{AgeRule, NonlocalMode, Proofs, Who};
use crate::date::Date;
use crate::diagnostic::{pointer_push, Finding, Severity};
use crate::fields::resident_id;
use crate::texts::Text;
use crate::vocab::DocumentType;

/// The day someone born on `born` turns `years` (1 March for 29 February in other years).
fn turns(born: Date, years: u8) -> Option<Date> {
    let y = born.year + i32::from(years);
    Date::new(y, born.month, born.day).or_else(|| Date::new(y, 3, 1))
}

pub fn age(ctx: &RowCtx, rule: &AgeRule, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    for l in &f.leaders {
        let Some(doc) = &l.person.document else {
            continue;
        };
        // Only ID numbers carry a birth date; other documents get no age check.
        if !matches!(
            doc.doc_type,
            Some(
                DocumentType::ResidentId
                    | DocumentType::TemporaryResidentId
                    | DocumentType::HmtResidencePermit
            )
        ) {
            continue;
        }
        // No age from a number that failed its format (a 15-digit legacy number, a credit code).
        let readable = doc.number.as_deref().and_then(resident_id::readable);
        let Some(born) = readable.as_deref().and_then(resident_id::birth_date) else {
            continue;
        };
        let legal_rep =
            l.website.is_none() && f.is_entity() && f.is_legal_rep(l.person) == Some(true);
        let (min, until, proof) = if legal_rep {
            (
                rule.legal_rep_min,
                rule.legal_rep_proof_until,
                rule.legal_rep_proof,
            )
        } else {
            (rule.min, rule.proof_until, rule.proof)
        };
        let path = pointer_push(&l.at("document"), "number");
        if min > 0 {
            if let Some(on) = turns(born, min).filter(|on| f.today < *on) {
                out.push(ctx.own(Finding::leader_underage(path, min, on.to_string())));
                continue;
            }
        }
        if until > min
            && !has(&f.materials_for(l.website), proof)
            && turns(born, until).is_some_and(|on| f.today < on)
        {
            out.push(ctx.own(Finding::leader_minor_needs_proof(
                path,
                until,
                ctx.province(),
                proof_names(proof),
            )));
        }
    }
}

/// The applicant's identity document (the personal subject's own, else its leader's), where it
/// was issued, and the path to report at.
struct Applicant<'a> {
    issued: Option<&'a str>,
    number: &'a str,
    path: String,
    /// The document is itself a residence permit (港澳台居民居住证).
    permit: bool,
}

fn applicant<'a>(ctx: &RowCtx<'a>) -> Option<Applicant<'a>> {
    let own = ctx.facts.subject()?.document.as_ref();
    let (doc, path) = match own.and_then(|d| issued_in(d).map(|_| d)) {
        Some(d) => (d, "/subject/document/number".to_string()),
        None => {
            let l = ctx.facts.subject_leader()?;
            (
                l.person.document.as_ref()?,
                pointer_push(&l.at("document"), "number"),
            )
        }
    };
    Some(Applicant {
        issued: issued_in(doc)?,
        number: doc.number.as_deref().unwrap_or(""),
        path,
        permit: holds_permit(doc),
    })
}

/// A Hong Kong, Macao or Taiwan resident's residence permit is issued by the mainland place
/// they live in, which its number (810000/820000/830000) does not say: the document is the
/// residence permit a non-local applicant is asked for, not a sign of living elsewhere.
fn holds_permit(doc: &crate::application::Document) -> bool {
    doc.doc_type == Some(DocumentType::HmtResidencePermit)
}

/// The materials, with the residence permit the document itself is.
fn with_permit<'a>(materials: &[&'a str], permit: bool) -> Vec<&'a str> {
    let mut m = materials.to_vec();
    if permit {
        m.push("residence_permit");
    }
    m
}

fn is_local(ctx: &RowCtx, issued: Option<&str>) -> bool {
    issued.is_some() && issued == ctx.facts.province.map(|p| p.code)
}

pub fn nonlocal(
    ctx: &RowCtx,
    mode: NonlocalMode,
    proofs: Proofs,
    soft_with_proof: bool,
    out: &mut Vec<Finding>,
) {
    let f = ctx.facts;
    if f.is_entity() || f.province.is_none() {
        return;
    }
    let Some(Applicant {
        issued,
        path,
        permit,
        ..
    }) = applicant(ctx)
    else {
        return;
    };
    if is_local(ctx, issued) {
        return;
    }
    let materials = &with_permit(&f.all_materials, permit);
    match mode {
        NonlocalMode::Allowed => {}
        NonlocalMode::Reject => {
            let mut finding = ctx.own(Finding::cross_province_personal_not_accepted(
                path,
                ctx.province(),
            ));
            if (soft_with_proof && has(materials, proofs)) || permit {
                // Older sources accept a local residence proof, or the permit may have been
                // issued here: not certain enough to block.
                finding = finding.severity(Severity::Warning);
            }
            out.push(finding);
        }
        NonlocalMode::RequireProof | NonlocalMode::PerProvince => {
            if !has(materials, proofs) {
                out.push(ctx.own(Finding::cross_province_needs_residence_permit(
                    path,
                    ctx.province(),
                    proof_names(proofs),
                )));
            }
        }
    }
}

fn subject_leader_not_rep<'a>(ctx: &'a RowCtx) -> Option<&'a Leader<'a>> {
    let l = ctx.facts.subject_leader()?;
    (ctx.facts.is_legal_rep(l.person) == Some(false)).then_some(l)
}

fn subject_letter(ctx: &RowCtx, letter: Proofs) -> bool {
    has(&ctx.facts.subject_materials, letter)
}

pub fn legal_rep(ctx: &RowCtx, letter: Option<Proofs>, out: &mut Vec<Finding>) {
    let Some(l) = subject_leader_not_rep(ctx) else {
        return;
    };
    match letter {
        None => out.push(ctx.own(Finding::leader_not_legal_rep(
            l.at("is_legal_representative"),
            ctx.province(),
        ))),
        Some(letter) if !subject_letter(ctx, letter) => {
            out.push(ctx.own(Finding::leader_auth_letter_required(
                "/subject/materials",
                ctx.province(),
                proof_names(letter),
            )))
        }
        Some(_) => {}
    }
}

/// Whether a website leader who is not the legal representative is covered by a letter: the
/// website's own, or the subject's when they are the subject leader too.
fn site_letter(ctx: &RowCtx, l: &Leader, letter: Proofs) -> bool {
    let f = ctx.facts;
    if l.website
        .and_then(|i| f.website(i))
        .is_some_and(|w| has(&w.materials, letter))
    {
        return true;
    }
    let is_subject_leader = f
        .subject_leader()
        .and_then(|s| super::facts::same_person(s.person, l.person))
        == Some(true);
    is_subject_leader && subject_letter(ctx, letter)
}

fn website_materials_path(l: &Leader) -> String {
    format!("/websites/{}/materials", l.website.unwrap_or(0))
}

pub fn site_leader_letter(ctx: &RowCtx, letter: Proofs, out: &mut Vec<Finding>) {
    for l in ctx.facts.website_leaders() {
        if ctx.facts.is_legal_rep(l.person) == Some(false) && !site_letter(ctx, l, letter) {
            out.push(ctx.own(Finding::site_leader_auth_letter_required(
                website_materials_path(l),
                ctx.province(),
                proof_names(letter),
            )));
        }
    }
}

pub fn same_person_when_not_rep(ctx: &RowCtx, letter: Proofs, out: &mut Vec<Finding>) {
    let Some(subject_leader) = subject_leader_not_rep(ctx) else {
        return;
    };
    if !subject_letter(ctx, letter) {
        out.push(ctx.own(Finding::leader_auth_letter_required(
            "/subject/materials",
            ctx.province(),
            proof_names(letter),
        )));
    }
    for l in ctx.facts.website_leaders() {
        if super::facts::same_person(subject_leader.person, l.person) == Some(false) {
            out.push(ctx.own(Finding::leaders_must_be_same_person(
                l.path.clone(),
                ctx.province(),
            )));
        }
    }
}

pub fn must_differ(ctx: &RowCtx, letter: Proofs, out: &mut Vec<Finding>) {
    let Some(subject_leader) = ctx.facts.subject_leader() else {
        return;
    };
    for l in ctx.facts.website_leaders() {
        match super::facts::same_person(subject_leader.person, l.person) {
            Some(true) => {
                out.push(ctx.own(Finding::leaders_must_differ(l.path.clone(), ctx.province())))
            }
            Some(false)
                if ctx.facts.is_legal_rep(l.person) == Some(false)
                    && !site_letter(ctx, l, letter) =>
            {
                out.push(ctx.own(Finding::site_leader_auth_letter_required(
                    website_materials_path(l),
                    ctx.province(),
                    proof_names(letter),
                )))
            }
            _ => {}
        }
    }
}

/// Enterprises carry a credit code on their licence since the three-in-one reform: an
/// organisation code certificate is refused for them; other organisations, whose registrars
/// moved later, get a warning.
pub fn credit_code(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let Some(s) = ctx.facts.subject() else {
        return;
    };
    if s.document.as_ref().and_then(|d| d.doc_type) != Some(DocumentType::OrgCode) {
        return;
    }
    let f = ctx.own(Finding::credit_code_required("/subject/document/type"));
    out.push(if s.kind == Some(crate::vocab::SubjectKind::Enterprise) {
        f
    } else {
        f.severity(Severity::Warning)
    });
}

pub fn document_types(ctx: &RowCtx, types: &[DocumentType], who: Who, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    let reject = |t: DocumentType, path: String, out: &mut Vec<Finding>| {
        out.push(ctx.own(Finding::cert_type_not_accepted_in_province(
            path,
            ctx.province(),
            t.name(),
        )));
    };
    if who == Who::Subject {
        if let Some(t) = f
            .subject()
            .and_then(|s| s.document.as_ref())
            .and_then(|d| d.doc_type)
            .filter(|t| types.contains(t))
        {
            reject(t, "/subject/document/type".to_string(), out);
        }
    }
    let leaders: Vec<&Leader> = match who {
        Who::Subject => f.subject_leader().into_iter().collect(),
        Who::Leaders => f.leaders.iter().collect(),
    };
    for l in leaders {
        if let Some(t) = l
            .person
            .document
            .as_ref()
            .and_then(|d| d.doc_type)
            .filter(|t| types.contains(t))
        {
            reject(t, pointer_push(&l.at("document"), "type"), out);
        }
    }
}

pub fn local_prefix(ctx: &RowCtx, prefix: &str, proofs: Proofs, out: &mut Vec<Finding>) {
    let Some(a) = applicant(ctx) else {
        return;
    };
    if ctx.facts.is_entity() || !is_local(ctx, a.issued) {
        return;
    }
    if !a.number.starts_with(prefix) && !has(&ctx.facts.all_materials, proofs) {
        out.push(ctx.own(Finding::material_required(
            a.path,
            ctx.province(),
            proof_names(proofs),
        )));
    }
}

pub fn entity_leaders_nonlocal(ctx: &RowCtx, proofs: Proofs, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    for l in &f.leaders {
        let Some(issued) = l.person.document.as_ref().and_then(issued_in) else {
            continue;
        };
        let permit = l.person.document.as_ref().is_some_and(holds_permit);
        let materials = with_permit(&f.materials_for(l.website), permit);
        if !is_local(ctx, issued) && !has(&materials, proofs) {
            out.push(ctx.own(Finding::material_required(
                pointer_push(&l.at("document"), "number"),
                ctx.province(),
                proof_names(proofs),
            )));
        }
    }
}

pub fn unique(ctx: &RowCtx, website_leaders_only: bool, out: &mut Vec<Finding>) {
    for l in &ctx.facts.leaders {
        if website_leaders_only && l.website.is_none() {
            continue;
        }
        if l.person.leads_other_subject == Some(true) {
            out.push(ctx.own(Finding::leader_id_duplicate(
                l.at("leads_other_subject"),
                ctx.province(),
            )));
        }
    }
}

pub fn legal_rep_by_name(ctx: &RowCtx, words: &[&str], out: &mut Vec<Finding>) {
    let f = ctx.facts;
    let name = f.subject().and_then(|s| s.name.as_deref()).unwrap_or("");
    if !words.iter().any(|w| name.contains(w)) {
        return;
    }
    for l in &f.leaders {
        if f.is_legal_rep(l.person) == Some(false) {
            out.push(ctx.own(Finding::leader_not_legal_rep(
                l.at("is_legal_representative"),
                ctx.province(),
            )));
        }
    }
}

pub fn phone_local(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let Some(here) = ctx.facts.province else {
        return;
    };
    for l in &ctx.facts.leaders {
        // Without a number-segment table the home province is what the user states.
        let Some(home) = l.person.mobile_province.as_deref().and_then(province_of) else {
            continue;
        };
        if home.code != here.code {
            out.push(ctx.own(Finding::phone_not_local(
                l.at("mobile"),
                ctx.province(),
                home.name,
            )));
        }
    }
}

fn phone(p: &Option<String>) -> Option<&str> {
    p.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

pub fn emergency_distinct(ctx: &RowCtx, out: &mut Vec<Finding>) {
    for l in &ctx.facts.leaders {
        if let (Some(m), Some(e)) = (phone(&l.person.mobile), phone(&l.person.emergency_phone)) {
            if m == e {
                out.push(ctx.own(Finding::emergency_phone_same(l.at("emergency_phone"))));
            }
        }
    }
}

pub fn emergency_other(ctx: &RowCtx, remark: Text, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    let mobiles: Vec<&str> = f
        .leaders
        .iter()
        .filter_map(|l| phone(&l.person.mobile))
        .collect();
    for l in &f.leaders {
        if let Some(e) = phone(&l.person.emergency_phone) {
            if mobiles.contains(&e) {
                out.push(ctx.own(Finding::emergency_phone_is_leader(
                    l.at("emergency_phone"),
                    ctx.province(),
                )));
            }
        }
    }
    // Older sources put the remark with the subject, the newest (UCloud 2024: "均写在网站…服务
    // 信息的备注项中") with the website: either is accepted, the website's is asked for.
    let written = |r: &Option<String>| r.as_deref().is_some_and(|r| !r.trim().is_empty());
    let subject = f.subject().is_some_and(|s| written(&s.remark));
    if !subject && !f.app.websites.iter().any(|w| written(&w.remark)) {
        let path = if f.app.websites.is_empty() {
            "/subject/remark"
        } else {
            "/websites/0/remark"
        };
        out.push(ctx.own(Finding::remark_required(path, ctx.province(), remark)));
    }
}

pub fn phones_cross_used(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    for a in &f.leaders {
        let Some(e) = phone(&a.person.emergency_phone) else {
            continue;
        };
        let crossed = f.leaders.iter().any(|b| {
            super::facts::same_person(a.person, b.person) == Some(false)
                && phone(&b.person.mobile) == Some(e)
        });
        if crossed {
            out.push(ctx.own(Finding::phone_duplicate_between_leaders(
                a.at("emergency_phone"),
                ctx.province(),
            )));
        }
    }
    // The rows' sources bar the leaders' numbers from serving each other: one mobile given for
    // two different people is the plainest case (reported at the later leader).
    for (i, a) in f.leaders.iter().enumerate() {
        let Some(m) = phone(&a.person.mobile) else {
            continue;
        };
        let shared = f.leaders[..i].iter().any(|b| {
            super::facts::same_person(a.person, b.person) == Some(false)
                && phone(&b.person.mobile) == Some(m)
        });
        if shared {
            out.push(ctx.own(Finding::mobile_shared_between_leaders(
                a.at("mobile"),
                ctx.province(),
            )));
        }
    }
}

/// The province a landline's area code lies in, with the code, for a number as the national
/// checks normalised it (`025-12345678`); `None` for a mobile or an area the table places
/// nowhere.
fn landline_area(raw: &str) -> Option<(String, &'static crate::data::ProvinceInfo)> {
    // Most numbers arrive normalised already: read their area without parsing them again.
    let area = match crate::fields::phone::canonical_area(raw) {
        Some(area) => area.to_string(),
        None => crate::fields::phone::landline(raw)?
            .split('-')
            .next()?
            .to_string(),
    };
    let province = crate::data::area_code(&area)?.province()?;
    Some((area, province))
}

pub fn landline_local(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let f = ctx.facts;
    let Some(here) = f.province else {
        return;
    };
    let mut numbers: Vec<(String, &str)> = Vec::new();
    if let Some(p) = f.subject().and_then(|s| phone(&s.office_phone)) {
        numbers.push(("/subject/office_phone".to_string(), p));
    }
    // An emergency number may be a landline too; the sources speak of every contact number.
    for l in &f.leaders {
        if let Some(p) = phone(&l.person.emergency_phone) {
            numbers.push((l.at("emergency_phone"), p));
        }
    }
    for (path, number) in numbers {
        let Some((area, there)) = landline_area(number) else {
            continue;
        };
        if there.code != here.code {
            out.push(ctx.own(Finding::landline_not_local(
                path,
                number,
                area,
                there.name,
                ctx.province(),
            )));
        }
    }
}

pub fn office_phone_required(ctx: &RowCtx, out: &mut Vec<Finding>) {
    let Some(s) = ctx.facts.subject() else {
        return;
    };
    if phone(&s.office_phone).is_none() {
        out.push(ctx.own(Finding::office_phone_required(
            "/subject/office_phone",
            ctx.province(),
        )));
    }
}

/// Why `name` is not a full name as a document prints it, if it is not. A resident ID prints
/// Chinese characters only; no document prints a surname with a title. A one-character title
/// (总) after two characters is read as part of a given name, so only a one-character surname
/// counts there; a compound surname (欧阳) counts before a two-character title (女士).
fn not_full_name(name: &str, titles: &[&str], resident_id: bool) -> Option<Text> {
    let name = crate::text::fold(name);
    let chars = name.chars().count();
    if chars == 1 {
        return Some(text!("只有一个字", "a single character"));
    }
    if name.chars().all(crate::fields::site_name::is_cjk) {
        let titled = titles.iter().any(|t| {
            name.strip_suffix(t).is_some_and(|surname| {
                let n = surname.chars().count();
                n == 1 || (n == 2 && t.chars().count() >= 2)
            })
        });
        if titled {
            return Some(text!("像是姓加称谓", "it reads as a surname with a title"));
        }
    }
    if resident_id && name.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Some(text!(
            "含数字或拉丁字母，居民身份证上的姓名只有汉字",
            "it has digits or Latin letters, which names on a resident ID card never have"
        ));
    }
    None
}

pub fn full_name(ctx: &RowCtx, titles: &[&str], out: &mut Vec<Finding>) {
    for l in &ctx.facts.leaders {
        let Some(name) = l
            .person
            .name
            .as_deref()
            .map(crate::text::trim)
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        let resident_id = l.person.document.as_ref().is_some_and(|d| {
            matches!(
                d.doc_type,
                Some(DocumentType::ResidentId | DocumentType::TemporaryResidentId)
            )
        });
        if let Some(reason) = not_full_name(name, titles, resident_id) {
            out.push(ctx.own(Finding::leader_name_not_full(l.at("name"), name, reason)));
        }
    }
}
