"""Real headless Chromium (Debian's) driven by Playwright, and a local server for a built site.

A missing browser is a failure, never a skip: browser behaviour is what readers meet.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# The flags this machine's closed network needs; without them Chromium phones home at start.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require_chromium() -> str:
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not path:
        raise RuntimeError(f"Chromium was not found at {CHROMIUM}. Install Debian's package: apt-get install chromium")
    return path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free loopback port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def playwright_driver():
    """One Playwright driver per test session (the sync API allows only one at a time)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


def launch(driver, back_forward_cache: bool = False):
    """Debian's Chromium, headless. Playwright switches the back-forward cache off unless asked."""
    extra = {"ignore_default_args": ["--disable-back-forward-cache"]} if back_forward_cache else {}
    return driver.chromium.launch(executable_path=require_chromium(), headless=True, args=CHROMIUM_ARGS, **extra)


@contextmanager
def chromium(**options):
    """For scripts outside the test suite: a driver and a browser in one."""
    with playwright_driver() as driver:
        browser = launch(driver, **options)
        try:
            yield browser
        finally:
            browser.close()
