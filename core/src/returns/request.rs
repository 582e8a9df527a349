//! A return request: the order, the items to return, and the consumer.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::holidays;
use crate::error::{Error, Result};
use crate::money::Money;
use crate::string_enum::string_enum;

/// What a consumer asks to return, and the facts the decision needs.
///
/// Instants are RFC 3339 with an offset, in keys ending in `_at`; calendar
/// days are counted in the consumer's time zone (`zone`, or the default zone
/// of the country). JSON shape:
///
/// ```
/// use caredesk::returns::ReturnRequest;
///
/// let request = ReturnRequest::from_json(r#"{
///   "ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z",
///   "country": "DE",
///   "reason": "unwanted",
///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"},
///              "category": "audio", "condition": "opened"}]
/// }"#)?;
/// assert_eq!(request.items[0].quantity, 1);
/// assert!(request.informed_of_withdrawal);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnRequest {
    /// The shop's order number, for the caller's records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// When the order was placed (the contract was concluded).
    #[serde(with = "crate::instant")]
    pub ordered_at: DateTime<Utc>,
    /// When the order was handed to the carrier; items may give their own.
    #[serde(
        default,
        with = "crate::instant::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub shipped_at: Option<DateTime<Utc>>,
    /// When the order reached the consumer; items may give their own (split
    /// deliveries). Absent: not delivered yet.
    #[serde(
        default,
        with = "crate::instant::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub delivered_at: Option<DateTime<Utc>>,
    /// When the last item of the order arrived, if that item is not among
    /// `items` (a later delivery of the same order starts the EU withdrawal
    /// period later).
    #[serde(
        default,
        with = "crate::instant::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_delivery_at: Option<DateTime<Utc>>,
    /// When the consumer asked to return (notified the shop). Absent: `now`.
    #[serde(
        default,
        with = "crate::instant::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_at: Option<DateTime<Utc>>,
    /// The consumer's country, ISO 3166-1 alpha-2 (`DE`; `UK` reads as `GB`).
    pub country: String,
    /// The consumer's region, ISO 3166-2 (`US-CA`, `GB-SCT`), where it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The IANA zone the consumer's days are counted in; default per country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// The return reason, from the policy's taxonomy (`size_too_small`,
    /// `defective`, ...); items may give their own.
    pub reason: String,
    /// The items to return.
    pub items: Vec<ReturnItem>,
    /// The outbound shipping the consumer paid, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbound_shipping: Option<OutboundShipping>,
    /// How the order was paid; decides where a refund goes.
    #[serde(default)]
    pub payment_method: PaymentMethod,
    /// Whether the consumer was informed of the statutory withdrawal right
    /// (and, with it, of who bears the cost of returning). Default true.
    #[serde(default = "yes")]
    pub informed_of_withdrawal: bool,
    /// Whether `items` are the whole order (decides the statutory refund of
    /// the outbound delivery). Default false.
    #[serde(default)]
    pub whole_order: bool,
    /// A regular delivery over a period (a subscription for goods): the EU
    /// withdrawal period then runs from the first delivery.
    #[serde(default)]
    pub regular_delivery: bool,
    /// Public holidays of the consumer's country (local dates) that push an
    /// EU period ending on them to the next working day (Regulation
    /// 1182/71, Art. 3(4)).
    ///
    /// Absent: the built-in holidays of the consumer's country
    /// ([`calendar::holidays::for_country`](crate::calendar::holidays::for_country));
    /// for a country with none built in only weekends count, and the
    /// decision says so (`returns.holidays_not_built_in`). Given: this list
    /// *replaces* the built-in one (an empty list: weekends only). At most
    /// [`MAX_HOLIDAYS`] dates, each in the calendar's years
    /// ([`FIRST_YEAR`](crate::calendar::holidays::FIRST_YEAR) to
    /// [`LAST_YEAR`](crate::calendar::holidays::LAST_YEAR)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holidays: Option<Vec<NaiveDate>>,
}

/// The most dates a request's `holidays` may list (about 40 years of one
/// country's public holidays; a request needs the years its periods end in).
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest, MAX_HOLIDAYS};
/// use chrono::{Days, NaiveDate};
///
/// let mut request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "SE", "reason": "unwanted",
///   "items": [{"sku": "LAMP-1", "unit_price": {"minor": 49900, "currency": "SEK"}}]}"#)?;
/// let first = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
/// request.holidays = Some((0..=MAX_HOLIDAYS as u64).map(|i| first + Days::new(i * 7)).collect());
/// let err = evaluate(&request, &ReturnPolicy::default(), "2026-03-10T09:00:00Z".parse().unwrap())
///     .unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.invalid", Some("holidays")));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub const MAX_HOLIDAYS: usize = 1_000;

