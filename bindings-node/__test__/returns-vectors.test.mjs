// Runs the shared return vectors in tests/vectors/returns/*.json
// (tests/vectors/returns/README.md) as core/tests/returns_vectors.rs does.
// The Node decision is camelCase plain data with a `text` account; it is
// mapped back to the wire form (snake_case keys, no `text`) before matching,
// so the binding's own surface is what is checked.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { ReturnPolicy, evaluateReturn } = require('../index.js')

const dir = fileURLToPath(new URL('../../tests/vectors/returns/', import.meta.url))
const files = readdirSync(dir).filter((n) => n.endsWith('.json')).sort()
const KEYS = ['description', 'rule', 'policy', 'policy_error', 'request', 'now', 'expect', 'error', 'audit']

const snake = (k) => k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())

function snakeKeys(v) {
  if (Array.isArray(v)) return v.map(snakeKeys)
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [snake(k), snakeKeys(x)]))
  return v
}

/** The decision as the core's JSON: snake_case keys, without the `text` account or a null `region`. */
function wire(d) {
  const { text, region, ...rest } = d
  assert.equal(typeof text, 'string')
  return snakeKeys(region === null ? rest : { region, ...rest })
}

function loadPolicy(p) {
  if (typeof p === 'string') return ReturnPolicy.fromJson(readFileSync(`${dir}policies/${p}.json`, 'utf8'))
  assert.ok(p !== null && typeof p === 'object' && !Array.isArray(p), '"policy" must be a name in policies/ or an inline object')
  const policy = new ReturnPolicy(p)
  // The object and its JSON text give the same policy.
  assert.deepEqual(ReturnPolicy.fromJson(JSON.stringify(p)).config, policy.config)
  return policy
}

function checkError(err, want) {
  assert.equal(err.code, want.code, `error ${err.code} (${err.message}), expected ${want.code}`)
  if ('field' in want) assert.equal(err.field ?? null, want.field, `error field ${err.field}, expected ${want.field} (${err.message})`)
  return true
}

function cited(rule, found, place) {
  assert.ok(found, `the cited rule ${JSON.stringify(rule)} does not appear in ${place}`)
}

/** The sums every decision must satisfy, read from the Node object. */
function invariants(d) {
  let sum = 0
  for (const it of d.items) {
    const m = it.money
    for (const x of [m.price, m.refund, m.restockingFee, m.lossOfValue, m.storeCreditBonus]) {
      assert.equal(x.currency, d.currency, `items[${it.index}]: currency ${x.currency}`)
      assert.equal(typeof x.minor, 'number', `items[${it.index}]: minor units are a number below 2^53`)
    }
    if (m.refund.minor !== 0) {
      assert.equal(m.refund.minor + m.restockingFee.minor + m.lossOfValue.minor, m.price.minor, `items[${it.index}]: refund + fee + loss != price`)
    }
    if (!it.eligible) assert.ok(m.refund.minor === 0 && m.restockingFee.minor === 0, `items[${it.index}]: money on an ineligible item`)
    sum += m.refund.minor
  }
  const t = d.money
  assert.equal(sum, t.itemsRefund.minor, "items_refund is not the sum of the items' refunds")
  assert.equal(t.itemsRefund.minor + t.outboundShippingRefund.minor - t.returnShippingCharged.minor, t.total.minor, 'total != items_refund + outbound - return shipping')
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
const reasonCodes = (obj) => (Array.isArray(obj.reasons) ? obj.reasons.map((r) => r.code).filter((c) => typeof c === 'string') : [])

/** `expected` is a partial picture of `actual` (README: Matching `expect`). */
function matches(actual, expected, path = '') {
  if (isObject(actual) && isObject(expected)) {
    for (const [k, ev] of Object.entries(expected)) {
      const p = `${path}.${k}`
      if (k === 'codes_include' || k === 'codes_exclude') {
        const codes = reasonCodes(actual)
        assert.ok(Array.isArray(ev), `${p} must be an array`)
        for (const c of ev) {
          if (k === 'codes_include') assert.ok(codes.includes(c), `${p}: ${c} missing from ${codes}`)
          else assert.ok(!codes.includes(c), `${p}: ${c} present in ${codes}`)
        }
      } else {
        assert.ok(k in actual, `${p}: missing`)
        matches(actual[k], ev, p)
      }
    }
  } else if (Array.isArray(actual) && Array.isArray(expected)) {
    assert.equal(actual.length, expected.length, `${path}: ${actual.length} elements, expected ${expected.length}: ${JSON.stringify(actual)}`)
    actual.forEach((a, i) => matches(a, expected[i], `${path}[${i}]`))
  } else if (isObject(actual) && 'minor' in actual && typeof expected === 'string') {
    const [amount, cur] = expected.split(' ')
    assert.ok(cur, `${path}: money shorthand is "12.50 EUR"`)
    const minor = Number(amount.replace('.', ''))
    assert.ok(actual.minor === minor && actual.currency === cur, `${path}: ${JSON.stringify(actual)} is not ${expected}`)
  } else {
    assert.deepEqual(actual, expected, `${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`)
  }
}

test('there are return vectors', () => assert.ok(files.length >= 60))

for (const name of files) {
  test(name, () => {
    const c = JSON.parse(readFileSync(dir + name, 'utf8'))
    assert.ok(isObject(c), 'the vector must be an object')
    for (const k of Object.keys(c)) assert.ok(KEYS.includes(k), `unknown key ${k}`)
    assert.ok(typeof c.description === 'string' && c.description.trim(), '"description" must be a non-empty string')
    const rule = c.rule
    assert.equal(typeof rule, 'string', '"rule" (the rule exercised) is required')
    assert.ok('policy' in c, '"policy" is missing')

    if (c.policy_error) {
      let code
      assert.throws(() => loadPolicy(c.policy), (err) => checkError(err, c.policy_error) && Boolean((code = err.code)))
      if (isObject(c.policy)) {
        // JSON text fails the same way as the object.
        assert.throws(() => ReturnPolicy.fromJson(JSON.stringify(c.policy)), (err) => checkError(err, c.policy_error))
      }
      cited(rule, code === rule, 'the error code')
      return
    }
    const policy = loadPolicy(c.policy)

    if (c.audit) {
      const findings = policy.audit(c.audit.country)
      assert.deepEqual(findings.map((f) => ({ field: f.field, code: f.code })), c.audit.findings, 'audit findings differ')
      cited(rule, findings.some((f) => f.code === rule), 'the audit findings')
      if (!('request' in c)) return
    }

    assert.ok('request' in c, '"request" is missing')
    const now = new Date(c.now)
    if (c.error) {
      let code
      assert.throws(() => evaluateReturn(c.request, policy, now), (err) => checkError(err, c.error) && Boolean((code = err.code)))
      cited(rule, code === rule, 'the error code')
      return
    }
    const d = evaluateReturn(c.request, policy, now)
    invariants(d)
    assert.ok(c.expect, 'a vector without "error" needs "expect"')
    const actual = wire(d)
    matches(actual, c.expect)
    const codes = [...reasonCodes(actual), ...actual.items.flatMap(reasonCodes)]
    cited(rule, codes.includes(rule), "the decision's reasons")
  })
}
