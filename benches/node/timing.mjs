// Timing shared by the Node benchmark scripts.

/** Nanoseconds per call: the fastest of `repeat` runs of `fn`, which makes `calls` calls. */
export function bestPerCall(fn, calls, repeat = 5) {
  let min = Infinity
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint()
    fn()
    min = Math.min(min, Number(process.hrtime.bigint() - t0))
  }
  return min / calls
}

/** As `bestPerCall`, for an `fn` that returns a promise. */
export async function bestPerCallAsync(fn, calls, repeat = 5) {
  let min = Infinity
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint()
    await fn()
    min = Math.min(min, Number(process.hrtime.bigint() - t0))
  }
  return min / calls
}
