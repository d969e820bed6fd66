"""Invisible characters: direction controls and other format characters nobody can see in an editor.

They arrive with text pasted from a web page, a PDF or a word processor. A
direction control (U+202A-U+202E, U+2066-U+2069) can show a phone number's digits
in the wrong order; a zero width space splits a word or a number so that search
and phones no longer recognise it. The engine sets the direction of each
language and of every number it shows, so the text never needs either.

Kept, because languages need them: the zero width non-joiner and joiner (Persian,
Arabic and Indic scripts, emoji), the soft hyphen (a visible hyphenation point),
and the left-to-right, right-to-left and Arabic letter marks that right-to-left
translators use to keep punctuation beside a Latin word. Those marks only affect
the spaces and punctuation around them, never text the engine isolates, but
between two digits they reorder a number, so there they are refused too.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..errors import Problem

DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
NEEDED = frozenset("\u200c\u200d\u00ad")
MARKS = frozenset("\u200e\u200f\u061c")
FLAG = "\U0001f3f4"  # the flags of England, Scotland and Wales are this, tag letters, then CANCEL TAG
TAG_LETTERS = re.compile("\U0001f3f4[\U000e0020-\U000e007f]+")
MARK_IN_NUMBER = re.compile(r"\d[ \u00a0.,-]*[\u200e\u200f\u061c]+[ \u00a0.,-]*\d")


def check_invisible(text: str, file: str, first_line: int = 1, *, line: int | None = None,
                    ignore: frozenset[str] = frozenset()) -> list[Problem]:
    """One problem per line holding characters to delete, each named as Unicode names it.

    `line` gives every problem the same line (a translation, whose catalogue line is known);
    characters in `ignore` are reported elsewhere (in the English a translation copies).
    """
    problems: list[Problem] = []
    for number, content in enumerate(text.split("\n"), start=first_line):
        found = [c for c in _found(content, at_start=number == first_line) if c not in ignore]
        if found:
            where = "this translation" if line else "this line"
            problems.append(Problem(file, line or number, _message(found, content, where)))
    return problems


@functools.lru_cache(maxsize=4096)  # asked of the same English for every language
def invisible_in(text: str) -> frozenset[str]:
    """The characters `check_invisible` would refuse in `text`."""
    return frozenset(c for content in text.split("\n") for c in _found(content, at_start=False))


def _found(content: str, at_start: bool) -> list[str]:
    if content.isascii() or not any(unicodedata.category(c) == "Cf" for c in set(content) if not c.isascii()):
        return []  # ASCII has no format characters; each other character is looked up once, not at each place
    flags = {i for m in TAG_LETTERS.finditer(content) for i in range(m.start(), m.end())}
    in_numbers = {i for m in MARK_IN_NUMBER.finditer(content) for i in range(m.start(), m.end())}
    found: list[str] = []
    for index, character in enumerate(content):
        if unicodedata.category(character) != "Cf" or character in NEEDED or index in flags:
            continue
        if character == "\ufeff" and index == 0 and at_start:
            continue  # a byte order mark at the very start of a file is how some editors save UTF-8
        if character in MARKS and index not in in_numbers:
            continue
        if character not in found:
            found.append(character)
    return found


def _message(found: list[str], content: str, where: str) -> str:
    names = " and ".join(f"{unicodedata.name(c, 'FORMAT CHARACTER')} (U+{ord(c):04X})" for c in found)
    it = "them" if len(found) > 1 else "it"
    visible = "".join(c for c in content if c not in found).strip()
    near = f' It is in: "{_short(visible)}".' if visible else ""
    if any(c in DIRECTION_CONTROLS or c in MARKS for c in found):
        why = ("A character like this changes the order in which text and numbers are shown, so a phone number "
               "can appear with its digits the wrong way round. The site already sets the direction of each "
               "language, and of the phone numbers and addresses its tags show, so the text never needs one.")
    else:
        why = ("A character like this can split a word or a number, so that search and phones no longer "
               "recognise it. It usually comes with text copied from a web page, a PDF or a word processor.")
    has = "invisible characters" if len(found) > 1 else "an invisible character"
    return (f"{where} has {has} you cannot see in an editor: {names}. {why}{near} "
            f"Delete {it}: retype the words around {it}, or paste the text into a plain text editor first.")


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
