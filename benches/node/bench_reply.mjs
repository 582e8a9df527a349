// Reply rendering through the Node binding against @fluent/bundle.
//
// Both render the message of benches/data/reply_refund.ftl (the same text) for
// de-DE with the same arguments: a name, 1,234.50 EUR, a date and a count that
// selects a plural variant. @fluent/bundle is given the functions the text
// calls, MONEY (the amount as a currency, by Intl.NumberFormat) and DATE (a long
// date by Intl.DateTimeFormat, in UTC as caredesk's default zone), and no bidi
// isolation marks, as caredesk prints none. The texts are compared before
// anything is timed; the JSON records whether they are equal.
//
// Timed: one `render` call (a Reply object back), one `renderText` call (the
// text only), and `renderMany` over a batch (per reply), against one
// `formatPattern` call of @fluent/bundle (bundle and message prepared once).
//
// Usage: node benches/node/bench_reply.mjs [--out FILE.json]

import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { bestPerCall as best, bestPerCallAsync } from './timing.mjs'

const require = createRequire(import.meta.url)
const { ReplyCatalog, Money } = require('../../bindings-node/index.js')
// The peer is a devDependency of the binding's package.
const { FluentBundle, FluentResource, FluentNumber, FluentDateTime } = require(
  '../../bindings-node/node_modules/@fluent/bundle',
)
const bundleVersion = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../bindings-node/node_modules/@fluent/bundle/package.json', import.meta.url)), 'utf8'),
).version

const ftl = readFileSync(fileURLToPath(new URL('../data/reply_refund.ftl', import.meta.url)), 'utf8')
const MESSAGE = 'refund-status'
const LOCALE = 'de-DE'
const when = new Date(Date.UTC(2026, 10, 20, 10, 0, 0))


// @fluent/bundle: MONEY passes on the currency amount it is given; DATE makes
// a long date of the instant.
const bundle = new FluentBundle(LOCALE, {
  useIsolating: false,
  functions: {
    MONEY: ([amount]) => amount,
    DATE: ([t]) => new FluentDateTime(t, { dateStyle: 'long', timeZone: 'UTC' }),
  },
})
const errors = bundle.addResource(new FluentResource(ftl))
if (errors.length) throw errors[0]
const message = bundle.getMessage(MESSAGE)
const peerArgs = {
  customer_name: 'Anna Müller',
  amount: new FluentNumber(1234.5, { style: 'currency', currency: 'EUR' }),
  date: when,
  days: 5,
}
function peerRender() {
  const errs = []
  const text = bundle.formatPattern(message.value, peerArgs, errs)
  if (errs.length) throw errs[0]
  return text
}

const catalog = new ReplyCatalog({ 'de.ftl': ftl }, { builtin: false })
const args = { customer_name: 'Anna Müller', amount: Money.parse('1234.50', 'EUR'), date: when, days: 5 }
const oursText = catalog.renderText(MESSAGE, LOCALE, args)
const peerText = peerRender()
for (const needle of ['1.234,50\u00a0€', '20. November 2026', '5 Werktage']) {
  if (!oursText.includes(needle)) throw new Error(`caredesk text lacks ${needle}: ${oursText}`)
}

const n = 50000
for (let i = 0; i < 2000; i++) { catalog.render(MESSAGE, LOCALE, args); peerRender() }
const render = best(() => { for (let i = 0; i < n; i++) catalog.render(MESSAGE, LOCALE, args) }, n)
const renderText = best(() => { for (let i = 0; i < n; i++) catalog.renderText(MESSAGE, LOCALE, args) }, n)
const peer = best(() => { for (let i = 0; i < n; i++) peerRender() }, n)
const batch = Array(n).fill({ messageId: MESSAGE, locales: LOCALE, args })
await catalog.renderMany(batch)
const many = await bestPerCallAsync(() => catalog.renderMany(batch), n)

const result = {
  message: `${MESSAGE} (${LOCALE}): a name, money, a date and a plural`,
  node: process.version,
  peer: `@fluent/bundle ${bundleVersion}`,
  calls: n,
  cpus: availableParallelism(),
  texts_equal: oursText === peerText,
  caredesk_text: oursText,
  peer_text: peerText,
  caredesk_render_ns: Math.round(render),
  caredesk_render_text_ns: Math.round(renderText),
  caredesk_batch_per_reply_ns: Math.round(many),
  peer_ns: Math.round(peer),
}
const out = process.argv.indexOf('--out')
if (out > 0) writeFileSync(process.argv[out + 1], JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
