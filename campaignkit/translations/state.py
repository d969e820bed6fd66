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


def loaded(site: Site, code: str, page: str | None) -> bool:
    """Whether the build's memo already holds what `load` gives for this catalogue (or there is none)."""
    path = site.layout.catalogue(code, page)
    return site.memo is None or not path.is_file() or \
        site.memo.has("usable", (path.read_bytes(), site.layout.label(path), code))


@dataclass
class PageState:
    """How much of one page one language has, and whether that is enough to publish it."""

    page: str
    code: str
    total: int
    translated: int
    fuzzy: int
    published: bool = False  # some of it translated, and at least the language's threshold

    @property
    def untranslated(self) -> int:
        return self.total - self.translated - self.fuzzy

    @property
    def percent(self) -> float:
        return 100.0 if self.total == 0 else round(100.0 * self.translated / self.total, 1)

    @property
    def state(self) -> str:
        """"complete", "partial" (some English shows) or "fallback" (the English page is shown)."""
        if not self.published:
            return "fallback"
        return "complete" if self.translated == self.total else "partial"


def page_state(site: Site, code: str, page: str, threshold: int) -> tuple[PageState, list[Problem]]:
    """The counts for one page in one language (not its Markdown: see page_markdown), and the catalogue's problems."""
    if site.memo is None:
        return _page_state(site, code, page, threshold)
    inputs = page_inputs(site, code, page, str(threshold))
    return site.memo.get("page", inputs, lambda: _page_state(site, code, page, threshold))


def page_markdown(site: Site, code: str, page: str) -> str:
    """The page in `code`: every unit with a usable translation translated, the rest in English marked as such."""
    if site.memo is None:
        return _page_markdown(site, code, page)
    return site.memo.get("page-markdown", page_inputs(site, code, page), lambda: _page_markdown(site, code, page))


def kept(site: Site, namespace: str, code: str, page: str, *more: str) -> bool:
    """Whether the build's memo already holds this page's state ("page", with its threshold) or Markdown."""
    return site.memo is None or site.memo.has(namespace, page_inputs(site, code, page, *more))


def page_inputs(site: Site, code: str, page: str, *more: str) -> tuple[str | bytes, ...]:
    """Everything a page's state or Markdown is made from, as its memo key: a changed page or catalogue misses."""
    path = site.layout.catalogue(code, page)
    catalogue = path.read_bytes() if path.is_file() else b""
    return (site.source(page), catalogue, code, page, site.source_language, *more)


def _page_state(site: Site, code: str, page: str, threshold: int) -> tuple[PageState, list[Problem]]:
    translations = load(site, code, page)
    keys = site.keys(page)
    translated = sum(1 for key in keys if translations.get(key) is not None)
    fuzzy = sum(1 for key in keys if translations.get(key) is None and key in translations.fuzzy)
    result = PageState(page, code, len(keys), translated, fuzzy)
    result.published = bool(result.translated) and result.percent >= threshold
    return result, translations.problems


def _page_markdown(site: Site, code: str, page: str) -> str:
    translations = load(site, code, page)
    english = site.source_language
    return translate(site.source(page), lambda text: translations.get((None, text)),
                     mark_english=lambda text: f'<span lang="{english}">{text}</span>')
