"""Helplines: every route to report or get help, defined once and shown everywhere.

Tags: [[helpline: ID]] (a number as a phone link), [[helpline-card: ID]],
[[helpline-notes: ID]] (its notes as a list, where a page gives advice), [[helplines]] (the full table). Templates: an emergency line and a compact
"get help now" block on every page.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature
from ..tags import Tag
from .render import (helpline_card, helpline_notes, helpline_number, helplines_table, live_chat_link,
                     report_online_link)

FEATURE = Feature(
    name="helplines",
    folder=Path(__file__).parent,
    styles=("helplines.css",),
    tags=(
        Tag("helpline", helpline_number, needs_argument=True, usage="[[helpline: ID]] (or ID relay, ID text)"),
        Tag("helpline-card", helpline_card, block=True, needs_argument=True, usage="[[helpline-card: ID]]"),
        Tag("helpline-notes", helpline_notes, block=True, needs_argument=True, usage="[[helpline-notes: ID]]"),
        Tag("helplines", helplines_table, block=True, usage="[[helplines]]"),
        Tag("report-online", report_online_link, usage="[[report-online]]"),
        Tag("live-chat", live_chat_link, usage="[[live-chat]]"),
    ),
)
