//! Rendering one message: choose the locale and tone, check the arguments
//! against what the message uses, format with Fluent and ICU4X.

use std::borrow::Cow;

use chrono::NaiveDate;
use chrono_tz::Tz;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::analyze::Expect;
use super::args::{Arg, ArgSource, Args};
use super::catalog::{Layer, LocaleEntry, ReplyCatalog, split_id};
use super::format::{self, LocaleFormats, Scope, Typed};
use super::negotiate::LocaleRequest;
use crate::error::{Error, Result};
use crate::instant::parse_zone;
use crate::string_enum::string_enum;

string_enum! {
    /// How the customer is addressed.
    #[derive(Default)]
    Tone, "tone" {
        /// Formal address (Sie, vous, Lei, usted, ...); the default.
        #[default]
        Formal => "formal",
        /// Informal address (du, tu, ...).
        Informal => "informal",
    }
}

impl Tone {
    fn other(self) -> Tone {
        match self {
            Tone::Formal => Tone::Informal,
            Tone::Informal => Tone::Formal,
        }
    }
}

string_enum! {
    /// The form of the rendered text.
    #[derive(Default)]
    Format, "format" {
        /// Plain text, for email bodies, SMS and chat; the default.
        #[default]
        Plain => "plain",
        /// HTML: every character of the text escaped (arguments included),
        /// paragraphs as `<p>` and line breaks as `<br>`.
        Html => "html",
    }
}

string_enum! {
    /// What happens when a message uses an argument that was not given.
    #[derive(Default)]
    MissingPolicy, "missing" {
        /// Fail with `reply.missing_arg`; the default.
        #[default]
        Error => "error",
        /// Render, showing `{$name}` where the argument would be, and list the
        /// names in [`Reply::missing_args`].
        Marker => "marker",
    }
}

/// Options of one render.
///
/// JSON shape: `{"tone": "informal", "format": "html", "zone": "Europe/Rome",
/// "missing": "marker"}`, every key optional.
///
/// ```
/// use caredesk::reply::{Format, RenderOptions, Tone};
///
/// let options: RenderOptions = caredesk::wire::from_json(r#"{"tone": "informal", "zone": "Europe/Berlin"}"#)?;
/// assert_eq!((options.tone, options.format), (Tone::Informal, Format::Plain));
/// assert_eq!(options.zone.name(), "Europe/Berlin");
/// let err = caredesk::wire::from_json::<RenderOptions>(r#"{"zone": "Berlin"}"#).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.unknown_value", Some("zone")));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RenderOptions {
    /// Formal (default) or informal address.
    pub tone: Tone,
    /// Plain text (default) or HTML.
    pub format: Format,
    /// The shop's time zone, for instants (default UTC).
    #[serde(serialize_with = "zone_out", deserialize_with = "zone_in")]
    pub zone: Tz,
    /// Missing arguments are an error (default) or a visible marker.
    pub missing: MissingPolicy,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            tone: Tone::Formal,
            format: Format::Plain,
            zone: Tz::UTC,
            missing: MissingPolicy::Error,
        }
    }
}

