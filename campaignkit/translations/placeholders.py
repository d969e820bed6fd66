"""Placeholders: the parts of a text a translation must keep exactly as they are.

Links (translate-toolkit turns most addresses into {1}, {2}…; any it leaves in
the text are protected as they are), attribute lists such as { .md-button }, interface values
such as {number}, helpline and other [[tags]], every number and time of day
(see numbers.py), and Markdown markup (bold, code, links, inline HTML). A translation
that loses, adds or changes one is refused: a broken phone number on a
safety site is worse than a sentence left in English.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from . import numbers

PATTERNS = (
    ("tag", re.compile(r"\[\[[^\[\]]+\]\]")),
    ("address", re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")),  # a link's address, as in [text](report-it.md)
    ("attributes", re.compile(r"\{:?[ \t]*[.#][^{}]*\}")),  # { .md-button }
    ("placeholder", re.compile(r"\{[\w.]+\}")),
    ("html", re.compile(r"</?[a-zA-Z][^<>]*>")),
    ("code", re.compile(r"`[^`]+`")),
)
MARKUP = (("bold", "**"), ("link", "]{"))
LINE_BREAKS = re.compile("\r\n|[\n\r\u2028\u2029\x0b\x0c]")


def line_breaks(source: str, translation: str) -> str | None:
    """Why a translation's line breaks cannot be published, or None.

    A text is one paragraph on the page: a line break the English does not
    have (Shift+Enter in Poedit, a pretty-printed XLIFF target) shows as a
    backslash or breaks the Markdown. gettext's own check refuses the same.
    """
    wanted, found = len(LINE_BREAKS.findall(source)), len(LINE_BREAKS.findall(translation))
    if wanted == found:
        return None
    if wanted == 0:
        return ("has a line break that the English does not have (in Poedit, Shift+Enter adds one). "
                "Pages cannot show it: put it all on one line.")
    return (f"has {found} line break{'s' if found != 1 else ''} where the English has {wanted}. "
            "Keep the line breaks where the English has them.")


def tokens(text: str) -> Counter[str]:
    """Every protected part of `text` except numbers, counted."""
    found: Counter[str] = Counter()
    rest = _without_placeholders(text, found)
    for name, mark in MARKUP:
        if rest.count(mark):
            found[f"{mark} ({name})"] = rest.count(mark)
    return found


def _without_placeholders(text: str, found: Counter[str] | None = None) -> str:
    rest = text
    for kind, pattern in PATTERNS:
        if found is not None:
            for match in pattern.findall(rest):
                found[match] += 1
        rest = pattern.sub(" ", rest)
    return rest


def difference(source: str, translation: str) -> str | None:
    """What the translation changed among the source's protected parts, in plain words, or None."""
    expected, source_rest = _source_side(source)
    actual = tokens(translation)
    missing = [_show(token) for token in (expected - actual).elements()]
    extra = [_show(token) for token in (actual - expected).elements()]
    lost, added = numbers.compare(source_rest, _without_placeholders(translation))
    missing += lost
    extra += added
    parts = []
    if missing:
        parts.append("it is missing " + ", ".join(missing))
    if extra:
        parts.append("it adds " + ", ".join(extra))
    return "; ".join(parts) or None


@functools.lru_cache(maxsize=4096)  # every language's catalogue holds the same English
def _source_side(source: str) -> tuple[Counter[str], str]:
    return tokens(source), _without_placeholders(source)


def listing(source: str) -> list[str]:
    """The protected parts, for a note beside the text in the catalogue."""
    shown = [_show(token) for token in dict.fromkeys(tokens(source).elements())]
    return shown + list(dict.fromkeys(numbers.required(_without_placeholders(source))))


def _show(token: str) -> str:
    if token.startswith("]("):
        return f"the link address '{token[1:]}'"
    return f"'{token}'"


def needs_translation(text: str) -> bool:
    """False for a text that is only tags, placeholders, numbers and punctuation ("[[helplines]]")."""
    rest = text
    for _, pattern in PATTERNS:
        rest = pattern.sub(" ", rest)
    return any(character.isalpha() for character in rest)
