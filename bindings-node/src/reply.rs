//! `ReplyCatalog` and `lintTemplates`, forwarded to core; replies and lint
//! reports as plain objects.

use caredesk::reply::{
    Arg, ArgSource, Format, LintReport as CoreLint, LocaleRequest, MissingPolicy, RenderItem,
    RenderOptions, Reply as CoreReply, ReplyCatalog as CoreCatalog, Tone,
};
use napi::bindgen_prelude::{
    Array, AsyncTask, ClassInstance, Env, FnArgs, FromNapiValue, Function, FunctionRef,
    JavaScriptClassExt, JsObjectValue, JsValue, Object, Task, ToNapiValue, Unknown,
};
use napi::{ValueType, sys};
use napi_derive::napi;

use crate::convert::{MAX_SAFE_INTEGER, date_instant, to_json};
use crate::error::{OrThrow, invalid, js_error};
use crate::money::Money;

/// Reply templates (Project Fluent) in 12 locales and two tones, compiled
/// once; renders replies in the customer's language with CLDR money and dates.
#[napi]
pub struct ReplyCatalog {
    pub(crate) inner: CoreCatalog,
}

/// Reads `{ "it/formal.ftl": "..." }`.
fn read_sources(env: &Env, sources: Option<Unknown<'_>>) -> napi::Result<Vec<(String, String)>> {
    let Some(sources) = sources else {
        return Ok(Vec::new());
    };
    let value = to_json(env, sources, "sources")?;
    match value {
        serde_json::Value::Null => Ok(Vec::new()),
        serde_json::Value::Object(map) => map
            .into_iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(text) => Ok((k, text)),
                _ => Err(js_error(
                    env,
                    &invalid(&format!("sources.{k}"), "the FTL text must be a string"),
                )),
            })
            .collect(),
        _ => Err(js_error(
            env,
            &invalid("sources", "expected an object of { fileName: ftlText }"),
        )),
    }
}

/// Reads `{ builtin?: boolean }`.
fn read_builtin(env: &Env, options: Option<Unknown<'_>>) -> napi::Result<bool> {
    let Some(options) = options else {
        return Ok(true);
    };
    match to_json(env, options, "options")? {
        serde_json::Value::Null => Ok(true),
        serde_json::Value::Object(map) => {
            for (k, v) in &map {
                if k != "builtin" {
                    return Err(js_error(
                        env,
                        &invalid(&format!("options.{k}"), "unknown option (expected builtin)"),
                    ));
                }
                if !v.is_boolean() {
                    return Err(js_error(
                        env,
                        &invalid("options.builtin", "expected a boolean"),
                    ));
                }
            }
            Ok(map
                .get("builtin")
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(true))
        }
        _ => Err(js_error(env, &invalid("options", "expected an object"))),
    }
}

/// Reads a locale request: a tag, an object, or nothing. A request that does
/// not read is the core error (field `locales`), for the caller to throw or
/// keep; `field` names the value should it not convert to JSON at all.
fn locale_request(
    env: &Env,
    locales: Option<Unknown<'_>>,
    field: impl Fn() -> String,
) -> napi::Result<caredesk::Result<LocaleRequest>> {
    let Some(locales) = locales else {
        return Ok(Ok(LocaleRequest::new()));
    };
    Ok(match locales.get_type()? {
        ValueType::Undefined | ValueType::Null => Ok(LocaleRequest::new()),
        ValueType::String => Ok(LocaleRequest::from(
            locales.coerce_to_string()?.into_utf8()?.into_owned()?,
        )),
        _ => caredesk::wire::from_value(to_json(env, locales, &field())?)
            .map_err(|e| e.within("locales")),
    })
}

fn read_locales(env: &Env, locales: Option<Unknown<'_>>) -> napi::Result<LocaleRequest> {
    locale_request(env, locales, || "locales".into())?.or_throw(env)
}

