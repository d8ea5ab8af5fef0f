//! Field checkers: pure functions from one field's text to its normalised form and findings.
//! The whole-application validator calls them at their JSON Pointer paths; `check_field` exposes
//! them one at a time so a form can check a field as it is typed.

pub mod address;
pub mod email;
pub mod org_code;
pub mod permits;
pub mod phone;
pub mod resident_id;
pub mod site_name;
pub mod uscc;

use crate::date::Date;
use crate::diagnostic::{self, Diagnostic, Finding, Lang};
use crate::text::compact_code;
use crate::vocab::{DocumentType, FieldKind, SubjectKind};
use serde::Serialize;

/// A field's normalised value (when it could be read) and what is wrong with it.
#[derive(Debug, Default)]
pub struct Checked {
    pub normalized: Option<String>,
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn bad(f: Finding) -> Checked {
        Checked {
            normalized: None,
            findings: vec![f],
        }
    }
}

/// What a field check may depend on. The engine reads no clock: the day comes in here.
#[derive(Clone, Debug)]
pub struct FieldOptions {
    pub subject_kind: Option<SubjectKind>,
    /// For site names: the subject proved national-level status.
    pub national_level: bool,
    /// For addresses: the remark that may explain a missing house number.
    pub remark: Option<String>,
    /// The day a birth date must not be after (the package and the command line pass today in
    /// UTC+8 unless told another day).
    pub today: Date,
    pub lang: Lang,
}

