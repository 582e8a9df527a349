// Return decisions from Node: policy forms, the decision object, the batch promise, bad input.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { ReturnPolicy, evaluateReturn, evaluateReturns } = require('../index.js')

const policies = fileURLToPath(new URL('../../tests/vectors/returns/policies/', import.meta.url))
const STANDARD = JSON.parse(readFileSync(policies + 'standard.json', 'utf8'))
const STRICT = readFileSync(policies + 'strict.json', 'utf8')
const NOW = new Date('2026-03-16T09:00:00Z')

/** The German consumer's opened headphones of docs/returns.md, example 1. */
const headphones = (over = {}) => ({
  ordered_at: new Date('2026-03-01T10:00:00Z'),
  delivered_at: '2026-03-03T14:00:00Z',
  country: 'DE',
  reason: 'unwanted',
  items: [{ sku: 'HP-200', unit_price: { minor: 12900, currency: 'EUR' }, category: 'audio', condition: 'opened' }],
  whole_order: true,
  outbound_shipping: { paid: { minor: 490, currency: 'EUR' } },
  ...over,
})

const eur = (minor) => ({ minor, currency: 'EUR' })

test('a decision is plain data with camelCase keys', () => {
  const d = evaluateReturn(headphones(), new ReturnPolicy(STANDARD), NOW)
  assert.equal(d.country, 'DE')
  assert.equal(d.region, null)
  assert.equal(d.floor, 'DE')
  assert.equal(d.requestedOn, '2026-03-16')
  assert.equal(d.currency, 'EUR')
  assert.equal(d.eligible, true)
  assert.equal(d.returnLabel, 'shop')
  assert.equal(d.refundTo, 'original_payment')
  const [item] = d.items
  assert.equal(item.sku, 'HP-200')
  assert.equal(item.reasonClass, 'change_of_mind')
  assert.equal(item.regime, 'statutory_withdrawal')
  assert.equal(item.decidedBy, 'shop')
  assert.deepEqual(item.resolutions, ['refund', 'store_credit', 'exchange'])
  assert.deepEqual(item.deadlines, {
    notifyBy: '2026-04-02',
    withdrawalEndsOn: '2026-03-17',
    shipBackBy: '2026-03-30',
    refundDueBy: '2026-03-30',
    rejectBy: null,
    guaranteeEndsOn: '2028-03-03',
    presumptionEndsOn: '2027-03-03',
  })
  assert.deepEqual(item.money, { price: eur(12900), refund: eur(12900), restockingFee: eur(0), lossOfValue: eur(0), storeCreditBonus: eur(1290) })
  assert.deepEqual(d.money, {
    itemsRefund: eur(12900),
    outboundShippingRefund: eur(490),
    returnShippingCharged: eur(495),
    total: eur(12895),
    storeCreditTotal: eur(14185),
  })
  assert.deepEqual(d.reasons.map((r) => [r.code, r.kind]), [['law.eu.crd.art13.delivery', 'override']])
  assert.equal(item.reasons[0].code, 'law.eu.crd.art9')
  assert.ok(item.reasons[0].text.includes('14-day withdrawal period'))
})

test('a decision prints as the core account and survives JSON.stringify', () => {
  const d = evaluateReturn(headphones(), new ReturnPolicy(STANDARD), NOW)
  assert.ok(d.text.startsWith('DE, floor DE, requested 2026-03-16: eligible\n'))
  assert.ok(d.text.includes('total 128.95 EUR = items 129.00 EUR + outbound shipping 4.90 EUR - return shipping 4.95 EUR'))
  const back = JSON.parse(JSON.stringify(d))
  assert.deepEqual(back, d)
  assert.deepEqual(back.money.total, { minor: 12895, currency: 'EUR' })
})

