// Runs the shared ticket vectors in tests/vectors/tickets/*.json, as
// tests/vectors/README.md describes; the Rust and Python runners read the same
// files and must give the same answers. Every file is a subtest named after it.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { Ticket } = require('../index.js')

const dir = fileURLToPath(new URL('../../tests/vectors/tickets/', import.meta.url))

function vectorFiles() {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
}

// ---- readers for the vector file itself ------------------------------------

function object(v, what) {
  assert.ok(v !== null && typeof v === 'object' && !Array.isArray(v), `${what} must be a JSON object`)
  return v
}

function onlyKeys(obj, allowed, what) {
  const unknown = Object.keys(obj).find((k) => !allowed.includes(k))
  assert.equal(unknown, undefined, `${what} has an unknown key ${JSON.stringify(unknown)} (allowed: ${allowed.join(', ')})`)
}

function optStr(v, what) {
  assert.ok(v === null || typeof v === 'string', `${what} must be a string or null`)
  return v
}

function int(v, what) {
  assert.ok(Number.isSafeInteger(v), `${what} must be an integer`)
  return v
}

/** An RFC 3339 instant with an offset, as a Date (vectors never use naive times). */
function instant(v, what) {
  assert.ok(
    typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(v),
    `${what} must be an RFC 3339 string with an offset`,
  )
  const t = new Date(v)
  assert.ok(!Number.isNaN(t.getTime()), `${what} is not a valid instant`)
  return t
}

const iso = (d) => (d instanceof Date ? d.toISOString() : d)

// ---- the runner --------------------------------------------------------------

/** Runs `fn`, which must throw the error `want` ({code, field?}); `what` names the action. */
function expectError(fn, want, what) {
  want = object(want, 'an error')
  onlyKeys(want, ['code', 'field'], 'an error')
  assert.equal(typeof want.code, 'string', 'an error needs a string "code"')
  let err
  try {
    const result = fn()
    assert.fail(`${what} succeeded${result?.id ? ` (ticket ${result.id})` : ''}, expected error ${JSON.stringify(want)}`)
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e
    err = e
  }
  assert.ok(err instanceof Error, `${what} threw a non-Error: ${err}`)
  assert.equal(err.code, want.code, `${what} failed with ${err.code} (field ${err.field}: ${err.message}), expected ${want.code}`)
  if ('field' in want) {
    const field = optStr(want.field, 'error.field')
    assert.equal(err.field, field ?? undefined, `${what} failed with ${want.code} on field ${err.field} (${err.message}), expected field ${field}`)
  }
}

/** Runs `fn`, which must succeed; a failure is reported with its code. */
function expectOk(fn, what) {
  try {
    return fn()
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e
    assert.fail(`${what} failed: ${e.code} (${e.message})`)
  }
}

function unchanged(ticket, before) {
  assert.equal(ticket.toJson(), before, 'the ticket changed although the step failed')
}

function roundTrip(ticket, what) {
  const json = ticket.toJson()
  const back = expectOk(() => Ticket.fromJson(json), `${what}: loading its JSON back`)
  assert.equal(back.toJson(), json, `${what} writes different JSON after a JSON round trip`)
  // The Node path too: toObject() (with Dates) read back by the constructor.
  const again = expectOk(() => new Ticket(ticket.toObject()), `${what}: loading its toObject() back`)
  assert.equal(again.toJson(), json, `${what} writes different JSON after a toObject() round trip`)
}

