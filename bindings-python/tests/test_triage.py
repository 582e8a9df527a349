"""caredesk.Triage from Python."""

from datetime import datetime, timezone

import pytest

import caredesk
from caredesk import Ticket, Triage, TriageResult

UTC = timezone.utc


def test_classify_a_dict_with_reasons():
    t = Triage()
    r = t.classify({
        "subject": "Paket nicht angekommen",
        "body": "Hallo, mein Paket ist immer noch nicht angekommen!! Lieferung war für Montag angekündigt.",
        "channel": "email",
        "order": {"status": "shipped", "promised_by": "2026-11-09"},
        "received_at": datetime(2026, 11, 12, 8, 30, tzinfo=UTC),
    })
    assert isinstance(r, TriageResult)
    assert (r.language, r.topic, r.priority) == ("de", "delivery_problem", "high")
    ids = [x["code"] for x in r.reasons]
    assert "fact.order_late" in ids
    words = [x for x in r.reasons if x["code"] == "model.delivery_problem"]
    assert words and all(x["field"] in ("subject", "body") and len(x["span"]) == 2 for x in words)
    source = {"subject": "Paket nicht angekommen",
              "body": "Hallo, mein Paket ist immer noch nicht angekommen!! Lieferung war für Montag angekündigt."}
    for x in words:
        a, b = x["span"]
        assert source[x["field"]][a:b] == x["text"]
    assert r.to_dict()["topic"]["topic"] == "delivery_problem"
    assert "delivery_problem" in repr(r)


def test_triage_a_ticket_and_batch():
    t = Triage()
    ticket = Ticket("T-1", "email", {"id": "c", "tier": "vip"}, datetime(2026, 11, 2, 8, tzinfo=UTC))
    assert t.triage(ticket) is None  # nothing from the customer yet
    ticket.add_message({"id": "m1", "at": datetime(2026, 11, 2, 8, tzinfo=UTC), "author": "customer",
                        "body": "Mi avete addebitato due volte l'ordine, voglio il rimborso subito."})
    r = t.triage(ticket, order={"value": {"minor": 12990, "currency": "EUR"}, "status": "delivered"})
    assert (r.language, r.priority) == ("it", "urgent")
    assert any(x["code"] == "priority.double_charge" for x in r.reasons)
    many = t.classify_many([{"body": "Where is my order?", "channel": "chat"}] * 50)
    assert len(many) == 50 and all(x.topic == "order_status" for x in many)


def test_config_and_errors():
    shop = Triage({"disable": ["en.signal.chargeback_fraud"], "max_scan_chars": 100})
    assert shop.rule_count == Triage().rule_count - 1
    r = shop.classify({"body": "x" * 1000, "channel": "email"})
    assert r.truncated and r.scanned_chars == 100
    with pytest.raises(caredesk.TriageError) as err:
        Triage({"packs": [{"language": "en", "rules": [{"id": "en.bad", "kind": "topic", "topic": "other", "weight": 1, "regex": "("}]}]})
    assert (err.value.code, err.value.field) == ("triage.invalid_rule", "packs[0].rules[0].regex")
    with pytest.raises(caredesk.InputError) as err:
        Triage({"weights": {"en.refund_status.words": 50}})
    assert err.value.field == "weights.en.refund_status.words"
    with pytest.raises(caredesk.InputError) as err:
        Triage().classify({"body": "hi", "channel": "fax"})
    assert (err.value.code, err.value.field) == ("input.unknown_value", "channel")
    with pytest.raises(caredesk.InputError) as err:
        Triage().classify_many([{"body": "hi", "channel": "email"}, {"channel": "email"}])
    assert err.value.field == "messages[1]"
    assert Triage.from_toml('disable = ["en.signal.chargeback_fraud"]').rule_count == shop.rule_count
