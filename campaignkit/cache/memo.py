"""Results worked out from file contents (a catalogue's usable translations, a translated page),
kept on disk so that the next build reads them instead of working them out again.

The key holds every input's bytes and a fingerprint of the engine's own code and of the
libraries it reads with, so a changed page, catalogue, setting or engine always misses.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from importlib.metadata import version
from pathlib import Path
from typing import Callable, TypeVar

from .files import FileCache

T = TypeVar("T")
PACKAGE = Path(__file__).parent.parent
LIBRARIES = ("polib", "translate-toolkit", "mistletoe", "PyYAML", "Markdown")


@functools.cache
def engine_fingerprint() -> str:
    """A hash of every Python file of the engine and of the libraries' versions: an upgrade clears the memo."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    for library in LIBRARIES:
        digest.update(f"{library}={version(library)}".encode())
    return digest.hexdigest()


class Memo:
    """Pickled results by the hash of their inputs, in a FileCache."""

    def __init__(self, folder: Path) -> None:
        self.files = FileCache(folder)

    def has(self, namespace: str, parts: tuple[bytes | str, ...]) -> bool:
        """Whether a result for these inputs is kept (without marking it used)."""
        return (self.files.folder / FileCache.key(engine_fingerprint(), namespace, *parts)).is_file()

    def get(self, namespace: str, parts: tuple[bytes | str, ...], make: Callable[[], T]) -> T:
        key = FileCache.key(engine_fingerprint(), namespace, *parts)
        data = self.files.get(key)
        if data is not None:
            try:
                return pickle.loads(data)
            except Exception:  # an entry from a build that was stopped: make it again
                pass
        value = make()
        self.files.put(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return value
