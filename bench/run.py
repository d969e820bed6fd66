"""Campaign Kit against a stock MkDocs + Material + mkdocs-static-i18n site with the same pages.

Measures, for each: build time (median of several clean builds), a first visit to
the home page in headless Chromium (requests made, bytes transferred gzip-compressed,
requests to other hosts), and what a first search then adds. Prints a table with ratios and writes bench/results/latest.json.

    make bench            # or: .venv/bin/python bench/run.py --runs 5
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import polib
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import chromium, serve  # noqa: E402
from conftest import copy_project  # noqa: E402

from campaignkit.translations.segments import translate  # noqa: E402

TAG = re.compile(r"\[\[\s*([a-z-]+)\s*(?::\s*([^\]]*))?\]\]")


def stock_project(target: Path) -> Path:
    """The same pages on a stock stack: Material's defaults, static-i18n, no campaign plugin.

    Tags become their plain text (a number for a helpline), so the pages carry the same words.
    """
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    campaign = next(p["campaign"] for p in config["plugins"] if isinstance(p, dict) and "campaign" in p)
    numbers = {h["id"]: h for h in campaign["helplines"]}

    def plain(match: re.Match[str]) -> str:
        name, argument = match.group(1), (match.group(2) or "").strip()
        if name == "helpline":
            helpline_id, _, which = argument.partition(" ")
            return numbers[helpline_id].get(which or "number", "")
        if name == "helpline-card":
            return f"{numbers[argument]['name']}: {numbers[argument]['number']}"
        if name == "helplines":
            return "\n".join(f"- {h['name']}: {h['number']}" for h in campaign["helplines"])
        return {"force": campaign["force"]["name"], "campaign": campaign["week"]["name"]}.get(name, name)

    shutil.copytree(ROOT / "docs", target / "docs")
    languages = [language["code"] for language in campaign.get("languages", [])]
    for page in sorted((target / "docs").glob("*.md")):
        # Material's own page template: the engine's home.html is not part of a stock site.
        english = re.sub(r"(?m)^template: .*\n", "", page.read_text(encoding="utf-8"), count=1)
        # Each translation as the whole-page copy a stock static-i18n site keeps beside the English.
        for code in languages:
            text = translate(english, _lookup(ROOT / "translations" / code / "pages" / f"{page.stem}.po"))
            page.with_name(f"{page.stem}.{code}.md").write_text(TAG.sub(plain, text), encoding="utf-8")
        page.write_text(TAG.sub(plain, english), encoding="utf-8")
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    i18n["languages"] += [{"locale": code, "name": code, "build": True} for code in languages]
    i18n["reconfigure_material"] = i18n["reconfigure_search"] = True  # the stock defaults: its selector, one index
    # Stock Material stops on a language it has no label pack for (Tigrinya): the usual fix is
    # an English pack under that language's name in custom_dir.
    material = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"
    for code in languages:
        if not (material / f"{code}.html").is_file():
            pack = target / "overrides" / "partials" / "languages" / f"{code}.html"
            pack.parent.mkdir(parents=True, exist_ok=True)
            pack.write_text((material / "en.html").read_text(encoding="utf-8"), encoding="utf-8")
    stock = {
        "site_name": config["site_name"],
        "site_url": campaign["site_url"],
        "nav": config["nav"],
        "theme": {"name": "material", "language": "en", "custom_dir": "overrides"},
        "markdown_extensions": ["admonition", "attr_list", "md_in_html"],
        "plugins": ["search", {"i18n": i18n}],
    }
    (target / "mkdocs.yml").write_text(yaml.safe_dump(stock, sort_keys=False), encoding="utf-8")
    return target


def _lookup(catalogue: Path):
    """Translated text by English text, from a language's page catalogue (fuzzy entries left out)."""
    found = {}
    if catalogue.is_file():
        found = {e.msgid: e.msgstr for e in polib.pofile(str(catalogue)) if e.msgstr and not e.obsolete and "fuzzy" not in e.flags}
    return lambda text: found.get(text, text)


def campaign_project(target: Path) -> Path:
    target.mkdir()
    return copy_project(target).path


def build_seconds(project: Path, runs: int) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    times = []
    for _ in range(runs):
        shutil.rmtree(project / "site", ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")],
                       cwd=project, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_visit(site: Path, browser, path: str = "") -> dict:
    """Open a page in a fresh context, then search once; count what the browser fetched (other hosts cut off)."""
    with serve(site) as base:
        own = urlsplit(base).netloc
        context = browser.new_context()
        local, foreign = [], []

        def route(route):
            (local if urlsplit(route.request.url).netloc == own else foreign).append(route.request.url)
            route.continue_() if urlsplit(route.request.url).netloc == own else route.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.goto(base + path, wait_until="networkidle")
        page.wait_for_timeout(500)
        visit = (list(local), list(foreign))
        page.click(".md-search__input")
        page.keyboard.type("help")
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        page.wait_for_timeout(500)
        context.close()
    seen = _weigh(site, *visit)
    searched = _weigh(site, local, foreign)
    return {**seen, "search_requests": searched["requests"] - seen["requests"],
            "search_gzip_bytes": searched["gzip_bytes"] - seen["gzip_bytes"]}


def _weigh(site: Path, local: list[str], foreign: list[str]) -> dict:
    gzip_bytes = 0
    for url in local:
        path = urlsplit(url).path
        file = site / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        if file.is_file():
            gzip_bytes += len(gzip.compress(file.read_bytes(), 9))
    return {"requests": len(local) + len(foreign), "other_hosts": len(foreign), "gzip_bytes": gzip_bytes,
            "other_host_examples": sorted({urlsplit(u).netloc for u in foreign})}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="clean builds per site (median is reported)")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder, chromium() as browser:
        for name, make in (("campaign", campaign_project), ("stock", stock_project)):
            project = make(Path(folder) / name)
            seconds = build_seconds(project, args.runs)
            results[name] = {"build_seconds": round(seconds, 3), "pages": len(list((project / "site").rglob("index.html"))),
                             **first_visit(project / "site", browser)}
    ours, stock = results["campaign"], results["stock"]
    results["ratios"] = {key: round(ours[key] / stock[key], 2) if stock[key] else None
                         for key in ("build_seconds", "requests", "gzip_bytes", "search_requests", "search_gzip_bytes")}
    print(f"{'':28}{'Campaign Kit':>14}{'stock':>12}{'ratio':>8}")
    for key, label in (("build_seconds", "build (s, median)"), ("requests", "first visit: requests"),
                       ("gzip_bytes", "first visit: bytes (gzip)"), ("other_hosts", "requests to other hosts"),
                       ("search_requests", "first search: more requests"),
                       ("search_gzip_bytes", "first search: more bytes")):
        ratio = results["ratios"].get(key)
        print(f"{label:28}{ours[key]:>14}{stock[key]:>12}{'' if ratio is None else ratio:>8}")
    if stock["other_host_examples"]:
        print(f"stock reaches: {', '.join(stock['other_host_examples'])}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
