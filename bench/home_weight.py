"""The home page's first-visit weight: requests and gzip bytes for its HTML and everything it loads.

Builds a copy of this site once and opens each language's home page cold in headless
Chromium, counting what `run.first_visit` counts. Compare numbers from one machine only.

    .venv/bin/python bench/home_weight.py            # English and Arabic home pages
    .venv/bin/python bench/home_weight.py "" pl/     # any pages, by address
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_seconds, campaign_project, chromium, first_visit  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["", "ar/"], help="page addresses, '' for the home page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, chromium() as browser:
        project = campaign_project(Path(folder) / "campaign")
        build_seconds(project, 1)
        print(f"{'page':12}{'requests':>10}{'bytes (gzip)':>14}{'other hosts':>13}")
        for path in args.paths:
            seen = first_visit(project / "site", browser, path)
            print(f"{'/' + path:12}{seen['requests']:>10}{seen['gzip_bytes']:>14}{seen['other_hosts']:>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
