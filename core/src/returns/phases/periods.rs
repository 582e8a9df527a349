//! Phase 2: periods. Days and months counted from an event, the weekend and
//! public-holiday roll-over of Regulation (EEC, Euratom) No 1182/71, the
//! shop's seasons, and the guarantee and presumption dates.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::*;
use crate::returns::decision::{Deadlines, Reason};
use crate::returns::law::{self, GuaranteeLaw, Period, WithdrawalLaw};
use crate::returns::request::ItemKind;

pub(super) fn add_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

pub(super) fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

/// Regulation 1182/71 Art. 3(4): a period ending on a Saturday, Sunday or
/// public holiday ends on the next working day.
pub(super) fn roll_to_working_day(mut d: NaiveDate, holidays: &[NaiveDate]) -> (NaiveDate, bool) {
    let start = d;
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) || holidays.contains(&d) {
        d = add_days(d, 1);
    }
    (d, d != start)
}

impl<'a> Context<'a> {
    pub(super) fn eu_roll(
        &self,
        d: NaiveDate,
        w: &WithdrawalLaw,
        reasons: &mut Vec<Reason>,
    ) -> NaiveDate {
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
