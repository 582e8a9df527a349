//! The engine: statutory floor first, then the shop's policy, then the two
//! merged so that the consumer gets at least what the law gives.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc, Weekday};

use super::decision::{
    Deadlines, DecidedBy, DecisionMoney, ItemDecision, ItemMoney, Reason, RefundTo, Regime,
    ReturnDecision, ReturnLabel,
};
use super::law::{self, Exception, Floor, GuaranteeLaw, Period, Rule, Scheme, WithdrawalLaw};
use super::policy::{
    OutboundRefund, ReasonClass, Resolution, ReturnPolicy, ShippingMode, Terms, WindowStart,
};
use super::refund;
use super::request::{Condition, Defect, ItemKind, PaymentMethod, ReturnItem, ReturnRequest, Seal};
use crate::country::{Country, check_region, default_zone};
use crate::error::{Error, Result};
use crate::money::{Currency, Money};

macro_rules! shop_rules {
    ($( $name:ident = $code:literal, $source:literal, $text:literal; )*) => {
        $( pub(crate) const $name: Rule = Rule { code: $code, source: $source, text: $text }; )*
        /// Every code the engine cites for the shop's own terms.
        pub static SHOP_RULES: &[Rule] = &[ $( $name ),* ];
    };
}

shop_rules! {
    WINDOW_OPEN = "returns.window_open", "policy: window",
        "Within the shop's return window.";
    WINDOW_EXPIRED = "returns.window_expired", "policy: window",
        "The shop's return window has ended.";
    WINDOW_UNLIMITED = "returns.window_unlimited", "policy: window.unlimited",
        "The shop takes returns without a time limit.";
    WINDOW_NOT_STARTED = "returns.window_not_started", "policy: window.from",
        "The shop's window has not started yet: the item has not shipped or arrived.";
    SEASONAL = "returns.seasonal_extension", "policy: seasonal",
        "A seasonal extension of the shop's window applies to this order.";
    GOODWILL = "returns.goodwill", "policy: goodwill",
        "Past the shop's window, within its goodwill period.";
    EXCL_FINAL_SALE = "returns.excluded.final_sale", "policy: exclusions.final_sale",
        "Sold as final sale: excluded by the shop's policy.";
    EXCL_SKU = "returns.excluded.sku", "policy: exclusions.skus",
        "This SKU is excluded by the shop's policy.";
    EXCL_CATEGORY = "returns.excluded.category", "policy: exclusions.categories",
        "This category is excluded by the shop's policy.";
    EXCL_TAG = "returns.excluded.tag", "policy: exclusions.tags",
        "An item with this tag is excluded by the shop's policy.";
    EXCL_STATUTORY = "returns.excluded.statutory_exception", "policy: exclusions.statutory_exceptions",
        "A kind of item the law exempts from withdrawal (personalised, perishable, unsealed hygiene or media, ...): excluded by the shop's policy.";
    CONDITION = "returns.condition_not_accepted", "policy: condition.accepted",
        "The shop's policy does not take items back in this condition.";
    PACKAGING = "returns.original_packaging_required", "policy: condition.original_packaging",
        "The shop's policy requires the original packaging.";
    RESTOCKING = "returns.restocking_fee", "policy: restocking_fee",
        "The shop's restocking fee applies.";
    KEEP_ITEM = "returns.keep_item", "policy: keep_item_below",
        "Below the shop's keep-the-item threshold: refunded without sending it back.";
    SHIPPING_FEE = "returns.return_shipping_fee", "policy: return_shipping",
        "The shop's return shipping fee is deducted from the refund.";
    CUSTOMER_LABEL = "returns.customer_label", "policy: return_shipping",
        "The consumer sends the parcel back at their own cost.";
    FAULT_FREE = "returns.fault_return_free", "policy: return_shipping",
        "A fault return is at the shop's cost.";
    OUTBOUND = "returns.outbound_refund", "policy: refund_outbound_shipping",
        "The shop refunds the outbound shipping.";
    BONUS = "returns.store_credit_bonus", "policy: store_credit_bonus_bps",
        "Store credit carries the shop's bonus.";
    TO_BANK = "returns.refund_to.bank_transfer", "request: payment_method",
        "Paid cash on delivery: refunded by bank transfer.";
    TO_CREDIT = "returns.refund_to.store_credit", "request: payment_method",
        "Paid by gift card or store credit: refunded as store credit.";
    CREDIT_ONLY = "returns.store_credit_only", "policy: resolutions",
        "The shop offers store credit, not money back, for this return.";
}

const OV_WINDOW: &str = "The shop's window does not limit this statutory right.";
const OV_EXCLUSION: &str = "The shop's exclusion does not apply against this statutory right.";
const OV_CONDITION: &str =
    "The shop's condition requirement does not apply against this statutory right.";
const OV_PACKAGING: &str =
    "The shop's packaging requirement does not apply against this statutory right.";
const OV_FEE: &str = "The shop's restocking fee is not charged.";
const OV_SHIPPING: &str = "The return shipping is at the shop's cost, whatever its policy says.";
const OV_RESOLUTIONS: &str = "Adds the resolutions the law gives to those the shop offers.";
const OV_DEADLINE: &str = "The statutory period ends later than the shop's window.";
const OV_SHIP_BACK: &str =
    "The consumer has longer to send the item back than the shop's terms say.";
const OV_REFUND_DUE: &str = "The law requires the refund sooner than the shop's terms say.";
const OV_OUTBOUND: &str = "The outbound delivery is refunded as the law requires.";

/// Decides many requests under one policy at the same `now`, as a job working
/// through a returns queue does: one result per request, in order; a request
/// that fails does not stop the others.
pub fn evaluate_many<'a, I>(
    requests: I,
    policy: &ReturnPolicy,
    now: DateTime<Utc>,
) -> Vec<Result<ReturnDecision>>
where
    I: IntoIterator<Item = &'a ReturnRequest>,
{
    requests
        .into_iter()
        .map(|r| evaluate(r, policy, now))
        .collect()
}