impl RenderOptions {
    /// Sets the tone.
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderOptions, ReplyCatalog, Tone};
    ///
    /// let args = Args::new().with("customer_name", "Jonas");
    /// let du = ReplyCatalog::builtin().render("closing", &"de".into(), &args, &RenderOptions::default().tone(Tone::Informal))?;
    /// let sie = ReplyCatalog::builtin().render("closing", &"de".into(), &args, &RenderOptions::default())?;
    /// assert!(sie.text.contains("Sie") && !du.text.contains("Sie"));
    /// assert_eq!(du.tone_used, Tone::Informal);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn tone(mut self, tone: Tone) -> Self {
        self.tone = tone;
        self
    }

    /// Sets the output format.
    ///
    /// ```
    /// use caredesk::reply::{Args, Format, RenderOptions, ReplyCatalog};
    ///
    /// // Arguments are escaped too: a name cannot inject markup into an HTML email.
    /// let args = Args::new().with("customer_name", "<b>Anna</b>");
    /// let html = ReplyCatalog::builtin().render("closing", &"de".into(), &args, &RenderOptions::default().format(Format::Html))?;
    /// assert!(html.text.starts_with("<p>") && html.text.contains("&lt;b&gt;Anna&lt;/b&gt;"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// Sets the shop's time zone.
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderOptions, ReplyCatalog, parse_zone};
    /// use caredesk::instant::parse;
    ///
    /// let args = Args::new().with("customer_name", "Anna").with("next_open", parse("2026-05-11T06:00:00Z", "next_open")?);
    /// let berlin = RenderOptions::default().zone(parse_zone("Europe/Berlin", "zone")?);
    /// let reply = ReplyCatalog::builtin().render("out-of-hours", &"en-GB".into(), &args, &berlin)?;
    /// assert!(reply.text.contains("08:00"), "{}", reply.text); // 06:00 UTC is 08:00 in Berlin
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn zone(mut self, zone: Tz) -> Self {
        self.zone = zone;
        self
    }

    /// Sets the missing-argument policy.
    ///
    /// ```
    /// use caredesk::reply::{Args, MissingPolicy, RenderOptions, ReplyCatalog};
    ///
    /// // A preview for the agent before the tracking link is known.
    /// let args = Args::new().with("customer_name", "Anna");
    /// let options = RenderOptions::default().missing(MissingPolicy::Marker);
    /// let preview = ReplyCatalog::builtin().render("closing", &"de".into(), &Args::new(), &options)?;
    /// assert!(preview.text.contains("{$customer_name}"));
    /// assert_eq!(preview.missing_args, ["customer_name"]);
    /// assert!(ReplyCatalog::builtin().render("closing", &"de".into(), &args, &options)?.missing_args.is_empty());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn missing(mut self, missing: MissingPolicy) -> Self {
        self.missing = missing;
        self
    }
}

fn zone_out<S: Serializer>(tz: &Tz, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(tz.name())
}

fn zone_in<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Tz, D::Error> {
    let name = Cow::<str>::deserialize(d)?;
    parse_zone(&name, "").map_err(crate::wire::serde_error)
}

/// A rendered reply.
///
/// ```
/// use caredesk::reply::{Args, RenderOptions, ReplyCatalog, Tone};
/// use caredesk::Money;
///
/// let args = Args::new().with("customer_name", "Anna").with("order_id", "40211")
///     .with("refund_amount", Money::parse("49.90", "EUR")?);
/// // Austrian German is answered from the German catalog, formatted for Austria.
/// let reply = ReplyCatalog::builtin().render("return-approved", &"de-AT".into(), &args, &RenderOptions::default())?;
/// assert!(reply.text.contains("40211") && reply.text.contains("49,90"));
/// assert_eq!((reply.locale_used.as_str(), reply.fallback_used, reply.tone_used), ("de", false, Tone::Formal));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The text (plain, or HTML when asked).
    pub text: String,
    /// The catalog locale the text is in (`es` for a customer in `es-MX`).
    pub locale_used: String,
    /// True when that locale does not match the first requested locale: the
    /// message is missing there, the first choice has no catalog locale, or
    /// nothing was requested and the default locale answered.
    pub fallback_used: bool,
    /// The arguments shown as `{$name}` markers (only with [`MissingPolicy::Marker`]).
    pub missing_args: Vec<String>,
    /// The tone of the text: the one asked for, or the other one when the
    /// locale has no such message in that tone (English is formal only).
    pub tone_used: Tone,
}

