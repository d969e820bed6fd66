"""The `campaign translations …` commands: extract, status, export, import."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from mkdocs.exceptions import ConfigurationError

from ..errors import CampaignError

if TYPE_CHECKING:
    from .site import Site

# The translation machinery (translate-toolkit, mkdocs) is imported by each command when it runs,
# so `campaign check --settings-only`, run before every build, starts at once.
FORMATS = ("po", "xliff")


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("translations", help="keep the translation catalogues up to date",
                                 description="Keep the translation catalogues in translations/ up to date.")
    actions = parser.add_subparsers(dest="action", required=True)
    one = actions.add_parser("extract", help="refresh the templates from the English pages and merge them into every language")
    _config(one)
    one = actions.add_parser("status", help="how much of each language is translated")
    _config(one)
    one.add_argument("--json", action="store_true", help="print JSON instead of a table")
    one.add_argument("--lang", help="only this language")
    one.add_argument("--fail-under", type=float, metavar="PERCENT",
                     help="exit with status 1 if a language is less than PERCENT translated")
    one = actions.add_parser("export", help="write the new and fuzzy texts of one language to a file for translators")
    _config(one)
    one.add_argument("--lang", required=True, help="language code, for example pl")
    one.add_argument("--format", choices=FORMATS, default="po", help="po (Poedit, Weblate) or xliff (XLIFF 2.0, agencies)")
    one.add_argument("--output", "-o", type=Path, help="file to write (default: translations/work/<lang>-work.po or .xlf)")
    one = actions.add_parser("import", help="take translations back from an exported PO or XLIFF 2.0 file")
    _config(one)
    one.add_argument("--lang", required=True, help="language code, for example pl")
    one.add_argument("file", type=Path, help="the translated file (.po, .xlf or .xliff)")


def _config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", "-f", type=Path, default=Path("mkdocs.yml"), help="the site's configuration file")


def run(args: argparse.Namespace) -> int:
    try:
        site = load_site(args.config)
        if args.action == "extract":
            return _extract(site)
        if args.action == "status":
            return _status(site, args)
        if args.action == "export":
            return _export(site, args)
        return _import(site, args)
    except CampaignError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except KeyError as error:
        print(error.args[0], file=sys.stderr)
        return 2
    except ConfigurationError as error:
        print(f"{args.config}: {error}", file=sys.stderr)
        return 2


def load_site(config_file: Path) -> "Site":
    from ..configuration.load import load_campaign
    from ..configuration.project import open_project
    from .site import Site

    config, plugin = open_project(config_file)
    campaign = load_campaign(plugin.options, plugin.config_file, config.docs_dir)
    labels = {f"quick_exit.{key}": text for key, text in campaign.quick_exit.labels.items()}
    return Site.from_config(config, campaign.languages, {**plugin.default_strings, **labels}, plugin.options)


def _extract(site: "Site") -> int:
    from .extract import extract

    report = extract(site)
    for path in report.written:
        print(f"updated {site.layout.label(path)}")
    print(f"{len(report.written)} catalogues updated, {report.unchanged} unchanged.")
    return 0


def _status(site: "Site", args: argparse.Namespace) -> int:
    from .status import status

    if args.lang:
        site.languages = (site.language(args.lang),)
    result = status(site)
    print(json.dumps(result.as_json(), indent=2, ensure_ascii=False) if args.json else result.table())
    for problem in result.problems:
        print(problem, file=sys.stderr)
    for miss in result.glossary:
        print(f"Glossary: {miss}", file=sys.stderr)
    failing = [code for code, total in result.totals().items()
               if args.fail_under is not None and total.percent < args.fail_under]
    for code in failing:
        print(f"{code} is {result.totals()[code].percent:.1f}% translated, under {args.fail_under:g}%.", file=sys.stderr)
    return 1 if failing or result.problems else 0


def _export(site: "Site", args: argparse.Namespace) -> int:
    from .exchange import default_output, export, save

    language = site.language(args.lang)
    data = export(site, args.lang, args.format)
    if data is None:
        print(f"Nothing to translate in {language.name}: every text is translated and none is fuzzy. "
              "No file was written.")
        return 0
    output = args.output or default_output(site, args.lang, args.format)
    try:
        save(output, data)
    except OSError as error:
        print(f"{output}: the file could not be written ({error.strerror or error}). Choose another --output.",
              file=sys.stderr)
        return 1
    print(f"wrote {site.layout.label(output.resolve())}")
    return 0


def _import(site: "Site", args: argparse.Namespace) -> int:
    from .exchange import import_file

    if args.file.suffix not in (".po", ".xlf", ".xliff"):
        print(f"{args.file}: expected a .po, .xlf or .xliff file.", file=sys.stderr)
        return 2
    if not args.file.is_file():
        print(f"{args.file}: file not found.", file=sys.stderr)
        return 2
    report = import_file(site, args.lang, args.file)
    for path in report.written:
        print(f"updated {site.layout.label(path)}")
    print(f"{report.updated} translations taken, {report.unchanged} already there, {report.empty} left empty.")
    if report.unfinished:
        how = ("Mark them as translated in your tool and import again." if report.fmt == "xliff" else
               "Turn off \"Needs work\" in Poedit (or remove the \"fuzzy\" line) and import again.")
        print(f"{len(report.unfinished)} left out because they are not marked as translated: "
              f"{', '.join(report.unfinished)}. {how}")
    return 0
