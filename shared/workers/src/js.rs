//! The few JavaScript calls the adapter makes by name (Durable Object stubs, KV namespaces,
//! `crypto`), through `Reflect` rather than generated bindings: each binding is an import the
//! module carries, and these objects are reached at most a handful of times per request.

use js_sys::{Array, Function as JsFunction, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[name]`.
pub(crate) fn get(target: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
}

/// `target[method](...args)`.
pub(crate) fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: JsFunction = get(target, method)?.dyn_into()?;
    let arr = Array::new();
    for a in args {
        arr.push(a);
    }
    f.apply(target, &arr)
}

/// `await target[method](...args)`; the method must return a promise.
#[cfg(any(feature = "state", feature = "cache", feature = "webcrypto"))]
pub(crate) async fn call_async(
    target: &JsValue,
    method: &str,
    args: &[&JsValue],
) -> Result<JsValue, JsValue> {
    let promise: js_sys::Promise = call(target, method, args)?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise).await
}

/// A plain object from key/value pairs.
pub(crate) fn object(pairs: &[(&str, JsValue)]) -> Result<Object, JsValue> {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v)?;
    }
    Ok(o)
}

/// The bytes of an `ArrayBuffer` or typed array.
#[cfg(feature = "cache")]
pub(crate) fn bytes(buffer: &JsValue) -> Vec<u8> {
    js_sys::Uint8Array::new(buffer).to_vec()
}

/// The bytes of an `ArrayBuffer`, or `None` without copying them when there are more than
/// `limit`.
pub(crate) fn bytes_within(buffer: &JsValue, limit: usize) -> Option<Vec<u8>> {
    let view = js_sys::Uint8Array::new(buffer);
    (view.length() as usize <= limit).then(|| view.to_vec())
}

/// An error's message for a log line: the `message` of an `Error`, a thrown string, or `what`.
pub(crate) fn message(e: &JsValue, what: &str) -> String {
    e.as_string()
        .or_else(|| get(e, "message").ok().and_then(|m| m.as_string()))
        .unwrap_or_else(|| what.to_string())
}
