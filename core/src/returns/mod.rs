//! Return decisions: the shop's policy over the statutory floors, refunds to
//! the cent, every decision cited.
//!
//! A shop states its policy once ([`ReturnPolicy`], from TOML or JSON); each
//! [`ReturnRequest`] gets a [`ReturnDecision`] from [`evaluate`]. The law of
//! the consumer's country (see [`law`]) is applied first: the EU's 14-day
//! withdrawal and 2-year guarantee with their national variants (DE, FR,
//! IT, ES, PT, NL), the UK, the US (and California), Australia,
//! Switzerland, Turkey and Brazil. The shop's policy applies where it is at
//! least as generous; where it is not, the decision says which rule of law
//! overrode which of its terms, and [`ReturnPolicy::audit`] lists those
//! places up front.
//!
//! ```
//! use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest, Resolution};
//! use chrono::{DateTime, Utc};
//!
//! let policy = ReturnPolicy::from_toml(r#"
//! [window]
//! days = 30
//! [exclusions]
//! categories = ["personalised"]
//! "#)?;
//! let request = ReturnRequest::from_json(r#"{
//!   "ordered_at": "2026-02-01T09:00:00Z",
//!   "delivered_at": "2026-02-03T12:00:00Z",
//!   "country": "PT", "reason": "defective",
//!   "items": [{"sku": "BL-9", "unit_price": {"minor": 8990, "currency": "EUR"}}]
//! }"#)?;
//! // Two and a half years later the shop's window is long closed, but the
//! // Portuguese legal guarantee runs for three years.
//! let now: DateTime<Utc> = "2028-08-10T10:00:00Z".parse().unwrap();
//! let decision = evaluate(&request, &policy, now)?;
//! let item = &decision.items[0];
//! assert!(item.eligible);
//! assert_eq!(item.resolutions[..2], [Resolution::Repair, Resolution::Replacement]);
//! assert_eq!(item.deadlines.guarantee_ends_on.unwrap().to_string(), "2029-02-03");
//! assert!(decision.codes().any(|c| c == "law.pt.dl84_2021.presumption"));
//! # Ok::<(), caredesk::Error>(())
//! ```

mod decision;
mod evaluate;
pub mod law;
mod phases;
mod policy;
mod refund;
mod request;
mod shop_rules;

pub use decision::{
    Deadlines, DecidedBy, DecisionMoney, ItemDecision, ItemMoney, Reason, ReasonKind, RefundTo,
    Regime, ReturnDecision, ReturnLabel,
};
pub use evaluate::{SHOP_RULES, evaluate, evaluate_many};
pub use law::{Floor, Rule};
pub use phases::MAX_CLOSED_RUN;
pub use policy::{
    AuditFinding, BUILTIN_REASONS, ConditionRules, Exclusions, Goodwill, LossOfValue,
    OutboundRefund, PolicyOverride, ReasonClass, Resolution, ResolutionRules, RestockingFee,
    ReturnPolicy, ReturnPolicyConfig, ReturnShipping, SeasonalExtension, ShippingMode, Window,
    WindowStart,
};
pub use request::{
    Condition, Defect, ItemKind, MAX_HOLIDAYS, OutboundShipping, PaymentMethod, ReturnItem,
    ReturnRequest, Seal,
};
