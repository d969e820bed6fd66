"""The example site's languages, read from mkdocs.yml: tests follow the site, not a list of their own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class SiteLanguage:
    code: str
    endonym: str
    direction: str

    @property
    def prefix(self) -> str:
        """Its folder in the built site ("" for English, at the root)."""
        return "" if self.code == "en" else f"{self.code}/"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may use MkDocs' !ENV and !relative tags; they are read as plain values here."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _read() -> tuple[SiteLanguage, ...]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    campaign = next(plugin["campaign"] for plugin in config["plugins"]
                    if isinstance(plugin, dict) and "campaign" in plugin)
    return (SiteLanguage("en", "English", "ltr"),
            *(SiteLanguage(entry["code"], entry["endonym"], entry.get("direction", "ltr"))
              for entry in campaign["languages"]))


ALL = _read()
TRANSLATED = tuple(language for language in ALL if language.code != "en")
CODES = tuple(language.code for language in ALL)
TRANSLATED_CODES = tuple(language.code for language in TRANSLATED)
ENDONYMS = {language.code: language.endonym for language in ALL}
DIRECTIONS = {language.code: language.direction for language in ALL}
PREFIXES = {language.code: language.prefix for language in ALL}
RTL = {language.code for language in ALL if language.direction == "rtl"}
