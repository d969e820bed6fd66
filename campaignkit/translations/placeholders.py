"""Placeholders: the parts of a text a translation must keep exactly as they are.

Links (translate-toolkit turns most addresses into {1}, {2}…; any it leaves in
the text are protected as they are), attribute lists such as { .md-button }, interface values
such as {number}, helpline and other [[tags]], phone numbers and other long
numbers, and Markdown markup (bold, code, links, inline HTML). A translation
that loses, adds or changes one is refused: a broken phone number on a
safety site is worse than a sentence left in English.
"""

from __future__ import annotations

import re
from collections import Counter

PATTERNS = (
    ("tag", re.compile(r"\[\[[^\[\]]+\]\]")),
    ("address", re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")),  # a link's address, as in [text](report-it.md)
    ("attributes", re.compile(r"\{:?[ \t]*[.#][^{}]*\}")),  # { .md-button }
    ("placeholder", re.compile(r"\{[\w.]+\}")),
    ("html", re.compile(r"</?[a-zA-Z][^<>]*>")),
    ("code", re.compile(r"`[^`]+`")),
)
# Three or more digits, with the spaces phone numbers are written with: "0800 555 111", "999", "17,004".
NUMBER = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d+)*")
MARKUP = (("bold", "**"), ("link", "]{"))


def tokens(text: str) -> Counter[str]:
    """Every protected part of `text`, counted."""
    found: Counter[str] = Counter()
    rest = text
    for kind, pattern in PATTERNS:
        for match in pattern.findall(rest):
            found[match] += 1
        rest = pattern.sub(" ", rest)
    for match in NUMBER.findall(rest):
        digits = re.sub(r"\D", "", match)
        if len(digits) >= 3:
            found[digits] += 1
    for name, mark in MARKUP:
        if rest.count(mark):
            found[f"{mark} ({name})"] = rest.count(mark)
    return found


def difference(source: str, translation: str) -> str | None:
    """What the translation changed among the source's protected parts, in plain words, or None."""
    expected, actual = tokens(source), tokens(translation)
    if expected == actual:
        return None
    missing = list((expected - actual).elements())
    extra = list((actual - expected).elements())
    parts = []
    if missing:
        parts.append("it is missing " + ", ".join(_show(token, source) for token in missing))
    if extra:
        parts.append("it adds " + ", ".join(_show(token, translation) for token in extra))
    return "; ".join(parts)


def listing(source: str) -> list[str]:
    """The protected parts, for a note beside the text in the catalogue."""
    return [_show(token, source) for token in dict.fromkeys(tokens(source).elements())]


def _show(token: str, text: str) -> str:
    """A token as the writer typed it: numbers with their own spacing."""
    if token.startswith("]("):
        return f"the link address '{token[1:]}'"
    if not token.isdigit():
        return f"'{token}'"
    written = next((match for match in NUMBER.findall(text) if re.sub(r"\D", "", match) == token), token)
    return f"the number {written}"


def needs_translation(text: str) -> bool:
    """False for a text that is only tags, placeholders, numbers and punctuation ("[[helplines]]")."""
    rest = text
    for _, pattern in PATTERNS:
        rest = pattern.sub(" ", rest)
    return any(character.isalpha() for character in rest)
