//! `ReplyCatalog`: the built-in Fluent files, a shop's own files layered on
//! top, compiled once into one bundle per locale and tone.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::FluentResource;
use fluent_bundle::bundle::FluentBundle;
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::Tone;
use super::analyze::{Facts, Lookup, analyze_all};
use super::format;
use super::negotiate::{LocaleRequest, Step, chain, parse_tag};
use crate::error::{Error, Result};

pub(crate) type Bundle =
    FluentBundle<Arc<FluentResource>, intl_memoizer::concurrent::IntlLangMemoizer>;

macro_rules! builtin {
    ($($loc:literal: $($tone:ident),+;)*) => {
        &[$($((
            $loc,
            builtin!(@tone $tone),
            concat!("catalog/", $loc, "/", stringify!($tone), ".ftl"),
            include_str!(concat!("catalog/", $loc, "/", stringify!($tone), ".ftl")),
        ),)+)*]
    };
    (@tone formal) => { Tone::Formal };
    (@tone informal) => { Tone::Informal };
}

/// The built-in files: locale, tone, name, text.
const BUILTIN: &[(&str, Tone, &str, &str)] = builtin! {
    "en": formal;
    "it": formal, informal;
    "fr": formal, informal;
    "de": formal, informal;
    "es": formal, informal;
    "pt": formal, informal;
    "nl": formal, informal;
    "pl": formal, informal;
    "sv": formal, informal;
    "da": formal, informal;
    "fi": formal, informal;
    "cs": formal, informal;
};

/// The formatting locale of a built-in locale when the customer's locale
/// names no region: the English text uses British spelling and the
/// Portuguese text is European Portuguese, so their numbers and dates follow.
const BUILTIN_FORMAT: &[(&str, &str)] = &[("en", "en-GB"), ("pt", "pt-PT")];

/// The default locale, last in every fallback chain.
pub(crate) const DEFAULT_LOCALE: &str = "en";

/// One `.ftl` file, parsed.
pub(crate) struct File {
    pub name: String,
    pub resource: Arc<FluentResource>,
    pub builtin: bool,
}

/// One message (or `id.attr` attribute) of a layer.
pub(crate) struct MessageInfo {
    pub facts: Facts,
    /// Index into the layer's files of the file that defines it.
    pub file: usize,
    /// A first guess at the rendered length, so a render writes its text
    /// into one allocation rather than growing it several times.
    pub size_hint: usize,
}

/// The literal text of `pattern` plus a typical width for each placeable
/// (the longest variant of a select).
fn size_hint(pattern: &ast::Pattern<&str>) -> usize {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            ast::PatternElement::TextElement { value } => value.len(),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => variants
                .iter()
                .map(|v| size_hint(&v.value))
                .max()
                .unwrap_or(0),
            ast::PatternElement::Placeable { .. } => 24,
        })
        .sum()
}

/// The compiled messages of one locale in one tone.
pub(crate) struct Layer {
    pub bundle: Bundle,
    /// By message id, and by `id.attr` for attributes.
    pub infos: HashMap<String, MessageInfo>,
    /// Message ids in the order the reference file defines them.
    pub order: Vec<String>,
    pub files: Vec<Arc<File>>,
}

pub(crate) struct LocaleEntry {
    pub tag: String,
    pub langid: LanguageIdentifier,
    pub format: LanguageIdentifier,
    pub formal: Option<Layer>,
    pub informal: Option<Layer>,
}

impl LocaleEntry {
    pub fn layer(&self, tone: Tone) -> Option<&Layer> {
        match tone {
            Tone::Formal => self.formal.as_ref(),
            Tone::Informal => self.informal.as_ref(),
        }
    }
}

pub(crate) struct Inner {
    pub locales: Vec<LocaleEntry>,
    pub available: Vec<LanguageIdentifier>,
    pub default: Option<usize>,
    /// Fallback chains already negotiated, by request.
    pub chains: RwLock<HashMap<LocaleRequest, Arc<[Step]>>>,
}

/// Requests whose chains are remembered; past this the memory is cleared
/// (requests carry customer input, so the cache must stay bounded).
const MAX_CACHED_CHAINS: usize = 4096;

