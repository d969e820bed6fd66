"""Where catalogues live and how they are read and written (gettext PO, through polib).

    translations/templates/interface.pot        English interface text (generated)
    translations/templates/pages/<page>.pot     English units of each page (generated)
    translations/<code>/interface.po            one language's interface
    translations/<code>/pages/<page>.po         one language's page

The templates are refreshed by `campaign translations extract`; the `.po` files
hold the translators' work and are only ever changed by `extract` (merging) and
`import`, never by a build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import polib

from ..errors import CampaignError, Problem
from .languages import Language

INTERFACE = "interface"
WRAP = 0  # no wrapping: one line per text keeps diffs and placeholders readable


@dataclass(frozen=True)
class Layout:
    """The catalogue folder of one site."""

    root: Path

    def template(self, page: str | None) -> Path:
        return self.root / "templates" / self._name(page, ".pot")

    def catalogue(self, code: str, page: str | None) -> Path:
        return self.root / code / self._name(page, ".po")

    def label(self, path: Path) -> str:
        """A path as the team sees it, relative to the project folder."""
        try:
            return path.relative_to(self.root.parent).as_posix()
        except ValueError:
            return path.as_posix()

    @staticmethod
    def _name(page: str | None, suffix: str) -> str:
        if page is None:
            return INTERFACE + suffix
        return str(PurePosixPath("pages") / PurePosixPath(page).with_suffix(suffix))


def read(path: Path, label: str | None = None) -> polib.POFile:
    """A catalogue, or a clear error naming the file and line where it stops making sense."""
    try:
        return polib.pofile(str(path), wrapwidth=WRAP, encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise CampaignError([Problem(label or str(path), _line_of(error), _plain(error, path))]) from None


def _plain(error: Exception, path: Path) -> str:
    """polib's reason without the file path the message already starts with."""
    if isinstance(error, UnicodeDecodeError):
        return "this catalogue is not saved as UTF-8 text. Save it as UTF-8 in your editor and try again."
    if isinstance(error, OSError) and "Syntax error" not in str(error):  # polib reports bad syntax as OSError
        return f"this catalogue cannot be opened ({error.strerror or error})."
    reason = re.sub(r"\s*\(line \d+\)", "", str(error).replace(f" {path}", "").replace(str(path), "")).strip(" :")
    return (f"this catalogue is broken here, so no translation in it can be used ({reason}). "
            "Check that every msgid and msgstr line has its text in straight double quotes, "
            'and that a quote inside the text is written \\".')


def _line_of(error: Exception) -> int:
    text = str(error)
    marker = "line "
    if marker in text:
        digits = "".join(ch for ch in text.split(marker, 1)[1][:8] if ch.isdigit())
        if digits:
            return int(digits)
    return 1


def new_catalogue(language: Language | None, title: str) -> polib.POFile:
    """An empty catalogue with the header translators' tools expect."""
    catalogue = polib.POFile(wrapwidth=WRAP)
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M+0000")
    catalogue.metadata = {
        "Project-Id-Version": title,
        "POT-Creation-Date": now,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    catalogue.header = f"{title}\nGenerated from the English pages by 'campaign translations extract'."
    if language is not None:
        catalogue.header = header(language, title)
        catalogue.metadata.update({
            "PO-Revision-Date": now,
            "Language": language.code,
            "Language-Team": f"{language.name} <{language.contact}>" if language.contact else language.name,
            "X-Review-Status": language.review,
        })
    return catalogue


def header(language: Language, title: str) -> str:
    """The comment at the top of a language's catalogue, saying plainly whether it has been reviewed."""
    status = ("DRAFT: written by a non-native writer and not yet reviewed by a fluent speaker."
              if language.review == "draft" else "Reviewed by a fluent speaker.")
    return f"{language.name} ({language.endonym}) translation of {title}.\n{status}"


def write(catalogue: polib.POFile, path: Path) -> bool:
    """Save only if the text changed, so unchanged catalogues keep their date and stay out of diffs."""
    text = _text(catalogue)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def _text(catalogue: polib.POFile) -> str:
    catalogue.wrapwidth = WRAP
    text = str(catalogue)
    return text if text.endswith("\n") else text + "\n"


def active(catalogue: polib.POFile) -> dict[tuple[str | None, str], polib.POEntry]:
    """Entries still in use, by (context, English text)."""
    return {(entry.msgctxt, entry.msgid): entry for entry in catalogue if not entry.obsolete}
