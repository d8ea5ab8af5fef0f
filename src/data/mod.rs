//! Rule data compiled in from the reviewable files under `data/` (see DATA.md): the approved
//! suffix list, restricted suffixes, provinces, and the rule rows of `province-rules.json`.
//!
//! The types here are plain `'static` tables; the generator (`build/`) writes their contents.

use crate::diagnostic::{RuleRef, Severity};
use crate::vocab::SubjectKind;
use crate::vocab::{Content, DocumentType};

pub struct ProvinceInfo {
    pub code: &'static str,
    /// The province's name for people.
    pub name: crate::texts::Text,
    /// The names as written, to look for in what a user typed.
    pub zh: &'static str,
    pub en: &'static str,
    /// The one-character abbreviation printed on filing numbers (京ICP备…).
    pub abbr: &'static str,
}

/// One suffix (public suffix) MIIT approved for filing.
pub struct SuffixEntry {
    /// Lower-case A-label form, the key everything compares on.
    pub ascii: &'static str,
    pub unicode: &'static str,
}

/// A suffix reserved for some subject kinds (gov.cn → government).
pub struct RestrictedSuffix {
    pub suffix: &'static str,
    pub subject_kinds: &'static [SubjectKind],
    pub severity: Severity,
    pub source: crate::texts::Text,
    pub as_of: &'static str,
    /// Deeper names under it are filed on their own by the permitted subjects (gov.cn).
    pub sub_names_fileable: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppliesTo {
    All,
    Entity,
    /// Organisations other than these kinds (a province exempts them from the row).
    EntityExcept(&'static [SubjectKind]),
    Personal,
}

impl AppliesTo {
    /// Whether the rule applies; `None` when the subject kind is not known yet.
    pub fn matches(self, kind: Option<SubjectKind>) -> Option<bool> {
        match (self, kind) {
            (AppliesTo::All, _) => Some(true),
            (_, None) => None,
            (AppliesTo::Entity, Some(k)) => Some(k.is_entity()),
            (AppliesTo::EntityExcept(out), Some(k)) => Some(k.is_entity() && !out.contains(&k)),
            (AppliesTo::Personal, Some(k)) => Some(!k.is_entity()),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnerMatch {
    SubjectOnly,
    SubjectOrLegalRep,
}

/// What satisfies a material requirement: any one entry of the list, where an entry `a+b`
/// needs both materials (ids of the closed materials vocabulary).
pub type Proofs = &'static [&'static str];

/// How a province treats an individual whose ID was not issued there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NonlocalMode {
    Reject,
    RequireProof,
    Allowed,
    /// The national baseline: the bureau decides; a residence proof usually settles it.
    PerProvince,
}

/// Age floors. `proof_until` > `min` is a band in which a leader needs one of `proof`; the
/// legal representative (an entity's leader who is its legal representative) may have a
/// band of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeRule {
    pub min: u8,
    pub proof_until: u8,
    pub proof: Proofs,
    pub legal_rep_min: u8,
    pub legal_rep_proof_until: u8,
    pub legal_rep_proof: Proofs,
}

/// A number an application can be measured by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Filed websites plus the websites of this application.
    Websites,
    /// `filed_website_count`.
    ExistingWebsites,
    /// The domains of one website.
    Domains,
}

/// When a row applies, beyond its subject kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Always,
    SubjectKinds(&'static [SubjectKind]),
    Content(Content),
    AtLeast(Count, u32),
    AtMost(Count, u32),
    /// Existing websites above one threshold for individuals, another for entities.
    ExistingAbove {
        personal: u32,
        entity: u32,
    },
    /// The subject's credit code is a sole proprietor's.
    SoleProprietor(&'static str),
    /// The subject leader's document is not a mainland resident ID.
    LeaderNotMainlandId,
    /// The order files a new website (no order given counts as a first filing); silent for
    /// changes and cancellations, and while the operation is only likely.
    NewSites,
}

/// Which people a document-type row concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// The subject itself and its leader (personal filings).
    Subject,
    /// Every leader.
    Leaders,
}

/// The rule kinds of `province-rules.json` the engines evaluate. Suffixes are
/// lower-case A-labels; `*idn` means any internationalised TLD.
pub enum RuleKind {
    TldAllowlist {
        allow: &'static [&'static str],
        deny: &'static [&'static str],
    },
    TldDenylist(&'static [&'static str]),
    TldAllowlistBySubject(&'static [(SubjectKind, &'static [&'static str])]),
    LabelForbiddenWords(&'static [&'static str]),
    DomainMinRemainingDays(u32),
    MaxDomainsPerSite(u32),
    DomainOwnerMatch(OwnerMatch),
    DomesticRegistrarOnly,
    /// Leader identity documents valid at least this many more days.
    IdMinRemainingDays(u32),
    /// Organisations file only in the province of their certificate.
    CrossProvinceOrg,
    /// Websites a subject may hold in all (filed + new).
    MaxSitesTotal(u32),
    /// Leaders' age on the day of submission.
    MinAge(AgeRule),
    /// Individuals whose ID was issued in another province.
    PersonalNonlocal {
        mode: NonlocalMode,
        proofs: Proofs,
        /// Sources conflict (`alt_value`): with a proof the rejection is only a warning.
        soft_with_proof: bool,
    },
    /// The subject leader must be the legal representative, or may not be with a letter.
    LeaderLegalRep {
        letter: Option<Proofs>,
    },
    /// A website leader who is not the legal representative needs a letter.
    SiteLeaderAuthLetter(Proofs),
    /// A subject leader who is not the legal representative needs a letter and must lead
    /// every website too.
    SamePersonWhenNotLegalRep(Proofs),
    /// Website leaders must be other people than the subject leader, with a letter.
    LeadersMustDiffer(Proofs),
    PhoneLocal,
    EmergencyDistinct,
    /// Emergency numbers must belong to someone other than the leaders; `remark` names them.
    EmergencyOtherPerson {
        /// What the remark must say.
        remark: crate::texts::Text,
    },
    /// One leader's mobile may not be another's emergency number.
    PhonesNotCrossUsed,
    /// Landlines given (the office phone, emergency numbers) have an area code of the filing
    /// province.
    LandlineLocal,
    /// Individuals give an office phone too.
    OfficePhoneRequired,
    /// Leaders' names are the full names their documents print, not a surname with one of
    /// these titles (先生, 总 …).
    LeaderFullName(&'static [&'static str]),
    MaxSitesPerSubmission(u32),
    MaxDomainsPerSubmission {
        max: u32,
        when: Condition,
    },
    MaterialsRequired {
        proofs: Proofs,
        when: Condition,
    },
    RemarkRequired {
        on_website: bool,
        /// What the remark must say.
        text: crate::texts::Text,
        when: Condition,
    },
    AddressSameCity,
    /// The mailing address lies in the filing province; an organisation's certificate address
    /// in the same province as its mailing address (a warning: sources differ).
    AddressInProvince,
    /// An organisation code certificate where the three-in-one reform gave a credit code.
    CreditCodeRequired,
    AddressNoSymbols(&'static str),
    AddressDistrict {
        trigger: &'static str,
        districts: &'static [&'static str],
    },
    DocumentTypeRejected {
        types: &'static [crate::vocab::DocumentType],
        who: Who,
    },
    /// A local ID that does not start with `prefix` needs one of `proofs`.
    LocalIdPrefix {
        prefix: &'static str,
        proofs: Proofs,
    },
    /// Entity leaders with IDs from elsewhere need a local residence proof.
    EntityLeadersNonlocal(Proofs),
    /// Leaders who lead another subject's filing (`leads_other_subject`).
    LeaderUnique {
        website_leaders_only: bool,
    },
    /// When the entity name contains one of these, every leader must be the legal representative.
    LegalRepWhenNameContains(&'static [&'static str]),
    SiteNameIsEntityName,
    SiteNamesUnique,
    SiteNameForbidden(&'static [&'static str]),
    /// Name forms a province prescribes (`*的个人博客`): the national words they contain are
    /// only a warning in a name of that form.
    SiteNameForm(&'static [&'static str]),
    /// Nothing in the application can show it: reported among the advisories.
    Advisory {
        text: crate::texts::Text,
        /// Whose rule it is: the province's bureau, or the national baseline.
        bureau: crate::texts::Text,
        when: Condition,
    },
    /// Listed, deliberately not evaluated (`data/province-engine.json` says why).
    NotEvaluated,
}

