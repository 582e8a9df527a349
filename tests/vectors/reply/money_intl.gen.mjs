// Writes money_intl.json: MONEY() in every built-in catalog language and its
// common regions, for a set of currencies and amounts, as ICU4C formats them
// (Intl.NumberFormat with style "currency"). ICU4C is the reference
// implementation of CLDR, so the file checks caredesk's currency formatting
// against CLDR from outside.
//
// Run with plain Node (no dependencies), from anywhere:
//
//     node tests/vectors/reply/money_intl.gen.mjs
//
// The file records the Node, ICU and CLDR versions it was made with. A newer
// Node may carry newer CLDR data; regenerate and review the differences
// together with an update of the ICU4X data crates.

import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// The built-in catalog languages (core/src/reply/catalog.rs) and their
// common regions.
const LANGUAGES = ['cs', 'da', 'de', 'en', 'es', 'fi', 'fr', 'it', 'nl', 'pl', 'pt', 'sv']
const REGIONS = [
  'cs-CZ', 'da-DK', 'de-DE', 'de-AT', 'de-CH', 'de-LI', 'de-LU', 'en-US', 'en-GB', 'en-IE',
  'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'es-ES', 'es-MX', 'es-AR', 'es-CO', 'es-US', 'es-419',
  'fi-FI', 'fr-FR', 'fr-BE', 'fr-CH', 'fr-CA', 'fr-LU', 'it-IT', 'it-CH', 'nl-NL', 'nl-BE',
  'pl-PL', 'pt-PT', 'pt-BR', 'sv-SE', 'sv-FI',
]

// A customer locale without a region is formatted by the catalog locale's
// own formatting locale: English text is British and Portuguese text is
// European Portuguese (BUILTIN_FORMAT in core/src/reply/catalog.rs,
// docs/replies.md); every other language by itself.
const FORMAT_OF_LANGUAGE = { en: 'en-GB', pt: 'pt-PT' }

// ISO 4217 minor units of the currencies used (as core/src/money.rs has them).
const CURRENCIES = {
  EUR: 2, USD: 2, GBP: 2, CHF: 2, JPY: 0, SEK: 2, DKK: 2, NOK: 2, PLN: 2, CZK: 2,
  HUF: 2, BRL: 2, MXN: 2, CAD: 2, AUD: 2, TRY: 2, KWD: 3,
}

// Amounts in major units; each currency takes those its minor units can
// hold exactly (money is never negative): zero, one minor unit, a small
// amount with a trailing zero, whole and fractional amounts with a group
// separator, seven digits.
const AMOUNTS = ['0', '0.001', '0.01', '4.90', '1234', '1234.50', '1234.567', '1234567', '1234567.89']

// Cases left out, each rule with its reason. caredesk formats with the
// ICU4X data crates (icu_decimal_data 2.4, icu_experimental_data 0.7), built
// from CLDR 49; Node's ICU carries the CLDR named in `generated_with`. Where
// the two CLDR versions disagree, no fix in caredesk can match both, and the
// case is left out rather than matched by a hand-typed answer.
// (Exact minor units instead of Intl's rounding are not an exclusion: see
// `exactOptions` below.)
const EXCLUSIONS = [
  {
    rule: 'fr-CH, amounts of 1000 and more',
    applies: (locale, currency, amount) => locale === 'fr-CH' && Number(amount) >= 1000,
    reason:
      'digit grouping: CLDR 48.0 (Node) groups Swiss French with U+202F, CLDR 49 (the ICU4X data) with an ' +
      "apostrophe, in plain numbers too (NUMBER() prints 1'234). The currency decimal separator (.) is the " +
      'same in both and is checked by the amounts below 1000.',
  },
]
// Not among the locales above because ICU4C and the ICU4X data disagree on
// them beyond what caredesk corrects: English in continental European
// regions (en-DE, en-NL, en-FI, ...), whose currency pattern and separators
// differ, and pt-CV, where ICU4C applies the escudo's decimal separator ($)
// to every currency.

