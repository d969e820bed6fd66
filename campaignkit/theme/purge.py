"""The site's one stylesheet: Material's rules cut down to those the built pages can use, then the engine's.

Material's main stylesheet is 23 KB compressed and styles every feature it has (code blocks, tabs,
tables of every kind, its palette switcher); a campaign page uses a few of them. A rule is kept when
every element, class, id and attribute name its selector needs occurs in some built page or in the
engine's scripts (which add classes as the reader uses the page): the way PurgeCSS decides. States
(`:hover`, `:checked`) and anything inside a functional pseudo-class (`:not(...)`, `:is(...)`) count as
present, so a rule is only ever kept when in doubt, never lost. Custom properties no kept declaration
reads (Material's icon pictures for admonitions it styles but no page has) and unused `@keyframes`
go too. Comments and the whitespace between tokens are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

import tinycss2
from tinycss2.ast import AtRule, Declaration, QualifiedRule

VARIABLE = re.compile(r"var\(\s*(--[\w-]+)")
WORD = re.compile(r"[A-Za-z_][\w-]*")
# A start tag, its quoted attribute values read whole (so a ">" inside one does not end the tag).
START_TAG = re.compile(r"<([A-Za-z][\w-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>")
ATTRIBUTE = re.compile(r"([^\s\"'>/=]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")
# At-rules holding rules of their own, kept when any rule inside is.
GROUPS = {"media", "supports", "container", "layer", "document"}
KEYFRAMES = {"keyframes", "-webkit-keyframes"}


@dataclass
class Used:
    """The names the site's pages and scripts use: elements "t:div", attributes "a:href", classes ".x", ids "#x"."""

    names: set[str] = field(default_factory=set)
    variables: set[str] = field(default_factory=set)  # custom properties read outside the stylesheet

    def add_html(self, html: str) -> None:
        """Every start tag's name, attribute names, classes and id (read with regular expressions:
        an HTML parser takes ten times as long, and a stray match only keeps a rule)."""
        for tag, attributes in START_TAG.findall(html):
            self.names.add(f"t:{tag.lower()}")
            for name, value in ATTRIBUTE.findall(attributes):
                name = name.lower()
                self.names.add(f"a:{name}")
                value = value.strip("\"'")
                if name == "class":
                    self.names.update(f".{token}" for token in unescape(value).split())
                elif name == "id" and value:
                    self.names.add(f"#{unescape(value)}")
        self.variables.update(VARIABLE.findall(html))

    def update(self, other: "Used") -> None:
        self.names |= other.names
        self.variables |= other.variables

    def add_script(self, script: str) -> None:
        """Every word in a script may be a class it adds, an element it makes or an attribute it sets."""
        for word in set(WORD.findall(script)):
            self.names.update((f".{word}", f"#{word}", f"t:{word.lower()}", f"a:{word.lower()}"))
        self.variables.update(VARIABLE.findall(script))


def purge(css: str | list, used: Used) -> str:
    """The stylesheet (its text, or its `index`) with only the rules the site can use, compact."""
    rules = _keep(index(css) if isinstance(css, str) else css, used.names)
    needed = _needed_variables(rules, used.variables)
    return _drop_unused_keyframes("".join(_serialize(rule, needed) for rule in rules))


