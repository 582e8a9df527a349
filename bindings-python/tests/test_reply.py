"""caredesk.ReplyCatalog, Reply and lint_templates from Python."""

from datetime import date, datetime, timedelta, timezone

import pytest

import caredesk
from caredesk import Money, Reply, ReplyCatalog, ReplyError

UTC = timezone.utc


@pytest.fixture(scope="module")
def cat():
    return ReplyCatalog()


def test_native_argument_types(cat):
    r = cat.render(
        "refund-delayed",
        {"profile": "fr-FR", "accept_language": "fr;q=0.9,en;q=0.5"},
        {"customer_name": "Léa", "amount": Money.parse("1234.5", "EUR"), "expected_date": date(2026, 4, 1)},
    )
    assert isinstance(r, Reply)
    assert "1\u202f234,50\u00a0€" in r.text and "1 avril 2026" in r.text
    assert (r.locale_used, r.tone_used, r.fallback_used, r.missing_args) == ("fr", "formal", False, [])
    # An aware datetime in any zone is an instant; the shop's zone formats it.
    cet = timezone(timedelta(hours=1))
    r = cat.render(
        "acknowledgement", "it-IT",
        {"customer_name": "Anna", "ticket_id": "T-1", "reply_by": datetime(2026, 3, 3, 0, 30, tzinfo=cet)},
        zone="America/New_York",
    )
    assert "2 marzo 2026 alle ore 18:30 GMT-5" in r.text  # Italian has no abbreviation for New York time
    # Exact to the microsecond in and out of the fast path; minutes never slip.
    for dt in (datetime(2026, 3, 2, 18, 30, tzinfo=UTC), datetime(2095, 12, 31, 23, 59, tzinfo=UTC),
               datetime(2500, 6, 1, 8, 0, tzinfo=cet), datetime(1901, 1, 1, 0, 0, tzinfo=UTC)):
        got = cat.render("out-of-hours", "en-GB", {"customer_name": "S", "next_open": dt}, zone="UTC").text
        want = dt.astimezone(UTC)
        assert f"{want.day} {want.strftime('%B')} {want.year} at {want:%H:%M}" in got, got
    # Money as a dict, counts as int.
    r = cat.render("duplicate-charge-refunded", ["pl"], {
        "customer_name": "Ola", "amount": {"minor": 9990, "currency": "PLN"}, "days": 22}, tone="informal")
    assert "99,90\u00a0zł" in r.text and "22 dni" in r.text
    assert r.to_dict() == {"text": r.text, "locale_used": "pl", "fallback_used": False,
                           "missing_args": [], "tone_used": "informal"}
    assert str(r) == r.text and "locale_used='pl'" in repr(r).replace('"', "'")
    assert cat.render_text("duplicate-charge-refunded", ["pl"], {
        "customer_name": "Ola", "amount": {"minor": 9990, "currency": "PLN"}, "days": 22}, tone="informal") == r.text


def test_errors_carry_code_and_field(cat):
    with pytest.raises(ReplyError) as e:
        cat.render("no-such", "de", {})
    assert (e.value.code, e.value.field) == ("reply.unknown_message", "message_id")
    with pytest.raises(ReplyError) as e:
        cat.render("closing", "en", {})
    assert (e.value.code, e.value.field) == ("reply.missing_arg", "args.customer_name")
    with pytest.raises(caredesk.InputError) as e:
        cat.render("acknowledgement", "en", {"customer_name": "A", "ticket_id": "T",
                                              "reply_by": datetime(2026, 3, 2, 10)})
    assert (e.value.code, e.value.field) == ("input.naive_datetime", "args.reply_by")
    for bad in (True, 1.5, None, [1]):
        with pytest.raises(ReplyError) as e:
            cat.render("closing", "en", {"customer_name": bad})
        assert (e.value.code, e.value.field) == ("reply.wrong_arg_type", "args.customer_name")
    # Arguments the message does not use are not read.
    assert cat.render("closing", "en", {"customer_name": "A", "unused": True}).locale_used == "en"
    with pytest.raises(caredesk.InputError) as e:
        cat.render("closing", "en", ["customer_name"])
    assert (e.value.code, e.value.field) == ("input.invalid", "args")
    # A name that is not a str is refused, not skipped.
    with pytest.raises(caredesk.InputError) as e:
        cat.render("closing", "en", {"customer_name": "A", 7: "x"})
    assert (e.value.code, e.value.field) == ("input.invalid", "args")
    assert "must be str" in str(e.value)
    with pytest.raises(caredesk.InputError) as e:
        cat.render("closing", "en", {"customer_name": "A"}, tone="casual")
    assert (e.value.code, e.value.field) == ("input.unknown_value", "tone")
    with pytest.raises(caredesk.InputError) as e:
        cat.render("closing", "en", {"customer_name": "A"}, zone="Mars/Olympus")
    assert e.value.field == "zone"
    with pytest.raises(ReplyError) as e:
        cat.render("closing", {"profile": "not a tag"}, {"customer_name": "A"})
    assert (e.value.code, e.value.field) == ("reply.invalid_locale", "profile")
    with pytest.raises(caredesk.InputError) as e:
        cat.render("closing", {"profil": "de"}, {"customer_name": "A"})
    assert e.value.code == "input.json"