/// Reads `{ tone, format, zone, missing }`, each optional; any other key is
/// refused, so a misspelt option never goes unnoticed.
fn read_options(env: &Env, options: Option<Unknown<'_>>) -> napi::Result<RenderOptions> {
    let Some(options) = options else {
        return Ok(RenderOptions::default());
    };
    match options.get_type()? {
        ValueType::Undefined | ValueType::Null => return Ok(RenderOptions::default()),
        ValueType::Object if !options.is_array()? => {}
        _ => return Err(js_error(env, &invalid("options", "expected an object"))),
    }
    let object = options.coerce_to_object()?;
    let mut out = RenderOptions::default();
    let mut seen = 0u32;
    for key in ["tone", "format", "zone", "missing"] {
        let value = object.get_named_property::<Unknown>(key)?;
        if value.get_type()? == ValueType::Undefined {
            continue;
        }
        seen += 1;
        if value.get_type()? != ValueType::String {
            return Err(js_error(env, &invalid(key, "expected a string")));
        }
        let text = value.coerce_to_string()?.into_utf8()?.into_owned()?;
        let parsed = match key {
            "tone" => Tone::parse_field(&text, key).map(|t| out.tone = t),
            "format" => Format::parse_field(&text, key).map(|f| out.format = f),
            "zone" => caredesk::reply::parse_zone(&text, key).map(|z| out.zone = z),
            _ => MissingPolicy::parse_field(&text, key).map(|m| out.missing = m),
        };
        parsed.or_throw(env)?;
    }
    let keys = object.get_property_names()?;
    if keys.get_array_length()? > seen {
        for i in 0..keys.get_array_length()? {
            let key = keys.get_element::<Unknown>(i)?;
            let name = key.coerce_to_string()?.into_utf8()?.into_owned()?;
            if !["tone", "format", "zone", "missing"].contains(&name.as_str()) {
                return Err(js_error(
                    env,
                    &invalid(
                        &format!("options.{name}"),
                        "unknown option (expected tone, format, zone, missing)",
                    ),
                ));
            }
        }
    }
    Ok(out)
}

/// The arguments object, read by name as the message asks for them.
struct JsArgs<'a> {
    env: &'a Env,
    object: Option<Object<'a>>,
    at: &'a str,
}

impl JsArgs<'_> {
    fn read(&self, name: &str) -> napi::Result<Result<Option<Arg<'static>>, caredesk::Error>> {
        let Some(object) = &self.object else {
            return Ok(Ok(None));
        };
        let field = || format!("{}.{name}", self.at);
        let value = object.get_named_property::<Unknown>(name)?;
        let arg = match value.get_type()? {
            ValueType::Undefined => return Ok(Ok(None)),
            ValueType::String => {
                Arg::Str(value.coerce_to_string()?.into_utf8()?.into_owned()?.into())
            }
            ValueType::Number => {
                let x = value.coerce_to_number()?.get_double()?;
                if !x.is_finite() || x.fract() != 0.0 {
                    return Ok(Err(wrong(&field(), &format!("the number {x}"))));
                }
                if x.abs() > MAX_SAFE_INTEGER {
                    return Ok(Err(invalid(
                        &field(),
                        format!(
                            "{x} is not a safe integer (a whole number of magnitude at most 2^53 - 1)"
                        ),
                    )));
                }
                Arg::Int(x as i64)
            }
            ValueType::Object if value.is_date()? => match date_instant(value, &field())? {
                Ok(t) => Arg::Instant(t),
                Err(e) => return Ok(Err(e)),
            },
            ValueType::Object if Money::instance_of(self.env, &value)? => {
                // SAFETY: `value` is a live value of this call, checked above
                // to be a `Money` instance.
                let money = unsafe {
                    ClassInstance::<Money>::from_napi_value(self.env.raw(), value.raw())
                }?;
                Arg::Money(money.get())
            }
            ValueType::Object if !value.is_array()? => {
                let field = field();
                match caredesk::wire::from_value(to_json(self.env, value, &field)?) {
                    Ok(m) => Arg::Money(m),
                    Err(e) => return Ok(Err(e.within(&field))),
                }
            }
            ValueType::Boolean => return Ok(Err(wrong(&field(), "a boolean"))),
            ValueType::Null => return Ok(Err(wrong(&field(), "null"))),
            ValueType::BigInt => return Ok(Err(wrong(&field(), "a bigint"))),
            _ => return Ok(Err(wrong(&field(), "an unsupported value"))),
        };
        Ok(Ok(Some(arg)))
    }
}

impl ArgSource for JsArgs<'_> {
    fn arg(&self, name: &str) -> caredesk::Result<Option<Arg<'_>>> {
        match self.read(name) {
            Ok(result) => result,
            // A JS exception while reading (a throwing getter): its message, on the field.
            Err(e) => Err(invalid(&format!("{}.{name}", self.at), e.reason.clone())),
        }
    }
}

