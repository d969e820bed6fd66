"""Campaign week: the campaign's name, dates and web address.

Tags: [[campaign]] (its name), [[campaign-dates]] (the dates, in the page's language),
[[site-address]] (the site's address, to remember instead of searching).
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


FEATURE = Feature(
    name="campaign_week",
    folder=Path(__file__).parent,
    tags=(
        Tag("campaign", _name, usage="[[campaign]]"),
        Tag("campaign-dates", _dates, usage="[[campaign-dates]]"),
        Tag("site-address", _address, usage="[[site-address]]"),
    ),
)
