"""The input checks a page and a translated text share, so the build and `campaign check` run the same."""

from __future__ import annotations

import functools

from ..errors import Problem
from .invisible import check_invisible, invisible_in
from .outside_content import check_outside_content


def check_page_input(source: str, file: str) -> list[Problem]:
    """An English page: content from other websites, scripts and invisible characters, each at its line."""
    return check_outside_content(source, file) + check_invisible(source, file)


def check_translation_input(text: str, file: str, line: int, english: str = "") -> list[Problem]:
    """One translated text, reported at its line in the catalogue.

    What the English text already has is left to the check of the English page, which
    names the line to fix there instead of blaming every language's translator.
    """
    inherited = _english_messages(english)
    outside = [p for p in check_outside_content(text, file, line=line) if p.message not in inherited]
    return outside + check_invisible(text, file, line=line, ignore=invisible_in(english))


@functools.lru_cache(maxsize=4096)  # every language's catalogue holds the same English
def _english_messages(english: str) -> frozenset[str]:
    return frozenset(problem.message for problem in check_outside_content(english, ""))
