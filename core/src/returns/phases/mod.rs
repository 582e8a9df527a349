//! The phases of a return decision, one file each, run in this order by
//! [`evaluate`](super::evaluate) for every item, then once for the request:
//!
//! 1. [`facts`]: the request checked and its instants turned into the
//!    consumer's local days (order, shipments, deliveries, the request).
//! 2. [`periods`]: counting days and months, the weekend and public-holiday
//!    roll-over of Regulation 1182/71, seasons, guarantee dates.
//! 3. [`statutory`]: the statutory floor: the change-of-mind right and the
//!    legal guarantee of the consumer's country.
//! 4. [`shop`]: the shop's policy: exclusions, window, conditions, fees.
//! 5. [`resolve`]: the two sides merged, the more generous term by term,
//!    with the law's overrides cited; the item's money.
//! 6. [`money`]: the request's totals, outbound and return shipping, where
//!    the refund goes.

use chrono::NaiveDate;

use super::decision::Regime;
use super::law::Floor;
use super::policy::{ReasonClass, Resolution, Terms};
use super::request::ReturnRequest;
use crate::country::Country;
use crate::error::Error;
use crate::money::{Currency, Money};

mod facts;
mod money;
mod periods;
mod resolve;
mod shop;
mod statutory;

use periods::Holidays;
pub use periods::MAX_CLOSED_RUN;

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
pub(in crate::returns) struct Shipping {
    /// The return cost is the shop's.
    pub(in crate::returns) free: bool,
    /// The item has to be sent back.
    pub(in crate::returns) ships_back: bool,
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

/// What the law says of one item (nothing until a phase finds a rule).
#[derive(Default)]
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

pub(in crate::returns) struct Context<'a> {
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
    /// The public holidays a statutory period's end is rolled over.
    holidays: Holidays,
}

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
