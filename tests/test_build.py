"""A full build of the English site: every page, its key content, and nothing loaded from elsewhere."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from conftest import ROOT

PAGES = {
    "": ["In an emergency", "Spot the signs", "Report it", "Get help", "Anti-Slavery Week 2027",
         "Monday 18 October", "18 October"],
    "what-is-modern-slavery": ["23,411", "19,125", "2025", "February 2026", "National Referral Mechanism",
                               "people from the UK were the largest group", "agreed at first"],
    "spot-the-signs": ["How they look", "Cut off from others", "Poor living conditions", "Few or no belongings",
                       "Not free to come and go", "Odd travel times", "Afraid to ask for help", "Labour exploitation",
                       "Sexual exploitation", "county lines", "Domestic servitude", "car wash", "nail bar"],
    "report-it": ["press 55", "Silent Solution", "landline", "say the name of your language", "Relay UK",
                  "emergencySMS", "999 BSL", "tel:+44800555111", "confront", "anonymous", "not an advice line"],
    "get-help": ["tel:+448000121700", "interpreter", "First Responder", "charity", "Duty to Notify",
                 "does not need to agree", "agreed to the work"],
    "staying-safe-online": ["private", "history", "does not",
                            'search for <strong class="ck-search-phrase">Northvale help and advice</strong>'],
    "employers-and-workers": ["minimum wage", "GLAA", "tel:+448004320804", "Acas", "tel:+443001231100",
                              "not an advice line"],
    "accessibility": ["WCAG 2.2", "partially compliant", "1.4.10 (Reflow)", "last tested on", "Equality Advisory and Support Service", "web.accessibility@northvale-police.example",
                      "Enforcement procedure"],
    "privacy": ["cookies", "analytics", "The Chief Constable of Northvale Police", "dpo@northvale-police.example",
                "Example Web Hosting Ltd", "30 days", "public task", "Information Commissioner", "strictly necessary"],
}
RESOURCE_ATTRIBUTES = {("img", "src"), ("script", "src"), ("iframe", "src"), ("source", "src"), ("source", "srcset"),
                       ("img", "srcset"), ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"),
                       ("form", "action"), ("video", "poster"), ("track", "src")}


class Resources(HTMLParser):
    """Collects every URL a browser would fetch by itself (not links a reader chooses to follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if value and (tag, name) in RESOURCE_ATTRIBUTES:
                self.urls += [part.strip().split(" ")[0] for part in value.split(",")]
        if tag == "link" and values.get("href") and values.get("rel") not in ("canonical", "alternate"):
            self.urls.append(values["href"])
        if values.get("style"):
            self.urls += re.findall(r"url\(([^)]*)\)", values["style"])


def foreign(url: str, own_host: str) -> bool:
    parts = urlsplit(url.strip("'\" "))
    return parts.scheme not in ("", "data") and parts.netloc != own_host or url.startswith("//")


def test_every_page_is_built_with_its_key_content(built):
    for page, phrases in PAGES.items():
        html = built.html(page)
        text = re.sub(r"\s+", " ", html)
        for phrase in phrases:
            assert phrase in text, f"{page or 'home'}: missing {phrase!r}"


def test_home_page_offers_the_three_routes(built):
    html = built.html("")
    for target in ("spot-the-signs/", "report-it/", "get-help/"):
        assert re.search(rf'<a (class="md-button" )?href="{target}"( class="md-button")?>', html), target
    assert html.count('class="md-button"') >= 3


def test_footer_links_to_accessibility_and_privacy_on_every_page(built):
    pages = built.pages("en")
    assert len(pages) >= 9
    for page in pages:
        html = page.read_text(encoding="utf-8")
        footer = html[html.index('class="md-copyright ck-footer"'):]
        assert "Accessibility statement" in footer and "Privacy and cookies" in footer, page


def test_nothing_is_loaded_from_another_host(built):
    own = urlsplit("https://modern-slavery.northvale-police.example/").netloc
    offenders = []
    for page in built.site.rglob("*.html"):
        parser = Resources()
        parser.feed(page.read_text(encoding="utf-8"))
        offenders += [(page.name, url) for url in parser.urls if foreign(url, own)]
    for sheet in built.site.rglob("*.css"):
        css = sheet.read_text(encoding="utf-8")
        urls = re.findall(r"url\(([^)]*)\)", css) + re.findall(r"@import\s+['\"]([^'\"]+)", css)
        offenders += [(sheet.name, url) for url in urls if foreign(url, own)]
    assert offenders == []
    assert "fonts.googleapis.com" not in "".join(p.read_text(encoding="utf-8") for p in built.site.rglob("*.html"))


def test_building_changes_no_source_file(project):
    def fingerprint() -> dict[str, str]:
        return {str(p.relative_to(project.path)): hashlib.sha256(p.read_bytes()).hexdigest()
                for folder in ("docs", "overrides") for p in (project.path / folder).rglob("*") if p.is_file()}

    before = fingerprint()
    assert project.build().returncode == 0
    assert fingerprint() == before


def test_broken_front_matter_names_file_and_line(project):
    project.edit("docs/get-help.md", "title: ", "title: [unclosed\nother: ")
    result = project.build()
    assert result.returncode != 0
    assert "docs/get-help.md, line 2" in result.stderr and "page settings" in result.stderr


def test_pages_are_short_and_scannable():
    for page in sorted((ROOT / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        assert text.startswith("---\n"), page.name
        assert len(re.findall(r"^# ", text, flags=re.M)) == 1, page.name
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip() and not p.lstrip().startswith(("-", "#", "!", "|", "[["))]
        longest = max(len(re.findall(r"[.!?](\s|$)", p)) for p in paragraphs)
        assert longest <= 4, f"{page.name}: a paragraph has {longest} sentences"


def test_docs_contain_no_literal_national_numbers():
    """Numbers come from config through tags, so a change in one place reaches every page."""
    for page in (ROOT / "docs").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for number in ("0800 555 111", "08000 121 700", "0800 808 3733", "0800 432 0804", "0300 123 1100",
                       "0800 40 50 40", "61016", "18000"):
            assert number not in text, (page.name, number)


def test_generated_files_are_not_in_docs():
    assert not list(Path(ROOT / "docs").rglob("*.html"))
