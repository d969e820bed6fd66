"""Numbers and times of day a translation must keep.

A changed number on a safety site sends a reader to the wrong phone line or
at the wrong hour ("9pm" translated as "20:00"), so every number that is not
part of a word is compared. What a translator legitimately changes is
allowed for:

- times of day are compared in minutes, so "9pm" may be "21:00", "21.00",
  "21h" or "9" followed by the language's own word for evening;
- digits in other scripts (Arabic-Indic ٩, Persian ۹) count as 0-9;
- "23,411" and "23 411" are the same number, and so are "2.5" and "2,5";
- a small number (under 100, not a time) may be written as a word
  ("2 more times" as "twice", "24 hours a day" as "around the clock"), so it
  may be missing; a number the English does not have is always refused.

Phone numbers, years and other numbers of three or more digits, and times,
must all be there.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

SEPARATORS = {"\u066b": ".", "\u066c": ",", "\u060c": ","}  # Arabic decimal and thousands separators
TOKEN = re.compile(
    r"(?P<clock>(?P<h12>\d{1,2})(?:[:.](?P<m12>\d{2}))?\s?(?P<half>[ap])\.?m\b\.?)"
    r"|(?P<colon>(?P<hc>\d{1,2}):(?P<mc>\d{2})(?![\d:]))"
    r"|(?P<hours>(?P<hh>\d{1,2})\s?h(?P<mh>\d{2})?(?![^\W\d_]))"
    r"|(?P<number>\d+(?:[ \u00a0\u202f,.]\d+)*)",
    re.IGNORECASE,
)
ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)
WORDS = {word: str(value) for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
WORD = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """A number or time as written, and every value it can stand for."""

    written: str
    keys: frozenset[str]
    time: bool
    required: bool

    def show(self) -> str:
        return f"the {'time' if self.time else 'number'} {self.written.strip()}"


def compare(source: str, translation: str) -> tuple[list[str], list[str]]:
    """(numbers the translation lost, numbers it adds), each as the writer typed it."""
    english = _source_numbers(source)
    translated = scan(translation)
    matched = _match(english, translated)
    lost = [item.show() for index, item in enumerate(english) if item.required and index not in matched]
    used = set(matched.values())
    added = [item.show() for index, item in enumerate(translated) if index not in used]
    return lost, added


@functools.lru_cache(maxsize=4096)  # every language's catalogue holds the same English
def _source_numbers(source: str) -> tuple[Found, ...]:
    """The numbers of an English text, with the ones written as words ("seven days")."""
    return tuple(scan(source) + [Found(word, frozenset({f"n{WORDS[word.lower()]}"}), False, False)
                                 for word in WORD.findall(source)])


def required(source: str) -> list[str]:
    """The numbers and times a translation of `source` must keep, for the note beside it."""
    return [item.show() for item in scan(source) if item.required]


def scan(text: str) -> list[Found]:
    """Every number and time in `text` that is not part of a word."""
    text = ascii_digits(text)
    found = []
    for match in TOKEN.finditer(text):
        start, end = match.span()
        if start and _letter(text[start - 1]):
            continue  # part of a word or code: "A1", "mp3", "WCAG22"
        if match.group("clock"):
            hour, minutes = int(match.group("h12")), int(match.group("m12") or 0)
            if 1 <= hour <= 12 and minutes < 60:
                value = (hour % 12) * 60 + minutes + (720 if match.group("half").lower() == "p" else 0)
                found.append(Found(match.group(0), frozenset({f"t{value}"}), True, True))
                continue
        elif match.group("colon"):
            hour, minutes = int(match.group("hc")), int(match.group("mc"))
            if hour <= 24 and minutes < 60:
                found.append(Found(match.group(0), frozenset(_clock(hour, minutes)), True, True))
                continue
        elif match.group("hours"):
            hour, minutes = int(match.group("hh")), int(match.group("mh") or 0)
            if hour <= 24 and minutes < 60:
                keys = _clock(hour, minutes) | ({f"n{hour}"} if not match.group("mh") else set())
                found.append(Found(match.group(0), frozenset(keys), True, False))
                continue
        written = match.group(0)
        if end < len(text) and _letter(text[end]) and not ORDINAL.match(text, end):
            continue
        value = _value(written)
        keys = {f"n{value}"}
        hour_and_minutes = re.fullmatch(r"(\d{1,2})\.(\d{2})", value)
        if hour_and_minutes and int(hour_and_minutes.group(1)) <= 24 and int(hour_and_minutes.group(2)) < 60:
            keys |= _clock(int(hour_and_minutes.group(1)), int(hour_and_minutes.group(2)))
        elif value.isdigit() and int(value) <= 24:
            keys |= _clock(int(value), 0)
        digits = sum(character.isdigit() for character in value)
        found.append(Found(written, frozenset(keys), False, digits >= 3))
    return found


def ascii_digits(text: str) -> str:
    """Digits of any script as 0-9, and Arabic number separators as . and ,."""
    text = re.sub(r"\d", lambda match: str(unicodedata.decimal(match.group(0), match.group(0))), text)
    return text.translate(str.maketrans(SEPARATORS))


def _clock(hour: int, minutes: int) -> set[str]:
    """A time on the 24-hour clock, or on the 12-hour clock with the language's own word for morning or evening."""
    keys = {f"t{(hour % 24) * 60 + minutes}"}
    if 1 <= hour <= 12:
        keys |= {f"t{(hour % 12) * 60 + minutes}", f"t{(hour % 12) * 60 + minutes + 720}"}
    return keys


def _value(written: str) -> str:
    """One spelling per number: "23,411", "23 411" → "23411"; "2,5", "2.5" → "2.5"; "0800 555 111" → "0800555111"."""
    parts = re.split(r"([ \u00a0\u202f,.])", written)
    value = parts[0]
    for separator, group in zip(parts[1::2], parts[2::2]):
        value += group if separator in " \u00a0\u202f" or len(group) == 3 else "." + group
    return value


def _letter(character: str) -> bool:
    """A character that makes a number beside it part of a word ("A1", "mp3"). Chinese and Japanese write
    words without spaces, so a number may touch a character of theirs and still stand alone ("拨打999")."""
    if _SPACELESS.match(character):
        return False
    return character.isalpha() or unicodedata.category(character) in ("Mn", "Mc")


_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # kana and Han


def _match(english: Sequence[Found], translated: list[Found]) -> dict[int, int]:
    """Pair the English numbers with the translation's: the required ones first, then every other."""
    owner: dict[int, int] = {}  # english index → translated index

    def augment(start: int, seen: set[int], from_english: bool) -> bool:
        if from_english:
            for index, item in enumerate(translated):
                if index in seen or not english[start].keys & item.keys:
                    continue
                seen.add(index)
                holder = next((e for e, t in owner.items() if t == index), None)
                if holder is None or augment(holder, seen, True):
                    owner[start] = index
                    return True
            return False
        for index, item in enumerate(english):
            if index in seen or not item.keys & translated[start].keys:
                continue
            seen.add(index)
            if index not in owner:
                owner[index] = start
                return True
            previous = owner[index]
            if augment(previous, seen, False):  # the same `seen`: a number written twice cannot chase itself
                owner[index] = start
                return True
        return False

    for index, item in enumerate(english):
        if item.required:
            augment(index, set(), True)
    for index in range(len(translated)):
        if index not in owner.values():
            augment(index, set(), False)
    return owner
