//! Core errors as JS errors: `message` is the core message, `code` the stable
//! core code (`"ticket.closed"`), `field` the input field or `undefined`.

use napi::bindgen_prelude::{Env, JsObjectValue, JsValue};

/// Builds the JS `Error` for a core error and wraps it so that returning it
/// from an exported function throws that very object.
pub(crate) fn js_error(env: &Env, err: &caredesk::Error) -> napi::Error {
    build(env, err).unwrap_or_else(|failed| failed)
}

fn build(env: &Env, err: &caredesk::Error) -> napi::Result<napi::Error> {
    let mut obj = env.create_error(napi::Error::from_reason(err.to_string()))?;
    // napi sets `code` to its own status name; the core code replaces it.
    obj.set_named_property("code", err.code())?;
    match err.field() {
        Some(field) => obj.set_named_property("field", field)?,
        None => obj.set_named_property("field", ())?,
    }
    Ok(napi::Error::from(obj.to_unknown()))
}

/// Turns a core result into a napi result whose error is the JS error above.
pub(crate) trait OrThrow<T> {
    /// Maps the core error, if any, with [`js_error`].
    fn or_throw(self, env: &Env) -> napi::Result<T>;
}

impl<T> OrThrow<T> for caredesk::Result<T> {
    fn or_throw(self, env: &Env) -> napi::Result<T> {
        self.map_err(|e| js_error(env, &e))
    }
}

/// An `input.invalid` core error for a value the binding cannot pass on
/// (a function inside data, a non-integer count, ...).
pub(crate) fn invalid(field: &str, problem: impl Into<String>) -> caredesk::Error {
    caredesk::Error::InvalidField {
        field: field.to_string(),
        problem: problem.into(),
    }
}
