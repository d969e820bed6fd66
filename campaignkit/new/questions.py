"""The questions `campaign new` asks, in order, each with its check and its default.

One list serves both the prompts and the answers file, so a script and a
person are held to the same rules. A check raises ValueError with a sentence
the comms officer can act on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from ..configuration.load import HOSTS
from ..helplines.numbers import parse_uk
from ..look.model import parse_brand_colour
from ..translations.i18n import publishable
from ..translations.languages import parse_code, unpublishable
from .topics import TOPICS, Topic, load_topic

Answers = dict[str, Any]
LOGO_TYPES = (".svg", ".png")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Question:
    key: str  # the name in the answers file
    label: str  # what it is, in a few words, for messages
    prompt: str  # what the prompt asks
    check: Callable[[Any, Answers], Any]  # the answer as given -> the value kept; raises ValueError
    default: Callable[[Answers], Any] | None = None  # None: an answer is needed
    kind: str = "text"  # "text", "list" (one item a line) or "helplines"
    asked: Callable[[Answers], bool] = lambda answers: True  # False: not asked, the default is kept


# -- checks -------------------------------------------------------------------------------------------------

def text(value: Any, _: Answers) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError("write some text.")
    return value.strip()


def optional_text(value: Any, answers: Answers) -> str | None:
    return None if value in (None, "") else text(value, answers)


def https(value: Any, answers: Answers) -> str:
    value = text(value, answers)
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.netloc or " " in value:
        raise ValueError(f"write a full web address starting with https://, not '{value}'.")
    return value


def optional_https(value: Any, answers: Answers) -> str | None:
    return None if value in (None, "") else https(value, answers)


def site_address(value: Any, answers: Answers) -> str:
    return https(value, answers).rstrip("/") + "/"


def email(value: Any, answers: Answers) -> str:
    value = text(value, answers)
    if not EMAIL.fullmatch(value):
        raise ValueError(f"'{value}' does not look like an email address.")
    return value


def phone(value: Any, answers: Answers) -> str:
    value = text(value, answers)
    parse_uk(value)  # raises ValueError in plain words
    return value


def lines(value: Any, answers: Answers) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("write each line of the address on its own line.")
    return [v.strip() for v in value]


def colour(value: Any, answers: Answers) -> str:
    return parse_brand_colour(text(value, answers))


def logo(value: Any, answers: Answers) -> Path | None:
    """A picture to copy into the site; nothing means a plain one is drawn with the force's initials."""
    if value in (None, ""):
        return None
    path = Path(text(value, answers)).expanduser()
    if not path.is_absolute():
        path = Path(answers.get("_folder", ".")) / path
    if path.suffix.lower() not in LOGO_TYPES:
        raise ValueError(f"the logo must be an .svg or .png file, not '{path.name}'.")
    if not path.is_file():
        raise ValueError(f"the file '{path}' was not found.")
    return path


def days(value: Any, _: Answers) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"write a whole number of days, such as 30, not '{value}'.")
    return value


def date(value: Any, _: Answers) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"write a date as YYYY-MM-DD, such as 2027-10-18, not '{value}'.") from None


def end_date(value: Any, answers: Answers) -> dt.date:
    end = date(value, answers)
    start = answers.get("start")
    if start and end < start:
        raise ValueError(f"the campaign cannot end ({end}) before it starts ({start}).")
    return end


def topic(value: Any, answers: Answers) -> Topic:
    value = text(value, answers)
    if value not in TOPICS:
        raise ValueError(f"'{value}' is not a topic. Choose one of: {', '.join(TOPICS)}.")
    return load_topic(value)


def host(value: Any, answers: Answers) -> str:
    value = text(value, answers)
    if value not in HOSTS:
        raise ValueError(f"'{value}' is not a host Campaign Kit knows. Choose one of: {', '.join(HOSTS)}.")
    return value


def languages(value: Any, answers: Answers) -> list[str]:
    """Codes only: names and writing direction come from CLDR when the site is written."""
    if isinstance(value, str):
        value = [part for part in re.split(r"[,\s]+", value) if part]
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("write the language codes, such as pl, ar, cy.")
    codes: list[str] = []
    for code in (v.strip() for v in value):
        if code == "en":
            raise ValueError("English is the language the pages are written in: list only the translations.")
        parse_code(code)
        if not publishable(code):
            # The build's own explanation, less its advice on settings the answers file does not have.
            raise ValueError(unpublishable(code).split("; set 'name'")[0] + ".")
        if code in codes:
            raise ValueError(f"'{code}' is listed twice.")
        codes.append(code)
    return codes


def yes_no(value: Any, _: Answers) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).strip().lower() in ("y", "yes"):
        return True
    if str(value).strip().lower() in ("n", "no"):
        return False
    raise ValueError("answer yes or no.")


