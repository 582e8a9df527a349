//! The template linter: every locale and tone against the reference (the
//! default locale, formal), then every message rendered with sample arguments.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use fluent_syntax::parser::ErrorKind;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use super::Tone;
use super::analyze::{self, Expect, Facts, Lookup, PLURAL_CATEGORIES};
use super::args::{Arg, ArgSource};
use super::catalog::{self, File, Layer, LocaleEntry, Placed, ReplyCatalog};
use super::format::{FUNCTIONS, LocaleFormats};
use super::render::{Part, RenderOptions, render_part};
use crate::error::Error;
use crate::money::Money;

/// How bad an issue is: errors fail `make lint-templates`, warnings do not.
///
/// ```
/// use caredesk::reply::{Severity, lint_sources};
///
/// // A German override that the English reference does not know: a warning only.
/// let report = lint_sources([("de/formal.ftl", "sale-notice = Nur heute: 20 % Rabatt!")], true);
/// assert!(report.issues.iter().any(|i| i.severity == Severity::Warning));
/// assert!(report.is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something a customer would see wrong, or a render that fails.
    Error,
    /// Something to look at: a message no reference has.
    Warning,
}

/// One finding of the linter.
///
/// Codes:
///
/// | code | severity | finding |
/// |---|---|---|
/// | `lint.syntax` | error | a source that does not parse (with line and column), or one over the size or nesting limit ([`MAX_SOURCE_BYTES`](super::MAX_SOURCE_BYTES), [`MAX_NESTING`](super::MAX_NESTING)) |
/// | `lint.select_without_default` | error | a select expression with no `*` default variant |
/// | `lint.file_name` | error | a source name that gives no locale |
/// | `lint.duplicate_message` | error | a message defined twice in one file |
/// | `lint.missing_message` | error | a message of the reference missing in a locale and tone (a warning for a shop's own message in a locale the shop has no file for: the default locale answers it) |
/// | `lint.obsolete_message` | warning | a message the reference does not have |
/// | `lint.missing_attribute`, `lint.obsolete_attribute` | error, warning | the same for attributes |
/// | `lint.unknown_variable` | error | a variable a translation uses (in any variant) that the reference does not |
/// | `lint.unused_variable` | error | a variable of the reference that a translation never uses |
/// | `lint.variable_type` | error | a variable used as another type than in the reference (`DATE` vs `MONEY`, a plural vs text) |
/// | `lint.plural_category` | error | a plural variant key the runtime's rules (CLDR 37) never select for the locale |
/// | `lint.unknown_function` | error | a function other than `MONEY`, `DATE`, `DATETIME`, `NUMBER` |
/// | `lint.function_options` | error | named options on a function (the engine takes none) |
/// | `lint.render_error` | error | rendering with sample arguments failed |
///
/// ```
/// use caredesk::reply::{Severity, lint_sources};
///
/// let report = lint_sources([("de/formal.ftl", "closing = Danke, { $kunde }!")], true);
/// let issue = report.errors().find(|i| i.code == "lint.unknown_variable").expect("$kunde is unknown");
/// assert_eq!((issue.severity, issue.locale.as_deref()), (Severity::Error, Some("de")));
/// assert_eq!((issue.message_id.as_deref(), issue.file.as_deref()), (Some("closing"), Some("de/formal.ftl")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LintIssue {
    /// The stable code, `lint.*`.
    pub code: String,
    /// Error or warning.
    pub severity: Severity,
    /// The locale concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The tone concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tone: Option<Tone>,
    /// The message (`id.attr` for an attribute).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The source file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based line in that file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column, for syntax errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// What is wrong, in words.
    pub text: String,
}

impl fmt::Display for LintIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}[{}]", self.code)?;
        if let Some(file) = &self.file {
            write!(f, " {file}")?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
            }
        }
        if let Some(locale) = &self.locale {
            write!(f, " [{locale}")?;
            if let Some(tone) = self.tone {
                write!(f, " {tone}")?;
            }
            write!(f, "]")?;
        }
        if let Some(id) = &self.message_id {
            write!(f, " {id}")?;
        }
        write!(f, ": {}", self.text)
    }
}

