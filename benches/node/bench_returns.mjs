// Return decisions through the Node binding: one call, and a batch, on the
// three-item request of tests/vectors/returns/multi_item_mixed_regimes.json
// under the shared `standard` policy (the same case as the criterion benchmark).
//
// Usage: node benches/node/bench_returns.mjs [--out FILE.json]

import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { bestPerCall as best, bestPerCallAsync } from './timing.mjs'

const require = createRequire(import.meta.url)
const { ReturnPolicy, evaluateReturn, evaluateReturns } = require('../../bindings-node/index.js')

const dir = fileURLToPath(new URL('../../tests/vectors/returns/', import.meta.url))
const c = JSON.parse(readFileSync(dir + 'multi_item_mixed_regimes.json', 'utf8'))
const policy = ReturnPolicy.fromJson(readFileSync(dir + 'policies/standard.json', 'utf8'))
const now = new Date(c.now)

const n = 20000
evaluateReturn(c.request, policy, now)
const single = best(() => { for (let i = 0; i < n; i++) evaluateReturn(c.request, policy, now) }, n)
const batch = Array(n).fill(c.request)
const many = await bestPerCallAsync(() => evaluateReturns(batch, policy, now), n)
const result = {
  case: 'multi_item_mixed_regimes (3 items, DE, standard policy)',
  calls: n,
  node: process.version,
  node_single_call_ns: Math.round(single),
  node_batch_per_request_ns: Math.round(many),
}
const out = process.argv.indexOf('--out')
if (out > 0) writeFileSync(process.argv[out + 1], JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