/// Decides a return request under `policy` and the law of the consumer's
/// country, as of `now` (the request's day, unless it gives `requested_at`).
///
/// The statutory floor is applied first, then the shop's policy; each item's
/// outcome is the more generous of the two, component by component (window,
/// resolutions, fees, shipping, deadlines), and says whose terms decided and
/// where the law overrode the shop. Pure: no clock, no I/O.
///
/// ```
/// use caredesk::returns::{evaluate, Regime, DecidedBy, ReturnPolicy, ReturnRequest};
/// use chrono::{DateTime, Utc};
///
/// // A shop with a 30-day window and a 10 % restocking fee.
/// let policy = ReturnPolicy::from_json(r#"{"restocking_fee": {"bps": 1000}}"#)?;
/// // A German consumer returns opened headphones 13 days after delivery.
/// let request = ReturnRequest::from_json(r#"{
///   "ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z",
///   "country": "DE", "reason": "unwanted",
///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"}, "condition": "opened"}]
/// }"#)?;
/// let now: DateTime<Utc> = "2026-03-16T09:00:00Z".parse().unwrap();
/// let d = evaluate(&request, &policy, now)?;
/// let item = &d.items[0];
/// assert!(item.eligible);
/// assert_eq!(item.regime, Some(Regime::StatutoryWithdrawal));
/// assert_eq!(item.decided_by, DecidedBy::Law); // the law waived the fee
/// assert!(item.money.restocking_fee.is_zero());
/// assert_eq!(d.money.total.to_string(), "129.00 EUR");
/// // The shop's 30 days outlast the statutory 14, so they set the last day to ask.
/// assert_eq!(item.deadlines.notify_by.unwrap().to_string(), "2026-04-02");
/// assert!(d.codes().any(|c| c == "law.eu.crd.art14.no_other_costs"));
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// `returns.unknown_country` (country or region), `returns.unknown_reason`,
/// `returns.before_order` (a shipment or delivery before the order),
/// `returns.after_request` (an order, shipment or delivery after the
/// request), `returns.fee_exceeds_price` (a fee charged, or an assessed loss
/// of value, above the price it is taken from; a return fee above the
/// refund), `money.currency_mismatch` (items, shipping or the policy's
/// amounts in different currencies), `input.invalid` (no items, an empty
/// SKU, zero quantity, a fault claim without a delivery date),
/// `input.unknown_value` (an unknown zone). Each names the field.
pub fn evaluate(
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    now: DateTime<Utc>,
) -> Result<ReturnDecision> {
    let cx = Context::new(request, policy, now)?;
    let mut items = Vec::with_capacity(request.items.len());
    // One parcel for everything sent back: whether there is one, and whether
    // any item in it makes it free.
    let mut parcel = Shipping {
        free: false,
        ships_back: false,
    };
    for i in 0..request.items.len() {
        let (item, s) = cx.item(i)?;
        items.push(item);
        if s.ships_back {
            parcel.ships_back = true;
            parcel.free |= s.free;
        }
    }
    cx.finish(items, parcel)
}

/// A period's last day, or no limit, or not started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limit {
    /// No period at all (an exception or exclusion refuses outright).
    Never,
    Until(NaiveDate),
    /// Not started yet (nothing delivered): open for now, end unknown.
    NotStarted,
    Unlimited,
}

impl Limit {
    fn rank(self) -> (u8, NaiveDate) {
        match self {
            Limit::Never => (0, NaiveDate::MIN),
            Limit::Until(d) => (1, d),
            Limit::NotStarted | Limit::Unlimited => (2, NaiveDate::MIN),
        }
    }
    fn date(self) -> Option<NaiveDate> {
        match self {
            Limit::Until(d) => Some(d),
            _ => None,
        }
    }
}

/// Why the shop said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Window,
    Exclusion,
    Condition,
    Packaging,
}

/// How an item travels back.
#[derive(Debug, Clone, Copy)]
struct Shipping {
    /// The return cost is the shop's.
    free: bool,
    /// The item has to be sent back.
    ships_back: bool,
}

/// One side's offer for an item.
#[derive(Debug, Clone)]
struct Offer {
    eligible: bool,
    regime: Regime,
    resolutions: &'static [Resolution],
    notify_by: Limit,
    ship_back_by: Option<NaiveDate>,
    refund_due_by: Option<NaiveDate>,
    /// The return cost is the shop's (law: must be; shop: its terms).
    return_free: bool,
    loss: Money,
}

struct LawSide {
    offer: Option<Offer>,
    /// The law gives a right of this kind in this country.
    applicable: bool,
    /// Refused by a statutory exception.
    exception: bool,
    review: bool,
    /// The rules to cite when overriding the shop, by term.
    rule_window: Option<&'static str>,
    rule_fee: Option<&'static str>,
    rule_shipping: Option<&'static str>,
    rule_condition: Option<&'static str>,
    rule_packaging: Option<&'static str>,
    rule_ship_back: Option<&'static str>,
    rule_refund: Option<&'static str>,
}

struct ShopSide {
    offer: Offer,
    refusal: Option<Refusal>,
    resolutions: Resolutions,
    keep_item: bool,
    fee: Money,
    fee_over: bool,
    /// The shop's shipping terms would make this return free.
    terms_free: bool,
}

/// A short ordered set of resolutions, kept on the stack (there are only
/// seven kinds; repeats in a policy's list are dropped).
#[derive(Debug, Clone, Copy, Default)]
struct Resolutions {
    items: [Option<Resolution>; 7],
    len: usize,
}

impl Resolutions {
    fn push(&mut self, r: Resolution) {
        if !self.contains(&r) && self.len < self.items.len() {
            self.items[self.len] = Some(r);
            self.len += 1;
        }
    }
    fn contains(&self, r: &Resolution) -> bool {
        self.iter().any(|x| x == r)
    }
    fn iter(&self) -> impl Iterator<Item = &Resolution> {
        self.items[..self.len].iter().flatten()
    }
}

impl Extend<Resolution> for Resolutions {
    fn extend<I: IntoIterator<Item = Resolution>>(&mut self, iter: I) {
        for r in iter {
            self.push(r);
        }
    }
}

/// What is known of an item once the request is checked.
struct Facts<'a> {
    reason: &'a str,
    class: ReasonClass,
    delivered: Option<NaiveDate>,
    shipped: Option<NaiveDate>,
}

struct Context<'a> {
    request: &'a ReturnRequest,
    terms: &'a Terms,
    floor: &'static Floor,
    country: Country,
    currency: Currency,
    /// Per item: its reason and the local days it shipped and arrived.
    facts: Vec<Facts<'a>>,
    /// Recent `date + months` results: items of one order share dates.
    months_memo: std::cell::Cell<[(NaiveDate, u32, NaiveDate); 4]>,
    requested_on: NaiveDate,
    ordered_on: NaiveDate,
    /// The statutory withdrawal start: the last (or first, for regular
    /// delivery) delivery day; `None` when the order has not all arrived.
    withdrawal_start: Option<NaiveDate>,
    split_delivery: bool,
}

const WITHDRAWAL_REFUND: &[Resolution] = &[Resolution::Refund];
const EU_REMEDIES: &[Resolution] = &[
    Resolution::Repair,
    Resolution::Replacement,
    Resolution::PriceReduction,
    Resolution::Refund,
];
const EU_MINOR: &[Resolution] = &[
    Resolution::Repair,
    Resolution::Replacement,
    Resolution::PriceReduction,
];
const REJECT_FIRST_PT: &[Resolution] = &[
    Resolution::Replacement,
    Resolution::Refund,
    Resolution::Repair,
    Resolution::PriceReduction,
];
const REJECT_FIRST_UK: &[Resolution] = &[
    Resolution::Refund,
    Resolution::Repair,
    Resolution::Replacement,
    Resolution::PriceReduction,
];
const AU_MAJOR: &[Resolution] = &[Resolution::Refund, Resolution::Replacement];
const AU_OTHER: &[Resolution] = &[
    Resolution::Repair,
    Resolution::Replacement,
    Resolution::Refund,
];
const CH_REMEDIES: &[Resolution] = &[
    Resolution::Refund,
    Resolution::PriceReduction,
    Resolution::Replacement,
];
const TR_REMEDIES: &[Resolution] = &[
    Resolution::Refund,
    Resolution::PriceReduction,
    Resolution::Repair,
    Resolution::Replacement,
];
const BR_REMEDIES: &[Resolution] = &[
    Resolution::Repair,
    Resolution::Replacement,
    Resolution::Refund,
    Resolution::PriceReduction,
];
const MISSING: &[Resolution] = &[Resolution::Replacement, Resolution::Refund];

