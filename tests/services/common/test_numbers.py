"""Numbers and dates as Vietnamese documents print them."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from services.common.numbers import decimal, document_date, percent, thousands


def test_percent_rounds_half_up_to_one_decimal_and_drops_zero() -> None:
    # 13/67 = 19,40…; 52/67 = 77,61…; 1/67 = 1,49… → 1,5; 6/8 = 75; 1/8 = 12,5.
    assert [percent(13, 67), percent(52, 67), percent(1, 67)] == ["19,4%", "77,6%", "1,5%"]
    assert [percent(6, 8), percent(1, 8), percent(0, 8)] == ["75%", "12,5%", "0%"]
    # Half up: 1/16 = 6,25 → 6,3; 1/80 = 1,25 → 1,3; 1/400 = 0,25 → 0,3.
    assert [percent(1, 16), percent(1, 80), percent(1, 400)] == ["6,3%", "1,3%", "0,3%"]
    assert percent(1, 2000) == "0,1%"  # 0,05 → 0,1
    assert percent(0, 0) == "0%"


def test_thousands_with_a_dot() -> None:
    assert [thousands(1730), thousands(999), thousands(1234567)] == ["1.730", "999", "1.234.567"]


def test_decimal_for_the_quota_line() -> None:
    assert decimal(13) == "13,0"
    assert decimal(Fraction(64, 5)) == "12,8"
    assert decimal(Fraction(65, 4)) == "16,25"
    assert decimal(Fraction(1300, 120)) == "10,83"


def test_document_date_has_leading_zeros() -> None:
    assert document_date(dt.date(2022, 1, 7)) == "ngày 07 tháng 01 năm 2022"
    assert document_date(dt.date(2022, 1, 7), "Tiền Giang") == (
        "Tiền Giang, ngày 07 tháng 01 năm 2022")
