"""Data protection: the server-log facts UK GDPR Article 13 requires, from the force's settings.

Tag: [[data-protection]] (own line), on the privacy page. The build refuses a
privacy page without it, so no force publishes a notice that leaves them out.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from ..features import Feature
from ..tags import RenderContext, Tag
from .days import format_days

TAG = "[[data-protection]]"


def _block(argument: str | None, context: RenderContext) -> str:
    days = format_days(context.campaign.data_protection.log_retention_days, context.locale)
    return context.render("campaign/data_protection/notice.html", days=days)


FEATURE = Feature(
    name="data_protection",
    folder=Path(__file__).parent,
    styles=("data-protection.css",),
    tags=(Tag("data-protection", _block, block=True, usage=TAG),),
)


def privacy_page_problems(docs: Path, privacy: str) -> list[Problem]:
    """The privacy page must carry the server-log facts the law asks for, from the settings."""
    page = docs / privacy
    if not page.is_file() or TAG in page.read_text(encoding="utf-8-sig"):
        return []
    return [Problem(f"{docs.name}/{privacy}", None,
                    f"the privacy page must include {TAG} on a line of its own, under the part about server logs. "
                    "It shows who is responsible for the data, how long it is kept and the reader's rights, which "
                    "UK GDPR Article 13 requires, from the data_protection settings in mkdocs.yml.")]
