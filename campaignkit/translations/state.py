"""What a language's catalogues can give a build right now, page by page.

Only what a reader can trust is used: a translation that is not fuzzy, not
empty, and keeps every placeholder of the current English. Everything is
measured against the English pages as they are now, so an English edit that
nobody has extracted yet shows as untranslated, never as a stale translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polib

from ..authoring import check_translation_input
from ..errors import Problem, short
from . import catalogue as po
from .placeholders import difference, line_breaks
from .segments import translate
from .site import Site

Key = tuple[str | None, str]


@dataclass
class Usable:
    """One catalogue's translations a build may use, and why others were refused."""

    translations: dict[Key, str] = field(default_factory=dict)
    fuzzy: set[Key] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)

    def get(self, key: Key) -> str | None:
        return self.translations.get(key)


def usable(catalogue: polib.POFile | None, label: str) -> Usable:
    found = Usable()
    for entry in catalogue or []:
        if entry.obsolete or not entry.msgstr.strip():
            continue
        key = (entry.msgctxt, entry.msgid)
        if "fuzzy" in entry.flags:
            found.fuzzy.add(key)
            continue
        if refused := check_translation_input(entry.msgstr, label, entry.linenum, entry.msgid):
            found.problems += refused
            continue
        broken = line_breaks(entry.msgid, entry.msgstr)
        if broken:
            found.problems.append(Problem(label, entry.linenum, f"the translation of \"{short(entry.msgid)}\" "
                                          f"{broken}"))
            continue
        reason = difference(entry.msgid, entry.msgstr)
        if reason:
            found.problems.append(Problem(label, entry.linenum, f"the translation of \"{short(entry.msgid)}\" "
                                          f"does not keep what must stay unchanged: {reason}."))
            continue
        found.translations[key] = entry.msgstr
    return found


def load(site: Site, code: str, page: str | None) -> Usable:
    path = site.layout.catalogue(code, page)
    label = site.layout.label(path)
    if not path.is_file():
        return Usable()
    if site.memo is None:
        return usable(po.read_language(path, label, code), label)
    return site.memo.get("usable", (path.read_bytes(), label, code),
                         lambda: usable(po.read_language(path, label, code), label))


@dataclass
class PageState:
    """How much of one page one language has, and the Markdown to publish if enough."""

    page: str
    code: str
    total: int
    translated: int
    fuzzy: int
    markdown: str | None = None

    @property
    def untranslated(self) -> int:
        return self.total - self.translated - self.fuzzy

    @property
    def percent(self) -> float:
        return 100.0 if self.total == 0 else round(100.0 * self.translated / self.total, 1)

    @property
    def state(self) -> str:
        """"complete", "partial" (some English shows) or "fallback" (the English page is shown)."""
        if self.markdown is None:
            return "fallback"
        return "complete" if self.translated == self.total else "partial"


def page_state(site: Site, code: str, page: str, threshold: int, generate: bool = True) -> tuple[PageState, list[Problem]]:
    if site.memo is None:
        return _page_state(site, code, page, threshold, generate)
    path = site.layout.catalogue(code, page)
    catalogue = path.read_bytes() if path.is_file() else b""
    inputs = (site.source(page), catalogue, code, page, str(threshold), str(generate), site.source_language)
    return site.memo.get("page", inputs, lambda: _page_state(site, code, page, threshold, generate))


def _page_state(site: Site, code: str, page: str, threshold: int, generate: bool) -> tuple[PageState, list[Problem]]:
    translations = load(site, code, page)
    keys = list(dict.fromkeys((None, unit.source) for unit in site.units(page)))
    translated = sum(1 for key in keys if translations.get(key) is not None)
    fuzzy = sum(1 for key in keys if translations.get(key) is None and key in translations.fuzzy)
    result = PageState(page, code, len(keys), translated, fuzzy)
    if generate and result.translated and result.percent >= threshold:
        english = site.source_language
        result.markdown = translate(site.source(page), lambda text: translations.get((None, text)),
                                    mark_english=lambda text: f'<span lang="{english}">{text}</span>')
    return result, translations.problems
