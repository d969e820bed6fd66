"""The engine's features, each a folder holding its logic, templates, styles and strings.

To add a feature: create `campaignkit/<name>/` with an `__init__.py` that defines
`FEATURE = Feature(...)`, put its partials in `templates/` (available to themes as
`campaign/<name>/...`), its stylesheet and scripts beside it, and its English
interface strings in `strings.yml`; then list it in `all_features()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .tags import Tag


@dataclass(frozen=True)
class Feature:
    name: str
    folder: Path
    tags: tuple[Tag, ...] = ()
    styles: tuple[str, ...] = ()  # bundled into assets/campaign/campaign.css
    scripts: tuple[str, ...] = ()  # bundled into assets/campaign/campaign.js, loaded deferred on every page
    head_scripts: tuple[str, ...] = ()  # in templates/: its partials put them in the page, hashed by the policy
    # Elements and classes its script puts in pages from text it does not hold (the search worker's <mark>):
    # the stylesheet keeps their rules although no built page has them.
    runtime_names: tuple[str, ...] = ()

    @property
    def templates(self) -> Path:
        return self.folder / "templates"

    @property
    def strings_file(self) -> Path:
        return self.folder / "strings.yml"


def all_features() -> tuple[Feature, ...]:
    """Every feature, in the order their styles are bundled."""
    from .bilingual import FEATURE as bilingual
    from .campaign_week import FEATURE as campaign_week
    from .data_protection import FEATURE as data_protection
    from .force import FEATURE as force
    from .helplines import FEATURE as helplines
    from .home import FEATURE as home
    from .languages import FEATURE as languages
    from .materials import FEATURE as materials
    from .quick_exit import FEATURE as quick_exit
    from .reviews import FEATURE as reviews
    from .search import FEATURE as search
    from .theme import FEATURE as theme
    from .translations import FEATURE as translations

    return (theme, force, campaign_week, helplines, quick_exit, translations, languages, bilingual, search,
            data_protection, reviews, home, materials)