impl Inner {
    /// The fallback chain for `request`, negotiated once per distinct request.
    pub fn chain(&self, request: &LocaleRequest) -> Result<Arc<[Step]>> {
        if let Some(found) = self
            .chains
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(request)
        {
            return Ok(Arc::clone(found));
        }
        let requested = request.parsed()?;
        let steps: Arc<[Step]> = chain(&requested, &self.available, self.default, |i| {
            self.locales[i].format.clone()
        })
        .into();
        let mut map = self.chains.write().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_CACHED_CHAINS {
            map.clear();
        }
        map.insert(request.clone(), Arc::clone(&steps));
        Ok(steps)
    }
}

/// Reply templates in many locales and two tones, compiled once and shared
/// across threads (`Clone` is cheap: the compiled catalog is reference counted).
///
/// The built-in catalog has 29 messages in 12 locales (en, it, fr, de, es,
/// pt, nl, pl, sv, da, fi, cs), formal and informal (English has one tone).
/// A shop layers its own `.ftl` files on top with [`ReplyCatalog::with_sources`]:
/// a message defined there replaces the built-in one of the same id in that
/// locale (and tone), new ids and new locales are added.
///
/// A source is named by its path, which says what it holds:
///
/// | name | locale | tone |
/// |---|---|---|
/// | `de/formal.ftl`, `shop/de/informal.ftl` | `de` | that tone |
/// | `de/anything.ftl` | `de` | both tones |
/// | `de.ftl`, `pt-BR.ftl` | the file's stem | both tones |
///
/// A both-tones file goes into the formal layer, and into the informal
/// layer when the locale has one. Tone-specific files win over both-tones
/// files, and every shop file wins over the built-in ones.
///
/// ```
/// use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog};
///
/// let shop = ReplyCatalog::with_sources([(
///     "it/formal.ftl",
///     "closing = Grazie ancora, { $customer_name }: a presto su Negozio Rossi!",
/// )])?;
/// let args = Args::new().with("customer_name", "Giulia");
/// let reply = shop.render("closing", &"it-IT".into(), &args, &RenderOptions::default())?;
/// assert_eq!(reply.text, "Grazie ancora, Giulia: a presto su Negozio Rossi!");
/// assert_eq!(reply.locale_used, "it");
///
/// let bad = ReplyCatalog::with_sources([("de.ftl", "closing = { $x")]).unwrap_err();
/// assert_eq!(bad.code(), "reply.syntax");
/// assert_eq!(bad.field(), Some("de.ftl"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Clone)]
pub struct ReplyCatalog {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for ReplyCatalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplyCatalog")
            .field("locales", &self.locales())
            .finish()
    }
}

/// Where a source goes: locale and tone (`None`: both).
pub(crate) struct Placed {
    pub file: Arc<File>,
    pub langid: LanguageIdentifier,
    pub tone: Option<Tone>,
}