fn yes() -> bool {
    true
}

fn one() -> u32 {
    1
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_true(b: &bool) -> bool {
    *b
}

/// One line of the order to return.
///
/// Two lines of one German order: shoes that do not fit, and a belt whose
/// buckle broke. Each item's own `reason` decides its class.
///
/// ```
/// use caredesk::returns::{evaluate, ReasonClass, Regime, ReturnPolicy, ReturnRequest};
///
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "DE", "reason": "size_too_small",
///   "items": [{"sku": "SHOE-40", "unit_price": {"minor": 7990, "currency": "EUR"}, "quantity": 2},
///             {"sku": "BELT-M", "unit_price": {"minor": 2990, "currency": "EUR"}, "reason": "defective"}]}"#)?;
/// let d = evaluate(&request, &ReturnPolicy::default(), "2026-03-10T09:00:00Z".parse().unwrap())?;
/// assert_eq!(d.items[0].money.price.to_string(), "159.80 EUR");
/// assert_eq!(d.items[0].regime, Some(Regime::StatutoryWithdrawal));
/// assert_eq!((d.items[1].reason_class, d.items[1].regime), (ReasonClass::Fault, Some(Regime::LegalGuarantee)));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnItem {
    /// The shop's SKU (non-empty).
    pub sku: String,
    /// The price paid for one unit, taxes included, after discounts.
    pub unit_price: Money,
    /// Units returned (at least 1). Default 1.
    #[serde(default = "one")]
    pub quantity: u32,
    /// The shop's category (`audio`, `food`), matched case-insensitively.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The shop's tags (`clearance`), matched case-insensitively.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The state of the goods as returned. Default `new`.
    #[serde(default)]
    pub condition: Condition,
    /// Whether the original packaging comes back. Default true.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub original_packaging: bool,
    /// A seal that matters to the law, if the item had one.
    #[serde(default)]
    pub seal: Seal,
    /// Whether that seal was broken after delivery.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unsealed: bool,
    /// Made to the consumer's specifications or clearly personalised.
    #[serde(default, skip_serializing_if = "is_false")]
    pub personalised: bool,
    /// Goods the law treats apart (perishable, newspaper, ...). Default `goods`.
    #[serde(default)]
    pub kind: ItemKind,
    /// Inseparably mixed with other items after delivery.
    #[serde(default, skip_serializing_if = "is_false")]
    pub mixed_after_delivery: bool,
    /// Sold as final sale (no returns by the shop's policy).
    #[serde(default, skip_serializing_if = "is_false")]
    pub final_sale: bool,
    /// Second-hand goods (some presumption periods are shorter).
    #[serde(default, skip_serializing_if = "is_false")]
    pub second_hand: bool,
    /// This item's own reason, overriding the request's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// For a fault: how serious it is, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect: Option<Defect>,
    /// When this item was shipped, if not with the order.
    #[serde(
        default,
        with = "crate::instant::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub shipped_at: Option<DateTime<Utc>>,
    /// When this item arrived, if not with the order (split deliveries).
    #[serde(
        default,
        with = "crate::instant::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub delivered_at: Option<DateTime<Utc>>,
    /// A loss of value assessed on inspection, replacing the policy's
    /// percentage; deducted only where the law allows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loss_of_value: Option<Money>,
}

string_enum! {
    /// The state of returned goods.
    #[derive(Default)]
    Condition, "condition" {
        /// Unused, as delivered.
        #[default]
        New => "new",
        /// Opened, tried or tested as one would in a shop.
        Opened => "opened",
        /// Used beyond what examining it needs.
        Used => "used",
        /// Damaged after delivery.
        Damaged => "damaged",
    }
}

