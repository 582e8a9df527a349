"""caredesk.suggest_reply: core's suggested reply from Python."""

from datetime import datetime, timezone

import pytest

import caredesk
from caredesk import ReplyCatalog, Sla, Ticket, Triage

UTC = timezone.utc


def ticket(channel="email", body="Mijn pakket is nog steeds niet aangekomen.", locale="nl-NL"):
    t = Ticket("T-9", channel, {"id": "c3", "name": "Jan de Vries", "locale": locale},
               datetime(2026, 3, 2, 8, tzinfo=UTC))
    t.add_message({"id": "m1", "at": datetime(2026, 3, 2, 8, tzinfo=UTC), "author": "customer", "body": body})
    return t


def test_suggests_in_the_customers_language_with_the_sla_due_instant():
    sla = Sla({"policies": [{"name": "all", "clock": "calendar", "targets": {"first_reply": {"within": "24h"}}}]})
    s = caredesk.suggest_reply(ticket(), Triage(), ReplyCatalog(), sla=sla, now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert s is not None
    assert s.reply.locale_used == "nl"
    assert "reply_by" in s.filled and "customer_name" in s.filled
    assert "Jan" in s.reply.text
    assert s.to_dict()["message_id"] == s.message_id
    assert repr(s).startswith("SuggestedReply(message_id=")


def test_same_answer_as_rendering_the_template_by_hand():
    t = ticket()
    s = caredesk.suggest_reply(t, Triage(), ReplyCatalog())
    by_hand = ReplyCatalog().render(s.message_id, "nl-NL", {"customer_name": "Jan", "ticket_id": "T-9"},
                                    missing="marker")
    assert s.reply.text == by_hand.text


def test_shop_templates_and_tone_override():
    t = ticket(channel="chat", body="Hallo, wo bleibt mein Paket?", locale="de-DE")
    s = caredesk.suggest_reply(t, Triage(), ReplyCatalog(), tone="formal",
                               templates={"delivery_problem": "acknowledgement", "order_status": "acknowledgement"})
    assert s.message_id == "acknowledgement"
    assert s.reply.tone_used == "formal"


def test_nothing_to_answer_gives_none():
    t = Ticket("T-1", "email", {"id": "c"}, datetime(2026, 3, 2, 8, tzinfo=UTC))
    assert caredesk.suggest_reply(t, Triage(), ReplyCatalog()) is None


def test_bad_options_are_coded_errors():
    t = ticket()
    sla = Sla({"policies": [{"name": "all", "clock": "calendar", "targets": {"first_reply": {"within": "24h"}}}]})
    with pytest.raises(caredesk.InputError) as e:
        caredesk.suggest_reply(t, Triage(), ReplyCatalog(), sla=sla)
    assert (e.value.code, e.value.field) == ("input.invalid", "now")
    with pytest.raises(caredesk.InputError) as e:
        caredesk.suggest_reply(t, Triage(), ReplyCatalog(), now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert (e.value.code, e.value.field) == ("input.invalid", "sla")
    with pytest.raises(caredesk.CaredeskError) as e:
        caredesk.suggest_reply(t, Triage(), ReplyCatalog(), tone="casual")
    assert (e.value.code, e.value.field) == ("input.unknown_value", "tone")
    with pytest.raises(caredesk.ReplyError) as e:
        caredesk.suggest_reply(t, Triage(), ReplyCatalog(), templates={"delivery_problem": "no-such", "order_status": "no-such"})
    assert e.value.code == "reply.unknown_message"
