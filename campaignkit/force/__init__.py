"""Force identity: name, website and contact details.

Tags: [[force]] (the force's name), [[force-contact]] (its contact details).
The logo and brand colour are the site's look: see `campaignkit/look/`.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape

from ..features import Feature
from ..tags import RenderContext, Tag


def _name(argument: str | None, context: RenderContext) -> str:
    return str(escape(context.campaign.force.name))


def _contact(argument: str | None, context: RenderContext) -> str:
    return context.render("campaign/force/contact.html")


FEATURE = Feature(
    name="force",
    folder=Path(__file__).parent,
    tags=(
        Tag("force", _name, usage="[[force]]"),
        Tag("force-contact", _contact, block=True, usage="[[force-contact]]"),
    ),
)

