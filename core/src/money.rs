//! Money: an integer count of a currency's minor units, never a float.
//!
//! [`Money`] pairs a non-negative `i64` of minor units (cents, pence, yen) with
//! a [`Currency`], an active ISO 4217 code that knows its number of minor-unit
//! digits (EUR 2, JPY 0, KWD 3). Arithmetic is checked: mixing currencies,
//! going below zero or overflowing is an [`Error`], never a wrap or a clamp.
//! Percentages are basis points (1 % = 100 bp) and round half to even, the
//! rounding of IEEE 754 and of most accounting systems, so a long series of
//! computed fees does not drift upward.
//!
//! ```
//! use caredesk::Money;
//!
//! let price = Money::parse("19.99", "EUR")?;
//! let fee = price.percent_bps(1_000)?; // 10 % of 19.99 = 1.999 -> 2.00
//! assert_eq!(fee.to_string(), "2.00 EUR");
//! assert_eq!(price.checked_sub(&fee)?.to_string(), "17.99 EUR");
//! # Ok::<(), caredesk::Error>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};
use crate::wire::serde_error;

/// An active ISO 4217 currency code with its minor-unit exponent.
///
/// ```
/// use caredesk::Currency;
///
/// let jpy: Currency = "JPY".parse()?;
/// assert_eq!(jpy.exponent(), 0);
/// assert_eq!(Currency::new("kwd")?.exponent(), 3); // codes are case-insensitive on input
/// assert!(Currency::new("EURO").is_err());
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: &'static str,
    exponent: u8,
}

// Active ISO 4217 codes and their minor units (ISO 4217 list one, 2024 edition).
// Fund codes and precious metals (X..) other than the CFA/CFP francs are left out:
// shops do not take payment in them.
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("ANG", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHF", 2),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("UYU", 2),
    ("UZS", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

impl Currency {
    /// Looks up an ISO 4217 code (case-insensitive).
    ///
    /// # Errors
    /// [`Error::UnknownCurrency`] (`money.unknown_currency`) for anything that is
    /// not an active code.
    ///
    /// ```
    /// use caredesk::Currency;
    ///
    /// let chf = Currency::new("chf")?;
    /// assert_eq!((chf.code(), chf.exponent()), ("CHF", 2));
    /// let err = Currency::new("EURO").unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("money.unknown_currency", Some("currency")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(code: &str) -> Result<Self> {
        Self::lookup(code).ok_or_else(|| Error::UnknownCurrency {
            field: "currency".into(),
            code: code.to_string(),
        })
    }

    fn lookup(code: &str) -> Option<Self> {
        let upper = code.to_ascii_uppercase();
        let idx = CURRENCIES
            .binary_search_by(|(c, _)| (*c).cmp(upper.as_str()))
            .ok()?;
        let (code, exponent) = CURRENCIES[idx];
        Some(Currency { code, exponent })
    }

    /// The three-letter code, upper case.
    ///
    /// ```
    /// use caredesk::Currency;
    ///
    /// assert_eq!(Currency::new("sek")?.code(), "SEK");
    /// assert_eq!(Currency::new("GBP")?.to_string(), "GBP"); // Display writes the code
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The number of minor-unit digits (2 for EUR, 0 for JPY, 3 for KWD).
    ///
    /// ```
    /// use caredesk::Currency;
    ///
    /// // A refund of "1500" means 15.00 in euros but 1500 yen.
    /// assert_eq!(Currency::new("EUR")?.exponent(), 2);
    /// assert_eq!(Currency::new("JPY")?.exponent(), 0);
    /// assert_eq!(Currency::new("BHD")?.exponent(), 3);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn exponent(&self) -> u8 {
        self.exponent
    }

    /// Every supported currency, in code order.
    ///
    /// ```
    /// use caredesk::Currency;
    ///
    /// let zero_digit: Vec<&str> = Currency::all().filter(|c| c.exponent() == 0).map(|c| c.code()).collect();
    /// assert!(zero_digit.contains(&"JPY") && zero_digit.contains(&"KRW"));
    /// assert!(Currency::all().any(|c| c.code() == "PLN"));
    /// ```
    pub fn all() -> impl Iterator<Item = Currency> {
        CURRENCIES.iter().filter_map(|(c, _)| Currency::lookup(c))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Currency::new(s)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::lookup(&code).ok_or_else(|| {
            serde_error(Error::UnknownCurrency {
                field: String::new(),
                code,
            })
        })
    }
}