fn add_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

/// Regulation 1182/71 Art. 3(4): a period ending on a Saturday, Sunday or
/// public holiday ends on the next working day.
fn roll_to_working_day(mut d: NaiveDate, holidays: &[NaiveDate]) -> (NaiveDate, bool) {
    let start = d;
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) || holidays.contains(&d) {
        d = add_days(d, 1);
    }
    (d, d != start)
}

fn exception_applies(e: Exception, item: &ReturnItem) -> bool {
    match e {
        Exception::Personalised => item.personalised,
        Exception::Perishable => item.kind == ItemKind::Perishable,
        Exception::SealedHygiene => item.seal == Seal::Hygiene && item.unsealed,
        Exception::SealedMedia => item.seal == Seal::Media && item.unsealed,
        Exception::Mixed => item.mixed_after_delivery,
        Exception::Newspaper => item.kind == ItemKind::Newspaper,
        Exception::Financial => item.kind == ItemKind::MarketPriced,
        Exception::Digital => item.kind == ItemKind::DigitalStarted,
        Exception::CaExempt => {
            item.final_sale
                || matches!(item.condition, Condition::Used | Condition::Damaged)
                || !item.original_packaging
        }
    }
}

const STATUTORY_EXCEPTIONS: [Exception; 8] = [
    Exception::Personalised,
    Exception::Perishable,
    Exception::SealedHygiene,
    Exception::SealedMedia,
    Exception::Mixed,
    Exception::Newspaper,
    Exception::Financial,
    Exception::Digital,
];

/// Currency equality, by the code's address first (codes come from one table).
fn same_currency(a: Currency, b: Currency) -> bool {
    std::ptr::eq(a.code(), b.code()) || a == b
}

fn overflow() -> Error {
    Error::MoneyOverflow {
        field: "items_refund".into(),
    }
}

fn contains_ci(list: &[String], value: &str) -> bool {
    list.iter().any(|v| v.eq_ignore_ascii_case(value))
}

impl<'a> Context<'a> {
    fn new(
        request: &'a ReturnRequest,
        policy: &'a ReturnPolicy,
        now: DateTime<Utc>,
    ) -> Result<Self> {
        request.check_shape()?;
        let country = Country::parse(&request.country)?;
        if let Some(r) = &request.region {
            check_region(country, r, "region")?;
        }
        let region = request.region.as_deref();
        let zone = match &request.zone {
            Some(z) => crate::instant::parse_zone(z, "zone")?,
            None => default_zone(country, region),
        };
        let requested_at = request.requested_at.unwrap_or(now);
        if requested_at > now {
            return Err(Error::invalid(
                "requested_at",
                format!("{requested_at} is after now ({now})"),
            ));
        }
        let ordered_at = request.ordered_at;
        let after = |field: String, at: DateTime<Utc>| Error::ReturnsAfterRequest {
            field,
            at,
            requested_at,
        };
        if ordered_at > requested_at {
            return Err(after("ordered_at".into(), ordered_at));
        }
        let check = |field: &dyn Fn() -> String, at: Option<DateTime<Utc>>| -> Result<()> {
            if let Some(at) = at {
                if at < ordered_at {
                    return Err(Error::ReturnsBeforeOrder {
                        field: field(),
                        at,
                        ordered_at,
                    });
                }
                if at > requested_at {
                    return Err(after(field(), at));
                }
            }
            Ok(())
        };
        check(&|| "shipped_at".into(), request.shipped_at)?;
        check(&|| "delivered_at".into(), request.delivered_at)?;
        check(&|| "last_delivery_at".into(), request.last_delivery_at)?;
        let currency = request.items[0].unit_price.currency();
        let same = |m: Money, field: &dyn Fn() -> String| -> Result<()> {
            if same_currency(m.currency(), currency) {
                Ok(())
            } else {
                Err(Error::CurrencyMismatch {
                    field: field(),
                    left: currency.code().into(),
                    right: m.currency().code().into(),
                })
            }
        };
        let local = |t: DateTime<Utc>| t.with_timezone(&zone).date_naive();
        let order_delivered = request.delivered_at.map(local);
        let order_shipped = request.shipped_at.map(local);
        let mut facts = Vec::with_capacity(request.items.len());
        for (i, item) in request.items.iter().enumerate() {
            check(&|| format!("items[{i}].shipped_at"), item.shipped_at)?;
            check(&|| format!("items[{i}].delivered_at"), item.delivered_at)?;
            let shipped = item.shipped_at.or(request.shipped_at);
            let delivered = item.delivered_at.or(request.delivered_at);
            if let (Some(s), Some(d)) = (shipped, delivered)
                && d < s
            {
                let field = if item.delivered_at.is_some() {
                    format!("items[{i}].delivered_at")
                } else {
                    "delivered_at".into()
                };
                return Err(Error::invalid(
                    field,
                    format!("{d} is before the shipment at {s}"),
                ));
            }
            same(item.unit_price, &|| format!("items[{i}].unit_price"))?;
            let price = request.line_price(i)?;
            if let Some(lv) = item.loss_of_value {
                same(lv, &|| format!("items[{i}].loss_of_value"))?;
                if lv.minor() > price.minor() {
                    return Err(Error::ReturnsFeeExceedsPrice {
                        field: format!("items[{i}].loss_of_value"),
                        fee: lv.to_string(),
                        price: price.to_string(),
                    });
                }
            }
            let (field, reason) = match &item.reason {
                Some(r) => (format!("items[{i}].reason"), r.as_str()),
                None => ("reason".to_string(), request.reason.as_str()),
            };
            let class = policy
                .reason_class(reason)
                .ok_or_else(|| Error::ReturnsUnknownReason {
                    field,
                    reason: reason.to_string(),
                    expected: policy.reason_list(),
                })?;
            if class == ReasonClass::Fault && reason != "missing_item" && delivered.is_none() {
                return Err(Error::invalid(
                    format!("items[{i}].delivered_at"),
                    format!("a {reason} claim needs the delivery date (delivered_at)"),
                ));
            }
            facts.push(Facts {
                reason,
                class,
                delivered: item.delivered_at.map(local).or(order_delivered),
                shipped: item.shipped_at.map(local).or(order_shipped),
            });
        }
        if item_reason_unused(request) {
            // The request-level reason is still checked when every item gives its own.
            policy
                .reason_class(&request.reason)
                .ok_or_else(|| Error::ReturnsUnknownReason {
                    field: "reason".into(),
                    reason: request.reason.clone(),
                    expected: policy.reason_list(),
                })?;
        }
        if let Some(o) = &request.outbound_shipping {
            same(o.paid, &|| "outbound_shipping.paid".into())?;
            if let Some(c) = o.cheapest_standard {
                same(c, &|| "outbound_shipping.cheapest_standard".into())?;
            }
        }
        let terms = policy.terms(country, region);
        if let Some(rf) = &terms.restocking {
            if let Some(f) = rf.flat {
                same(f, &|| terms.path("restocking_fee", "flat"))?;
            }
            if let Some(c) = rf.cap {
                same(c, &|| terms.path("restocking_fee", "cap"))?;
            }
        }
        if let Some(f) = terms.shipping.fee {
            same(f, &|| terms.path("return_shipping", "fee"))?;
        }
        if let Some(k) = terms.keep_below {
            same(k, &|| terms.path("keep_item_below", ""))?;
        }

        let mut all_delivered = true;
        let mut first: Option<NaiveDate> = None;
        let mut last: Option<NaiveDate> = None;
        let days = facts
            .iter()
            .map(|f| f.delivered)
            .chain(request.last_delivery_at.map(|t| Some(local(t))));
        for d in days {
            match d {
                Some(day) => {
                    first = Some(first.map_or(day, |f| f.min(day)));
                    last = Some(last.map_or(day, |l| l.max(day)));
                }
                None => all_delivered = false,
            }
        }
        let withdrawal_start = if request.regular_delivery {
            first
        } else if all_delivered {
            last
        } else {
            None
        };
        Ok(Context {
            request,
            terms,
            floor: law::floor_for(country, region),
            country,
            currency,
            facts,
            months_memo: std::cell::Cell::new([(NaiveDate::MIN, 0, NaiveDate::MIN); 4]),
            requested_on: local(requested_at),
            ordered_on: local(ordered_at),
            withdrawal_start,
            split_delivery: first != last,
        })
    }

