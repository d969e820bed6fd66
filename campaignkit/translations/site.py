"""One site's translation sources: the English pages, the interface texts and the languages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..cache import Memo
from .catalogue import Layout
from .interface import InterfaceText, interface_texts
from .languages import Language
from .segments import Unit, extract

CATALOGUE_FOLDER = "translations"


@dataclass
class Site:
    docs: Path
    layout: Layout
    languages: tuple[Language, ...]
    strings: Mapping[str, str]
    options: Mapping[str, Any]
    nav: Any
    site_name: str
    site_description: str | None = None
    source_language: str = "en"
    memo: Memo | None = None  # set for builds: results kept between them
    _units: dict[str, list[Unit]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_config(cls, config: Any, languages: tuple[Language, ...], strings: Mapping[str, str],
                    options: Mapping[str, Any]) -> "Site":
        project = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        return cls(docs=Path(config.docs_dir), layout=Layout(project / CATALOGUE_FOLDER), languages=languages,
                   strings=strings, options=options, nav=config.nav, site_name=config.site_name,
                   site_description=config.site_description)

    def pages(self) -> list[str]:
        """English pages, as paths inside docs/ ("report-it.md"); suffixed copies such as x.pl.md are not sources."""
        codes = {language.code for language in self.languages}
        found = []
        for path in sorted(self.docs.rglob("*.md")):
            relative = path.relative_to(self.docs).as_posix()
            suffixes = path.suffixes
            if len(suffixes) > 1 and suffixes[-2].lstrip(".") in codes:
                continue
            found.append(relative)
        return found

    def source(self, page: str) -> str:
        return (self.docs / page).read_text(encoding="utf-8-sig")

    def units(self, page: str) -> list[Unit]:
        if page not in self._units:
            text = self.source(page)
            self._units[page] = self.memo.get("units", (text,), lambda: extract(text)) if self.memo else extract(text)
        return self._units[page]

    def keys(self, page: str | None) -> list[tuple[str | None, str]]:
        """What a catalogue translates, each once, as (context, English): a page's units, or the interface texts
        (`page` None)."""
        if page is None:
            return list(dict.fromkeys((text.context, text.source) for text in self.interface()))
        return list(dict.fromkeys((None, unit.source) for unit in self.units(page)))

    def page_label(self, page: str) -> str:
        return f"{self.docs.name}/{page}"

    def interface(self) -> list[InterfaceText]:
        return interface_texts(self.strings, self.options, self.nav, self.site_name, self.site_description)

    def language(self, code: str) -> Language:
        for language in self.languages:
            if language.code == code:
                return language
        known = ", ".join(language.code for language in self.languages) or "none yet"
        raise KeyError(f"'{code}' is not one of the site's languages (listed under campaign → languages in "
                       f"mkdocs.yml: {known}).")
