"""Whether a language tag written in a file names the site's language.

Translators' tools write the same language in several ways: Poedit writes
`pl_PL`, Weblate `pl`, a CAT tool `pl-PL` in XLIFF `trgLang`. They all mean
the site's `pl`. A file for another language (or another script of the same
language, such as Serbian in Latin letters for a Cyrillic site) must not be
accepted, because it would overwrite one community's text with another's.
"""

from __future__ import annotations

import re

from babel.core import get_global

_SUBTAG = re.compile(r"^[A-Za-z0-9]{1,8}$")


def same_language(site_code: str, written: str) -> bool:
    """True when `written` (a PO `Language:` or XLIFF `trgLang`) is the site's language `site_code`.

    Compared as BCP 47 tags, ignoring case and accepting `_` for `-`: the
    language and the script must agree; a region (`pl-PL`, `es-419`) or
    variant in `written` is allowed. A missing script is taken from CLDR's
    likely subtags (`zh` is `zh-Hans`, `zh-TW` is `zh-Hant`), so `zh-TW` is
    not accepted for a `zh-Hans` site. An empty or malformed tag is never
    the site's language.
    """
    site = _parts(site_code)
    found = _parts(written)
    if site is None or found is None or site[0] != found[0]:
        return False
    site_script, found_script = _script(*site), _script(*found)
    return site_script is None or found_script is None or site_script == found_script


def _parts(tag: str) -> tuple[str, str | None, str | None] | None:
    """Language, script and region of a tag, lower case, or None if it is not a tag."""
    subtags = tag.strip().replace("_", "-").lower().split("-")
    if not subtags or not all(_SUBTAG.match(part) for part in subtags):
        return None
    language, rest = subtags[0], subtags[1:]
    if not (2 <= len(language) <= 3 and language.isalpha()):
        return None
    script = rest.pop(0) if rest and len(rest[0]) == 4 and rest[0].isalpha() else None
    region = None
    if rest and ((len(rest[0]) == 2 and rest[0].isalpha()) or (len(rest[0]) == 3 and rest[0].isdigit())):
        region = rest[0]
    return language, script, region


def _script(language: str, script: str | None, region: str | None) -> str | None:
    """The written script, or the one CLDR says is likely for this language and region."""
    if script is not None:
        return script
    likely = get_global("likely_subtags")
    for key in ([f"{language}_{region.upper()}"] if region else []) + [language]:
        full = likely.get(key)
        if full:
            parts = full.split("_")
            if len(parts) > 1 and len(parts[1]) == 4:
                return parts[1].lower()
    return None
