"""In real Chromium: finding your language, right-to-left pages, numbers in RTL text, fonts, and search per language."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import polib
import pytest
from site_languages import ENDONYMS, RTL, TRANSLATED_CODES

PHONE_LIKE = r"/\d+(?:[ \u00a0]\d+)+/g"


@pytest.fixture
def context(new_context):
    return new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")


def path_of(url: str) -> str:
    return urlsplit(url).path


# -- the language selector ---------------------------------------------------

def test_selector_lists_every_language_in_its_own_script_and_lands_on_the_same_page(context, site):
    page = context.new_page()
    page.goto(site + "report-it/")
    page.click("summary.ck-languages__toggle")
    links = page.locator(".ck-languages__link")
    assert links.count() == len(ENDONYMS)
    for code, endonym in ENDONYMS.items():
        link = page.locator(f'.ck-languages__link[hreflang="{code}"]')
        assert link.locator(".ck-languages__endonym").inner_text() == endonym
        assert link.locator(".ck-languages__endonym").get_attribute("lang") == code
    assert page.locator('.ck-languages__link[hreflang="ar"] .ck-languages__hint').inner_text() == "Arabic"
    assert page.locator('.ck-languages__link[aria-current="true"]').get_attribute("hreflang") == "en"
    page.click('.ck-languages__link[hreflang="fa"]')
    assert path_of(page.url) == "/fa/report-it/"
    page.click("summary.ck-languages__toggle")
    page.click('.ck-languages__link[hreflang="en"]')
    assert path_of(page.url) == "/report-it/"


def test_selector_works_by_keyboard(context, site):
    page = context.new_page()
    page.goto(site + "get-help/")
    summary = page.locator("summary.ck-languages__toggle")
    summary.focus()
    assert page.evaluate("document.activeElement.textContent.trim()") == "Language"
    page.keyboard.press("Enter")
    assert page.locator("details.ck-languages").get_attribute("open") is not None
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # English, then Polski
    assert page.evaluate("document.activeElement.getAttribute('hreflang')") == "pl"
    page.keyboard.press("Enter")
    page.wait_for_url("**/pl/get-help/")


def test_selector_has_names_for_screen_readers(context, site):
    page = context.new_page()
    page.goto(site + "pl/")
    snapshot = page.locator("details.ck-languages").aria_snapshot()
    assert "Język" in snapshot
    page.click("summary.ck-languages__toggle")
    snapshot = page.locator("details.ck-languages").aria_snapshot()
    assert 'navigation "Wybierz język"' in snapshot
    assert "link" in snapshot and "العربية" in snapshot


def test_selector_works_without_javascript(open_page):
    page = open_page("spot-the-signs/", java_script_enabled=False)
    page.click("summary.ck-languages__toggle")
    page.click('.ck-languages__link[hreflang="ti"]')
    assert path_of(page.url) == "/ti/spot-the-signs/"
    assert page.evaluate("document.documentElement.lang") == "ti"


# -- the language band and the suggestion ------------------------------------

@pytest.mark.parametrize("code", list(ENDONYMS))
def test_every_home_page_shows_every_language_near_the_top(context, site, code):
    page = context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + ("" if code == "en" else f"{code}/"))
    band = page.locator(".ck-language-band")
    assert band.is_visible()
    assert band.bounding_box()["y"] < page.locator("h1").first.bounding_box()["y"], "the band comes before the title"
    names = band.locator("a").all_inner_texts()
    assert names == list(ENDONYMS.values())
    band.locator('a[hreflang="ti"]').click()
    assert path_of(page.url) == "/ti/"


@pytest.mark.parametrize("locale, path, shown, link", [
    ("pl-PL", "report-it/", "pl", "/pl/report-it/"),
    ("fa-IR", "ar/get-help/", "fa", "/fa/get-help/"),
    ("ti-ER", "", "ti", "/ti/"),
    ("en-GB", "ar/", "en", "/"),
])
def test_the_browser_language_is_suggested_in_that_language(open_page, locale, path, shown, link):
    page = open_page(path, locale=locale)
    suggestion = page.locator(".ck-suggestion__item:visible")
    assert suggestion.count() == 1
    assert suggestion.get_attribute("lang") == shown
    if shown == "pl":
        assert suggestion.inner_text() == "Ta strona jest dostępna także w języku: Polski."
    assert path_of(page.url) == "/" + path, "never a redirect"
    suggestion.locator("a").click()
    assert path_of(page.url) == link
    assert page.context.cookies() == []
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]


@pytest.mark.parametrize("locale, path", [("pl-PL", "pl/report-it/"), ("de-DE", "report-it/"), ("en-US", "")])
def test_no_suggestion_when_the_page_is_already_in_the_preferred_language_or_none_fits(open_page, locale, path):
    page = open_page(path, locale=locale)
    assert page.locator(".ck-suggestion").is_hidden()


# -- right to left -----------------------------------------------------------

@pytest.mark.parametrize("code", sorted(RTL))
def test_rtl_pages_mirror_the_layout(context, site, code):
    page = context.new_page()
    page.goto(site + f"{code}/report-it/")
    assert page.evaluate("[document.documentElement.dir, getComputedStyle(document.body).direction]") == ["rtl", "rtl"]
    width = 1280
    exit_box = page.locator(".ck-quick-exit__button").bounding_box()
    assert exit_box["x"] + exit_box["width"] < width / 2, "the quick exit is at the end of the bar: the left"
    nav = page.locator(".md-sidebar--primary").bounding_box()
    toc = page.locator(".md-sidebar--secondary").bounding_box()
    assert nav["x"] > toc["x"], "navigation on the right, contents on the left"
    heading = page.locator("article h1").first.bounding_box()
    article = page.locator("article").first.bounding_box()
    assert abs((heading["x"] + heading["width"]) - (article["x"] + article["width"])) < 40, "headings start on the right"
    assert page.evaluate("getComputedStyle(document.querySelector('.ck-get-help')).direction") == "rtl"
    page.locator(".ck-quick-exit__button").click()
    assert not page.url.startswith(site)


@pytest.mark.parametrize("code", sorted(RTL))
def test_phone_numbers_stay_left_to_right_in_rtl_text(context, site, code, built):
    page = context.new_page()
    pages = sorted(p.parent.relative_to(built.site).as_posix() for p in (built.site / code).rglob("index.html"))
    for path in pages:
        page.goto(site + path + "/")
        unisolated = page.evaluate(f"""() => {{
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {{
            const node = walker.currentNode;
            if (node.parentElement.closest('script')) continue;
            for (const match of node.textContent.matchAll({PHONE_LIKE})) {{
              const isolated = node.parentElement.closest('[dir]');
              if (!isolated || isolated.getAttribute('dir') !== 'ltr') found.push(match[0]);
            }}
          }}
          return found;
        }}""")
        assert unisolated == [], f"{path}: numbers that could render reversed"
    page.goto(site + f"{code}/report-it/")
    link = page.locator('a.ck-tel[href="tel:+44800555111"]').first
    assert link.inner_text().replace("\u00a0", " ") == "0800 555 111"
    order = link.evaluate("""(a) => {
      const text = a.firstChild, range = document.createRange(), xs = [];
      for (const i of [0, text.length - 1]) { range.setStart(text, i); range.setEnd(text, i + 1); xs.push(range.getBoundingClientRect().x); }
      return xs;
    }""")
    assert order[0] < order[1], "0800 is drawn left of 111, never '111 555 0800'"


# -- fonts -------------------------------------------------------------------

def platform_fonts(context, page, selector: str) -> list[dict]:
    cdp = context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]


@pytest.mark.parametrize("code, family", [("ti", "Ethiopic"), ("ar", "Arabic"), ("fa", "Arabic"), ("ps", "Arabic")])
def test_each_script_renders_in_a_system_font(context, site, code, family):
    page = context.new_page()
    fonts_requested = []
    page.on("request", lambda request: fonts_requested.append(request.url) if request.resource_type == "font" else None)
    page.goto(site + f"{code}/", wait_until="networkidle")
    fonts = platform_fonts(context, page, "article h1")
    assert fonts and not any(font["isCustomFont"] for font in fonts), "no web fonts"
    main = max(fonts, key=lambda font: font["glyphCount"])
    assert family in main["familyName"], fonts
    assert fonts_requested == []


# -- search per language -----------------------------------------------------

def search(page, words: str) -> list[str]:
    page.click(".md-search__input")
    page.keyboard.type(words)
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.trim() !== '' && "
                           "!document.querySelector('.md-search-result__meta').textContent.includes('…')")
    page.wait_for_timeout(400)
    return [path_of(href) for href in page.eval_on_selector_all(
        ".md-search-result__link", "links => links.map(link => link.href)")]


def test_search_loads_only_when_opened_and_only_this_languages_index(context, site):
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(path_of(request.url)))
    page.goto(site + "pl/report-it/", wait_until="networkidle")
    assert not [url for url in requests if "search" in url or "lunr" in url], "nothing of search on a plain view"
    found = search(page, "oznaki")
    loaded = [url for url in requests if "search" in url]
    assert "/pl/search/search_index.json" in loaded and "/search/search_index.json" not in loaded
    assert any(url.startswith("/assets/javascripts/workers/search.") for url in loaded)
    assert found and all(url.startswith("/pl/") for url in found)


def test_search_finds_only_pages_in_the_readers_language(context, site):
    page = context.new_page()
    page.goto(site + "pl/")
    assert search(page, "signs") == [], "English words do not find English pages from a Polish page"
    page.goto(site)
    found = search(page, "signs")
    assert found and not any(re.match(r"^/(pl|ar|fa|ti)/", url) for url in found)


@pytest.mark.parametrize("code, word, page_path", [
    ("fa", "گزارش", "/fa/report-it/"),  # Persian: lunr has no stemmer
    ("ti", "ባርነት", "/ti/"),  # Tigrinya: lunr has no stemmer
    ("ar", "المساعدة", "/ar/get-help/"),  # Arabic: lunr's Arabic stemmer
])
def test_search_finds_exact_words_in_every_language(context, site, code, word, page_path):
    page = context.new_page()
    page.goto(site + f"{code}/")
    found = search(page, word)
    assert page_path in found
    assert all(url.startswith(f"/{code}/") for url in found)


def title_word(built, code: str, page: str) -> str:
    """The longest word of a page's title as that language's search index holds it (Chinese cut into words)."""
    index = json.loads((built.site / code / "search/search_index.json").read_text(encoding="utf-8"))
    title = next(doc["title"] for doc in index["docs"] if doc["location"] == f"{code}/{page}")
    words = [word for word in re.split(index["config"]["separator"], title) if word]
    return max(words, key=len)


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_search_finds_a_word_from_each_language_s_pages(context, site, built, code):
    word = title_word(built, code, "spot-the-signs/")
    page = context.new_page()
    page.goto(site + f"{code}/")
    found = search(page, word)
    assert f"/{code}/spot-the-signs/" in found, (word, found)
    assert all(url.startswith(f"/{code}/") for url in found)


@pytest.mark.parametrize("word, page_path", [
    ("举报", "/zh-Hans/report-it/"),  # "report", inside sentences written without spaces
    ("强迫劳动", "/zh-Hans/spot-the-signs/"),  # "forced labour", two words typed as one
    ("护照", "/zh-Hans/spot-the-signs/"),  # "passport"
    ("匿名", "/zh-Hans/report-it/"),  # "anonymous"
])
def test_chinese_search_finds_words_inside_sentences(context, site, word, page_path):
    page = context.new_page()
    page.goto(site + "zh-Hans/")
    found = search(page, word)
    assert page_path in found, found
    assert all(url.startswith("/zh-Hans/") for url in found)


def test_search_results_read_right_to_left(context, site):
    page = context.new_page()
    page.goto(site + "ar/")
    search(page, "العبودية")
    direction = page.evaluate("getComputedStyle(document.querySelector('.md-search-result__article')).direction")
    assert direction == "rtl"
    assert page.locator(".md-search-result__meta").inner_text().startswith("نتائج البحث")


# -- 404 ---------------------------------------------------------------------

@pytest.mark.parametrize("code, title", [("pl", "Nie znaleziono strony"), ("ar", None), ("ti", None), ("en", "Page not found")])
def test_each_language_has_its_own_404(context, site, code, title):
    page = context.new_page()
    page.goto(site + ("" if code == "en" else f"{code}/") + "404.html")
    assert page.evaluate("document.documentElement.lang") == code
    heading = page.locator("h1").first.inner_text()
    assert heading == title if title else heading != "Page not found"
    assert page.locator(".ck-language-band a").all_inner_texts() == list(ENDONYMS.values())
    assert page.locator(".ck-quick-exit__button").is_visible()


@pytest.mark.parametrize("code", ["zh-Hans"])
def test_chinese_renders_in_a_system_cjk_font(context, site, code):
    page = context.new_page()
    page.goto(site + f"{code}/", wait_until="networkidle")
    assert page.evaluate("document.documentElement.lang") == code
    fonts = platform_fonts(context, page, "article h1")
    assert not any(font["isCustomFont"] for font in fonts)
    assert "CJK" in max(fonts, key=lambda font: font["glyphCount"])["familyName"], fonts


def test_a_page_not_yet_translated_suggests_the_languages_home_page_instead(project, new_context):
    from browser import serve
    from test_language_links import untranslate_page

    untranslate_page(project, "ti", "report-it")
    result = project.build()
    assert result.returncode == 0, result.stderr
    with serve(project.site) as base:
        context = new_context(locale="ti-ER")
        page = context.new_page()
        page.goto(base + "report-it/")
        suggestion = page.locator(".ck-suggestion__item:visible")
        assert suggestion.get_attribute("lang") == "ti"
        assert suggestion.inner_text() == "እዚ ወብሳይት ብቋንቋ ትግርኛ እውን ኣሎ።", "the site, not this page"
        suggestion.locator("a").click()
        assert path_of(page.url) == "/ti/"
