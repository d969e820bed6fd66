"""Interface strings: short texts the templates show, one catalogue per language.

Each feature keeps its English defaults in its own `strings.yml`; keys are
namespaced by feature ("helplines.get_help_now"). Values may hold {name}
placeholders; `t()` escapes the text and inserts values, so a value that is
already HTML (a phone link) stays HTML and anything else is escaped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping

import yaml
from markupsafe import Markup, escape


class Strings:
    """Looks up interface strings for one language."""

    def __init__(self, table: Mapping[str, str]):
        self._table = dict(table)

    @property
    def table(self) -> Mapping[str, str]:
        """Every string of this language, by key (for texts a feature fills in its own way)."""
        return self._table

    def __call__(self, key: str, **values: object) -> Markup:
        try:
            text = self._table[key]
        except KeyError:
            raise KeyError(f"interface string '{key}' is not defined in any feature's strings.yml") from None
        return Markup(escape(text)).format(**values) if values else Markup(escape(text))


def read_strings(sources: Iterable[tuple[str, Path]]) -> dict[str, str]:
    """Merge `strings.yml` files, given as (namespace, path) pairs."""
    table: dict[str, str] = {}
    for namespace, path in sources:
        if not path.is_file():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, value in _flatten(data):
            table[f"{namespace}.{key}"] = str(value)
    return table


def _flatten(data: Mapping, prefix: str = "") -> Iterable[tuple[str, object]]:
    for key, value in data.items():
        if isinstance(value, Mapping):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value
