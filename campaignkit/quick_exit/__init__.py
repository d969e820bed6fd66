"""Quick exit: leave the site in an instant, from any page, in any language.

A plain link to a neutral site (works without JavaScript), first in the tab
order and stuck to the top of the screen; the Esc key and Shift pressed three
times; content hidden within one frame; the exited page replaced in history;
and, for the rest of that tab's life, any return to the site leaves again,
before the first paint (a small inline check in the head, hashed in the policy).
Both scripts are in the page, minified, each allowed by its hash in the page's
Content Security Policy: no request, and nothing to wait for before the first paint.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(
    name="quick_exit",
    folder=Path(__file__).parent,
    styles=("quick-exit.css",),
    head_scripts=("return-check.js", "quick-exit.js"),
)
