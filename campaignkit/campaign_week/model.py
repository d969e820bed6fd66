"""The campaign's name and dates, shown on the home page and wherever a page asks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_interval

from ..configuration.reader import Reader


@dataclass(frozen=True)
class CampaignWeek:
    name: str
    start: dt.date
    end: dt.date

    def dates(self, locale: str = "en_GB") -> str:
        """The date range in the reader's language, weekdays included."""
        return format_interval(self.start, self.end, "yMMMMEEEEd", locale=locale)


def read_week(root: Reader) -> CampaignWeek | None:
    section = root.section("week")
    if section is None:
        return None
    section.allow("name", "start", "end")
    name, start, end = section.text("name"), section.date("start"), section.date("end")
    if start and end and end < start:
        section.error("end", f"the campaign ends ({end}) before it starts ({start}).")
        return None
    if None in (name, start, end):
        return None
    return CampaignWeek(name, start, end)
