//! Every text a person reads is wholly in its language: a Chinese text holds no English sentence,
//! an English text no untranslated Chinese (a Chinese term the user must type or recognise stands
//! quoted, “…”). Checked over the whole catalog, and over every vector's report in both
//! languages with what the user typed set aside (user text is quoted as given, in any script).

#![cfg(not(target_arch = "wasm32"))]

mod common;

use icp_precheck::{Arg, Diagnostic, Lang, Limits, Text, Value};

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// The text without its quoted parts (“…”, "…", «…») and placeholders.
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut close: Option<char> = None;
    let mut brace = false;
    for c in text.chars() {
        match (close, c) {
            (Some(end), c) if c == end => close = None,
            (Some(_), _) => {}
            (None, '“') => close = Some('”'),
            (None, '"') => close = Some('"'),
            (None, '「') => close = Some('」'),
            (None, '{') => brace = true,
            (None, '}') if brace => brace = false,
            (None, c) if !brace => out.push(c),
            _ => {}
        }
    }
    out
}

/// Untranslated Chinese in an English text, if any.
fn chinese_in_english(text: &str) -> Option<String> {
    let rest = unquoted(text);
    rest.chars()
        .any(is_cjk)
        .then(|| rest.chars().filter(|c| is_cjk(*c)).collect())
}

/// An English sentence in a Chinese text: three or more English words in a row, outside quotes,
/// URLs and placeholders (single terms such as APP, IDNA or Unicode 15 are names, not sentences).
fn english_in_chinese(text: &str) -> Option<String> {
    let rest = unquoted(text);
    let words: Vec<&str> = rest
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == ' ' || c == ','))
        .collect();
    for run in words {
        if run.contains("http") || run.contains("www") {
            continue;
        }
        let n = run
            .split([' ', ','])
            .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '\''))
            .count();
        if n >= 3 {
            return Some(run.trim().to_string());
        }
    }
    None
}

fn check(lang: Lang, what: &str, text: &str) -> Result<(), String> {
    let leak = match lang {
        Lang::ZhCn => english_in_chinese(text),
        Lang::En => chinese_in_english(text),
    };
    match leak {
        Some(l) => Err(format!(
            "{what} ({lang:?}) {text:?}: {l:?} is in the other language"
        )),
        None => Ok(()),
    }
}

#[test]
fn the_checks_catch_what_they_are_for() {
    assert!(english_in_chinese("输入格式不正确：expected a string, got number").is_some());
    assert!(english_in_chinese("请使用“Let it be”作为网站名称").is_none());
    assert!(english_in_chinese("APP 备案与网站备案分开办理（IDNA 2008）").is_none());
    assert!(chinese_in_english("Select the site's 前置审批 category").is_some());
    assert!(chinese_in_english("Upload the “前置审批” document").is_none());
}

/// Every pair of the catalog; a citation (the same text in both languages) names a document by
/// its own title and is left alone.
#[test]
fn every_catalog_text_is_in_its_language() {
    let mut bad = Vec::new();
    for t in Text::all() {
        let (zh, en) = (t.get(Lang::ZhCn), t.get(Lang::En));
        if zh == en {
            continue;
        }
        for (lang, text) in [(Lang::ZhCn, zh), (Lang::En, en)] {
            if let Err(e) = check(lang, &format!("text {}", t.index()), text) {
                bad.push(e);
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} texts leak:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// A diagnostic rendered with every user text replaced by a neutral mark.
fn without_user_text(d: &Diagnostic) -> Diagnostic {
    let mut d = d.clone();
    for (_, a) in d.args.0.iter_mut() {
        if let Arg::Str(_) = a {
            *a = Arg::Str("∎".into());
        }
    }
    d
}

fn options_in(options: &serde_json::Value, lang: &str) -> serde_json::Value {
    let mut o = match options {
        serde_json::Value::Object(m) => m.clone(),
        _ => serde_json::Map::new(),
    };
    o.insert("lang".into(), lang.into());
    serde_json::Value::Object(o)
}

fn diagnostics_of(v: &common::Vector, lang: &str) -> Vec<Diagnostic> {
    let value = |j: &serde_json::Value| Value::from_json(j, &Limits::DEFAULT);
    if v.is_application() {
        let options = value(&options_in(&v.raw["options"], lang));
        let r = icp_precheck::validate_value(
            &value(&v.application()),
            Some(&options),
            &common::validate_base(),
        );
        return r.diagnostics.into_iter().chain(r.advisories).collect();
    }
    let options = value(&options_in(&v.options(), lang));
    if v.is_field() {
        let base = icp_precheck::FieldOptions::new(common::today());
        let r = icp_precheck::check_field_value(
            &value(&v.field()),
            &value(&v.input()),
            Some(&options),
            &base,
        );
        return r.diagnostics;
    }
    let base = icp_precheck::DomainOptions::new(common::today());
    if v.is_list() {
        let report = icp_precheck::check_domains_value(&value(&v.inputs()), Some(&options), &base);
        return report
            .diagnostics
            .into_iter()
            .chain(report.domains.into_iter().flat_map(|d| d.diagnostics))
            .collect();
    }
    icp_precheck::check_domain_value(&value(&v.input()), Some(&options), &base).diagnostics
}

#[test]
fn every_vector_reads_wholly_in_each_language() {
    let vectors: Vec<common::Vector> = common::all_domain_vectors()
        .into_iter()
        .chain(common::all_field_vectors())
        .chain(common::all_application_vectors())
        .collect();
    let mut bad = Vec::new();
    for v in &vectors {
        for (lang, tag) in [(Lang::ZhCn, "zh-CN"), (Lang::En, "en")] {
            for d in diagnostics_of(v, tag) {
                assert_eq!(
                    d.lang,
                    lang,
                    "{}: the report is in the language asked for",
                    v.id()
                );
                let d = without_user_text(&d);
                for (what, text) in [("message", d.message()), ("hint", d.hint())] {
                    if let Err(e) = check(lang, &format!("{} {} {what}", v.id(), d.code), &text) {
                        bad.push(e);
                    }
                }
            }
        }
    }
    bad.sort();
    bad.dedup();
    assert!(
        bad.is_empty(),
        "{} messages leak:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_plan_reads_wholly_in_each_language() {
    let mut bad = Vec::new();
    for v in common::all_filing_vectors() {
        for (lang, tag) in [(Lang::ZhCn, "zh-CN"), (Lang::En, "en")] {
            let facts = Value::from_json(&v.raw["facts"], &Limits::DEFAULT);
            let options = Value::from_json(
                &options_in(
                    v.raw.get("options").unwrap_or(&serde_json::Value::Null),
                    tag,
                ),
                &Limits::DEFAULT,
            );
            let plan = icp_precheck::classify_value(&facts, Some(&options));
            let json = serde_json::to_value(&plan).expect("a plan serialises");
            let mut texts = vec![json["label"].as_str().unwrap_or("").to_string()];
            for key in ["reasons", "materials", "next_steps"] {
                for t in json[key].as_array().into_iter().flatten() {
                    texts.push(t.as_str().unwrap_or("").to_string());
                }
            }
            for d in plan.diagnostics.iter().chain(plan.advisories.iter()) {
                let d = without_user_text(d);
                texts.push(d.message());
                texts.push(d.hint());
            }
            for t in texts {
                if let Err(e) = check(lang, &v.id(), &t) {
                    bad.push(e);
                }
            }
        }
    }
    bad.sort();
    bad.dedup();
    assert!(
        bad.is_empty(),
        "{} plan texts leak:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
