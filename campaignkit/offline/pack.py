"""The offline copy as one zip.

Everything is inside one top folder, so unzipping never scatters files across a
USB stick. The same site always gives the same bytes (entries sorted, one fixed
time and permission for every file), so two copies can be compared by their
checksum. The zip is written beside its final name and renamed over it: an
interrupted build never leaves half a zip that looks finished.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..translations.catalogue import write_atomically

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can record
FILE_MODE = 0o644 << 16  # readable by everyone, as a Unix system records it
UNIX = 3


@dataclass(frozen=True)
class Packed:
    path: Path
    files: int
    size: int  # bytes


def pack(site_dir: Path, files: list[str], top: str, target: Path) -> Packed:
    """Zip `files` (paths inside `site_dir`) under the folder `top`, to `target`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = UNIX
            info.external_attr = FILE_MODE
            archive.writestr(info, (site_dir / name).read_bytes(), compresslevel=9)
    data = buffer.getvalue()
    write_atomically(target, data)
    return Packed(target, len(files), len(data))
