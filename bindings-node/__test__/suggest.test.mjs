// suggestReply from Node: core's suggested reply, the same as rendering the template by hand.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { ReplyCatalog, Sla, Ticket, Triage, suggestReply } = require('../index.js')

const catalog = new ReplyCatalog()
const triage = new Triage()

function ticket (channel = 'email', body = 'Mijn pakket is nog steeds niet aangekomen.', locale = 'nl-NL') {
  const t = new Ticket({ id: 'T-9', channel, customer: { id: 'c3', name: 'Jan de Vries', locale },
    created_at: new Date('2026-03-02T08:00:00Z') })
  t.addMessage({ id: 'm1', at: new Date('2026-03-02T08:00:00Z'), author: 'customer', body })
  return t
}

test('suggests in the customer language with the SLA due instant', () => {
  const sla = new Sla({ policies: [{ name: 'all', clock: 'calendar', targets: { first_reply: { within: '24h' } } }] })
  const s = suggestReply(ticket(), triage, catalog, null, sla, new Date('2026-03-02T09:00:00Z'))
  assert.equal(s.reply.localeUsed, 'nl')
  assert.ok(s.filled.includes('reply_by') && s.filled.includes('customer_name'))
  assert.match(s.reply.text, /Jan/)
})

test('the same text as rendering the template by hand', () => {
  const s = suggestReply(ticket(), triage, catalog)
  const byHand = catalog.render(s.messageId, 'nl-NL', { customer_name: 'Jan', ticket_id: 'T-9' }, { missing: 'marker' })
  assert.equal(s.reply.text, byHand.text)
})

test('shop templates and tone override', () => {
  const t = ticket('chat', 'Hallo, wo bleibt mein Paket?', 'de-DE')
  const s = suggestReply(t, triage, catalog, { tone: 'formal', templates: { delivery_problem: 'acknowledgement', order_status: 'acknowledgement' } })
  assert.equal(s.messageId, 'acknowledgement')
  assert.equal(s.reply.toneUsed, 'formal')
})

test('nothing to answer gives null', () => {
  const t = new Ticket({ id: 'T-1', channel: 'email', customer: { id: 'c' }, created_at: new Date('2026-03-02T08:00:00Z') })
  assert.equal(suggestReply(t, triage, catalog), null)
})

test('bad options are coded errors', () => {
  const sla = new Sla({ policies: [{ name: 'all', clock: 'calendar', targets: { first_reply: { within: '24h' } } }] })
  assert.throws(() => suggestReply(ticket(), triage, catalog, {}, sla), { code: 'input.invalid', field: 'now' })
  assert.throws(() => suggestReply(ticket(), triage, catalog, {}, null, new Date()), { code: 'input.invalid', field: 'sla' })
  assert.throws(() => suggestReply(ticket(), triage, catalog, { tone: 'casual' }), { code: 'input.unknown_value', field: 'options.tone' })
  assert.throws(() => suggestReply(ticket(), triage, catalog, { zones: 'UTC' }), { code: 'input.json' })
})
