// Runs the shared SLA vectors in tests/vectors/sla/*.json (tests/vectors/README.md).
// The Node report is camelCase with Dates and seconds; it is mapped back to the
// wire form (snake_case, RFC 3339 strings) before comparing, so the binding's
// own surface is what is checked.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { Sla, Ticket } = require('../index.js')

const dir = fileURLToPath(new URL('../../tests/vectors/sla/', import.meta.url))
const files = readdirSync(dir).filter((n) => n.endsWith('.json')).sort()

const snake = (k) => k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())

function wire(v) {
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z')
  if (Array.isArray(v)) return v.map(wire)
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [snake(k), wire(x)]))
  }
  return v
}

function subset(got, want, at) {
  if (want !== null && typeof want === 'object' && !Array.isArray(want)) {
    assert.ok(got !== null && typeof got === 'object', `${at}: got ${JSON.stringify(got)}, expected an object`)
    for (const [k, w] of Object.entries(want)) subset(got[k] ?? null, w, `${at}.${k}`)
  } else if (Array.isArray(want)) {
    if (want.length === 0 && got === null) return
    assert.ok(Array.isArray(got) && got.length === want.length, `${at}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`)
    want.forEach((w, i) => subset(got[i], w, `${at}[${i}]`))
  } else {
    assert.deepEqual(got, want, at)
  }
}

test('there are SLA vectors', () => assert.ok(files.length >= 60))

for (const name of files) {
  test(name, () => {
    const c = JSON.parse(readFileSync(dir + name, 'utf8'))
    if (c.config_error) {
      assert.throws(() => new Sla(c.config), (err) => {
        assert.deepEqual([err.code, err.field], [c.config_error.code, c.config_error.field], err.message)
        return true
      })
      return
    }
    const sla = new Sla(c.config)
    const ticket = Ticket.fromJson(JSON.stringify(c.ticket))
    const now = new Date(c.now)
    if (c.error) {
      assert.throws(() => sla.evaluate(ticket, now), (err) => {
        assert.deepEqual([err.code, err.field], [c.error.code, c.error.field], err.message)
        return true
      })
      return
    }
    const report = wire(sla.evaluate(ticket, now))
    const e = c.expect
    if ('policy' in e) subset(report.policy ?? null, e.policy, 'policy')
    if ('next_due' in e) subset(report.next_due ?? null, e.next_due, 'next_due')
    if (e.metrics) {
      const got = Object.fromEntries(report.metrics.map((m) => [m.metric, m]))
      assert.deepEqual(Object.keys(got).sort(), Object.keys(e.metrics).sort())
      for (const [m, w] of Object.entries(e.metrics)) subset(got[m], w, m)
    }
    if (e.skipped) assert.deepEqual(report.skipped.map((s) => ({ metric: s.metric, code: s.code })), e.skipped)
  })
}
