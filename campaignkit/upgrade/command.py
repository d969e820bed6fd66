"""`campaign upgrade [--config mkdocs.yml] [--dry-run]`: move old settings to where this version reads them.

Refuses, changing nothing, when mkdocs.yml cannot be read or the rewritten
file would not load; otherwise writes it in one step (a half-written file is
never left) and lists each change with the line it came from.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ..configuration.locate import Locator
from ..configuration.readable import unreadable
from ..errors import Problem
from ..translations.catalogue import write_atomically
from .rewrite import Upgrade, UpgradeRefused, campaign_block, round_trip_yaml, upgrade_text
from .schema import outdated_settings
from .steps import CURRENT_SCHEMA

UNCHANGED = "Nothing was changed."


def add_command(commands: argparse._SubParsersAction) -> None:
    upgrade = commands.add_parser("upgrade", help="move settings in mkdocs.yml to where this version of Campaign Kit "
                                                  "reads them, keeping comments and order")
    upgrade.add_argument("--config", "-f", default="mkdocs.yml", help="the site's configuration file")
    upgrade.add_argument("--dry-run", action="store_true", help="list what would change, and change nothing")


def run(config_file: Path, dry_run: bool = False) -> int:
    name = config_file.name
    if not config_file.is_file():
        print(f"{config_file}: the file was not found.", file=sys.stderr)
        return 2
    problem = unreadable(config_file)
    if problem:
        print(f"{problem}\n{UNCHANGED} Correct that line, then run 'campaign upgrade' again.", file=sys.stderr)
        return 2
    text = config_file.read_text(encoding="utf-8")
    try:
        result = upgrade_text(text)
    except UpgradeRefused as refused:
        print(f"{Problem(name, refused.line, str(refused))}\n{UNCHANGED}", file=sys.stderr)
        return 1
    except YAMLError as error:
        print(f"{Problem(name, _error_line(error), f'the settings cannot be read ({error}).')}\n{UNCHANGED}",
              file=sys.stderr)
        return 2
    if not result.changes:
        print(f"{name} is up to date (schema {CURRENT_SCHEMA}): {UNCHANGED.lower()}")
        return 0
    problem = would_not_load(result, name)
    if problem:
        print(f"{name}: the upgrade was stopped because the rewritten settings would not load ({problem}). "
              f"{UNCHANGED} Please report this to the Campaign Kit team with a copy of {name}.", file=sys.stderr)
        return 1
    if dry_run:
        print(f"'campaign upgrade' would change {name} from schema {result.schema} to {CURRENT_SCHEMA}:")
    else:
        newline = "\r\n" if b"\r\n" in config_file.read_bytes() else "\n"  # keep the file's own line endings
        write_atomically(config_file, result.text.replace("\n", newline).encode("utf-8"))
        print(f"Upgraded {name} from schema {result.schema} to {CURRENT_SCHEMA}:")
    print("\n".join(f"  - {change}" for change in result.changes))
    if dry_run:
        print(f"{UNCHANGED} Run 'campaign upgrade' without --dry-run to make these changes.")
    else:
        print("Your comments and the order of your settings are kept. Next, run 'campaign check'.")
    return 0


def would_not_load(result: Upgrade, name: str) -> str | None:
    """Why the rewritten text would not load as this version's settings, or None if it would."""
    try:
        yaml.compose(result.text)  # as MkDocs reads it (compose: its own tags, such as !ENV, are fine)
        block = campaign_block(round_trip_yaml().load(result.text))
    except (yaml.YAMLError, YAMLError) as error:
        return f"it is not valid YAML: {error}"
    if block is None:
        return "the campaign block is missing"
    left = outdated_settings(block, Locator(None), name)
    return "; ".join(p.message for p in left) or None


def _error_line(error: YAMLError) -> int | None:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return mark.line + 1 if isinstance(error, MarkedYAMLError) and mark else None
