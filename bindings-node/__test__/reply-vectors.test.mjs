// Runs the shared reply vectors in tests/vectors/reply/*.json (tests/vectors/README.md).
// Replies come back camelCase; they are mapped to the wire form (snake_case)
// before comparing, so the binding's own surface is what is checked.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { ReplyCatalog } = require('../index.js')

const dir = fileURLToPath(new URL('../../tests/vectors/reply/', import.meta.url))
const files = readdirSync(dir).filter((n) => n.endsWith('.json')).sort()

const snake = (k) => k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())
const wire = (reply) => Object.fromEntries(Object.entries(reply).map(([k, v]) => [snake(k), v]))

function catalog(spec = {}) {
  const sources = spec.sources && Object.keys(spec.sources).length ? spec.sources : null
  return new ReplyCatalog(sources, { builtin: spec.builtin ?? true })
}

function expectError(fn, want, label) {
  assert.throws(fn, (err) => {
    assert.equal(err.code, want.code, `${label}: ${err.message}`)
    assert.equal(err.field, want.field, `${label}: ${err.message}`)
    if (want.message_contains) assert.ok(err.message.includes(want.message_contains), err.message)
    return true
  })
}

test('the reply vectors exist', () => {
  assert.ok(files.length >= 10)
})

for (const name of files) {
  test(`reply vector ${name}`, () => {
    const v = JSON.parse(readFileSync(dir + name, 'utf8'))
    if (v.catalog_error) {
      expectError(() => catalog(v.catalog), v.catalog_error, name)
      return
    }
    const cat = catalog(v.catalog)
    for (const c of v.cases) {
      const label = `${name}: ${c.description}`
      const run = () => cat.render(c.message_id, c.locales, c.args ?? {}, c.options ?? {})
      if (c.error) {
        expectError(run, c.error, label)
        continue
      }
      const got = wire(run())
      for (const [key, want] of Object.entries(c.expect)) {
        if (key === 'text_contains') {
          for (const part of want) assert.ok(got.text.includes(part), label)
        } else {
          assert.deepEqual(got[key], want, `${label}: ${key}`)
        }
      }
    }
  })
}
