import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { Ticket, Money } = require('../index.js')

const at = (s) => new Date(s)

function newTicket() {
  return new Ticket({
    id: 'T-1001',
    channel: 'email',
    subject: 'Dov’è il mio pacco?',
    customer: { id: 'c-42', locale: 'it-IT' },
    order_refs: ['IT-5512'],
    created_at: at('2026-03-02T08:00:00Z'),
    events: [
      {
        type: 'message_added',
        message: { id: 'm1', at: at('2026-03-02T08:00:00Z'), author: 'customer', body: 'Dov’è il mio pacco?' },
      },
    ],
  })
}

/** Asserts that `fn` throws a caredesk error with `code` and `field`, and returns it. */
function throwsCode(fn, code, field) {
  let caught
  assert.throws(fn, (err) => {
    caught = err
    return true
  })
  assert.ok(caught instanceof Error, 'a JS Error')
  assert.equal(caught.code, code, `code of: ${caught.message}`)
  assert.equal(caught.field, field, `field of: ${caught.message}`)
  return caught
}

test('a ticket is built from a plain object and read through getters', () => {
  const t = newTicket()
  assert.equal(t.id, 'T-1001')
  assert.equal(t.channel, 'email')
  assert.equal(t.marketplace, null)
  assert.equal(t.subject, 'Dov’è il mio pacco?')
  assert.deepEqual(t.customer, { id: 'c-42', locale: 'it-IT' })
  assert.deepEqual(t.orderRefs, ['IT-5512'])
  assert.equal(t.topic, null)
  assert.equal(t.language, null)
  assert.ok(t.createdAt instanceof Date)
  assert.equal(t.createdAt.toISOString(), '2026-03-02T08:00:00.000Z')
  assert.equal(t.followUpOf, null)
  assert.equal(t.status, 'new')
  assert.equal(t.priority, null)
  assert.deepEqual(t.tags, [])
  assert.equal(t.assignee, null)
  assert.equal(t.events.length, 1)
  assert.equal(t.messages[0].body, 'Dov’è il mio pacco?')
  assert.equal(t.reopenCount, 0)
  assert.equal(t.firstReplySeconds, null)
  assert.equal(t.firstAgentReply, null)
  assert.equal(t.lastActivityAt.toISOString(), '2026-03-02T08:00:00.000Z')
  assert.equal(Ticket.fromObject(t.toObject()).toJson(), t.toJson())
})

test('lifecycle: replies, reopen on a customer message, history and timings', () => {
  const t = newTicket()
  t.setPriority('high', at('2026-03-02T08:05:00Z'))
  t.assign('agent-7', at('2026-03-02T08:06:00Z'))
  t.tag(['shipping', 'vip'], [], at('2026-03-02T08:06:00Z'))
  t.addMessage({ id: 'm2', at: at('2026-03-02T09:30:00Z'), author: 'agent', body: 'Parte oggi.' })
  t.setStatus('solved', at('2026-03-02T09:30:00Z'))
  assert.equal(t.status, 'solved')
  assert.equal(t.firstReplySeconds, 5400)
  assert.equal(t.firstAgentReply.id, 'm2')
  assert.ok(t.firstAgentReply.at instanceof Date)
  assert.equal(t.autoCloseAt().toISOString(), '2026-03-06T09:30:00.000Z')
  assert.equal(t.autoCloseAt(3600).toISOString(), '2026-03-02T10:30:00.000Z')

  // A public customer message on a solved ticket reopens it, and the reopen is counted.
  t.addMessage({ id: 'm3', at: at('2026-03-03T10:00:00Z'), author: 'customer', body: 'Ancora niente.' })
  assert.equal(t.status, 'open')
  assert.equal(t.reopenCount, 1)
  assert.equal(t.autoCloseAt(), null)
  assert.equal(t.priority, 'high')
  assert.equal(t.assignee, 'agent-7')
  assert.deepEqual(t.tags, ['shipping', 'vip'])
  t.tag([], ['vip'], at('2026-03-03T10:00:00Z'))
  t.assign(null, at('2026-03-03T10:01:00Z'))
  assert.deepEqual(t.tags, ['shipping'])
  assert.equal(t.assignee, null)

  assert.deepEqual(
    t.statusHistory().map((c) => [c.at.toISOString(), c.status]),
    [
      ['2026-03-02T08:00:00.000Z', 'new'],
      ['2026-03-02T09:30:00.000Z', 'solved'],
      ['2026-03-03T10:00:00.000Z', 'open'],
    ],
  )
  assert.equal(t.statusAt(at('2026-03-02T07:59:59Z')), null)
  assert.equal(t.statusAt(at('2026-03-02T09:30:00Z')), 'solved')
  assert.deepEqual(t.timeInStatus(at('2026-03-03T12:00:00Z')), {
    new: 5400,
    open: 7200,
    pending: 0,
    on_hold: 0,
    solved: 88200,
    closed: 0,
  })
  throwsCode(() => t.timeInStatus(at('2026-03-01T00:00:00Z')), 'input.invalid', 'until')
})

