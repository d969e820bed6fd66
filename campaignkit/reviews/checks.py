"""Review dates checked: a date that cannot be read stops the build; one missing or too old is a warning.

Errors name the page and line, like every other page problem. Warnings come from
`campaign check` only: an old date does not make the page wrong, but someone should
look at its facts again, at the sources the page or helpline names.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable
from urllib.parse import urlsplit

from dateutil.relativedelta import relativedelta

from ..configuration.locate import Locator
from ..configuration.reader import Sink
from ..errors import Problem
from ..helplines.model import Helpline
from ..translations.segments import split_front_matter
from .dates import written_date


def check_review_settings(source: str, file: str) -> list[Problem]:
    """`reviewed` must be a date and `sources` a list of web addresses, each reported at its line."""
    settings, _, _ = split_front_matter(source)
    problems = []
    reviewed = settings.get("reviewed")
    if "reviewed" in settings and not _is_date(reviewed):
        problems.append(Problem(file, _line(source, "reviewed"),
                                f"'reviewed: {reviewed}' is not a date. Write the day the page's facts were last "
                                "checked as YYYY-MM-DD, for example 'reviewed: 2026-12-01'."))
    sources = settings.get("sources")
    if "sources" in settings and not (isinstance(sources, list) and all(_is_address(s) for s in sources)):
        problems.append(Problem(file, _line(source, "sources"),
                                "'sources' must be a list of web addresses starting with https://, each on its own "
                                "line starting with '- ': the places to check this page's facts against."))
    return problems


def page_warnings(pages: Iterable[tuple[str, str]], months: int, today: dt.date) -> list[Problem]:
    """(file label, page text) pairs whose review date is missing or older than `months`."""
    due = today - relativedelta(months=months)
    warnings = []
    for file, source in pages:
        settings, _, _ = split_front_matter(source)
        reviewed = settings.get("reviewed")
        if not _is_date(reviewed):
            if "reviewed" not in settings:
                warnings.append(Problem(file, 1, "the page has no review date. Once its facts are checked, add "
                                                 f"'reviewed: {today.isoformat()}' to the settings at the top."))
            continue
        if reviewed < due:
            where = _sources(settings.get("sources"))
            warnings.append(Problem(file, _line(source, "reviewed"),
                                    f"the page's facts were last reviewed on {written_date(reviewed, 'en')}, more "
                                    f"than {months} months ago. Check them{where}, then change 'reviewed' to the "
                                    "day you checked."))
    return warnings


def helpline_warnings(helplines: Iterable[Helpline], months: int, today: dt.date, config_file: str,
                      locator: Locator) -> list[Problem]:
    """Helplines with no `checked` date or `source`, or a check older than `months`."""
    due = today - relativedelta(months=months)
    sink = Sink(config_file, locator.campaign_block())
    for index, helpline in enumerate(helplines):
        path = ("helplines", index)
        if helpline.checked is None:
            sink.add(path, f"'{helpline.id}' has no 'checked' date. Check its number, hours and cost, then add "
                           f"'checked: {today.isoformat()}'.")
        elif helpline.checked < due:
            where = f" at {helpline.source}" if helpline.source else ""
            sink.add(path + ("checked",), f"'{helpline.id}' was last checked on {written_date(helpline.checked, 'en')}, "
                                          f"more than {months} months ago. Check its number, hours and cost{where}, "
                                          "then update 'checked'.")
        if helpline.source is None:
            sink.add(path, f"'{helpline.id}' has no 'source': add the web address where its number, hours and cost "
                           "can be checked, so the next reviewer knows where to look.")
    return sink.problems


def _is_date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _is_address(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme == "https" and bool(parts.netloc) and " " not in value


def _sources(sources: object) -> str:
    if isinstance(sources, list) and sources:
        return " against " + ", ".join(str(s) for s in sources)
    return ""


def _line(source: str, key: str) -> int:
    for number, text in enumerate(source.splitlines(), start=1):
        if text.startswith(f"{key}:"):
            return number
    return 1