/// What the linter found, and how much it rendered.
///
/// ```
/// use caredesk::reply::lint_sources;
///
/// let report = lint_sources([("de/formal.ftl", "closing = Danke, { $customer_name }!")], true);
/// assert!(report.is_ok(), "{report}");
/// assert!(report.layers >= 23 && report.renders > 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LintReport {
    /// Every finding, errors and warnings, in catalog order.
    pub issues: Vec<LintIssue>,
    /// The number of renders made with sample arguments.
    pub renders: usize,
    /// The number of (locale, tone) layers checked.
    pub layers: usize,
}

impl LintReport {
    /// True when there is no error (warnings allowed).
    ///
    /// ```
    /// use caredesk::reply::lint_sources;
    ///
    /// let broken = lint_sources([("de/formal.ftl", "closing = Danke, { $customer_name")], true);
    /// assert!(!broken.is_ok());
    /// assert_eq!(broken.errors().next().map(|i| i.code.as_str()), Some("lint.syntax"));
    /// ```
    pub fn is_ok(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The errors.
    ///
    /// ```
    /// use caredesk::reply::lint_sources;
    ///
    /// let report = lint_sources([("de/formal.ftl", "closing = Danke, { $kunde }!")], true);
    /// let codes: Vec<&str> = report.errors().map(|i| i.code.as_str()).collect();
    /// assert!(codes.contains(&"lint.unknown_variable") && codes.contains(&"lint.unused_variable"));
    /// ```
    pub fn errors(&self) -> impl Iterator<Item = &LintIssue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// The warnings.
    ///
    /// ```
    /// use caredesk::reply::lint_sources;
    ///
    /// let report = lint_sources([("de/formal.ftl", "sale-notice = Nur heute: 20 % Rabatt!")], true);
    /// let warning = report.warnings().next().expect("a message the reference lacks");
    /// assert_eq!(warning.message_id.as_deref(), Some("sale-notice"));
    /// ```
    pub fn warnings(&self) -> impl Iterator<Item = &LintIssue> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
    }
}

impl fmt::Display for LintReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for issue in &self.issues {
            writeln!(f, "{issue}")?;
        }
        let n = |count: usize, word: &str| {
            format!("{count} {word}{}", if count == 1 { "" } else { "s" })
        };
        write!(
            f,
            "{}, {}; {} checked, {}",
            n(self.errors().count(), "error"),
            n(self.warnings().count(), "warning"),
            n(self.layers, "layer"),
            n(self.renders, "render")
        )
    }
}

/// Lints a compiled catalog.
///
/// Each locale and tone is compared with the reference, the default locale's
/// formal messages (`en`): missing and obsolete messages and attributes,
/// variables used in a translation and not the reference and the reverse
/// (over all variants), variables used as another type. Every layer is checked
/// for plural keys its locale's rules never select, unknown functions and
/// function options; then every message is rendered with sample arguments,
/// once per variant of each select, and any resolver error is reported.
///
/// ```
/// use caredesk::reply::{lint, ReplyCatalog};
///
/// let report = lint(&ReplyCatalog::builtin());
/// assert!(report.issues.is_empty(), "{report}");
/// assert!(report.renders > 23 * 29);
/// ```
pub fn lint(catalog: &ReplyCatalog) -> LintReport {
    let mut linter = Linter::default();
    linter.catalog(catalog);
    linter.report
}

