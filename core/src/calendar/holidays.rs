//! Public holidays computed by rule, for a fixed list of countries and any year
//! from 1970 to 2100.
//!
//! Rules are the national ones (regional holidays of DE, ES, AT and the rest are
//! left out; add them to a calendar's `holidays`). Moveable feasts follow the
//! Gregorian computus ([`easter`]). Where the law moves a holiday that falls on a
//! weekend, the substitute day is listed too, with `(substitute day)` or
//! `(observed)` in its name: England & Wales (next weekday), US federal
//! (Saturday to the Friday before, Sunday to the Monday after; a 1 January
//! falling on a Saturday is observed on 31 December of the year before and is
//! listed in that year), Australia (next weekday, see below). Ireland moves nothing since the Organisation of
//! Working Time Act 1997 (see below).
//!
//! Rule changes over time that are applied:
//!
//! - **IT**: law 54/1977 removed St Joseph (19 March), Ascension, Corpus Domini,
//!   Sts Peter and Paul (29 June) and 4 November from 1977 and moved Republic Day
//!   (2 June) to a Sunday; Epiphany came back in 1985, 2 June in 2001; St Francis
//!   (4 October) is a national holiday again from 2026; 17 March 2011 (150th
//!   anniversary of unification, decree-law 5/2011) once.
//! - **DE**: 17 June (West Germany) until 1990, 3 October from 1990; Repentance
//!   Day (Buß- und Bettag) nationwide until 1994; 31 October 2017 (Reformation
//!   Day, 500th anniversary) once.
//! - **FR**: 8 May from 1982 (not listed before).
//! - **ES**: a national holiday on a Sunday is not listed: the Estatuto de los
//!   Trabajadores (art. 37.2) moves its rest day to the Monday, and each
//!   autonomous community may replace that Monday with a holiday of its own,
//!   so the Monday is regional (applied to every year; checked from 2008).
//! - **PT**: Corpus Christi, 5 October, 1 November and 1 December were suspended
//!   2013–2015; 25 April from 1975.
//! - **NL**: the days of the Algemene termijnenwet, art. 3: paragraph 1 lists
//!   the recognised holidays, paragraph 2 equates Good Friday with them (so it
//!   is listed: it counts for legal deadlines); Easter and Whit Sunday are
//!   listed too. Whether staff get these days off is left to collective
//!   agreements (many give 5 May off only every fifth year). Queen's Day 30
//!   April until 2013 (a Sunday moved it to 1 May until 1979 and to 29 April
//!   from 1980); King's Day 27 April from 2014 (a Sunday moves it to 26 April);
//!   Liberation Day (5 May) every year from 1990, every fifth year before.
//! - **IE**: May Day from 1994, October holiday from 1977, St Brigid's Day from
//!   2023 (first Monday of February, or 1 February when that is a Friday),
//!   one-off holidays on 31 December 1999 (millennium), 14 September 2001
//!   (national day of mourning) and 18 March 2022. From 1997 (Organisation of
//!   Working Time Act) a holiday on a weekend is not moved: the employee gets a
//!   day off within a month, an extra day of leave or a day's pay, as the
//!   employer decides; before 1997 the next weekday is listed as a substitute
//!   (a simplification of the Holidays (Employees) Act 1973, not checked).
//! - **GB** (England & Wales): Early May bank holiday from 1978. One-off and
//!   moved bank holidays: 14 Nov 1973, 7 Jun 1977, 29 Jul 1981, 8 May 1995
//!   (instead of 1 May), 31 Dec 1999, 3–4 Jun 2002 (spring holiday moved), 29 Apr
//!   2011, 4–5 Jun 2012 (spring holiday moved), 8 May 2020 (instead of 4 May),
//!   2–3 Jun 2022 (spring holiday moved), 19 Sep 2022, 8 May 2023.
//! - **US** (federal, 5 U.S.C. 6103): Monday holidays from 1971; Veterans Day on
//!   the fourth Monday of October 1971–1977; Martin Luther King Jr. Day from
//!   1986; Juneteenth from 2021. One-day closures by executive order (e.g. 24
//!   December in some years) are not holidays and are not listed.
//! - **PL**: 22 July until 1989; 15 August and 11 November from 1989; 3 May from
//!   1990; Epiphany from 2011; 24 December from 2025; 12 November 2018 once.
//! - **AT**: Good Friday is not listed (it was a holiday for Protestant
//!   churches only, until 2018).
//! - **CH**: the one federal public holiday is 1 August (art. 110(3) of the
//!   Federal Constitution, from the popular vote of 26 September 1993, in force
//!   from 1994; listed from 1994). Every other holiday is cantonal: the Labour
//!   Act (art. 20a(1)) equates 1 August with Sunday and lets each canton equate
//!   up to eight more days. "National" here means the days that are public
//!   holidays in all 26 cantons, by the Federal Office of Justice's table of
//!   cantonal holidays: New Year's Day, Ascension Day, 1 August and Christmas
//!   Day. Days kept in most but not all cantons (2 January, Good Friday, Easter
//!   Monday, Whit Monday, 26 December, Corpus Christi, the Federal Fast Monday)
//!   are not listed; add a canton's to a calendar's `holidays`.
//! - **TR** (Law 2429 of 1981 on national and general holidays, before it Law
//!   2739 of 1935): 1 May until 1980 (Spring Day) and from 2009 (Law 5892);
//!   27 May 1963–1980; 30 October (second day of Republic Day) until 1980;
//!   15 July from 2017 (Law 6752). Ramazan Bayramı is 1–3 Shawwal and Kurban
//!   Bayramı 10–13 Dhu al-Hijjah; their dates come from the Umm al-Qura
//!   calendar (ICU4X `icu_calendar`, KACST month lengths for 1300–1600 AH)
//!   with Diyanet's dates where they differ, in 2005, 2007, 2008, 2010, 2012,
//!   2015 and 2016. Diyanet (Presidency of Religious Affairs) publishes the
//!   dates Turkey keeps; they agree with Umm al-Qura for every year from 2017
//!   to 2032. Before 2000 Diyanet's criterion was not checked here and a feast
//!   may be a day off; after 2032 both are predictions. The eves (arife of each
//!   feast and 28 October) are half days from 13:00 and are not listed: a
//!   calendar lists whole closed days; give a shortened day in `holidays`
//!   (`{"date": ..., "open": [["09:00", "13:00"]]}`). Bridge days the
//!   government grants civil servants (idari izin) are administrative leave,
//!   not holidays, and are not listed.
//! - **BR**: the national holidays of Law 662/1949 (as amended by Law
//!   10.607/2002: 1 January, 21 April, 1 May, 7 September, 2 November, 15
//!   November, 25 December, each listed every year), 12 October from 1980 (Law
//!   6.802/1980) and 20 November from 2024 (Law 14.759/2023). Good Friday is
//!   listed: Law 9.093/1995 makes it a religious holiday named in that law
//!   itself, kept in every municipality. Carnival Monday and Tuesday, Ash
//!   Wednesday and Corpus Christi are not listed: nationally they are optional
//!   points (ponto facultativo) of the federal civil service, and holidays
//!   only where a state or municipality declares them; add them to a
//!   calendar's `holidays` where the shop closes.
//! - **AU**: the days that are public holidays in every state and territory:
//!   New Year's Day, Australia Day (26 January), Good Friday, Easter Monday,
//!   Anzac Day (25 April), Christmas Day and Boxing Day, and the National Day
//!   of Mourning for Queen Elizabeth II (22 September 2022), once. Easter
//!   Saturday and Sunday and the King's (Queen's) Birthday are not listed: they
//!   are not kept in every state (the birthday is the second Monday of June in
//!   most, another day in WA and QLD). A New Year's Day, Australia Day,
//!   Christmas Day or Boxing Day on a weekend gets the next weekday not already
//!   a holiday as a substitute (Christmas on a Saturday: Monday 27, Boxing Day
//!   Tuesday 28; on a Sunday: Christmas Tuesday 27), as every state does; the
//!   day itself stays listed (some states keep both). Anzac Day on a weekend
//!   is not moved (only some states add a Monday). Australia Day is listed on
//!   26 January every year and substituted from 1994, when all states began
//!   to keep the day itself (before, most kept a nearby Monday instead; not
//!   modelled). Rules before 2000 are not checked.
//!
//! ```
//! use caredesk::calendar::holidays;
//! use chrono::NaiveDate;
//!
//! let gb = holidays::for_country("GB", 2022)?;
//! let d = |m, d| NaiveDate::from_ymd_opt(2022, m, d).unwrap();
//! assert!(gb.iter().any(|h| h.date == d(9, 19))); // State funeral, one-off
//! assert!(gb.iter().any(|h| h.date == d(12, 27))); // Christmas on a Sunday
//! assert_eq!(holidays::easter(2026), Some(NaiveDate::from_ymd_opt(2026, 4, 5).unwrap()));
//! # Ok::<(), caredesk::Error>(())
//! ```

