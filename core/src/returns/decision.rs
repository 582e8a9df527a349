//! The answer to a return request: per item and in total, every part explained.

use chrono::NaiveDate;
use serde::Serialize;

use super::law::Rule;
use super::policy::{ReasonClass, Resolution};
use crate::country::Country;
use crate::money::{Currency, Money};
use crate::string_enum::string_enum;

string_enum! {
    /// The legal basis on which an item may be returned.
    Regime, "regime" {
        /// The statutory change-of-mind right (EU/UK 14 days, BR 7 days, ...).
        StatutoryWithdrawal => "statutory_withdrawal",
        /// The statutory guarantee against defects.
        LegalGuarantee => "legal_guarantee",
        /// The shop's own policy, where the law gives no right.
        MerchantPolicy => "merchant_policy",
        /// The shop's grace period after its window.
        Goodwill => "goodwill",
    }
}

string_enum! {
    /// Whose terms produced an item's outcome.
    DecidedBy, "decided_by" {
        /// The law: it overrode at least one of the shop's terms, or it alone
        /// settles the question (a statutory exception, a period that ended).
        Law => "law",
        /// The shop's policy: it gives at least what the law requires, or the law
        /// requires nothing here.
        Shop => "shop",
    }
}

string_enum! {
    /// Where a reason comes from.
    ReasonKind, "kind" {
        /// A rule of law that applies.
        Law => "law",
        /// A term of the shop's policy that applies.
        Shop => "shop",
        /// A rule of law that overrode a term of the shop's policy.
        Override => "override",
    }
}

/// One step of the explanation: a stable code and plain text.
///
/// A mug printed with the consumer's name is clearly personalised, so the
/// German consumer has no right of withdrawal (CRD Art. 16(c)):
///
/// ```
/// use caredesk::returns::{evaluate, ReasonKind, ReturnPolicy, ReturnRequest};
///
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "DE", "reason": "unwanted",
///   "items": [{"sku": "MUG-NAME", "unit_price": {"minor": 1990, "currency": "EUR"},
///              "personalised": true}]}"#)?;
/// let d = evaluate(&request, &ReturnPolicy::default(), "2026-03-05T09:00:00Z".parse().unwrap())?;
/// let first = d.items[0].reasons[0];
/// assert_eq!(first.code, "law.eu.crd.art16.personalised");
/// assert_eq!(first.kind, ReasonKind::Law);
/// assert!(first.text.contains("clearly personalised"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// `law.eu.crd.art9`, `returns.window_expired`, ...
    pub code: &'static str,
    /// Law, shop, or the law overriding the shop.
    pub kind: ReasonKind,
    /// What it means for this request.
    pub text: &'static str,
}

impl Reason {
    pub(crate) fn law(rule: Rule) -> Self {
        Reason {
            code: rule.code,
            kind: ReasonKind::Law,
            text: rule.text,
        }
    }

    pub(crate) fn shop(rule: Rule) -> Self {
        Reason {
            code: rule.code,
            kind: ReasonKind::Shop,
            text: rule.text,
        }
    }

    pub(crate) fn overrides(code: &'static str, what: &'static str) -> Self {
        Reason {
            code,
            kind: ReasonKind::Override,
            text: what,
        }
    }
}

/// The dates that matter for an item, each the last day (inclusive) in the
/// consumer's time zone. `None` where nothing applies.
///
/// A German consumer's 14-day withdrawal period from delivery on Friday
/// 11 December 2026 would end on Christmas Day; 26 and 27 December are a
/// holiday and a Sunday, so it ends on Monday 28 December (Regulation
/// 1182/71, Art. 3(4)):
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
///
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-12-08T10:00:00Z",
///   "delivered_at": "2026-12-11T14:00:00Z", "country": "DE", "reason": "size_too_small",
///   "items": [{"sku": "BOOT-41", "unit_price": {"minor": 11900, "currency": "EUR"}}]}"#)?;
/// let d = evaluate(&request, &ReturnPolicy::default(), "2026-12-20T09:00:00Z".parse().unwrap())?;
/// let dates = d.items[0].deadlines;
/// assert_eq!(dates.withdrawal_ends_on.unwrap().to_string(), "2026-12-28");
/// assert_eq!(dates.guarantee_ends_on.unwrap().to_string(), "2028-12-11");
/// assert_eq!(dates.reject_by, None); // no short-term right to reject in Germany
/// assert!(d.codes().any(|c| c == "law.eu.reg1182_71.art3"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Deadlines {
    /// Last day to ask for the return (the end of the withdrawal period, the
    /// shop's window, or the guarantee). `None` with an unlimited window or
    /// a period that has not started.
    pub notify_by: Option<NaiveDate>,
    /// Last day of the statutory change-of-mind period, when the law gives
    /// one and it has started (`notify_by` is the later of this and the
    /// shop's window).
    pub withdrawal_ends_on: Option<NaiveDate>,
    /// Last day to send the item back, counted from the request.
    pub ship_back_by: Option<NaiveDate>,
    /// Last day for the shop to refund, counted from the request.
    pub refund_due_by: Option<NaiveDate>,
    /// Last day of an immediate right to reject a faulty item (UK 30 days, PT 30 days).
    pub reject_by: Option<NaiveDate>,
    /// Last day of the legal guarantee (or limitation period), when the law fixes one.
    pub guarantee_ends_on: Option<NaiveDate>,
    /// Last day on which a defect is presumed to have existed at delivery.
    pub presumption_ends_on: Option<NaiveDate>,
}

