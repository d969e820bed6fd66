"""An item's texts in the reader's language, with each number from the helpline data.

Numbers are put in as left-to-right isolated spans, so "08000 121 700" keeps its order inside
right-to-left text, and no number is ever typed in a string.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from markupsafe import Markup, escape

from .items import STRINGS_PREFIX

NUMBER = '<span class="ck-m-number" dir="ltr">{}</span>'


@dataclass
class ItemText:
    table: Mapping[str, str]  # every interface string in this language, by full key
    numbers: Mapping[str, str]  # placeholder -> number as printed ("999")
    extra: Mapping[str, str]  # other placeholders: {campaign}, {site}

    def __call__(self, key: str) -> Markup:
        text = self.table[f"{STRINGS_PREFIX}.{key}"]
        values = {name: Markup(NUMBER.format(escape(number))) for name, number in self.numbers.items()}
        values.update({name: escape(value) for name, value in self.extra.items()})
        return Markup(escape(text)).format(**values)

    def keys(self, prefix: str) -> list[str]:
        """The items of a list in strings.yml (a, b, c…), in order."""
        start = f"{STRINGS_PREFIX}.{prefix}."
        return sorted(key.removeprefix(f"{STRINGS_PREFIX}.") for key in self.table
                      if key.startswith(start) and "." not in key.removeprefix(start))


def numbers_for(placeholders: Mapping[str, str], helpline: Callable[[str], object | None]) -> dict[str, str]:
    """Each placeholder's number as printed, from the helpline it stands for (missing helplines are left out)."""
    found = {}
    for name, helpline_id in placeholders.items():
        route = helpline(helpline_id)
        if route is not None:
            found[name] = route.number.display
    return found