/// The fewest items [`ReplyCatalog::render_many`] gives a thread of its own:
/// starting one costs about as much as a few dozen renders.
///
/// ```
/// use caredesk::reply::{Args, RENDER_ITEMS_PER_THREAD, RenderItem, RenderOptions, ReplyCatalog};
///
/// // A batch this small renders on the calling thread; the answer is the same either way.
/// let items = vec![RenderItem::new("closing", "sv-SE", Args::new().with("customer_name", "Elsa")); 3];
/// assert!(items.len() < RENDER_ITEMS_PER_THREAD);
/// let out = ReplyCatalog::builtin().render_many(&items, &RenderOptions::default());
/// assert!(out.iter().all(|r| r.as_ref().is_ok_and(|r| r.locale_used == "sv")));
/// ```
pub const RENDER_ITEMS_PER_THREAD: usize = 256;

/// One reply of a batch for [`ReplyCatalog::render_many`]: the message, who
/// it is for, and its arguments.
///
/// ```
/// use caredesk::reply::{Args, LocaleRequest, RenderItem, RenderOptions, ReplyCatalog};
///
/// let item = RenderItem {
///     message_id: "closing".into(),
///     locales: LocaleRequest::new().detected("fr"),
///     args: Args::new().with("customer_name", "Léa"),
/// };
/// let out = ReplyCatalog::builtin().render_many(&[item], &RenderOptions::default());
/// assert_eq!(out[0].as_ref().map(|r| r.locale_used.as_str()).ok(), Some("fr"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RenderItem<'a> {
    /// The message id (`id.attr` for an attribute).
    pub message_id: Cow<'a, str>,
    /// The customer's locales.
    pub locales: LocaleRequest,
    /// The arguments.
    pub args: Args<'a>,
}

impl<'a> RenderItem<'a> {
    /// An item from its parts.
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderItem};
    ///
    /// let item = RenderItem::new("closing", "pl-PL", Args::new().with("customer_name", "Ola"));
    /// assert_eq!(item.message_id, "closing");
    /// assert_eq!(item.locales.locales, ["pl-PL"]);
    /// ```
    pub fn new(
        message_id: impl Into<Cow<'a, str>>,
        locales: impl Into<LocaleRequest>,
        args: Args<'a>,
    ) -> Self {
        RenderItem {
            message_id: message_id.into(),
            locales: locales.into(),
            args,
        }
    }
}

impl ReplyCatalog {
    /// Renders `message_id` (or `id.attr` for an attribute) for a customer.
    ///
    /// The locale is the first of the negotiated chain (see [`LocaleRequest`])
    /// that has the message, in the requested tone or else the other one.
    /// Every variable the message uses must be given (unless
    /// `options.missing` is [`MissingPolicy::Marker`]); arguments the message
    /// does not use are ignored. Money is formatted by CLDR for the
    /// customer's locale (its region when it has one), instants in
    /// `options.zone`.
    ///
    /// ```
    /// use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog, Tone};
    /// use caredesk::Money;
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// let args = Args::new()
    ///     .with("customer_name", "Jonas")
    ///     .with("amount", Money::parse("1234.50", "EUR")?)
    ///     .with("method", "PayPal")
    ///     .with("days", 3);
    /// let who = LocaleRequest::new().profile("de-DE");
    /// let reply = catalog.render("refund-issued", &who, &args, &RenderOptions::default().tone(Tone::Informal))?;
    /// assert!(reply.text.contains("1.234,50\u{a0}€"));
    /// assert_eq!((reply.locale_used.as_str(), reply.tone_used), ("de", Tone::Informal));
    ///
    /// let err = catalog.render("refund-issued", &who, &Args::new(), &RenderOptions::default()).unwrap_err();
    /// assert_eq!(err.code(), "reply.missing_arg");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// `reply.invalid_locale` for a requested tag that does not parse;
    /// `reply.unknown_message` when no locale of the chain has the message;
    /// `reply.missing_arg`; `reply.wrong_arg_type` (field `args.<name>`);
    /// `input.naive_datetime` for an instant given as text without an
    /// offset; `reply.render` when a (shop) template fails to resolve.
    pub fn render(
        &self,
        message_id: &str,
        locales: &LocaleRequest,
        args: &Args<'_>,
        options: &RenderOptions,
    ) -> Result<Reply> {
        self.render_with(message_id, locales, args, options)
    }

