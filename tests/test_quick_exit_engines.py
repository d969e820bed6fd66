"""The quick exit in Firefox and WebKit as well as Chromium: the public reads on Chrome, Safari and Firefox.

Firefox is Debian's firefox-esr over WebDriver BiDi (puppeteer-core); WebKit is Debian's WebKitGTK
MiniBrowser over its WebDriver, on a virtual screen (Xvfb), as it has no headless mode. Nothing is
downloaded. The scenarios are in tests/engines/quick-exit.mjs; each runs there in a fresh profile, and
the exit's destination is served by that script over HTTPS on loopback, so it can see every Referer
and hold the neutral page back while a test looks at the page that is leaving.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from browser import serve
from conftest import ROOT, copy_project

RUNNER = ROOT / "tests" / "engines" / "quick-exit.mjs"
SCENARIOS = ("click", "escape", "escape-cannot-stop-the-exit", "shift", "shift-left-and-right", "capitals", "back-after-exit", "address-again",
             "reload", "fresh-profile", "double-trigger")
# What each engine needs from Debian, and the command that installs it.
NEEDS = {
    "firefox": {"firefox-esr": "firefox-esr"},
    "webkit": {"WebKitWebDriver": "webkit2gtk-driver", "xvfb-run": "xvfb", "xauth": "xauth"},
}
SCENARIO_SECONDS = 90


def require(engine: str) -> None:
    """A missing browser fails with the command that installs it, never a skip."""
    missing = [package for program, package in {**NEEDS[engine], "node": "nodejs", "openssl": "openssl"}.items()
               if shutil.which(program) is None]
    if missing:
        raise RuntimeError(f"{engine} tests need Debian packages that are not installed. Run: "
                           f"apt-get install {' '.join(missing)}")
    if not (ROOT / "node_modules" / "puppeteer-core").is_dir():
        raise RuntimeError("puppeteer-core and selenium-webdriver are missing. Run: npm ci")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class EngineSite:
    site: str
    neutral: str
    cert: Path
    key: Path


@pytest.fixture(scope="session")
def engine_site(tmp_path_factory: pytest.TempPathFactory):
    """The site built with its exit pointing at a local HTTPS stand-in for the neutral site, and served."""
    folder = tmp_path_factory.mktemp("engines")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    neutral = f"https://127.0.0.1:{free_port()}/weather"
    (folder / "project").mkdir()
    project = copy_project(folder / "project")
    project.edit("mkdocs.yml", "url: https://www.bbc.co.uk/weather", f"url: {neutral}")
    result = project.build()
    assert result.returncode == 0, result.stderr
    with serve(project.site) as site:
        yield EngineSite(site, neutral, cert, key)


class Runner:
    """One browser for all of an engine's scenarios; each scenario gets its own profile and time limit."""

    def __init__(self, engine: str, where: EngineSite) -> None:
        command = ["node", str(RUNNER), engine, where.site, where.neutral, str(where.cert), str(where.key)]
        if engine == "webkit":
            command = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24", *command]
        self.process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, start_new_session=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        ready = self._next(120, "the browser to start")
        self.version = ready["ready"]

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")

    def _next(self, seconds: float, what: str) -> dict:
        try:
            line = self.lines.get(timeout=seconds)
        except queue.Empty:
            raise AssertionError(f"timed out after {seconds} s waiting for {what}") from None
        if not line:
            raise AssertionError(f"the browser runner stopped: {self.process.stderr.read()[-2000:]}")
        return json.loads(line)

    def run(self, scenario: str) -> dict:
        self.process.stdin.write(scenario + "\n")
        self.process.stdin.flush()
        return self._next(SCENARIO_SECONDS, scenario)

    def close(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(timeout=30)
        except (subprocess.TimeoutExpired, BrokenPipeError):
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@pytest.fixture(scope="module", params=["firefox", "webkit"])
def engine(request, engine_site):
    require(request.param)
    runner = Runner(request.param, engine_site)
    yield runner
    runner.close()


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_quick_exit_in_firefox_and_webkit(engine, scenario):
    """click, Escape, Shift x3 (one key or both), capitals never leave, Back and a typed address or a reload
    after an exit leave again before anything shows, a fresh profile sees the site, a double trigger makes
    one navigation; the neutral site never sees a referrer."""
    result = engine.run(scenario)
    assert result == {"name": scenario, "ok": True}, f"{engine.version}: {result.get('error')}"
