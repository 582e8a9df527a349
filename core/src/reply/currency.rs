//! Money by CLDR: ICU4X's currency formatter, with the two pieces of CLDR
//! its data does not carry put back.
//!
//! `icu_experimental`'s `CurrencyFormatter` (0.7) picks the locale's currency
//! pattern, the currency's fraction digits and its symbol from compiled CLDR
//! data. Two things are lost on the way (icu4x issues #4740 and #5480):
//!
//! - **ISO codes.** Where a locale writes a currency as its ISO code (French
//!   `1 234 JPY`, Spanish `1234,00 GBP`, Swiss German `EUR 1'234.00`), the
//!   data leaves the entry out, meaning "use the code"; but lookups fall back
//!   along the locale chain, so the parent's or the root's symbol comes back
//!   instead (`JP¥`, `£`, `€`). Which symbols are the code cannot be told
//!   from that data, so [`SYMBOLS`] lists them for the built-in catalog
//!   languages.
//! - **Currency separators.** CLDR's `currencyDecimal` and `currencyGroup`
//!   symbols, which a few locales set apart from their plain number symbols
//!   (Austrian German groups money with `.` and plain numbers with a no-break
//!   space), are not in the data at all; [`SEPARATORS`] has them.
//!
//! Everything else (patterns, the "alpha next to number" variant for codes,
//! plain symbols, digits, grouping) comes from the ICU4X data.

use std::fmt;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::provider::currency::symbols::CurrencySymbolsV1;
use icu_experimental::provider::Baked;
use icu_locale_core::Locale;
use icu_locale_fallback::LocaleFallbacker;
use icu_provider::prelude::*;
use writeable::{Part, PartsWrite, Writeable};

use crate::error::{Error, Result};
use crate::money::{Currency, Money};

/// Currency symbols of the built-in catalog languages that differ from what
/// ICU4X's data resolves: the currencies each CLDR locale writes as the ISO
/// code, and those it writes with a symbol although a parent locale in this
/// table writes the code (Argentina says `US$` where Latin American Spanish
/// says `USD`).
///
/// Source: CLDR 48, `common/main/<locale>.xml`, `<currency type="..."><symbol>`
/// (as ICU 78 ships it), reduced to the entries that change the result: a
/// code listed for a locale holds for the locales below it (`es-419` for
/// `es-MX`) unless one of them has its own symbol in the ICU4X data or here.
/// `tests/vectors/reply/money_intl.json` checks the result against ICU4C.
#[rustfmt::skip]
const SYMBOLS: &[(&str, &[&str], &[&str])] = &[
    // (locale, written as the ISO code, written with the symbol the data resolves)
    ("cs", &["ILS", "INR", "PHP", "VND"], &[]),
    ("da", &["PHP"], &[]),
    ("de", &["PHP"], &[]),
    ("de-CH", &["EUR"], &[]),
    ("de-LI", &["EUR"], &[]),
    ("en-AU", &["BRL", "CAD", "CNY", "EUR", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "USD", "VND", "XAF", "XCD", "XOF"], &[]),
    ("es", &["AUD", "BRL", "CAD", "CNY", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "XAF", "XCD", "XOF"], &[]),
    ("es-419", &["EUR", "THB", "USD", "VND"], &[]),
    ("es-AR", &[], &["USD"]),
    ("es-CL", &[], &["USD"]),
    ("es-CO", &[], &["USD"]),
    ("es-CU", &[], &["USD"]),
    ("es-DO", &[], &["USD"]),
    ("es-GQ", &[], &["XAF"]),
    ("es-UY", &[], &["USD"]),
    ("fi", &["AUD", "BRL", "CAD", "CNY", "HKD", "ILS", "INR", "KRW", "MXN", "NZD", "PHP", "TWD", "VND", "XCD", "XPF"], &[]),
    ("fr", &["CNY", "HKD", "JPY", "PHP", "TWD", "XCD"], &[]),
    ("fr-CA", &["ARS", "BMD", "BND", "BZD", "CLP", "COP", "FJD", "FKP", "GIP", "ILS", "INR", "KRW", "LBP", "MXN", "NAD", "SBD", "SRD", "TTD", "UYU", "VND", "WST", "XAF", "XOF", "XPF"], &["CNY"]),
    ("it", &["BRL", "HKD", "INR", "JPY", "KRW", "MXN", "TWD", "USD", "VND"], &[]),
    ("nl", &["PHP", "XPF"], &[]),
    ("pl", &["AUD", "CAD", "CNY", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "USD", "VND"], &[]),
    ("pt", &["PHP"], &[]),
    ("sv", &["AUD", "CNY", "GBP", "HKD", "INR", "JPY", "KRW", "NZD", "PHP", "TWD", "VND"], &[]),
];

