"""`campaign build --offline [--config mkdocs.yml] [--out FILE.zip]`: a zip of the site to read from disk.

The site is built into a temporary folder (site/ is left alone), then zipped
under one folder named after the site's address. Nothing is written when the
build stops: each problem is printed with its file and line, as `campaign check`
prints them.

Exit status 0 when the zip is written, 1 when the build stopped or the zip could
not be written, 2 without --offline or when mkdocs.yml cannot be read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import Abort, MkDocsException

from ..configuration.readable import unreadable
from .build import build_site, configured_site_folder
from .contents import offline_files
from .messages import BuildMessages, build_messages
from .pack import Packed, pack

AGAIN = "then run 'campaign build --offline' again"


def add_command(commands: argparse._SubParsersAction) -> None:
    build = commands.add_parser(
        "build", help="make the offline copy of the site (--offline); to build for the web, use 'mkdocs build'",
        description="Make a zip of the whole site that works opened from disk, from a USB stick say, with no "
                    "server and no network. Search is left out: a browser will not start it for a page opened "
                    "from disk.")
    build.add_argument("--offline", action="store_true", help="make the offline copy (the only kind for now)")
    build.add_argument("--config", "-f", default="mkdocs.yml", help="the site's configuration file")
    build.add_argument("--out", "-o", type=Path, metavar="FILE.zip",
                       help="where to write the zip (default: <site folder>-offline.zip beside mkdocs.yml)")


def run(config_file: Path, offline: bool = False, out: Path | None = None) -> int:
    if not offline:
        print("'campaign build' only makes the offline copy, with --offline. "
              "To build the site for the web, use 'mkdocs build' (or 'make build').", file=sys.stderr)
        return 2
    if not config_file.is_file():
        print(f"{config_file}: the file was not found.", file=sys.stderr)
        return 2
    problem = unreadable(config_file)
    if problem:
        print(f"{problem}\nNo offline copy was made. Correct that line, {AGAIN}.", file=sys.stderr)
        return 2
    target = out or config_file.parent / f"{configured_site_folder(config_file)}-offline.zip"
    with tempfile.TemporaryDirectory(prefix="campaign-offline-") as temporary:
        site_dir = Path(temporary) / "site"
        with build_messages() as messages:
            try:
                address = build_site(config_file, site_dir)
            except Abort:  # MkDocs has logged what stopped it, through `messages`
                print(_stopped(messages), file=sys.stderr)
                return 1
            except MkDocsException as error:
                print(f"{config_file}: {error.format_message()}\nNo offline copy was made.", file=sys.stderr)
                return 1
        top = urlsplit(address or "").hostname or target.stem
        try:
            packed = pack(site_dir, offline_files(site_dir), top, target)
        except OSError as error:
            print(f"{target}: the offline copy could not be written ({error.strerror or error}).", file=sys.stderr)
            return 1
    print(_written(packed, top))
    return 0


def _stopped(messages: BuildMessages) -> str:
    if messages.warnings and not messages.errors:
        count = "1 warning" if messages.warnings == 1 else f"{messages.warnings} warnings"
        return (f"No offline copy was made: the build stops for the {count} above, as 'mkdocs build --strict' "
                f"does. Fix {'it' if messages.warnings == 1 else 'them'}, {AGAIN}.")
    return f"No offline copy was made. Fix each problem above, {AGAIN}."


def _written(packed: Packed, top: str) -> str:
    return (f"Offline copy written to {packed.path} ({_size(packed.size)}, {packed.files} files).\n"
            f"Unzip it, then open {top}/index.html in a web browser. Search is left out of the offline copy.")


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"
