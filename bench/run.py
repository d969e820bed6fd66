"""Campaign Kit against a stock MkDocs + Material + mkdocs-static-i18n site with the same pages.

Measures, side by side, at 5 and at 12 languages: a full build from nothing (cold) and with the
build's cache (warm; stock has none), a build after one translation changed, the time from a save
to the page under `mkdocs serve` (an English page, a Polish translation, mkdocs.yml), a first visit
to a home, content and 404 page in headless Chromium (requests, bytes gzip-compressed, requests to
other hosts) and the quick exit's latency; then ours with PDFs and share images. `--scale` adds the
pages x languages table. Prints tables with ratios and writes bench/results/latest.json.

    make bench            # or: .venv/bin/python bench/run.py --runs 3 [--scale]
"""

from __future__ import annotations

import argparse
import compileall
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
from exit_latency import exit_latency  # noqa: E402
from preview import Case, edit_to_preview, replace_in  # noqa: E402
from variants import resize  # noqa: E402

TAG = re.compile(r"\[\[\s*([a-z-]+)\s*(?::\s*([^\]]*))?\]\]")


def stock_project(target: Path, source: Path = ROOT) -> Path:
    """The same pages on a stock stack: Material's defaults, static-i18n, no campaign plugin.

    Tags become their plain text (a number for a helpline), so the pages carry the same words.
    """
    config = yaml.safe_load((source / "mkdocs.yml").read_text(encoding="utf-8"))
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

    shutil.copytree(source / "docs", target / "docs")
    languages = [language["code"] for language in campaign.get("languages", [])]
    for page in sorted(path for path in (target / "docs").glob("*.md") if path.suffixes == [".md"]):
        # Material's own page template: the engine's home.html is not part of a stock site.
        english = re.sub(r"(?m)^template: .*\n", "", page.read_text(encoding="utf-8"), count=1)
        # Each translation as the whole-page copy a stock static-i18n site keeps beside the English.
        for code in languages:
            text = translate(english, _lookup(source / "translations" / code / "pages" / f"{page.stem}.po"))
            page.with_name(f"{page.stem}.{code}.md").write_text(TAG.sub(plain, text), encoding="utf-8")
        page.write_text(TAG.sub(plain, english), encoding="utf-8")
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    i18n["languages"] += [{"locale": code, "name": code, "build": True} for code in languages]
    i18n["reconfigure_material"] = i18n["reconfigure_search"] = True  # the stock defaults: its selector, one index
    # Stock Material stops on a language it has no label pack for (Tigrinya): the usual fix is
    # an English pack under that language's name in custom_dir.
    material = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"
    (target / "overrides").mkdir(exist_ok=True)  # custom_dir must exist, even with no pack to add
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


def campaign_project(target: Path, pages: int = 10, languages: int = 5) -> Path:
    target.mkdir(parents=True)
    project = copy_project(target, all_languages=True).path
    resize(project, pages, languages)
    return project


def build_seconds(project: Path, runs: int, cold: bool = True) -> float:
    """Median of `runs` builds from scratch; `cold` also deletes the build's cache before each."""
    times = []
    for _ in range(runs):
        shutil.rmtree(project / "site", ignore_errors=True)
        if cold:
            shutil.rmtree(project / ".cache", ignore_errors=True)
        times.append(_build(project))
    return statistics.median(times)


def rebuild_seconds(project: Path, catalogue: Path, runs: int) -> float:
    """Median time to build again after one language's page changed (a translator's save)."""
    _build(project)
    times = []
    for number in range(runs):
        text = catalogue.read_text(encoding="utf-8")
        marker = "Zmiana " + "abcdefgh"[number % 8]
        catalogue.write_text(text.replace("Każdy szczegół", marker, 1) if "Każdy szczegół" in text
                             else re.sub(r"Zmiana [a-h]", marker, text, count=1), encoding="utf-8")
        times.append(_build(project))
    return statistics.median(times)


def _build(project: Path) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")],
                   cwd=project, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def size_bytes(site: Path) -> int:
    return sum(path.stat().st_size for path in site.rglob("*") if path.is_file())


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


SENTENCE = "You deserve to be safe."


def preview_cases(stock: bool) -> list[Case]:
    """The three saves of the issue: an English page, a Polish page's translation, mkdocs.yml."""
    polish = (replace_in("docs/report-it.pl.md", "Nie martw się") if stock
              else replace_in("translations/pl/pages/report-it.po", "Nie martw się"))
    return [Case("English page", "get-help/", replace_in("docs/get-help.md", SENTENCE)),
            Case("Polish translation", "pl/report-it/", polish),
            Case("mkdocs.yml", "", replace_in("mkdocs.yml", "Modern slavery - Northvale"))]


