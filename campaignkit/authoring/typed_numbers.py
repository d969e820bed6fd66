"""Phone numbers typed into a page instead of a helpline tag: a warning at their line.

A number typed by hand is plain text, not a link a reader can tap to call, and
it stays behind when the force updates the number in mkdocs.yml. The tag shows
the number from its one definition, as a link. Numbers are recognised with the
UK numbering plan (phonenumbers), so dates, years, statistics and section
numbers are left alone; a short number such as 101 counts only where the words
before it are about calling, except for the free emergency number, which always does.
"""

from __future__ import annotations

import re
from typing import Iterable

import phonenumbers
from phonenumbers import shortnumberinfo

from ..errors import Problem
from ..helplines.model import Helpline
from ..helplines.numbers import REGION, RELAY_PREFIXES
from .outside_content import without_code

# Parts of a page that are never shown as text: tags, link addresses, HTML, attribute lists, web addresses.
HIDDEN = re.compile(r"\[\[.*?\]\]|\]\([^)]*\)|<!--.*?-->|<[^<>]*>|\{:?[^{}]*\}|\b[a-z][a-z0-9+.-]*://\S+"
                    r"|\S+@\S+|^ {0,3}\[[^\]]+\]:.*$", re.IGNORECASE | re.MULTILINE)
SHORT = re.compile(r"(?<![\w£$€#§.,:/+\-])(\d{3,6})(?: (\d{3}))?(?![\w%£]|[.,:/\-]\d)")
CALLING = re.compile(r"\b(?:call|calls|calling|ring|dial|phone|telephone|text|texting|helpline)\b", re.IGNORECASE)
JUST_BEFORE = re.compile(r"\b(?:on|number|dial|call|ring|text)\W*$", re.IGNORECASE)
RELAY_BEFORE = re.compile(r"(?:^|\s)(1800[12])\s*$")
RELAY_PREFIX = re.compile(r"(?<!\d)1800[12](?=\s*0)")


def typed_numbers(source: str, file: str, helplines: Iterable[Helpline]) -> list[Problem]:
    """Every phone number written as plain text, with the tag that would show it."""
    tags = _tags(helplines)
    text = HIDDEN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), without_code(source))
    warnings = []
    for number, content in enumerate(text.split("\n"), start=1):
        for written, key in _numbers(content):
            warnings.append(Problem(file, number, _message(written, tags.get(key))))
    return warnings


def _tags(helplines: Iterable[Helpline]) -> dict[str, str]:
    """The tag for each configured number, keyed as `_numbers` keys what it finds."""
    found = {}
    for helpline in helplines:
        for which, number in helpline.numbers().items():
            found.setdefault(number.uri_number, f"[[helpline: {helpline.id}{' ' + which if which else ''}]]")
    return found


def _numbers(content: str) -> list[tuple[str, str]]:
    """(number as written, its key) for each phone number on one line."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    # Hide a Relay UK prefix from the matcher, which reads "18001 0300 ..." as one number and drops it.
    unprefixed = RELAY_PREFIX.sub(lambda m: "x" * len(m.group(0)), content)
    for match in phonenumbers.PhoneNumberMatcher(unprefixed, REGION):
        start, key = match.start, phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        relay = RELAY_BEFORE.search(content[:start])
        if relay:
            national = phonenumbers.national_significant_number(match.number)
            start, key = relay.start(1), relay.group(1) + "0" + national
        found.append((start, content[start:match.end], key))
        taken.append((start, match.end))
    for match in SHORT.finditer(content):
        if any(start <= match.start() < end for start, end in taken):
            continue
        key = _short_number(match.group(1) + (match.group(2) or ""))
        written = match.group(0)
        if key is None and match.group(2):
            key, written = _short_number(match.group(1)), match.group(1)
        if key is not None and _meant_as_number(key, content[: match.start()]):
            found.append((match.start(), written, key))
    return [(written, key) for _, written, key in sorted(found)]


def _short_number(digits: str) -> str | None:
    """`digits` as a UK short number (or a Relay UK one) the way a helpline keys it, or None."""
    for prefix in RELAY_PREFIXES:
        if digits.startswith(prefix) and len(digits) > len(prefix):
            inner = _short_number(digits[len(prefix):])
            return prefix + inner if inner else None
    try:
        parsed = phonenumbers.parse(digits, REGION)
    except phonenumbers.NumberParseException:
        return None
    return digits if shortnumberinfo.is_valid_short_number_for_region(parsed, REGION) else None


def _meant_as_number(digits: str, before: str) -> bool:
    """Most three-digit numbers are also short codes: count one only where the text is about calling it."""
    if digits.startswith(RELAY_PREFIXES):
        return True
    free = shortnumberinfo.expected_cost_for_region(phonenumbers.parse(digits, REGION), REGION)
    if shortnumberinfo.is_emergency_number(digits, REGION) and free == shortnumberinfo.ShortNumberCost.TOLL_FREE:
        return True
    words = before.split()[-3:]
    return bool(CALLING.search(" ".join(words)) or JUST_BEFORE.search(before))


def _message(written: str, tag: str | None) -> str:
    start = (f"the phone number {written} is typed into the text, so readers cannot tap it to call, and it would "
             "stay the same here if the number changes in mkdocs.yml.")
    if tag:
        return f"{start} Write {tag} instead: it shows the same number, as a link."
    return (f"{start} It is not one of the helplines in mkdocs.yml: add it under 'helplines' with an id, its name, "
            "hours and cost, then write [[helpline: ID]] here.")
