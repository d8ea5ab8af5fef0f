//! What the rows read from an application, worked out once: the people with their paths,
//! materials, counts, and where each ID was issued.

use super::Scope;
use crate::application::{Application, Document, Person, Subject, Website};
use crate::data::{self, Condition, Count, Proofs, ProvinceInfo};
use crate::diagnostic::pointer_push;
use crate::vocab::DocumentType;
use crate::vocab::SubjectKind;

/// A leader and where the form shows them.
pub struct Leader<'a> {
    pub person: &'a Person,
    pub path: String,
    /// The website they lead; `None` for the subject leader.
    pub website: Option<usize>,
}

impl Leader<'_> {
    pub fn at(&self, member: &str) -> String {
        pointer_push(&self.path, member)
    }
}

pub struct Facts<'a> {
    pub app: &'a Application,
    /// The application before normalisation (`Scope::given`).
    pub given: &'a Application,
    pub province: Option<&'static ProvinceInfo>,
    pub subject_kind: Option<SubjectKind>,
    pub today: crate::date::Date,
    pub leaders: Vec<Leader<'a>>,
    /// The subject's materials, and those of the whole application.
    pub subject_materials: Vec<&'a str>,
    pub all_materials: Vec<&'a str>,
    pub existing: super::Existing,
}

impl<'a> Facts<'a> {
    pub fn new(scope: &Scope<'a>, app: &'a Application) -> Facts<'a> {
        let mut leaders = Vec::new();
        if let Some(p) = app.subject.as_ref().and_then(|s| s.leader.as_ref()) {
            leaders.push(Leader {
                person: p,
                path: "/subject/leader".to_string(),
                website: None,
            });
        }
        for (i, w) in app.websites.iter().enumerate() {
            if let Some(p) = &w.leader {
                leaders.push(Leader {
                    person: p,
                    path: format!("/websites/{i}/leader"),
                    website: Some(i),
                });
            }
        }
        let subject_materials: Vec<&str> = app
            .subject
            .as_ref()
            .map(|s| s.materials.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let mut all_materials = subject_materials.clone();
        for w in &app.websites {
            all_materials.extend(w.materials.iter().map(String::as_str));
        }
        Facts {
            app,
            given: scope.given,
            province: scope.province.and_then(data::province),
            subject_kind: scope.subject_kind,
            today: scope.today,
            leaders,
            subject_materials,
            all_materials,
            existing: scope.existing,
        }
    }

    pub fn subject(&self) -> Option<&'a Subject> {
        self.app.subject.as_ref()
    }

    pub fn is_entity(&self) -> bool {
        self.subject_kind.is_some_and(SubjectKind::is_entity)
    }

    pub fn subject_leader(&self) -> Option<&Leader<'a>> {
        self.leaders.iter().find(|l| l.website.is_none())
    }

    pub fn website_leaders(&self) -> impl Iterator<Item = &Leader<'a>> {
        self.leaders.iter().filter(|l| l.website.is_some())
    }

    pub fn website(&self, i: usize) -> Option<&'a Website> {
        self.app.websites.get(i)
    }

    /// Whether the person is the subject's legal representative: as stated, else by comparing
    /// the names; `None` when neither tells.
    pub fn is_legal_rep(&self, p: &Person) -> Option<bool> {
        p.is_legal_representative.or_else(|| {
            let rep = self.subject()?.legal_representative.as_deref()?.trim();
            let name = p.name.as_deref()?.trim();
            (!rep.is_empty() && !name.is_empty()).then(|| rep == name)
        })
    }

    /// The materials a requirement about a website (or its leader) can be met by: the
    /// subject's and that website's; the subject's alone for `None`.
    pub fn materials_for(&self, website: Option<usize>) -> Vec<&'a str> {
        let mut m = self.subject_materials.clone();
        if let Some(w) = website.and_then(|i| self.website(i)) {
            m.extend(w.materials.iter().map(String::as_str));
        }
        m
    }

    pub fn existing_websites(&self) -> Option<u32> {
        let stated = self.subject().and_then(|s| s.filed_website_count);
        match self.existing {
            super::Existing::Stated => stated,
            super::Existing::Known(false) => Some(0),
            super::Existing::Known(true) => Some(stated.unwrap_or(1).max(1)),
            super::Existing::Silent => None,
        }
    }

    pub fn count(&self, what: Count, website: Option<&Website>) -> Option<u32> {
        match what {
            Count::ExistingWebsites => self.existing_websites(),
            Count::Websites => {
                let new = u32::try_from(self.app.websites.len()).unwrap_or(u32::MAX);
                Some(self.existing_websites().unwrap_or(0).saturating_add(new))
            }
            Count::Domains => website.map(|w| w.domains.len() as u32),
        }
    }

    /// Whether a row's condition holds, for the application or one website of it. An
    /// unknown fact never makes a condition hold.
    pub fn holds(&self, when: &Condition, website: Option<&Website>) -> bool {
        match when {
            Condition::Always => true,
            Condition::SubjectKinds(kinds) => self.subject_kind.is_some_and(|k| kinds.contains(&k)),
            Condition::Content(c) => match website {
                Some(w) => w.content.contains(c),
                None => self.app.websites.iter().any(|w| w.content.contains(c)),
            },
            Condition::AtLeast(what, n) => self.count(*what, website).is_some_and(|c| c >= *n),
            Condition::AtMost(what, n) => self.count(*what, website).is_some_and(|c| c <= *n),
            Condition::ExistingAbove { personal, entity } => {
                let limit = if self.is_entity() { *entity } else { *personal };
                self.existing_websites().is_some_and(|c| c > limit)
            }
            Condition::SoleProprietor(prefix) => self
                .subject()
                .and_then(|s| s.document.as_ref())
                .filter(|d| d.doc_type == Some(DocumentType::Uscc))
                .and_then(|d| d.number.as_deref())
                .is_some_and(|n| n.starts_with(prefix)),
            Condition::NewSites => self.existing != super::Existing::Silent,
            Condition::LeaderNotMainlandId => self
                .subject_leader()
                .and_then(|l| l.person.document.as_ref())
                .and_then(|d| d.doc_type)
                .is_some_and(|t| !is_mainland_id(t)),
        }
    }
}