function minorUnits(amount, exponent) {
  const [whole, fraction = ''] = amount.split('.')
  if (fraction.replace(/0+$/, '').length > exponent) return null
  return BigInt(whole + fraction.padEnd(exponent, '0'))
}

// Intl rounds to the digits CLDR shows for a currency (0 for HUF, where
// ISO 4217 says 2). caredesk never rounds money away: an amount
// with minor units CLDR would hide is printed with all its ISO digits. The
// same format is asked of Intl for those amounts by setting the fraction
// digits; everything else uses Intl's defaults.
function exactOptions(formatter, minor, exponent) {
  const shown = formatter.resolvedOptions().maximumFractionDigits
  const hidden = exponent - shown
  if (hidden <= 0 || minor % 10n ** BigInt(hidden) === 0n) return null
  return { minimumFractionDigits: exponent, maximumFractionDigits: exponent }
}

function escape(json) {
  // No-break, narrow no-break and other invisible spaces and marks written
  // as escapes, as the other vector files do.
  return json.replace(/[\u00a0\u061c\u2000-\u200f\u2028-\u202f\u2060-\u206f]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
}

const cases = []
const excluded = new Map()
for (const locale of [...LANGUAGES, ...REGIONS]) {
  const formatLocale = FORMAT_OF_LANGUAGE[locale] ?? locale
  for (const [currency, exponent] of Object.entries(CURRENCIES)) {
    const base = { style: 'currency', currency }
    const formatter = new Intl.NumberFormat(formatLocale, base)
    for (const amount of AMOUNTS) {
      const minor = minorUnits(amount, exponent)
      if (minor === null) continue
      const description = `${locale} ${currency} ${amount}`
      const rule = EXCLUSIONS.find((x) => x.applies(locale, currency, amount))
      if (rule) {
        excluded.set(rule, (excluded.get(rule) ?? 0) + 1)
        continue
      }
      const exact = exactOptions(formatter, minor, exponent)
      const text = (exact ? new Intl.NumberFormat(formatLocale, { ...base, ...exact }) : formatter)
        .format(amount) // a decimal string: Intl formats it exactly, no float on the way
      cases.push({
        description,
        message_id: 'money',
        locales: locale,
        args: { amount: { minor: Number(minor), currency } },
        expect: { text },
      })
    }
  }
}

const { node, icu, cldr, unicode } = process.versions
const file = {
  description:
    `MONEY() as ICU4C prints it (Intl.NumberFormat, style currency): ${LANGUAGES.length} catalog languages ` +
    `and ${REGIONS.length} regional locales, ${Object.keys(CURRENCIES).length} currencies, amounts from zero to ` +
    'seven digits. Amounts with minor units CLDR does not show (HUF) are asked of Intl with all their ISO 4217 ' +
    'digits, as caredesk prints them. Generated, do not edit: regenerate with ' +
    '`node tests/vectors/reply/money_intl.gen.mjs`.',
  generated_with: { node, icu, cldr, unicode },
  excluded: EXCLUSIONS.map((x) => ({ rule: x.rule, cases: excluded.get(x) ?? 0, reason: x.reason })),
  catalog: {
    builtin: false,
    sources: Object.fromEntries(LANGUAGES.map((l) => [`${l}.ftl`, 'money = { MONEY($amount) }\n'])),
  },
  cases,
}

// One case per line: a change in CLDR shows as a readable diff.
const lines = JSON.stringify({ ...file, cases: [] }, null, 2).split('\n')
const tail = lines.pop() // }
lines[lines.length - 1] = '  "cases": ['
const body = cases.map((c, i) => '    ' + JSON.stringify(c) + (i + 1 < cases.length ? ',' : ''))
const text = escape([...lines, ...body, '  ]', tail].join('\n') + '\n')

const out = fileURLToPath(new URL('./money_intl.json', import.meta.url))
writeFileSync(out, text)
console.log(`${out}: ${cases.length} cases, ${[...excluded.values()].reduce((a, b) => a + b, 0)} excluded (Node ${node}, ICU ${icu}, CLDR ${cldr})`)