use chrono::{Datelike, Days, NaiveDate, Weekday};
use icu_calendar::Date;
use icu_calendar::cal::Hijri;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The first year [`for_country`] knows.
pub const FIRST_YEAR: i32 = 1970;
/// The last year [`for_country`] knows.
pub const LAST_YEAR: i32 = 2100;
/// The supported country codes (ISO 3166-1 alpha-2; `GB` means England & Wales;
/// for CH and AU the days kept in every canton or state, see the module docs).
pub const COUNTRIES: &[&str] = &[
    "AT", "AU", "BE", "BR", "CH", "DE", "ES", "FR", "GB", "IE", "IT", "NL", "PL", "PT", "TR", "US",
];

/// One public holiday.
///
/// ```
/// use caredesk::calendar::holidays::{for_country, Holiday};
/// let it: Vec<Holiday> = for_country("IT", 2026)?;
/// assert_eq!(it[0].name, "New Year's Day");
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Holiday {
    /// The day off.
    pub date: NaiveDate,
    /// Its English name; substitute days say so.
    pub name: String,
}

/// Easter Sunday of a Gregorian year (anonymous Gregorian computus), or `None`
/// for a year chrono cannot represent.
///
/// ```
/// use caredesk::calendar::holidays::easter;
/// use chrono::NaiveDate;
/// assert_eq!(easter(2024), NaiveDate::from_ymd_opt(2024, 3, 31));
/// ```
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The public holidays of `country` (see [`COUNTRIES`], case-insensitive) in
/// `year`, sorted by date.
///
/// # Errors
/// `input.unknown_value` (field `country`) for an unsupported country,
/// `input.invalid` (field `year`) for a year outside 1970–2100.
pub fn for_country(country: &str, year: i32) -> Result<Vec<Holiday>> {
    let code = country.to_ascii_uppercase();
    if !COUNTRIES.contains(&code.as_str()) {
        return Err(Error::UnknownValue {
            field: "country".into(),
            value: country.to_string(),
            expected: COUNTRIES.join(", "),
        });
    }
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(Error::invalid(
            "year",
            format!("{year} is outside the supported years {FIRST_YEAR}-{LAST_YEAR}"),
        ));
    }
    let mut b = Builder::new(year);
    match code.as_str() {
        "IT" => italy(&mut b),
        "DE" => germany(&mut b),
        "FR" => france(&mut b),
        "ES" => spain(&mut b),
        "PT" => portugal(&mut b),
        "NL" => netherlands(&mut b),
        "BE" => belgium(&mut b),
        "AT" => austria(&mut b),
        "IE" => ireland(&mut b),
        "GB" => england(&mut b),
        "US" => united_states(&mut b),
        "CH" => switzerland(&mut b),
        "TR" => turkey(&mut b),
        "BR" => brazil(&mut b),
        "AU" => australia(&mut b),
        _ => poland(&mut b),
    }
    let mut out = b.out;
    out.sort();
    out.dedup();
    Ok(out)
}

