"""The home page as a campaign landing page: message, emergency line, three routes and helpline cards,
in every language, on a small phone, without JavaScript, right to left, and clean for axe."""

from __future__ import annotations

import re

import pytest
import yaml

from campaignkit.configuration.load import load_campaign
from campaignkit.errors import CampaignError
from test_quick_exit import AXE
from site_languages import PREFIXES as LANGUAGES

ROUTES = ("spot-the-signs/", "report-it/", "get-help/")
NARROW = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
BANNER = "      search_phrase: Northvale help and advice\n"
# The smallest valid PNG: one transparent pixel.
PIXEL = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                      "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


@pytest.mark.parametrize("code", LANGUAGES)
def test_routes_numbers_and_cards_are_there_without_javascript(open_page, site, code):
    """A reader whose browser runs no script (or whose script failed) still sees every way to get help,
    on a small phone, without scrolling sideways."""
    page = open_page(LANGUAGES[code], NARROW, java_script_enabled=False)
    assert page.evaluate("document.documentElement.lang") == code
    buttons = page.locator(".ck-home-route .md-button")
    assert buttons.count() == 3
    for index, route in enumerate(ROUTES):
        button = buttons.nth(index)
        assert button.is_visible()
        assert button.evaluate("a => a.href") == site + LANGUAGES[code] + route
        assert button.bounding_box()["height"] >= 44
    emergency = page.locator('.ck-home-emergency a[href="tel:999"]')
    assert emergency.is_visible() and emergency.inner_text() == "999"
    cards = page.locator(".ck-home-helplines .ck-helpline")
    assert cards.count() == 3
    for index in range(3):
        number = cards.nth(index).locator(".ck-helpline__number a[href^='tel:']")
        assert number.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_small_phone_gets_large_routes_and_no_sideways_scroll(open_page, code):
    page = open_page(LANGUAGES[code], NARROW)
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    heights = page.locator(".ck-home-route .md-button").evaluate_all(
        "buttons => buttons.map(b => b.getBoundingClientRect().height)")
    assert len(heights) == 3 and min(heights) >= 44, heights
    assert page.locator(".md-sidebar--primary").is_hidden() and page.locator(".md-sidebar--secondary").is_hidden()


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_right_to_left_languages_mirror_the_page(open_page, code):
    page = open_page(LANGUAGES[code], DESKTOP)
    assert page.locator(".ck-home-routes").evaluate("el => getComputedStyle(el).direction") == "rtl"
    first, second = (page.locator(".ck-home-route").nth(i).bounding_box() for i in (0, 1))
    assert first["x"] > second["x"], "the first route starts on the right"
    card = page.locator(".ck-home-helplines .ck-helpline").first
    border = card.evaluate("el => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]")
    assert border[0] != "0px" and border[1] == "0px", "the card's coloured edge is on its starting (right) side"


@pytest.mark.parametrize("path", ["", "ar/"])
def test_axe_finds_no_violations_on_the_home_page(open_page, path):
    assert AXE.is_file(), f"axe-core is missing at {AXE}: run `make test`, which installs it"
    # axe is injected as an inline script, which the site's security policy rightly refuses.
    page = open_page(path, DESKTOP, bypass_csp=True)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => (await axe.run(document)).violations.map(v => [v.id, v.help, v.nodes.length])")
    assert result == [], f"{path or 'home'}: {result}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_headings_go_down_one_level_at_a_time(built, code):
    html = built.html(LANGUAGES[code].rstrip("/"))
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]
    assert levels[0] == 1 and levels.count(1) == 1, levels
    assert all(after - before <= 1 for before, after in zip(levels, levels[1:])), levels


def _campaign_block(project) -> dict:
    data = yaml.safe_load(project.config.read_text(encoding="utf-8"))
    return next(p["campaign"] for p in data["plugins"] if isinstance(p, dict) and "campaign" in p)


def _set_banner(project, path: str, alt: str | None = "People walking past a car wash at dusk") -> None:
    lines = f"      home:\n        banner: {path}\n" + (f"        banner_alt: {alt}\n" if alt else "")
    project.edit("mkdocs.yml", BANNER, BANNER + lines)


def _problems(project) -> list:
    with pytest.raises(CampaignError) as caught:
        load_campaign(_campaign_block(project), project.config, project.path / "docs")
    return caught.value.problems


def _line_of(project, text: str) -> int:
    lines = project.config.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_a_banner_is_shown_with_its_text_in_every_language(project):
    (project.path / "docs" / "assets" / "banner.png").write_bytes(PIXEL)
    _set_banner(project, "assets/banner.png")
    result = project.build()
    assert result.returncode == 0, result.stderr
    for prefix in ("", "ar/"):
        html = project.html(prefix.rstrip("/"))
        found = re.search(r'<img class="ck-home-banner" src="([^"]+)" alt="([^"]+)"', html)
        assert found, f"no banner on /{prefix}"
        assert found.group(2) == "People walking past a car wash at dusk"
        assert (project.site / prefix / found.group(1)).resolve().is_file(), found.group(1)
    assert "ck-home-banner" not in project.html("report-it")


def test_a_missing_banner_file_is_refused_with_its_line(project):
    _set_banner(project, "assets/missing.jpg")
    problems = _problems(project)
    assert len(problems) == 1, problems
    assert problems[0].file == "mkdocs.yml" and problems[0].line == _line_of(project, "banner: assets/missing.jpg")
    assert "assets/missing.jpg" in problems[0].message and "not found" in problems[0].message


@pytest.mark.parametrize("path, alt, expected", [
    ("https://images.example/banner.jpg", "A street", "not a file in the site"),
    ("assets/northvale-police-logo.svg", None, "'banner_alt' is missing"),
])
def test_a_banner_from_another_host_or_without_its_text_is_refused(project, path, alt, expected):
    _set_banner(project, path, alt)
    problems = _problems(project)
    assert len(problems) == 1 and expected in problems[0].message, problems


def test_the_example_site_has_no_banner(built):
    assert "ck-home-banner" not in built.html()