    /// `d + n months`, remembered (chrono's month arithmetic is not cheap).
    fn months_after(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut memo = self.months_memo.get();
        if let Some((_, _, r)) = memo.iter().find(|(a, m, _)| *a == d && *m == n) {
            return *r;
        }
        let r = add_months(d, n);
        memo.rotate_right(1);
        memo[0] = (d, n, r);
        self.months_memo.set(memo);
        r
    }

    fn reason_of(&self, i: usize) -> (&'a str, ReasonClass) {
        (self.facts[i].reason, self.facts[i].class)
    }

    fn delivered_on(&self, i: usize) -> Option<NaiveDate> {
        self.facts[i].delivered
    }

    fn shipped_on(&self, i: usize) -> Option<NaiveDate> {
        self.facts[i].shipped
    }

    fn eu_roll(&self, d: NaiveDate, w: &WithdrawalLaw, reasons: &mut Vec<Reason>) -> NaiveDate {
        if !w.eu_days {
            return d;
        }
        let (rolled, moved) = roll_to_working_day(d, &self.request.holidays);
        if moved
            && !reasons
                .iter()
                .any(|r| std::ptr::eq(r.code, law::EU_DAYS.code))
        {
            reasons.push(Reason::law(law::EU_DAYS));
        }
        rolled
    }

    /// The statutory change-of-mind side.
    fn law_withdrawal(&self, i: usize, price: Money, reasons: &mut Vec<Reason>) -> Result<LawSide> {
        let item = &self.request.items[i];
        let mut side = LawSide {
            offer: None,
            applicable: false,
            exception: false,
            review: false,
            rule_window: None,
            rule_fee: None,
            rule_shipping: None,
            rule_condition: None,
            rule_packaging: None,
            rule_ship_back: None,
            rule_refund: None,
        };
        let Some(w) = self.floor.withdrawal else {
            reasons.push(Reason::law(self.floor.no_withdrawal));
            return Ok(side);
        };
        if w.only_if_unposted {
            if self.terms.posted {
                reasons.push(Reason::law(law::CA_POSTED));
                return Ok(side);
            }
            if self.meets_common_expectation(item) {
                reasons.push(Reason::law(law::US_NONE));
                return Ok(side);
            }
        }
        side.applicable = true;
        side.rule_window = Some(w.open.code);
        side.rule_fee = Some(w.no_costs.code);
        side.rule_condition = Some(w.loss.unwrap_or(w.open).code);
        side.rule_packaging = Some(w.packaging.unwrap_or(w.open).code);
        side.rule_ship_back = w.ship_back.map(|r| r.code);
        side.rule_refund = w.refund.map(|r| r.code);
        let refused = |notify_by| Offer {
            eligible: false,
            regime: Regime::StatutoryWithdrawal,
            resolutions: &[],
            notify_by,
            ship_back_by: None,
            refund_due_by: None,
            return_free: false,
            loss: Money::zero(self.currency),
        };
        if let Some((_, rule)) = w
            .exceptions
            .iter()
            .find(|(e, _)| exception_applies(*e, item))
        {
            reasons.push(Reason::law(*rule));
            side.exception = true;
            side.offer = Some(refused(Limit::Never));
            return Ok(side);
        }
        let start = if w.from_purchase {
            Some(self.ordered_on)
        } else {
            self.withdrawal_start
        };
        let informed = self.request.informed_of_withdrawal;
        let notify_by = match start {
            None => {
                if let Some(r) = w.before_delivery {
                    reasons.push(Reason::law(r));
                }
                Limit::NotStarted
            }
            Some(s) => {
                if !w.from_purchase {
                    if self.request.regular_delivery {
                        if let Some(r) = w.regular {
                            reasons.push(Reason::law(r));
                        }
                    } else if self.split_delivery
                        && let Some(r) = w.last_item
                    {
                        reasons.push(Reason::law(r));
                    }
                }
                let mut end = add_days(s, w.days);
                if !informed && w.not_informed_months > 0 {
                    end = add_months(end, w.not_informed_months);
                    if let Some(r) = w.not_informed {
                        reasons.push(Reason::law(r));
                    }
                }
                Limit::Until(self.eu_roll(end, w, reasons))
            }
        };
        let eligible = match notify_by {
            Limit::Until(d) => self.requested_on <= d,
            _ => true,
        };
        if !eligible {
            reasons.push(Reason::law(w.expired));
            side.offer = Some(refused(notify_by));
            return Ok(side);
        }
        reasons.push(Reason::law(w.open));
        let ship_back_by = w
            .ship_back_days
            .map(|d| self.eu_roll(add_days(self.requested_on, d), w, reasons));
        let refund_due_by = w
            .refund_days
            .map(|d| self.eu_roll(add_days(self.requested_on, d), w, reasons));
        if let Some(r) = w.refund
            && !std::ptr::eq(r.code, w.open.code)
        {
            reasons.push(Reason::law(r));
        }
        if let Some(r) = w.withhold {
            reasons.push(Reason::law(r));
        }
        let return_free = !(informed && w.return_cost_if_informed);
        if return_free {
            side.rule_shipping = Some(w.return_cost.unwrap_or(w.open).code);
            if !informed && let Some(r) = w.return_cost {
                reasons.push(Reason::law(r));
            }
        } else if let Some(r) = w.ship_back {
            reasons.push(Reason::law(r));
        }
        let mut loss = Money::zero(self.currency);
        let worn = matches!(item.condition, Condition::Used | Condition::Damaged)
            || item.loss_of_value.is_some();
        if w.loss_of_value && informed {
            loss =
                refund::loss_of_value(price, item.condition, &self.terms.loss, item.loss_of_value)?;
            if !loss.is_zero()
                && let Some(r) = w.loss
            {
                reasons.push(Reason::law(r));
            }
        } else if worn
            && !informed
            && let Some(r) = w.no_loss
        {
            reasons.push(Reason::law(r));
        }
        side.offer = Some(Offer {
            eligible: true,
            regime: Regime::StatutoryWithdrawal,
            resolutions: WITHDRAWAL_REFUND,
            notify_by,
            ship_back_by,
            refund_due_by,
            return_free,
            loss,
        });
        Ok(side)
    }