def compare(folder: Path, languages: int, runs: int, browser) -> dict:
    """Both sites at the example's size with this many languages, every measure side by side."""
    ours = campaign_project(folder / f"campaign-{languages}", 10, languages)
    stock = stock_project(folder / f"stock-{languages}", ours)
    result: dict = {"campaign": {}, "stock": {}}
    result["campaign"]["build_cold"] = build_seconds(ours, runs, cold=True)
    result["campaign"]["build_warm"] = build_seconds(ours, runs, cold=False)
    result["stock"]["build_cold"] = result["stock"]["build_warm"] = build_seconds(stock, runs)
    result["campaign"]["rebuild_one_language"] = rebuild_seconds(ours, ours / "translations/pl/pages/report-it.po", runs)
    result["stock"]["rebuild_one_language"] = rebuild_seconds(stock, stock / "docs/report-it.pl.md", runs)
    for name, project in (("campaign", ours), ("stock", stock)):
        for case, seconds in edit_to_preview(project, preview_cases(name == "stock"), rounds=runs).items():
            result[name][f"preview: {case}"] = seconds
    if browser is not None:
        for name, project in (("campaign", ours), ("stock", stock)):
            for kind, path in (("home", ""), ("content page", "report-it/"), ("404", "404.html")):
                visit = first_visit(project / "site", browser, path)
                result[name][f"{kind}: requests"] = visit["requests"]
                result[name][f"{kind}: bytes (gzip)"] = visit["gzip_bytes"]
                result[name][f"{kind}: other hosts"] = visit["other_hosts"]
            result[name]["first search: more requests"] = visit["search_requests"]
        result["campaign"].update(exit_latency(ours / "site", browser, runs=runs))
    return result


def with_materials(folder: Path, runs: int) -> dict:
    """Ours with PDFs and share images, as the example site is configured: cold, then from the cache."""
    project = folder / "campaign-materials"
    project.mkdir()
    copy_project(project, materials=True, bilingual=True, all_languages=True)
    return {"build_cold": build_seconds(project, 1, cold=True), "build_warm": build_seconds(project, runs, cold=False)}


def scale(folder: Path) -> list[dict]:
    """Build time and output size for pages x languages, ours (cold and warm) and stock, one build each."""
    rows = []
    for pages in (10, 30, 100):
        for languages in (1, 5, 12):
            ours = campaign_project(folder / f"scale-{pages}-{languages}", pages, languages)
            stock = stock_project(folder / f"scale-stock-{pages}-{languages}", ours)
            row = {"pages": pages, "languages": languages, "ours_cold": round(build_seconds(ours, 1), 2),
                   "ours_warm": round(build_seconds(ours, 1, cold=False), 2), "ours_bytes": size_bytes(ours / "site"),
                   "stock": round(build_seconds(stock, 1), 2), "stock_bytes": size_bytes(stock / "site")}
            print(f"{pages:>5} pages {languages:>3} languages: ours {row['ours_cold']} s cold, {row['ours_warm']} s "
                  f"warm, {row['ours_bytes']:,} B; stock {row['stock']} s, {row['stock_bytes']:,} B", flush=True)
            rows.append(row)
            shutil.rmtree(ours)
            shutil.rmtree(stock)
    return rows


def print_table(title: str, result: dict) -> None:
    ours, stock = result["campaign"], result["stock"]
    print(f"\n{title}\n{'':34}{'Campaign Kit':>14}{'stock':>12}{'ratio':>8}")
    for key, value in ours.items():
        other = stock.get(key)
        ratio = round(value / other, 2) if isinstance(value, (int, float)) and other else ""
        shown = round(value, 3) if isinstance(value, float) else value
        print(f"{key:34}{shown:>14}{'' if other is None else round(other, 3) if isinstance(other, float) else other:>12}"
              f"{ratio:>8}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing (the median is reported)")
    parser.add_argument("--scale", action="store_true", help="also the pages x languages table (several minutes)")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "campaignkit", quiet=1)  # as installed: `make bench` does the same
    results: dict = {}
    with tempfile.TemporaryDirectory() as name, chromium() as browser:
        folder = Path(name)
        results["5 languages"] = compare(folder, 5, args.runs, browser)
        print_table("The example site: 10 pages, 5 languages", results["5 languages"])
        results["12 languages"] = compare(folder, 12, args.runs, None)
        print_table("The same pages in 12 languages", results["12 languages"])
        results["materials"] = with_materials(folder, args.runs)
        print(f"\nWith PDFs and share images (ours only): {results['materials']['build_cold']:.2f} s cold, "
              f"{results['materials']['build_warm']:.2f} s from the cache")
        if args.scale:
            print("\nScaling (one build each)")
            results["scale"] = scale(folder)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
