"""Compiled theme templates, shared by every language's build.

mkdocs-static-i18n builds each language with a fresh Jinja environment, so without this
every template of the theme is compiled once per language: a third of the build. Jinja's
own bytecode cache stores the compiled code with a checksum of the template's source, so
an edited template (ours, the theme's or a force's override) is always compiled again.
"""

from __future__ import annotations

import collections
import functools
import re
from pathlib import Path
from types import CodeType

import jinja2
from jinja2.bccache import Bucket


class TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja's on-disk bytecode cache with the entries also held in memory, for the next language and,
    under `mkdocs serve`, the next rebuild."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        super().__init__(str(folder))
        self.memory: dict[str, tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        held = self.memory.get(bucket.key)
        if held is not None and held[0] == bucket.checksum:
            bucket.code = held[1]
            return
        super().load_bytecode(bucket)
        if bucket.code is not None:
            self.memory[bucket.key] = (bucket.checksum, bucket.code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.memory[bucket.key] = (bucket.checksum, bucket.code)
        super().dump_bytecode(bucket)


@functools.cache
def template_cache(folder: Path) -> TemplateCache:
    """One cache per project for the life of the process: `mkdocs serve` makes new plugins on every
    rebuild, and the compiled templates should outlive them."""
    return TemplateCache(folder)


def compile_ahead(env: jinja2.Environment, roots: list[str]) -> None:
    """Compile into the environment's bytecode cache every template reachable by name from `roots`,
    first things first, so that the build, in another process, loads them instead of compiling them.

    A template this cannot load or compile (a filter set later) is left for the build, which compiles
    it and reports what is wrong; a dynamic include is not followed.
    """
    seen, queue = set(roots), collections.deque(roots)
    while queue:
        name = queue.popleft()
        try:
            env.get_template(name)  # through the loaders, so the cache entry is the one the build looks for
            source = env.loader.get_source(env, name)[0]
        except Exception:
            continue
        found = referenced(source) - seen
        seen |= found
        queue.extend(sorted(found))


# {% extends "x" %}, {% include "x" %} or ["x", "y"], {% import "x" as y %}, {% from "x" import y %}.
REFERENCE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+(\[[^\]]*\]|"[^"]*"|'[^']*')""")
NAME = re.compile(r""""([^"]+)"|'([^']+)'""")


def referenced(source: str) -> set[str]:
    """The templates a template names as plain strings, read from its text rather than parsed again
    (Jinja has just parsed it to compile it): a name this misses is compiled by the build itself."""
    return {a or b for found in REFERENCE.findall(source) for a, b in NAME.findall(found)}