    /// [`ReplyCatalog::render`] with the arguments looked up by name from
    /// `args`, and only those the message uses: how the bindings read a
    /// dict or an object without converting what the message does not need.
    ///
    /// # Errors
    /// As [`ReplyCatalog::render`], and any error `args` returns.
    ///
    /// ```
    /// use caredesk::reply::{Arg, ArgSource, RenderOptions, ReplyCatalog};
    /// use caredesk::Result;
    ///
    /// // Arguments looked up in a JSON document only when the message uses them.
    /// struct Lookup(serde_json::Value);
    /// impl ArgSource for Lookup {
    ///     fn arg(&self, name: &str) -> Result<Option<Arg<'_>>> {
    ///         self.0.get(name).map(|v| Arg::from_json(v, name)).transpose()
    ///     }
    /// }
    /// let data = Lookup(serde_json::json!({"customer_name": "Anna", "unused": [1, 2]}));
    /// let reply = ReplyCatalog::builtin().render_with("closing", &"de".into(), &data, &RenderOptions::default())?;
    /// assert!(reply.text.contains("Anna")); // the list under "unused" was never read
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn render_with(
        &self,
        message_id: &str,
        locales: &LocaleRequest,
        args: &dyn ArgSource,
        options: &RenderOptions,
    ) -> Result<Reply> {
        let steps = self.inner.chain(locales)?;
        let (step, entry, layer, tone) = self.locate(message_id, &steps, options.tone)?;
        let formats = step.formats()?;
        let (text, missing_args) = render_in(entry, layer, message_id, args, options, formats)?;
        Ok(Reply {
            text,
            locale_used: entry.tag.clone(),
            fallback_used: !step.first_choice,
            missing_args,
            tone_used: tone,
        })
    }

