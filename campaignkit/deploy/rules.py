"""The facts every host's files are written from: the address path, the headers, the 404 pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .. import __version__
from ..security_policy.headers import response_headers


@dataclass(frozen=True)
class NotFound:
    """Addresses under `prefix` that find nothing get `page`, with status 404."""

    prefix: str  # "/pl/" (with the site's path in front, if any)
    page: str  # "/pl/404.html"
    code: str  # the language


@dataclass(frozen=True)
class HostRules:
    site_url: str
    base: str  # the site's path on its host: "/" or "/campaign/"
    site_folder: str  # the built site, relative to the project ("site")
    not_found: tuple[NotFound, ...]  # most specific first; the site's own root last
    headers: dict[str, str] = field(default_factory=response_headers)
    version: str = __version__

    @classmethod
    def for_site(cls, site_url: str, prefixes: dict[str, str], source: str, site_dir: Path,
                 project_dir: Path) -> "HostRules":
        """`prefixes`: each language's folder in the site ("pl/"; the source language's is "")."""
        base = urlsplit(site_url).path or "/"
        base = base if base.endswith("/") else base + "/"
        languages = [NotFound(f"{base}{prefix}", f"{base}{prefix}404.html", code)
                     for code, prefix in prefixes.items() if code != source and prefix]
        root = NotFound(base, f"{base}404.html", source)
        return cls(site_url, base, _relative(site_dir, project_dir), (*languages, root))

    @property
    def host_name(self) -> str:
        return urlsplit(self.site_url).hostname or "localhost"

    @property
    def header_lines(self) -> list[tuple[str, str]]:
        return list(self.headers.items())


def _relative(site_dir: Path, project_dir: Path) -> str:
    """The site folder as a workflow names it: relative to the project where it can be."""
    try:
        return site_dir.resolve().relative_to(project_dir.resolve()).as_posix()
    except ValueError:
        return site_dir.name
