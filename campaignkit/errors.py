"""Errors that point at the file and line a person has to fix."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from mkdocs.exceptions import PluginError


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place, worded for the person who edits that file."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{where}: {self.message}"


def short(text: str, limit: int = 60) -> str:
    """A text quoted in a message: on one line, cut with "…" so the message stays readable."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CampaignError(Exception):
    """Raised with every problem found, so one run shows them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self.report())

    def headline(self) -> str:
        count = len(self.problems)
        return f"{'1 problem' if count == 1 else f'{count} problems'} to fix"

    def report(self) -> str:
        return "\n".join([f"{self.headline()}:"] + [f"  - {p}" for p in self.problems])


class CampaignBuildError(PluginError):
    """Stops an MkDocs build with every problem listed, and keeps them for the `campaign` command."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(CampaignError(self.problems).report())


@contextmanager
def stop_build_on_problems() -> Iterator[None]:
    """Inside MkDocs events: a CampaignError becomes a plain build error, not a traceback."""
    try:
        yield
    except CampaignError as error:
        raise CampaignBuildError(error.problems) from None
