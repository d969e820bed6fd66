"""Screenshots of pages in each script, to check by eye that the system fonts render them.

Builds the site, plus a throwaway Chinese (zh-Hans) version of the home page, and saves
phone-sized PNGs of the Tigrinya, Arabic, Persian and Chinese home pages in
bench/results/screenshots/. Needs Debian's Chromium and its Noto fonts
(fonts-noto-core, fonts-noto-cjk).

    .venv/bin/python bench/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import chromium, serve  # noqa: E402
from conftest import copy_project  # noqa: E402
from test_languages_browser import add_chinese_home_page  # noqa: E402

PAGES = {"ti": "ti/", "ar": "ar/", "fa": "fa/", "zh-Hans": "zh-Hans/"}


def main() -> int:
    out = ROOT / "bench" / "results" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder))
        add_chinese_home_page(project)
        result = project.build()
        if result.returncode:
            print(result.stderr)
            return 1
        with serve(project.site) as base, chromium() as browser:
            for code, path in PAGES.items():
                page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
                page.goto(base + path, wait_until="networkidle")
                target = out / f"{code}.png"
                page.screenshot(path=str(target))
                print(target.relative_to(ROOT))
                page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
