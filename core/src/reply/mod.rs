//! Replies in the customer's language: a Fluent catalog, locale negotiation,
//! formal and informal tone, and CLDR formatting of money and dates.
//!
//! [`ReplyCatalog`] holds the reply templates, written in
//! [Project Fluent](https://projectfluent.org/): 29 built-in messages for the
//! situations shops meet most, in 12 locales and two tones, with a shop's own
//! `.ftl` files layered on top. [`ReplyCatalog::render`] picks the locale from
//! what is known about the customer ([`LocaleRequest`]: profile locale,
//! detected language, `Accept-Language`), falls back along the chain
//! (`es-MX` → `es` → `en`), checks the [`Args`] against what the message uses,
//! and formats money, dates and instants with ICU4X by CLDR, instants in the
//! shop's time zone. [`lint`] checks a catalog the way a translator's tool
//! would, and renders every message.
//!
//! Templates call three functions, without options: `MONEY($amount)`,
//! `DATE($day)` and `DATETIME($instant)`; `NUMBER($n)` is there too. Plural
//! variants select on integer arguments by the locale's plural rules.
//!
//! ```
//! use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog, Tone};
//! use caredesk::Money;
//! use chrono::NaiveDate;
//!
//! let catalog = ReplyCatalog::builtin();
//! let customer = LocaleRequest::new().profile("it-IT");
//! let args = Args::new()
//!     .with("customer_name", "Giulia")
//!     .with("order_id", "A-1001")
//!     .with("refund_amount", Money::parse("1234.50", "EUR")?);
//! let reply = catalog.render("return-approved", &customer, &args, &RenderOptions::default())?;
//! assert!(reply.text.contains("1234,50\u{a0}€"));
//! assert_eq!(reply.locale_used, "it");
//! assert!(!reply.fallback_used);
//!
//! // English has no informal tone: the formal text answers, and says so.
//! let reply = catalog.render(
//!     "voucher-resent",
//!     &"en-US".into(),
//!     &Args::new()
//!         .with("customer_name", "Sam")
//!         .with("voucher_code", "SPRING-25")
//!         .with("valid_until", NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()),
//!     &RenderOptions::default().tone(Tone::Informal),
//! )?;
//! assert!(reply.text.contains("June 30, 2026"));
//! assert_eq!(reply.tone_used, Tone::Formal);
//! # Ok::<(), caredesk::Error>(())
//! ```

mod analyze;
mod args;
mod catalog;
mod currency;
mod format;
mod lint;
mod negotiate;
mod render;

pub use crate::instant::parse_zone;
pub use args::{Arg, ArgSource, Args};
pub use catalog::{MAX_NESTING, MAX_SOURCE_BYTES, ReplyCatalog};
pub use lint::{LintIssue, LintReport, Severity, lint, lint_sources};
pub use negotiate::{LocaleRequest, parse_accept_language};
pub use render::{
    Format, MissingPolicy, RENDER_ITEMS_PER_THREAD, RenderItem, RenderOptions, Reply, Tone,
};
