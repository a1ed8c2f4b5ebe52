"""What wraps every call of the store: SQLite's and the system's failures turned into errors the
user can act on, damage found in use repaired at once, writes refused when read-only."""

from __future__ import annotations

import errno
import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import Error
from reactiewijzer.core.store.recovery import (
    StoreBusy,
    StoreFull,
    StoreReadOnly,
    StoreUnavailable,
    is_access,
    is_busy,
    is_corruption,
    is_full,
)

T = TypeVar("T")


def guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Turn SQLite's failures into errors the user can act on; recover from damage at once."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> T:
        for attempt in (1, 2):
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as exc:
                if is_busy(exc):
                    raise StoreBusy() from exc
                if is_full(exc):
                    raise StoreFull() from exc
                if is_corruption(exc) and not self.read_only and attempt == 1:
                    # Damage the check at open could not see: save the readable rows into a
                    # fresh log and do it again there (what failed was not committed). The
                    # view keeps working; `recovery_message` says what happened.
                    self._recover()
                    continue
                if is_corruption(exc) and self.recovery_error is not None:
                    raise self.recovery_error from exc
                if is_access(exc):
                    raise StoreReadOnly(self.path) from exc
                raise
            except OSError as exc:
                raise os_error(self.path, exc) from exc
        raise AssertionError("unreachable")

    return wrapper


def writes(method: Callable[..., T]) -> Callable[..., T]:
    """A method that changes the log: refused clearly when read-only; backed up after."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> T:
        if self.read_only:
            raise StoreReadOnly(self.path)
        result = method(self, *args, **kwargs)
        self._written()
        return result

    return wrapper


def os_error(path: Path, exc: OSError) -> Error:
    if exc.errno == errno.ENOSPC:
        return full_at_open(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreUnavailable(path, *texts("log.reason_folder_read_only"))
    return StoreUnavailable(path, exc.strerror or str(exc), exc.strerror or str(exc))


def full_at_open(path: Path) -> Error:
    return StoreUnavailable(path, *texts("log.reason_disk_full"))