struct Builder {
    year: i32,
    easter: NaiveDate,
    out: Vec<Holiday>,
}

impl Builder {
    fn new(year: i32) -> Self {
        // Years are checked to be 1970..=2100 before this is called.
        let easter = easter(year).unwrap_or(NaiveDate::MIN);
        Builder {
            year,
            easter,
            out: Vec::new(),
        }
    }

    fn date(&self, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN)
    }

    fn add(&mut self, date: NaiveDate, name: &str) {
        self.out.push(Holiday {
            date,
            name: name.to_string(),
        });
    }

    fn fixed(&mut self, month: u32, day: u32, name: &str) -> NaiveDate {
        let d = self.date(month, day);
        self.add(d, name);
        d
    }

    fn easter_rel(&mut self, offset: i64, name: &str) {
        let d = self.easter + chrono::TimeDelta::days(offset);
        self.add(d, name);
    }

    /// The `n`th (1-based) `weekday` of `month`.
    fn nth(&self, month: u32, weekday: Weekday, n: u8) -> NaiveDate {
        NaiveDate::from_weekday_of_month_opt(self.year, month, weekday, n).unwrap_or(NaiveDate::MIN)
    }

    /// The last `weekday` of `month`.
    fn last(&self, month: u32, weekday: Weekday) -> NaiveDate {
        let mut d = self.nth(month, weekday, 4);
        while let Some(next) = d
            .checked_add_days(Days::new(7))
            .filter(|n| n.month() == month)
        {
            d = next;
        }
        d
    }

    /// Adds substitute days (next weekday that is not already a holiday) for the
    /// given holidays that fall on a weekend, England & Wales style.
    fn substitute_next_weekday(&mut self, dates: &[(NaiveDate, &str)]) {
        let mut taken: Vec<NaiveDate> = self.out.iter().map(|h| h.date).collect();
        for &(date, name) in dates {
            if !is_weekend(date) {
                continue;
            }
            let mut d = date;
            while is_weekend(d) || taken.contains(&d) {
                d = d.succ_opt().unwrap_or(d);
            }
            taken.push(d);
            self.add(d, &format!("{name} (substitute day)"));
        }
    }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn italy(b: &mut Builder) {
    let y = b.year;
    b.fixed(1, 1, "New Year's Day");
    if !(1977..1985).contains(&y) {
        b.fixed(1, 6, "Epiphany");
    }
    if y < 1977 {
        b.fixed(3, 19, "St Joseph's Day");
        b.easter_rel(39, "Ascension Day");
        b.easter_rel(60, "Corpus Domini");
        b.fixed(6, 29, "Sts Peter and Paul");
        b.fixed(11, 4, "National Unity Day");
    }
    b.easter_rel(0, "Easter Sunday");
    b.easter_rel(1, "Easter Monday");
    b.fixed(4, 25, "Liberation Day");
    b.fixed(5, 1, "Labour Day");
    if !(1977..2001).contains(&y) {
        b.fixed(6, 2, "Republic Day");
    }
    b.fixed(8, 15, "Assumption Day");
    if y == 2011 {
        b.fixed(3, 17, "150th Anniversary of the Unification of Italy");
    }
    if y >= 2026 {
        b.fixed(10, 4, "St Francis of Assisi");
    }
    b.fixed(11, 1, "All Saints' Day");
    b.fixed(12, 8, "Immaculate Conception");
    b.fixed(12, 25, "Christmas Day");
    b.fixed(12, 26, "St Stephen's Day");
}

