//! Compiling a configuration: every value checked (naming its field) and
//! each country's terms resolved from the base policy and its overrides,
//! ready for the engine.

use std::collections::BTreeMap;

use super::*;
use crate::error::{Error, Result};
use crate::money::Money;

/// A month and day, `(month, day)`.
pub(crate) type MonthDay = (u32, u32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Season {
    pub from: MonthDay,
    pub until: MonthDay,
    pub returnable: MonthDay,
}

/// The compiled terms for one country (or the base policy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Terms {
    /// The override key these terms come from (`DE`, `US-CA`), for field paths.
    pub key: Option<String>,
    /// Sections set by an override (their field paths start `overrides.KEY.`).
    pub overridden: Vec<&'static str>,
    pub window_days: Option<u32>,
    pub window_from: WindowStart,
    pub fault_days: Option<u32>,
    pub seasons: Vec<Season>,
    pub excl_final_sale: bool,
    pub excl_statutory: bool,
    pub excl_categories: Vec<String>,
    pub excl_tags: Vec<String>,
    pub excl_skus: Vec<String>,
    pub accepted: [bool; 4],
    pub require_packaging: bool,
    pub res_change_of_mind: Vec<Resolution>,
    pub res_fault: Vec<Resolution>,
    pub res_by_reason: BTreeMap<String, Vec<Resolution>>,
    pub bonus_bps: u32,
    pub restocking: Option<RestockingFee>,
    pub shipping: ReturnShipping,
    pub outbound: OutboundRefund,
    pub keep_below: Option<Money>,
    pub loss: LossOfValue,
    pub ship_back_days: u32,
    pub refund_within_days: Option<u32>,
    pub goodwill: Option<(u32, Vec<Resolution>)>,
    pub posted: bool,
}

impl Terms {
    /// The path of a policy field as written in the config these terms come from.
    pub(crate) fn path(&self, section: &'static str, rest: &str) -> String {
        let base = if rest.is_empty() {
            section.to_string()
        } else {
            format!("{section}.{rest}")
        };
        match &self.key {
            Some(k) if self.overridden.contains(&section) => format!("overrides.{k}.{base}"),
            _ => base,
        }
    }

    /// Resolutions for a reason of a class.
    pub(crate) fn resolutions(&self, reason: &str, class: ReasonClass) -> &[Resolution] {
        if let Some(r) = self.res_by_reason.get(reason) {
            return r;
        }
        match class {
            ReasonClass::ChangeOfMind => &self.res_change_of_mind,
            ReasonClass::Fault => &self.res_fault,
        }
    }
}

fn days(v: i64, field: impl FnOnce() -> String) -> Result<u32> {
    if v < 0 {
        return Err(Error::ReturnsNegativeWindow {
            field: field(),
            days: v,
        });
    }
    u32::try_from(v)
        .ok()
        .filter(|d| *d <= 36_600)
        .ok_or_else(|| Error::invalid(field(), "at most 36600 days (100 years)"))
}

fn month_day(text: &str, field: String) -> Result<MonthDay> {
    let bad = || {
        Error::invalid(
            field.clone(),
            format!("{text:?} is not a day of the year such as 01-31 (MM-DD)"),
        )
    };
    let (m, d) = text.split_once('-').ok_or_else(bad)?;
    if m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let m: u32 = m.parse().map_err(|_| bad())?;
    let d: u32 = d.parse().map_err(|_| bad())?;
    // A non-leap year: 02-29 has no yearly occurrence.
    chrono::NaiveDate::from_ymd_opt(2025, m, d).ok_or_else(bad)?;
    Ok((m, d))
}

fn check_bps(bps: u32, field: impl FnOnce() -> String) -> Result<()> {
    if bps > 10_000 {
        return Err(Error::ReturnsFeeExceedsPrice {
            field: field(),
            fee: format!("{bps} bp"),
            price: "100 %".into(),
        });
    }
    Ok(())
}