    /// Renders many replies with the same options: one result per item, in
    /// order; an item that fails does not stop the others.
    ///
    /// A large batch is spread over the machine's cores (scoped threads, at
    /// least [`RENDER_ITEMS_PER_THREAD`] items each); a small one is rendered
    /// on the calling thread, where starting threads would cost more than
    /// they save.
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderItem, RenderOptions, ReplyCatalog};
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// let items: Vec<RenderItem> = ["de-DE", "fr-FR", "xx-!"]
    ///     .into_iter()
    ///     .map(|tag| RenderItem::new("closing", tag, Args::new().with("customer_name", "Kim")))
    ///     .collect();
    /// let out = catalog.render_many(&items, &RenderOptions::default());
    /// assert_eq!(out[0].as_ref().unwrap().locale_used, "de");
    /// assert_eq!(out[1].as_ref().unwrap().locale_used, "fr");
    /// assert_eq!(out[2].as_ref().unwrap_err().code(), "reply.invalid_locale");
    /// ```
    pub fn render_many(
        &self,
        items: &[RenderItem<'_>],
        options: &RenderOptions,
    ) -> Vec<Result<Reply>> {
        let one = |item: &RenderItem<'_>| {
            self.render(&item.message_id, &item.locales, &item.args, options)
        };
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .min(items.len() / RENDER_ITEMS_PER_THREAD)
            .max(1);
        if threads == 1 {
            return items.iter().map(one).collect();
        }
        let chunk = items.len().div_ceil(threads);
        std::thread::scope(|s| {
            let parts: Vec<_> = items
                .chunks(chunk)
                .map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
                .collect();
            parts
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        })
    }

    /// Reads one batch item from `args`, taking only the arguments the message
    /// uses (in the locale and tone `render` would pick) and owning them, so
    /// the item can be rendered later on another thread: how the bindings
    /// read a batch before rendering it without the GIL or off the JS thread.
    ///
    /// # Errors
    /// `reply.invalid_locale`, `reply.unknown_message` as for `render`, and
    /// any error `args` returns.
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderOptions, ReplyCatalog, Tone};
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// let given = Args::new().with("customer_name", "Anna").with("internal_note", "VIP");
    /// let item = catalog.prepare("closing".into(), "de".into(), &given, Tone::Formal)?;
    /// assert_eq!(item.args.len(), 1); // only what "closing" uses
    /// let out = catalog.render_prepared(vec![Ok(item)], &RenderOptions::default());
    /// assert!(out[0].as_ref().is_ok_and(|r| r.text.contains("Anna")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn prepare(
        &self,
        message_id: String,
        locales: LocaleRequest,
        args: &dyn ArgSource,
        tone: Tone,
    ) -> Result<RenderItem<'static>> {
        let vars = self.variables_for(&message_id, &locales, tone)?;
        let mut owned = Args::with_capacity(vars.len());
        for name in vars {
            if let Some(value) = args.arg(name)? {
                owned.set(name.to_string(), value.into_owned());
            }
        }
        Ok(RenderItem::new(message_id, locales, owned))
    }

    /// [`ReplyCatalog::render_many`] over items that were read one by one,
    /// some perhaps failing ([`ReplyCatalog::prepare`]): the items read are
    /// rendered, and each failure stays in its item's place.
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderOptions, ReplyCatalog, Tone};
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// let args = Args::new().with("customer_name", "Anna");
    /// let items = vec![
    ///     catalog.prepare("closing".into(), "de".into(), &args, Tone::Formal),
    ///     catalog.prepare("no-such-reply".into(), "de".into(), &args, Tone::Formal),
    /// ];
    /// let out = catalog.render_prepared(items, &RenderOptions::default());
    /// assert!(out[0].is_ok());
    /// assert_eq!(out[1].as_ref().unwrap_err().code(), "reply.unknown_message"); // kept in its place
    /// ```
    pub fn render_prepared(
        &self,
        items: Vec<Result<RenderItem<'_>>>,
        options: &RenderOptions,
    ) -> Vec<Result<Reply>> {
        let mut ready = Vec::with_capacity(items.len());
        let mut failed = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Ok(item) => {
                    ready.push(item);
                    failed.push(None);
                }
                Err(e) => failed.push(Some(e)),
            }
        }
        let mut rendered = self.render_many(&ready, options).into_iter();
        failed
            .into_iter()
            .map(|f| match f {
                Some(e) => Err(e),
                // render_many gives one result per item, so this is never empty.
                None => rendered.next().unwrap_or_else(|| {
                    Err(Error::ReplyRender {
                        field: "items".into(),
                        problem: "a batch result is missing".into(),
                    })
                }),
            })
            .collect()
    }

    /// The variables `message_id` uses in the locale and tone `render` would
    /// pick for `locales` and `tone`, in order of first use: the arguments to
    /// gather for this customer.
    ///
    /// ```
    /// use caredesk::reply::{ReplyCatalog, Tone};
    ///
    /// let c = ReplyCatalog::builtin();
    /// let vars = c.variables_for("refund-issued", &"de-AT".into(), Tone::Informal)?;
    /// assert_eq!(vars, ["customer_name", "amount", "method", "days"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// `reply.invalid_locale`, `reply.unknown_message`, as for `render`.
    pub fn variables_for(
        &self,
        message_id: &str,
        locales: &LocaleRequest,
        tone: Tone,
    ) -> Result<Vec<&str>> {
        let steps = self.inner.chain(locales)?;
        let (_, _, layer, _) = self.locate(message_id, &steps, tone)?;
        Ok(layer
            .infos
            .get(message_id)
            .map(|i| i.facts.vars.iter().map(|(n, _)| n.as_str()).collect())
            .unwrap_or_default())
    }

    /// The first step of the chain, and tone, that has the message.
    fn locate<'s, 'c>(
        &'s self,
        message_id: &str,
        steps: &'c [super::negotiate::Step],
        tone: Tone,
    ) -> Result<(&'c super::negotiate::Step, &'s LocaleEntry, &'s Layer, Tone)> {
        for step in steps {
            let entry = &self.inner.locales[step.index];
            for t in [tone, tone.other()] {
                if let Some(layer) = entry.layer(t)
                    && layer.infos.contains_key(message_id)
                {
                    return Ok((step, entry, layer, t));
                }
            }
        }
        Err(self.unknown_message(message_id, steps))
    }

    fn unknown_message(&self, id: &str, steps: &[super::negotiate::Step]) -> Error {
        let tried: Vec<&str> = steps
            .iter()
            .map(|s| self.inner.locales[s.index].tag.as_str())
            .collect();
        let elsewhere: Vec<&str> = self
            .inner
            .locales
            .iter()
            .filter(|e| {
                [e.formal.as_ref(), e.informal.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|l| l.infos.contains_key(id))
            })
            .map(|e| e.tag.as_str())
            .collect();
        let detail = match (tried.is_empty(), elsewhere.is_empty()) {
            (_, true) => "no locale of the catalog defines it".to_string(),
            (true, false) => format!("no locale was tried; it exists in {}", elsewhere.join(", ")),
            (false, false) => format!(
                "not in {}; it exists in {}",
                tried.join(", "),
                elsewhere.join(", ")
            ),
        };
        Error::ReplyUnknownMessage {
            field: "message_id".into(),
            id: id.into(),
            detail,
        }
    }
}

