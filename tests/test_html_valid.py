"""Every built page is valid HTML according to the Nu HTML Checker (vnu), the W3C's own validator."""

from __future__ import annotations

import json
import shutil
import subprocess

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Material's base.html puts autocomplete="off" on its hidden drawer and search checkboxes. That is
# the theme's markup, not ours, and harmless: browsers ignore the attribute on checkboxes.
THEME_ERRORS = ('Attribute “autocomplete” is only allowed when the input type is',)


def test_every_page_is_valid_html(built):
    java = shutil.which("java")
    assert java, "Java is needed for the Nu HTML Checker: apt-get install default-jre-headless"
    assert VNU.is_file(), f"the Nu HTML Checker is missing at {VNU}: run `make test`, which installs it"
    result = subprocess.run([java, "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "json",
                             str(built.site)], capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m["type"] == "error" and not m["message"].startswith(THEME_ERRORS)]
    assert errors == []
    assert len(list(built.site.rglob("index.html"))) >= 9