fn germany(b: &mut Builder) {
    let y = b.year;
    b.fixed(1, 1, "New Year's Day");
    b.easter_rel(-2, "Good Friday");
    b.easter_rel(1, "Easter Monday");
    b.fixed(5, 1, "Labour Day");
    b.easter_rel(39, "Ascension Day");
    b.easter_rel(50, "Whit Monday");
    if y <= 1990 {
        b.fixed(6, 17, "Day of German Unity (17 June)");
    }
    if y >= 1990 {
        b.fixed(10, 3, "Day of German Unity");
    }
    if y == 2017 {
        b.fixed(10, 31, "Reformation Day (500th anniversary)");
    }
    if y <= 1994 {
        // The Wednesday before 23 November.
        let mut d = b.date(11, 22);
        while d.weekday() != Weekday::Wed {
            d = d.pred_opt().unwrap_or(d);
        }
        b.add(d, "Repentance and Prayer Day");
    }
    b.fixed(12, 25, "Christmas Day");
    b.fixed(12, 26, "Second Day of Christmas");
}

fn france(b: &mut Builder) {
    b.fixed(1, 1, "New Year's Day");
    b.easter_rel(1, "Easter Monday");
    b.fixed(5, 1, "Labour Day");
    if b.year >= 1982 {
        b.fixed(5, 8, "Victory in Europe Day");
    }
    b.easter_rel(39, "Ascension Day");
    b.easter_rel(50, "Whit Monday");
    b.fixed(7, 14, "Bastille Day");
    b.fixed(8, 15, "Assumption Day");
    b.fixed(11, 1, "All Saints' Day");
    b.fixed(11, 11, "Armistice Day");
    b.fixed(12, 25, "Christmas Day");
}

