"""A number of days in the reader's language ("30 days", "30 dni"), from CLDR through Babel."""

from __future__ import annotations

from babel.units import format_unit


def format_days(count: int, locale: str) -> str:
    """Babel's long form, or its short form where the locale's data has no long one.

    Babel falls back to the unit's code ("30 duration-day") when a locale lacks the long
    pattern (Arabic, Persian and Chinese do), and the short form there is the everyday word.
    """
    long = format_unit(count, "duration-day", length="long", locale=locale)
    return format_unit(count, "duration-day", length="short", locale=locale) if "duration-" in long else long
