//! The domain engine: is this string a domain that can be filed, and under which rules?
//!
//! Pipeline (research/domain-rules.md §6): bound the length → trim → recognise URL, port,
//! wildcard → recognise IP addresses → label syntax and IDNA → approved suffix and registrable
//! domain → subject-kind and province rules → verification facts.

mod facts;
mod ip;
pub use ip::is_ipv6;
mod idna2008;
mod labels;
mod options;
mod policy;
mod shape;
mod suffix;
mod unicode;

pub use options::{read_facts, read_options};

use crate::data;
use crate::date::Date;
use crate::diagnostic::{self, pointer_push, Code, Diagnostic, Finding, Lang};
use crate::input::{Reader, Value};
use crate::rules::{Selector, UnknownKind};
use crate::vocab::SubjectKind;
use serde::Serialize;

/// The filing subject as far as domain checks need it (holder comparison).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DomainSubject {
    pub name: Option<String>,
    pub document_number: Option<String>,
    pub legal_representative: Option<String>,
}

/// What the registrar says about the domain (shared spec `api.md`, `domain_facts`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DomainFacts {
    pub owner_name: Option<String>,
    pub owner_document_number: Option<String>,
    pub realname_verified: Option<bool>,
    pub realname_verified_on: Option<Date>,
    pub expires: Option<Date>,
    pub status: Vec<String>,
    pub registrar_approved: Option<bool>,
}

/// What a domain check depends on besides the domain. The engine reads no clock: the day comes
/// in here.
#[derive(Clone, Debug, PartialEq)]
pub struct DomainOptions {
    /// Two-digit province code (`"11"`); its suffix and label rules apply on top of the baseline.
    pub province: Option<String>,
    pub subject_kind: Option<SubjectKind>,
    pub subject: Option<DomainSubject>,
    pub facts: Option<DomainFacts>,
    /// The day expiry rules are judged on (the package and the command line pass today in
    /// UTC+8 unless told another day).
    pub today: Date,
    pub lang: Lang,
}

impl DomainOptions {
    /// The national baseline only, judged on `today`, messages in Chinese.
    pub fn new(today: Date) -> DomainOptions {
        DomainOptions {
            province: None,
            subject_kind: None,
            subject: None,
            facts: None,
            today,
            lang: Lang::default(),
        }
    }
}

/// Shared spec `api.md`, "DomainReport", plus the Unicode forms of suffix and registrable domain.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomainReport {
    pub input: String,
    pub ok: bool,
    pub ascii: Option<String>,
    pub unicode: Option<String>,
    pub suffix: Option<String>,
    pub registrable: Option<String>,
    pub suffix_unicode: Option<String>,
    pub registrable_unicode: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Several domains of one website checked together: each on its own, then duplicates and count.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomainListReport {
    pub ok: bool,
    pub domains: Vec<DomainReport>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What the engine made of one input, before rendering; the whole-application validator reuses it.
#[derive(Clone, Default)]
pub struct Analysis {
    pub findings: Vec<Finding>,
    pub ascii: Option<String>,
    pub unicode: Option<String>,
    /// The approved suffix; the report copies out its two forms, the validator needs neither.
    pub suffix: Option<&'static data::SuffixEntry>,
    pub registrable: Option<(String, String)>,
}

/// Evaluation context: options resolved once.
pub(crate) struct Ctx<'a> {
    pub path: &'a str,
    pub province: Option<&'a str>,
    pub subject_kind: Option<SubjectKind>,
    pub subject: Option<&'a DomainSubject>,
    pub today: Date,
}

/// Checks one domain. Diagnostics point at `/input` (the domain) and `/options/…`.
pub fn check_domain(input: &str, options: &DomainOptions) -> DomainReport {
    let findings = province_findings(options, "/options/province");
    report(input, options, findings)
}

/// Checks a domain given as an untrusted value (from JavaScript or JSON): a non-string input or
/// malformed options become `INPUT_MALFORMED` diagnostics instead of errors. The untrusted
/// `options` are read over `base`, which supplies what they leave out (`today` above all).
pub fn check_domain_value(
    input: &Value,
    options: Option<&Value>,
    base: &DomainOptions,
) -> DomainReport {
    let mut reader = Reader::new();
    let opts = read_options(options, &mut reader, "/options", base);
    let mut findings = reader.findings;
    findings.extend(province_findings(&opts, "/options/province"));
    let text = match input {
        Value::String(s) => s.clone(),
        other => {
            let mut r = Reader::new();
            r.unexpected(other, "/input", text!("字符串", "a string"));
            findings.extend(r.findings);
            let diagnostics = diagnostic::render_all(&findings, opts.lang);
            return DomainReport {
                input: String::new(),
                ok: false,
                ascii: None,
                unicode: None,
                suffix: None,
                registrable: None,
                suffix_unicode: None,
                registrable_unicode: None,
                diagnostics,
            };
        }
    };
    report(&text, &opts, findings)
}

