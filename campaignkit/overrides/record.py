"""The record on a copy's first line: which engine version and file it came from, and that file's hash.

It is a Jinja comment, so it renders nothing; `-#}` also removes the line break after it,
so a copied main.html still starts with its doctype.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RECORD = re.compile(r"\{#-?\s*Copied from Campaign Kit (?P<version>\S+), (?P<source>\S+), "
                    r"sha256 (?P<digest>[0-9a-f]{64})\b[^\n]*?-?#\}[ \t]*\n?")


@dataclass(frozen=True)
class Record:
    version: str
    source: str
    digest: str


def record_line(version: str, source: str, digest: str) -> str:
    return (f"{{# Copied from Campaign Kit {version}, {source}, sha256 {digest}: "
            f"'campaign check' warns when the engine's version changes. -#}}\n")


def read_record(text: str) -> Record | None:
    """The record, if the file starts with one."""
    found = RECORD.match(text)
    return Record(found["version"], found["source"], found["digest"]) if found else None


def without_record(text: str) -> str:
    """The copy as the force edited it, to compare with the engine's file."""
    found = RECORD.match(text)
    return text[found.end():] if found else text
