//! Phase 2: periods. Days and months counted from an event, the weekend and
//! public-holiday roll-over of Regulation (EEC, Euratom) No 1182/71, the
//! shop's seasons, and the guarantee and presumption dates.

use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::*;
use crate::calendar::holidays;
use crate::country::Country;
use crate::error::Result;
use crate::returns::decision::{Deadlines, Reason};
use crate::returns::law::{self, GuaranteeLaw, Period, WithdrawalLaw};
use crate::returns::request::ItemKind;
use crate::returns::shop_rules::HOLIDAYS_NOT_BUILT_IN;

pub(super) fn add_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

pub(super) fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

/// The longest run of consecutive closed days (weekends and public
/// holidays) a period's last day is rolled over. A longer run can only come
/// from a caller's `holidays` list, and is refused rather than followed.
///
/// A German withdrawal period ending 17 March 2026, with a list that closes
/// every day from then for 31 days:
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest, MAX_CLOSED_RUN};
/// use chrono::{Days, NaiveDate};
///
/// let mut request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "DE", "reason": "unwanted",
///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"}}]}"#)?;
/// let start = NaiveDate::from_ymd_opt(2026, 3, 17).unwrap();
/// let closed = (0..=MAX_CLOSED_RUN).map(|i| start + Days::new(u64::from(i))).collect();
/// request.holidays = Some(closed);
/// let now = "2026-03-10T09:00:00Z".parse().unwrap();
/// let err = evaluate(&request, &ReturnPolicy::default(), now).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.invalid", Some("holidays")));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub const MAX_CLOSED_RUN: u32 = 30;

/// The public holidays a period's end is rolled over (Regulation 1182/71
/// Art. 3(4) counts the consumer's country's public holidays).
#[derive(Debug)]
pub(in crate::returns) enum Holidays {
    /// The request's own list, sorted and without repeats: it replaces the
    /// built-in holidays.
    Given(Vec<NaiveDate>),
    /// The built-in holidays of the consumer's country: its place in
    /// `calendar::holidays::COUNTRIES`.
    BuiltIn(usize),
    /// No holidays are built in for the country: weekends only.
    NotBuiltIn,
}

impl Holidays {
    /// The holidays for a request: its own list if it gives one, else the
    /// built-in ones of `country` when there are any.
    pub(in crate::returns) fn for_request(given: Option<&[NaiveDate]>, country: Country) -> Self {
        if let Some(list) = given {
            let mut list = list.to_vec();
            list.sort_unstable();
            list.dedup();
            return Holidays::Given(list);
        }
        match holidays::COUNTRIES
            .iter()
            .position(|c| *c == country.as_str())
        {
            Some(i) => Holidays::BuiltIn(i),
            None => Holidays::NotBuiltIn,
        }
    }

    /// Whether `day` is a public holiday; `None` when the built-in set has
    /// no data for its year (outside the calendar's supported years).
    fn contains(&self, day: NaiveDate) -> Option<bool> {
        let days = match self {
            Holidays::Given(list) => list.as_slice(),
            Holidays::NotBuiltIn => return Some(false),
            Holidays::BuiltIn(country) => built_in(*country, day.year())?,
        };
        Some(days.binary_search(&day).is_ok())
    }
}

/// Years the built-in calendar covers.
const YEARS: usize = (holidays::LAST_YEAR - holidays::FIRST_YEAR + 1) as usize;

/// The built-in holidays of every country and year, computed on first use
/// and kept for the process: a decision then costs a binary search, not a
/// calendar computation (the slots are fixed: `COUNTRIES` times 131 years).
static BUILT_IN: [OnceLock<Box<[NaiveDate]>>; holidays::COUNTRIES.len() * YEARS] =
    [const { OnceLock::new() }; holidays::COUNTRIES.len() * YEARS];

/// The sorted holiday dates of `COUNTRIES[country]` in `year`; `None` for a
/// year the calendar does not cover.
fn built_in(country: usize, year: i32) -> Option<&'static [NaiveDate]> {
    let offset = usize::try_from(year.checked_sub(holidays::FIRST_YEAR)?).ok()?;
    if offset >= YEARS {
        return None;
    }
    let slot = &BUILT_IN[country * YEARS + offset];
    if let Some(days) = slot.get() {
        return Some(days);
    }
    let days: Box<[NaiveDate]> = holidays::for_country(holidays::COUNTRIES[country], year)
        .ok()?
        .into_iter()
        .map(|h| h.date)
        .collect();
    Some(slot.get_or_init(|| days))
}

/// Regulation 1182/71 Art. 3(4): a period ending on a Saturday, Sunday or
/// public holiday ends on the next working day. Answers the day, whether it
/// moved, and whether only weekends could be counted (no holidays known).
///
/// # Errors
/// `input.invalid` (field `holidays`) when more than [`MAX_CLOSED_RUN`]
/// consecutive days are closed.
pub(super) fn roll_to_working_day(
    d: NaiveDate,
    holidays: &Holidays,
) -> Result<(NaiveDate, bool, bool)> {
    let mut day = d;
    let mut weekends_only = matches!(holidays, Holidays::NotBuiltIn);
    for _ in 0..=MAX_CLOSED_RUN {
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        let holiday = match holidays.contains(day) {
            Some(h) => h,
            None => {
                weekends_only = true;
                false
            }
        };
        if !weekend && !holiday {
            return Ok((day, day != d, weekends_only));
        }
        day = add_days(day, 1);
    }
    Err(Error::invalid(
        "holidays",
        format!(
            "more than {MAX_CLOSED_RUN} consecutive days from {d} are weekends or holidays: \
             a period is not rolled over that far"
        ),
    ))
}

