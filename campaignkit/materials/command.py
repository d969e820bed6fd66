"""`campaign materials [--lang L] [--item NAME] [--config mkdocs.yml]`: the printable PDFs.

Builds the site as `mkdocs build --strict` does, with every item's PDF (or only those
asked for) beside its HTML in `<language>/materials/`, printing each as it is made and
the time per language and per item at the end.

Exit status 0 when all were made, 1 when the build stopped (each problem printed
with its file and line), 2 when mkdocs.yml cannot be read or a language or item is unknown.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from ..configuration.readable import unreadable
from ..offline.messages import build_messages
from .items import read_items
from .publish import Run


def add_command(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("materials", help="make the printable PDFs of every item in every language",
                                 description="Build the site with a PDF of every poster, leaflet and card "
                                             "in every language that has them.")
    parser.add_argument("--lang", action="append", default=[], metavar="CODE",
                        help="only this language (repeat for more)")
    parser.add_argument("--item", action="append", default=[], metavar="NAME",
                        help=f"only this item (repeat for more): {', '.join(i.name for i in read_items().items)}")
    parser.add_argument("--config", "-f", default="mkdocs.yml", help="the site's configuration file")


def run(config_file: Path, languages: list[str], items: list[str]) -> int:
    problem = unreadable(config_file) if config_file.is_file() else f"{config_file}: the file was not found."
    if problem:
        print(problem, file=sys.stderr)
        return 2
    known = [item.name for item in read_items().items]
    unknown = [name for name in items if name not in known]
    if unknown:
        print(f"There is no item called {', '.join(unknown)}. The items are: {', '.join(known)}.", file=sys.stderr)
        return 2
    report = Run(tuple(languages), tuple(items), progress=lambda line: print(line, flush=True))
    started = time.perf_counter()
    print("Making the PDFs:", flush=True)
    with build_messages():
        try:
            config = load_config(str(config_file), strict=True)
            plugin = config.plugins.get("campaign")
            if plugin is None:
                print(f"{config_file}: the 'campaign' plugin is not listed under plugins.", file=sys.stderr)
                return 1
            plugin.materials_run = report
            build(config)
        except Abort:
            print("No PDFs were made for the problems above. Fix them, then run 'campaign materials' again.",
                  file=sys.stderr)
            return 1
        except MkDocsException as error:
            print(f"{config_file}: {error.format_message()}", file=sys.stderr)
            return 1
    if languages and not any(code in languages for code, _, _ in report.timings):
        print(f"No PDFs were made: {', '.join(languages)} is not one of the site's languages, or has no item "
              "translated enough yet.", file=sys.stderr)
        return 2
    print(_summary(report, time.perf_counter() - started, Path(config.site_dir)))
    return 0


def _summary(report: Run, seconds: float, site_dir: Path) -> str:
    by_language: dict[str, float] = defaultdict(float)
    by_item: dict[str, float] = defaultdict(float)
    for code, item, spent in report.timings:
        by_language[code] += spent
        by_item[item] += spent
    lines = [f"{len(report.timings)} PDFs in {seconds:.1f} s (the whole build), in {site_dir}/<language>/materials/.",
             "Time per language: " + ", ".join(f"{code} {spent:.1f} s" for code, spent in by_language.items()),
             "Time per item: " + ", ".join(f"{item} {spent:.1f} s" for item, spent in by_item.items())]
    return "\n".join(lines)