/// The separators a locale uses for money where they differ from its plain
/// numbers: (locale, `currencyDecimal`, `currencyGroup`).
///
/// Source: CLDR 48, `common/main/de_AT.xml` and `fr_CH.xml`,
/// `<symbols numberSystem="latn">`.
const SEPARATORS: &[(&str, Option<&str>, Option<&str>)] =
    &[("de-AT", None, Some(".")), ("fr-CH", Some("."), None)];

/// The money format of one locale and currency.
#[derive(Debug)]
pub(crate) struct CurrencyFormat {
    formatter: CurrencyFormatter<DecimalFormatter>,
    /// The fraction digits CLDR shows for the currency (HUF 0 where ISO 4217 says 2).
    digits: u8,
    /// When CLDR shows fewer digits than ISO 4217 has: the text around the
    /// number, so an amount with minor units CLDR would round away can be
    /// printed exactly.
    around: Option<(String, String)>,
    separators: Separators,
}

impl CurrencyFormat {
    /// Builds the format of `currency` in `locale`; `decimal` is the locale's
    /// plain number formatter.
    pub(crate) fn build(
        locale: &Locale,
        decimal: &DecimalFormatter,
        currency: Currency,
    ) -> Result<CurrencyFormat> {
        let fail = |e: &dyn fmt::Display| Error::ReplyRender {
            field: "currency".into(),
            problem: format!("no currency formatter for {currency} in {locale}: {e}"),
        };
        let code = CurrencyType::try_from_str(currency.code()).map_err(|e| fail(&e))?;
        let formatter = if writes_code(locale, code).map_err(|e| fail(&e))? {
            CurrencyFormatter::try_new_code(locale.into(), code, Default::default())
        } else {
            CurrencyFormatter::try_new_symbol(locale.into(), code, Default::default())
        }
        .map_err(|e| fail(&e))?;
        let separators = Separators::of(locale);
        // How many fraction digits CLDR shows: 1.111 comes out as 1, 1.1, 1.11 or 1.111.
        let probe: Decimal = "1.111".parse().map_err(|e| fail(&e))?;
        let shown = formatter.format_fixed_decimal(&probe).to_string();
        let digits = shown
            .chars()
            .filter(|c| c.is_numeric())
            .count()
            .saturating_sub(1);
        let digits = u8::try_from(digits).unwrap_or(0);
        let around = (digits < currency.exponent()).then(|| {
            // Zero as the currency formatter prints it, and as a plain number with
            // the same fraction digits: what surrounds it is the pattern's text.
            let zero = separators.write(&formatter.format_fixed_decimal(&Decimal::from(0)));
            let mut plain = Decimal::from(0);
            plain.absolute.pad_end(-i16::from(digits));
            let plain = separators.write(&decimal.format(&plain));
            match zero.find(&plain) {
                Some(at) => (zero[..at].to_string(), zero[at + plain.len()..].to_string()),
                None => (String::new(), format!("\u{a0}{}", currency.code())),
            }
        });
        Ok(CurrencyFormat {
            formatter,
            digits,
            around,
            separators,
        })
    }

    /// `m` in this format. The digits shown are CLDR's for the currency;
    /// where CLDR shows fewer than ISO 4217 has (HUF, IDR, ...), an amount
    /// with minor units is printed exactly rather than rounded.
    pub(crate) fn format(&self, m: &Money, decimal: &DecimalFormatter) -> String {
        let exponent = m.currency().exponent();
        let mut value = Decimal::from(m.minor());
        value.multiply_pow10(-i16::from(exponent));
        let hidden = exponent.saturating_sub(self.digits);
        let exact = hidden == 0 || m.minor() % 10_i64.pow(u32::from(hidden)) == 0;
        match (&self.around, exact) {
            (Some((before, after)), false) => {
                value.absolute.pad_end(-i16::from(exponent));
                format!(
                    "{before}{}{after}",
                    self.separators.write(&decimal.format(&value))
                )
            }
            _ => self
                .separators
                .write(&self.formatter.format_fixed_decimal(&value)),
        }
    }
}

