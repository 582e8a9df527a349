// caredesk's Sla from Node: config forms, Date instants, the batch promise, errors.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { Sla, Ticket } = require('../index.js')

const weekdays = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]]))
const OFFICE = {
  calendars: { office: { zone: 'Europe/Rome', holiday_sets: ['IT'], weekly: weekdays } },
  policies: [
    { preset: 'amazon' },
    {
      name: 'email',
      clock: 'office',
      targets: {
        first_reply: { within: { urgent: '1h', normal: 8 * 3600 }, warn: { at_percent: 75 } },
        resolution: { within: '40h' },
      },
    },
  ],
}

function email(id, created, priority = 'normal') {
  const t = new Ticket({ id, channel: 'email', customer: { id: 'c' }, created_at: created })
  t.addMessage({ id: 'm1', at: created, author: 'customer', body: 'Hi' })
  t.setPriority(priority, created)
  return t
}

test('a Friday email is due on Monday, with Dates and seconds', () => {
  const sla = new Sla(OFFICE)
  const report = sla.evaluate(email('E-1', new Date('2026-11-20T16:00:00Z')), new Date('2026-11-23T14:00:00Z'))
  assert.equal(report.policy, 'email')
  assert.equal(report.ticketId, 'E-1')
  const first = report.metrics.find((m) => m.metric === 'first_reply')
  assert.ok(first.due instanceof Date)
  assert.equal(first.due.toISOString(), '2026-11-23T15:00:00.000Z')
  assert.equal(first.stage, 'warning')
  assert.equal(first.elapsed, 7 * 3600) // 1 h Friday, 09:00-15:00 Monday in Rome
  assert.equal(first.remaining, 3600)
  assert.equal(first.target, 8 * 3600)
  assert.equal(report.nextDue.metric, 'first_reply')
  assert.equal(report.anyBreach, false)
})

test('TOML and JSON configs give the same engine', () => {
  const toml = `
[calendars.office]
zone = "Europe/Rome"
weekly = { mon = [["09:00", "18:00"]] }

[[policies]]
name = "email"
clock = "office"
targets.first_reply = { within = "8h" }
`
  const a = Sla.fromToml(toml)
  const b = Sla.fromJson(JSON.stringify(a.config))
  assert.deepEqual(a.config, b.config)
  assert.deepEqual(a.policyNames, ['email'])
  assert.deepEqual(a.calendarNames, ['office'])
})

test('evaluateMany resolves in order and rejects with the first failure', async () => {
  const sla = new Sla(OFFICE)
  const created = Date.parse('2026-11-23T08:00:00Z')
  const tickets = Array.from({ length: 500 }, (_, i) => email(`T${i}`, new Date(created + i * 1000)))
  const now = new Date('2026-11-23T14:00:00Z')
  const pending = sla.evaluateMany(tickets, now)
  assert.ok(pending instanceof Promise)
  const reports = await pending
  assert.deepEqual(reports.map((r) => r.ticketId), tickets.map((t) => t.id))
  assert.equal(reports[5].metrics[0].elapsed, 6 * 3600 - 5)

  const later = email('LATER', new Date('2026-11-24T08:00:00Z'))
  await assert.rejects(sla.evaluateMany([tickets[0], later], now), (err) => {
    assert.equal(err.code, 'input.invalid')
    assert.equal(err.field, 'tickets[1].now')
    return true
  })
  const settled = await sla.evaluateManySettled([tickets[0], later], now)
  assert.equal(settled[0].ok, true)
  assert.equal(settled[0].report.ticketId, 'T0')
  assert.equal(settled[1].ok, false)
  assert.equal(settled[1].error.field, 'tickets[1].now')
  assert.throws(() => sla.evaluateMany([tickets[0], { id: 'x' }], now), (err) => err.field === 'tickets[1]')
})

test('config errors carry code and field', () => {
  assert.throws(
    () => new Sla({ policies: [{ name: 'x', clock: 'warehouse', targets: { first_reply: { within: '8h' } } }] }),
    (err) => err.code === 'sla.unknown_calendar' && err.field === 'policies[0].targets.first_reply.clock',
  )
  assert.throws(
    () => new Sla({ policies: [{ name: 'x', clock: 'calendar', targets: { first_reply: { within: '2d' } } }] }),
    (err) => err.code === 'input.invalid' && err.field === 'policies[0].targets.first_reply.within',
  )
  assert.throws(() => Sla.fromToml('[[policies]]\nname = 3\n'), (err) => err.code === 'input.toml' && err.field === 'policies[0].name')
  assert.throws(() => new Sla(OFFICE).evaluate(email('N', new Date('2026-11-23T08:00:00Z')), '2026-11-23'), (err) => err.field === 'now')
})
