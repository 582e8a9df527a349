// Regressions for hostile input found from outside: each class of problem is
// refused with a caredesk code naming the field, nothing silently changed.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const {
  Calendar, Money, ReplyCatalog, ReturnPolicy, Sla, Ticket, Triage,
  easter, evaluateReturn, evaluateReturns, holidays, holidaysFromIcs, lintTemplates, suggestReply
} = require('../index.js')

const T0 = new Date('2026-03-02T08:00:00Z')
const T1 = new Date('2026-03-02T09:00:00Z')
const LONE = 'bad \ud800 text'

const ticketDoc = (extra = {}) => ({ id: 'T-1', channel: 'email', customer: { id: 'c1', name: 'Ada' }, created_at: T0, ...extra })
const message = (extra = {}) => ({ id: 'm1', at: T1, author: 'customer', body: 'Where is my order?', ...extra })
const slaConfig = { policies: [{ name: 'all', clock: 'calendar', targets: { first_reply: { within: '24h' } } }] }
const calConfig = { zone: 'UTC', always: true }
const VECTOR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'vectors', 'returns', 'eu_day14_is_the_last_day.json')
const { request } = JSON.parse(readFileSync(VECTOR, 'utf8'))

/** Asserts `fn` throws a caredesk error with this code and field. */
function refuses (fn, code, field) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof Error)
    assert.deepEqual([err.code, err.field], [code, field], err.message)
    return true
  })
}

/** The same for a call that returns a promise (it may also throw at once). */
async function rejects (fn, code, field) {
  await assert.rejects(async () => fn(), (err) => {
    assert.deepEqual([err.code, err.field], [code, field], err.message)
    return true
  })
}

const fresh = () => { const t = new Ticket(ticketDoc()); t.addMessage(message()); return t }

// ---- 1. lone surrogates ------------------------------------------------------

test('a lone surrogate is refused wherever a string is read, naming the field', () => {
  refuses(() => new Ticket(ticketDoc({ id: LONE })), 'input.invalid', 'id')
  refuses(() => new Ticket(ticketDoc({ customer: { id: 'c1', name: 'x\udc00' } })), 'input.invalid', 'customer.name')
  const t = fresh()
  const before = t.toJson()
  refuses(() => t.addMessage(message({ id: 'm2', body: LONE })), 'input.invalid', 'body')
  refuses(() => t.assign('agent\ud83d', T1), 'input.invalid', 'assignee')
  refuses(() => t.tag(['ok', LONE], [], T1), 'input.invalid', 'added[1]')
  refuses(() => t.followUp(LONE, message()), 'input.invalid', 'newId')
  assert.equal(t.toJson(), before)
  refuses(() => Ticket.fromJson(LONE), 'input.invalid', 'text')
  // A key: the path shows it as Node writes it.
  refuses(() => new Sla({ ...slaConfig, ['calendars\ud800']: {} }), 'input.invalid', 'calendars\ufffd')
  refuses(() => new Money(1, 'EU\udfff'), 'input.invalid', 'currency')
  refuses(() => holidays(LONE, 2026), 'input.invalid', 'country')
  refuses(() => new Triage().classify({ body: LONE, channel: 'email' }), 'input.invalid', 'body')
})

test('a lone surrogate in a reply argument, locale or option is refused', async () => {
  const catalog = new ReplyCatalog()
  refuses(() => catalog.render('acknowledgement', 'en', { customer_name: LONE, ticket_id: 'T-1' }), 'input.invalid', 'args.customer_name')
  refuses(() => catalog.render('acknowledgement', 'e\ud800n', {}), 'input.invalid', 'locales')
  refuses(() => catalog.render(LONE, 'en', {}), 'input.invalid', 'messageId')
  refuses(() => catalog.renderText('acknowledgement', 'en', {}, { zone: 'UTC\ud800' }), 'input.invalid', 'zone')
  refuses(() => new ReplyCatalog({ 'en/formal.ftl': 'hi = ' + LONE }), 'input.invalid', 'sources.en/formal.ftl')
  await assert.rejects(async () => catalog.renderMany([{ messageId: 'acknowledgement', locales: 'en', args: { customer_name: LONE } }]),
    (err) => err.code === 'input.invalid' && /args\.customer_name$/.test(err.field))
  assert.throws(() => catalog.renderMany([{ messageId: LONE }]), (err) => err.code === 'input.invalid' && err.field === 'items[0].messageId')
})