fn js_args<'a>(env: &'a Env, args: Option<Unknown<'a>>, at: &'a str) -> napi::Result<JsArgs<'a>> {
    let object = match args {
        None => None,
        Some(args) => match args.get_type()? {
            ValueType::Undefined | ValueType::Null => None,
            ValueType::Object if !args.is_array()? && !args.is_date()? => {
                Some(args.coerce_to_object()?)
            }
            _ => {
                return Err(js_error(
                    env,
                    &invalid(at, "expected an object of named arguments"),
                ));
            }
        },
    };
    Ok(JsArgs { env, object, at })
}

fn wrong(field: &str, got: &str) -> caredesk::Error {
    caredesk::Error::ReplyWrongArgType {
        field: field.into(),
        expected: "a string, an integer, a Money, a Date or a 'YYYY-MM-DD' string".into(),
        got: got.into(),
    }
}

#[napi]
impl ReplyCatalog {
    /// The built-in catalog, with a shop's `sources` (`{ 'it/formal.ftl':
    /// '...' }`) layered on top; `{ builtin: false }` compiles the sources
    /// alone. A source that does not parse throws `reply.syntax`, its `field`
    /// the file name and the line and column in the message.
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "Record<string, string> | null")] sources: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "{ builtin?: boolean }")] options: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        let list = read_sources(env, sources)?;
        let builtin = read_builtin(env, options)?;
        let inner = CoreCatalog::compile(list, builtin).or_throw(env)?;
        Ok(ReplyCatalog { inner })
    }

    /// The locale tags, built-in first.
    #[napi(getter)]
    pub fn locales(&self) -> Vec<String> {
        self.inner
            .locales()
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    /// The message ids of a locale in a tone (`id.attr` for attributes).
    #[napi(catch_unwind)]
    pub fn message_ids(
        &self,
        env: &Env,
        locale: String,
        #[napi(ts_arg_type = "ToneName")] tone: Option<String>,
    ) -> napi::Result<Vec<String>> {
        let tone = Tone::parse_field(tone.as_deref().unwrap_or("formal"), "tone").or_throw(env)?;
        Ok(self
            .inner
            .message_ids(&locale, tone)
            .into_iter()
            .map(str::to_string)
            .collect())
    }

    /// The variables a message uses in a locale and tone, or `null`.
    #[napi(catch_unwind)]
    pub fn variables(
        &self,
        env: &Env,
        locale: String,
        message_id: String,
        #[napi(ts_arg_type = "ToneName")] tone: Option<String>,
    ) -> napi::Result<Option<Vec<String>>> {
        let tone = Tone::parse_field(tone.as_deref().unwrap_or("formal"), "tone").or_throw(env)?;
        Ok(self
            .inner
            .variables(&locale, tone, &message_id)
            .map(|v| v.into_iter().map(str::to_string).collect()))
    }

    /// Renders a message (`'id.attr'` for an attribute) for a customer.
    #[napi(catch_unwind, ts_return_type = "Reply")]
    pub fn render(
        &self,
        env: &Env,
        message_id: String,
        #[napi(ts_arg_type = "LocalesInput")] locales: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Record<string, ReplyArg>")] args: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "RenderOptionsData")] options: Option<Unknown<'_>>,
    ) -> napi::Result<JsReply> {
        let reply = self.render_one(env, &message_id, locales, args, options)?;
        build_reply(&reply_shape(env)?, reply)
    }

    /// Like `render`, but only the text: no reply object to build, for
    /// callers that do not need `localeUsed` and the rest.
    #[napi(catch_unwind)]
    pub fn render_text(
        &self,
        env: &Env,
        message_id: String,
        #[napi(ts_arg_type = "LocalesInput")] locales: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Record<string, ReplyArg>")] args: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "RenderOptionsData")] options: Option<Unknown<'_>>,
    ) -> napi::Result<String> {
        self.render_one(env, &message_id, locales, args, options)
            .map(|r| r.text)
    }

    /// Renders many replies off the main thread (a large batch over all
    /// cores); the options apply to all.
    /// The promise rejects with the first failure, its `field` prefixed with
    /// `items[i]`.
    #[napi(
        catch_unwind,
        ts_args_type = "items: ReplyItem[], options?: RenderOptionsData",
        ts_return_type = "Promise<Reply[]>"
    )]
    pub fn render_many(
        &self,
        env: &Env,
        items: Array<'_>,
        options: Option<Unknown<'_>>,
    ) -> napi::Result<AsyncTask<RenderTask>> {
        let options = read_options(env, options)?;
        // Each item is read here, only the arguments its message uses (as
        // `render` does); a failure is kept in the item's place.
        let mut items_read = Vec::with_capacity(items.len() as usize);
        for i in 0..items.len() {
            // Named only when something is wrong with the item.
            let at = || format!("items[{i}]");
            let item: Option<Object> = items.get(i).ok().flatten();
            let Some(item) = item else {
                return Err(js_error(
                    env,
                    &invalid(&at(), "expected an object with messageId, locales and args"),
                ));
            };
            let id = item.get_named_property::<Unknown>("messageId")?;
            if id.get_type()? != ValueType::String {
                return Err(js_error(
                    env,
                    &invalid(&format!("{}.messageId", at()), "expected a string"),
                ));
            }
            let id = id.coerce_to_string()?.into_utf8()?.into_owned()?;
            let locales = item.get_named_property::<Unknown>("locales")?;
            let request = locale_request(env, Some(locales), || format!("{}.locales", at()))?;
            let given = item.get_named_property::<Unknown>("args")?;
            let source = js_args(env, Some(given), "args")?;
            items_read.push(
                request.and_then(|request| self.inner.prepare(id, request, &source, options.tone)),
            );
        }
        Ok(AsyncTask::new(RenderTask {
            catalog: self.inner.clone(),
            items: Some(items_read),
            options,
        }))
    }
}

