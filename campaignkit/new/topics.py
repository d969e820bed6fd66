"""Campaign topics: the starter pages, helplines and defaults a new site begins with.

Each topic is data in campaignkit/topics/<name>/ (topic.yml, docs/, and for some
translations/), so a new topic needs no code, and the engine itself assumes none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent.parent / "topics"
TOPICS = ("modern-slavery", "blank")


@dataclass(frozen=True)
class Topic:
    name: str
    folder: Path
    data: Any  # topic.yml, read round trip so the helplines keep their comments

    @property
    def docs(self) -> Path:
        return self.folder / "docs"

    @property
    def translations(self) -> Path:
        return self.folder / "translations"

    @property
    def translated(self) -> tuple[str, ...]:
        """Languages whose translations ship with the topic."""
        return tuple(self.data.get("translated") or ())

    @property
    def campaign_start(self) -> str | None:
        return self.data.get("campaign_start")

    @property
    def campaign_days(self) -> int:
        return int(self.data.get("campaign_days") or 7)

    @property
    def campaign_name(self) -> str:
        return str(self.data["campaign_name"])

    @property
    def quick_exit_url(self) -> str:
        return str(self.data["quick_exit_url"])

    @property
    def search_phrase(self) -> str:
        return str(self.data["search_phrase"])

    def __str__(self) -> str:  # as the answers file names it
        return self.name


def load_topic(name: str) -> Topic:
    folder = FOLDER / name
    from ruamel.yaml import YAML  # only when a site is made: `campaign check` starts without it

    yaml = YAML()
    yaml.preserve_quotes = True  # "no" and "999" stay quoted, as MkDocs (YAML 1.1) needs them
    return Topic(name, folder, yaml.load((folder / "topic.yml").read_text(encoding="utf-8")))