/// Renders `key` of `layer` with `args`; the text and the missing names.
pub(crate) fn render_in(
    entry: &LocaleEntry,
    layer: &Layer,
    key: &str,
    args: &dyn ArgSource,
    options: &RenderOptions,
    formats: std::sync::Arc<LocaleFormats>,
) -> Result<(String, Vec<String>)> {
    let Some(info) = layer.infos.get(key) else {
        return Err(Error::ReplyUnknownMessage {
            field: "message_id".into(),
            id: key.into(),
            detail: format!("not in {} {}", entry.tag, layer_tone(entry, layer)),
        });
    };
    let (id, attr) = split_id(key);
    let pattern = layer.bundle.get_message(id).and_then(|m| match attr {
        None => m.value(),
        Some(a) => m.get_attribute(a).map(|a| a.value()),
    });
    let Some(pattern) = pattern else {
        return Err(Error::ReplyUnknownMessage {
            field: "message_id".into(),
            id: key.into(),
            detail: format!("{} has no value", entry.tag),
        });
    };
    let part = Part {
        key,
        pattern,
        vars: &info.facts.vars,
        size_hint: info.size_hint,
    };
    render_part(entry, layer, &part, args, options, formats)
}

/// A pattern to render: a message's value or attribute, or (for the
/// linter) one variant of a select in it, with the variables it uses.
pub(crate) struct Part<'p> {
    /// The message (`id.attr`) the pattern belongs to, for errors.
    pub key: &'p str,
    /// The pattern.
    pub pattern: &'p fluent_syntax::ast::Pattern<&'p str>,
    /// The variables it needs, and as what.
    pub vars: &'p [(String, Expect)],
    /// A first guess at the length of the text.
    pub size_hint: usize,
}

