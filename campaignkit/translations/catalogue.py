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
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import polib
from babel.messages.plurals import get_plural

from ..errors import CampaignError, Problem
from . import strict
from .languages import Language
from .tags import same_language
from .wrapping import rewrap

INTERFACE = "interface"
WRAP = 0  # polib writes one line per text; wrapping.rewrap() then wraps as msgcat does


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
    """A catalogue, or a clear error naming the file and line where it stops making sense.

    The file is first checked as strictly as gettext's `msgfmt -c` checks it,
    because polib reads a cut-off or mis-quoted file without a word.
    """
    try:
        text = path.read_bytes().decode("utf-8")
        problems = strict.check(text, label or str(path))
        if problems:
            raise CampaignError(problems)
        return polib.pofile(str(path), wrapwidth=WRAP, encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise CampaignError([Problem(label or str(path), _line_of(error), _plain(error, path))]) from None


def read_language(path: Path, label: str, code: str) -> polib.POFile:
    """A catalogue of translations/<code>/, refused if its Language header names another language."""
    catalogue = read(path, label)
    written = catalogue.metadata.get("Language", "").strip()
    if written and not same_language(code, written):
        raise CampaignError([Problem(label, _header_line(path, "Language"),
                                     f"this catalogue is for the language '{written}', but it is in the folder for "
                                     f"'{code}'. It may have been copied or imported into the wrong folder: put it "
                                     f"in translations/{written}/ if that language is on the site, and get the "
                                     f"'{code}' catalogue back from your version history.")])
    return catalogue


def _header_line(path: Path, field: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith(f'"{field}:'):
            return number
    return 1


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
        catalogue.metadata.update(plural_forms(language))
    return catalogue


def plural_forms(language: Language) -> dict[str, str]:
    """The Plural-Forms header translators' tools need for this language, from CLDR (through Babel)."""
    try:
        return {"Plural-Forms": get_plural(language.cldr).plural_forms}
    except (ValueError, LookupError):
        return {}


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
    write_atomically(path, text.encode("utf-8"))
    return True


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside `path` and rename over it, so an interrupted command never leaves half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _text(catalogue: polib.POFile) -> str:
    catalogue.wrapwidth = WRAP
    text = str(catalogue)
    return rewrap(text if text.endswith("\n") else text + "\n")


def active(catalogue: polib.POFile) -> dict[tuple[str | None, str], polib.POEntry]:
    """Entries still in use, by (context, English text)."""
    return {(entry.msgctxt, entry.msgid): entry for entry in catalogue if not entry.obsolete}