    /// California § 1723(a): the shop's terms give a full refund, credit or
    /// equal exchange for this item for at least 7 days after purchase (a
    /// window of 7 days from delivery or shipment covers that too).
    fn meets_common_expectation(&self, item: &ReturnItem) -> bool {
        let t = self.terms;
        let window = t.window_days.is_none_or(|d| d >= 7);
        let no_fee = t
            .restocking
            .as_ref()
            .is_none_or(|r| r.bps == 0 && r.flat.is_none_or(|f| f.is_zero()));
        let full = t.res_change_of_mind.iter().any(|r| {
            matches!(
                r,
                Resolution::Refund | Resolution::StoreCredit | Resolution::Exchange
            )
        });
        let excluded = t.excl_skus.contains(&item.sku)
            || item
                .category
                .as_deref()
                .is_some_and(|c| contains_ci(&t.excl_categories, c))
            || item.tags.iter().any(|tag| contains_ci(&t.excl_tags, tag));
        window && no_fee && full && !excluded
    }

    /// The statutory guarantee side.
    fn law_fault(
        &self,
        i: usize,
        reason: &str,
        reasons: &mut Vec<Reason>,
        deadlines: &mut Deadlines,
    ) -> LawSide {
        let item = &self.request.items[i];
        let mut side = LawSide {
            offer: None,
            applicable: false,
            exception: false,
            review: false,
            rule_window: None,
            rule_fee: None,
            rule_shipping: None,
            rule_condition: None,
            rule_packaging: None,
            rule_ship_back: None,
            rule_refund: None,
        };
        let Some(g) = self.floor.guarantee else {
            reasons.push(Reason::law(self.floor.no_guarantee));
            return side;
        };
        if g.scheme == Scheme::Us {
            reasons.push(Reason::law(g.within));
            side.review = true;
            return side;
        }
        side.applicable = true;
        side.rule_window = Some(g.within.code);
        side.rule_fee = Some(g.free.unwrap_or(g.within).code);
        side.rule_shipping = Some(g.free.unwrap_or(g.within).code);
        let missing = reason == "missing_item";
        let Some(delivered) = self.delivered_on(i) else {
            // A missing item that never arrived (only missing_item gets here).
            reasons.push(Reason::law(g.non_delivery.unwrap_or(g.remedies)));
            side.offer = Some(Offer {
                eligible: true,
                regime: Regime::LegalGuarantee,
                resolutions: MISSING,
                notify_by: Limit::NotStarted,
                ship_back_by: None,
                refund_due_by: None,
                return_free: true,
                loss: Money::zero(self.currency),
            });
            return side;
        };
        let end = match g.period {
            Period::Months(m) => Some(self.months_after(delivered, m)),
            Period::Open => None,
            Period::NoticeDays(durable, non_durable) => {
                let n = if item.kind == ItemKind::Perishable {
                    non_durable
                } else {
                    durable
                };
                Some(add_days(delivered, n))
            }
        };
        deadlines.guarantee_ends_on = end;
        let eligible = end.is_none_or(|e| self.requested_on <= e);
        let notify_by = end.map_or(Limit::Unlimited, Limit::Until);
        if !eligible {
            reasons.push(Reason::law(g.ended));
            // Brazil: a hidden defect counts from discovery, which the engine cannot know.
            side.review = matches!(g.period, Period::NoticeDays(..));
            side.offer = Some(Offer {
                eligible: false,
                regime: Regime::LegalGuarantee,
                resolutions: &[],
                notify_by,
                ship_back_by: None,
                refund_due_by: None,
                return_free: true,
                loss: Money::zero(self.currency),
            });
            return side;
        }
        reasons.push(Reason::law(g.within));
        side.review = g.review;
        if let Some((new, used)) = g.presumption {
            let pe = self.months_after(delivered, if item.second_hand { used } else { new });
            let presumed = self.requested_on <= pe;
            let rule = if presumed { g.presumed } else { g.not_presumed };
            if let Some(r) = rule {
                reasons.push(Reason::law(r));
            }
        }
        let within_reject = g.short_reject_days.map(|d| {
            let rb = add_days(delivered, d);
            (rb, self.requested_on <= rb)
        });
        let resolutions: &'static [Resolution] = if missing {
            MISSING
        } else {
            match g.scheme {
                Scheme::Eu => {
                    if within_reject.is_some_and(|(_, w)| w) {
                        REJECT_FIRST_PT
                    } else if item.defect == Some(Defect::Minor) {
                        EU_MINOR
                    } else {
                        EU_REMEDIES
                    }
                }
                Scheme::Uk => {
                    if within_reject.is_some_and(|(_, w)| w) {
                        REJECT_FIRST_UK
                    } else {
                        EU_REMEDIES
                    }
                }
                Scheme::Au => match item.defect {
                    Some(Defect::Major) => AU_MAJOR,
                    _ => AU_OTHER,
                },
                Scheme::Ch => CH_REMEDIES,
                Scheme::Tr => TR_REMEDIES,
                Scheme::Br => BR_REMEDIES,
                Scheme::Us => &[],
            }
        };
        if let Some((rb, within)) = within_reject
            && within
            && !missing
        {
            deadlines.reject_by = Some(rb);
            if let Some(r) = g.short_reject {
                reasons.push(Reason::law(r));
            }
        }
        match g.scheme {
            Scheme::Au => {
                let r = if item.defect == Some(Defect::Major) {
                    law::AU_MAJOR
                } else {
                    law::AU_MINOR
                };
                reasons.push(Reason::law(r));
            }
            _ if !missing => reasons.push(Reason::law(g.remedies)),
            _ => {}
        }
        if item.defect == Some(Defect::Minor)
            && !missing
            && within_reject.is_none_or(|(_, w)| !w)
            && let Some(r) = g.minor
        {
            reasons.push(Reason::law(r));
        }
        if reason == "damaged_in_transit"
            && let Some(r) = g.risk
        {
            reasons.push(Reason::law(r));
        }
        if missing && let Some(r) = g.non_delivery {
            reasons.push(Reason::law(r));
        }
        if let Some(r) = g.free
            && !reasons.iter().any(|x| std::ptr::eq(x.code, r.code))
        {
            reasons.push(Reason::law(r));
        }
        side.rule_refund = Some(g.remedies.code);
        side.offer = Some(Offer {
            eligible: true,
            regime: Regime::LegalGuarantee,
            resolutions,
            notify_by,
            ship_back_by: None,
            refund_due_by: None,
            return_free: true,
            loss: Money::zero(self.currency),
        });
        side
    }

    /// The guarantee and presumption dates, shown for every delivered item.
    fn guarantee_dates(&self, i: usize, g: &GuaranteeLaw, deadlines: &mut Deadlines) {
        let Some(delivered) = self.delivered_on(i) else {
            return;
        };
        if deadlines.guarantee_ends_on.is_none() {
            deadlines.guarantee_ends_on = match g.period {
                Period::Months(m) => Some(self.months_after(delivered, m)),
                Period::Open => None,
                Period::NoticeDays(durable, non_durable) => Some(add_days(
                    delivered,
                    if self.request.items[i].kind == ItemKind::Perishable {
                        non_durable
                    } else {
                        durable
                    },
                )),
            };
        }
        if let Some((new, used)) = g.presumption {
            let m = if self.request.items[i].second_hand {
                used
            } else {
                new
            };
            deadlines.presumption_ends_on = Some(self.months_after(delivered, m));
        }
    }

    /// The shop's side.
    fn shop(
        &self,
        i: usize,
        reason: &str,
        class: ReasonClass,
        price: Money,
        reasons: &mut Vec<Reason>,
    ) -> Result<ShopSide> {
        let t = self.terms;
        let item = &self.request.items[i];
        let fault = class == ReasonClass::Fault;
        let terms_free = fault || t.shipping.mode == ShippingMode::Free;
        let mut side = ShopSide {
            offer: Offer {
                eligible: false,
                regime: Regime::MerchantPolicy,
                resolutions: &[],
                notify_by: Limit::Never,
                ship_back_by: None,
                refund_due_by: None,
                return_free: terms_free,
                loss: Money::zero(self.currency),
            },
            refusal: None,
            resolutions: Resolutions::default(),
            keep_item: false,
            fee: Money::zero(self.currency),
            fee_over: false,
            terms_free,
        };
        // Exclusions.
        let excluded = if t.excl_final_sale && item.final_sale {
            Some(EXCL_FINAL_SALE)
        } else if t.excl_skus.contains(&item.sku) {
            Some(EXCL_SKU)
        } else if item
            .category
            .as_deref()
            .is_some_and(|c| contains_ci(&t.excl_categories, c))
        {
            Some(EXCL_CATEGORY)
        } else if item.tags.iter().any(|tag| contains_ci(&t.excl_tags, tag)) {
            Some(EXCL_TAG)
        } else if t.excl_statutory
            && !fault
            && STATUTORY_EXCEPTIONS
                .iter()
                .any(|e| exception_applies(*e, item))
        {
            Some(EXCL_STATUTORY)
        } else {
            None
        };
        // The window is computed even for a refused item, to show its end.
        let start = match t.window_from {
            WindowStart::Order => Some(self.ordered_on),
            WindowStart::Fulfilment => self.shipped_on(i),
            WindowStart::Delivery => self.delivered_on(i),
        };
        let days = if fault {
            t.fault_days.or(t.window_days)
        } else {
            t.window_days
        };
        let (window, seasonal) = match (days, start) {
            (None, _) => (Limit::Unlimited, false),
            (Some(_), None) => (Limit::NotStarted, false),
            (Some(n), Some(s)) => {
                let mut end = add_days(s, n);
                let mut extended = false;
                for season in &t.seasons {
                    if in_season(self.ordered_on, season.from, season.until)
                        && let Some(until) = next_on_or_after(self.ordered_on, season.returnable)
                        && until > end
                    {
                        end = until;
                        extended = true;
                    }
                }
                (Limit::Until(end), extended)
            }
        };
        if let Some(rule) = excluded {
            reasons.push(Reason::shop(rule));
            side.refusal = Some(Refusal::Exclusion);
            return Ok(side);
        }
        if !fault {
            if !t.accepted[item.condition.index()] {
                reasons.push(Reason::shop(CONDITION));
                side.refusal = Some(Refusal::Condition);
                return Ok(side);
            }
            if t.require_packaging && !item.original_packaging {
                reasons.push(Reason::shop(PACKAGING));
                side.refusal = Some(Refusal::Packaging);
                return Ok(side);
            }
        }
        side.offer.notify_by = window;
        let mut regime = Regime::MerchantPolicy;
        let mut list: &[Resolution] = t.resolutions(reason, class);
        let open = match window {
            Limit::Until(end) => self.requested_on <= end,
            _ => true,
        };
        if seasonal {
            reasons.push(Reason::shop(SEASONAL));
        }
        match window {
            Limit::Unlimited | Limit::Never => reasons.push(Reason::shop(WINDOW_UNLIMITED)),
            Limit::NotStarted => reasons.push(Reason::shop(WINDOW_NOT_STARTED)),
            Limit::Until(_) if open => reasons.push(Reason::shop(WINDOW_OPEN)),
            Limit::Until(end) => {
                reasons.push(Reason::shop(WINDOW_EXPIRED));
                match &t.goodwill {
                    Some((gd, gl)) => {
                        let last = add_days(end, *gd);
                        side.offer.notify_by = Limit::Until(last);
                        if self.requested_on <= last {
                            reasons.push(Reason::shop(GOODWILL));
                            regime = Regime::Goodwill;
                            list = gl;
                        } else {
                            side.refusal = Some(Refusal::Window);
                            return Ok(side);
                        }
                    }
                    None => {
                        side.refusal = Some(Refusal::Window);
                        return Ok(side);
                    }
                }
            }
        }
        let keep = !matches!(reason, "missing_item")
            && t.keep_below.is_some_and(|k| price.minor() < k.minor());
        let mut resolutions = Resolutions::default();
        if keep {
            resolutions.push(Resolution::KeepItem);
            reasons.push(Reason::shop(KEEP_ITEM));
        }
        // Nothing to repair in an item that never came.
        let missing = reason == "missing_item";
        resolutions.extend(list.iter().copied().filter(|r| {
            (*r != Resolution::KeepItem || !keep) && !(missing && *r == Resolution::Repair)
        }));
        if !fault && let Some(rf) = &t.restocking {
            let (fee, over) = refund::restocking_fee(price, rf)?;
            if !fee.is_zero() {
                side.fee = fee;
                side.fee_over = over;
            }
        }
        let ship_back_by = if keep || reason == "missing_item" {
            None
        } else {
            Some(add_days(self.requested_on, t.ship_back_days))
        };
        side.offer = Offer {
            eligible: true,
            regime,
            resolutions: &[],
            notify_by: side.offer.notify_by,
            ship_back_by,
            refund_due_by: t.refund_within_days.map(|d| add_days(self.requested_on, d)),
            return_free: terms_free,
            loss: Money::zero(self.currency),
        };
        side.keep_item = keep;
        side.resolutions = resolutions;
        Ok(side)
    }

    fn item(&self, i: usize) -> Result<(ItemDecision, Shipping)> {
        let item = &self.request.items[i];
        let price = self.request.line_price(i)?;
        let (reason, class) = self.reason_of(i);
        let mut reasons = Vec::with_capacity(12);
        let mut deadlines = Deadlines::default();
        let law = match class {
            ReasonClass::ChangeOfMind => {
                let side = self.law_withdrawal(i, price, &mut reasons)?;
                deadlines.withdrawal_ends_on = side.offer.as_ref().and_then(|o| o.notify_by.date());
                side
            }
            ReasonClass::Fault => self.law_fault(i, reason, &mut reasons, &mut deadlines),
        };
        if let Some(g) = self.floor.guarantee.filter(|g| g.scheme != Scheme::Us) {
            self.guarantee_dates(i, g, &mut deadlines);
        }
        let shop = self.shop(i, reason, class, price, &mut reasons)?;
        let lo = law.offer.as_ref().filter(|o| o.eligible);
        let so = &shop.offer;
        let eligible = lo.is_some() || so.eligible;
        let regime = match (lo, so.eligible) {
            (Some(l), _) => Some(l.regime),
            (None, true) => Some(so.regime),
            (None, false) => None,
        };

        // Merge: law first, then the shop's extras.
        let mut resolutions: Vec<Resolution> = Vec::with_capacity(6);
        let mut overrides = 0usize;
        let mut fee = Money::zero(self.currency);
        let mut loss = Money::zero(self.currency);
        let mut return_free = shop.terms_free;
        let mut notify = so.notify_by;
        let mut ship_back_by = None;
        let mut refund_due_by = None;
        if let Some(l) = lo {
            resolutions.extend_from_slice(l.resolutions);
            if so.eligible {
                for r in shop.resolutions.iter() {
                    if !resolutions.contains(r) {
                        resolutions.push(*r);
                    }
                }
            }
            let mut push =
                |rule: Option<&'static str>, text: &'static str, reasons: &mut Vec<Reason>| {
                    if let Some(rule) = rule {
                        reasons.push(Reason::overrides(rule, text));
                        overrides += 1;
                    }
                };
            if !so.eligible {
                let (rule, text) = match shop.refusal {
                    Some(Refusal::Exclusion) => (law.rule_window, OV_EXCLUSION),
                    Some(Refusal::Condition) => (law.rule_condition, OV_CONDITION),
                    Some(Refusal::Packaging) => (law.rule_packaging, OV_PACKAGING),
                    _ => (law.rule_window, OV_WINDOW),
                };
                push(rule, text, &mut reasons);
            } else {
                if l.resolutions.iter().any(|r| !shop.resolutions.contains(r)) {
                    push(
                        law.rule_refund.or(law.rule_window),
                        OV_RESOLUTIONS,
                        &mut reasons,
                    );
                }
                if l.notify_by.rank() > so.notify_by.rank() {
                    push(law.rule_window, OV_DEADLINE, &mut reasons);
                }
            }
            if !shop.fee.is_zero() && so.eligible {
                push(law.rule_fee, OV_FEE, &mut reasons);
            }
            if l.return_free && !shop.terms_free {
                push(law.rule_shipping, OV_SHIPPING, &mut reasons);
            }
            return_free = l.return_free || shop.terms_free;
            loss = if so.eligible {
                Money::zero(self.currency)
            } else {
                l.loss
            };
            if l.notify_by.rank() > notify.rank() {
                notify = l.notify_by;
            }
            ship_back_by = if shop.keep_item && so.eligible {
                None
            } else {
                match (l.ship_back_by, so.ship_back_by.filter(|_| so.eligible)) {
                    (Some(a), Some(b)) => {
                        if a > b {
                            push(law.rule_ship_back, OV_SHIP_BACK, &mut reasons);
                        }
                        Some(a.max(b))
                    }
                    (a, b) => a.or(b),
                }
            };
            refund_due_by = match (l.refund_due_by, so.refund_due_by.filter(|_| so.eligible)) {
                (Some(a), Some(b)) => {
                    if a < b {
                        push(law.rule_refund, OV_REFUND_DUE, &mut reasons);
                    }
                    Some(a.min(b))
                }
                (a, b) => a.or(b),
            };
        } else if so.eligible {
            resolutions = shop.resolutions.iter().copied().collect();
            fee = shop.fee;
            ship_back_by = so.ship_back_by;
            refund_due_by = so.refund_due_by;
            if !fee.is_zero() {
                reasons.push(Reason::shop(RESTOCKING));
            }
        } else if let Some(l) = &law.offer {
            // Both refused: show the later of the two ends.
            if l.notify_by.rank() > notify.rank() {
                notify = l.notify_by;
            }
        }
        if eligible && class == ReasonClass::Fault && !law.applicable {
            reasons.push(Reason::shop(FAULT_FREE));
        }
        if eligible && !return_free && !(shop.keep_item && so.eligible) {
            match self.terms.shipping.mode {
                ShippingMode::Flat => reasons.push(Reason::shop(SHIPPING_FEE)),
                ShippingMode::CustomerLabel => reasons.push(Reason::shop(CUSTOMER_LABEL)),
                ShippingMode::Free => {}
            }
        }

        let decided_by = if eligible {
            if overrides > 0 || (lo.is_some() && !so.eligible) {
                DecidedBy::Law
            } else {
                DecidedBy::Shop
            }
        } else {
            let shop_window_later = shop.refusal == Some(Refusal::Window)
                && law
                    .offer
                    .as_ref()
                    .is_none_or(|l| so.notify_by.rank() > l.notify_by.rank());
            if law.applicable
                && (law.exception
                    || !(shop_window_later
                        || matches!(
                            shop.refusal,
                            Some(Refusal::Exclusion | Refusal::Condition | Refusal::Packaging)
                        )))
            {
                DecidedBy::Law
            } else {
                DecidedBy::Shop
            }
        };

        // Money.
        let money_back = eligible
            && resolutions.iter().any(|r| {
                matches!(
                    r,
                    Resolution::Refund | Resolution::StoreCredit | Resolution::KeepItem
                )
            });
        let zero = Money::zero(self.currency);
        let (refund, fee, loss) = if money_back {
            if shop.fee_over && !fee.is_zero() {
                return Err(Error::ReturnsFeeExceedsPrice {
                    field: self.terms.path("restocking_fee", ""),
                    fee: fee.to_string(),
                    price: format!("{price}, items[{i}]"),
                });
            }
            // Plain integers: every amount is in the request's currency (checked in `new`).
            let left = price.minor() - fee.minor() - loss.minor();
            let refund = Money::from_parts(left, self.currency).map_err(|e| e.within("refund"))?;
            (refund, fee, loss)
        } else {
            (zero, zero, zero)
        };
        let bonus = if money_back
            && resolutions.contains(&Resolution::StoreCredit)
            && self.terms.bonus_bps > 0
        {
            let b = refund.percent_bps(self.terms.bonus_bps)?;
            if !b.is_zero() {
                reasons.push(Reason::shop(BONUS));
            }
            b
        } else {
            zero
        };
        deadlines.notify_by = notify.date();
        if eligible {
            deadlines.ship_back_by = ship_back_by;
            deadlines.refund_due_by = if money_back { refund_due_by } else { None };
        } else {
            deadlines.reject_by = None;
        }
        let decision = ItemDecision {
            index: i,
            sku: item.sku.clone(),
            reason_class: class,
            eligible,
            regime,
            decided_by,
            review: law.review,
            resolutions,
            deadlines,
            money: ItemMoney {
                price,
                refund,
                restocking_fee: fee,
                loss_of_value: loss,
                store_credit_bonus: bonus,
            },
            reasons,
        };
        let ships_back = eligible
            && reason != "missing_item"
            && !(shop.keep_item && so.eligible)
            && decision
                .resolutions
                .iter()
                .any(|r| *r != Resolution::PriceReduction);
        Ok((
            decision,
            Shipping {
                free: return_free,
                ships_back,
            },
        ))
    }

    fn finish(&self, items: Vec<ItemDecision>, parcel: Shipping) -> Result<ReturnDecision> {
        let zero = Money::zero(self.currency);
        let mut reasons = Vec::new();
        let (mut sum, mut bonus_sum) = (0i64, 0i64);
        for it in &items {
            sum = sum.checked_add(it.money.refund.minor()).ok_or(overflow())?;
            bonus_sum = bonus_sum
                .checked_add(it.money.store_credit_bonus.minor())
                .ok_or(overflow())?;
        }
        let items_refund = Money::from_parts(sum, self.currency)?;
        let bonus = Money::from_parts(bonus_sum, self.currency)?;
        let eligible = items.iter().any(|i| i.eligible);

        // Outbound shipping.
        let mut outbound = zero;
        if let Some(o) = &self.request.outbound_shipping {
            let all_back = items.iter().all(|i| i.eligible);
            let any_withdrawal = items
                .iter()
                .any(|i| i.eligible && i.regime == Some(Regime::StatutoryWithdrawal));
            let only_statutory = items.iter().all(|i| {
                matches!(
                    i.regime,
                    Some(Regime::StatutoryWithdrawal | Regime::LegalGuarantee)
                )
            });
            let mut by_law = zero;
            let mut partial = None;
            if let Some(w) = self.floor.withdrawal.filter(|_| any_withdrawal) {
                if self.request.whole_order && all_back && only_statutory {
                    by_law = refund::outbound_by_law(w.outbound, o.paid, o.cheapest_standard);
                } else if !o.paid.is_zero() {
                    partial = w.partial;
                }
            }
            let law_rule = self.floor.withdrawal.and_then(|w| w.delivery);
            let any_fault = items
                .iter()
                .any(|i| i.eligible && i.reason_class == ReasonClass::Fault);
            let by_shop = match self.terms.outbound {
                OutboundRefund::Never => false,
                OutboundRefund::Fault => any_fault,
                OutboundRefund::Always => any_fault || (self.request.whole_order && all_back),
            };
            if by_shop {
                outbound = o.paid;
                reasons.push(Reason::shop(OUTBOUND));
                if let Some(r) = law_rule.filter(|_| !by_law.is_zero()) {
                    reasons.push(Reason::law(r));
                }
            } else if !by_law.is_zero() {
                outbound = by_law;
                if let Some(r) = law_rule {
                    reasons.push(Reason::overrides(r.code, OV_OUTBOUND));
                }
            } else if let Some(r) = partial {
                reasons.push(Reason::law(r));
            }
        }

        // Return shipping: one parcel for everything sent back.
        let shipped = usize::from(parcel.ships_back);
        let any_free = parcel.free;
        let (label, charged) = if shipped == 0 {
            (ReturnLabel::None, zero)
        } else if any_free {
            (ReturnLabel::Shop, zero)
        } else {
            match self.terms.shipping.mode {
                ShippingMode::Flat => (ReturnLabel::Shop, self.terms.shipping.fee.unwrap_or(zero)),
                ShippingMode::CustomerLabel => (ReturnLabel::Customer, zero),
                ShippingMode::Free => (ReturnLabel::Shop, zero),
            }
        };
        let available = items_refund.checked_add(&outbound)?;
        if charged.minor() > available.minor() {
            return Err(Error::ReturnsFeeExceedsPrice {
                field: self.terms.path("return_shipping", "fee"),
                fee: charged.to_string(),
                price: available.to_string(),
            });
        }
        let total = refund::total(items_refund, outbound, charged)?;
        let credit = items
            .iter()
            .any(|i| i.eligible && i.resolutions.contains(&Resolution::StoreCredit));
        let store_credit_total = if credit {
            Some(total.checked_add(&bonus)?)
        } else {
            None
        };
        let money_back = items.iter().any(|i| {
            i.eligible
                && i.resolutions
                    .iter()
                    .any(|r| matches!(r, Resolution::Refund | Resolution::KeepItem))
        });
        let refund_to = match self.request.payment_method {
            _ if !money_back && credit => {
                reasons.push(Reason::shop(CREDIT_ONLY));
                RefundTo::StoreCredit
            }
            PaymentMethod::CashOnDelivery => {
                reasons.push(Reason::shop(TO_BANK));
                RefundTo::BankTransfer
            }
            PaymentMethod::GiftCard | PaymentMethod::StoreCredit => {
                reasons.push(Reason::shop(TO_CREDIT));
                RefundTo::StoreCredit
            }
            _ => RefundTo::OriginalPayment,
        };
        Ok(ReturnDecision {
            country: self.country,
            region: self.request.region.clone(),
            floor: self.floor.code(),
            requested_on: self.requested_on,
            currency: self.currency,
            eligible,
            items,
            money: DecisionMoney {
                items_refund,
                outbound_shipping_refund: outbound,
                return_shipping_charged: charged,
                total,
                store_credit_total,
            },
            return_label: label,
            refund_to,
            reasons,
        })
    }
}

