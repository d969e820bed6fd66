"""The languages after the first, built by a forked copy of this process while this one builds the first.

mkdocs-static-i18n builds the languages one after another in one process, so one core works
and the other waits. Each language is built into its own folder from what the first build's
files and menu hold, so as soon as the first build has them (its menu is made) the build forks:
the copy builds its share of the other languages at once, beside the first language's pages,
and hands back what the finishing steps need (the search entries, the names its pages use);
this process builds the first language and the rest of the others, then takes that back. The
first language's build does more (every check of the pages the translators work from), so the
copy takes the larger share. A problem in the copy's languages is reported by the copy as it
happens, and stops the build here too.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from typing import NoReturn

from .ahead import can_fork, workers_wanted
from .collector import settle_before_fork


class CopyFailed(Exception):
    """The copy's languages did not build; the copy has already said why."""


class Halves:
    def __init__(self) -> None:
        self.pid: int | None = None  # in this process: the copy's, while it builds
        self._reader: int | None = None
        self._writer: int | None = None  # in the copy: where its result goes
        self.depth = 0  # in the copy: how many language builds it is inside

    @staticmethod
    def worth_it(codes: list[str]) -> bool:
        return len(codes) >= 2 and workers_wanted() >= 2 and can_fork()

    @staticmethod
    def copy_share(codes: list[str]) -> list[str]:
        """The languages the copy builds: the last of them, one more than half, since this process builds
        the first language too (about two of the others' work)."""
        return codes[len(codes) - min(len(codes), len(codes) // 2 + 1):]

    @property
    def is_copy(self) -> bool:
        return self._writer is not None

    def fork(self) -> bool:
        """Fork; True in the copy. The copy must not touch a process pool this process runs: they are not its."""
        sys.stdout.flush()
        sys.stderr.flush()
        settle_before_fork()
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(reader)
            self._writer = writer
            return True
        os.close(writer)
        self.pid, self._reader = pid, reader
        return False

    def hand_back(self, result: object = None, failed: str | None = None) -> NoReturn:
        """In the copy: send the result (or why it failed) and end at once, leaving the finishing to the original."""
        try:
            with os.fdopen(self._writer, "wb") as pipe:
                pipe.write(pickle.dumps((failed, result), protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException:
            traceback.print_exc()
            os._exit(2)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(1 if failed else 0)

    def take_back(self) -> object:
        """In the original: the copy's result once it has finished; CopyFailed if its languages did not build."""
        with os.fdopen(self._reader, "rb") as pipe:
            data = pipe.read()
        os.waitpid(self.pid, 0)
        self.pid = self._reader = None
        try:
            failed, result = pickle.loads(data)
        except Exception:
            raise CopyFailed("The build of the other languages stopped without finishing.") from None
        if failed:
            raise CopyFailed(failed)
        return result

    def stop(self) -> None:
        """In the original, when its own build has failed: end the copy too."""
        if self.pid is None:
            return
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        if self._reader is not None:
            os.close(self._reader)
        self.pid = self._reader = None