test('U+FFFD written by the caller and paired surrogates pass unchanged', () => {
  const body = 'real \ufffd and 😀 and \ud83d\ude00'
  const t = fresh()
  t.addMessage(message({ id: 'm2', body, at: new Date('2026-03-02T10:00:00Z') }))
  assert.equal(t.messages[1].body, body)
  assert.equal(new ReplyCatalog().render('acknowledgement', 'en', { customer_name: '\ufffd', ticket_id: 'T' }, { missing: 'marker' }).text.includes('\ufffd'), true)
})

// ---- 2. wrong types are input.invalid, not napi's errors ----------------------

test('a value of the wrong type is input.invalid naming the parameter', async () => {
  const t = fresh()
  const before = t.toJson()
  refuses(() => t.setStatus(42, T1), 'input.invalid', 'status')
  refuses(() => t.setStatus('open', { not: 'a date' }), 'input.invalid', 'at')
  refuses(() => t.tag('vip', [], T1), 'input.invalid', 'added')
  refuses(() => t.tag([1], [], T1), 'input.invalid', 'added[0]')
  refuses(() => t.closeIfDue(T1, '3600'), 'input.invalid', 'autoCloseAfterSeconds')
  refuses(() => t.autoCloseAt(10n), 'input.invalid', 'afterSeconds')
  refuses(() => t.followUp(undefined, message()), 'input.invalid', 'newId')
  assert.equal(t.toJson(), before)
  refuses(() => Ticket.fromJson({}), 'input.invalid', 'text')
  refuses(() => new Money('1999', 'EUR'), 'input.invalid', 'minor')
  refuses(() => new Money(1999, 978), 'input.invalid', 'currency')
  refuses(() => new Money(1, 'EUR').mul(3n), 'input.invalid', 'factor')
  refuses(() => new Money(1, 'EUR').allocate([1, '2']), 'input.invalid', 'weights[1]')
  refuses(() => new Money(1, 'EUR').allocate(null), 'input.invalid', 'weights')
  refuses(() => new Calendar(calConfig).add(T0, '60'), 'input.invalid', 'seconds')
  refuses(() => new Calendar(calConfig).isBusinessDay(new Date()), 'input.invalid', 'date')
  refuses(() => easter('2026'), 'input.invalid', 'year')
  refuses(() => holidaysFromIcs(Buffer.from('x')), 'input.invalid', 'text')
  refuses(() => new ReplyCatalog().messageIds('de', 7), 'input.invalid', 'tone')
  refuses(() => new ReturnPolicy().audit(['DE']), 'input.invalid', 'country')
  refuses(() => new ReturnPolicy().reasonClass(null), 'input.invalid', 'reason')
  refuses(() => Sla.fromToml(Symbol('x')), 'input.invalid', 'text')
  refuses(() => new Sla(slaConfig).evaluateMany('tickets', T1), 'input.invalid', 'tickets')
  refuses(() => new Triage().classifyMany({ length: 1 }), 'input.invalid', 'messages')
  await rejects(() => evaluateReturns('requests', new ReturnPolicy(), T1), 'input.invalid', 'requests')
})

test('a wrong class instance is input.invalid, never read as the expected class', () => {
  const money = new Money(1999, 'EUR')
  const sla = new Sla(slaConfig)
  refuses(() => sla.evaluate(money, T1), 'input.invalid', 'ticket')
  refuses(() => sla.evaluate(Object.create(Ticket.prototype), T1), 'input.invalid', 'ticket')
  refuses(() => sla.evaluate({ id: 'T-1' }, T1), 'input.invalid', 'ticket')
  refuses(() => sla.evaluateMany([fresh(), money], T1), 'input.invalid', 'tickets[1]')
  refuses(() => money.add(fresh()), 'input.invalid', 'other')
  refuses(() => money.equals({ minor: 1999, currency: 'EUR' }), 'input.invalid', 'other')
  refuses(() => new Triage().triage(new Triage(), null), 'input.invalid', 'ticket')
  refuses(() => evaluateReturn(request, new Sla(slaConfig), T1), 'input.invalid', 'policy')
  refuses(() => evaluateReturns([request], {}, T1), 'input.invalid', 'policy')
  const [triage, catalog] = [new Triage(), new ReplyCatalog()]
  refuses(() => suggestReply(fresh(), catalog, triage), 'input.invalid', 'triage')
  refuses(() => suggestReply(fresh(), triage, catalog, null, money, T1), 'input.invalid', 'sla')
  assert.equal(suggestReply(fresh(), triage, catalog, undefined, null).messageId.length > 0, true)
})

// ---- 3. deep nesting, cycles and sparse arrays -------------------------------

