"""Every Python example in docs/ that shows what it prints is run, and its
output must be exactly what the page shows."""

import contextlib
import io
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = re.compile(r"```python\n(.*?)```\n\nprints\n\n```text\n(.*?)```", re.S)

CASES = [
    (page.name, i, code, shown)
    for page in sorted(DOCS.glob("*.md"))
    for i, (code, shown) in enumerate(EXAMPLE.findall(page.read_text(encoding="utf-8")))
]


def test_the_pages_have_examples():
    pages = {page for page, *_ in CASES}
    assert {"sla.md", "triage.md"} <= pages, pages


@pytest.mark.parametrize("page,index,code,shown", CASES, ids=[f"{p}#{i}" for p, i, *_ in CASES])
def test_example_prints_what_the_page_shows(page, index, code, shown):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, f"{page} example {index}", "exec"), {})
    assert out.getvalue() == shown
