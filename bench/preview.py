"""Edit to preview under `mkdocs serve`: the time from saving a file to the served page showing the change.

Starts `mkdocs serve` on a copy of a project, makes each kind of edit a comms team or a translator
makes (an English page, a page catalogue, mkdocs.yml) several times, and polls the page that shows it
until the new text is there. Used by bench/run.py, for Campaign Kit and for the stock site.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_preview import fetch, free_port  # noqa: E402  the preview test's own helpers

Edit = Callable[[Path, str], None]  # (project folder, marker text): write the marker somewhere


@dataclass
class Case:
    name: str
    address: str  # the page that shows the edit, relative to the site's root
    edit: Edit


def wait_for(url: str, check: Callable[[str], bool], limit: float) -> float:
    """Seconds until the page at `url` passes `check` (polled every 20 ms)."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if check(fetch(url)):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise TimeoutError(f"{url} did not change within {limit} s")


def replace_in(relative: str, old: str) -> Edit:
    """An edit that puts the marker in place of `old` (or of the previous marker)."""
    def edit(project: Path, marker: str) -> None:
        file = project / relative
        text = file.read_text(encoding="utf-8")
        previous = getattr(edit, "previous", old)
        assert previous in text, f"{previous!r} not in {relative}"
        file.write_text(text.replace(previous, marker, 1), encoding="utf-8")
        edit.previous = marker
    return edit


def edit_to_preview(project: Path, cases: list[Case], rounds: int = 5) -> dict[str, float]:
    """Median seconds from save to page, per case, with `mkdocs serve` already running and warmed up."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    log = (project / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(base, lambda page: "</html>" in page, 300)
        results: dict[str, list[float]] = {case.name: [] for case in cases}
        for number in range(rounds + 1):  # the first round warms up, and is not counted
            for case in cases:
                wait_for(base + case.address, lambda page: "</html>" in page, 300)  # look at the page first
                time.sleep(0.5)  # a person reads before saving; also lets the server settle
                # Letters only: a number in a translation would be refused, as it should be.
                marker = "Edited " + "".join(chr(97 + int(digit)) for digit in str(time.monotonic_ns())[-9:])
                case.edit(project, marker)
                seconds = wait_for(base + case.address, lambda page, m=marker: m in page, 120)
                if number:
                    results[case.name].append(seconds)
        return {name: round(statistics.median(times), 3) for name, times in results.items()}
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