/// Renders `part` of `layer` with `args`; the text and the missing names.
pub(crate) fn render_part(
    entry: &LocaleEntry,
    layer: &Layer,
    part: &Part<'_>,
    args: &dyn ArgSource,
    options: &RenderOptions,
    formats: std::sync::Arc<LocaleFormats>,
) -> Result<(String, Vec<String>)> {
    let (key, pattern, vars) = (part.key, part.pattern, part.vars);
    let mut given: Vec<(&str, Expect, Arg<'_>)> = Vec::with_capacity(vars.len());
    let mut missing: Vec<String> = Vec::new();
    for (name, how) in vars {
        match args.arg(name)? {
            Some(arg) => given.push((name.as_str(), *how, arg)),
            None => missing.push(name.clone()),
        }
    }
    let mut fluent_args = FluentArgs::with_capacity(vars.len());
    for (name, how, arg) in &given {
        fluent_args.set(*name, to_fluent(name, arg, *how)?);
    }
    if !missing.is_empty() {
        match options.missing {
            MissingPolicy::Error => {
                return Err(Error::ReplyMissingArg {
                    field: format!("args.{}", missing[0]),
                    message_id: key.into(),
                    missing: missing.join(", "),
                });
            }
            MissingPolicy::Marker => {
                for name in &missing {
                    fluent_args.set(
                        name.as_str(),
                        FluentValue::Custom(Box::new(Typed::Missing(name.clone()))),
                    );
                }
            }
        }
    }

    let scope = Scope {
        formats,
        zone: options.zone,
        errors: Vec::new(),
    };
    let mut errors = Vec::new();
    let mut text = String::with_capacity(part.size_hint + part.size_hint / 4);
    let (written, scope) = format::within(scope, || {
        layer
            .bundle
            .write_pattern(&mut text, pattern, Some(&fluent_args), &mut errors)
    });
    let mut problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
    if written.is_err() {
        problems.push("the text could not be written".into());
    }
    match scope {
        Some(s) => problems.extend(s.errors),
        None => problems.push("render scope lost".into()),
    }
    if !problems.is_empty() {
        return Err(Error::ReplyRender {
            field: key.into(),
            problem: format!(
                "in {} {}: {}",
                entry.tag,
                layer_tone(entry, layer),
                problems.join("; ")
            ),
        });
    }
    let text = match options.format {
        Format::Plain => text,
        Format::Html => to_html(&text),
    };
    Ok((text, missing))
}

fn layer_tone(entry: &LocaleEntry, layer: &Layer) -> &'static str {
    if entry
        .informal
        .as_ref()
        .is_some_and(|l| std::ptr::eq(l, layer))
    {
        "informal"
    } else {
        "formal"
    }
}

/// The Fluent value of one argument, checked against how the message uses it.
fn to_fluent<'a>(name: &str, arg: &'a Arg<'_>, how: Expect) -> Result<FluentValue<'a>> {
    let wrong = |expected: &str| Error::ReplyWrongArgType {
        field: format!("args.{name}"),
        expected: expected.into(),
        got: arg.kind().into(),
    };
    // Fluent's numbers are f64: beyond 2^53 an integer would print with
    // other digits than it has (an order number, say), so it is refused.
    if let Arg::Int(i) = arg
        && i.unsigned_abs() > 1 << 53
    {
        return Err(wrong(
            "an integer of at most 2^53 in size (a larger one cannot be printed exactly: pass it as a string)",
        ));
    }
    if how.has(Expect::MONEY) {
        return match arg {
            Arg::Money(m) => Ok(typed(Typed::Money(*m))),
            _ => Err(wrong("money (the message formats it with MONEY)")),
        };
    }
    if how.has(Expect::DATETIME) {
        return match arg {
            Arg::Instant(t) => Ok(typed(Typed::Instant(*t))),
            Arg::Str(s) => match crate::instant::parse(s, &format!("args.{name}")) {
                Ok(t) => Ok(typed(Typed::Instant(t))),
                Err(e @ Error::NaiveDateTime { .. }) => Err(e),
                Err(_) => Err(wrong("an instant (the message formats it with DATETIME)")),
            },
            _ => Err(wrong("an instant (the message formats it with DATETIME)")),
        };
    }
    if how.has(Expect::DATE) {
        return match arg {
            Arg::Date(d) => Ok(typed(Typed::Date(*d))),
            Arg::Instant(t) => Ok(typed(Typed::Instant(*t))),
            Arg::Str(s) => {
                if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    return Ok(typed(Typed::Date(d)));
                }
                match crate::instant::parse(s, &format!("args.{name}")) {
                    Ok(t) => Ok(typed(Typed::Instant(t))),
                    Err(e @ Error::NaiveDateTime { .. }) => Err(e),
                    Err(_) => Err(wrong(
                        "a date or an instant (the message formats it with DATE)",
                    )),
                }
            }
            _ => Err(wrong(
                "a date or an instant (the message formats it with DATE)",
            )),
        };
    }
    if how.has(Expect::COUNT) {
        return match arg {
            Arg::Int(i) => Ok(FluentValue::from(*i)),
            _ => Err(wrong(
                "an integer (the message selects a plural form by it)",
            )),
        };
    }
    if how.has(Expect::CHOICE) {
        return match arg {
            Arg::Str(s) => Ok(FluentValue::String(strip_bidi(s))),
            _ => Err(wrong("a string (the message selects a variant by it)")),
        };
    }
    Ok(match arg {
        Arg::Str(s) => FluentValue::String(strip_bidi(s)),
        Arg::Int(i) => FluentValue::from(*i),
        Arg::Money(m) => typed(Typed::Money(*m)),
        Arg::Instant(t) => typed(Typed::Instant(*t)),
        Arg::Date(d) => typed(Typed::Date(*d)),
    })
}

