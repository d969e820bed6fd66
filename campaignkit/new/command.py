"""`campaign new DIR [--answers FILE] [--topic …]`: start a force's campaign site from a topic."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CampaignError
from .topics import TOPICS


def add_command(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("new", help="start a new campaign site in a new folder",
                                 description="Start a new campaign site. It asks one question at a time, "
                                             "or reads every answer from --answers.")
    parser.add_argument("folder", type=Path, help="the folder to make (it must not exist, or be empty)")
    parser.add_argument("--answers", type=Path, metavar="FILE", help="a YAML file with every answer, for scripts")
    parser.add_argument("--topic", choices=TOPICS, help="the campaign's topic (asked if not given)")


def run(args: argparse.Namespace) -> int:
    from .answers import ask, from_file
    from .write import refuse_reason, write_site

    target: Path = args.folder
    reason = refuse_reason(target)
    if reason:
        print(f"Nothing was written: {reason}", file=sys.stderr)
        return 1
    try:
        if args.answers is not None:
            answers = from_file(args.answers, args.topic)
        else:
            print("Answer each question, then press Enter. Press Enter alone to keep the answer in [brackets].")
            answers = ask(args.topic)
    except CampaignError as error:
        print(f"Nothing was written. {error.report()}", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("\nNothing was written: the questions were not all answered.", file=sys.stderr)
        return 1
    reason = refuse_reason(target)  # the folder may have been filled while the questions were answered
    if reason:
        print(f"Nothing was written: {reason}", file=sys.stderr)
        return 1
    try:
        write_site(target, answers)
    except CampaignError as error:  # the site made from the answers did not pass the build's checks
        print(f"Nothing was written. {error.report()}", file=sys.stderr)
        return 1
    except OSError as error:  # a full disk, a folder without write permission
        print(f"Nothing was written: {error.strerror or error} ({error.filename or target}).", file=sys.stderr)
        return 1
    if answers["quick_exit_url"] != answers["topic"].quick_exit_url:
        print(f"The quick exit now goes to {answers['quick_exit_url']}. The Staying safe online page says it "
              "goes to a weather website: change those words in docs/staying-safe-online.md to match.")
    print(f"The site is ready in {target}.\n"
          f"Next: cd {target}, then 'make serve' to preview it, and 'make build' to make the finished site.")
    return 0
