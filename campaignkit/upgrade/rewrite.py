"""Rewrite mkdocs.yml from an older schema to the current one, with ruamel.yaml's round trip.

Only the moved settings and `schema` change: every other line, comment, quote
and the order of the force's settings come out as they went in.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from .comments import attach_before_first, attach_following, detach_above, detach_above_first, detach_following
from .schema import present, schema_of
from .steps import CURRENT_SCHEMA, Move, moves_after

SCHEMA_NOTE = " # the layout these settings follow: 'campaign upgrade' updates it"


class UpgradeRefused(Exception):
    """The file is left as it is; the message says why, in plain words."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


@dataclass
class Upgrade:
    """The rewritten text and what changed, each change worded for the person who reads the report."""

    schema: int
    text: str
    changes: list[str] = field(default_factory=list)


def round_trip_yaml() -> YAML:
    yaml = YAML()  # round trip: comments, order and quoting are kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line
    yaml.indent(mapping=2, sequence=4, offset=2)  # mkdocs.yml's usual layout
    return yaml


def upgrade_text(text: str) -> Upgrade:
    """The current-schema version of mkdocs.yml's text (the same text if it is current already)."""
    document = round_trip_yaml().load(text)
    block = campaign_block(document)
    if block is None:
        raise UpgradeRefused("there is no '- campaign:' block under plugins, so there is nothing to upgrade.")
    schema = schema_of(block)
    if schema is None:
        raise UpgradeRefused(f"campaign → schema should be a whole number, such as {CURRENT_SCHEMA}. "
                             "Correct it, then run 'campaign upgrade' again.", _line(block, "schema"))
    if schema > CURRENT_SCHEMA:
        raise UpgradeRefused(f"these settings are for a newer version of Campaign Kit (schema {schema}) than this "
                             f"one (schema {CURRENT_SCHEMA}). Install the newer Campaign Kit instead.",
                             _line(block, "schema"))
    if schema == CURRENT_SCHEMA:
        return Upgrade(schema, text)
    mover = _Mover(block)
    changes = [mover.move(move) for _, move in moves_after(schema) if present(block, move.old)]
    mover.finish()
    changes.append(_set_schema(block))
    out = io.StringIO()
    round_trip_yaml().dump(document, out)
    return Upgrade(schema, out.getvalue(), changes)


def campaign_block(document: Any) -> CommentedMap | None:
    """The value of `campaign:` in the plugins list (or mapping)."""
    plugins = document.get("plugins") if isinstance(document, dict) else None
    candidates = [plugins] if isinstance(plugins, dict) else [p for p in plugins or [] if isinstance(p, dict)]
    for candidate in candidates:
        if isinstance(candidate.get("campaign"), CommentedMap):
            return candidate["campaign"]
    return None


class _Mover:
    """Moves settings inside one campaign block, keeping each comment next to what it was written beside."""

    def __init__(self, block: CommentedMap):
        self.block = block
        self.new_groups: list[tuple[CommentedMap, str, str]] = []  # (parent, name, comments to put at its end)

    def move(self, move: Move) -> str:
        parent_path, key = move.old[:-1], move.old[-1]
        source = self._group(parent_path)
        line = _line(source, key)
        existing = self._group(move.new[:-1], create=False)
        if existing is not None and move.new[-1] in existing:
            raise UpgradeRefused(f"'{Move.label(move.old)}' and '{Move.label(move.new)}' are both set. Keep the one "
                                 "you want, delete the other, then run 'campaign upgrade' again.", line)
        keys = list(source)
        index = keys.index(key)
        if move.new[:-1] == parent_path:  # a rename: the setting and its comments keep their place
            comments = source.ca.items.pop(key, None)
            source.insert(index, move.new[-1], source.pop(key))
            if comments is not None:
                source.ca.items[move.new[-1]] = comments
            return f"renamed {Move.label(move.old)} to {Move.label(move.new)}" + (f" (line {line})" if line else "")
        container_of_source = self._group(parent_path[:-1]) if parent_path else None
        if index > 0:
            above = detach_above(source, keys[index - 1])
        else:
            above = detach_above_first(container_of_source, parent_path[-1]) if parent_path else ""
        # The lines after it describe what came next, so they stay; first in the block, they have nowhere to stay.
        following = detach_following(source, key) if index > 0 or parent_path else ""
        comments = source.ca.items.pop(key, None)
        value = source.pop(key)
        if index > 0:
            attach_following(source, keys[index - 1], following)
        elif parent_path:
            attach_before_first(container_of_source, parent_path[-1], following)
        target = self._group(move.new[:-1], after=parent_path)
        new_key = move.new[-1]
        if target:
            last = list(target)[-1]
            after_last = detach_following(target, last)
            attach_following(target, last, above)
        else:
            after_last = ""
            attach_before_first(self._group(move.new[:-2]), move.new[-2], above)
        target[new_key] = value
        if comments is not None:
            target.ca.items[new_key] = comments
        attach_following(target, new_key, after_last)
        return f"moved {Move.label(move.old)} to {Move.label(move.new)}" + (f" (line {line})" if line else "")

    def finish(self) -> None:
        """Comments that followed a new group's sibling go after the new group, before what came next."""
        for parent, name, following in self.new_groups:
            if parent[name]:
                attach_following(parent, name, following)

    def _group(self, path: tuple[str, ...], create: bool = True, after: tuple[str, ...] = ()) -> CommentedMap | None:
        """The group at `path`; a missing one is made just after its sibling in `after` (or at the end)."""
        node = self.block
        for depth, name in enumerate(path):
            if not isinstance(node.get(name), CommentedMap):
                if not create:
                    return None
                sibling = after[depth] if len(after) > depth and after[:depth] == path[:depth] else None
                keys = list(node)
                if sibling in keys:
                    node.insert(keys.index(sibling) + 1, name, CommentedMap())
                    self.new_groups.append((node, name, detach_following(node, sibling)))
                else:
                    node[name] = CommentedMap()
            node = node[name]
        return node


def _set_schema(block: CommentedMap) -> str:
    block.insert(0, "schema", CURRENT_SCHEMA)
    block.ca.items["schema"] = [None, None, CommentToken(SCHEMA_NOTE + "\n", CommentMark(0), None), None]
    return f"set schema to {CURRENT_SCHEMA}"


def _line(container: Any, key: str) -> int | None:
    try:
        return container.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return None