impl Condition {
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

string_enum! {
    /// A seal the law cares about.
    #[derive(Default)]
    Seal, "seal" {
        /// No such seal.
        #[default]
        None => "none",
        /// Sealed for health or hygiene reasons (cosmetics, underwear, earbuds).
        Hygiene => "hygiene",
        /// Sealed audio, video or software.
        Media => "media",
    }
}

string_enum! {
    /// Kinds of goods the law treats apart.
    #[derive(Default)]
    ItemKind, "kind" {
        /// Ordinary goods.
        #[default]
        Goods => "goods",
        /// Goods that deteriorate or expire rapidly (food, flowers).
        Perishable => "perishable",
        /// A single newspaper, periodical or magazine (not a subscription).
        Newspaper => "newspaper",
        /// Digital content whose supply began with the consumer's consent.
        DigitalStarted => "digital_started",
        /// Goods whose price follows financial markets (bullion).
        MarketPriced => "market_priced",
    }
}

string_enum! {
    /// How serious a fault is.
    Defect, "defect" {
        /// Minor (EU: no termination; AU: not a major failure).
        Minor => "minor",
        /// Major (AU: the consumer chooses refund or replacement).
        Major => "major",
    }
}

string_enum! {
    /// How the order was paid.
    #[derive(Default)]
    PaymentMethod, "payment_method" {
        /// Debit or credit card.
        #[default]
        Card => "card",
        /// PayPal or a similar wallet.
        Wallet => "wallet",
        /// Bank transfer.
        BankTransfer => "bank_transfer",
        /// Cash on delivery.
        CashOnDelivery => "cash_on_delivery",
        /// A gift card.
        GiftCard => "gift_card",
        /// Store credit.
        StoreCredit => "store_credit",
        /// Anything else.
        Other => "other",
    }
}

/// The outbound shipping the consumer paid.
///
/// A Spanish consumer paid 9.90 EUR for express delivery and withdraws from
/// the whole order: the law refunds the 3.90 EUR standard delivery only.
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
///
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-02T11:00:00Z", "country": "ES", "reason": "unwanted", "whole_order": true,
///   "outbound_shipping": {"paid": {"minor": 990, "currency": "EUR"},
///                         "cheapest_standard": {"minor": 390, "currency": "EUR"}},
///   "items": [{"sku": "DRESS-38", "unit_price": {"minor": 5995, "currency": "EUR"}}]}"#)?;
/// let d = evaluate(&request, &ReturnPolicy::default(), "2026-03-09T09:00:00Z".parse().unwrap())?;
/// assert_eq!(d.money.outbound_shipping_refund.to_string(), "3.90 EUR");
/// assert_eq!(d.money.total.to_string(), "63.85 EUR");
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutboundShipping {
    /// What the consumer paid for delivery.
    pub paid: Money,
    /// The shop's cheapest standard delivery for that order, when the
    /// consumer chose a dearer one (EU: only this much is refunded on a
    /// withdrawal). Absent: `paid` was the cheapest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cheapest_standard: Option<Money>,
}

impl ReturnRequest {
    /// Reads a request from JSON, naming the path of the first bad field.
    ///
    /// Shape errors are `input.json`; a value outside a closed set
    /// (`condition`, `payment_method`, ...) is `input.unknown_value` listing
    /// the allowed ones; amounts keep their money codes. The rules that need the policy (known reasons) and the clock (dates in
    /// order) are checked by [`evaluate`](super::evaluate).
    ///
    /// # Errors
    /// `input.json`, `input.unknown_value`, `input.naive_datetime`, `money.*`.
    ///
    /// ```
    /// use caredesk::returns::ReturnRequest;
    ///
    /// let err = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
    ///   "country": "DE", "reason": "unwanted",
    ///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"},
    ///              "condition": "like_new"}]}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.unknown_value", Some("items[0].condition")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        crate::wire::from_json(text)
    }

    /// The units' total price of item `i`, checked.
    pub(crate) fn line_price(&self, i: usize) -> Result<Money> {
        let item = &self.items[i];
        item.unit_price
            .checked_mul(item.quantity)
            .map_err(|e| e.within(&format!("items[{i}].unit_price")))
    }

    pub(crate) fn check_shape(&self) -> Result<()> {
        if self.items.is_empty() {
            return Err(Error::invalid(
                "items",
                "a return request needs at least one item",
            ));
        }
        self.check_holidays()?;
        for (i, item) in self.items.iter().enumerate() {
            if item.sku.trim().is_empty() {
                return Err(Error::invalid(
                    format!("items[{i}].sku"),
                    "must not be empty",
                ));
            }
            if item.quantity == 0 {
                return Err(Error::invalid(
                    format!("items[{i}].quantity"),
                    "must be at least 1",
                ));
            }
        }
        Ok(())
    }

    /// The caller's holidays: a bounded list of dates the calendar covers.
    fn check_holidays(&self) -> Result<()> {
        let Some(list) = &self.holidays else {
            return Ok(());
        };
        if list.len() > MAX_HOLIDAYS {
            return Err(Error::invalid(
                "holidays",
                format!(
                    "{} dates; at most {MAX_HOLIDAYS} are accepted (give the years the periods end in)",
                    list.len()
                ),
            ));
        }
        let years = holidays::FIRST_YEAR..=holidays::LAST_YEAR;
        if let Some((i, day)) = list
            .iter()
            .enumerate()
            .find(|(_, d)| !years.contains(&d.year()))
        {
            return Err(Error::invalid(
                format!("holidays[{i}]"),
                format!(
                    "{day} is outside the supported years {}-{}",
                    holidays::FIRST_YEAR,
                    holidays::LAST_YEAR
                ),
            ));
        }
        Ok(())
    }
}
