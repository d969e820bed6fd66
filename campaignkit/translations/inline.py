"""Inline codes: the protected parts of a text, cut out so a translator's tool can keep them.

A code is either standalone (a [[tag]], {number}, { .md-button }, an HTML tag,
a `code span`) or one end of a pair (the "[" and "]{1}" around a link's text,
the "**" around bold text), so the words inside a link or bold stay
translatable. Every code keeps its exact English text: putting the pieces back
together gives the original character for character, and `difference()` then
checks a translation from XLIFF as it checks one from a PO file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Union

from .placeholders import PATTERNS
from .segments import translate

LINK_NUMBER = re.compile(r"\{(\d+)\}")


@dataclass(frozen=True)
class Code:
    """One protected part of a text."""

    text: str  # exactly as in the English
    disp: str  # what a translator's tool shows in its place
    kind: str  # "link", "image", "bold", or the name of the pattern in placeholders.PATTERNS
    role: str = "standalone"  # or "start" / "end" of a pair
    pair: int = 0  # shared by both ends of a pair


Piece = Union[str, Code]


def pieces(text: str, addresses: Mapping[str, str] | None = None) -> list[Piece]:
    """The text as plain runs and codes, in order; `addresses` gives what {1}, {2}… stand for."""
    addresses = addresses or {}
    spans = _protected(text)
    claimed = [False] * len(text)
    for start, end, _ in spans:
        claimed[start:end] = [True] * (end - start)
    found: list[tuple[int, int, Code]] = []
    pair = 0
    for start, end, kind in spans:
        closing = _link_end(text, start, end, kind, claimed)
        opening = _link_start(text, closing, claimed) if closing is not None else None
        if closing is None or opening is None:
            found.append((start, end, Code(text[start:end], _disp(text[start:end], kind, addresses), kind)))
            continue
        pair += 1
        width = 2 if text[opening] == "!" else 1
        link = "image" if width == 2 else "link"
        label = _link_label(text[closing:end], addresses, link)
        found.append((opening, opening + width, Code(text[opening:opening + width], label, link, "start", pair)))
        found.append((closing, end, Code(text[closing:end], f"end of {link}", link, "end", pair)))
        claimed[opening:opening + width] = [True] * width
        claimed[closing] = True
    found += _bold(text, claimed, pair)
    found.sort(key=lambda item: item[0])
    out: list[Piece] = []
    position = 0
    for start, end, code in found:
        if start > position:
            out.append(text[position:start])
        out.append(code)
        position = end
    if position < len(text):
        out.append(text[position:])
    return out


def join(parts: list[Piece]) -> str:
    """The original text again."""
    return "".join(part.text if isinstance(part, Code) else part for part in parts)


def link_addresses(page: str) -> dict[str, dict[str, str]]:
    """For each unit of an English page with {1}, {2}…: what each number stands for, "(report-it.md)".

    translate-toolkit numbers links and inline HTML per paragraph and puts them back
    from the English; asking it to translate each unit into just its numbers
    shows what they expand to.
    """
    asked: list[tuple[str, list[str]]] = []

    def numbers_only(source: str) -> str | None:
        numbers = LINK_NUMBER.findall(source)
        if not numbers:
            return None
        asked.append((source, numbers))
        return f"\x02{len(asked) - 1}\x03" + "\x03".join(f"{{{number}}}" for number in numbers) + "\x02"

    rendered = translate(page, numbers_only)
    found: dict[str, dict[str, str]] = {}
    for match in re.finditer(r"\x02(\d+)\x03(.*?)\x02", rendered, re.DOTALL):
        source, numbers = asked[int(match.group(1))]
        found[source] = dict(zip(numbers, match.group(2).split("\x03")))
    return found


def _protected(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every protected part, found in the order placeholders.tokens() finds them."""
    spans = []
    rest = text
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(rest):
            spans.append((match.start(), match.end(), kind))
        rest = pattern.sub(lambda match: " " * len(match.group(0)), rest)
    return sorted(spans)


def _link_end(text: str, start: int, end: int, kind: str, claimed: list[bool]) -> int | None:
    """Where the "]…" closing a link's text starts, if this part closes one."""
    if kind == "address":
        return start
    if kind == "placeholder" and LINK_NUMBER.fullmatch(text[start:end]) and start > 0 \
            and text[start - 1] == "]" and not claimed[start - 1]:
        return start - 1
    return None


def _link_start(text: str, closing: int, claimed: list[bool]) -> int | None:
    """The "[" (or "![" for an image) that opens the link text closed at `closing`."""
    depth = 0
    for index in range(closing - 1, -1, -1):
        if claimed[index]:
            continue
        if text[index] == "]":
            depth += 1
        elif text[index] == "[":
            if depth:
                depth -= 1
                continue
            return index - 1 if index > 0 and text[index - 1] == "!" and not claimed[index - 1] else index
    return None


def _link_label(closing: str, addresses: Mapping[str, str], link: str) -> str:
    """'link to report-it.md' (or 'image photo.jpg'), from "](report-it.md)" or what "]{1}" stands for."""
    number = LINK_NUMBER.fullmatch(closing[1:])
    written = addresses.get(number.group(1), "") if number else closing[1:]
    address = written.strip("()").split(" ")[0].strip("<>")
    if not address:
        return link
    return f"link to {address}" if link == "link" else f"image {address}"


def _disp(text: str, kind: str, addresses: Mapping[str, str]) -> str:
    number = LINK_NUMBER.fullmatch(text)
    if kind == "placeholder" and number and addresses.get(number.group(1)):
        return addresses[number.group(1)]
    return text


def _bold(text: str, claimed: list[bool], pair: int) -> list[tuple[int, int, Code]]:
    """'**' marks outside every other code, paired in order; one left over stands alone."""
    marks = [match.start() for match in re.finditer(r"\*\*", text)
             if not claimed[match.start()] and not claimed[match.start() + 1]]
    found = []
    for index in range(0, len(marks) - 1, 2):
        pair += 1
        found.append((marks[index], marks[index] + 2, Code("**", "bold", "bold", "start", pair)))
        found.append((marks[index + 1], marks[index + 1] + 2, Code("**", "end of bold", "bold", "end", pair)))
    if len(marks) % 2:
        found.append((marks[-1], marks[-1] + 2, Code("**", "**", "bold")))
    return found
