"""Which language versions of a page exist, and where: what the selector, hreflang and the sitemap need.

A page "exists" in a language when its translation is published there (complete, or
partly translated above the language's threshold). A page shown in English under
another language's folder is a fallback: readers can reach it from the selector,
but search engines are never told it is a translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from babel import Locale

from ..translations.languages import Language


@dataclass(frozen=True)
class SiteLanguage:
    code: str  # as in <html lang>: "pl", "zh-Hans"
    endonym: str  # "Polski"
    name: str  # in English: "Polish"
    direction: str  # "ltr" or "rtl"
    prefix: str  # "" for the source language, "pl/" for the others

    def url(self, source_url: str) -> str:
        """The address of a page in this language, from its address in the source language."""
        return f"{self.prefix}{source_url}"


@dataclass(frozen=True)
class Version:
    language: SiteLanguage
    url: str  # relative to the site root: "pl/report-it/"
    published: bool  # translated (or the source itself), not a fallback
    current: bool


class LanguageVersions:
    """Every language of the site, the source language first."""

    def __init__(self, source: str, languages: tuple[Language, ...], published: Callable[[str, str], bool]):
        locale = Locale.parse(source, sep="-")
        self.source = SiteLanguage(source, _capitalised(locale.get_display_name(locale)),
                                   locale.get_display_name("en"), "rtl" if locale.character_order == "right-to-left"
                                   else "ltr", "")
        self.languages = (self.source, *(SiteLanguage(l.code, l.endonym, l.name, l.direction, f"{l.code}/")
                                         for l in languages))
        self._published = published

    def get(self, code: str) -> SiteLanguage:
        return next(language for language in self.languages if language.code == code)

    def source_url(self, url: str, code: str) -> str:
        """A page's address in the source language, from its address in `code`."""
        prefix = self.get(code).prefix
        return url[len(prefix):] if prefix and url.startswith(prefix) else url

    def versions(self, page: str | None, source_url: str, current: str) -> list[Version]:
        """The page (an English source path, such as "report-it.md") in every language."""
        return [Version(language, language.url(source_url),
                        language.code == self.source.code or (page is not None and self._published(language.code, page)),
                        language.code == current)
                for language in self.languages]


def head_links(versions: list[Version], site_url: str, source_url: str) -> list[dict[str, str]] | None:
    """hreflang links for a page that exists in the language shown; None for a fallback page."""
    if not next(version for version in versions if version.current).published:
        return None
    links = [{"hreflang": v.language.code, "href": absolute(site_url, v.url)} for v in versions if v.published]
    return links + [{"hreflang": "x-default", "href": absolute(site_url, source_url)}]


def absolute(site_url: str, url: str) -> str:
    return site_url.rstrip("/") + "/" + url.lstrip("/")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