fn report(input: &str, options: &DomainOptions, mut findings: Vec<Finding>) -> DomainReport {
    let analysis = analyse(input, options, "/input", "/options/facts");
    findings.extend(analysis.findings);
    let ok = diagnostic::no_errors(&findings);
    let (suffix, suffix_unicode) = suffix_forms(analysis.suffix);
    let (registrable, registrable_unicode) = analysis.registrable.unzip();
    DomainReport {
        input: bounded_echo(input),
        ok,
        ascii: analysis.ascii,
        unicode: analysis.unicode,
        suffix,
        registrable,
        suffix_unicode,
        registrable_unicode,
        diagnostics: diagnostic::render_all(&findings, options.lang),
    }
}

fn suffix_forms(suffix: Option<&data::SuffixEntry>) -> (Option<String>, Option<String>) {
    suffix
        .map(|e| (e.ascii.to_string(), e.unicode.to_string()))
        .unzip()
}

/// The input as echoed in the report, cut at the length bound so a huge paste is not copied back.
fn bounded_echo(input: &str) -> String {
    crate::input::truncate(input, data::MAX_DOMAIN_INPUT_CHARS)
}

fn province_findings(options: &DomainOptions, path: &str) -> Vec<Finding> {
    match options.province.as_deref() {
        Some(p) if data::province(p).is_none() => {
            vec![Finding::province_unknown(
                path,
                crate::input::truncate(p, 40),
            )]
        }
        _ => Vec::new(),
    }
}

/// Checks the domains of one website given as untrusted values (`checkDomains`): a list that is
/// not a list of strings, or malformed options, is `INPUT_MALFORMED` at its path. The untrusted
/// `options` are read over `base`, as for [`check_domain_value`].
pub fn check_domains_value(
    inputs: &Value,
    options: Option<&Value>,
    base: &DomainOptions,
) -> DomainListReport {
    let mut reader = Reader::new();
    let opts = read_options(options, &mut reader, "/options", base);
    let max = crate::application::APPLICATION_LIMITS.max_domains_per_website;
    let list = match inputs {
        // The bound an application puts on one website's domains, applied before any domain is
        // checked, so a list of hundreds of long domains costs nothing.
        Value::Array(items) if items.len() > max => {
            reader.findings.push(Finding::input_too_large(
                "/inputs",
                text!("域名个数为", "domains:"),
                items.len(),
                max,
            ));
            Vec::new()
        }
        Value::Array(_) => reader
            .string_list(Some(inputs), "/inputs")
            .unwrap_or_default(),
        other => {
            reader.unexpected(other, "/inputs", text!("字符串列表", "a list of strings"));
            Vec::new()
        }
    };
    let mut report = check_domain_list(&list, &opts);
    if !reader.findings.is_empty() {
        let mut extra = diagnostic::render_all(&reader.findings, opts.lang);
        extra.append(&mut report.diagnostics);
        report = DomainListReport {
            ok: false,
            domains: report.domains,
            diagnostics: extra,
        };
    }
    report
}

/// Checks the domains of one website: each domain, then repeats and the per-website count.
pub fn check_domain_list(inputs: &[String], options: &DomainOptions) -> DomainListReport {
    let mut list_findings = province_findings(options, "/options/province");
    let mut domains = Vec::with_capacity(inputs.len());
    let mut seen: Vec<String> = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let path = pointer_push("/inputs", &i.to_string());
        let analysis = analyse(input, options, &path, "/options/facts");
        if let Some(ascii) = &analysis.ascii {
            if seen.contains(ascii) {
                list_findings.push(Finding::domain_duplicate(
                    path.as_str(),
                    analysis.unicode.clone().unwrap_or_default(),
                ));
            }
            seen.push(ascii.clone());
        }
        let ok = diagnostic::no_errors(&analysis.findings);
        let (suffix, suffix_unicode) = suffix_forms(analysis.suffix);
        let (registrable, registrable_unicode) = analysis.registrable.unzip();
        domains.push(DomainReport {
            input: bounded_echo(input),
            ok,
            ascii: analysis.ascii,
            unicode: analysis.unicode,
            suffix,
            registrable,
            suffix_unicode,
            registrable_unicode,
            diagnostics: diagnostic::render_all(&analysis.findings, options.lang),
        });
    }
    list_findings.extend(count_findings(inputs.len(), options, "/inputs"));
    let ok = domains.iter().all(|d| d.ok) && diagnostic::no_errors(&list_findings);
    DomainListReport {
        ok,
        domains,
        diagnostics: diagnostic::render_all(&list_findings, options.lang),
    }
}