impl ReplyCatalog {
    /// The built-in catalog (compiled on first use, then shared).
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderOptions, ReplyCatalog};
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// assert_eq!(catalog.locales().len(), 12);
    /// let reply = catalog.render("closing", &"de-DE".into(), &Args::new().with("customer_name", "Anna"), &RenderOptions::default())?;
    /// assert!(reply.text.starts_with("Können wir sonst noch etwas für Sie tun, Anna?"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn builtin() -> ReplyCatalog {
        static BUILT: OnceLock<ReplyCatalog> = OnceLock::new();
        BUILT
            .get_or_init(|| {
                // The built-in files are checked by the test suite (they parse,
                // and lint clean), so this cannot fail in a released build.
                Self::build(Vec::new(), true)
                    .unwrap_or_else(|e| panic!("the built-in reply catalog does not compile: {e}"))
            })
            .clone()
    }

    /// The built-in catalog with a shop's `.ftl` sources layered on top,
    /// given as `(name, text)` pairs (see the naming table above).
    ///
    /// # Errors
    /// `reply.syntax` for a source that does not parse (the field is its
    /// name, with line and column), or that is larger than
    /// [`MAX_SOURCE_BYTES`] or nests placeables deeper than [`MAX_NESTING`];
    /// `reply.invalid_locale` for a name that
    /// does not give a locale.
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderOptions, ReplyCatalog, Tone};
    ///
    /// // The shop says "du" in German and signs its chats.
    /// let shop = ReplyCatalog::with_sources([("de/informal.ftl", "closing = Danke, { $customer_name }! Dein Team von Laufschuh24")])?;
    /// let args = Args::new().with("customer_name", "Jonas");
    /// let reply = shop.render("closing", &"de".into(), &args, &RenderOptions::default().tone(Tone::Informal))?;
    /// assert_eq!(reply.text, "Danke, Jonas! Dein Team von Laufschuh24");
    /// assert!(shop.message_ids("de", Tone::Informal).contains(&"return-approved")); // built-ins stay
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn with_sources<I, N, T>(sources: I) -> Result<ReplyCatalog>
    where
        I: IntoIterator<Item = (N, T)>,
        N: AsRef<str>,
        T: AsRef<str>,
    {
        Self::build(parse_sources(sources)?, true)
    }

    /// A catalog of the given sources only, without the built-in files. The
    /// default locale is still `en` if the sources have it, else the first
    /// locale in tag order.
    ///
    /// # Errors
    /// As [`ReplyCatalog::with_sources`].
    ///
    /// ```
    /// use caredesk::reply::{Args, RenderOptions, ReplyCatalog};
    ///
    /// let shop = ReplyCatalog::from_sources([
    ///     ("en.ftl", "closing = Thanks, { $customer_name }!"),
    ///     ("de.ftl", "closing = Danke, { $customer_name }!"),
    /// ])?;
    /// assert_eq!(shop.locales(), ["de", "en"]);
    /// let reply = shop.render("closing", &"fr-FR".into(), &Args::new().with("customer_name", "Léa"), &RenderOptions::default())?;
    /// assert_eq!((reply.text.as_str(), reply.fallback_used), ("Thanks, Léa!", true)); // no French: en
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_sources<I, N, T>(sources: I) -> Result<ReplyCatalog>
    where
        I: IntoIterator<Item = (N, T)>,
        N: AsRef<str>,
        T: AsRef<str>,
    {
        Self::build(parse_sources(sources)?, false)
    }

    /// The built-in catalog with `sources` on top, or (`builtin` false) the
    /// sources alone: the choice the bindings' constructors offer. The
    /// built-in catalog without sources is the shared one, compiled once.
    ///
    /// ```
    /// use caredesk::reply::ReplyCatalog;
    ///
    /// let none: [(&str, &str); 0] = [];
    /// assert_eq!(ReplyCatalog::compile(none, true)?.locales().len(), 12);
    /// let shop = ReplyCatalog::compile([("ja.ftl", "closing = ありがとうございました。")], false)?;
    /// assert_eq!(shop.locales(), ["ja"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`ReplyCatalog::with_sources`].
    pub fn compile<I, N, T>(sources: I, builtin: bool) -> Result<ReplyCatalog>
    where
        I: IntoIterator<Item = (N, T)>,
        N: AsRef<str>,
        T: AsRef<str>,
    {
        let placed = parse_sources(sources)?;
        if builtin && placed.is_empty() {
            return Ok(Self::builtin());
        }
        Self::build(placed, builtin)
    }

    /// The locale tags of the catalog: the built-in ones first, then the
    /// shop's, sorted.
    ///
    /// ```
    /// use caredesk::reply::ReplyCatalog;
    ///
    /// let shop = ReplyCatalog::with_sources([("ja.ftl", "closing = ありがとうございました、{ $customer_name }様。")])?;
    /// let locales = shop.locales();
    /// assert_eq!(locales.first(), Some(&"en"));
    /// assert_eq!(locales.last(), Some(&"ja")); // the shop's after the built-in ones
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn locales(&self) -> Vec<&str> {
        self.inner.locales.iter().map(|l| l.tag.as_str()).collect()
    }

    /// The message ids of `locale` in `tone` (attributes as `id.attr`), in
    /// the order their files define them; empty for an unknown locale or a
    /// tone the locale does not have.
    ///
    /// ```
    /// use caredesk::reply::{ReplyCatalog, Tone};
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// let ids = catalog.message_ids("de", Tone::Formal);
    /// assert_eq!(ids.len(), 29);
    /// assert_eq!(ids[0], "acknowledgement");
    /// assert!(catalog.message_ids("en", Tone::Informal).is_empty()); // English has one tone
    /// ```
    pub fn message_ids(&self, locale: &str, tone: Tone) -> Vec<&str> {
        self.entry(locale)
            .and_then(|e| e.layer(tone))
            .map(|l| l.order.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// True when `locale` has `tone` of its own (English has only formal).
    ///
    /// ```
    /// use caredesk::reply::{ReplyCatalog, Tone};
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// assert!(catalog.has_tone("de", Tone::Informal));
    /// assert!(!catalog.has_tone("en", Tone::Informal));
    /// assert!(!catalog.has_tone("ja", Tone::Formal));
    /// ```
    pub fn has_tone(&self, locale: &str, tone: Tone) -> bool {
        self.entry(locale).and_then(|e| e.layer(tone)).is_some()
    }

    /// The variables message `id` uses in `locale` and `tone`, sorted; `None`
    /// when it is not defined there.
    ///
    /// ```
    /// use caredesk::reply::{ReplyCatalog, Tone};
    ///
    /// let catalog = ReplyCatalog::builtin();
    /// let vars = catalog.variables("de", Tone::Formal, "return-approved");
    /// assert_eq!(vars, Some(vec!["customer_name", "order_id", "refund_amount"]));
    /// assert_eq!(catalog.variables("de", Tone::Formal, "no-such-message"), None);
    /// ```
    pub fn variables(&self, locale: &str, tone: Tone, id: &str) -> Option<Vec<&str>> {
        let layer = self.entry(locale)?.layer(tone)?;
        layer.infos.get(id).map(|i| i.facts.var_names())
    }

    pub(crate) fn entry(&self, locale: &str) -> Option<&LocaleEntry> {
        let id: LanguageIdentifier = locale.parse().ok()?;
        self.inner.locales.iter().find(|e| e.langid == id)
    }

    pub(crate) fn build(shop: Vec<Placed>, builtin: bool) -> Result<ReplyCatalog> {
        let mut files: Vec<Placed> = Vec::new();
        if builtin {
            for &(loc, tone, name, text) in BUILTIN {
                let resource = FluentResource::try_new(text.to_string())
                    .map_err(|(_, errors)| syntax_error(name, text, &errors))?;
                files.push(Placed {
                    file: Arc::new(File {
                        name: name.to_string(),
                        resource: Arc::new(resource),
                        builtin: true,
                    }),
                    langid: loc.parse().map_err(|_| Error::ReplyInvalidLocale {
                        field: name.into(),
                        tag: loc.into(),
                        problem: "built-in locale".into(),
                    })?,
                    tone: Some(tone),
                });
            }
        }
        files.extend(shop);

        // Locales in order: built-in first, then the shop's sorted by tag.
        let mut langids: Vec<LanguageIdentifier> = Vec::new();
        for p in files.iter().filter(|p| p.file.builtin) {
            if !langids.contains(&p.langid) {
                langids.push(p.langid.clone());
            }
        }
        let mut added: Vec<LanguageIdentifier> = files
            .iter()
            .filter(|p| !p.file.builtin && !langids.contains(&p.langid))
            .map(|p| p.langid.clone())
            .collect();
        added.sort_by_key(|l| l.to_string());
        added.dedup();
        langids.extend(added);

        let mut locales = Vec::with_capacity(langids.len());
        for langid in &langids {
            let mine: Vec<&Placed> = files.iter().filter(|p| &p.langid == langid).collect();
            // Layer order: built-in tone file, shop both-tones files, shop tone files.
            let stack = |tone: Tone| -> Vec<Arc<File>> {
                let mut v: Vec<Arc<File>> = Vec::new();
                for p in &mine {
                    if p.file.builtin && p.tone == Some(tone) {
                        v.push(Arc::clone(&p.file));
                    }
                }
                for p in &mine {
                    if !p.file.builtin && p.tone.is_none() {
                        v.push(Arc::clone(&p.file));
                    }
                }
                for p in &mine {
                    if !p.file.builtin && p.tone == Some(tone) {
                        v.push(Arc::clone(&p.file));
                    }
                }
                v
            };
            let has_informal = mine.iter().any(|p| p.tone == Some(Tone::Informal));
            let has_formal = mine.iter().any(|p| p.tone != Some(Tone::Informal));
            let formal = has_formal
                .then(|| Layer::build(langid, stack(Tone::Formal)))
                .transpose()?;
            let informal = has_informal
                .then(|| Layer::build(langid, stack(Tone::Informal)))
                .transpose()?;
            let tag = langid.to_string();
            let format = BUILTIN_FORMAT
                .iter()
                .find(|(l, _)| *l == tag)
                .and_then(|(_, f)| f.parse().ok())
                .unwrap_or_else(|| langid.clone());
            locales.push(LocaleEntry {
                tag,
                langid: langid.clone(),
                format,
                formal,
                informal,
            });
        }
        let default_id: LanguageIdentifier = DEFAULT_LOCALE.parse().unwrap_or_default();
        // `en` ends every chain; a catalog without it falls back to its first locale.
        let default = langids
            .iter()
            .position(|l| *l == default_id)
            .or(if langids.is_empty() { None } else { Some(0) });
        Ok(ReplyCatalog {
            inner: Arc::new(Inner {
                locales,
                available: langids,
                default,
                chains: RwLock::new(HashMap::new()),
            }),
        })
    }
}

impl Layer {
    fn build(langid: &LanguageIdentifier, files: Vec<Arc<File>>) -> Result<Layer> {
        let mut bundle: Bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format::number_hook));
        let functions: [(&str, format::FluentFn); 4] = [
            ("MONEY", format::money_fn),
            ("DATE", format::date_fn),
            ("DATETIME", format::datetime_fn),
            ("NUMBER", format::number_fn),
        ];
        for (name, f) in functions {
            bundle
                .add_function(name, f)
                .map_err(|e| Error::ReplyRender {
                    field: name.into(),
                    problem: e.to_string(),
                })?;
        }
        let mut defined: HashMap<String, usize> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        for (i, file) in files.iter().enumerate() {
            bundle.add_resource_overriding(Arc::clone(&file.resource));
            for entry in file.resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_string();
                    if m.value.is_some() {
                        if defined.insert(id.clone(), i).is_none() {
                            order.push(id.clone());
                        }
                    } else {
                        defined.remove(&id);
                    }
                    for attr in &m.attributes {
                        let key = format!("{id}.{}", attr.id.name);
                        if defined.insert(key.clone(), i).is_none() {
                            order.push(key);
                        }
                    }
                }
            }
        }
        order.retain(|id| defined.contains_key(id));
        let mut infos = HashMap::with_capacity(defined.len());
        {
            let lookup = BundleLookup(&bundle);
            let keys: Vec<(&str, Option<&str>)> = defined.keys().map(|k| split_id(k)).collect();
            let mut all = analyze_all(&keys, &lookup);
            for (key, file) in &defined {
                let (id, attr) = split_id(key);
                if let Some(pattern) = lookup.pattern(id, attr) {
                    infos.insert(
                        key.clone(),
                        MessageInfo {
                            facts: all.remove(&(id, attr)).unwrap_or_default(),
                            file: *file,
                            size_hint: size_hint(pattern),
                        },
                    );
                }
            }
        }
        order.retain(|id| infos.contains_key(id));
        Ok(Layer {
            bundle,
            infos,
            order,
            files,
        })
    }
}

