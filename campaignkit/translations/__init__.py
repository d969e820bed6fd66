"""Translations: PO catalogues per language, turned into translated pages during the build.

    languages.py     the language list (campaign → languages in mkdocs.yml)
    segments.py      English page → translation units → translated page
    placeholders.py  what a translation must keep unchanged
    numbers.py       numbers and times of day, compared between English and translation
    catalogue.py     where catalogues live; reading and writing them
    strict.py        refuses a catalogue GNU gettext would refuse, with its line
    wrapping.py      lines wrapped at 79 columns, as Poedit, Weblate and msgcat write them
    tags.py          whether a language tag in a file names the site's language
    interface.py     the interface catalogue's texts
    extract.py       refresh templates, merge into every language
    state.py         what a build can use from a catalogue
    build.py         what the plugin asks for while building
    status.py        `campaign translations status`
    glossary.py      each language's agreed words for the key terms, checked in status
    exchange.py      `campaign translations export` / `import` (PO, XLIFF 2.0)
    xliff.py         XLIFF 2.0 files, valid against the OASIS schema
    inline.py        links, bold and tags as XLIFF inline codes
    i18n.py          the hook into mkdocs-static-i18n
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(name="translations", folder=Path(__file__).parent, styles=("notices.css",))