def test_marker_html_and_bidi(cat):
    r = cat.render("refund-issued", "en", {"customer_name": "Anna"}, missing="marker")
    assert r.missing_args == ["amount", "method", "days"]
    assert "{$amount}" in r.text
    r = cat.render("closing", "en", {"customer_name": "<b>Eve\u202egnp.exe</b>"}, format="html")
    assert r.text.startswith("<p>") and "&lt;b&gt;Evegnp.exe&lt;/b&gt;" in r.text
    assert "\u202e" not in r.text


def test_shop_sources_and_introspection():
    shop = ReplyCatalog({"it/formal.ftl": "closing = Grazie, { $customer_name }!\n",
                         "ja.ftl": "closing = { $customer_name }様、ありがとうございました。\n"})
    assert shop.render("closing", "it", {"customer_name": "Giulia"}).text == "Grazie, Giulia!"
    assert shop.locales[-1] == "ja" and len(shop.locales) == 13
    assert len(shop.message_ids("en")) == 29 and shop.message_ids("en", "informal") == []
    assert shop.variables("it", "closing") == ["customer_name"]
    assert shop.variables("it", "nope") is None
    with pytest.raises(ReplyError) as e:
        ReplyCatalog({"de/informal.ftl": "greeting = Hallo { $name\nnext = x\n"})
    assert (e.value.code, e.value.field) == ("reply.syntax", "de/informal.ftl")
    assert "de/informal.ftl:2:1" in str(e.value)
    alone = ReplyCatalog({"en.ftl": "hi = Hi { $n ->\n [one] one\n *[other] { $n }\n}\n"}, builtin=False)
    assert alone.locales == ["en"]
    assert alone.render("hi", None, {"n": 1234}).text == "Hi 1,234"
    with pytest.raises(caredesk.InputError):
        ReplyCatalog(["not", "a", "dict"])


def test_render_many_releases_the_gil_and_reports_in_place(cat):
    items = [{"message_id": "closing", "locales": loc, "args": {"customer_name": "Kim"}}
             for loc in ["de", "fr", "pl", "fi"] * 25]
    out = cat.render_many(items, tone="informal")
    assert [r.locale_used for r in out[:4]] == ["de", "fr", "pl", "fi"]
    assert out[0] == cat.render("closing", "de", {"customer_name": "Kim"}, tone="informal")
    bad = items[:2] + [{"message_id": "closing", "locales": "de", "args": {}}]
    with pytest.raises(ReplyError) as e:
        cat.render_many(bad)
    assert e.value.field == "items[2].args.customer_name"
    got = cat.render_many(bad, errors="return")
    assert isinstance(got[2], ReplyError) and isinstance(got[0], Reply)
    with pytest.raises(ReplyError) as e:
        cat.render_many([{"message_id": "closing", "locales": "de", "args": {"customer_name": True}}])
    assert e.value.field == "items[0].args.customer_name"


def test_a_batch_large_enough_for_threads_matches_one_by_one(cat):
    # Over 512 items, so core spreads it over the cores where there are several;
    # every fifth item fails (a read error or a render error) and keeps its place.
    items = []
    for i in range(1300):
        args = {"customer_name": f"Kim {i}", "amount": caredesk.Money(i * 101, "EUR"), "method": "PayPal", "days": i % 9}
        if i % 10 == 3:
            del args["amount"]  # render error: missing argument
        if i % 10 == 8:
            args["days"] = "many"  # read error: wrong type for a plural
        items.append({"message_id": "refund-issued", "locales": ["de-AT", "fr", "pl-PL", "es-MX", "sv"][i % 5],
                      "args": args})
    got = cat.render_many(items, tone="informal", errors="return")
    assert len(got) == len(items)
    for item, r in zip(items, got):
        try:
            one = cat.render(item["message_id"], item["locales"], item["args"], tone="informal")
        except ReplyError as e:
            assert isinstance(r, ReplyError) and r.code == e.code, (item, r)
            continue
        assert r == one
    assert sum(isinstance(r, ReplyError) for r in got) == 260


def test_lint_templates():
    report = caredesk.lint_templates()
    assert report.ok and report.issues == [] and report.layers == 23 and report.renders > 600
    bad = caredesk.lint_templates({"de/formal.ftl": "closing = Danke { $name }!\n"})
    assert not bad.ok and bad.error_count == 2
    codes = {(i["code"], i["locale"], i["message_id"]) for i in bad.issues}
    assert ("lint.unknown_variable", "de", "closing") in codes
    issue = bad.issues[0]
    assert issue["file"] == "de/formal.ftl" and issue["line"] == 1
    assert "error[lint.unknown_variable] de/formal.ftl:1 [de formal] closing" in str(bad)
    broken = caredesk.lint_templates({"fr.ftl": "a = { $x ->\n [one] un\n}\n"}, builtin=False)
    assert [i["code"] for i in broken.issues] == ["lint.select_without_default"]
