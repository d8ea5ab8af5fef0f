//! Whole-application validation (`validateApplication`): every national rule over the subject,
//! its people and documents, and each website with its domains, at JSON Pointer paths.
//!
//! Rules are looked up by kind in the compiled rule table (`rules.rs`), so the provincial layer
//! plugs in as rows of that table, not as code per province.

mod document;
mod licensed;
mod order;
mod people;
mod receipt;
mod required;
mod rules;
mod subject;
mod websites;

use crate::application::{read_application, Application};
use crate::data;
use crate::date::Date;
use crate::diagnostic::{self, Diagnostic, Finding, Lang};
use crate::input::{Reader, Value};
use crate::vocab::SubjectKind;
use serde::{Deserialize, Serialize};

/// What a validation depends on besides the application. The engine reads no clock and no
/// random source: both come in here, from the caller.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The day age and expiry rules are judged on (the package and the command line pass today
    /// in UTC+8 unless told another day).
    pub today: Date,
    pub lang: Lang,
    /// 16 random bytes the receipt's key is made of. A passing report carries a receipt only
    /// when they are given.
    pub receipt_random: Option<[u8; 16]>,
}

impl Options {
    /// Judged on `today`, messages in Chinese, no receipt.
    pub fn new(today: Date) -> Options {
        Options {
            today,
            lang: Lang::default(),
            receipt_random: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RulesetRef {
    pub version: String,
    pub as_of: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub idempotency_key: String,
}

/// Shared spec `api.md`, "Report".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub ok: bool,
    pub diagnostics: Vec<Diagnostic>,
    /// Rules of the filing province (and the nation) that no field of the application can
    /// show, as `info` diagnostics naming their rule: what to check before submitting.
    pub advisories: Vec<Diagnostic>,
    /// The order's plan (`classifyFiling` of its facts, or of its stated type); null without an
    /// order.
    pub filing: Option<crate::classify::FilingPlan>,
    pub normalized: Application,
    pub ruleset: RulesetRef,
    pub receipt: Option<Receipt>,
}

/// What every check needs to know once.
pub(crate) struct Ctx<'a> {
    pub province: Option<&'a str>,
    pub subject_kind: Option<SubjectKind>,
    pub today: Date,
    pub lang: Lang,
    pub rules: rules::RuleSet<'a>,
}

/// Validates a typed application.
pub fn validate(app: &Application, options: &Options) -> Report {
    run(app, options, Vec::new())
}

const OPTION_MEMBERS: &[&str] = &["today", "lang"];

/// Validates an application given as an untrusted value (from JavaScript or JSON): wrong types
/// are `INPUT_MALFORMED` at their paths and everything else is still checked. The untrusted
/// `options` (`today`, `lang`) are read over `base`, which supplies what they leave out.
pub fn validate_value(app: &Value, options: Option<&Value>, base: &Options) -> Report {
    let mut r = Reader::new();
    let mut opts = base.clone();
    // Option problems are reported at `/options/…`: the application has no `options` member
    // (an unknown member is itself reported), so the path cannot be mistaken for one of its fields.
    if let Some(obj) = r.object(options, "/options") {
        r.no_unknown_members(obj, "/options", OPTION_MEMBERS);
        if let Some(today) = r.date(obj.get("today"), "/options/today") {
            opts.today = today;
        }
        if let Some(lang) = r.lang(obj.get("lang"), "/options/lang") {
            opts.lang = lang;
        }
    }
    let application = read_application(app, &mut r);
    run(&application, &opts, r.findings)
}

fn run(app: &Application, options: &Options, mut out: Vec<Finding>) -> Report {
    let subject_kind = app.subject.as_ref().and_then(|s| s.kind);
    let province = app
        .province
        .as_deref()
        .filter(|p| data::province(p).is_some());
    let ctx = Ctx {
        province,
        subject_kind,
        today: options.today,
        lang: options.lang,
        rules: rules::RuleSet {
            province,
            subject_kind,
        },
    };
    // The subject and the websites are replaced by their checked forms below: only the rest is
    // copied here.
    let mut normalized = Application {
        province: app.province.clone(),
        subject: None,
        websites: Vec::new(),
        filing: app.filing.clone(),
    };
    let order = order::resolve(app, options.lang, &mut out);
    if let Some(o) = normalized.filing.as_mut() {
        if order.known {
            o.filing_type = Some(order.operation.id);
        }
        o.subject_number = o
            .subject_number
            .as_deref()
            .map(|n| crate::text::trim(n).to_string());
    }

    match app.province.as_deref() {
        None | Some("") => {
            required::missing(&mut out, "/province", text!("备案省份", "filing province"))
        }
        Some(p) if data::province(p).is_none() => out.push(Finding::province_unknown(
            "/province",
            crate::input::truncate(p, 40),
        )),
        _ => {}
    }
    normalized.subject = match &app.subject {
        None => {
            required::missing(&mut out, "/subject", text!("主办单位信息", "subject"));
            None
        }
        Some(s) => Some(subject::check(&ctx, s, &mut out)),
    };
    normalized.websites = websites::check_all(&ctx, app, &mut out);
    let mut advisories = Vec::new();
    crate::province::check(
        &crate::province::Scope {
            province,
            subject_kind,
            today: ctx.today,
            existing: order.existing(),
            given: app,
        },
        &normalized,
        &mut out,
        &mut advisories,
    );
    order::apply(&order, app, province, &mut out);

    let ok = diagnostic::no_errors(&out);
    Report {
        ok,
        diagnostics: diagnostic::render_all(&out, options.lang),
        advisories: diagnostic::render_all(&advisories, options.lang),
        filing: order.plan,
        normalized,
        ruleset: RulesetRef {
            version: crate::VERSION.to_string(),
            as_of: crate::ruleset::ruleset_as_of().to_string(),
        },
        receipt: options.receipt_random.filter(|_| ok).map(|random| Receipt {
            idempotency_key: receipt::key_from(random),
        }),
    }
}