pub fn is_mainland_id(t: DocumentType) -> bool {
    matches!(
        t,
        DocumentType::ResidentId | DocumentType::TemporaryResidentId
    )
}

/// Where a personal document was issued: `Some(Some(code))` for a mainland ID (its first two
/// digits), `Some(None)` for any other personal document (never local), `None` when unknown.
pub fn issued_in(doc: &Document) -> Option<Option<&str>> {
    let t = doc.doc_type?;
    if !t.is_personal() {
        return None;
    }
    if !is_mainland_id(t) {
        return Some(None);
    }
    // Only a number that reads as an ID says where it was issued: a credit code or a malformed
    // number typed here says nothing about the person.
    let n = crate::fields::resident_id::readable(doc.number.as_deref()?)?;
    Some(data::province(&n[..2]).map(|p| p.code))
}

/// Whether two leaders are the same person: by document number when both have one, else by
/// name; `None` when neither tells.
pub fn same_person(a: &Person, b: &Person) -> Option<bool> {
    fn number(p: &Person) -> Option<&str> {
        p.document
            .as_ref()
            .and_then(|d| d.number.as_deref())
            .map(str::trim)
            .filter(|n| !n.is_empty())
    }
    if let (Some(x), Some(y)) = (number(a), number(b)) {
        return Some(x.eq_ignore_ascii_case(y));
    }
    fn name(p: &Person) -> Option<&str> {
        p.name.as_deref().map(str::trim).filter(|n| !n.is_empty())
    }
    Some(name(a)? == name(b)?)
}

/// Whether the materials meet a requirement: any one entry, where `a+b` needs both.
pub fn has<S: AsRef<str>>(materials: &[S], proofs: Proofs) -> bool {
    proofs.iter().any(|entry| {
        entry
            .split('+')
            .all(|m| materials.iter().any(|x| x.as_ref() == m))
    })
}

/// The requirement as an argument: "居住证、学生证" / "residence permit or student card".
/// Material ids are checked against the vocabulary when the tables are built.
pub fn proof_names(proofs: Proofs) -> crate::diagnostic::Arg {
    crate::diagnostic::Arg::AnyOf(
        proofs
            .iter()
            .map(|entry| {
                entry
                    .split('+')
                    .filter_map(|id| data::material(id).map(|m| m.name))
                    .collect()
            })
            .collect(),
    )
}

/// A province as the user or a back-end wrote it: code (`42`), name (`湖北`, `湖北省`) or
/// English name.
pub fn province_of(text: &str) -> Option<&'static ProvinceInfo> {
    let t = text.trim();
    data::province(t).or_else(|| {
        data::PROVINCES.iter().find(|p| {
            t.strip_prefix(p.zh).is_some_and(|rest| {
                rest.is_empty()
                    || [
                        "省",
                        "市",
                        "自治区",
                        "壮族自治区",
                        "回族自治区",
                        "维吾尔自治区",
                    ]
                    .contains(&rest)
            }) || t.eq_ignore_ascii_case(p.en)
        })
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::province_of;
    use proptest::prelude::*;

    #[test]
    fn reads_codes_and_names() {
        for text in ["42", " 湖北 ", "湖北省", "hubei", "Hubei"] {
            assert_eq!(province_of(text).map(|p| p.code), Some("42"), "{text}");
        }
        assert_eq!(province_of("广西壮族自治区").map(|p| p.code), Some("45"));
        assert!(province_of("湖北武汉").is_none());
        assert!(province_of("99").is_none());
    }

    proptest! {
        #[test]
        fn any_text_reads_as_a_province_or_none(s in "\\PC{0,24}") {
            if let Some(p) = province_of(&s) {
                prop_assert!(crate::data::province(p.code).is_some());
            }
        }
    }
}
