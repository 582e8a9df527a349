// Replays the sample inbox with the Node binding and lists the open queue by
// SLA deadline, as a job scanning the queue every minute would.
//
//     make node && node examples/node/inbox.js
const fs = require('node:fs')
const path = require('node:path')
const { Sla, Ticket } = require('../../bindings-node')

const data = path.join(__dirname, '..', 'data')
const inbox = path.join(data, 'inbox.jsonl')
const tickets = fs
  .readFileSync(inbox, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    try {
      return Ticket.fromJson(line)
    } catch (err) {
      console.error(`${inbox}:${i + 1}: [${err.code}] ${err.message}`)
      process.exit(1)
    }
  })

const sla = Sla.fromToml(fs.readFileSync(path.join(data, 'sla.toml'), 'utf8'))
// demo.toml holds a single `now = <RFC 3339 instant>` line.
const now = new Date(fs.readFileSync(path.join(data, 'demo.toml'), 'utf8').match(/^now\s*=\s*(\S+)/m)[1])
const rome = (d) =>
  d.toLocaleString('en-GB', { timeZone: 'Europe/Rome', weekday: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' })

// The whole queue in one call, off the main thread.
sla.evaluateMany(tickets, now).then((reports) => {
  const due = reports.map((r, i) => [r, tickets[i]]).filter(([r]) => r.nextDue)
  console.log(`${tickets.length} tickets at ${rome(now)} Rome; ${due.length} with a deadline running:`)
  for (const [r, t] of due.sort(([a], [b]) => a.nextDue.at - b.nextDue.at)) {
    const m = r.metrics.find((x) => x.metric === r.nextDue.metric)
    console.log(`  ${t.id.padEnd(8)} ${r.policy.padEnd(10)} ${m.metric.padEnd(12)} due ${rome(r.nextDue.at)}  ${m.stage.padEnd(9)} ${t.subject ?? ''}`)
  }
})