fn item_reason_unused(request: &ReturnRequest) -> bool {
    request.items.iter().all(|i| i.reason.is_some())
}

/// Whether `day` falls in the yearly range `from..=until` (which may wrap the new year).
fn in_season(day: NaiveDate, from: (u32, u32), until: (u32, u32)) -> bool {
    let md = (day.month(), day.day());
    if from <= until {
        from <= md && md <= until
    } else {
        md >= from || md <= until
    }
}

/// The first date on or after `day` with month and day `md`.
fn next_on_or_after(day: NaiveDate, md: (u32, u32)) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(day.year(), md.0, md.1)?;
    if this >= day {
        Some(this)
    } else {
        NaiveDate::from_ymd_opt(day.year() + 1, md.0, md.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekend_and_holiday_roll_over() {
        // 2026-03-14 is a Saturday.
        assert_eq!(
            roll_to_working_day(d("2026-03-14"), &[]),
            (d("2026-03-16"), true)
        );
        assert_eq!(
            roll_to_working_day(d("2026-03-13"), &[]),
            (d("2026-03-13"), false)
        );
        // Good Friday and Easter Monday 2026 around a weekend.
        let hol = [d("2026-04-03"), d("2026-04-06")];
        assert_eq!(
            roll_to_working_day(d("2026-04-03"), &hol),
            (d("2026-04-07"), true)
        );
    }

    #[test]
    fn seasons_wrap_the_year() {
        assert!(in_season(d("2025-11-20"), (11, 1), (12, 31)));
        assert!(!in_season(d("2025-10-31"), (11, 1), (12, 31)));
        assert!(in_season(d("2026-01-03"), (12, 15), (1, 5)));
        assert!(in_season(d("2025-12-20"), (12, 15), (1, 5)));
        assert!(!in_season(d("2026-01-06"), (12, 15), (1, 5)));
        assert_eq!(
            next_on_or_after(d("2025-11-20"), (1, 31)),
            Some(d("2026-01-31"))
        );
        assert_eq!(
            next_on_or_after(d("2026-01-03"), (1, 31)),
            Some(d("2026-01-31"))
        );
    }
}