/// `DOMAIN_TOO_MANY` when a website has more domains than its province's (or the national) rule allows.
pub fn count_findings(count: usize, options: &DomainOptions, path: &str) -> Vec<Finding> {
    let province = options
        .province
        .as_deref()
        .filter(|p| data::province(p).is_some());
    // Where the baseline and a province both limit the count, the strictest row governs, so an
    // old, softer provincial row cannot weaken the national rule.
    let limit = |r: &data::Rule| match r.kind {
        data::RuleKind::MaxDomainsPerSite(max) => max,
        _ => u32::MAX,
    };
    // A limit that may apply to the subject is kept while its kind is unknown: the count is
    // checked anyway, and the looser limit must not pass what the stricter one refuses.
    let strictest = Selector::new(province, options.subject_kind, UnknownKind::Include)
        .strictest(|k| matches!(k, data::RuleKind::MaxDomainsPerSite(_)), limit);
    let Some(rule) = strictest else {
        return Vec::new();
    };
    let max = limit(rule);
    if count as u64 <= u64::from(max) {
        return Vec::new();
    }
    vec![Finding::domain_too_many(path, max, count)
        .severity(rule.severity)
        .rule(rule.reference())]
}

/// The label stage on its own (folding, UTS #46 mapping, IDNA2008, the Bidi rule, lengths) with
/// one trailing dot allowed: the host's A-label form, or the codes of what is wrong. `analyse`
/// runs it after URL, port and IP recognition; the conformance test runs the Unicode IDNA test
/// file through it.
pub fn host_to_ascii(host: &str) -> Result<String, Vec<Code>> {
    let folded = crate::text::folded(host);
    let host = folded.strip_suffix('.').unwrap_or(&folded);
    labels::analyse(host, "")
        .map(|l| l.ascii)
        .map_err(|f| f.into_iter().map(|f| f.code).collect())
}

/// The engine proper: findings at `path` (the domain) and `facts_path` (its verification facts).
pub fn analyse(input: &str, options: &DomainOptions, path: &str, facts_path: &str) -> Analysis {
    analyse_with(input, options, options.facts.as_ref(), path, facts_path)
}

