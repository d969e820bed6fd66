"""Load the whole campaign block: each feature reads its own part, problems are collected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..campaign_week.model import read_week
from ..data_protection.model import read_data_protection
from ..errors import CampaignError
from ..force.model import read_force
from ..helplines.model import read_routes
from ..home.model import read_home
from ..look.model import read_look
from ..materials.model import read_materials
from ..quick_exit.model import read_quick_exit
from ..reviews.model import read_review_months
from ..translations.languages import Language, read_languages
from ..upgrade.schema import outdated_settings
from .locate import Locator
from .model import Campaign, SitePages
from .reader import Reader, Sink

TOP_LEVEL_KEYS = ("schema", "site_url", "search_phrase", "force", "look", "week", "report_online", "live_chat",
                  "helplines", "get_help_now", "quick_exit", "pages", "languages", "data_protection",
                  "review_every_months", "home", "host", "materials", "bilingual")
# Where the site is published; the host's own files (headers, error pages) are made for it.
HOSTS = ("github-pages", "netlify", "cloudflare-pages", "s3-cloudfront", "nginx", "apache", "other")
DEFAULT_PAGES = {"accessibility": "accessibility.md", "privacy": "privacy.md",
                 "staying_safe": "staying-safe-online.md", "report": "report-it.md", "get_help": "get-help.md"}


def load_campaign(options: Any, config_file: str | Path | None, docs_dir: str | Path | None,
                  locator: Locator | None = None) -> Campaign:
    """Validate the block and return the campaign, or raise CampaignError listing every problem.

    `locator` is mkdocs.yml already parsed for line numbers, if the caller has it.
    """
    name = Path(config_file).name if config_file else "mkdocs.yml"
    sink = Sink(name, (locator or Locator.for_document(config_file)).campaign_block())
    if not isinstance(options, dict) or not options:
        sink.add((), "the campaign settings are missing. Add them under '- campaign:' in the plugins list.")
        raise CampaignError(sink.problems)
    outdated = outdated_settings(options, sink.locator, name)  # an older layout: say what moved, nothing else
    if outdated:
        raise CampaignError(outdated)
    docs = Path(docs_dir) if docs_dir else None
    root = Reader(options, sink)
    root.allow(*TOP_LEVEL_KEYS)
    site_url = root.url("site_url")
    search_phrase = root.text("search_phrase")
    force = read_force(root)
    look = read_look(root, docs)
    week = read_week(root)
    routes = read_routes(root)
    quick_exit = read_quick_exit(root)
    pages = _read_pages(root, docs)
    languages = read_languages(root)
    data_protection = read_data_protection(root)
    review_months = read_review_months(root)
    home = read_home(root, docs)
    host = root.choice("host", HOSTS, required=False)
    materials = read_materials(root)
    bilingual = _read_bilingual(root, languages)
    if sink.problems:
        raise CampaignError(sink.problems)
    return Campaign(site_url.rstrip("/") + "/", force, week, routes, quick_exit, pages, languages, search_phrase,
                    data_protection, review_months, home, look=look, host=host, materials=materials,
                    bilingual=bilingual)


def _read_bilingual(root: Reader, languages: tuple[Language, ...]) -> str | None:
    """The language published in full beside English (Welsh, for a Welsh force), if any."""
    code = root.text("bilingual", required=False)
    if code is None:
        return None
    codes = [language.code for language in languages]
    if code not in codes:
        listed = ", ".join(codes) if codes else "none yet"
        root.error("bilingual", f"'{code}' is not one of the site's languages ({listed}). Add it under 'languages', "
                                "or set 'bilingual' to one of them.")
        return None
    return code


def _read_pages(root: Reader, docs: Path | None) -> SitePages:
    section = root.section("pages", required=False)
    found = dict(DEFAULT_PAGES)
    if section is not None:
        section.allow(*DEFAULT_PAGES)
        for key, default in DEFAULT_PAGES.items():
            found[key] = section.text(key, required=False, default=default) or default
    for key, path in found.items():
        if docs is not None and not (docs / path).is_file():
            (section or root).error(key if section else "pages",
                                    f"the page '{path}' ({key.replace('_', ' ')}) was not found in {docs.name}/.")
    return SitePages(**found)
