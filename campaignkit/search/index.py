"""One search index per language, each holding only that language's own pages.

The theme's search plugin indexes whatever the current build wrote, and
mkdocs-static-i18n finally merges every language into one file. Each build's
entries are kept here instead, pages shown in English under another language's
folder are left out, and `<lang>/search/search_index.json` is written per language
(the source language at the root) once every language is built.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Iterable

# Sentence and list punctuation that the theme's default separator does not split on, and the zero-width
# space the theme's search plugin puts between Chinese words (cut with jieba when the site is built).
EXTRA_SEPARATORS = "،؛؟۔" + "፡።፣፤፥፦፧" + "，。、；：？！" + "\u200b"
# lunr's Chinese support cuts words with a Node.js library that a browser does not have: Chinese is cut at
# build time instead, and the theme's worker cuts a query on the words the index holds.
NOT_IN_BROWSERS = {"zh"}
INDEX = "search/search_index.json"


class LanguageIndexes:
    def __init__(self, lunr_languages: Iterable[str]):
        self.lunr_languages = set(lunr_languages)  # languages the theme ships a lunr stemmer for
        self.docs: dict[str, list[dict[str, Any]]] = {}
        self.config: dict[str, Any] = {}
        # jieba (imported by the theme's search plugin) reports loading its dictionary on every build that has Chinese.
        logging.getLogger("jieba").setLevel(logging.WARNING)

    def keep(self, code: str, prefix: str, written: str | None, leave_out: set[str]) -> None:
        """Take this build's entries from the index the theme just made (`written`, its JSON)."""
        if written is None:
            return
        data = json.loads(written)
        self.config = data.get("config", {})
        self.docs[code] = [entry for entry in data.get("docs", [])
                           if entry["location"].startswith(prefix) and _page(entry["location"]) not in leave_out]

    def write(self, site_dir: Path, prefixes: dict[str, str]) -> None:
        for code, docs in self.docs.items():
            target = site_dir / prefixes[code] / INDEX
            target.parent.mkdir(parents=True, exist_ok=True)
            index = {"config": self.language_config(code), "docs": docs}
            target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    def language_config(self, code: str) -> dict[str, Any]:
        """lunr's stemmer where the theme has one; otherwise words are matched exactly as written."""
        config = dict(self.config)
        primary = code.split("-")[0]
        separator = config.get("separator", r"[\s\-]+")
        config["separator"] = _with_extra(separator)
        if code == "en":
            config["lang"] = ["en"]
        elif primary in self.lunr_languages:
            config["lang"] = [primary]
        else:
            config["lang"] = ["en"]
            config["pipeline"] = []  # no English stemmer, stop words or trimmer on other languages' words
        return config


def lunr_languages(theme_dirs: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for folder in theme_dirs:
        for path in (Path(folder) / "assets/javascripts/lunr/min").glob("lunr.*.min.js"):
            found.add(path.name.split(".")[1])
    return found - {"stemmer", "multi"} - NOT_IN_BROWSERS


def _page(location: str) -> str:
    return location.split("#", 1)[0]


def _with_extra(separator: str) -> str:
    """Add the extra punctuation to the first character class of the theme's separator."""
    if separator.startswith("[") and "]" in separator:
        return "[" + EXTRA_SEPARATORS + separator[1:]
    return f"[{EXTRA_SEPARATORS}]+|{separator}"


def theme_index(config) -> str | None:
    """This build's index as the theme's search plugin has just written it, taken from the plugin rather
    than the file: every language build writes the same file, and the second half of them is built at
    the same time in another process."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(search, "search_index", None)
    if index is None or not search.config.enabled:
        return None
    return index.generate_search_index(getattr(search, "search_index_prev", None))
