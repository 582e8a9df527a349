import pytest

import caredesk
from caredesk import Money


def test_parse_format_and_arithmetic():
    price = Money.parse("19.99", "EUR")
    assert price.minor == 1999 and price.currency == "EUR" and price.exponent == 2
    assert str(price + Money(1, "EUR")) == "20.00 EUR"
    assert str(price * 3) == "59.97 EUR"
    assert (price - Money(999, "EUR")).minor == 1000
    assert Money.parse("1500", "JPY").minor == 1500
    assert Money.from_dict({"minor": 5, "currency": "eur"}) == Money(5, "EUR")
    assert price.to_dict() == {"minor": 1999, "currency": "EUR"}
    assert len({Money(1, "EUR"), Money(1, "EUR")}) == 1


def test_half_even_rounding_of_basis_points():
    assert Money(25, "EUR").percent_bps(1000).minor == 2
    assert Money(35, "EUR").percent_bps(1000).minor == 4
    assert [m.minor for m in Money(100, "EUR").allocate([1, 1, 1])] == [34, 33, 33]


@pytest.mark.parametrize(
    "make, code",
    [
        (lambda: Money(-1, "EUR"), "money.negative"),
        (lambda: Money(1, "EURO"), "money.unknown_currency"),
        (lambda: Money.parse("1.999", "EUR"), "money.precision"),
        (lambda: Money(1, "EUR") + Money(1, "USD"), "money.currency_mismatch"),
        (lambda: Money(1, "EUR") - Money(2, "EUR"), "money.negative"),
        (lambda: Money(2**62, "EUR") * 4, "money.overflow"),
        (lambda: Money.parse("1,50", "EUR"), "input.invalid"),
    ],
)
def test_money_errors(make, code):
    with pytest.raises(caredesk.CaredeskError) as err:
        make()
    assert err.value.code == code
