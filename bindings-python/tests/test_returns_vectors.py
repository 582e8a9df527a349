"""Runs the shared return vectors (tests/vectors/returns/README.md) as
core/tests/returns_vectors.rs does: the same checks, the same answers."""

import json
from datetime import datetime
from pathlib import Path

import pytest

import caredesk
from caredesk import ReturnPolicy, evaluate_return

DIR = Path(__file__).resolve().parents[2] / "tests" / "vectors" / "returns"
VECTORS = sorted(DIR.glob("*.json"))
KEYS = {"description", "rule", "policy", "policy_error", "request", "now", "expect", "error", "audit"}


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_vectors_exist():
    assert len(VECTORS) >= 60


def load_policy(p):
    """A name in policies/ (read as JSON text), or an inline object (passed as a dict)."""
    if isinstance(p, str):
        return ReturnPolicy.from_json((DIR / "policies" / f"{p}.json").read_text(encoding="utf-8"))
    assert isinstance(p, dict), '"policy" must be a name in policies/ or an inline object'
    policy = ReturnPolicy(p)
    # The dict and its JSON text give the same policy.
    assert ReturnPolicy.from_json(json.dumps(p)).config == policy.config
    return policy


def check_error(err, want):
    assert err.code == want["code"], f"error {err.code} ({err}), expected {want['code']}"
    if "field" in want:
        assert err.field == want["field"], f"error field {err.field!r}, expected {want['field']!r} ({err})"


def cited(rule, found, place):
    assert found, f"the cited rule {rule!r} does not appear in {place}"


def invariants(d):
    """The sums every decision must satisfy, read through the binding's attributes."""
    total = 0
    for it in d.items:
        m = it.money
        for x in (m.price, m.refund, m.restocking_fee, m.loss_of_value, m.store_credit_bonus):
            assert x.currency == d.currency, f"items[{it.index}]: currency {x.currency}"
        if m.refund.minor != 0:
            assert m.refund.minor + m.restocking_fee.minor + m.loss_of_value.minor == m.price.minor, (
                f"items[{it.index}]: refund + fee + loss != price")
        if not it.eligible:
            assert m.refund.minor == 0 and m.restocking_fee.minor == 0, f"items[{it.index}]: money on an ineligible item"
        total += m.refund.minor
    t = d.money
    assert total == t.items_refund.minor, "items_refund is not the sum of the items' refunds"
    assert t.items_refund.minor + t.outbound_shipping_refund.minor - t.return_shipping_charged.minor == t.total.minor, (
        "total != items_refund + outbound - return shipping")


def reason_codes(obj):
    return [r["code"] for r in obj.get("reasons", []) if "code" in r]


def matches(actual, expected, path=""):
    """`expected` is a partial picture of `actual` (README: Matching `expect`)."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        for k, ev in expected.items():
            p = f"{path}.{k}"
            if k in ("codes_include", "codes_exclude"):
                codes = reason_codes(actual)
                assert isinstance(ev, list), f"{p} must be an array"
                for c in ev:
                    if k == "codes_include":
                        assert c in codes, f"{p}: {c} missing from {codes}"
                    else:
                        assert c not in codes, f"{p}: {c} present in {codes}"
            else:
                assert k in actual, f"{p}: missing"
                matches(actual[k], ev, p)
    elif isinstance(actual, list) and isinstance(expected, list):
        assert len(actual) == len(expected), f"{path}: {len(actual)} elements, expected {len(expected)}: {actual}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            matches(a, e, f"{path}[{i}]")
    elif isinstance(actual, dict) and "minor" in actual and isinstance(expected, str):
        amount, _, cur = expected.partition(" ")
        assert cur, f'{path}: money shorthand is "12.50 EUR"'
        minor = int(amount.replace(".", ""))
        assert actual.get("minor") == minor and actual.get("currency") == cur, f"{path}: {actual} is not {expected}"
    else:
        # JSON equality: true is not 1.
        assert type(actual) is type(expected) and actual == expected, f"{path}: got {actual!r}, expected {expected!r}"


@pytest.mark.parametrize("path", VECTORS, ids=[p.stem for p in VECTORS])
def test_vector(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(case, dict), "the vector must be an object"
    unknown = set(case) - KEYS
    assert not unknown, f"unknown keys {sorted(unknown)}"
    assert str(case.get("description", "")).strip(), '"description" must be a non-empty string'
    rule = case.get("rule")
    assert isinstance(rule, str), '"rule" (the rule exercised) is required'
    assert "policy" in case, '"policy" is missing'

    if "policy_error" in case:
        with pytest.raises(caredesk.CaredeskError) as err:
            load_policy(case["policy"])
        check_error(err.value, case["policy_error"])
        if isinstance(case["policy"], dict):
            # JSON text fails the same way as the dict.
            with pytest.raises(caredesk.CaredeskError) as err:
                ReturnPolicy.from_json(json.dumps(case["policy"]))
            check_error(err.value, case["policy_error"])
        cited(rule, err.value.code == rule, "the error code")
        return
    policy = load_policy(case["policy"])

    if "audit" in case:
        audit = case["audit"]
        findings = policy.audit(audit["country"])
        got = [{"field": f.field, "code": f.code} for f in findings]
        assert got == audit["findings"], f"audit findings differ:\n    got  {got}\n    want {audit['findings']}"
        cited(rule, any(f.code == rule for f in findings), "the audit findings")
        if "request" not in case:
            return

    assert "request" in case, '"request" is missing'
    now = instant(case["now"])
    if "error" in case:
        with pytest.raises(caredesk.CaredeskError) as err:
            evaluate_return(case["request"], policy, now)
        check_error(err.value, case["error"])
        cited(rule, err.value.code == rule, "the error code")
        return
    d = evaluate_return(case["request"], policy, now)
    invariants(d)
    assert "expect" in case, 'a vector without "error" needs "expect"'
    matches(json.loads(d.to_json()), case["expect"])
    cited(rule, rule in d.codes, "the decision's reasons")
