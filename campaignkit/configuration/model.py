"""The whole validated `campaign` block, as one immutable object."""

from __future__ import annotations

from dataclasses import dataclass

from ..campaign_week.model import CampaignWeek
from ..data_protection.model import DataProtection
from ..force.model import Force
from ..helplines.model import Routes
from ..home.model import Home
from ..look.model import Look
from ..materials.model import MaterialsSettings
from ..quick_exit.model import QuickExit
from ..translations.languages import Language


@dataclass(frozen=True)
class SitePages:
    """Pages the templates link to from every page (footer, notices)."""

    accessibility: str
    privacy: str
    staying_safe: str
    report: str
    get_help: str

    def as_dict(self) -> dict[str, str]:
        return dict(vars(self))


@dataclass(frozen=True)
class Campaign:
    site_url: str
    force: Force
    week: CampaignWeek
    routes: Routes
    quick_exit: QuickExit
    pages: SitePages
    languages: tuple[Language, ...] = ()
    search_phrase: str = ""
    data_protection: DataProtection | None = None
    review_every_months: int = 6
    home: Home = Home()
    look: Look | None = None  # always set by load_campaign
    host: str | None = None  # where the site is published (one of configuration.load.HOSTS), if the force said
    materials: MaterialsSettings = MaterialsSettings()
    bilingual: str | None = None  # a language published in full beside English, linked from every page (Welsh)
