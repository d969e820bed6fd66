"""Quick-exit latency in headless Chromium: from the Esc key press to the page hidden, and to the neutral
site's request.

Timed in the page (a script added before the page's own): from the key event to the moment the exit
hides the page, and to the next frame after it, which is when the reader sees it go; and, outside the
page, from the key press sent to the browser to the route that answers the neutral request. The route
answers that request with 204 No Content, so the browser stays on the hidden page and the times can be
read from it.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from browser import serve

# The key event's time, the time the exit hid the page and the time the next frame after it is drawn.
TIMER = """
window.__exit = {};
addEventListener("keydown", (event) => { window.__exit.key = event.timeStamp; }, {capture: true});
new MutationObserver(() => {
  if (window.__exit.hidden === undefined && document.documentElement.style.visibility === "hidden") {
    window.__exit.hidden = performance.now();
    requestAnimationFrame(() => { window.__exit.frame = performance.now(); });
  }
}).observe(document, {attributes: true, subtree: true, attributeFilter: ["style", "class"]});
"""


def exit_latency(site: Path, browser, path: str = "report-it/", runs: int = 5) -> dict:
    hidden, shown_hidden, neutral = [], [], []
    with serve(site) as base:
        for _ in range(runs):
            context = browser.new_context()
            try:
                asked: list[float] = []
                context.route(lambda url: not url.startswith(base),
                              lambda route: (asked.append(time.perf_counter()), route.fulfill(status=204)))
                page = context.new_page()
                page.add_init_script(TIMER)
                page.goto(base + path, wait_until="load")
                page.wait_for_function("document.documentElement.classList.contains('ck-quick-exit--ready')")
                with page.expect_request(lambda request: not request.url.startswith(base)):
                    pressed = time.perf_counter()
                    page.keyboard.press("Escape")
                page.wait_for_function("window.__exit.frame !== undefined")
                times = page.evaluate("window.__exit")
                hidden.append(times["hidden"] - times["key"])
                shown_hidden.append(times["frame"] - times["key"])
                neutral.append((asked[0] - pressed) * 1000)
            finally:
                context.close()
    return {"key_to_hidden_ms": round(statistics.median(hidden), 1),
            "key_to_hidden_frame_ms": round(statistics.median(shown_hidden), 1),
            "key_to_neutral_request_ms": round(statistics.median(neutral), 1)}
