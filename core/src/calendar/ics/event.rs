//! One `VEVENT`: its properties as read, and its expansion to dates.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};

use super::lines::{ContentLine, bad, shorten};
use super::{Budget, rule};
use crate::error::Result;

/// The properties of one event that matter for holidays, each with the
/// line it was read from.
pub(super) struct Event {
    begin: usize,
    summary: Option<String>,
    start: Option<(NaiveDate, usize)>,
    end: Option<(NaiveDate, usize)>,
    duration_days: Option<(u64, usize)>,
    rule: Option<(String, usize)>,
    exdates: BTreeSet<NaiveDate>,
    rdates: Vec<(NaiveDate, usize)>,
    cancelled: bool,
}

impl Event {
    /// An event opened by `BEGIN:VEVENT` on line `begin`.
    pub(super) fn new(begin: usize) -> Self {
        Event {
            begin,
            summary: None,
            start: None,
            end: None,
            duration_days: None,
            rule: None,
            exdates: BTreeSet::new(),
            rdates: Vec::new(),
            cancelled: false,
        }
    }

    /// `event "Christmas" (BEGIN:VEVENT at line 12)` for messages.
    fn label(&self) -> String {
        match &self.summary {
            Some(s) => format!(
                "event {:?} (BEGIN:VEVENT at line {})",
                shorten(s),
                self.begin
            ),
            None => format!("event at line {}", self.begin),
        }
    }

    /// Reads one property of the event.
    pub(super) fn property(&mut self, cl: &ContentLine) -> Result<()> {
        let once = |already: bool| {
            if already {
                Err(bad(
                    cl.number,
                    format!("{} given twice in one event", cl.name),
                ))
            } else {
                Ok(())
            }
        };
        match cl.name.as_str() {
            "SUMMARY" => self.summary = Some(cl.value.replace("\\,", ",").replace("\\;", ";")),
            "DTSTART" => {
                once(self.start.is_some())?;
                self.start = Some((date_value(cl, &cl.value)?, cl.number));
            }
            "DTEND" => {
                once(self.end.is_some())?;
                self.end = Some((date_value(cl, &cl.value)?, cl.number));
            }
            "DURATION" => {
                once(self.duration_days.is_some())?;
                self.duration_days = Some((duration_days(cl)?, cl.number));
            }
            "RRULE" => {
                once(self.rule.is_some())?;
                self.rule = Some((cl.value.clone(), cl.number));
            }
            "EXDATE" | "RDATE" => self.dates(cl)?,
            "STATUS" => self.cancelled = cl.value.trim().eq_ignore_ascii_case("CANCELLED"),
            "RECURRENCE-ID" => {
                return Err(bad(
                    cl.number,
                    "RECURRENCE-ID (a changed instance of a recurring event) is not supported; \
                     export the instances as separate events or use EXDATE/RDATE",
                ));
            }
            _ => {}
        }
        Ok(())
    }

    /// `EXDATE` or `RDATE` with date values.
    fn dates(&mut self, cl: &ContentLine) -> Result<()> {
        if matches!(cl.param("VALUE"), Some(v) if v.eq_ignore_ascii_case("PERIOD")) {
            return Err(bad(
                cl.number,
                format!("{} with periods is a timed event; give dates", cl.name),
            ));
        }
        for v in cl.value.split(',') {
            let d = date_value(cl, v.trim())?;
            if cl.name == "EXDATE" {
                self.exdates.insert(d);
            } else {
                self.rdates.push((d, cl.number));
            }
        }
        Ok(())
    }

    /// How many days each occurrence lasts: from `DTEND` (exclusive) or
    /// `DURATION`, else one.
    fn days(&self, start: NaiveDate) -> Result<u64> {
        match (self.end, self.duration_days) {
            (Some(_), Some((_, line))) => Err(bad(
                line,
                format!("{} has both DTEND and DURATION", self.label()),
            )),
            (Some((end, line)), None) if end <= start => Err(bad(
                line,
                format!(
                    "{}: DTEND {end} is not after DTSTART {start} (DTEND is exclusive)",
                    self.label()
                ),
            )),
            (Some((end, _)), None) => Ok((end - start).num_days().unsigned_abs()),
            (None, Some((0, line))) => Err(bad(
                line,
                format!("{}: DURATION is zero days", self.label()),
            )),
            (None, Some((d, _))) => Ok(d),
            (None, None) => Ok(1),
        }
    }

