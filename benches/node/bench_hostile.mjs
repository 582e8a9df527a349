// Every hostile-input class of the hardening work, called once through the
// release-built Node binding: each call must end (a result or an Error with a
// caredesk code) within 2 seconds. Prints a table, writes JSON for the report,
// and exits 1 when a call is slower or ends any other way.
//
// Usage: node benches/node/bench_hostile.mjs [--out FILE.json]

import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg } from 'node:os'

const require = createRequire(import.meta.url)
const cd = require('../../bindings-node/index.js')

const LIMIT_S = 2
const CODE = /^(input|money|ticket|sla|triage|returns|reply)\.[a-z_]+$/
const now = new Date('2026-12-07T12:00:00Z')

function nested (depth) {
  let v = {}
  for (let i = 0; i < depth; i++) v = { a: [v] }
  return v
}
const selfContaining = () => { const a = {}; a.self = a; return a }
const ftlNested = (d) => 'm = ' + '{ '.repeat(d) + '"x"' + ' }'.repeat(d) + '\n'
const ftlChain = (n) => Array.from({ length: n }, (_, i) => `m${i} = { m${i + 1} }\n`).join('') + `m${n} = end\n`
const ftlVariants = (n) => ['m = { $k ->', ...Array.from({ length: n }, (_, i) => `    [v${i}] variant ${i} { $a${i % 7} }`), '   *[other] other', '}', ''].join('\n')
function icsLongEvents (bytes) {
  const e = 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nDURATION:P9000D\r\nSUMMARY:closure\r\nEND:VEVENT\r\n'
  return 'BEGIN:VCALENDAR\r\n' + e.repeat(Math.floor(bytes / e.length)) + 'END:VCALENDAR\r\n'
}
const days = (n) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 86400000).toISOString().slice(0, 10))
const request = (holidays) => ({
  ordered_at: '2026-12-01T09:00:00Z', delivered_at: '2026-12-03T09:00:00Z', country: 'DE', reason: 'unwanted', holidays,
  items: [{ sku: 'A', unit_price: { minor: 1000, currency: 'EUR' } }]
})
const office = () => new cd.Calendar({ zone: 'UTC', weekly: { mon: [['09:00', '17:00']] } })

const cases = [
  ['object nested 100,000 deep', () => new cd.Sla(nested(100000))],
  ['object that contains itself', () => new cd.Sla({ policies: [selfContaining()] })],
  ['FTL: 10,000 nested placeables', () => new cd.ReplyCatalog({ 'en/formal.ftl': ftlNested(10000) })],
  ['FTL lint: 10,000 nested placeables', () => cd.lintTemplates({ 'en/formal.ftl': ftlNested(10000) })],
  ['FTL: a chain of 8,000 references', () => new cd.ReplyCatalog({ 'en/formal.ftl': ftlChain(8000) })],
  ['FTL lint: 2,000 select variants', () => cd.lintTemplates({ 'en/formal.ftl': ftlVariants(2000) })],
  ['SLA target of 2^62 seconds', () => new cd.Sla({ policies: [{ name: 'p', clock: 'calendar', targets: { first_reply: { within: 2 ** 62 } } }] })],
  ['iCalendar: 74 KB of long events', () => cd.holidaysFromIcs(icsLongEvents(74000))],
  ['iCalendar: BYDAY with a multi-byte letter', () => cd.holidaysFromIcs('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;BYDAY=1É;COUNT=2\nEND:VEVENT\nEND:VCALENDAR\n')],
  ['calendar holiday in year 262142', () => new cd.Calendar({ zone: 'UTC', always: true, holidays: [{ date: '+262142-12-31' }] })],
  ['return request with 40,000 holidays', () => cd.evaluateReturn(request(days(40000)), new cd.ReturnPolicy(), now)],
  ['triage pack of 100,000 patterns', () => new cd.Triage({ packs: [{ language: 'en', rules: [{ id: 'en.big', kind: 'topic', topic: 'other', weight: 1, patterns: Array.from({ length: 100000 }, (_, i) => `word${i} phrase${i}`) }] }] })],
  ['addBusinessDays(-2**63)', () => office().addBusinessDays('2026-01-05', -(2 ** 63))],
  ['lone surrogate in a message body', () => new cd.Ticket({ id: 'T', channel: 'email', customer: { id: 'c' }, created_at: now }).addMessage({ id: 'm', at: now, author: 'customer', body: 'x\ud800' })],
  ['a Money where a Ticket is expected', () => new cd.Sla({ policies: [] }).evaluate(new cd.Money(1, 'EUR'), now)],
  ['triage of a 1 MB message', () => new cd.Triage().classify({ channel: 'email', body: 'wo ist mein paket '.repeat(60000) })]
]

const rows = []
let failed = 0
for (const [name, call] of cases) {
  const t0 = process.hrtime.bigint()
  let outcome
  try {
    call()
    outcome = 'result'
  } catch (e) {
    outcome = CODE.test(e?.code ?? '') ? e.code : `UNCODED ${e?.code ?? e?.name}: ${e?.message}`.slice(0, 120)
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  const bad = seconds > LIMIT_S || outcome.startsWith('UNCODED')
  failed += bad
  rows.push({ case: name, outcome, seconds: Math.round(seconds * 1e4) / 1e4, ok: !bad })
  console.log(`${bad ? 'FAIL' : 'ok  '} ${seconds.toFixed(4).padStart(8)} s  ${outcome.padEnd(28)}  ${name}`)
}
const load = loadavg()[0]
console.log(`load average ${load.toFixed(2)}; ${failed} failing of ${rows.length}`)
const out = process.argv.indexOf('--out')
if (out > 0) writeFileSync(process.argv[out + 1], JSON.stringify({ limit_seconds: LIMIT_S, load, cases: rows }, null, 1))
process.exit(failed ? 1 : 0)
