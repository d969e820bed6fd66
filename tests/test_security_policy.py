"""The Content Security Policy: the site works under it, and it stops anything from another host."""

from __future__ import annotations


from browser import serve
from campaignkit.security_policy import add_policy, policy_for

WATCH = "addEventListener('securitypolicyviolation', e => window.__violation([e.violatedDirective, e.blockedURI]));"


def test_inline_scripts_are_allowed_by_hash_only():
    html = '<head><meta charset="utf-8"><script>a=1</script><script src="x.js"></script></head>'
    policy = policy_for(html)
    assert "script-src 'self' 'sha256-" in policy and "'unsafe-inline'" not in policy
    assert policy_for(html.replace("a=1", "a=2")) != policy
    assert add_policy(html).startswith('<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')


def test_every_page_and_the_404_page_carry_the_policy(built):
    pages = list(built.site.rglob("*.html"))
    assert any(p.name == "404.html" for p in pages)
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        assert 'http-equiv="Content-Security-Policy"' in head, page
        if "<script" in head:  # printed items have no script
            assert head.index("Content-Security-Policy") < head.index("<script"), page


def test_content_from_another_host_is_refused_by_the_browser(project, browser):
    """The build refuses such content in pages; the policy still stops any that reaches a page another way
    (a force's own template, say)."""
    assert project.build().returncode == 0
    page_file = project.site / "get-help/index.html"
    built = page_file.read_text(encoding="utf-8")
    page_file.write_text(built.replace("<h1", '<img alt="tracker" src="https://tracker.example/pixel.png"><h1', 1),
                         encoding="utf-8")
    with serve(project.site) as base:
        context = browser.new_context()
        reached_network: list = []
        failed: list = []

        def route(route):
            if route.request.url.startswith(base):
                route.continue_()
            else:  # anything that gets this far would have left the machine
                reached_network.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        context.on("requestfailed", lambda request: failed.append((request.url, request.failure)))
        page = context.new_page()
        page.goto(base + "get-help/", wait_until="networkidle")
        assert reached_network == []
        assert ("https://tracker.example/pixel.png", "csp") in failed, "the browser should refuse it for the policy"
        context.close()


def test_every_html_file_in_the_built_site_has_the_policy_even_one_no_template_wrote(project):
    project.write("docs/assets/print-me.html", '<!doctype html><html lang="en"><head><meta charset="utf-8">'
                                               "<title>Poster</title></head><body><p>Poster</p></body></html>")
    assert project.build().returncode == 0
    pages = sorted(project.site.rglob("*.html"))
    assert project.site / "assets/print-me.html" in pages
    missing = [str(page.relative_to(project.site)) for page in pages
               if 'http-equiv="Content-Security-Policy"' not in page.read_text(encoding="utf-8")]
    assert missing == []
