// Replays the sample inbox with the Node binding and lists open work.
//
//     make node && node examples/node/inbox.js
const fs = require('node:fs')
const path = require('node:path')
const { Ticket } = require('../../bindings-node')

const inbox = path.join(__dirname, '..', 'data', 'inbox.jsonl')
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

const waiting = tickets.filter((t) => t.status === 'new' || t.status === 'open')
console.log(`${tickets.length} tickets, ${waiting.length} waiting on the shop:`)
for (const t of waiting.sort((a, b) => a.lastActivityAt - b.lastActivityAt)) {
  const last = t.messages.at(-1)
  console.log(`  ${t.id.padEnd(8)} ${(t.language ?? '?').padEnd(3)} ${t.status.padEnd(6)} last from ${(last?.author ?? '-').padEnd(8)} ${t.subject ?? ''}`)
}
