"""The site's one stylesheet: only the rules its pages use, and every page looks exactly as with all of them."""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from urllib.parse import urlsplit

import material
import pytest

from campaignkit.features import all_features
from campaignkit.look import brand_css
from campaignkit.theme.assets import stylesheet, theme_stylesheets
from campaignkit.theme.purge import Used, index, purge

THEME_DIRS = [str(Path(material.__file__).parent / "templates")]
# Every element's (and its ::before and ::after, where drawn) computed style, one line per element, in document order;
# custom properties aside (the cut drops those nothing reads: what they would set is compared instead).
COMPUTED = """() => [...document.querySelectorAll("*")].map((element) => {
  const path = element.tagName + "." + element.className.toString().replace(/ +/g, ".");
  return [null, "::before", "::after"].map((pseudo) => {
    const style = getComputedStyle(element, pseudo);
    if (pseudo && ["none", "normal"].includes(style.content)) return path + pseudo + " not drawn";
    return path + (pseudo || "") + " " + [...style].filter((name) => !name.startsWith("--")).map((name) => name + ":" + style.getPropertyValue(name)).join(";");
  }).join("\\n");
})"""


@pytest.fixture
def contexts(browser):
    opened = []

    def new(**options):
        context = browser.new_context(reduced_motion="reduce", **options)
        opened.append(context)
        return context

    yield new
    for context in opened:
        context.close()


def full_stylesheet(project) -> str:
    """Material's whole stylesheet and the engine's, as they were before the build cut them down."""
    colour = re.search(r'colour: "(#[0-9a-fA-F]{6})"', project.config.read_text(encoding="utf-8")).group(1)
    return stylesheet(theme_stylesheets(THEME_DIRS, palette=False), all_features(), brand_css(colour))


def styles(context, url: str, search: str | None = None) -> tuple[int, list[str]]:
    """How many rules the page's stylesheet has, and every element's computed style."""
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    if search:
        page.click(".md-search__input")
        page.keyboard.type(search)
        page.wait_for_selector(".md-search-result__item mark")
    return page.evaluate("() => document.styleSheets[0].cssRules.length"), page.evaluate(COMPUTED)


def difference(seen: str, expected: str) -> str:
    element = seen.split(" ", 1)[0]
    pairs = zip(seen.split(" ", 1)[1].split(";"), expected.split(" ", 1)[1].split(";"))
    return element + ": " + ", ".join(f"{b} became {a}" for a, b in pairs if a != b)


@pytest.mark.parametrize("path, viewport, search", [
    ("", {"width": 360, "height": 740}, None),
    ("report-it/", {"width": 1280, "height": 800}, "help"),
    ("ar/spot-the-signs/", {"width": 360, "height": 740}, None),
    ("pl/404.html", {"width": 1280, "height": 800}, None),
])
def test_pages_look_the_same_as_with_every_rule(built, site, contexts, path, viewport, search):
    full = full_stylesheet(built)
    cut = contexts(viewport=viewport)
    whole = contexts(viewport=viewport)
    whole.route("**/assets/campaign/campaign.css", lambda route: route.fulfill(body=full, content_type="text/css"))
    (rules, seen), (all_rules, expected) = styles(cut, site + path, search), styles(whole, site + path, search)
    assert rules < all_rules / 2, "the page had the cut stylesheet, the other every rule"
    assert len(seen) == len(expected)
    different = [difference(a, b) for a, b in zip(seen, expected) if a != b]
    assert not different, f"{len(different)} elements look different, first: {different[0]}"


def test_the_stylesheet_holds_far_less_than_the_theme(built):
    served = (built.site / "assets" / "campaign" / "campaign.css").read_text(encoding="utf-8")
    assert len(served) < len(full_stylesheet(built)) / 2
    assert ".md-typeset .tabbed-set" not in served and ".md-typeset .highlight" not in served  # nothing uses them
    assert ".ck-quick-exit__button" in served and ".md-search-result__item" in served


def test_a_first_visit_fetches_the_page_its_stylesheet_its_script_and_the_tab_icon(site, contexts):
    context = contexts()
    fetched: list[str] = []
    context.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page = context.new_page()
    page.goto(site + "report-it/", wait_until="networkidle")
    page.wait_for_function("() => document.documentElement.classList.contains('ck-quick-exit--ready')")
    assert sorted(fetched) == sorted(["/report-it/", "/assets/campaign/campaign.css", "/assets/campaign/campaign.js",
                                      "/assets/northvale-police-logo.svg"])
    assert page.locator(".md-header .md-logo svg").is_visible(), "the logo is drawn in the page"


# -- the cut, on small stylesheets --------------------------------------------------------------------

def used(html: str, script: str = "") -> Used:
    names = Used()
    names.add_html(html)
    names.add_script(script)
    return names


def test_a_rule_for_something_no_page_has_goes():
    css = ".kept{color:red}.gone{color:blue}div .gone,p{margin:0}"
    assert purge(css, used('<p class="kept">')) == ".kept{color:red}p{margin:0}"


def test_states_and_functional_pseudo_classes_count_as_present():
    css = ".a:hover{color:red}.a:not(.never)::before{content:\"\"}[data-x=on]:checked~.a{top:0}"
    assert purge(css, used('<input data-x="on"><p class="a">')) == css


def test_classes_a_script_adds_are_kept():
    css = ".ck-search .md-search-result__item{padding:0}"
    assert purge(css, used("<div>", 'root.classList.add("ck-search"); li.className = "md-search-result__item";')) == css


def test_media_groups_keep_their_used_rules_and_empty_ones_go():
    css = "@media screen and (min-width:60em){.a{top:0}.b{top:1px}}@media print{.b{top:0}}"
    assert purge(css, used('<p class="a">')) == "@media screen and (min-width:60em){.a{top:0}}"


def test_custom_properties_no_rule_reads_go_and_used_keyframes_stay():
    css = (":root{--icon:url(x.svg);--gap:1rem;--inner:2px;--outer:var(--inner)}"
           ".a{margin:var(--gap);padding:var(--outer);animation:spin 1s}"
           "@keyframes spin{0%{opacity:0}to{opacity:1}}@keyframes never{0%{opacity:0}}")
    assert purge(css, used('<p class="a">')) == (":root{--gap:1rem;--inner:2px;--outer:var(--inner)}"
                                                  ".a{margin:var(--gap);padding:var(--outer);animation:spin 1s}"
                                                  "@keyframes spin{0%{opacity:0}to{opacity:1}}")


def test_the_stylesheet_parsed_ahead_and_kept_gives_the_same_cut(built):
    # The build parses the theme's stylesheet on another core and keeps it: the cut must not change.
    css = full_stylesheet(built)
    names = Used()
    for page in (built.path / "site").rglob("*.html"):
        names.add_html(page.read_text(encoding="utf-8"))
    assert purge(pickle.loads(pickle.dumps(index(css))), names) == purge(css, names)
