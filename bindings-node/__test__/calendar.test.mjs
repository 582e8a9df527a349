import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { Calendar, holidays, easter, holidaysFromIcs } = require('../index.js')

const at = (s) => new Date(s)
const HOURS = [['09:00', '18:00']]
const ROME = {
  zone: 'Europe/Rome',
  weekly: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS },
  holiday_sets: ['IT'],
  holidays: [{ date: '2026-12-24', open: [['09:00', '13:00']] }],
  extra_working_days: [{ date: '2026-11-28', open: [['10:00', '16:00']] }],
}
const ROME_TOML = `
zone = "Europe/Rome"
holiday_sets = ["IT"]
[weekly]
mon = [["09:00", "18:00"]]
tue = [["09:00", "18:00"]]
wed = [["09:00", "18:00"]]
thu = [["09:00", "18:00"]]
fri = [["09:00", "18:00"]]
[[holidays]]
date = 2026-12-24
open = [["09:00", "13:00"]]
[[extra_working_days]]
date = 2026-11-28
open = [["10:00", "16:00"]]
`

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

test('object, JSON and TOML configs give the same calendar', () => {
  const cals = [new Calendar(ROME), Calendar.fromJson(JSON.stringify(ROME)), Calendar.fromToml(ROME_TOML)]
  for (const c of cals) {
    assert.ok(c instanceof Calendar)
    assert.equal(c.zone, 'Europe/Rome')
    assert.deepEqual(c.config, cals[0].config)
    // Friday 17:00 in Rome + 4 business hours: Monday 12:00.
    assert.equal(c.add(at('2026-05-08T15:00:00Z'), 4 * 3600).toISOString(), '2026-05-11T10:00:00.000Z')
  }
  assert.deepEqual(cals[0].config.holidays, [{ date: '2026-12-24', open: [['09:00', '13:00']] }])
  assert.deepEqual(cals[0].config.removed_holidays, [])
  assert.equal(cals[0].config.always, false)
  assert.deepEqual(new Calendar(cals[0].config).config, cals[0].config)
})

test('instants, durations in seconds, business days', () => {
  const c = new Calendar(ROME)
  const start = at('2026-05-08T15:00:00Z')
  const due = c.add(start, 4 * 3600)
  assert.ok(due instanceof Date)
  assert.equal(c.between(start, due), 4 * 3600)
  assert.equal(c.between(due, start), 0)
  // Milliseconds are kept both ways.
  assert.equal(c.add(at('2026-05-11T07:00:00Z'), 1.5).toISOString(), '2026-05-11T07:00:01.500Z')
  assert.equal(c.between(at('2026-05-11T07:00:00Z'), at('2026-05-11T07:00:00.250Z')), 0.25)
  assert.equal(c.isOpen(at('2026-05-11T07:00:00Z')), true)
  assert.equal(c.isOpen(at('2026-05-11T16:00:00Z')), false) // 18:00, the closing instant
  assert.equal(c.isOpen(at('2026-06-02T08:00:00Z')), false) // Republic Day
  assert.equal(c.nextOpen(at('2026-06-02T08:00:00Z')).toISOString(), '2026-06-03T07:00:00.000Z')
  assert.equal(c.nextClose(at('2026-06-03T08:00:00Z')).toISOString(), '2026-06-03T16:00:00.000Z')
  // Shortened Christmas Eve, then closed until Monday 28.
  assert.equal(c.add(at('2026-12-24T11:00:00Z'), 2 * 3600).toISOString(), '2026-12-28T09:00:00.000Z')
  assert.equal(c.isBusinessDay('2026-11-28'), true) // extra working Saturday
  assert.equal(c.isBusinessDay('2026-12-08'), false)
  assert.equal(c.addBusinessDays('2026-12-23', 2), '2026-12-28')
  assert.equal(c.addBusinessDays('2026-12-28', -2), '2026-12-23')
  assert.equal(c.addBusinessDays('2026-05-09', 0), '2026-05-11')
  const worked = new Calendar({ ...ROME, removed_holidays: ['2026-12-08'] })
  assert.equal(worked.isBusinessDay('2026-12-08'), true)
})

