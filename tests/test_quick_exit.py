"""Quick exit, in real headless Chromium: every way to leave, what must never show, and what is kept."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

import pytest

from browser import launch, serve
from conftest import ROOT, polish
from site_languages import TRANSLATED_CODES

NEUTRAL = "https://www.bbc.co.uk/weather"
NEUTRAL_PAGE = "<!doctype html><title>Weather</title><p>Neutral page</p>"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Records, in the page itself, every key press, page show and animation frame with whether the site's
# content is visible. Nothing calls back into Python each frame: the page sends its record as one console
# message five frames after it starts, after a key press and after a return from the back-forward cache.
WATCH = """
(() => {
  const log = [];
  let countdown = 5;
  const visible = () => {
    const content = document.querySelector('.md-content');
    return Boolean(content && content.checkVisibility({visibilityProperty: true, opacityProperty: true}));
  };
  const alert = () => { const a = document.querySelector('[role="alert"]'); return a ? a.textContent : null; };
  const send = () => console.log('ck-watch ' + JSON.stringify(log.splice(0)));
  addEventListener('keydown', e => { log.push(['key', location.href, visible(), false, e.key, performance.now()]); countdown = 5; }, true);
  addEventListener('pageshow', e => {
    log.push(['pageshow', location.href, visible(), e.persisted, document.title, alert()]);
    if (e.persisted) countdown = 5;
  });
  addEventListener('pagehide', send);
  const frame = (time) => {
    log.push(['frame', location.href, visible(), false, document.title, alert(), time]);
    if (countdown !== null && --countdown <= 0) { countdown = null; send(); }
    if (log.length < 2000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
"""


# On a site page, once the return check has marked it as leaving (and finished): what the reader could see.
RETURN_PROBE = """
if (location.protocol === 'http:') new MutationObserver((changes, observer) => {
  if (!document.documentElement || !document.documentElement.classList.contains('ck-quick-exit--leaving')) return;
  observer.disconnect();
  setTimeout(() => console.log('ck-return ' + JSON.stringify({
    url: location.href,
    hidden: getComputedStyle(document.documentElement).visibility === 'hidden',
    body: Boolean(document.body),
    painted: performance.getEntriesByType('paint').length > 0,
    title: document.title,
  })));
}).observe(document, {subtree: true, attributeFilter: ['class']});  // no <html> yet when this runs
"""


def returned(probe, url: str) -> None:
    """The page the return check stopped showed nothing: hidden, no body parsed, nothing painted, no title."""
    state = json.loads(probe.value.text.removeprefix("ck-return "))
    assert state == {"url": url, "hidden": True, "body": False, "painted": False, "title": ""}, state


def is_return(message) -> bool:
    return message.text.startswith("ck-return ")


def answer_held(page, session: Session) -> None:
    """Lets the held neutral response through, once the request for it has reached the route handler."""
    for _ in range(400):  # polls a condition, handling Playwright's events between looks; 10 s at most
        if session.held:
            session.held.pop(0).fulfill(body=NEUTRAL_PAGE, content_type="text/html")
            return
        page.wait_for_timeout(25)
    raise AssertionError("the neutral page was never requested")


def is_watch(message) -> bool:
    return message.text.startswith("ck-watch ")


def sent(kind: str):
    """A predicate for the watch message that holds an entry of `kind`."""
    def matches(message) -> bool:
        return is_watch(message) and any(w[0] == kind for w in json.loads(message.text.removeprefix("ck-watch ")))
    return matches


# Two animation frames later: anything a key press or click set off has happened by then.
SETTLED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))"
LEAVING = "() => document.documentElement.classList.contains('ck-quick-exit--leaving')"


@dataclass
class Session:
    """One browser context on the served site, with the neutral site stubbed and the rest of the web cut off."""

    context: object
    site: str
    neutral_requests: list = field(default_factory=list)
    blocked: list = field(default_factory=list)
    hold_neutral: bool = False
    held: list = field(default_factory=list)
    watched: list = field(default_factory=list)  # what watched pages sent, in order

    def route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.site):
            route.continue_()
        elif url.startswith(NEUTRAL):
            self.neutral_requests.append(route.request)
            if self.hold_neutral:
                self.held.append(route)
            else:
                route.fulfill(body=NEUTRAL_PAGE, content_type="text/html")
        else:
            self.blocked.append(url)
            route.abort()

    def page(self, path: str = ""):
        page = self.context.new_page()
        page.goto(self.site + path)
        return page

    def hear(self, message) -> None:
        if is_watch(message):
            self.watched.extend(json.loads(message.text.removeprefix("ck-watch ")))


@pytest.fixture
def sessions(browser):
    """Opens sessions on any browser; every context is closed at the end, whatever the test's outcome."""
    opened = []

    def open_(site: str, on=None, watch: bool = False, **options) -> Session:
        context = (on or browser).new_context(**options)
        session = Session(context, site)
        opened.append(session)
        context.route("**/*", session.route)
        if watch:
            context.add_init_script(WATCH)
            context.on("console", session.hear)
        return session

    yield open_
    for session in opened:
        session.context.close()
    for session in opened:
        assert session.blocked == [], f"the site tried to reach another host: {session.blocked}"


@pytest.fixture(scope="module")
def bfcache_browser(driver):
    # Playwright turns the back-forward cache off by default; a Back test without it would pass falsely.
    instance = launch(driver, back_forward_cache=True)
    yield instance
    instance.close()


@pytest.fixture
def session(sessions, site):
    return sessions(site)


def leaves(page) -> None:
    page.wait_for_url(NEUTRAL + "**", timeout=10000)
    assert "Neutral page" in page.content()


def stays(page, session: Session) -> None:
    """Nothing set off an exit: checked once the page has drawn two more frames, never after a fixed wait."""
    page.evaluate(SETTLED)
    assert page.evaluate(LEAVING) is False
    assert page.url.startswith(session.site) and session.neutral_requests == []


def press_shift(page, times: int = 1) -> None:
    for _ in range(times):
        page.keyboard.press("Shift")


def status(page) -> str:
    return page.locator("[data-quick-exit-status]").text_content().strip()


# -- the control ----------------------------------------------------------------

def test_every_page_has_the_exit_link(built):
    pages = list(built.site.rglob("index.html"))
    assert len(pages) >= 9
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert re.search(rf'<a class="ck-quick-exit__button" href="{NEUTRAL}" rel="noreferrer nofollow" data-quick-exit>', html), page
        assert '<meta name="referrer" content="no-referrer">' in html, page
        head = html[:html.index("</head>")]
        # The exit script is in the page, before the stylesheet, so nothing has to be fetched before it runs.
        assert head.index("<script data-url=", head.index("<title>")) < head.index('rel="stylesheet"'), page
        assert "data-shortcuts=" in head and "quick-exit.js" not in head, page
        # The return check runs before the title and the stylesheets exist, and after the referrer policy.
        check = head.index(f'<script data-url="{NEUTRAL}">')
        assert head.index('<meta name="referrer"') < check < head.index("<title>") < head.index('rel="stylesheet"'), page


def test_first_tab_reaches_the_exit_control_with_its_name(session):
    page = session.page("report-it/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.hasAttribute('data-quick-exit'), document.activeElement.innerText]")
    assert focused[0] is True
    assert page.locator("[data-quick-exit]").get_attribute("href") == NEUTRAL
    name = page.get_by_role("link", name="Emergency exit: Leave this site")
    assert name.count() == 1


def test_without_javascript_the_link_reaches_the_neutral_site_without_referrer(sessions, site):
    session = sessions(site, java_script_enabled=False)
    page = session.page("get-help/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    leaves(page)
    assert "referer" not in session.neutral_requests[0].headers


def test_click_leaves_with_no_referrer_no_popup_and_no_other_request(session):
    page = session.page("spot-the-signs/")
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.click("[data-quick-exit]")
    leaves(page)
    assert [r for r in requests if not r.startswith(NEUTRAL)] == []
    assert "referer" not in session.neutral_requests[0].headers
    assert len(session.context.pages) == 1
    assert page.title() == "Weather"


def test_the_exited_page_is_replaced_in_history(session):
    page = session.page("")
    page.click("a.md-button[href='report-it/']")  # a route on the home page
    page.wait_for_url("**/report-it/")
    before = page.evaluate("history.length")
    page.click("[data-quick-exit]")
    leaves(page)
    assert page.evaluate("history.length") == before, "the exit must replace the page, not add an entry"


# -- shortcuts -------------------------------------------------------------------

def test_escape_leaves(session):
    page = session.page("")
    page.keyboard.press("Escape")
    leaves(page)


def test_shift_three_times_leaves_and_screen_readers_hear_the_count(session):
    page = session.page("")
    press_shift(page)
    assert status(page) == "Shift pressed. Press Shift 2 more times to leave this site."
    press_shift(page)
    assert status(page) == "Shift pressed twice. Press Shift 1 more time to leave this site."
    press_shift(page)
    leaves(page)


def test_a_polish_page_speaks_polish_and_leaves_the_same_way(session):
    page = session.page("pl/report-it/")
    button = page.locator("a.ck-quick-exit__button")
    assert polish("Leave this site", "quick_exit.button") in button.text_content()
    press_shift(page)
    assert status(page) == polish("Shift pressed. Press Shift 2 more times to leave this site.",
                                  "quick_exit.shift_two_more")
    press_shift(page)
    assert status(page) == polish("Shift pressed twice. Press Shift 1 more time to leave this site.",
                                  "quick_exit.shift_one_more")
    press_shift(page)
    leaves(page)
    page.goto(session.site + "report-it/")  # the English site, typed into the same tab, leaves again too
    leaves(page)


def test_capitals_never_leave(session):
    page = session.page("")
    for letter in "ABCDEF":
        page.keyboard.down("Shift")
        page.keyboard.press(f"Key{letter}")
        page.keyboard.up("Shift")
    press_shift(page, 2)
    page.keyboard.press("KeyA")
    press_shift(page)
    stays(page, session)


def timed_out(session):
    """A page whose first Shift press has run out of time (on the page's own clock, not a real wait)."""
    page = session.context.new_page()
    page.clock.install()
    page.goto(session.site)
    press_shift(page)
    page.clock.fast_forward(5100)
    assert status(page) == "Shift timed out. Press Shift 3 times to leave this site."
    return page


def test_a_timed_out_sequence_does_not_leave(session):
    page = timed_out(session)
    press_shift(page, 2)
    stays(page, session)
    press_shift(page)
    leaves(page)


def test_escape_closing_search_does_not_leave(session):
    page = session.page("")
    page.click(".md-search__input")
    page.wait_for_function("() => document.getElementById('__search').checked")
    page.keyboard.type("signs")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('__search').checked")
    stays(page, session)
    page.keyboard.press("Escape")
    leaves(page)


OPEN_THINGS = {
    "dialog": ("""() => { const dialog = document.createElement('dialog');
        dialog.innerHTML = '<p>A dialog</p><button>OK</button>';
        document.body.appendChild(dialog); dialog.showModal(); }""",
               "() => !document.querySelector('dialog').open"),
    "popover": ("""() => { const tip = document.createElement('div');
        tip.popover = 'auto'; tip.textContent = 'A popover';
        document.body.appendChild(tip); tip.showPopover(); }""",
                "() => !document.querySelector(':popover-open')"),
}


@pytest.mark.parametrize("thing", OPEN_THINGS)
def test_escape_closing_a_dialog_or_popover_does_not_leave(session, thing):
    open_it, closed = OPEN_THINGS[thing]
    page = session.page("")
    page.evaluate(open_it)
    page.keyboard.press("Escape")
    stays(page, session)
    assert page.evaluate(closed) is True, f"Escape closed the {thing}"
    page.keyboard.press("Escape")
    leaves(page)


def test_works_before_the_page_scripts_have_loaded(session):
    held = []
    session.context.route("**/assets/campaign/campaign.js", lambda route: held.append(route))
    page = session.context.new_page()
    page.goto(session.site + "get-help/", wait_until="commit")
    page.locator("[data-quick-exit]").wait_for(state="visible")
    # The engine's deferred script (it marks the page with `ck-search` when it runs) is held back.
    assert page.evaluate("() => document.documentElement.classList.contains('ck-search')") is False
    page.keyboard.press("Escape")
    leaves(page)


def test_shift_three_times_works_while_typing_in_a_field(session):
    page = session.page("")
    page.click(".md-search__input")
    page.keyboard.type("help")
    press_shift(page, 3)
    leaves(page)


def test_shortcuts_can_be_switched_off(sessions, project):
    project.edit("mkdocs.yml", "        url: https://www.bbc.co.uk/weather\n",
                 "        url: https://www.bbc.co.uk/weather\n        shortcuts: [shift]\n")
    assert project.build().returncode == 0
    with serve(project.site) as base:
        session = sessions(base)
        page = session.page("")
        page.keyboard.press("Escape")
        stays(page, session)
        assert "press Shift 3 times" in page.locator(".ck-quick-exit__explain").inner_text()
        assert "Esc" not in page.locator(".ck-quick-exit__explain").inner_text()
        press_shift(page, 3)
        leaves(page)
        session.context.close()


# -- what must never show --------------------------------------------------------

def test_content_is_hidden_in_the_next_frame_before_the_neutral_response_arrives(sessions, site):
    session = sessions(site, watch=True)
    session.hold_neutral = True
    page = session.page("report-it/")
    page.locator(".md-content").wait_for(state="visible")
    with page.expect_console_message(sent("key")):
        page.keyboard.press("Escape")
    assert len(session.neutral_requests) == 1 and session.held, "the neutral response is still held back"
    key = next(i for i, w in enumerate(session.watched) if w[0] == "key")
    assert any(w[2] for w in session.watched[:key]), "content should show before the exit"
    pressed = session.watched[key][5]
    frames = [w for w in session.watched[key:] if w[0] == "frame" and w[1].startswith(session.site) and w[6] > pressed]
    assert len(frames) >= 4
    # The very next frame after the key press already shows nothing but the neutral overlay.
    assert all(not w[2] and w[4] == "Loading" and w[5] == "Loading" for w in frames), frames[:3]
    session.held[0].fulfill(body=NEUTRAL_PAGE, content_type="text/html")
    leaves(page)


# After the page's own handlers: what became of each key press, and the tab's icon at that moment.
KEYS_AFTER = """
document.addEventListener('keydown', e => {
  const icon = document.querySelector('link[rel~="icon"]');
  console.log(`ck-key ${e.key} ${e.defaultPrevented} ${icon ? icon.getAttribute('href') : ''}`);
});
"""


def test_nothing_can_stop_the_exit_and_the_tab_icon_goes_blank(sessions, site):
    session = sessions(site)
    session.context.add_init_script(KEYS_AFTER)
    session.hold_neutral = True  # the reader is on the overlay, the neutral page still loading
    page = session.page("report-it/")
    with page.expect_console_message(lambda m: m.text.startswith("ck-key Escape")) as escape:
        page.keyboard.press("Escape")
    assert escape.value.text == "ck-key Escape true data:,", "the exit's Escape is cancelled: it cannot stop loading"
    for key in ("Escape", "a", "F5"):
        with page.expect_console_message(lambda m: m.text.startswith(f"ck-key {key} ")) as later:
            page.keyboard.press(key)
        assert later.value.text.startswith(f"ck-key {key} true"), f"{key} after the exit is cancelled"
    assert len(session.neutral_requests) == 1
    session.held[0].fulfill(body=NEUTRAL_PAGE, content_type="text/html")
    leaves(page)


def test_a_double_trigger_makes_one_navigation(sessions, site):
    session = sessions(site, watch=True)
    session.hold_neutral = True
    page = session.page("")
    page.dblclick("[data-quick-exit]")
    press_shift(page, 6)
    with page.expect_console_message(sent("key")):  # five frames after the last key
        page.keyboard.press("Escape")
    assert len(session.neutral_requests) == 1
    session.held[0].fulfill(body=NEUTRAL_PAGE, content_type="text/html")
    leaves(page)


def test_back_after_exit_never_shows_content_with_the_back_forward_cache(sessions, bfcache_browser, site):
    session = sessions(site, on=bfcache_browser)
    session.context.add_init_script(RETURN_PROBE)
    page = session.page("")
    page.click("a.md-button[href='get-help/']")  # a route on the home page
    page.wait_for_url("**/get-help/")
    page.keyboard.press("Escape")
    leaves(page)
    session.hold_neutral = True
    # The unload listener keeps the page out of the cache (Firefox restores cached pages with stale storage),
    # so Back loads it afresh and the return check stops it in the head, before anything shows.
    with page.expect_console_message(is_return) as probe:
        page.go_back(wait_until="commit")
    returned(probe, site)
    answer_held(page, session)
    leaves(page)
    assert "referer" not in session.neutral_requests[1].headers


def test_a_site_address_after_exit_leaves_again_before_the_first_paint(sessions, site):
    session = sessions(site)
    session.context.add_init_script(RETURN_PROBE)
    page = session.page("privacy/")
    page.keyboard.press("Escape")
    leaves(page)
    session.hold_neutral = True
    with page.expect_console_message(is_return) as probe:
        page.goto(session.site + "spot-the-signs/", wait_until="commit")
    returned(probe, session.site + "spot-the-signs/")
    answer_held(page, session)
    leaves(page)
    assert len(session.neutral_requests) == 2 and "referer" not in session.neutral_requests[1].headers


def test_a_new_context_sees_the_site_normally(sessions, site):
    first = sessions(site)
    page = first.page("")
    page.keyboard.press("Escape")
    leaves(page)
    second = sessions(site)
    page = second.page("")
    stays(page, second)
    assert page.url == site and page.locator(".md-content").is_visible()


# -- phones, layering, print, accessibility --------------------------------------

def test_a_tap_on_a_phone_leaves(sessions, site):
    session = sessions(site, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = session.page("report-it/")
    button = page.locator("[data-quick-exit]")
    box = button.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 844 and box["x"] + box["width"] <= 390
    assert box["width"] >= 44 and box["height"] >= 44
    button.tap()
    leaves(page)


def test_the_button_stays_on_top_after_scrolling(sessions, site):
    session = sessions(site, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = session.page("spot-the-signs/")
    for scroll in (600, 2400, 6000):
        page.evaluate(f"window.scrollTo({{top: {scroll}, behavior: 'instant'}})")
        page.evaluate(SETTLED)
        on_top = page.evaluate("""() => {
            const button = document.querySelector('[data-quick-exit]');
            const box = button.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return box.top >= 0 && box.top < 60 && button.contains(hit);
        }""")
        assert on_top, f"covered or gone after scrolling to {scroll}"


def test_print_hides_the_button(session):
    page = session.page("")
    page.emulate_media(media="print")
    assert not page.locator("[data-quick-exit]").is_visible()
    assert not page.locator(".ck-quick-exit__explain").is_visible()


AXE_PAGES = ("", "report-it/", "privacy/", "pl/", "pl/report-it/", "ar/", "ar/report-it/", "fa/get-help/", "ti/",
             "ti/spot-the-signs/", "404.html", "ar/404.html")


@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_finds_no_accessibility_violations(sessions, site, path):
    assert AXE.is_file(), f"axe-core is missing at {AXE}: run `make test`, which installs it"
    # axe is injected as an inline script, which the site's security policy rightly refuses.
    page = sessions(site, bypass_csp=True).page(path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => (await axe.run(document)).violations.map(v => [v.id, v.help, v.nodes.length])")
    assert result == [], f"{path or 'home'}: {result}"
    page.click("summary.ck-languages__toggle")  # and with the language list open
    result = page.evaluate("async () => (await axe.run(document)).violations.map(v => [v.id, v.help, v.nodes.length])")
    assert result == [], f"{path or 'home'}, languages open: {result}"


# -- what is kept -----------------------------------------------------------------

def test_only_a_per_tab_flag_is_stored(session):
    page = session.page("")
    assert page.evaluate("() => [localStorage.length, sessionStorage.length]") == [0, 0]
    page.click("[data-quick-exit-hide]")
    assert not page.locator(".ck-quick-exit__explain").is_visible()
    assert page.evaluate("() => Object.entries(sessionStorage)") == [["quick-exit", "explained"]]
    page.goto(session.site + "report-it/")
    assert not page.locator(".ck-quick-exit__explain").is_visible()
    page.keyboard.press("Escape")
    leaves(page)
    assert session.context.cookies() == []
    other = session.page("")
    assert other.locator(".ck-quick-exit__explain").is_visible(), "another tab starts fresh"
    assert other.evaluate("() => sessionStorage.length") == 0


# -- Shift, pressed the ways people press it ------------------------------------------

def test_both_shift_keys_pressed_together_count_once(session):
    page = session.page("")
    for _ in range(2):
        page.keyboard.down("ShiftLeft")
        page.keyboard.down("ShiftRight")
        page.keyboard.up("ShiftLeft")
        page.keyboard.up("ShiftRight")
    assert status(page) == "Shift pressed twice. Press Shift 1 more time to leave this site."
    stays(page, session)


def test_left_and_right_shift_one_after_the_other_count_one_each(session):
    page = session.page("")
    for key in ("ShiftLeft", "ShiftRight", "ShiftLeft"):
        page.keyboard.press(key)
    leaves(page)


def test_shift_held_while_clicking_or_scrolling_does_not_count(session):
    page = session.page("spot-the-signs/")
    page.keyboard.down("Shift")
    page.mouse.click(640, 500)
    page.keyboard.up("Shift")
    page.keyboard.down("Shift")
    page.mouse.wheel(0, 300)
    page.keyboard.up("Shift")
    press_shift(page, 2)
    assert status(page) == "Shift pressed twice. Press Shift 1 more time to leave this site."
    stays(page, session)


def test_the_time_ran_out_message_is_cleared_after_a_while(session):
    page = timed_out(session)
    page.clock.fast_forward(5100)
    assert status(page) == ""


def test_escape_closing_the_language_list_does_not_leave(session):
    page = session.page("report-it/")
    page.click("summary.ck-languages__toggle")
    assert page.locator("details.ck-languages").get_attribute("open") is not None
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.querySelector('details.ck-languages').open")
    stays(page, session)
    assert page.evaluate("document.activeElement.matches('summary.ck-languages__toggle')")
    page.keyboard.press("Escape")
    leaves(page)


def test_the_explanation_says_what_the_exit_cannot_do_in_every_language(built):
    import polib

    english = ("After you leave, this tab will not show this site again until you close it. A phone may show a "
               "picture of the last page when you swipe back. No website can stop this.")
    assert english in built.html("report-it")
    for code in TRANSLATED_CODES:
        catalogue = polib.pofile(str(ROOT / "translations" / code / "interface.po"))
        text = next(e.msgstr for e in catalogue if e.msgctxt == "quick_exit.explain_after" and not e.obsolete)
        page = html.unescape((built.site / code / "report-it" / "index.html").read_text(encoding="utf-8"))
        assert text and text in page, code


# -- forced colours, narrow screens, blocked storage ------------------------------------

def test_in_forced_colours_the_button_stays_visible_and_named(sessions, site):
    page = sessions(site, forced_colors="active").page("report-it/")
    button = page.locator("[data-quick-exit]")
    assert button.is_visible()
    assert page.get_by_role("link", name="Emergency exit: Leave this site").count() == 1
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    button.click()
    leaves(page)


@pytest.mark.parametrize("code", ["", "pl/", "ar/", "fa/", "ti/"])
def test_at_320_pixels_the_button_is_on_top_and_nothing_scrolls_sideways(sessions, site, code):
    """A small phone, or 400% zoom: in every language the exit stays on screen and clickable."""
    page = sessions(site, viewport={"width": 320, "height": 640}).page(code + "report-it/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    on_top = page.evaluate("""() => {
        const button = document.querySelector('[data-quick-exit]');
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return box.left >= 0 && box.right <= innerWidth && box.top >= 0 && button.contains(hit);
    }""")
    assert on_top
    page.locator("[data-quick-exit]").click()
    leaves(page)


BLOCKED_STORAGE = """
Object.defineProperty(window, 'sessionStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});
"""


def test_with_storage_blocked_the_exit_still_works(sessions, site):
    session = sessions(site)
    session.context.add_init_script(BLOCKED_STORAGE)
    page = session.page("get-help/")
    page.keyboard.press("Escape")
    leaves(page)
    page = session.page("report-it/")
    page.locator("[data-quick-exit]").click()
    leaves(page)
