"""The site's languages, listed once under `campaign → languages` in mkdocs.yml.

Everything else (mkdocs-static-i18n's language list, the catalogues the
`campaign translations` command looks after, the notices) is worked out from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from ..configuration.reader import Reader
from .i18n import publishable

# BCP 47 language, script and region as <html lang> writes them: "pl", "zh-Hans", "es-419", "prs", "pa-Arab-PK".
CODE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?$")
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
        return cldr_locale(self.code)

    @property
    def cldr(self) -> str:
        """The code CLDR knows this language by ("prs" is CLDR's "fa_AF"), for names, plurals and dates."""
        return str(self.babel)


def cldr_locale(code: str) -> Locale:
    """CLDR's data for `code`, through CLDR's language aliases where Babel has no locale of that name.

    Dari (`prs`) is the case a UK campaign meets: CLDR lists it as an alias of
    `fa_AF`. The site keeps the code as written (in <html lang>, the folders
    and the catalogues); only the data comes from the alias.
    """
    try:
        return Locale.parse(code, sep="-")
    except (UnknownLocaleError, ValueError):
        language, _, rest = code.partition("-")
        alias = get_global("language_aliases").get(language)
        if not alias:
            raise UnknownLocaleError(code) from None
        if rest and "_" not in alias:
            alias = f"{alias}_{rest.replace('-', '_')}"
        return Locale.parse(alias)


def parse_code(code: str) -> str:
    """Check a language code against the CLDR list; raise ValueError in plain words."""
    if not CODE.match(code):
        raise ValueError(f"'{code}' is not a language code. Use a code such as 'pl', 'ar', 'zh-Hans' or 'es-419'.")
    try:
        cldr_locale(code)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"'{code}' is not a language Campaign Kit knows. Use a code such as 'pl', 'ar' or 'zh-Hans'.") from None
    return code


def unpublishable(code: str) -> str:
    """Why a valid code cannot be built yet, and the nearest code that can."""
    locale = cldr_locale(code)
    nearest = locale.language + (f"-{locale.territory}" if locale.territory and locale.territory.isalpha() else "")
    name = locale.get_display_name("en")
    return (f"'{code}' ({name}) is a valid language code, but the language folders are made by mkdocs-static-i18n, "
            "which takes two-letter codes only (with a script or a two-letter country, such as 'zh-Hans' or 'fa-AF'). "
            f"Use '{nearest}' instead; set 'name' and 'endonym' if readers know the language by another name.")


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
        if not publishable(code):
            entry.error("code", unpublishable(code))
            continue
        locale = cldr_locale(code)
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