impl<'a> Context<'a> {
    /// A period's last day under the law `w`: rolled to the next working day
    /// where the law follows Regulation 1182/71, citing it (once per item).
    pub(super) fn eu_roll(
        &self,
        d: NaiveDate,
        w: &WithdrawalLaw,
        reasons: &mut Vec<Reason>,
    ) -> Result<NaiveDate> {
        if !w.eu_days {
            return Ok(d);
        }
        let (rolled, moved, weekends_only) = roll_to_working_day(d, &self.holidays)?;
        let cited = |reasons: &Vec<Reason>, code: &str| reasons.iter().any(|r| r.code == code);
        if weekends_only && !cited(reasons, HOLIDAYS_NOT_BUILT_IN.code) {
            reasons.push(Reason::shop(HOLIDAYS_NOT_BUILT_IN));
        }
        if moved && !cited(reasons, law::EU_DAYS.code) {
            reasons.push(Reason::law(law::EU_DAYS));
        }
        Ok(rolled)
    }

    /// The guarantee and presumption dates, shown for every delivered item.
    pub(super) fn guarantee_dates(&self, i: usize, g: &GuaranteeLaw, deadlines: &mut Deadlines) {
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
}

/// Whether `day` falls in the yearly range `from..=until` (which may wrap the new year).
pub(super) fn in_season(day: NaiveDate, from: (u32, u32), until: (u32, u32)) -> bool {
    let md = (day.month(), day.day());
    if from <= until {
        from <= md && md <= until
    } else {
        md >= from || md <= until
    }
}

/// The first date on or after `day` with month and day `md`.
pub(super) fn next_on_or_after(day: NaiveDate, md: (u32, u32)) -> Option<NaiveDate> {
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

    fn given(days: &[&str]) -> Holidays {
        let days: Vec<NaiveDate> = days.iter().map(|s| d(s)).collect();
        Holidays::for_request(Some(&days), Country::parse("DE").unwrap())
    }

    #[test]
    fn weekend_and_holiday_roll_over() {
        // 2026-03-14 is a Saturday.
        let none = given(&[]);
        assert_eq!(
            roll_to_working_day(d("2026-03-14"), &none).unwrap(),
            (d("2026-03-16"), true, false)
        );
        assert_eq!(
            roll_to_working_day(d("2026-03-13"), &none).unwrap(),
            (d("2026-03-13"), false, false)
        );
        // Good Friday and Easter Monday 2026 around a weekend, given out of order.
        let hol = given(&["2026-04-06", "2026-04-03", "2026-04-06"]);
        assert_eq!(
            roll_to_working_day(d("2026-04-03"), &hol).unwrap(),
            (d("2026-04-07"), true, false)
        );
    }

    #[test]
    fn built_in_holidays_of_the_consumers_country() {
        let de = Holidays::for_request(None, Country::parse("DE").unwrap());
        // Christmas Day 2026 is a Friday; Boxing Day a Saturday.
        assert_eq!(
            roll_to_working_day(d("2026-12-25"), &de).unwrap(),
            (d("2026-12-28"), true, false)
        );
        // New Year's Day 2027 (a Friday) is found in the next year's set.
        assert_eq!(
            roll_to_working_day(d("2026-12-31"), &de).unwrap(),
            (d("2026-12-31"), false, false)
        );
        assert_eq!(
            roll_to_working_day(d("2027-01-01"), &de).unwrap(),
            (d("2027-01-04"), true, false)
        );
        // Beyond the calendar's years only weekends are counted, and that is said.
        assert_eq!(
            roll_to_working_day(d("2101-12-25"), &de).unwrap(),
            (d("2101-12-26"), true, true)
        );
    }

    #[test]
    fn a_country_without_built_in_holidays_counts_weekends_and_says_so() {
        // Sweden: 25 December 2026 is a public holiday there, not built in.
        let se = Holidays::for_request(None, Country::parse("SE").unwrap());
        assert!(matches!(se, Holidays::NotBuiltIn));
        assert_eq!(
            roll_to_working_day(d("2026-12-25"), &se).unwrap(),
            (d("2026-12-25"), false, true)
        );
    }

    #[test]
    fn a_long_run_of_closed_days_is_refused_not_followed() {
        let start = d("2026-01-01");
        let run: Vec<NaiveDate> = (0..40_000).map(|i| add_days(start, i)).collect();
        let all = Holidays::for_request(Some(&run), Country::parse("DE").unwrap());
        let e = roll_to_working_day(start, &all).unwrap_err();
        assert_eq!((e.code(), e.field()), ("input.invalid", Some("holidays")));
        // Exactly MAX_CLOSED_RUN closed days (from Monday 5 January to
        // Tuesday 3 February 2026) are rolled over; one more is refused.
        let monday = d("2026-01-05");
        let run = |n: u32| -> Holidays {
            let days: Vec<NaiveDate> = (0..n).map(|i| add_days(monday, i)).collect();
            Holidays::for_request(Some(&days), Country::parse("DE").unwrap())
        };
        assert_eq!(
            roll_to_working_day(monday, &run(MAX_CLOSED_RUN)).unwrap(),
            (d("2026-02-04"), true, false)
        );
        assert!(roll_to_working_day(monday, &run(MAX_CLOSED_RUN + 1)).is_err());
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