/// A non-negative amount of money in integer minor units.
///
/// JSON shape: `{"minor": 123450, "currency": "EUR"}` (1 234.50 EUR).
///
/// ```
/// use caredesk::Money;
///
/// let a = Money::new(1_050, "EUR")?;
/// let b = Money::parse("2.5", "EUR")?;
/// assert_eq!(a.checked_add(&b)?, Money::new(1_300, "EUR")?);
/// assert_eq!(Money::parse("1500", "JPY")?.minor(), 1500);
/// assert_eq!(Money::parse("0.001", "EUR").unwrap_err().code(), "money.precision");
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

impl Money {
    /// Builds an amount from minor units and a currency code.
    ///
    /// # Errors
    /// `money.negative` for an amount below zero, `money.unknown_currency` for a
    /// code that is not active ISO 4217.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// let refund = Money::new(4_990, "EUR")?;
    /// assert_eq!(refund.to_string(), "49.90 EUR");
    /// assert_eq!(Money::new(-100, "EUR").unwrap_err().code(), "money.negative");
    /// assert_eq!(Money::new(100, "EUX").unwrap_err().code(), "money.unknown_currency");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(minor: i64, currency: &str) -> Result<Self> {
        Self::from_parts(minor, Currency::new(currency)?)
    }

    /// Builds an amount from minor units and an already checked [`Currency`].
    ///
    /// # Errors
    /// `money.negative` for an amount below zero.
    ///
    /// ```
    /// use caredesk::{Currency, Money};
    ///
    /// let sek = Currency::new("SEK")?; // checked once, used for every line of an order
    /// assert_eq!(Money::from_parts(29_900, sek)?.to_string(), "299.00 SEK");
    /// assert_eq!(Money::from_parts(-1, sek).unwrap_err().code(), "money.negative");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_parts(minor: i64, currency: Currency) -> Result<Self> {
        if minor < 0 {
            return Err(Error::MoneyNegative {
                field: "minor".into(),
                minor: minor.into(),
            });
        }
        Ok(Money { minor, currency })
    }

    /// Zero in `currency`.
    ///
    /// ```
    /// use caredesk::{Currency, Money};
    ///
    /// // Summing the refunds of an order starts from zero in its currency.
    /// let eur = Currency::new("EUR")?;
    /// let mut total = Money::zero(eur);
    /// for price in ["19.99", "5.01"] {
    ///     total = total.checked_add(&Money::parse(price, "EUR")?)?;
    /// }
    /// assert_eq!(total.to_string(), "25.00 EUR");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn zero(currency: Currency) -> Self {
        Money { minor: 0, currency }
    }

    /// Parses a plain decimal (`"1234.5"`, `"19.99"`, `"1500"`) in `currency`.
    ///
    /// No thousands separators, no sign, no exponent; at most as many fractional
    /// digits as the currency has (never rounded). A negative amount written
    /// as a plain decimal with a leading `-` is reported with its value.
    ///
    /// ```
    /// use caredesk::{Error, Money};
    ///
    /// assert_eq!(Money::parse("19.99", "EUR")?.minor(), 1999);
    /// let err = Money::parse("-12.50", "EUR").unwrap_err();
    /// assert!(matches!(err, Error::MoneyNegative { minor: -1250, .. }));
    /// assert_eq!(Money::parse("-abc", "EUR").unwrap_err().code(), "input.invalid");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// `input.invalid` for text that is not a plain decimal (also `-0`),
    /// `money.negative` (with the amount given) for `-` and a plain decimal,
    /// `money.precision` for too many decimals, `money.overflow`,
    /// `money.unknown_currency`.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// assert_eq!(Money::parse("1234.5", "EUR")?.minor(), 123_450);
    /// assert_eq!(Money::parse("1500", "JPY")?.minor(), 1_500);
    /// // Never rounded, never guessed.
    /// assert_eq!(Money::parse("19.999", "EUR").unwrap_err().code(), "money.precision");
    /// assert_eq!(Money::parse("1,234.50", "EUR").unwrap_err().field(), Some("amount"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn parse(amount: &str, currency: &str) -> Result<Self> {
        let currency = Currency::new(currency)?;
        let Some(rest) = amount.strip_prefix('-') else {
            return Self::parse_unsigned(amount, amount, currency);
        };
        let magnitude = Self::parse_unsigned(rest, amount, currency)?;
        if magnitude.is_zero() {
            return Err(Error::invalid(
                "amount",
                format!(
                    "{amount:?} is not a plain decimal such as 19.99 (write zero without a sign)"
                ),
            ));
        }
        Err(Error::MoneyNegative {
            field: "amount".into(),
            minor: -i128::from(magnitude.minor),
        })
    }

    /// Parses `digits` (the amount without a sign); errors quote `amount`,
    /// the text as given.
    fn parse_unsigned(digits: &str, amount: &str, currency: Currency) -> Result<Self> {
        let bad = || {
            Error::invalid(
                "amount",
                format!("{amount:?} is not a plain decimal such as 19.99"),
            )
        };
        let (int, frac) = match digits.split_once('.') {
            Some((i, f)) => (i, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty()
            || !all_digits(int)
            || !all_digits(frac)
            || (digits.contains('.') && frac.is_empty())
        {
            return Err(bad());
        }
        let exp = usize::from(currency.exponent);
        if frac.len() > exp {
            return Err(Error::MoneyPrecision {
                field: "amount".into(),
                value: amount.into(),
                currency: currency.code().into(),
                exponent: currency.exponent,
            });
        }
        let digits = format!("{int}{frac:0<exp$}");
        let minor: i64 = digits.parse().map_err(|_| Error::MoneyOverflow {
            field: "amount".into(),
        })?;
        Ok(Money { minor, currency })
    }

    /// The amount in minor units.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// assert_eq!(Money::parse("49.90", "EUR")?.minor(), 4_990);
    /// assert_eq!(Money::parse("4990", "JPY")?.minor(), 4_990);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn minor(&self) -> i64 {
        self.minor
    }

    /// The currency.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// let price = Money::parse("39.95", "GBP")?;
    /// assert_eq!(price.currency().code(), "GBP");
    /// assert_eq!(price.currency().exponent(), 2);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// True when the amount is zero.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// let shipping = Money::parse("4.95", "EUR")?;
    /// let refunded = shipping.checked_sub(&shipping)?;
    /// assert!(refunded.is_zero());
    /// assert!(!shipping.is_zero());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn is_zero(&self) -> bool {
        self.minor == 0
    }

    /// The amount as a plain decimal string without the code (`"1234.50"`).
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// assert_eq!(Money::new(123_450, "EUR")?.to_decimal_string(), "1234.50");
    /// assert_eq!(Money::new(1_500, "JPY")?.to_decimal_string(), "1500");
    /// assert_eq!(Money::new(5, "KWD")?.to_decimal_string(), "0.005");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn to_decimal_string(&self) -> String {
        let exp = u32::from(self.currency.exponent);
        if exp == 0 {
            return self.minor.to_string();
        }
        let unit = 10i64.pow(exp);
        format!(
            "{}.{:0width$}",
            self.minor / unit,
            self.minor % unit,
            width = exp as usize
        )
    }

    fn same_currency(&self, other: &Money, op: &str) -> Result<()> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(Error::CurrencyMismatch {
                field: op.into(),
                left: self.currency.code().into(),
                right: other.currency.code().into(),
            })
        }
    }

    /// `self + other`.
    ///
    /// # Errors
    /// `money.currency_mismatch`, `money.overflow`.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// let item = Money::parse("59.90", "EUR")?;
    /// let shipping = Money::parse("4.95", "EUR")?;
    /// assert_eq!(item.checked_add(&shipping)?.to_string(), "64.85 EUR");
    /// let err = item.checked_add(&Money::parse("4.95", "CHF")?).unwrap_err();
    /// assert_eq!(err.code(), "money.currency_mismatch");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn checked_add(&self, other: &Money) -> Result<Money> {
        self.same_currency(other, "add")?;
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or_else(|| Error::MoneyOverflow {
                field: "add".into(),
            })?;
        Ok(Money { minor, ..*self })
    }

    /// `self - other`; the result may not be negative.
    ///
    /// # Errors
    /// `money.currency_mismatch`, `money.negative` when `other` is larger.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// // A refund minus a restocking fee.
    /// let paid = Money::parse("89.00", "EUR")?;
    /// assert_eq!(paid.checked_sub(&Money::parse("8.90", "EUR")?)?.to_string(), "80.10 EUR");
    /// // A fee larger than the refund is an error, not a zero.
    /// assert_eq!(paid.checked_sub(&Money::parse("90.00", "EUR")?).unwrap_err().code(), "money.negative");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn checked_sub(&self, other: &Money) -> Result<Money> {
        self.same_currency(other, "sub")?;
        let minor = self.minor - other.minor; // both non-negative: cannot overflow
        if minor < 0 {
            return Err(Error::MoneyNegative {
                field: "sub".into(),
                minor: minor.into(),
            });
        }
        Ok(Money { minor, ..*self })
    }

    /// `self * factor` (a quantity).
    ///
    /// # Errors
    /// `money.overflow`.
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// // Three pairs of socks returned at 7.99 each.
    /// let unit = Money::parse("7.99", "EUR")?;
    /// assert_eq!(unit.checked_mul(3)?.to_string(), "23.97 EUR");
    /// assert_eq!(Money::new(i64::MAX, "EUR")?.checked_mul(2).unwrap_err().code(), "money.overflow");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn checked_mul(&self, factor: u32) -> Result<Money> {
        let minor =
            self.minor
                .checked_mul(i64::from(factor))
                .ok_or_else(|| Error::MoneyOverflow {
                    field: "mul".into(),
                })?;
        Ok(Money { minor, ..*self })
    }

    /// The share `bps / 10 000` of this amount, rounded half to even to the minor unit.
    ///
    /// `bps` may exceed 10 000 (a 150 % bonus is 15 000 bp).
    ///
    /// ```
    /// use caredesk::Money;
    /// // 2.5 cents rounds to 2 (even), 3.5 cents to 4 (even).
    /// assert_eq!(Money::new(25, "EUR")?.percent_bps(1_000)?.minor(), 2);
    /// assert_eq!(Money::new(35, "EUR")?.percent_bps(1_000)?.minor(), 4);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// `money.overflow` when the result does not fit.
    pub fn percent_bps(&self, bps: u32) -> Result<Money> {
        let minor = div_round_half_even(i128::from(self.minor) * i128::from(bps), 10_000);
        let minor = i64::try_from(minor).map_err(|_| Error::MoneyOverflow {
            field: "percent_bps".into(),
        })?;
        Ok(Money { minor, ..*self })
    }

    /// Splits this amount in proportion to `weights`, so the parts sum exactly
    /// to the whole (largest-remainder method; ties go to the earlier part).
    ///
    /// ```
    /// use caredesk::Money;
    /// let parts = Money::new(100, "EUR")?.allocate(&[1, 1, 1])?;
    /// let minors: Vec<i64> = parts.iter().map(|m| m.minor()).collect();
    /// assert_eq!(minors, [34, 33, 33]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// `input.invalid` when `weights` is empty or all zero.
    pub fn allocate(&self, weights: &[u64]) -> Result<Vec<Money>> {
        let total: u128 = weights.iter().map(|&w| u128::from(w)).sum();
        if total == 0 {
            return Err(Error::invalid(
                "weights",
                "need at least one non-zero weight",
            ));
        }
        let amount = self.minor as u128;
        let mut parts: Vec<(u128, u128, usize)> = weights
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let exact = amount * u128::from(w);
                (exact / total, exact % total, i)
            })
            .collect();
        let assigned: u128 = parts.iter().map(|p| p.0).sum();
        let mut left = amount - assigned;
        let mut order: Vec<usize> = (0..parts.len()).collect();
        order.sort_by(|&a, &b| parts[b].1.cmp(&parts[a].1).then(a.cmp(&b)));
        for i in order {
            if left == 0 {
                break;
            }
            if parts[i].1 > 0 {
                parts[i].0 += 1;
                left -= 1;
            }
        }
        Ok(parts
            .into_iter()
            .map(|(m, _, _)| Money {
                minor: m as i64,
                currency: self.currency,
            })
            .collect())
    }
}

