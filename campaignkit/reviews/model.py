"""How often a force re-checks its facts: `review_every_months` in the campaign block."""

from __future__ import annotations

from ..configuration.reader import Reader

DEFAULT_MONTHS = 6


def read_review_months(root: Reader) -> int:
    value = root.data.get("review_every_months", DEFAULT_MONTHS)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 36:
        root.error("review_every_months", f"expected a whole number of months from 1 to 36, such as 6, not '{value}'.")
        return DEFAULT_MONTHS
    return value