fn check_resolutions(list: &[Resolution], field: impl FnOnce() -> String) -> Result<()> {
    if list.is_empty() {
        return Err(Error::invalid(field(), "offer at least one resolution"));
    }
    Ok(())
}

/// Compiles the base config with `layers` (a country override) and `over`
/// (the override itself) applied in that order.
pub(super) fn compile(
    config: &ReturnPolicyConfig,
    key: Option<&String>,
    over: &PolicyOverride,
    layers: &[&PolicyOverride],
) -> Result<Terms> {
    // Pick each section from the most specific layer that sets it.
    let mut overridden: Vec<&'static str> = Vec::new();
    macro_rules! pick {
        ($field:ident, $name:literal) => {{
            if let Some(v) = over.$field.as_ref() {
                overridden.push($name);
                Some(v)
            } else {
                layers.iter().rev().find_map(|l| l.$field.as_ref())
            }
        }};
    }
    let window = pick!(window, "window").unwrap_or(&config.window);
    let seasonal = pick!(seasonal, "seasonal").unwrap_or(&config.seasonal);
    let exclusions = pick!(exclusions, "exclusions").unwrap_or(&config.exclusions);
    let condition = pick!(condition, "condition").unwrap_or(&config.condition);
    let resolutions = pick!(resolutions, "resolutions").unwrap_or(&config.resolutions);
    let bonus = *pick!(store_credit_bonus_bps, "store_credit_bonus_bps")
        .unwrap_or(&config.store_credit_bonus_bps);
    let restocking = pick!(restocking_fee, "restocking_fee").or(config.restocking_fee.as_ref());
    let shipping = pick!(return_shipping, "return_shipping").unwrap_or(&config.return_shipping);
    let outbound = *pick!(refund_outbound_shipping, "refund_outbound_shipping")
        .unwrap_or(&config.refund_outbound_shipping);
    let keep = pick!(keep_item_below, "keep_item_below").or(config.keep_item_below.as_ref());
    let loss = pick!(loss_of_value, "loss_of_value").unwrap_or(&config.loss_of_value);
    let ship_back = *pick!(ship_back_days, "ship_back_days").unwrap_or(&config.ship_back_days);
    let refund_within =
        pick!(refund_within_days, "refund_within_days").or(config.refund_within_days.as_ref());
    let goodwill = pick!(goodwill, "goodwill").or(config.goodwill.as_ref());
    let posted = *pick!(posted, "posted").unwrap_or(&config.posted);

    let mut t = Terms {
        key: key.cloned(),
        overridden,
        window_days: None,
        window_from: window.from,
        fault_days: None,
        seasons: Vec::new(),
        excl_final_sale: exclusions.final_sale,
        excl_statutory: exclusions.statutory_exceptions,
        excl_categories: exclusions.categories.clone(),
        excl_tags: exclusions.tags.clone(),
        excl_skus: exclusions.skus.clone(),
        accepted: [false; 4],
        require_packaging: condition.original_packaging,
        res_change_of_mind: resolutions.change_of_mind.clone(),
        res_fault: resolutions.fault.clone(),
        res_by_reason: resolutions.by_reason.clone(),
        bonus_bps: bonus,
        restocking: restocking.cloned(),
        shipping: shipping.clone(),
        outbound,
        keep_below: keep.copied(),
        loss: loss.clone(),
        ship_back_days: 0,
        refund_within_days: None,
        goodwill: None,
        posted,
    };
    let p = |section: &'static str, rest: &str, t: &Terms| t.path(section, rest);

    // Window.
    match (window.unlimited, window.days) {
        (true, Some(_)) => {
            return Err(Error::invalid(
                p("window", "days", &t),
                "give days or unlimited = true, not both",
            ));
        }
        (true, None) => {}
        (false, d) => {
            t.window_days = Some(days(d.unwrap_or(30), || p("window", "days", &t))?);
        }
    }
    if let Some(fd) = window.fault_days {
        t.fault_days = Some(days(fd, || p("window", "fault_days", &t))?);
    }
    for (i, s) in seasonal.iter().enumerate() {
        let f = |name: &str| p("seasonal", &format!("[{i}].{name}"), &t).replace(".[", "[");
        t.seasons.push(Season {
            from: month_day(&s.ordered_from, f("ordered_from"))?,
            until: month_day(&s.ordered_until, f("ordered_until"))?,
            returnable: month_day(&s.returnable_until, f("returnable_until"))?,
        });
    }
    for (i, list) in [
        (&exclusions.categories, "categories"),
        (&exclusions.tags, "tags"),
        (&exclusions.skus, "skus"),
    ]
    .into_iter()
    .map(|(l, n)| (n, l))
    .flat_map(|(n, l)| l.iter().enumerate().map(move |(i, v)| ((n, i), v)))
    {
        if list.trim().is_empty() {
            return Err(Error::invalid(
                p("exclusions", &format!("{}[{}]", i.0, i.1), &t),
                "must not be empty",
            ));
        }
    }
    if condition.accepted.is_empty() {
        return Err(Error::invalid(
            p("condition", "accepted", &t),
            "accept at least one condition",
        ));
    }
    for c in &condition.accepted {
        t.accepted[c.index()] = true;
    }
    check_resolutions(&resolutions.change_of_mind, || {
        p("resolutions", "change_of_mind", &t)
    })?;
    check_resolutions(&resolutions.fault, || p("resolutions", "fault", &t))?;
    for (reason, list) in &resolutions.by_reason {
        let field = p("resolutions", &format!("by_reason.{reason}"), &t);
        let known =
            BUILTIN_REASONS.iter().any(|(r, _)| r == reason) || config.reasons.contains_key(reason);
        if !known {
            let mut all: Vec<&str> = BUILTIN_REASONS.iter().map(|(r, _)| *r).collect();
            all.extend(config.reasons.keys().map(String::as_str));
            return Err(Error::ReturnsUnknownReason {
                field,
                reason: reason.clone(),
                expected: all.join(", "),
            });
        }
        check_resolutions(list, || field.clone())?;
    }
    check_bps(bonus, || p("store_credit_bonus_bps", "", &t)).map_err(|_| {
        Error::invalid(
            p("store_credit_bonus_bps", "", &t),
            "at most 10000 bp (a 100 % bonus)",
        )
    })?;
    if let Some(rf) = &t.restocking {
        check_bps(rf.bps, || p("restocking_fee", "bps", &t))?;
        if let (Some(flat), Some(cap)) = (rf.flat, rf.cap)
            && flat.currency() != cap.currency()
        {
            return Err(Error::CurrencyMismatch {
                field: p("restocking_fee", "cap", &t),
                left: flat.currency().code().into(),
                right: cap.currency().code().into(),
            });
        }
    }
    match (shipping.mode, &shipping.fee) {
        (ShippingMode::Flat, None) => {
            return Err(Error::invalid(
                p("return_shipping", "fee", &t),
                "mode flat needs a fee",
            ));
        }
        (ShippingMode::Free | ShippingMode::CustomerLabel, Some(_)) => {
            return Err(Error::invalid(
                p("return_shipping", "fee", &t),
                "a fee is only charged with mode flat",
            ));
        }
        _ => {}
    }
    check_bps(loss.used_bps, || p("loss_of_value", "used_bps", &t))?;
    check_bps(loss.damaged_bps, || p("loss_of_value", "damaged_bps", &t))?;
    t.ship_back_days = days(ship_back, || p("ship_back_days", "", &t))?;
    if let Some(r) = refund_within {
        t.refund_within_days = Some(days(*r, || p("refund_within_days", "", &t))?);
    }
    if let Some(g) = goodwill {
        let d = days(g.days, || p("goodwill", "days", &t))?;
        check_resolutions(&g.resolutions, || p("goodwill", "resolutions", &t))?;
        t.goodwill = Some((d, g.resolutions.clone()));
    }
    Ok(t)
}