test('the policy reads the same from an object, JSON and TOML', () => {
  const toml = `
name = "Standard EU shop"
store_credit_bonus_bps = 1000
keep_item_below = { minor = 500, currency = "EUR" }

[window]
days = 30
from = "delivery"

[[seasonal]]
name = "holidays"
ordered_from = "11-01"
ordered_until = "12-31"
returnable_until = "01-31"

[exclusions]
categories = ["gift_cards"]
tags = ["clearance"]
skus = ["GC-50"]

[return_shipping]
mode = "flat"
fee = { minor = 495, currency = "EUR" }

[loss_of_value]
used_bps = 2000
damaged_bps = 5000
`
  const a = new ReturnPolicy(STANDARD)
  const b = ReturnPolicy.fromJson(JSON.stringify(STANDARD))
  const c = ReturnPolicy.fromToml(toml)
  assert.deepEqual(a.config, b.config)
  assert.deepEqual(a.config, c.config)
  assert.equal(a.name, 'Standard EU shop')
  assert.deepEqual(evaluateReturn(headphones(), a, NOW), evaluateReturn(headphones(), c, NOW))
  const builtin = new ReturnPolicy()
  assert.equal(builtin.name, null)
  assert.deepEqual(builtin.config.return_shipping, { mode: 'free' })
  assert.equal(builtin.reasonClass('size_too_small'), 'change_of_mind')
  assert.equal(builtin.reasonClass('damaged_in_transit'), 'fault')
  assert.equal(builtin.reasonClass('too_ugly'), null)
})

test('audit lists where the law overrides the policy', () => {
  const strict = ReturnPolicy.fromJson(STRICT)
  const findings = strict.audit('DE')
  assert.equal(findings.length, 12)
  assert.deepEqual(findings.slice(0, 3).map((f) => [f.field, f.code]), [
    ['window.days', 'law.eu.crd.art9'],
    ['window.from', 'law.eu.crd.art9'],
    ['restocking_fee', 'law.eu.crd.art14.no_other_costs'],
  ])
  assert.ok(findings[2].source.startsWith('Directive 2011/83/EU') && findings[2].text)
  assert.deepEqual(strict.audit('US'), [])
  assert.throws(() => strict.audit('XX'), (e) => e.code === 'returns.unknown_country' && e.field === 'country')
})

test('the law overrides a stingy policy and says so', () => {
  const d = evaluateReturn(headphones(), ReturnPolicy.fromJson(STRICT), new Date('2026-03-13T09:00:00Z'))
  const [item] = d.items
  assert.equal(item.regime, 'statutory_withdrawal')
  assert.equal(item.decidedBy, 'law')
  assert.deepEqual(item.money.restockingFee, eur(0))
  assert.ok(item.reasons.some((r) => r.kind === 'override'))
  assert.deepEqual(d.money.total, eur(12900 + 490))
})

test('evaluateReturns resolves in order and rejects naming the request', async () => {
  const policy = new ReturnPolicy(STANDARD)
  const requests = [headphones(), headphones({ country: 'FR' }), headphones({ reason: 'defective' })]
  const many = await evaluateReturns(requests, policy, NOW)
  assert.deepEqual(many, requests.map((r) => evaluateReturn(r, policy, NOW)))
  assert.equal(many[2].items[0].regime, 'legal_guarantee')
  await assert.rejects(evaluateReturns([headphones(), headphones({ reason: 'too_ugly' })], policy, NOW), (e) => {
    assert.deepEqual([e.code, e.field], ['returns.unknown_reason', 'requests[1].reason'])
    return true
  })
  assert.throws(() => evaluateReturns([headphones(), headphones({ ordered_at: '2026-03-01T10:00:00' })], policy, NOW), (e) => {
    assert.deepEqual([e.code, e.field], ['input.naive_datetime', 'requests[1].ordered_at'])
    return true
  })
  assert.deepEqual(await evaluateReturns([], policy, NOW), [])
})

// ---- bad input: every case of the issue, with its code and field ----

function fails(call, code, field) {
  assert.throws(call, (e) => {
    assert.ok(e instanceof Error)
    assert.deepEqual([e.code, e.field], [code, field], e.message)
    return true
  })
}

test('a delivery before the order', () => {
  fails(() => evaluateReturn(headphones({ delivered_at: '2026-02-27T14:00:00Z' }), new ReturnPolicy(), NOW), 'returns.before_order', 'delivered_at')
  const r = headphones()
  r.items[0].delivered_at = new Date('2026-02-01T00:00:00Z')
  fails(() => evaluateReturn(r, new ReturnPolicy(), NOW), 'returns.before_order', 'items[0].delivered_at')
})

