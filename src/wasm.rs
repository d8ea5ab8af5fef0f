//! The only module that knows about JavaScript: converts what a page passes in into bounded
//! [`Value`]s, calls the engines and hands back plain objects.
//!
//! Texts are not in the module: reports carry catalog references and template arguments that
//! the npm package's JavaScript layer (`js/render.js`) turns into messages. `rulesetInfo` and
//! `diagnosticCodes` are static data: the package ships them as JSON written by the native CLI.
//!
//! Nothing here may panic or throw for any input: a trap would kill the module for the whole
//! page. Wrong types become `INPUT_MALFORMED` diagnostics with their paths.

use crate::domain;
use crate::input::{Limits, Value};
use js_sys::{Array, JsString, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Copies a JavaScript value into a [`Value`], applying the bounds as it goes so that a 10 MB
/// string is measured, not copied, and a cyclic object stops at the depth bound.
fn read_js(v: &JsValue, limits: &Limits, depth: usize, nodes: &mut usize) -> Value {
    *nodes += 1;
    if *nodes > limits.max_nodes {
        return Value::TooLarge {
            what: "input",
            size: *nodes,
        };
    }
    if v.is_undefined() || v.is_null() {
        return Value::Null;
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    if let Some(n) = v.as_f64() {
        return Value::Number(n);
    }
    if let Some(s) = v.dyn_ref::<JsString>() {
        let units = s.length() as usize;
        if units > limits.max_string {
            return Value::TooLarge {
                what: "string",
                size: units,
            };
        }
        return Value::String(String::from(s));
    }
    if v.is_function() {
        return Value::Foreign("function");
    }
    if v.is_symbol() {
        return Value::Foreign("symbol");
    }
    if v.is_bigint() {
        return Value::Foreign("bigint");
    }
    if !v.is_object() {
        return Value::Foreign("unknown");
    }
    if depth >= limits.max_depth {
        return Value::TooLarge {
            what: "depth",
            size: depth + 1,
        };
    }
    if Array::is_array(v) {
        let arr: &Array = v.unchecked_ref();
        let len = arr.length() as usize;
        if len > limits.max_items {
            return Value::TooLarge {
                what: "list",
                size: len,
            };
        }
        return Value::Array(
            (0..len)
                .map(|i| read_js(&arr.get(i as u32), limits, depth + 1, nodes))
                .collect(),
        );
    }
    // Reflect.ownKeys and Reflect.get are bound with `catch`, so a Proxy or a throwing getter
    // yields a foreign value instead of an exception unwinding through wasm.
    let keys = match Reflect::own_keys(v) {
        Ok(k) => k,
        Err(_) => return Value::Foreign("object whose keys cannot be read"),
    };
    let len = keys.length() as usize;
    if len > limits.max_items {
        return Value::TooLarge {
            what: "object",
            size: len,
        };
    }
    let mut members = Vec::with_capacity(len);
    for i in 0..len {
        let key = keys.get(i as u32);
        let Some(name) = key.as_string() else {
            continue;
        };
        let value = match Reflect::get(v, &key) {
            Ok(val) => read_js(&val, limits, depth + 1, nodes),
            Err(_) => Value::Foreign("member that cannot be read"),
        };
        members.push((name, value));
    }
    Value::Object(members)
}

fn value_of(v: &JsValue) -> Value {
    let mut nodes = 0;
    read_js(v, &Limits::DEFAULT, 0, &mut nodes)
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    crate::json_out::to_string(value)
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// Checks one domain. Never throws: bad arguments come back as `INPUT_MALFORMED` diagnostics.
#[wasm_bindgen(js_name = checkDomain, unchecked_return_type = "DomainReport")]
pub fn check_domain(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DomainOptions | undefined")] options: JsValue,
) -> JsValue {
    let input = value_of(&input);
    let options = value_of(&options);
    to_js(&domain::check_domain_value(&input, Some(&options)))
}

/// Checks the domains of one website together: each domain, repeats and the per-website count.
#[wasm_bindgen(js_name = checkDomains, unchecked_return_type = "DomainListReport")]
pub fn check_domains(
    #[wasm_bindgen(unchecked_param_type = "string[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DomainOptions | undefined")] options: JsValue,
) -> JsValue {
    let inputs = value_of(&inputs);
    let options = value_of(&options);
    to_js(&domain::check_domains_value(&inputs, Some(&options)))
}

/// Checks one field as it is typed (an ID number, a credit code, a phone, a website name …).
#[wasm_bindgen(js_name = checkField, unchecked_return_type = "FieldReport")]
pub fn check_field(
    #[wasm_bindgen(unchecked_param_type = "FieldKind")] field: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FieldOptions | undefined")] options: JsValue,
) -> JsValue {
    let field = value_of(&field);
    let value = value_of(&value);
    let options = value_of(&options);
    to_js(&crate::fields::check_field_value(
        &field,
        &value,
        Some(&options),
    ))
}

/// Validates a whole filing application against the national rules (and, as data, the
/// province's). A half-filled form is fine: what is missing is reported at its path.
#[wasm_bindgen(js_name = validateApplication, unchecked_return_type = "Report")]
pub fn validate_application(
    #[wasm_bindgen(unchecked_param_type = "Application")] app: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> JsValue {
    let app = value_of(&app);
    let options = value_of(&options);
    to_js(&crate::validate::validate_value(&app, Some(&options)))
}

/// Decides the filing operation from what the user knows: the type, why, the materials, the
/// advisories, and — when a fact is missing — which fact to ask next (`needs`).
#[wasm_bindgen(js_name = classifyFiling, unchecked_return_type = "FilingPlan")]
pub fn classify_filing(
    #[wasm_bindgen(unchecked_param_type = "FilingFacts")] facts: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ClassifyOptions | undefined")] options: JsValue,
) -> JsValue {
    let facts = value_of(&facts);
    let options = value_of(&options);
    to_js(&crate::classify::classify_value(&facts, Some(&options)))
}
