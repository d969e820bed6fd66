"""The theme's own labels ("Search", "Skip to content") in languages the theme has no pack for.

Material looks for `partials/languages/<theme.language>.html`; a language it lacks
(Tigrinya, Somali, Pashto) would stop the build. For those, a pack is made here
from `packs/<code>.yml`, and any label the file lacks falls back to English
through Material's own `partials/language.html`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

import yaml

PACKS = Path(__file__).parent / "packs"
TEMPLATE = "partials/languages/{}.html"
THEME_NAMES = {"zh-Hans": "zh"}  # Material's "zh" pack is Simplified Chinese
KEYS = (
    "action.skip", "clipboard.copy", "clipboard.copied", "footer", "footer.next", "footer.previous", "header", "nav",
    "search", "search.placeholder", "search.reset", "search.result.initializer", "search.result.placeholder",
    "search.result.none", "search.result.one", "search.result.other", "search.result.more.one",
    "search.result.more.other", "search.result.term.missing", "select.language", "toc", "top",
)


def theme_has(name: str, theme_dirs: Iterable[str]) -> bool:
    return any((Path(folder) / TEMPLATE.format(name)).is_file() for folder in theme_dirs)


def theme_language(code: str, theme_dirs: Iterable[str]) -> str:
    """The pack name to give the theme: its own pack where it has one, else ours (served by `loader`)."""
    dirs = list(theme_dirs)
    if theme_has(code, dirs) or (PACKS / f"{code}.yml").is_file():
        return code
    if code in THEME_NAMES:
        return THEME_NAMES[code]
    primary = code.split("-")[0]
    if theme_has(primary, dirs):
        return primary
    from ..translations.languages import cldr_locale  # Dari ("prs") is CLDR's fa_AF: the theme's Persian labels

    try:
        alias = cldr_locale(code).language
    except Exception:  # not a language CLDR knows: the configuration check reports it
        return code
    return alias if alias != primary and theme_has(alias, dirs) else code


def labels(code: str) -> dict[str, str]:
    path = PACKS / f"{code}.yml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {key: str(value) for key, value in (data.get("labels") or {}).items() if key in KEYS}


def pack_source(code: str, direction: str) -> str:
    """A Material language pack, as template source."""
    table = {"language": code, "direction": direction, **labels(code)}
    return "{% macro t(key) %}{{ " + json.dumps(table, ensure_ascii=False) + "[key] }}{% endmacro %}"


def pack_loader(directions: dict[str, str], theme_dirs: Iterable[str]) -> Callable[[str], str | None]:
    """For jinja2.FunctionLoader: a pack for each site language the theme lacks."""
    dirs = list(theme_dirs)

    def load(name: str) -> str | None:
        for code, direction in directions.items():
            if name == TEMPLATE.format(code) and not theme_has(code, dirs):
                return pack_source(code, direction)
        return None

    return load