fn spain(b: &mut Builder) {
    b.fixed(1, 1, "New Year's Day");
    b.fixed(1, 6, "Epiphany");
    b.easter_rel(-2, "Good Friday");
    b.fixed(5, 1, "Labour Day");
    b.fixed(8, 15, "Assumption Day");
    b.fixed(10, 12, "National Day");
    b.fixed(11, 1, "All Saints' Day");
    if b.year >= 1979 {
        b.fixed(12, 6, "Constitution Day");
    }
    b.fixed(12, 8, "Immaculate Conception");
    b.fixed(12, 25, "Christmas Day");
    // Estatuto de los Trabajadores, art. 37.2: the rest day of a holiday on a
    // Sunday moves to the Monday, which each community may swap for one of
    // its own; so neither day is a national day off.
    b.out.retain(|h| h.date.weekday() != Weekday::Sun);
}

fn portugal(b: &mut Builder) {
    let y = b.year;
    let suspended = (2013..=2015).contains(&y);
    b.fixed(1, 1, "New Year's Day");
    b.easter_rel(-2, "Good Friday");
    b.easter_rel(0, "Easter Sunday");
    if y >= 1975 {
        b.fixed(4, 25, "Freedom Day");
    }
    b.fixed(5, 1, "Labour Day");
    if !suspended {
        b.easter_rel(60, "Corpus Christi");
    }
    b.fixed(6, 10, "Portugal Day");
    b.fixed(8, 15, "Assumption Day");
    if !suspended {
        b.fixed(10, 5, "Republic Day");
        b.fixed(11, 1, "All Saints' Day");
        b.fixed(12, 1, "Restoration of Independence");
    }
    b.fixed(12, 8, "Immaculate Conception");
    b.fixed(12, 25, "Christmas Day");
}

fn netherlands(b: &mut Builder) {
    let y = b.year;
    b.fixed(1, 1, "New Year's Day");
    b.easter_rel(-2, "Good Friday");
    b.easter_rel(0, "Easter Sunday");
    b.easter_rel(1, "Easter Monday");
    if y >= 2014 {
        let d = b.date(4, 27);
        let d = if d.weekday() == Weekday::Sun {
            b.date(4, 26)
        } else {
            d
        };
        b.add(d, "King's Day");
    } else {
        let d = b.date(4, 30);
        let d = match (d.weekday(), y >= 1980) {
            (Weekday::Sun, true) => b.date(4, 29),
            (Weekday::Sun, false) => b.date(5, 1),
            _ => d,
        };
        b.add(d, "Queen's Day");
    }
    if y >= 1990 || y % 5 == 0 {
        b.fixed(5, 5, "Liberation Day");
    }
    b.easter_rel(39, "Ascension Day");
    b.easter_rel(49, "Whit Sunday");
    b.easter_rel(50, "Whit Monday");
    b.fixed(12, 25, "Christmas Day");
    b.fixed(12, 26, "Second Day of Christmas");
}

fn belgium(b: &mut Builder) {
    b.fixed(1, 1, "New Year's Day");
    b.easter_rel(1, "Easter Monday");
    b.fixed(5, 1, "Labour Day");
    b.easter_rel(39, "Ascension Day");
    b.easter_rel(50, "Whit Monday");
    b.fixed(7, 21, "National Day");
    b.fixed(8, 15, "Assumption Day");
    b.fixed(11, 1, "All Saints' Day");
    b.fixed(11, 11, "Armistice Day");
    b.fixed(12, 25, "Christmas Day");
}

fn austria(b: &mut Builder) {
    b.fixed(1, 1, "New Year's Day");
    b.fixed(1, 6, "Epiphany");
    b.easter_rel(1, "Easter Monday");
    b.fixed(5, 1, "Labour Day");
    b.easter_rel(39, "Ascension Day");
    b.easter_rel(50, "Whit Monday");
    b.easter_rel(60, "Corpus Christi");
    b.fixed(8, 15, "Assumption Day");
    b.fixed(10, 26, "National Day");
    b.fixed(11, 1, "All Saints' Day");
    b.fixed(12, 8, "Immaculate Conception");
    b.fixed(12, 25, "Christmas Day");
    b.fixed(12, 26, "St Stephen's Day");
}