/// `id.attr` into `(id, Some(attr))`.
pub(crate) fn split_id(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    }
}

pub(crate) struct BundleLookup<'a>(pub &'a Bundle);

impl<'a> Lookup<'a> for BundleLookup<'a> {
    fn pattern(&self, id: &str, attribute: Option<&str>) -> Option<&'a ast::Pattern<&'a str>> {
        let message = self.0.get_message(id)?;
        match attribute {
            None => message.value(),
            Some(a) => message.get_attribute(a).map(|attr| attr.value()),
        }
    }
}

fn parse_sources<I, N, T>(sources: I) -> Result<Vec<Placed>>
where
    I: IntoIterator<Item = (N, T)>,
    N: AsRef<str>,
    T: AsRef<str>,
{
    let mut out = Vec::new();
    for (name, text) in sources {
        let name = name.as_ref();
        let text = text.as_ref();
        let (langid, tone) = place(name)?;
        check_nesting(name, text)?;
        let resource = FluentResource::try_new(text.to_string())
            .map_err(|(_, errors)| syntax_error(name, text, &errors))?;
        out.push(Placed {
            file: Arc::new(File {
                name: name.to_string(),
                resource: Arc::new(resource),
                builtin: false,
            }),
            langid,
            tone,
        });
    }
    Ok(out)
}

