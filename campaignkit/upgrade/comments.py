"""Keep comments where the force wrote them when ruamel.yaml moves a setting.

ruamel.yaml keeps a setting's end-of-line comment and the comment lines *after*
it on that setting. A moved setting takes along its end-of-line comment and the
comment lines just above it (which describe it); the lines after it belong to
whatever followed it, so they stay in place.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

Key = str | int


def _slot(container: Any, key: Key) -> tuple[Any, Key, int]:
    """Where the comments after this entry are kept: on its last, deepest item if its value is a group."""
    value = container[key]
    if isinstance(value, CommentedMap) and value and not value.fa.flow_style():
        return _slot(value, list(value)[-1])
    if isinstance(value, CommentedSeq) and value and not value.fa.flow_style():
        return _slot(value, len(value) - 1)
    return container, key, 0 if isinstance(container, CommentedSeq) else 2


def _token(container: Any, key: Key) -> CommentToken | None:
    holder, name, index = _slot(container, key)
    entry = holder.ca.items.get(name)
    return entry[index] if entry and len(entry) > index else None


def detach_following(container: Any, key: Key) -> str:
    """Take off the comment lines after an entry (not its end-of-line comment) and return them."""
    token = _token(container, key)
    if token is None:
        return ""
    own, _, following = token.value.partition("\n")
    token.value = own + "\n"
    return following


def attach_following(container: Any, key: Key, text: str) -> None:
    """Put comment lines after an entry (after its own end-of-line comment, if it has one)."""
    if not text:
        return
    token = _token(container, key)
    if token is not None:
        token.value = token.value + text
        return
    holder, name, index = _slot(container, key)
    entry = holder.ca.items.setdefault(name, [None] * (2 if index == 0 else 4))
    entry[index] = CommentToken("\n" + text, CommentMark(0), None)


def take_comment_above(text: str) -> tuple[str, str]:
    """Split comment lines into (what stays, the comment written just above the next setting).

    The comment above a setting is the run of comment lines with no blank line
    between it and the setting.
    """
    lines = text.splitlines(keepends=True)
    start = len(lines)
    while start > 0 and lines[start - 1].strip().startswith("#"):
        start -= 1
    return "".join(lines[:start]), "".join(lines[start:])


def detach_above(container: Any, key: Key) -> str:
    """Take off the comment written just above the entry after `key`, and return it."""
    token = _token(container, key)
    if token is None:
        return ""
    own, newline, following = token.value.partition("\n")
    kept, above = take_comment_above(following)
    token.value = own + newline + kept
    return above


def detach_above_first(parent: Any, key: Key) -> str:
    """Take off the comment written just above a group's first entry, and return it.

    ruamel.yaml keeps it after `key:`'s own comment if that line has one, otherwise
    as a list of comment lines.
    """
    entry = parent.ca.items.get(key)
    if not entry:
        return ""
    if entry[2] is not None:
        own, newline, following = entry[2].value.partition("\n")
        kept, above = take_comment_above(following)
        entry[2].value = own + newline + kept
        return above
    lines = entry[3] if len(entry) > 3 and isinstance(entry[3], list) else []
    kept, above = take_comment_above("".join(" " * token.start_mark.column + token.value for token in lines))
    lines[:] = [CommentToken(line, CommentMark(0), None) for line in kept.splitlines(keepends=True)]
    return above


def attach_before_first(parent: Any, key: Key, text: str) -> None:
    """Put comment lines just inside a group, before its first entry (after `key:` and its own comment)."""
    if not text:
        return
    entry = parent.ca.items.setdefault(key, [None] * 4)
    if entry[2] is not None:
        entry[2].value = entry[2].value + text
    elif len(entry) > 3 and isinstance(entry[3], list) and entry[3]:
        entry[3].extend(CommentToken(line, CommentMark(0), None) for line in text.splitlines(keepends=True))
    else:
        entry[2] = CommentToken("\n" + text, CommentMark(0), None)