/// An item's money, all in the request's currency. For an eligible item
/// `price = refund + restocking_fee + loss_of_value` to the minor unit;
/// for an item that is not eligible, `refund` and the charges are zero.
///
/// A US consumer returns a 200.00 USD coat under a 15 % restocking fee (no
/// US law forbids it):
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"restocking_fee": {"bps": 1500}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "reason": "size_too_large",
///   "items": [{"sku": "COAT-L", "unit_price": {"minor": 20000, "currency": "USD"}}]}"#)?;
/// let d = evaluate(&request, &policy, "2026-05-20T15:00:00Z".parse().unwrap())?;
/// let m = d.items[0].money;
/// assert_eq!(m.restocking_fee.to_string(), "30.00 USD");
/// assert_eq!(m.refund.to_string(), "170.00 USD");
/// assert_eq!(m.price, m.refund.checked_add(&m.restocking_fee)?);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ItemMoney {
    /// Unit price times quantity.
    pub price: Money,
    /// What is credited for the item (money back, or its store-credit value
    /// before any bonus); zero when no money resolution is allowed.
    pub refund: Money,
    /// The shop's restocking fee charged (never on a statutory withdrawal or a fault).
    pub restocking_fee: Money,
    /// The deduction for loss of value (statutory withdrawal, informed consumer only).
    pub loss_of_value: Money,
    /// Extra credit if store credit is chosen (the policy's bonus).
    pub store_credit_bonus: Money,
}

/// The decision for one item.
///
/// An Italian consumer's coffee machine fails 18 months after delivery: the
/// shop's window is long closed, but the 2-year legal guarantee (Codice del
/// consumo, art. 133) runs, with repair or replacement first:
///
/// ```
/// use caredesk::returns::{evaluate, DecidedBy, ReasonClass, Regime, Resolution, ReturnPolicy, ReturnRequest};
///
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2025-03-06T10:00:00Z",
///   "delivered_at": "2025-03-10T11:00:00Z", "country": "IT", "reason": "defective",
///   "items": [{"sku": "ESP-7", "unit_price": {"minor": 24900, "currency": "EUR"}}]}"#)?;
/// let d = evaluate(&request, &ReturnPolicy::default(), "2026-09-15T09:00:00Z".parse().unwrap())?;
/// let item = &d.items[0];
/// assert_eq!((item.reason_class, item.regime), (ReasonClass::Fault, Some(Regime::LegalGuarantee)));
/// assert_eq!(item.decided_by, DecidedBy::Law);
/// assert_eq!(item.resolutions[..2], [Resolution::Repair, Resolution::Replacement]);
/// assert_eq!(item.deadlines.guarantee_ends_on.unwrap().to_string(), "2027-03-10");
/// // Past the 1-year presumption: the consumer must show the defect was there.
/// assert!(item.reasons.iter().any(|r| r.code == "law.it.ccons.art135"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemDecision {
    /// Position in the request's `items`.
    pub index: usize,
    /// The item's SKU.
    pub sku: String,
    /// Change of mind or fault, from the item's reason.
    pub reason_class: ReasonClass,
    /// Whether the item may be returned.
    pub eligible: bool,
    /// The legal basis, when eligible.
    pub regime: Option<Regime>,
    /// Whose terms produced this outcome.
    pub decided_by: DecidedBy,
    /// True when the law's answer turns on facts the engine cannot weigh
    /// (expected lifespan, major or minor failure, a disclaimed implied
    /// warranty): a person should check before refusing.
    pub review: bool,
    /// Resolutions allowed, in the order the law gives them, then the
    /// shop's own.
    pub resolutions: Vec<Resolution>,
    /// Dates.
    pub deadlines: Deadlines,
    /// Money.
    pub money: ItemMoney,
    /// Why, step by step.
    pub reasons: Vec<Reason>,
}

string_enum! {
    /// Who provides the return label.
    ReturnLabel, "return_label" {
        /// Nothing needs to be sent back.
        None => "none",
        /// The shop provides the label (free, or for the flat fee charged).
        Shop => "shop",
        /// The consumer sends the parcel at their own cost.
        Customer => "customer",
    }
}