impl ReplyCatalog {
    /// What `render` and `renderText` share: read the call's values, render.
    fn render_one(
        &self,
        env: &Env,
        message_id: &str,
        locales: Option<Unknown<'_>>,
        args: Option<Unknown<'_>>,
        options: Option<Unknown<'_>>,
    ) -> napi::Result<CoreReply> {
        let request = read_locales(env, locales)?;
        let options = read_options(env, options)?;
        let args = js_args(env, args, "args")?;
        self.inner
            .render_with(message_id, &request, &args, &options)
            .or_throw(env)
    }
}

/// The work behind `renderMany`: each item as read, or the error reading it
/// (taken when the task runs).
pub struct RenderTask {
    catalog: CoreCatalog,
    items: Option<Vec<caredesk::Result<RenderItem<'static>>>>,
    options: RenderOptions,
}

impl Task for RenderTask {
    type Output = Result<Vec<CoreReply>, caredesk::Error>;
    type JsValue = Vec<JsReply>;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        let items = self.items.take().unwrap_or_default();
        // The first failure in item order rejects the batch.
        Ok(self
            .catalog
            .render_prepared(items, &self.options)
            .into_iter()
            .enumerate()
            .map(|(i, r)| r.map_err(|e| e.within(&format!("items[{i}]"))))
            .collect())
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        let replies = output.map_err(|e| js_error(&env, &e))?;
        let shape = reply_shape(&env)?;
        replies
            .into_iter()
            .map(|r| build_reply(&shape, r))
            .collect()
    }
}

/// The JS function that builds reply objects. V8 makes an object literal of
/// one fixed shape several times faster than Node-API sets the same five
/// properties one by one (about 0.3 µs against 1.5 µs per reply on the
/// benchmark machine), which mattered more than the render itself.
const REPLY_SHAPE: &str = "(text, localeUsed, fallbackUsed, missingArgs, toneUsed) => \
    ({ text, localeUsed, fallbackUsed, missingArgs, toneUsed })";

type ShapeArgs = FnArgs<(String, String, bool, Vec<String>, &'static str)>;

/// The shape function of one Node environment (main thread or worker), kept
/// as its instance data so it is compiled once and released with it.
struct ReplyShape(FunctionRef<ShapeArgs, JsReply>);

fn reply_shape(env: &Env) -> napi::Result<Function<'_, ShapeArgs, JsReply>> {
    if let Some(shape) = env.get_instance_data::<ReplyShape>()? {
        return shape.0.borrow_back(env);
    }
    let function: Function<ShapeArgs, JsReply> = env.run_script(REPLY_SHAPE)?;
    env.set_instance_data(ReplyShape(function.create_ref()?), (), |_| {})?;
    Ok(function)
}

fn build_reply(shape: &Function<'_, ShapeArgs, JsReply>, r: CoreReply) -> napi::Result<JsReply> {
    shape.call(FnArgs::from((
        r.text,
        r.locale_used,
        r.fallback_used,
        r.missing_args,
        r.tone_used.as_str(),
    )))
}

