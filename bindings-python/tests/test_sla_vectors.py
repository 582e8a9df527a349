"""Runs the shared SLA vectors (tests/vectors/README.md, section sla)."""

import json
from datetime import datetime
from pathlib import Path

import pytest

import caredesk
from caredesk import Sla, Ticket

VECTORS = sorted((Path(__file__).resolve().parents[2] / "tests" / "vectors" / "sla").glob("*.json"))


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_vectors_exist():
    assert len(VECTORS) >= 60


def expect_error(err, want):
    assert (err.code, err.field) == (want["code"], want.get("field")), str(err)


def subset(got, want, at):
    """`want` contained in `got` (see the README): a missing key reads as None."""
    if isinstance(want, dict):
        assert isinstance(got, dict), f"{at}: got {got!r}, expected an object"
        for k, v in want.items():
            subset(got.get(k), v, f"{at}.{k}")
    elif isinstance(want, list) and not (want == [] and got is None):
        assert isinstance(got, list) and len(got) == len(want), f"{at}: got {got!r}, expected {want!r}"
        for i, (g, w) in enumerate(zip(got, want)):
            subset(g, w, f"{at}[{i}]")
    elif want != [] or got is not None:
        assert got == want, f"{at}: got {got!r}, expected {want!r}"


@pytest.mark.parametrize("path", VECTORS, ids=[p.stem for p in VECTORS])
def test_vector(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    if "config_error" in case:
        with pytest.raises(caredesk.CaredeskError) as err:
            Sla(case["config"])
        expect_error(err.value, case["config_error"])
        return
    # The dict constructor and JSON text give the same engine.
    sla = Sla(case["config"])
    assert Sla.from_json(json.dumps(case["config"])).config == sla.config
    ticket = Ticket.from_json(json.dumps(case["ticket"]))
    now = instant(case["now"])
    if "error" in case:
        with pytest.raises(caredesk.CaredeskError) as err:
            sla.evaluate(ticket, now)
        expect_error(err.value, case["error"])
        return
    report = json.loads(sla.evaluate(ticket, now).to_json())
    expect = case["expect"]
    for key in ("policy", "next_due"):
        if key in expect:
            subset(report[key], expect[key], key)
    if "metrics" in expect:
        got = {m["metric"]: m for m in report["metrics"]}
        assert sorted(got) == sorted(expect["metrics"]), f"metrics {sorted(got)}"
        for name, want in expect["metrics"].items():
            subset(got[name], want, name)
    if "skipped" in expect:
        got = [{"metric": s["metric"], "code": s["code"]} for s in report.get("skipped", [])]
        assert got == expect["skipped"]
