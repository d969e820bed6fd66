"""The [[tag]] syntax: replaced where written, left alone in code, and every mistake reported with its line."""

from __future__ import annotations

from campaignkit.tags import Tag, expand


class Context:
    def render(self, template: str, **values: object) -> str:
        return "<div>block</div>"


TAGS = {
    "force": Tag("force", lambda arg, ctx: "Northvale Police", usage="[[force]]"),
    "helpline": Tag("helpline", lambda arg, ctx: f"<a>{arg}</a>", needs_argument=True, usage="[[helpline: ID]]"),
    "helplines": Tag("helplines", lambda arg, ctx: ctx.render("t"), block=True, usage="[[helplines]]"),
}


def run(markdown: str, first_line: int = 1):
    return expand(markdown, TAGS, Context(), "docs/page.md", first_line)


def test_inline_and_block_tags_are_replaced():
    out, problems = run("Call [[helpline: crimestoppers]] from [[force]].\n\n[[helplines]]\n")
    assert problems == []
    assert out == "Call <a>crimestoppers</a> from Northvale Police.\n\n<div>block</div>\n"


def test_code_is_left_alone():
    source = "Write `[[force]]` like this.\n\n```\n[[anything at all]]\n```\n"
    out, problems = run(source)
    assert problems == [] and out == source


def test_unknown_tag_suggests_the_nearest_and_gives_the_line():
    _, problems = run("line one\n\nCall [[helpine: crimestoppers]].\n", first_line=5)
    assert len(problems) == 1
    assert problems[0].line == 7 and problems[0].file == "docs/page.md"
    assert "no tag called 'helpine'" in problems[0].message and "[[helpline: ...]]" in problems[0].message


def test_block_tag_inside_a_sentence_is_refused():
    _, problems = run("See [[helplines]] here.")
    assert "line of its own" in problems[0].message


def test_missing_or_extra_argument():
    _, problems = run("[[helpline]] and [[force: x]]")
    assert len(problems) == 2
    assert "needs more" in problems[0].message and "takes nothing" in problems[1].message


def test_unclosed_tag_is_reported():
    _, problems = run("Call [[helpline: crimestoppers] now.")
    assert "not closed" in problems[0].message