/// One rule row: the national baseline (`province: None`, id `BASE.…`) or a province's.
pub struct Rule {
    pub id: &'static str,
    pub province: Option<&'static str>,
    pub applies_to: AppliesTo,
    pub kind: RuleKind,
    pub severity: Severity,
    pub confidence: Confidence,
    pub source: crate::texts::Text,
    pub as_of: &'static str,
}

impl Rule {
    pub fn reference(&self) -> RuleRef {
        RuleRef {
            id: self.id,
            province: self.province,
            source: self.source,
            as_of: self.as_of,
        }
    }
}

/// How a registry status (EPP) bears on filing.
pub struct EppStatus {
    pub status: &'static str,
    pub severity: Severity,
    /// Why the status blocks filing.
    pub meaning: crate::texts::Text,
}

/// A GB 32100 registration-authority + category prefix and the subject kinds it fits.
pub struct UsccCategory {
    pub prefix: &'static str,
    /// The registration authority and category the prefix stands for.
    pub name: crate::texts::Text,
    pub kinds: &'static [SubjectKind],
}

/// What a mobile segment is for (`data/fields.json` mobile_segments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    Personal,
    /// 上网卡 / 数据卡: data (and text messages), voice only on some cards.
    DataOnly,
    /// 物联网: machine numbers, 13 digits.
    Iot,
    Satellite,
}