/// A reply object made by the shape function, returned to JS as it is (a
/// value of the current call's scope, never kept).
pub struct JsReply(sys::napi_value);

impl FromNapiValue for JsReply {
    unsafe fn from_napi_value(_: sys::napi_env, value: sys::napi_value) -> napi::Result<Self> {
        Ok(JsReply(value))
    }
}

impl ToNapiValue for JsReply {
    unsafe fn to_napi_value(_: sys::napi_env, value: Self) -> napi::Result<sys::napi_value> {
        Ok(value.0)
    }
}

/// A rendered reply: the TypeScript shape of what `render` and `renderMany`
/// return. The objects themselves are made by `REPLY_SHAPE`, with these
/// fields in this order.
#[napi(object)]
#[allow(dead_code)] // declares the type only
pub struct Reply {
    /// Plain text, or HTML with every argument escaped.
    pub text: String,
    /// The catalog locale of the text (`es` for a customer in `es-MX`).
    pub locale_used: String,
    /// True when that locale does not match the first requested locale.
    pub fallback_used: bool,
    /// Arguments shown as `{$name}` markers (with `missing: 'marker'`).
    pub missing_args: Vec<String>,
    /// The tone of the text; English has only `formal`.
    #[napi(ts_type = "ToneName")]
    pub tone_used: String,
}

/// One finding of the template linter.
#[napi(object)]
pub struct LintIssue {
    /// `lint.missing_message`, `lint.unknown_variable`, `lint.plural_category`, ...
    pub code: String,
    /// `error` or `warning`.
    #[napi(ts_type = "'error' | 'warning'")]
    pub severity: String,
    /// The locale concerned.
    pub locale: Option<String>,
    /// The tone concerned.
    #[napi(ts_type = "ToneName")]
    pub tone: Option<String>,
    /// The message (`id.attr` for an attribute).
    pub message_id: Option<String>,
    /// The source file.
    pub file: Option<String>,
    /// 1-based line in that file.
    pub line: Option<u32>,
    /// 1-based column, for syntax errors.
    pub column: Option<u32>,
    /// What is wrong, in words.
    pub text: String,
}

/// What the template linter found.
#[napi(object)]
pub struct LintReport {
    /// True when there is no error (warnings allowed).
    pub ok: bool,
    /// Every finding.
    pub issues: Vec<LintIssue>,
    /// The number of errors.
    pub error_count: u32,
    /// The number of warnings.
    pub warning_count: u32,
    /// Renders made with sample arguments.
    pub renders: u32,
    /// (locale, tone) layers checked.
    pub layers: u32,
    /// One line per issue and a summary, as `make lint-templates` prints it.
    pub summary: String,
}

impl From<CoreLint> for LintReport {
    fn from(r: CoreLint) -> Self {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        LintReport {
            ok: r.is_ok(),
            error_count: count(r.errors().count()),
            warning_count: count(r.warnings().count()),
            renders: count(r.renders),
            layers: count(r.layers),
            summary: r.to_string(),
            issues: r
                .issues
                .into_iter()
                .map(|i| LintIssue {
                    code: i.code,
                    severity: match i.severity {
                        caredesk::reply::Severity::Error => "error".into(),
                        caredesk::reply::Severity::Warning => "warning".into(),
                    },
                    locale: i.locale,
                    tone: i.tone.map(|t| t.as_str().to_string()),
                    message_id: i.message_id,
                    file: i.file,
                    line: i.line,
                    column: i.column,
                    text: i.text,
                })
                .collect(),
        }
    }
}

/// Lints reply templates: the built-in catalog, with `sources` on top (or
/// alone with `{ builtin: false }`). Never throws for a broken template: every
/// problem is an issue of the report.
#[napi(catch_unwind)]
pub fn lint_templates(
    env: &Env,
    #[napi(ts_arg_type = "Record<string, string> | null")] sources: Option<Unknown<'_>>,
    #[napi(ts_arg_type = "{ builtin?: boolean }")] options: Option<Unknown<'_>>,
) -> napi::Result<LintReport> {
    let list = read_sources(env, sources)?;
    let builtin = read_builtin(env, options)?;
    let report = caredesk::reply::lint_sources(list, builtin);
    Ok(LintReport::from(report))
}
