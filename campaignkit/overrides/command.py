"""`campaign override [NAME] [--diff] [--config mkdocs.yml]`: copy an engine template into overrides/, or compare.

Without NAME, lists the templates that can be copied.

Exit status 0 when done, 1 when the name is unknown or the copy is refused, 2 when
mkdocs.yml cannot be read or names no overrides folder.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from mkdocs.exceptions import ConfigurationError, PluginError

from ..errors import CampaignError
from .copying import copy_text, write_new
from .engine import EngineTemplate, closest, engine_templates, find
from .record import read_record, without_record


def add_command(commands: argparse._SubParsersAction) -> None:
    override = commands.add_parser(
        "override", help="copy one of the engine's templates into overrides/ to change it",
        description="Copy one of the engine's templates into the site's overrides folder, recording the engine "
                    "version, so that 'campaign check' can say when the engine's version changes.")
    override.add_argument("name", metavar="NAME", nargs="?",
                          help="the template, for example main.html, partials/copyright.html or "
                               "campaign/helplines/card.html; leave it out to list them all")
    override.add_argument("--diff", action="store_true",
                          help="show how the site's copy differs from the engine's current template")
    override.add_argument("--config", "-f", default="mkdocs.yml", help="the site's configuration file")


def run(config_file: Path, name: str | None, diff: bool = False) -> int:
    templates = engine_templates()
    if not name:
        print(_listing(list(templates)))
        return 0
    folder = _overrides_folder(config_file)
    if folder is None:
        return 2
    engine = find(name, templates)
    if engine is None:
        print(_unknown(name, list(templates)), file=sys.stderr)
        return 1
    target = folder / engine.name
    label = f"{folder.name}/{engine.name}"
    return _diff(engine, target, label) if diff else _copy(engine, target, label)


def _copy(engine: EngineTemplate, target: Path, label: str) -> int:
    try:
        write_new(target, copy_text(engine))
    except FileExistsError:
        print(f"{label} already exists, so nothing was copied. To start again from the engine's template, move or "
              f"delete {label} first. To see how it differs, run 'campaign override --diff {engine.name}'.",
              file=sys.stderr)
        return 1
    print(f"Copied {engine.source} to {label}. Edit it there: the site now uses your copy instead of the engine's. "
          f"Keep its first line: 'campaign check' uses it to tell you when the engine's template changes.")
    return 0


def _diff(engine: EngineTemplate, target: Path, label: str) -> int:
    if not target.is_file():
        print(f"There is no {label} to compare. Copy the template first with 'campaign override {engine.name}'.",
              file=sys.stderr)
        return 1
    copy = target.read_text(encoding="utf-8")
    record = read_record(copy)
    copied = f", copied from Campaign Kit {record.version}" if record else ""
    lines = difflib.unified_diff(engine.text().splitlines(keepends=True),
                                 without_record(copy).splitlines(keepends=True),
                                 fromfile=f"{engine.source} (the engine's template now)",
                                 tofile=f"{label} (the site's copy{copied})")
    shown = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    print(shown or f"{label} is the same as the engine's {engine.name}.", end="" if shown else "\n")
    return 0


def _unknown(name: str, names: list[str]) -> str:
    guess = closest(name, names)
    suggestion = f" Did you mean {guess}?" if guess else ""
    return f"The engine has no template called '{name}'.{suggestion}\n{_listing(names)}"


def _listing(names: list[str]) -> str:
    return "\n".join(["The templates you can copy are:"] + [f"  {known}" for known in names])


def _overrides_folder(config_file: Path) -> Path | None:
    """The theme's custom_dir from mkdocs.yml, where the site's copies go."""
    from ..configuration.project import open_project

    try:
        config, _ = open_project(config_file)
    except CampaignError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return None
    except (ConfigurationError, PluginError) as error:
        print(f"{config_file}: {error}", file=sys.stderr)
        return None
    if not config.theme.custom_dir:
        print(f"{config_file.name}: the theme has no overrides folder. Add 'custom_dir: overrides' under 'theme:' "
              "and create the folder, then run this again.", file=sys.stderr)
        return None
    return Path(config.theme.custom_dir)
