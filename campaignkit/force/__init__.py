"""Force identity: name, logo, brand colour and contact details.

Tags: [[force]] (the force's name), [[force-contact]] (its contact details).
The brand colour becomes CSS custom properties in the bundled stylesheet.
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


def brand_css(colour: str) -> str:
    """Material's colour variables, driven by the force's colour."""
    return (
        ":root {\n"
        f"  --ck-brand: {colour};\n"
        "  --md-primary-fg-color: var(--ck-brand);\n"
        "  --md-primary-fg-color--light: var(--ck-brand);\n"
        "  --md-primary-fg-color--dark: var(--ck-brand);\n"
        "  --md-primary-bg-color: #ffffff;\n"
        "  --md-accent-fg-color: var(--ck-brand);\n"
        "}\n"
    )
