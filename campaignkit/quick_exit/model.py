"""Quick exit settings: where it goes, which shortcuts work, and any label the force rewords."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..configuration.reader import Reader

DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"
SHORTCUTS = ("escape", "shift")
STRINGS_FILE = Path(__file__).parent / "strings.yml"


@dataclass(frozen=True)
class QuickExit:
    url: str = DEFAULT_EXIT_URL
    shortcuts: tuple[str, ...] = SHORTCUTS
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def escape(self) -> bool:
        return "escape" in self.shortcuts

    @property
    def shift(self) -> bool:
        return "shift" in self.shortcuts


def read_quick_exit(root: Reader) -> QuickExit:
    section = root.section("quick_exit", required=False)
    if section is None:
        return QuickExit()
    section.allow("url", "shortcuts", "labels")
    url = section.url("url", required=False, default=DEFAULT_EXIT_URL) or DEFAULT_EXIT_URL
    shortcuts = section.texts("shortcuts", SHORTCUTS)  # an empty list switches both off
    for name in shortcuts:
        if name not in SHORTCUTS:
            section.error("shortcuts", f"'{name}' is not a shortcut Campaign Kit has. Choose from: {', '.join(SHORTCUTS)}.")
    labels = _read_labels(section)
    return QuickExit(url, tuple(s for s in shortcuts if s in SHORTCUTS), labels)


def _read_labels(section: Reader) -> dict[str, str]:
    labels = section.section("labels", required=False)
    if labels is None:
        return {}
    known = tuple(yaml.safe_load(STRINGS_FILE.read_text(encoding="utf-8")))
    labels.allow(*known)
    return {key: text for key in known if (text := labels.text(key, required=False))}