/// Locale and tone from a source's name (see [`ReplyCatalog`]).
pub(crate) fn place(name: &str) -> Result<(LanguageIdentifier, Option<Tone>)> {
    let path = name.replace('\\', "/");
    let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let file = parts.pop().unwrap_or("");
    let stem = file.strip_suffix(".ftl").unwrap_or(file);
    let dir = parts.last().copied();
    let invalid = |tag: &str, problem: &str| Error::ReplyInvalidLocale {
        field: name.into(),
        tag: tag.into(),
        problem: format!(
            "{problem}; a source is named <locale>/formal.ftl, <locale>/informal.ftl, \
             <locale>.ftl or <locale>/<anything>.ftl"
        ),
    };
    let tone = match stem {
        "formal" => Some(Tone::Formal),
        "informal" => Some(Tone::Informal),
        _ => None,
    };
    if let Some(tone) = tone {
        let dir = dir.ok_or_else(|| invalid("", "a tone file must sit in a locale directory"))?;
        return source_locale(dir)
            .map(|l| (l, Some(tone)))
            .ok_or_else(|| invalid(dir, "the directory is not a locale tag"));
    }
    if let Some(l) = source_locale(stem) {
        return Ok((l, None));
    }
    match dir {
        Some(dir) => source_locale(dir)
            .map(|l| (l, None))
            .ok_or_else(|| invalid(stem, "neither the file nor its directory is a locale tag")),
        None => Err(invalid(stem, "the file name is not a locale tag")),
    }
}

