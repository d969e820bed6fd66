"""Content loaded from another website, and scripts written into a page: refused at their line.

A reader's visit must leave no trace with anyone else, so the site never loads
anything from another host, and its security policy makes the browser refuse
it: a picture, video or stylesheet from elsewhere reaches readers as a broken
element, and an `onclick` does nothing. An inline <script> is worse: the policy
allows the scripts a page contains, so it would run. Ordinary links to other
websites are fine: nothing is loaded until the reader chooses to go there.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..errors import Problem
from .front_matter import YAML_BLOCK

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+).+?\1")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
IMAGE = re.compile(r"!\[(?P<alt>(?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?(?P<target>[^)\s>]*)>?")
IMAGE_REFERENCE = re.compile(r"!\[(?P<alt>[^\[\]]*)\](?:\[(?P<label>[^\[\]]*)\])?(?!\()")
DEFINITION = re.compile(r"^ {0,3}\[(?P<label>[^\]]+)\]:[ \t]*<?(?P<target>[^\s>]+)>?", re.MULTILINE)
LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
ATTRIBUTE_LIST = re.compile(r"\{:?(?P<inner>[^{}\n]*=[^{}\n]*)\}")
CSS_ADDRESS = re.compile(r"""@import\s+(?:url\()?\s*["']?(?P<a>[^"')\s;]+)|url\(\s*["']?(?P<b>[^"')\s]+)""", re.I)
ELSEWHERE = re.compile(r"^\s*(?:https?:|//|\\\\|[a-z][a-z0-9+.-]*://)", re.IGNORECASE)
SCRIPT_ADDRESS = re.compile(r"^\s*(?:javascript|vbscript):", re.IGNORECASE)

# Elements, and the attributes whose address the browser fetches as soon as the page opens.
LOADS = {
    "img": ("src", "srcset"), "source": ("src", "srcset"), "input": ("src",), "iframe": ("src",),
    "frame": ("src",), "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "embed": ("src",),
    "object": ("data",), "script": ("src",), "link": ("href",), "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
THINGS = {
    "img": "picture", "input": "picture", "image": "picture", "use": "picture", "iframe": "embedded page",
    "frame": "embedded page", "video": "video", "audio": "recording", "source": "video or recording",
    "track": "subtitle file", "embed": "embedded content", "object": "embedded content", "script": "script",
    "link": "stylesheet", "style": "stylesheet",
}
WHY = ("This site never loads anything from another website: a reader's visit must leave no trace with anyone "
       "else, and the site's security policy blocks it, so readers would see a broken {thing}.")
INSTEAD = {
    "picture": "Save the picture in docs/assets/ and link to it from there, such as ![What it shows](assets/name.png).",
    "video": "Link to the video instead of embedding it, such as [Watch the video (on YouTube)](https://...).",
    "recording": "Link to the recording instead of embedding it, or save the file in docs/assets/.",
    "video or recording": "Link to it instead of embedding it, or save the file in docs/assets/.",
    "subtitle file": "Save the file in docs/assets/ and link to it from there.",
    "embedded page": "Link to the page instead of embedding it, such as [See the map](https://...).",
    "embedded content": "Link to it instead of embedding it.",
    "script": "Remove it: pages cannot use scripts from elsewhere.",
    "stylesheet": "Remove it: the site's look comes from its own theme (ask whoever looks after overrides/).",
}
INLINE_SCRIPT = ("a page cannot contain a script ({what}). Scripts written into a page could send a reader's visit "
                 "to someone else, and the site's security policy does not stop them. Remove it; if the page needs "
                 "something interactive, ask whoever looks after the site to add it to the engine.")
EVENT = ("'{name}' runs a script when the reader {action}, which the site's security policy blocks, so it would "
         "do nothing. Remove it: for a link or a button, a plain link such as [Report it](report-it.md) works "
         "for everyone, including people using a keyboard or a screen reader.")


def check_outside_content(text: str, file: str, *, line: int | None = None) -> list[Problem]:
    """Every element in a page (or a translation) that loads from elsewhere or runs a script.

    `line` gives every problem the same line (a translation, whose catalogue line is known).
    """
    if not any(mark in text for mark in "<[{"):
        return []  # no tag, link, picture or attribute list: nothing can load or run (most translations)
    masked = without_code(text)
    found = _markdown_images(masked) + _attribute_lists(masked) + _html(masked)
    seen: set[tuple[int, str]] = set()
    problems = []
    for number, message in sorted(found, key=lambda item: item[0]):
        if (number, message) not in seen:
            seen.add((number, message))
            problems.append(Problem(file, line or number, message))
    return problems


def without_code(text: str) -> str:
    """The text with page settings, comments, fenced blocks and code spans blanked, every line where it was."""
    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    text = COMMENT.sub(blank, YAML_BLOCK.sub(blank, text, count=1))
    lines, fence = [], None
    for content in text.split("\n"):
        opening = FENCE.match(content)
        if fence or opening:
            if fence is None:
                fence = opening.group(1)
            elif opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            lines.append("")
            continue
        lines.append(CODE_SPAN.sub(blank, content))
    return "\n".join(lines)


def _markdown_images(text: str) -> list[tuple[int, str]]:
    definitions = {_label(m.group("label")): m.group("target") for m in DEFINITION.finditer(text)}
    found = []
    for number, content in enumerate(text.split("\n"), start=1):
        for match in IMAGE.finditer(content):
            found += _address(number, "img", match.group("target"))
        for match in IMAGE_REFERENCE.finditer(content):
            target = definitions.get(_label(match.group("label") or match.group("alt")))
            if target:
                found += _address(number, "img", target)
        if any(SCRIPT_ADDRESS.match(target) for target in LINK_TARGET.findall(content)):
            found.append((number, INLINE_SCRIPT.format(what="a link starting 'javascript:'")))
    return found


def _attribute_lists(text: str) -> list[tuple[int, str]]:
    """`{: onclick="..." }` after a link or picture is an attribute like any written in HTML."""
    found = []
    for number, content in enumerate(text.split("\n"), start=1):
        for match in ATTRIBUTE_LIST.finditer(content):
            found += [(number, message) for _, message in _html(f"<span {match.group('inner')}>")]
    return found


def _html(text: str) -> list[tuple[int, str]]:
    parser = _Elements()
    parser.feed(text)
    parser.close()
    return parser.found


def _address(number: int, tag: str, value: str, attribute: str = "src") -> list[tuple[int, str]]:
    addresses = [part.split()[0] for part in value.split(",") if part.strip()] if attribute == "srcset" else [value]
    thing = THINGS.get(tag, "element")
    return [(number, f"the {thing} '{address.strip()}' would be loaded from another website. "
                     f"{WHY.format(thing=thing)} {INSTEAD.get(thing, INSTEAD['embedded content'])}")
            for address in addresses if ELSEWHERE.match(address)]


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Elements(HTMLParser):
    """HTML in the page: what each element would load or run, with the line it starts on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        number = self.getpos()[0]
        values = {name: value or "" for name, value in attrs}
        if tag == "script" and not values.get("src", "").strip():
            self.found.append((number, INLINE_SCRIPT.format(what="<script>")))
        # A <link> that is not a stylesheet (an icon, a preload) still fetches its address.
        kind = "embed" if tag == "link" and "stylesheet" not in values.get("rel", "").lower().split() else tag
        for attribute in LOADS.get(tag, ()):
            if attribute in values:
                self.found += _address(number, kind, values[attribute], attribute)
        for name, value in values.items():
            if name.startswith("on") and len(name) > 2:
                self.found.append((number, EVENT.format(name=name, action=_action(name))))
            elif name in ("href", "src", "action", "formaction") and SCRIPT_ADDRESS.match(value):
                self.found.append((number, INLINE_SCRIPT.format(what="an address starting 'javascript:'")))
            elif name in ("style", "background"):
                self.found += self._css(number, value if name == "style" else f"url({value})")
        self._open = tag

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open == "style":
            start = self.getpos()[0]
            for match in CSS_ADDRESS.finditer(data):
                self.found += self._css(start + data.count("\n", 0, match.start()), match.group(0))

    @staticmethod
    def _css(number: int, css: str) -> list[tuple[int, str]]:
        found = []
        for match in CSS_ADDRESS.finditer(css):
            found += _address(number, "style", match.group("a") or match.group("b"))
        return found


def _action(name: str) -> str:
    actions = {"onclick": "clicks or taps", "onload": "opens the page", "onerror": "meets an error",
               "onmouseover": "points at it", "onfocus": "moves to it", "onsubmit": "sends a form"}
    return actions.get(name, "does something on the page")
