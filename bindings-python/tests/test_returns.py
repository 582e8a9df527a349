"""Return decisions from Python: policy forms, native types, the batch, bad input."""

import json
import threading
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import caredesk
from caredesk import Money, ReturnDecision, ReturnPolicy, evaluate_return, evaluate_returns

UTC = timezone.utc
POLICIES = Path(__file__).resolve().parents[2] / "tests" / "vectors" / "returns" / "policies"
STANDARD = json.loads((POLICIES / "standard.json").read_text(encoding="utf-8"))
NOW = datetime(2026, 3, 16, 9, tzinfo=UTC)


def headphones(**over):
    """The German consumer's opened headphones of docs/returns.md, example 1."""
    request = {
        "ordered_at": datetime(2026, 3, 1, 10, tzinfo=UTC),
        "delivered_at": datetime(2026, 3, 3, 14, tzinfo=UTC),
        "country": "DE",
        "reason": "unwanted",
        "items": [{"sku": "HP-200", "unit_price": Money(12900, "EUR"), "category": "audio", "condition": "opened"}],
        "whole_order": True,
        "outbound_shipping": {"paid": {"minor": 490, "currency": "EUR"}},
    }
    request.update(over)
    return request


def test_decision_with_native_types():
    d = evaluate_return(headphones(), ReturnPolicy(STANDARD), NOW)
    assert isinstance(d, ReturnDecision)
    assert (d.country, d.region, d.floor, d.currency) == ("DE", None, "DE", "EUR")
    assert d.requested_on == date(2026, 3, 16)
    assert d.eligible and d.return_label == "shop" and d.refund_to == "original_payment"
    [item] = d.items
    assert (item.index, item.sku, item.reason_class) == (0, "HP-200", "change_of_mind")
    assert (item.regime, item.decided_by, item.review) == ("statutory_withdrawal", "shop", False)
    assert item.resolutions == ["refund", "store_credit", "exchange"]
    assert item.deadlines.withdrawal_ends_on == date(2026, 3, 17)
    assert item.deadlines.notify_by == date(2026, 4, 2)
    assert item.deadlines.ship_back_by == date(2026, 3, 30)
    assert item.deadlines.reject_by is None
    assert item.money.price == Money(12900, "EUR")
    assert item.money.refund == Money(12900, "EUR")
    assert item.money.store_credit_bonus == Money.parse("12.90", "EUR")
    assert d.money.total == Money.parse("128.95", "EUR")
    assert d.money.outbound_shipping_refund == Money(490, "EUR")
    assert d.money.return_shipping_charged == Money(495, "EUR")
    assert d.money.store_credit_total == Money.parse("141.85", "EUR")
    assert [r.code for r in item.reasons][:2] == ["law.eu.crd.art9", "law.eu.crd.art13"]
    [why] = d.reasons
    assert (why.code, why.kind) == ("law.eu.crd.art13.delivery", "override")
    assert "law.eu.crd.art13.delivery" in d.codes and d.codes[0] == "law.eu.crd.art13.delivery"


def test_decision_prints_as_the_core_account():
    d = evaluate_return(headphones(), ReturnPolicy(STANDARD), NOW)
    text = str(d)
    assert text.startswith("DE, floor DE, requested 2026-03-16: eligible\n")
    assert "  [0] HP-200 (change_of_mind): eligible under statutory_withdrawal, decided by shop" in text
    assert "total 128.95 EUR = items 129.00 EUR + outbound shipping 4.90 EUR - return shipping 4.95 EUR" in text
    assert repr(d) == text
    assert "refund=129.00 EUR" in repr(d.items[0])
    assert "withdrawal_ends_on='2026-03-17'" in repr(d.items[0].deadlines)
    assert "total=128.95 EUR" in repr(d.money)


def test_to_dict_and_to_json_agree():
    d = evaluate_return(headphones(), ReturnPolicy(STANDARD), NOW)
    wire = json.loads(d.to_json())
    as_dict = d.to_dict()
    assert as_dict["requested_on"] == date(2026, 3, 16)
    assert as_dict["money"]["total"] == Money.parse("128.95", "EUR")
    assert as_dict["items"][0]["deadlines"]["ship_back_by"] == date(2026, 3, 30)

    def plain(v):
        if isinstance(v, Money):
            return v.to_dict()
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items() if not (k == "region" and x is None)}
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v

    assert plain(as_dict) == wire
    assert d.items[0].to_dict() == as_dict["items"][0]
    assert d.money.to_dict() == as_dict["money"]
    assert d.reasons[0].to_dict() == wire["reasons"][0]