impl SegmentKind {
    pub fn name(self) -> crate::texts::Text {
        match self {
            SegmentKind::Personal => text!("个人手机", "personal mobile"),
            SegmentKind::DataOnly => text!("上网卡（数据卡）", "data-only"),
            SegmentKind::Iot => text!("物联网", "IoT"),
            SegmentKind::Satellite => text!("卫星通信", "satellite"),
        }
    }
}

/// One row of the mobile segment table; the longest matching prefix decides.
pub struct MobileSegment {
    pub prefix: &'static str,
    pub kind: SegmentKind,
    pub severity: Severity,
}

/// A long-distance area code (`data/area-codes.json`), the local-number lengths it admits and
/// the province its place lies in.
pub struct AreaCode {
    /// Bit 0: seven digits; bit 1: eight.
    lengths: u8,
    /// The GB/T 2260 province code, `00` where the table's place names no province.
    province: &'static str,
}

impl AreaCode {
    /// The province the area lies in; `None` where the table does not say.
    pub fn province(&self) -> Option<&'static ProvinceInfo> {
        province(self.province)
    }
    pub fn admits(&self, digits: usize) -> bool {
        match digits {
            7 => self.lengths & 1 != 0,
            8 => self.lengths & 2 != 0,
            _ => false,
        }
    }
    /// The local-number lengths it admits, for people: "7或8" / "7 or 8". Only seven and
    /// eight exist (the generator refuses others), so the three possible texts are written out.
    pub fn lengths(&self) -> crate::texts::Text {
        match (self.admits(7), self.admits(8)) {
            (true, true) => text!("7或8", "7 or 8"),
            (true, false) => text!("7", "7"),
            _ => text!("8", "8"),
        }
    }
}

/// The area code a landline's digits (starting with 0) begin with.
pub fn area_code(digits: &str) -> Option<AreaCode> {
    const W: usize = 7;
    let row = |i: usize| &AREA_CODE_ROWS[i * W..i * W + W];
    [3, 4].into_iter().find_map(|n| {
        let code = digits.get(..n)?;
        let (mut lo, mut hi) = (0, AREA_CODE_ROWS.len() / W);
        while lo < hi {
            let mid = (lo + hi) / 2;
            // The code is the row's first four bytes up to its padding, compared in place.
            let key = &row(mid).as_bytes()[..4];
            let key = &key[..key.iter().position(|&b| b == b' ').unwrap_or(4)];
            match cmp_short(key, code.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    return Some(AreaCode {
                        lengths: row(mid).as_bytes()[4] - b'0',
                        province: &row(mid)[5..7],
                    });
                }
            }
        }
        None
    })
}

/// A word list with its source.
pub struct WordList {
    pub words: &'static [&'static str],
    pub source: crate::texts::Text,
    pub as_of: &'static str,
}

impl WordList {
    /// The first listed word `text` contains.
    pub fn find_in(&self, text: &str) -> Option<&'static str> {
        self.words
            .iter()
            .copied()
            .find(|w| crate::text::has_word(text, w))
    }
}

/// Words of a website name, and of its domain's label, that imply a licensed category.
pub struct LicensedWords {
    pub content: Content,
    pub words: &'static [&'static str],
    pub labels: &'static [&'static str],
}