test('closed refuses every change, leaves the ticket unchanged, and follow-ups link back', () => {
  const t = newTicket()
  t.setPriority('urgent', at('2026-03-02T08:01:00Z'))
  t.tag(['vip'], [], at('2026-03-02T08:01:00Z'))
  t.setStatus('solved', at('2026-03-02T09:00:00Z'))
  assert.equal(t.closeIfDue(at('2026-03-03T09:00:00Z')), false)
  assert.equal(t.closeIfDue(at('2026-03-06T09:00:00Z')), true)
  assert.equal(t.status, 'closed')
  // Dated at the auto-close instant, not at `now`.
  assert.equal(t.events.at(-1).at.toISOString(), '2026-03-06T09:00:00.000Z')

  const before = t.toJson()
  const message = { id: 'm9', at: at('2026-03-10T12:00:00Z'), author: 'customer', body: 'Di nuovo io.' }
  const err = throwsCode(() => t.addMessage(message), 'ticket.closed', 'event')
  assert.match(err.message, /ticket T-1001 is closed/)
  throwsCode(() => t.setStatus('open', at('2026-03-10T12:00:00Z')), 'ticket.closed', 'event')
  throwsCode(() => t.tag(['x'], [], at('2026-03-10T12:00:00Z')), 'ticket.closed', 'event')
  assert.equal(t.toJson(), before)

  const next = t.followUp('T-1002', message)
  assert.ok(next instanceof Ticket)
  assert.equal(next.id, 'T-1002')
  assert.equal(next.followUpOf, 'T-1001')
  assert.equal(next.createdAt.toISOString(), '2026-03-10T12:00:00.000Z')
  assert.equal(next.priority, 'urgent')
  assert.deepEqual(next.tags, ['vip'])
  assert.deepEqual(next.messages.map((m) => m.id), ['m9'])
  assert.equal(t.toJson(), before)

  const open = newTicket()
  throwsCode(() => open.followUp('T-2', message), 'ticket.not_closed', undefined)
})

