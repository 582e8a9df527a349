// ReplyCatalog from Node: native argument types, options, errors, shop sources, the batch promise, the linter.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'

const require = createRequire(import.meta.url)
const { Money, ReplyCatalog, lintTemplates } = require('../index.js')

const cat = new ReplyCatalog()

test('native argument types', () => {
  const r = cat.render(
    'refund-delayed',
    { profile: 'fr-FR', accept_language: 'fr;q=0.9,en;q=0.5' },
    { customer_name: 'Léa', amount: Money.parse('1234.5', 'EUR'), expected_date: '2026-04-01' },
  )
  assert.ok(r.text.includes('1\u202f234,50\u00a0€') && r.text.includes('1 avril 2026'), r.text)
  assert.deepEqual([r.localeUsed, r.toneUsed, r.fallbackUsed, r.missingArgs], ['fr', 'formal', false, []])
  // The reply object has exactly the fields its declared type lists.
  const dts = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8')
  const declared = dts.match(/export interface Reply \{([\s\S]*?)\n\}/)[1].match(/^\s*(\w+)\??:/gm).map((f) => f.trim().replace(/\??:$/, ''))
  assert.deepEqual(Object.keys(r), declared)
  const ack = cat.render(
    'acknowledgement',
    'it-IT',
    { customer_name: 'Anna', ticket_id: 'T-1', reply_by: new Date('2026-03-02T23:30:00Z') },
    { zone: 'America/New_York' },
  )
  assert.ok(ack.text.includes('2 marzo 2026 alle ore 18:30 GMT-5'), ack.text)
  const pl = cat.render('duplicate-charge-refunded', ['pl'], { customer_name: 'Ola', amount: { minor: 9990, currency: 'PLN' }, days: 22 }, { tone: 'informal' })
  assert.ok(pl.text.includes('99,90\u00a0zł') && pl.text.includes('22 dni'), pl.text)
  assert.equal(pl.toneUsed, 'informal')
  assert.equal(cat.renderText('duplicate-charge-refunded', ['pl'], { customer_name: 'Ola', amount: { minor: 9990, currency: 'PLN' }, days: 22 }, { tone: 'informal' }), pl.text)
})

test('errors carry code and field', () => {
  const throwsWith = (fn, code, field) => assert.throws(fn, (e) => e.code === code && e.field === field)
  throwsWith(() => cat.render('no-such', 'de', {}), 'reply.unknown_message', 'message_id')
  throwsWith(() => cat.render('closing', 'en', {}), 'reply.missing_arg', 'args.customer_name')
  for (const bad of [true, 1.5, null, [1]]) {
    throwsWith(() => cat.render('closing', 'en', { customer_name: bad }), 'reply.wrong_arg_type', 'args.customer_name')
  }
  throwsWith(() => cat.render('closing', 'en', { customer_name: 'A' }, { tone: 'casual' }), 'input.unknown_value', 'tone')
  throwsWith(() => cat.render('closing', 'en', { customer_name: 'A' }, { zone: 'Mars/Olympus' }), 'input.unknown_value', 'zone')
  throwsWith(() => cat.render('closing', { profile: 'not a tag' }, { customer_name: 'A' }), 'reply.invalid_locale', 'profile')
  throwsWith(() => cat.render('closing', 'en', { customer_name: 2 ** 60 }), 'input.invalid', 'args.customer_name')
  throwsWith(() => cat.render('closing', 'en', { customer_name: 'A' }, { tones: 'informal' }), 'input.invalid', 'options.tones')
  throwsWith(() => cat.render('closing', 'en', { customer_name: 'A' }, { tone: 1 }), 'input.invalid', 'tone')
  throwsWith(() => cat.render('closing', 'en', 'Anna'), 'input.invalid', 'args')
  // Arguments the message does not use are not read.
  assert.equal(cat.render('closing', 'en', { customer_name: 'A', unused: true }).localeUsed, 'en')
  throwsWith(
    () => cat.render('acknowledgement', 'en', { customer_name: 'A', ticket_id: 'T', reply_by: new Date('nope') }),
    'input.invalid',
    'args.reply_by',
  )
})

test('marker, HTML and bidi', () => {
  const r = cat.render('refund-issued', 'en', { customer_name: 'Anna' }, { missing: 'marker' })
  assert.deepEqual(r.missingArgs, ['amount', 'method', 'days'])
  assert.ok(r.text.includes('{$amount}'))
  const h = cat.render('closing', 'en', { customer_name: '<b>Eve\u202egnp.exe</b>' }, { format: 'html' })
  assert.ok(h.text.startsWith('<p>') && h.text.includes('&lt;b&gt;Evegnp.exe&lt;/b&gt;'), h.text)
})

