//! Which catalog locale answers a customer: negotiation over the locales the
//! customer is known to read.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// The locales a reply may be written in, from what is known about the customer.
///
/// They are tried in this order: each of `locales`, the customer's `profile`
/// locale, the language `detected` in their message, then the entries of an
/// HTTP `accept_language` header by weight. For each, every catalog locale of
/// the same language is a match (`es-MX` is answered in `es`); the catalog's
/// default locale (`en`) comes last. A tag that does not parse is an error,
/// except inside `accept_language`, where bad entries are skipped as browsers
/// and proxies send all sorts. Empty strings count as absent.
///
/// JSON shape: `{"profile": "es-MX", "detected": "es", "accept_language": "es-MX,es;q=0.9,en;q=0.5"}`,
/// or a list of tags, or one tag.
///
/// ```
/// use caredesk::reply::LocaleRequest;
///
/// let req = LocaleRequest::new().profile("de-AT").accept_language("de-AT,de;q=0.9,en;q=0.8");
/// assert_eq!(req.profile.as_deref(), Some("de-AT"));
/// let simple: LocaleRequest = "it-IT".into();
/// assert_eq!(simple.locales, ["it-IT"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct LocaleRequest {
    /// Locales in order of preference, tried first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locales: Vec<String>,
    /// The locale of the customer's profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The language detected in the customer's message (`it`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detected: Option<String>,
    /// An HTTP `Accept-Language` header value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_language: Option<String>,
}

impl LocaleRequest {
    /// Nothing known: the catalog's default locale answers.
    ///
    /// ```
    /// use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog};
    ///
    /// // Nothing known about the customer: the default locale answers, and says so.
    /// let reply = ReplyCatalog::builtin().render("closing", &LocaleRequest::new(),
    ///     &Args::new().with("customer_name", "Sam"), &RenderOptions::default())?;
    /// assert_eq!((reply.locale_used.as_str(), reply.fallback_used), ("en", true));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a locale to the explicit list.
    ///
    /// ```
    /// use caredesk::reply::LocaleRequest;
    ///
    /// // The language the agent picked in the help desk comes first.
    /// let req = LocaleRequest::new().locale("nl-BE").profile("fr-BE");
    /// let tags: Vec<String> = req.parsed()?.iter().map(|l| l.to_string()).collect();
    /// assert_eq!(tags, ["nl-BE", "fr-BE"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn locale(mut self, tag: impl Into<String>) -> Self {
        self.locales.push(tag.into());
        self
    }

    /// Sets the profile locale.
    ///
    /// ```
    /// use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog};
    ///
    /// let anna = LocaleRequest::new().profile("de-AT");
    /// let reply = ReplyCatalog::builtin().render("closing", &anna, &Args::new().with("customer_name", "Anna"), &RenderOptions::default())?;
    /// assert_eq!((reply.locale_used.as_str(), reply.fallback_used), ("de", false));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn profile(mut self, tag: impl Into<String>) -> Self {
        self.profile = Some(tag.into());
        self
    }

    /// Sets the detected language.
    ///
    /// ```
    /// use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog};
    ///
    /// // An Amazon buyer with no profile locale wrote in Italian.
    /// let buyer = LocaleRequest::new().detected("it");
    /// let reply = ReplyCatalog::builtin().render("closing", &buyer, &Args::new().with("customer_name", "Luca"), &RenderOptions::default())?;
    /// assert_eq!(reply.locale_used, "it");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn detected(mut self, tag: impl Into<String>) -> Self {
        self.detected = Some(tag.into());
        self
    }

    /// Sets the `Accept-Language` header.
    ///
    /// ```
    /// use caredesk::reply::LocaleRequest;
    ///
    /// // A chat visitor's browser: Swiss German first, then English.
    /// let req = LocaleRequest::new().accept_language("de-CH, en;q=0.5, *;q=0.1");
    /// let tags: Vec<String> = req.parsed()?.iter().map(|l| l.to_string()).collect();
    /// assert_eq!(tags, ["de-CH", "en"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn accept_language(mut self, header: impl Into<String>) -> Self {
        self.accept_language = Some(header.into());
        self
    }

    /// The requested locales, parsed, in the order they are tried (repeats removed).
    ///
    /// # Errors
    /// `reply.invalid_locale` naming the field (`locales[1]`, `profile`,
    /// `detected`) of a tag that does not parse.
    ///
    /// ```
    /// use caredesk::reply::LocaleRequest;
    ///
    /// let req = LocaleRequest::new().profile("pt_BR").detected("pt-BR");
    /// let tags: Vec<String> = req.parsed()?.iter().map(|l| l.to_string()).collect();
    /// assert_eq!(tags, ["pt-BR"]); // repeats removed
    /// let err = LocaleRequest::new().profile("deutsch-!").parsed().unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("reply.invalid_locale", Some("profile")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn parsed(&self) -> Result<Vec<LanguageIdentifier>> {
        let mut out: Vec<LanguageIdentifier> = Vec::with_capacity(self.locales.len() + 4);
        let mut push = |id: LanguageIdentifier| {
            if !out.contains(&id) {
                out.push(id);
            }
        };
        for (i, tag) in self.locales.iter().enumerate() {
            if let Some(id) = parse_tag(tag, &format!("locales[{i}]"))? {
                push(id);
            }
        }
        for (tag, field) in [(&self.profile, "profile"), (&self.detected, "detected")] {
            let parsed = match tag {
                Some(tag) => parse_tag(tag, field)?,
                None => None,
            };
            if let Some(id) = parsed {
                push(id);
            }
        }
        if let Some(header) = &self.accept_language {
            for id in parse_accept_language(header) {
                push(id);
            }
        }
        Ok(out)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields {
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    profile: Option<String>,
    #[serde(default)]
    detected: Option<String>,
    #[serde(default)]
    accept_language: Option<String>,
}