test('errors carry the core code, field and message', () => {
  const t = newTicket()
  const before = t.toJson()

  const unknown = throwsCode(() => t.setStatus('shipped', at('2026-03-02T09:00:00Z')), 'input.unknown_value', 'status')
  assert.equal(
    unknown.message,
    'status: unknown value "shipped", expected one of: new, open, pending, on_hold, solved, closed',
  )
  throwsCode(() => t.setPriority('asap', at('2026-03-02T09:00:00Z')), 'input.unknown_value', 'priority')
  throwsCode(() => t.setStatus('new', at('2026-03-02T09:00:00Z')), 'ticket.illegal_transition', 'status')
  throwsCode(
    () => t.apply({ type: 'status_changed', at: at('2026-03-01T00:00:00Z'), status: 'open' }),
    'ticket.before_creation',
    'at',
  )
  throwsCode(() => t.setStatus('open', at('2026-03-01T00:00:00Z')), 'ticket.before_creation', 'at')
  throwsCode(
    () => t.addMessage({ id: 'm1', at: at('2026-03-02T09:00:00Z'), author: 'agent', body: 'dup' }),
    'ticket.duplicate_message',
    'message.id',
  )
  throwsCode(() => t.apply({ type: 'shipped', at: at('2026-03-02T09:00:00Z') }), 'input.unknown_value', 'type')
  throwsCode(
    () => t.apply({ type: 'status_changed', at: '2026-03-02T09:00:00', status: 'open' }),
    'input.naive_datetime',
    'at',
  )
  assert.equal(t.toJson(), before)

  throwsCode(() => Ticket.fromJson('{"id": "T-1", '), 'input.json', '.')
  const json = throwsCode(() => Ticket.fromJson('{"id": 5}'), 'input.json', 'id')
  assert.match(json.message, /integer `5`/)

  const data = newTicket().toObject()
  data.events.push({ type: 'status_changed', at: at('2026-03-02T09:00:00Z'), status: 'shipped' })
  throwsCode(() => new Ticket(data), 'input.unknown_value', 'events[1].status')
  throwsCode(() => Ticket.fromObject({ ...newTicket().toObject(), status: 'open' }), 'ticket.snapshot_mismatch', 'status')

  throwsCode(() => new Money(100, 'EURO'), 'money.unknown_currency', 'currency')
  throwsCode(() => new Money(-1, 'EUR'), 'money.negative', 'minor')
  throwsCode(() => Money.parse('-1', 'EUR'), 'money.negative', 'amount')
  throwsCode(() => Money.parse('1.234', 'EUR'), 'money.precision', 'amount')
})

test('dates in and out', () => {
  const t = newTicket()
  // Milliseconds survive; instants in documents may also be RFC 3339 strings with an offset.
  t.addMessage({ id: 'm2', at: at('2026-03-02T08:30:00.250Z'), author: 'agent', body: 'ok' })
  t.apply({ type: 'status_changed', at: '2026-03-02T10:30:00+01:00', status: 'pending' })
  const events = t.events
  assert.ok(events[1].message.at instanceof Date)
  assert.equal(events[1].message.at.getTime(), Date.parse('2026-03-02T08:30:00.250Z'))
  assert.equal(events[2].at.toISOString(), '2026-03-02T09:30:00.000Z')
  assert.match(t.toJson(), /"at":"2026-03-02T08:30:00.250Z"/)

  const obj = t.toObject()
  assert.ok(obj.created_at instanceof Date)
  assert.ok(obj.events.every((e) => (e.at ?? e.message.at) instanceof Date))
  assert.equal(typeof obj.customer.id, 'string')
  // JSON.stringify goes through toJSON() and gives text core reads back.
  assert.equal(Ticket.fromJson(JSON.stringify(t)).toJson(), t.toJson())

  // An invalid Date names its path; a non-Date argument names the argument.
  const bad = newTicket().toObject()
  bad.events[0].message.at = new Date('not a date')
  throwsCode(() => new Ticket(bad), 'input.invalid', 'events[0].message.at')
  throwsCode(() => t.setStatus('open', '2026-03-03T00:00:00Z'), 'input.invalid', 'at')
  throwsCode(() => t.setStatus('open', new Date(Number.NaN)), 'input.invalid', 'at')
  throwsCode(() => t.statusAt(undefined), 'input.invalid', 't')
  throwsCode(() => t.closeIfDue(null), 'input.invalid', 'now')
})

