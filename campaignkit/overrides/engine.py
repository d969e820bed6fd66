"""The engine's templates, by the names the site's overrides/ folder replaces them under."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..features import all_features

PACKAGE = Path(__file__).resolve().parent.parent
THEME_ALIAS = "campaign/theme/"  # Material's templates also answer to this prefix, for `extends`


@dataclass(frozen=True)
class EngineTemplate:
    """One engine template: the name a site's copy goes under, and the engine's file."""

    name: str
    path: Path

    @property
    def source(self) -> str:
        """Where the file sits in the package, as a person would look for it."""
        return f"{PACKAGE.name}/{self.path.relative_to(PACKAGE).as_posix()}"

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def digest(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def engine_templates() -> dict[str, EngineTemplate]:
    """Every template a site can copy: the theme's under Material's own names (main.html,
    partials/copyright.html), each feature's under campaign/<feature>/, as the loader finds them."""
    found: dict[str, EngineTemplate] = {}
    for feature in all_features():
        if not feature.templates.is_dir():
            continue
        prefix = "" if feature.name == "theme" else f"campaign/{feature.name}/"
        for path in sorted(feature.templates.rglob("*")):
            if path.is_file():
                name = prefix + path.relative_to(feature.templates).as_posix()
                found[name] = EngineTemplate(name, path)
    return dict(sorted(found.items(), key=lambda item: (item[0].startswith("campaign/"), item[0])))


def find(name: str, templates: dict[str, EngineTemplate] | None = None) -> EngineTemplate | None:
    """The engine template a site file of this name replaces, if any."""
    templates = engine_templates() if templates is None else templates
    name = name.replace("\\", "/").removeprefix("overrides/")
    if name.startswith(THEME_ALIAS) and name.removeprefix(THEME_ALIAS) in templates:
        theme = templates[name.removeprefix(THEME_ALIAS)]
        return EngineTemplate(name, theme.path)
    return templates.get(name)


def closest(name: str, names: list[str]) -> str | None:
    """The name a person most likely meant: the same file name in another folder, or the nearest spelling."""
    base = name.rsplit("/", 1)[-1]
    same = [candidate for candidate in names if candidate.rsplit("/", 1)[-1] == base]
    if same:
        return same[0]
    matches = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
    return matches[0] if matches else None
