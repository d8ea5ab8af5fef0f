//! The vector files again, this time through the JavaScript-facing exports, compiled to wasm and
//! run in headless Chromium by wasm-bindgen-test-runner. Native-only targets compile this to nothing.

#![cfg(target_arch = "wasm32")]

mod common;

use common::{
    all_application_vectors, all_domain_vectors, all_field_vectors, all_filing_vectors, judge,
    judge_filing, ApplicationReport, Outcome,
};
use common::{DomainListReport, DomainReport, FieldReport};
use icp_precheck::wasm;
use serde::Serialize;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(v: &serde_json::Value) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

// The .wasm returns typed text references and template arguments; the npm package's
// js/render.js puts the texts in. These tests run that very renderer, in the browser, over the
// per-language catalogs the generator wrote, so the judge reads the messages a page shows.
#[wasm_bindgen::prelude::wasm_bindgen(module = "/js/render.js")]
extern "C" {
    fn renderer(catalogs: &JsValue) -> js_sys::Function;
}

static TEXTS_ZH: &str = include_str!("../src/generated/texts.zh-CN.json");
static TEXTS_EN: &str = include_str!("../src/generated/texts.en.json");

thread_local! {
    static RENDER: js_sys::Function = {
        let catalogs = js_sys::Object::new();
        for (lang, texts) in [("zh-CN", TEXTS_ZH), ("en", TEXTS_EN)] {
            let parsed = js_sys::JSON::parse(texts).unwrap();
            js_sys::Reflect::set(&catalogs, &lang.into(), &parsed).unwrap();
        }
        renderer(&catalogs.into())
    };
}

/// Renders a report of the .wasm as the npm package does and reads it as `T`.
fn rendered<T: serde::de::DeserializeOwned>(out: JsValue) -> T {
    let out = RENDER.with(|r| r.call1(&JsValue::NULL, &out).unwrap());
    let v: serde_json::Value = serde_wasm_bindgen::from_value(out).unwrap();
    serde_json::from_value(v).unwrap()
}

fn run(v: &common::Vector) -> Outcome {
    if v.is_application() {
        let out = wasm::validate_application(js(&v.application()), js(&v.raw["options"]));
        return Outcome::Application(rendered::<ApplicationReport>(out));
    }
    if v.is_field() {
        let out = wasm::check_field(js(&v.field()), js(&v.input()), js(&v.options()));
        return Outcome::Field(rendered::<FieldReport>(out));
    }
    if v.is_list() {
        let out = wasm::check_domains(js(&v.inputs()), js(&v.options()));
        Outcome::List(rendered::<DomainListReport>(out))
    } else {
        let out = wasm::check_domain(js(&v.input()), js(&v.options()));
        Outcome::Single(rendered::<DomainReport>(out))
    }
}

#[wasm_bindgen_test]
fn domain_vectors_in_the_browser() {
    let vectors = all_domain_vectors();
    common::assert_vectors(&vectors, |v| judge(v, &run(v)));
}

#[wasm_bindgen_test]
fn field_vectors_in_the_browser() {
    let vectors = all_field_vectors();
    common::assert_vectors(&vectors, |v| judge(v, &run(v)));
}

#[wasm_bindgen_test]
fn filing_vectors_in_the_browser() {
    common::assert_vectors(&all_filing_vectors(), |v| {
        let options = v.raw.get("options").map_or(JsValue::UNDEFINED, js);
        let out = wasm::classify_filing(js(&v.raw["facts"]), options);
        let plan: common::FilingPlan = rendered(out);
        judge_filing(v, &plan)
    });
}

#[wasm_bindgen_test]
fn application_vectors_in_the_browser() {
    common::assert_vectors(&all_application_vectors(), |v| judge(v, &run(v)));
}

/// JavaScript values with no JSON counterpart must come back as diagnostics, never as a trap.
#[wasm_bindgen_test]
fn foreign_javascript_values_are_malformed_input() {
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let huge = JsValue::from_str(&"a".repeat(10 * 1024 * 1024));
    let throwing = js_sys::Function::new_no_args("throw new Error('boom')");
    let proxy = js_sys::Proxy::new(
        &js_sys::Object::new(),
        &js_sys::Function::new_no_args("return { ownKeys() { throw new Error('no keys'); } };")
            .call0(&JsValue::NULL)
            .unwrap()
            .into(),
    );
    let inputs: Vec<(JsValue, &str)> = vec![
        (JsValue::from_f64(1.5), "INPUT_MALFORMED"),
        (JsValue::NULL, "INPUT_MALFORMED"),
        (JsValue::UNDEFINED, "INPUT_MALFORMED"),
        (JsValue::TRUE, "INPUT_MALFORMED"),
        (js_sys::Symbol::for_("x").into(), "INPUT_MALFORMED"),
        (js_sys::BigInt::from(7u32).into(), "INPUT_MALFORMED"),
        (throwing.clone().into(), "INPUT_MALFORMED"),
        (cyclic.clone().into(), "INPUT_MALFORMED"),
        (proxy.clone().into(), "INPUT_MALFORMED"),
        (huge.clone(), "INPUT_TOO_LARGE"),
    ];
    for (input, code) in &inputs {
        let report: DomainReport = rendered(wasm::check_domain(input.clone(), JsValue::UNDEFINED));
        assert!(!report.ok);
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == *code && d.path == "/input"),
            "{:?}: {:?}",
            input,
            report.diagnostics
        );
    }
    // The same values as options: the domain is still checked, the options are reported.
    for (options, _) in &inputs {
        let report: DomainReport = rendered(wasm::check_domain(
            JsValue::from_str("example.com"),
            options.clone(),
        ));
        assert_eq!(report.ascii.as_deref(), Some("example.com"));
    }
    let list: DomainListReport = rendered(wasm::check_domains(cyclic.into(), JsValue::UNDEFINED));
    assert!(!list.ok);
    // After all of that the module still works.
    let report: DomainReport = rendered(wasm::check_domain("例子.中国".into(), JsValue::UNDEFINED));
    assert_eq!(report.ascii.as_deref(), Some("xn--fsqu00a.xn--fiqs8s"));
}

#[wasm_bindgen_test]
fn foreign_values_in_an_application_are_malformed_input() {
    let bases: serde_json::Value = serde_json::from_str(common::APPLICATION_BASES).unwrap();
    let app = js(&bases["enterprise"]);
    let subject = js_sys::Reflect::get(&app, &"subject".into()).unwrap();
    let throwing_getter = js_sys::Function::new_with_args(
        "o",
        "Object.defineProperty(o, 'name', { enumerable: true, get() { throw new Error('boom'); } }); return o;",
    );
    throwing_getter.call1(&JsValue::NULL, &subject).unwrap();
    js_sys::Reflect::set(
        &subject,
        &"remark".into(),
        &js_sys::Symbol::for_("s").into(),
    )
    .unwrap();
    let report: ApplicationReport = rendered(wasm::validate_application(app, JsValue::UNDEFINED));
    assert!(!report.ok);
    for path in ["/subject/name", "/subject/remark"] {
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == "INPUT_MALFORMED" && d.path == path),
            "{path}: {:?}",
            report.diagnostics
        );
    }
    for whole in [
        JsValue::UNDEFINED,
        JsValue::from_f64(f64::NAN),
        JsValue::from_str(&"x".repeat(10 * 1024 * 1024)),
        js_sys::Function::new_no_args("return 1").into(),
    ] {
        let report: ApplicationReport = rendered(wasm::validate_application(whole.clone(), whole));
        assert!(!report.ok && report.receipt.is_none());
    }
}
