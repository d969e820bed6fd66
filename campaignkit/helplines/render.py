"""Turn helpline tags into HTML through the feature's overridable templates."""

from __future__ import annotations

import difflib

from ..tags import RenderContext, TagError
from .model import Helpline

MACROS = "campaign/helplines/macros.html"


def find(helpline_id: str, context: RenderContext) -> Helpline:
    routes = context.campaign.routes
    helpline = routes.get(helpline_id)
    if helpline is None:
        close = difflib.get_close_matches(helpline_id, routes.ids(), n=1)
        hint = f"Did you mean '{close[0]}'? " if close else ""
        raise TagError(f"there is no helpline with the id '{helpline_id}'. {hint}"
                       f"Known ids: {', '.join(routes.ids())}. Check the spelling, or add it to mkdocs.yml.")
    return helpline


def helpline_number(argument: str | None, context: RenderContext) -> str:
    """[[helpline: ID]] or [[helpline: ID relay|text]]: the number as a link."""
    helpline_id, _, which = (argument or "").partition(" ")
    helpline = find(helpline_id, context)
    numbers = helpline.numbers()
    which = which.strip()
    if which not in numbers:
        others = ", ".join(f"[[helpline: {helpline_id} {k}]]" for k in numbers if k) or "none"
        raise TagError(f"the helpline '{helpline_id}' has no '{which}' number. Other numbers it has: {others}.")
    return context.macro(MACROS, "text_link" if which == "text" else "number", numbers[which])


def helpline_card(argument: str | None, context: RenderContext) -> str:
    return context.render("campaign/helplines/card.html", helpline=find(argument or "", context))


def helpline_notes(argument: str | None, context: RenderContext) -> str:
    helpline = find(argument or "", context)
    if not helpline.notes:
        raise TagError(f"the helpline '{helpline.id}' has no notes to show. Add them under 'notes:' for it "
                       "in mkdocs.yml, or remove the tag.")
    return context.render("campaign/helplines/notes.html", helpline=helpline)


def helplines_table(argument: str | None, context: RenderContext) -> str:
    return context.render("campaign/helplines/table.html")


def report_online_link(argument: str | None, context: RenderContext) -> str:
    return context.macro(MACROS, "report_online")


def live_chat_link(argument: str | None, context: RenderContext) -> str:
    if context.campaign.routes.live_chat is None:
        raise TagError("[[live-chat]] is used but mkdocs.yml has no 'live_chat' setting with its link and hours.")
    return context.macro(MACROS, "live_chat")