/// Lints `.ftl` sources, named as for [`ReplyCatalog::with_sources`], on top
/// of the built-in catalog when `builtin` is true. Unlike compiling, it does
/// not stop at the first broken file: every syntax error of every source is
/// reported, and what parses is linted as a catalog.
///
/// ```
/// use caredesk::reply::lint_sources;
///
/// let report = lint_sources([("de/formal.ftl", "closing = Danke, { $name }!\nbroken = { $x ->\n  [a] A\n}\n")], true);
/// let codes: Vec<&str> = report.issues.iter().map(|i| i.code.as_str()).collect();
/// assert!(codes.contains(&"lint.select_without_default"));
/// assert!(codes.contains(&"lint.unknown_variable"));   // $name: en says $customer_name
/// assert!(codes.contains(&"lint.unused_variable"));
/// assert!(!report.is_ok());
/// ```
pub fn lint_sources<I, N, T>(sources: I, builtin: bool) -> LintReport
where
    I: IntoIterator<Item = (N, T)>,
    N: AsRef<str>,
    T: AsRef<str>,
{
    let sources: Vec<(N, T)> = sources.into_iter().collect();
    if builtin && sources.is_empty() {
        // The shared built-in catalog, already compiled.
        return lint(&ReplyCatalog::builtin());
    }
    let mut linter = Linter::default();
    let mut placed = Vec::new();
    for (name, text) in sources {
        let (name, text) = (name.as_ref(), text.as_ref());
        let (langid, tone) = match catalog::place(name) {
            Ok(p) => p,
            Err(e) => {
                linter
                    .push(Issue::new("lint.file_name", Severity::Error, e.to_string()).file(name));
                continue;
            }
        };
        if let Err(Error::ReplySyntax {
            line,
            column,
            problem,
            ..
        }) = catalog::check_nesting(name, text)
        {
            // Too big or too deep to parse safely: reported, not linted.
            let mut issue = Issue::new("lint.syntax", Severity::Error, problem).file(name);
            issue.0.line = Some(line);
            issue.0.column = Some(column);
            issue.0.locale = Some(langid.to_string());
            issue.0.tone = tone;
            linter.push(issue);
            continue;
        }
        // A file with syntax errors still has its good entries: they are
        // linted too, so one broken message does not hide the others.
        let (resource, errors) = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        placed.push(Placed {
            file: Arc::new(File {
                name: name.to_string(),
                resource: Arc::new(resource),
                builtin: false,
            }),
            langid: langid.clone(),
            tone,
        });
        for e in errors {
            let (line, column) = catalog::line_col(text, e.pos.start);
            let code = if e.kind == ErrorKind::MissingDefaultVariant {
                "lint.select_without_default"
            } else {
                "lint.syntax"
            };
            let mut issue = Issue::new(code, Severity::Error, e.kind.to_string()).file(name);
            issue.0.line = Some(line);
            issue.0.column = Some(column);
            issue.0.locale = Some(langid.to_string());
            issue.0.tone = tone;
            linter.push(issue);
        }
    }
    match ReplyCatalog::build(placed, builtin) {
        Ok(c) => linter.catalog(&c),
        Err(e) => linter.push(Issue::new("lint.syntax", Severity::Error, e.to_string())),
    }
    linter.report
}

/// A builder for one issue.
struct Issue(LintIssue);

impl Issue {
    fn new(code: &str, severity: Severity, text: String) -> Issue {
        Issue(LintIssue {
            code: code.into(),
            severity,
            locale: None,
            tone: None,
            message_id: None,
            file: None,
            line: None,
            column: None,
            text,
        })
    }

    fn file(mut self, name: &str) -> Issue {
        self.0.file = Some(name.into());
        self
    }
}

#[derive(Default)]
struct Linter {
    report: LintReport,
}

/// Where an issue is: the layer, its locale and tone.
struct At<'c> {
    entry: &'c LocaleEntry,
    layer: &'c Layer,
    tone: Tone,
    /// Where each message starts, per file of the layer (read on first use,
    /// so many issues in one file do not each scan it).
    lines: RefCell<HashMap<usize, HashMap<&'c str, u32>>>,
}

impl<'c> At<'c> {
    fn new(entry: &'c LocaleEntry, layer: &'c Layer, tone: Tone) -> At<'c> {
        At {
            entry,
            layer,
            tone,
            lines: RefCell::new(HashMap::new()),
        }
    }

    fn issue(&self, code: &str, severity: Severity, key: Option<&str>, text: String) -> Issue {
        let mut issue = Issue::new(code, severity, text);
        issue.0.locale = Some(self.entry.tag.clone());
        issue.0.tone = Some(self.tone);
        if let Some(key) = key {
            issue.0.message_id = Some(key.to_string());
            let layer: &'c Layer = self.layer;
            let found = layer
                .infos
                .get(key)
                .and_then(|i| layer.files.get(i.file).map(|f| (i.file, f)));
            if let Some((index, file)) = found {
                issue.0.file = Some(file.name.clone());
                let mut lines = self.lines.borrow_mut();
                let starts = lines
                    .entry(index)
                    .or_insert_with(|| message_lines(file.resource.source()));
                issue.0.line = starts.get(catalog::split_id(key).0).copied();
            }
        }
        issue
    }
}

impl Linter {
    fn push(&mut self, issue: Issue) {
        self.report.issues.push(issue.0);
    }

