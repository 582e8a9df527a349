// Every public entry point under hostile arguments: each call returns, or
// throws (or rejects with) an Error carrying a caredesk code; a failed call
// on a ticket leaves it unchanged. Seeded, so a failure replays with
// CAREDESK_FUZZ_SEED=<seed> (and CAREDESK_FUZZ_RUNS=<n> for a longer run).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const cd = require('../index.js')
const {
  Calendar, Money, ReplyCatalog, ReturnPolicy, Sla, Ticket, Triage,
  easter, euLanguages, evaluateReturn, evaluateReturns, holidays, holidaysFromIcs, identifyLanguage,
  lintTemplates, suggestReply
} = cd

const CODE = /^(input|money|ticket|sla|triage|returns|reply)\./
const SEED = Number(process.env.CAREDESK_FUZZ_SEED ?? 20261207)
const RUNS = Number(process.env.CAREDESK_FUZZ_RUNS ?? 4000)

const VECTORS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'vectors')
const readVectors = (dir) => readdirSync(join(VECTORS, dir)).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(VECTORS, dir, f), 'utf8')))

// Valid documents to mutate: tickets that load, SLA configs that compile,
// return requests and inline policies.
const TICKETS = readVectors('tickets').filter((v) => !v.load_error).map((v) => v.ticket)
const SLA_CONFIGS = readVectors('sla').filter((v) => !v.config_error).map((v) => v.config)
const RETURNS = readVectors('returns').filter((v) => v.request && !v.error)
const REQUESTS = RETURNS.map((v) => v.request)
const POLICIES = RETURNS.map((v) => v.policy).filter((p) => p !== null && typeof p === 'object')

