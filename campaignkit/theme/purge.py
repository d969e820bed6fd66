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
from pathlib import Path

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

    def add_script(self, script: str) -> None:
        """Every word in a script may be a class it adds, an element it makes or an attribute it sets."""
        for word in set(WORD.findall(script)):
            self.names.update((f".{word}", f"#{word}", f"t:{word.lower()}", f"a:{word.lower()}"))
        self.variables.update(VARIABLE.findall(script))


def used_in_site(site_dir: Path, scripts: list[str]) -> Used:
    """What every built page (in every language) and the engine's scripts use."""
    used = Used()
    for page in site_dir.rglob("*.html"):
        used.add_html(page.read_text(encoding="utf-8"))
    for script in scripts:
        used.add_script(script)
    return used


def purge(css: str, used: Used) -> str:
    """The stylesheet with only the rules the site can use, compact."""
    rules = _keep_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), used)
    needed = _needed_variables(rules, used.variables)
    text = "".join(_serialize(rule, needed) for rule in rules)
    return _drop_unused_keyframes(text)


def _keep_rules(rules: list, used: Used) -> list:
    kept = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            selectors = [s for s in _split(rule.prelude) if _needs(s) <= used.names]
            if selectors:
                prelude = []
                for index, selector in enumerate(selectors):
                    prelude.extend(([tinycss2.ast.LiteralToken(0, 0, ",")] if index else []) + _strip(selector))
                kept.append(("rule", prelude, _declarations(rule.content)))
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in GROUPS and rule.content is not None:
            inner = _keep_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True),
                                used)
            if inner:
                kept.append(("group", rule, inner))
        elif isinstance(rule, (AtRule, QualifiedRule)):
            kept.append(("as-is", rule))
    return kept


def _declarations(content: list) -> list:
    parsed = tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True)
    if all(isinstance(item, Declaration) for item in parsed):
        return parsed
    return [("raw", content)]  # nested rules or errors: kept exactly as written


def _needed_variables(rules: list, outside: set[str]) -> set[str]:
    """Custom properties read by a kept declaration, directly or through other custom properties."""
    defined: dict[str, set[str]] = {}
    needed = set(outside)
    for declaration in _all_declarations(rules):
        refs = set(VARIABLE.findall(tinycss2.serialize(declaration.value)))
        if declaration.name.startswith("--"):
            defined.setdefault(declaration.name, set()).update(refs)
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
        if rule[0] == "rule":
            yield from (d for d in rule[2] if isinstance(d, Declaration))
        elif rule[0] == "group":
            yield from _all_declarations(rule[2])


def _serialize(rule: tuple, needed: set[str]) -> str:
    if rule[0] == "as-is":
        return _compact(rule[1].serialize())
    if rule[0] == "group":
        inner = "".join(_serialize(r, needed) for r in rule[2])
        if not inner:
            return ""
        at = rule[1]
        return f"@{at.at_keyword} {_compact(tinycss2.serialize(at.prelude))}{{{inner}}}"
    prelude, declarations = rule[1], rule[2]
    body = []
    for declaration in declarations:
        if isinstance(declaration, tuple):
            body.append(_compact(tinycss2.serialize(declaration[1])))
        elif not declaration.name.startswith("--") or declaration.name in needed:
            value = _compact(tinycss2.serialize(declaration.value))
            body.append(f"{declaration.name}:{value}{'!important' if declaration.important else ''}")
    if not body:
        return ""
    return f"{_compact(tinycss2.serialize(prelude))}{{{';'.join(body)}}}"


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
