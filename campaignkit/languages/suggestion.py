"""The suggestion's sentences, each in its own language, with that language's own name filled in."""

from __future__ import annotations

from typing import Iterable, Mapping

from ..translations.interface import Lookup
from .versions import SiteLanguage
KEYS = ("suggestion", "suggestion_site")  # this page / this site is also available in {language}


def suggestion_texts(languages: Iterable[SiteLanguage], lookups: Mapping[str, Lookup],
                     english: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """{code: {"suggestion": …, "suggestion_site": …}}; the source language has no lookup and keeps the English."""
    found = {}
    for language in languages:
        lookup = lookups.get(language.code, lambda context, text: text)
        found[language.code] = {key: lookup(f"languages.{key}", english[f"languages.{key}"])
                                .replace("{language}", language.endonym) for key in KEYS}
    return found