    fn catalog(&mut self, catalog: &ReplyCatalog) {
        let inner = &catalog.inner;
        let reference = inner
            .default
            .or(if inner.locales.is_empty() {
                None
            } else {
                Some(0)
            })
            .and_then(|i| {
                let e = &inner.locales[i];
                e.formal.as_ref().or(e.informal.as_ref()).map(|l| (e, l))
            });
        self.duplicates(catalog);
        for entry in &inner.locales {
            for tone in [Tone::Formal, Tone::Informal] {
                let Some(layer) = entry.layer(tone) else {
                    continue;
                };
                self.report.layers += 1;
                let at = At::new(entry, layer, tone);
                if let Some((ref_entry, ref_layer)) =
                    reference.filter(|(_, l)| !std::ptr::eq(*l, layer))
                {
                    self.compare(&at, &ref_entry.tag, ref_layer);
                }
                self.checks(&at);
                self.renders(&at);
            }
        }
    }

    /// Messages defined twice in one file (the later one would win silently).
    fn duplicates(&mut self, catalog: &ReplyCatalog) {
        let mut seen_files: HashSet<*const File> = HashSet::new();
        for entry in &catalog.inner.locales {
            for layer in [entry.formal.as_ref(), entry.informal.as_ref()]
                .into_iter()
                .flatten()
            {
                for file in &layer.files {
                    if !seen_files.insert(Arc::as_ptr(file)) {
                        continue;
                    }
                    let mut ids: HashSet<&str> = HashSet::new();
                    for e in file.resource.entries() {
                        let id = match e {
                            ast::Entry::Message(m) => m.id.name,
                            ast::Entry::Term(t) => t.id.name,
                            _ => continue,
                        };
                        if !ids.insert(id) {
                            let mut issue = Issue::new(
                                "lint.duplicate_message",
                                Severity::Error,
                                format!(
                                    "{id} is defined more than once in this file; the last one wins"
                                ),
                            )
                            .file(&file.name);
                            issue.0.message_id = Some(id.into());
                            issue.0.locale = Some(entry.tag.clone());
                            self.push(issue);
                        }
                    }
                }
            }
        }
    }

    fn compare(&mut self, at: &At<'_>, ref_tag: &str, reference: &Layer) {
        let is_attr = |k: &str| k.contains('.');
        for key in &reference.order {
            if at.layer.infos.contains_key(key) {
                continue;
            }
            let (id, attr) = catalog::split_id(key);
            if attr.is_some()
                && !at.layer.infos.contains_key(id)
                && reference.infos.contains_key(id)
            {
                continue; // the whole message is reported missing
            }
            let code = if is_attr(key) {
                "lint.missing_attribute"
            } else {
                "lint.missing_message"
            };
            // A shop's own message missing from a locale the shop has no file
            // for is answered in the default locale (and flagged so): a gap to
            // look at, not a defect. Anything else missing is an error.
            let builtin_message = reference
                .infos
                .get(key)
                .and_then(|i| reference.files.get(i.file))
                .is_some_and(|f| f.builtin);
            let shop_layer = at.layer.files.iter().any(|f| !f.builtin);
            let (severity, text) = if builtin_message || shop_layer {
                (
                    Severity::Error,
                    format!("{ref_tag} has it, this locale and tone do not"),
                )
            } else {
                (
                    Severity::Warning,
                    format!(
                        "{ref_tag} has it, this locale and tone do not (no shop file here; {ref_tag} answers)"
                    ),
                )
            };
            let mut issue = at.issue(code, severity, None, text);
            issue.0.message_id = Some(key.clone());
            self.push(issue);
        }
        for key in &at.layer.order {
            let Some(ref_info) = reference.infos.get(key) else {
                let code = if is_attr(key) {
                    "lint.obsolete_attribute"
                } else {
                    "lint.obsolete_message"
                };
                self.push(at.issue(
                    code,
                    Severity::Warning,
                    Some(key),
                    format!("{ref_tag} does not have it"),
                ));
                continue;
            };
            let info = &at.layer.infos[key];
            // Both sorted: membership by binary search keeps this n log n.
            let mine = info.facts.var_names();
            let theirs = ref_info.facts.var_names();
            for v in mine.iter().filter(|v| theirs.binary_search(v).is_err()) {
                self.push(at.issue(
                    "lint.unknown_variable",
                    Severity::Error,
                    Some(key),
                    format!("uses ${v}, which {ref_tag} does not (callers will not pass it)"),
                ));
            }
            for v in theirs.iter().filter(|v| mine.binary_search(v).is_err()) {
                self.push(at.issue(
                    "lint.unused_variable",
                    Severity::Error,
                    Some(key),
                    format!("never uses ${v}, which {ref_tag} uses (in any variant)"),
                ));
            }
            let ref_hows: HashMap<&str, Expect> = ref_info
                .facts
                .vars
                .iter()
                .map(|(n, h)| (n.as_str(), *h))
                .collect();
            for (name, how) in &info.facts.vars {
                let Some(ref_how) = ref_hows.get(name.as_str()) else {
                    continue;
                };
                if kind(*how) != kind(*ref_how) {
                    self.push(at.issue(
                        "lint.variable_type",
                        Severity::Error,
                        Some(key),
                        format!(
                            "uses ${name} as {}, {ref_tag} as {}",
                            describe(*how),
                            describe(*ref_how)
                        ),
                    ));
                }
            }
        }
    }

