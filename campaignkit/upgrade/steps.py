"""What changed in each schema of the `campaign` block: the next rename or move is one entry here.

A path is a list of setting names inside the `campaign` block. A site without
`schema` is on schema 1, the layout before schemas were written down.
"""

from __future__ import annotations

from dataclasses import dataclass

Path = tuple[str, ...]


@dataclass(frozen=True)
class Move:
    """A setting that now lives somewhere else (a rename is a move within the same group)."""

    old: Path
    new: Path

    @staticmethod
    def label(path: Path) -> str:
        return " → ".join(path)


FIRST_SCHEMA = 1

# The moves that lead to each schema from the one before it.
STEPS: dict[int, tuple[Move, ...]] = {
    # 0.2.0: the site's look gets its own group, beside the new favicon and footer links.
    2: (
        Move(("force", "logo"), ("look", "logo")),
        Move(("force", "colour"), ("look", "colour")),
    ),
}

CURRENT_SCHEMA = max(STEPS, default=FIRST_SCHEMA)


def moves_after(schema: int) -> list[tuple[int, Move]]:
    """Every move from `schema` up to the current one, oldest first, with the schema it leads to."""
    return [(target, move) for target in sorted(STEPS) if target > schema for move in STEPS[target]]
