"""Generated versions of the example site, larger or with more languages, for the scaling table.

More pages are copies of the example's content pages (with their catalogues, so they are
translated as fully as the originals), added to the menu. More languages reuse the Polish
catalogues under the codes of the site's coming languages: the words are Polish, but the
work a build does for each language is the same.
"""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import yaml

CONTENT = ("what-is-modern-slavery", "spot-the-signs", "report-it", "get-help", "employers-and-workers",
           "staying-safe-online")
EXTRA_LANGUAGES = [("cy", "Welsh", "Cymraeg", "ltr"), ("sq", "Albanian", "Shqip", "ltr"),
                   ("vi", "Vietnamese", "Tiếng Việt", "ltr"), ("so", "Somali", "Soomaali", "ltr"),
                   ("ro", "Romanian", "Română", "ltr"), ("zh", "Chinese", "中文", "ltr"),
                   ("ps", "Pashto", "پښتو", "rtl")]


def languages_block(text: str) -> tuple[int, int]:
    """Where the campaign's `languages:` list starts and ends in mkdocs.yml."""
    start = text.index("      languages:\n        - code:")
    end = text.index("\n      # Where the site is published", start) + 1
    return start, end


def resize(project: Path, pages: int, languages: int) -> None:
    """Give the project `pages` pages (at least the example's) and `languages` languages in all (1, 5 or 12)."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    codes = [path.name for path in (project / "translations").iterdir()
             if path.is_dir() and path.name not in ("templates", "work")]
    start, end = languages_block(text)
    block = text[start:end]
    if languages == 1:
        block = ""
        for code in codes:
            shutil.rmtree(project / "translations" / code)
    elif languages > len(codes) + 1:
        for code, name, endonym, direction in EXTRA_LANGUAGES[:languages - len(codes) - 1]:
            block += (f"        - code: {code}\n          name: {name}\n          endonym: {endonym}\n"
                      f"          direction: {direction}\n          threshold: 80\n          review: draft\n")
            shutil.copytree(project / "translations" / "pl", project / "translations" / code)
            for catalogue in (project / "translations" / code).rglob("*.po"):
                po = catalogue.read_text(encoding="utf-8")
                catalogue.write_text(po.replace('"Language: pl\\n"', f'"Language: {code}\\n"'), encoding="utf-8")
    text = text[:start] + block + text[end:]
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