impl<'de> Deserialize<'de> for LocaleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        use serde::de::Error as _;
        let value = serde_json::Value::deserialize(d)?;
        match value {
            serde_json::Value::String(tag) => Ok(tag.into()),
            serde_json::Value::Array(items) => items
                .into_iter()
                .map(|v| match v {
                    serde_json::Value::String(s) => Ok(s),
                    other => Err(D::Error::custom(format!(
                        "expected a locale tag, got {other}"
                    ))),
                })
                .collect::<std::result::Result<Vec<String>, _>>()
                .map(LocaleRequest::from),
            object @ serde_json::Value::Object(_) => {
                let f: Fields = serde_json::from_value(object).map_err(D::Error::custom)?;
                Ok(LocaleRequest {
                    locales: f.locales,
                    profile: f.profile,
                    detected: f.detected,
                    accept_language: f.accept_language,
                })
            }
            other => Err(D::Error::custom(format!(
                "expected a locale tag, a list of tags or an object, got {other}"
            ))),
        }
    }
}

impl From<&str> for LocaleRequest {
    fn from(tag: &str) -> Self {
        LocaleRequest::new().locale(tag)
    }
}

impl From<String> for LocaleRequest {
    fn from(tag: String) -> Self {
        LocaleRequest::new().locale(tag)
    }
}

impl<S: AsRef<str>> From<&[S]> for LocaleRequest {
    fn from(tags: &[S]) -> Self {
        LocaleRequest {
            locales: tags.iter().map(|t| t.as_ref().to_string()).collect(),
            ..Default::default()
        }
    }
}

impl From<Vec<String>> for LocaleRequest {
    fn from(locales: Vec<String>) -> Self {
        LocaleRequest {
            locales,
            ..Default::default()
        }
    }
}

/// Parses one BCP 47 tag (`it-IT`, `pt_BR` is accepted too); `None` for an
/// empty string.
///
/// # Errors
/// `reply.invalid_locale` naming `field`.
pub(crate) fn parse_tag(tag: &str, field: &str) -> Result<Option<LanguageIdentifier>> {
    let trimmed = tag.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match trimmed.parse::<LanguageIdentifier>() {
        Ok(id) if id.language.is_empty() => Err(Error::ReplyInvalidLocale {
            field: field.into(),
            tag: tag.into(),
            problem: "no language subtag".into(),
        }),
        Ok(id) => Ok(Some(id)),
        Err(e) => Err(Error::ReplyInvalidLocale {
            field: field.into(),
            tag: tag.into(),
            problem: e.to_string(),
        }),
    }
}

/// The tags of an `Accept-Language` header, highest weight first (equal
/// weights keep their order); `*`, weight 0 and unparsable entries are skipped.
///
/// ```
/// use caredesk::reply::parse_accept_language;
///
/// let tags: Vec<String> = parse_accept_language("fr-CH, fr;q=0.9, en;q=0.8, de;q=0, *;q=0.5, ???")
///     .iter().map(|l| l.to_string()).collect();
/// assert_eq!(tags, ["fr-CH", "fr", "en"]); // weight 0, `*` and junk skipped
/// ```
pub fn parse_accept_language(header: &str) -> Vec<LanguageIdentifier> {
    // A header longer than this is not a browser's; only its start is read.
    const MAX_ENTRIES: usize = 32;
    let mut entries: Vec<(u16, LanguageIdentifier)> = Vec::new();
    for part in header.split(',').take(MAX_ENTRIES) {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        if tag.is_empty() || tag == "*" {
            continue;
        }
        let mut weight = 1000u16;
        for param in pieces {
            let param = param.trim();
            if let Some(q) = param
                .strip_prefix("q=")
                .or_else(|| param.strip_prefix("Q="))
            {
                weight = parse_q(q.trim()).unwrap_or_default();
            }
        }
        if weight == 0 {
            continue;
        }
        if let Ok(Some(id)) = parse_tag(tag, "accept_language") {
            entries.push((weight, id));
        }
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));
    entries.into_iter().map(|(_, id)| id).collect()
}