    fn checks(&mut self, at: &At<'_>) {
        let categories = runtime_categories(&at.entry.langid);
        for key in &at.layer.order {
            let facts = &at.layer.infos[key].facts;
            for (name, has_options) in &facts.functions {
                if !FUNCTIONS.contains(&name.as_str()) {
                    self.push(at.issue(
                        "lint.unknown_function",
                        Severity::Error,
                        Some(key),
                        format!("{name}() is not a function of the engine (MONEY, DATE, DATETIME, NUMBER)"),
                    ));
                } else if *has_options {
                    self.push(at.issue(
                        "lint.function_options",
                        Severity::Error,
                        Some(key),
                        format!("{name}() takes no options; rendering the message fails"),
                    ));
                }
            }
            for select in facts.selects.iter().filter(|s| s.plural) {
                for k in &select.keys {
                    if PLURAL_CATEGORIES.contains(&k.as_str()) && !categories.contains(&k.as_str())
                    {
                        self.push(at.issue(
                            "lint.plural_category",
                            Severity::Error,
                            Some(key),
                            format!(
                                "[{k}] is never selected in {}: its plural rules (CLDR 37) have {}",
                                at.entry.tag,
                                categories.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
    }

    /// Renders every message once with sample arguments, then each variant
    /// of each of its selects on its own (with the variables that variant
    /// uses), so a message with n variants costs n small renders rather
    /// than n renders of the whole message with every variable.
    fn renders(&mut self, at: &At<'_>) {
        let formats = match LocaleFormats::get(&at.entry.format) {
            Ok(f) => f,
            Err(e) => {
                self.push(at.issue("lint.render_error", Severity::Error, None, e.to_string()));
                return;
            }
        };
        let options = RenderOptions::default();
        let lookup = catalog::BundleLookup(&at.layer.bundle);
        for key in &at.layer.order {
            let info = &at.layer.infos[key];
            let facts = &info.facts;
            if facts.functions.iter().any(|(_, has_options)| *has_options) {
                // Reported as lint.function_options; every render would fail.
                continue;
            }
            let (id, attr) = catalog::split_id(key);
            let Some(pattern) = lookup.pattern(id, attr) else {
                continue;
            };
            let samples = Samples::new(facts);
            let how: HashMap<&str, Expect> =
                facts.vars.iter().map(|(n, h)| (n.as_str(), *h)).collect();
            let mut parts = vec![Part {
                key,
                pattern,
                vars: &facts.vars,
                size_hint: info.size_hint,
            }];
            let variant_vars: Vec<(&ast::Pattern<&str>, Vars)> = variants_of(pattern)
                .into_iter()
                .map(|p| (p, variant_vars(p, &how, at.layer)))
                .collect();
            parts.extend(variant_vars.iter().map(|(p, vars)| Part {
                key,
                pattern: p,
                vars,
                size_hint: 0,
            }));
            let mut failures: Vec<String> = Vec::new();
            for part in &parts {
                self.report.renders += 1;
                let result = render_part(
                    at.entry,
                    at.layer,
                    part,
                    &samples,
                    &options,
                    Arc::clone(&formats),
                );
                if let Err(e) = result {
                    let text = e.to_string();
                    if !failures.contains(&text) {
                        failures.push(text);
                    }
                }
            }
            for text in failures {
                self.push(at.issue("lint.render_error", Severity::Error, Some(key), text));
            }
        }
    }
}

/// Variables and how they are used.
type Vars = Vec<(String, Expect)>;

/// The value of every variant of every select in `pattern`, nested ones
/// included (the catalog bounds the nesting, see `MAX_NESTING`).
fn variants_of<'a>(message: &'a ast::Pattern<&'a str>) -> Vec<&'a ast::Pattern<&'a str>> {
    fn expression<'a>(e: &'a ast::Expression<&'a str>, out: &mut Vec<&'a ast::Pattern<&'a str>>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    out.push(&v.value);
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline<'a>(i: &'a ast::InlineExpression<&'a str>, out: &mut Vec<&'a ast::Pattern<&'a str>>) {
        match i {
            ast::InlineExpression::Placeable { expression: e } => expression(e, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for n in &arguments.named {
                    inline(&n.value, out);
                }
            }
            _ => {}
        }
    }
    fn pattern<'a>(p: &'a ast::Pattern<&'a str>, out: &mut Vec<&'a ast::Pattern<&'a str>>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression: e } = element {
                expression(e, out);
            }
        }
    }
    let mut out = Vec::new();
    pattern(message, &mut out);
    out
}

/// The variables one variant uses (its own and those of the messages it
/// references), each typed as the whole message uses it.
fn variant_vars(variant: &ast::Pattern<&str>, how: &HashMap<&str, Expect>, layer: &Layer) -> Vars {
    let (mut facts, refs) = analyze::local(variant);
    let referenced = refs.into_iter().filter_map(|(id, attr)| {
        let key = match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        layer.infos.get(&key).map(|info| &info.facts)
    });
    facts.merge_all(referenced);
    facts
        .vars
        .into_iter()
        .map(|(n, h)| {
            let h = how.get(n.as_str()).copied().unwrap_or(h);
            (n, h)
        })
        .collect()
}

/// The type part of a variable's use (printing as is does not count).
fn kind(how: Expect) -> u8 {
    let mut k = 0;
    for (i, e) in [
        Expect::MONEY,
        Expect::DATETIME,
        Expect::DATE,
        Expect::COUNT,
        Expect::CHOICE,
    ]
    .into_iter()
    .enumerate()
    {
        if how.has(e) {
            k |= 1 << i;
        }
    }
    k
}

fn describe(how: Expect) -> String {
    let mut parts = Vec::new();
    for (e, name) in [
        (Expect::MONEY, "MONEY"),
        (Expect::DATETIME, "DATETIME"),
        (Expect::DATE, "DATE"),
        (Expect::COUNT, "a number (a plural selector or NUMBER)"),
        (Expect::CHOICE, "a select key"),
    ] {
        if how.has(e) {
            parts.push(name);
        }
    }
    if parts.is_empty() {
        "plain text".into()
    } else {
        parts.join(" and ")
    }
}

/// Sample arguments for every variable of a message, looked up by name.
struct Samples(HashMap<String, Arg<'static>>);

impl Samples {
    fn new(facts: &Facts) -> Samples {
        let mut choice_keys: HashMap<&str, &str> = HashMap::new();
        for s in &facts.selects {
            if let (Some(var), Some(key)) = (&s.var, s.keys.first()) {
                choice_keys.entry(var.as_str()).or_insert(key.as_str());
            }
        }
        let mut args = HashMap::with_capacity(facts.vars.len());
        for (name, how) in &facts.vars {
            let key = choice_keys.get(name.as_str()).copied();
            args.insert(name.clone(), sample(name, *how, key));
        }
        Samples(args)
    }
}

impl ArgSource for Samples {
    fn arg(&self, name: &str) -> crate::error::Result<Option<Arg<'_>>> {
        Ok(self.0.get(name).map(|a| match a {
            Arg::Str(s) => Arg::Str(std::borrow::Cow::Borrowed(s.as_ref())),
            other => other.clone(),
        }))
    }
}

/// A sample value for a variable used as `how` (`choice`: the first key
/// of a select on it).
fn sample(name: &str, how: Expect, choice: Option<&str>) -> Arg<'static> {
    if how.has(Expect::MONEY) {
        Money::new(123_450, "EUR").map_or(Arg::Int(0), Arg::Money)
    } else if how.has(Expect::DATETIME) {
        Arg::Instant(
            Utc.with_ymd_and_hms(2026, 3, 2, 14, 5, 0)
                .single()
                .unwrap_or_default(),
        )
    } else if how.has(Expect::DATE) {
        NaiveDate::from_ymd_opt(2026, 3, 2).map_or(Arg::Int(0), Arg::Date)
    } else if how.has(Expect::COUNT) {
        Arg::Int(3)
    } else if how.has(Expect::CHOICE) {
        Arg::Str(choice.unwrap_or("other").to_string().into())
    } else {
        Arg::Str(name.to_string().into())
    }
}

/// The line where each message (or term) starts in `source`: a line that
/// begins with an identifier followed by `=` (the first such line wins).
fn message_lines(source: &str) -> HashMap<&str, u32> {
    let mut starts = HashMap::new();
    for (n, line) in source.lines().enumerate() {
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(end);
        if !id.is_empty()
            && rest.trim_start().starts_with('=')
            && let Ok(n) = u32::try_from(n + 1)
        {
            starts.entry(id).or_insert(n);
        }
    }
    starts
}

/// The plural rules Fluent uses at runtime for `langid` (CLDR 37, English
/// for a language it does not know).
fn runtime_rules(langid: &LanguageIdentifier) -> Option<PluralRules> {
    let default: LanguageIdentifier = "en".parse().ok()?;
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = fluent_langneg::negotiate_languages(
        std::slice::from_ref(langid),
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let chosen = (*chosen.first()?).clone();
    PluralRules::create(chosen, PluralRuleType::CARDINAL).ok()
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The categories the runtime can select for `langid`, for whole numbers
/// and decimals, in CLDR order.
fn runtime_categories(langid: &LanguageIdentifier) -> Vec<&'static str> {
    let Some(rules) = runtime_rules(langid) else {
        return PLURAL_CATEGORIES.to_vec();
    };
    let mut found: HashSet<&'static str> = HashSet::new();
    let mut samples: Vec<String> = (0..=1000).map(|n| n.to_string()).collect();
    samples.extend((4..=9).map(|e| 10_u64.pow(e).to_string()));
    for i in 0..=30 {
        for frac in ["0", "1", "5", "25", "00", "50"] {
            samples.push(format!("{i}.{frac}"));
        }
    }
    for s in &samples {
        if let Ok(c) = rules.select(s.as_str()) {
            found.insert(category_name(c));
        }
    }
    PLURAL_CATEGORIES
        .iter()
        .copied()
        .filter(|c| found.contains(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::render::render_in;
    use super::*;

    #[test]
    fn runtime_plural_categories() {
        let cats = |t: &str| runtime_categories(&t.parse().unwrap());
        assert_eq!(cats("en"), ["one", "other"]);
        assert_eq!(cats("pl"), ["one", "few", "many", "other"]);
        assert_eq!(cats("cs"), ["one", "few", "many", "other"]);
        // CLDR 37 has no "many" for French yet.
        assert_eq!(cats("fr"), ["one", "other"]);
        // An unknown language gets English rules.
        assert_eq!(cats("tlh"), ["one", "other"]);
    }

    /// Every built-in message, formatted the way customers in other regions
    /// of its language see money and dates, reads without doubled
    /// punctuation: a time ending in `p.m.` before a full stop gave `p.m..`
    /// for es-MX.
    #[test]
    fn regional_formats_leave_no_doubled_punctuation() {
        let catalog = crate::reply::ReplyCatalog::builtin();
        let regions = [
            "en-US", "en-GB", "en-AU", "en-IN", "es-MX", "es-US", "es-AR", "pt-BR", "fr-CA",
            "fr-CH", "de-CH", "de-AT", "nl-BE", "sv-FI", "it-CH",
        ];
        let mut checked = 0;
        for entry in &catalog.inner.locales {
            for tag in regions
                .iter()
                .filter(|t| t.starts_with(&format!("{}-", entry.tag)))
            {
                let formats = LocaleFormats::get(&tag.parse().unwrap()).unwrap();
                for layer in [entry.formal.as_ref(), entry.informal.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    for key in &layer.order {
                        let args = Samples::new(&layer.infos[key].facts);
                        let options = RenderOptions::default();
                        let (text, _) =
                            render_in(entry, layer, key, &args, &options, Arc::clone(&formats))
                                .unwrap();
                        for bad in ["..", " .", " ,", ",.", "  "] {
                            let clean = text.replace("...", "");
                            assert!(!clean.contains(bad), "{tag} {key}: {bad:?} in {text:?}");
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 500, "{checked}");
    }

    #[test]
    fn lines_of_messages() {
        let lines = message_lines("# c\na = 1\nbb  = 2\n-term = t\na = again\n");
        assert_eq!(lines.get("bb"), Some(&3));
        assert_eq!(lines.get("a"), Some(&2));
        assert_eq!(lines.get("-term"), Some(&4));
        assert_eq!(message_lines("abc = 1\n").get("ab"), None);
    }
}