/// Label rules of the names CNNIC registers (`domain-policy.json`, `cnnic_labels`).
pub struct CnnicLabels {
    /// The suffixes (A-labels) whose names it registers; zones under `cn` too.
    pub suffixes: &'static [&'static str],
    /// Suffixes under which a name contains a Chinese character.
    pub han_required: &'static [&'static str],
    pub source: crate::texts::Text,
    pub as_of: &'static str,
}

pub struct AddressRule {
    pub house_number_markers: &'static [&'static str],
    pub remark_explains: &'static [&'static str],
    pub source: crate::texts::Text,
    pub as_of: &'static str,
}

/// A content category and the pre-approval it needs: `required` nationally, or abolished
/// nationally though some bureaux still ask.
pub struct PreapprovalRule {
    pub content: Content,
    pub required: bool,
    /// The licence or approval it needs.
    pub licence: crate::texts::Text,
}

/// One entry of the closed `materials` vocabulary.
pub struct Material {
    pub id: &'static str,
    pub name: crate::texts::Text,
}

include!("../generated/tables.rs");

/// A rule row's own words, its kind and how the engines treat it (`checked`, `advisory` or
/// `listed`). Native only: the `.wasm` renders the codes' messages instead.
#[cfg(not(target_arch = "wasm32"))]
pub struct RuleText {
    pub id: &'static str,
    pub kind: &'static str,
    pub how: &'static str,
    /// The rule in plain words.
    pub text: crate::texts::Text,
    pub conflicts: Option<&'static str>,
}

#[cfg(not(target_arch = "wasm32"))]
include!("../generated/rule_texts.rs");
include!("../generated/rule_ids.rs");

pub fn material(id: &str) -> Option<&'static Material> {
    MATERIALS.iter().find(|m| m.id == id)
}

pub fn documents_for(kind: SubjectKind) -> &'static [DocumentType] {
    DOCUMENTS_BY_SUBJECT
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[], |(_, d)| d)
}

pub fn preapproval(content: Content) -> Option<&'static PreapprovalRule> {
    PREAPPROVALS.iter().find(|p| p.content == content)
}

pub fn province(code: &str) -> Option<&'static ProvinceInfo> {
    PROVINCES.iter().find(|p| p.code == code)
}

/// The approved suffix with this A-label, if any.
pub fn suffix(ascii: &str) -> Option<&'static SuffixEntry> {
    SUFFIXES
        .binary_search_by(|e| cmp_short(e.ascii.as_bytes(), ascii.as_bytes()))
        .ok()
        .and_then(|i| SUFFIXES.get(i))
}

/// `str` order for keys of a few bytes, compared in place: a call to `memcmp` per probe cost
/// more than the comparison, which the first byte mostly decides.
#[inline]
fn cmp_short(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

pub fn restricted_suffix(ascii: &str) -> Option<&'static RestrictedSuffix> {
    RESTRICTED_SUFFIXES.iter().find(|r| r.suffix == ascii)
}

pub fn epp_status(status: &str) -> Option<&'static EppStatus> {
    EPP_STATUSES
        .iter()
        .find(|s| s.status.eq_ignore_ascii_case(status))
}

/// Whether `suffix` (an approved suffix, A-label) is covered by a rule-list entry: the entry
/// itself, a zone under it (`com.cn` under `cn`), a member of its family (政务.cn with 政务), or
/// any internationalised TLD for `*idn`.
pub fn suffix_listed(suffix: &str, entry: &str) -> bool {
    if entry == "*idn" {
        return suffix
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.starts_with("xn--"));
    }
    if suffix == entry
        || suffix
            .strip_suffix(entry)
            .is_some_and(|head| head.ends_with('.'))
    {
        return true;
    }
    SUFFIX_FAMILIES
        .iter()
        .any(|(family, members)| *family == entry && members.contains(&suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_suffix_is_found_and_no_other() {
        for e in SUFFIXES {
            assert!(
                suffix(e.ascii).is_some_and(|f| f.ascii == e.ascii),
                "{}",
                e.ascii
            );
            let longer = format!("{}a", e.ascii);
            let found = suffix(&longer).map(|f| f.ascii);
            assert_eq!(
                found,
                SUFFIXES.iter().find(|f| f.ascii == longer).map(|f| f.ascii)
            );
        }
        for not in ["", "-", "zzzz", "0", "example", "COM", "例子", "~"] {
            assert!(suffix(not).is_none(), "{not}");
        }
    }
}
