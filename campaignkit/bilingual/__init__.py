"""Bilingual sites: Welsh beside English, as the Welsh Language Standards ask of Welsh forces.

With `bilingual: cy` in mkdocs.yml:
    templates/link.html   every English page links straight to its Welsh page, and back, beside the
                          language selector (always shown, never inside the list)
    check.py              the build stops if any Welsh page, interface text or printed item is not
                          fully translated: both languages are published at the same time
Printed items name the Welsh address first (materials/templates/parts.html).
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(
    name="bilingual",
    folder=Path(__file__).parent,
    styles=("bilingual.css",),
)
