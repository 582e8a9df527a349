// Training a shop's own triage model from Node: train, cross-validate, save
// and load, the errors of bad rows and damaged model files, and reason spans
// in UTF-16 code units.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { Ticket, Triage, identifyLanguage, euLanguages } = require('../index.js')

// A small shop's help-desk history with labels of its own (none of them a
// built-in topic), ten messages each, and the priority its agents set.
const SENTENCES = {
  size_advice: ['low', [
    'Is the parka cut narrow? I normally take a medium.',
    'Which size do I need for the trail shoes, I have broad feet',
    'I am 175 cm, will the small raincoat be long enough?',
    'Are the chinos true to size or should I go one up?',
    'What size mittens for a palm of 20 cm around?',
    'Your size chart says 38 but my trainers are 39, which should I take?',
    'Is the large hoodie roomy or snug across the chest?',
    'What is the inside leg of the size 30 trousers?',
    'Should I take the skirt a size up, it looks tight on the photo',
    'How long are the arms of the XL fleece?',
  ]],
  bulk_order: ['normal', [
    'We want 250 water bottles for our staff day, do you give a discount?',
    'Could you quote 40 sports bags for our football club?',
    'Our firm needs 90 diaries with our logo, what is the wholesale price?',
    'Is there volume pricing on 500 caps?',
    'I run a guesthouse and need 60 bathrobes each season, can we open a trade account?',
    'Wholesale request: 2000 keyrings for a trade fair',
    'Any bulk rate if we take 45 stools for the cafe?',
    'Please quote 30 monitor arms for the whole department',
    'We are a shop and want to resell your soaps, what are your wholesale terms?',
    'Corporate order of 120 gift hampers for clients, what is the price each?',
  ]],
  engraving: ['normal', [
    'Could you engrave my husband\'s name on the cufflinks?',
    'How many characters fit in the engraving on the compass lid?',
    'I would like the initials J.R. engraved on the hip flask',
    'Do you engrave by laser, and can I pick the font?',
    'Please engrave our wedding date inside both rings',
    'Can the engraved message be in Cyrillic letters?',
    'I misspelled the engraving text, can it still be corrected?',
    'Would you engrave a tiny star beside the name?',
    'How deep is the engraving on the bamboo chopping board?',
    'Can I have a personal engraving on the fountain pen?',
  ]],
  warranty_claim: ['high', [
    'My espresso machine stopped heating after ten months, it is under warranty',
    'The strap of the bag tore after two weeks, I want a warranty repair',
    'The earbuds buzz on the right side since last week, warranty please',
    'My fitness watch died and it is still inside the two year guarantee',
    'The mixer motor burned out, how do I file a warranty claim?',
    'The heel of my shoes came off after two months of normal wear',
    'The toaster sparks from the slot and it is not a year old',
    'The phone screen shows dead pixels, is that covered by the guarantee?',
    'The desk lamp flickers and switches off, warranty card enclosed',
    'The drill battery will not charge any more although it is under guarantee',
  ]],
}

// Messages the model has not seen, and the label each should get.
const UNSEEN = [
  ['Could you engrave two names on the silver bracelet?', 'engraving'],
  ['Which size fits me best, the trail shoes look small', 'size_advice'],
  ['We need 300 bottles for the company, what is your wholesale price?', 'bulk_order'],
  ['My kettle stopped working after three months, is it under warranty?', 'warranty_claim'],
]

// The corpus as rows, labels interleaved (every fold gets each label).
function rows() {
  const out = []
  for (let i = 0; i < 10; i++) {
    for (const [label, [priority, sentences]] of Object.entries(SENTENCES)) {
      out.push({ body: sentences[i], channel: 'email', topic: label, priority })
    }
  }
  return out
}

const LABELS = Object.keys(SENTENCES).sort()
const trained = Triage.train(rows(), { seed: 7 })

function throwsCoded(fn, code, field) {
  assert.throws(fn, (err) => {
    assert.equal(err.code, code)
    if (field !== undefined) assert.equal(err.field, field)
    return true
  })
}

test('train, then classify gives the shop\'s labels', () => {
  assert.deepEqual(trained.modelTopics, LABELS)
  assert.deepEqual(trained.modelLanguages, ['en'])
  for (const [body, label] of UNSEEN) {
    const r = trained.classify({ body, channel: 'email' })
    assert.equal(r.topicLabel, label, body)
    // A label of the shop's own is not a built-in topic: topic says other.
    assert.equal(r.topic, 'other')
    assert.ok(LABELS.includes(r.runnerUpLabel) && r.runnerUpLabel !== label)
  }
})

test('the built-in model labels are topic names', () => {
  const r = new Triage().classify({ body: 'Where is my order? It has not arrived.', channel: 'email' })
  assert.equal(r.topic, 'order_status')
  assert.equal(r.topicLabel, 'order_status')
  assert.ok(new Triage().modelTopics.includes('privacy'))
})

test('train takes options and a config', () => {
  const t = Triage.train(rows(), { epochs: 5 }, { disable: ['en.signal.chargeback_fraud'] })
  assert.equal(t.ruleCount, new Triage().ruleCount - 1)
  throwsCoded(() => Triage.train(rows(), { epochs: 0 }), 'input.invalid', 'options.epochs')
  throwsCoded(() => Triage.train(rows(), null, { weights: { 'en.refund_status.words': 'heavy' } }), 'input.json', 'config.weights.en.refund_status.words')
  assert.ok(Buffer.compare(Triage.train(rows(), { seed: 7 }).saveModel(), trained.saveModel()) === 0)
  assert.ok(Buffer.compare(Triage.train(rows(), { seed: 8 }).saveModel(), trained.saveModel()) !== 0)
})