fn typed<'a>(t: Typed) -> FluentValue<'a> {
    FluentValue::Custom(Box::new(t))
}

/// Unicode bidi controls: embeddings, overrides, isolates and marks. In an
/// argument they could reorder the text around it (a "Trojan Source" name),
/// so they are removed; the built-in locales are all left-to-right.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` without bidi controls; borrowed when it has none.
pub(crate) fn strip_bidi<'a>(s: &'a str) -> Cow<'a, str> {
    if s.chars().any(is_bidi_control) {
        Cow::Owned(s.chars().filter(|c| !is_bidi_control(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Plain text as HTML: everything escaped, blank-line separated paragraphs
/// as `<p>`, single line breaks as `<br>`.
pub(crate) fn to_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8 + 16);
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    for paragraph in text.split("\n\n") {
        let paragraph = paragraph.trim_matches('\n');
        if paragraph.trim().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("<p>");
        for (i, line) in paragraph.split('\n').enumerate() {
            if i > 0 {
                out.push_str("<br>\n");
            }
            escape_into(&mut out, line);
        }
        out.push_str("</p>");
    }
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_and_keeps_paragraphs() {
        assert_eq!(
            to_html("Hi <b>&\"'\n\nline1\nline2\n"),
            "<p>Hi &lt;b&gt;&amp;&quot;&#39;</p>\n<p>line1<br>\nline2</p>"
        );
    }

    #[test]
    fn bidi_controls_are_removed() {
        assert_eq!(strip_bidi("abc"), Cow::Borrowed("abc"));
        assert_eq!(strip_bidi("a\u{202e}cba\u{2066}x\u{2069}"), "acbax");
    }

    #[test]
    fn options_json() {
        let o: RenderOptions =
            serde_json::from_str(r#"{"tone":"informal","zone":"Europe/Rome"}"#).unwrap();
        assert_eq!(o.tone, Tone::Informal);
        assert_eq!(o.zone, Tz::Europe__Rome);
        assert_eq!(
            serde_json::to_string(&RenderOptions::default()).unwrap(),
            r#"{"tone":"formal","format":"plain","zone":"UTC","missing":"error"}"#
        );
        let e = crate::wire::from_json::<RenderOptions>(r#"{"zone":"Mars/Base"}"#).unwrap_err();
        assert_eq!((e.code(), e.field()), ("input.unknown_value", Some("zone")));
        let e = crate::wire::from_json::<RenderOptions>(r#"{"tone":"casual"}"#).unwrap_err();
        assert_eq!((e.code(), e.field()), ("input.unknown_value", Some("tone")));
        let e = crate::wire::from_json::<RenderOptions>(r#"{"tones":"formal"}"#).unwrap_err();
        assert_eq!(e.code(), "input.json");
    }
}
