//! Country and region codes (ISO 3166-1 alpha-2, ISO 3166-2) and the time
//! zone a consumer's calendar days are counted in.

use std::fmt;

use chrono_tz::Tz;
use serde::{Serialize, Serializer};

use crate::error::{Error, Result};

/// An ISO 3166-1 alpha-2 country code, upper case (`DE`, `GB`, `US`).
///
/// `UK` is accepted on input as the code the United Kingdom reserves in ISO
/// 3166 and read as `GB`.
///
/// ```
/// use caredesk::Country;
///
/// assert_eq!(Country::parse("de")?.as_str(), "DE");
/// assert_eq!(Country::parse("UK")?.as_str(), "GB");
/// assert_eq!(Country::parse("XX").unwrap_err().code(), "returns.unknown_country");
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

// ISO 3166-1 alpha-2, officially assigned codes (249), sorted for binary search.
const CODES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The 27 member states of the European Union (2026).
pub(crate) const EU_MEMBERS: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

impl Country {
    /// Reads an ISO 3166-1 alpha-2 code, case-insensitively; `UK` reads as `GB`.
    ///
    /// # Errors
    /// `returns.unknown_country` for anything else (field `country`).
    ///
    /// ```
    /// use caredesk::Country;
    ///
    /// assert_eq!(Country::parse("at")?, Country::parse("AT")?);
    /// let err = Country::parse("Germany").unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("returns.unknown_country", Some("country")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn parse(code: &str) -> Result<Self> {
        Self::lookup(code).ok_or_else(|| Error::ReturnsUnknownCountry {
            field: "country".into(),
            code: code.to_string(),
        })
    }

    fn lookup(code: &str) -> Option<Self> {
        let b = code.as_bytes();
        if b.len() != 2 {
            return None;
        }
        let up = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        if &up == b"UK" {
            return Some(Country(*b"GB"));
        }
        // Two-letter codes compare as big-endian u16, without a memcmp.
        let key = |c: &[u8]| u16::from_be_bytes([c[0], c[1]]);
        CODES
            .binary_search_by_key(&key(&up), |c| key(c.as_bytes()))
            .ok()
            .map(|_| Country(up))
    }

    /// The code, upper case.
    ///
    /// ```
    /// use caredesk::Country;
    ///
    /// let consumer = Country::parse("uk")?;
    /// assert_eq!(consumer.as_str(), "GB");
    /// assert_eq!(consumer.to_string(), "GB");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Built only from ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// True for the 27 member states of the European Union.
    ///
    /// ```
    /// use caredesk::Country;
    ///
    /// // The EU withdrawal right applies to consumers in member states.
    /// assert!(Country::parse("DE")?.is_eu());
    /// assert!(!Country::parse("CH")?.is_eu());
    /// assert!(!Country::parse("GB")?.is_eu());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn is_eu(&self) -> bool {
        EU_MEMBERS.binary_search(&self.as_str()).is_ok()
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Checks an ISO 3166-2 subdivision code of `country` (`US-CA`, `GB-SCT`):
/// the country's code, a hyphen, then one to three letters or digits.
pub(crate) fn check_region(country: Country, region: &str, field: &str) -> Result<()> {
    let bad = || Error::ReturnsUnknownCountry {
        field: field.into(),
        code: region.to_string(),
    };
    let (cc, sub) = region.split_once('-').ok_or_else(bad)?;
    let cc = Country::lookup(cc).ok_or_else(bad)?;
    if cc != country
        || sub.is_empty()
        || sub.len() > 3
        || !sub.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(bad());
    }
    Ok(())
}

/// True when `region` names subdivision `sub` (`"CA"`) of `country`, case-insensitively.
pub(crate) fn region_is(region: Option<&str>, country: &str, sub: &str) -> bool {
    region
        .and_then(|r| r.split_once('-'))
        .is_some_and(|(c, s)| c.eq_ignore_ascii_case(country) && s.eq_ignore_ascii_case(sub))
}

/// The zone a consumer's days are counted in when the request names none:
/// the capital's zone for the countries with a built-in floor and every EU
/// member, Los Angeles for `US-CA`; UTC elsewhere.
pub(crate) fn default_zone(country: Country, region: Option<&str>) -> Tz {
    use chrono_tz::{America, Asia, Australia, Europe};
    if region_is(region, "US", "CA") {
        return America::Los_Angeles;
    }
    match country.as_str() {
        "AT" => Europe::Vienna,
        "BE" => Europe::Brussels,
        "BG" => Europe::Sofia,
        "CY" => Asia::Nicosia,
        "CZ" => Europe::Prague,
        "DE" => Europe::Berlin,
        "DK" => Europe::Copenhagen,
        "EE" => Europe::Tallinn,
        "ES" => Europe::Madrid,
        "FI" => Europe::Helsinki,
        "FR" => Europe::Paris,
        "GR" => Europe::Athens,
        "HR" => Europe::Zagreb,
        "HU" => Europe::Budapest,
        "IE" => Europe::Dublin,
        "IT" => Europe::Rome,
        "LT" => Europe::Vilnius,
        "LU" => Europe::Luxembourg,
        "LV" => Europe::Riga,
        "MT" => Europe::Malta,
        "NL" => Europe::Amsterdam,
        "PL" => Europe::Warsaw,
        "PT" => Europe::Lisbon,
        "RO" => Europe::Bucharest,
        "SE" => Europe::Stockholm,
        "SI" => Europe::Ljubljana,
        "SK" => Europe::Bratislava,
        "GB" => Europe::London,
        "CH" => Europe::Zurich,
        "TR" => Europe::Istanbul,
        "US" => America::New_York,
        "AU" => Australia::Sydney,
        "BR" => America::Sao_Paulo,
        _ => Tz::UTC,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_complete() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(CODES.len(), 249);
        assert!(EU_MEMBERS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(EU_MEMBERS.len(), 27);
        assert!(EU_MEMBERS.iter().all(|c| CODES.contains(c)));
    }

    #[test]
    fn parse_and_regions() {
        assert_eq!(Country::parse("pt").unwrap().as_str(), "PT");
        assert!(Country::parse("PT").unwrap().is_eu());
        assert!(!Country::parse("GB").unwrap().is_eu());
        for bad in ["", "D", "DEU", "EU", "XK", "1A", "ÄÖ"] {
            assert_eq!(
                Country::parse(bad).unwrap_err().code(),
                "returns.unknown_country",
                "{bad:?}"
            );
        }
        let us = Country::parse("US").unwrap();
        assert!(check_region(us, "US-CA", "region").is_ok());
        assert!(check_region(us, "us-ca", "region").is_ok());
        for bad in ["CA", "DE-BY", "US-", "US-CALI", "US_CA", "US-C A"] {
            let e = check_region(us, bad, "region").unwrap_err();
            assert_eq!(e.code(), "returns.unknown_country", "{bad:?}");
            assert_eq!(e.field(), Some("region"));
        }
        assert!(region_is(Some("us-ca"), "US", "CA"));
        assert!(!region_is(Some("US-NY"), "US", "CA"));
        assert!(!region_is(None, "US", "CA"));
    }

    #[test]
    fn zones() {
        let us = Country::parse("US").unwrap();
        assert_eq!(
            default_zone(us, Some("US-CA")),
            chrono_tz::America::Los_Angeles
        );
        assert_eq!(default_zone(us, None), chrono_tz::America::New_York);
        assert_eq!(default_zone(Country::parse("JP").unwrap(), None), Tz::UTC);
    }
}
