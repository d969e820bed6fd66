"""Publishing: the host files every build writes, tried on Debian's nginx and Apache as a force would run them."""

from __future__ import annotations

import http.client
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from conftest import FEW_LANGUAGES, copy_project

sys.path.insert(0, str(Path(__file__).parent))
from servers import apache, nginx, readable_copy  # noqa: E402

from campaignkit.deploy import HostRules, write_host_files  # noqa: E402
from campaignkit.security_policy.headers import HEADERS  # noqa: E402
from site_languages import ENDONYMS, TRANSLATED_CODES

LANGUAGES = {code: ENDONYMS[code] for code in TRANSLATED_CODES}
SERVERS = {"nginx": (nginx, "nginx/campaign.conf"), "apache": (apache, "apache/campaign.conf")}


def fetch(base: str, path: str) -> tuple[int, http.client.HTTPMessage, str]:
    """One request, redirects not followed: what a browser gets first."""
    address = urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        connection.request("GET", address.path.rstrip("/") + "/" + path.lstrip("/"))
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def addresses(site: Path) -> list[str]:
    """Every file the build wrote, as the address a reader asks for ("pl/report-it/" for an index.html)."""
    found = []
    for file in sorted(site.rglob("*")):
        if file.is_file() and not file.name.startswith("_"):
            path = file.relative_to(site).as_posix()
            found.append(path.removesuffix("index.html"))
    return found


def assert_headers(headers: http.client.HTTPMessage, where: str) -> None:
    for name, value in HEADERS.items():
        assert headers.get(name) == value, f"{where}: {name} is {headers.get(name)!r}"


@pytest.fixture(scope="module", params=sorted(SERVERS))
def served(request, built):
    """The built site on a real server with the snippet the build wrote for it."""
    server, snippet = SERVERS[request.param]
    with server(readable_copy(built.site), built.path / "host" / snippet) as base:
        yield base


# -- nginx and Apache, for real ------------------------------------------------

def test_every_page_and_file_has_the_security_headers(served, built):
    for path in addresses(built.site):
        status, headers, _ = fetch(served, path)
        assert status == 200, f"/{path}: {status}"
        assert_headers(headers, f"/{path}")


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_a_missing_page_gets_its_languages_404_with_status_404(served, code):
    status, headers, body = fetch(served, f"{code}/missing/")
    assert status == 404
    assert f'<html lang="{code}"' in body
    assert_headers(headers, f"/{code}/missing/")


def test_a_missing_english_page_gets_the_root_404_listing_every_language(served):
    status, headers, body = fetch(served, "missing/page/")
    assert status == 404
    assert '<html lang="en"' in body
    assert all(endonym in body for endonym in LANGUAGES.values())
    assert_headers(headers, "/missing/page/")


def test_scripts_and_styles_are_sent_with_their_types(served):
    # nosniff: a browser runs a script only if the server calls it one.
    for path, kind in [("assets/campaign/campaign.js", "javascript"), ("assets/campaign/campaign.css", "text/css"),
                       ("pl/search/search_index.json", "application/json")]:
        status, headers, _ = fetch(served, path)
        assert status == 200 and kind in headers.get("Content-Type", ""), f"/{path}: {headers.get('Content-Type')}"


def test_a_folder_asked_for_without_its_slash_is_sent_to_it(served):
    status, headers, _ = fetch(served, "pl")
    assert status == 301 and urlsplit(headers["Location"]).path == "/pl/"


# -- the files for hosts that are not tried here ------------------------------

def rules_of(text: str) -> list[tuple[str, dict[str, str]]]:
    """`_headers` as Netlify and Cloudflare Pages read it: a path pattern, then indented `Name: value` lines."""
    rules: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), {}))
        else:
            name, value = line.strip().split(":", 1)
            rules[-1][1][name.strip()] = value.strip()
    return rules


def matches(pattern: str, path: str) -> bool:
    return re.fullmatch(re.escape(pattern).replace(r"\*", ".*"), path) is not None


@pytest.mark.parametrize("host", ["netlify", "cloudflare-pages"])
def test_headers_file_covers_every_built_page_and_file(built, host):
    rules = rules_of((built.path / "host" / host / "_headers").read_text(encoding="utf-8"))
    for path in addresses(built.site):
        found: dict[str, str] = {}
        for pattern, headers in rules:
            if matches(pattern, "/" + path):
                found.update(headers)
        assert found == HEADERS, f"/{path}"