fn ireland(b: &mut Builder) {
    let y = b.year;
    let new_year = b.fixed(1, 1, "New Year's Day");
    if y >= 2023 {
        let feb1 = b.date(2, 1);
        let d = if feb1.weekday() == Weekday::Fri {
            feb1
        } else {
            b.nth(2, Weekday::Mon, 1)
        };
        b.add(d, "St Brigid's Day");
    }
    let patrick = b.fixed(3, 17, "St Patrick's Day");
    if y == 2022 {
        b.fixed(3, 18, "Day of Remembrance and Recognition (one-off)");
    }
    b.easter_rel(1, "Easter Monday");
    if y >= 1994 {
        let d = b.nth(5, Weekday::Mon, 1);
        b.add(d, "May Day");
    }
    let d = b.nth(6, Weekday::Mon, 1);
    b.add(d, "June Holiday");
    let d = b.nth(8, Weekday::Mon, 1);
    b.add(d, "August Holiday");
    if y >= 1977 {
        let d = b.last(10, Weekday::Mon);
        b.add(d, "October Holiday");
    }
    match y {
        1999 => {
            b.fixed(12, 31, "Millennium (one-off)");
        }
        2001 => {
            b.fixed(9, 14, "National Day of Mourning (one-off)");
        }
        _ => {}
    }
    let christmas = b.fixed(12, 25, "Christmas Day");
    let stephen = b.fixed(12, 26, "St Stephen's Day");
    if y < 1997 {
        b.substitute_next_weekday(&[
            (new_year, "New Year's Day"),
            (patrick, "St Patrick's Day"),
            (christmas, "Christmas Day"),
            (stephen, "St Stephen's Day"),
        ]);
    }
}

fn england(b: &mut Builder) {
    let y = b.year;
    let new_year = b.fixed(1, 1, "New Year's Day");
    b.easter_rel(-2, "Good Friday");
    b.easter_rel(1, "Easter Monday");
    match y {
        1995 => b.add(b.date(5, 8), "Early May bank holiday (VE Day)"),
        2020 => b.add(b.date(5, 8), "Early May bank holiday (VE Day)"),
        1978.. => b.add(b.nth(5, Weekday::Mon, 1), "Early May bank holiday"),
        _ => {}
    }
    match y {
        2002 => {
            b.fixed(6, 3, "Golden Jubilee");
            b.fixed(6, 4, "Spring bank holiday");
        }
        2012 => {
            b.fixed(6, 4, "Spring bank holiday");
            b.fixed(6, 5, "Diamond Jubilee");
        }
        2022 => {
            b.fixed(6, 2, "Spring bank holiday");
            b.fixed(6, 3, "Platinum Jubilee");
        }
        _ => b.add(b.last(5, Weekday::Mon), "Spring bank holiday"),
    }
    b.add(b.last(8, Weekday::Mon), "Summer bank holiday");
    match y {
        1973 => {
            b.fixed(11, 14, "Wedding of Princess Anne");
        }
        1977 => {
            b.fixed(6, 7, "Silver Jubilee");
        }
        1981 => {
            b.fixed(7, 29, "Wedding of Prince Charles");
        }
        1999 => {
            b.fixed(12, 31, "Millennium");
        }
        2011 => {
            b.fixed(4, 29, "Wedding of Prince William");
        }
        2022 => {
            b.fixed(9, 19, "State Funeral of Queen Elizabeth II");
        }
        2023 => {
            b.fixed(5, 8, "Coronation of King Charles III");
        }
        _ => {}
    }
    let christmas = b.fixed(12, 25, "Christmas Day");
    let boxing = b.fixed(12, 26, "Boxing Day");
    b.substitute_next_weekday(&[
        (new_year, "New Year's Day"),
        (christmas, "Christmas Day"),
        (boxing, "Boxing Day"),
    ]);
}