/// `q` as thousandths: `0.8` is 800; `None` when it is not a valid weight.
fn parse_q(q: &str) -> Option<u16> {
    let (int, frac) = q.split_once('.').unwrap_or((q, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    (thousandths <= 1000).then_some(thousandths)
}

/// One step of a fallback chain: a catalog locale, the requested locale it
/// answers (its region and script drive number and date formats), and
/// whether it matches the first requested locale.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    pub index: usize,
    pub format: LanguageIdentifier,
    pub first_choice: bool,
    /// The formatters of `format`, fetched on first use.
    pub formats: std::sync::OnceLock<std::sync::Arc<super::format::LocaleFormats>>,
}

impl Step {
    /// The formatters of this step's formatting locale.
    pub fn formats(&self) -> Result<std::sync::Arc<super::format::LocaleFormats>> {
        if let Some(f) = self.formats.get() {
            return Ok(std::sync::Arc::clone(f));
        }
        let f = super::format::LocaleFormats::get(&self.format)?;
        Ok(std::sync::Arc::clone(self.formats.get_or_init(|| f)))
    }
}

/// The chain of catalog locales for `requested` over `available`, ending
/// with the default locale when there is one.
pub(crate) fn chain(
    requested: &[LanguageIdentifier],
    available: &[LanguageIdentifier],
    default: Option<usize>,
    format_default: impl Fn(usize) -> LanguageIdentifier,
) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::with_capacity(available.len().min(4) + 1);
    for (n, req) in requested.iter().enumerate() {
        let matched = fluent_langneg::negotiate_languages(
            std::slice::from_ref(req),
            available,
            None,
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        for found in matched {
            let Some(index) = available.iter().position(|a| a == found) else {
                continue;
            };
            if steps.iter().any(|s| s.index == index) {
                continue;
            }
            // Region and script from the customer's locale, when it has them;
            // otherwise the catalog locale's own formatting locale.
            let format = if req.region.is_some() {
                req.clone()
            } else {
                format_default(index)
            };
            steps.push(Step {
                index,
                format,
                first_choice: n == 0,
                formats: std::sync::OnceLock::new(),
            });
        }
    }
    if let Some(d) = default.filter(|d| !steps.iter().any(|s| s.index == *d)) {
        steps.push(Step {
            index: d,
            format: format_default(d),
            first_choice: false,
            formats: std::sync::OnceLock::new(),
        });
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn accept_language_by_weight() {
        let got = parse_accept_language("en;q=0.5, de-AT, *;q=0.1, xx-!!, fr;q=0, it;q=0.9");
        assert_eq!(got, ids(&["de-AT", "it", "en"]));
        assert!(parse_accept_language("").is_empty());
        assert_eq!(parse_q("0.875"), Some(875));
        assert_eq!(parse_q("1.0"), Some(1000));
        assert_eq!(parse_q("1.5"), None);
        assert_eq!(parse_q("0.1234"), None);
    }

    #[test]
    fn bad_tags_name_their_field() {
        let e = LocaleRequest::new()
            .profile("not a tag!")
            .parsed()
            .unwrap_err();
        assert_eq!(e.code(), "reply.invalid_locale");
        assert_eq!(e.field(), Some("profile"));
        let e = LocaleRequest::from(&["it", "??"][..]).parsed().unwrap_err();
        assert_eq!(e.field(), Some("locales[1]"));
        assert!(
            LocaleRequest::new()
                .profile("  ")
                .parsed()
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            LocaleRequest::from("pt_BR").parsed().unwrap(),
            ids(&["pt-BR"])
        );
    }

    #[test]
    fn chain_falls_back_to_language_then_default() {
        let available = ids(&["en", "es", "it"]);
        let fmt = |i: usize| available[i].clone();
        let steps = chain(&ids(&["es-MX"]), &available, Some(0), fmt);
        let got: Vec<(usize, String, bool)> = steps
            .iter()
            .map(|s| (s.index, s.format.to_string(), s.first_choice))
            .collect();
        assert_eq!(
            got,
            [(1, "es-MX".to_string(), true), (0, "en".to_string(), false)]
        );
        let steps = chain(&ids(&["ja", "it"]), &available, Some(0), fmt);
        assert_eq!(steps.iter().map(|s| s.index).collect::<Vec<_>>(), [2, 0]);
        assert!(!steps[0].first_choice);
    }

    #[test]
    fn json_forms() {
        let r: LocaleRequest = serde_json::from_str(r#""it-IT""#).unwrap();
        assert_eq!(r.locales, ["it-IT"]);
        let r: LocaleRequest = serde_json::from_str(r#"["de", "en"]"#).unwrap();
        assert_eq!(r.locales, ["de", "en"]);
        let r: LocaleRequest =
            serde_json::from_str(r#"{"profile": "es-MX", "accept_language": "es"}"#).unwrap();
        assert_eq!(r.profile.as_deref(), Some("es-MX"));
        let e = crate::wire::from_json::<LocaleRequest>(r#"{"profil": "x"}"#).unwrap_err();
        assert_eq!(e.code(), "input.json");
        assert!(e.to_string().contains("profil"), "{e}");
    }
}
