//! `Money`: integer minor units and an ISO 4217 currency, forwarded to core.

use napi::bindgen_prelude::{Either, Env, JsValue, Object, Unknown};
use napi_derive::napi;

use crate::convert::{MAX_SAFE_INTEGER, instance, number, numbers, safe_integer, string};
use crate::error::{OrThrow, invalid, js_error};

/// A non-negative amount of money in integer minor units of an ISO 4217
/// currency (`1999` EUR is 19.99 EUR). Never a float: shares are in basis
/// points and rounded half to even.
#[napi]
pub struct Money {
    inner: caredesk::Money,
}

#[napi]
impl Money {
    /// An amount from minor units (a safe integer, at least 0) and a currency
    /// code (`"EUR"`).
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "number")] minor: Unknown<'_>,
        #[napi(ts_arg_type = "string")] currency: Unknown<'_>,
    ) -> napi::Result<Self> {
        let minor = safe_integer(env, number(env, minor, "minor")?, "minor")?;
        let currency = string(env, currency, "currency")?;
        caredesk::Money::new(minor, &currency)
            .map(Money::from)
            .or_throw(env)
    }

    /// Parses a plain decimal (`"19.99"`, `"1500"`) in `currency`; more decimals
    /// than the currency has are an error, never rounded.
    #[napi(factory, catch_unwind)]
    pub fn parse(
        env: &Env,
        #[napi(ts_arg_type = "string")] amount: Unknown<'_>,
        #[napi(ts_arg_type = "string")] currency: Unknown<'_>,
    ) -> napi::Result<Self> {
        let amount = string(env, amount, "amount")?;
        let currency = string(env, currency, "currency")?;
        caredesk::Money::parse(&amount, &currency)
            .map(Money::from)
            .or_throw(env)
    }

    /// The amount in minor units: a number up to 2^53 - 1, beyond that a
    /// decimal string (a JS number would lose digits).
    #[napi(getter, catch_unwind, ts_return_type = "number | string")]
    pub fn minor(&self) -> Either<f64, String> {
        minor_to_js(self.inner.minor())
    }

    /// The currency code, upper case (`"EUR"`).
    #[napi(getter, catch_unwind)]
    pub fn currency(&self) -> String {
        self.inner.currency().code().to_string()
    }

    /// The number of minor-unit digits of the currency (2 for EUR, 0 for JPY).
    #[napi(getter, catch_unwind)]
    pub fn exponent(&self) -> u32 {
        u32::from(self.inner.currency().exponent())
    }

    /// `this + other`, in the same currency.
    #[napi(catch_unwind)]
    pub fn add(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Money")] other: Unknown<'_>,
    ) -> napi::Result<Money> {
        let other = instance::<Money>(env, other, "other", "Money")?;
        self.inner
            .checked_add(&other.inner)
            .map(Money::from)
            .or_throw(env)
    }

    /// `this - other`, in the same currency; the result may not be negative.
    #[napi(catch_unwind)]
    pub fn sub(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Money")] other: Unknown<'_>,
    ) -> napi::Result<Money> {
        let other = instance::<Money>(env, other, "other", "Money")?;
        self.inner
            .checked_sub(&other.inner)
            .map(Money::from)
            .or_throw(env)
    }

    /// `this * factor`, for a whole quantity `factor` (0 to 2^32 - 1).
    #[napi(catch_unwind)]
    pub fn mul(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "number")] factor: Unknown<'_>,
    ) -> napi::Result<Money> {
        let factor = to_u32(env, number(env, factor, "factor")?, "factor")?;
        self.inner
            .checked_mul(factor)
            .map(Money::from)
            .or_throw(env)
    }

    /// The share `bps / 10000` of this amount (1000 bp = 10 %), rounded half to
    /// even to the minor unit.
    #[napi(catch_unwind)]
    pub fn percent_bps(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "number")] bps: Unknown<'_>,
    ) -> napi::Result<Money> {
        let bps = to_u32(env, number(env, bps, "bps")?, "bps")?;
        self.inner.percent_bps(bps).map(Money::from).or_throw(env)
    }

    /// Splits this amount in proportion to `weights` (whole numbers), so the
    /// parts sum exactly to the whole.
    #[napi(catch_unwind)]
    pub fn allocate(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Array<number>")] weights: Unknown<'_>,
    ) -> napi::Result<Vec<Money>> {
        let weights = numbers(env, weights, "weights")?;
        let mut whole = Vec::with_capacity(weights.len());
        for (i, w) in weights.into_iter().enumerate() {
            let field = format!("weights[{i}]");
            let w = safe_integer(env, w, &field)?;
            let w = u64::try_from(w)
                .map_err(|_| js_error(env, &invalid(&field, "a weight cannot be negative")))?;
            whole.push(w);
        }
        let parts = self.inner.allocate(&whole).or_throw(env)?;
        Ok(parts.into_iter().map(Money::from).collect())
    }

    /// True when both amounts and currencies are equal.
    #[napi(catch_unwind)]
    pub fn equals(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Money")] other: Unknown<'_>,
    ) -> napi::Result<bool> {
        Ok(self.inner == instance::<Money>(env, other, "other", "Money")?.inner)
    }

    /// The amount for logs: a plain decimal and the code, `"19.99 EUR"`.
    #[napi(js_name = "toString", catch_unwind)]
    pub fn to_display_string(&self) -> String {
        self.inner.to_string()
    }

    /// The wire shape `{minor, currency}`, so `JSON.stringify` works.
    #[napi(js_name = "toJSON", catch_unwind, ts_return_type = "MoneyData")]
    pub fn to_json_object<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        let mut obj = Object::new(env)?;
        obj.set("minor", minor_to_js(self.inner.minor()))?;
        obj.set("currency", self.inner.currency().code())?;
        Ok(obj.to_unknown())
    }
}

impl Money {
    /// The core amount.
    pub(crate) fn get(&self) -> caredesk::Money {
        self.inner
    }
}

impl From<caredesk::Money> for Money {
    fn from(inner: caredesk::Money) -> Self {
        Money { inner }
    }
}

fn minor_to_js(minor: i64) -> Either<f64, String> {
    if minor.unsigned_abs() <= MAX_SAFE_INTEGER as u64 {
        Either::A(minor as f64)
    } else {
        Either::B(minor.to_string())
    }
}

fn to_u32(env: &Env, x: f64, field: &str) -> napi::Result<u32> {
    let n = safe_integer(env, x, field)?;
    u32::try_from(n).map_err(|_| {
        js_error(
            env,
            &invalid(field, format!("{n} is outside 0 to {}", u32::MAX)),
        )
    })
}
