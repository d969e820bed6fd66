"""Helplines and reporting routes, defined once in the force's configuration."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..configuration.reader import Reader
from .numbers import (FREE, LANDLINE, LANDLINE_RATE, MOBILE, SERVICE, PhoneNumber, call_cost_kind, describe_kind,
                      parse_uk)

# How private a call is. The interface strings explain each in plain words.
ANONYMITY = ("anonymous", "optional", "confidential", "no")
# Helplines the page templates always show; the configuration must define them.
REQUIRED_IDS = ("emergency",)
GET_HELP_NOW_DEFAULT = 3  # without `get_help_now`, the first helplines listed, in the force's order
ID_PATTERN = re.compile(r"[a-z][a-z0-9-]*")
# The interface string that says what a call costs when the force gives no `cost` and the number's kind fixes it.
STANDARD_COST = {LANDLINE_RATE: "cost_landline_rate", LANDLINE: "cost_landline", MOBILE: "cost_mobile"}
OFCOM_EXAMPLE = "'Calls cost 7p per minute plus your phone company's access charge.'"


@dataclass(frozen=True)
class Cost:
    """What one way of contacting a helpline costs: calls, or texts, which networks charge separately."""

    kind: str  # "call" or "text"
    free: bool
    note: str | None = None  # in words, when it is not simply free ("Same as a call to a landline")
    wording: str | None = None  # else the interface string for what the number's kind costs ("cost_mobile")


@dataclass(frozen=True)
class Helpline:
    """One phone route: everything a reader needs to decide whether to call it."""

    id: str
    name: str
    number: PhoneNumber
    hours: str | None
    free: bool  # calls to `number`; Relay UK calls cost what the number costs
    anonymity: str | None
    summary: str | None = None
    relay: PhoneNumber | None = None
    text: PhoneNumber | None = None
    interpreters: bool | None = None
    url: str | None = None
    notes: tuple[str, ...] = ()
    cost: str | None = None  # what calls cost, when they are not free
    text_free: bool | None = None  # texts to `text`: stated on their own, never assumed from calls
    text_cost: str | None = None
    checked: dt.date | None = None  # when the facts were last checked against `source`
    source: str | None = None  # where the number, hours and cost can be checked

    def numbers(self) -> dict[str, PhoneNumber]:
        """The numbers a page may refer to, by the word used after the id in a tag."""
        found = {"": self.number, "relay": self.relay, "text": self.text}
        return {k: v for k, v in found.items() if v is not None}

    def costs(self) -> tuple[Cost, ...]:
        """The cost of calling, and of texting where there is a text number: one entry when they agree."""
        standard = None if self.free or self.cost else STANDARD_COST.get(call_cost_kind(self.number))
        call = Cost("call", self.free, self.cost, standard)
        if self.text is None:
            return (call,)
        text = Cost("text", bool(self.text_free), self.text_cost)
        return (call,) if (text.free, text.note, None) == (call.free, call.note, call.wording) else (call, text)


@dataclass(frozen=True)
class LiveChat:
    url: str
    hours: str


@dataclass(frozen=True)
class Routes:
    """Every way to report or get help, in the order the force listed them."""

    helplines: tuple[Helpline, ...]
    report_online: str
    live_chat: LiveChat | None
    get_help_now: tuple[str, ...]

    def get(self, helpline_id: str) -> Helpline | None:
        return next((h for h in self.helplines if h.id == helpline_id), None)

    def ids(self) -> list[str]:
        return [h.id for h in self.helplines]

    @property
    def emergency(self) -> Helpline:
        return self.get("emergency")  # presence checked when the configuration is read

    @property
    def get_help_now_lines(self) -> tuple[Helpline, ...]:
        return tuple(self.get(i) for i in self.get_help_now)


HELPLINE_KEYS = ("id", "name", "summary", "number", "relay", "text", "hours", "free", "cost", "text_free",
                 "text_cost", "anonymity", "interpreters", "url", "notes", "checked", "source")


def read_routes(root: Reader) -> Routes:
    """Read `helplines`, `report_online`, `live_chat` and `get_help_now`."""
    helplines: list[Helpline] = []
    for entry in root.sections("helplines"):
        helpline = _read_helpline(entry)
        if helpline is None:
            continue
        if any(h.id == helpline.id for h in helplines):
            entry.error("id", f"the id '{helpline.id}' is used twice; each helpline needs its own id.")
            continue
        helplines.append(helpline)

    # Ids as written, so an entry with another mistake is not also reported as missing.
    known = [e.get("id") for e in root.data.get("helplines") or [] if isinstance(e, dict)]
    for required in REQUIRED_IDS:
        if known and required not in known:
            root.error("helplines", f"add a helpline with the id '{required}': every page shows it.")

    first = tuple(str(i) for i in known[:GET_HELP_NOW_DEFAULT] if i)
    get_help_now = root.texts("get_help_now", first)
    for helpline_id in get_help_now:
        if helpline_id not in known and known:
            root.error("get_help_now", f"there is no helpline with the id '{helpline_id}'. Known ids: {', '.join(known)}.")

    chat = root.section("live_chat", required=False)
    live_chat = None
    if chat is not None:
        chat.allow("url", "hours")
        url, hours = chat.url("url"), chat.text("hours")
        live_chat = LiveChat(url, hours) if url and hours else None

    return Routes(tuple(helplines), root.url("report_online") or "", live_chat, tuple(get_help_now))


def _read_helpline(entry: Reader) -> Helpline | None:
    entry.allow(*HELPLINE_KEYS)
    helpline_id = entry.text("id")
    if helpline_id is not None and not ID_PATTERN.fullmatch(helpline_id):
        entry.error("id", f"'{helpline_id}' is not a usable id: use lower-case letters, digits and hyphens, such as 'crimestoppers'.")
        helpline_id = None
    values = dict(
        id=helpline_id,
        name=entry.text("name"),
        summary=entry.text("summary", required=False),
        number=entry.checked("number", parse_uk),
        relay=entry.checked("relay", parse_uk, required=False),
        text=entry.checked("text", parse_uk, required=False),
        hours=entry.text("hours", required=False),
        free=entry.boolean("free"),
        anonymity=entry.choice("anonymity", ANONYMITY, required=False),
        interpreters=entry.boolean("interpreters", required=False),
        url=entry.url("url", required=False),
        notes=entry.texts("notes"),
        cost=entry.text("cost", required=False),
        text_free=entry.boolean("text_free", required=False),
        text_cost=entry.text("text_cost", required=False),
        checked=entry.date("checked", required=False),
        source=entry.url("source", required=False),
    )
    _check_costs(entry, values)
    if any(values[k] is None for k in ("id", "name", "number", "free")):
        return None
    return Helpline(**values)


def _check_costs(entry: Reader, values: dict) -> None:
    """Cost is stated per number: a free call line can have a text number that networks charge for."""
    if values["free"] and values["cost"]:
        entry.error("cost", "'cost' says what calls cost when they are not free, but 'free' is true. "
                            "Remove one of them.")
    if values["text"] is not None and "text_free" not in entry.data:
        entry.error("text", f"say whether texts to {values['text'].display} are free: add 'text_free: true' or "
                            "'text_free: false' (and 'text_cost' to say what they cost). "
                            "A free call number does not make texts free.")
    for key in ("text_free", "text_cost"):
        if key in entry.data and "text" not in entry.data:
            entry.error(key, f"'{key}' is about a text number, but this helpline has no 'text' number.")
    if values["text_free"] and values["text_cost"]:
        entry.error("text_cost", "'text_cost' says what texts cost when they are not free, but 'text_free' is true. "
                                 "Remove one of them.")
    _check_against_numbering_plan(entry, values)


def _check_against_numbering_plan(entry: Reader, values: dict) -> None:
    """Refuse a cost the UK numbering plan makes impossible; readers choose whether to call by it."""
    number, free = values["number"], values["free"]
    if number is not None and free is not None:
        kind = call_cost_kind(number)
        shown = number.display
        if free and kind in (LANDLINE, LANDLINE_RATE, MOBILE):
            entry.error("free", f"'free: true', but {shown} is {describe_kind(kind)}: calls to it are not free. "
                                "Write 'free: false'. The page then says what calls cost in plain words "
                                "(or add 'cost' to say it your way).")
        elif free and kind == SERVICE:
            entry.error("free", f"'free: true', but {shown} is {describe_kind(kind)}: callers pay a service charge "
                                "set by the organisation, plus their phone company's access charge. Write 'free: false' "
                                f"and add 'cost' with the service charge, in the words Ofcom asks for, such as {OFCOM_EXAMPLE}")
        elif not free and kind == FREE:
            entry.error("free", f"'free: false', but calls to {shown} are free from every UK landline and mobile. "
                                "Write 'free: true' (and remove 'cost'), so readers know they can call without paying.")
        elif not free and kind == SERVICE and not values["cost"]:
            entry.error("free", f"{shown} is {describe_kind(kind)}: say what calls cost. Add 'cost' with the service "
                                f"charge the organisation gives, in the words Ofcom asks for, such as {OFCOM_EXAMPLE}")
    text = values["text"]
    if text is not None and values["text_free"] and call_cost_kind(text) == SERVICE:
        entry.error("text_free", f"'text_free: true', but {text.display} is {describe_kind(SERVICE)}: texts to it "
                                 "are charged. Write 'text_free: false' and add 'text_cost' with what texts cost.")
