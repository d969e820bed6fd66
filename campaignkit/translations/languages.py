"""The site's languages, listed once under `campaign → languages` in mkdocs.yml.

Everything else (mkdocs-static-i18n's language list, the catalogues the
`campaign translations` command looks after, the notices) is worked out from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError

from ..configuration.reader import Reader

CODE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")
REVIEW = ("draft", "reviewed")


@dataclass(frozen=True)
class Language:
    code: str  # as in <html lang>: "pl", "zh-Hans"
    name: str  # in English, for the team: "Polish"
    endonym: str  # in its own language, for readers: "Polski"
    direction: str  # "ltr" or "rtl"
    threshold: int  # percent of a page translated before it is published in this language
    review: str  # "draft" until a fluent reviewer has checked it
    contact: str | None = None  # who looks after this language

    @property
    def babel(self) -> Locale:
        return Locale.parse(self.code, sep="-")


def parse_code(code: str) -> str:
    """Check a language code against the CLDR list; raise ValueError in plain words."""
    if not CODE.match(code):
        raise ValueError(f"'{code}' is not a language code. Use a code such as 'pl', 'ar' or 'zh-Hans'.")
    try:
        Locale.parse(code, sep="-")
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"'{code}' is not a language Campaign Kit knows. Use a code such as 'pl', 'ar' or 'zh-Hans'.") from None
    return code


def read_languages(root: Reader, source: str = "en") -> tuple[Language, ...]:
    """The languages the site is translated into (the English source is not listed)."""
    found: list[Language] = []
    for entry in root.sections("languages", required=False):
        entry.allow("code", "name", "endonym", "direction", "threshold", "review", "contact")
        code = entry.checked("code", parse_code)
        if code is None:
            continue
        if code == source:
            entry.error("code", f"'{code}' is the language the pages are written in; list only translations here.")
            continue
        if any(language.code == code for language in found):
            entry.error("code", f"'{code}' is listed twice.")
            continue
        locale = Locale.parse(code, sep="-")
        direction = entry.choice("direction", ("ltr", "rtl"), required=False,
                                 default="rtl" if locale.character_order == "right-to-left" else "ltr")
        threshold = entry.data.get("threshold", 80)
        if isinstance(threshold, bool) or not isinstance(threshold, int) or not 0 <= threshold <= 100:
            entry.error("threshold", f"expected a whole number from 0 to 100 (a percentage), not '{threshold}'.")
            threshold = 80
        found.append(Language(
            code=code,
            name=entry.text("name", required=False, default=locale.get_display_name("en")) or code,
            endonym=entry.text("endonym", required=False, default=locale.get_display_name(locale)) or code,
            direction=direction or "ltr",
            threshold=threshold,
            review=entry.choice("review", REVIEW, required=False, default="draft") or "draft",
            contact=entry.text("contact", required=False),
        ))
    return tuple(found)
