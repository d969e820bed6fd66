"""Translations: PO catalogues per language, turned into translated pages during the build.

    languages.py     the language list (campaign → languages in mkdocs.yml)
    segments.py      English page → translation units → translated page
    placeholders.py  what a translation must keep unchanged
    catalogue.py     where catalogues live; reading and writing them
    interface.py     the interface catalogue's texts
    extract.py       refresh templates, merge into every language
    state.py         what a build can use from a catalogue
    build.py         what the plugin asks for while building
    status.py        `campaign translations status`
    glossary.py      each language's agreed words for the key terms, checked in status
    exchange.py      `campaign translations export` / `import` (PO, XLIFF 2.0)
    i18n.py          the hook into mkdocs-static-i18n
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(name="translations", folder=Path(__file__).parent, styles=("notices.css",))