fn united_states(b: &mut Builder) {
    let y = b.year;
    let mut fixed = Vec::new();
    // 1 January of this year: a Saturday is observed in the year before.
    fixed.push((b.date(1, 1), "New Year's Day"));
    if y >= 1986 {
        b.add(b.nth(1, Weekday::Mon, 3), "Martin Luther King Jr. Day");
    }
    if y >= 1971 {
        b.add(b.nth(2, Weekday::Mon, 3), "Washington's Birthday");
        b.add(b.last(5, Weekday::Mon), "Memorial Day");
    } else {
        fixed.push((b.date(2, 22), "Washington's Birthday"));
        fixed.push((b.date(5, 30), "Memorial Day"));
    }
    if y >= 2021 {
        fixed.push((b.date(6, 19), "Juneteenth National Independence Day"));
    }
    fixed.push((b.date(7, 4), "Independence Day"));
    b.add(b.nth(9, Weekday::Mon, 1), "Labor Day");
    if y >= 1971 {
        b.add(b.nth(10, Weekday::Mon, 2), "Columbus Day");
    } else {
        fixed.push((b.date(10, 12), "Columbus Day"));
    }
    if (1971..=1977).contains(&y) {
        b.add(b.nth(10, Weekday::Mon, 4), "Veterans Day");
    } else {
        fixed.push((b.date(11, 11), "Veterans Day"));
    }
    b.add(b.nth(11, Weekday::Thu, 4), "Thanksgiving Day");
    fixed.push((b.date(12, 25), "Christmas Day"));
    for (date, name) in fixed {
        match date.weekday() {
            Weekday::Sat if date.month() == 1 && date.day() == 1 => b.add(date, name),
            Weekday::Sat => {
                b.add(date, name);
                b.add(
                    date - chrono::TimeDelta::days(1),
                    &format!("{name} (observed)"),
                );
            }
            Weekday::Sun => {
                b.add(date, name);
                b.add(
                    date + chrono::TimeDelta::days(1),
                    &format!("{name} (observed)"),
                );
            }
            _ => b.add(date, name),
        }
    }
    if let Some(next) = NaiveDate::from_ymd_opt(y + 1, 1, 1).filter(|d| d.weekday() == Weekday::Sat)
    {
        b.add(
            next - chrono::TimeDelta::days(1),
            "New Year's Day (observed)",
        );
    }
}

fn poland(b: &mut Builder) {
    let y = b.year;
    b.fixed(1, 1, "New Year's Day");
    if y >= 2011 {
        b.fixed(1, 6, "Epiphany");
    }
    b.easter_rel(0, "Easter Sunday");
    b.easter_rel(1, "Easter Monday");
    b.fixed(5, 1, "Labour Day");
    if y >= 1990 {
        b.fixed(5, 3, "Constitution Day");
    }
    b.easter_rel(49, "Whit Sunday");
    b.easter_rel(60, "Corpus Christi");
    if y <= 1989 {
        b.fixed(7, 22, "National Day of the Rebirth of Poland");
    }
    if y >= 1989 {
        b.fixed(8, 15, "Assumption Day");
    }
    b.fixed(11, 1, "All Saints' Day");
    if y >= 1989 {
        b.fixed(11, 11, "Independence Day");
    }
    if y == 2018 {
        b.fixed(11, 12, "Independence Day (centenary)");
    }
    if y >= 2025 {
        b.fixed(12, 24, "Christmas Eve");
    }
    b.fixed(12, 25, "Christmas Day");
    b.fixed(12, 26, "Second Day of Christmas");
}

fn switzerland(b: &mut Builder) {
    b.fixed(1, 1, "New Year's Day");
    b.easter_rel(39, "Ascension Day");
    if b.year >= 1994 {
        b.fixed(8, 1, "Swiss National Day");
    }
    b.fixed(12, 25, "Christmas Day");
}

fn turkey(b: &mut Builder) {
    let y = b.year;
    b.fixed(1, 1, "New Year's Day");
    b.fixed(4, 23, "National Sovereignty and Children's Day");
    if y <= 1980 {
        b.fixed(5, 1, "Spring Day");
    } else if y >= 2009 {
        b.fixed(5, 1, "Labour and Solidarity Day");
    }
    b.fixed(5, 19, "Commemoration of Atatürk, Youth and Sports Day");
    if (1963..=1980).contains(&y) {
        b.fixed(5, 27, "Freedom and Constitution Day");
    }
    if y >= 2017 {
        b.fixed(7, 15, "Democracy and National Unity Day");
    }
    b.fixed(8, 30, "Victory Day");
    b.fixed(10, 29, "Republic Day");
    if y <= 1980 {
        b.fixed(10, 30, "Republic Day (second day)");
    }
    for (feast, days, name) in [
        (Feast::Fitr, 3, "Ramazan Bayramı (Eid al-Fitr)"),
        (Feast::Adha, 4, "Kurban Bayramı (Eid al-Adha)"),
    ] {
        for d in turkish_feast_days(y, feast, days) {
            b.add(d, name);
        }
    }
}

/// The two feasts of the Hijri calendar Turkey keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Feast {
    /// 1 Shawwal.
    Fitr,
    /// 10 Dhu al-Hijjah.
    Adha,
}

