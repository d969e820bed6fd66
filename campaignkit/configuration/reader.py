"""Typed, forgiving reading of the `campaign` block.

Every read records a plain-words problem instead of raising, so a single build
lists everything that is wrong in mkdocs.yml, each with its line.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, TypeVar
from urllib.parse import urlsplit

from ..errors import Problem
from .locate import Key, Locator

T = TypeVar("T")
_MISSING = object()


@dataclass
class Sink:
    """Where problems go while the configuration is read."""

    file: str
    locator: Locator
    problems: list[Problem] = field(default_factory=list)

    def add(self, path: tuple[Key, ...], message: str) -> None:
        self.problems.append(Problem(self.file, self.locator.line(path), f"{_label(path)}: {message}"))


def _label(path: tuple[Key, ...]) -> str:
    parts = ["campaign"] + [f"item {k + 1}" if isinstance(k, int) else str(k) for k in path]
    return " → ".join(parts)


class Reader:
    """A view on one mapping of the configuration, at a known path."""

    def __init__(self, data: Any, sink: Sink, path: tuple[Key, ...] = ()):
        self.data = data if isinstance(data, dict) else {}
        self.sink = sink
        self.path = path

    # -- structure -------------------------------------------------------
    def allow(self, *keys: str) -> None:
        """Flag settings we do not know, with a suggestion for likely typos."""
        for key in self.data:
            if key not in keys:
                close = difflib.get_close_matches(str(key), keys, n=1)
                hint = f" Did you mean '{close[0]}'?" if close else f" Known settings here: {', '.join(keys)}."
                self.sink.add(self.path + (key,), f"'{key}' is not a setting Campaign Kit knows.{hint}")

    def section(self, key: str, required: bool = True) -> "Reader | None":
        value = self._get(key, required, "a group of settings")
        if value is None:
            return None
        if not isinstance(value, dict):
            self.error(key, "expected a group of settings (indented lines of 'name: value').")
            return None
        return Reader(value, self.sink, self.path + (key,))

    def sections(self, key: str, required: bool = True) -> list["Reader"]:
        value = self._get(key, required, "a list")
        if value is None:
            return []
        if not isinstance(value, list) or not value:
            self.error(key, "expected a list of entries, each starting with '- '.")
            return []
        readers = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.sink.add(self.path + (key, index), "expected settings ('name: value' lines) in this entry.")
                continue
            readers.append(Reader(item, self.sink, self.path + (key, index)))
        return readers

    # -- values ----------------------------------------------------------
    def text(self, key: str, required: bool = True, default: str | None = None) -> str | None:
        value = self._get(key, required, "some text", default)
        if value is None or isinstance(value, str) and value.strip():
            return value.strip() if isinstance(value, str) else value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        self.error(key, "expected some text.")
        return None

    def texts(self, key: str, default: Iterable[str] = ()) -> tuple[str, ...]:
        value = self._get(key, False, "a list of texts", None)
        if value is None:
            return tuple(default)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.error(key, "expected a list of texts, each on its own line starting with '- '.")
            return tuple(default)
        return tuple(v.strip() for v in value)

    def boolean(self, key: str, required: bool = True, default: bool | None = None) -> bool | None:
        value = self._get(key, required, "true or false", default)
        if value is None or isinstance(value, bool):
            return value
        self.error(key, f"expected true or false, not '{value}'.")
        return None

    def choice(self, key: str, options: Iterable[str], required: bool = True, default: str | None = None) -> str | None:
        options = tuple(options)
        value = self._get(key, required, f"one of: {', '.join(options)}", default)
        if value is None or value in options:
            return value
        self.error(key, f"expected one of: {', '.join(options)}; not '{value}'.")
        return None

    def url(self, key: str, required: bool = True, default: str | None = None) -> str | None:
        value = self.text(key, required, default)
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.netloc or " " in value:
            self.error(key, f"expected a full web address starting with https://, not '{value}'.")
            return None
        return value

    def email(self, key: str, required: bool = True) -> str | None:
        value = self.text(key, required)
        if value is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            self.error(key, f"'{value}' does not look like an email address.")
            return None
        return value

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self._get(key, required, "a date written as YYYY-MM-DD")
        if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.error(key, f"expected a date written as YYYY-MM-DD (for example 2027-10-18), not '{value}'.")
        return None

    def checked(self, key: str, parse: Callable[[str], T], required: bool = True) -> T | None:
        """Read text and turn it into a value; `parse` raises ValueError with a plain message."""
        value = self.text(key, required)
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError as error:
            self.error(key, str(error))
            return None

    def error(self, key: Key | None, message: str) -> None:
        self.sink.add(self.path + ((key,) if key is not None else ()), message)

    def _get(self, key: str, required: bool, expected: str, default: Any = None) -> Any:
        value = self.data.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.error(None, f"the setting '{key}' is missing: expected {expected}.")
            return default
        return value