/** mulberry32: a small seeded generator, enough for reproducible choices. */
function rng (seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const deep = (n, leaf) => { let v = leaf; for (let i = 0; i < n; i++) v = i % 2 ? [v] : { v }; return v }
const cyclicObject = () => { const a = { id: 'x' }; a.self = a; return a }
const cyclicArray = () => { const a = []; a.push(a, a); return a }
const sparse = () => { const a = []; a.length = 2 ** 32 - 1; return a }

// Every kind of JS value a caller could pass by mistake or on purpose.
const ATOMS = [
  () => undefined, () => null, () => true, () => false,
  () => 0, () => -0, () => NaN, () => Infinity, () => -Infinity, () => 2 ** 53, () => -(2 ** 53) - 2,
  () => 1e308, () => 5e-324, () => 1.5, () => -1, () => 2 ** 32, () => 4294967295,
  () => 10n, () => 10n ** 30n, () => -1n,
  () => '', () => 'open', () => 'high', () => 'EUR', () => 'DE', () => 'it', () => 'formal',
  () => '2026-03-02', () => '2026-03-02T08:00:00Z', () => '9999-12-31T23:59:59Z', () => '19.99',
  () => 'x'.repeat(100_000), () => 'Grüße, 東京 😀 مرحبا', () => 'bad \ud800 text', () => '\udc00',
  () => 'end\ud83d', () => '\ufffd real replacement', () => '\u0000nul',
  () => Symbol('s'), () => function f () {}, () => () => 1,
  () => new Map([[1, 2]]), () => new Set([1]), () => /re/g, () => new Error('e'), () => Buffer.from('ab'),
  () => new Uint8Array(4), () => Promise.resolve(1), () => new WeakMap(), () => Object.create(null),
  () => new Date(0), () => new Date(8.64e15), () => new Date(-8.64e15), () => new Date(NaN),
  () => new Date('2026-03-02T08:00:00Z'), () => new Date(253402300799999), () => new Date(-62167219200001),
  () => new Money(1999, 'EUR'), () => new Money(0, 'JPY'), () => Object.create(Money.prototype),
  () => Object.create(Ticket.prototype), () => new Triage(), () => new ReturnPolicy(),
  () => ticketFixture(), () => ({}), () => [], () => [1, 'a', null],
  () => deep(200, 1), () => deep(63, 'leaf'), () => cyclicObject(), () => cyclicArray(), () => sparse(),
  () => ({ minor: 1999, currency: 'EUR' }), () => ({ minor: 2 ** 60, currency: 'EUR' }),
  () => ({ 'bad\ud800key': 1 }), () => ({ __proto__: { inherited: 1 }, own: 2 })
]

function hostile (r, depth = 0) {
  const pick = r()
  if (depth < 3 && pick < 0.1) return Array.from({ length: Math.floor(r() * 4) }, () => hostile(r, depth + 1))
  if (depth < 3 && pick < 0.2) {
    const o = {}
    for (let i = Math.floor(r() * 4); i > 0; i--) o[choose(r, ['id', 'at', 'body', 'type', 'x', '\ud800'])] = hostile(r, depth + 1)
    return o
  }
  return choose(r, ATOMS)()
}

const choose = (r, list) => list[Math.floor(r() * list.length)]

/** A copy of `doc` with one value somewhere replaced, removed or added. */
function mutate (r, doc) {
  const copy = structuredClone(doc)
  let node = copy
  for (let hops = Math.floor(r() * 4); hops > 0; hops--) {
    const keys = Object.keys(node)
    const inner = keys.filter((k) => node[k] !== null && typeof node[k] === 'object')
    if (inner.length === 0) break
    node = node[choose(r, inner)]
  }
  const keys = Object.keys(node)
  const roll = r()
  if (roll < 0.15 && keys.length) delete node[choose(r, keys)]
  else if (roll < 0.3) node[Array.isArray(node) ? node.length : 'extra'] = hostile(r)
  else if (keys.length) node[choose(r, keys)] = hostile(r)
  return copy
}

/** JSON text of a mutated document; a value JSON cannot write (a bigint, a
 * cycle) gives text cut short instead, itself hostile. */
function jsonText (r, doc) {
  const mutated = mutate(r, doc)
  try {
    const text = JSON.stringify(mutated) ?? ''
    return r() < 0.2 ? text.slice(0, Math.floor(r() * text.length)) : text
  } catch {
    return JSON.stringify(doc).slice(0, 40)
  }
}

function ticketFixture () {
  const t = new Ticket({ id: 'T-1', channel: 'email', customer: { id: 'c1', name: 'Ada', locale: 'de-DE' }, created_at: new Date('2026-03-02T08:00:00Z') })
  t.addMessage({ id: 'm1', at: new Date('2026-03-02T08:05:00Z'), author: 'customer', body: 'Wo ist meine Bestellung 12345?' })
  return t
}

const message = () => ({ id: 'm9', at: new Date('2026-03-03T08:00:00Z'), author: 'customer', body: 'Hallo?' })
const at = () => new Date('2026-03-03T09:00:00Z')
const slaConfig = { policies: [{ name: 'all', clock: 'calendar', targets: { first_reply: { within: '24h' } } }] }
const calConfig = { zone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] }, holiday_sets: ['DE'] }

const fixtures = {
  catalog: new ReplyCatalog(),
  triage: new Triage(),
  sla: new Sla(slaConfig),
  policy: new ReturnPolicy(),
  calendar: new Calendar(calConfig),
  money: new Money(1999, 'EUR')
}

// Two labelled rows and small options: training stays quick in a debug build.
const trainRows = () => [
  { body: 'Where is my parcel?', channel: 'email', topic: 'where', priority: 'normal' },
  { subject: 'Engraving', body: 'Please engrave my name on the ring', channel: 'chat', topic: 'engraving', priority: 'low' }
]
const trainOptions = { epochs: 2, hash_bits: 12, folds: 2 }
const MODEL = Triage.train(trainRows(), trainOptions).saveModel()
/** The model file with one byte changed, or cut short. */
function modelFile (r) {
  const bytes = Buffer.from(MODEL)
  if (r() < 0.5) return bytes.subarray(0, Math.floor(r() * bytes.length))
  bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256)
  return bytes
}