test('only plain data crosses in; integers stay integers', () => {
  const base = () => newTicket().toObject()
  const withCustomer = (customer) => ({ ...base(), customer })

  throwsCode(() => new Ticket(withCustomer({ id: 'c', tier: () => 1 })), 'input.invalid', 'customer.tier')
  throwsCode(() => new Ticket(withCustomer({ id: 'c', tier: Symbol('x') })), 'input.invalid', 'customer.tier')
  throwsCode(() => new Ticket(withCustomer({ id: 'c', tier: 1n })), 'input.invalid', 'customer.tier')
  throwsCode(() => new Ticket(withCustomer(new Map([['id', 'c']]))), 'input.invalid', 'customer')
  throwsCode(() => new Ticket(withCustomer({ id: 'c', tier: Number.NaN })), 'input.invalid', 'customer.tier')
  const orders = { ...base(), order_refs: ['A', () => 1] }
  throwsCode(() => new Ticket(orders), 'input.invalid', 'order_refs[1]')
  class Customer {
    constructor() {
      this.id = 'c'
    }
  }
  throwsCode(() => new Ticket(withCustomer(new Customer())), 'input.invalid', 'customer')

  const cyclic = base()
  cyclic.customer.self = cyclic.customer
  assert.throws(
    () => new Ticket(cyclic),
    (err) => err.code === 'input.invalid' && err.field === 'customer.self' && /a cycle/.test(err.message),
  )

  // Undefined properties are skipped; null-prototype objects are plain data.
  const nullProto = Object.assign(Object.create(null), { id: 'c', name: undefined, locale: 'de-DE' })
  assert.deepEqual(new Ticket(withCustomer(nullProto)).customer, { id: 'c', locale: 'de-DE' })

  // A JS number without a fractional part reaches core as a JSON integer.
  const int = throwsCode(() => new Ticket(withCustomer({ id: 5 })), 'input.json', 'customer.id')
  assert.match(int.message, /integer `5`/)
  const float = throwsCode(() => new Ticket(withCustomer({ id: 5.5 })), 'input.json', 'customer.id')
  assert.match(float.message, /floating point `5.5`/)
  throwsCode(() => t0().closeIfDue(at('2026-03-03T00:00:00Z'), 5400.5), 'input.invalid', 'autoCloseAfterSeconds')
  throwsCode(() => t0().closeIfDue(at('2026-03-03T00:00:00Z'), 60), 'input.invalid', 'auto_close.after')
  throwsCode(() => t0().autoCloseAt(Number.MAX_SAFE_INTEGER + 1), 'input.invalid', 'afterSeconds')
})

const t0 = newTicket

test('toJson / fromJson and toObject / new Ticket round trips', () => {
  const t = newTicket()
  t.addMessage({ id: 'm2', at: at('2026-03-02T09:00:00Z'), author: 'agent', public: false, body: 'nota interna' })
  t.setStatus('pending', at('2026-03-02T09:01:00Z'))
  const json = t.toJson()
  assert.equal(
    json,
    '{"id":"T-1001","channel":"email","subject":"Dov’è il mio pacco?","customer":{"id":"c-42","locale":"it-IT"},' +
      '"order_refs":["IT-5512"],"created_at":"2026-03-02T08:00:00Z","status":"pending","tags":[],"events":[' +
      '{"type":"message_added","message":{"id":"m1","at":"2026-03-02T08:00:00Z","author":"customer","public":true,"body":"Dov’è il mio pacco?"}},' +
      '{"type":"message_added","message":{"id":"m2","at":"2026-03-02T09:00:00Z","author":"agent","public":false,"body":"nota interna"}},' +
      '{"type":"status_changed","at":"2026-03-02T09:01:00Z","status":"pending"}]}',
  )
  assert.equal(Ticket.fromJson(json).toJson(), json)
  assert.equal(new Ticket(t.toObject()).toJson(), json)
  assert.deepEqual(JSON.parse(JSON.stringify(t.toJSON())), JSON.parse(JSON.stringify(t.toObject())))
  assert.equal(t.firstReplySeconds, null, 'an internal note is not a reply')
})

