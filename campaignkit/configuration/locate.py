"""Find the line of a setting in mkdocs.yml, so errors can say where to look.

MkDocs hands plugins their options as plain dicts with no positions, so we
compose the file again (without constructing values, so MkDocs' own YAML tags
such as !ENV are harmless) and walk to the node.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import yaml

Key = str | int


class Locator:
    """Maps a path of keys inside the `campaign` plugin block to a line number."""

    def __init__(self, root: yaml.Node | None):
        self._root = root

    @classmethod
    def for_document(cls, config_file: str | Path | None) -> "Locator":
        """Paths start at the top of mkdocs.yml."""
        return cls(_compose(config_file))

    def campaign_block(self) -> "Locator":
        """Paths start inside the `campaign` plugin block."""
        return Locator(_campaign_block(self._root))

    def line(self, path: Sequence[Key]) -> int | None:
        """Line (1-based) of the deepest node on `path` that exists."""
        node = self._root
        if node is None:
            return None
        best = node.start_mark.line + 1
        for key in path:
            found = _child(node, key)
            if found is None:
                break
            label, node = found
            best = label.start_mark.line + 1
        return best


def _compose(config_file: str | Path | None) -> yaml.Node | None:
    if not config_file or not Path(config_file).is_file():
        return None
    try:
        return yaml.compose(Path(config_file).read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None


def _child(node: yaml.Node, key: Key) -> tuple[yaml.Node, yaml.Node] | None:
    """(the node whose line people look for, the value node) for one step of a path."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k, v
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key], node.value[key]
    return None


def _campaign_block(document: yaml.Node | None) -> yaml.Node | None:
    """The value of `campaign:` inside the `plugins:` list."""
    if not isinstance(document, yaml.MappingNode):
        return None
    found = _child(document, "plugins")
    plugins = found[1] if found else None
    candidates = [plugins] if isinstance(plugins, yaml.MappingNode) else \
        [i for i in plugins.value if isinstance(i, yaml.MappingNode)] if isinstance(plugins, yaml.SequenceNode) else []
    for candidate in candidates:
        block = _child(candidate, "campaign")
        if block is not None:
            return block[1]
    return None
