"""A bilingual site publishes its second language in full, at the same time as English, or not at all."""

from __future__ import annotations

from pathlib import Path

import polib

from ..errors import Problem
from ..translations.site import Site
from ..translations.state import load

Key = tuple[str | None, str]  # (context, English), as catalogues hold them


def incomplete(site: Site, code: str, items: dict[str, list[str]]) -> list[Problem]:
    """One problem for each catalogue of `code` with a text not translated (or only fuzzy), at its first such
    entry. `items` names the printed items each interface context belongs to, so the team knows which."""
    language = site.language(code)
    found: list[Problem] = []
    for page in (None, *site.pages()):
        keys = site.keys(page)
        usable = load(site, code, page)
        missing = [key for key in keys if usable.get(key) is None]
        if not missing:
            continue
        hit = sorted({name for context, _ in missing for name in items.get(context or "", [])})
        also = f" These include texts of the printed {', '.join(hit)}." if hit else ""
        found.append(_problem(site, code, page, missing, len(keys), language.name, also))
    return found


def _problem(site: Site, code: str, page: str | None, missing: list[Key], total: int, name: str,
             also: str) -> Problem:
    path = site.layout.catalogue(code, page)
    what = "the interface" if page is None else f"the page {page}"
    message = (f"'bilingual: {code}' is set, so every page and printed item must be fully in {name}, but {len(missing)} "
               f"of the {total} texts of {what} have no finished translation (empty, or marked fuzzy for review).{also} "
               f"Translate them, or remove 'bilingual' from mkdocs.yml until they are.")
    if not path.is_file():
        message += f" The catalogue does not exist yet: run 'campaign translations extract'."
    return Problem(site.layout.label(path), _line(path, missing[0]), message)


def _line(path: Path, key: Key) -> int | None:
    """The line of the first missing text in its catalogue, where the translator would start."""
    if not path.is_file():
        return None
    for entry in polib.pofile(str(path)):
        if (entry.msgctxt, entry.msgid) == key and not entry.obsolete:
            return entry.linenum
    return None