/// [`analyse`] with the verification facts given apart from the options, so that a caller
/// holding them need not copy them into options of its own.
pub fn analyse_with(
    input: &str,
    options: &DomainOptions,
    facts: Option<&DomainFacts>,
    path: &str,
    facts_path: &str,
) -> Analysis {
    let mut a = Analysis::default();
    // No more bytes than the bound: no more characters either, and no need to count them.
    let length = if input.len() <= data::MAX_DOMAIN_INPUT_CHARS {
        input.len()
    } else {
        input.chars().count()
    };
    if length > data::MAX_DOMAIN_INPUT_CHARS {
        a.findings.push(Finding::input_too_large(
            path,
            text!("域名字符数为", "domain of"),
            length,
            data::MAX_DOMAIN_INPUT_CHARS,
        ));
        return a;
    }
    let trimmed = shape::trim(input);
    if trimmed.is_empty() {
        a.findings.push(Finding::domain_empty(path));
        return a;
    }
    let ctx = Ctx {
        path,
        province: options
            .province
            .as_deref()
            .filter(|p| data::province(p).is_some()),
        subject_kind: options.subject_kind,
        subject: options.subject.as_ref(),
        today: options.today,
    };
    let folded = crate::text::folded(trimmed);
    let sh = shape::parse(&folded);
    let host = sh.host.strip_suffix('.').unwrap_or(sh.host);

    if sh.bracketed || ip::is_ipv6(host) || ip::is_ipv4(host) {
        a.findings.push(Finding::domain_ip_not_allowed(path, host));
        if sh.url {
            a.findings.push(Finding::domain_url_not_domain(path));
        }
        return a;
    }
    if host.is_empty() {
        a.findings.push(if sh.url {
            Finding::domain_url_not_domain(path)
        } else {
            Finding::domain_empty(path)
        });
        return a;
    }

    let mut host_findings = Vec::new();
    match labels::analyse(host, path) {
        Err(f) => host_findings.extend(f),
        Ok(l) => {
            judge(&ctx, &l, &mut a, &mut host_findings);
            a.ascii = Some(l.ascii);
            a.unicode = Some(l.unicode);
        }
    }

    let stripped = sh.url || sh.port.is_some() || sh.wildcard;
    if stripped {
        // The suggestion is what should have been typed: the registrable domain of the host.
        let suggestion = a.registrable.as_ref().map(|r| r.1.clone());
        let f = match sh.port {
            _ if sh.url => Finding::domain_url_not_domain(path),
            Some(port) => Finding::domain_has_port(path, port),
            None => Finding::domain_wildcard(path),
        };
        a.findings.push(f.suggest(suggestion));
        // What the suggestion already fixes is not repeated; the rest still applies to the host.
        host_findings
            .retain(|f| !matches!(f.code, Code::DomainNotRegistrable | Code::DomainNormalized));
        a.findings.extend(host_findings);
        return a;
    }

    a.findings.extend(host_findings);
    if diagnostic::no_errors(&a.findings) {
        if let (Some(ascii), Some(unicode)) = (&a.ascii, &a.unicode) {
            if input != ascii && input != unicode {
                a.findings
                    .push(Finding::domain_normalized(path, unicode.as_str()));
            }
        }
    }
    if let Some(facts) = facts {
        facts::check(&ctx, facts, facts_path, &mut a.findings);
    }
    a
}

/// Suffix, registrable domain and the rules that depend on them.
fn judge(ctx: &Ctx, l: &labels::Labels, a: &mut Analysis, out: &mut Vec<Finding>) {
    let path = ctx.path;
    let (ascii, unicode) = (l.ascii.as_str(), l.unicode.as_str());
    match suffix::split(l.count, ascii) {
        suffix::Split::SingleLabel => {
            out.push(Finding::domain_single_label(path, unicode));
        }
        suffix::Split::TldNotApproved => {
            let tld = l.unicode_from_right(0).unwrap_or_default();
            let mut f = Finding::domain_tld_not_approved(path, tld);
            f.rule = Some(crate::diagnostic::RuleRef {
                id: crate::data::base_rule::TLD_APPROVED,
                province: None,
                source: data::SUFFIX_LIST_SOURCE,
                as_of: data::SUFFIX_LIST_AS_OF,
            });
            out.push(f);
            // A province's own suffix list names the rule its bureau applies too, so a form can
            // show which provincial row refuses it as well as the national list.
            if let (Some(tld_ascii), Some(label)) = (l.ascii_from_right(0), l.unicode_from_right(1))
            {
                policy::rules(ctx, tld_ascii, label, out);
            }
        }
        suffix::Split::IsSuffix { suffix } => {
            out.push(Finding::domain_is_suffix(path, suffix.unicode));
        }
        suffix::Split::Domain {
            suffix,
            suffix_labels,
            labels_below,
        } => {
            a.suffix = Some(suffix);
            let registrable = (
                suffix::tail(ascii, suffix_labels + 1).to_string(),
                suffix::tail(unicode, suffix_labels + 1).to_string(),
            );
            let label_unicode = l.unicode_from_right(suffix_labels).unwrap_or_default();
            if labels_below > 0 {
                let sub_names_ok = data::restricted_suffix(suffix.ascii).is_some_and(|r| {
                    r.sub_names_fileable
                        && ctx
                            .subject_kind
                            .is_some_and(|k| r.subject_kinds.contains(&k))
                });
                if sub_names_ok {
                    out.push(Finding::domain_gov_subdomain(path, unicode));
                } else {
                    out.push(
                        Finding::domain_not_registrable(path, unicode, registrable.1.as_str())
                            .suggest(Some(registrable.1.clone())),
                    );
                }
            }
            a.registrable = Some(registrable);
            policy::restricted(ctx, suffix.ascii, out);
            policy::rules(ctx, suffix.ascii, label_unicode, out);
            policy::cnnic_label(ctx, suffix.ascii, label_unicode, out);
        }
    }
}
