"""Accessibility in real Chromium, beyond what axe can see: reflow, the phone menu, focus behind the sticky bar, search."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

NARROW = {"width": 320, "height": 640}
PHONE = {"width": 390, "height": 800}
DESKTOP = {"width": 1280, "height": 700}
PAGES = ("", "report-it/", "get-help/", "employers-and-workers/", "privacy/", "ar/employers-and-workers/",
         "fa/report-it/", "ti/get-help/", "pl/privacy/")
# The focused element is not under the sticky safety bar or header: its top edge is below both,
# unless it is in one of them.
CLEAR_OF_BAR = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return true;
  const bar = document.querySelector('[data-md-component="announce"]');
  const header = document.querySelector('.md-header');
  if (bar.contains(el) || header.contains(el)) return true;
  const covered = Math.max(bar.getBoundingClientRect().bottom, header.getBoundingClientRect().bottom);
  return el.getBoundingClientRect().top >= covered - 1;
}"""


@pytest.mark.parametrize("path", PAGES)
def test_no_page_scrolls_sideways_on_a_narrow_phone(open_page, path):
    """WCAG 1.4.10: at 320 CSS pixels (a small phone, or 400% zoom) nothing needs scrolling in two directions."""
    page = open_page(path, NARROW)
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], path


def test_the_closed_phone_menu_is_not_in_the_tab_order(open_page):
    """WCAG 2.4.7: on a phone, Tab never lands on a menu link that is off the screen."""
    page = open_page("report-it/", PHONE)
    for _ in range(25):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => { const el = document.activeElement; const r = el.getBoundingClientRect();
            return [el.closest('.md-sidebar--primary') !== null, r.right > 0 && r.left < innerWidth, el.innerText]; }""")
        assert not where[0], f"focus went into the closed menu: {where[2]!r}"
        assert where[1], f"focus went off the screen: {where[2]!r}"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_going_back_with_shift_tab_never_stops_behind_the_sticky_bar(open_page, viewport):
    """WCAG 2.4.11: the element the keyboard reaches is never hidden by the bar that stays at the top."""
    page = open_page("report-it/", viewport)
    page.locator("footer a").last.focus()
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        try:
            page.wait_for_function(CLEAR_OF_BAR, timeout=2000)
        except PlaywrightTimeout:
            label = page.evaluate("document.activeElement.innerText || document.activeElement.tagName")
            raise AssertionError(f"{label!r} is hidden behind the bar at the top of the screen") from None


def test_tabbing_out_of_search_closes_it(open_page):
    page = open_page("report-it/", DESKTOP)
    page.click(".md-search__input")
    assert page.evaluate("document.getElementById('__search').checked")
    for _ in range(5):  # past the results list, out of search
        page.keyboard.press("Tab")
        if page.evaluate("!document.activeElement.closest('.md-search')"):
            break
    assert page.evaluate("!document.activeElement.closest('.md-search')")
    page.wait_for_function("() => !document.getElementById('__search').checked", timeout=2000)


def test_the_number_of_search_results_is_announced(open_page):
    """WCAG 4.1.3: the results count is a status message, read out without moving focus."""
    page = open_page("report-it/", DESKTOP)
    page.click(".md-search__input")
    page.keyboard.type("slavery")
    meta = page.locator(".md-search-result__meta")
    assert meta.get_attribute("role") == "status"
    page.wait_for_function("() => /\\d/.test(document.querySelector('.md-search-result__meta').textContent)", timeout=10000)