string_enum! {
    /// Where a refund goes.
    RefundTo, "refund_to" {
        /// The means of payment used for the order.
        OriginalPayment => "original_payment",
        /// A bank transfer (the order was paid cash on delivery).
        BankTransfer => "bank_transfer",
        /// Store credit (the order was paid by gift card or store credit).
        StoreCredit => "store_credit",
    }
}

/// The request's money: `total = items_refund + outbound_shipping_refund -
/// return_shipping_charged`, to the minor unit.
///
/// A German consumer withdraws from a whole order within the 14 days: the
/// law adds the 4.90 EUR delivery, the shop deducts its announced 4.95 EUR
/// return fee:
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"return_shipping":
///   {"mode": "flat", "fee": {"minor": 495, "currency": "EUR"}}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "DE", "reason": "unwanted",
///   "whole_order": true, "outbound_shipping": {"paid": {"minor": 490, "currency": "EUR"}},
///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"}}]}"#)?;
/// let m = evaluate(&request, &policy, "2026-03-16T09:00:00Z".parse().unwrap())?.money;
/// assert_eq!(m.outbound_shipping_refund.to_string(), "4.90 EUR");
/// assert_eq!(m.return_shipping_charged.to_string(), "4.95 EUR");
/// assert_eq!(m.total.to_string(), "128.95 EUR");
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DecisionMoney {
    /// The sum of the eligible items' refunds.
    pub items_refund: Money,
    /// Outbound shipping refunded.
    pub outbound_shipping_refund: Money,
    /// The return shipping fee deducted.
    pub return_shipping_charged: Money,
    /// What the consumer gets back.
    pub total: Money,
    /// What the consumer would get as store credit, bonus included, when
    /// store credit is offered for at least one eligible item.
    pub store_credit_total: Option<Money>,
}

/// The decision on a return request.
///
/// Serializes to JSON for logs, the bindings and the shared test vectors;
/// dates are `YYYY-MM-DD`, money `{"minor", "currency"}`.
///
/// A UK consumer's kettle fails 16 days after delivery: within 30 days the
/// short-term right to reject (Consumer Rights Act 2015, s. 22) gives a full
/// refund first:
///
/// ```
/// use caredesk::returns::{evaluate, Resolution, ReturnPolicy, ReturnRequest};
///
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T10:00:00Z",
///   "delivered_at": "2026-05-04T12:00:00Z", "country": "GB", "reason": "defective",
///   "items": [{"sku": "KTL-1", "unit_price": {"minor": 3999, "currency": "GBP"}}]}"#)?;
/// let d = evaluate(&request, &ReturnPolicy::default(), "2026-05-20T09:00:00Z".parse().unwrap())?;
/// assert_eq!((d.floor, d.eligible), ("GB", true));
/// assert_eq!(d.items[0].resolutions[0], Resolution::Refund);
/// assert_eq!(d.items[0].deadlines.reject_by.unwrap().to_string(), "2026-06-03");
/// assert_eq!(d.money.total.to_string(), "39.99 GBP");
/// assert!(d.codes().any(|c| c == "law.uk.cra.s22"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReturnDecision {
    /// The consumer's country.
    pub country: Country,
    /// The consumer's region, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The statutory floor applied (`DE`, `EU`, `US-CA`, `none`).
    pub floor: &'static str,
    /// The day of the request in the consumer's time zone.
    pub requested_on: NaiveDate,
    /// The currency of every amount.
    pub currency: Currency,
    /// Whether at least one item may be returned.
    pub eligible: bool,
    /// Per item, in request order.
    pub items: Vec<ItemDecision>,
    /// Totals.
    pub money: DecisionMoney,
    /// Who provides the return label.
    pub return_label: ReturnLabel,
    /// Where a money refund goes.
    pub refund_to: RefundTo,
    /// Reasons about the request as a whole (shipping, refund route).
    pub reasons: Vec<Reason>,
}