/// First days of a feast (Hijri year, Gregorian date) where the Presidency of
/// Religious Affairs (Diyanet İşleri Başkanlığı) dated it a day apart from the
/// Umm al-Qura calendar, 2000–2016. From 2017 (when Diyanet adopted the
/// criterion of the 2016 International Hijri Calendar Union Congress) to 2032
/// the two agree.
const DIYANET_DIFFERS: &[(Feast, i32, (i32, u32, u32))] = &[
    (Feast::Adha, 1425, (2005, 1, 20)),
    (Feast::Fitr, 1428, (2007, 10, 12)),
    (Feast::Fitr, 1429, (2008, 9, 30)),
    (Feast::Fitr, 1431, (2010, 9, 9)),
    (Feast::Adha, 1433, (2012, 10, 25)),
    (Feast::Adha, 1436, (2015, 9, 24)),
    (Feast::Fitr, 1437, (2016, 7, 5)),
    (Feast::Adha, 1437, (2016, 9, 12)),
];

/// The dates in Gregorian `year` of the `days` days of `feast`, as Turkey
/// keeps them: the Umm al-Qura calendar (ICU4X, with KACST's month lengths),
/// unless [`DIYANET_DIFFERS`] gives Diyanet's first day. A feast that starts
/// in late December of the year before contributes its days in January.
fn turkish_feast_days(year: i32, feast: Feast, days: u64) -> Vec<NaiveDate> {
    let (month, day) = match feast {
        Feast::Fitr => (10, 1),
        Feast::Adha => (12, 10),
    };
    // A Hijri year is about 354 days: 33 of them take about 32 Gregorian years.
    let approx = (year - 622) * 33 / 32;
    let mut out = Vec::new();
    for hijri_year in approx - 1..=approx + 2 {
        let diyanet = DIYANET_DIFFERS
            .iter()
            .find(|&&(f, h, _)| f == feast && h == hijri_year)
            .and_then(|&(_, _, (y, m, d))| NaiveDate::from_ymd_opt(y, m, d));
        let Some(start) = diyanet.or_else(|| umm_al_qura(hijri_year, month, day)) else {
            continue;
        };
        out.extend(
            (0..days)
                .filter_map(|k| start.checked_add_days(Days::new(k)))
                .filter(|d| d.year() == year),
        );
    }
    out
}

/// The Gregorian date of a Umm al-Qura date.
fn umm_al_qura(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    let date =
        Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let rata_die = i32::try_from(date.to_rata_die().to_i64_date()).ok()?;
    // Rata Die 1 is 1 January of year 1, as chrono counts days from the Common Era.
    NaiveDate::from_num_days_from_ce_opt(rata_die)
}

fn brazil(b: &mut Builder) {
    let y = b.year;
    b.fixed(1, 1, "New Year's Day");
    b.easter_rel(-2, "Good Friday");
    b.fixed(4, 21, "Tiradentes' Day");
    b.fixed(5, 1, "Labour Day");
    b.fixed(9, 7, "Independence Day");
    if y >= 1980 {
        b.fixed(10, 12, "Our Lady of Aparecida");
    }
    b.fixed(11, 2, "All Souls' Day");
    b.fixed(11, 15, "Proclamation of the Republic");
    if y >= 2024 {
        b.fixed(11, 20, "National Day of Zumbi and Black Awareness");
    }
    b.fixed(12, 25, "Christmas Day");
}

fn australia(b: &mut Builder) {
    let y = b.year;
    let new_year = b.fixed(1, 1, "New Year's Day");
    let australia_day = b.fixed(1, 26, "Australia Day");
    b.easter_rel(-2, "Good Friday");
    b.easter_rel(1, "Easter Monday");
    b.fixed(4, 25, "Anzac Day");
    if y == 2022 {
        b.fixed(9, 22, "National Day of Mourning for Queen Elizabeth II");
    }
    let christmas = b.fixed(12, 25, "Christmas Day");
    let boxing = b.fixed(12, 26, "Boxing Day");
    let mut moved = vec![(new_year, "New Year's Day")];
    if y >= 1994 {
        moved.push((australia_day, "Australia Day"));
    }
    moved.extend([(christmas, "Christmas Day"), (boxing, "Boxing Day")]);
    b.substitute_next_weekday(&moved);
}
