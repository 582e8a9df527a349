//! Built-in policies for the reply-time rules marketplaces impose on sellers.
//!
//! | preset | covers | target | clock | source |
//! |---|---|---|---|---|
//! | `amazon` | marketplace `amazon` | first and next reply 24 h | calendar time (weekends and holidays count) | Amazon Seller Central help 202152030, "Respond to buyer messages within 24 hours, including weekends and holidays" |
//! | `walmart` | marketplace `walmart` | first and next reply 48 h | calendar time (weekends count) | Walmart Marketplace Customer Care Policy, "within 48 hours of receipt including weekends" |
//! | `ebay` | marketplace `ebay` | first and next reply 72 h | a working-days calendar you name | eBay seller return rules, 3 business days (Mon–Fri, bank holidays excluded) |
//! | `kaufland` | marketplace `kaufland` | first and next reply 48 h | a working-days calendar you name | Kaufland Seller University, "Customer enquiries": answer open tickets "within 48 hours (working days)" |
//!
//! Business-day presets count whole working days as 24 hours each, so they
//! need a calendar open 00:00–24:00 Monday to Friday with the seller's bank
//! holidays: [`working_days_calendar`] builds one. Marketplace clocks do not
//! pause while a ticket is pending. The rules change; each preset is a
//! starting point a shop can override field by field.
//!
//! ```
//! use caredesk::sla::presets;
//! let amazon = presets::policy("amazon", None)?;
//! assert_eq!(amazon.name.as_deref(), Some("amazon"));
//! assert!(presets::policy("ebay", None).is_err()); // needs a working-days calendar
//! # Ok::<(), caredesk::Error>(())
//! ```

use std::collections::BTreeMap;

use chrono::TimeDelta;

use super::config::{
    Clock, Conditions, PolicyConfig, TargetConfig, TargetDuration, Targets, Within,
};
use crate::calendar::CalendarConfig;
use crate::error::{Error, Result};
use crate::ticket::Marketplace;

/// The preset names.
///
/// ```
/// use caredesk::sla::presets;
///
/// // Every preset compiles; the business-day ones need a working-days calendar.
/// for name in presets::NAMES {
///     let calendar = matches!(name, "ebay" | "kaufland").then_some("de_workdays");
///     assert_eq!(presets::policy(name, calendar)?.name.as_deref(), Some(name));
/// }
/// # Ok::<(), caredesk::Error>(())
/// ```
pub const NAMES: [&str; 4] = ["amazon", "walmart", "ebay", "kaufland"];

/// The policy configuration of a preset. `calendar` names the working-days
/// calendar for `ebay` and `kaufland` and must be absent for the others.
///
/// # Errors
/// `input.unknown_value` naming `preset` for an unknown name; `input.invalid`
/// naming `calendar` when it is missing or not wanted.
///
/// ```
/// use caredesk::Marketplace;
/// use caredesk::sla::presets;
///
/// let kaufland = presets::policy("kaufland", Some("de_workdays"))?;
/// assert_eq!(kaufland.when.map(|w| w.marketplace), Some(vec![Marketplace::Kaufland]));
/// let first = kaufland.targets.first_reply.expect("first reply is timed");
/// assert_eq!(first.within.for_priority(None).map(|d| d.to_string()), Some("48h".into()));
/// assert_eq!(presets::policy("amazon", Some("de_workdays")).unwrap_err().field(), Some("calendar"));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn policy(name: &str, calendar: Option<&str>) -> Result<PolicyConfig> {
    let (marketplace, hours, business) = match name {
        "amazon" => (Marketplace::Amazon, 24, false),
        "walmart" => (Marketplace::Walmart, 48, false),
        "ebay" => (Marketplace::Ebay, 72, true),
        "kaufland" => (Marketplace::Kaufland, 48, true),
        _ => {
            return Err(Error::UnknownValue {
                field: "preset".into(),
                value: name.into(),
                expected: NAMES.join(", "),
            });
        }
    };
    let clock = match (business, calendar) {
        (false, None) => Clock::Calendar,
        (false, Some(_)) => {
            return Err(Error::invalid(
                "calendar",
                format!("the {name} preset runs on calendar time and takes no calendar"),
            ));
        }
        (true, Some(c)) => Clock::Business(c.to_string()),
        (true, None) => {
            return Err(Error::invalid(
                "calendar",
                format!(
                    "the {name} preset counts working days; name a calendar open 00:00-24:00 Monday to Friday with the bank holidays"
                ),
            ));
        }
    };
    let target = || TargetConfig {
        within: Within::All(
            TargetDuration::new(TimeDelta::hours(hours)).expect("preset durations are in range"),
        ),
        clock: Some(clock.clone()),
        pause: Some(Vec::new()),
        warn: None,
    };
    Ok(PolicyConfig {
        name: Some(name.to_string()),
        preset: None,
        calendar: None,
        when: Some(Conditions {
            marketplace: vec![marketplace],
            ..Conditions::default()
        }),
        clock: None,
        targets: Targets {
            first_reply: Some(target()),
            next_reply: Some(target()),
            ..Targets::default()
        },
    })
}

/// A calendar open all day Monday to Friday, closed on the public holidays
/// of `country` (see [`holidays::COUNTRIES`](crate::calendar::holidays::COUNTRIES)):
/// the clock of business-day marketplace rules.
///
/// ```
/// use caredesk::calendar::Calendar;
/// use caredesk::sla::presets;
/// use chrono::{DateTime, TimeDelta, Utc};
/// let cal = Calendar::new(presets::working_days_calendar("Europe/Berlin", "DE"))?;
/// // Friday 15:00 in Berlin + 72 working hours: Wednesday 15:00.
/// let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
/// assert_eq!(cal.add(at("2026-11-20T14:00:00Z"), TimeDelta::hours(72))?, at("2026-11-25T14:00:00Z"));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn working_days_calendar(zone: &str, country: &str) -> CalendarConfig {
    let day = vec![("00:00".to_string(), "24:00".to_string())];
    let weekly: BTreeMap<String, _> = ["mon", "tue", "wed", "thu", "fri"]
        .iter()
        .map(|d| (d.to_string(), day.clone()))
        .collect();
    CalendarConfig {
        zone: zone.to_string(),
        weekly,
        holiday_sets: vec![country.to_string()],
        ..CalendarConfig::default()
    }
}
