"""Our public holidays against the `holidays` package (pinned in the Makefile), 2000-2040.

Every date one side lists and the other does not must be explained by a rule
in KNOWN, with the reason we keep our answer; any other disagreement fails.
A rule that no longer explains anything fails too, so the table stays true.

Run as a script to print the agreement table of docs/sla-calendar.md:
    python tests/test_holidays_crosscheck.py
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

import holidays as peer
import pytest
from dateutil.easter import easter as peer_easter

import caredesk

COUNTRIES = [
    "IT", "DE", "FR", "ES", "PT", "NL", "BE", "AT", "IE", "GB", "US", "PL", "CH", "TR", "BR", "AU",
]
YEARS = range(2000, 2041)
# GB in caredesk is England & Wales; US is federal; the rest national (no subdivision).
# holidays' national CH and AU sets are the days kept in every canton or state, as
# ours; its default category (public) leaves out Turkey's half-day eves and Brazil's
# optional points (Carnival, Corpus Christi), as we do.
SUBDIVISION = {"GB": "ENG"}


def easter_rel(d: date, days: int) -> bool:
    return d == peer_easter(d.year) + timedelta(days=days)


def weekend_substitute(d: date, n: str) -> bool:
    """A weekday listed as the substitute of a holiday on the weekend before it."""
    return n.endswith("(substitute day)") and d.weekday() <= 1


def first_sunday(d: date, month: int) -> bool:
    return d.month == month and d.weekday() == 6 and d.day <= 7


@dataclass(frozen=True)
class Known:
    country: str
    only_in: str  # "ours" or "holidays": the side that lists the date
    matches: Callable[[date, str], bool]  # (date, name on that side)
    reason: str


KNOWN = [
    Known(
        "IT",
        "holidays",
        lambda d, n: first_sunday(d, 11),
        "First Sunday of November (National Unity Day): law 54/1977 took 4 November off the "
        "holidays of law 260/1949 and moved its celebration to the first Sunday of November. "
        "That Sunday is no extra day off (every Sunday already is a festive day under law "
        "260/1949), so we do not list it.",
    ),
    Known(
        "IT",
        "holidays",
        lambda d, n: d.year <= 2000 and first_sunday(d, 6),
        "First Sunday of June 2000 (Republic Day): the same law moved 2 June to a Sunday until "
        "law 336/2000 restored 2 June from 2001; no extra day off, as above.",
    ),
    Known(
        "FR",
        "ours",
        lambda d, n: d.year in (2005, 2006, 2007) and easter_rel(d, 50),
        "Whit Monday 2005-2007: it stayed a jour férié in the Code du travail (art. L222-1, "
        "now L3133-1); law 2004-626 only made it, by default, the unpaid 'journée de "
        "solidarité' worked day, until law 2008-351 untied the two. holidays drops it for "
        "those years. A shop that worked it can list it in removed_holidays.",
    ),
    Known(
        "ES",
        "ours",
        lambda d, n: d.year < 2008,
        "2000-2007: holidays has no data for Spain before 2008 (start_year = 2008).",
    ),
    Known(
        "NL",
        "ours",
        lambda d, n: (d.month, d.day) == (5, 5) and d.year % 5 != 0,
        "5 May (Liberation Day) outside lustrum years: the Algemene termijnenwet, art. 3(1), "
        "lists 'de vijfde mei' as a recognised holiday every year; holidays lists it only "
        "every fifth year, as many collective agreements give the day off. A shop that "
        "works it can list the dates in removed_holidays.",
    ),
    Known(
        "BE",
        "holidays",
        lambda d, n: easter_rel(d, 0) or easter_rel(d, 49),
        "Easter Sunday and Whit Sunday: the Royal Decree of 18 April 1974 lists ten public "
        "holidays and neither Sunday is among them (Easter Monday and Whit Monday are).",
    ),
    Known(
        "IE",
        "ours",
        lambda d, n: d == date(2001, 9, 14),
        "14 September 2001, national day of mourning: a one-off public holiday by order "
        "under the Organisation of Working Time Act 1997.",
    ),
    Known(
        "IE",
        "holidays",
        lambda d, n: d == date(2011, 9, 14),
        "14 September 2011: holidays dates the national day of mourning of 14 September 2001 "
        "ten years late; 14 September 2011 was no public holiday.",
    ),
    Known(
        "AU",
        "ours",
        weekend_substitute,
        "Substitute days: every state gives the next weekday for a New Year's Day, Australia "
        "Day, Christmas Day or Boxing Day on a weekend (Christmas on a Saturday: Monday 27, "
        "Boxing Day Tuesday 28; on a Sunday: Christmas Tuesday 27). holidays lists them only "
        "in its state subdivisions, not in the national set.",
    ),
    Known(
        "TR",
        "ours",
        lambda d, n: d.year > 2032 and "Bayram" in n,
        "Ramazan and Kurban Bayramı after 2032: both sides predict (holidays marks its dates "
        "'estimated'; its table of Diyanet's dates ends in 2032). We keep the Umm al-Qura "
        "calendar, which agrees with Diyanet for every year 2017-2032; holidays' estimate is "
        "a day earlier in some years.",
    ),
    Known(
        "TR",
        "holidays",
        lambda d, n: d.year > 2032 and "(estimated)" in n,
        "The other side of the row above: holidays' estimated feast days after 2032.",
    ),
]


def year_sets(country: str, year: int) -> tuple[dict[date, str], dict[date, str]]:
    ours = {h.date: h.name for h in caredesk.holidays(country, year) if h.date.year == year}
    theirs = peer.country_holidays(country, subdiv=SUBDIVISION.get(country), years=year)
    theirs = {d: n for d, n in theirs.items() if d.year == year}
    return ours, theirs


def compare(country: str):
    """Per-country agreement and the list of differences (date, side, name)."""
    ours_all, theirs_all, same_years, diffs = set(), set(), 0, []
    for y in YEARS:
        ours, theirs = year_sets(country, y)
        same_years += set(ours) == set(theirs)
        for d in sorted(set(ours) ^ set(theirs)):
            side = "ours" if d in ours else "holidays"
            diffs.append((d, side, ours.get(d) or theirs.get(d)))
        ours_all |= set(ours)
        theirs_all |= set(theirs)
    both = len(ours_all & theirs_all)
    union = len(ours_all | theirs_all)
    return {
        "both": both,
        "union": union,
        "rate": both / union,
        "same_years": same_years,
        "diffs": diffs,
    }


def explain(country: str, d: date, side: str, name: str) -> list[Known]:
    return [k for k in KNOWN if k.country == country and k.only_in == side and k.matches(d, name)]


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_disagreement_is_explained(country):
    result = compare(country)
    unexplained = [
        f"{d} ({d:%a}) only in {side}: {name}"
        for d, side, name in result["diffs"]
        if not explain(country, d, side, name)
    ]
    assert not unexplained, "\n".join(unexplained)


def test_every_known_difference_still_occurs():
    used = set()
    for country in COUNTRIES:
        for d, side, name in compare(country)["diffs"]:
            used.update(id(k) for k in explain(country, d, side, name))
    stale = [k.reason[:60] for k in KNOWN if id(k) not in used]
    assert not stale, stale


def table() -> str:
    lines = [
        "| country | dates in both / in either | agreement | years with identical sets (of 41) |",
        "|---|---|---|---|",
    ]
    notes = []
    for c in COUNTRIES:
        r = compare(c)
        lines.append(f"| {c} | {r['both']} / {r['union']} | {r['rate']:.1%} | {r['same_years']} |")
        for k in KNOWN:
            if k.country == c:
                n = sum(1 for d, side, name in r["diffs"] if k in explain(c, d, side, name))
                notes.append(f"- **{c}**, {n} date(s) only in {k.only_in}: {k.reason}")
    return "\n".join(lines) + "\n\n" + "\n".join(notes)


if __name__ == "__main__":
    print(table())
