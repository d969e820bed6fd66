"""The `campaign` command: checks a force's site without building it.

    campaign check [--config mkdocs.yml] [--settings-only]
    campaign upgrade [--config mkdocs.yml] [--dry-run]   (moves settings to this version's layout)
    campaign override [NAME] [--diff] [--config mkdocs.yml]   (copies an engine template into overrides/)
    campaign new DIR [--answers FILE] [--topic modern-slavery|blank]   (starts a new campaign site)
    campaign build --offline [--config mkdocs.yml] [--out FILE.zip]   (a zip of the site to open from disk)
    campaign materials [--lang CODE] [--item NAME] [--config mkdocs.yml]   (the printable PDFs)
    campaign --version
    campaign translations extract | status | export | import   (see campaign translations -h)

Exit status 0 when all is well, 1 when something needs fixing (each problem is
printed with its file and line), 2 when the configuration cannot be read at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mkdocs.exceptions import ConfigurationError, PluginError
from mkdocs.structure.files import get_files
from mkdocs.utils.meta import get_data

from . import __version__
from .authoring import check_page_input, typed_numbers
from .authoring.images import missing_alt_text
from .authoring.navigation import pages_missing_from_nav
from .authoring.plain_words import long_sentences
from .authoring.reading_age import reading_age
from .configuration.locate import Locator
from .configuration.project import open_project
from .configuration.readable import unreadable
from .errors import CampaignBuildError, CampaignError, Problem
from .overrides import command as override_command
from .overrides import override_warnings
from .reviews.checks import check_review_settings, helpline_warnings, page_warnings
from .translations import commands as translation_commands
from .new import command as new_command
from .materials import command as materials_command
from .offline import command as offline_command
from .upgrade import command as upgrade_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="campaign", description="Campaign Kit: check and manage a campaign site.")
    parser.add_argument("--version", action="version", version=f"Campaign Kit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check mkdocs.yml and every page, without building")
    check.add_argument("--config", "-f", default="mkdocs.yml", help="the site's configuration file")
    check.add_argument("--settings-only", action="store_true",
                       help="only check that the configuration file can be read (fast; run before every build)")
    check.add_argument("--today", type=_day, default=dt.date.today(), metavar="YYYY-MM-DD",
                       help="judge review dates as on this day (to see what will be due by launch day)")
    translation_commands.add_commands(commands)
    upgrade_command.add_command(commands)
    override_command.add_command(commands)
    new_command.add_command(commands)
    offline_command.add_command(commands)
    materials_command.add_command(commands)
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(Path(args.config), settings_only=args.settings_only, today=args.today)
    if args.command == "translations":
        return translation_commands.run(args)
    if args.command == "upgrade":
        return upgrade_command.run(Path(args.config), dry_run=args.dry_run)
    if args.command == "new":
        return new_command.run(args)
    if args.command == "override":
        return override_command.run(Path(args.config), args.name, diff=args.diff)
    if args.command == "materials":
        return materials_command.run(Path(args.config), args.lang, args.item)
    if args.command == "build":
        return offline_command.run(Path(args.config), offline=args.offline, out=args.out)
    return 2


def run_check(config_file: Path, settings_only: bool = False, today: dt.date | None = None) -> int:
    if settings_only:
        problem = unreadable(config_file) if config_file.is_file() else None
        if problem:
            print(problem, file=sys.stderr)
        return 2 if problem else 0
    hints: list[Problem] = []
    try:
        problems, warnings, pages = check_site(config_file, today or dt.date.today(), hints)
    except CampaignError as error:  # mkdocs.yml is not valid YAML: nothing else can be checked
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    except (ConfigurationError, PluginError) as error:
        print(f"{config_file}: {error}", file=sys.stderr)
        return 2 if isinstance(error, ConfigurationError) else 1
    _group(sys.stderr, "Problems (each must be fixed: the site cannot be built until it is):", problems, "")
    _group(sys.stderr, "Warnings (the site builds, but look at these):", warnings, "Warning: ")
    _group(sys.stdout, "Hints (plain English; these never stop the site):", hints, "Hint: ")
    _translations(config_file, pages)
    if problems:
        print(f"{CampaignError(problems).headline()}.", file=sys.stderr)
        return 1
    noted = f" {len(warnings)} warning{'s' if len(warnings) != 1 else ''} to look at." if warnings else ""
    print(f"All good: {config_file} and {pages} pages checked.{noted}")
    return 0


def check_site(config_file: Path, today: dt.date,
               hints: list[Problem] | None = None) -> tuple[list[Problem], list[Problem], int]:
    """The build's checks (configuration, privacy baseline, every page), then warnings the build does not stop for:
    review dates that are missing or due, phone numbers typed by hand, pages missing from the menu; and into
    `hints`, which never fail: sentences too long for plain English and each page's reading age."""
    hints = [] if hints is None else hints  # long sentences and reading ages: never a failure
    config, plugin = open_project(config_file)
    try:
        config = config.plugins.on_config(config)
    except CampaignBuildError as error:
        return error.problems, [], 0
    try:
        files = config.plugins.on_files(get_files(config), config=config)
    except CampaignBuildError as error:
        return error.problems, [], 0
    problems: list[Problem] = []
    warnings: list[Problem] = []
    english: list[tuple[str, str]] = []
    docs = Path(config.docs_dir)
    for file in files.documentation_pages():
        if getattr(file, "locale", plugin.source) != plugin.source:
            continue  # translations are made from the English pages and checked with them
        source = file.content_string
        markdown, _ = get_data(source)
        label = f"{docs.name}/{file.src_uri}"
        english.append((label, source))
        _, found = plugin.expand_page(source, markdown, label)
        problems += found + check_review_settings(source, label) + plugin.check_translatable(source, label, config)
        problems += plugin.check_links(source, label, file.src_uri, files)
        problems += check_page_input(source, label)
        problems += missing_alt_text(source, label)
        hints += long_sentences(source, label)
        hints += [age] if (age := reading_age(source, label)) else []
        warnings += typed_numbers(source, label, plugin.source_campaign.routes.helplines)
    campaign = plugin.source_campaign
    warnings = page_warnings(english, campaign.review_every_months, today) + warnings
    warnings += pages_missing_from_nav(config.nav, files, plugin.source, docs.name)
    warnings += helpline_warnings(campaign.routes.helplines, campaign.review_every_months, today, config_file.name,
                                  Locator.for_document(config_file))
    warnings += override_warnings(config.theme.custom_dir)
    return problems, warnings, len(english)


