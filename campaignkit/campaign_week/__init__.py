"""Campaign week: the campaign's name, dates, web address and the words that find it again.

Tags: [[campaign]] (its name), [[campaign-dates]] (the dates, in the page's language),
[[site-address]] (the site's address, to remember instead of searching),
[[search-phrase]] (everyday words that find the site in a search engine without
saying what it is about, for readers whose searches may be seen).
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape

from ..features import Feature
from ..tags import RenderContext, Tag


def _name(argument: str | None, context: RenderContext) -> str:
    return str(escape(context.campaign.week.name))


def _dates(argument: str | None, context: RenderContext) -> str:
    return str(escape(context.campaign.week.dates(context.locale)))


def _address(argument: str | None, context: RenderContext) -> str:
    address = context.campaign.site_url.removeprefix("https://").rstrip("/")
    return f'<strong class="ck-address" dir="ltr">{escape(address)}</strong>'


def _search_phrase(argument: str | None, context: RenderContext) -> str:
    # The words are what people type into a search engine, so they stay as the force wrote them;
    # on a translated page they are marked as English for screen readers.
    lang = "" if context.locale.startswith("en") else ' lang="en"'
    return f'<strong class="ck-search-phrase"{lang}>{escape(context.campaign.search_phrase)}</strong>'


FEATURE = Feature(
    name="campaign_week",
    folder=Path(__file__).parent,
    tags=(
        Tag("campaign", _name, usage="[[campaign]]"),
        Tag("campaign-dates", _dates, usage="[[campaign-dates]]"),
        Tag("site-address", _address, usage="[[site-address]]"),
        Tag("search-phrase", _search_phrase, usage="[[search-phrase]]"),
    ),
)