const cyclicObject = () => { const a = { id: 'x' }; a.self = a; return a }
const cyclicArray = () => { const a = []; a.push(a, a); return a }
const deep = (n) => { let v = 1; for (let i = 0; i < n; i++) v = { v }; return v }
const sparse = () => { const a = []; a.length = 2 ** 32 - 1; return a }

// Every call that reads an object, with the value put where it is read.
const OBJECT_CALLS = {
  'new Ticket': (v) => new Ticket(ticketDoc({ customer: v })),
  'Ticket.fromObject': (v) => Ticket.fromObject(v),
  'ticket.addMessage': (v) => fresh().addMessage(message({ body: v })),
  'ticket.apply': (v) => fresh().apply({ type: 'status_changed', at: T1, status: v }),
  'ticket.followUp': (v) => fresh().followUp('T-2', v),
  'new Sla': (v) => new Sla({ ...slaConfig, calendars: v }),
  'new Triage': (v) => new Triage(v),
  'triage.classify': (v) => new Triage().classify({ body: 'x', channel: v }),
  'triage.triage': (v) => new Triage().triage(fresh(), v),
  'triage.classifyMany': (v) => new Triage().classifyMany([v]),
  'new ReplyCatalog': (v) => new ReplyCatalog(v),
  'new ReplyCatalog options': (v) => new ReplyCatalog(null, v),
  lintTemplates: (v) => lintTemplates({ 'x.ftl': v }),
  'catalog.render locales': (v) => new ReplyCatalog().render('acknowledgement', { locales: v }),
  'catalog.render args': (v) => new ReplyCatalog().render('acknowledgement', 'en', { customer_name: { minor: v, currency: 'EUR' } }),
  'catalog.render options': (v) => new ReplyCatalog().render('acknowledgement', 'en', {}, { tone: v }),
  'catalog.renderMany': (v) => new ReplyCatalog().renderMany([{ messageId: 'acknowledgement', locales: v, args: {} }]),
  'new ReturnPolicy': (v) => new ReturnPolicy({ window: v }),
  evaluateReturn: (v) => evaluateReturn({ ...request, items: v }, new ReturnPolicy(), T1),
  evaluateReturns: (v) => evaluateReturns([v], new ReturnPolicy(), T1),
  'new Calendar': (v) => new Calendar({ ...calConfig, weekly: v }),
  suggestReply: (v) => suggestReply(fresh(), new Triage(), new ReplyCatalog(), { templates: v })
}

for (const [what, make] of Object.entries({ 'a self-referencing object': cyclicObject, 'an array holding itself twice': cyclicArray, 'nesting 100 deep': () => deep(100), 'a sparse array of 2^32 - 1': sparse })) {
  test(`${what} is refused with input.invalid in every object-taking call`, () => {
    for (const [name, call] of Object.entries(OBJECT_CALLS)) {
      assert.throws(() => call(make()), (err) => {
        assert.equal(err.code, 'input.invalid', `${name}: ${err.message}`)
        assert.equal(typeof err.field, 'string', name)
        return true
      }, name)
    }
  })
}

test('a cycle is named where it closes, before the depth limit', () => {
  refuses(() => Ticket.fromObject(ticketDoc({ customer: cyclicObject() })), 'input.invalid', 'customer.self')
  refuses(() => new Triage().classifyMany([{ body: 'x', channel: 'email', tags: cyclicArray() }]), 'input.invalid', 'messages[0].tags[0]')
})

test('an object shared by two branches is not a cycle', () => {
  const target = { within: '24h' }
  const sla = new Sla({ policies: [{ name: 'all', clock: 'calendar', targets: { first_reply: target, resolution: target } }] })
  assert.deepEqual(sla.policyNames, ['all'])
  const tags = ['vip']
  const t = new Ticket(ticketDoc({ events: [{ type: 'tagged', at: T1, added: tags, removed: [] }, { type: 'tagged', at: T1, added: [], removed: tags }] }))
  assert.deepEqual(t.tags, [])
})

// ---- what stays the caller's own -----------------------------------------------

test("an exception thrown by the caller's own getter propagates unchanged", () => {
  const mine = new Error('mine')
  const doc = ticketDoc()
  Object.defineProperty(doc, 'subject', { enumerable: true, get () { throw mine } })
  assert.throws(() => new Ticket(doc), (err) => err === mine)
})

test('a method called on a foreign this is V8 TypeError, even on another caredesk instance', () => {
  for (const self of [{}, new Money(1, 'EUR'), Object.create(Ticket.prototype)]) {
    assert.throws(() => Ticket.prototype.statusAt.call(self, T1), TypeError)
    assert.throws(() => Ticket.prototype.addMessage.call(self, message()), TypeError)
  }
})