test('midnight, 24/7 and DST', () => {
  const night = new Calendar({ zone: 'America/New_York', weekly: { sat: [['22:00', '02:00']] } })
  assert.equal(night.isOpen(at('2026-05-10T05:00:00Z')), true) // Sunday 01:00 EDT
  assert.equal(night.nextClose(at('2026-05-10T05:00:00Z')).toISOString(), '2026-05-10T06:00:00.000Z')
  const always = new Calendar({ zone: 'Europe/Rome', always: true })
  assert.equal(always.nextClose(at('2026-05-09T22:00:00Z')), null)
  assert.equal(always.between(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z')), 23 * 3600)
  assert.equal(always.between(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z')), 25 * 3600)
})

test('holidays, easter and iCalendar import', () => {
  const it = holidays('it', 2026)
  assert.deepEqual(it[0], { date: '2026-01-01', name: "New Year's Day" })
  assert.ok(it.some((h) => h.date === '2026-10-04')) // St Francis, from 2026
  assert.equal(holidays('GB', 2026).at(-1).name, 'Boxing Day (substitute day)')
  assert.equal(easter(2026), '2026-04-05')
  assert.equal(easter(2100), '2100-03-28')
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'SUMMARY:Inventory',
    'DTSTART;VALUE=DATE:20260302',
    'DTEND;VALUE=DATE:20260304',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n')
  const days = holidaysFromIcs(ics)
  assert.deepEqual(days, [
    { date: '2026-03-02', open: [] },
    { date: '2026-03-03', open: [] },
  ])
  const c = new Calendar({ ...ROME, holidays: [...ROME.holidays, ...days] })
  assert.equal(c.isBusinessDay('2026-03-03'), false)
  assert.equal(c.isBusinessDay('2026-03-04'), true)
})

test('bad configs carry code and field', () => {
  const week = { mon: HOURS }
  throwsCode(() => new Calendar({ zone: 'Europe/Roma', weekly: week }), 'input.unknown_value', 'zone')
  throwsCode(
    () => new Calendar({ zone: 'Europe/Rome', weekly: { mon: [['09:00', '12:00'], ['11:00', '13:00']] } }),
    'sla.overlapping_hours',
    'weekly.mon[1]',
  )
  throwsCode(
    () => new Calendar({ zone: 'Europe/Rome', weekly: { mon: [['22:00', '03:00']], tue: [['02:00', '05:00']] } }),
    'sla.overlapping_hours',
    'weekly.tue[0]',
  )
  throwsCode(() => new Calendar({ zone: 'Europe/Rome', weekly: { mon: [['09:00', '09:00']] } }), 'sla.empty_interval', 'weekly.mon[0]')
  throwsCode(() => new Calendar({ zone: 'Europe/Rome' }), 'sla.no_open_time', 'weekly')
  throwsCode(() => new Calendar({ zone: 'Europe/Rome', weekly: { mon: [['9am', '18:00']] } }), 'input.invalid', 'weekly.mon[0][0]')
  throwsCode(() => new Calendar({ zone: 'Europe/Rome', weekly: 3 }), 'input.json', 'weekly')
  throwsCode(() => new Calendar({ zone: 'Europe/Rome', weekly: week, holiday_sets: ['XX'] }), 'input.unknown_value', 'holiday_sets[0]')
  throwsCode(
    () => new Calendar({ zone: 'Europe/Rome', weekly: week, holiday_sets: ['IT'], removed_holidays: ['2026-12-09'] }),
    'input.invalid',
    'removed_holidays[0]',
  )
  throwsCode(() => new Calendar({ zone: 'Europe/Rome', weekly: { mon: () => 1 } }), 'input.invalid', 'weekly.mon')
  throwsCode(() => Calendar.fromJson('{'), 'input.json', '.')
  throwsCode(() => Calendar.fromToml('zone = "Europe/Rome"\nweekly = 3\n'), 'input.toml', 'weekly')
})

test('bad arguments carry code and field', () => {
  const c = new Calendar(ROME)
  const t = at('2026-05-08T15:00:00Z')
  throwsCode(() => c.isOpen('2026-05-08T15:00:00Z'), 'input.invalid', 't')
  throwsCode(() => c.isOpen(new Date('nope')), 'input.invalid', 't')
  throwsCode(() => c.nextOpen(undefined), 'input.invalid', 't')
  throwsCode(() => c.add(t, -1), 'input.invalid', 'business_duration')
  throwsCode(() => c.add(t, Number.NaN), 'input.invalid', 'seconds')
  throwsCode(() => c.add(t, 1e300), 'input.invalid', 'seconds')
  throwsCode(() => c.add(t, 8e12), 'sla.overflow', 'business_duration')
  throwsCode(() => c.between(t, 5), 'input.invalid', 'b')
  throwsCode(() => c.isBusinessDay('2026-13-01'), 'input.invalid', 'date')
  throwsCode(() => c.isBusinessDay('2026-5-1'), 'input.invalid', 'date')
  throwsCode(() => c.addBusinessDays('2026-05-08', 1.5), 'input.invalid', 'n')
  throwsCode(() => holidays('XX', 2026), 'input.unknown_value', 'country')
  throwsCode(() => holidays('IT', 2101), 'input.invalid', 'year')
  throwsCode(() => easter(2026.5), 'input.invalid', 'year')
  const err = throwsCode(
    () => holidaysFromIcs('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260105T090000Z\nEND:VEVENT\nEND:VCALENDAR\n'),
    'input.invalid',
    'ics line 3',
  )
  assert.match(err.message, /timed event/)
  throwsCode(
    () => holidaysFromIcs('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nRRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR\n'),
    'input.invalid',
    'ics line 4',
  )
})
