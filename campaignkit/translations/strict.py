"""Read a PO catalogue as strictly as GNU gettext (`msgfmt -c`) does, before polib sees it.

polib accepts a msgstr with no closing quote or a file cut off mid-entry and
quietly gives back part of the text, so a page would show a sentence cut off
mid-word. Translators' tools (Poedit, Weblate, msgfmt) refuse such a file; so
does every command here, naming the line and saying what to do in plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import Problem

KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr\[(\d+)\]|msgstr)(?![\w\[])")
PLAIN = re.compile(r'[^"\\\x04]+')
ESCAPES = {"n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "\\": "\\", '"': '"'}
QUOTE_HELP = 'Every text must start and end with a straight double quote ("), and a quote inside the text is written \\".'


@dataclass
class Entry:
    """One message as gettext sees it: its parts, where it starts, and whether it is obsolete (#~)."""

    line: int
    obsolete: bool
    fuzzy: bool = False
    parts: dict[str, list[str]] = field(default_factory=dict)  # keyword → its strings
    lines: dict[str, int] = field(default_factory=dict)  # keyword → line it is on
    order: list[str] = field(default_factory=list)

    def text(self, keyword: str) -> str | None:
        return "".join(self.parts[keyword]) if keyword in self.parts else None

    @property
    def complete(self) -> bool:
        return any(key.startswith("msgstr") for key in self.order)

    @property
    def translations(self) -> list[str]:
        return [self.text(key) or "" for key in self.order if key.startswith("msgstr")]


class Stop(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def check(text: str, label: str) -> list[Problem]:
    """The first thing gettext would refuse in `text` (a whole catalogue), or no problem at all."""
    try:
        entries = _parse(text)
        _check_entries(entries)
    except Stop as stop:
        return [Problem(label, stop.line, stop.message)]
    return []


def _parse(text: str) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    keyword: str | None = None  # the keyword whose strings are being read
    fuzzy_next = False
    lines = text.split("\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r").lstrip(" \t\f\v")
        obsolete = False
        if line.startswith("#~"):
            obsolete, line = True, line[2:].lstrip(" \t")
            if line.startswith("|"):
                continue  # an obsolete entry's earlier English: a comment to gettext's checks
        elif line.startswith("#|"):
            _comment(current, keyword, number)
            keyword = None
            _strings_only(line[2:], number)
            continue
        elif line.startswith("#"):
            _comment(current, keyword, number)
            keyword = None
            if line.startswith("#,") and "fuzzy" in [flag.strip() for flag in line[2:].split(",")]:
                fuzzy_next = True
            continue
        position = 0
        while position < len(line):
            character = line[position]
            if character in " \t\f\v":
                position += 1
                continue
            if character == "#":
                _comment(current, keyword, number)
                keyword = None
                break  # a comment after the text, to the end of the line
            if character == '"':
                value, position = _string(line, position, number)
                if keyword is None or current is None:
                    raise Stop(number, "this text in quotes does not belong to any msgid or msgstr line. "
                                       "It may be left over from a deleted line, or the line before it has lost "
                                       f"its closing quote. {QUOTE_HELP}")
                if obsolete != current.obsolete:
                    raise Stop(number, _mixed_obsolete())
                current.parts[keyword].append(value)
                continue
            match = KEYWORD.match(line, position)
            if match is None:
                word = re.match(r"\S+", line[position:]).group(0)
                raise Stop(number, f"'{_clip(word)}' is not part of a catalogue entry. {_after_quote(line, position)}"
                                   "Each line should start with msgid, msgstr or msgctxt, a # comment, "
                                   "or text in double quotes.")
            name = match.group(1)
            _close(current, keyword)
            started = current
            current, keyword = _start(entries, current, name, obsolete, number, fuzzy_next)
            fuzzy_next = fuzzy_next and current is started
            position = match.end()
    _close(current, keyword)
    if current is not None and not current.complete:
        raise Stop(current.line, "the file ends in the middle of an entry: "
                                 f"{_which(current)} has no msgstr line after it. The file may have been cut off "
                                 "while it was saved or copied: get the whole file again, or add msgstr \"\" "
                                 "after it.")
    return entries


def _close(current: Entry | None, keyword: str | None) -> None:
    """A keyword must have at least one string before anything else comes."""
    if keyword is not None and current is not None and not current.parts[keyword]:
        raise Stop(current.lines[keyword], _no_text(keyword))


def _comment(current: Entry | None, keyword: str | None, number: int) -> None:
    """A comment ends an entry, so one in the middle leaves the entry without its translation."""
    _close(current, keyword)
    if current is not None and not current.complete:
        raise Stop(number, _unfinished(current))


def _start(entries: list[Entry], current: Entry | None, name: str, obsolete: bool, number: int,
           fuzzy: bool) -> tuple[Entry, str]:
    """Begin a keyword's strings, starting a new entry where gettext would."""
    plural = name.startswith("msgstr[")
    begins = current is None or (current.complete and name in ("msgctxt", "msgid"))
    if begins:
        if name not in ("msgctxt", "msgid"):
            raise Stop(number, f"this {name} line has no msgid line (the English text) before it. "
                               "Each translation needs the msgid it translates just above it.")
        current = Entry(number, obsolete, fuzzy)
        entries.append(current)
    assert current is not None
    if obsolete != current.obsolete:
        raise Stop(number, _mixed_obsolete())
    allowed = _next_allowed(current)
    if name not in allowed and not (plural and "msgstr[]" in allowed):
        raise Stop(number, _out_of_place(current, name))
    if plural:
        index = int(name[7:-1])
        expected = sum(1 for key in current.order if key.startswith("msgstr["))
        if index != expected:
            raise Stop(number, f"this line should be msgstr[{expected}]: the plural forms are numbered "
                               "from 0, one after the other.")
    current.order.append(name)
    current.parts[name] = []
    current.lines[name] = number
    return current, name


def _next_allowed(entry: Entry) -> set[str]:
    last = entry.order[-1] if entry.order else None
    if last is None:
        return {"msgctxt", "msgid"}
    if last == "msgctxt":
        return {"msgid"}
    if last == "msgid":
        return {"msgstr", "msgid_plural"}
    if last == "msgid_plural" or last.startswith("msgstr["):
        return {"msgstr[]"}
    return set()


def _string(line: str, start: int, number: int) -> tuple[str, int]:
    """The text of the quoted string starting at `start`, and where it ends."""
    out: list[str] = []
    position = start + 1
    while position < len(line):
        plain = PLAIN.match(line, position)
        if plain:  # a run of ordinary characters at once: most of a catalogue
            out.append(plain.group())
            position = plain.end()
            continue
        character = line[position]
        if character == '"':
            return "".join(out), position + 1
        if character == "\\":
            value, position = _escape(line, position, number)
            out.append(value)
            continue
        if character == "\x04":
            raise Stop(number, "this text holds an invisible control character (U+0004) that catalogues "
                               "cannot hold. Delete it and type the text again.")
        out.append(character)
        position += 1
    raise Stop(number, "the text that starts here has no closing double quote, so the file may have been cut off "
                       f"or a quote deleted. {QUOTE_HELP}")


def _escape(line: str, position: int, number: int) -> tuple[str, int]:
    following = line[position + 1: position + 2]
    if following in ESCAPES:
        return ESCAPES[following], position + 2
    octal = re.match(r"[0-7]{1,3}", line[position + 1:])
    if octal:
        return chr(int(octal.group(0), 8)), position + 1 + octal.end()
    hexa = re.match(r"x([0-9A-Fa-f]+)", line[position + 1:])
    if hexa:
        value = int(hexa.group(1), 16)
        if value == 4:
            raise Stop(number, "this text holds \\x04, a control character catalogues cannot hold. Delete it.")
        return chr(value % 256), position + 1 + hexa.end()
    if not following:
        raise Stop(number, "the text that starts here has no closing double quote: the backslash (\\) at the end "
                           f"hides it. Write a backslash as \\\\. {QUOTE_HELP}")
    raise Stop(number, f"'\\{following}' cannot be used in a catalogue: a backslash starts a special character, "
                       "such as \\n (a line break) or \\\" (a double quote). To show a backslash itself, write \\\\.")


def _strings_only(rest: str, number: int) -> None:
    """A translator's earlier English (#| msgid "…"): gettext checks its quotes too."""
    position = 0
    while position < len(rest):
        if rest[position] in " \t":
            position += 1
        elif rest[position] == '"':
            _, position = _string(rest, position, number)
        else:
            match = KEYWORD.match(rest, position)
            if match is None:
                raise Stop(number, f"this #| line (the earlier English) has text outside the double quotes. "
                                   f"{QUOTE_HELP}")
            position = match.end()


def _check_entries(entries: list[Entry]) -> None:
    seen: dict[tuple[str | None, str], int] = {}
    header: Entry | None = None
    for entry in entries:
        key = (entry.text("msgctxt"), entry.text("msgid") or "")
        if key in seen:
            raise Stop(entry.lines["msgid"], f"{_which(entry)} is in this catalogue twice (first at line "
                                             f"{seen[key]}). Keep one of the two entries and delete the other.")
        seen[key] = entry.lines["msgid"]
        if key == (None, "") and not entry.obsolete:
            header = entry
    if header is None:
        raise Stop(1, "this catalogue has no header (the first entry, with msgid \"\" and the file's settings such "
                      "as its language). Run 'campaign translations extract' to make a new catalogue, then copy "
                      "the translations into it.")
    plural_forms = re.search(r"^Plural-Forms:.*nplurals\s*=\s*(\d+).*plural\s*=", header.text("msgstr") or "",
                             re.MULTILINE)
    for entry in entries:
        if entry.obsolete or entry is header:
            continue
        if "msgid_plural" in entry.parts and plural_forms is None:
            raise Stop(entry.lines["msgid_plural"], "this entry has plural forms but the header has no "
                                                    "Plural-Forms line. Run 'campaign translations extract' to add it.")
        if not entry.fuzzy:
            _check_line_breaks(entry)


def _check_line_breaks(entry: Entry) -> None:
    """gettext's check: the English and every translation all begin, and all end, with a line break or none do."""
    english = [entry.text("msgid") or ""] + ([entry.text("msgid_plural") or ""] if "msgid_plural" in entry.parts else [])
    translations = [text for text in entry.translations if text]
    if not translations:
        return
    for where, test in (("starts", str.startswith), ("ends", str.endswith)):
        wanted = test(english[0], "\n")
        if any(test(text, "\n") != wanted for text in english + translations):
            line = next((entry.lines[key] for key in entry.order if key.startswith("msgstr")), entry.line)
            if wanted:
                raise Stop(line, f"the English of {_which(entry)} {where} with a line break (\\n) and its "
                                 f"translation does not. Make the translation {where[:-1]} with \\n too.")
            raise Stop(line, f"the translation of {_which(entry)} {where} with a line break (\\n) that the English "
                             "does not have (Shift+Enter in Poedit adds one). Pages cannot show it: put it all on "
                             "one line.")


def _which(entry: Entry) -> str:
    text = entry.text("msgid")
    return f'the entry for "{_clip(text)}"' if text else "the header entry"


def _unfinished(entry: Entry) -> str:
    return (f"{_which(entry)} has no msgstr line before this comment. Put comments (#) above the msgid line, "
            'and give every msgid a msgstr, even an empty one (msgstr "").')


def _out_of_place(entry: Entry, name: str) -> str:
    last = entry.order[-1]
    if name == last or (name.startswith("msgstr") and last.startswith("msgstr")):
        return f"{_which(entry)} has a second {name} line. Each entry has one; join the texts or delete one."
    if name == "msgstr" and (last == "msgid_plural" or last.startswith("msgstr[")):
        return f"{_which(entry)} has plural forms, so its translations are written msgstr[0], msgstr[1]…"
    if name.startswith("msgstr[") and last == "msgid":
        return f"{_which(entry)} has no msgid_plural line, so its translation is written msgstr, not {name}."
    if name == "msgid" and last == "msgid":
        return f"{_which(entry)} has no msgstr line before the next msgid. Add msgstr \"\" after it."
    return f"this {name} line is out of place: an entry is msgctxt (if any), then msgid, then msgstr."


def _no_text(keyword: str) -> str:
    return (f"'{keyword}' has no text after it. Write its text in straight double quotes on the same line, "
            'or "" if there is none yet.')


def _mixed_obsolete() -> str:
    return ("this entry is partly marked as no longer used (lines starting #~) and partly not. Start every line "
            "of the entry with #~, or none of them.")


def _after_quote(line: str, position: int) -> str:
    before = line[:position].rstrip()
    if before.endswith('"'):
        return "It comes after a closing quote: if the quote is part of the text, write it as \\\". "
    return ""


def _clip(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