/// `n / d` rounded half to even; `d > 0`.
fn div_round_half_even(n: i128, d: i128) -> i128 {
    let q = n.div_euclid(d);
    let r = n.rem_euclid(d);
    match (2 * r).cmp(&d) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
    }
}

impl fmt::Display for Money {
    /// `1234.50 EUR`: a plain decimal and the code, for logs. Locale formatting
    /// is the reply engine's job.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.to_decimal_string(), self.currency)
    }
}

/// Money is read from an object `{"minor": 1999, "currency": "EUR"}` only:
/// serde's derived reader would also take a sequence (`[1999, "EUR"]`), a
/// shape caredesk never writes and which hides a field mix-up.
impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_map(MoneyVisitor)
    }
}

struct MoneyVisitor;

impl<'de> serde::de::Visitor<'de> for MoneyVisitor {
    type Value = Money;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object {\"minor\": <integer>, \"currency\": <ISO 4217 code>}")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Money, A::Error> {
        use serde::de::Error as _;
        const FIELDS: &[&str] = &["minor", "currency"];
        let mut minor: Option<i64> = None;
        let mut currency: Option<Currency> = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "minor" if minor.is_some() => return Err(A::Error::duplicate_field("minor")),
                "minor" => minor = Some(map.next_value()?),
                "currency" if currency.is_some() => {
                    return Err(A::Error::duplicate_field("currency"));
                }
                "currency" => currency = Some(map.next_value()?),
                other => return Err(A::Error::unknown_field(other, FIELDS)),
            }
        }
        let minor = minor.ok_or_else(|| A::Error::missing_field("minor"))?;
        let currency = currency.ok_or_else(|| A::Error::missing_field("currency"))?;
        Money::from_parts(minor, currency).map_err(serde_error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(CURRENCIES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn exponents_follow_iso_4217() {
        assert_eq!(Currency::new("EUR").unwrap().exponent(), 2);
        assert_eq!(Currency::new("JPY").unwrap().exponent(), 0);
        assert_eq!(Currency::new("BHD").unwrap().exponent(), 3);
        assert_eq!(Currency::new("CLP").unwrap().exponent(), 0);
        assert_eq!(Currency::new("usd").unwrap().code(), "USD");
    }

    #[test]
    fn unknown_currency_is_an_error() {
        let e = Currency::new("ABC").unwrap_err();
        assert_eq!(e.code(), "money.unknown_currency");
        assert!(e.to_string().contains("\"ABC\""));
    }

    #[test]
    fn parse_and_display_round_trip() {
        for (text, cur, shown) in [
            ("1234.5", "EUR", "1234.50 EUR"),
            ("0.07", "USD", "0.07 USD"),
            ("1500", "JPY", "1500 JPY"),
            ("1.234", "KWD", "1.234 KWD"),
            ("0", "GBP", "0.00 GBP"),
        ] {
            assert_eq!(Money::parse(text, cur).unwrap().to_string(), shown);
        }
    }

    #[test]
    fn parse_rejects_bad_text() {
        for bad in ["", "1,50", "1.", ".5", "1e3", "+1", " 1", "12a"] {
            assert_eq!(
                Money::parse(bad, "EUR").unwrap_err().code(),
                "input.invalid",
                "{bad:?}"
            );
        }
        assert_eq!(
            Money::parse("-1", "EUR").unwrap_err().code(),
            "money.negative"
        );
        assert_eq!(
            Money::parse("1.5", "JPY").unwrap_err().code(),
            "money.precision"
        );
        assert_eq!(
            Money::parse("99999999999999999999", "EUR")
                .unwrap_err()
                .code(),
            "money.overflow"
        );
    }

    #[test]
    fn arithmetic_is_checked() {
        let eur = |m| Money::new(m, "EUR").unwrap();
        let usd = Money::new(1, "USD").unwrap();
        assert_eq!(
            eur(1).checked_add(&usd).unwrap_err().code(),
            "money.currency_mismatch"
        );
        assert_eq!(
            eur(1).checked_sub(&eur(2)).unwrap_err().code(),
            "money.negative"
        );
        assert_eq!(
            eur(i64::MAX).checked_add(&eur(1)).unwrap_err().code(),
            "money.overflow"
        );
        assert_eq!(
            eur(i64::MAX).checked_mul(2).unwrap_err().code(),
            "money.overflow"
        );
        assert_eq!(eur(250).checked_mul(3).unwrap(), eur(750));
    }

    #[test]
    fn percent_rounds_half_to_even() {
        let eur = |m| Money::new(m, "EUR").unwrap();
        // 1 % of 50 = 0.5 -> 0 ; of 150 = 1.5 -> 2 ; of 250 = 2.5 -> 2 ; of 251 = 2.51 -> 3
        assert_eq!(eur(50).percent_bps(100).unwrap().minor(), 0);
        assert_eq!(eur(150).percent_bps(100).unwrap().minor(), 2);
        assert_eq!(eur(250).percent_bps(100).unwrap().minor(), 2);
        assert_eq!(eur(251).percent_bps(100).unwrap().minor(), 3);
        assert_eq!(eur(1999).percent_bps(1_000).unwrap().minor(), 200);
        assert_eq!(eur(1000).percent_bps(15_000).unwrap().minor(), 1500);
        assert_eq!(
            eur(i64::MAX).percent_bps(20_000).unwrap_err().code(),
            "money.overflow"
        );
    }

    #[test]
    fn allocation_sums_to_the_whole() {
        let m = Money::new(1001, "EUR").unwrap();
        let parts = m.allocate(&[3, 3, 4]).unwrap();
        assert_eq!(parts.iter().map(|p| p.minor()).sum::<i64>(), 1001);
        assert_eq!(m.allocate(&[0, 0]).unwrap_err().code(), "input.invalid");
    }

    #[test]
    fn json_shape_and_errors() {
        let m: Money = crate::wire::from_json(r#"{"minor": 1999, "currency": "EUR"}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"minor":1999,"currency":"EUR"}"#
        );
        let e = crate::wire::from_json::<Money>(r#"{"minor": -1, "currency": "EUR"}"#).unwrap_err();
        assert_eq!(e.code(), "money.negative");
        let e = crate::wire::from_json::<Money>(r#"{"minor": 1, "currency": "EURO"}"#).unwrap_err();
        assert_eq!(e.code(), "money.unknown_currency");
        assert_eq!(e.field(), Some("currency"));
        let e =
            crate::wire::from_json::<Money>(r#"{"minor": 1e30, "currency": "EUR"}"#).unwrap_err();
        assert_eq!(e.code(), "input.json");
    }
}