/// A locale tag as a file or directory name: the language must be an ISO
/// 639 code of two or three letters, so `messages` or `extra` never pass
/// for a language.
fn source_locale(text: &str) -> Option<LanguageIdentifier> {
    let id = parse_tag(text, "").ok()??;
    (2..=3).contains(&id.language.as_str().len()).then_some(id)
}

/// The deepest nesting of placeables (`{` inside `{`) a source may have.
///
/// Templates nest a select or two; thousands of nested placeables are an
/// attack on the parser and on every walk over the syntax tree, which
/// recurse once per level. The depth is measured on the raw text before it
/// is parsed, by a scan that follows Fluent's lexical rules without
/// recursing, so nothing recurses on a deeper source.
pub const MAX_NESTING: usize = 32;

/// The largest `.ftl` source read, in bytes (1 MiB): far above any
/// catalog file, small enough that every pass over it stays quick.
pub const MAX_SOURCE_BYTES: usize = 1 << 20;

/// What the scanner of [`nesting_error`] is inside.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    /// A placeable's expression: `"` starts a string literal.
    Expr,
    /// The variants of a select (after `->`): text, where `"` is a character.
    Select,
}

/// Refuses a source larger than [`MAX_SOURCE_BYTES`] or nested deeper than
/// [`MAX_NESTING`], with `reply.syntax` at the line where the limit is crossed.
///
/// The scan follows Fluent's lexical rules without recursing: `{` opens a
/// level and `}` closes one, in text and in expressions, but not inside a
/// string literal of an expression (`{ "}" }`) nor on a comment line, so
/// braces in strings can neither hide nesting nor count as nesting.
pub(crate) fn check_nesting(name: &str, text: &str) -> Result<()> {
    let err = |pos: usize, problem: String| {
        let (line, column) = line_col(text, pos);
        Err(Error::ReplySyntax {
            field: name.into(),
            line,
            column,
            problem,
        })
    };
    if text.len() > MAX_SOURCE_BYTES {
        return err(
            0,
            format!(
                "the source is {} bytes, more than the limit of {MAX_SOURCE_BYTES}",
                text.len()
            ),
        );
    }
    match nesting_error(text.as_bytes()) {
        Some(pos) => err(
            pos,
            format!("placeables nested more than {MAX_NESTING} deep (the limit)"),
        ),
        None => Ok(()),
    }
}

