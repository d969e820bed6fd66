"""Generated versions of the example site, larger or with more languages, for the scaling table.

More pages are copies of the example's content pages (with their catalogues, so they are
translated as fully as the originals), added to the menu. Fewer languages keep the example's
first ones, in the order mkdocs.yml lists them.
"""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import yaml

from site_languages import TRANSLATED, keep_languages

CONTENT = ("what-is-modern-slavery", "spot-the-signs", "report-it", "get-help", "employers-and-workers",
           "staying-safe-online")


def resize(project: Path, pages: int, languages: int) -> None:
    """Give the project `pages` pages (at least the example's) and its first `languages` languages in all,
    English counted (1 to the example's 12)."""
    codes = [language.code for language in TRANSLATED]
    assert languages - 1 <= len(codes), f"the example has {len(codes) + 1} languages, not {languages}"
    keep_languages(project, codes[:languages - 1])
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    existing = len(list((project / "docs").glob("*.md")))
    extra = []
    for number, stem in zip(range(pages - existing), itertools.cycle(CONTENT)):
        copy = f"{stem}-{number + 2}"
        shutil.copy(project / "docs" / f"{stem}.md", project / "docs" / f"{copy}.md")
        for catalogue in (project / "translations").glob(f"*/pages/{stem}.po"):
            shutil.copy(catalogue, catalogue.with_name(f"{copy}.po"))
        extra.append(f"      - Copy {number + 2}: {copy}.md\n")
    if extra:
        text = re.sub(r"(?m)^(  - Privacy and cookies: privacy\.md\n)", lambda m: m.group(1) + "  - More:\n" + "".join(extra),
                      text, count=1)
    config.write_text(text, encoding="utf-8")
    yaml.safe_load(text.replace("!ENV", ""))  # still readable
