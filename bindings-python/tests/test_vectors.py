"""Runs the shared ticket vectors (tests/vectors/README.md)."""

import json
from datetime import datetime
from pathlib import Path

import pytest

import caredesk
from caredesk import Ticket

VECTORS = sorted((Path(__file__).resolve().parents[2] / "tests" / "vectors" / "tickets").glob("*.json"))


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_vectors_exist():
    assert VECTORS, "no ticket vectors found"


def expect_error(err, want):
    assert err.code == want["code"], str(err)
    if "field" in want:
        assert err.field == want["field"], str(err)


@pytest.mark.parametrize("path", VECTORS, ids=[p.stem for p in VECTORS])
def test_vector(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    if "load_error" in case:
        with pytest.raises(caredesk.CaredeskError) as err:
            Ticket.from_json(json.dumps(case["ticket"]))
        expect_error(err.value, case["load_error"])
        return
    ticket = Ticket.from_json(json.dumps(case["ticket"]))
    for i, step in enumerate(case.get("steps", [])):
        before = ticket.to_json()
        if "apply" in step:
            action = lambda: ticket.apply(json.loads(json.dumps(step["apply"])))  # noqa: E731
        else:
            fu = step["follow_up"]
            action = lambda: ticket.follow_up(fu["id"], fu["message"])  # noqa: E731
        if "error" in step:
            with pytest.raises(caredesk.CaredeskError) as err:
                action()
            expect_error(err.value, step["error"])
            assert ticket.to_json() == before, f"step {i} changed the ticket"
            continue
        result = action()
        if "expect_follow_up" in step:
            want = step["expect_follow_up"]
            if "follow_up_of" in want:
                assert result.follow_up_of == want["follow_up_of"]
            if "status" in want:
                assert result.status == want["status"]
            if "created_at" in want:
                assert result.created_at == instant(want["created_at"])
    check_expect(ticket, case.get("expect", {}))
    assert Ticket.from_json(ticket.to_json()).to_json() == ticket.to_json()


def check_expect(t, expect):
    if "status" in expect:
        assert t.status == expect["status"]
    if "priority" in expect:
        assert t.priority == expect["priority"]
    if "tags" in expect:
        assert t.tags == sorted(expect["tags"])
    if "assignee" in expect:
        assert t.assignee == expect["assignee"]
    if "reopen_count" in expect:
        assert t.reopen_count == expect["reopen_count"]
    if "first_reply_seconds" in expect:
        got = t.first_reply_time
        assert (None if got is None else got.total_seconds()) == expect["first_reply_seconds"]
    for probe in expect.get("status_at", []):
        assert t.status_at(instant(probe["at"])) == probe["status"], probe
    if "time_in_status" in expect:
        spec = expect["time_in_status"]
        spent = t.time_in_status(instant(spec["until"]))
        for status, seconds in spec["seconds"].items():
            assert spent[status].total_seconds() == seconds, status
    if "auto_close_at" in expect:
        spec = expect["auto_close_at"]
        from datetime import timedelta

        got = t.auto_close_at(timedelta(seconds=spec["after_seconds"]))
        assert got == (None if spec["at"] is None else instant(spec["at"]))
