//! The only module that knows about JavaScript: converts what a page passes in into bounded
//! [`Value`]s, calls the engines and hands back plain objects.
//!
//! Texts are not in the module: reports carry catalog references and template arguments that
//! the npm package's JavaScript layer (`js/render.js`) turns into messages. `rulesetInfo` and
//! `diagnosticCodes` are static data: the package ships them as JSON written by the native CLI.
//!
//! Nothing here may panic or throw for any input: a trap would kill the module for the whole
//! page. Wrong types become `INPUT_MALFORMED` diagnostics with their paths.
//!
//! The engines read no clock and no random source: this layer reads the browser's and passes
//! the day (when the caller names none) and the receipt's random bytes in.

use crate::date::Date;
use crate::domain::{self, DomainOptions};
use crate::fields::FieldOptions;
use crate::input::{Budget, Limits, Value, NAME_PREFIX_UNITS};
use core::sync::atomic::{AtomicUsize, Ordering};
use js_sys::{JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    // js-sys binds Array.isArray without `catch`, but it throws for a revoked Proxy: every call
    // that can reach page code (a trap, a getter) is bound with `catch`, so no exception ever
    // unwinds through the module's frames (which would leave its stack pointer behind).
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;

    // The members JSON.stringify would write (own, enumerable, string-named), in the order it
    // writes them. Several times faster than Reflect.ownKeys on a large object, whose key count
    // no engine can give without listing the keys. A Proxy's traps may throw: bound with catch.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// Calls of the exports now running: a getter may call the package again while its input is
/// read. Past this depth the inner call reads nothing, so getters that call back cannot use up
/// the JavaScript stack or the module's own.
static CALLS: AtomicUsize = AtomicUsize::new(0);
const MAX_NESTED_CALLS: usize = 4;

struct Call {
    nested_too_deep: bool,
    _arena: Arena,
}

/// The blocks of a call come from the allocator's arena (src/arena.rs).
type Arena = crate::arena::Scope<'static, talc::wasm::WasmDynamicTalc, { crate::ARENA_SIZE }>;

impl Call {
    fn enter() -> Call {
        let running = CALLS.fetch_add(1, Ordering::Relaxed);
        Call {
            nested_too_deep: running >= MAX_NESTED_CALLS,
            _arena: crate::ALLOCATOR.enter(),
        }
    }

    /// One argument as a bounded [`Value`], each argument with its own bounds on the whole.
    fn read(&self, v: &JsValue) -> Value {
        if self.nested_too_deep {
            return Value::Foreign("value passed from inside a getter, calls nested too deep");
        }
        let mut budget = Budget::new(Limits::DEFAULT);
        let value = read_js(v, &mut budget, 0);
        budget.finish(value)
    }
}

/// For the package's entries only: after an exception has unwound through the module (the one
/// thing no `catch` can stop: the caller's stack running out inside a call) the calls it cut
/// short never returned; the entry calls this, with the stack pointer put back, once no call is
/// running.
#[wasm_bindgen(js_name = __resetCalls, skip_typescript)]
pub fn reset_calls() {
    CALLS.store(0, Ordering::Relaxed);
    crate::ALLOCATOR.forget_calls();
}

/// For the package's tests only: `[blocks, bytes, arenas set aside, off]` of the allocator's
/// arena, all 0 between calls unless some block outlived its call (src/arena.rs).
#[wasm_bindgen(js_name = __arenaInUse, skip_typescript)]
pub fn arena_in_use() -> Vec<u32> {
    let (live, top) = crate::ALLOCATOR.in_use();
    let (retired, off) = crate::ALLOCATOR.set_aside();
    vec![live as u32, top as u32, retired as u32, off as u32]
}

impl Drop for Call {
    fn drop(&mut self) {
        CALLS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A string's length is read before it is copied, so a 10 MB string is measured, not copied.
/// `None`: the input is past a bound on the whole.
fn read_string(s: &JsString, budget: &mut Budget) -> Option<Result<String, Value>> {
    let units = s.length() as usize;
    if units > budget.limits.max_string {
        return Some(Err(Value::TooLarge {
            what: "string",
            size: units,
        }));
    }
    if !budget.chars(units) {
        return None;
    }
    let copied = String::from(s);
    if !budget.bytes(copied.len()) {
        return None;
    }
    Some(Ok(copied))
}

/// The first units of a member name past the string bound, never cutting a surrogate pair
/// (as `Value::from_json` cuts it).
fn long_name(s: &JsString, budget: &mut Budget) -> String {
    let mut end = NAME_PREFIX_UNITS as u32;
    if (55296.0..56320.0).contains(&s.char_code_at(end - 1)) {
        end -= 1;
    }
    let prefix = String::from(s.slice(0, end));
    budget.chars(end as usize);
    budget.bytes(prefix.len());
    format!("{prefix}…")
}

/// Copies a JavaScript value into a [`Value`], applying the bounds as it goes: per value before
/// anything is copied, and on the whole (values, characters, bytes), after which nothing more
/// is read. A cyclic object stops at the depth bound.
fn read_js(v: &JsValue, budget: &mut Budget, depth: usize) -> Value {
    if !budget.node() {
        return Value::Null;
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
        return match read_string(s, budget) {
            Some(Ok(s)) => Value::String(s),
            Some(Err(marker)) => marker,
            None => Value::Null,
        };
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
    if depth >= budget.limits.max_depth {
        return Value::TooLarge {
            what: "depth",
            size: depth + 1,
        };
    }
    match is_array(v) {
        Ok(true) => return read_array(v, budget, depth),
        Ok(false) => {}
        Err(_) => return Value::Foreign("object that cannot be read"),
    }
    let keys = match object_keys(v) {
        Ok(k) => k,
        Err(_) => return Value::Foreign("object whose keys cannot be read"),
    };
    // `keys` is a fresh array of the engine's: its length and items run no page code.
    let len = keys.length() as usize;
    if len > budget.limits.max_items {
        return Value::TooLarge {
            what: "object",
            size: len,
        };
    }
    let mut members = Vec::with_capacity(len);
    for i in 0..len {
        if budget.exhausted() {
            break;
        }
        let key = keys.get(i as u32);
        let Some(name) = key.dyn_ref::<JsString>() else {
            continue;
        };
        let member = match read_string(name, budget) {
            Some(Ok(name)) => {
                let value = match Reflect::get(v, &key) {
                    Ok(val) => read_js(&val, budget, depth + 1),
                    Err(_) => Value::Foreign("member that cannot be read"),
                };
                (name, value)
            }
            Some(Err(marker)) => (long_name(name, budget), marker),
            None => break,
        };
        members.push(member);
    }
    Value::Object(members)
}

/// A list's `length` and items are read through `Reflect.get`, bound with `catch`: a Proxy's
/// trap or an index getter may throw.
fn read_array(v: &JsValue, budget: &mut Budget, depth: usize) -> Value {
    let len = match Reflect::get(v, &JsValue::from_str("length")) {
        Ok(len) => len.as_f64(),
        Err(_) => return Value::Foreign("list whose length cannot be read"),
    };
    let Some(len) = len.filter(|n| *n >= 0.0 && n.fract() == 0.0) else {
        return Value::Foreign("list without a valid length");
    };
    if len > budget.limits.max_items as f64 {
        return Value::TooLarge {
            what: "list",
            size: len as usize,
        };
    }
    let len = len as u32;
    let mut items = Vec::with_capacity(len as usize);
    for i in 0..len {
        if budget.exhausted() {
            break;
        }
        items.push(match Reflect::get_u32(v, i) {
            Ok(item) => read_js(&item, budget, depth + 1),
            Err(_) => Value::Foreign("list item that cannot be read"),
        });
    }
    Value::Array(items)
}

/// Today in China Standard Time (UTC+8, the filing systems' clock) by the browser's clock.
fn today() -> Date {
    let ms = js_sys::Date::now();
    let secs = if ms.is_finite() {
        (ms / 1000.0) as i64
    } else {
        0
    };
    Date::in_china_at(secs).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}

/// 16 bytes from `crypto.getRandomValues` for a receipt; none if the platform has no source.
/// They are asked for 256 at a time: one call out to the browser per 16 validations instead of
/// one each, which was 4 % of a one-website validation. Each receipt's bytes are used once.
fn receipt_random() -> Option<[u8; 16]> {
    struct Pool(core::cell::UnsafeCell<([u8; 256], usize)>);
    // The module runs on one thread, and nothing this function calls can call back into it.
    unsafe impl Sync for Pool {}
    static POOL: Pool = Pool(core::cell::UnsafeCell::new(([0; 256], 256)));
    // SAFETY: see above: no other reference to the pool exists while this one does.
    let (bytes, used) = unsafe { &mut *POOL.0.get() };
    if *used + 16 > bytes.len() {
        getrandom::fill(bytes).ok()?;
        *used = 0;
    }
    let mut b = [0u8; 16];
    b.copy_from_slice(&bytes[*used..*used + 16]);
    // Handed out once: the pool keeps no copy of a receipt's bytes.
    bytes[*used..*used + 16].fill(0);
    *used += 16;
    Some(b)
}

fn to_js(report: Option<String>) -> JsValue {
    report
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// One export's report on its arguments, as JSON text: the same whether the arguments were read
/// value by value or came as one JSON text.
fn report_json(export: &str, args: &[Value]) -> Option<String> {
    let null = Value::Null;
    let arg = |i: usize| args.get(i).unwrap_or(&null);
    match export {
        "checkDomain" => crate::json_out::to_string(&domain::check_domain_value(
            arg(0),
            Some(arg(1)),
            &DomainOptions::new(today()),
        )),
        "checkDomains" => crate::json_out::to_string(&domain::check_domains_value(
            arg(0),
            Some(arg(1)),
            &DomainOptions::new(today()),
        )),
        "checkField" => crate::json_out::to_string(&crate::fields::check_field_value(
            arg(0),
            arg(1),
            Some(arg(2)),
            &FieldOptions::new(today()),
        )),
        "validateApplication" => {
            let base = crate::validate::Options {
                receipt_random: receipt_random(),
                ..crate::validate::Options::new(today())
            };
            crate::json_out::to_string(&crate::validate::validate_value(
                arg(0),
                Some(arg(1)),
                &base,
            ))
        }
        "classifyFiling" => {
            crate::json_out::to_string(&crate::classify::classify_value(arg(0), Some(arg(1))))
        }
        _ => None,
    }
}

/// For the package's entries only: an export's arguments as one JSON text, which the package
/// writes for plain data within the bounds (`js/args.js`); one copy into the module instead of a
/// crossing per value. The report comes back as JSON text; an empty string when the text is not
/// one this reader reads exactly as the value reader would, and the package then calls the
/// export itself.
#[wasm_bindgen(js_name = __callJson, skip_typescript)]
pub fn call_json(export: &str, args: &str) -> String {
    let _arena = crate::ALLOCATOR.enter();
    crate::input::parse_args(args, &Limits::DEFAULT)
        .and_then(|args| report_json(export, &args))
        .unwrap_or_default()
}

/// For the package's entries only: the bounds the JSON text of [`call_json`] is written within,
/// `[max_string, max_items, max_depth, max_nodes, max_chars]`.
#[wasm_bindgen(js_name = __limits, skip_typescript)]
pub fn limits() -> Vec<u32> {
    let l = Limits::DEFAULT;
    [
        l.max_string,
        l.max_items,
        l.max_depth,
        l.max_nodes,
        l.max_chars,
    ]
    .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
    .to_vec()
}

/// Checks one domain. Never throws: bad arguments come back as `INPUT_MALFORMED` diagnostics.
#[wasm_bindgen(js_name = checkDomain, unchecked_return_type = "DomainReport")]
pub fn check_domain(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DomainOptions | undefined")] options: JsValue,
) -> JsValue {
    let call = Call::enter();
    let args = [call.read(&input), call.read(&options)];
    to_js(report_json("checkDomain", &args))
}

/// Checks the domains of one website together: each domain, repeats and the per-website count.
#[wasm_bindgen(js_name = checkDomains, unchecked_return_type = "DomainListReport")]
pub fn check_domains(
    #[wasm_bindgen(unchecked_param_type = "string[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DomainOptions | undefined")] options: JsValue,
) -> JsValue {
    let call = Call::enter();
    let args = [call.read(&inputs), call.read(&options)];
    to_js(report_json("checkDomains", &args))
}

/// Checks one field as it is typed (an ID number, a credit code, a phone, a website name …).
#[wasm_bindgen(js_name = checkField, unchecked_return_type = "FieldReport")]
pub fn check_field(
    #[wasm_bindgen(unchecked_param_type = "FieldKind")] field: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FieldOptions | undefined")] options: JsValue,
) -> JsValue {
    let call = Call::enter();
    let args = [call.read(&field), call.read(&value), call.read(&options)];
    to_js(report_json("checkField", &args))
}

/// Validates a whole filing application against the national rules (and, as data, the
/// province's). A half-filled form is fine: what is missing is reported at its path.
#[wasm_bindgen(js_name = validateApplication, unchecked_return_type = "Report")]
pub fn validate_application(
    #[wasm_bindgen(unchecked_param_type = "Application")] app: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> JsValue {
    let call = Call::enter();
    let args = [call.read(&app), call.read(&options)];
    to_js(report_json("validateApplication", &args))
}

/// Decides the filing operation from what the user knows: the type, why, the materials, the
/// advisories, and — when a fact is missing — which fact to ask next (`needs`).
#[wasm_bindgen(js_name = classifyFiling, unchecked_return_type = "FilingPlan")]
pub fn classify_filing(
    #[wasm_bindgen(unchecked_param_type = "FilingFacts")] facts: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ClassifyOptions | undefined")] options: JsValue,
) -> JsValue {
    let call = Call::enter();
    let args = [call.read(&facts), call.read(&options)];
    to_js(report_json("classifyFiling", &args))
}
