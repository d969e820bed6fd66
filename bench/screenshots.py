"""Screenshots of every language, to check by eye that each script renders (no missing-glyph boxes) and that
right-to-left pages mirror.

Builds the example site with its PDFs, then saves, for every language, phone-sized PNGs of the home, "Spot the
signs" and "Report it" pages, and pictures of the poster and both sides of the wallet card drawn from their PDFs,
in bench/results/screenshots/<code>/. Needs Debian's Chromium, its Noto fonts (fonts-noto-core, fonts-noto-cjk)
and poppler-utils (pdftoppm).

    .venv/bin/python bench/screenshots.py [code ...]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import chromium, serve  # noqa: E402
from conftest import copy_project  # noqa: E402
from site_languages import ALL  # noqa: E402

PAGES = {"home": "", "signs": "spot-the-signs/", "report": "report-it/"}
PRINTED = {"poster": 40, "card": 150}  # item: dots per inch, enough to read the text


def main(codes: list[str]) -> int:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing: run `bash tests/system-packages.sh test` (poppler-utils)")
        return 1
    out = ROOT / "bench" / "results" / "screenshots"
    languages = [language for language in ALL if not codes or language.code in codes]
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder), materials=True, bilingual=True, all_languages=True)
        result = project.build()
        if result.returncode:
            print(result.stderr)
            return 1
        with serve(project.site) as base, chromium() as browser:
            for language in languages:
                target = out / language.code
                target.mkdir(parents=True, exist_ok=True)
                for name, path in PAGES.items():
                    page = browser.new_page(viewport={"width": 390, "height": 844})
                    page.goto(base + language.prefix + path, wait_until="networkidle")
                    page.screenshot(path=str(target / f"{name}.png"))
                    page.close()
                for item, dpi in PRINTED.items():
                    pdf = project.site / language.prefix / "materials" / f"{item}.pdf"
                    subprocess.run([pdftoppm, "-r", str(dpi), "-png", str(pdf), str(target / item)], check=True)
                print(target.relative_to(ROOT), sorted(p.name for p in target.iterdir()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
