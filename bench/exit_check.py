"""Which way of running the quick exit's return check is lighter for a first visit.

The return check must run before the first paint in every engine. Two ways do that:

- inline: a small script in the head, allowed by its hash in the page's policy (what the site does);
  the main script stays `async`;
- file: the whole quick-exit script loaded synchronously from its file in the head, which holds up
  parsing until it arrives.

Builds the site once, makes the "file" variant from it, and loads the home page in headless Chromium
on a slow mobile connection (cache off, so every visit is a first visit), several times each,
reporting bytes on the wire and the median first contentful paint. Nothing here runs in the tests.

    .venv/bin/python bench/exit_check.py --runs 7
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import chromium, serve  # noqa: E402
from conftest import copy_project  # noqa: E402

RETURN_CHECK = re.compile(r'<script data-url="[^"]*">.*?</script>', re.DOTALL)
ASYNC = ' async blocking="render"'
# A slow 3G-like connection: 400 ms round trip, 400 kbit/s down.
NETWORK = {"offline": False, "latency": 400, "downloadThroughput": 50_000, "uploadThroughput": 50_000}


def file_variant(site: Path, target: Path) -> None:
    """The built site with the inline check removed and the whole script loaded synchronously instead."""
    shutil.copytree(site, target)
    for page in target.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(RETURN_CHECK.sub("", html).replace(ASYNC, ""), encoding="utf-8")


def first_paint(browser, url: str) -> tuple[float, int]:
    """Milliseconds to first contentful paint, and bytes received, for one cold visit."""
    context = browser.new_context()
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Network.emulateNetworkConditions", NETWORK)
        received = []
        cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
        page.goto(url, wait_until="load")
        fcp = page.evaluate("""() => new Promise(done => {
          const find = () => performance.getEntriesByName('first-contentful-paint')[0];
          if (find()) return done(find().startTime);
          new PerformanceObserver(() => find() && done(find().startTime)).observe({type: 'paint', buffered: true});
        })""")
        return fcp, sum(received)
    finally:
        context.close()


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder))
        result = project.build()
        if result.returncode:
            sys.exit(result.stderr)
        file_site = Path(folder) / "file-variant"
        file_variant(project.site, file_site)
        inline_html, file_html = project.site / "index.html", file_site / "index.html"
        script = project.site / "assets" / "campaign" / "quick-exit.js"
        print(f"home page HTML, gzip: inline {gzip_size(inline_html)} B, file {gzip_size(file_html)} B "
              f"(+{gzip_size(inline_html) - gzip_size(file_html)} B inline); quick-exit.js gzip {gzip_size(script)} B")
        with chromium() as browser, serve(project.site) as inline_url, serve(file_site) as file_url:
            timings = {"inline": [], "file": []}
            for _ in range(runs):  # interleaved, so a busy moment on the machine hits both alike
                for name, url in (("inline", inline_url), ("file", file_url)):
                    timings[name].append(first_paint(browser, url))
        for name, values in timings.items():
            paints = [fcp for fcp, _ in values]
            print(f"{name:>6}: first contentful paint median {statistics.median(paints):.0f} ms "
                  f"(min {min(paints):.0f}, max {max(paints):.0f}), {values[0][1]} B received, {runs} cold visits")
        ratio = statistics.median(p for p, _ in timings["inline"]) / statistics.median(p for p, _ in timings["file"])
        print(f"inline / file first paint: {ratio:.2f}")


if __name__ == "__main__":
    main()
