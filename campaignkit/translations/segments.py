"""Cut an English page into translation units, and put a page back together from them.

translate-toolkit's Markdown reader does the paragraph work (links become {1}
placeholders restored from the English). It does not know MkDocs admonitions or
page settings, so those are handled here: an admonition's title is a unit of its
own and its indented body is read as Markdown in its own right; the page title
and description are units; every other page setting is kept as it is.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Callable

import yaml

from .placeholders import needs_translation

FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
ADMONITION = re.compile(r'^(?P<indent>[ \t]*)(?P<marker>!!!|\?\?\?\+?)[ \t]+(?P<type>[\w-]+)(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')
TRANSLATED_SETTINGS = ("title", "description")

Lookup = Callable[[str], "str | None"]  # English -> translation, or None when there is none to use


@dataclass(frozen=True)
class Unit:
    """One thing to translate: its English text and the page line it starts on."""

    source: str
    line: int
    setting: str = ""  # "title" or "description" for page settings, else empty


def extract(page: str) -> list[Unit]:
    """Every unit of a page that has words to translate, in reading order, duplicates included."""
    found: list[Unit] = []
    settings, body, offset = split_front_matter(page)
    for key in TRANSLATED_SETTINGS:
        value = settings.get(key)
        if isinstance(value, str) and value.strip():
            found.append(Unit(value.strip(), _setting_line(page, key), key))

    def collect(text: str, line: int, kind: str) -> str:
        if needs_translation(text):
            found.append(Unit(text, line))
        return text

    _walk(body, offset, collect)
    return found


def translate(page: str, lookup: Lookup, mark_english: Callable[[str], str] | None = None) -> str:
    """The page with every unit translated by `lookup`; where it has nothing, the English stays.

    `mark_english` wraps English left in running text (to give it lang="en"); page
    settings and box titles are plain text and stay unmarked.
    """
    settings, body, offset = split_front_matter(page)
    out = ""
    if settings:
        translated = {key: ((lookup(value.strip()) or value) if key in TRANSLATED_SETTINGS and isinstance(value, str)
                            else value)
                      for key, value in settings.items()}
        out = "---\n" + yaml.safe_dump(translated, allow_unicode=True, sort_keys=False, width=10_000) + "---\n\n"

    def visit(text: str, line: int, kind: str) -> str:
        if not needs_translation(text):
            return text
        found = lookup(text)
        if found is not None:
            return found
        return mark_english(text) if mark_english and kind == "body" else text

    return out + _walk(body, offset, visit)


def split_front_matter(page: str) -> tuple[dict, str, int]:
    """(settings, body, line number of the body's first line)."""
    match = FRONT_MATTER.match(page)
    if not match:
        return {}, page, 1
    try:
        settings = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        settings = {}  # the page check reports broken settings with their line; nothing to translate here
    return (settings if isinstance(settings, dict) else {}), page[match.end():], match.group(0).count("\n") + 1


def _setting_line(page: str, key: str) -> int:
    for number, text in enumerate(page.splitlines(), start=1):
        if text.startswith(f"{key}:"):
            return number
    return 1


def _walk(body: str, first_line: int, visit: Callable[[str, int, str], str]) -> str:
    """Translate plain Markdown runs with translate-toolkit and admonitions piece by piece."""
    lines = body.split("\n")
    out: list[str] = []
    plain: list[str] = []
    plain_start = 0
    index = 0

    def flush() -> None:
        if plain:
            out.append(_markdown(plain, first_line + plain_start, visit))
            plain.clear()

    while index < len(lines):
        match = ADMONITION.match(lines[index])
        if not match:
            if not plain:
                plain_start = index
            plain.append(lines[index])
            index += 1
            continue
        flush()
        indent = match.group("indent")
        header = f'{indent}{match.group("marker")} {match.group("type")}'
        if match.group("title"):
            header += f' "{visit(match.group("title"), first_line + index, "title")}"'
        inner_indent = indent + "    "
        end = index + 1
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith(inner_indent)):
            end += 1
        while end > index + 1 and not lines[end - 1].strip():  # trailing blank lines belong outside
            end -= 1
        inner = [text[len(inner_indent):] for text in lines[index + 1:end]]
        lead = 0
        while lead < len(inner) and not inner[lead].strip():
            lead += 1
        translated = _walk("\n".join(inner[lead:]), first_line + index + 1 + lead, visit)
        block = [header, *([""] * lead)]
        block += [(inner_indent + text) if text.strip() else "" for text in translated.rstrip("\n").split("\n")]
        out.append("\n".join(block))
        index = end
    flush()
    # Blocks are separated by one blank line, as Markdown needs after a list or an admonition.
    return "\n\n".join(part.strip("\n") for part in out if part.strip()) + "\n"


def markdown_reader() -> type:
    """translate-toolkit's Markdown reader, imported on first use: the import takes a sixth of a second
    (mistletoe lists every Unicode punctuation mark), which a build from its cache never needs."""
    from translate.storage.markdown import MarkdownFile

    return MarkdownFile


def _markdown(lines: list[str], first_line: int, visit: Callable[[str, int, str], str]) -> str:
    text = "\n".join(lines)
    if not text.strip():
        return text + ("\n" if lines else "")
    MarkdownFile = markdown_reader()  # noqa: N806 (a class)

    # No second lookup: translate-toolkit would otherwise offer every paragraph with a
    # link a second time with the link written out, and that copy would become a unit.
    reader = MarkdownFile(callback=lambda source: source, lookup_callback=_no_translation)
    reader.callback = lambda source: visit(source, first_line + _line_of(reader, source), "body")
    reader.parse(text.encode("utf-8"))
    return reader.filesrc


def _no_translation(source: str) -> None:
    return None


def _line_of(reader, source: str) -> int:
    """The line (counted from 0) of the unit just read; translate-toolkit records it as ':N'."""
    for unit in reversed(reader.units):
        if unit.source == source:
            location = (unit.getlocations() or [":1"])[-1]
            return int(location.rsplit(":", 1)[-1]) - 1
    return 0