def test_redirects_file_gives_each_language_its_own_404_and_leaves_pages_alone(built):
    lines = [line.split() for line in (built.path / "host/netlify/_redirects").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert all(status == "404" for _, _, status in lines), "only 404 rules: Netlify serves every existing file"
    for code in [*LANGUAGES, ""]:
        missing = f"/{code}/missing/" if code else "/missing/"
        page = next(target for source, target, _ in lines if matches(source, missing))
        assert (built.site / page.lstrip("/")).is_file()
        assert f'<html lang="{code or "en"}"' in (built.site / page.lstrip("/")).read_text(encoding="utf-8")
    assert not (built.path / "host/cloudflare-pages/_redirects").exists(), \
        "Cloudflare Pages follows every rule, even where a page exists"


def test_github_pages_workflow_builds_and_publishes_the_site_folder(built):
    workflow = yaml.safe_load((built.path / "host/github-pages/pages.yml").read_text(encoding="utf-8"))
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    upload = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    assert any(step.get("run") == "make build" for step in build["steps"])
    cache = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".cache/campaignkit", "each run starts from the last run's build cache"
    assert build["steps"].index(cache) < next(i for i, step in enumerate(build["steps"]) if step.get("run") == "make build")
    assert workflow["permissions"] == {"contents": "read"}, "the build job cannot publish"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages")


def test_s3_cloudfront_files_carry_the_same_headers_and_name_the_site_folder(built):
    folder = built.path / "host/s3-cloudfront"
    policy = json.loads((folder / "response-headers-policy.json").read_text(encoding="utf-8"))
    security = policy["SecurityHeadersConfig"]
    assert security["ContentSecurityPolicy"]["ContentSecurityPolicy"] == HEADERS["Content-Security-Policy"]
    assert security["ReferrerPolicy"]["ReferrerPolicy"] == HEADERS["Referrer-Policy"]
    assert security["FrameOptions"]["FrameOption"] == HEADERS["X-Frame-Options"]
    assert "ContentTypeOptions" in security
    custom = {item["Header"]: item["Value"] for item in policy["CustomHeadersConfig"]["Items"]}
    assert custom == {"Permissions-Policy": HEADERS["Permissions-Policy"]}
    assert policy["CustomHeadersConfig"]["Quantity"] == 1
    errors = json.loads((folder / "error-responses.json").read_text(encoding="utf-8"))["CustomErrorResponses"]
    assert {item["ErrorCode"] for item in errors["Items"]} == {403, 404}
    assert all(item["ResponseCode"] == "404" and (built.site / item["ResponsePagePath"].lstrip("/")).is_file()
               for item in errors["Items"])
    assert "aws s3 sync site/ s3://" in (folder / "README.md").read_text(encoding="utf-8")


def test_only_the_chosen_hosts_files_go_into_the_published_folder(tmp_path):
    rules = HostRules.for_site("https://police.example/", {"en": "", "pl": "pl/"}, "en", tmp_path / "site", tmp_path)
    for host, published in [("netlify", {"_headers", "_redirects"}), ("cloudflare-pages", {"_headers"}),
                            ("nginx", set()), (None, set())]:
        site = tmp_path / "site"
        site.mkdir(exist_ok=True)
        for old in site.iterdir():
            old.unlink()
        write_host_files(rules, site, host)
        assert {file.name for file in site.iterdir()} == published, host
        assert sorted(path.name for path in tmp_path.iterdir()) == ["host", "site"], "no work folder left behind"


def test_the_header_policy_never_blocks_the_pages_own_scripts():
    # Both policies are enforced: the page's meta one allows its scripts by hash; the header must not undo it.
    directives = {part.split()[0] for part in HEADERS["Content-Security-Policy"].split(";")}
    assert directives == {"frame-ancestors", "base-uri", "object-src", "form-action"}


# -- a site under a sub-path (https://police.example/campaign/), on nginx, in Chromium ----------------------

SUB_PATH = "/campaign/"
NEUTRAL = "https://www.bbc.co.uk/weather"


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("sub-path"))
    project.edit("mkdocs.yml", "site_url: https://modern-slavery.northvale-police.example/",
                 f"site_url: https://police.example{SUB_PATH}")
    result = project.build()
    assert result.returncode == 0, result.stderr
    with nginx(readable_copy(project.site, SUB_PATH), project.path / "host/nginx/campaign.conf") as base:
        yield project, base + SUB_PATH.lstrip("/")


