"""The example site's languages, read from mkdocs.yml: tests follow the site, not a list of their own."""

from __future__ import annotations

import re
import shutil
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


def languages_block(text: str) -> tuple[int, int]:
    """Where the campaign's `languages:` list starts and ends in a mkdocs.yml (its entries only)."""
    start = text.index("      languages:\n        - code:")
    end = re.compile(r"^      \S", re.M).search(text, start + len("      languages:\n")).start()
    return start, end


def keep_languages(project: Path, codes: list[str] | tuple[str, ...]) -> None:
    """Leave a copy of the site with English and `codes` only, in mkdocs.yml's order: the others' entries and
    catalogues go, and so does `bilingual` if its language goes."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    start, end = languages_block(text)
    header, *entries = re.split(r"(?m)^(?=        - code: )", text[start:end])
    kept = []
    for entry in entries:
        code = re.match(r"        - code: (\S+)", entry).group(1)
        if code in codes:
            kept.append(entry)
            continue
        shutil.rmtree(project / "translations" / code, ignore_errors=True)
        text = re.sub(rf"(?m)^      bilingual: {re.escape(code)}\n", "", text)
    start, end = languages_block(text)
    config.write_text(text[:start] + (header + "".join(kept) if kept else "") + text[end:], encoding="utf-8")
