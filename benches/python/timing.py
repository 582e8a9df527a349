"""Timing shared by the Python benchmark scripts (run from this folder, so a
plain `from timing import best_per_call` finds it)."""

import time


def best_per_call(fn, calls, repeat=5):
    """Seconds per call: the fastest of `repeat` runs of `fn`, which makes `calls` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) / calls
