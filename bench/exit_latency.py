"""Quick-exit latency in headless Chromium: from the Esc key press to the neutral site's request.

The exit hides the page in the same task that sends the tab to the neutral site, so this is also
an upper bound on the time to hidden. Timed from the key press sent to the browser to the route
that answers the neutral request.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from browser import serve


def exit_latency(site: Path, browser, path: str = "report-it/", runs: int = 5) -> dict:
    neutral = []
    with serve(site) as base:
        for _ in range(runs):
            context = browser.new_context()
            try:
                asked: list[float] = []
                context.route(lambda url: not url.startswith(base),
                              lambda route: (asked.append(time.perf_counter()),
                                             route.fulfill(body="<title>Weather</title>", content_type="text/html")))
                page = context.new_page()
                page.goto(base + path, wait_until="load")
                page.wait_for_function("document.documentElement.classList.contains('ck-quick-exit--ready')")
                pressed = time.perf_counter()
                page.keyboard.press("Escape")
                page.wait_for_url(lambda url: not url.startswith(base))
                neutral.append((asked[0] - pressed) * 1000)
            finally:
                context.close()
    return {"key_to_neutral_request_ms": round(statistics.median(neutral), 1)}