@pytest.fixture
def sub_path_page(browser, sub_path_site):
    """A page on the sub-path site that records every failed or outside request and every policy refusal;
    its context is closed whatever the outcome."""
    _, base = sub_path_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    aborted: list[str] = []

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith(base):
            request_route.continue_()
        elif url.startswith(NEUTRAL):
            request_route.fulfill(body="<title>Weather</title>Neutral page", content_type="text/html")
        else:
            problems.append(f"outside the site: {url}")
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("response", lambda response: response.status >= 400 and problems.append(
        f"{response.status} {response.url}"))
    # Leaving a page cancels what it was still fetching (the tab icon comes after "load"): such a request
    # is kept aside and fetched again by the test, so a missing file is still caught.
    def failed(request) -> None:
        if request.failure == "net::ERR_ABORTED":
            aborted.append(request.url)
        else:
            problems.append(f"failed: {request.url} ({request.failure})")

    page.on("requestfailed", failed)
    page.on("console", lambda message: "Content Security Policy" in message.text and problems.append(message.text))
    page.problems = problems
    page.aborted = aborted
    yield page
    context.close()


def test_sub_path_host_files_name_the_sub_path(sub_path_site):
    project, base = sub_path_site
    redirects = (project.path / "host/netlify/_redirects").read_text(encoding="utf-8")
    assert f"{SUB_PATH}pl/* {SUB_PATH}pl/404.html 404" in redirects
    assert f"location {SUB_PATH}pl/ {{" in (project.path / "host/nginx/campaign.conf").read_text(encoding="utf-8")
    status, headers, body = fetch(base, "pl/missing/")
    assert status == 404 and '<html lang="pl"' in body
    assert_headers(headers, f"{SUB_PATH}pl/missing/")


def test_every_page_under_the_sub_path_loads_everything_it_links_to(sub_path_site, sub_path_page):
    project, base = sub_path_site
    page = sub_path_page
    links: set[str] = set()
    pages = [path for path in addresses(project.site) if path.endswith("/") or path == ""]
    assert len(pages) == 10 * (len(FEW_LANGUAGES) + 1)  # 10 pages in English and in each language of the copy
    for path in pages:
        page.goto(base + path, wait_until="load")
        assert page.problems == [], f"{SUB_PATH}{path}: {page.problems}"
        links.update(page.eval_on_selector_all(
            "a[href], link[href]:not([rel=alternate]):not([rel=canonical])",
            "nodes => nodes.map(node => node.href).filter(href => href.startsWith(location.origin))"))
    links.update(page.aborted)
    for link in sorted(links):
        target = urlsplit(link).path
        assert target.startswith(SUB_PATH), f"{link} leaves the site's path"
        status, _, _ = fetch(base, target.removeprefix(SUB_PATH))
        assert status == 200, f"{link}: {status}"


def test_the_404_page_under_the_sub_path_loads_its_styles_and_links(sub_path_site, sub_path_page):
    _, base = sub_path_site
    page = sub_path_page
    response = page.goto(base + "pl/missing/", wait_until="load")
    assert response.status == 404
    assert page.problems == [f"404 {base}pl/missing/"], "only the page itself is missing"
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") != "static"
    page.click(".md-content a[href$='/pl/']")
    page.wait_for_url(base + "pl/")


def test_quick_exit_and_language_selector_work_under_the_sub_path(sub_path_site, sub_path_page):
    _, base = sub_path_site
    page = sub_path_page
    page.goto(base + "report-it/")
    page.click("summary.ck-languages__toggle")
    page.click('.ck-languages__link[hreflang="ar"]')
    page.wait_for_url(base + "ar/report-it/")
    assert page.get_attribute("html", "dir") == "rtl"
    page.click("[data-quick-exit]")
    page.wait_for_url(NEUTRAL + "**")
    assert [problem for problem in page.problems if "outside" in problem] == []


def test_search_under_the_sub_path_finds_this_languages_pages(sub_path_site, sub_path_page):
    _, base = sub_path_site
    page = sub_path_page
    page.goto(base + "pl/")
    page.click(".md-search__input")
    page.keyboard.type("oznaki")
    page.wait_for_selector(".md-search-result__link")
    found = page.eval_on_selector_all(".md-search-result__link", "links => links.map(link => link.href)")
    assert found and all(urlsplit(link).path.startswith(f"{SUB_PATH}pl/") for link in found)
    assert page.problems == []