impl FieldOptions {
    /// No subject kind, judged on `today`, messages in Chinese.
    pub fn new(today: Date) -> FieldOptions {
        FieldOptions {
            subject_kind: None,
            national_level: false,
            remark: None,
            today,
            lang: Lang::default(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldReport {
    pub field: String,
    pub ok: bool,
    pub normalized: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs one checker at `path`. A document number is checked as its document type is.
pub fn check_at(kind: FieldKind, value: &str, opts: &FieldOptions, path: &str) -> Checked {
    let today = opts.today;
    let document = |doc| check_document_number(doc, value, opts.subject_kind, today, path);
    match kind {
        FieldKind::ResidentId => document(DocumentType::ResidentId),
        FieldKind::HmtResidencePermit => document(DocumentType::HmtResidencePermit),
        FieldKind::Passport => document(DocumentType::Passport),
        FieldKind::HkMoPermit => document(DocumentType::HkMoPermit),
        FieldKind::TwPermit => document(DocumentType::TwPermit),
        FieldKind::ForeignPermanentId => document(DocumentType::ForeignPermanentId),
        FieldKind::Uscc => document(DocumentType::Uscc),
        FieldKind::OrgCode => document(DocumentType::OrgCode),
        FieldKind::Mobile => phone::check_mobile(value, path),
        FieldKind::OfficePhone => phone::check_office_phone(value, path),
        FieldKind::Email => email::check(value, path),
        FieldKind::Address => address::check(value, opts.remark.as_deref(), path),
        FieldKind::SiteName => site_name::check(
            value,
            &site_name::NameContext {
                subject_kind: opts.subject_kind,
                national_level: opts.national_level,
                today,
            },
            path,
        ),
    }
}

/// The checker of each document type's number, for `check_field` and the whole application
/// alike. `subject_kind` is the kind of the subject a credit code belongs to, if known.
pub fn check_document_number(
    doc: DocumentType,
    number: &str,
    subject_kind: Option<SubjectKind>,
    today: Date,
    path: &str,
) -> Checked {
    match doc {
        // A temporary ID card carries the same number as the card.
        DocumentType::ResidentId
        | DocumentType::TemporaryResidentId
        | DocumentType::HmtResidencePermit => resident_id::check(number, doc, today, path),
        DocumentType::Passport => permits::check_passport(number, path),
        DocumentType::HkMoPermit => permits::check_hk_mo_permit(number, path),
        DocumentType::TwPermit => permits::check_tw_permit(number, path),
        DocumentType::ForeignPermanentId => permits::check_foreign_permanent_id(number, path),
        DocumentType::Uscc => uscc::check(number, subject_kind, path),
        DocumentType::OrgCode => org_code::check(number, path),
        DocumentType::BusinessRegistration => {
            let n = compact_code(number);
            if n.len() == 15 && n.bytes().all(|b| b.is_ascii_digit()) {
                Checked {
                    normalized: Some(n),
                    findings: Vec::new(),
                }
            } else {
                let reason = text!("注册号应为15位数字", "a registration number has 15 digits");
                Checked::bad(Finding::cert_format(path, doc.name(), reason))
            }
        }
        // No published format: kept as written, trimmed.
        DocumentType::MilitaryCode | DocumentType::Other => Checked {
            normalized: Some(crate::text::trim(number).to_string()),
            findings: Vec::new(),
        },
    }
}

/// Checks one field on its own; diagnostics point at `/value`.
pub fn check_field(kind: FieldKind, value: &str, opts: &FieldOptions) -> FieldReport {
    field_report(kind, value, opts, Vec::new())
}

pub(crate) fn field_report(
    kind: FieldKind,
    value: &str,
    opts: &FieldOptions,
    mut findings: Vec<Finding>,
) -> FieldReport {
    let checked = if value.chars().count() > MAX_FIELD_CHARS {
        Checked::bad(Finding::input_too_large(
            "/value",
            text!("字段字符数为", "field of"),
            value.chars().count(),
            MAX_FIELD_CHARS,
        ))
    } else {
        check_at(kind, value, opts, "/value")
    };
    findings.extend(checked.findings);
    FieldReport {
        field: kind.as_str().to_string(),
        ok: diagnostic::no_errors(&findings),
        normalized: checked.normalized,
        diagnostics: diagnostic::render_all(&findings, opts.lang),
    }
}

/// The longest field value checked; longer values are `INPUT_TOO_LARGE`.
pub const MAX_FIELD_CHARS: usize = 1024;

const FIELD_OPTION_MEMBERS: &[&str] =
    &["subject_kind", "national_level", "remark", "today", "lang"];

fn field_names() -> crate::input::Expected {
    crate::input::Expected::one_of(FieldKind::ALL.iter().map(|k| k.as_str()))
}

/// Checks a field given as untrusted values (from JavaScript or JSON): a wrong type or an unknown
/// field name becomes `INPUT_MALFORMED` at `/field`, `/value` or `/options/…`. The untrusted
/// `options` are read over `base`, which supplies what they leave out (`today` above all).
pub fn check_field_value(
    field: &crate::input::Value,
    value: &crate::input::Value,
    options: Option<&crate::input::Value>,
    base: &FieldOptions,
) -> FieldReport {
    use crate::diagnostic::pointer_push;
    use crate::input::{Reader, Value};
    let mut r = Reader::new();
    let mut opts = base.clone();
    if let Some(obj) = r.object(options, "/options") {
        r.no_unknown_members(obj, "/options", FIELD_OPTION_MEMBERS);
        let at = |m: &str| pointer_push("/options", m);
        if let Some(kind) = r.subject_kind(obj.get("subject_kind"), &at("subject_kind")) {
            opts.subject_kind = Some(kind);
        }
        if let Some(national) = r.boolean(obj.get("national_level"), &at("national_level")) {
            opts.national_level = national;
        }
        if let Some(remark) = r.string(obj.get("remark"), &at("remark")) {
            opts.remark = Some(remark);
        }
        if let Some(today) = r.date(obj.get("today"), &at("today")) {
            opts.today = today;
        }
        if let Some(lang) = r.lang(obj.get("lang"), &at("lang")) {
            opts.lang = lang;
        }
    }
    let kind = r.enumerated(Some(field), "/field", FieldKind::parse, field_names());
    let text = match value {
        Value::String(s) => Some(s.clone()),
        other => {
            r.unexpected(other, "/value", text!("字符串", "a string"));
            None
        }
    };
    match (kind, text) {
        (Some(kind), Some(text)) => field_report(kind, &text, &opts, r.findings),
        (kind, _) => FieldReport {
            field: kind.map_or_else(String::new, |k| k.as_str().to_string()),
            ok: false,
            normalized: None,
            diagnostics: diagnostic::render_all(&r.findings, opts.lang),
        },
    }
}
