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
use crate::subject::SubjectKind;
use serde::{Deserialize, Serialize};

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

/// The fields `check_field` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    ResidentId,
    HmtResidencePermit,
    Passport,
    HkMoPermit,
    TwPermit,
    ForeignPermanentId,
    Uscc,
    OrgCode,
    Mobile,
    OfficePhone,
    Email,
    Address,
    SiteName,
}

impl FieldKind {
    pub const ALL: [FieldKind; 13] = [
        FieldKind::ResidentId,
        FieldKind::HmtResidencePermit,
        FieldKind::Passport,
        FieldKind::HkMoPermit,
        FieldKind::TwPermit,
        FieldKind::ForeignPermanentId,
        FieldKind::Uscc,
        FieldKind::OrgCode,
        FieldKind::Mobile,
        FieldKind::OfficePhone,
        FieldKind::Email,
        FieldKind::Address,
        FieldKind::SiteName,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::ResidentId => "resident_id",
            FieldKind::HmtResidencePermit => "hmt_residence_permit",
            FieldKind::Passport => "passport",
            FieldKind::HkMoPermit => "hk_mo_permit",
            FieldKind::TwPermit => "tw_permit",
            FieldKind::ForeignPermanentId => "foreign_permanent_id",
            FieldKind::Uscc => "uscc",
            FieldKind::OrgCode => "org_code",
            FieldKind::Mobile => "mobile",
            FieldKind::OfficePhone => "office_phone",
            FieldKind::Email => "email",
            FieldKind::Address => "address",
            FieldKind::SiteName => "site_name",
        }
    }

    pub fn parse(s: &str) -> Option<FieldKind> {
        FieldKind::ALL.into_iter().find(|k| k.as_str() == s)
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

/// Runs one checker at `path`.
pub fn check_at(kind: FieldKind, value: &str, opts: &FieldOptions, path: &str) -> Checked {
    let today = opts.today;
    match kind {
        FieldKind::ResidentId => {
            resident_id::check(value, resident_id::IdKind::Resident, today, path)
        }
        FieldKind::HmtResidencePermit => {
            resident_id::check(value, resident_id::IdKind::HmtResidencePermit, today, path)
        }
        FieldKind::Passport => permits::check(value, permits::Permit::Passport, path),
        FieldKind::HkMoPermit => permits::check(value, permits::Permit::HkMoPermit, path),
        FieldKind::TwPermit => permits::check(value, permits::Permit::TwPermit, path),
        FieldKind::ForeignPermanentId => {
            permits::check(value, permits::Permit::ForeignPermanentId, path)
        }
        FieldKind::Uscc => uscc::check(value, opts.subject_kind, path),
        FieldKind::OrgCode => org_code::check(value, path),
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
        if let Some(kind) = r.enumerated(
            obj.get("subject_kind"),
            &at("subject_kind"),
            SubjectKind::parse,
            crate::input::Expected::one_of(SubjectKind::ALL.iter().map(|k| k.as_str())),
        ) {
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
        if let Some(lang) = r.enumerated(
            obj.get("lang"),
            &at("lang"),
            Lang::parse,
            crate::input::LANGS,
        ) {
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
