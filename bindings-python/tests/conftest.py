from datetime import datetime, timezone

import pytest


def utc(text: str) -> datetime:
    """An aware UTC datetime from 'YYYY-MM-DDTHH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.fixture
def at():
    return utc