test('Money: arithmetic, half-even shares, allocation, JSON', () => {
  const a = new Money(1050, 'EUR')
  const b = Money.parse('2.5', 'EUR')
  assert.equal(a.minor, 1050)
  assert.equal(a.currency, 'EUR')
  assert.equal(a.exponent, 2)
  assert.equal(b.minor, 250)
  assert.equal(a.add(b).toString(), '13.00 EUR')
  assert.equal(a.sub(b).toString(), '8.00 EUR')
  assert.equal(a.mul(3).minor, 3150)
  assert.ok(a.add(b).equals(new Money(1300, 'EUR')))
  assert.ok(!a.equals(new Money(1050, 'USD')))
  assert.equal(`${new Money(1999, 'EUR')}`, '19.99 EUR')
  assert.equal(Money.parse('1500', 'jpy').toString(), '1500 JPY')
  assert.equal(Money.parse('1500', 'JPY').exponent, 0)
  assert.deepEqual(a.toJSON(), { minor: 1050, currency: 'EUR' })
  assert.equal(JSON.stringify({ refund: a }), '{"refund":{"minor":1050,"currency":"EUR"}}')

  // Half to even: 2.5 cents -> 2, 3.5 -> 4; 1.5 -> 2, 2.5 -> 2, 2.51 -> 3.
  const eur = (m) => new Money(m, 'EUR')
  assert.equal(eur(25).percentBps(1000).minor, 2)
  assert.equal(eur(35).percentBps(1000).minor, 4)
  assert.equal(eur(150).percentBps(100).minor, 2)
  assert.equal(eur(250).percentBps(100).minor, 2)
  assert.equal(eur(251).percentBps(100).minor, 3)
  assert.equal(Money.parse('49.90', 'EUR').percentBps(1000).toString(), '4.99 EUR')
  assert.equal(eur(1000).percentBps(15000).minor, 1500)

  assert.deepEqual(eur(100).allocate([1, 1, 1]).map((m) => m.minor), [34, 33, 33])
  assert.deepEqual(eur(1001).allocate([3, 3, 4]).reduce((s, m) => s + m.minor, 0), 1001)
  throwsCode(() => eur(100).allocate([0, 0]), 'input.invalid', 'weights')
  throwsCode(() => eur(100).allocate([1, -1]), 'input.invalid', 'weights[1]')

  throwsCode(() => a.add(new Money(1, 'USD')), 'money.currency_mismatch', 'add')
  throwsCode(() => b.sub(a), 'money.negative', 'sub')
  throwsCode(() => eur(1).mul(-2), 'input.invalid', 'factor')
  throwsCode(() => eur(1).mul(2 ** 32), 'input.invalid', 'factor')
  throwsCode(() => eur(1).percentBps(0.5), 'input.invalid', 'bps')
  throwsCode(() => new Money(1.5, 'EUR'), 'input.invalid', 'minor')
  throwsCode(() => new Money(2 ** 53, 'EUR'), 'input.invalid', 'minor')
  throwsCode(() => new Money(Number.NaN, 'EUR'), 'input.invalid', 'minor')
  assert.equal(new Money(Number.MAX_SAFE_INTEGER, 'EUR').minor, Number.MAX_SAFE_INTEGER)

  // Beyond 2^53 - 1 minor units a number would lose digits: the amount comes back as a string.
  const big = Money.parse('92233720368547758.07', 'EUR')
  assert.equal(big.minor, '9223372036854775807')
  assert.deepEqual(big.toJSON(), { minor: '9223372036854775807', currency: 'EUR' })
  throwsCode(() => big.add(eur(1)), 'money.overflow', 'add')
})

test('instants outside 1900-9999 are refused, never a panic', () => {
  // Near the end of chrono's range date arithmetic would overflow; core refuses
  // such instants up front, so the failure is an ordinary error.
  const t = newTicket()
  throwsCode(() => t.setStatus('solved', new Date('+262142-12-30T00:00:00Z')), 'input.invalid', 'at')
  assert.equal(t.status, 'new')
  assert.equal(t.autoCloseAt(), null)
})