def test_policy_from_dict_json_and_toml_is_the_same():
    toml = """
name = "Standard EU shop"
store_credit_bonus_bps = 1000
keep_item_below = { minor = 500, currency = "EUR" }

[window]
days = 30
from = "delivery"

[[seasonal]]
name = "holidays"
ordered_from = "11-01"
ordered_until = "12-31"
returnable_until = "01-31"

[exclusions]
categories = ["gift_cards"]
tags = ["clearance"]
skus = ["GC-50"]

[return_shipping]
mode = "flat"
fee = { minor = 495, currency = "EUR" }

[loss_of_value]
used_bps = 2000
damaged_bps = 5000
"""
    a = ReturnPolicy(STANDARD)
    b = ReturnPolicy.from_json(json.dumps(STANDARD))
    c = ReturnPolicy.from_toml(toml)
    assert a.config == b.config == c.config
    assert a.name == "Standard EU shop" and repr(a) == 'ReturnPolicy(name="Standard EU shop")'
    assert a.config["return_shipping"] == {"mode": "flat", "fee": {"minor": 495, "currency": "EUR"}}
    assert evaluate_return(headphones(), a, NOW) == evaluate_return(headphones(), c, NOW)
    # No config: the built-in defaults (30 days from delivery, free returns).
    default = ReturnPolicy()
    assert default.name is None and default.config["return_shipping"] == {"mode": "free"}
    assert default.reason_class("size_too_small") == "change_of_mind"
    assert default.reason_class("defective") == "fault"
    assert default.reason_class("too_ugly") is None
    assert ReturnPolicy({"reasons": {"found_cheaper": "change_of_mind"}}).reason_class("found_cheaper") == "change_of_mind"


def test_audit_lists_where_the_law_overrides_the_policy():
    strict = ReturnPolicy.from_json((POLICIES / "strict.json").read_text(encoding="utf-8"))
    findings = strict.audit("DE")
    assert [(f.field, f.code) for f in findings][:3] == [
        ("window.days", "law.eu.crd.art9"),
        ("window.from", "law.eu.crd.art9"),
        ("restocking_fee", "law.eu.crd.art14.no_other_costs"),
    ]
    assert len(findings) == 12
    f = findings[2]
    assert f.source.startswith("Directive 2011/83/EU") and f.text
    assert f.to_dict() == {"field": f.field, "code": f.code, "source": f.source, "text": f.text}
    assert "restocking_fee" in repr(f)
    assert strict.audit("US") == []
    with pytest.raises(caredesk.ReturnsError) as err:
        strict.audit("XX")
    assert (err.value.code, err.value.field) == ("returns.unknown_country", "country")


def test_batch_matches_one_by_one_and_names_the_failing_request():
    policy = ReturnPolicy(STANDARD)
    requests = [headphones(), headphones(country="FR"), headphones(reason="defective")]
    got = evaluate_returns(requests, policy, NOW)
    assert got == [evaluate_return(r, policy, NOW) for r in requests]
    bad = [headphones(), headphones(reason="too_ugly")]
    with pytest.raises(caredesk.ReturnsError) as err:
        evaluate_returns(bad, policy, NOW)
    assert (err.value.code, err.value.field) == ("returns.unknown_reason", "requests[1].reason")
    ok, failed = evaluate_returns(bad, policy, NOW, errors="return")
    assert isinstance(ok, ReturnDecision)
    assert isinstance(failed, caredesk.ReturnsError) and failed.field == "requests[1].reason"
    # A shape problem is found while reading, before any evaluation.
    with pytest.raises(caredesk.InputError) as err:
        evaluate_returns([headphones(), headphones(ordered_at=datetime(2026, 3, 1))], policy, NOW)
    assert (err.value.code, err.value.field) == ("input.naive_datetime", "requests[1].ordered_at")
    with pytest.raises(caredesk.InputError) as err:
        evaluate_returns([], policy, NOW, errors="ignore")
    assert (err.value.code, err.value.field) == ("input.unknown_value", "errors")


def test_batch_releases_the_gil():
    policy = ReturnPolicy(STANDARD)
    requests = [headphones(reason=r) for r in ("unwanted", "defective", "size_too_small")] * 10000
    ticks = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ticks.append(time.perf_counter())

    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        while not ticks:
            time.sleep(0.001)
        start = time.perf_counter()
        decisions = evaluate_returns(requests, policy, NOW)
        end = time.perf_counter()
    finally:
        stop.set()
        spinner.join()
    assert any(start < t < end for t in ticks), "another thread never ran during the batch"
    assert len(decisions) == len(requests)
    assert decisions[1].items[0].regime == "legal_guarantee"


# ---- bad input: every case of the issue, with its code, field and class ----

def error_of(call):
    with pytest.raises(caredesk.CaredeskError) as err:
        call()
    return type(err.value), err.value.code, err.value.field


def test_delivery_before_the_order():
    req = headphones(delivered_at=datetime(2026, 2, 27, 14, tzinfo=UTC))
    assert error_of(lambda: evaluate_return(req, ReturnPolicy(), NOW)) == (
        caredesk.ReturnsError, "returns.before_order", "delivered_at")
    req = headphones()
    req["items"][0]["delivered_at"] = datetime(2026, 2, 1, tzinfo=UTC)
    assert error_of(lambda: evaluate_return(req, ReturnPolicy(), NOW)) == (
        caredesk.ReturnsError, "returns.before_order", "items[0].delivered_at")


