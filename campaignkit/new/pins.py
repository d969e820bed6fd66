"""requirements.txt for a new site: this version of Campaign Kit and everything it needs, pinned.

The pins are the engine's own (constraints.txt, which its tests run against),
kept to what the engine needs at run time: the test tools stay out.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .. import __version__

CONSTRAINTS = Path(__file__).resolve().parent.parent.parent / "constraints.txt"


def requirements() -> str:
    needed = run_time_packages()
    pins = _constraints() or {name: metadata.version(name) for name in needed}
    lines = [f"{name}=={version}" for name, version in sorted(pins.items(), key=lambda item: item[0].lower())
             if canonicalize_name(name) in needed]
    return ("# The Campaign Kit version this site is built with, and the versions of everything it needs.\n"
            "# To update the engine, change these lines to the new version's (see its changelog).\n"
            f"campaignkit=={__version__}\n" + "\n".join(lines) + "\n")


def run_time_packages() -> set[str]:
    """Every package Campaign Kit needs to build a site, found through the installed packages' requirements."""
    seen: set[str] = set()
    todo: list[tuple[str, frozenset[str]]] = [("campaignkit", frozenset())]
    while todo:
        name, extras = todo.pop()
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            requirement = Requirement(line)
            if requirement.marker and not any(requirement.marker.evaluate({"extra": extra})
                                              for extra in (extras or {""})):
                continue
            key = canonicalize_name(requirement.name)
            if key not in seen:
                seen.add(key)
                todo.append((requirement.name, frozenset(requirement.extras)))
    return seen


def _constraints() -> dict[str, str]:
    if not CONSTRAINTS.is_file():
        return {}
    found = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"\s*([A-Za-z0-9._-]+)==([^\s#]+)\s*", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found