def _group(stream, title: str, items: list[Problem], prefix: str) -> None:
    """One group of the report under its title, so problems, warnings and hints are not mixed up."""
    if items:
        print("\n".join([title] + [f"  {prefix}{item}" for item in items]) + "\n", file=stream, flush=True)


def _translations(config_file: Path, pages: int) -> None:
    """Each language's progress, as `campaign translations status` counts it; nothing if it cannot be read."""
    if not pages:
        return  # the settings stopped the check: that problem is reported above
    from .translations.status import status

    try:
        site = translation_commands.load_site(config_file)
        result = status(site)
    except (CampaignError, ConfigurationError, PluginError, KeyError, OSError):
        return
    names = {language.code: language.name for language in site.languages}
    lines = ["Translations (see 'campaign translations status' for each page):"]
    for code, total in result.totals().items():
        shown = sum(1 for row in result.rows if row.language == code and row.catalogue != "interface" and row.published)
        fuzzy = f", {total.fuzzy} to check again after an English change" if total.fuzzy else ""
        lines.append(f"  {names.get(code, code)} ({code}): {total.percent:.1f}% translated{fuzzy}; "
                     f"{shown} of {pages} pages published in {names.get(code, code)}")
    print("\n".join(lines) + "\n", flush=True)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD.") from None

if __name__ == "__main__":
    sys.exit(main())