test('shop sources and introspection', () => {
  const shop = new ReplyCatalog({ 'it/formal.ftl': 'closing = Grazie, { $customer_name }!\n', 'ja.ftl': 'closing = { $customer_name }様、ありがとうございました。\n' })
  assert.equal(shop.render('closing', 'it', { customer_name: 'Giulia' }).text, 'Grazie, Giulia!')
  assert.equal(shop.locales.length, 13)
  assert.equal(shop.messageIds('en').length, 29)
  assert.deepEqual(shop.messageIds('en', 'informal'), [])
  assert.deepEqual(shop.variables('it', 'closing'), ['customer_name'])
  assert.equal(shop.variables('it', 'nope'), null)
  assert.throws(
    () => new ReplyCatalog({ 'de/informal.ftl': 'greeting = Hallo { $name\nnext = x\n' }),
    (e) => e.code === 'reply.syntax' && e.field === 'de/informal.ftl' && e.message.includes('de/informal.ftl:2:1'),
  )
  const alone = new ReplyCatalog({ 'en.ftl': 'hi = Hi { $n ->\n [one] one\n *[other] { $n }\n}\n' }, { builtin: false })
  assert.deepEqual(alone.locales, ['en'])
  assert.equal(alone.render('hi', null, { n: 1234 }).text, 'Hi 1,234')
  assert.throws(() => new ReplyCatalog({}, { builtins: false }), (e) => e.code === 'input.invalid' && e.field === 'options.builtins')
})

test('a batch large enough for threads matches one by one', async () => {
  // Over 512 items, so core spreads it over the cores where there are several.
  const items = Array.from({ length: 1300 }, (_, i) => ({
    messageId: 'refund-issued',
    locales: ['de-AT', 'fr', 'pl-PL', 'es-MX', 'sv'][i % 5],
    args: { customer_name: `Kim ${i}`, amount: new Money(i * 101, 'EUR'), method: 'PayPal', days: i % 9 },
  }))
  const out = await cat.renderMany(items, { tone: 'informal' })
  assert.equal(out.length, items.length)
  items.forEach((it, i) => assert.deepEqual(out[i], cat.render(it.messageId, it.locales, it.args, { tone: 'informal' })))
  // The first failing item in order rejects, wherever the threads split the batch.
  const bad = items.map((it, i) => (i === 1001 || i === 1200 ? { ...it, args: { customer_name: 'Kim' } } : it))
  await assert.rejects(cat.renderMany(bad), (e) => e.code === 'reply.missing_arg' && e.field === 'items[1001].args.amount')
})

test('replies render the same in a worker thread (each Node environment has its own state)', async () => {
  const src = `
    const { parentPort } = require('node:worker_threads')
    const { ReplyCatalog } = require(${JSON.stringify(new URL('../index.js', import.meta.url).pathname)})
    const cat = new ReplyCatalog()
    cat.renderMany([{ messageId: 'closing', locales: 'it', args: { customer_name: 'Kim' } }])
      .then((many) => parentPort.postMessage([cat.render('closing', 'de', { customer_name: 'Kim' }), many[0]]))
  `
  const worker = new Worker(src, { eval: true })
  const [one, many] = await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject) })
  await worker.terminate()
  assert.deepEqual(one, cat.render('closing', 'de', { customer_name: 'Kim' }))
  assert.deepEqual(many, cat.render('closing', 'it', { customer_name: 'Kim' }))
})

test('renderMany resolves in order, rejects with the item', async () => {
  const items = ['de', 'fr', 'pl', 'fi'].flatMap((l) => Array(25).fill({ messageId: 'closing', locales: l, args: { customer_name: 'Kim' } }))
  const out = await cat.renderMany(items, { tone: 'informal' })
  assert.deepEqual(out.slice(0, 26).map((r) => r.localeUsed).filter((_, i) => i % 25 === 0), ['de', 'fr'])
  assert.deepEqual(out[0], cat.render('closing', 'de', { customer_name: 'Kim' }, { tone: 'informal' }))
  await assert.rejects(
    cat.renderMany([items[0], { messageId: 'closing', locales: 'de', args: {} }]),
    (e) => e.code === 'reply.missing_arg' && e.field === 'items[1].args.customer_name',
  )
  assert.throws(() => cat.renderMany([{ locales: 'de' }]), (e) => e.field === 'items[0].messageId')
})

test('lintTemplates', () => {
  const report = lintTemplates()
  assert.ok(report.ok)
  assert.equal(report.issues.length, 0)
  assert.equal(report.layers, 23)
  const bad = lintTemplates({ 'de/formal.ftl': 'closing = Danke { $name }!\n' })
  assert.equal(bad.ok, false)
  assert.equal(bad.errorCount, 2)
  const issue = bad.issues[0]
  assert.deepEqual([issue.code, issue.locale, issue.messageId, issue.file, issue.line], ['lint.unknown_variable', 'de', 'closing', 'de/formal.ftl', 1])
  assert.ok(bad.summary.includes('error[lint.unknown_variable] de/formal.ftl:1 [de formal] closing'))
  const broken = lintTemplates({ 'fr.ftl': 'a = { $x ->\n [one] un\n}\n' }, { builtin: false })
  assert.deepEqual(broken.issues.map((i) => i.code), ['lint.select_without_default'])
})
