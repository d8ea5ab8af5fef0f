//! Compiles the whole-application rule kinds of `province-rules.json` (baseline and provinces)
//! through the mapping of `data/province-engine.json`: research names of documents and proofs
//! become materials, `when` texts become conditions. Anything the mapping does not name fails
//! the build.

use super::{s, str_list, SubjectKinds};
use serde_json::Value;
use std::collections::BTreeSet;

pub struct Engine {
    map: Value,
    materials: BTreeSet<String>,
}

impl Engine {
    pub fn new(map: Value, materials: BTreeSet<String>) -> Engine {
        for key in ["materials", "conditions", "advisory_kinds", "not_evaluated"] {
            assert!(map.get(key).is_some(), "province-engine.json lacks {key}");
        }
        Engine { map, materials }
    }

    pub fn is_not_evaluated(&self, id: &str) -> bool {
        self.map["not_evaluated"]["rows"].get(id).is_some()
    }

    pub fn is_advisory(&self, kind: &str) -> bool {
        self.map["advisory_kinds"]["kinds"].get(kind).is_some()
    }

    /// The materials that satisfy research names of documents or proofs (any one entry; an
    /// entry `a+b` needs both).
    fn materials_of(&self, names: &[String], id: &str) -> Vec<String> {
        let mut out = Vec::new();
        for n in names {
            let mapped = self.map["materials"]["names"]
                .get(n.as_str())
                .unwrap_or_else(|| {
                    panic!("{id}: document/proof {n:?} not mapped in province-engine.json")
                });
            for m in str_list(mapped, id) {
                for part in m.split('+') {
                    assert!(
                        self.materials.contains(part),
                        "{id}: material {part:?} is not in the materials vocabulary"
                    );
                }
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        out
    }

    /// `&["residence_permit", …]`: any one of the names' materials.
    pub fn proofs(&self, names: &[String], id: &str) -> String {
        super::rust_str_slice(&self.materials_of(names, id))
    }

    /// The English of a remark the rows prescribe: the user types the Chinese, the English
    /// message quotes it and says what it means.
    fn remark_en(&self, zh: &str, id: &str) -> String {
        self.map["remark_en"]["texts"]
            .get(zh)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{id}: remark {zh:?} has no English in province-engine.json"))
            .to_string()
    }

    fn proof(&self, name: &str, id: &str) -> String {
        self.proofs(&[name.to_string()], id)
    }

    fn condition(&self, when: &str, kinds: &SubjectKinds, id: &str) -> String {
        let c = &self.map["conditions"];
        if let Some(list) = c["subject_kinds"].get(when) {
            let v: Vec<String> = str_list(list, id)
                .iter()
                .map(|k| kinds.variant(k, id))
                .collect();
            return format!("Condition::SubjectKinds(&[{}])", v.join(", "));
        }
        if let Some(count) = c["counts"].get(when) {
            let what = match s(count, "count", id) {
                "websites" => "Count::Websites",
                "existing_websites" => "Count::ExistingWebsites",
                "domains" => "Count::Domains",
                other => panic!("{id}: unknown count {other}"),
            };
            if let Some(min) = count.get("min").and_then(Value::as_u64) {
                return format!("Condition::AtLeast({what}, {min})");
            }
            let max = count["max"].as_u64().expect("count max");
            return format!("Condition::AtMost({what}, {max})");
        }
        if let Some(content) = c["content"].get(when).and_then(Value::as_str) {
            return format!("Condition::Content(Content::{})", super::camel(content));
        }
        panic!("{id}: condition {when:?} not mapped in province-engine.json")
    }

    /// The `RuleKind` expression for a row of an application kind, or `None` when the kind is
    /// not one of them. `bureau` names whose rule the row is (a `Text` expression).
    pub fn kind_code(
        &self,
        kind: &str,
        r: &Value,
        id: &str,
        kinds: &SubjectKinds,
        bureau: &str,
    ) -> Option<String> {
        let value = &r["value"];
        let text = |v: &Value| -> String {
            v.as_str()
                .unwrap_or_else(|| panic!("{id}: expected text"))
                .to_string()
        };
        let code = match kind {
            "min_age" => {
                let age = |v: &Value| v.as_u64().map_or(0, |n| n as u8);
                if let Some(n) = value.as_u64() {
                    format!("RuleKind::MinAge(AgeRule {{ min: {n}, proof_until: 0, proof: &[], legal_rep_min: {n}, legal_rep_proof_until: 0, legal_rep_proof: &[] }})")
                } else if value.get("legal_rep").is_some() {
                    let rep_proof = self.proof(
                        s(&self.map["age_proof"], "legal_rep_proof", id),
                        id,
                    );
                    format!(
                        "RuleKind::MinAge(AgeRule {{ min: {}, proof_until: 0, proof: &[], legal_rep_min: {}, legal_rep_proof_until: {}, legal_rep_proof: {rep_proof} }})",
                        age(&value["website_leader"]),
                        age(&value["legal_rep"]),
                        age(&value["legal_rep_proof_until"])
                    )
                } else {
                    let proof = self.proof(s(value, "proof", id), id);
                    let min = age(&value["min"]);
                    let until = age(&value["proof_until"]);
                    let (rep_min, rep_until, rep_proof) = match value.get("except").and_then(Value::as_str) {
                        Some("法定代表人") => (min, 0, "&[]".to_string()),
                        Some(other) => panic!("{id}: unknown age exception {other}"),
                        None => (min, until, proof.clone()),
                    };
                    format!("RuleKind::MinAge(AgeRule {{ min: {min}, proof_until: {until}, proof: {proof}, legal_rep_min: {rep_min}, legal_rep_proof_until: {rep_until}, legal_rep_proof: {rep_proof} }})")
                }
            }
            "personal_nonlocal_id" => {
                let mode = match value.as_str() {
                    Some("reject") => "Reject",
                    Some("require_residence_proof") => "RequireProof",
                    Some("allowed") => "Allowed",
                    Some("per_province") => "PerProvince",
                    other => panic!("{id}: unknown personal_nonlocal_id {other:?}"),
                };
                let mut names = r
                    .get("accepted_proofs")
                    .map(|p| str_list(p, id))
                    .unwrap_or_default();
                let soft = match r.get("alt_value").and_then(Value::as_str) {
                    Some("require_residence_proof") => true,
                    None => false,
                    Some(other) => panic!("{id}: unknown alt_value {other}"),
                };
                if names.is_empty() && (mode != "Allowed") {
                    // No list in the sources: a residence permit is what every bureau names.
                    names.push("居住证".to_string());
                }
                format!(
                    "RuleKind::PersonalNonlocal {{ mode: NonlocalMode::{mode}, proofs: {}, soft_with_proof: {soft} }}",
                    self.proofs(&names, id)
                )
            }
            "leader_must_be_legal_rep" => match value.as_str() {
                Some("required") => "RuleKind::LeaderLegalRep { letter: None }".to_string(),
                Some("auth_letter") => format!(
                    "RuleKind::LeaderLegalRep {{ letter: Some({}) }}",
                    self.proof("主体负责人授权书", id)
                ),
                other => panic!("{id}: unknown leader_must_be_legal_rep {other:?}"),
            },
            "site_leader_auth_letter" => format!(
                "RuleKind::SiteLeaderAuthLetter({})",
                self.proof("法人授权书", id)
            ),
            "same_person_when" => {
                assert_eq!(s(value, "when", id), "主体负责人 != 法定代表人", "{id}: when");
                format!(
                    "RuleKind::SamePersonWhenNotLegalRep({})",
                    self.proof(s(value, "doc", id), id)
                )
            }
            "must_differ" => format!(
                "RuleKind::LeadersMustDiffer({})",
                self.proof("法人授权书", id)
            ),
            "phone_local" => "RuleKind::PhoneLocal".to_string(),
            "emergency_phone_distinct" => "RuleKind::EmergencyDistinct".to_string(),
            "emergency_phone_rule" => {
                let which = text(value);
                let remark = self.map["emergency_remark"]
                    .get(which.as_str())
                    .and_then(Value::as_str)
                    .unwrap_or_else(|| panic!("{id}: emergency_phone_rule {which:?} not mapped"));
                format!(
                    "RuleKind::EmergencyOtherPerson {{ remark: {} }}",
                    super::texts::pair(remark, &self.remark_en(remark, id))
                )
            }
            "phones_not_cross_used" => "RuleKind::PhonesNotCrossUsed".to_string(),
            "landline_local" => "RuleKind::LandlineLocal".to_string(),
            "office_phone_required" => "RuleKind::OfficePhoneRequired".to_string(),
            "leader_full_name" => format!(
                "RuleKind::LeaderFullName({})",
                super::rust_str_slice(&str_list(value, id))
            ),
            "max_sites_per_submission" => format!(
                "RuleKind::MaxSitesPerSubmission({})",
                value.as_u64().unwrap_or_else(|| panic!("{id}: max"))
            ),
            "max_domains_per_submission" => format!(
                "RuleKind::MaxDomainsPerSubmission {{ max: {}, when: Condition::Always }}",
                value.as_u64().unwrap_or_else(|| panic!("{id}: max"))
            ),
            "max_domains_per_submission_when" => {
                let max = value["max"].as_u64().unwrap_or_else(|| panic!("{id}: max"));
                let when = if let Some(w) = value.get("when").and_then(Value::as_str) {
                    self.condition(w, kinds, id)
                } else {
                    format!(
                        "Condition::ExistingAbove {{ personal: {}, entity: {} }}",
                        value["personal_existing_gt"].as_u64().expect("personal_existing_gt"),
                        value["entity_existing_gt"].as_u64().expect("entity_existing_gt")
                    )
                };
                format!("RuleKind::MaxDomainsPerSubmission {{ max: {max}, when: {when} }}")
            }
            "doc_required" => format!(
                "RuleKind::MaterialsRequired {{ proofs: {}, when: Condition::Always }}",
                // Every listed document is needed: one entry joining them all.
                super::rust_str_slice(&[self.materials_of(&str_list(value, id), id).join("+")])
            ),
            "doc_required_when" => format!(
                "RuleKind::MaterialsRequired {{ proofs: {}, when: {} }}",
                self.proof(s(value, "doc", id), id),
                self.condition(s(value, "when", id), kinds, id)
            ),
            "preapproval_required_for_subject" => {
                let types = str_list(&value["types"], id);
                let list: Vec<String> = types
                    .iter()
                    .map(|t| kinds.variant_for_alias(t, id))
                    .collect();
                format!(
                    "RuleKind::MaterialsRequired {{ proofs: {}, when: Condition::SubjectKinds(&[{}]) }}",
                    self.proof(s(value, "by", id), id),
                    list.join(", ")
                )
            }
            "preapproval_required_for_content" => format!(
                "RuleKind::MaterialsRequired {{ proofs: {}, when: {} }}",
                self.proof(s(value, "doc", id), id),
                self.condition(s(value, "content", id), kinds, id)
            ),
            "remark_required" => format!(
                "RuleKind::RemarkRequired {{ on_website: {}, text: {}, when: Condition::Always }}",
                s(r, "field", id).starts_with("website"),
                super::texts::pair(&text(value), &self.remark_en(&text(value), id))
            ),
            "remark_required_when" => format!(
                "RuleKind::RemarkRequired {{ on_website: {}, text: {}, when: {} }}",
                s(r, "field", id).starts_with("website"),
                super::texts::pair(
                    s(value, "text", id),
                    &self.remark_en(s(value, "text", id), id)
                ),
                self.condition(s(value, "when", id), kinds, id)
            ),
            "address_same_city_as_certificate" => "RuleKind::AddressSameCity".to_string(),
            "site_name_pattern" => format!(
                "RuleKind::SiteNameForm({})",
                super::rust_str_slice(&str_list(value, id))
            ),
            "address_in_filing_province" => "RuleKind::AddressInProvince".to_string(),
            "credit_code_not_org_code" => "RuleKind::CreditCodeRequired".to_string(),
            "address_detail_no_symbols" => format!(
                "RuleKind::AddressNoSymbols({:?})",
                s(&self.map["address_symbols"], "symbols", id)
            ),
            "address_district_rule" => {
                let d = &self.map["district_rule"];
                format!(
                    "RuleKind::AddressDistrict {{ trigger: {:?}, districts: {} }}",
                    s(d, "trigger", id),
                    super::rust_str_slice(&str_list(&d["districts"], id))
                )
            }
            "temporary_id_rejected" => "RuleKind::DocumentTypeRejected { types: &[DocumentType::TemporaryResidentId], who: Who::Subject }".to_string(),
            "foreigner_rejected" => "RuleKind::DocumentTypeRejected { types: &[DocumentType::Passport, DocumentType::ForeignPermanentId], who: Who::Leaders }".to_string(),
            "hk_resident_id_type" => {
                assert_eq!(value.as_str(), Some("passport_only"), "{id}");
                "RuleKind::DocumentTypeRejected { types: &[DocumentType::HkMoPermit], who: Who::Leaders }".to_string()
            }
            "local_id_prefix_rule" => format!(
                "RuleKind::LocalIdPrefix {{ prefix: {:?}, proofs: {} }}",
                s(value, "prefix", id),
                self.proof(s(value, "else", id), id)
            ),
            "entity_leaders_nonlocal_need_permit" => format!(
                "RuleKind::EntityLeadersNonlocal({})",
                self.proof("居住证", id)
            ),
            "leader_unique_across_subjects" => format!(
                "RuleKind::LeaderUnique {{ website_leaders_only: {} }}",
                s(r, "field", id).starts_with("website_leader")
            ),
            "leaders_legal_rep_when_name_contains" => format!(
                "RuleKind::LegalRepWhenNameContains({})",
                super::rust_str_slice(&str_list(value, id))
            ),
            "site_name_equals_entity_name" => "RuleKind::SiteNameIsEntityName".to_string(),
            "site_names_unique_within_subject" => "RuleKind::SiteNamesUnique".to_string(),
            "site_name_forbidden" => {
                let mut words = Vec::new();
                for w in str_list(value, id) {
                    if w == "地名" {
                        words.extend(str_list(&self.map["place_names"]["words"], id));
                    } else {
                        words.push(w);
                    }
                }
                format!("RuleKind::SiteNameForbidden({})", super::rust_str_slice(&words))
            }
            k if self.is_advisory(k) => {
                let when = match k {
                    "existing_sites_match_filing" | "footer_icp_number_linked" => {
                        "Condition::AtLeast(Count::ExistingWebsites, 1)".to_string()
                    }
                    "sole_proprietor_rule" => format!(
                        "Condition::SoleProprietor({:?})",
                        s(&self.map["sole_proprietor"], "uscc_prefix", id)
                    ),
                    "foreign_legal_rep" => "Condition::LeaderNotMainlandId".to_string(),
                    // About a site being filed: not for changes or cancellations.
                    "site_closed_until_approved" | "no_resolution_before_approval" => {
                        "Condition::NewSites".to_string()
                    }
                    _ => "Condition::Always".to_string(),
                };
                // One wording per fact: a row whose words disagree with the other data is
                // shown in the mapping's words.
                let own = self.map["advisory_texts"]["rows"].get(id);
                let words = |key: &str, row_key: &str| {
                    own.map_or_else(|| s(r, row_key, id), |o| s(o, key, id))
                };
                format!(
                    "RuleKind::Advisory {{ text: {}, bureau: {bureau}, when: {when} }}",
                    super::texts::pair(
                        &super::legal_rep_words(words("zh", "note_zh")),
                        words("en", "summary_en")
                    )
                )
            }
            _ => return None,
        };
        Some(code)
    }
}