/// Whether `locale` writes `currency` as its ISO code: walks the locale's
/// fallback chain (`es-MX`, `es-419`, `es`, root) down to the locale the
/// ICU4X data took the symbol from, and asks [`SYMBOLS`] at each step.
fn writes_code(locale: &Locale, currency: CurrencyType) -> Result<bool, DataError> {
    let requested = DataLocale::from(locale);
    let mut buffer = Default::default();
    let attributes =
        CurrencySymbolsV1::make_attributes(currency, CurrencySymbolsV1::SHORT, &mut buffer);
    let found = DataProvider::<CurrencySymbolsV1>::load(
        &Baked,
        DataRequest {
            id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, &requested),
            ..Default::default()
        },
    )
    .allow_identifier_not_found()?;
    let Some(found) = found else {
        // No symbol anywhere: the formatter prints the code by itself.
        return Ok(false);
    };
    let source = found.metadata.locale.unwrap_or(requested);
    let code = currency.iso_code();
    let code = code.as_str();
    let fallbacker =
        LocaleFallbacker::new().for_config(<CurrencySymbolsV1 as DataMarker>::INFO.fallback_config);
    let mut chain = fallbacker.fallback_for(requested);
    loop {
        let step = chain.get();
        if *step == source || step.is_unknown() {
            return Ok(false);
        }
        let tag = step.to_string();
        if let Some((_, codes, symbols)) = SYMBOLS.iter().find(|(l, _, _)| *l == tag) {
            if codes.contains(&code) {
                return Ok(true);
            }
            if symbols.contains(&code) {
                return Ok(false);
            }
        }
        chain.step();
    }
}

/// A locale's currency separators, where CLDR gives it its own.
#[derive(Debug, Clone, Copy, Default)]
struct Separators {
    decimal: Option<&'static str>,
    group: Option<&'static str>,
}

impl Separators {
    fn of(locale: &Locale) -> Separators {
        let id = &locale.id;
        let tag = match (id.script, id.region) {
            (None, Some(region)) => format!("{}-{}", id.language, region),
            _ => return Separators::default(),
        };
        SEPARATORS.iter().find(|(l, _, _)| *l == tag).map_or_else(
            Separators::default,
            |(_, decimal, group)| Separators {
                decimal: *decimal,
                group: *group,
            },
        )
    }

    /// The text of `w` (a formatted number, or money around one) with the
    /// decimal and group separators replaced by these.
    fn write(self, w: &impl Writeable) -> String {
        if self.decimal.is_none() && self.group.is_none() {
            return w.write_to_string().into_owned();
        }
        let mut out = Replacing {
            text: String::with_capacity(w.writeable_length_hint().capacity()),
            with: self,
        };
        // Writing to a String cannot fail.
        let _ = w.write_to_parts(&mut out);
        out.text
    }
}

/// A sink for formatted parts that swaps the decimal and group separators.
struct Replacing {
    text: String,
    with: Separators,
}

impl fmt::Write for Replacing {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

impl PartsWrite for Replacing {
    type SubPartsWrite = Self;

    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self) -> fmt::Result,
    ) -> fmt::Result {
        let swap = if part == icu_decimal::parts::DECIMAL {
            self.with.decimal
        } else if part == icu_decimal::parts::GROUP {
            self.with.group
        } else {
            None
        };
        match swap {
            Some(s) => {
                self.text.push_str(s);
                Ok(())
            }
            None => f(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(tag: &str, minor: i64, cur: &str) -> String {
        let locale: Locale = tag.parse().unwrap();
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default()).unwrap();
        let m = Money::new(minor, cur).unwrap();
        CurrencyFormat::build(&locale, &decimal, m.currency())
            .unwrap()
            .format(&m, &decimal)
    }

    #[test]
    fn iso_codes_where_cldr_writes_them() {
        // The data would give the root's JP¥ and £.
        assert_eq!(money("fr-FR", 123_400, "JPY"), "123\u{202f}400\u{a0}JPY");
        assert_eq!(money("es-ES", 123_450, "GBP"), "1234,50\u{a0}GBP");
        // Inherited from es-419, and overridden again in Argentina.
        assert_eq!(money("es-MX", 123_450, "EUR"), "EUR\u{a0}1,234.50");
        assert_eq!(money("es-AR", 123_450, "USD"), "US$\u{a0}1.234,50");
        // Codes take the "alpha next to number" pattern: a space before the digits.
        assert_eq!(money("en-AU", 123_450, "EUR"), "EUR\u{a0}1,234.50");
        assert_eq!(money("de-CH", 123_450, "EUR"), "EUR\u{a0}1'234.50");
        // A locale's own symbol stays.
        assert_eq!(money("fr-FR", 123_450, "USD"), "1\u{202f}234,50\u{a0}$US");
        assert_eq!(money("en-AU", 123_450, "AUD"), "$1,234.50");
    }

    #[test]
    fn currency_separators() {
        assert_eq!(money("de-AT", 123_456_789, "EUR"), "€\u{a0}1.234.567,89");
        assert_eq!(money("fr-CH", 490, "CHF"), "4.90\u{a0}CHF");
        // Exact minor units of HUF keep the currency separators too.
        assert_eq!(money("de-AT", 123_457, "HUF"), "HUF\u{a0}1.234,57");
    }
}