test('unknown country codes', () => {
  fails(() => evaluateReturn(headphones({ country: 'XX' }), new ReturnPolicy(), NOW), 'returns.unknown_country', 'country')
  fails(() => evaluateReturn(headphones({ region: 'FR-IDF' }), new ReturnPolicy(), NOW), 'returns.unknown_country', 'region')
  fails(() => new ReturnPolicy({ overrides: { ZZ: { ship_back_days: 30 } } }), 'returns.unknown_country', 'overrides.ZZ')
})

test('a negative price', () => {
  const r = headphones()
  r.items[0].unit_price = { minor: -100, currency: 'EUR' }
  fails(() => evaluateReturn(r, new ReturnPolicy(), NOW), 'money.negative', 'items[0].unit_price.minor')
})

test('mixed currencies in one request', () => {
  const r = headphones()
  r.items.push({ sku: 'CASE', unit_price: { minor: 1500, currency: 'GBP' } })
  fails(() => evaluateReturn(r, new ReturnPolicy(), NOW), 'money.currency_mismatch', 'items[1].unit_price')
  const usd = new ReturnPolicy({ return_shipping: { mode: 'flat', fee: { minor: 495, currency: 'USD' } } })
  fails(() => evaluateReturn(headphones(), usd, NOW), 'money.currency_mismatch', 'return_shipping.fee')
})

test('a fee that exceeds the price', () => {
  fails(() => new ReturnPolicy({ restocking_fee: { bps: 12000 } }), 'returns.fee_exceeds_price', 'restocking_fee.bps')
  const socks = headphones({ country: 'NO', items: [{ sku: 'SOCKS', unit_price: eur(399) }] })
  const flat = new ReturnPolicy({ restocking_fee: { flat: eur(500) } })
  fails(() => evaluateReturn(socks, flat, NOW), 'returns.fee_exceeds_price', 'restocking_fee')
})

test('a window of negative days', () => {
  fails(() => new ReturnPolicy({ window: { days: -3 } }), 'returns.negative_window', 'window.days')
  fails(() => ReturnPolicy.fromToml('[overrides.FR.window]\ndays = -1\n'), 'returns.negative_window', 'overrides.FR.window.days')
})

test('a reason not in the taxonomy', () => {
  fails(() => evaluateReturn(headphones({ reason: 'too_ugly' }), new ReturnPolicy(), NOW), 'returns.unknown_reason', 'reason')
  fails(() => new ReturnPolicy({ resolutions: { by_reason: { too_ugly: ['refund'] } } }), 'returns.unknown_reason', 'resolutions.by_reason.too_ugly')
})

test('shape errors name the field', () => {
  fails(() => evaluateReturn(headphones({ ordered_at: '2026-03-01T10:00:00' }), new ReturnPolicy(), NOW), 'input.naive_datetime', 'ordered_at')
  fails(() => evaluateReturn(headphones(), new ReturnPolicy(), '2026-03-16T09:00:00Z'), 'input.invalid', 'now')
  fails(() => evaluateReturn(headphones({ colour: 'red' }), new ReturnPolicy(), NOW), 'input.json', 'colour')
  fails(() => evaluateReturn(headphones({ delivered_at: new Date(NaN) }), new ReturnPolicy(), NOW), 'input.invalid', 'delivered_at')
  fails(() => new ReturnPolicy({ window: { dayz: 3 } }), 'input.json', 'window.dayz')
  // A value outside a closed set names the set, the same code as the other engines give.
  fails(() => evaluateReturn(headphones({ payment_method: 'cheque' }), new ReturnPolicy(), NOW), 'input.unknown_value', 'payment_method')
  fails(() => new ReturnPolicy({ return_shipping: { mode: 'pigeon' } }), 'input.unknown_value', 'return_shipping.mode')
  assert.throws(() => ReturnPolicy.fromToml('window = 3'), (e) => e.code === 'input.toml')
})