// Rows are dealt to folds in turn; the corpus repeats its four labels, so
// four folds would each hold one label only: five mix them.
test('crossValidate reports every key', () => {
  const cv = Triage.crossValidate(rows(), { folds: 5 })
  assert.deepEqual(Object.keys(cv).sort(), [
    'confusion', 'folds', 'priority_accuracy', 'priority_rows', 'priority_within_one',
    'rows', 'topic_accuracy', 'topic_calibration_error', 'topic_rows', 'topics',
  ])
  assert.equal(cv.folds, 5)
  assert.deepEqual(cv.rows, { rows: 40, topic_rows: 40, priority_rows: 40, duplicate_rows: 0 })
  assert.deepEqual(Object.keys(cv.topics).sort(), LABELS)
  assert.deepEqual(Object.keys(cv.topics.engraving).sort(), ['precision', 'recall', 'support'])
  const counted = Object.values(cv.confusion).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0)
  assert.equal(counted, 40)
  assert.ok(cv.topic_accuracy >= 0.75, String(cv.topic_accuracy))
})

test('save, then load gives the same answers', () => {
  const data = trained.saveModel()
  assert.ok(Buffer.isBuffer(data))
  const loaded = Triage.loadModel(data)
  assert.equal(Buffer.compare(loaded.saveModel(), data), 0)
  assert.deepEqual(loaded.modelTopics, trained.modelTopics)
  assert.deepEqual(loaded.modelLanguages, trained.modelLanguages)
  for (const [body] of UNSEEN) {
    const message = { body, channel: 'chat' }
    assert.deepEqual(loaded.classify(message), trained.classify(message))
  }
  const withConfig = Triage.loadModel(data, { disable: ['en.signal.chargeback_fraud'] })
  assert.equal(withConfig.ruleCount, new Triage().ruleCount - 1)
})

test('one class only is refused', () => {
  const one = rows().map(({ priority, ...r }) => ({ ...r, topic: 'engraving' }))
  throwsCoded(() => Triage.train(one), 'triage.training', 'rows[*].topic')
  throwsCoded(() => Triage.crossValidate(one), 'triage.training')
})

test('bad rows name the row', () => {
  const badPriority = rows()
  badPriority[3].priority = 'asap'
  throwsCoded(() => Triage.train(badPriority), 'input.unknown_value', 'rows[3].priority')
  throwsCoded(() => Triage.crossValidate(badPriority), 'input.unknown_value', 'rows[3].priority')
  const empty = rows()
  empty[5].body = '  '
  throwsCoded(() => Triage.train(empty), 'triage.training', 'rows[5].body')
  throwsCoded(() => Triage.train([]), 'triage.training', 'rows')
  throwsCoded(() => Triage.train('rows'), 'input.invalid', 'rows')
})

test('a truncated model file is refused', () => {
  const data = trained.saveModel()
  for (const cut of [0, 16, 40, data.length >> 1, data.length - 1]) {
    throwsCoded(() => Triage.loadModel(data.subarray(0, cut)), 'triage.model_file')
  }
  throwsCoded(() => Triage.loadModel('CAREDESK-TRIAGE'), 'input.invalid', 'data')
})

test('a model file of another format version is refused', () => {
  const data = Buffer.from(trained.saveModel())
  // 16 bytes of magic, 1 kind byte, then the format version (u32, little-endian).
  data.writeUInt32LE(data.readUInt32LE(17) + 1, 17)
  throwsCoded(() => Triage.loadModel(data), 'triage.model_version')
})

// Every span must index the JS string it came from, whatever precedes the
// word: an emoji is two UTF-16 code units but one character.
function assertSpansIndex(result, message) {
  const spanned = result.reasons.filter((x) => x.span)
  assert.ok(spanned.length > 0)
  for (const x of spanned) {
    const text = x.field === 'subject' ? message.subject : message.body
    assert.equal(text.slice(x.span[0], x.span[1]), x.text, x.code)
  }
}

test('reason spans are UTF-16 code units, for classify, triage and classifyMany', async () => {
  const message = {
    subject: '😡 Refund 😡',
    body: '🙏🙏 Where is my parcel?? You charged me twice! 🚚 still not delivered, I want a refund',
    channel: 'email',
  }
  const t = new Triage()
  const one = t.classify(message)
  assert.ok(one.reasons.some((x) => x.field === 'body' && x.span[0] > 2))
  assertSpansIndex(one, message)
  const [many] = await t.classifyMany([message])
  assert.deepEqual(many, one)
  const ticket = new Ticket({ id: 'T-9', channel: 'email', customer: { id: 'c' }, created_at: new Date('2026-11-02T08:00:00Z') })
  ticket.addMessage({ id: 'm1', at: new Date('2026-11-02T08:00:00Z'), author: 'customer', body: message.body })
  assertSpansIndex(t.triage(ticket), { body: message.body })
  assertSpansIndex(trained.classify({ body: '🔥🔥 Can you engrave my name on the ring?', channel: 'chat' }), { body: '🔥🔥 Can you engrave my name on the ring?' })
})

test('identifyLanguage names one of the 24 EU languages, or null when unsure', () => {
  assert.equal(identifyLanguage('Où est mon colis ?').code, 'fr')
  const hu = identifyLanguage('Hol van a csomagom? Még nem érkezett meg.')
  assert.equal(hu.code, 'hu')
  assert.ok(hu.confidence >= 0.5 && hu.confidence <= 1)
  assert.equal(identifyLanguage('12345 !!'), null)
  assert.equal(euLanguages().length, 24)
  assert.throws(() => identifyLanguage(42), (e) => e.code === 'input.invalid' && e.field === 'text')
})
