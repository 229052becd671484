"""Numbers and dates as Vietnamese documents print them (rules.md, "Percentages and numbers").

Decimal comma, thousands with a dot (1.730), percentages rounded half up to one decimal with ",0"
dropped (19,4%, 75%), dates as "ngày 07 tháng 01 năm 2022". Integer arithmetic throughout: a
percentage is for display, never for deciding.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from services.common.errors import Refusal


def thousands(value: int) -> str:
    """1730 → "1.730"; -1730 → "-1.730"."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def percent(part: int, whole: int) -> str:
    """`part` of `whole` as "19,4%": half up to one decimal, ",0" dropped; "0%" of nothing."""
    if whole <= 0:
        return "0%"
    tenths = (part * 2000 + whole) // (2 * whole)  # round(part * 1000 / whole), half up
    return _tenths(tenths) + "%"


def _tenths(tenths: int) -> str:
    sign = "-" if tenths < 0 else ""
    whole, tenth = divmod(abs(tenths), 10)
    return sign + thousands(whole) + (f",{tenth}" if tenth else "")


def decimal(value: Fraction | int, places: int = 1) -> str:
    """An exact value with a decimal comma and at least `places` decimals: 13 → "13,0",
    64/5 → "12,8", 65/4 → "16,25"; a value not exact in two decimals is rounded half up to two
    ("10,83")."""
    value = Fraction(value)
    last = max(places, 2)
    for digits in range(places, last + 1):
        scaled = value * 10**digits
        if scaled.denominator == 1 or digits == last:
            rounded = (2 * scaled.numerator + scaled.denominator) // (2 * scaled.denominator)
            sign = "-" if rounded < 0 else ""
            whole, frac = divmod(abs(rounded), 10**digits)
            return f"{sign}{thousands(whole)},{frac:0{digits}d}"
    raise AssertionError("unreachable")


def document_date(day: dt.date, place: str = "") -> str:
    """"ngày 07 tháng 01 năm 2022", or "Tiền Giang, ngày 07 tháng 01 năm 2022" with a place."""
    text = f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"{place}, {text}" if place else text


def short_date(day: dt.date) -> str:
    """"08/09/2021" (day/month/year), as dates are written in a roster."""
    return f"{day:%d/%m/%Y}"


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?")


def parse_date(text: str) -> dt.date:
    """A date as a roster or a person writes it: "8/9/2021", "08-09-2021", "08.09.2021" (day
    first, the Vietnamese way) or ISO "2021-09-08" (a spreadsheet date); a Refusal otherwise."""
    text = text.strip()
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise Refusal(f"“{text}” không phải ngày dạng ngày/tháng/năm")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Refusal(f"ngày “{text}” không có thật") from None