function load(data) {
  // The object path (the Node API) and the text path must agree.
  let viaObject, viaText
  try {
    viaObject = { ticket: new Ticket(data) }
  } catch (e) {
    viaObject = { error: e }
  }
  try {
    viaText = { ticket: Ticket.fromJson(JSON.stringify(data)) }
  } catch (e) {
    viaText = { error: e }
  }
  if (viaObject.ticket && viaText.ticket) {
    assert.equal(viaObject.ticket.toJson(), viaText.ticket.toJson(), 'new Ticket(data) and Ticket.fromJson(text) disagree')
  } else if (viaObject.error && viaText.error) {
    assert.deepEqual(
      [viaObject.error.code, viaObject.error.field],
      [viaText.error.code, viaText.error.field],
      'new Ticket(data) and Ticket.fromJson(text) fail differently',
    )
  } else {
    const failed = viaObject.error ?? viaText.error
    assert.fail(`new Ticket(data) and Ticket.fromJson(text) disagree: one failed with ${failed.code} (${failed.message})`)
  }
  return viaObject
}

function runStep(ticket, step) {
  step = object(step, 'a step')
  onlyKeys(step, ['apply', 'follow_up', 'expect_follow_up', 'error'], 'a step')
  const before = ticket.toJson()
  const hasApply = 'apply' in step
  const hasFollowUp = 'follow_up' in step
  assert.ok(hasApply !== hasFollowUp, 'a step needs exactly one of "apply" and "follow_up"')

  if (hasApply) {
    assert.ok(!('expect_follow_up' in step), '"expect_follow_up" needs a "follow_up" step')
    if ('error' in step) {
      expectError(() => ticket.apply(step.apply), step.error, 'apply')
      unchanged(ticket, before)
    } else {
      expectOk(() => ticket.apply(step.apply), 'apply')
    }
    return
  }

  const request = object(step.follow_up, '"follow_up"')
  onlyKeys(request, ['id', 'message'], '"follow_up"')
  assert.equal(typeof request.id, 'string', '"follow_up.id" must be a string')
  assert.ok('message' in request, '"follow_up.message" is missing')
  assert.ok(
    ('error' in step) !== ('expect_follow_up' in step),
    'a follow_up step needs exactly one of "expect_follow_up" and "error"',
  )
  if ('error' in step) {
    expectError(() => ticket.followUp(request.id, request.message), step.error, 'follow_up')
    unchanged(ticket, before)
    return
  }
  const next = expectOk(() => ticket.followUp(request.id, request.message), 'follow_up')
  const want = object(step.expect_follow_up, '"expect_follow_up"')
  onlyKeys(want, ['follow_up_of', 'status', 'created_at'], '"expect_follow_up"')
  if ('follow_up_of' in want) {
    assert.equal(next.followUpOf, optStr(want.follow_up_of, 'expect_follow_up.follow_up_of'), 'follow_up_of')
  }
  if ('status' in want) {
    assert.equal(next.status, want.status, 'follow-up status')
  }
  if ('created_at' in want) {
    assert.equal(iso(next.createdAt), iso(instant(want.created_at, 'expect_follow_up.created_at')), 'follow-up created_at')
  }
  roundTrip(next, 'follow-up ticket')
  unchanged(ticket, before)
}