    /// Adds the event's dates to `out`, charging every date of every
    /// occurrence to `budget` before it is produced.
    pub(super) fn expand_into(
        self,
        budget: &mut Budget,
        out: &mut BTreeSet<NaiveDate>,
    ) -> Result<()> {
        let Some((start, start_line)) = self.start else {
            return Err(bad(self.begin, format!("{} has no DTSTART", self.label())));
        };
        if self.cancelled {
            return Ok(());
        }
        let days = self.days(start)?;
        let label = self.label();
        let mut starts = match &self.rule {
            Some((text, line)) => rule::occurrences(text, *line, start, days, &label, budget)?,
            None => {
                budget
                    .dates(days)
                    .map_err(|why| bad(start_line, format!("{label}: {why}")))?;
                vec![start]
            }
        };
        for &(d, line) in &self.rdates {
            budget
                .dates(days)
                .map_err(|why| bad(line, format!("{label}: {why}")))?;
            starts.push(d);
        }
        for s in starts.into_iter().filter(|s| !self.exdates.contains(s)) {
            for k in 0..days {
                let d = s.checked_add_days(Days::new(k)).ok_or_else(|| {
                    bad(
                        start_line,
                        format!("{label}: a date after {s} is past the last date"),
                    )
                })?;
                out.insert(d);
            }
        }
        Ok(())
    }
}

/// A `DATE` value (`YYYYMMDD`); a date-time or `VALUE=DATE-TIME` is a timed event.
fn date_value(cl: &ContentLine, value: &str) -> Result<NaiveDate> {
    let timed = || {
        bad(
            cl.number,
            format!(
                "{}:{} is a timed event; only all-day events ({};VALUE=DATE:YYYYMMDD) are read as holidays",
                cl.name,
                shorten(value),
                cl.name
            ),
        )
    };
    match cl.param("VALUE") {
        Some(v) if v.eq_ignore_ascii_case("DATE") => {}
        Some(v) if v.eq_ignore_ascii_case("DATE-TIME") => return Err(timed()),
        Some(v) => {
            return Err(bad(
                cl.number,
                format!("{};VALUE={} is not a date", cl.name, shorten(v)),
            ));
        }
        None => {}
    }
    if value.contains(['T', 't']) {
        return Err(timed());
    }
    super::parse_date(value).ok_or_else(|| {
        bad(
            cl.number,
            format!("{}: {:?} is not a date YYYYMMDD", cl.name, shorten(value)),
        )
    })
}

/// `P3D`, `P2W` (optionally `+`); a time part makes it a timed event.
fn duration_days(cl: &ContentLine) -> Result<u64> {
    let v = cl.value.trim();
    let malformed = || {
        bad(
            cl.number,
            format!(
                "DURATION:{} is not a whole number of days or weeks (P3D, P1W)",
                shorten(&cl.value)
            ),
        )
    };
    let body = v.strip_prefix('+').unwrap_or(v);
    let Some(body) = body.strip_prefix('P') else {
        return Err(malformed());
    };
    if body.contains('T') {
        return Err(bad(
            cl.number,
            format!(
                "DURATION:{} has a time part: a timed event",
                shorten(&cl.value)
            ),
        ));
    }
    let (num, per_unit) = match (body.strip_suffix('D'), body.strip_suffix('W')) {
        (Some(n), _) => (n, 1),
        (None, Some(n)) => (n, 7),
        (None, None) => return Err(malformed()),
    };
    if num.is_empty() || num.len() > 18 || !num.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed());
    }
    num.parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(per_unit))
        .ok_or_else(malformed)
}
