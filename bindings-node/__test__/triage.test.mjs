// Triage from Node: classify objects and tickets, the batch promise, config errors.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { Ticket, Triage } = require('../index.js')

test('classify an object, with reasons and spans', () => {
  const r = new Triage().classify({
    subject: 'Colis pas reçu',
    body: "Bonjour, je n'ai toujours rien reçu et le suivi n'a pas bougé depuis 10 jours. C'est inadmissible !",
    channel: 'email',
    order: { status: 'shipped', promised_by: '2026-11-05' },
    received_at: new Date('2026-11-15T10:00:00Z'),
  })
  assert.equal(r.language, 'fr')
  assert.equal(r.topic, 'delivery_problem')
  assert.equal(r.priority, 'high')
  assert.equal(r.sentiment, 'negative')
  const hit = r.reasons.find((x) => x.kind === 'topic')
  assert.ok(hit && hit.span.length === 2 && typeof hit.text === 'string')
})

test('triage a ticket, and a batch', async () => {
  const t = new Triage()
  const ticket = new Ticket({ id: 'T-1', channel: 'email', customer: { id: 'c' }, created_at: new Date('2026-11-02T08:00:00Z') })
  assert.equal(t.triage(ticket), null)
  ticket.addMessage({ id: 'm1', at: new Date('2026-11-02T08:00:00Z'), author: 'customer', body: 'Pobraliście dwa razy za zamówienie! Chcę zwrot pieniędzy.' })
  const r = t.triage(ticket, { status: 'delivered' })
  assert.equal(r.language, 'pl')
  assert.equal(r.priority, 'urgent')
  const many = await t.classifyMany(Array.from({ length: 20 }, () => ({ body: 'Where is my order?', channel: 'chat' })))
  assert.equal(many.length, 20)
  assert.ok(many.every((x) => x.topic === 'order_status'))
})

test('config errors carry code and field', () => {
  assert.throws(
    () => new Triage({ packs: [{ language: 'en', rules: [{ id: 'en.bad', kind: 'topic', topic: 'other', weight: 1, regex: '(' }] }] }),
    (err) => err.code === 'triage.invalid_rule' && err.field === 'packs[0].rules[0].regex',
  )
  assert.throws(() => new Triage({ weights: { 'en.refund_status.words': -1 } }), (err) => err.field === 'weights.en.refund_status.words')
  assert.throws(() => new Triage().classify({ body: 'hi', channel: 'fax' }), (err) => err.code === 'input.unknown_value' && err.field === 'channel')
  assert.equal(new Triage({ disable: ['en.signal.chargeback_fraud'] }).ruleCount, new Triage().ruleCount - 1)
})
