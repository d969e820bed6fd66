"""Files made from other files (PDFs, share images), kept between builds by what they were made from.

The key is a hash of every input that can change the output: the HTML, the stylesheets, the
fonts, the logo and the versions of the libraries that draw them. A changed input gives a new
key, so an entry is never stale; entries not used for a month are removed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

FOLDER = ".cache/campaignkit"
UNUSED = 30 * 24 * 3600  # seconds an entry may go unused before it is removed


def cache_folder(config_file: str | None) -> Path:
    """Where a project keeps its caches: beside its mkdocs.yml (ignored by Git)."""
    return (Path(config_file).parent if config_file else Path.cwd()) / FOLDER


class FileCache:
    """Bytes by key, in one folder; writes are atomic, so an interrupted build leaves no half-written entry."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def key(*parts: bytes | str) -> str:
        digest = hashlib.sha256()
        for part in parts:
            data = part.encode("utf-8") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> bytes | None:
        path = self.folder / key
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        os.utime(path)  # used: kept another month
        return data

    def put(self, key: str, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, self.folder / key)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def prune(self) -> None:
        """Remove entries unused for a month, and parts left by a build that was stopped."""
        if not self.folder.is_dir():
            return
        now = time.time()
        for path in self.folder.iterdir():
            try:
                if now - path.stat().st_mtime > (3600 if path.name.startswith(".part-") else UNUSED):
                    path.unlink()
            except FileNotFoundError:
                pass