function checkExpect(ticket, expect) {
  onlyKeys(
    expect,
    ['status', 'priority', 'tags', 'assignee', 'reopen_count', 'first_reply_seconds', 'status_at', 'time_in_status', 'auto_close_at'],
    '"expect"',
  )
  for (const [key, want] of Object.entries(expect)) {
    const ctx = `expect.${key}`
    switch (key) {
      case 'status':
        assert.equal(ticket.status, want, 'status')
        break
      case 'priority':
        assert.equal(ticket.priority, optStr(want, ctx), 'priority')
        break
      case 'tags': {
        assert.ok(Array.isArray(want) && want.every((t) => typeof t === 'string'), `${ctx} must be an array of strings`)
        assert.equal(new Set(want).size, want.length, `${ctx} lists a tag twice`)
        assert.deepEqual([...ticket.tags].sort(), [...want].sort(), 'tags')
        break
      }
      case 'assignee':
        assert.equal(ticket.assignee, optStr(want, ctx), 'assignee')
        break
      case 'reopen_count':
        assert.ok(Number.isSafeInteger(want) && want >= 0, `${ctx} must be a non-negative integer`)
        assert.equal(ticket.reopenCount, want, 'reopen_count')
        break
      case 'first_reply_seconds':
        assert.equal(ticket.firstReplySeconds, want === null ? null : int(want, ctx), 'first_reply_seconds')
        break
      case 'status_at': {
        assert.ok(Array.isArray(want) && want.length > 0, `${ctx} must be a non-empty array`)
        want.forEach((probe, i) => {
          const pctx = `${ctx}[${i}]`
          object(probe, pctx)
          onlyKeys(probe, ['at', 'status'], pctx)
          assert.ok('at' in probe && 'status' in probe, `${pctx} needs "at" and "status"`)
          const t = instant(probe.at, `${pctx}.at`)
          assert.equal(ticket.statusAt(t), optStr(probe.status, `${pctx}.status`), `statusAt(${probe.at})`)
        })
        break
      }
      case 'time_in_status': {
        const spec = object(want, ctx)
        onlyKeys(spec, ['until', 'seconds'], ctx)
        const until = instant(spec.until, `${ctx}.until`)
        const seconds = object(spec.seconds, `${ctx}.seconds`)
        assert.ok(Object.keys(seconds).length > 0, `${ctx}.seconds is empty`)
        const spent = expectOk(() => ticket.timeInStatus(until), 'timeInStatus')
        for (const [status, n] of Object.entries(seconds)) {
          assert.ok(status in spent, `${ctx}.seconds: unknown status ${JSON.stringify(status)}`)
          assert.equal(spent[status], int(n, `${ctx}.seconds.${status}`), `timeInStatus(${spec.until})[${status}]`)
        }
        break
      }
      case 'auto_close_at': {
        const spec = object(want, ctx)
        onlyKeys(spec, ['after_seconds', 'at'], ctx)
        const after = int(spec.after_seconds, `${ctx}.after_seconds`)
        assert.ok('at' in spec, `${ctx}.at is missing`)
        const expected = spec.at === null ? null : iso(instant(spec.at, `${ctx}.at`))
        const got = expectOk(() => ticket.autoCloseAt(after), 'autoCloseAt')
        assert.equal(iso(got), expected, `autoCloseAt(${after} s)`)
        break
      }
    }
  }
}

function runFile(name) {
  const vector = object(JSON.parse(readFileSync(dir + name, 'utf8')), 'the vector')
  onlyKeys(vector, ['description', 'ticket', 'load_error', 'steps', 'expect'], 'the vector')
  assert.ok(typeof vector.description === 'string' && vector.description.trim() !== '', '"description" must be a non-empty string')
  assert.ok('ticket' in vector, '"ticket" is missing')

  if ('load_error' in vector) {
    assert.ok(
      !('steps' in vector) && !('expect' in vector),
      'a vector with "load_error" checks nothing else; drop "steps" and "expect"',
    )
    const loaded = load(vector.ticket)
    expectError(
      () => {
        if (loaded.error) throw loaded.error
        return loaded.ticket
      },
      vector.load_error,
      'load',
    )
    return
  }
  const loaded = load(vector.ticket)
  if (loaded.error) assert.fail(`load failed: ${loaded.error.code} (${loaded.error.message})`)
  const ticket = loaded.ticket

  const steps = vector.steps ?? []
  assert.ok(Array.isArray(steps), '"steps" must be an array')
  steps.forEach((step, i) => {
    try {
      runStep(ticket, step)
    } catch (e) {
      e.message = `steps[${i}]: ${e.message}`
      throw e
    }
  })
  if ('expect' in vector) checkExpect(ticket, object(vector.expect, '"expect"'))
  roundTrip(ticket, 'final ticket')
}

test('ticket vectors', async (t) => {
  const files = vectorFiles()
  assert.ok(files.length > 0, `no vectors (*.json) in ${dir}`)
  for (const name of files) {
    await t.test(name, () => runFile(name))
  }
})
