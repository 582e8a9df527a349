//! Business-hours calendars and public holidays: the foundation every engine
//! that counts time in open hours stands on (SLA timers, KPIs in business
//! time, staffing, routing shifts, statutory periods of return law).
//!
//! A [`Calendar`] is compiled once from a [`CalendarConfig`] (weekly hours in an
//! IANA zone, holidays, shortened days, extra working days, built-in holiday
//! sets) and answers pure questions about instants: is it open, when does it
//! open or close next, when is a business-time target due, how much business
//! time lies between two instants. Instants are `DateTime<Utc>`, durations
//! `chrono::TimeDelta`. [`holidays`] computes public holidays by rule, and
//! [`holidays_from_ics`] reads a shop's closure days from an iCalendar file.
//!
//! ```
//! use caredesk::calendar::Calendar;
//! use chrono::{DateTime, TimeDelta, Utc};
//!
//! let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
//! // A night desk: Saturday 22:00 to Sunday 02:00, New York time.
//! let cal = Calendar::from_json(r#"{"zone": "America/New_York", "weekly": {"sat": [["22:00", "02:00"]]}}"#)?;
//! // Sunday 01:00 EDT belongs to Saturday's interval.
//! assert!(cal.is_open(at("2026-05-10T05:00:00Z")));
//! assert_eq!(cal.next_close(at("2026-05-10T05:00:00Z")), Some(at("2026-05-10T06:00:00Z")));
//! assert_eq!(cal.add(at("2026-05-09T12:00:00Z"), TimeDelta::hours(3))?, at("2026-05-10T05:00:00Z"));
//! # Ok::<(), caredesk::Error>(())
//! ```

mod config;
mod engine;
pub mod holidays;
pub mod ics;

pub use config::{CalendarConfig, DateHours, Interval};
pub use engine::Calendar;
pub use holidays::Holiday;
pub use ics::holidays_from_ics;