impl ReturnDecision {
    /// The decision as JSON text.
    ///
    /// ```
    /// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
    ///
    /// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
    ///   "delivered_at": "2026-03-03T14:00:00Z", "country": "DE", "reason": "unwanted",
    ///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"}}]}"#)?;
    /// let d = evaluate(&request, &ReturnPolicy::default(), "2026-03-16T09:00:00Z".parse().unwrap())?;
    /// let json: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
    /// assert_eq!(json["floor"], "DE");
    /// assert_eq!(json["items"][0]["regime"], "statutory_withdrawal");
    /// assert_eq!(json["items"][0]["deadlines"]["withdrawal_ends_on"], "2026-03-17");
    /// assert_eq!(json["money"]["total"]["minor"], 12900);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Every field serializes infallibly (strings, numbers, dates).
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Every reason code in the decision, request-level first.
    ///
    /// A personalised mug in Germany: the law's exception first, then the
    /// shop's own exclusion of the same item.
    ///
    /// ```
    /// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
    ///
    /// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
    ///   "delivered_at": "2026-03-03T14:00:00Z", "country": "DE", "reason": "unwanted",
    ///   "items": [{"sku": "MUG-NAME", "unit_price": {"minor": 1990, "currency": "EUR"},
    ///              "personalised": true}]}"#)?;
    /// let d = evaluate(&request, &ReturnPolicy::default(), "2026-03-05T09:00:00Z".parse().unwrap())?;
    /// let codes: Vec<&str> = d.codes().collect();
    /// assert_eq!(codes, ["law.eu.crd.art16.personalised", "returns.excluded.statutory_exception"]);
    /// assert!(!d.eligible);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.reasons
            .iter()
            .chain(self.items.iter().flat_map(|i| i.reasons.iter()))
            .map(|r| r.code)
    }
}

fn name<T: Serialize>(v: &T) -> String {
    // Unit enums serialize to a plain JSON string.
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

impl std::fmt::Display for ReturnDecision {
    /// A plain-text account for logs and agents: one block per item with its
    /// outcome, dates, money and reasons, then the totals.
    ///
    /// ```
    /// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
    ///
    /// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T10:00:00Z",
    ///   "delivered_at": "2026-05-03T10:00:00Z", "country": "AU", "reason": "unwanted",
    ///   "items": [{"sku": "MUG", "unit_price": {"minor": 1500, "currency": "AUD"}}]}"#)?;
    /// let d = evaluate(&request, &ReturnPolicy::default(), "2026-05-10T00:00:00Z".parse().unwrap())?;
    /// let text = d.to_string();
    /// assert!(text.starts_with("AU, floor AU, requested 2026-05-10: eligible"));
    /// assert!(text.contains("total 15.00 AUD"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.country)?;
        if let Some(r) = &self.region {
            write!(f, " ({r})")?;
        }
        writeln!(
            f,
            ", floor {}, requested {}: {}",
            self.floor,
            self.requested_on,
            if self.eligible {
                "eligible"
            } else {
                "not eligible"
            }
        )?;
        for it in &self.items {
            write!(
                f,
                "  [{}] {} ({}): {}",
                it.index,
                it.sku,
                name(&it.reason_class),
                if it.eligible {
                    "eligible"
                } else {
                    "not eligible"
                }
            )?;
            if let Some(r) = it.regime {
                write!(f, " under {}", name(&r))?;
            }
            write!(f, ", decided by {}", name(&it.decided_by))?;
            if it.review {
                write!(f, ", review")?;
            }
            writeln!(f)?;
            if !it.resolutions.is_empty() {
                let list: Vec<String> = it.resolutions.iter().map(name).collect();
                writeln!(f, "      resolutions: {}", list.join(", "))?;
            }
            let d = &it.deadlines;
            let dates: Vec<String> = [
                ("notify by", d.notify_by),
                ("withdrawal ends", d.withdrawal_ends_on),
                ("ship back by", d.ship_back_by),
                ("refund due by", d.refund_due_by),
                ("reject by", d.reject_by),
                ("guarantee ends", d.guarantee_ends_on),
                ("presumption ends", d.presumption_ends_on),
            ]
            .iter()
            .filter_map(|(label, date)| date.map(|x| format!("{label} {x}")))
            .collect();
            if !dates.is_empty() {
                writeln!(f, "      {}", dates.join("; "))?;
            }
            let m = &it.money;
            write!(f, "      price {}, refund {}", m.price, m.refund)?;
            if !m.restocking_fee.is_zero() {
                write!(f, ", restocking fee {}", m.restocking_fee)?;
            }
            if !m.loss_of_value.is_zero() {
                write!(f, ", loss of value {}", m.loss_of_value)?;
            }
            if !m.store_credit_bonus.is_zero() {
                write!(f, ", store-credit bonus {}", m.store_credit_bonus)?;
            }
            writeln!(f)?;
            for r in &it.reasons {
                writeln!(f, "      {:<8} {}: {}", name(&r.kind), r.code, r.text)?;
            }
        }
        let m = &self.money;
        write!(
            f,
            "  total {} = items {} + outbound shipping {} - return shipping {}",
            m.total, m.items_refund, m.outbound_shipping_refund, m.return_shipping_charged
        )?;
        if let Some(sc) = m.store_credit_total {
            write!(f, " (as store credit {sc})")?;
        }
        writeln!(
            f,
            "; label: {}; refund to: {}",
            name(&self.return_label),
            name(&self.refund_to)
        )?;
        for r in &self.reasons {
            writeln!(f, "  {:<8} {}: {}", name(&r.kind), r.code, r.text)?;
        }
        Ok(())
    }
}
