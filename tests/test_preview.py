"""`make serve`: a save that breaks the site keeps the last good preview up, shows the problem, and recovers."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Iterator

import pytest

from conftest import Project

DEADLINE = 90  # seconds for each rebuild to show, on a busy machine
BANNER = 'class="ck-preview-out-of-date"'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return ""


def poll(url: str, ready: Callable[[str], bool], what: str, log: Path) -> str:
    """The page once `ready` says so; fails naming what never happened, with the server's output."""
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        page = fetch(url)
        if page and ready(page):
            return page
        time.sleep(0.25)
    pytest.fail(f"{what} within {DEADLINE} s. The server said:\n{log.read_text(encoding='utf-8')[-3000:]}")


@pytest.fixture
def serving(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`mkdocs serve` on the project copy; always stopped, however the test ends."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
                                   "-f", str(project.config)], cwd=project.path, env=env,
                                  stdout=output, stderr=subprocess.STDOUT)
    try:
        yield f"http://127.0.0.1:{port}/", log
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl+C: MkDocs removes its temporary folders
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def line_of(file: Path, text: str) -> int:
    return next(n for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1) if text in line)


def epoch(page: str) -> int:
    """The build the live-reload script was served with: a browser reloads when a newer one exists."""
    return int(re.search(r"livereload\((\d+),", page).group(1))


@pytest.mark.timeout(300)
def test_a_broken_save_keeps_the_last_good_preview_and_shows_the_problem_until_fixed(project, serving):
    url, log = serving
    home = project.path / "docs" / "index.md"
    untouched = {p: p.read_bytes() for p in project.path.rglob("*") if p.is_file() and p not in (home, project.config)
                 and ".cache" not in p.relative_to(project.path).parts}  # the build's own work folder
    good = poll(url, lambda page: "Northvale Police" in page and "ck-emergency" in page, "the preview did not start", log)
    assert BANNER not in good

    project.edit("docs/index.md", "[[force]]", "[[forse]]")
    line = line_of(home, "[[forse]]")
    broken = poll(url, lambda page: BANNER in page, "the banner did not appear after a broken save", log)
    assert f"docs/index.md, line {line}: [[forse]]: there is no tag called" in broken
    assert "Fix it and save again" in broken
    assert "ck-emergency" in broken and "ck-get-help" in broken, "the last good page is still shown under the banner"
    assert epoch(broken) > epoch(good), "browsers are told to reload, so they show the banner"
    assert BANNER in fetch(url + "report-it/"), "every page says the preview is out of date"

    project.edit("docs/index.md", "[[forse]]", "[[force]]\n\nA sentence saved after the fix.")
    fixed = poll(url, lambda page: "A sentence saved after the fix." in page, "the fixed page did not show", log)
    assert BANNER not in fixed

    config = project.config.read_text(encoding="utf-8")
    project.edit("mkdocs.yml", "  - campaign:", "  - campaign: [")
    broken = poll(url, lambda page: BANNER in page, "the banner did not appear after mkdocs.yml broke", log)
    assert f"mkdocs.yml, line {line_of(project.config, '- campaign: [')}: the settings cannot be read here" in broken
    assert "A sentence saved after the fix." in broken
    project.config.write_text(config, encoding="utf-8")
    poll(url, lambda page: BANNER not in page and "A sentence saved after the fix." in page,
         "the preview did not recover once mkdocs.yml was fixed", log)

    output = log.read_text(encoding="utf-8")
    assert f"docs/index.md, line {line}: [[forse]]" in output
    assert "mkdocs.yml, line" in output and "The preview still shows the last good build" in output
    assert "Traceback" not in output
    now = {p: p.read_bytes() for p in project.path.rglob("*") if p.is_file() and p not in (home, project.config)
           and ".cache" not in p.relative_to(project.path).parts}  # the build's own work folder
    assert now == untouched, "serving writes nothing into the project"


@pytest.mark.timeout(300)
def test_a_save_rebuilds_the_language_being_looked_at_and_others_when_they_are_opened(project, serving):
    url, log = serving
    poll(url + "get-help/", lambda page: "</html>" in page, "the preview did not start", log)
    project.edit("docs/get-help.md", "You deserve to be safe.", "You deserve to be safe. A sentence saved just now.")
    poll(url + "get-help/", lambda page: "A sentence saved just now." in page, "the English page did not update", log)
    after_save = log.read_text(encoding="utf-8").split("Detected file changes")[-1]
    assert "Building 'pl' documentation" not in after_save, "only the language being looked at is built"
    for prefix in ("pl/", "ar/", "ti/"):
        page = fetch(url + prefix + "get-help/")
        assert "A sentence saved just now." in page, f"{prefix}get-help/ is brought up to date when opened"
        assert BANNER not in page


@pytest.mark.timeout(300)
def test_a_language_that_cannot_be_updated_when_opened_shows_its_last_pages_and_says_so(project, serving):
    url, log = serving
    poll(url + "pl/get-help/", lambda page: "</html>" in page, "the preview did not start", log)
    poll(url + "get-help/", lambda page: "</html>" in page, "the English page did not open", log)
    (project.path / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block content %}{% if language == "pl" %}{{ no_such_thing() }}{% endif %}'
        '{{ super() }}{% endblock %}\n', encoding="utf-8")
    project.edit("docs/get-help.md", "You deserve to be safe.", "You deserve to be safe. A sentence saved just now.")
    poll(url + "get-help/", lambda page: "A sentence saved just now." in page, "the English page did not update", log)
    page = fetch(url + "pl/get-help/")
    assert "This page does not show your latest changes yet." in page, "the Polish page says it is out of date"
    assert "A sentence saved just now." not in page and 'lang="pl"' in page, "it is the last good Polish page"
    assert "The pl pages could not be updated" in log.read_text(encoding="utf-8")
