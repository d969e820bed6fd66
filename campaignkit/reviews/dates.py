"""Review dates as readers see them: their language's way of writing a date, and their calendar.

Babel (CLDR) writes the Gregorian date in each language's own form ("1 grudnia 2026").
Persian readers in Iran and Afghanistan date things by the Solar Hijri calendar, so
their pages give that date first (through jdatetime) with the Gregorian one after it,
as the UK services they deal with use it.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import jdatetime
from babel.dates import format_date
from markupsafe import Markup, escape


def _solar_hijri(date: dt.date) -> str:
    return jdatetime.date.fromgregorian(date=date, locale="fa_IR").strftime("%-d %B %Y")


# Languages whose readers use another calendar first; the Gregorian date follows in brackets.
OTHER_CALENDARS: dict[str, Callable[[dt.date], str]] = {"fa": _solar_hijri}


def written_date(date: dt.date, code: str) -> str:
    """The date in words in the language `code` ("en", "pl", "zh-Hans")."""
    locale = "en_GB" if code == "en" else code.replace("-", "_")
    gregorian = format_date(date, "long", locale=locale)
    other = OTHER_CALENDARS.get(code)
    return f"{other(date)} ({gregorian})" if other else gregorian


def time_element(date: dt.date, code: str) -> Markup:
    """A <time> element, so the date is also machine-readable whatever the calendar shown."""
    return Markup('<time datetime="{}">{}</time>').format(date.isoformat(), escape(written_date(date, code)))
