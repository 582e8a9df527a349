"""Runs the shared reply vectors (tests/vectors/README.md, section reply)."""

import json
from pathlib import Path

import pytest

import caredesk
from caredesk import ReplyCatalog

VECTORS = sorted((Path(__file__).resolve().parents[2] / "tests" / "vectors" / "reply").glob("*.json"))


def test_vectors_exist():
    assert len(VECTORS) >= 10


def catalog(spec):
    spec = spec or {}
    return ReplyCatalog(spec.get("sources") or None, builtin=spec.get("builtin", True))


def expect_error(err, want):
    assert (err.code, err.field) == (want["code"], want.get("field")), str(err)
    if "message_contains" in want:
        assert want["message_contains"] in str(err)


def render(cat, case):
    options = case.get("options", {})
    return cat.render(case["message_id"], case["locales"], case.get("args", {}), **options)


@pytest.mark.parametrize("path", VECTORS, ids=[p.stem for p in VECTORS])
def test_vector(path):
    v = json.loads(path.read_text(encoding="utf-8"))
    if "catalog_error" in v:
        with pytest.raises(caredesk.CaredeskError) as err:
            catalog(v.get("catalog"))
        expect_error(err.value, v["catalog_error"])
        return
    cat = catalog(v.get("catalog"))
    for case in v["cases"]:
        label = case.get("description", case["message_id"])
        if "error" in case:
            with pytest.raises(caredesk.CaredeskError) as err:
                render(cat, case)
            expect_error(err.value, case["error"])
            continue
        reply = render(cat, case)
        got = json.loads(reply.to_json())
        assert got == reply.to_dict()
        for key, want in case["expect"].items():
            if key == "text_contains":
                for part in want:
                    assert part in reply.text, label
            else:
                assert got[key] == want, f"{label}: {key}"
