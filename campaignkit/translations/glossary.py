"""Glossaries: one agreed word for each key term, per language, and every translation held to it.

`translations/glossary.yml` lists the terms (in English, with what they mean here)
and the names that stay in English everywhere. `translations/<code>/glossary.yml`
gives each term in that language: the preferred wording, the forms a sentence may
use (a regular expression, for languages whose words change with grammar), and
wordings to avoid. `campaign translations status` then lists each translated text
whose English uses a term but whose translation does not use the agreed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import polib
import yaml

from ..errors import CampaignError, Problem, short
from . import catalogue as po
from .placeholders import PATTERNS
from .site import Site

FILE = "glossary.yml"


@dataclass(frozen=True)
class Term:
    id: str
    english: re.Pattern[str] | None  # where the English uses the term; None for theme labels, not in catalogues
    note: str = ""


@dataclass(frozen=True)
class Rendering:
    """One language's agreed wording for a term."""

    term: str  # the preferred wording, for translators to copy
    forms: re.Pattern[str]  # every form a sentence may use (cases, plurals, with prefixes)
    avoid: tuple[str, ...] = ()  # wordings that mislead and must not be used


@dataclass
class Glossary:
    names: tuple[str, ...]
    terms: tuple[Term, ...]
    languages: dict[str, dict[str, Rendering]] = field(default_factory=dict)
    gaps: list[Problem] = field(default_factory=list)  # languages or terms the glossaries do not give yet

    def misses(self, code: str, label: str, entries: Iterable[polib.POEntry]) -> list[Problem]:
        """Translated texts in one catalogue that leave the agreed wording aside or use a wording to avoid."""
        renderings = self.languages.get(code, {})
        found = []
        for entry in entries:
            if entry.obsolete or not entry.msgstr.strip() or "fuzzy" in entry.flags:
                continue
            english = self._without_names(entry.msgid)
            for term in self.terms:
                rendering = renderings.get(term.id)
                if rendering is None or term.english is None or not term.english.search(english):
                    continue
                if not rendering.forms.search(entry.msgstr):
                    found.append(Problem(label, entry.linenum, f"the English uses the term '{term.id}', but the "
                                         f"translation does not use the glossary's '{rendering.term}' "
                                         f"(in \"{short(entry.msgid, 50)}\")."))
                for wording in rendering.avoid:
                    if wording in entry.msgstr:
                        found.append(Problem(label, entry.linenum, f"the glossary says not to write '{wording}' for "
                                             f"'{term.id}'; use '{rendering.term}' (in \"{short(entry.msgid, 50)}\")."))
        return found

    def _without_names(self, text: str) -> str:
        """The English a reader sees as words: no names kept in English, no tags, links' addresses or markup."""
        for _, pattern in PATTERNS:
            text = pattern.sub(" ", text)
        for name in self.names:
            text = text.replace(name, " ")
        return text


def load(site: Site) -> Glossary | None:
    """The site's glossary and each language's, or None if the site keeps no glossary."""
    root = site.layout.root
    master = root / FILE
    if not master.is_file():
        return None
    data = _read(master, site)
    terms = tuple(_term(item, master, site) for item in data.get("terms") or [])
    glossary = Glossary(tuple(data.get("names") or ()), terms)
    for language in site.languages:
        path = root / language.code / FILE
        if not path.is_file():
            glossary.gaps.append(Problem(site.layout.label(path), None, f"there is no glossary for {language.name}. "
                                         f"Copy another language's {FILE} and give every term in {language.name}."))
            continue
        glossary.languages[language.code], found = _renderings(_read(path, site), terms, path, site)
        glossary.gaps += found
    return glossary


def check(site: Site, glossary: Glossary, code: str) -> list[Problem]:
    """Every catalogue of one language against its glossary, after what that glossary itself lacks."""
    label = site.layout.label(site.layout.root / code / FILE)
    problems = [gap for gap in glossary.gaps if gap.file == label]
    for page in [None, *site.pages()]:
        path = site.layout.catalogue(code, page)
        if path.is_file():
            label = site.layout.label(path)
            problems += glossary.misses(code, label, po.read(path, label))
    return problems


def _read(path: Path, site: Site) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise CampaignError([Problem(site.layout.label(path), mark.line + 1 if mark else None,
                                     "the glossary cannot be read: check the indentation and that any text with "
                                     "':' or '#' is in quotes.")]) from None
    return data if isinstance(data, dict) else {}


def _term(item: dict, path: Path, site: Site) -> Term:
    english = _pattern(rf"\b(?:{item['en']})\b", path, site, item["id"]) if item.get("en") else None
    return Term(str(item["id"]), english, item.get("note", ""))


def _renderings(data: dict, terms: tuple[Term, ...], path: Path, site: Site) -> tuple[dict[str, Rendering], list[Problem]]:
    given = data.get("terms") or {}
    label = site.layout.label(path)
    problems = [Problem(label, None, f"the term '{term.id}' is missing: give its agreed wording (term) and the "
                                     "forms a sentence may use (forms).")
                for term in terms if term.id not in given]
    found = {}
    for term_id, item in given.items():
        if not isinstance(item, dict) or not item.get("term"):
            problems.append(Problem(label, None, f"'{term_id}' needs a 'term': the agreed wording."))
            continue
        forms = item.get("forms") or re.escape(item["term"])
        found[term_id] = Rendering(item["term"], _pattern(forms, path, site, term_id), tuple(item.get("avoid") or ()))
    return found, problems


def _pattern(text: str, path: Path, site: Site, term_id: str) -> re.Pattern[str]:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as error:
        raise CampaignError([Problem(site.layout.label(path), None,
                                     f"the forms of '{term_id}' are not a valid pattern ({error}).")]) from None
