"""One sender per broadcast: an OS file lock, released by the OS even when the process is killed.

Two runners on the same broadcast (a window and a `resume` command, say) could send a batch
twice; the second one is refused instead.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class BroadcastBusy(Exception):
    """Another window or command is sending this broadcast right now."""


class BroadcastLock:
    """``with BroadcastLock(data_dir, broadcast_id):`` or :meth:`try_acquire` / :meth:`release`."""

    def __init__(self, data_dir: str | os.PathLike[str], broadcast_id: int) -> None:
        self.broadcast_id = broadcast_id
        self.path = Path(data_dir) / "locks" / f"broadcast-{broadcast_id}.lock"
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def held_elsewhere(self) -> bool:
        """True when another process (or this one) holds the lock; creates nothing (works on a read-only folder)."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return False  # no lock file: nobody ever sent it from here, or it cannot be read
        try:
            if not _try_lock(fd):
                return True
            _unlock(fd)
            return False
        finally:
            os.close(fd)

    def acquire(self, wait_seconds: float = 0.0) -> None:
        """Take the lock, retrying for up to ``wait_seconds`` (a process just killed may take a moment to die)."""
        deadline = time.monotonic() + wait_seconds
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                raise BroadcastBusy(
                    f"Broadcast {self.broadcast_id} is being sent by another kwtSMS Desktop window or command. "
                    "Wait for it to finish, or close it, then try again."
                )
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> BroadcastLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()