// Each entry point with a valid value per argument; a call mixes valid and
// hostile arguments so the hostile one is reached past the valid ones.
const T = (f) => ({ target: 'ticket', f })
const ENTRIES = {
  'new Ticket': [[(r) => mutate(r, choose(r, TICKETS))], (a) => new Ticket(...a)],
  'Ticket.fromObject': [[(r) => mutate(r, choose(r, TICKETS))], (a) => Ticket.fromObject(...a)],
  'Ticket.fromJson': [[(r) => jsonText(r, choose(r, TICKETS))], (a) => Ticket.fromJson(...a)],
  'ticket.addMessage': [[message], T((t, a) => t.addMessage(...a))],
  'ticket.setStatus': [[() => 'pending', at], T((t, a) => t.setStatus(...a))],
  'ticket.setPriority': [[() => 'high', at], T((t, a) => t.setPriority(...a))],
  'ticket.assign': [[() => 'agent-7', at], T((t, a) => t.assign(...a))],
  'ticket.tag': [[() => ['vip'], () => [], at], T((t, a) => t.tag(...a))],
  'ticket.apply': [[(r) => mutate(r, { type: 'status_changed', at: at(), status: 'open' })], T((t, a) => t.apply(...a))],
  'ticket.closeIfDue': [[at, () => 3600], T((t, a) => t.closeIfDue(...a))],
  'ticket.followUp': [[() => 'T-2', message], T((t, a) => t.followUp(...a))],
  'ticket.statusAt': [[at], T((t, a) => t.statusAt(...a))],
  'ticket.timeInStatus': [[at], T((t, a) => t.timeInStatus(...a))],
  'ticket.autoCloseAt': [[() => 3600], T((t, a) => t.autoCloseAt(...a))],
  'new Sla': [[(r) => mutate(r, choose(r, SLA_CONFIGS))], (a) => new Sla(...a)],
  'Sla.fromJson': [[(r) => jsonText(r, choose(r, SLA_CONFIGS))], (a) => Sla.fromJson(...a)],
  'Sla.fromToml': [[() => '[[policies]]\nname = "a"\nclock = "calendar"\n[policies.targets]\nfirst_reply = { within = "1h" }\n'], (a) => Sla.fromToml(...a)],
  'sla.evaluate': [[ticketFixture, at], (a) => fixtures.sla.evaluate(...a)],
  'sla.evaluateMany': [[() => [ticketFixture()], at], (a) => fixtures.sla.evaluateMany(...a)],
  'sla.evaluateManySettled': [[() => [ticketFixture()], at], (a) => fixtures.sla.evaluateManySettled(...a)],
  'new Triage': [[() => ({})], (a) => new Triage(...a)],
  'Triage.fromJson': [[() => '{}'], (a) => Triage.fromJson(...a)],
  'Triage.fromToml': [[() => ''], (a) => Triage.fromToml(...a)],
  'triage.classify': [[(r) => mutate(r, { subject: 'Order', body: 'Where is my parcel?', channel: 'email' })], (a) => fixtures.triage.classify(...a)],
  'triage.triage': [[ticketFixture, () => ({})], (a) => fixtures.triage.triage(...a)],
  'Triage.train': [[(r) => mutate(r, trainRows()), () => ({ ...trainOptions }), () => ({})], (a) => Triage.train(...a)],
  'Triage.crossValidate': [[(r) => mutate(r, trainRows()), () => ({ ...trainOptions })], (a) => Triage.crossValidate(...a)],
  'Triage.loadModel': [[modelFile, () => ({})], (a) => Triage.loadModel(...a)],
  'triage.classifyMany': [[(r) => [mutate(r, { body: 'refund please', channel: 'chat' })]], (a) => fixtures.triage.classifyMany(...a)],
  'new ReplyCatalog': [[() => ({ 'en/formal.ftl': 'hello = Hello { $name }\n' }), () => ({ builtin: false })], (a) => new ReplyCatalog(...a)],
  lintTemplates: [[() => ({ 'en/formal.ftl': 'hello = Hello { $name }\n' }), () => ({ builtin: false })], (a) => lintTemplates(...a)],
  'catalog.messageIds': [[() => 'de', () => 'informal'], (a) => fixtures.catalog.messageIds(...a)],
  'catalog.variables': [[() => 'de', () => 'order-status', () => 'formal'], (a) => fixtures.catalog.variables(...a)],
  'catalog.render': [[() => 'order-status', () => 'de-DE', (r) => mutate(r, { customer_name: 'Ada', ticket_id: 'T-1' }), () => ({ missing: 'marker' })], (a) => fixtures.catalog.render(...a)],
  'catalog.renderText': [[() => 'acknowledgement', () => ['it', 'en'], () => ({ customer_name: 'Ada', ticket_id: 'T-1' }), () => ({ missing: 'marker' })], (a) => fixtures.catalog.renderText(...a)],
  'catalog.renderMany': [[(r) => [mutate(r, { messageId: 'acknowledgement', locales: 'fr', args: { customer_name: 'Ada', ticket_id: 'T-1' } })], () => ({ missing: 'marker' })], (a) => fixtures.catalog.renderMany(...a)],
  'new ReturnPolicy': [[(r) => mutate(r, choose(r, POLICIES))], (a) => new ReturnPolicy(...a)],
  'ReturnPolicy.fromJson': [[(r) => jsonText(r, choose(r, POLICIES))], (a) => ReturnPolicy.fromJson(...a)],
  'ReturnPolicy.fromToml': [[() => 'name = "x"\n'], (a) => ReturnPolicy.fromToml(...a)],
  'policy.reasonClass': [[() => 'changed_mind'], (a) => fixtures.policy.reasonClass(...a)],
  'policy.audit': [[() => 'DE'], (a) => fixtures.policy.audit(...a)],
  evaluateReturn: [[(r) => mutate(r, choose(r, REQUESTS)), () => fixtures.policy, () => new Date('2026-03-10T12:00:00Z')], (a) => evaluateReturn(...a)],
  evaluateReturns: [[(r) => [mutate(r, choose(r, REQUESTS))], () => fixtures.policy, () => new Date('2026-03-10T12:00:00Z')], (a) => evaluateReturns(...a)],
  'new Calendar': [[(r) => mutate(r, calConfig)], (a) => new Calendar(...a)],
  'Calendar.fromJson': [[(r) => jsonText(r, calConfig)], (a) => Calendar.fromJson(...a)],
  'Calendar.fromToml': [[() => 'zone = "UTC"\nalways = true\n'], (a) => Calendar.fromToml(...a)],
  'calendar.isOpen': [[at], (a) => fixtures.calendar.isOpen(...a)],
  'calendar.nextOpen': [[at], (a) => fixtures.calendar.nextOpen(...a)],
  'calendar.nextClose': [[at], (a) => fixtures.calendar.nextClose(...a)],
  'calendar.add': [[at, () => 7200], (a) => fixtures.calendar.add(...a)],
  'calendar.between': [[at, () => new Date('2026-03-20T00:00:00Z')], (a) => fixtures.calendar.between(...a)],
  'calendar.isBusinessDay': [[() => '2026-03-02'], (a) => fixtures.calendar.isBusinessDay(...a)],
  'calendar.addBusinessDays': [[() => '2026-03-02', () => 3], (a) => fixtures.calendar.addBusinessDays(...a)],
  'new Money': [[() => 1999, () => 'EUR'], (a) => new Money(...a)],
  'Money.parse': [[() => '19.99', () => 'EUR'], (a) => Money.parse(...a)],
  'money.add': [[() => new Money(1, 'EUR')], (a) => fixtures.money.add(...a)],
  'money.sub': [[() => new Money(1, 'EUR')], (a) => fixtures.money.sub(...a)],
  'money.mul': [[() => 3], (a) => fixtures.money.mul(...a)],
  'money.percentBps': [[() => 1000], (a) => fixtures.money.percentBps(...a)],
  'money.allocate': [[() => [1, 2]], (a) => fixtures.money.allocate(...a)],
  'money.equals': [[() => new Money(1999, 'EUR')], (a) => fixtures.money.equals(...a)],
  holidays: [[() => 'DE', () => 2026], (a) => holidays(...a)],
  easter: [[() => 2026], (a) => easter(...a)],
  holidaysFromIcs: [[() => 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'], (a) => holidaysFromIcs(...a)],
  identifyLanguage: [[() => 'Où est mon colis ?'], (a) => identifyLanguage(...a)],
  euLanguages: [[], (a) => euLanguages(...a)],
  suggestReply: [[ticketFixture, () => fixtures.triage, () => fixtures.catalog, () => ({}), () => fixtures.sla, at], (a) => suggestReply(...a)]
}

function assertCoded (err, where) {
  assert.ok(err instanceof Error, `${where}: threw a non-Error ${String(err)}`)
  assert.match(String(err.code), CODE, `${where}: ${err.code} ${err.message}`)
}

/** One call: a result, or a coded error; a ticket that refused is unchanged. */
async function run (r, name, [valid, call]) {
  // Each argument is valid, hostile, or (past the declared ones) extra.
  const args = valid.map((v) => (r() < 0.4 ? hostile(r) : v(r)))
  if (r() < 0.1) args.push(hostile(r))
  if (r() < 0.1) args.length = Math.floor(r() * args.length)
  const where = `${name} (seed ${SEED})`
  let ticket, before
  try {
    let out
    if (call.target === 'ticket') {
      ticket = ticketFixture()
      before = ticket.toJson()
      out = call.f(ticket, args)
    } else {
      out = call(args)
    }
    if (out instanceof Promise) await out
  } catch (err) {
    assertCoded(err, where)
    if (ticket) assert.equal(ticket.toJson(), before, `${where}: a refused change altered the ticket`)
  }
}

test('every entry point gives a result or a coded error under hostile input', async () => {
  const r = rng(SEED)
  const names = Object.keys(ENTRIES)
  for (const name of names) await run(r, name, ENTRIES[name]) // each at least once
  for (let i = 0; i < RUNS; i++) {
    const name = choose(r, names)
    await run(r, name, ENTRIES[name])
  }
})

// Takes no argument, so nothing to fuzz.
const NO_ARGS = new Set(['constructor', 'toJSON', 'toJson', 'toObject', 'toString', 'statusHistory', 'saveModel'])
const INSTANCE = { Ticket: 'ticket', ReplyCatalog: 'catalog', ReturnPolicy: 'policy', Sla: 'sla', Triage: 'triage', Calendar: 'calendar', Money: 'money' }

test('every exported function, constructor, factory and method has an entry', () => {
  const missing = []
  for (const [name, value] of Object.entries(cd)) {
    if (typeof value !== 'function') continue
    if (!(name in INSTANCE)) {
      if (!(name in ENTRIES)) missing.push(name)
      continue
    }
    if (!(`new ${name}` in ENTRIES)) missing.push(`new ${name}`)
    for (const f of Object.getOwnPropertyNames(value)) {
      if (typeof value[f] === 'function' && !(`${name}.${f}` in ENTRIES)) missing.push(`${name}.${f}`)
    }
    for (const [m, d] of Object.entries(Object.getOwnPropertyDescriptors(value.prototype))) {
      if (typeof d.value === 'function' && !NO_ARGS.has(m) && !(`${INSTANCE[name]}.${m}` in ENTRIES)) missing.push(`${INSTANCE[name]}.${m}`)
    }
  }
  assert.deepEqual(missing, [])
})
