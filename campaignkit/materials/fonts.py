"""The fonts printed items need, checked before any PDF is made.

WeasyPrint draws each script with whatever font fontconfig finds; without the right
one it draws empty boxes and says nothing. So a missing font stops the build, naming
the script and the Debian package that has it.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

# Script -> (font family, Debian package). Latin covers Polish, Welsh, Albanian, Vietnamese, Somali, Romanian.
SCRIPTS = {
    "Latin": ("Noto Sans", "fonts-noto-core"),
    "Arabic": ("Noto Sans Arabic", "fonts-noto-core"),
    "Ethiopic": ("Noto Sans Ethiopic", "fonts-noto-core"),
    "Han": ("Noto Sans CJK SC", "fonts-noto-cjk"),
}
LANGUAGE_SCRIPTS = {"ar": "Arabic", "fa": "Arabic", "prs": "Arabic", "ps": "Arabic", "ur": "Arabic", "ku": "Arabic",
                    "ti": "Ethiopic", "am": "Ethiopic", "zh": "Han", "zh-Hans": "Han", "zh-Hant": "Han"}


def script_of(code: str) -> str:
    return LANGUAGE_SCRIPTS.get(code, LANGUAGE_SCRIPTS.get(code.split("-")[0], "Latin"))


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    if shutil.which("fc-list") is None:
        return frozenset()
    listing = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False).stdout
    return frozenset(name.strip() for line in listing.splitlines() for name in line.split(","))


def missing_fonts(codes: list[str], language_names: dict[str, str]) -> list[str]:
    """A plain sentence for each script that has no font, naming the languages that need it."""
    families = installed_families()
    needed: dict[str, list[str]] = {}
    for code in codes:
        needed.setdefault(script_of(code), []).append(language_names.get(code, code))
    needed.setdefault("Latin", [])  # numbers and names on every item
    messages = []
    for script, languages in needed.items():
        family, package = SCRIPTS[script]
        if family not in families:
            who = f" ({', '.join(languages)})" if languages else ""
            messages.append(f"printed items in the {script} script{who} need the font {family}, which is not "
                            f"installed. Install it with: sudo apt-get install {package}")
    return messages
