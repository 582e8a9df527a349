"""Return decisions through the Python binding: one call, and a batch, on
the three-item request of tests/vectors/returns/multi_item_mixed_regimes.json
under the shared `standard` policy (the same case as the criterion benchmark).

Usage: python benches/python/bench_returns.py [--out FILE.json]
"""

import argparse
import json
from datetime import datetime
from pathlib import Path

import caredesk
from timing import best_per_call as best

ROOT = Path(__file__).resolve().parents[2]
VEC = ROOT / "tests" / "vectors" / "returns"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    args = ap.parse_args()
    case = json.loads((VEC / "multi_item_mixed_regimes.json").read_text())
    policy = caredesk.ReturnPolicy.from_json((VEC / "policies" / "standard.json").read_text())
    request = case["request"]
    now = datetime.fromisoformat(case["now"].replace("Z", "+00:00"))
    assert len(request["items"]) == 3
    n = 20_000
    caredesk.evaluate_return(request, policy, now)
    single = best(lambda: [caredesk.evaluate_return(request, policy, now) for _ in range(n)], n)
    batch = [request] * n
    many = best(lambda: caredesk.evaluate_returns(batch, policy, now), n)
    result = {
        "case": "multi_item_mixed_regimes (3 items, DE, standard policy)",
        "calls": n,
        "python_single_call_ns": round(single * 1e9),
        "python_batch_per_request_ns": round(many * 1e9),
    }
    text = json.dumps(result, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