def test_unknown_country_codes():
    assert error_of(lambda: evaluate_return(headphones(country="XX"), ReturnPolicy(), NOW)) == (
        caredesk.ReturnsError, "returns.unknown_country", "country")
    assert error_of(lambda: evaluate_return(headphones(region="FR-IDF"), ReturnPolicy(), NOW)) == (
        caredesk.ReturnsError, "returns.unknown_country", "region")
    assert error_of(lambda: ReturnPolicy({"overrides": {"ZZ": {"ship_back_days": 30}}})) == (
        caredesk.ReturnsError, "returns.unknown_country", "overrides.ZZ")


def test_negative_price():
    req = headphones()
    req["items"][0]["unit_price"] = {"minor": -100, "currency": "EUR"}
    assert error_of(lambda: evaluate_return(req, ReturnPolicy(), NOW)) == (
        caredesk.MoneyError, "money.negative", "items[0].unit_price.minor")


def test_mixed_currencies_in_one_request():
    req = headphones()
    req["items"].append({"sku": "CASE", "unit_price": Money(1500, "GBP")})
    assert error_of(lambda: evaluate_return(req, ReturnPolicy(), NOW)) == (
        caredesk.MoneyError, "money.currency_mismatch", "items[1].unit_price")
    # A policy amount in another currency than the request's.
    assert error_of(lambda: evaluate_return(headphones(), ReturnPolicy(
        {"return_shipping": {"mode": "flat", "fee": {"minor": 495, "currency": "USD"}}}), NOW)) == (
        caredesk.MoneyError, "money.currency_mismatch", "return_shipping.fee")


def test_a_fee_that_exceeds_the_price():
    assert error_of(lambda: ReturnPolicy({"restocking_fee": {"bps": 12000}})) == (
        caredesk.ReturnsError, "returns.fee_exceeds_price", "restocking_fee.bps")
    socks = headphones(country="NO", items=[{"sku": "SOCKS", "unit_price": Money(399, "EUR")}])
    policy = ReturnPolicy({"restocking_fee": {"flat": {"minor": 500, "currency": "EUR"}}})
    assert error_of(lambda: evaluate_return(socks, policy, NOW)) == (
        caredesk.ReturnsError, "returns.fee_exceeds_price", "restocking_fee")


def test_a_window_of_negative_days():
    assert error_of(lambda: ReturnPolicy({"window": {"days": -3}})) == (
        caredesk.ReturnsError, "returns.negative_window", "window.days")
    assert error_of(lambda: ReturnPolicy.from_toml("[overrides.FR.window]\ndays = -1\n")) == (
        caredesk.ReturnsError, "returns.negative_window", "overrides.FR.window.days")


def test_a_reason_not_in_the_taxonomy():
    assert error_of(lambda: evaluate_return(headphones(reason="too_ugly"), ReturnPolicy(), NOW)) == (
        caredesk.ReturnsError, "returns.unknown_reason", "reason")
    assert error_of(lambda: ReturnPolicy({"resolutions": {"by_reason": {"too_ugly": ["refund"]}}})) == (
        caredesk.ReturnsError, "returns.unknown_reason", "resolutions.by_reason.too_ugly")


def test_shape_errors_name_the_field():
    assert error_of(lambda: evaluate_return(headphones(ordered_at=datetime(2026, 3, 1)), ReturnPolicy(), NOW)) == (
        caredesk.InputError, "input.naive_datetime", "ordered_at")
    assert error_of(lambda: evaluate_return(headphones(), ReturnPolicy(), datetime(2026, 3, 16))) == (
        caredesk.InputError, "input.naive_datetime", "now")
    assert error_of(lambda: evaluate_return(headphones(colour="red"), ReturnPolicy(), NOW))[1:] == (
        "input.json", "colour")
    assert error_of(lambda: ReturnPolicy({"window": {"dayz": 3}}))[1:] == ("input.json", "window.dayz")
    # A value outside a closed set names the set, the same code as the other engines give.
    assert error_of(lambda: evaluate_return(headphones(payment_method="cheque"), ReturnPolicy(), NOW))[1:] == (
        "input.unknown_value", "payment_method")
    assert error_of(lambda: ReturnPolicy({"return_shipping": {"mode": "pigeon"}}))[1:] == (
        "input.unknown_value", "return_shipping.mode")
    assert error_of(lambda: ReturnPolicy.from_toml("window = 3"))[1] == "input.toml"
    assert issubclass(caredesk.ReturnsError, caredesk.CaredeskError)


def test_the_law_overrides_a_stingy_policy_and_says_so():
    strict = ReturnPolicy.from_json((POLICIES / "strict.json").read_text(encoding="utf-8"))
    # Day 10 after delivery, outside the shop's 7 days from the order.
    d = evaluate_return(headphones(), strict, datetime(2026, 3, 13, 9, tzinfo=UTC))
    item = d.items[0]
    assert item.eligible and item.regime == "statutory_withdrawal" and item.decided_by == "law"
    assert item.money.restocking_fee == Money(0, "EUR")
    assert any(r.kind == "override" for r in item.reasons)
    assert d.money.total == Money(12900 + 490, "EUR")
    assert item.deadlines.ship_back_by == date(2026, 3, 13) + timedelta(days=14)