def index(css: str) -> list:
    """The stylesheet parsed once into plain, picklable entries (what each selector needs, every piece
    already written out): the cut for one site's names is then a quick filter, and parsing the theme's
    stylesheet, the slow part, can be done ahead and kept.

    An entry is ("rule", [(needs, selector)], [(name, value, important, variables read)] or raw text),
    ("group", "@media ...", entries) or ("as-is", text).
    """
    return _index(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


def _index(rules: list) -> list:
    entries = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            selectors = [(frozenset(_needs(s)), _compact(tinycss2.serialize(_strip(s)))) for s in _split(rule.prelude)]
            entries.append(("rule", selectors, _declarations(rule.content)))
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in GROUPS and rule.content is not None:
            inner = _index(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
            entries.append(("group", f"@{rule.at_keyword} {_compact(tinycss2.serialize(rule.prelude))}", inner))
        elif isinstance(rule, (AtRule, QualifiedRule)):
            entries.append(("as-is", _compact(rule.serialize())))
    return entries


def _declarations(content: list) -> list | str:
    parsed = tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True)
    if all(isinstance(item, Declaration) for item in parsed):
        return [(item.name, _compact(tinycss2.serialize(item.value)), item.important,
                 frozenset(VARIABLE.findall(tinycss2.serialize(item.value)))) for item in parsed]
    return _compact(tinycss2.serialize(content))  # nested rules or errors: kept exactly as written


def _keep(entries: list, names: set[str]) -> list:
    kept = []
    for entry in entries:
        if entry[0] == "rule":
            selectors = [text for needs, text in entry[1] if needs <= names]
            if selectors:
                kept.append(("rule", ",".join(selectors), entry[2]))
        elif entry[0] == "group":
            inner = _keep(entry[2], names)
            if inner:
                kept.append(("group", entry[1], inner))
        else:
            kept.append(entry)
    return kept


def _needed_variables(rules: list, outside: set[str]) -> set[str]:
    """Custom properties read by a kept declaration, directly or through other custom properties."""
    defined: dict[str, set[str]] = {}
    needed = set(outside)
    for name, _, _, refs in _all_declarations(rules):
        if name.startswith("--"):
            defined.setdefault(name, set()).update(refs)
        else:
            needed |= refs
    queue = list(needed)
    while queue:
        for ref in defined.get(queue.pop(), ()):
            if ref not in needed:
                needed.add(ref)
                queue.append(ref)
    return needed


def _all_declarations(rules: list):
    for rule in rules:
        if rule[0] == "rule" and not isinstance(rule[2], str):
            yield from rule[2]
        elif rule[0] == "group":
            yield from _all_declarations(rule[2])


def _serialize(rule: tuple, needed: set[str]) -> str:
    if rule[0] == "as-is":
        return rule[1]
    if rule[0] == "group":
        inner = "".join(_serialize(r, needed) for r in rule[2])
        return f"{rule[1]}{{{inner}}}" if inner else ""
    selectors, declarations = rule[1], rule[2]
    if isinstance(declarations, str):
        body = [declarations]
    else:
        body = [f"{name}:{value}{'!important' if important else ''}" for name, value, important, _ in declarations
                if not name.startswith("--") or name in needed]
    if not body:
        return ""
    return f"{selectors}{{{';'.join(body)}}}"


def _drop_unused_keyframes(text: str) -> str:
    def keep(match: re.Match[str]) -> str:
        name = match.group(2)
        rest = text[: match.start()] + text[match.end():]
        return match.group(0) if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest) else ""

    return re.sub(r"@(-webkit-)?keyframes ([\w-]+)\s*\{(?:[^{}]*\{[^{}]*\})*\}", keep, text)


def _compact(text: str) -> str:
    return " ".join(text.split()).strip()


def _split(prelude: list) -> list[list]:
    selectors, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    selectors.append(current)
    return [s for s in selectors if _strip(s)]


def _strip(tokens: list) -> list:
    start, end = 0, len(tokens)
    while start < end and tokens[start].type in ("whitespace", "comment"):
        start += 1
    while end > start and tokens[end - 1].type in ("whitespace", "comment"):
        end -= 1
    return tokens[start:end]


def _needs(selector: list) -> set[str]:
    """The names an element must have for this selector to match it (pseudo-classes and their arguments aside)."""
    needs: set[str] = set()
    tokens = _strip(selector)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == "literal" and token.value == "." and following is not None and following.type == "ident":
            needs.add(f".{following.value}")
            index += 2
            continue
        if token.type == "literal" and token.value == ":":
            index += 1  # a pseudo-class or element: its name, or its function and arguments, come next
            while index < len(tokens) and tokens[index].type == "literal" and tokens[index].value == ":":
                index += 1
            index += 1
            continue
        if token.type == "hash":
            needs.add(f"#{token.value}")
        elif token.type == "ident":
            needs.add(f"t:{token.lower_value}")
        elif token.type == "[] block":
            name = next((t for t in token.content if t.type == "ident"), None)
            if name is not None:
                needs.add(f"a:{name.lower_value}")
        index += 1
    return needs
