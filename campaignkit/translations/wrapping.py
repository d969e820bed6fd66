"""Write catalogues wrapped as GNU msgcat, Poedit and Weblate wrap them (79 columns).

polib wraps with Python's textwrap, which breaks in other places than gettext
does, so every round trip through a translator's tool would rewrap every file
and bury the real changes in the diff. translate-toolkit's PO writer follows
gettext's line-breaking rules (Unicode line breaks, display width), so its
wrapping is used for the text polib produces.
"""

from __future__ import annotations

from translate.storage import pypo

WIDTH = 77  # the text between the quotes: 79 columns less the two quotes
OBSOLETE = WIDTH - 3  # an entry no longer used keeps "#~ " in front of every line


def rewrap(text: str) -> str:
    """`text` (a whole catalogue, unwrapped) with every message wrapped as msgcat wraps it."""
    store = pypo.pofile(text.encode("utf-8"))
    active, obsolete = pypo.PoWrapper(WIDTH), pypo.PoWrapper(OBSOLETE)
    for unit in store.units:
        unit.wrapper = obsolete if unit.isobsolete() else active
        context, source, target = unit.getcontext(), unit.source, unit.target
        unit.source = source
        unit.target = target
        if context:
            unit.setcontext(context)
    return bytes(store).decode("utf-8")
