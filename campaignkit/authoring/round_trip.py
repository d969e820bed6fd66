"""Constructs that do not survive translation, caught in the English before a translator meets them.

Translation cuts a page into paragraphs and puts it back together; a few ways of
writing Markdown come back changed. Each rule below names the fix in plain words,
and a last check renders the page before and after an unchanged round trip and
compares the two.
"""

from __future__ import annotations

import json
import re
from typing import Any, Mapping, Sequence

import markdown

from ..cache import Memo
from ..errors import Problem
from ..translations.segments import ADMONITION, split_front_matter, translate

ATTRIBUTE_LINE = re.compile(r"^[ \t]*\{:?[ \t]*[.#][^}]*\}[ \t]*$")
HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
FENCE = re.compile(r"^[ \t]*(```|~~~)")


def check_constructs(source: str, file: str) -> list[Problem]:
    """Line-by-line rules, each problem with its line in the page."""
    _, body, first = split_front_matter(source)
    lines = body.split("\n")
    problems: list[Problem] = []
    fenced = False
    for index, text in enumerate(lines):
        line = first + index
        if FENCE.match(text):
            fenced = not fenced
        if fenced:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if ADMONITION.match(text) and following.strip():
            problems.append(Problem(file, line, "put an empty line between a box's title line (starting '!!!') "
                                                "and its text, or the title and text run together when translated."))
        if ATTRIBUTE_LINE.match(text) and index > 0 and lines[index - 1].strip():
            problems.append(Problem(file, line, f"'{text.strip()}' is on a line of its own: put it at the end of "
                                                "the line it belongs to (for a button, right after the link), "
                                                "or it is lost when the page is translated."))
        if HARD_BREAK.search(text) and text.strip() and following.strip():
            problems.append(Problem(file, line, "this line ends with a forced line break (two spaces or '\\'), "
                                                "which translation cannot keep: start a new paragraph or list item instead."))
    return problems


def check_round_trip(source: str, file: str, extensions: Sequence[Any], configs: Mapping[str, Any],
                     memo: Memo | None = None) -> list[Problem]:
    """The page must render the same after English → catalogue → Markdown with nothing translated.

    With a memo, a page is checked again only when it or the Markdown settings change.
    """
    if memo is None:
        return _round_trip(source, file, extensions, configs)
    return memo.get("round-trip", round_trip_inputs(source, file, extensions, configs),
                    lambda: _round_trip(source, file, extensions, configs))


def round_trip_inputs(source: str, file: str, extensions: Sequence[Any], configs: Mapping[str, Any]) -> tuple[str, ...]:
    """What a round-trip check is made from, as its memo key."""
    return source, file, json.dumps([list(extensions), dict(configs)], default=_named, sort_keys=True)


def _named(value: Any) -> str:
    """Extensions and functions in the Markdown settings, by what they are rather than where they are in memory."""
    kind = value if callable(value) and not isinstance(value, type) and hasattr(value, "__qualname__") else type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


def _round_trip(source: str, file: str, extensions: Sequence[Any], configs: Mapping[str, Any]) -> list[Problem]:
    try:
        again = translate(source, lambda text: text)
    except Exception as error:  # a page translate-toolkit cannot read at all
        return [Problem(file, 1, f"this page cannot be prepared for translation: {error}")]
    body, again_body = split_front_matter(source)[1], split_front_matter(again)[1]
    if again_body == body:  # the same Markdown renders the same: no need to render it twice
        return []
    before = _html(body, extensions, configs)
    after = _html(again_body, extensions, configs)
    if before == after:
        return []
    line = _first_difference(before, after, source)
    return [Problem(file, line, "this part of the page would change when translated. Write it as plain "
                                "paragraphs, headings, lists and links (see translations/README.md).")]


def _html(text: str, extensions: Sequence[Any], configs: Mapping[str, Any]) -> str:
    return markdown.Markdown(extensions=list(extensions), extension_configs=dict(configs)).convert(text)


def _first_difference(before: str, after: str, source: str) -> int:
    """The page line holding the first text that renders differently, as near as can be told."""
    old, new = before.split("\n"), after.split("\n")
    for a, b in zip(old, new):
        if a != b:
            words = re.sub(r"<[^>]+>", " ", a).split()
            probe = " ".join(words[:4])
            for number, text in enumerate(source.split("\n"), start=1):
                if probe and probe in " ".join(re.sub(r"[*_`\[\]]", "", text).split()):
                    return number
            break
    return 1
