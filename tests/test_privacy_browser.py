"""In real Chromium: reading the site sends no request to another host and leaves no cookie or storage."""

from __future__ import annotations

from urllib.parse import urlsplit

from test_security_policy import WATCH


def test_no_page_reaches_another_host_stores_anything_or_breaks_the_security_policy(built, site, new_context):
    """Every page in every language, in one walk: nothing is fetched from another host, no cookie or storage is
    left, and the Content Security Policy is never broken; search still works under it at the end. Each page is
    left once loaded (its deferred scripts have run by then); the last is watched until the network is idle."""
    pages = sorted(p.parent.relative_to(built.site).as_posix() for p in built.site.rglob("index.html"))
    own = urlsplit(site).netloc
    context = new_context()
    requests: list[str] = []
    violations: list = []
    context.on("request", lambda request: requests.append(request.url))
    context.expose_binding("__violation", lambda source, item: violations.append(item))
    context.add_init_script(WATCH)
    page = context.new_page()
    for path in pages:
        page.goto(site + ("" if path == "." else path + "/"), wait_until="load")
        assert page.locator("h1").first.is_visible()
    page.wait_for_load_state("networkidle")
    page.click(".md-search__input")
    page.keyboard.type("crimestoppers")
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10000)
    foreign = [url for url in requests if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own]
    assert foreign == []
    assert violations == []
    assert context.cookies() == []
    stored = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert stored == [0, 0]
    assert len(requests) > len(pages)
    assert len(pages) >= 10 * 12, "every page of every language"


def test_phone_links_dial_from_a_phone_sized_screen(open_page):
    page = open_page("report-it/", {"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    link = page.locator('.ck-routes a[href="tel:+44800555111"]')
    assert link.is_visible()
    box = link.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390


def test_opening_search_and_the_language_list_stays_on_this_host(site, new_context):
    own = urlsplit(site).netloc
    context = new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    for path in ("", "pl/", "ar/", "ti/", "zh-Hans/", "ps/"):
        page.goto(site + path, wait_until="networkidle")
        page.click("summary.ck-languages__toggle")
        page.click(".md-search__input")
        page.keyboard.type("999")
        page.wait_for_selector(".md-search-result__item")
    foreign = [url for url in requests if urlsplit(url).netloc != own]
    assert foreign == []
    assert not [url for url in requests if url.endswith("sitemap.xml")], "no sitemap fetched while reading"
    assert context.cookies() == []
    assert page.evaluate("() => [localStorage.length, sessionStorage.length]") == [0, 0]