/// The byte offset of the `{` that opens a level beyond [`MAX_NESTING`].
fn nesting_error(bytes: &[u8]) -> Option<usize> {
    let mut stack: Vec<Ctx> = Vec::new();
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let top = stack.last().copied();
        if line_start && top.is_none() && b == b'#' {
            // A comment line: skip it.
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        line_start = b == b'\n';
        match b {
            b'{' => {
                if stack.len() == MAX_NESTING {
                    return Some(i);
                }
                stack.push(Ctx::Expr);
            }
            b'}' => {
                stack.pop();
            }
            b'-' if top == Some(Ctx::Expr) && bytes.get(i + 1) == Some(&b'>') => {
                if let Some(t) = stack.last_mut() {
                    *t = Ctx::Select;
                }
                i += 1;
            }
            b'"' if top == Some(Ctx::Expr) => {
                // A string literal: to the closing quote or the end of the line.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if bytes.get(i) == Some(&b'\n') {
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Line and column (1-based, columns in characters) of byte `pos` in `text`.
pub(crate) fn line_col(text: &str, pos: usize) -> (u32, u32) {
    let pos = pos.min(text.len());
    let pos = (0..=pos)
        .rev()
        .find(|&p| text.is_char_boundary(p))
        .unwrap_or(0);
    let before = &text[..pos];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before, |i| &before[i + 1..])
        .chars()
        .count()
        + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(col).unwrap_or(u32::MAX),
    )
}

pub(crate) fn syntax_error(
    name: &str,
    text: &str,
    errors: &[fluent_syntax::parser::ParserError],
) -> Error {
    let Some(first) = errors.first() else {
        return Error::ReplySyntax {
            field: name.into(),
            line: 1,
            column: 1,
            problem: "does not parse".into(),
        };
    };
    let (line, column) = line_col(text, first.pos.start);
    let more = match errors.len() {
        1 => String::new(),
        n => format!(" (and {} more)", n - 1),
    };
    Error::ReplySyntax {
        field: name.into(),
        line,
        column,
        problem: format!("{}{more}", first.kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_names_give_locale_and_tone() {
        let p = |n: &str| place(n).map(|(l, t)| (l.to_string(), t));
        assert_eq!(
            p("de/formal.ftl").unwrap(),
            ("de".into(), Some(Tone::Formal))
        );
        assert_eq!(
            p("shop/it/informal.ftl").unwrap(),
            ("it".into(), Some(Tone::Informal))
        );
        assert_eq!(p("de/extra.ftl").unwrap(), ("de".into(), None));
        assert_eq!(p("pt_BR.ftl").unwrap(), ("pt-BR".into(), None));
        assert_eq!(p("shop/replies/de.ftl").unwrap(), ("de".into(), None));
        assert_eq!(p("de/messages.ftl").unwrap(), ("de".into(), None));
        assert_eq!(
            place("shop/messages.ftl").unwrap_err().code(),
            "reply.invalid_locale"
        );
        let e = place("formal.ftl").unwrap_err();
        assert_eq!(e.code(), "reply.invalid_locale");
        assert_eq!(e.field(), Some("formal.ftl"));
        assert_eq!(
            place("!!/formal.ftl").unwrap_err().code(),
            "reply.invalid_locale"
        );
    }

    #[test]
    fn positions_are_one_based() {
        assert_eq!(line_col("ab\ncdé\nx", 0), (1, 1));
        assert_eq!(line_col("ab\ncdé\nx", 3), (2, 1));
        assert_eq!(line_col("ab\ncdé\nx", 8), (3, 1));
        assert_eq!(line_col("ab\ncdé\nx", 7), (2, 4));
    }

    #[test]
    fn builtin_has_every_locale_and_tone() {
        let c = ReplyCatalog::builtin();
        assert_eq!(
            c.locales(),
            [
                "en", "it", "fr", "de", "es", "pt", "nl", "pl", "sv", "da", "fi", "cs"
            ]
        );
        assert!(!c.has_tone("en", Tone::Informal));
        for l in c.locales().into_iter().skip(1) {
            assert!(c.has_tone(l, Tone::Informal), "{l}");
        }
        assert_eq!(c.message_ids("en", Tone::Formal).len(), 29);
    }
}