# -- defaults -----------------------------------------------------------------------------------------------

def place(force_name: str) -> str:
    """'Northvale Police' -> 'Northvale': the search phrase must not say what the site is about."""
    return re.sub(r"\s+(Police Service|Police|Constabulary)$", "", force_name).strip() or force_name


def _start(answers: Answers) -> dt.date:
    """The topic's own day (Anti-Slavery Day for modern slavery), or a Monday about six weeks ahead."""
    today = dt.date.today()
    fixed = answers["topic"].campaign_start
    if fixed:
        month, day = (int(part) for part in fixed.split("-"))
        candidate = dt.date(today.year, month, day)
        return candidate if candidate > today else dt.date(today.year + 1, month, day)
    ahead = today + dt.timedelta(weeks=6)
    return ahead + dt.timedelta(days=(7 - ahead.weekday()) % 7)


QUESTIONS: tuple[Question, ...] = (
    Question("force_name", "force name", "What is the force's name?", text),
    Question("force_website", "force website", "What is the address of the force's main website?", https),
    Question("logo", "logo", "Where is the force's logo (an .svg or .png file)? Leave blank to use the force's "
             "initials", logo, default=lambda a: None),
    Question("colour", "brand colour", "What is the force's colour, as # and six hex digits? White text goes on it",
             colour, default=lambda a: "#1d3f6e"),
    Question("contact_email", "accessibility contact email",
             "Which email address should readers use to report an accessibility problem?", email),
    Question("contact_phone", "accessibility contact phone", "Which phone number should they call?", phone,
             default=lambda a: "101"),
    Question("contact_address", "accessibility contact address", "What is the force's postal address?", lines,
             kind="list"),
    Question("controller", "data controller", "Who is the data controller for the site's server logs?", text,
             default=lambda a: f"The Chief Constable of {a['force_name']}"),
    Question("data_contact", "data protection contact", "Which email address answers questions about data?", email,
             default=lambda a: a["contact_email"]),
    Question("dpo", "data protection officer", "What is the data protection officer's email address?", email),
    Question("host_company", "hosting company", "Which company hosts the site?", text),
    Question("host_location", "where the logs are kept", "Where does the hosting company keep the server logs?",
             text, default=lambda a: "the United Kingdom"),
    Question("log_retention_days", "days logs are kept", "How many days does the hosting company keep the logs?",
             days, default=lambda a: 30),
    Question("site_url", "site address", "What will the site's web address be (starting https://)?", site_address),
    Question("topic", "campaign topic", f"What is the campaign about ({', '.join(TOPICS)})?", topic,
             default=lambda a: "modern-slavery"),
    Question("report_online", "online report page", "What is the address of the force's online crime report page?",
             https, default=lambda a: a["force_website"]),
    Question("live_chat_url", "live chat address", "What is the address of the force's Live Chat? Leave blank if "
             "it has none", optional_https, default=lambda a: None),
    Question("live_chat_hours", "live chat hours", "When is Live Chat open?", optional_text,
             default=lambda a: "Monday to Friday, 8am to 8pm" if a.get("live_chat_url") else None,
             asked=lambda a: bool(a.get("live_chat_url"))),
    Question("helplines", "the force's own helplines", "Does the force have helplines of its own to add, beyond "
             "999, 101 and the national ones?", lambda value, a: value, default=lambda a: [], kind="helplines"),
    Question("languages", "languages to translate into", "Which languages besides English? Write their codes, such as pl ar cy. "
             "Leave blank for none", languages, default=lambda a: list(a["topic"].translated)),
    Question("campaign_name", "campaign name", "What is the campaign called?", text,
             default=lambda a: a["topic"].campaign_name.format(force=a["force_name"], year=_start(a).year)),
    Question("start", "campaign start date", "On what day does the campaign start (YYYY-MM-DD)?", date,
             default=lambda a: _start(a)),
    Question("end", "campaign end date", "On what day does it end (YYYY-MM-DD)?", end_date,
             default=lambda a: a["start"] + dt.timedelta(days=a["topic"].campaign_days - 1)),
    Question("quick_exit_url", "quick exit destination", "Where should the quick exit take readers?", https,
             default=lambda a: a["topic"].quick_exit_url),
    Question("search_phrase", "search phrase", "Which everyday words find the site in a search engine, without "
             "saying what it is about?", text,
             default=lambda a: a["topic"].search_phrase.format(place=place(a["force_name"]))),
    Question("host", "host", f"Where will the site be published ({', '.join(HOSTS)})?", host,
             default=lambda a: "other"),
)
KEYS = tuple(question.key for question in QUESTIONS)
